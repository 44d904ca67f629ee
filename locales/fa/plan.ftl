# The handover plan and agreements (issue 3).

plan-pick-case = برنامهٔ کدام پرونده را می‌خواهید ببینید؟
button-plan-case = پرونده { $reference } · { $name }
plan-holder-cannot-change = شما نمی‌توانید این را تغییر دهید. مسئول شما این کار را می‌کند.
plan-gemeente-only = این کار را شهرداری انجام می‌دهد. چیزی تغییر نکرد.
plan-case-closed = این پرونده بسته است. چیزی تغییر نکرد.
plan-not-yours = این مورد مال طرف دیگری است. چیزی تغییر نکرد.
plan-edit-conflict = کس دیگری همین حالا این مورد را تغییر داد. چیزی از بین نرفت. برای دیدن برنامه /plan بنویسید.
plan-option = { $option ->
        [fast_start] 1 · شروع سریع
        [combined] 2 · روش ترکیبی
       *[after_housing] 3 · شروع بعد از خانه
    }
plan-option-none = هنوز روشی نیست
plan-choose-option =
    روش را برای پرونده انتخاب کنید { $reference }:
    1 · شروع سریع: مسیر ادغام در کمپ پناهجویان azc شروع می‌شود.
    2 · روش ترکیبی: مصاحبه جامع در azc، مسیر بعد از نقل مکان.
    3 · شروع بعد از خانه: همه چیز بعد از نقل مکان شروع می‌شود.
plan-option-unchanged = این روش قبلاً انتخاب شده است.
plan-option-chosen = پرونده { $reference }: روش انتخاب‌شده { $option }. پیش‌نویس برنامه آماده است.
plan-option-holder = { $option ->
        [fast_start] ادغام شما از حالا شروع می‌شود، وقتی هنوز در کمپ پناهجویان azc هستید. شهرداری کلاس‌های شما را ترتیب می‌دهد. شما در دوره‌های COA شرکت نمی‌کنید.
        [combined] شهرداری وقتی هنوز در کمپ پناهجویان azc هستید با شما صحبت می‌کند: مصاحبه جامع (brede intake). کلاس‌های شما بعد از نقل مکان شروع می‌شود. تا آن وقت می‌توانید در دوره‌های COA شرکت کنید.
       *[after_housing] همه چیز با شهرداری بعد از رفتن به خانهٔ جدید شروع می‌شود. تا آن وقت می‌توانید در دوره‌های COA شرکت کنید.
    }
plan-ask-programme =
    { $explanation }

    آیا می‌خواهید در دوره‌های COA (کلاس هلندی، اطلاعات دربارهٔ هلند) شرکت کنید؟
button-plan-yes = ✅ بله
button-plan-no = ✖️ نه
plan-programme = { $value ->
        [will_not] شرکت نمی‌کند (شروع سریع)
        [agrees] شرکت می‌کند
        [declines] شرکت نمی‌کند
       *[asked] هنوز جوابی نیست
    }
plan-programme-thanks = متشکرم. دوره‌های COA: { $value }.
plan-programme-staff = { $name } (پرونده { $reference }), دوره‌های COA: { $value }.
plan-free-text = { $text } (ترجمه نشده)
plan-kind = { $kind ->
        [introduction] آشنایی و انتخاب مسیر
        [programme_alignment] هماهنگی با دوره‌های COA
        [broad_intake] شروع مصاحبه جامع
        [client_profile] تحویل پروفایل مراجع
        [handover_conversation] گفتگوی تحویل
        [documents] آوردن مدارک
        [profile_update] COA پروفایل مراجع را به‌روز می‌کند
        [interpreter] رزرو مترجم
        [next_contact] تماس بعدی
        [intake_date] تاریخ و مکان مصاحبه جامع
        [pip_date] تاریخ PIP
       *[free] توافق
    }
plan-owner = { $owner ->
        [coa] COA
        [gemeente] شهرداری
       *[holder] دارنده اقامت
    }
plan-due-waits = منتظر تاریخ خانه
plan-item = { $status ->
        [done] ✅
        [cancelled] ✖️
        [late] ⚠️
       *[planned] ▫️
    } { $what } · { plan-owner } · { $due }{ $status ->
        [late] {" "}(دیر شده)
       *[other] {""}
    }
plan-item-at = { $item } · { $place ->
        [azc] کمپ پناهجویان azc
       *[gemeente] شهرداری
    }
plan-none = هنوز برنامه‌ای نیست.
button-plan-options = 🧭 انتخاب روش
plan-view =
    📋 برنامه { $reference } (نسخه { $version })
    روش: { $option }
    دوره‌های COA: { $programme }

    { $items }

    { $confirmed }
button-plan-done = ✅ انجام شد: { $what }
button-plan-add = ➕ توافق
button-plan-send = 📨 فرستادن برای همه
button-plan-housing = 🏠 تاریخ خانه
plan-who-staff = { $name } ({ $party ->
        [coa] COA
       *[gemeente] شهرداری
    })
