## حقوق صاحب الإقامة (issue 14): أن يرى ما نحفظه (/mydata)، وأن يطلب حذفه (/delete)، وألا
## تصله رسائل بعد الآن (/stop). الرسائل إلى صاحب الإقامة بجمل قصيرة؛ الرسائل إلى الموظفين
## تذكر الملف (الرقم والاسم الأول).

privacy-button-menu = 🔒 معلوماتك
privacy-menu =
    🔒 معلوماتك
    • شاهد كل ما نحفظه عنك.
    • اطلب حذف معلوماتك.
    • أوقف رسائل هذا البوت.
privacy-button-mydata = 📄 أرني معلوماتي
privacy-button-delete = 🗑 احذف معلوماتي
privacy-button-stop = 🔕 لا رسائل بعد الآن
privacy-button-no = ↩️ لا
privacy-never = ↩️ حسنًا، لن يتغير شيء.
privacy-staff = نحفظ اسمك ومنظمتك والملفات التي تعمل عليها ما دمت تستخدم هذا البوت. يمكن لمسؤول النظام عندكم أن ينهي وصولك. عندك سؤال؟ اسأل مسؤول حماية البيانات في منظمتك.
privacy-nothing-kept = لا نحفظ أي معلومات عنك بصفتك صاحب إقامة. هل وصلك رابط من COA أو البلدية (gemeente)؟ افتحه مرة أخرى.

privacy-mydata =
    🔒 ما نحفظه عنك
    { $facts }

    📋 الاتفاقات في خطتك:
    { $agreements }

    📅 اللقاءات:
    { $meetings }
    إجاباتك على الأوقات المقترحة: { $time_answers }

    📝 إجاباتك للتحضير للقاء:
    { $answers }

    ❓ أسئلتك أنت:
    { $own }

    👀 { $sharing }

    الملف في الأسفل فيه نفس المعلومات، للكمبيوتر.
    /delete: اطلب حذف معلوماتك. /stop: لا رسائل بعد الآن.
privacy-mydata-file = 📄 معلوماتك (ملف للكمبيوتر)
privacy-none = • (لا شيء)
privacy-yes-no = { $value ->
        [yes] نعم
       *[no] لا
    }
privacy-fact-name = • الاسم: { $name }
privacy-fact-reference = • رقم الملف: { $reference }
privacy-fact-orgs = • COA: { $coa } · البلدية: { $gemeente }
privacy-fact-language = • اللغة: { language-name }
privacy-fact-matching = • تم الربط بالبلدية في: { $date }
privacy-fact-housing = • تاريخ الانتقال إلى البيت: { $date }
privacy-fact-joined = • في هذه المحادثة منذ: { $date }
privacy-fact-notice = • قرأت شرح حماية المعلومات في: { $date }
privacy-fact-closed = • انتهت المرافقة في: { $date }
privacy-fact-stopped = • أوقفت الرسائل في: { $date }
privacy-meeting = • { $when } · { $place } · { $status ->
        [confirmed] محدد
        [held] تم
        [absent] أحد الأشخاص لم يحضر
        [cancelled] أُلغي
       *[proposed] أوقات مقترحة
    }
privacy-meeting-proposed = • { $place } · أوقات مقترحة
privacy-own-question = • { $text }
privacy-sharing = ما نشاركه مع المسؤولين عنك: إجاباتك { $answers }، أسئلتك { $questions }.

privacy-delete-ask =
    🗑 هل تريد حذف معلوماتك؟
    نطلب من البلدية أن تحذف اسمك وإجاباتك وكل ما كتبته.
    أحيانًا يقول القانون إن البلدية يجب أن تحفظ شيئًا. عندها تقول لك البلدية لماذا.
    ستصلك الإجابة هنا.
privacy-button-delete-yes = 🗑 نعم، اطلب الحذف
privacy-delete-asked = ✅ طلبنا من البلدية أن تحذف معلوماتك. ستصلك الإجابة هنا.
privacy-delete-pending = ⏳ لقد طلبت هذا من قبل. ستجيبك البلدية هنا.

