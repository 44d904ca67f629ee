# Shared messages: errors, menus, languages, commands.
# Staff read Dutch; status holders read their own language. Keep sentences short.

error-internal = በእኛ በኩል ችግር ተፈጥሯል። ከጥቂት ደቂቃዎች በኋላ እንደገና ይሞክሩ።
error-not-saved = ምንም ነገር አልተቀመጠም፦ ቦቱ አሁን ምንም ነገር ማስቀመጥ አይችልም። እባክዎ ቆይተው እንደገና ይሞክሩ።
error-unknown-command = ይህን ትእዛዝ አላውቀውም። ምን ማድረግ እንደሚቻል ለማየት /menu ይጻፉ።
error-edited-ignored = መልእክት አስተካክለዋል። እኔ የማነበው አዲስ መልእክቶችን ብቻ ነው። የሆነ ነገር መቀየር ካለበት መልስዎን እንደገና ይላኩ።
error-button-stale = ይህ ቁልፍ ከእንግዲህ አይሠራም። ለመቀጠል /menu ይጻፉ።
error-staff-only = ይህን ማድረግ የሚችሉት የCOA ወይም የማዘጋጃ ቤት ሠራተኞች ብቻ ናቸው።
error-not-on-case = እርስዎ የዚህ ጉዳይ አካል አይደሉም። ምንም ነገር አልተቀየረም።
error-expected-text = ማንበብ የምችለው ጽሑፍ ብቻ ነው። መልስዎን እንደ መልእክት ይጻፉ።
error-not-text-menu = ማንበብ የምችለው ጽሑፍ እና ቁልፎችን ብቻ ነው። ለመቀጠል /menu ይጻፉ።
hint-use-menu = አንድ ቁልፍ ይጫኑ፣ ወይም ምን ማድረግ እንደሚቻል ለማየት /menu ይጻፉ።
stranger-welcome = ሰላም! ይህ ቦት ከCOA ወደ ማዘጋጃ ቤት (gemeente) በሚደረገው ርክክብ (warme overdracht) ይረዳል። በCOA ወይም በማዘጋጃ ቤት ከሚያነጋግሩት ሰው የግብዣ ሊንክ ያስፈልግዎታል።
cancel-nothing = አሁን የሚቆም ምንም ነገር የለም።
group-only-command = ይህ የሚሠራው በቡድን ውስጥ ብቻ ነው።
private-only-command = ይህ የሚሠራው ከእኔ ጋር በግል ውይይት ብቻ ነው።

invite-unknown = ይህን ሊንክ አላውቀውም። የሚያነጋግሩትን ሰው አዲስ ሊንክ ይጠይቁ።
invite-expired = የዚህ ሊንክ ጊዜ አልፏል። የሚያነጋግሩትን ሰው አዲስ ሊንክ ይጠይቁ።
invite-used = ይህ ሊንክ ቀድሞ ጥቅም ላይ ውሏል። የሚያነጋግሩትን ሰው አዲስ ሊንክ ይጠይቁ።
invite-holder-not-for-you = ይህ ሊንክ የመኖሪያ ፈቃድ ላለው ሰው ነው። እርስዎ በዚህ ቦት ቀድሞ ተመዝግበዋል፤ ስለዚህ ምንም ነገር አልተቀየረም።
invite-staff-not-for-you = ይህ ሊንክ ለሠራተኞች ነው። ምንም ነገር አልተቀየረም።
invite-other-org = ይህ ሊንክ ለሌላ ድርጅት ሠራተኞች ነው። ምንም ነገር አልተቀየረም።

staff-joined = እንኳን ደህና መጡ! የ{ $org } ({ $kind ->
        [coa] COA
       *[gemeente] ማዘጋጃ ቤት
    }) ሠራተኛ ሆነው ተመዝግበዋል። ለመጀመር /menu ይጻፉ።
staff-already = ቀድሞውኑ እንደ ሠራተኛ ተመዝግበዋል። ለመቀጠል /menu ይጻፉ።
staff-joined-case = { $name } ({ $org }) አሁን በጉዳይ { $reference } ውስጥ ይሳተፋሉ።
staff-joined-this-case =
    ✅ አሁን በጉዳይ { $reference } ({ $name }) ውስጥ ይሳተፋሉ። /plan ዕቅዱን ያሳያል፣ /meet ውይይቱን ያቀዳል።
    { $others }
# Who else works on the case a staff member just joined (issue 12).
staff-joined-with =
    በዚህ ጉዳይ ላይ ደግሞ:
    { $people }
staff-joined-person = • { $who } ({ $org })
staff-joined-first = በዚህ ጉዳይ ላይ የመጀመሪያው ሠራተኛ እርስዎ ነዎት።

