# Preparing a meeting: questionnaire, consent, checklists (issue 6).
# The questions are read by status holders: plain words, one question per message.

prep-step = ({ $n }/{ $total }) { $question }
prep-ask-education = 🎓 የትኛውን ትምህርት ቤት ጨርሰዋል?
prep-ask-work-years = 💼 ስንት ዓመት ሠርተዋል?
prep-ask-work-field = 🛠️ በምን ዓይነት ሥራ?
prep-ask-dutch = 🇳🇱 የደች ቋንቋ ትምህርት ለምን ያህል ጊዜ ወስደዋል?
prep-ask-goal = 🎯 ከሁሉ በላይ ምን ይፈልጋሉ?
prep-ask-household = 🏠 ከማን ጋር ይኖራሉ?
prep-ask-reunification = 👪 ወደ ኔዘርላንድ የሚመጡ ቤተሰቦችን እየጠበቁ ነው?
prep-ask-health = 🩺 ስለ ጤናዎ ወይም እንክብካቤዎ መነጋገር የሚፈልጉት ነገር አለ? ምን እንደሆነ አይጻፉ።
prep-ask-moment = 🕐 እርስዎን ለማግኘት በጣም ጥሩው ጊዜ መቼ ነው?
prep-ask-channel = 📱 እርስዎን ለማግኘት በጣም ጥሩው መንገድ ምንድን ነው?
prep-ask-interpreter = 🌍 በውይይቱ ላይ አስተርጓሚ ይፈልጋሉ?
prep-ask-without-partner = 🗣️ የትዳር አጋርዎ ሳይኖር መነጋገርም ይፈልጋሉ?
prep-ask-own-questions = ❓ ለውይይቱ ጥያቄዎች አሉዎት? እዚህ ይጻፏቸው። ወይም እለፍ የሚለውን ይንኩ።
prep-own-saved = ✅ ጥያቄዎችዎ ተቀምጠዋል።

prep-label-education = 🎓 ትምህርት ቤት
prep-label-work-years = 💼 የሥራ ዓመታት
prep-label-work-field = 🛠️ የሥራ ዓይነት
prep-label-dutch = 🇳🇱 የደች ትምህርት
prep-label-goal = 🎯 ፍላጎት
prep-label-household = 🏠 ቤተሰብ
prep-label-reunification = 👪 የሚመጡ ቤተሰቦች
prep-label-health = 🩺 ስለ ጤና ወይም እንክብካቤ መነጋገር
prep-label-moment = 🕐 ጥሩ ጊዜ
prep-label-channel = 📱 ጥሩ መንገድ
prep-label-interpreter = 🌍 አስተርጓሚ ይፈልጋል
prep-label-without-partner = 🗣️ ያለ አጋር መነጋገርም

prep-edu-none = ትምህርት ቤት አልሄድኩም
prep-edu-primary = የመጀመሪያ ደረጃ ትምህርት ቤት
prep-edu-secondary = ሁለተኛ ደረጃ ትምህርት ቤት
prep-edu-vocational = የሙያ ሥልጠና
prep-edu-university = ኮሌጅ ወይም ዩኒቨርሲቲ
prep-years-none = ሠርቼ አላውቅም
prep-years-few = 1 ወይም 2 ዓመት
prep-years-some = ከ3 እስከ 5 ዓመት
prep-years-many = ከ5 ዓመት በላይ
prep-field-building = 🔧 ግንባታ ወይም ቴክኒክ
prep-field-care = 🤲 እንክብካቤ
prep-field-food = 🍽️ ምግብ ቤት ወይም ምግብ
prep-field-transport = 🚚 ትራንስፖርት
prep-field-farming = 🌾 ግብርና
prep-field-shop = 🛒 ሱቅ ወይም ንግድ
prep-field-office = 💻 ቢሮ ወይም ኮምፒውተር
prep-field-other = ሌላ ሥራ
prep-dutch-none = እስካሁን ትምህርት የለም
prep-dutch-short = ከ3 ወር በታች
prep-dutch-year = ከ3 እስከ 12 ወር
prep-dutch-long = ከአንድ ዓመት በላይ
prep-goal-work = 💼 መሥራት
prep-goal-study = 📚 መማር
prep-goal-both = መሥራትና መማር
prep-goal-unsure = እስካሁን አላውቅም
prep-house-alone = ብቻዬን
prep-house-partner = ከትዳር አጋሬ ጋር
prep-house-children = ከልጆቼ ጋር
prep-house-family = ከትዳር አጋሬና ከልጆቼ ጋር
prep-yes = ✅ አዎ
prep-no = ❌ አይ
prep-rather-not-say = ባልናገር እመርጣለሁ
prep-moment-morning = 🌅 ጠዋት
prep-moment-afternoon = ☀️ ከሰዓት
prep-moment-evening = 🌙 ማታ
prep-channel-message = 💬 መልእክት
prep-channel-call = 📞 ስልክ
prep-channel-either = ግድ የለኝም
prep-interp-own = አዎ፣ በራሴ ቋንቋ
prep-interp-other = አዎ፣ በሌላ ቋንቋ
prep-interp-no = አይ፣ ደች በበቂ ሁኔታ እናገራለሁ
prep-interp-unsure = አላውቅም
prep-ask-interpreter-language = 🌍 በሌላ ቋንቋ አስተርጓሚ ይፈልጋሉ። በየትኛው ቋንቋ?
prep-label-interpreter-language = 🌍 የአስተርጓሚ ቋንቋ

