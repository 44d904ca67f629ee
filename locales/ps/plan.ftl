# The handover plan and agreements (issue 3).

plan-pick-case = د کوم دوسیې پلان غواړئ وګورئ؟
button-plan-case = دوسیه { $reference } · { $name }
plan-holder-cannot-change = تاسو دا نشئ بدلولی. ستاسو مسؤول کس یې کوي.
plan-gemeente-only = دا کار ښاروالي کوي. هیڅ شی بدل نه شو.
plan-case-closed = دا دوسیه تړل شوې ده. هیڅ شی بدل نه شو.
plan-not-yours = دا ټکی د بل اړخ دی. هیڅ شی بدل نه شو.
plan-edit-conflict = بل چا همدا اوس دا ټکی بدل کړ. هیڅ شی ورک نه شو. د پلان لیدو لپاره /plan ولیکئ.
plan-option = { $option ->
        [fast_start] 1 · چټک پیل
        [combined] 2 · ګډه لاره
       *[after_housing] 3 · له کور وروسته پیل
    }
plan-option-none = تر اوسه لاره نشته
plan-choose-option =
    د دوسیې لپاره لاره وټاکئ { $reference }:
    1 · چټک پیل: د ادغام پروګرام په azc کې پیلیږي.
    2 · ګډه لاره: پراخه مرکه په azc کې، پروګرام له کډې وروسته.
    3 · له کور وروسته پیل: هر څه له کډې وروسته پیلیږي.
plan-option-unchanged = دا لاره مخکې ټاکل شوې ده.
plan-option-chosen = دوسیه { $reference }: ټاکل شوې لاره { $option }. د پلان مسوده چمتو ده.
plan-option-holder = { $option ->
        [fast_start] ستاسو ادغام همدا اوس پیلیږي، کله چې تاسو لا په azc کې یاست. ښاروالي ستاسو درسونه برابروي. تاسو د COA په پروګرام کې برخه نه اخلئ.
        [combined] ښاروالي له تاسو سره خبرې کوي کله چې تاسو لا په azc کې یاست: پراخه مرکه (brede intake). ستاسو درسونه له کډې وروسته پیلیږي. تر هغه وخته تاسو د COA په پروګرام کې برخه اخیستی شئ.
       *[after_housing] له ښاروالۍ سره هر څه نوي کور ته له تللو وروسته پیلیږي. تر هغه وخته تاسو د COA په پروګرام کې برخه اخیستی شئ.
    }
plan-ask-programme =
    { $explanation }

    ایا غواړئ د COA په پروګرام کې برخه واخلئ (د هالنډي ژبې درسونه، د هالنډ په اړه معلومات)؟
button-plan-yes = ✅ هو
button-plan-no = ✖️ نه
plan-programme = { $value ->
        [will_not] برخه نه اخلي (چټک پیل)
        [agrees] برخه اخلي
        [declines] برخه نه اخلي
       *[asked] تر اوسه ځواب نشته
    }
plan-programme-thanks = مننه. د COA پروګرام: { $value }.
plan-programme-staff = { $name } (دوسیه { $reference }), د COA پروګرام: { $value }.
plan-free-text = { $text } (نه دی ژباړل شوی)
plan-kind = { $kind ->
        [introduction] پېژندګلوي او د لارې ټاکل
        [programme_alignment] د COA له پروګرام سره اړیکه
        [broad_intake] د پراخې مرکې پیل
        [client_profile] د مراجع پروفایل سپارل
        [handover_conversation] د سپارلو خبرې
        [documents] اسناد راوړل
        [profile_update] COA د مراجع پروفایل تازه کوي
        [interpreter] ژباړونکی برابرول
        [next_contact] بله اړیکه
        [intake_date] د پراخې مرکې نېټه او ځای
        [pip_date] د شخصي پلان (PIP) نېټه
       *[free] هوکړه
    }
plan-owner = { $owner ->
        [coa] COA
        [gemeente] ښاروالي
       *[holder] د اقامې لرونکی
    }
plan-due-waits = د کور نېټې ته انتظار
plan-item = { $status ->
        [done] ✅
        [cancelled] ✖️
        [late] ⚠️
       *[planned] ▫️
    } { $what } · { plan-owner } · { $due }{ $status ->
        [late] {" "}(ناوخته)
       *[other] {""}
    }
plan-item-at = { $item } · { $place ->
        [azc] azc
       *[gemeente] ښاروالي
    }
plan-none = تر اوسه پلان نشته.
button-plan-options = 🧭 لاره ټاکل
plan-view =
    📋 پلان { $reference } (نسخه { $version })
    لاره: { $option }
    د COA پروګرام: { $programme }

    { $items }

    { $confirmed }
button-plan-done = ✅ شو: { $what }
button-plan-add = ➕ هوکړه
button-plan-send = 📨 ټولو ته لېږل
button-plan-housing = 🏠 د کور نېټه
plan-who-staff = { $name } ({ $party ->
        [coa] COA
       *[gemeente] ښاروالي
    })
