## حقوق دارنده اقامت (issue 14): دیدن آنچه نگه داشته می‌شود (/mydata)، درخواست پاک کردن آن
## (/delete)، دیگر پیام نگرفتن (/stop). پیام‌ها به دارنده اقامت «شما» می‌گویند، با جمله‌های
## کوتاه؛ پیام‌ها به کارمندان پرونده را نام می‌برند (شماره و نام کوچک).

privacy-button-menu = 🔒 اطلاعات شما
privacy-menu =
    🔒 اطلاعات شما
    • همه چیزهایی را که درباره شما نگه می‌داریم ببینید.
    • درخواست کنید اطلاعات شما پاک شود.
    • دیگر از این ربات پیام نگیرید.
privacy-button-mydata = 📄 دیدن اطلاعات من
privacy-button-delete = 🗑 پاک کردن اطلاعات من
privacy-button-stop = 🔕 دیگر پیام نمی‌خواهم
privacy-button-no = ↩️ نه
privacy-never = ↩️ باشد، چیزی تغییر نمی‌کند.
privacy-staff = نام شما، سازمان شما و پرونده‌هایی که روی آن‌ها کار می‌کنید تا وقتی از این ربات استفاده می‌کنید نگه داشته می‌شوند. مدیر سیستم شما می‌تواند دسترسی شما را قطع کند. سؤال دارید؟ از مسئول حفاظت از اطلاعات سازمان خود بپرسید.
privacy-nothing-kept = ما هیچ اطلاعاتی درباره شما به عنوان دارنده اقامت نگه نمی‌داریم. آیا از COA یا شهرداری (gemeente) لینکی گرفتید؟ آن را دوباره باز کنید.

privacy-mydata =
    🔒 آنچه درباره شما نگه می‌داریم
    { $facts }

    📋 توافق‌ها در برنامه شما:
    { $agreements }

    📅 جلسه‌ها:
    { $meetings }
    جواب‌های شما به زمان‌های پیشنهادی: { $time_answers }

    📝 جواب‌های شما برای آمادگی جلسه:
    { $answers }

    ❓ سؤال‌های خود شما:
    { $own }

    👀 { $sharing }

    فایل زیر همین اطلاعات را دارد، برای کامپیوتر.
    /delete: درخواست پاک کردن اطلاعات شما. /stop: دیگر پیام نگیرید.
privacy-mydata-file = 📄 اطلاعات شما (فایل برای کامپیوتر)
privacy-none = • (هیچ)
privacy-yes-no = { $value ->
        [yes] بله
       *[no] نه
    }
privacy-fact-name = • نام: { $name }
privacy-fact-reference = • شماره پرونده: { $reference }
privacy-fact-orgs = • COA: { $coa } · شهرداری: { $gemeente }
privacy-fact-language = • زبان: { language-name }
privacy-fact-matching = • تاریخ تخصیص به شهرداری: { $date }
privacy-fact-housing = • تاریخ نقل مکان: { $date }
privacy-fact-joined = • در این چت از تاریخ: { $date }
privacy-fact-notice = • تاریخ خواندن توضیح حریم خصوصی: { $date }
privacy-fact-closed = • تاریخ پایان همراهی: { $date }
privacy-fact-stopped = • تاریخ قطع پیام‌ها: { $date }
privacy-meeting = • { $when } · { $place } · { $status ->
        [confirmed] برنامه‌ریزی شده
        [held] برگزار شد
        [absent] کسی غایب بود
        [cancelled] لغو شد
       *[proposed] زمان‌ها پیشنهاد شده
    }
privacy-meeting-proposed = • { $place } · زمان‌ها پیشنهاد شده
privacy-own-question = • { $text }
privacy-sharing = با مسئولان شما به اشتراک گذاشته شده: جواب‌های شما { $answers }، سؤال‌های شما { $questions }.

privacy-delete-ask =
    🗑 اطلاعات شما پاک شود؟
    ما از شهرداری شما می‌خواهیم نام شما، جواب‌های شما و هر چیزی را که نوشتید پاک کند.
    گاهی قانون می‌گوید شهرداری باید چیزی را نگه دارد. آن وقت شهرداری به شما می‌گوید چرا.
    جواب را اینجا می‌گیرید.
