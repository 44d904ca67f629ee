# Scheduling meetings (issue 4).

meeting-no-cases = ገና ኣብ ዝኾነ ፋይል የለኹምን። መጀመርታ ብ /newcase ፋይል ክፈቱ።
meeting-choose-case = ንየናይ ፋይል ዘተ ክትውጥኑ ትደልዩ?
meeting-parties-missing = ገና ሰለስቲኦም ወገናት ኣብዚ ፋይል ኣይኣተዉን (ምምሕዳር ከተማ፡ COA ከምኡውን ወናኒ ፍቓድ መንበሪ)። ኩሉ ምስ መጸ ዘተ ውጠኑ።
meeting-pick-day = ግዜ { $n } (እንተበዝሐ { $max }): መዓልቲ ምረጹ። ዓውደ-ኣዋርሕ ብ { $month } ይጅምር።
meeting-pick-day-move = ሓድሽ ግዜ ንዘተ: መዓልቲ ምረጹ። ዓውደ-ኣዋርሕ ብ { $month } ይጅምር።
meeting-button-prev = ◀️ ዝሓለፈ ወርሒ
meeting-button-next = ዝመጽእ ወርሒ ▶️
meeting-button-slots-done = ✅ ግዜታት ተወዲኡ
meeting-calendar-limit = ዓውደ-ኣዋርሕ ካብዚ ንላዕሊ ኣይኸይድን።
meeting-calendar-stale = እዚ ዓውደ-ኣዋርሕ ኣረጊት እዩ። እቲ ሓድሽ ተጠቐሙ። ዋላ ሓደ ኣይተቐየረን።
meeting-day-past = እታ መዓልቲ ሓሊፋ እያ። ካልእ መዓልቲ ምረጹ።
meeting-pick-time = ኣብ { $day } ሰዓት ክንደይ?
meeting-button-type-time = ⌨️ ካልእ ሰዓት ጽሓፉ
meeting-ask-time = ሰዓት ጽሓፉ፡ ንኣብነት 14:30።
meeting-bad-time = እዚ ሰዓት ኣይተረደኣንን። ሰዓትን ደቒቕን ጽሓፉ፡ ንኣብነት 14:30።
meeting-slot-added = ✅ ግዜ { $n }: { $at }
meeting-slot-gap = እዚ ሰዓት የለን: በታ ለይቲ ሰዓት ካብ 02:00 ናብ 03:00 ይዘልል (ናይ ሓጋይ ግዜ)። ካልእ ሰዓት ምረጹ።
meeting-slot-past = እዚ ግዜ ሓሊፉ እዩ። ናይ መጻኢ ግዜ ምረጹ።
meeting-slot-twice = ነዚ ግዜ ቅድሚ ሕጂ መሪጽኩሞ ኢኹም። ካልእ ግዜ ምረጹ።
meeting-slot-too-many = ሽዱሽተ ግዜታት ኣለኩም። ካብዚ ንላዕሊ ኣይከኣልን: ግዜታት ተወዲኡ ጠውቑ።
meeting-slot-too-few = እንተወሓደ ክልተ ግዜታት ምረጹ።
meeting-warn-night = ⚠️ ኣስተውዕሉ: { $at } ለይቲ እዩ። ግዜ ተወሲኹ፤ ጌጋ እንተኾይኑ ብ /cancel ደው ኣብሉ።
meeting-warn-sunday = ⚠️ ኣስተውዕሉ: { $at } ሰንበት እዩ። ግዜ ተወሲኹ።
meeting-warn-first-of-two = ⚠️ በታ ለይቲ ሰዓት ንድሕሪት ይምለስ: 02:00–03:00 ክልተ ግዜ ይመጽእ። እቲ ቀዳማይ ወሲደ (ገና ናይ ሓጋይ ግዜ): { $at }። ደሓር እንተደሊኹም 03:00 ወይ ድሕሪኡ ምረጹ።
meeting-ask-place = ዘተ ኣበይ እዩ?
meeting-place = { $place ->
        [azc] 🏠 ኣብ azc
        [townhall] 🏛️ ኣብ ቤት ጽሕፈት ምምሕዳር ከተማ
        [video] 💻 ብቪድዮ
       *[phone] 📞 ብተሌፎን
    }
meeting-where-video = 💻 ብቪድዮ: { $link }
meeting-ask-link = ናይ ቪድዮ ዘተ ሊንክ ጽሓፉ። ብ https:// ይጅምር።
meeting-bad-link = እዚ ቅኑዕ ሊንክ ኣይኮነን። ብ https:// ዝጅምር ሊንክ ጥራይ ይቕበል።
meeting-ask-interpreter = ተርጓሚ የድሊ ድዩ? ወናኒ ፍቓድ መንበሪ { language-name } የንብብ።
meeting-button-interpreter-yes = እወ፡ ተርጓሚ { language-name }
meeting-button-interpreter-no = ኣይፋል፡ ተርጓሚ ኣየድልን
meeting-button-interpreter-other = ተርጓሚ ብካልእ ቋንቋ
meeting-ask-interpreter-language = ተርጓሚ ብኣየናይ ቋንቋ ክዛረብ ኣለዎ?
meeting-interpreter-yes = 🗣️ ምስ ተርጓሚ: { language-name }
meeting-interpreter-no = ብዘይ ተርጓሚ
meeting-stopped = ደው ኢሉ። ዋላ ሓደ ኣይተወጠነን።
meeting-proposed = ግዜታት ናይ ፋይል { $reference } ናብ ሰለስቲኦም ወገናት ተላኢኹ ({ $slots } ግዜታት)። መልስታት ኣብዚ ክትርእዩ ኢኹም።
meeting-slots-ask =
    📅 መዓስ ናብቲ ዘተ ክትመጹ ትኽእሉ?
    { $slots }
    { $place }
    { $interpreter }
    ንነፍሲ ወከፍ ግዜ ጠውቑ: ✅ ይኽእል እየ · 🤷 እንተድኣ ኣድልዩ · ❌ ኣይክእልን
