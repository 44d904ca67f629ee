# The handover plan and agreements (issue 3).

plan-pick-case = برنامهٔ کدام دوسیه را می‌خواهید ببینید؟
button-plan-case = دوسیه { $reference } · { $name }
plan-holder-cannot-change = شما این را تغییر داده نمی‌توانید. مسئول شما این کار را می‌کند.
plan-gemeente-only = این کار را شاروالی انجام می‌دهد. چیزی تغییر نکرد.
plan-case-closed = این دوسیه بسته است. چیزی تغییر نکرد.
plan-not-yours = این مورد مربوط طرف دیگری است. چیزی تغییر نکرد.
plan-edit-conflict = کس دیگری همین حالا این مورد را تغییر داد. چیزی از بین نرفت. برای دیدن برنامه /plan بنویسید.
plan-option = { $option ->
        [fast_start] 1 · شروع سریع
        [combined] 2 · روش ترکیبی
       *[after_housing] 3 · شروع بعد از خانه
    }
plan-option-none = هنوز روشی نیست
plan-choose-option =
    روش را برای دوسیه { $reference } انتخاب کنید:
    1 · شروع سریع: مسیر ادغام در کمپ پناهجویان azc شروع می‌شود.
    2 · روش ترکیبی: مصاحبه جامع در azc، مسیر بعد از کوچ کردن.
    3 · شروع بعد از خانه: همه چیز بعد از کوچ کردن شروع می‌شود.
plan-option-unchanged = این روش قبلاً انتخاب شده است.
plan-option-chosen = دوسیه { $reference }: روش انتخاب‌شده { $option }. مسوده برنامه آماده است.
plan-option-holder = { $option ->
        [fast_start] ادغام شما در جامعه از حالا شروع می‌شود، وقتی هنوز در کمپ پناهجویان azc هستید. شاروالی صنف‌های شما را ترتیب می‌دهد. شما در کورس‌های COA شرکت نمی‌کنید.
        [combined] شاروالی وقتی هنوز در کمپ پناهجویان azc هستید با شما صحبت می‌کند: مصاحبه جامع (brede intake). صنف‌های شما بعد از کوچ کردن شروع می‌شود. تا آن وقت می‌توانید در کورس‌های COA شرکت کنید.
       *[after_housing] همه چیز با شاروالی بعد از رفتن به خانهٔ نو شروع می‌شود. تا آن وقت می‌توانید در کورس‌های COA شرکت کنید.
    }
plan-ask-programme =
    { $explanation }

    آیا می‌خواهید در کورس‌های COA (صنف زبان هالندی، معلومات درباره هالند) شرکت کنید؟
button-plan-yes = ✅ بلی
button-plan-no = ✖️ نه
plan-programme = { $value ->
        [will_not] شرکت نمی‌کند (شروع سریع)
        [agrees] شرکت می‌کند
        [declines] شرکت نمی‌کند
       *[asked] هنوز جوابی نیست
    }
plan-programme-thanks = تشکر. کورس‌های COA: { $value }.
plan-programme-staff = { $name } (دوسیه { $reference })، کورس‌های COA: { $value }.
plan-free-text = { $text } (ترجمه نشده)
plan-kind = { $kind ->
        [introduction] آشنایی و انتخاب مسیر
        [programme_alignment] هماهنگی با کورس‌های COA
        [broad_intake] شروع مصاحبه جامع
        [client_profile] سپردن پروفایل مراجع
        [handover_conversation] گفتگوی سپردن
        [documents] آوردن اسناد
        [profile_update] COA پروفایل مراجع را تازه می‌کند
        [interpreter] گرفتن ترجمان
        [next_contact] تماس بعدی
        [intake_date] تاریخ و جای مصاحبه جامع
        [pip_date] تاریخ PIP
       *[free] توافق
    }
plan-owner = { $owner ->
        [coa] COA
        [gemeente] شاروالی
       *[holder] دارنده اقامت
    }
plan-due-waits = منتظر تاریخ خانه
plan-item = { $status ->
        [done] ✅
        [cancelled] ✖️
        [late] ⚠️
       *[planned] ▫️
    } { $what } · { plan-owner } · { $due }{ $status ->
        [late] {" "}(ناوقت شده)
       *[other] {""}
    }
plan-item-at = { $item } · { $place ->
        [azc] کمپ پناهجویان azc
       *[gemeente] شاروالی
    }
plan-none = هنوز برنامه‌ای نیست.
button-plan-options = 🧭 انتخاب روش
plan-view =
    📋 برنامه { $reference } (نسخه { $version })
    روش: { $option }
    کورس‌های COA: { $programme }

    { $items }

    { $confirmed }