privacy-request-staff =
    🗑 { $name } ({ $reference }) يطلب حذف معلوماته.
    احذفها، أو قل لماذا يجب أن تحفظها البلدية. { $name } يقرأ إجابتك بلغته.
privacy-button-erase = 🗑 حذف المعلومات
privacy-button-keep = 📜 حفظها: قل لماذا
privacy-button-back = ↩️ رجوع
privacy-request-decided = تمت الإجابة على هذا الطلب الخاص بـ { $reference } من قبل.
privacy-erase-confirm =
    حذف كل معلومات { $reference } ({ $name })؟
    سيُحذف الاسم والإجابات وكل ما كُتب والمحادثة. لا يمكن التراجع عن هذا. سيُغلق الملف؛ تبقى فقط أرقام مجهولة الهوية.
privacy-button-erase-yes = ✅ نعم، احذف
privacy-erased-you = 🗑 حُذفت معلومات { $reference }. أُغلق الملف.
privacy-erased-staff = 🗑 حذف { $who } معلومات { $reference } بطلب من صاحب الإقامة. أُغلق الملف.
privacy-erased-holder = 🗑 حُذفت معلوماتك. لن يرسل لك هذا البوت رسائل بعد الآن. عندك سؤال؟ تواصل مباشرة مع البلدية (gemeente).
privacy-keep-ask = لماذا يجب أن تحفظ البلدية معلومات { $reference } ({ $name })؟ { $name } يقرأ هذا السبب بلغته.
privacy-keep-reason = { $reason ->
        [integration_duty] البلدية تحتاجها من أجل اندماجك (inburgering). القانون (Wet inburgering 2021) يعطي البلدية هذه المهمة.
        [archive_law] قانون الأرشيف (Archiefwet) يقول إن البلدية يجب أن تحفظها لبعض الوقت.
       *[legal_claim] هي ضرورية لاعتراض أو قضية في المحكمة لم تنتهِ بعد.
    }
privacy-kept-holder =
    📜 { $org } لا تستطيع الآن أن تحذف كل معلوماتك.
    السبب: { $reason }
    عندك سؤال؟ اسأل الشخص المسؤول عنك. يمكنك أيضًا أن تقدم شكوى إلى هيئة حماية المعلومات الهولندية (Autoriteit Persoonsgegevens).
privacy-kept-staff = 📜 أجاب { $who } على طلب { $name } ({ $reference }) حذف معلوماته: المعلومات محفوظة. السبب: { $reason }
privacy-kept-you = 📜 معلومات { $reference } محفوظة. سيعرف صاحب الإقامة السبب: { $reason }

privacy-stop-ask =
    🔕 هل تريد ألا تصلك رسائل من هذا البوت بعد الآن؟
    سنخبر المسؤولين عنك. يمكنك أن ترى معلوماتك أو تطلب حذفها كما من قبل. أرسل /start لتصلك الرسائل مرة أخرى.
privacy-button-stop-yes = 🔕 نعم، أوقف
privacy-stopped-you = 🔕 لن تصلك رسائل من هذا البوت بعد الآن. أخبرنا المسؤولين عنك. أرسل /start لتصلك الرسائل مرة أخرى.
privacy-stopped-hint = 🔕 أوقفت رسائل هذا البوت. أرسل /start لتستخدمه مرة أخرى. /mydata يعرض معلوماتك، و/delete يحذفها.
privacy-stopped-staff = 🔕 أوقف { $name } ({ $reference }) رسائل هذا البوت. لن يصله منه شيء بعد الآن، ولا التذكيرات أيضًا. تواصل معه بطريقة أخرى من فضلك.
privacy-resumed-you = ✅ أهلًا بعودتك. ستصلك الرسائل مرة أخرى.
privacy-resumed-staff = ✅ { $name } ({ $reference }) تصله رسائل هذا البوت مرة أخرى.
