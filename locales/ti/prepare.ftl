# Preparing a meeting: questionnaire, consent, checklists (issue 6).
# The questions are read by status holders: plain words, one question per message.

prep-step = ({ $n }/{ $total }) { $question }
prep-ask-education = 🎓 ኣየናይ ቤት ትምህርቲ ወዲእኩም?
prep-ask-work-years = 💼 ክንደይ ዓመት ሰሪሕኩም?
prep-ask-work-field = 🛠️ ኣብ ከመይ ዓይነት ስራሕ?
prep-ask-dutch = 🇳🇱 ክንደይ ግዜ ትምህርቲ ሆላንድኛ ወሲድኩም?
prep-ask-goal = 🎯 ካብ ኩሉ ንላዕሊ እንታይ ትደልዩ?
prep-ask-household = 🏠 ምስ መን ትነብሩ?
prep-ask-reunification = 👪 ናብ ሆላንድ ዝመጹ ስድራ ትጽበዩ ዶ ኣለኹም?
prep-ask-health = 🩺 ብዛዕባ ጥዕናኹም ወይ ክንክንኩም ክትዘራረቡሉ እትደልዩ ነገር ኣሎ ዶ? እንታይ ምዃኑ ኣይትጽሓፉ።
prep-ask-moment = 🕐 መዓስ እዩ ንዓኹም ንምርካብ ዝሓሸ ግዜ?
prep-ask-channel = 📱 ንዓኹም ንምርካብ ዝሓሸ መንገዲ እንታይ እዩ?
prep-ask-interpreter = 🌍 ኣብቲ ዘተ ተርጓሚ ትደልዩ ዶ?
prep-ask-without-partner = 🗣️ ብዘይ ብጻይ ህይወትኩም'ውን ክትዘራረቡ ትደልዩ ዶ?
prep-ask-own-questions = ❓ ንዘተ ዝኸውን ሕቶታት ኣለኩም ዶ? ኣብዚ ጽሓፍዎ። ወይ ሕለፍ ጠውቑ።
prep-own-saved = ✅ ሕቶታትኩም ተዓቂቡ ኣሎ።

prep-label-education = 🎓 ቤት ትምህርቲ
prep-label-work-years = 💼 ዓመታት ስራሕ
prep-label-work-field = 🛠️ ዓይነት ስራሕ
prep-label-dutch = 🇳🇱 ትምህርቲ ሆላንድኛ
prep-label-goal = 🎯 ድሌት
prep-label-household = 🏠 ስድራ ቤት
prep-label-reunification = 👪 ዝመጹ ስድራ
prep-label-health = 🩺 ብዛዕባ ጥዕና ወይ ክንክን ምዝርራብ
prep-label-moment = 🕐 ዝሓሸ ግዜ
prep-label-channel = 📱 ዝሓሸ መንገዲ
prep-label-interpreter = 🌍 ተርጓሚ ይድለ
prep-label-without-partner = 🗣️ ብዘይ ብጻይ'ውን ምዝርራብ

prep-edu-none = ቤት ትምህርቲ የለን
prep-edu-primary = መባእታ ቤት ትምህርቲ
prep-edu-secondary = ካልኣይ ደረጃ ቤት ትምህርቲ
prep-edu-vocational = ሞያዊ ስልጠና
prep-edu-university = ኮሌጅ ወይ ዩኒቨርሲቲ
prep-years-none = ሰሪሐ ኣይፈልጥን
prep-years-few = 1 ወይ 2 ዓመት
prep-years-some = ካብ 3 ክሳብ 5 ዓመት
prep-years-many = ልዕሊ 5 ዓመት
prep-field-building = 🔧 ህንጻ ወይ ቴክኒክ
prep-field-care = 🤲 ክንክን
prep-field-food = 🍽️ ቤት መግቢ ወይ መግቢ
prep-field-transport = 🚚 መጓዓዝያ
prep-field-farming = 🌾 ሕርሻ
prep-field-shop = 🛒 ድኳን ወይ ንግዲ
prep-field-office = 💻 ቤት ጽሕፈት ወይ ኮምፒተር
prep-field-other = ካልእ ስራሕ
prep-dutch-none = ገና ትምህርቲ የለን
prep-dutch-short = ትሕቲ 3 ወርሒ
prep-dutch-year = ካብ 3 ክሳብ 12 ወርሒ
prep-dutch-long = ልዕሊ ሓደ ዓመት
prep-goal-work = 💼 ምስራሕ
prep-goal-study = 📚 ምምሃር
prep-goal-both = ምስራሕን ምምሃርን
prep-goal-unsure = ገና ኣይፈለጥኩን
prep-house-alone = በይነይ
prep-house-partner = ምስ ብጻይ ህይወተይ
prep-house-children = ምስ ቆልዑ
prep-house-family = ምስ ብጻይ ህይወተይን ቆልዑን
prep-yes = ✅ እወ
prep-no = ❌ ኣይፋል
prep-rather-not-say = ክብሎ ኣይደልን
prep-moment-morning = 🌅 ንግሆ
prep-moment-afternoon = ☀️ ድሕሪ ቐትሪ
prep-moment-evening = 🌙 ምሸት
prep-channel-message = 💬 መልእኽቲ
prep-channel-call = 📞 ቴሌፎን
prep-channel-either = ኣየገድስን
prep-interp-own = እወ፡ ብቋንቋይ
prep-interp-other = እወ፡ ብካልእ ቋንቋ
prep-interp-no = ኣይፋል፡ ሆላንድኛ ብእኹል መጠን እዛረብ እየ
prep-interp-unsure = ኣይፈልጥን
prep-ask-interpreter-language = 🌍 ብካልእ ቋንቋ ተርጓሚ ትደልዩ። ብኣየናይ ቋንቋ?
prep-label-interpreter-language = 🌍 ቋንቋ ተርጓሚ

