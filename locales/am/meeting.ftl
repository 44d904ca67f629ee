# Scheduling meetings (issue 4).

meeting-no-cases = እስካሁን በምንም ፋይል ውስጥ የሉም። መጀመሪያ በ /newcase ፋይል ይክፈቱ።
meeting-choose-case = ለየትኛው ፋይል ውይይት ማቀድ ይፈልጋሉ?
meeting-parties-missing = ሦስቱም ወገኖች እስካሁን በዚህ ፋይል ውስጥ አልገቡም (ማዘጋጃ ቤት፣ COA እና የመኖሪያ ፈቃድ ባለቤት)። ሁሉም ሲገቡ ውይይቱን ያቅዱ።
meeting-pick-day = ጊዜ { $n } (ቢበዛ { $max }): ቀን ይምረጡ። የቀን መቁጠሪያው በ { $month } ይጀምራል።
meeting-pick-day-move = ለውይይቱ አዲስ ጊዜ: ቀን ይምረጡ። የቀን መቁጠሪያው በ { $month } ይጀምራል።
meeting-button-prev = ◀️ ያለፈው ወር
meeting-button-next = የሚቀጥለው ወር ▶️
meeting-button-slots-done = ✅ ጊዜዎች አልቀዋል
meeting-calendar-limit = የቀን መቁጠሪያው ከዚህ በላይ አይሄድም።
meeting-calendar-stale = ይህ የቀን መቁጠሪያ ያረጀ ነው። አዲሱን ይጠቀሙ። ምንም አልተለወጠም።
meeting-day-past = ያ ቀን አልፏል። ሌላ ቀን ይምረጡ።
meeting-pick-time = { $day } በስንት ሰዓት?
meeting-button-type-time = ⌨️ ሌላ ሰዓት ይጻፉ
meeting-ask-time = ሰዓቱን ይጻፉ፣ ለምሳሌ 14:30።
meeting-bad-time = ይህን ሰዓት አልተረዳሁም። ሰዓትና ደቂቃ ይጻፉ፣ ለምሳሌ 14:30።
meeting-slot-added = ✅ ጊዜ { $n }: { $at }
meeting-slot-gap = ይህ ሰዓት የለም: በዚያ ሌሊት ሰዓቱ ከ 02:00 ወደ 03:00 ይዘላል (የበጋ ሰዓት)። ሌላ ሰዓት ይምረጡ።
meeting-slot-past = ይህ ጊዜ አልፏል። የወደፊት ጊዜ ይምረጡ።
meeting-slot-twice = ይህን ጊዜ አስቀድመው መርጠዋል። ሌላ ጊዜ ይምረጡ።
meeting-slot-too-many = ስድስት ጊዜዎች አሉዎት። ከዚህ በላይ አይቻልም: ጊዜዎች አልቀዋል የሚለውን ይጫኑ።
meeting-slot-too-few = ቢያንስ ሁለት ጊዜዎች ይምረጡ።
meeting-warn-night = ⚠️ ልብ ይበሉ: { $at } ሌሊት ነው። ጊዜው ተጨምሯል፤ ስህተት ከሆነ በ /cancel ያቁሙ።
meeting-warn-sunday = ⚠️ ልብ ይበሉ: { $at } እሁድ ነው። ጊዜው ተጨምሯል።
meeting-warn-first-of-two = ⚠️ በዚያ ሌሊት ሰዓቱ ወደ ኋላ ይመለሳል: 02:00–03:00 ሁለት ጊዜ ይከሰታል። የመጀመሪያውን ወስጃለሁ (አሁንም የበጋ ሰዓት): { $at }። ዘግይቶ ከፈለጉ 03:00 ወይም ከዚያ በኋላ ይምረጡ።
meeting-ask-place = ውይይቱ የት ነው?
meeting-place = { $place ->
        [azc] 🏠 በ azc
        [townhall] 🏛️ በማዘጋጃ ቤት
        [video] 💻 በቪዲዮ
       *[phone] 📞 በስልክ
    }
