# Preparing a meeting: questionnaire, consent, checklists (issue 6).
# The questions are read by status holders: plain words, one question per message.

prep-step = ({ $n }/{ $total }) { $question }
prep-ask-education = 🎓 کدام مدرسه را تمام کرده‌اید؟
prep-ask-work-years = 💼 چند سال کار کرده‌اید؟
prep-ask-work-field = 🛠️ در چه نوع کاری؟
prep-ask-dutch = 🇳🇱 چه مدت است که درس زبان هلندی دارید؟
prep-ask-goal = 🎯 بیشتر از همه چه می‌خواهید؟
prep-ask-household = 🏠 با چه کسی زندگی می‌کنید؟
prep-ask-reunification = 👪 آیا منتظر خانواده‌ای هستید که به هلند بیاید؟
prep-ask-health = 🩺 آیا چیزی دربارهٔ سلامتی یا مراقبت خود هست که می‌خواهید درباره‌اش صحبت کنید؟ ننویسید که چیست.
prep-ask-moment = 🕐 بهترین وقت برای تماس با شما چه زمانی است؟
prep-ask-channel = 📱 بهترین راه تماس با شما چیست؟
prep-ask-interpreter = 🌍 آیا در جلسه مترجم می‌خواهید؟
prep-ask-without-partner = 🗣️ آیا می‌خواهید بدون حضور همسرتان هم صحبت کنید؟
prep-ask-own-questions = ❓ برای جلسه سؤالی دارید؟ اینجا بنویسید. یا روی «رد شدن» بزنید.
prep-own-saved = ✅ سؤال‌های شما ذخیره شد.

prep-label-education = 🎓 مدرسه
prep-label-work-years = 💼 سال‌های کار
prep-label-work-field = 🛠️ نوع کار
prep-label-dutch = 🇳🇱 درس هلندی
prep-label-goal = 🎯 خواسته
prep-label-household = 🏠 خانوار
prep-label-reunification = 👪 خانواده در راه
prep-label-health = 🩺 صحبت دربارهٔ سلامتی یا مراقبت
prep-label-moment = 🕐 بهترین وقت
prep-label-channel = 📱 بهترین راه
prep-label-interpreter = 🌍 مترجم می‌خواهد
prep-label-without-partner = 🗣️ صحبت بدون همسر هم

prep-edu-none = مدرسه نرفته‌ام
prep-edu-primary = دبستان
prep-edu-secondary = دبیرستان
prep-edu-vocational = آموزش فنی و حرفه‌ای
prep-edu-university = دانشکده یا دانشگاه
prep-years-none = هرگز کار نکرده‌ام
prep-years-few = ۱ یا ۲ سال
prep-years-some = ۳ تا ۵ سال
prep-years-many = بیشتر از ۵ سال
prep-field-building = 🔧 ساختمان یا فنی
prep-field-care = 🤲 مراقبت
prep-field-food = 🍽️ رستوران یا غذا
prep-field-transport = 🚚 حمل و نقل
prep-field-farming = 🌾 کشاورزی
prep-field-shop = 🛒 مغازه یا تجارت
prep-field-office = 💻 اداره یا کامپیوتر
prep-field-other = کار دیگر
prep-dutch-none = هنوز درس نداشته‌ام
prep-dutch-short = کمتر از ۳ ماه
prep-dutch-year = ۳ تا ۱۲ ماه
prep-dutch-long = بیشتر از یک سال
prep-goal-work = 💼 کار کردن
prep-goal-study = 📚 درس خواندن
prep-goal-both = کار و درس
prep-goal-unsure = هنوز نمی‌دانم
prep-house-alone = تنها
prep-house-partner = با همسر
prep-house-children = با فرزندان
prep-house-family = با همسر و فرزندان
prep-yes = ✅ بله
prep-no = ❌ نه
prep-rather-not-say = ترجیح می‌دهم نگویم
prep-moment-morning = 🌅 صبح
prep-moment-afternoon = ☀️ بعدازظهر
prep-moment-evening = 🌙 عصر
prep-channel-message = 💬 پیام
prep-channel-call = 📞 تماس تلفنی
prep-channel-either = فرقی نمی‌کند
prep-interp-own = بله، به زبان خودم
prep-interp-other = بله، به زبان دیگری
prep-interp-no = نه، به اندازه کافی هلندی صحبت می‌کنم
prep-interp-unsure = نمی‌دانم
prep-ask-interpreter-language = 🌍 مترجم به زبان دیگری می‌خواهید. به چه زبانی؟
prep-label-interpreter-language = 🌍 زبان مترجم

