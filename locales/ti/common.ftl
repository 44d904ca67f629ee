# Shared messages: errors, menus, languages, commands.
# Staff read Dutch; status holders read their own language. Keep sentences short.

error-internal = ኣብ ወገንና ጸገም ኣጋጢሙ። ድሕሪ ቁሩብ ደቓይቕ ደጊምኩም ፈትኑ።
error-not-saved = ዋላ ሓንቲ ኣይተዓቀበትን፡ እዚ ቦት ሕጂ ገለ ክዕቅብ ኣይክእልን እዩ። ጸኒሕኩም ደጊምኩም ፈትኑ።
error-unknown-command = ነዚ ትእዛዝ እዚ ኣይፈልጦን። እንታይ ከም ዝከኣል ንምርኣይ /menu ጽሓፉ።
error-edited-ignored = መልእኽቲ ቀይርኩም። ኣነ ሓደስቲ መልእኽትታት ጥራይ እየ ዘንብብ። ገለ ነገር ክቕየር እንተ ደሊኹም፡ መልስኹም ደጊምኩም ስደዱ።
error-button-stale = እዚ መልጎም እዚ ድሕሪ ሕጂ ኣይሰርሕን እዩ። ንምቕጻል /menu ጽሓፉ።
error-staff-only = እዚ ሰራሕተኛታት COA ወይ ምምሕዳር ከተማ ጥራይ እዮም ክገብርዎ ዝኽእሉ።
error-not-on-case = ናይዚ ጉዳይ እዚ ኣባል ኣይኮንኩምን። ዝኾነ ነገር ኣይተቐየረን።
error-expected-text = ጽሑፍ ጥራይ እየ ከንብብ ዝኽእል። መልስኹም ከም መልእኽቲ ጽሓፉ።
error-not-text-menu = ጽሑፍን መልጎማትን ጥራይ እየ ከንብብ ዝኽእል። ንምቕጻል /menu ጽሓፉ።
hint-use-menu = ሓደ መልጎም ጠውቑ፡ ወይ እንታይ ከም ዝከኣል ንምርኣይ /menu ጽሓፉ።
stranger-welcome = ሰላም! እዚ ቦት ኣብ ርክክብ ካብ COA ናብ ምምሕዳር ከተማ (gemeente) ይሕግዝ (warme overdracht)። ካብ ናይ ርክብ ሰብኩም ኣብ COA ወይ ምምሕዳር ከተማ፡ ሊንክ ዕድመ የድልየኩም።
cancel-nothing = ሕጂ ደው ዝብል ዝኾነ ነገር የለን።
group-only-command = እዚ ኣብ ጉጅለ ጥራይ እዩ ዝሰርሕ።
private-only-command = እዚ ምሳይ ኣብ ብሕታዊ ዕላል ጥራይ እዩ ዝሰርሕ።

invite-unknown = ነዚ ሊንክ እዚ ኣይፈልጦን። ንናይ ርክብ ሰብኩም ሓድሽ ሊንክ ሕተቱ።
invite-expired = ግዜ ናይዚ ሊንክ እዚ ወዲኡ እዩ። ንናይ ርክብ ሰብኩም ሓድሽ ሊንክ ሕተቱ።
invite-used = እዚ ሊንክ እዚ ድሮ ተሰሪሑሉ እዩ። ንናይ ርክብ ሰብኩም ሓድሽ ሊንክ ሕተቱ።
invite-holder-not-for-you = እዚ ሊንክ ንወናኒ ፍቓድ መንበሪ እዩ። ኣብዚ ቦት ድሮ ተመዝጊብኩም ኣለኹም፡ ስለዚ ዝኾነ ነገር ኣይተቐየረን።
invite-staff-not-for-you = እዚ ሊንክ ንሰራሕተኛታት እዩ። ዝኾነ ነገር ኣይተቐየረን።
invite-other-org = እዚ ሊንክ ንሰራሕተኛታት ካልእ ትካል እዩ። ዝኾነ ነገር ኣይተቐየረን።

