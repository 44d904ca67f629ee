# Shared messages: errors, menus, languages, commands.
# Pashto. Status holders read these: short sentences, everyday words.

error-internal = زموږ له خوا یوه ستونزه پېښه شوه. څو دقیقې وروسته بیا هڅه وکړئ.
error-not-saved = هېڅ شی خوندي نه شو: بوټ اوس مهال هېڅ شی نه شي ساتلی. وروسته بیا هڅه وکړئ.
error-unknown-command = دا امر نه پېژنم. /menu ولیکئ ترڅو وګورئ چې څه کېدای شي.
error-edited-ignored = تاسو یو پیغام بدل کړ. زه یوازې نوي پیغامونه لولم. که څه باید بدل شي، خپل ځواب بیا ولېږئ.
error-button-stale = دا تڼۍ نور کار نه کوي. د دوام لپاره /menu ولیکئ.
error-staff-only = دا کار یوازې د COA یا ښاروالۍ کارکوونکي کولی شي.
error-not-on-case = تاسو په دې دوسیه کې ګډون نه لرئ. هېڅ شی بدل نه شو.
error-expected-text = زه یوازې متن لوستلی شم. خپل ځواب په یوه پیغام کې ولیکئ.
error-not-text-menu = زه یوازې متن او تڼۍ لوستلی شم. د دوام لپاره /menu ولیکئ.
hint-use-menu = یوه تڼۍ وټاکئ، یا /menu ولیکئ ترڅو وګورئ چې څه کېدای شي.
stranger-welcome = سلام! دا بوټ له COA څخه ښاروالۍ ته په همغږي لېږد کې مرسته کوي. تاسو د بلنې لینک ته اړتیا لرئ. دا لینک په COA یا ښاروالۍ کې له خپل مسؤول کس څخه واخلئ.
cancel-nothing = اوس هېڅ کار روان نه دی چې ودرول شي.
group-only-command = دا یوازې په ګروپ کې کار کوي.
private-only-command = دا یوازې له ما سره په خصوصي خبرو کې کار کوي.

invite-unknown = دا لینک نه پېژنم. له خپل مسؤول کس څخه نوی لینک وغواړئ.
invite-expired = د دې لینک وخت تېر شوی دی. له خپل مسؤول کس څخه نوی لینک وغواړئ.
invite-used = دا لینک مخکې کارول شوی دی. له خپل مسؤول کس څخه نوی لینک وغواړئ.
invite-holder-not-for-you = دا لینک د اقامې لرونکي (statushouder) لپاره دی. تاسو مخکې په دې بوټ کې ثبت شوي یاست، نو هېڅ شی بدل نه شو.
invite-staff-not-for-you = دا لینک د کارکوونکو لپاره دی. هېڅ شی بدل نه شو.
invite-other-org = دا لینک د بلې ادارې د کارکوونکو لپاره دی. هېڅ شی بدل نه شو.

staff-joined = ښه راغلاست! تاسو د { $org } ({ $kind ->
        [coa] COA
       *[gemeente] ښاروالي
    }) د کارکوونکي په توګه ثبت شوئ. د پیل لپاره /menu ولیکئ.
staff-already = تاسو مخکې د کارکوونکي په توګه ثبت شوي یاست. د دوام لپاره /menu ولیکئ.
staff-joined-case = اوس { $name } ({ $org }) په { $reference } دوسیه کې ګډون کوي.
staff-joined-this-case =
    ✅ اوس تاسو په { $reference } ({ $name }) دوسیه کې ګډون کوئ. /plan پلان ښيي، /meet د ناستې وخت ټاکي.
    { $others }
# Who else works on the case a staff member just joined (issue 12).
staff-joined-with =
    په دې دوسیه کې نور هم:
    { $people }
staff-joined-person = • { $who } ({ $org })
staff-joined-first = تاسو د دې دوسیې لومړنی کارکوونکی یاست.

menu-staff = { $name }، { $org }
    { $cases ->
        [0] تاسو لا تر اوسه په هېڅ دوسیه کې ګډون نه لرئ.
        [one] تاسو په یوه دوسیه کې ګډون لرئ.
       *[other] تاسو په { $cases } دوسیو کې ګډون لرئ.
    }