prep-button-skip = ⏭️ رد شدن
prep-skipped = رد شد
prep-not-answered = هنوز جواب داده نشده
prep-none = —
prep-line = { $label }: { $value }
prep-list = { $lines }
prep-own-as-typed = { $text } (ترجمه نشده)
prep-review =
    📋 جواب‌های شما
    { $answers }
    ❓ سؤال‌های شما: { $own }

    برای تغییر چیزی، روی یک دکمه بزنید.
prep-button-own-questions = ❓ سؤال‌های من
prep-button-sharing = 🔒 آنچه به اشتراک می‌گذارم
prep-button-documents = 🎒 مدارک
prep-button-review = 📋 جواب‌های من

prep-consent-notice-v2 =
    🔒 چه کسی جواب‌های شما را می‌بیند؟
    مسئول شما در COA و در شهرداری. این‌طور می‌توانند برای جلسه با شما خوب آماده شوند.
    خودتان انتخاب می‌کنید. می‌توانید هیچ چیز را هم به اشتراک نگذارید.
    بعداً همیشه می‌توانید این را با این دکمه‌ها تغییر دهید.

    📋 جواب‌های شما: { $answers }
    ❓ سؤال‌های شما: { $questions }
prep-shared-yes = ✅ به اشتراک گذاشته شده
prep-shared-no = 🚫 به اشتراک گذاشته نشده
prep-button-share-answers = ✅ جواب‌هایم را به اشتراک بگذار
prep-button-stop-answers = 🚫 اشتراک جواب‌هایم را قطع کن
prep-button-share-questions = ✅ سؤال‌هایم را به اشتراک بگذار
prep-button-stop-questions = 🚫 اشتراک سؤال‌هایم را قطع کن

prep-documents =
    🎒 این مدارک را به جلسه بیاورید.
    وقتی مدرکی آماده است، روی آن بزنید.
prep-check-done-button = ✅ { $item }
prep-check-open-button = ⬜ { $item }
prep-item-permit = 🪪 اجازهٔ اقامت
prep-item-bsn = ✉️ نامه‌ای که شمارهٔ BSN در آن است
prep-item-diplomas = 🎓 مدرک‌های تحصیلی
prep-item-cv = 📄 رزومه (CV)
prep-item-profile = پروفایل مراجع تحویل داده شد
prep-item-programme = دوره‌های طی‌شدهٔ COA اطلاع داده شد
prep-item-need-to-know = آنچه شهرداری باید از قبل بداند اطلاع داده شد
prep-item-options = گزینه‌ها توضیح داده شد
prep-item-intake = مصاحبه جامع برنامه‌ریزی شد
prep-item-contact = مسئول معرفی شد

prep-holder-only = این سؤال‌ها برای دارنده اقامت است.
prep-holder-not-ready = اول زبان خود را انتخاب کنید و توضیح را بخوانید. /menu را بنویسید.
prep-cases = 📋 آمادگی: یک پرونده انتخاب کنید.
prep-case-button = { $reference } · { $name }
prep-button-refresh = 🔄 تازه کردن
prep-staff-not-shared = 🔒 دارنده اقامت آن را به اشتراک نگذاشته است
prep-staff-overview =
    📋 آمادگی { $reference } ({ $name })

    پرسش‌نامه:
    { $answers }

    هنوز جواب داده نشده:
    { $missing }

    سؤال‌های خود او:
    { $own }

    فهرست کارها:
    { $checklist }
