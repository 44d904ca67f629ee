# Shared messages: errors, menus, languages, commands.
# Arabic (Modern Standard, simple). Status holders read these: short sentences, everyday words.

error-internal = حدث خطأ من جهتنا. حاول مرة أخرى بعد بضع دقائق.
error-not-saved = لم يُحفظ أي شيء: لا يستطيع البوت حفظ أي شيء في الوقت الحالي. حاول مرة أخرى لاحقًا.
error-unknown-command = لا أعرف هذا الأمر. اكتب /menu لترى ما يمكنك فعله.
error-edited-ignored = لقد غيّرت رسالة. أنا أقرأ الرسائل الجديدة فقط. أرسل جوابك مرة أخرى إذا كان يجب تغيير شيء.
error-button-stale = هذا الزر لا يعمل الآن. اكتب /menu للمتابعة.
error-staff-only = هذا فقط لموظفي COA أو البلدية.
error-not-on-case = أنت لست مشاركًا في هذه الحالة. لم يتغير شيء.
error-expected-text = أستطيع قراءة النص فقط. اكتب جوابك في رسالة.
error-not-text-menu = أستطيع قراءة النص والأزرار فقط. اكتب /menu للمتابعة.
hint-use-menu = اضغط على زر، أو اكتب /menu لترى ما يمكنك فعله.
stranger-welcome = مرحبًا! هذا البوت يساعد في الانتقال المنسق من COA إلى البلدية. تحتاج إلى رابط دعوة من الشخص المسؤول عنك في COA أو البلدية.
cancel-nothing = لا يوجد الآن شيء لإيقافه.
group-only-command = هذا يعمل فقط في مجموعة.
private-only-command = هذا يعمل فقط في محادثة خاصة معي.

invite-unknown = لا أعرف هذا الرابط. اطلب رابطًا جديدًا من الشخص المسؤول عنك.
invite-expired = انتهت مدة هذا الرابط. اطلب رابطًا جديدًا من الشخص المسؤول عنك.
invite-used = هذا الرابط استُخدم من قبل. اطلب رابطًا جديدًا من الشخص المسؤول عنك.
invite-holder-not-for-you = هذا الرابط لصاحب إقامة (statushouder). أنت مسجل في هذا البوت من قبل، لذلك لم يتغير شيء.
invite-staff-not-for-you = هذا الرابط للموظفين. لم يتغير شيء.
invite-other-org = هذا الرابط لموظفي منظمة أخرى. لم يتغير شيء.

staff-joined = أهلًا بك! تم تسجيلك موظفًا في { $org } ({ $kind ->
        [coa] COA
       *[gemeente] البلدية
    }). اكتب /menu للبدء.
staff-already = أنت مسجل من قبل كموظف. اكتب /menu للمتابعة.
staff-joined-case = انضم { $name } ({ $org }) الآن إلى الحالة { $reference }.
staff-joined-this-case =
    ✅ انضممتم الآن إلى الحالة { $reference } ({ $name }). يعرض الأمر /plan الخطة، ويحدد الأمر /meet موعد اللقاء.
    { $others }
# Who else works on the case a staff member just joined (issue 12).
staff-joined-with =
    يعمل على هذه الحالة أيضًا:
    { $people }
staff-joined-person = • { $who } ({ $org })
staff-joined-first = أنتم أول موظف في هذه الحالة.

menu-staff = { $name }، { $org }
    { $cases ->
        [0] لست مشاركًا في أي حالة بعد.
        [zero] لست مشاركًا في أي حالة بعد.
        [one] أنت مشارك في حالة واحدة.
        [two] أنت مشارك في حالتين.
        [few] أنت مشارك في { $cases } حالات.
        [many] أنت مشارك في { $cases } حالة.
       *[other] أنت مشارك في { $cases } حالة.
    }
help-staff =
    طريقة العمل:
    • افتح حالة جديدة بالأمر /newcase. أطرح سؤالًا واحدًا في كل مرة.
    • اعرض حالات منظمتك بالأمر /cases.
    • يعرض الأمر /menu أين أنتم وما المفتوح.
    • يعرض الأمر /plan خطة الحالة والاتفاقات.
    • يحدد الأمر /meet موعد لقاء ثلاثي.
    • يعرض الأمر /prepare التحضير للقاء.
    • اختر لغتك بالأمر /language.
    • أوقف ما تفعله الآن بالأمر /cancel.
    أضفني إلى مجموعة فريقك: { $group_link }
    ثم اكتب /link في المجموعة.
