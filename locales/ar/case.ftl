# Opening a case, and the list of cases. Read by staff.

case-ask-name = ما الاسم الأول لصاحب الإقامة، أو الأحرف الأولى من اسمه؟ ليس الاسم الكامل.
case-ask-reference = ما رقم الملف الخاص بكم لهذه الحالة؟ ليس رقم BSN أو V-nummer.
case-ask-counterpart = مع أي { $kind ->
        [coa] موقع COA
       *[gemeente] بلدية
    } تعمل في هذه الحالة؟
case-no-counterpart-orgs = لا يوجد بعد أي { $kind ->
        [coa] موقع COA
       *[gemeente] بلدية
    } مسجل. اطلب من مدير النظام إضافته. لم تُفتح الحالة.
case-ask-matching = ما تاريخ الربط بالبلدية (koppeling)؟ اضغط على زر، أو أجب بتاريخ مثل 30-03-2026.
case-ask-housing = متى يُتوقع أن يحصل صاحب الإقامة على سكن؟ أجب بتاريخ مثل 30-03-2026، أو اضغط على الزر.
case-confirm =
    هل هذا صحيح؟
    صاحب الإقامة: { $name }
    رقم الملف: { $reference }
    بالتعاون مع: { $counterpart }
    الربط بالبلدية: { $matching }
    السكن المتوقع: { $housing }
case-opened = ✅ تم فتح الحالة { $reference }.
case-holder-invite =
    دعوة إلى { $name }. اعرض رمز QR هذا أو أرسل الرابط. الرابط يعمل مرة واحدة، حتى { $expires }.
    { $link }
case-counterpart-invite =
    أرسل هذا الرابط إلى الشخص الذي تتواصل معه في { $org }، لكي ينضم إلى الحالة { $reference }. الرابط يعمل مرة واحدة، حتى { $expires }.
    { $link }
case-cancelled = تم الإيقاف. لم يُحفظ شيء.
case-reference-taken = منظمتك تستخدم رقم الملف { $reference } من قبل. اختر رقمًا آخر.

button-org = { $org }
button-today = اليوم
button-yesterday = أمس
button-housing-unknown = غير معروف بعد
button-open-case = ✅ فتح الحالة

error-text-empty = هذا الجواب فارغ. حاول مرة أخرى.
error-text-too-long = هذا طويل جدًا. الحد الأقصى { $max ->
        [zero] { $max } حرف
        [one] حرف واحد
        [two] حرفان
        [few] { $max } أحرف
        [many] { $max } حرفًا
       *[other] { $max } حرف
    }.
error-looks-like-bsn = هذا يشبه رقم BSN أو V-nummer. نحن لا نحفظ هذه الأرقام. استخدم رقم الملف الخاص بكم أو الاسم الأول.
error-text-one-line = اكتب في سطر واحد، بدون أسطر جديدة.
error-expected-button = اضغط على أحد الأزرار.
error-not-a-date = هذا ليس تاريخًا أعرفه. اكتب مثلًا 30-03-2026.
error-matching-in-future = لا يمكن أن يكون تاريخ الربط بالبلدية في المستقبل.
error-matching-too-old = هذا التاريخ قبل أكثر من ثلاث سنوات. تحقق من التاريخ.
error-housing-before-matching = لا يمكن أن يأتي السكن قبل الربط بالبلدية.
error-housing-in-past = هذا التاريخ مضى. اختر تاريخًا من اليوم فصاعدًا، أو اضغط على «غير معروف بعد».

cases-list =
    { $count ->
        [zero] { $count } حالة:
        [one] حالة واحدة:
        [two] حالتان:
        [few] { $count } حالات:
        [many] { $count } حالة:
       *[other] { $count } حالة:
    }
    { cases-legend }
    { $items }
cases-more = … و{ $hidden } غيرها.
cases-line = • { $reference } – { $name }{ $late }{ $meeting }{ $option }{ $holder }{ $housing }
cases-fact = {" "}· { $fact }
cases-fact-none = {""}
cases-late = ⚠️ اتفاقات متأخرة: { $late }
cases-meeting = 📅 { $when }
cases-meeting-proposed = 📅 يجري اختيار الموعد
cases-option = الطريقة { $option }
cases-holder-invited = 👤 مدعو
cases-holder-choosing = 👤 يختار لغة
cases-legend = الأكثر إلحاحًا أولًا. ⚠️ متأخر · 📅 لقاء · 👤 صاحب الإقامة · 🏠 السكن المتوقع
cases-housing = 🏠 { $date }
cases-none = لا توجد حالات مفتوحة بعد.
