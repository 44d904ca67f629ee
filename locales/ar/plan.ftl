# The handover plan and agreements (issue 3).

plan-pick-case = خطة أي ملف تريد أن ترى؟
button-plan-case = الملف { $reference } · { $name }
plan-holder-cannot-change = لا يمكنك تغيير هذا. الشخص المسؤول عنك يفعل ذلك.
plan-gemeente-only = البلدية تفعل هذا. لم يتغير شيء.
plan-case-closed = هذا الملف مغلق. لم يتغير شيء.
plan-not-yours = هذه النقطة لطرف آخر. لم يتغير شيء.
plan-edit-conflict = شخص آخر غيّر هذه النقطة الآن. لم يضع شيء. اكتب /plan لترى الخطة الآن.
plan-option = { $option ->
        [fast_start] 1 · بداية سريعة
        [combined] 2 · طريقة مشتركة
       *[after_housing] 3 · البداية بعد السكن
    }
plan-option-none = لا توجد طريقة بعد
plan-choose-option =
    اختر الطريقة للملف { $reference }:
    1 · بداية سريعة: مسار الاندماج يبدأ في مركز اللجوء azc.
    2 · طريقة مشتركة: المقابلة الشاملة في azc، والمسار بعد الانتقال.
    3 · البداية بعد السكن: كل شيء يبدأ بعد الانتقال.
plan-option-unchanged = هذه الطريقة مختارة من قبل.
plan-option-chosen = الملف { $reference }: الطريقة المختارة { $option }. مسودة الخطة جاهزة.
plan-option-holder = { $option ->
        [fast_start] الاندماج يبدأ الآن، وأنت ما زلت تسكن في مركز اللجوء azc. البلدية تنظم دروسك. أنت لا تشارك في برنامج COA.
        [combined] البلدية تتكلم معك وأنت ما زلت في مركز اللجوء azc: هذه هي المقابلة الشاملة (brede intake). دروسك تبدأ بعد الانتقال. حتى ذلك الوقت يمكنك المشاركة في برنامج COA.
       *[after_housing] كل شيء مع البلدية يبدأ بعد انتقالك إلى بيتك الجديد. حتى ذلك الوقت يمكنك المشاركة في برنامج COA.
    }
plan-ask-programme =
    { $explanation }

    هل تريد المشاركة في برنامج COA (دروس اللغة الهولندية، معلومات عن هولندا)؟
button-plan-yes = ✅ نعم
button-plan-no = ✖️ لا
plan-programme = { $value ->
        [will_not] لا يشارك (بداية سريعة)
        [agrees] يشارك
        [declines] لا يشارك
       *[asked] لا يوجد جواب بعد
    }
plan-programme-thanks = شكرًا. برنامج COA: { $value }.
plan-programme-staff = { $name } (الملف { $reference }), برنامج COA: { $value }.
plan-free-text = { $text } (غير مترجم)
plan-kind = { $kind ->
        [introduction] التعارف واختيار المسار
        [programme_alignment] الربط مع برنامج COA
        [broad_intake] بداية المقابلة الشاملة
        [client_profile] تسليم ملف العميل
        [handover_conversation] محادثة التسليم
        [documents] إحضار الوثائق
        [profile_update] COA يحدّث ملف العميل
        [interpreter] حجز مترجم
        [next_contact] موعد التواصل القادم
        [intake_date] تاريخ ومكان المقابلة الشاملة
        [pip_date] تاريخ PIP
       *[free] اتفاق
    }
plan-owner = { $owner ->
        [coa] COA
        [gemeente] البلدية
       *[holder] صاحب الإقامة
    }
plan-due-waits = ينتظر تاريخ السكن
plan-item = { $status ->
        [done] ✅
        [cancelled] ✖️
        [late] ⚠️
       *[planned] ▫️
    } { $what } · { plan-owner } · { $due }{ $status ->
        [late] {" "}(متأخر)
       *[other] {""}
    }
plan-item-at = { $item } · { $place ->
        [azc] مركز اللجوء azc
       *[gemeente] البلدية
    }
plan-none = لا توجد خطة بعد.
button-plan-options = 🧭 اختيار الطريقة
plan-view =
    📋 الخطة { $reference } (النسخة { $version })
    الطريقة: { $option }
    برنامج COA: { $programme }

    { $items }

    { $confirmed }
button-plan-done = ✅ تم: { $what }
button-plan-add = ➕ اتفاق
button-plan-send = 📨 إرسال للجميع
button-plan-housing = 🏠 تاريخ السكن
plan-who-staff = { $name } ({ $party ->
        [coa] COA
       *[gemeente] البلدية
    })
