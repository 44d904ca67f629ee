# Opening a case, and the list of cases. Read by staff.

case-ask-name = نام اول یا حروف اول نام دارنده اقامت چیست؟ نام کامل را ننویسید.
case-ask-reference = شماره پرونده خود شما برای این پرونده چیست؟ شماره BSN یا V-nummer را ننویسید.
case-ask-counterpart = در این پرونده با کدام { $kind ->
        [coa] مرکز COA
       *[gemeente] شهرداری
    } همکاری می‌کنید؟
case-no-counterpart-orgs = هنوز هیچ { $kind ->
        [coa] مرکز COA
       *[gemeente] شهرداری
    } ثبت نشده است. از مدیر سیستم بخواهید آن را اضافه کند. پرونده باز نشد.
case-ask-matching = تاریخ تخصیص به شهرداری (koppeling) چیست؟ یک دکمه را انتخاب کنید، یا یک تاریخ بنویسید، مثلاً 30-03-2026.
case-ask-housing = دارنده اقامت احتمالاً چه زمانی خانه می‌گیرد؟ یک تاریخ بنویسید، مثلاً 30-03-2026، یا دکمه را انتخاب کنید.
case-confirm =
    آیا این درست است؟
    دارنده اقامت: { $name }
    شماره پرونده: { $reference }
    همکاری با: { $counterpart }
    تخصیص به شهرداری: { $matching }
    تاریخ احتمالی خانه: { $housing }
case-opened = ✅ پرونده { $reference } باز شد.
case-holder-invite =
    دعوت‌نامه برای { $name }. این کد QR را نشان دهید یا لینک را ارسال کنید. لینک یک بار کار می‌کند، تا { $expires }.
    { $link }
case-counterpart-invite =
    این لینک را برای فرد تماس خود در { $org } ارسال کنید تا در پرونده { $reference } همکاری کند. لینک یک بار کار می‌کند، تا { $expires }.
    { $link }
case-cancelled = متوقف شد. چیزی ذخیره نشد.
case-reference-taken = سازمان شما از شماره پرونده { $reference } قبلاً استفاده کرده است. شماره دیگری انتخاب کنید.

button-org = { $org }
button-today = امروز
button-yesterday = دیروز
button-housing-unknown = هنوز معلوم نیست
button-open-case = ✅ باز کردن پرونده

error-text-empty = این جواب خالی است. دوباره تلاش کنید.
error-text-too-long = این خیلی طولانی است. حداکثر { $max ->
        [one] { $max } حرف
       *[other] { $max } حرف
    } بنویسید.
error-looks-like-bsn = این شبیه شماره BSN یا V-nummer است. ما این شماره‌ها را ذخیره نمی‌کنیم. از شماره پرونده خود یا نام اول استفاده کنید.
error-text-one-line = فقط در یک خط بنویسید، بدون رفتن به خط بعد.
error-expected-button = یکی از دکمه‌ها را انتخاب کنید.
error-not-a-date = این تاریخی نیست که من بشناسم. برای مثال بنویسید 30-03-2026.
error-matching-in-future = تاریخ تخصیص به شهرداری نمی‌تواند در آینده باشد.
error-matching-too-old = این تاریخ بیش از سه سال پیش است. تاریخ را بررسی کنید.
error-housing-before-matching = خانه نمی‌تواند پیش از تخصیص به شهرداری باشد.
error-housing-in-past = این تاریخ گذشته است. تاریخی از امروز به بعد انتخاب کنید، یا «هنوز معلوم نیست» را انتخاب کنید.

cases-list =
    { $count ->
        [one] { $count } پرونده:
       *[other] { $count } پرونده:
    }
    { cases-legend }
    { $items }
cases-more = … و { $hidden } پرونده دیگر.
cases-line = • { $reference } – { $name }{ $late }{ $meeting }{ $option }{ $holder }{ $housing }
cases-fact = {" "}· { $fact }
cases-fact-none = {""}
cases-late = ⚠️ توافق‌های عقب‌افتاده: { $late }
cases-meeting = 📅 { $when }
cases-meeting-proposed = 📅 زمان در حال انتخاب است
cases-option = روش { $option }
cases-holder-invited = 👤 دعوت شده
cases-holder-choosing = 👤 زبان انتخاب می‌کند
cases-legend = فوری‌ترین‌ها اول. ⚠️ عقب‌افتاده · 📅 جلسه · 👤 دارنده اقامت · 🏠 مسکن مورد انتظار
cases-housing = 🏠 { $date }
cases-none = هنوز هیچ پرونده بازی وجود ندارد.