meeting-where-video = 💻 በቪዲዮ: { $link }
meeting-ask-link = የቪዲዮ ጥሪውን ሊንክ ይጻፉ። በ https:// ይጀምራል።
meeting-bad-link = ይህ ትክክለኛ ሊንክ አይደለም። በ https:// የሚጀምር ሊንክ ብቻ ይቀበላል።
meeting-ask-interpreter = አስተርጓሚ ያስፈልጋል? የመኖሪያ ፈቃድ ባለቤቱ { language-name } ያነባል።
meeting-button-interpreter-yes = አዎ፣ አስተርጓሚ { language-name }
meeting-button-interpreter-no = አይ፣ አስተርጓሚ አያስፈልግም
meeting-button-interpreter-other = አስተርጓሚ በሌላ ቋንቋ
meeting-ask-interpreter-language = አስተርጓሚው በየትኛው ቋንቋ መናገር አለበት?
meeting-interpreter-yes = 🗣️ ከአስተርጓሚ ጋር: { language-name }
meeting-interpreter-no = ያለ አስተርጓሚ
meeting-stopped = ቆሟል። ምንም አልታቀደም።
meeting-proposed = የፋይል { $reference } ጊዜዎች ለሦስቱም ወገኖች ተልከዋል ({ $slots } ጊዜዎች)። መልሶቹን እዚህ ያያሉ።
meeting-slots-ask =
    📅 ወደ ውይይቱ መቼ መምጣት ይችላሉ?
    { $slots }
    { $place }
    { $interpreter }
    ለእያንዳንዱ ጊዜ ይጫኑ: ✅ እችላለሁ · 🤷 ካስፈለገ · ❌ አልችልም
meeting-answer = { $answer ->
        [can] ✅ ይችላል
        [if_needed] 🤷 ካስፈለገ
       *[cannot] ❌ አይችልም
    }
meeting-party = { $party ->
        [holder] የመኖሪያ ፈቃድ ባለቤት
        [coa] COA
       *[gemeente] ማዘጋጃ ቤት
    }
meeting-answer-saved = ✅ ተቀምጧል።
meeting-not-your-party = ይህ መልስ ለሌላ ወገን ነው። ለራስዎ ብቻ መመለስ ይችላሉ። ምንም አልተለወጠም።
meeting-slot-outdated = እነዚህ ጊዜዎች ከአሁን በኋላ አይሰሩም: ውይይቱ ተቀይሯል፣ ተረጋግጧል ወይም ተሰርዟል። ምንም አልተለወጠም።
meeting-suits-all = 🎉 { $at } ለሦስቱም ይስማማል። ይህን ጊዜ ያረጋግጡ ወይም ሌላ ይምረጡ።
meeting-none-suits =
    ለሁሉም የሚስማማ ጊዜ የለም። ያልቻሉ:
    { $parties }
    አዲስ ጊዜዎች ያቅርቡ።
meeting-button-new-round = 📅 አዲስ ጊዜዎች ያቅርቡ
meeting-changed-meanwhile = ይህ ውይይት አሁን ተቀይሯል ወይም ተሰርዟል። ምንም አልተለወጠም፤ አዲሱን መልእክት ይመልከቱ።
meeting-confirmed =
    ✅ የውይይቱ ቀን ተወስኗል:
    📅 { $at }
    { $place }
    { $interpreter }
meeting-button-cant-come = 🙁 መምጣት አልችልም
meeting-button-move = 🔁 ጊዜ ቀይር
meeting-button-cancel = ✖️ ውይይቱን ሰርዝ
meeting-button-interpreter-booked = 🗣️ አስተርጓሚ ተይዟል
meeting-ask-reason = እናዝናለን። ለምን መምጣት አይችሉም?
meeting-reason = { $reason ->
        [ill] 🤒 ሕመም
        [travel] 🚌 መጓጓዣ የለም
        [clash] 📅 ሌላ ቀጠሮ
       *[other] ሌላ ነገር
    }
