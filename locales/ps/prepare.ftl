# Preparing a meeting: questionnaire, consent, checklists (issue 6).
# The questions are read by status holders: plain words, one question per message.

prep-step = ({ $n }/{ $total }) { $question }
prep-ask-education = 🎓 تاسو کوم ښوونځی پای ته رسولی؟
prep-ask-work-years = 💼 تاسو څو کاله کار کړی؟
prep-ask-work-field = 🛠️ په کوم ډول کار کې؟
prep-ask-dutch = 🇳🇱 تاسو څومره وخت د هالنډي ژبې درس لرئ؟
prep-ask-goal = 🎯 تاسو تر ټولو ډېر څه غواړئ؟
prep-ask-household = 🏠 تاسو له چا سره اوسېږئ؟
prep-ask-reunification = 👪 ایا تاسو د کورنۍ هغو غړو ته انتظار باسئ چې هالنډ ته راځي؟
prep-ask-health = 🩺 ایا ستاسو د روغتیا یا پاملرنې په اړه کوم شی شته چې غواړئ خبرې پرې وکړئ؟ مه لیکئ چې څه دی.
prep-ask-moment = 🕐 له تاسو سره د اړیکې غوره وخت کوم دی؟
prep-ask-channel = 📱 له تاسو سره د اړیکې غوره لار کومه ده؟
prep-ask-interpreter = 🌍 ایا په ناسته کې ژباړونکی غواړئ؟
prep-ask-without-partner = 🗣️ ایا غواړئ چې د خپل ژوند ملګري له شتون پرته هم خبرې وکړئ؟
prep-ask-own-questions = ❓ ایا د ناستې لپاره پوښتنې لرئ؟ دلته یې ولیکئ. یا «تېرول» کېکاږئ.
prep-own-saved = ✅ ستاسو پوښتنې خوندي شوې.

prep-label-education = 🎓 ښوونځی
prep-label-work-years = 💼 د کار کلونه
prep-label-work-field = 🛠️ د کار ډول
prep-label-dutch = 🇳🇱 د هالنډي درس
prep-label-goal = 🎯 هیله
prep-label-household = 🏠 کورنۍ
prep-label-reunification = 👪 راتلونکې کورنۍ
prep-label-health = 🩺 د روغتیا یا پاملرنې خبرې
prep-label-moment = 🕐 غوره وخت
prep-label-channel = 📱 غوره لار
prep-label-interpreter = 🌍 ژباړونکی غواړي
prep-label-without-partner = 🗣️ بې ملګري هم خبرې

prep-edu-none = ښوونځی نه
prep-edu-primary = لومړنی ښوونځی
prep-edu-secondary = منځنی یا لیسه
prep-edu-vocational = مسلکي زده کړه
prep-edu-university = لوړې زده کړې یا پوهنتون
prep-years-none = هېڅکله مې کار نه دی کړی
prep-years-few = ۱ یا ۲ کاله
prep-years-some = له ۳ تر ۵ کاله
prep-years-many = له ۵ کالو ډېر
prep-field-building = 🔧 ودانۍ یا تخنیک
prep-field-care = 🤲 پاملرنه
prep-field-food = 🍽️ رستورانت یا خواړه
prep-field-transport = 🚚 ترانسپورت
prep-field-farming = 🌾 کرنه
prep-field-shop = 🛒 دوکان یا سوداګري
prep-field-office = 💻 دفتر یا کمپیوټر
prep-field-other = بل کار
prep-dutch-none = تر اوسه درس نه
prep-dutch-short = له ۳ میاشتو کم
prep-dutch-year = له ۳ تر ۱۲ میاشتې
prep-dutch-long = له یو کال ډېر
prep-goal-work = 💼 کار
prep-goal-study = 📚 زده کړه
prep-goal-both = کار او زده کړه
prep-goal-unsure = لا نه پوهېږم
prep-house-alone = یوازې
prep-house-partner = له ژوند ملګري سره
prep-house-children = له ماشومانو سره
prep-house-family = له ژوند ملګري او ماشومانو سره
prep-yes = ✅ هو
prep-no = ❌ نه
prep-rather-not-say = نه غواړم ووایم
prep-moment-morning = 🌅 سهار
prep-moment-afternoon = ☀️ غرمه وروسته
prep-moment-evening = 🌙 ماښام
prep-channel-message = 💬 پیغام
prep-channel-call = 📞 تلیفون
prep-channel-either = توپیر نه لري
prep-interp-own = هو، په خپله ژبه
prep-interp-other = هو، په بله ژبه
prep-interp-no = نه، هالنډي ژبه په کافي اندازه ښه وایم
prep-interp-unsure = نه پوهېږم
prep-ask-interpreter-language = 🌍 ژباړونکی په بله ژبه غواړئ. په کومه ژبه؟
prep-label-interpreter-language = 🌍 د ژباړونکي ژبه