prep-button-skip = ⏭️ እለፍ
prep-skipped = ታልፏል
prep-not-answered = ገና አልተመለሰም
prep-none = —
prep-line = { $label }: { $value }
prep-list = { $lines }
prep-own-as-typed = { $text } (ያልተተረጎመ)
prep-review =
    📋 መልሶችዎ
    { $answers }
    ❓ ጥያቄዎችዎ: { $own }

    አንድ ነገር ለመቀየር አንድ ቁልፍ ይንኩ።
prep-button-own-questions = ❓ ጥያቄዎቼ
prep-button-sharing = 🔒 የማጋራው
prep-button-documents = 🎒 ሰነዶች
prep-button-review = 📋 መልሶቼ

prep-consent-notice-v2 =
    🔒 መልሶችዎን ማን ያያል?
    በCOA እና በማዘጋጃ ቤት የሚያነጋግሩት ሰው። በዚህ መንገድ ከእርስዎ ጋር ለሚደረገው ውይይት በደንብ መዘጋጀት ይችላሉ።
    እርስዎ ይመርጣሉ። ምንም ነገር አለማጋራትም ይችላሉ።
    በኋላ ሁልጊዜ ይህን በእነዚህ ቁልፎች መቀየር ይችላሉ።

    📋 መልሶችዎ: { $answers }
    ❓ ጥያቄዎችዎ: { $questions }
prep-shared-yes = ✅ ተጋርቷል
prep-shared-no = 🚫 አልተጋራም
prep-button-share-answers = ✅ መልሶቼን አጋራ
prep-button-stop-answers = 🚫 መልሶቼን ማጋራት አቁም
prep-button-share-questions = ✅ ጥያቄዎቼን አጋራ
prep-button-stop-questions = 🚫 ጥያቄዎቼን ማጋራት አቁም

prep-documents =
    🎒 እነዚህን ሰነዶች ወደ ውይይቱ ይዘው ይምጡ።
    ሰነዱ ዝግጁ ሲሆን ይንኩት።
prep-check-done-button = ✅ { $item }
prep-check-open-button = ⬜ { $item }
prep-item-permit = 🪪 የመኖሪያ ፈቃድ
prep-item-bsn = ✉️ BSN ያለበት ደብዳቤ
prep-item-diplomas = 🎓 ዲፕሎማዎች
prep-item-cv = 📄 CV (የሕይወት ታሪክ)
prep-item-profile = የደንበኛ መገለጫ ተላልፏል
prep-item-programme = የተከተሉት ፕሮግራም ተላልፏል
prep-item-need-to-know = ማዘጋጃ ቤቱ አስቀድሞ ማወቅ ያለበት ተላልፏል
prep-item-options = አማራጮች ተብራርተዋል
prep-item-intake = ሰፊ የመግቢያ ቃለ መጠይቅ ታቅዷል
prep-item-contact = የሚያነጋግሩት ሰው ተሰይሟል

prep-holder-only = እነዚህ ጥያቄዎች ለመኖሪያ ፈቃድ ባለቤት ናቸው።
prep-holder-not-ready = መጀመሪያ ቋንቋዎን ይምረጡና ማብራሪያውን ያንብቡ። /menu ይጻፉ።
prep-cases = 📋 ዝግጅት: ጉዳይ ይምረጡ።
prep-case-button = { $reference } · { $name }
prep-button-refresh = 🔄 አድስ
prep-staff-not-shared = 🔒 የመኖሪያ ፈቃድ ባለቤቱ አላጋራም
prep-staff-overview =
    📋 ዝግጅት { $reference } ({ $name })

    መጠይቅ:
    { $answers }

    ገና ያልተመለሰ:
    { $missing }

    የራሱ ጥያቄዎች:
    { $own }

    የማረጋገጫ ዝርዝር:
    { $checklist }
