# Preparing a meeting: questionnaire, consent, checklists (issue 6).
# The questions are read by status holders: plain words, one question per message.

prep-step = ({ $n }/{ $total }) { $question }
prep-ask-education = 🎓 کدام مکتب را تمام کرده‌اید؟
prep-ask-work-years = 💼 چند سال کار کرده‌اید؟
prep-ask-work-field = 🛠️ در کدام نوع کار؟
prep-ask-dutch = 🇳🇱 چه مدت است که درس زبان هالندی می‌خوانید؟
prep-ask-goal = 🎯 بیشتر از همه چه می‌خواهید؟
prep-ask-household = 🏠 با چه کسی زندگی می‌کنید؟
prep-ask-reunification = 👪 آیا منتظر اعضای خانواده خود هستید که به هالند بیایند؟
prep-ask-health = 🩺 آیا چیزی درباره صحت یا مراقبت خود دارید که می‌خواهید درباره آن صحبت کنید؟ ننویسید که چه است.
prep-ask-moment = 🕐 بهترین وقت برای تماس با شما چه وقت است؟
prep-ask-channel = 📱 بهترین راه تماس با شما چه است؟
prep-ask-interpreter = 🌍 آیا در جلسه ترجمان می‌خواهید؟
prep-ask-without-partner = 🗣️ آیا می‌خواهید بدون حضور همسر خود هم صحبت کنید؟
prep-ask-own-questions = ❓ برای جلسه سؤالی دارید؟ اینجا بنویسید. یا «تیر شدن» را فشار دهید.
prep-own-saved = ✅ سؤال‌های شما ذخیره شد.

prep-label-education = 🎓 مکتب
prep-label-work-years = 💼 سال‌های کار
prep-label-work-field = 🛠️ نوع کار
prep-label-dutch = 🇳🇱 درس هالندی
prep-label-goal = 🎯 خواسته
prep-label-household = 🏠 خانواده
prep-label-reunification = 👪 خانواده در راه
prep-label-health = 🩺 صحبت درباره صحت یا مراقبت
prep-label-moment = 🕐 بهترین وقت
prep-label-channel = 📱 بهترین راه
prep-label-interpreter = 🌍 ترجمان می‌خواهد
prep-label-without-partner = 🗣️ صحبت بدون همسر هم

prep-edu-none = به مکتب نرفته‌ام
prep-edu-primary = مکتب ابتدائیه
prep-edu-secondary = مکتب متوسطه یا لیسه
prep-edu-vocational = تعلیمات فنی و مسلکی
prep-edu-university = پوهنځی یا پوهنتون
prep-years-none = هرگز کار نکرده‌ام
prep-years-few = ۱ یا ۲ سال
prep-years-some = ۳ تا ۵ سال
prep-years-many = بیشتر از ۵ سال
prep-field-building = 🔧 ساختمان‌سازی یا کار فنی
prep-field-care = 🤲 مراقبت و پرستاری
prep-field-food = 🍽️ رستورانت یا غذا
prep-field-transport = 🚚 ترانسپورت
prep-field-farming = 🌾 زراعت
prep-field-shop = 🛒 دکان یا تجارت
prep-field-office = 💻 دفتر یا کمپیوتر
prep-field-other = کار دیگر
prep-dutch-none = هنوز درس نخوانده‌ام
prep-dutch-short = کمتر از ۳ ماه
prep-dutch-year = ۳ تا ۱۲ ماه
prep-dutch-long = بیشتر از یک سال
prep-goal-work = 💼 کار کردن
prep-goal-study = 📚 درس خواندن
prep-goal-both = کار و درس
prep-goal-unsure = هنوز نمی‌دانم
prep-house-alone = تنها
prep-house-partner = با همسر
prep-house-children = با اولاد
prep-house-family = با همسر و اولاد
prep-yes = ✅ بلی
prep-no = ❌ نه
prep-rather-not-say = نمی‌خواهم بگویم
prep-moment-morning = 🌅 صبح
prep-moment-afternoon = ☀️ بعد از چاشت
prep-moment-evening = 🌙 شام
prep-channel-message = 💬 پیام
prep-channel-call = 📞 تماس تیلفونی
prep-channel-either = فرق نمی‌کند
prep-interp-own = بلی، به زبان خودم
prep-interp-other = بلی، به زبان دیگر
prep-interp-no = نه، به اندازه کافی هالندی صحبت می‌کنم
prep-interp-unsure = نمی‌دانم
prep-ask-interpreter-language = 🌍 شما ترجمان به زبان دیگر می‌خواهید. به کدام زبان؟
prep-label-interpreter-language = 🌍 زبان ترجمان