prep-button-skip = ⏭️ ሕለፍ
prep-skipped = ተሓሊፉ
prep-not-answered = ገና መልሲ ኣይተዋህቦን
prep-none = —
prep-line = { $label }: { $value }
prep-list = { $lines }
prep-own-as-typed = { $text } (ዘይተተርጎመ)
prep-review =
    📋 መልስታትኩም
    { $answers }
    ❓ ሕቶታትኩም: { $own }

    ገለ ንምቕያር ሓደ መልጎም ጠውቑ።
prep-button-own-questions = ❓ ሕቶታተይ
prep-button-sharing = 🔒 ዘካፍሎ
prep-button-documents = 🎒 ወረቓቕቲ
prep-button-review = 📋 መልስታተይ

prep-consent-notice-v2 =
    🔒 መልስታትኩም መን እዩ ዝርእዮ?
    ናይ ርክብ ሰብኩም ኣብ COA ከምኡ'ውን ኣብ ምምሕዳር ከተማ። ከምዚ ኢሎም ንዘተ ምሳኹም ጽቡቕ ክዳለዉ ይኽእሉ።
    ባዕልኹም ኢኹም እትመርጹ። ገለ'ኳ ከይተካፈልኩም ክትገድፉ ትኽእሉ ኢኹም።
    ድሒርኩም ዝኾነ ግዜ ብዞም መልጎማት ክትቕይርዎ ትኽእሉ ኢኹም።

    📋 መልስታትኩም: { $answers }
    ❓ ሕቶታትኩም: { $questions }
prep-shared-yes = ✅ ተኻፊሉ
prep-shared-no = 🚫 ኣይተኻፈለን
prep-button-share-answers = ✅ መልስታተይ ኣካፍል
prep-button-stop-answers = 🚫 መልስታተይ ምክፋል ደው ኣብል
prep-button-share-questions = ✅ ሕቶታተይ ኣካፍል
prep-button-stop-questions = 🚫 ሕቶታተይ ምክፋል ደው ኣብል

prep-documents =
    🎒 ነዞም ወረቓቕቲ ናብ ዘተ ሒዝኩም ምጹ።
    ወረቐት ምስ ተዳለወ ጠውቕዎ።
prep-check-done-button = ✅ { $item }
prep-check-open-button = ⬜ { $item }
prep-item-permit = 🪪 ፍቓድ መንበሪ
prep-item-bsn = ✉️ BSN ዘለዎ ደብዳበ
prep-item-diplomas = 🎓 ዲፕሎማታት
prep-item-cv = 📄 CV (ታሪኽ ህይወት)
prep-item-profile = ፕሮፋይል ተገልጋሊ ተረኺቡ
prep-item-programme = ዝተኸተሎ ፕሮግራም ተሓቢሩ
prep-item-need-to-know = ምምሕዳር ከተማ ኣቐዲሙ ክፈልጦ ዘለዎ ተሓቢሩ
prep-item-options = ኣማራጺታት ተገሊጹ
prep-item-intake = ሰፊሕ ቃለ-መሕትት ተመዲቡ
prep-item-contact = ናይ ርክብ ሰብ ተሰይሙ

prep-holder-only = እዞም ሕቶታት ንወናኒ ፍቓድ መንበሪ እዮም።
prep-holder-not-ready = ቅድም ቋንቋኹም ምረጹ እሞ መብርሂ ኣንብቡ። /menu ጽሓፉ።
prep-cases = 📋 ምድላው: ጉዳይ ምረጹ።
prep-case-button = { $reference } · { $name }
prep-button-refresh = 🔄 ኣሐድስ
prep-staff-not-shared = 🔒 ብወናኒ ፍቓድ መንበሪ ኣይተኻፈለን
prep-staff-overview =
    📋 ምድላው { $reference } ({ $name })

    ሕቶታት:
    { $answers }

    ገና መልሲ ዘይተዋህቦ:
    { $missing }

    ናቱ ሕቶታት:
    { $own }

    ዝርዝር ምርግጋጽ:
    { $checklist }