prep-party-holder = የመኖሪያ ፈቃድ ባለቤት
prep-party-coa = COA
prep-party-gemeente = ማዘጋጃ ቤት
prep-check-party =
    { $party }:
    { $items }
prep-check-done = ✅ { $item } ({ $at })
prep-check-open = ⬜ { $item }
prep-reminder-staff =
    ⏰ ውይይቱ { $start } ነው። የዝግጅቱ ሁኔታ ይህ ነው:

    { $overview }
prep-reminder-holder =
    ⏰ ውይይትዎ { $start } ነው። እነዚህን ሰነዶች ይዘው ይምጡ:
    { $items }
    ምልክት ለማድረግ /prepare ይጻፉ።
prep-agenda-with =
    { $message }

    📋 የምንነጋገርባቸው ነጥቦች:
    { $items }
prep-agenda-item = { $n }. { $what }

# Shown to staff beside an answer given or changed after the meeting took place.
prep-answer-late = { $line } (ከውይይቱ በኋላ የተሞላ)
prep-own-no-numbers = እዚህ BSN ወይም V-nummer አይጻፉ። አናስቀምጠውም። ጥያቄዎችዎን ያለዚያ ቁጥር ይጻፉ።

## The agenda per meeting (staff reorder and extend it) and which meeting is being prepared.
# Staff overview: the meeting this preparation is for. $when is prep-agenda-when,
# prep-agenda-no-time or prep-meeting-not-planned.
prep-staff-for-meeting =
    { $overview }

    🗓 ይህ የውይይት { $number } { $when } ዝግጅት ነው።
prep-agenda-when = በ { $at }
prep-agenda-no-time = (ሰዓት ገና አልተወሰነም)
prep-meeting-not-planned = (ገና አልታቀደም)
prep-agenda-button = 🗒 አጀንዳ
prep-agenda-editor =
    🗒 የውይይት { $number } { $when } አጀንዳ፣ ጉዳይ { $reference } ({ $name }):
    { $items }

    ነጥብን በ ⬆️ ወይም በ ⬇️ ያንቀሳቅሱ። የራስዎን ነጥቦች በ ✖️ ያስወግዱ። አጀንዳው ሲዘጋጅ ለሁሉም ይላኩ።
prep-agenda-up-button = ⬆️ { $n }
prep-agenda-down-button = ⬇️ { $n }
prep-agenda-remove-button = ✖️ { $n }
prep-agenda-add-button = ➕ ነጥብ ጨምር
prep-agenda-send-button = 📨 ለሦስቱም ላክ
prep-agenda-back-button = ⬅️ ዝግጅት
prep-agenda-ask-point = አዲሱን ነጥብ በአንድ መስመር፣ ቢበዛ በ { $max } ፊደላት ይጻፉ። አይተረጎምም፤ ቀላል ደች ይጻፉ፣ አስተርጓሚው ጮክ ብሎ ያነበዋል።
prep-agenda-no-numbers = በአጀንዳው ውስጥ BSN ወይም V-nummer አይጻፉ። ነጥቡን ያለዚያ ቁጥር ይጻፉ።
prep-agenda-full = አጀንዳው አስቀድሞ { $max } ነጥቦች አሉት። መጀመሪያ ከራስዎ ነጥቦች አንዱን ያስወግዱ።
prep-agenda-empty = አጀንዳው ገና ባዶ ነው። መጀመሪያ ነጥብ ይጨምሩ።
prep-agenda-meeting-over = ይህ ውይይት አልፏል ወይም ተሰርዟል። አጀንዳው ከእንግዲህ አይቀየርም።
prep-agenda-sent =
    { $count ->
        [0] አጀንዳውን የሚልኩለት ሌላ ሰው የለም።
        [one] አጀንዳው ወደ { $count } ቻት ተልኳል።
       *[other] አጀንዳው ወደ { $count } ቻቶች ተልኳል።
    }
# To all three, the status holder in their language: the agenda after staff changed it.
prep-agenda-updated =
    🗒 በውይይቱ { $when } የምንነጋገርባቸው ነጥቦች እነዚህ ናቸው:
    { $items }
# Status holder: a button on their overview that shows the agenda of their next meeting.
prep-button-agenda = 🗒 ስለ ምን እንነጋገራለን