plan-who-holder = { $name }
plan-confirmed-line = { $current ->
        [yes] ✅
       *[no] ⏳
    } { $who }: موافق على النسخة { $version }, { $at }
plan-unconfirmed-line = ⏳ { $who }: لم يؤكد بعد
plan-next = { $what }, { $due }
plan-next-none = لا شيء مخطط بعد الآن
plan-case-line = • { $reference } – { $name }: { $option }. التالي: { $next }. متأخر: { $late }. غير مؤكد: { $unconfirmed }.
plan-case-overview =
    ملفاتك:
    { $cases }
plan-due-before-matching = هذا التاريخ قبل الربط بالبلدية. اختر تاريخًا بعده.
plan-due-in-past = هذا التاريخ مضى. اختر تاريخًا من اليوم.
plan-due-after-term = هذا التاريخ بعد نهاية مدة الاندماج (ثلاث سنوات). اختر تاريخًا قبله.
plan-ask-kind = أي اتفاق تريد أن تضيف؟
button-plan-free = ✏️ نص خاص
plan-ask-free = اكتب الاتفاق في سطر واحد.
plan-free-bad = استعمل سطرًا واحدًا من { $max } حرفًا على الأكثر.
plan-ask-owner = من يفعل ذلك؟
plan-ask-due = متى يجب أن يكون جاهزًا؟ اضغط على زر، أو أجب بتاريخ (dd-mm-yyyy).
button-plan-in-days = بعد { $days } يوم
plan-agreement-added = الملف { $reference }: تمت إضافة اتفاق: { $what } · { plan-owner } · { $due }.
plan-item-done = الملف { $reference }: تم: { $what }.
plan-sent = تم إرسال خطة الملف { $reference } (النسخة { $version }) إلى الجميع.
button-plan-agree = 👍 أوافق
button-plan-question = ❓ عندي سؤال
plan-outdated = هذه نسخة قديمة من الخطة. توجد نسخة جديدة ({ $version }). اكتب /plan لتراها.
plan-thanks = شكرًا. أنت موافق على النسخة { $version } من الخطة.
plan-confirmed-staff = { $who } موافق على النسخة { $version } من الخطة (الملف { $reference }).
plan-ask-question = اكتب سؤالك. سنرسله إلى المسؤولين عنك.
plan-question-staff = سؤال من { $who } عن الخطة (الملف { $reference }): { $text } (غير مترجم)
plan-question-sent = تم إرسال سؤالك. الشخص المسؤول عنك سيجيب.
plan-ask-housing = ما هو تاريخ السكن المتوقع الجديد؟ أجب بتاريخ (dd-mm-yyyy).
plan-change-line = • { $what }: { $old } → { $new }
plan-housing-moved =
    🏠 تاريخ سكن جديد ({ $reference }): { $date }.
    ما يتغير بسبب ذلك:
    { $changes }
plan-long-wait-holder = لم يحدث شيء منذ مدة. هل تغير شيء؟ أخبر الشخص المسؤول عنك، أو اكتب /plan لترى الخطة.
plan-due-soon = ⏰ غدًا ({ $reference }): { $what }, { $due }.
plan-overdue = ⚠️ متأخر ({ $reference }): { $what }, { $due }.

# The summary document for the case file (issue 3).
button-plan-summary = 📄 ملخص
plan-summary-caption = ملخص خطة الملف { $reference } للأرشيف، بالهولندية وبلغة العميل. افتح الملف في المتصفح؛ يمكنك أيضًا طباعته بصيغة PDF.
plan-summary-title = خطة الانتقال { $reference }
plan-summary-note = النص الذي كتبه موظف يظهر كما كُتب ولم يُترجم.
plan-summary-empty = لا شيء.
plan-summary-value = { $value }
plan-summary-at = { $at }
plan-summary-none = –
plan-summary-system = البوت
plan-summary-unknown = غير معروف
plan-summary-fact-reference = الملف
plan-summary-fact-name = الاسم
plan-summary-fact-option = الطريقة
plan-summary-fact-programme = برنامج COA
plan-summary-fact-housing = تاريخ السكن المتوقع
plan-summary-fact-version = النسخة
plan-summary-fact-made = أُعدّ في
plan-summary-items = البنود والاتفاقات
plan-summary-col-what = ماذا
plan-summary-col-owner = من
plan-summary-col-due = متى
plan-summary-col-status = الحالة
plan-summary-confirmations = التأكيدات
plan-summary-col-who = من
plan-summary-col-version = النسخة
plan-summary-col-answer = الجواب
plan-summary-col-at = الوقت
plan-summary-history = السجل
plan-summary-col-change = التغيير
plan-summary-col-old = قبل
plan-summary-col-new = بعد
plan-summary-version = النسخة { $version }
plan-summary-agreement = { $what } · { plan-owner } · { $due }
plan-summary-field-item = { $field } · { $what }
plan-summary-status = { $status ->
       *[planned] مخطط
        [done] تم
        [cancelled] أُلغي
        [late] متأخر
    }
