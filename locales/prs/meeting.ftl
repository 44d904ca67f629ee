# Scheduling meetings (issue 4).

meeting-no-cases = شما هنوز در هیچ پرونده‌ای نیستید. اول با /newcase یک پرونده باز کنید.
meeting-choose-case = برای کدام پرونده می‌خواهید جلسه بگذارید؟
meeting-parties-missing = هنوز هر سه طرف در این پرونده نیستند (شهرداری، COA و دارنده اقامت). وقتی همه آمدند جلسه را برنامه‌ریزی کنید.
meeting-pick-day = زمان { $n } (حداکثر { $max }): یک روز انتخاب کنید. تقویم از { $month } شروع می‌شود.
meeting-pick-day-move = زمان تازه برای جلسه: یک روز انتخاب کنید. تقویم از { $month } شروع می‌شود.
meeting-button-prev = ◀️ ماه قبل
meeting-button-next = ماه بعد ▶️
meeting-button-slots-done = ✅ زمان‌ها تمام
meeting-calendar-limit = تقویم بیشتر از این نمی‌رود.
meeting-calendar-stale = این تقویم قدیمی است. از تازه‌ترین تقویم استفاده کنید. چیزی تغییر نکرد.
meeting-day-past = آن روز گذشته است. روز دیگری انتخاب کنید.
meeting-pick-time = ساعت چند در { $day }؟
meeting-button-type-time = ⌨️ نوشتن ساعت دیگر
meeting-ask-time = ساعت را بنویسید، مثلاً 14:30.
meeting-bad-time = این ساعت را نفهمیدم. ساعت و دقیقه بنویسید، مثلاً 14:30.
meeting-slot-added = ✅ زمان { $n }: { $at }
meeting-slot-gap = این ساعت وجود ندارد: آن شب ساعت از 02:00 به 03:00 می‌پرد (ساعت تابستانی). ساعت دیگری انتخاب کنید.
meeting-slot-past = این زمان گذشته است. زمانی در آینده انتخاب کنید.
meeting-slot-twice = این زمان را قبلاً انتخاب کرده‌اید. زمان دیگری انتخاب کنید.
meeting-slot-too-many = شما شش زمان دارید. بیشتر ممکن نیست: روی زمان‌ها تمام بزنید.
meeting-slot-too-few = دست‌کم دو زمان انتخاب کنید.
meeting-warn-night = ⚠️ توجه: { $at } شب است. زمان اضافه شد؛ اگر اشتباه است با /cancel متوقف کنید.
meeting-warn-sunday = ⚠️ توجه: { $at } یکشنبه است. زمان اضافه شد.
meeting-warn-first-of-two = ⚠️ آن شب ساعت به عقب برمی‌گردد: 02:00–03:00 دو بار پیش می‌آید. بار اول را گرفتم (هنوز ساعت تابستانی): { $at }. اگر دیرتر می‌خواهید، 03:00 یا بعد را انتخاب کنید.
meeting-ask-place = جلسه کجاست؟
meeting-place = { $place ->
        [azc] 🏠 در کمپ پناهجویان (azc)
        [townhall] 🏛️ در ساختمان شهرداری
        [video] 💻 تماس تصویری
       *[phone] 📞 تلفنی
    }
meeting-where-video = 💻 تماس تصویری: { $link }
meeting-ask-link = لینک تماس تصویری را بنویسید. با https:// شروع می‌شود.
meeting-bad-link = این لینک معتبر نیست. فقط لینکی که با https:// شروع شود پذیرفته می‌شود.
meeting-ask-interpreter = آیا مترجم لازم است؟ دارنده اقامت { language-name } می‌خواند.
meeting-button-interpreter-yes = بله، مترجم { language-name }
meeting-button-interpreter-no = نه، بدون مترجم
meeting-button-interpreter-other = مترجم به زبان دیگر
meeting-ask-interpreter-language = مترجم به چه زبانی باید صحبت کند؟
meeting-interpreter-yes = 🗣️ با مترجم: { language-name }
meeting-interpreter-no = بدون مترجم
meeting-stopped = متوقف شد. چیزی برنامه‌ریزی نشد.
meeting-proposed = زمان‌های پرونده { $reference } برای هر سه طرف فرستاده شد ({ $slots } زمان). پاسخ‌ها را اینجا می‌بینید.
meeting-slots-ask =
    📅 کی می‌توانید به جلسه بیایید؟
    { $slots }
    { $place }
    { $interpreter }
    برای هر زمان یک دکمه را بزنید: ✅ می‌توانم · 🤷 اگر لازم باشد · ❌ نمی‌توانم
