# Shared messages: errors, menus, languages, commands.
# Sorani Kurdish (Arabic script). Status holders read these: short sentences, everyday words.

error-internal = هەڵەیەک لە لای ئێمە ڕوویدا. پاش چەند خولەکێک دووبارە هەوڵ بدەن.
error-not-saved = هیچ شتێک پاشەکەوت نەکرا: بۆتەکە ئێستا ناتوانێت هیچ شتێک هەڵبگرێت. دواتر دووبارە هەوڵ بدەن.
error-unknown-command = ئەم فەرمانە ناناسم. /menu بنووسن بۆ ئەوەی ببینن چی دەکرێت.
error-edited-ignored = ئێوە نامەیەکتان گۆڕی. من تەنها نامەی نوێ دەخوێنمەوە. ئەگەر شتێک دەبێت بگۆڕدرێت، وەڵامەکەتان دووبارە بنێرن.
error-button-stale = ئەم دوگمەیە ئیتر کار ناکات. بۆ بەردەوامبوون /menu بنووسن.
error-staff-only = تەنها کارمەندانی COA یان شارەوانی دەتوانن ئەمە بکەن.
error-not-on-case = ئێوە لەم دۆسیەیەدا بەشدار نین. هیچ شتێک نەگۆڕا.
error-expected-text = من تەنها دەتوانم دەق بخوێنمەوە. وەڵامەکەتان وەک نامە بنووسن.
error-not-text-menu = من تەنها دەتوانم دەق و دوگمە بخوێنمەوە. بۆ بەردەوامبوون /menu بنووسن.
hint-use-menu = دوگمەیەک هەڵبژێرن، یان /menu بنووسن بۆ ئەوەی ببینن چی دەکرێت.
stranger-welcome = سڵاو! ئەم بۆتە یارمەتی گواستنەوەی هەماهەنگ لە COA بۆ شارەوانی دەدات. پێویستتان بە لینکی بانگهێشت هەیە. لە بەرپرسەکەتان لە COA یان شارەوانی وەریبگرن.
cancel-nothing = ئێستا هیچ شتێک لە کاردا نییە بۆ ڕاگرتن.
group-only-command = ئەمە تەنها لە گرووپدا کار دەکات.
private-only-command = ئەمە تەنها لە گفتوگۆی تایبەت لەگەڵ مندا کار دەکات.

invite-unknown = ئەم لینکە ناناسم. داوای لینکێکی نوێ لە بەرپرسەکەتان بکەن.
invite-expired = کاتی ئەم لینکە تەواو بووە. داوای لینکێکی نوێ لە بەرپرسەکەتان بکەن.
invite-used = ئەم لینکە پێشتر بەکارهاتووە. داوای لینکێکی نوێ لە بەرپرسەکەتان بکەن.
invite-holder-not-for-you = ئەم لینکە بۆ خاوەن مۆڵەتی نیشتەجێبوونە (statushouder). ئێوە پێشتر لەم بۆتەدا تۆمار کراون، بۆیە هیچ شتێک نەگۆڕا.
invite-staff-not-for-you = ئەم لینکە بۆ کارمەندانە. هیچ شتێک نەگۆڕا.
invite-other-org = ئەم لینکە بۆ کارمەندانی ڕێکخراوێکی ترە. هیچ شتێک نەگۆڕا.

staff-joined = بەخێربێن! ئێوە وەک کارمەندی { $org } ({ $kind ->
        [coa] COA
       *[gemeente] شارەوانی
    }) تۆمار کران. بۆ دەستپێکردن /menu بنووسن.
staff-already = ئێوە پێشتر وەک کارمەند تۆمار کراون. بۆ بەردەوامبوون /menu بنووسن.
staff-joined-case = ئێستا { $name } ({ $org }) لە دۆسیەی { $reference } بەشدارە.
staff-joined-this-case =
    ✅ ئێستا لە دۆسیەی { $reference } ({ $name }) بەشدارن. /plan پلانەکە نیشان دەدات، /meet کاتی دیدارەکە دیاری دەکات.
    { $others }
# Who else works on the case a staff member just joined (issue 12).
staff-joined-with =
    هەروەها لەسەر ئەم دۆسیەیە:
    { $people }
staff-joined-person = • { $who } ({ $org })
staff-joined-first = ئێوە یەکەم کارمەندن لەسەر ئەم دۆسیەیە.

menu-staff = { $name }، { $org }
    { $cases ->
        [0] ئێوە هێشتا لە هیچ دۆسیەیەکدا بەشدار نین.
        [one] ئێوە لە یەک دۆسیەدا بەشدارن.
       *[other] ئێوە لە { $cases } دۆسیەدا بەشدارن.
    }
