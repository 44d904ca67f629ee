# Scheduling meetings (issue 4).

meeting-no-cases = شما هنوز در هیچ دوسیه‌ای نیستید. اول با /newcase یک دوسیه باز کنید.
meeting-choose-case = برای کدام دوسیه می‌خواهید جلسه بگذارید؟
meeting-parties-missing = هنوز هر سه طرف در این دوسیه نیستند (شاروالی، COA و دارنده اقامت). وقتی همه آمدند، وقت جلسه را تعیین کنید.
meeting-pick-day = وقت { $n } (حداکثر { $max }): یک روز انتخاب کنید. جنتری از { $month } شروع می‌شود.
meeting-pick-day-move = وقت نو برای جلسه: یک روز انتخاب کنید. جنتری از { $month } شروع می‌شود.
meeting-button-prev = ◀️ ماه گذشته
meeting-button-next = ماه آینده ▶️
meeting-button-slots-done = ✅ وقت‌ها تمام
meeting-calendar-limit = جنتری بیشتر از این نمی‌رود.
meeting-calendar-stale = این جنتری کهنه است. از تازه‌ترین جنتری استفاده کنید. چیزی تغییر نکرد.
meeting-day-past = آن روز گذشته است. روز دیگری انتخاب کنید.
meeting-pick-time = ساعت چند در { $day }؟
meeting-button-type-time = ⌨️ نوشتن ساعت دیگر
meeting-ask-time = ساعت را بنویسید، مثلاً 14:30.
meeting-bad-time = این ساعت را نفهمیدم. ساعت و دقیقه بنویسید، مثلاً 14:30.
meeting-slot-added = ✅ وقت { $n }: { $at }
meeting-slot-gap = این ساعت وجود ندارد: آن شب ساعت از 02:00 به 03:00 می‌پرد (ساعت تابستانی). ساعت دیگری انتخاب کنید.
meeting-slot-past = این وقت گذشته است. وقتی در آینده انتخاب کنید.
meeting-slot-twice = این وقت را قبلاً انتخاب کرده‌اید. وقت دیگری انتخاب کنید.
meeting-slot-too-many = شما شش وقت دارید. بیشتر ممکن نیست: «وقت‌ها تمام» را فشار دهید.
meeting-slot-too-few = دست کم دو وقت انتخاب کنید.
meeting-warn-night = ⚠️ توجه: { $at } شب است. وقت اضافه شد؛ اگر اشتباه است با /cancel متوقف کنید.
meeting-warn-sunday = ⚠️ توجه: { $at } یکشنبه است. وقت اضافه شد.
meeting-warn-first-of-two = ⚠️ آن شب ساعت به عقب برمی‌گردد: 02:00–03:00 دو بار می‌آید. بار اول را گرفتم (هنوز ساعت تابستانی): { $at }. اگر دیرتر می‌خواهید، 03:00 یا بعد از آن را انتخاب کنید.
meeting-ask-place = جلسه در کجا است؟
meeting-place = { $place ->
        [azc] 🏠 در کمپ پناهجویان (azc)
        [townhall] 🏛️ در تعمیر شاروالی
        [video] 💻 تماس ویدیویی
       *[phone] 📞 از طریق تیلفون
    }
meeting-where-video = 💻 تماس ویدیویی: { $link }
meeting-ask-link = لینک تماس ویدیویی را بنویسید. با https:// شروع می‌شود.
meeting-bad-link = این لینک درست نیست. تنها لینکی که با https:// شروع شود قبول می‌شود.
meeting-ask-interpreter = آیا ترجمان لازم است؟ دارنده اقامت { language-name } می‌خواند.
meeting-button-interpreter-yes = بلی، ترجمان { language-name }
meeting-button-interpreter-no = نه، بدون ترجمان
meeting-button-interpreter-other = ترجمان به زبان دیگر
meeting-ask-interpreter-language = ترجمان به کدام زبان صحبت کند؟
meeting-interpreter-yes = 🗣️ با ترجمان: { language-name }
meeting-interpreter-no = بدون ترجمان
meeting-stopped = متوقف شد. هیچ جلسه‌ای تعیین نشد.
meeting-proposed = وقت‌های دوسیه { $reference } برای هر سه طرف فرستاده شد ({ $slots } وقت). جواب‌ها را اینجا می‌بینید.
meeting-slots-ask =
    📅 چه وقت به جلسه آمده می‌توانید؟
    { $slots }
    { $place }
    { $interpreter }
    برای هر وقت یک دکمه را فشار دهید: ✅ می‌توانم · 🤷 اگر لازم باشد · ❌ نمی‌توانم