menu-staff = { $name }፣ { $org }
    { $cases ->
        [0] እስካሁን በምንም ጉዳይ ውስጥ አልተሳተፉም።
        [one] በ{ $cases } ጉዳይ ውስጥ ይሳተፋሉ።
       *[other] በ{ $cases } ጉዳዮች ውስጥ ይሳተፋሉ።
    }
help-staff =
    እንዲህ ይሠራል፦
    • /newcase አዲስ ጉዳይ ይከፍታል። ጥያቄዎችን አንድ በአንድ እጠይቃለሁ።
    • /cases የድርጅትዎን ጉዳዮች ያሳያል።
    • /menu የት እንዳሉ እና ምን ክፍት እንደሆነ ያሳያል።
    • /plan የአንድ ጉዳይ ዕቅድና ስምምነቶችን ያሳያል።
    • /meet የሦስትዮሽ ውይይት ያቀዳል።
    • /prepare የውይይቱን ዝግጅት ያሳያል።
    • /language ቋንቋዎን ይመርጣል።
    • /cancel አሁን እያደረጉ ያሉትን ያቆማል።
    የሥራ ባልደረቦችዎ ቡድን ውስጥ ያክሉኝ፦ { $group_link }
    ከዚያ በቡድኑ ውስጥ /link ይጻፉ።
help-holder =
    እርዳታ፦
    • /menu የሚያነጋግሯቸውን ሰዎች እና አሁን የሚሆነውን ያሳያል።
    • /plan ዕቅድዎን እና ስምምነቶቹን ያሳያል።
    • /prepare ለውይይቱ እንዲዘጋጁ ይረዳዎታል።
    • /language ሌላ ቋንቋ ይመርጣል።
    • /mydata ስለ እርስዎ የምናስቀምጠውን ያሳያል። /delete እንዲሰረዝ ይጠይቃል። /stop፦ ከዚህ በኋላ መልእክት የለም።
    ጥያቄ አለዎት? በCOA ወይም በማዘጋጃ ቤት (gemeente) የሚያነጋግሩትን ሰው ይጠይቁ።

language-choose = 🌐 ቋንቋዎን ይምረጡ።
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
        [nl] ደች (ሆላንድኛ)
        [en] እንግሊዝኛ
        [ar] ዐረብኛ
        [ti] ትግርኛ
        [tr] ቱርክኛ
        [kmr] ኩርድኛ (ኩርማንጂ)
        [prs] ዳሪ
        [fa] ፋርስኛ
        [so] ሶማልኛ
        [ckb] ኩርድኛ (ሶራኒ)
        [ps] ፓሽቶ
        [am] አማርኛ
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
button-new-case = ➕ አዲስ ጉዳይ
button-my-cases = 📋 ጉዳዮች
button-cancel = ✖️ ያቁሙ

command-menu = የት ነኝ፣ ምን ይቀራል
command-help = እርዳታ
command-language = ቋንቋ መምረጥ
command-newcase = አዲስ ጉዳይ መክፈት (ለሠራተኞች)
command-cases = ጉዳዮችን ማሳየት (ለሠራተኞች)
command-cancel = አሁን እያደረጉ ያሉትን ማቆም
command-mydata = ስለ እኔ የሚቀመጠው
command-delete = መረጃዬ እንዲሰረዝ መጠየቅ
command-stop = ከዚህ በኋላ መልእክት የለም
command-explain = ምን ማለት ነው? ማብራሪያዎች
command-link = ይህን ቡድን ከድርጅትዎ ወይም ከአንድ ጉዳይ ጋር ማገናኘት
command-plan = ዕቅዱና ስምምነቶቹ
command-case = የጉዳይ አጠቃላይ እይታ (ሠራተኞች)
command-meet = የሦስትዮሽ ውይይት ማዘጋጀት (ሠራተኞች)
command-prepare = ለውይይቱ መዘጋጀት

value-date = { $date }
value-unknown = ገና አልታወቀም
contact-named = { $name }
contact-unknown = ገና አልታወቀም

# invites: guessing
invite-too-many-tries = የማይሰራ ሊንክ በጣም ብዙ ጊዜ ሞክረዋል። እባክዎ አንድ ሰዓት ይጠብቁ፣ ከዚያ እንደገና ይሞክሩ።

# Above every message to staff or a group about a case (issue 12): the case reference and the status holder's first name.
about-case =
    📁 { $reference } · { $name }
    { $body }

# The language picker once a language was tapped (issue 12): the choice in its own script.
language-picked = 🌐 ✅ { $language }

# Paging a list of cases (issue 12), and a typed reference that is not one of them.
button-page-prev = ◀️
button-page-next = ▶️
picker-not-found = እዚህ የፋይል ቁጥሩ { $reference } የሆነ ክፍት ጉዳይ የለዎትም። /cases ጉዳዮችዎን ያሳያል።

# Several messages for one team group that fall due together, sent as one (issue 12): each under the name of its case.
digest =
    📋 መልዕክቶች ({ $count }):

    { $items }
