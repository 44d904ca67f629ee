# Scheduling meetings (issue 4).

meeting-no-cases = لست في أي ملف بعد. افتح ملفًا أولًا بـ /newcase.
meeting-choose-case = لأي ملف تريد تخطيط لقاء؟
meeting-parties-missing = لم تنضم الأطراف الثلاثة كلها إلى هذا الملف بعد (البلدية و COA وصاحب الإقامة). خطط للقاء عندما يكون الجميع موجودين.
meeting-pick-day = الموعد { $n } (الحد الأقصى { $max }): اختر يومًا. يبدأ التقويم في { $month }.
meeting-pick-day-move = موعد جديد للقاء: اختر يومًا. يبدأ التقويم في { $month }.
meeting-button-prev = ◀️ الشهر السابق
meeting-button-next = الشهر التالي ▶️
meeting-button-slots-done = ✅ انتهيت من المواعيد
meeting-calendar-limit = لا يذهب التقويم أبعد من ذلك.
meeting-calendar-stale = هذا التقويم قديم. استخدم أحدث تقويم. لم يتغير شيء.
meeting-day-past = هذا اليوم مضى. اختر يومًا آخر.
meeting-pick-time = في أي ساعة يوم { $day }؟
meeting-button-type-time = ⌨️ اكتب وقتًا آخر
meeting-ask-time = اكتب الوقت، مثلًا 14:30.
meeting-bad-time = لم أفهم هذا الوقت. اكتب الساعات والدقائق، مثلًا 14:30.
meeting-slot-added = ✅ الموعد { $n }: { $at }
meeting-slot-gap = هذا الوقت غير موجود: في تلك الليلة تقفز الساعة من 02:00 إلى 03:00 (التوقيت الصيفي). اختر وقتًا آخر.
meeting-slot-past = هذا الوقت مضى. اختر وقتًا في المستقبل.
meeting-slot-twice = اخترت هذا الوقت من قبل. اختر وقتًا آخر.
meeting-slot-too-many = لديك ستة مواعيد. لا يمكن أكثر: اضغط انتهيت من المواعيد.
meeting-slot-too-few = اختر موعدين على الأقل.
meeting-warn-night = ⚠️ انتبه: { $at } في الليل. أُضيف الموعد؛ إذا كان خطأ، أوقف بـ /cancel.
meeting-warn-sunday = ⚠️ انتبه: { $at } يوم أحد. أُضيف الموعد.
meeting-warn-first-of-two = ⚠️ في تلك الليلة تعود الساعة إلى الوراء: 02:00–03:00 تحدث مرتين. أخذت المرة الأولى (ما زال التوقيت الصيفي): { $at }. إذا أردت وقتًا أبعد، اختر 03:00 أو بعدها.
meeting-ask-place = أين اللقاء؟
meeting-place = { $place ->
        [azc] 🏠 في مركز اللجوء (azc)
        [townhall] 🏛️ في مبنى البلدية
        [video] 💻 مكالمة فيديو
       *[phone] 📞 بالهاتف
    }
meeting-where-video = 💻 مكالمة فيديو: { $link }
meeting-ask-link = اكتب رابط مكالمة الفيديو. يبدأ بـ https://
meeting-bad-link = هذا ليس رابطًا صالحًا. يُقبل فقط رابط يبدأ بـ https://
meeting-ask-interpreter = هل يلزم مترجم؟ صاحب الإقامة يقرأ { language-name }.
meeting-button-interpreter-yes = نعم، مترجم { language-name }
meeting-button-interpreter-no = لا، بدون مترجم
meeting-button-interpreter-other = مترجم بلغة أخرى
meeting-ask-interpreter-language = بأي لغة يجب أن يتكلم المترجم؟
meeting-interpreter-yes = 🗣️ مع مترجم: { language-name }
meeting-interpreter-no = بدون مترجم
meeting-stopped = توقف. لم يُخطط أي شيء.
meeting-proposed = أُرسلت مواعيد الملف { $reference } إلى الأطراف الثلاثة ({ $slots } مواعيد). سترى الأجوبة هنا.
meeting-slots-ask =
    📅 متى يمكنك الحضور إلى اللقاء؟
    { $slots }
    { $place }
    { $interpreter }
    اضغط لكل موعد: ✅ أستطيع · 🤷 إذا لزم الأمر · ❌ لا أستطيع
