## حقوق دارنده اقامت (issue 14): دیدن آنچه نگه داشته می‌شود (/mydata)، درخواست پاک کردن آن
## (/delete)، دیگر پیام نگرفتن (/stop). پیام‌ها به دارنده اقامت «شما» می‌گویند، با جمله‌های
## کوتاه؛ پیام‌ها به کارمندان دوسیه را نام می‌برند (نمبر و نام اول).

privacy-button-menu = 🔒 معلومات شما
privacy-menu =
    🔒 معلومات شما
    • همه چیزهایی را که درباره شما نگه می‌داریم ببینید.
    • خواهش کنید که معلومات شما پاک شود.
    • دیگر از این ربات پیام نگیرید.
privacy-button-mydata = 📄 دیدن معلومات من
privacy-button-delete = 🗑 پاک کردن معلومات من
privacy-button-stop = 🔕 دیگر پیام نمی‌خواهم
privacy-button-no = ↩️ نه
privacy-never = ↩️ خوب، چیزی تغییر نمی‌کند.
privacy-staff = نام شما، اداره شما و دوسیه‌هایی که بالای آن‌ها کار می‌کنید، تا وقتی از این ربات استفاده می‌کنید نگه داشته می‌شوند. مدیر سیستم شما می‌تواند دسترسی شما را قطع کند. سؤال دارید؟ از مسئول حفاظت معلومات اداره خود بپرسید.
privacy-nothing-kept = ما هیچ معلوماتی درباره شما به حیث دارنده اقامت نگه نمی‌داریم. آیا از COA یا شاروالی (gemeente) لینکی گرفتید؟ آن را دوباره باز کنید.

privacy-mydata =
    🔒 آنچه درباره شما نگه می‌داریم
    { $facts }

    📋 توافق‌ها در برنامه شما:
    { $agreements }

    📅 جلسه‌ها:
    { $meetings }
    جواب‌های شما به وقت‌های پیشنهادی: { $time_answers }

    📝 جواب‌های شما برای آمادگی جلسه:
    { $answers }

    ❓ سؤال‌های خود شما:
    { $own }

    👀 { $sharing }

    فایل زیر همین معلومات را دارد، برای کمپیوتر.
    /delete: خواهش پاک کردن معلومات شما. /stop: دیگر پیام نگیرید.
privacy-mydata-file = 📄 معلومات شما (فایل برای کمپیوتر)
privacy-none = • (هیچ)
privacy-yes-no = { $value ->
        [yes] بلی
       *[no] نه
    }
privacy-fact-name = • نام: { $name }
privacy-fact-reference = • نمبر دوسیه: { $reference }
privacy-fact-orgs = • COA: { $coa } · شاروالی: { $gemeente }
privacy-fact-language = • زبان: { language-name }
privacy-fact-matching = • تاریخ تخصیص به شاروالی: { $date }
privacy-fact-housing = • تاریخ کوچ کردن: { $date }
privacy-fact-joined = • در این گفتگو از تاریخ: { $date }
privacy-fact-notice = • تاریخ خواندن توضیح حریم خصوصی: { $date }
privacy-fact-closed = • تاریخ ختم همراهی: { $date }
privacy-fact-stopped = • تاریخ قطع پیام‌ها: { $date }
privacy-meeting = • { $when } · { $place } · { $status ->
        [confirmed] تعیین شده
        [held] برگزار شد
        [absent] کسی غیرحاضر بود
        [cancelled] لغو شد
       *[proposed] وقت‌ها پیشنهاد شده
    }
privacy-meeting-proposed = • { $place } · وقت‌ها پیشنهاد شده
privacy-own-question = • { $text }
privacy-sharing = با مسئولان شما شریک ساخته شده: جواب‌های شما { $answers }، سؤال‌های شما { $questions }.

privacy-delete-ask =
    🗑 معلومات شما پاک شود؟
    ما از شاروالی شما می‌خواهیم که نام شما، جواب‌های شما و هر چیزی را که نوشتید پاک کند.
    گاهی قانون می‌گوید که شاروالی باید چیزی را نگه دارد. آن وقت شاروالی به شما می‌گوید چرا.
    جواب را اینجا می‌گیرید.