prep-party-holder = دارنده اقامت
prep-party-coa = COA
prep-party-gemeente = شهرداری
prep-check-party =
    { $party }:
    { $items }
prep-check-done = ✅ { $item } ({ $at })
prep-check-open = ⬜ { $item }
prep-reminder-staff =
    ⏰ جلسه در { $start } است. وضعیت آمادگی:

    { $overview }
prep-reminder-holder =
    ⏰ جلسهٔ شما در { $start } است. این مدارک را بیاورید:
    { $items }
    برای علامت زدن /prepare را بنویسید.
prep-agenda-with =
    { $message }

    📋 موضوع‌های گفتگو:
    { $items }
prep-agenda-item = { $n }. { $what }

# Shown to staff beside an answer given or changed after the meeting took place.
prep-answer-late = { $line } (پس از جلسه پر شد)
prep-own-no-numbers = شماره BSN یا V-nummer را اینجا ننویسید. ما آن را نگه نمی‌داریم. سؤال‌هایتان را بدون این شماره بنویسید.

## The agenda per meeting (staff reorder and extend it) and which meeting is being prepared.
# Staff overview: the meeting this preparation is for. $when is prep-agenda-when,
# prep-agenda-no-time or prep-meeting-not-planned.
prep-staff-for-meeting =
    { $overview }

    🗓 این آمادگی برای جلسهٔ { $number } { $when } است.
prep-agenda-when = روز { $at }
prep-agenda-no-time = (هنوز زمانی تعیین نشده)
prep-meeting-not-planned = (هنوز برنامه‌ریزی نشده)
prep-agenda-button = 🗒 دستور جلسه
prep-agenda-editor =
    🗒 دستور جلسه برای جلسهٔ { $number } { $when }، پرونده { $reference } ({ $name }):
    { $items }

    یک مورد را با ⬆️ یا ⬇️ جابه‌جا کنید. موردهای خودتان را با ✖️ حذف کنید. وقتی دستور جلسه آماده شد، آن را برای همه بفرستید.
prep-agenda-up-button = ⬆️ { $n }
prep-agenda-down-button = ⬇️ { $n }
prep-agenda-remove-button = ✖️ { $n }
prep-agenda-add-button = ➕ افزودن مورد
prep-agenda-send-button = 📨 فرستادن برای هر سه
prep-agenda-back-button = ⬅️ آمادگی
prep-agenda-ask-point = مورد جدید را در یک خط و حداکثر با { $max } حرف بنویسید. ترجمه نمی‌شود: به هلندی ساده بنویسید، مترجم آن را بلند می‌خواند.
prep-agenda-no-numbers = شماره BSN یا V-nummer را در دستور جلسه ننویسید. مورد را بدون این شماره بنویسید.
prep-agenda-full = دستور جلسه از قبل { $max } مورد دارد. اول یکی از موردهای خودتان را حذف کنید.
prep-agenda-empty = دستور جلسه هنوز خالی است. اول یک مورد اضافه کنید.
prep-agenda-meeting-over = این جلسه تمام شده یا لغو شده است. دستور جلسهٔ آن دیگر تغییر نمی‌کند.
prep-agenda-sent =
    { $count ->
        [0] کس دیگری نیست که دستور جلسه برایش فرستاده شود.
        [one] دستور جلسه به { $count } گفتگو فرستاده شد.
       *[other] دستور جلسه به { $count } گفتگو فرستاده شد.
    }
# To all three, the status holder in their language: the agenda after staff changed it.
prep-agenda-updated =
    🗒 در جلسه { $when } دربارهٔ این موضوع‌ها صحبت می‌کنیم:
    { $items }
# Status holder: a button on their overview that shows the agenda of their next meeting.
prep-button-agenda = 🗒 درباره چه صحبت می‌کنیم