prep-button-skip = ⏭️ تېرول
prep-skipped = تېر شو
prep-not-answered = تر اوسه ځواب نه دی ورکړل شوی
prep-none = —
prep-line = { $label }: { $value }
prep-list = { $lines }
prep-own-as-typed = { $text } (نه دی ژباړل شوی)
prep-review =
    📋 ستاسو ځوابونه
    { $answers }
    ❓ ستاسو پوښتنې: { $own }

    د بدلون لپاره یوه تڼۍ کېکاږئ.
prep-button-own-questions = ❓ زما پوښتنې
prep-button-sharing = 🔒 هغه څه چې شریکوم یې
prep-button-documents = 🎒 اسناد
prep-button-review = 📋 زما ځوابونه

prep-consent-notice-v2 =
    🔒 ستاسو ځوابونه څوک ویني؟
    په COA او ښاروالۍ کې ستاسو مسؤول کس. داسې دوی له تاسو سره ناستې ته ښه چمتو کېدای شي.
    تاسو پخپله غوره کوئ. تاسو کولای شئ هېڅ هم شریک نه کړئ.
    تاسو وروسته تل کولای شئ دا په دې تڼیو بدل کړئ.

    📋 ستاسو ځوابونه: { $answers }
    ❓ ستاسو پوښتنې: { $questions }
prep-shared-yes = ✅ شریک شوی
prep-shared-no = 🚫 شریک شوی نه دی
prep-button-share-answers = ✅ زما ځوابونه شریک کړه
prep-button-stop-answers = 🚫 د ځوابونو شریکول ودروه
prep-button-share-questions = ✅ زما پوښتنې شریکې کړه
prep-button-stop-questions = 🚫 د پوښتنو شریکول ودروه

prep-documents =
    🎒 دا اسناد له ځان سره ناستې ته راوړئ.
    چې سند مو چمتو وي، هغه کېکاږئ.
prep-check-done-button = ✅ { $item }
prep-check-open-button = ⬜ { $item }
prep-item-permit = 🪪 د اوسېدو اجازه‌لیک
prep-item-bsn = ✉️ هغه لیک چې BSN پکې دی
prep-item-diplomas = 🎓 ډیپلومونه
prep-item-cv = 📄 CV (د ژوند لنډیز)
prep-item-profile = د مراجع پروفایل وسپارل شو
prep-item-programme = تعقیب شوی پروګرام ولېږل شو
prep-item-need-to-know = هغه څه چې ښاروالي یې باید مخکې وپوهېږي ولېږل شول
prep-item-options = انتخابونه تشریح شول
prep-item-intake = پراخه مرکه پلان شوه
prep-item-contact = مسؤول کس وټاکل شو

prep-holder-only = دا پوښتنې د اقامې لرونکي لپاره دي.
prep-holder-not-ready = لومړی خپله ژبه وټاکئ او توضیح ولولئ. /menu ولیکئ.
prep-cases = 📋 چمتووالی: یوه دوسیه وټاکئ.
prep-case-button = { $reference } · { $name }
prep-button-refresh = 🔄 تازه کول
prep-staff-not-shared = 🔒 د اقامې لرونکي لخوا شریک شوی نه دی
prep-staff-overview =
    📋 چمتووالی { $reference } ({ $name })

    پوښتنلیک:
    { $answers }

    تر اوسه ځواب نه دی ورکړل شوی:
    { $missing }

    خپلې پوښتنې:
    { $own }

    د کارونو لېست:
    { $checklist }
