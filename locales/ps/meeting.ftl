# Scheduling meetings (issue 4).

meeting-no-cases = تاسو لا په هېڅ دوسیه کې نه یاست. لومړی د /newcase سره یوه دوسیه پرانیزئ.
meeting-choose-case = د کومې دوسیې لپاره غواړئ ناسته پلان کړئ؟
meeting-parties-missing = لا ټول درې اړخونه په دې دوسیه کې نه دي (ښاروالي، COA او د اقامې لرونکی). کله چې ټول راغلل ناسته پلان کړئ.
meeting-pick-day = وخت { $n } (تر ټولو ډېر { $max }): یوه ورځ وټاکئ. جنتري په { $month } پیلېږي.
meeting-pick-day-move = د ناستې نوی وخت: یوه ورځ وټاکئ. جنتري په { $month } پیلېږي.
meeting-button-prev = ◀️ تېره میاشت
meeting-button-next = بله میاشت ▶️
meeting-button-slots-done = ✅ وختونه بشپړ شول
meeting-calendar-limit = جنتري تر دې نور نه ځي.
meeting-calendar-stale = دا جنتري زړه ده. تر ټولو نوې جنتري وکاروئ. هېڅ بدلون نه دی راغلی.
meeting-day-past = هغه ورځ تېره شوې. بله ورځ وټاکئ.
meeting-pick-time = په { $day } څو بجې؟
meeting-button-type-time = ⌨️ بل وخت ولیکئ
meeting-ask-time = وخت ولیکئ، د بېلګې په توګه 14:30.
meeting-bad-time = دا وخت نه پوهېږم. ساعت او دقیقې ولیکئ، د بېلګې په توګه 14:30.
meeting-slot-added = ✅ وخت { $n }: { $at }
meeting-slot-gap = دا وخت نشته: په هغه شپه ساعت له 02:00 څخه 03:00 ته ټوپ وهي (د دوبي وخت). بل وخت وټاکئ.
meeting-slot-past = دا وخت تېر شوی. راتلونکی وخت وټاکئ.
meeting-slot-twice = دا وخت مو مخکې ټاکلی. بل وخت وټاکئ.
meeting-slot-too-many = تاسو شپږ وختونه لرئ. نور نه شي کېدای: وختونه بشپړ شول کېکاږئ.
meeting-slot-too-few = لږ تر لږه دوه وختونه وټاکئ.
meeting-warn-night = ⚠️ پام وکړئ: { $at } د شپې دی. وخت زیات شو؛ که غلط وي، د /cancel سره یې ودروئ.
meeting-warn-sunday = ⚠️ پام وکړئ: { $at } یکشنبه ده. وخت زیات شو.
meeting-warn-first-of-two = ⚠️ په هغه شپه ساعت شاته ځي: 02:00–03:00 دوه ځله راځي. لومړی مې واخیست (لا د دوبي وخت): { $at }. که وروسته غواړئ، 03:00 یا وروسته وټاکئ.
meeting-ask-place = ناسته چېرې ده؟
meeting-place = { $place ->
        [azc] 🏠 د پناه غوښتونکو کمپ (azc) کې
        [townhall] 🏛️ د ښاروالۍ په ودانۍ کې
        [video] 💻 ویډیو اړیکه
       *[phone] 📞 په ټیلیفون
    }
meeting-where-video = 💻 ویډیو اړیکه: { $link }
meeting-ask-link = د ویډیو اړیکې لینک ولیکئ. په https:// پیلېږي.
meeting-bad-link = دا سم لینک نه دی. یوازې هغه لینک منل کېږي چې په https:// پیل شي.
meeting-ask-interpreter = ایا ژباړونکی ته اړتیا شته؟ د اقامې لرونکی { language-name } لولي.
meeting-button-interpreter-yes = هو، ژباړونکی { language-name }
meeting-button-interpreter-no = نه، بې ژباړونکي
meeting-button-interpreter-other = ژباړونکی په بله ژبه
meeting-ask-interpreter-language = ژباړونکی باید په کومه ژبه خبرې وکړي؟
meeting-interpreter-yes = 🗣️ له ژباړونکي سره: { language-name }
meeting-interpreter-no = بې ژباړونکي
meeting-stopped = ودرول شو. هېڅ پلان نه شو.
meeting-proposed = د { $reference } دوسیې وختونه درې واړو اړخونو ته ولېږل شول ({ $slots } وختونه). ځوابونه به دلته ووینئ.
meeting-slots-ask =
    📅 تاسو کله ناستې ته راتلای شئ؟
    { $slots }
    { $place }
    { $interpreter }
    د هر وخت لپاره کېکاږئ: ✅ کولای شم · 🤷 که اړتیا وي · ❌ نه شم کولای
meeting-answer = { $answer ->
        [can] ✅ کولای شي
        [if_needed] 🤷 که اړتیا وي
       *[cannot] ❌ نه شي کولای
    }
meeting-party = { $party ->
        [holder] د اقامې لرونکی
        [coa] COA
       *[gemeente] ښاروالي
    }
