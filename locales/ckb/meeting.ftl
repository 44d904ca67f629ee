# Scheduling meetings (issue 4).

meeting-no-cases = هێشتا لە هیچ دۆسیەیەکدا نیت. سەرەتا بە /newcase دۆسیەیەک بکەرەوە.
meeting-choose-case = بۆ کام دۆسیە دەتەوێت دیدارێک ڕێک بخەیت؟
meeting-parties-missing = هێشتا هەر سێ لایەن لەم دۆسیەیەدا نین (شارەوانی، COA و خاوەن مۆڵەت). کاتێک هەموو هاتن دیدارەکە ڕێک بخە.
meeting-pick-day = کاتی { $n } (زۆرترین { $max }): ڕۆژێک هەڵبژێرە. ساڵنامەکە لە { $month } دەست پێ دەکات.
meeting-pick-day-move = کاتی نوێ بۆ دیدارەکە: ڕۆژێک هەڵبژێرە. ساڵنامەکە لە { $month } دەست پێ دەکات.
meeting-button-prev = ◀️ مانگی پێشوو
meeting-button-next = مانگی داهاتوو ▶️
meeting-button-slots-done = ✅ کاتەکان تەواو
meeting-calendar-limit = ساڵنامەکە لەوە زیاتر ناڕوات.
meeting-calendar-stale = ئەم ساڵنامەیە کۆنە. نوێترین ساڵنامە بەکاربهێنە. هیچ نەگۆڕا.
meeting-day-past = ئەو ڕۆژە تێپەڕیوە. ڕۆژێکی تر هەڵبژێرە.
meeting-pick-time = { $day } کاتژمێر چەند؟
meeting-button-type-time = ⌨️ کاتێکی تر بنووسە
meeting-ask-time = کاتەکە بنووسە، بۆ نموونە 14:30.
meeting-bad-time = ئەو کاتە تێناگەم. کاتژمێر و خولەک بنووسە، بۆ نموونە 14:30.
meeting-slot-added = ✅ کاتی { $n }: { $at }
meeting-slot-gap = ئەو کاتە بوونی نییە: ئەو شەوە کاتژمێر لە 02:00 باز دەدات بۆ 03:00 (کاتی هاوین). کاتێکی تر هەڵبژێرە.
meeting-slot-past = ئەو کاتە تێپەڕیوە. کاتێکی داهاتوو هەڵبژێرە.
meeting-slot-twice = پێشتر ئەو کاتەت هەڵبژاردووە. کاتێکی تر هەڵبژێرە.
meeting-slot-too-many = شەش کاتت هەیە. زیاتر ناکرێت: کاتەکان تەواو دابگرە.
meeting-slot-too-few = لانیکەم دوو کات هەڵبژێرە.
meeting-warn-night = ⚠️ ئاگاداربە: { $at } شەوە. کاتەکە زیاد کرا؛ ئەگەر هەڵەیە بە /cancel بیوەستێنە.
meeting-warn-sunday = ⚠️ ئاگاداربە: { $at } یەکشەممەیە. کاتەکە زیاد کرا.
meeting-warn-first-of-two = ⚠️ ئەو شەوە کاتژمێر دەگەڕێتەوە دواوە: 02:00–03:00 دوو جار ڕوودەدات. یەکەمم وەرگرت (هێشتا کاتی هاوین): { $at }. ئەگەر درەنگتر دەتەوێت، 03:00 یان دواتر هەڵبژێرە.
meeting-ask-place = دیدارەکە لە کوێیە؟
meeting-place = { $place ->
        [azc] 🏠 لە کەمپی پەنابەران (azc)
        [townhall] 🏛️ لە بینای شارەوانی
        [video] 💻 پەیوەندی ڤیدیۆیی
       *[phone] 📞 بە تەلەفۆن
    }
meeting-where-video = 💻 پەیوەندی ڤیدیۆیی: { $link }
meeting-ask-link = بەستەری پەیوەندی ڤیدیۆییەکە بنووسە. بە https:// دەست پێ دەکات.
meeting-bad-link = ئەمە بەستەرێکی دروست نییە. تەنها بەستەرێک کە بە https:// دەست پێ بکات وەردەگیرێت.
meeting-ask-interpreter = وەرگێڕ پێویستە؟ خاوەن مۆڵەت { language-name } دەخوێنێتەوە.
meeting-button-interpreter-yes = بەڵێ، وەرگێڕ { language-name }
meeting-button-interpreter-no = نەخێر، بێ وەرگێڕ
meeting-button-interpreter-other = وەرگێڕ بە زمانێکی تر
meeting-ask-interpreter-language = وەرگێڕ دەبێت بە چ زمانێک قسە بکات؟
meeting-interpreter-yes = 🗣️ لەگەڵ وەرگێڕ: { language-name }
meeting-interpreter-no = بێ وەرگێڕ
meeting-stopped = وەستێنرا. هیچ ڕێک نەخرا.
meeting-proposed = کاتەکانی دۆسیەی { $reference } بۆ هەر سێ لایەن نێردران ({ $slots } کات). وەڵامەکان لێرە دەبینیت.
meeting-slots-ask =
    📅 کەی دەتوانن بێن بۆ دیدارەکە؟
    { $slots }
    { $place }
    { $interpreter }
    بۆ هەر کاتێک دابگرن: ✅ دەتوانم · 🤷 ئەگەر پێویست بێت · ❌ ناتوانم