prep-button-skip = ⏭️ تیر شدن
prep-skipped = تیر شد
prep-not-answered = هنوز جواب داده نشده
prep-none = —
prep-line = { $label }: { $value }
prep-list = { $lines }
prep-own-as-typed = { $text } (ترجمه نشده)
prep-review =
    📋 جواب‌های شما
    { $answers }
    ❓ سؤال‌های شما: { $own }

    برای تغییر دادن چیزی، یک دکمه را فشار دهید.
prep-button-own-questions = ❓ سؤال‌های من
prep-button-sharing = 🔒 آنچه شریک می‌سازم
prep-button-documents = 🎒 اسناد
prep-button-review = 📋 جواب‌های من

prep-consent-notice-v2 =
    🔒 چه کسی جواب‌های شما را می‌بیند؟
    مسئول شما در COA و در شاروالی. به این ترتیب آن‌ها می‌توانند برای جلسه با شما خوب آماده شوند.
    خودتان انتخاب می‌کنید. می‌توانید هیچ چیزی را هم شریک نسازید.
    بعداً هر وقت می‌توانید این را با این دکمه‌ها تغییر دهید.

    📋 جواب‌های شما: { $answers }
    ❓ سؤال‌های شما: { $questions }
prep-shared-yes = ✅ شریک ساخته شده
prep-shared-no = 🚫 شریک ساخته نشده
prep-button-share-answers = ✅ جواب‌هایم را شریک می‌سازم
prep-button-stop-answers = 🚫 جواب‌هایم را دیگر شریک نمی‌سازم
prep-button-share-questions = ✅ سؤال‌هایم را شریک می‌سازم
prep-button-stop-questions = 🚫 سؤال‌هایم را دیگر شریک نمی‌سازم

prep-documents =
    🎒 این اسناد را با خود به جلسه بیاورید.
    وقتی یک سند آماده است، آن را فشار دهید.
prep-check-done-button = ✅ { $item }
prep-check-open-button = ⬜ { $item }
prep-item-permit = 🪪 اجازه‌نامهٔ اقامت
prep-item-bsn = ✉️ نامه‌ای که نمبر BSN در آن است
prep-item-diplomas = 🎓 دیپلوم‌ها و اسناد تحصیلی
prep-item-cv = 📄 خلص سوانح (CV)
prep-item-profile = پروفایل مراجع سپرده شد
prep-item-programme = کورس‌های تمام‌شدهٔ COA اطلاع داده شد
prep-item-need-to-know = آنچه شاروالی باید از پیش بداند اطلاع داده شد
prep-item-options = راه‌ها توضیح داده شد
prep-item-intake = وقت مصاحبه جامع تعیین شد
prep-item-contact = مسئول معرفی شد

prep-holder-only = این سؤال‌ها برای دارنده اقامت است.
prep-holder-not-ready = اول زبان خود را انتخاب کنید و توضیحات را بخوانید. /menu را بنویسید.
prep-cases = 📋 آمادگی: یک دوسیه انتخاب کنید.
prep-case-button = { $reference } · { $name }
prep-button-refresh = 🔄 تازه کردن
prep-staff-not-shared = 🔒 دارنده اقامت آن را شریک نساخته است
prep-staff-overview =
    📋 آمادگی { $reference } ({ $name })

    سوالنامه:
    { $answers }

    هنوز جواب داده نشده:
    { $missing }

    سؤال‌های خود او:
    { $own }

    لست کارها:
    { $checklist }
