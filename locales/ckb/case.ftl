# Opening a case, and the list of cases. Read by staff.

case-ask-name = ناوی یەکەم یان پیتە سەرەتاییەکانی ناوی خاوەن مۆڵەت چییە؟ ناوی تەواو نا.
case-ask-reference = ژمارەی دۆسیەی خۆتان بۆ ئەم دۆسیەیە چییە؟ ژمارەی BSN یان V-nummer نا.
case-ask-counterpart = لەم دۆسیەیەدا لەگەڵ کام { $kind ->
        [coa] شوێنی COA
       *[gemeente] شارەوانی
    } کار دەکەن؟
case-no-counterpart-orgs = هێشتا هیچ { $kind ->
        [coa] شوێنێکی COA
       *[gemeente] شارەوانییەک
    } تۆمار نەکراوە. داوا لە بەڕێوەبەری سیستەم بکەن زیادی بکات. دۆسیەکە نەکرایەوە.
case-ask-matching = بەرواری بەستنەوە بە شارەوانی (koppeling) چییە؟ دوگمەیەک هەڵبژێرن، یان بەروارێک بنووسن، بۆ نموونە 30-03-2026.
case-ask-housing = چاوەڕوان دەکرێت خاوەن مۆڵەت کەی خانوو وەربگرێت؟ بەروارێک بنووسن، بۆ نموونە 30-03-2026، یان دوگمەکە هەڵبژێرن.
case-confirm =
    ئەمە ڕاستە؟
    خاوەن مۆڵەت: { $name }
    ژمارەی دۆسیە: { $reference }
    لەگەڵ: { $counterpart }
    بەستنەوە بە شارەوانی: { $matching }
    خانووی چاوەڕوانکراو: { $housing }
case-opened = ✅ دۆسیەی { $reference } کرایەوە.
case-holder-invite =
    بانگهێشت بۆ { $name }. ئەم QR کۆدە پیشان بدەن یان لینکەکە بنێرن. لینکەکە تەنها یەک جار کار دەکات، تا { $expires }.
    { $link }
case-counterpart-invite =
    ئەم لینکە بۆ کەسی پەیوەندیتان لە { $org } بنێرن، بۆ ئەوەی بەشداری دۆسیەی { $reference } بکات. لینکەکە تەنها یەک جار کار دەکات، تا { $expires }.
    { $link }
case-cancelled = ڕاگیرا. هیچ شتێک پاشەکەوت نەکرا.
case-reference-taken = ڕێکخراوەکەتان پێشتر ژمارەی دۆسیەی { $reference } بەکاردەهێنێت. ژمارەیەکی تر هەڵبژێرن.

button-org = { $org }
button-today = ئەمڕۆ
button-yesterday = دوێنێ
button-housing-unknown = هێشتا نەزانراوە
button-open-case = ✅ کردنەوەی دۆسیە

error-text-empty = ئەم وەڵامە بەتاڵە. دووبارە هەوڵ بدەن.
error-text-too-long = ئەمە زۆر درێژە. لە { $max ->
        [one] یەک پیت
       *[other] { $max } پیت
    } زیاتر بەکارمەهێنن.
error-looks-like-bsn = ئەمە وەک ژمارەی BSN یان V-nummer دەچێت. ئێمە ئەو ژمارانە پاشەکەوت ناکەین. ژمارەی دۆسیەی خۆتان یان ناوی یەکەم بەکاربهێنن.
error-text-one-line = تەنها یەک دێڕ بەکاربهێنن، بەبێ دێڕی نوێ.
error-expected-button = یەکێک لە دوگمەکان هەڵبژێرن.
error-not-a-date = ئەمە بەروارێک نییە کە بیناسم. بۆ نموونە بنووسن 30-03-2026.
error-matching-in-future = بەرواری بەستنەوە بە شارەوانی ناتوانێت لە داهاتوودا بێت.
error-matching-too-old = ئەم بەروارە زیاتر لە سێ ساڵ لەمەوبەرە. بەروارەکە بپشکنن.
error-housing-before-matching = خانوو ناتوانێت پێش بەستنەوە بە شارەوانی بێت.
error-housing-in-past = ئەم بەروارە تێپەڕیوە. بەروارێک لە ئەمڕۆوە بەدواوە هەڵبژێرن، یان «هێشتا نەزانراوە» هەڵبژێرن.

cases-list =
    { $count ->
        [one] یەک دۆسیە:
       *[other] { $count } دۆسیە:
    }
    { cases-legend }
    { $items }
cases-more = … و { $hidden } دۆسیەی تر.
cases-line = • { $reference } – { $name }{ $late }{ $meeting }{ $option }{ $holder }{ $housing }
cases-fact = {" "}· { $fact }
cases-fact-none = {""}
cases-late = ⚠️ ڕێککەوتنی دواکەوتوو: { $late }
cases-meeting = 📅 { $when }
cases-meeting-proposed = 📅 کات هەڵدەبژێردرێت
cases-option = ڕێگا { $option }
cases-holder-invited = 👤 بانگهێشت کراوە
cases-holder-choosing = 👤 زمان هەڵدەبژێرێت
cases-legend = بەپەلەترینەکان یەکەم. ⚠️ دواکەوتوو · 📅 دیدار · 👤 خاوەن مۆڵەت · 🏠 خانووی چاوەڕوانکراو
cases-housing = 🏠 { $date }
cases-none = هێشتا هیچ دۆسیەیەکی کراوە نییە.