privacy-button-delete-yes = 🗑 بله، درخواست پاک کردن
privacy-delete-asked = ✅ از شهرداری شما خواسته شد اطلاعات شما را پاک کند. جواب را اینجا می‌گیرید.
privacy-delete-pending = ⏳ شما قبلاً این را خواسته‌اید. شهرداری شما اینجا به شما جواب می‌دهد.

privacy-request-staff =
    🗑 { $name } ({ $reference }) درخواست می‌کند اطلاعاتش پاک شود.
    آن را پاک کنید، یا بگویید چرا شهرداری باید آن را نگه دارد. { $name } جواب شما را به زبان خودش می‌خواند.
privacy-button-erase = 🗑 پاک کردن اطلاعات
privacy-button-keep = 📜 نگه داشتن: بگویید چرا
privacy-button-back = ↩️ برگشت
privacy-request-decided = به این درخواست برای { $reference } قبلاً جواب داده شده است.
privacy-erase-confirm =
    همه اطلاعات { $reference } ({ $name }) پاک شود؟
    نام، جواب‌ها، هر چیزی که نوشته شده و چت پاک می‌شوند. این کار برگشت‌پذیر نیست. پرونده بسته می‌شود؛ فقط آمار بی‌نام می‌ماند.
privacy-button-erase-yes = ✅ بله، پاک کن
privacy-erased-you = 🗑 اطلاعات { $reference } پاک شد. پرونده بسته شد.
privacy-erased-staff = 🗑 اطلاعات { $reference } به درخواست دارنده اقامت توسط { $who } پاک شد. پرونده بسته شد.
privacy-erased-holder = 🗑 اطلاعات شما پاک شد. این ربات دیگر به شما پیام نمی‌فرستد. سؤال دارید؟ مستقیم با شهرداری خود (gemeente) تماس بگیرید.
privacy-keep-ask = چرا شهرداری باید اطلاعات { $reference } ({ $name }) را نگه دارد؟ { $name } این دلیل را به زبان خودش می‌خواند.
privacy-keep-reason = { $reason ->
        [integration_duty] شهرداری این اطلاعات را برای ادغام (inburgering) شما لازم دارد. قانون (Wet inburgering 2021) این وظیفه را به شهرداری داده است.
        [archive_law] قانون بایگانی (Archiefwet) می‌گوید شهرداری باید آن را مدتی نگه دارد.
       *[legal_claim] این اطلاعات برای یک اعتراض یا پرونده دادگاه که هنوز تمام نشده لازم است.
    }
privacy-kept-holder =
    📜 { $org } الان نمی‌تواند همه اطلاعات شما را پاک کند.
    چرا: { $reason }
    سؤال دارید؟ از مسئول خود بپرسید. همچنین می‌توانید به سازمان حفاظت از اطلاعات هلند (Autoriteit Persoonsgegevens) شکایت کنید.
privacy-kept-staff = 📜 { $who } به درخواست { $name } ({ $reference }) برای پاک کردن اطلاعاتش جواب داد: اطلاعات نگه داشته می‌شود. دلیل: { $reason }
privacy-kept-you = 📜 اطلاعات { $reference } نگه داشته می‌شود. به دارنده اقامت گفته می‌شود چرا: { $reason }

privacy-stop-ask =
    🔕 دیگر از این ربات پیام نگیرید؟
    به مسئولان شما خبر داده می‌شود. باز هم می‌توانید اطلاعات خود را ببینید یا پاک کنید. برای گرفتن دوباره پیام‌ها /start را بفرستید.
privacy-button-stop-yes = 🔕 بله، قطع کن
privacy-stopped-you = 🔕 دیگر از این ربات پیام نمی‌گیرید. مسئولان شما این را می‌دانند. برای گرفتن دوباره پیام‌ها /start را بفرستید.
privacy-stopped-hint = 🔕 شما پیام‌های این ربات را قطع کردید. برای استفاده دوباره /start را بفرستید. /mydata اطلاعات شما را نشان می‌دهد، /delete آن را پاک می‌کند.
privacy-stopped-staff = 🔕 { $name } ({ $reference }) پیام‌های این ربات را قطع کرده است. دیگر چیزی برایش فرستاده نمی‌شود، یادآوری هم نه. لطفاً از راه دیگری با او تماس بگیرید.
privacy-resumed-you = ✅ خوش آمدید. دوباره پیام می‌گیرید.
privacy-resumed-staff = ✅ { $name } ({ $reference }) دوباره از این ربات پیام می‌گیرد.