meeting-answer = { $answer ->
        [can] ✅ ይኽእል
        [if_needed] 🤷 እንተድኣ ኣድልዩ ይኽእል
       *[cannot] ❌ ኣይክእልን
    }
meeting-party = { $party ->
        [holder] ወናኒ ፍቓድ መንበሪ
        [coa] COA
       *[gemeente] ምምሕዳር ከተማ
    }
meeting-answer-saved = ✅ ተዓቂቡ።
meeting-not-your-party = እዚ መልሲ ንካልእ ወገን እዩ። ንባዕልኹም ጥራይ ክትምልሱ ትኽእሉ። ዋላ ሓደ ኣይተቐየረን።
meeting-slot-outdated = እዞም ግዜታት ድሕሪ ሕጂ ኣይሰርሑን: ዘተ ተቐይሩ፡ ተረጋጊጹ ወይ ተሰሪዙ። ዋላ ሓደ ኣይተቐየረን።
meeting-suits-all = 🎉 { $at } ንሰለስቲኦም ይሰማማዕ። ነዚ ግዜ ኣረጋግጹ ወይ ካልእ ምረጹ።
meeting-none-suits =
    ንኹሉ ዝሰማማዕ ግዜ የለን። ዘይከኣሉ:
    { $parties }
    ሓደሽቲ ግዜታት ኣቕርቡ።
meeting-button-new-round = 📅 ሓደሽቲ ግዜታት ኣቕርቡ
meeting-changed-meanwhile = እዚ ዘተ ሕጂ ተቐይሩ ወይ ተሰሪዙ። ዋላ ሓደ ኣይተቐየረን፤ ነቲ ሓድሽ መልእኽቲ ርኣዩ።
meeting-confirmed =
    ✅ ዘተ ተወሲኑ፦
    📅 { $at }
    { $place }
    { $interpreter }
meeting-button-cant-come = 🙁 ክመጽእ ኣይክእልን
meeting-button-move = 🔁 ግዜ ቀይር
meeting-button-cancel = ✖️ ዘተ ሰርዝ
meeting-button-interpreter-booked = 🗣️ ተርጓሚ ተሓዚዑ
meeting-ask-reason = ይቕሬታ። ስለምንታይ ክትመጹ ዘይትኽእሉ?
meeting-reason = { $reason ->
        [ill] 🤒 ሕማም
        [travel] 🚌 መጓዓዝያ የለን
        [clash] 📅 ካልእ ቆጸራ
       *[other] ካልእ ነገር
    }
meeting-cant-come = 🙁 { $party }: ኣብ { $at } ክመጽእ ኣይክእልን። ምኽንያት: { $reason }
meeting-moved =
    🔁 ግዜ ዘተ ተቐይሩ። ቅድሚ: { $from }
    ሕጂ:
    📅 { $at }
    { $place }
    { $interpreter }
meeting-cancelled =
    ✖️ ዘተ ተሰሪዙ፦
    📅 { $at }
    { $place }
    { $interpreter }
meeting-round-cancelled = ✖️ እቶም ዝቐረቡ ግዜታት ተሰሒቦም። ሓድሽ ሓሳብ ክመጽእ እዩ።
meeting-interpreter-booked = 🗣️ ተርጓሚ ({ language-name }) ተሓዚዑ።
meeting-interpreter-already = ተርጓሚ ቀደም ተሓዚዑ ነይሩ። ዋላ ሓደ ኣይተቐየረን።
meeting-interpreter-reminder = 🗣️ ተርጓሚ ({ language-name }) ንዘተ { $at } ገና ኣይተሓዝአን። ምስ ተዳለወ ነቲ መልጎም ጠውቑ።
meeting-slots-reminder = ⏰ ገና ንኹሉ ግዜታት ኣይመለስኩምን።
meeting-soon =
    ⏰ ነቲ ዘተ ኣይትረስዑ፦
    📅 { $at }
    { $place }
meeting-what-happened = ዘተ { $at } ተወዲኡ። እንታይ ኮይኑ?
meeting-button-held = ✅ ዘተ ተኻይዱ
meeting-button-absent = 🚫 ኣይመጸን: { $party }
meeting-button-outcome-cancelled = ✖️ ኣይተኻየደን
meeting-not-over = ዘተ ገና ኣይተወደአን።
meeting-held = ✅ ጽቡቕ። ሕጂ ስምምዓት ብ /plan መዝግቡ።
meeting-outcome-cancelled = ተመዝጊቡ: ዘተ ኣይተኻየደን።
meeting-absent = 🚫 { $party }: ናብ ዘተ ኣይመጸን። ሓደሽቲ ግዜታት ክመጹ እዮም።
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
    🌍 ወናኒ ፍቓድ መንበሪ ዝበሎ፦ { $wish }
meeting-interpreter-wish-language = { $wish }: { language-name }

# the title of the calendar entry staff get (.ics)
meeting-ics-title = ናይ ሰለስተ ወገን ዘተ { $reference }

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
meeting-cant-come-you = 🙁 ስለ ዘፍለጥኩምና የቐንየልና: ኣብ { $at } ክትመጹ ኣይትኽእሉን ({ $reason })። ናይ ርክብ ሰባትኩም ሕጂ ፈሊጦም እዮም፡ ሓደሽቲ ግዜታት ድማ ከቕርቡ እዮም። ብዛዕባኡ መልእኽቲ ክመጸኩም እዩ።

# A weekday in the calendar's header row (issue 12): its short name, from ICU.
meeting-weekday = { $day }
