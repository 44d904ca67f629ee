# Preparing a meeting: questionnaire, consent, checklists (issue 6).
# The questions are read by status holders: plain words, one question per message.

prep-step = ({ $n }/{ $total }) { $question }
prep-ask-education = 🎓 ما هي المدرسة التي أنهيتها؟
prep-ask-work-years = 💼 كم سنة عملت؟
prep-ask-work-field = 🛠️ في أي نوع من العمل؟
prep-ask-dutch = 🇳🇱 منذ متى تأخذ دروس اللغة الهولندية؟
prep-ask-goal = 🎯 ماذا تريد أكثر شيء؟
prep-ask-household = 🏠 مع من تسكن؟
prep-ask-reunification = 👪 هل تنتظر أفرادًا من عائلتك سيأتون إلى هولندا؟
prep-ask-health = 🩺 هل هناك شيء عن صحتك أو رعايتك تريد أن تتحدث عنه؟ لا تكتب ما هو.
prep-ask-moment = 🕐 متى أفضل وقت للتواصل معك؟
prep-ask-channel = 📱 ما أفضل طريقة للتواصل معك؟
prep-ask-interpreter = 🌍 هل تريد مترجمًا في اللقاء؟
prep-ask-without-partner = 🗣️ هل تريد أيضًا أن تتحدث بدون حضور شريكك؟
prep-ask-own-questions = ❓ هل عندك أسئلة للقاء؟ اكتبها هنا. أو اضغط تخطي.
prep-own-saved = ✅ تم حفظ أسئلتك.

prep-label-education = 🎓 المدرسة
prep-label-work-years = 💼 سنوات العمل
prep-label-work-field = 🛠️ نوع العمل
prep-label-dutch = 🇳🇱 دروس الهولندية
prep-label-goal = 🎯 الرغبة
prep-label-household = 🏠 الأسرة
prep-label-reunification = 👪 عائلة قادمة
prep-label-health = 🩺 الحديث عن الصحة أو الرعاية
prep-label-moment = 🕐 أفضل وقت
prep-label-channel = 📱 أفضل طريقة
prep-label-interpreter = 🌍 مترجم مطلوب
prep-label-without-partner = 🗣️ الحديث أيضًا بدون الشريك

prep-edu-none = بدون مدرسة
prep-edu-primary = المدرسة الابتدائية
prep-edu-secondary = المدرسة الثانوية
prep-edu-vocational = تدريب مهني
prep-edu-university = معهد عالٍ أو جامعة
prep-years-none = لم أعمل أبدًا
prep-years-few = سنة أو سنتان
prep-years-some = من 3 إلى 5 سنوات
prep-years-many = أكثر من 5 سنوات
prep-field-building = 🔧 بناء أو تقنية
prep-field-care = 🤲 رعاية
prep-field-food = 🍽️ مطاعم أو طعام
prep-field-transport = 🚚 نقل
prep-field-farming = 🌾 زراعة
prep-field-shop = 🛒 متجر أو تجارة
prep-field-office = 💻 مكتب أو حاسوب
prep-field-other = عمل آخر
prep-dutch-none = لا دروس بعد
prep-dutch-short = أقل من 3 أشهر
prep-dutch-year = من 3 إلى 12 شهرًا
prep-dutch-long = أكثر من سنة
prep-goal-work = 💼 العمل
prep-goal-study = 📚 الدراسة
prep-goal-both = العمل والدراسة
prep-goal-unsure = لا أعرف بعد
prep-house-alone = وحدي
prep-house-partner = مع الشريك
prep-house-children = مع الأطفال
prep-house-family = مع الشريك والأطفال
prep-yes = ✅ نعم
prep-no = ❌ لا
prep-rather-not-say = أفضّل ألا أقول
prep-moment-morning = 🌅 صباحًا
prep-moment-afternoon = ☀️ بعد الظهر
prep-moment-evening = 🌙 مساءً
prep-channel-message = 💬 رسالة
prep-channel-call = 📞 اتصال هاتفي
prep-channel-either = لا يهم
prep-interp-own = نعم، بلغتي
prep-interp-other = نعم، بلغة أخرى
prep-interp-no = لا، أتكلم الهولندية جيدًا بما يكفي
prep-interp-unsure = لا أعرف
prep-ask-interpreter-language = 🌍 تريد مترجمًا بلغة أخرى. بأي لغة؟
prep-label-interpreter-language = 🌍 لغة المترجم

prep-button-skip = ⏭️ تخطي
prep-skipped = تم التخطي
prep-not-answered = لم تتم الإجابة بعد
prep-none = —
prep-line = { $label }: { $value }
prep-list = { $lines }
prep-own-as-typed = { $text } (غير مترجم)
prep-review =
    📋 إجاباتك
    { $answers }
    ❓ أسئلتك: { $own }

    اضغط على زر لتغيير شيء.
prep-button-own-questions = ❓ أسئلتي
prep-button-sharing = 🔒 ما أشاركه
prep-button-documents = 🎒 الأوراق
prep-button-review = 📋 إجاباتي

prep-consent-notice-v2 =
    🔒 من يرى إجاباتك؟
    الشخص المسؤول عنك في COA وفي البلدية. هكذا يستطيعون التحضير جيدًا للقاء معك.
    أنت تختار. يمكنك أيضًا ألا تشارك شيئًا.
    يمكنك دائمًا تغيير هذا لاحقًا بهذه الأزرار.

    📋 إجاباتك: { $answers }
    ❓ أسئلتك: { $questions }