plan-who-holder = { $name }
plan-confirmed-line = { $current ->
        [yes] ✅
       *[no] ⏳
    } { $who }: موافق با نسخهٔ { $version }, { $at }
plan-unconfirmed-line = ⏳ { $who }: هنوز تأیید نکرده
plan-next = { $what }, { $due }
plan-next-none = دیگر چیزی برنامه‌ریزی نشده
plan-case-line = • { $reference } – { $name }: { $option }. بعدی: { $next }. دیر شده: { $late }. تأیید نشده: { $unconfirmed }.
plan-case-overview =
    پرونده‌های شما:
    { $cases }
plan-due-before-matching = این تاریخ قبل از تخصیص به شهرداری است. تاریخ دیرتری انتخاب کنید.
plan-due-in-past = این تاریخ گذشته است. تاریخی از امروز به بعد انتخاب کنید.
plan-due-after-term = این تاریخ بعد از پایان مدت ادغام (سه سال) است. تاریخ زودتری انتخاب کنید.
plan-ask-kind = کدام توافق را می‌خواهید اضافه کنید؟
button-plan-free = ✏️ متن خودتان
plan-ask-free = توافق را در یک خط بنویسید.
plan-free-bad = یک خط با حداکثر { $max } حرف بنویسید.
plan-ask-owner = چه کسی انجام می‌دهد؟
plan-ask-due = تا کی باید انجام شود؟ یک دکمه را بزنید یا با یک تاریخ جواب دهید (dd-mm-yyyy).
button-plan-in-days = تا { $days } روز دیگر
plan-agreement-added = پرونده { $reference }: توافق اضافه شد: { $what } · { plan-owner } · { $due }.
plan-item-done = پرونده { $reference }: انجام شد: { $what }.
plan-sent = برنامهٔ پرونده { $reference } (نسخهٔ { $version }) برای همه فرستاده شد.
button-plan-agree = 👍 موافقم
button-plan-question = ❓ سؤال دارم
plan-outdated = این نسخهٔ قدیمی برنامه است. نسخهٔ جدید ({ $version }) هست. برای دیدن آن /plan بنویسید.
plan-thanks = متشکرم. شما با نسخهٔ { $version } برنامه موافقید.
plan-confirmed-staff = { $who } با نسخهٔ { $version } برنامه موافق است (پرونده { $reference }).
plan-ask-question = سؤال خود را بنویسید. ما آن را برای مسئولان شما می‌فرستیم.
plan-question-staff = سؤال { $who } دربارهٔ برنامه (پرونده { $reference }): { $text } (ترجمه نشده)
plan-question-sent = سؤال شما فرستاده شد. مسئول شما جواب می‌دهد.
plan-ask-housing = تاریخ جدید مورد انتظار خانه چیست؟ با یک تاریخ جواب دهید (dd-mm-yyyy).
plan-change-line = • { $what }: { $old } → { $new }
plan-housing-moved =
    🏠 تاریخ جدید خانه ({ $reference }): { $date }.
    چه چیزی به این دلیل تغییر می‌کند:
    { $changes }
plan-long-wait-holder = مدتی است خبری نیست. آیا چیزی تغییر کرده؟ به مسئول خود بگویید یا برای دیدن برنامه /plan بنویسید.
plan-due-soon = ⏰ فردا ({ $reference }): { $what }, { $due }.
plan-overdue = ⚠️ دیر شده ({ $reference }): { $what }, { $due }.

# The summary document for the case file (issue 3).
button-plan-summary = 📄 خلاصه
plan-summary-caption = خلاصه برنامه پرونده { $reference } برای بایگانی، به هلندی و به زبان مراجع. فایل را در مرورگر باز کنید؛ می‌توانید آن را به صورت PDF هم چاپ کنید.
plan-summary-title = برنامه انتقال { $reference }
plan-summary-note = متنی که یک کارمند نوشته، همان‌طور که نوشته شده نشان داده می‌شود و ترجمه نشده.
plan-summary-empty = هیچ.
plan-summary-value = { $value }
plan-summary-at = { $at }
plan-summary-none = –
plan-summary-system = ربات
plan-summary-unknown = نامعلوم
plan-summary-fact-reference = پرونده
plan-summary-fact-name = نام
plan-summary-fact-option = روش
plan-summary-fact-programme = دوره‌های COA
plan-summary-fact-housing = تاریخ مورد انتظار خانه
plan-summary-fact-version = نسخه
plan-summary-fact-made = ساخته شده در
plan-summary-items = موارد و توافق‌ها
plan-summary-col-what = چه
plan-summary-col-owner = چه کسی
plan-summary-col-due = کی
plan-summary-col-status = وضعیت
plan-summary-confirmations = تأییدها
plan-summary-col-who = چه کسی
plan-summary-col-version = نسخه
plan-summary-col-answer = پاسخ
plan-summary-col-at = زمان
plan-summary-history = تاریخچه
plan-summary-col-change = تغییر
plan-summary-col-old = قبل
plan-summary-col-new = بعد
plan-summary-version = نسخه { $version }
plan-summary-agreement = { $what } · { plan-owner } · { $due }
plan-summary-field-item = { $field } · { $what }
plan-summary-status = { $status ->
       *[planned] برنامه‌ریزی شده
        [done] انجام شد
        [cancelled] لغو شد
        [late] دیر شده
    }