prep-party-holder = ወናኒ ፍቓድ መንበሪ
prep-party-coa = COA
prep-party-gemeente = ምምሕዳር ከተማ
prep-check-party =
    { $party }:
    { $items }
prep-check-done = ✅ { $item } ({ $at })
prep-check-open = ⬜ { $item }
prep-reminder-staff =
    ⏰ እቲ ዘተ { $start } እዩ። ኩነታት ምድላው:

    { $overview }
prep-reminder-holder =
    ⏰ ዘተኹም { $start } እዩ። ነዞም ወረቓቕቲ ሒዝኩም ምጹ:
    { $items }
    ምልክት ንምግባር /prepare ጽሓፉ።
prep-agenda-with =
    { $message }

    📋 እንዘራረበሉ ነጥብታት:
    { $items }
prep-agenda-item = { $n }. { $what }

# Shown to staff beside an answer given or changed after the meeting took place.
prep-answer-late = { $line } (ድሕሪ ዘተ ዝተመልአ)
prep-own-no-numbers = ኣብዚ BSN ወይ V-nummer ኣይትጽሓፉ። ኣይንዕቅቦን ኢና። ሕቶታትኩም ብዘይ እቲ ቁጽሪ ጽሓፉ።

## The agenda per meeting (staff reorder and extend it) and which meeting is being prepared.
# Staff overview: the meeting this preparation is for. $when is prep-agenda-when,
# prep-agenda-no-time or prep-meeting-not-planned.
prep-staff-for-meeting =
    { $overview }

    🗓 እዚ ምድላው ንዘተ { $number } { $when } እዩ።
prep-agenda-when = ኣብ { $at }
prep-agenda-no-time = (ገና ሰዓት ኣይተወሰነን)
prep-meeting-not-planned = (ገና ኣይተመደበን)
prep-agenda-button = 🗒 ኣጀንዳ
prep-agenda-editor =
    🗒 ኣጀንዳ ዘተ { $number } { $when }፣ ጉዳይ { $reference } ({ $name }):
    { $items }

    ነጥቢ ብ ⬆️ ወይ ⬇️ ኣንቀሳቕሱ። ናይ ባዕልኹም ነጥብታት ብ ✖️ ኣልግሱ። ኣጀንዳ ምስ ተዳለወ ንኹሉ ስደድዎ።
prep-agenda-up-button = ⬆️ { $n }
prep-agenda-down-button = ⬇️ { $n }
prep-agenda-remove-button = ✖️ { $n }
prep-agenda-add-button = ➕ ነጥቢ ወስኽ
prep-agenda-send-button = 📨 ናብ ሰለስቲኦም ስደድ
prep-agenda-back-button = ⬅️ ምድላው
prep-agenda-ask-point = ሓድሽ ነጥቢ ብሓደ መስመር፣ ቢዝበዝሐ { $max } ፊደላት ጽሓፉ። ኣይትርጎምን እዩ፤ ቀሊል ሆላንድኛ ጽሓፉ፣ ተርጓሚ ዓው ኢሉ የንብቦ።
prep-agenda-no-numbers = ኣብ ኣጀንዳ BSN ወይ V-nummer ኣይትጽሓፉ። ነቲ ነጥቢ ብዘይ እቲ ቁጽሪ ጽሓፉ።
prep-agenda-full = ኣጀንዳ ድሮ { $max } ነጥብታት ኣለዎ። ቅድም ሓደ ካብ ናይ ባዕልኹም ነጥብታት ኣልግሱ።
prep-agenda-empty = ኣጀንዳ ገና ባዶ እዩ። ቅድም ነጥቢ ወስኹ።
prep-agenda-meeting-over = እዚ ዘተ ተወዲኡ ወይ ተሰሪዙ እዩ። ኣጀንዳኡ ደጊም ኣይቕየርን።
prep-agenda-sent =
    { $count ->
        [0] ኣጀንዳ ዝስደደሉ ካልእ ሰብ የለን።
        [one] ኣጀንዳ ናብ { $count } ቻት ተሰዲዱ።
       *[other] ኣጀንዳ ናብ { $count } ቻታት ተሰዲዱ።
    }
# To all three, the status holder in their language: the agenda after staff changed it.
prep-agenda-updated =
    🗒 ኣብ ዘተ { $when } እንዘራረበሉ ነጥብታት እዚኦም እዮም:
    { $items }
# Status holder: a button on their overview that shows the agenda of their next meeting.
prep-button-agenda = 🗒 ብዛዕባ እንታይ ክንዛረብ ኢና
