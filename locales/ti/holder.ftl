# The status holder's first steps. Plain language: short sentences, everyday words.

holder-privacy-notice-v2 =
    🔒 ሓበሬታኹም

    እንታይ ኢና እንዕቅብ?
    • ቀዳማይ ስምኩም።
    • ቁጽሪ ፋይል ናይ COA ወይ ናይ ምምሕዳር ከተማ (gemeente)።
    • ቋንቋኹም።
    • ብዛዕባ ምግዓዝኩም ዝተገብረ ስምምዓት።
    • ድሒሩ፡ እንተደሊኹም ጥራይ፦ ንዘተ ንምድላው ዝሃብኩምዎ መልስታትን ሕቶታትኩምን።

    መን እዩ ዝርእዮ?
    ናይ ርክብ ሰብኩም ኣብ COA ከምኡ'ውን ኣብ ምምሕዳር ከተማ።
    መልስታትኩምን ሕቶታትኩምን ዝርእዩ "እወ" እንተበልኩም ጥራይ እዩ። ዝኾነ ግዜ ደው ከተብልዎ ትኽእሉ ኢኹም።

    ስለምንታይ?
    ምምሕዳር ከተማ ኣብ ምውህሃድ (inburgering) ይሕግዘኩም። እዚ ብሕጊ ዝተዋህቦ ዕማም እዩ።

    ብዛዕባ ጥዕናኹም፡ ሃይማኖትኩም ወይ መበቆልኩም ዝርዝር ፈጺምና ኣይንሓትትን።
    ብዛዕባ ጥዕና ወይ ክንክን ክትዘራረቡ እንተደሊኹም ክንሓተኩም ንኽእል ኢና። ባዕልኹም ኢኹም እትመርጹ። እንታይ ምዃኑ ክትነግሩ ፈጺሙ ኣየድልየኩምን።

    ዝኾነ ግዜ እንታይ ከም እንዕቅብ ክትርእዩ ትኽእሉ ኢኹም: /mydata። ክንድምስሶ ክትሓቱና ትኽእሉ ኢኹም: /delete።
button-privacy-ok = ✅ ተረዲኡኒ
holder-overview-v2 =
    👋 እንቋዕ ብደሓን መጻእኩም!
    ናይ ርክብ ሰብኩም ኣብ COA፦ { $coa_contact } ({ $coa })
    ናይ ርክብ ሰብኩም ኣብ ምምሕዳር ከተማ (gemeente)፦ { $gemeente_contact } ({ $gemeente })

    { $next }

    ነዚ ደጊምኩም ንምርኣይ /menu ጽሓፉ።
holder-next-fresh =
    ሕጂ እንታይ ይኸውን?
    1. ምምሕዳር ከተማ ምሳኹምን ምስ COAን ኮይኑ፡ ምውህሃድኩም (inburgering) ብኸመይ ከም ዝጅምር ይመርጽ።
    2. ምሳኹም፡ ምስ COAን ምስ ምምሕዳር ከተማን ናይ ሰለስተ ወገን ዘተ (driegesprek) ምስ ዝህሉ፡ ኣብዚ መልእኽቲ ክበጽሓኩም እዩ።
holder-next-none = 📅 ገና ዝተወጠነ ዘተ የለን። ዘተ ምስ ዝህሉ ኣብዚ መልእኽቲ ክበጽሓኩም እዩ።
holder-next-choosing = 📅 ንዘተኹም ግዜ ንደሊ ኣለና። ግዜታት ዘለዎ መልእኽቲ ኣብዚ ክበጽሓኩም እዩ (ወይ ድሮ በጺሑኩም እዩ)። ኣብቲ መልእኽቲ ዝሰማምዓኩም ግዜታት ምረጹ።
holder-next-meeting =
    📅 ዘተ፦ { $at }
    { $where }
holder-next-bring =
    🎒 ናብቲ ዘተ ሒዝኩም ምጹ፦
    { $items }
holder-next-bring-all = 🎒 ኩሉ ወረቓቕትኹም ንዘተ ድሉው እዩ። 👍
holder-next-task =
    ✏️ ቀጻሊ ዕማምኩም፦ { $what }
    መዓስ፦ { $due }
holder-joined-staff = ✅ { $name } (ጉዳይ { $reference }) ሕጂ ይሳተፉ ኣለዉ፡ ብ{ language-name } የንብቡ።
holder-not-text = 🎤 ናይ ድምጺ መልእኽቲ ክሰምዕ ወይ ስእልታት ክርኢ ኣይክእልን እየ። ሓደ መልጎም ጠውቑ። ሕቶ ኣለኩም? ናብ ናይ ርክብ ሰብኩም ደውሉ ወይ ጽሓፉ።
holder-use-buttons = 👇 ሓደ መልጎም ጠውቑ። ሕቶ ኣለኩም? ንናይ ርክብ ሰብኩም ሕተቱ።
button-menu-home = 🏠 ዝርዝር
