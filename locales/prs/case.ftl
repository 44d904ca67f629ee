# Opening a case, and the list of cases. Read by staff.

case-ask-name = نام اول یا حروف اول نام دارنده اقامت چه است؟ نام کامل را ننویسید.
case-ask-reference = نمبر دوسیه خود شما برای این دوسیه چه است؟ نمبر BSN یا V-nummer را ننویسید.
case-ask-counterpart = در این دوسیه با کدام { $kind ->
        [coa] مرکز COA
       *[gemeente] شاروالی
    } همکاری می‌کنید؟
case-no-counterpart-orgs = هنوز هیچ { $kind ->
        [coa] مرکز COA
       *[gemeente] شاروالی
    } ثبت نشده است. از مدیر سیستم بخواهید که آن را اضافه کند. دوسیه باز نشد.
case-ask-matching = تاریخ تخصیص به شاروالی (koppeling) چه است؟ یک دکمه را انتخاب کنید، یا یک تاریخ بنویسید، مثلاً 30-03-2026.
case-ask-housing = دارنده اقامت احتمالاً چه وقت خانه می‌گیرد؟ یک تاریخ بنویسید، مثلاً 30-03-2026، یا دکمه را انتخاب کنید.
case-confirm =
    آیا این درست است؟
    دارنده اقامت: { $name }
    نمبر دوسیه: { $reference }
    همکاری با: { $counterpart }
    تخصیص به شاروالی: { $matching }
    تاریخ احتمالی خانه: { $housing }
case-opened = ✅ دوسیه { $reference } باز شد.
case-holder-invite =
    دعوت‌نامه برای { $name }. این کود QR را نشان دهید یا لینک را بفرستید. لینک یک بار کار می‌کند، تا { $expires }.
    { $link }
case-counterpart-invite =
    این لینک را به شخص تماس خود در { $org } بفرستید تا در دوسیه { $reference } همکاری کند. لینک یک بار کار می‌کند، تا { $expires }.
    { $link }
case-cancelled = متوقف شد. چیزی ذخیره نشد.
case-reference-taken = اداره شما از نمبر دوسیه { $reference } قبلاً استفاده کرده است. نمبر دیگری انتخاب کنید.

button-org = { $org }
button-today = امروز
button-yesterday = دیروز
button-housing-unknown = هنوز معلوم نیست
button-open-case = ✅ باز کردن دوسیه

error-text-empty = این جواب خالی است. دوباره کوشش کنید.
error-text-too-long = این بسیار طولانی است. حداکثر { $max ->
        [one] { $max } حرف
       *[other] { $max } حرف
    } بنویسید.
error-looks-like-bsn = این مانند نمبر BSN یا V-nummer معلوم می‌شود. ما این نمبرها را ذخیره نمی‌کنیم. از نمبر دوسیه خود یا نام اول استفاده کنید.
error-text-one-line = تنها در یک سطر بنویسید، بدون رفتن به سطر بعدی.
error-expected-button = یکی از دکمه‌ها را انتخاب کنید.
error-not-a-date = این تاریخی نیست که من بشناسم. برای مثال بنویسید 30-03-2026.
error-matching-in-future = تاریخ تخصیص به شاروالی نمی‌تواند در آینده باشد.
error-matching-too-old = این تاریخ بیشتر از سه سال پیش است. تاریخ را بررسی کنید.
error-housing-before-matching = خانه نمی‌تواند پیش از تخصیص به شاروالی باشد.
error-housing-in-past = این تاریخ گذشته است. تاریخی از امروز به بعد انتخاب کنید، یا «هنوز معلوم نیست» را انتخاب کنید.

cases-list =
    { $count ->
        [one] { $count } دوسیه:
       *[other] { $count } دوسیه:
    }
    { cases-legend }
    { $items }
cases-more = … و { $hidden } دوسیه دیگر.
cases-line = • { $reference } – { $name }{ $late }{ $meeting }{ $option }{ $holder }{ $housing }
cases-fact = {" "}· { $fact }
cases-fact-none = {""}
cases-late = ⚠️ توافق‌های عقب‌مانده: { $late }
cases-meeting = 📅 { $when }
cases-meeting-proposed = 📅 وقت در حال انتخاب است
cases-option = روش { $option }
cases-holder-invited = 👤 دعوت شده
cases-holder-choosing = 👤 زبان را انتخاب می‌کند
cases-legend = عاجل‌ترین‌ها اول. ⚠️ عقب‌مانده · 📅 جلسه · 👤 دارنده اقامت · 🏠 خانهٔ مورد انتظار
cases-housing = 🏠 { $date }
cases-none = هنوز هیچ دوسیه بازی وجود ندارد.