privacy-button-delete-yes = 🗑 بلی، خواهش پاک کردن
privacy-delete-asked = ✅ از شاروالی شما خواسته شد که معلومات شما را پاک کند. جواب را اینجا می‌گیرید.
privacy-delete-pending = ⏳ شما قبلاً این را خواسته‌اید. شاروالی شما اینجا به شما جواب می‌دهد.

privacy-request-staff =
    🗑 { $name } ({ $reference }) خواهش می‌کند که معلوماتش پاک شود.
    آن را پاک کنید، یا بگویید چرا شاروالی باید آن را نگه دارد. { $name } جواب شما را به زبان خود می‌خواند.
privacy-button-erase = 🗑 پاک کردن معلومات
privacy-button-keep = 📜 نگه داشتن: بگویید چرا
privacy-button-back = ↩️ برگشت
privacy-request-decided = به این درخواست برای { $reference } قبلاً جواب داده شده است.
privacy-erase-confirm =
    همه معلومات { $reference } ({ $name }) پاک شود؟
    نام، جواب‌ها، هر چیزی که نوشته شده و گفتگو پاک می‌شوند. این کار برگشت ندارد. دوسیه بسته می‌شود؛ تنها احصائیه بی‌نام می‌ماند.
privacy-button-erase-yes = ✅ بلی، پاک شود
privacy-erased-you = 🗑 معلومات { $reference } پاک شد. دوسیه بسته شد.
privacy-erased-staff = 🗑 معلومات { $reference } به درخواست دارنده اقامت از طرف { $who } پاک شد. دوسیه بسته شد.
privacy-erased-holder = 🗑 معلومات شما پاک شد. این ربات دیگر به شما پیام نمی‌فرستد. سؤال دارید؟ مستقیماً با شاروالی خود (gemeente) تماس بگیرید.
privacy-keep-ask = چرا شاروالی باید معلومات { $reference } ({ $name }) را نگه دارد؟ { $name } این دلیل را به زبان خود می‌خواند.
privacy-keep-reason = { $reason ->
        [integration_duty] شاروالی این معلومات را برای ادغام شما در جامعه (inburgering) لازم دارد. قانون (Wet inburgering 2021) این وظیفه را به شاروالی داده است.
        [archive_law] قانون آرشیف (Archiefwet) می‌گوید که شاروالی باید آن را مدتی نگه دارد.
       *[legal_claim] این معلومات برای یک اعتراض یا دوسیهٔ محکمه که هنوز تمام نشده لازم است.
    }
privacy-kept-holder =
    📜 { $org } حالا همه معلومات شما را پاک کرده نمی‌تواند.
    چرا: { $reason }
    سؤال دارید؟ از مسئول خود بپرسید. همچنان می‌توانید به ادارهٔ حفاظت معلومات هالند (Autoriteit Persoonsgegevens) شکایت کنید.
privacy-kept-staff = 📜 { $who } به درخواست { $name } ({ $reference }) برای پاک کردن معلوماتش جواب داد: معلومات نگه داشته می‌شود. دلیل: { $reason }
privacy-kept-you = 📜 معلومات { $reference } نگه داشته می‌شود. به دارنده اقامت گفته می‌شود چرا: { $reason }

privacy-stop-ask =
    🔕 دیگر از این ربات پیام نگیرید؟
    به مسئولان شما خبر داده می‌شود. باز هم می‌توانید معلومات خود را ببینید یا پاک کنید. برای گرفتن دوباره پیام‌ها /start را بفرستید.
privacy-button-stop-yes = 🔕 بلی، قطع شود
privacy-stopped-you = 🔕 دیگر از این ربات پیام نمی‌گیرید. مسئولان شما این را می‌دانند. برای گرفتن دوباره پیام‌ها /start را بفرستید.
privacy-stopped-hint = 🔕 شما پیام‌های این ربات را قطع کردید. برای استفاده دوباره /start را بفرستید. /mydata معلومات شما را نشان می‌دهد، /delete آن را پاک می‌کند.
privacy-stopped-staff = 🔕 { $name } ({ $reference }) پیام‌های این ربات را قطع کرده است. دیگر چیزی برایش فرستاده نمی‌شود، یادآوری هم نه. لطفاً از راه دیگری با او تماس بگیرید.
privacy-resumed-you = ✅ خوش آمدید. دوباره پیام می‌گیرید.
privacy-resumed-staff = ✅ { $name } ({ $reference }) دوباره از این ربات پیام می‌گیرد.