plan-who-holder = { $name }
plan-confirmed-line = { $current ->
        [yes] ✅
       *[no] ⏳
    } { $who }: له دې نسخې سره موافق: { $version }, { $at }
plan-unconfirmed-line = ⏳ { $who }: تر اوسه یې تایید نه دی کړی
plan-next = { $what }, { $due }
plan-next-none = نور څه پلان شوي نه دي
plan-case-line = • { $reference } – { $name }: { $option }. بل: { $next }. ناوخته: { $late }. نه دي تایید شوي: { $unconfirmed }.
plan-case-overview =
    ستاسو دوسیې:
    { $cases }
plan-due-before-matching = دا نېټه له ښاروالۍ سره تړل مخکې ده. وروسته نېټه وټاکئ.
plan-due-in-past = دا نېټه تېره شوې ده. له نن ورځې نېټه وټاکئ.
plan-due-after-term = دا نېټه د ادغام د مودې (درې کاله) له پای وروسته ده. مخکې نېټه وټاکئ.
plan-ask-kind = کومه هوکړه غواړئ زیاته کړئ؟
button-plan-free = ✏️ خپل متن
plan-ask-free = هوکړه په یوه کرښه کې ولیکئ.
plan-free-bad = یوه کرښه د { $max } تورو څخه کمه وکاروئ.
plan-ask-owner = څوک یې کوي؟
plan-ask-due = تر کله باید وشي؟ یوه تڼۍ کېکاږئ، یا په نېټه ځواب ورکړئ (dd-mm-yyyy).
button-plan-in-days = په { $days } ورځو کې
plan-agreement-added = دوسیه { $reference }: هوکړه زیاته شوه: { $what } · { plan-owner } · { $due }.
plan-item-done = دوسیه { $reference }: شو: { $what }.
plan-sent = د دوسیې { $reference } پلان (نسخه { $version }) ټولو ته ولېږل شو.
button-plan-agree = 👍 موافق یم
button-plan-question = ❓ پوښتنه لرم
plan-outdated = دا د پلان زړه نسخه ده. نوې نسخه ({ $version }) شته. د لیدو لپاره /plan ولیکئ.
plan-thanks = مننه. تاسو د پلان له { $version } نسخې سره موافق یاست.
plan-confirmed-staff = { $who } د پلان له { $version } نسخې سره موافق دی (دوسیه { $reference }).
plan-ask-question = خپله پوښتنه ولیکئ. موږ یې ستاسو مسؤولو کسانو ته لېږو.
plan-question-staff = د { $who } پوښتنه د پلان په اړه (دوسیه { $reference }): { $text } (نه دی ژباړل شوی)
plan-question-sent = ستاسو پوښتنه ولېږل شوه. ستاسو مسؤول کس به ځواب درکړي.
plan-ask-housing = د کور نوې تمه شوې نېټه څه ده؟ په نېټه ځواب ورکړئ (dd-mm-yyyy).
plan-change-line = • { $what }: { $old } → { $new }
plan-housing-moved =
    🏠 د کور نوې نېټه ({ $reference }): { $date }.
    د دې له امله څه بدلیږي:
    { $changes }
plan-long-wait-holder = یو څه وخت چوپتیا وه. ایا څه بدل شوي؟ خپل مسؤول کس ته ووایاست، یا د پلان لیدو لپاره /plan ولیکئ.
plan-due-soon = ⏰ سبا ({ $reference }): { $what }, { $due }.
plan-overdue = ⚠️ ناوخته ({ $reference }): { $what }, { $due }.

# The summary document for the case file (issue 3).
button-plan-summary = 📄 لنډیز
plan-summary-caption = د دوسیې { $reference } د پلان لنډیز د آرشیف لپاره، په هالنډي او د مراجع په ژبه. فایل په براوزر کې پرانیزئ؛ تاسو یې د PDF په توګه هم چاپولی شئ.
plan-summary-title = د لېږد پلان { $reference }
plan-summary-note = هغه متن چې یو کارمند لیکلی، لکه څنګه چې لیکل شوی ښودل کېږي او نه دی ژباړل شوی.
plan-summary-empty = هیڅ.
plan-summary-value = { $value }
plan-summary-at = { $at }
plan-summary-none = –
plan-summary-system = بوټ
plan-summary-unknown = نامعلوم
plan-summary-fact-reference = دوسیه
plan-summary-fact-name = نوم
plan-summary-fact-option = لاره
plan-summary-fact-programme = د COA پروګرام
plan-summary-fact-housing = د کور تمه شوې نېټه
plan-summary-fact-version = نسخه
plan-summary-fact-made = جوړ شوی په
plan-summary-items = ټکي او هوکړې
plan-summary-col-what = څه
plan-summary-col-owner = څوک
plan-summary-col-due = کله
plan-summary-col-status = حالت
plan-summary-confirmations = تاییدونه
plan-summary-col-who = څوک
plan-summary-col-version = نسخه
plan-summary-col-answer = ځواب
plan-summary-col-at = وخت
plan-summary-history = تاریخچه
plan-summary-col-change = بدلون
plan-summary-col-old = مخکې
plan-summary-col-new = اوس
plan-summary-version = نسخه { $version }
plan-summary-agreement = { $what } · { plan-owner } · { $due }
plan-summary-field-item = { $field } · { $what }
plan-summary-status = { $status ->
       *[planned] پلان شوی
        [done] بشپړ
        [cancelled] لغوه
        [late] ناوخته
    }