button-plan-done = ✅ انجام شد: { $what }
button-plan-add = ➕ توافق
button-plan-send = 📨 فرستادن برای همه
button-plan-housing = 🏠 تاریخ خانه
plan-who-staff = { $name } ({ $party ->
        [coa] COA
       *[gemeente] شاروالی
    })
plan-who-holder = { $name }
plan-confirmed-line = { $current ->
        [yes] ✅
       *[no] ⏳
    } { $who }: موافق با نسخهٔ { $version }، { $at }
plan-unconfirmed-line = ⏳ { $who }: هنوز تأیید نکرده
plan-next = { $what }، { $due }
plan-next-none = دیگر چیزی تعیین نشده
plan-case-line = • { $reference } – { $name }: { $option }. بعدی: { $next }. ناوقت شده: { $late }. تأیید نشده: { $unconfirmed }.
plan-case-overview =
    دوسیه‌های شما:
    { $cases }
plan-due-before-matching = این تاریخ پیش از تخصیص به شاروالی است. تاریخ دیرتری انتخاب کنید.
plan-due-in-past = این تاریخ گذشته است. تاریخی از امروز به بعد انتخاب کنید.
plan-due-after-term = این تاریخ بعد از ختم مدت ادغام (سه سال) است. تاریخ زودتری انتخاب کنید.
plan-ask-kind = کدام توافق را می‌خواهید اضافه کنید؟
button-plan-free = ✏️ متن خودتان
plan-ask-free = توافق را در یک سطر بنویسید.
plan-free-bad = یک سطر با حداکثر { $max } حرف بنویسید.
plan-ask-owner = چه کسی انجام می‌دهد؟
plan-ask-due = تا چه وقت باید انجام شود؟ یک دکمه را فشار دهید یا با یک تاریخ جواب دهید (dd-mm-yyyy).
button-plan-in-days = تا { $days } روز دیگر
plan-agreement-added = دوسیه { $reference }: توافق اضافه شد: { $what } · { plan-owner } · { $due }.
plan-item-done = دوسیه { $reference }: انجام شد: { $what }.
plan-sent = برنامهٔ دوسیه { $reference } (نسخهٔ { $version }) برای همه فرستاده شد.
button-plan-agree = 👍 موافقم
button-plan-question = ❓ سؤال دارم
plan-outdated = این نسخهٔ کهنه برنامه است. نسخهٔ نو ({ $version }) موجود است. برای دیدن آن /plan بنویسید.
plan-thanks = تشکر. شما با نسخهٔ { $version } برنامه موافق هستید.
plan-confirmed-staff = { $who } با نسخهٔ { $version } برنامه موافق است (دوسیه { $reference }).
plan-ask-question = سؤال خود را بنویسید. ما آن را برای مسئولان شما می‌فرستیم.
plan-question-staff = سؤال { $who } درباره برنامه (دوسیه { $reference }): { $text } (ترجمه نشده)
plan-question-sent = سؤال شما فرستاده شد. مسئول شما جواب می‌دهد.
plan-ask-housing = تاریخ نوی مورد انتظار خانه چه است؟ با یک تاریخ جواب دهید (dd-mm-yyyy).
plan-change-line = • { $what }: { $old } → { $new }
plan-housing-moved =
    🏠 تاریخ نوی خانه ({ $reference }): { $date }.
    چه چیزی به این دلیل تغییر می‌کند:
    { $changes }
plan-long-wait-holder = مدتی است که خبری نیست. آیا چیزی تغییر کرده است؟ به مسئول خود بگویید یا برای دیدن برنامه /plan بنویسید.
plan-due-soon = ⏰ فردا ({ $reference }): { $what }، { $due }.
plan-overdue = ⚠️ ناوقت شده ({ $reference }): { $what }، { $due }.

