# The status holder's first steps. Plain language: short sentences, everyday words.

holder-privacy-notice =
    🔒 معلوماتك
    نحفظ فقط: اسمك الأول، ورقم الملف، ولغتك، وما نتفق عليه عن انتقالك إلى البلدية (gemeente).
    من يرى هذا؟ الشخص المسؤول عنك في COA وفي البلدية.
    لماذا؟ البلدية تساعدك في الاندماج (inburgering). هذا عملها حسب القانون.
    لا نسأل عن صحتك أو دينك أو أصلك.
    يمكنك دائمًا أن تسأل ماذا نحفظ. ويمكنك أن تطلب حذفه. اسأل الشخص المسؤول عنك.
button-privacy-ok = ✅ فهمت
holder-overview =
    👋 أهلًا بك!
    المسؤول عنك في COA: { $coa_contact } ({ $coa })
    المسؤول عنك في البلدية: { $gemeente_contact } ({ $gemeente })

    ماذا يحدث الآن؟
    1. البلدية تختار معك ومع COA كيف يبدأ اندماجك (inburgering).
    2. ستصلك هنا رسالة عندما يكون هناك لقاء بينك وبين COA والبلدية (لقاء ثلاثي، driegesprek).
    3. اكتب /menu لترى هذا مرة أخرى.
holder-joined-staff = ✅ انضم { $name } (الحالة { $reference }) الآن. اللغة: { language-name }.
