# Opening a case, and the list of cases. Read by staff.

case-ask-name = د اقامې لرونکي لومړی نوم یا د نوم لومړني توري څه دي؟ بشپړ نوم نه.
case-ask-reference = د دې دوسیې لپاره ستاسو خپله د دوسیې شمېره څه ده؟ د BSN یا V-nummer شمېره نه.
case-ask-counterpart = په دې دوسیه کې له { $kind ->
        [coa] کوم COA ځای
       *[gemeente] کومې ښاروالۍ
    } سره کار کوئ؟
case-no-counterpart-orgs = { $kind ->
        [coa] لا تر اوسه هېڅ COA ځای ثبت شوی نه دی.
       *[gemeente] لا تر اوسه هېڅ ښاروالي ثبت شوې نه ده.
    } له سیسټم مدیر څخه وغواړئ چې دا اضافه کړي. دوسیه پرانیستل نه شوه.
case-ask-matching = له ښاروالۍ سره د تړلو نېټه (koppeling) څه ده؟ یوه تڼۍ وټاکئ، یا نېټه ولیکئ، د بېلګې په توګه 30-03-2026.
case-ask-housing = د اقامې لرونکی به احتمالاً کله کور ترلاسه کړي؟ نېټه ولیکئ، د بېلګې په توګه 30-03-2026، یا تڼۍ وټاکئ.
case-confirm =
    دا سم دي؟
    د اقامې لرونکی: { $name }
    د دوسیې شمېره: { $reference }
    همکار اداره: { $counterpart }
    له ښاروالۍ سره تړل: { $matching }
    د کور اټکلي نېټه: { $housing }
case-opened = ✅ د { $reference } دوسیه پرانیستل شوه.
case-holder-invite =
    د { $name } لپاره بلنه. دا QR کوډ وښایئ یا لینک ولېږئ. لینک یوازې یو ځل کار کوي، تر { $expires } پورې.
    { $link }
case-counterpart-invite =
    دا لینک په { $org } کې خپل د اړیکې کس ته ولېږئ، ترڅو هغه په { $reference } دوسیه کې ګډون وکړي. لینک یوازې یو ځل کار کوي، تر { $expires } پورې.
    { $link }
case-cancelled = ودرول شو. هېڅ شی خوندي نه شو.
case-reference-taken = ستاسو اداره د دوسیې شمېره { $reference } مخکې کاروي. بله شمېره وټاکئ.

button-org = { $org }
button-today = نن
button-yesterday = پرون
button-housing-unknown = لا معلوم نه دی
button-open-case = ✅ د دوسیې پرانیستل

error-text-empty = دا ځواب خالي دی. بیا هڅه وکړئ.
error-text-too-long = دا ډېر اوږد دی. تر { $max ->
        [one] یوه توري
       *[other] { $max } تورو
    } زیات مه کاروئ.
error-looks-like-bsn = دا د BSN یا V-nummer شمېرې په څېر ښکاري. موږ دا شمېرې نه ساتو. خپله د دوسیې شمېره یا لومړی نوم وکاروئ.
error-text-one-line = یوازې یوه کرښه وکاروئ، پرته له نوې کرښې.
error-expected-button = له تڼیو څخه یوه وټاکئ.
error-not-a-date = دا داسې نېټه نه ده چې زه یې وپېژنم. د بېلګې په توګه ولیکئ 30-03-2026.
error-matching-in-future = له ښاروالۍ سره د تړلو نېټه په راتلونکي کې نه شي کېدای.
error-matching-too-old = دا نېټه له درېیو کلونو ډېره پخوا ده. نېټه وګورئ.
error-housing-before-matching = کور له ښاروالۍ سره له تړلو مخکې نه شي کېدای.
error-housing-in-past = دا نېټه تېره شوې ده. نن یا له نن وروسته یوه نېټه وټاکئ، یا «لا معلوم نه دی» وټاکئ.

cases-list =
    { $count ->
        [one] یوه دوسیه:
       *[other] { $count } دوسیې:
    }
    { cases-legend }
    { $items }
cases-more = … او { $hidden } نورې.
cases-line = • { $reference } – { $name }{ $late }{ $meeting }{ $option }{ $holder }{ $housing }
cases-fact = {" "}· { $fact }
cases-fact-none = {""}
cases-late = ⚠️ ځنډېدلې هوکړې: { $late }
cases-meeting = 📅 { $when }
cases-meeting-proposed = 📅 وخت ټاکل کېږي
cases-option = لاره { $option }
cases-holder-invited = 👤 بلنه ورکړل شوې
cases-holder-choosing = 👤 ژبه ټاکي
cases-legend = تر ټولو بیړني لومړی. ⚠️ ځنډېدلی · 📅 ناسته · 👤 د اقامې لرونکی · 🏠 تمه شوی کور
cases-housing = 🏠 { $date }
cases-none = لا تر اوسه هېڅ پرانیستې دوسیه نشته.