plan-summary-answer = { $answer ->
       *[question] سؤال
        [agree] موافق
    }
plan-summary-long-wait = { $answer ->
       *[nothing] لم يتغير شيء
        [holds] الخطة ما زالت صحيحة
        [changed] تغير شيء
    }
plan-summary-field = { $field ->
       *[other] تغيير
        [option] الطريقة
        [programme] برنامج COA
        [agreement] أُضيف اتفاق
        [sent] أُرسلت
        [confirmed] تأكيد
        [question] سؤال
        [status] الحالة
        [housing_date] تاريخ السكن
        [due_date] التاريخ
        [owner] من يقوم به
        [text] النص
        [long_wait] انتظار طويل
    }
# Long-wait answers (issue 3).
plan-long-wait-staff-days = الملف { $reference }: لا نشاط منذ { $days } يومًا. هل الخطة ما زالت صحيحة؟
button-plan-still-holds = ✅ الخطة ما زالت صحيحة
button-plan-changed = ✏️ تغير شيء
button-plan-nothing-changed = ✅ لم يتغير شيء
plan-long-wait-thanks = شكرًا. تم حفظ جوابك.
plan-long-wait-answered = الملف { $reference }، انتظار طويل: { $who } يجيب: { $answer }.
plan-long-wait-update = شكرًا. عدّل الخطة بـ /plan.

# Changing one agreement
button-plan-edit = ✏️ { $what }
button-plan-cancel-item = ❌ إلغاء الاتفاق
plan-edit-menu = { $what }: الموعد الآن { $due }. تاريخ جديد؟ اضغط على زر، أو أجب بتاريخ (dd-mm-yyyy). بالأزرار يمكنك أيضًا إعطاء الاتفاق لطرف آخر، أو تغيير نصه (للنص الخاص فقط)، أو إلغاء الاتفاق.
plan-agreement-moved = الملف { $reference }: تاريخ جديد لـ { $what }: { $old } → { $new }.
plan-agreement-cancelled = الملف { $reference }: تم إلغاء الاتفاق: { $what }.
# Another owner or new wording for one agreement (the two notices reach the status holder too)
button-plan-owner-to = 👤 إلى { plan-owner }
button-plan-reword = ✏️ نص جديد
plan-ask-reword = اكتب النص الجديد للاتفاق في سطر واحد.
plan-agreement-owner = الملف { $reference }: { $what }: من يقوم به الآن: { $new } (قبل ذلك: { $old }).
plan-agreement-reworded = الملف { $reference }: نص جديد لاتفاق: { $old } → { $new }.

# holder: the plan's items as the status holder reads them (issue 15): plain words, "you", the
# Dutch term in brackets where staff use one. Staff keep plan-kind and plan-item.
plan-kind-holder = { $kind ->
        [introduction] التعارف واختيار طريق اندماجك (keuze route)
        [programme_alignment] ما تتعلمه في برنامج COA يناسب اندماجك (programma van COA)
        [broad_intake] لقاء عن دراستك وعملك وصحتك: المقابلة الشاملة (brede intake)
        [client_profile] COA يعطي معلوماتك إلى البلدية: ملف العميل (klantprofiel)
        [handover_conversation] اللقاء بينك وبين COA والبلدية: اللقاء الثلاثي (driegesprek)
        [documents] إحضار أوراقك
        [profile_update] COA يحدّث معلوماتك: ملف العميل (klantprofiel)
        [interpreter] ترتيب مترجم
        [next_contact] اللقاء القادم مع الشخص المسؤول عنك
        [intake_date] متى وأين يكون اللقاء عن دراستك وعملك وصحتك: المقابلة الشاملة (brede intake)
        [pip_date] متى تكون خطتك الشخصية جاهزة (PIP)
       *[free] اتفاق
    }
# holder
plan-owner-holder = { $owner ->
        [coa] COA
        [gemeente] البلدية
       *[holder] أنت
    }
# holder
plan-item-holder = { $status ->
        [done] ✅
        [cancelled] ✖️
        [late] ⚠️
       *[planned] ▫️
    } { $what } · { plan-owner-holder } · { $due }{ $status ->
        [late] {" "}(متأخر)
       *[other] {""}
    }