plan-summary-answer = { $answer ->
       *[question] پوښتنه
        [agree] موافق
    }
plan-summary-long-wait = { $answer ->
       *[nothing] هیڅ نه دی بدل شوی
        [holds] پلان لا هم سم دی
        [changed] یو څه بدل شوي
    }
plan-summary-field = { $field ->
       *[other] بدلون
        [option] لاره
        [programme] د COA پروګرام
        [agreement] هوکړه زیاته شوه
        [sent] ولېږل شو
        [confirmed] تایید شو
        [question] پوښتنه
        [status] حالت
        [housing_date] د کور نېټه
        [due_date] نېټه
        [owner] څوک یې کوي
        [text] متن
        [long_wait] اوږد انتظار
    }
# Long-wait answers (issue 3).
plan-long-wait-staff-days = دوسیه { $reference }: { $days } ورځې هیڅ فعالیت نه. ایا پلان لا هم سم دی؟
button-plan-still-holds = ✅ پلان لا هم سم دی
button-plan-changed = ✏️ یو څه بدل شوي
button-plan-nothing-changed = ✅ هیڅ نه دی بدل شوی
plan-long-wait-thanks = مننه. ستاسو ځواب خوندي شو.
plan-long-wait-answered = دوسیه { $reference }، اوږد انتظار: { $who } ځواب ورکوي: { $answer }.
plan-long-wait-update = مننه. پلان په /plan سره تازه کړئ.

# Changing one agreement
button-plan-edit = ✏️ { $what }
button-plan-cancel-item = ❌ هوکړه لغوه کړئ
plan-edit-menu = { $what }: اوس { $due }. نوې نېټه؟ یوه تڼۍ کېکاږئ، یا په یوې نېټې ځواب ورکړئ (dd-mm-yyyy). په تڼیو سره تاسو هوکړه بل اړخ ته هم ورکولی شئ، متن یې بدلولی شئ (یوازې د خپل متن لپاره)، یا هوکړه لغوه کولی شئ.
plan-agreement-moved = دوسیه { $reference }: د { $what } لپاره نوې نېټه: { $old } → { $new }.
plan-agreement-cancelled = دوسیه { $reference }: هوکړه لغوه شوه: { $what }.
# Another owner or new wording for one agreement (the two notices reach the status holder too)
button-plan-owner-to = 👤 { plan-owner } ته
button-plan-reword = ✏️ نوی متن
plan-ask-reword = د هوکړې نوی متن په یوه کرښه کې ولیکئ.
plan-agreement-owner = دوسیه { $reference }: { $what }: اوس یې څوک کوي: { $new } (مخکې: { $old }).
plan-agreement-reworded = دوسیه { $reference }: د یوې هوکړې نوی متن: { $old } → { $new }.

# holder: the plan's items as the status holder reads them (issue 15): plain words, "you", the
# Dutch term in brackets where staff use one. Staff keep plan-kind and plan-item.
plan-kind-holder = { $kind ->
        [introduction] پېژندګلوي او د خپل ادغام د لارې ټاکل (keuze route)
        [programme_alignment] هغه څه چې تاسو د COA په پروګرام کې زده کوئ، ستاسو له ادغام سره سمون لري (programma van COA)
        [broad_intake] ستاسو د زده کړې، کار او روغتیا په اړه ناسته: پراخه مرکه (brede intake)
        [client_profile] COA ستاسو معلومات ښاروالۍ ته ورکوي: د مراجع پروفایل (klantprofiel)
        [handover_conversation] ستاسو، COA او ښاروالۍ ترمنځ ناسته: درې اړخیزه ناسته (driegesprek)
        [documents] خپل اسناد راوړئ
        [profile_update] COA ستاسو معلومات تازه کوي: د مراجع پروفایل (klantprofiel)
        [interpreter] ژباړونکی برابرول
        [next_contact] له خپل مسؤول کس سره بله ناسته
        [intake_date] د زده کړې، کار او روغتیا په اړه د ناستې نېټه او ځای: پراخه مرکه (brede intake)
        [pip_date] ستاسو شخصي پلان کله چمتو کېږي (PIP)
       *[free] هوکړه
    }
# holder
plan-owner-holder = { $owner ->
        [coa] COA
        [gemeente] ښاروالي
       *[holder] تاسو
    }
# holder
plan-item-holder = { $status ->
        [done] ✅
        [cancelled] ✖️
        [late] ⚠️
       *[planned] ▫️
    } { $what } · { plan-owner-holder } · { $due }{ $status ->
        [late] {" "}(ناوخته)
       *[other] {""}
    }