staff-joined = እንቋዕ ብደሓን መጻእኩም! ከም ሰራሕተኛ { $org } ({ $kind ->
        [coa] COA
       *[gemeente] ምምሕዳር ከተማ
    }) ተመዝጊብኩም ኣለኹም። ንምጅማር /menu ጽሓፉ።
staff-already = ድሮ ከም ሰራሕተኛ ተመዝጊብኩም ኣለኹም። ንምቕጻል /menu ጽሓፉ።
staff-joined-case = { $name } ({ $org }) ሕጂ ኣብ ጉዳይ { $reference } ይሳተፉ ኣለዉ።
staff-joined-this-case =
    ✅ ሕጂ ኣብ ጉዳይ { $reference } ({ $name }) ትሳተፉ ኣለኹም። /plan ነቲ መደብ የርኢ፣ /meet ነቲ ዘተ የመድብ።
    { $others }
# Who else works on the case a staff member just joined (issue 12).
staff-joined-with =
    ኣብዚ ጉዳይ ዚሳተፉ ካልኦት:
    { $people }
staff-joined-person = • { $who } ({ $org })
staff-joined-first = ናይዚ ጉዳይ ቀዳማይ ሰራሕተኛ ኢኹም።

menu-staff = { $name }፡ { $org }
    { $cases ->
        [0] ገና ኣብ ዝኾነ ጉዳይ ኣይትሳተፉን ኢኹም።
        [one] ኣብ { $cases } ጉዳይ ትሳተፉ ኣለኹም።
       *[other] ኣብ { $cases } ጉዳያት ትሳተፉ ኣለኹም።
    }
help-staff =
    ከምዚ ይሰርሕ፦
    • /newcase ሓድሽ ጉዳይ ይኸፍት። ሕቶታት ሓደ ብሓደ እየ ዝሓትት።
    • /cases ጉዳያት ትካልኩም የርኢ።
    • /menu ኣበይ ከም ዘለኹምን እንታይ ከም ዝተረፈን የርኢ።
    • /plan መደብን ስምምዓትን ናይ ሓደ ጉዳይ የርኢ።
    • /meet ናይ ሰለስተ ወገን ዘተ የመድብ።
    • /prepare ምድላው ናይቲ ዘተ የርኢ።
    • /language ቋንቋኹም ይመርጽ።
    • /cancel ነቲ ሕጂ እትገብርዎ ዘለኹም ደው የብሎ።
    ኣብ ጉጅለ ጋንታኹም ወስኹኒ፦ { $group_link }
    ድሕሪኡ ኣብቲ ጉጅለ /link ጽሓፉ።
help-holder =
    ሓገዝ፦
    • /menu ናይ ርክብ ሰባትኩምን ሕጂ ዝኸውን ዘሎን የርእየኩም።
    • /plan ጽሓፉ፣ መደብኩምን ስምምዓትን ንምርኣይ።
    • /prepare ጽሓፉ፣ ነቲ ዘተ ንምድላው።
    • /language ካልእ ቋንቋ ንምምራጽ።
    • /mydata ብዛዕባኹም እንዕቅቦ የርእየኩም። /delete ክድምሰስ ይሓትት። /stop: ደጊም መልእኽቲ የለን።
    ሕቶ ኣለኩም? ንናይ ርክብ ሰብኩም ኣብ COA ወይ ኣብ ምምሕዳር ከተማ (gemeente) ሕተቱ።

language-choose = 🌐 ቋንቋኹም ምረጹ።
# Before anyone chose a language: the same prompt in every script the bot offers (issue 15),
# never one language alone. Each line is that locale's own `language-choose`.
language-choose-any =
    🌐 👇
    اختر لغتك.
    ቋንቋኹም ምረጹ።
    Dilinizi seçin.
    Zimanê xwe hilbijêrin.
    زبان خود را انتخاب کنید.
    Dooro luqaddaada.
    زمانەکەتان هەڵبژێرن.
    خپله ژبه وټاکئ.
    ቋንቋዎን ይምረጡ።
    Choisissez votre langue.
    Choose your language.
    Kies uw taal.
