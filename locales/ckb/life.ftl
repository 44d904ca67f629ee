## A case's life (issue 12): closing with a reason, reopening within 30 days, handing a case to a
## colleague, and an admin ending a caseworker's access. Staff messages name the case
## (reference and first name); the status holder's say "you" and what happens next.

button-case-close = 🗂 داخستنی دۆسیە
button-case-handover = 🤝 ڕادەستکردن بە هاوکارێک
button-cases-closed = 🗄 دۆسیە داخراوەکان

# Why a case is closed; $reason is one of the codes below.
close-reason = { $reason ->
    [handed_over] گواستیەوە و ڕادەست کرا
    [moved_elsewhere] گواستیەوە بۆ شارەوانییەکی تر
    [not_required] چیتر ناچار نییە بە تێکەڵبوون
   *[other] هۆکارێکی تر
}
button-close-reason = { $reason ->
    [handed_over] 🏠 گواستیەوە و ڕادەست کرا
    [moved_elsewhere] 🚚 بۆ شارەوانییەکی تر
    [not_required] 📄 چیتر ناچار نییە بە تێکەڵبوون
   *[other] ✏️ هۆکارێکی تر
}
button-close-yes = ✅ بەڵێ، دابخرێت
button-close-no = ↩️ نەخێر، با کراوە بمێنێت

life-close-ask-reason = بۆچی دۆسیەی { $reference } ({ $name }) دادەخەن؟
life-close-confirm =
    دۆسیەی { $reference } ({ $name }) دابخرێت؟ هۆکار: { $reason }.
    هەموو بیرخستنەوە کراوەکان دەوەستن و هەموو کەسانی ناو دۆسیەکە ئاگادار دەکرێنەوە. لە ماوەی 30 ڕۆژدا دەتوانن دۆسیەکە دووبارە بکەنەوە.
life-close-kept = دۆسیەی { $reference } ({ $name }) بە کراوەیی دەمێنێتەوە.
life-closed-you = ✅ دۆسیەی { $reference } ({ $name }) داخرا. هۆکار: { $reason }. تا { $until } دەتوانن دووبارە بیکەنەوە: /cases، پاشان 🗄 دۆسیە داخراوەکان.
life-closed-staff = 🗂 { $who } دۆسیەی { $reference } ({ $name }) داخست. هۆکار: { $reason }. بیرخستنەوەکانی ئەم دۆسیەیە وەستێنران.
life-closed-holder = { $org } یارمەتیدانی ئێوەی لەم چاتەدا کۆتایی پێهێنا. چیتر لێرە هیچ پەیام یان بیرخستنەوەیەکتان بۆ نایەت. پرسیارتان هەیە؟ تکایە ڕاستەوخۆ پەیوەندی بە بەرپرسەکەتانەوە لە { $org } بکەن.
life-already-closed = دۆسیەی { $reference } ({ $name }) پێشتر داخراوە.

life-closed-list =
    🗄 دۆسیە داخراوەکانی 90 ڕۆژی ڕابردوو ({ $count }):
    { $items }
life-closed-line = • { $reference } – { $name }: لە { $date } داخرا، { $reason }
life-closed-none = لە 90 ڕۆژی ڕابردوودا هیچ دۆسیەیەک دانەخراوە.
button-case-reopen = ↩️ دووبارە کردنەوە: { $reference } · { $name }
life-reopen-too-late = دۆسیەی { $reference } ({ $name }) زیاتر لە 30 ڕۆژە داخراوە و چیتر ناتوانرێت دووبارە بکرێتەوە. ئەگەر پێویست بوو، بە /newcase دۆسیەیەکی نوێ بکەنەوە.
life-not-closed = دۆسیەی { $reference } ({ $name }) پێشتر کراوەیە.
life-reopened-you = ↩️ دۆسیەی { $reference } ({ $name }) دووبارە کرایەوە. بیرخستنەوەکانی پێش داخستن ناگەڕێنەوە؛ ئەگەر پێویست بوو، بە /meet دیدارێکی نوێ ڕێک بخەن.
life-reopened-staff = ↩️ { $who } دۆسیەی { $reference } ({ $name }) دووبارە کردەوە.
life-reopened-holder = { $org } یارمەتیدانی ئێوەی لەم چاتەدا دووبارە دەست پێکردەوە. بە /menu پوختەی دۆخەکەتان دەبینن.