help-holder =
    مساعدة:
    • اكتب /menu لترى من المسؤول عنك وماذا يحدث الآن.
    • اكتب /plan لترى خطتك والاتفاقات.
    • اكتب /prepare لتستعد للقاء.
    • اكتب /language لتختار لغة أخرى.
    • اكتب /mydata لترى ما نحفظه عنك. اكتب /delete لتطلب حذفه. اكتب /stop لتوقف الرسائل.
    عندك سؤال؟ اسأل الشخص المسؤول عنك في COA أو البلدية.

language-choose = 🌐 اختر لغتك.
# Before anyone chose a language: the same prompt in every script the bot offers (issue 15),
# never one language alone. Each line is that locale's own `language-choose`.
language-choose-any =
    🌐 👇
    اختر لغتك.
    ቋንቋኹም ምረጹ።
    Dilinizi seçin.
    Zimanê xwe hilbijêrin.
    زبان خود را انتخاب کنید.
    Dooro luqaddaada.
    زمانەکەتان هەڵبژێرن.
    خپله ژبه وټاکئ.
    ቋንቋዎን ይምረጡ።
    Choisissez votre langue.
    Choose your language.
    Kies uw taal.
language-set = ✅ اللغة: { language-name }.
language-name = { $language ->
        [nl] الهولندية
        [en] الإنجليزية
        [ar] العربية
        [ti] التغرينية
        [tr] التركية
        [kmr] الكردية (الكرمانجية)
        [prs] الدرية
        [fa] الفارسية
        [so] الصومالية
        [ckb] الكردية (السورانية)
        [ps] البشتوية
        [am] الأمهرية
       *[fr] الفرنسية
    }
# Each language's own name in its own script: the same in every locale.
language-native = { $code ->
        [nl] Nederlands
        [en] English
        [ar] العربية
        [ti] ትግርኛ
        [tr] Türkçe
        [kmr] Kurmancî
        [prs] دری
        [fa] فارسی
        [so] Soomaali
        [ckb] کوردیی ناوەندی
        [ps] پښتو
        [am] አማርኛ
       *[fr] Français
    }

button-language = 🌐 اللغة
button-new-case = ➕ حالة جديدة
button-my-cases = 📋 الحالات
button-cancel = ✖️ إيقاف

command-menu = أين أنا وما الذي بقي
command-help = مساعدة
command-language = اختيار اللغة
command-newcase = فتح حالة جديدة (للموظفين)
command-cases = عرض الحالات (للموظفين)
command-cancel = إيقاف ما تفعله الآن
command-mydata = ما تحفظونه عني
command-delete = طلب حذف معلوماتي
command-stop = لا رسائل بعد الآن
command-explain = ماذا يعني ذلك؟ شروحات
command-link = ربط هذه المجموعة بمنظمتك أو بحالة
command-plan = الخطة وما تم الاتفاق عليه
command-case = ملخص كل حالة (للموظفين)
command-meet = تحديد موعد لقاء ثلاثي (للموظفين)
command-prepare = الاستعداد للقاء

value-date = { $date }
value-unknown = غير معروف بعد
contact-named = { $name }
contact-unknown = غير معروف بعد

# invites: guessing
invite-too-many-tries = لقد جربتم رابطًا لا يعمل مرات كثيرة جدًا. يرجى الانتظار ساعة ثم المحاولة مرة أخرى.

# Above every message to staff or a group about a case (issue 12): the case reference and the status holder's first name.
about-case =
    📁 { $reference } · { $name }
    { $body }

# The language picker once a language was tapped (issue 12): the choice in its own script.
language-picked = 🌐 ✅ { $language }

# Paging a list of cases (issue 12), and a typed reference that is not one of them.
button-page-prev = ◀️
button-page-next = ▶️
picker-not-found = ليست لديكم هنا حالة مفتوحة برقم الملف { $reference }. يعرض الأمر /cases حالاتكم.

# Several messages for one team group that fall due together, sent as one (issue 12): each under the name of its case.
digest =
    📋 الرسائل ({ $count }):

    { $items }