language-set = ✅ ቋንቋ፦ { language-name }።
language-name = { $language ->
        [nl] ሆላንድኛ
        [en] እንግሊዝኛ
        [ar] ዓረብኛ
        [ti] ትግርኛ
        [tr] ቱርክኛ
        [kmr] ኩርድኛ (ኩርማንጂ)
        [prs] ዳሪ
        [fa] ፋርስኛ
        [so] ሶማልኛ
        [ckb] ኩርድኛ (ሶራኒ)
        [ps] ፓሽቶ
        [am] ኣምሓርኛ
       *[fr] ፈረንሳይኛ
    }
# Each language's own name in its own script: the same in every locale.
language-native = { $code ->
        [nl] Nederlands
        [en] English
        [ar] العربية
        [ti] ትግርኛ
        [tr] Türkçe
        [kmr] Kurmancî
        [prs] دری
        [fa] فارسی
        [so] Soomaali
        [ckb] کوردیی ناوەندی
        [ps] پښتو
        [am] አማርኛ
       *[fr] Français
    }

button-language = 🌐 ቋንቋ
button-new-case = ➕ ሓድሽ ጉዳይ
button-my-cases = 📋 ጉዳያት
button-cancel = ✖️ ደው ኣብሉ

command-menu = ኣበይ በጺሐ፡ እንታይ ተሪፉ
command-help = ሓገዝ
command-language = ቋንቋ ምምራጽ
command-newcase = ሓድሽ ጉዳይ ምኽፋት (ሰራሕተኛታት)
command-cases = ጉዳያት ምርኣይ (ሰራሕተኛታት)
command-cancel = ነቲ ሕጂ እትገብርዎ ዘለኹም ደው ምባል
command-mydata = ብዛዕባይ ዝዕቀብ
command-delete = ሓበሬታይ ክድምሰስ ምሕታት
command-stop = ደጊም መልእኽቲ የለን
command-explain = እንታይ ማለት እዩ? መብርሂታት
command-link = ነዚ ጉጅለ ምስ ትካልኩም ወይ ምስ ሓደ ጉዳይ ምትእስሳር
command-plan = መደብን ስምምዓትን
command-case = ሓጺር ትሕዝቶ ጉዳይ (ሰራሕተኛታት)
command-meet = ናይ ሰለስተ ወገን ዘተ ምድላው (ሰራሕተኛታት)
command-prepare = ንዘተ ምቅርራብ

value-date = { $date }
value-unknown = ገና ኣይተፈልጠን
contact-named = { $name }
contact-unknown = ገና ኣይተፈልጠን

# invites: guessing
invite-too-many-tries = ዘይሰርሕ ሊንክ ብዙሕ ግዜ ፈቲንኩም። በጃኹም ሓንቲ ሰዓት ተጸበዩ፡ ድሕሪኡ እንደገና ፈትኑ።

# Above every message to staff or a group about a case (issue 12): the case reference and the status holder's first name.
about-case =
    📁 { $reference } · { $name }
    { $body }

# The language picker once a language was tapped (issue 12): the choice in its own script.
language-picked = 🌐 ✅ { $language }

# Paging a list of cases (issue 12), and a typed reference that is not one of them.
button-page-prev = ◀️
button-page-next = ▶️
picker-not-found = ኣብዚ ቁጽሪ ፋይል { $reference } ዘለዎ ክፉት ጉዳይ የብልኩምን። /cases ጉዳያትኩም የርኢ።

# Several messages for one team group that fall due together, sent as one (issue 12): each under the name of its case.
digest =
    📋 መልእኽትታት ({ $count }):

    { $items }
