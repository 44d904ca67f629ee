## A case's life (issue 12): closing with a reason, reopening within 30 days, handing a case to a
## colleague, and an admin ending a caseworker's access. Staff messages name the case
## (reference and first name); the status holder's say "you" and what happens next.

button-case-close = 🗂 إغلاق الملف
button-case-handover = 🤝 تسليم إلى زميل
button-cases-closed = 🗄 الملفات المغلقة

# Why a case is closed; $reason is one of the codes below.
close-reason = { $reason ->
    [handed_over] انتقل إلى سكنه وتم التسليم
    [moved_elsewhere] انتقل إلى بلدية أخرى
    [not_required] لم يعد ملزمًا بالاندماج
   *[other] سبب آخر
}
button-close-reason = { $reason ->
    [handed_over] 🏠 انتقل إلى سكنه وتم التسليم
    [moved_elsewhere] 🚚 إلى بلدية أخرى
    [not_required] 📄 لم يعد ملزمًا بالاندماج
   *[other] ✏️ سبب آخر
}
button-close-yes = ✅ نعم، أغلِق
button-close-no = ↩️ لا، أبقِه مفتوحًا

life-close-ask-reason = لماذا تغلق الملف { $reference } ({ $name })؟
life-close-confirm =
    إغلاق الملف { $reference } ({ $name })؟ السبب: { $reason }.
    ستتوقف كل التذكيرات المفتوحة، وسيُبلَّغ كل المشاركين في الملف. يمكنك إعادة فتح الملف خلال 30 يومًا.
life-close-kept = يبقى الملف { $reference } ({ $name }) مفتوحًا.
life-closed-you = ✅ تم إغلاق الملف { $reference } ({ $name }). السبب: { $reason }. يمكنك إعادة فتحه حتى { $until }: /cases، ثم 🗄 الملفات المغلقة.
life-closed-staff = 🗂 أغلق { $who } الملف { $reference } ({ $name }). السبب: { $reason }. توقفت التذكيرات الخاصة بهذا الملف.
life-closed-holder = أنهت جهة { $org } مرافقتك في هذه المحادثة. لن تصلك هنا رسائل أو تذكيرات بعد الآن. هل لديك سؤال؟ تواصل مباشرة مع الشخص المسؤول عنك في { $org }.
life-already-closed = الملف { $reference } ({ $name }) مغلق بالفعل.

life-closed-list =
    🗄 الملفات المغلقة في آخر 90 يومًا ({ $count }):
    { $items }
life-closed-line = • { $reference } – { $name }: أُغلق في { $date }، { $reason }
life-closed-none = لم يُغلق أي ملف في آخر 90 يومًا.
button-case-reopen = ↩️ إعادة فتح: { $reference } · { $name }
life-reopen-too-late = الملف { $reference } ({ $name }) مغلق منذ أكثر من 30 يومًا، ولم يعد من الممكن إعادة فتحه. إذا لزم الأمر، افتح ملفًا جديدًا بـ /newcase.
life-not-closed = الملف { $reference } ({ $name }) مفتوح بالفعل.
life-reopened-you = ↩️ الملف { $reference } ({ $name }) مفتوح من جديد. التذكيرات التي كانت قبل الإغلاق لا تعود؛ إذا لزم الأمر، خطط للقاء جديد بـ /meet.
life-reopened-staff = ↩️ أعاد { $who } فتح الملف { $reference } ({ $name }).
life-reopened-holder = أعادت جهة { $org } فتح مرافقتك في هذه المحادثة. اكتب /menu لترى ملخّصك.

# The question once the housing date has passed and the driegesprek was held.
life-close-suggest = 🏠 الملف { $reference } ({ $name }): مرّ تاريخ السكن ({ $date }) وعُقد اللقاء الثلاثي. هل اكتمل التسليم؟ إذن يمكنك إغلاق الملف.

life-handover-pick = إلى أي زميل في { $org } تريد تسليم الملف { $reference } ({ $name })؟ هؤلاء هم الزملاء الذين يستخدمون البوت.
life-handover-none = لم ينضم بعد أي زميل آخر من { $org } إلى البوت. اطلب من مدير النظام دعوة لزميلك.
button-colleague = { $name }
life-handover-offered = أُرسل الطلب إلى { $colleague }. ستصلك رسالة عندما يتسلّم الملف. حتى ذلك الحين تبقى أنت الشخص المسؤول.
life-handover-offer = يريد { $from } أن يسلّمك الملف { $reference } ({ $name }). هل تتسلّم الملف؟ عندها تصبح الشخص المسؤول من { $org } عن { $name }.
button-handover-accept = ✅ تسلّم الملف
button-handover-decline = ❌ عدم التسلّم
life-handover-done-you = ✅ أنت الآن الشخص المسؤول في الملف { $reference } ({ $name }). بالأمر /plan ترى الخطة، وبالأمر /meet تخطط للقاء.
life-handover-done-staff = 🤝 الملف { $reference } ({ $name }): أصبح { $to } الشخص المسؤول من { $org }، بدلًا من { $from }.
life-handover-done-holder = الشخص المسؤول عنك في { $org } هو الآن { $to }، بدلًا من { $from }.
life-handover-declined = لن يتسلّم { $to } الملف { $reference } ({ $name }). تبقى أنت الشخص المسؤول.
life-handover-declined-you = لن تتسلّم الملف { $reference } ({ $name }). يبقى { $from } الشخص المسؤول.
life-handover-stale = هذا الطلب لم يعد ساريًا.

# An admin ended a caseworker's access (`driegesprek staff revoke`).
life-revoked-colleagues = ⚠️ الملف { $reference } ({ $name }): لم يعد { $who } يعمل بالبوت، ولم يعد مشاركًا في هذا الملف.
life-revoked-nobody =
    ⚠️ الملف { $reference } ({ $name }): لم يعد { $who } يعمل بالبوت. لم يعد في الملف الآن الشخص المسؤول من { $org }. أرسل هذا الرابط إلى { $org } لكي ينضم زميل من هناك. الرابط يعمل مرة واحدة، حتى { $expires }.
    { $link }
life-revoked-holder = لم يعد { $who } الشخص المسؤول عنك في { $org }. ستصلك رسالة عندما يكون هناك شخص مسؤول جديد.