prep-shared-yes = ✅ تمت المشاركة
prep-shared-no = 🚫 غير مشارك
prep-button-share-answers = ✅ شارك إجاباتي
prep-button-stop-answers = 🚫 أوقف مشاركة إجاباتي
prep-button-share-questions = ✅ شارك أسئلتي
prep-button-stop-questions = 🚫 أوقف مشاركة أسئلتي

prep-documents =
    🎒 أحضر هذه الأوراق إلى اللقاء.
    اضغط على الورقة عندما تكون جاهزة.
prep-check-done-button = ✅ { $item }
prep-check-open-button = ⬜ { $item }
prep-item-permit = 🪪 تصريح الإقامة
prep-item-bsn = ✉️ الرسالة التي فيها رقم BSN
prep-item-diplomas = 🎓 الشهادات
prep-item-cv = 📄 السيرة الذاتية
prep-item-profile = تم تسليم ملف العميل
prep-item-programme = تم إبلاغ البرنامج الذي تمت متابعته
prep-item-need-to-know = تم إبلاغ ما يجب أن تعرفه البلدية مسبقًا
prep-item-options = تم شرح الخيارات
prep-item-intake = تم تحديد موعد المقابلة الشاملة
prep-item-contact = تم تسمية الشخص المسؤول

prep-holder-only = هذه الأسئلة لصاحب الإقامة.
prep-holder-not-ready = اختر لغتك أولًا واقرأ الشرح. اكتب /menu.
prep-cases = 📋 التحضير: اختر ملفًا.
prep-case-button = { $reference } · { $name }
prep-button-refresh = 🔄 تحديث
prep-staff-not-shared = 🔒 لم يشاركه صاحب الإقامة
prep-staff-overview =
    📋 التحضير { $reference } ({ $name })

    الاستبيان:
    { $answers }

    لم تتم الإجابة بعد:
    { $missing }

    أسئلته الخاصة:
    { $own }

    قائمة المراجعة:
    { $checklist }
prep-party-holder = صاحب الإقامة
prep-party-coa = COA
prep-party-gemeente = البلدية
prep-check-party =
    { $party }:
    { $items }
prep-check-done = ✅ { $item } ({ $at })
prep-check-open = ⬜ { $item }
prep-reminder-staff =
    ⏰ اللقاء في { $start }. هذا هو وضع التحضير:

    { $overview }
prep-reminder-holder =
    ⏰ لقاؤك في { $start }. أحضر هذه الأوراق:
    { $items }
    اكتب /prepare لتضع علامة عليها.
prep-agenda-with =
    { $message }

    📋 ما سنتحدث عنه:
    { $items }
prep-agenda-item = { $n }. { $what }

# Shown to staff beside an answer given or changed after the meeting took place.
prep-answer-late = { $line } (أُجيب بعد اللقاء)
prep-own-no-numbers = لا تكتب رقم BSN أو V-nummer هنا. نحن لا نحفظه. اكتب أسئلتك بدون هذا الرقم.

## The agenda per meeting (staff reorder and extend it) and which meeting is being prepared.
# Staff overview: the meeting this preparation is for. $when is prep-agenda-when,
# prep-agenda-no-time or prep-meeting-not-planned.
prep-staff-for-meeting =
    { $overview }

    🗓 هذا هو التحضير للقاء رقم { $number } { $when }.
prep-agenda-when = يوم { $at }
prep-agenda-no-time = (لم نتفق على وقت بعد)
prep-meeting-not-planned = (لم يُحدَّد موعده بعد)
prep-agenda-button = 🗒 جدول الأعمال
prep-agenda-editor =
    🗒 جدول أعمال اللقاء رقم { $number } { $when }، الملف { $reference } ({ $name }):
    { $items }

    حرّك بندًا بـ ⬆️ أو ⬇️. احذف بنودك أنت بـ ✖️. أرسل جدول الأعمال إلى الجميع عندما يصبح جاهزًا.
prep-agenda-up-button = ⬆️ { $n }
prep-agenda-down-button = ⬇️ { $n }
prep-agenda-remove-button = ✖️ { $n }
prep-agenda-add-button = ➕ إضافة بند
prep-agenda-send-button = 📨 إرسال إلى الثلاثة
prep-agenda-back-button = ⬅️ التحضير
prep-agenda-ask-point = اكتب البند الجديد في سطر واحد، بحد أقصى { $max } حرف. لن يُترجم: اكتب بلغة هولندية بسيطة، والمترجم يقرؤه بصوت عالٍ.
prep-agenda-no-numbers = لا تكتب رقم BSN أو V-nummer في جدول الأعمال. اكتب البند بدون هذا الرقم.
prep-agenda-full = جدول الأعمال ممتلئ (الحد الأقصى: { $max }). احذف أولًا أحد بنودك أنت.
prep-agenda-empty = جدول الأعمال ما زال فارغًا. أضف بندًا أولًا.
prep-agenda-meeting-over = هذا اللقاء انتهى أو أُلغي. جدول أعماله لم يعد يتغير.
prep-agenda-sent =
    { $count ->
        [0] لا يوجد أحد آخر لإرسال جدول الأعمال إليه.
        [one] تم إرسال جدول الأعمال إلى محادثة واحدة.
        [two] تم إرسال جدول الأعمال إلى محادثتين.
        [few] تم إرسال جدول الأعمال إلى { $count } محادثات.
        [many] تم إرسال جدول الأعمال إلى { $count } محادثة.
       *[other] تم إرسال جدول الأعمال إلى { $count } محادثة.
    }
# To all three, the status holder in their language: the agenda after staff changed it.
prep-agenda-updated =
    🗒 هذا ما سنتحدث عنه في اللقاء { $when }:
    { $items }
# Status holder: a button on their overview that shows the agenda of their next meeting.
prep-button-agenda = 🗒 ما سنتحدث عنه