# The summary document for the case file (issue 3).
button-plan-summary = 📄 خلاصه
plan-summary-caption = خلاصه برنامه دوسیه { $reference } برای آرشیف، به هالندی و به زبان مراجع. فایل را در براوزر باز کنید؛ می‌توانید آن را به شکل PDF هم چاپ کنید.
plan-summary-title = برنامه انتقال { $reference }
plan-summary-note = متنی که یک کارمند نوشته، همان طور که نوشته شده نشان داده می‌شود و ترجمه نشده است.
plan-summary-empty = هیچ.
plan-summary-value = { $value }
plan-summary-at = { $at }
plan-summary-none = –
plan-summary-system = ربات
plan-summary-unknown = نامعلوم
plan-summary-fact-reference = دوسیه
plan-summary-fact-name = نام
plan-summary-fact-option = روش
plan-summary-fact-programme = کورس‌های COA
plan-summary-fact-housing = تاریخ مورد انتظار خانه
plan-summary-fact-version = نسخه
plan-summary-fact-made = ساخته شده در
plan-summary-items = موارد و توافق‌ها
plan-summary-col-what = چه
plan-summary-col-owner = چه کسی
plan-summary-col-due = چه وقت
plan-summary-col-status = وضعیت
plan-summary-confirmations = تأییدها
plan-summary-col-who = چه کسی
plan-summary-col-version = نسخه
plan-summary-col-answer = جواب
plan-summary-col-at = وقت
plan-summary-history = تاریخچه
plan-summary-col-change = تغییر
plan-summary-col-old = پیش
plan-summary-col-new = بعد
plan-summary-version = نسخه { $version }
plan-summary-agreement = { $what } · { plan-owner } · { $due }
plan-summary-field-item = { $field } · { $what }
plan-summary-status = { $status ->
       *[planned] تعیین شده
        [done] انجام شد
        [cancelled] لغو شد
        [late] ناوقت شده
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
        [programme] کورس‌های COA
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
plan-long-wait-staff-days = دوسیه { $reference }: { $days } روز بدون فعالیت. آیا برنامه هنوز درست است؟
button-plan-still-holds = ✅ برنامه هنوز درست است
button-plan-changed = ✏️ چیزی تغییر کرده
button-plan-nothing-changed = ✅ چیزی تغییر نکرده
plan-long-wait-thanks = تشکر. جواب شما ذخیره شد.
plan-long-wait-answered = دوسیه { $reference }، انتظار طولانی: { $who } جواب می‌دهد: { $answer }.
plan-long-wait-update = تشکر. برنامه را با /plan تازه کنید.

# Changing one agreement
button-plan-edit = ✏️ { $what }
button-plan-cancel-item = ❌ لغو توافق
plan-edit-menu = { $what }: حالا { $due }. تاریخ نو؟ یک دکمه را فشار دهید، یا با یک تاریخ جواب دهید (dd-mm-yyyy). با دکمه‌ها همچنان می‌توانید توافق را به طرف دیگری بدهید، متن آن را تغییر دهید (تنها برای متن خودتان)، یا توافق را لغو کنید.
plan-agreement-moved = دوسیه { $reference }: تاریخ نو برای { $what }: { $old } → { $new }.
plan-agreement-cancelled = دوسیه { $reference }: توافق لغو شد: { $what }.
# Another owner or new wording for one agreement (the two notices reach the status holder too)
button-plan-owner-to = 👤 به { plan-owner }
button-plan-reword = ✏️ متن نو
plan-ask-reword = متن نوی توافق را در یک سطر بنویسید.
plan-agreement-owner = دوسیه { $reference }: { $what }: حالا چه کسی انجام می‌دهد: { $new } (پیش از این: { $old }).
plan-agreement-reworded = دوسیه { $reference }: متن نوی یک توافق: { $old } → { $new }.

# holder: the plan's items as the status holder reads them (issue 15): plain words, "you", the
# Dutch term in brackets where staff use one. Staff keep plan-kind and plan-item.
plan-kind-holder = { $kind ->
        [introduction] آشنایی و انتخاب راه ادغام شما در جامعه (keuze route)
        [programme_alignment] آنچه در کورس‌های COA یاد می‌گیرید، با ادغام شما در جامعه مطابقت دارد (programma van COA)
        [broad_intake] یک جلسه درباره تحصیل، کار و صحت شما: مصاحبه جامع (brede intake)
        [client_profile] COA معلومات شما را به شاروالی می‌دهد: پروفایل مراجع (klantprofiel)
        [handover_conversation] جلسه میان شما، COA و شاروالی: جلسه سه‌جانبه (driegesprek)
        [documents] اسناد خود را بیاورید
        [profile_update] COA معلومات شما را تازه می‌کند: پروفایل مراجع (klantprofiel)
        [interpreter] گرفتن ترجمان
        [next_contact] جلسه بعدی با مسئول شما
        [intake_date] وقت و جای جلسه درباره تحصیل، کار و صحت: مصاحبه جامع (brede intake)
        [pip_date] برنامه شخصی شما چه وقت آماده می‌شود (PIP)
       *[free] توافق
    }
# holder
plan-owner-holder = { $owner ->
        [coa] COA
        [gemeente] شاروالی
       *[holder] شما
    }
# holder
plan-item-holder = { $status ->
        [done] ✅
        [cancelled] ✖️
        [late] ⚠️
       *[planned] ▫️
    } { $what } · { plan-owner-holder } · { $due }{ $status ->
        [late] {" "}(ناوقت شده)
       *[other] {""}
    }