meeting-cant-come = 🙁 { $party }: በ { $at } መምጣት አይችልም። ምክንያት: { $reason }
meeting-moved =
    🔁 የውይይቱ ጊዜ ተቀይሯል። በፊት: { $from }
    አሁን:
    📅 { $at }
    { $place }
    { $interpreter }
meeting-cancelled =
    ✖️ ውይይቱ ተሰርዟል:
    📅 { $at }
    { $place }
    { $interpreter }
meeting-round-cancelled = ✖️ የቀረቡት ጊዜዎች ተነስተዋል። አዲስ ሀሳብ ይመጣል።
meeting-interpreter-booked = 🗣️ አስተርጓሚ ({ language-name }) ተይዟል።
meeting-interpreter-already = አስተርጓሚ አስቀድሞ ተይዞ ነበር። ምንም አልተለወጠም።
meeting-interpreter-reminder = 🗣️ ለ { $at } ውይይት አስተርጓሚ ({ language-name }) እስካሁን አልተያዘም። ሲዘጋጅ ቁልፉን ይጫኑ።
meeting-slots-reminder = ⏰ ለሁሉም ጊዜዎች እስካሁን አልመለሱም።
meeting-soon =
    ⏰ ውይይቱን አይርሱ:
    📅 { $at }
    { $place }
meeting-what-happened = የ { $at } ውይይት አልቋል። ምን ሆነ?
meeting-button-held = ✅ ውይይቱ ተካሂዷል
meeting-button-absent = 🚫 አልመጣም: { $party }
meeting-button-outcome-cancelled = ✖️ አልተካሄደም
meeting-not-over = ውይይቱ ገና አላለቀም።
meeting-held = ✅ ጥሩ። አሁን ስምምነቶቹን በ /plan ይመዝግቡ።
meeting-outcome-cancelled = ተመዝግቧል: ውይይቱ አልተካሄደም።
meeting-absent = 🚫 { $party }: ወደ ውይይቱ አልመጣም። አዲስ ጊዜዎች ይመጣሉ።
meeting-button-case = { $reference } · { $name }
meeting-day = { $day }
meeting-cell-empty = ·
meeting-time = { $time }
meeting-slot-line = { $n }. { $at }
meeting-answer-button = { $answer ->
        [can] ✅
        [if_needed] 🤷
       *[cannot] ❌
    } { $n }
meeting-button-confirm = { $suits ->
        [yes] ✅ { $at }
       *[no] { $at }
    }
# The interpreter question with the status holder's own wish (only when they share their answers).
meeting-ask-interpreter-wish =
    { $ask }
    🌍 የመኖሪያ ፈቃድ ባለቤቱ ያለው፦ { $wish }
meeting-interpreter-wish-language = { $wish }: { language-name }

# the title of the calendar entry staff get (.ics)
meeting-ics-title = የሦስትዮሽ ውይይት { $reference }

# The answers board (issue 12): one message in the proposer's chat, edited as answers arrive.
# Only symbols and the other messages' words, so the same in every locale.
meeting-board =
    { $head }
    { $lines }
meeting-board-line = { $n }. { $at }: { $gemeente } · { $coa } · { $holder }
meeting-board-party = { $party } { $mark }
meeting-board-mark = { $answer ->
        [can] ✅
        [if_needed] 🤷
        [cannot] ❌
       *[none] ⏳
    }
# A time in the times message once the reader answered it: their answer's mark after it.
meeting-slot-line-answered = { $n }. { $at } { $mark }

# To the status holder who said they cannot come (issue 12): "you", and what happens next.
meeting-cant-come-you = 🙁 ስላሳወቁን እናመሰግናለን፦ በ { $at } መምጣት አይችሉም ({ $reason })። የሚያነጋግሯቸውን ሰዎች አሳውቀናል፤ እነሱ አዲስ ጊዜዎች ያቀርባሉ። ስለዚህ ጉዳይ መልእክት ይደርስዎታል።

# A weekday in the calendar's header row (issue 12): its short name, from ICU.
meeting-weekday = { $day }