plan-summary-answer = { $answer ->
       *[question] سؤال
        [agree] موافق
    }
plan-summary-long-wait = { $answer ->
       *[nothing] چیزی تغییر نکرده
        [holds] برنامه هنوز درست است
        [changed] چیزی تغییر کرده
    }
plan-summary-field = { $field ->
       *[other] تغییر
        [option] روش
        [programme] دوره‌های COA
        [agreement] توافق اضافه شد
        [sent] فرستاده شد
        [confirmed] تأیید شد
        [question] سؤال
        [status] وضعیت
        [housing_date] تاریخ خانه
        [due_date] تاریخ
        [owner] چه کسی انجام می‌دهد
        [text] متن
        [long_wait] انتظار طولانی
    }
# Long-wait answers (issue 3).
plan-long-wait-staff-days = پرونده { $reference }: { $days } روز بدون فعالیت. آیا برنامه هنوز درست است؟
button-plan-still-holds = ✅ برنامه هنوز درست است
button-plan-changed = ✏️ چیزی تغییر کرده
button-plan-nothing-changed = ✅ چیزی تغییر نکرده
plan-long-wait-thanks = ممنون. پاسخ شما ذخیره شد.
plan-long-wait-answered = پرونده { $reference }، انتظار طولانی: { $who } پاسخ می‌دهد: { $answer }.
plan-long-wait-update = ممنون. برنامه را با /plan به‌روز کنید.

# Changing one agreement
button-plan-edit = ✏️ { $what }
button-plan-cancel-item = ❌ لغو توافق
plan-edit-menu = { $what }: اکنون { $due }. تاریخ جدید؟ روی یک دکمه بزنید، یا با یک تاریخ پاسخ دهید (dd-mm-yyyy). با دکمه‌ها همچنین می‌توانید توافق را به طرف دیگری بدهید، متن آن را تغییر دهید (فقط برای متن خودتان)، یا توافق را لغو کنید.
plan-agreement-moved = پرونده { $reference }: تاریخ جدید برای { $what }: { $old } → { $new }.
plan-agreement-cancelled = پرونده { $reference }: توافق لغو شد: { $what }.
# Another owner or new wording for one agreement (the two notices reach the status holder too)
button-plan-owner-to = 👤 به { plan-owner }
button-plan-reword = ✏️ متن جدید
plan-ask-reword = متن جدید توافق را در یک خط بنویسید.
plan-agreement-owner = پرونده { $reference }: { $what }: اکنون چه کسی انجام می‌دهد: { $new } (قبلاً: { $old }).
plan-agreement-reworded = پرونده { $reference }: متن جدید یک توافق: { $old } → { $new }.

# holder: the plan's items as the status holder reads them (issue 15): plain words, "you", the
# Dutch term in brackets where staff use one. Staff keep plan-kind and plan-item.
plan-kind-holder = { $kind ->
        [introduction] آشنایی و انتخاب راه ادغام شما (keuze route)
        [programme_alignment] آنچه در دوره‌های COA یاد می‌گیرید، با ادغام شما هماهنگ است (programma van COA)
        [broad_intake] یک جلسه درباره تحصیل، کار و سلامتی شما: مصاحبه جامع (brede intake)
        [client_profile] COA اطلاعات شما را به شهرداری می‌دهد: پروفایل مراجع (klantprofiel)
        [handover_conversation] جلسه میان شما، COA و شهرداری: جلسه سه‌جانبه (driegesprek)
        [documents] مدارک خود را بیاورید
        [profile_update] COA اطلاعات شما را به‌روز می‌کند: پروفایل مراجع (klantprofiel)
        [interpreter] ترتیب دادن مترجم
        [next_contact] جلسه بعدی با مسئول شما
        [intake_date] زمان و مکان جلسه درباره تحصیل، کار و سلامتی: مصاحبه جامع (brede intake)
        [pip_date] برنامه شخصی شما کی آماده است (PIP)
       *[free] توافق
    }
# holder
plan-owner-holder = { $owner ->
        [coa] COA
        [gemeente] شهرداری
       *[holder] شما
    }
# holder
plan-item-holder = { $status ->
        [done] ✅
        [cancelled] ✖️
        [late] ⚠️
       *[planned] ▫️
    } { $what } · { plan-owner-holder } · { $due }{ $status ->
        [late] {" "}(دیر شده)
       *[other] {""}
    }