prep-party-holder = دارنده اقامت
prep-party-coa = COA
prep-party-gemeente = شاروالی
prep-check-party =
    { $party }:
    { $items }
prep-check-done = ✅ { $item } ({ $at })
prep-check-open = ⬜ { $item }
prep-reminder-staff =
    ⏰ جلسه در { $start } است. وضعیت آمادگی:

    { $overview }
prep-reminder-holder =
    ⏰ جلسهٔ شما در { $start } است. این اسناد را با خود بیاورید:
    { $items }
    برای نشانی کردن /prepare را بنویسید.
prep-agenda-with =
    { $message }

    📋 موضوع‌های گفتگو:
    { $items }
prep-agenda-item = { $n }. { $what }

# Shown to staff beside an answer given or changed after the meeting took place.
prep-answer-late = { $line } (بعد از جلسه پر شد)
prep-own-no-numbers = نمبر BSN یا V-nummer را اینجا ننویسید. ما آن را نگه نمی‌داریم. سؤال‌های خود را بدون این نمبر بنویسید.

## The agenda per meeting (staff reorder and extend it) and which meeting is being prepared.
# Staff overview: the meeting this preparation is for. $when is prep-agenda-when,
# prep-agenda-no-time or prep-meeting-not-planned.
prep-staff-for-meeting =
    { $overview }

    🗓 این آمادگی برای جلسهٔ { $number } { $when } است.
prep-agenda-when = روز { $at }
prep-agenda-no-time = (هنوز وقتی تعیین نشده)
prep-meeting-not-planned = (هنوز تعیین نشده)
prep-agenda-button = 🗒 اجندای جلسه
prep-agenda-editor =
    🗒 اجندای جلسه برای جلسهٔ { $number } { $when }، دوسیه { $reference } ({ $name }):
    { $items }

    یک مورد را با ⬆️ یا ⬇️ جابه‌جا کنید. موردهای خود را با ✖️ حذف کنید. وقتی اجندا آماده شد، آن را برای همه بفرستید.
prep-agenda-up-button = ⬆️ { $n }
prep-agenda-down-button = ⬇️ { $n }
prep-agenda-remove-button = ✖️ { $n }
prep-agenda-add-button = ➕ اضافه کردن مورد
prep-agenda-send-button = 📨 فرستادن برای هر سه
prep-agenda-back-button = ⬅️ آمادگی
prep-agenda-ask-point = مورد نو را در یک سطر و حداکثر با { $max } حرف بنویسید. ترجمه نمی‌شود: به هالندی ساده بنویسید، ترجمان آن را بلند می‌خواند.
prep-agenda-no-numbers = نمبر BSN یا V-nummer را در اجندای جلسه ننویسید. مورد را بدون این نمبر بنویسید.
prep-agenda-full = اجندای جلسه از قبل { $max } مورد دارد. اول یکی از موردهای خود را حذف کنید.
prep-agenda-empty = اجندای جلسه هنوز خالی است. اول یک مورد اضافه کنید.
prep-agenda-meeting-over = این جلسه تمام شده یا لغو شده است. اجندای آن دیگر تغییر نمی‌کند.
prep-agenda-sent =
    { $count ->
        [0] کس دیگری نیست که اجندا برایش فرستاده شود.
        [one] اجندای جلسه به { $count } گفتگو فرستاده شد.
       *[other] اجندای جلسه به { $count } گفتگو فرستاده شد.
    }
# To all three, the status holder in their language: the agenda after staff changed it.
prep-agenda-updated =
    🗒 در جلسه { $when } درباره این موضوع‌ها صحبت می‌کنیم:
    { $items }
# Status holder: a button on their overview that shows the agenda of their next meeting.
prep-button-agenda = 🗒 درباره چه صحبت می‌کنیم