prep-party-holder = د اقامې لرونکی
prep-party-coa = COA
prep-party-gemeente = ښاروالي
prep-check-party =
    { $party }:
    { $items }
prep-check-done = ✅ { $item } ({ $at })
prep-check-open = ⬜ { $item }
prep-reminder-staff =
    ⏰ ناسته په { $start } ده. د چمتووالي حالت دا دی:

    { $overview }
prep-reminder-holder =
    ⏰ ستاسو ناسته په { $start } ده. دا اسناد راوړئ:
    { $items }
    د نښه کولو لپاره /prepare ولیکئ.
prep-agenda-with =
    { $message }

    📋 هغه څه چې خبرې پرې کوو:
    { $items }
prep-agenda-item = { $n }. { $what }

# Shown to staff beside an answer given or changed after the meeting took place.
prep-answer-late = { $line } (له ناستې وروسته ډک شوی)
prep-own-no-numbers = دلته BSN یا V-nummer مه لیکئ. موږ یې نه ساتو. خپلې پوښتنې پرته له دې شمېرې ولیکئ.

## The agenda per meeting (staff reorder and extend it) and which meeting is being prepared.
# Staff overview: the meeting this preparation is for. $when is prep-agenda-when,
# prep-agenda-no-time or prep-meeting-not-planned.
prep-staff-for-meeting =
    { $overview }

    🗓 دا د ناستې { $number } لپاره چمتووالی دی، { $when }.
prep-agenda-when = په { $at }
prep-agenda-no-time = (لا وخت نه دی ټاکل شوی)
prep-meeting-not-planned = (لا نه ده پلان شوې)
prep-agenda-button = 🗒 اجنډا
prep-agenda-editor =
    🗒 د ناستې { $number } اجنډا { $when }، دوسیه { $reference } ({ $name }):
    { $items }

    یو ټکی په ⬆️ یا ⬇️ ځای پر ځای کړئ. خپل ټکي په ✖️ لرې کړئ. کله چې اجنډا چمتو شوه، ټولو ته یې ولېږئ.
prep-agenda-up-button = ⬆️ { $n }
prep-agenda-down-button = ⬇️ { $n }
prep-agenda-remove-button = ✖️ { $n }
prep-agenda-add-button = ➕ ټکی زیاتول
prep-agenda-send-button = 📨 درې واړو ته لېږل
prep-agenda-back-button = ⬅️ چمتووالی
prep-agenda-ask-point = نوی ټکی په یوه کرښه کې ولیکئ، تر { $max } تورو پورې. دا نه ژباړل کېږي: په ساده هالنډي یې ولیکئ، ژباړونکی یې په لوړ غږ لولي.
prep-agenda-no-numbers = په اجنډا کې BSN یا V-nummer مه لیکئ. ټکی پرته له دې شمېرې ولیکئ.
prep-agenda-full = اجنډا دمخه { $max } ټکي لري. لومړی خپل یو ټکی لرې کړئ.
prep-agenda-empty = اجنډا لا تشه ده. لومړی یو ټکی زیات کړئ.
prep-agenda-meeting-over = دا ناسته پای ته رسېدلې یا لغوه شوې ده. د هغې اجنډا نور نه بدلېږي.
prep-agenda-sent =
    { $count ->
        [0] بل څوک نشته چې اجنډا ورته ولېږل شي.
        [one] اجنډا { $count } چټ ته ولېږل شوه.
       *[other] اجنډا { $count } چټونو ته ولېږل شوه.
    }
# To all three, the status holder in their language: the agenda after staff changed it.
prep-agenda-updated =
    🗒 په ناسته کې { $when } به د دې شیانو په اړه خبرې وکړو:
    { $items }
# Status holder: a button on their overview that shows the agenda of their next meeting.
prep-button-agenda = 🗒 موږ به د څه په اړه خبرې وکړو