meeting-answer = { $answer ->
        [can] ✅ يستطيع
        [if_needed] 🤷 يستطيع إذا لزم الأمر
       *[cannot] ❌ لا يستطيع
    }
meeting-party = { $party ->
        [holder] صاحب الإقامة
        [coa] COA
       *[gemeente] البلدية
    }
meeting-answer-saved = ✅ حُفظ.
meeting-not-your-party = هذا الجواب لطرف آخر. يمكنك أن تجيب عن نفسك فقط. لم يتغير شيء.
meeting-slot-outdated = هذه المواعيد لم تعد صالحة: اللقاء نُقل أو تأكد أو أُلغي. لم يتغير شيء.
meeting-suits-all = 🎉 { $at } يناسب الأطراف الثلاثة. أكّد هذا الموعد أو اختر غيره.
meeting-none-suits =
    لا يوجد موعد يناسب الجميع. لم يستطع:
    { $parties }
    اقترح مواعيد جديدة.
meeting-button-new-round = 📅 اقترح مواعيد جديدة
meeting-changed-meanwhile = تغيّر هذا اللقاء أو أُلغي للتو. لم يتغير شيء؛ انظر إلى أحدث رسالة.
meeting-confirmed =
    ✅ تم تحديد اللقاء:
    📅 { $at }
    { $place }
    { $interpreter }
meeting-button-cant-come = 🙁 لا أستطيع الحضور
meeting-button-move = 🔁 نقل الموعد
meeting-button-cancel = ✖️ إلغاء اللقاء
meeting-button-interpreter-booked = 🗣️ تم حجز المترجم
meeting-ask-reason = نأسف لذلك. لماذا لا تستطيع الحضور؟
meeting-reason = { $reason ->
        [ill] 🤒 مرض
        [travel] 🚌 لا توجد مواصلات
        [clash] 📅 موعد آخر
       *[other] شيء آخر
    }
meeting-cant-come = 🙁 { $party }: تعذّر الحضور في { $at }. السبب: { $reason }
meeting-moved =
    🔁 نُقل موعد اللقاء. كان: { $from }
    الآن:
    📅 { $at }
    { $place }
    { $interpreter }
meeting-cancelled =
    ✖️ أُلغي اللقاء:
    📅 { $at }
    { $place }
    { $interpreter }
meeting-round-cancelled = ✖️ سُحبت المواعيد المقترحة. سيأتي اقتراح جديد.
meeting-interpreter-booked = 🗣️ تم حجز المترجم ({ language-name }).
meeting-interpreter-already = المترجم محجوز من قبل. لم يتغير شيء.
meeting-interpreter-reminder = 🗣️ المترجم ({ language-name }) للقاء { $at } لم يُحجز بعد. اضغط الزر عند الحجز.
meeting-slots-reminder = ⏰ لم تجب بعد عن كل المواعيد.
meeting-soon =
    ⏰ تذكير باللقاء:
    📅 { $at }
    { $place }
meeting-what-happened = انتهى لقاء { $at }. ماذا حدث؟
meeting-button-held = ✅ عُقد اللقاء
meeting-button-absent = 🚫 لم يحضر: { $party }
meeting-button-outcome-cancelled = ✖️ لم يُعقد
meeting-not-over = اللقاء لم ينته بعد.
meeting-held = ✅ جيد. سجّل الآن الاتفاقات بـ /plan.
meeting-outcome-cancelled = سُجّل: اللقاء لم يُعقد.
meeting-absent = 🚫 { $party }: لم يحضر اللقاء. ستأتي مواعيد جديدة.
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
    🌍 قال صاحب الإقامة: { $wish }
meeting-interpreter-wish-language = { $wish }: { language-name }

# the title of the calendar entry staff get (.ics)
meeting-ics-title = لقاء ثلاثي { $reference }

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
meeting-cant-come-you = 🙁 شكرًا لأنك أخبرتنا: لا تستطيع الحضور في { $at } ({ $reason }). أبلغنا المسؤولين عنك، وسيقترحون مواعيد جديدة. ستصلك رسالة بذلك.

# A weekday in the calendar's header row (issue 12): its short name, from ICU.
meeting-weekday = { $day }
