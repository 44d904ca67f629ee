# The status holder's first steps. Plain language: short sentences, everyday words.

holder-privacy-notice =
    🔒 ሓበሬታኹም
    ነዚ ጥራይ ኢና እንዕቅብ፦ ቀዳማይ ስምኩም፡ ቁጽሪ ፋይል፡ ቋንቋኹም፡ ከምኡ'ውን ብዛዕባ ምግዓዝኩም ናብ ምምሕዳር ከተማ (gemeente) ዝተገብረ ስምምዓት።
    መን እዩ ዝርእዮ? ናይ ርክብ ሰብኩም ኣብ COA ከምኡ'ውን ኣብ ምምሕዳር ከተማ።
    ስለምንታይ? ምምሕዳር ከተማ ኣብ ምውህሃድ (inburgering) ይሕግዘኩም። እዚ ብሕጊ ዝተዋህቦ ዕማም እዩ።
    ብዛዕባ ጥዕናኹም፡ ሃይማኖትኩም ወይ መበቆልኩም ኣይንሓትትን።
    ዝኾነ ግዜ እንታይ ከም እንዕቅብ ክትሓቱ ትኽእሉ ኢኹም። ክድምሰስ'ውን ክትሓቱ ትኽእሉ ኢኹም። ንናይ ርክብ ሰብኩም ሕተቱ።
button-privacy-ok = ✅ ተረዲኡኒ
holder-overview =
    👋 እንቋዕ ብደሓን መጻእኩም!
    ናይ ርክብ ሰብኩም ኣብ COA፦ { $coa_contact } ({ $coa })
    ናይ ርክብ ሰብኩም ኣብ ምምሕዳር ከተማ (gemeente)፦ { $gemeente_contact } ({ $gemeente })

    ሕጂ እንታይ ይኸውን?
    1. ምምሕዳር ከተማ ምሳኹምን ምስ COAን ኮይኑ፡ ምውህሃድኩም (inburgering) ብኸመይ ከም ዝጅምር ይመርጽ።
    2. ምሳኹም፡ ምስ COAን ምስ ምምሕዳር ከተማን ናይ ሰለስተ ወገን ዘተ (driegesprek) ምስ ዝህሉ፡ ኣብዚ መልእኽቲ ክበጽሓኩም እዩ።
    3. ነዚ ደጊምኩም ንምርኣይ /menu ጽሓፉ።
holder-joined-staff = ✅ { $name } (ጉዳይ { $reference }) ሕጂ ይሳተፉ ኣለዉ፡ ብ{ language-name } የንብቡ።