# The question once the housing date has passed and the driegesprek was held.
life-close-suggest = 🏠 دۆسیەی { $reference } ({ $name }): بەرواری خانووەکە ({ $date }) تێپەڕیوە و دیداری سێقۆڵی ئەنجام دراوە. ئایا ڕادەستکردنەکە تەواو بووە؟ ئەوا دەتوانن دۆسیەکە دابخەن.

life-handover-pick = دەتانەوێت دۆسیەی { $reference } ({ $name }) ڕادەستی کام هاوکارتان لە { $org } بکەن؟ ئەمانە ئەو هاوکارانەن کە بۆتەکە بەکاردەهێنن.
life-handover-none = هێشتا هیچ هاوکارێکی تر لە { $org } بەشداری بۆتەکەی نەکردووە. داوا لە بەڕێوەبەری سیستەم بکەن بانگهێشتێک بۆ هاوکارەکەتان بنێرێت.
button-colleague = { $name }
life-handover-offered = داوا لە { $colleague } کرا. کاتێک دۆسیەکە وەردەگرێت، ئاگادار دەکرێنەوە. تا ئەو کاتە ئێوە بەرپرسەکە دەمێننەوە.
life-handover-offer = { $from } دەیەوێت دۆسیەی { $reference } ({ $name }) ڕادەستی ئێوە بکات. دۆسیەکە وەردەگرن؟ ئەوکات ئێوە دەبنە بەرپرسەکەی { $org } بۆ { $name }.
button-handover-accept = ✅ وەرگرتن
button-handover-decline = ❌ وەرنەگرتن
life-handover-done-you = ✅ ئێستا ئێوە لە دۆسیەی { $reference } ({ $name }) بەرپرسەکەن. بە /plan پلانەکە دەبینن، بە /meet دیدارەکە ڕێک دەخەن.
life-handover-done-staff = 🤝 دۆسیەی { $reference } ({ $name }): ئێستا بەرپرسەکەی { $org } بریتییە لە { $to }، لە جیاتی { $from }.
life-handover-done-holder = ئێستا بەرپرسەکەتان لە { $org } بریتییە لە { $to }، لە جیاتی { $from }.
life-handover-declined = { $to } دۆسیەی { $reference } ({ $name }) وەرناگرێت. ئێوە بەرپرسەکە دەمێننەوە.
life-handover-declined-you = ئێوە دۆسیەی { $reference } ({ $name }) وەرناگرن. { $from } بەرپرسەکە دەمێنێتەوە.
life-handover-stale = ئەم داواکارییە چیتر کارا نییە.

# An admin ended a caseworker's access (`driegesprek staff revoke`).
life-revoked-colleagues = ⚠️ دۆسیەی { $reference } ({ $name }): { $who } چیتر کار لەگەڵ بۆتەکە ناکات و چیتر لەم دۆسیەیەدا نییە.
life-revoked-nobody =
    ⚠️ دۆسیەی { $reference } ({ $name }): { $who } چیتر کار لەگەڵ بۆتەکە ناکات. ئێستا بەرپرسەکەی { $org } لە دۆسیەکەدا نەماوە. ئەم لینکە بۆ { $org } بنێرن، بۆ ئەوەی هاوکارێک لەوێ بەشدار بێت. لینکەکە تەنها یەک جار کار دەکات، تا { $expires }.
    { $link }
life-revoked-holder = { $who } چیتر بەرپرسەکەتان لە { $org } نییە. کاتێک بەرپرسێکی نوێ هەبێت، ئاگادار دەکرێنەوە.
