## د اقامې لرونکي حقونه (issue 14): دا لیدل چې څه ساتل کېږي (/mydata)، د پاکولو غوښتنه
## (/delete)، نور پیغامونه نه ترلاسه کول (/stop). د اقامې لرونکي ته پیغامونه «تاسو» وايي،
## په لنډو جملو کې؛ کارکوونکو ته پیغامونه دوسیه یادوي (شمېره او لومړی نوم).

privacy-button-menu = 🔒 ستاسو معلومات
privacy-menu =
    🔒 ستاسو معلومات
    • هر هغه څه وګورئ چې موږ یې ستاسو په اړه ساتو.
    • وغواړئ چې ستاسو معلومات پاک شي.
    • له دې بوټ څخه نور پیغامونه مه اخلئ.
privacy-button-mydata = 📄 زما معلومات وګورئ
privacy-button-delete = 🗑 زما معلومات پاک کړئ
privacy-button-stop = 🔕 نور پیغامونه نه
privacy-button-no = ↩️ نه
privacy-never = ↩️ سمه ده، هېڅ شی نه بدلېږي.
privacy-staff = ستاسو نوم، ستاسو اداره او هغه دوسیې چې تاسو پرې کار کوئ، تر هغه وخته ساتل کېږي چې تاسو دا بوټ کاروئ. ستاسو مدیر کولای شي ستاسو لاسرسی پای ته ورسوي. پوښتنه لرئ؟ د خپلې ادارې د معلوماتو د ساتنې له مسؤول څخه وپوښتئ.
privacy-nothing-kept = موږ د اقامې لرونکي په توګه ستاسو په اړه هېڅ معلومات نه ساتو. ایا تاسو له COA یا ښاروالۍ (gemeente) څخه یو لینک ترلاسه کړی؟ هغه بیا پرانیزئ.

privacy-mydata =
    🔒 هغه څه چې موږ یې ستاسو په اړه ساتو
    { $facts }

    📋 ستاسو په پلان کې هوکړې:
    { $agreements }

    📅 ناستې:
    { $meetings }
    وړاندیز شویو وختونو ته ستاسو ځوابونه: { $time_answers }

    📝 د ناستې د چمتووالي لپاره ستاسو ځوابونه:
    { $answers }

    ❓ ستاسو خپلې پوښتنې:
    { $own }

    👀 { $sharing }

    لاندې فایل کې همدا معلومات دي، د کمپیوټر لپاره.
    /delete: وغواړئ چې ستاسو معلومات پاک شي. /stop: نور پیغامونه نه.
privacy-mydata-file = 📄 ستاسو معلومات (د کمپیوټر لپاره فایل)
privacy-none = • (هېڅ)
privacy-yes-no = { $value ->
        [yes] هو
       *[no] نه
    }
privacy-fact-name = • نوم: { $name }
privacy-fact-reference = • د دوسیې شمېره: { $reference }
privacy-fact-orgs = • COA: { $coa } · ښاروالي: { $gemeente }
privacy-fact-language = • ژبه: { language-name }
privacy-fact-matching = • له ښاروالۍ سره د تړلو نېټه: { $date }
privacy-fact-housing = • د کډې نېټه: { $date }
privacy-fact-joined = • په دې چټ کې له دې نېټې راهیسې: { $date }
privacy-fact-notice = • د معلوماتو د ساتنې د تشریح د لوستلو نېټه: { $date }
privacy-fact-closed = • د مرستې د پای نېټه: { $date }
privacy-fact-stopped = • د پیغامونو د درولو نېټه: { $date }
privacy-meeting = • { $when } · { $place } · { $status ->
        [confirmed] ټاکل شوې
        [held] وشوه
        [absent] یو څوک نه و راغلی
        [cancelled] لغوه شوه
       *[proposed] وختونه وړاندیز شوي
    }
privacy-meeting-proposed = • { $place } · وختونه وړاندیز شوي
privacy-own-question = • { $text }
privacy-sharing = له مسؤولو کسانو سره شریک شوي: ستاسو ځوابونه { $answers }، ستاسو پوښتنې { $questions }.

privacy-delete-ask =
    🗑 ستاسو معلومات پاک شي؟
    موږ له ستاسو ښاروالۍ غواړو چې ستاسو نوم، ستاسو ځوابونه او هر هغه څه چې تاسو لیکلي پاک کړي.
    کله کله قانون وايي چې ښاروالي باید یو څه وساتي. بیا ښاروالي تاسو ته وايي ولې.
    ځواب دلته ترلاسه کوئ.