help-staff =
    ئاوا کار دەکات:
    • بە /newcase دۆسیەیەک بکەنەوە. من هەر جارە یەک پرسیار دەکەم.
    • بە /cases دۆسیەکانی ڕێکخراوەکەتان ببینن.
    • /menu نیشان دەدات لە کوێن و چی کراوەیە.
    • /plan پلان و ڕێککەوتنەکانی دۆسیەیەک نیشان دەدات.
    • /meet دیداری سێقۆڵی ڕێک دەخات.
    • /prepare ئامادەکاری دیدارەکە نیشان دەدات.
    • بە /language زمانەکەتان هەڵبژێرن.
    • بە /cancel ئەو کارەی ئێستا دەیکەن ڕابگرن.
    من بخەنە ناو گرووپی تیمەکەتان: { $group_link }
    پاشان لە گرووپەکەدا /link بنووسن.
help-holder =
    یارمەتی:
    • بە /menu دەبینن بەرپرسەکانتان کێن و ئێستا چی ڕوودەدات.
    • بە /plan پلانەکەتان و ڕێککەوتنەکان دەبینن.
    • بە /prepare خۆتان بۆ دیدارەکە ئامادە دەکەن.
    • بە /language زمانێکی تر هەڵبژێرن.
    • بە /mydata دەبینن چی دەربارەی ئێوە هەڵدەگرین. بە /delete داوا دەکەن بسڕدرێتەوە. /stop: چیتر نامە نا.
    پرسیارتان هەیە؟ لە بەرپرسەکەتان لە COA یان شارەوانی بپرسن.

language-choose = 🌐 زمانەکەتان هەڵبژێرن.
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
language-set = ✅ زمان: { language-name }.
language-name = { $language ->
        [nl] هۆڵەندی
        [en] ئینگلیزی
        [ar] عەرەبی
        [ti] تیگرینیا
        [tr] تورکی
        [kmr] کوردی (کورمانجی)
        [prs] دەری
        [fa] فارسی
        [so] سۆماڵی
        [ckb] کوردی (سۆرانی)
        [ps] پەشتۆ
        [am] ئەمهەری
       *[fr] فەرەنسی
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

button-language = 🌐 زمان
button-new-case = ➕ دۆسیەی نوێ
button-my-cases = 📋 دۆسیەکان
button-cancel = ✖️ ڕاگرتن

command-menu = لە کوێم و چی ماوە
command-help = یارمەتی
command-language = هەڵبژاردنی زمان
command-newcase = کردنەوەی دۆسیەی نوێ (کارمەندان)
command-cases = پیشاندانی دۆسیەکان (کارمەندان)
command-cancel = ڕاگرتنی ئەو کارەی ئێستا دەیکەن
command-mydata = ئەوەی دەربارەی من هەڵدەگیرێت
command-delete = داوای سڕینەوەی زانیارییەکانم
command-stop = چیتر نامە نا
command-explain = واتای چییە؟ ڕوونکردنەوەکان
command-link = بەستنەوەی ئەم گرووپە بە ڕێکخراوەکەتان یان بە دۆسیەیەک
command-plan = پلان و ڕێککەوتنەکان
command-case = پوختەی هەر دۆسیەیەک (کارمەندان)
command-meet = ڕێکخستنی دیداری سێقۆڵی (کارمەندان)
command-prepare = خۆئامادەکردن بۆ دیدارەکە

value-date = { $date }
value-unknown = هێشتا نەزانراوە
contact-named = { $name }
contact-unknown = هێشتا نەزانراوە

# invites: guessing
invite-too-many-tries = ئێوە زۆر جار لینکێکتان تاقی کردەوە کە کاری نەکرد. تکایە کاتژمێرێک چاوەڕێ بکەن و پاشان دووبارە هەوڵ بدەنەوە.

# Above every message to staff or a group about a case (issue 12): the case reference and the status holder's first name.
about-case =
    📁 { $reference } · { $name }
    { $body }

# The language picker once a language was tapped (issue 12): the choice in its own script.
language-picked = 🌐 ✅ { $language }

# Paging a list of cases (issue 12), and a typed reference that is not one of them.
button-page-prev = ◀️
button-page-next = ▶️
picker-not-found = ئێوە لێرە هیچ دۆسیەیەکی کراوەتان بە ژمارەی دۆسیەی { $reference } نییە. بە /cases دۆسیەکانتان ببینن.

# Several messages for one team group that fall due together, sent as one (issue 12): each under the name of its case.
digest =
    📋 نامەکان ({ $count }):

    { $items }