meeting-answer = { $answer ->
        [can] ✅ می‌تواند
        [if_needed] 🤷 اگر لازم باشد
       *[cannot] ❌ نمی‌تواند
    }
meeting-party = { $party ->
        [holder] دارنده اقامت
        [coa] COA
       *[gemeente] شاروالی
    }
meeting-answer-saved = ✅ ذخیره شد.
meeting-not-your-party = این جواب برای طرف دیگری است. شما تنها برای خود جواب داده می‌توانید. چیزی تغییر نکرد.
meeting-slot-outdated = این وقت‌ها دیگر اعتبار ندارند: جلسه تغییر کرد، تأیید یا لغو شد. چیزی تغییر نکرد.
meeting-suits-all = 🎉 { $at } برای هر سه طرف مناسب است. این وقت را تأیید کنید یا وقت دیگری را بگیرید.
meeting-none-suits =
    هیچ وقتی برای همه مناسب نیست. این طرف‌ها آمده نمی‌توانند:
    { $parties }
    وقت‌های نو پیشنهاد کنید.
meeting-button-new-round = 📅 پیشنهاد وقت‌های نو
meeting-changed-meanwhile = این جلسه همین حالا تغییر کرد یا لغو شد. چیزی تغییر نکرد؛ به تازه‌ترین پیام نگاه کنید.
meeting-confirmed =
    ✅ جلسه قطعی شد:
    📅 { $at }
    { $place }
    { $interpreter }
meeting-button-cant-come = 🙁 آمده نمی‌توانم
meeting-button-move = 🔁 تغییر وقت
meeting-button-cancel = ✖️ لغو جلسه
meeting-button-interpreter-booked = 🗣️ ترجمان گرفته شد
meeting-ask-reason = متأسفیم. چرا آمده نمی‌توانید؟
meeting-reason = { $reason ->
        [ill] 🤒 مریضی
        [travel] 🚌 نبودن وسیلهٔ رفت و آمد
        [clash] 📅 وعدهٔ دیگر
       *[other] دلیل دیگر
    }
meeting-cant-come = 🙁 { $party }: در { $at } آمده نمی‌تواند. دلیل: { $reason }
meeting-moved =
    🔁 وقت جلسه تغییر کرد. پیش از این: { $from }
    حالا:
    📅 { $at }
    { $place }
    { $interpreter }
meeting-cancelled =
    ✖️ جلسه لغو شد:
    📅 { $at }
    { $place }
    { $interpreter }
meeting-round-cancelled = ✖️ وقت‌های پیشنهادی پس گرفته شد. پیشنهاد نوی می‌آید.
meeting-interpreter-booked = 🗣️ ترجمان ({ language-name }) گرفته شد.
meeting-interpreter-already = ترجمان قبلاً گرفته شده بود. چیزی تغییر نکرد.
meeting-interpreter-reminder = 🗣️ ترجمان ({ language-name }) برای جلسه { $at } هنوز گرفته نشده است. وقتی گرفته شد، دکمه را فشار دهید.
meeting-slots-reminder = ⏰ شما هنوز به همه وقت‌ها جواب نداده‌اید.
meeting-soon =
    ⏰ جلسه را فراموش نکنید:
    📅 { $at }
    { $place }
meeting-what-happened = جلسه { $at } تمام شد. چه شد؟
meeting-button-held = ✅ جلسه برگزار شد
meeting-button-absent = 🚫 نیامد: { $party }
meeting-button-outcome-cancelled = ✖️ برگزار نشد
meeting-not-over = جلسه هنوز تمام نشده است.
meeting-held = ✅ خوب. حالا توافق‌ها را با /plan ثبت کنید.
meeting-outcome-cancelled = ثبت شد: جلسه برگزار نشد.
meeting-absent = 🚫 { $party }: به جلسه نیامد. وقت‌های نو می‌آید.
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
    🌍 جواب دارنده اقامت: { $wish }
meeting-interpreter-wish-language = { $wish }: { language-name }

# the title of the calendar entry staff get (.ics)
meeting-ics-title = جلسه سه‌جانبه { $reference }

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
meeting-cant-come-you = 🙁 تشکر که خبر دادید: شما در { $at } آمده نمی‌توانید ({ $reason }). مسئولان شما حالا خبر دارند و وقت‌های نو پیشنهاد می‌کنند. در این باره پیامی می‌گیرید.

# A weekday in the calendar's header row (issue 12): its short name, from ICU.
meeting-weekday = { $day }