meeting-answer = { $answer ->
        [can] ✅ دەتوانێت
        [if_needed] 🤷 ئەگەر پێویست بێت
       *[cannot] ❌ ناتوانێت
    }
meeting-party = { $party ->
        [holder] خاوەن مۆڵەت
        [coa] COA
       *[gemeente] شارەوانی
    }
meeting-answer-saved = ✅ پاشەکەوت کرا.
meeting-not-your-party = ئەم وەڵامە بۆ لایەنێکی ترە. تەنها دەتوانن بۆ خۆتان وەڵام بدەنەوە. هیچ نەگۆڕا.
meeting-slot-outdated = ئەم کاتانە ئیتر دروست نین: دیدارەکە گوازرایەوە، پشتڕاست کرایەوە یان هەڵوەشێنرایەوە. هیچ نەگۆڕا.
meeting-suits-all = 🎉 { $at } بۆ هەر سێ لایەن گونجاوە. ئەو کاتە پشتڕاست بکەرەوە یان یەکێکی تر هەڵبژێرە.
meeting-none-suits =
    هیچ کاتێک بۆ هەمووان گونجاو نییە. نەیانتوانی:
    { $parties }
    کاتی نوێ پێشنیار بکە.
meeting-button-new-round = 📅 کاتی نوێ پێشنیار بکە
meeting-changed-meanwhile = ئەم دیدارە ئێستا گۆڕا یان هەڵوەشێنرایەوە. هیچ نەگۆڕا؛ سەیری نوێترین نامە بکە.
meeting-confirmed =
    ✅ دیدارەکە دیاری کرا:
    📅 { $at }
    { $place }
    { $interpreter }
meeting-button-cant-come = 🙁 ناتوانم بێم
meeting-button-move = 🔁 گواستنەوە
meeting-button-cancel = ✖️ هەڵوەشاندنەوەی دیدار
meeting-button-interpreter-booked = 🗣️ وەرگێڕ گیرا
meeting-ask-reason = بەداخەوە. بۆچی ناتوانن بێن؟
meeting-reason = { $reason ->
        [ill] 🤒 نەخۆش
        [travel] 🚌 هاتوچۆ نییە
        [clash] 📅 ژوانێکی تر
       *[other] شتێکی تر
    }
meeting-cant-come = 🙁 { $party }: ناتوانێت لە { $at } بێت. هۆکار: { $reason }
meeting-moved =
    🔁 کاتی دیدارەکە گۆڕا. پێشتر: { $from }
    ئێستا:
    📅 { $at }
    { $place }
    { $interpreter }
meeting-cancelled =
    ✖️ دیدارەکە هەڵوەشێنرایەوە:
    📅 { $at }
    { $place }
    { $interpreter }
meeting-round-cancelled = ✖️ کاتە پێشنیارکراوەکان کشێنرانەوە. پێشنیارێکی نوێ دێت.
meeting-interpreter-booked = 🗣️ وەرگێڕ ({ language-name }) گیرا.
meeting-interpreter-already = وەرگێڕ پێشتر گیرابوو. هیچ نەگۆڕا.
meeting-interpreter-reminder = 🗣️ وەرگێڕ ({ language-name }) بۆ دیداری { $at } هێشتا نەگیراوە. کاتێک ڕێکخرا دوگمەکە دابگرە.
meeting-slots-reminder = ⏰ هێشتا وەڵامی هەموو کاتەکانتان نەداوەتەوە.
meeting-soon =
    ⏰ دیدارەکەتان لەبیر بێت:
    📅 { $at }
    { $place }
meeting-what-happened = دیداری { $at } تەواو بوو. چی ڕوویدا؟
meeting-button-held = ✅ دیدار کرا
meeting-button-absent = 🚫 نەهات: { $party }
meeting-button-outcome-cancelled = ✖️ نەکرا
meeting-not-over = دیدارەکە هێشتا تەواو نەبووە.
meeting-held = ✅ باشە. ئێستا ڕێککەوتنەکان بە /plan تۆمار بکە.
meeting-outcome-cancelled = تۆمار کرا: دیدارەکە نەکرا.
meeting-absent = 🚫 { $party }: نەهات بۆ دیدارەکە. کاتی نوێ دێت.
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
    🌍 خاوەن مۆڵەت وتی: { $wish }
meeting-interpreter-wish-language = { $wish }: { language-name }

# the title of the calendar entry staff get (.ics)
meeting-ics-title = دیداری سێقۆڵی { $reference }

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
meeting-cant-come-you = 🙁 سوپاس کە ئاگادارتان کردینەوە: ئێوە ناتوانن لە { $at } بێن ({ $reason }). بەرپرسەکانتان ئێستا ئاگادارن و کاتی نوێ پێشنیار دەکەن. لەو بارەیەوە پەیامێکتان بۆ دێت.

# A weekday in the calendar's header row (issue 12): its short name, from ICU.
meeting-weekday = { $day }