meeting-answer-saved = ✅ خوندي شو.
meeting-not-your-party = دا ځواب د بل اړخ لپاره دی. تاسو یوازې د ځان لپاره ځواب ورکولای شئ. هېڅ بدلون نه دی راغلی.
meeting-slot-outdated = دا وختونه نور د اعتبار وړ نه دي: ناسته بدله، تایید یا لغوه شوې. هېڅ بدلون نه دی راغلی.
meeting-suits-all = 🎉 { $at } درې واړو اړخونو ته مناسب دی. دا وخت تایید کړئ یا بل وټاکئ.
meeting-none-suits =
    هېڅ وخت ټولو ته مناسب نه دی. نه یې شو کولای:
    { $parties }
    نوي وختونه وړاندیز کړئ.
meeting-button-new-round = 📅 نوي وختونه وړاندیز کړئ
meeting-changed-meanwhile = دا ناسته همدا اوس بدله یا لغوه شوه. هېڅ بدلون نه دی راغلی؛ تر ټولو نوی پیغام وګورئ.
meeting-confirmed =
    ✅ ناسته وټاکل شوه:
    📅 { $at }
    { $place }
    { $interpreter }
meeting-button-cant-come = 🙁 نه شم راتلای
meeting-button-move = 🔁 وخت بدلول
meeting-button-cancel = ✖️ ناسته لغوه کړئ
meeting-button-interpreter-booked = 🗣️ ژباړونکی ونیول شو
meeting-ask-reason = بښنه غواړو. ولې نه شئ راتلای؟
meeting-reason = { $reason ->
        [ill] 🤒 ناروغ
        [travel] 🚌 ترانسپورت نشته
        [clash] 📅 بله ملاقات
       *[other] بل څه
    }
meeting-cant-come = 🙁 { $party }: په { $at } نه شي راتلای. دلیل: { $reason }
meeting-moved =
    🔁 د ناستې وخت بدل شو. مخکې: { $from }
    اوس:
    📅 { $at }
    { $place }
    { $interpreter }
meeting-cancelled =
    ✖️ ناسته لغوه شوه:
    📅 { $at }
    { $place }
    { $interpreter }
meeting-round-cancelled = ✖️ وړاندیز شوي وختونه بېرته واخیستل شول. نوی وړاندیز به راشي.
meeting-interpreter-booked = 🗣️ ژباړونکی ({ language-name }) ونیول شو.
meeting-interpreter-already = ژباړونکی مخکې نیول شوی و. هېڅ بدلون نه دی راغلی.
meeting-interpreter-reminder = 🗣️ د { $at } ناستې لپاره ژباړونکی ({ language-name }) لا نه دی نیول شوی. کله چې برابر شو تڼۍ کېکاږئ.
meeting-slots-reminder = ⏰ تاسو لا ټولو وختونو ته ځواب نه دی ورکړی.
meeting-soon =
    ⏰ ناسته مو هېره نه شي:
    📅 { $at }
    { $place }
meeting-what-happened = د { $at } ناسته پای ته ورسېده. څه وشول؟
meeting-button-held = ✅ ناسته وشوه
meeting-button-absent = 🚫 رانغی: { $party }
meeting-button-outcome-cancelled = ✖️ ونه شوه
meeting-not-over = ناسته لا نه ده پای ته رسېدلې.
meeting-held = ✅ ښه. اوس هوکړې د /plan سره ثبت کړئ.
meeting-outcome-cancelled = ثبت شو: ناسته ونه شوه.
meeting-absent = 🚫 { $party }: ناستې ته رانغی. نوي وختونه به راشي.
meeting-button-case = { $reference } · { $name }
meeting-day = { $day }
meeting-cell-empty = ·
meeting-time = { $time }
meeting-slot-line = { $n }. { $at }
meeting-answer-button = { $answer ->
        [can] ✅
        [if_needed] 🤷
       *[cannot] ❌
    } { $n }
meeting-button-confirm = { $suits ->
        [yes] ✅ { $at }
       *[no] { $at }
    }
# The interpreter question with the status holder's own wish (only when they share their answers).
meeting-ask-interpreter-wish =
    { $ask }
    🌍 د اقامې لرونکي وویل: { $wish }
meeting-interpreter-wish-language = { $wish }: { language-name }

# the title of the calendar entry staff get (.ics)
meeting-ics-title = درې اړخیزه ناسته { $reference }

# The answers board (issue 12): one message in the proposer's chat, edited as answers arrive.
# Only symbols and the other messages' words, so the same in every locale.
meeting-board =
    { $head }
    { $lines }
meeting-board-line = { $n }. { $at }: { $gemeente } · { $coa } · { $holder }
meeting-board-party = { $party } { $mark }
meeting-board-mark = { $answer ->
        [can] ✅
        [if_needed] 🤷
        [cannot] ❌
       *[none] ⏳
    }
# A time in the times message once the reader answered it: their answer's mark after it.
meeting-slot-line-answered = { $n }. { $at } { $mark }

# To the status holder who said they cannot come (issue 12): "you", and what happens next.
meeting-cant-come-you = 🙁 مننه چې خبر مو کړو: تاسو په { $at } نه شئ راتلای ({ $reason }). ستاسو مسؤول کسان اوس خبر دي او نوي وختونه به وړاندیز کړي. په دې اړه به تاسو ته پیغام درشي.

# A weekday in the calendar's header row (issue 12): its short name, from ICU.
meeting-weekday = { $day }