privacy-button-delete-yes = 🗑 هو، د پاکولو غوښتنه
privacy-delete-asked = ✅ له ستاسو ښاروالۍ وغوښتل شول چې ستاسو معلومات پاک کړي. ځواب دلته ترلاسه کوئ.
privacy-delete-pending = ⏳ تاسو دا مخکې غوښتي دي. ستاسو ښاروالي به تاسو ته دلته ځواب درکړي.

privacy-request-staff =
    🗑 { $name } ({ $reference }) غواړي چې د هغه یا هغې معلومات پاک شي.
    هغه پاک کړئ، یا ووایاست چې ښاروالي یې ولې باید وساتي. { $name } ستاسو ځواب په خپله ژبه لولي.
privacy-button-erase = 🗑 معلومات پاک کړئ
privacy-button-keep = 📜 وساتئ: ووایاست ولې
privacy-button-back = ↩️ شاته
privacy-request-decided = د { $reference } لپاره دې غوښتنې ته مخکې ځواب ورکړل شوی.
privacy-erase-confirm =
    د { $reference } ({ $name }) ټول معلومات پاک شي؟
    نوم، ځوابونه، هر هغه څه چې لیکل شوي او چټ لرې کېږي. دا بېرته نه شي راګرځېدای. دوسیه تړل کېږي؛ یوازې بې نومه شمېرې پاتې کېږي.
privacy-button-erase-yes = ✅ هو، پاک یې کړئ
privacy-erased-you = 🗑 د { $reference } معلومات پاک شول. دوسیه وتړل شوه.
privacy-erased-staff = 🗑 د { $reference } معلومات د اقامې لرونکي په غوښتنه د { $who } لخوا پاک شول. دوسیه وتړل شوه.
privacy-erased-holder = 🗑 ستاسو معلومات پاک شول. دا بوټ به تاسو ته نور پیغامونه نه لېږي. پوښتنه لرئ؟ مستقیم له خپلې ښاروالۍ (gemeente) سره اړیکه ونیسئ.
privacy-keep-ask = ښاروالي ولې باید د { $reference } ({ $name }) معلومات وساتي؟ { $name } دا دلیل په خپله ژبه لولي.
privacy-keep-reason = { $reason ->
        [integration_duty] ښاروالۍ ته دا ستاسو د ادغام (inburgering) لپاره اړین دي. قانون (Wet inburgering 2021) ښاروالۍ ته دا دنده ورکوي.
        [archive_law] د ارشیف قانون (Archiefwet) وايي چې ښاروالي باید دا یو وخت وساتي.
       *[legal_claim] دا د یو اعتراض یا محکمې د یوې قضیې لپاره اړین دي چې لا روانه ده.
    }
privacy-kept-holder =
    📜 { $org } اوس نه شي کولای ستاسو ټول معلومات پاک کړي.
    ولې: { $reason }
    پوښتنه لرئ؟ له خپل مسؤول کس څخه وپوښتئ. تاسو کولای شئ د هالنډ د معلوماتو د ساتنې ادارې (Autoriteit Persoonsgegevens) ته شکایت هم وکړئ.
privacy-kept-staff = 📜 { $who } د { $name } ({ $reference }) د معلوماتو د پاکولو غوښتنې ته ځواب ورکړ: معلومات ساتل کېږي. دلیل: { $reason }
privacy-kept-you = 📜 د { $reference } معلومات ساتل کېږي. اقامې لرونکي ته ویل کېږي چې ولې: { $reason }

privacy-stop-ask =
    🔕 له دې بوټ څخه نور پیغامونه نه غواړئ؟
    ستاسو مسؤول کسان به خبر شي. تاسو بیا هم کولای شئ خپل معلومات وګورئ یا یې پاک کړئ. د پیغامونو د بیا ترلاسه کولو لپاره /start ولېږئ.
privacy-button-stop-yes = 🔕 هو، ودروئ
privacy-stopped-you = 🔕 تاسو به له دې بوټ څخه نور پیغامونه ترلاسه نه کړئ. ستاسو مسؤول کسان پوهېږي. د پیغامونو د بیا ترلاسه کولو لپاره /start ولېږئ.
privacy-stopped-hint = 🔕 تاسو د دې بوټ پیغامونه درولي. د بیا کارولو لپاره /start ولېږئ. /mydata ستاسو معلومات ښيي، /delete یې پاکوي.
privacy-stopped-staff = 🔕 { $name } ({ $reference }) د دې بوټ پیغامونه درولي دي. هغه یا هغې ته نور هېڅ نه ځي، یادونې هم نه. مهرباني وکړئ له بلې لارې ورسره اړیکه ونیسئ.
privacy-resumed-you = ✅ ښه راغلاست. تاسو به بیا پیغامونه ترلاسه کوئ.
privacy-resumed-staff = ✅ { $name } ({ $reference }) بیا له دې بوټ څخه پیغامونه ترلاسه کوي.