meeting-answer = { $answer ->
        [can] ✅ می‌تواند
        [if_needed] 🤷 اگر لازم باشد
       *[cannot] ❌ نمی‌تواند
    }
meeting-party = { $party ->
        [holder] دارنده اقامت
        [coa] COA
       *[gemeente] شهرداری
    }
meeting-answer-saved = ✅ ذخیره شد.
meeting-not-your-party = این پاسخ برای طرف دیگری است. فقط برای خودتان می‌توانید پاسخ دهید. چیزی تغییر نکرد.
meeting-slot-outdated = این زمان‌ها دیگر معتبر نیستند: جلسه جابه‌جا، تأیید یا لغو شد. چیزی تغییر نکرد.
meeting-suits-all = 🎉 { $at } برای هر سه طرف مناسب است. این زمان را تأیید کنید یا زمان دیگری بردارید.
meeting-none-suits =
    هیچ زمانی برای همه مناسب نیست. نتوانستند:
    { $parties }
    زمان‌های تازه پیشنهاد کنید.
meeting-button-new-round = 📅 پیشنهاد زمان‌های تازه
meeting-changed-meanwhile = این جلسه همین حالا تغییر کرد یا لغو شد. چیزی تغییر نکرد؛ به تازه‌ترین پیام نگاه کنید.
meeting-confirmed =
    ✅ جلسه قطعی شد:
    📅 { $at }
    { $place }
    { $interpreter }
meeting-button-cant-come = 🙁 نمی‌توانم بیایم
meeting-button-move = 🔁 جابه‌جا کردن
meeting-button-cancel = ✖️ لغو جلسه
meeting-button-interpreter-booked = 🗣️ مترجم رزرو شد
meeting-ask-reason = متأسفیم. چرا نمی‌توانید بیایید؟
meeting-reason = { $reason ->
        [ill] 🤒 بیمار
        [travel] 🚌 وسیله رفت‌وآمد ندارم
        [clash] 📅 قرار دیگر
       *[other] چیز دیگر
    }
meeting-cant-come = 🙁 { $party }: نمی‌تواند در { $at } بیاید. دلیل: { $reason }
meeting-moved =
    🔁 زمان جلسه عوض شد. قبلاً: { $from }
    حالا:
    📅 { $at }
    { $place }
    { $interpreter }
meeting-cancelled =
    ✖️ جلسه لغو شد:
    📅 { $at }
    { $place }
    { $interpreter }
meeting-round-cancelled = ✖️ زمان‌های پیشنهادی پس گرفته شد. پیشنهاد تازه‌ای می‌آید.
meeting-interpreter-booked = 🗣️ مترجم ({ language-name }) رزرو شد.
meeting-interpreter-already = مترجم قبلاً رزرو شده بود. چیزی تغییر نکرد.
meeting-interpreter-reminder = 🗣️ مترجم ({ language-name }) برای جلسه { $at } هنوز رزرو نشده. وقتی رزرو شد دکمه را بزنید.
meeting-slots-reminder = ⏰ هنوز به همه زمان‌ها پاسخ نداده‌اید.
meeting-soon =
    ⏰ جلسه یادتان نرود:
    📅 { $at }
    { $place }
meeting-what-happened = جلسه { $at } تمام شد. چه شد؟
meeting-button-held = ✅ جلسه برگزار شد
meeting-button-absent = 🚫 نیامد: { $party }
meeting-button-outcome-cancelled = ✖️ برگزار نشد
meeting-not-over = جلسه هنوز تمام نشده است.
meeting-held = ✅ خوب. حالا توافق‌ها را با /plan ثبت کنید.
meeting-outcome-cancelled = ثبت شد: جلسه برگزار نشد.
meeting-absent = 🚫 { $party }: به جلسه نیامد. زمان‌های تازه می‌آید.
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
    🌍 پاسخ دارنده اقامت: { $wish }
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
meeting-cant-come-you = 🙁 ممنون که خبر دادید: شما نمی‌توانید در { $at } بیایید ({ $reason }). مسئولان شما حالا خبر دارند و زمان‌های تازه پیشنهاد می‌دهند. درباره این موضوع پیامی دریافت می‌کنید.

# A weekday in the calendar's header row (issue 12): its short name, from ICU.
meeting-weekday = { $day }