help-staff =
    دا څنګه کار کوي:
    • د /newcase په مرسته نوې دوسیه پرانیزئ. زه هر ځل یوه پوښتنه کوم.
    • د /cases په مرسته د خپلې ادارې دوسیې وګورئ.
    • /menu ښيي چې چیرې یاست او څه خلاص دي.
    • /plan د یوې دوسیې پلان او هوکړې ښيي.
    • /meet درې اړخیزه ناسته ټاکي.
    • /prepare د ناستې چمتووالی ښيي.
    • د /language په مرسته خپله ژبه وټاکئ.
    • د /cancel په مرسته هغه کار ودروئ چې اوس یې کوئ.
    ما د خپل ټیم ګروپ ته اضافه کړئ: { $group_link }
    بیا په ګروپ کې /link ولیکئ.
help-holder =
    مرسته:
    • د /menu په مرسته وګورئ چې ستاسو مسؤول کسان څوک دي او اوس څه کېږي.
    • په /plan خپل پلان او هوکړې وګورئ.
    • په /prepare ځان ناستې ته چمتو کړئ.
    • د /language په مرسته بله ژبه وټاکئ.
    • په /mydata وګورئ چې موږ ستاسو په اړه څه ساتو. په /delete وغواړئ چې پاک شي. /stop: نور پیغامونه نه.
    پوښتنه لرئ؟ په COA یا ښاروالۍ کې له خپل مسؤول کس څخه یې وپوښتئ.

language-choose = 🌐 خپله ژبه وټاکئ.
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
language-set = ✅ ژبه: { language-name }.
language-name = { $language ->
        [nl] هالنډي
        [en] انګلیسي
        [ar] عربي
        [ti] تیګرینیا
        [tr] ترکي
        [kmr] کردي (کرمانجي)
        [prs] دري
        [fa] فارسي
        [so] سومالي
        [ckb] کردي (سوراني)
        [ps] پښتو
        [am] امهري
       *[fr] فرانسوي
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

button-language = 🌐 ژبه
button-new-case = ➕ نوې دوسیه
button-my-cases = 📋 دوسیې
button-cancel = ✖️ ودرول

command-menu = زه چېرته یم او څه پاتې دي
command-help = مرسته
command-language = د ژبې ټاکل
command-newcase = د نوې دوسیې پرانیستل (کارکوونکي)
command-cases = د دوسیو ښودل (کارکوونکي)
command-cancel = هغه کار درول چې اوس یې کوئ
command-mydata = زما په اړه څه ساتل کېږي
command-delete = د خپلو معلوماتو د پاکولو غوښتنه
command-stop = نور پیغامونه نه
command-explain = دا څه معنا لري؟ تشریحات
command-link = دا ګروپ له خپلې ادارې یا یوې دوسیې سره تړل
command-plan = پلان او هوکړې
command-case = د هرې دوسیې لنډیز (کارکوونکي)
command-meet = د درې اړخیزه ناستې پلان (کارکوونکي)
command-prepare = ناستې ته چمتو کېدل

value-date = { $date }
value-unknown = لا معلوم نه دی
contact-named = { $name }
contact-unknown = لا معلوم نه دی

# invites: guessing
invite-too-many-tries = تاسو ډېر ځله داسې لینک وازمایه چې کار يې نه کاوه. مهرباني وکړئ یو ساعت انتظار وکړئ او بیا هڅه وکړئ.

# Above every message to staff or a group about a case (issue 12): the case reference and the status holder's first name.
about-case =
    📁 { $reference } · { $name }
    { $body }

# The language picker once a language was tapped (issue 12): the choice in its own script.
language-picked = 🌐 ✅ { $language }

# Paging a list of cases (issue 12), and a typed reference that is not one of them.
button-page-prev = ◀️
button-page-next = ▶️
picker-not-found = دلته ستاسو د { $reference } د دوسیې شمېرې سره هېڅ پرانیستې دوسیه نشته. د /cases په مرسته خپلې دوسیې وګورئ.

# Several messages for one team group that fall due together, sent as one (issue 12): each under the name of its case.
digest =
    📋 پیغامونه ({ $count }):

    { $items }
