## A case's life (issue 12): closing with a reason, reopening within 30 days, handing a case to a
## colleague, and an admin ending a caseworker's access. Staff messages name the case
## (reference and first name); the status holder's say "you" and what happens next.

button-case-close = 🗂 دوسیه وتړئ
button-case-handover = 🤝 همکار ته یې وسپارئ
button-cases-closed = 🗄 تړل شوې دوسیې

# Why a case is closed; $reason is one of the codes below.
close-reason = { $reason ->
    [handed_over] کډه شو او وسپارل شو
    [moved_elsewhere] بلې ښاروالۍ ته کډه شو
    [not_required] نور د ادغام مکلف نه دی
   *[other] بل دلیل
}
button-close-reason = { $reason ->
    [handed_over] 🏠 کډه شو او وسپارل شو
    [moved_elsewhere] 🚚 بلې ښاروالۍ ته
    [not_required] 📄 نور د ادغام مکلف نه دی
   *[other] ✏️ بل دلیل
}
button-close-yes = ✅ هو، وتړئ
button-close-no = ↩️ نه، پرانیستې دې پاتې شي

life-close-ask-reason = ولې د { $reference } ({ $name }) دوسیه تړئ؟
life-close-confirm =
    د { $reference } ({ $name }) دوسیه وتړل شي؟ دلیل: { $reason }.
    ټولې پرانیستې یادونې درېږي او په دوسیه کې ټولو ته خبر ورکول کېږي. تاسو کولای شئ په 30 ورځو کې دوسیه بیا پرانیزئ.
life-close-kept = د { $reference } ({ $name }) دوسیه پرانیستې پاتې کېږي.
life-closed-you = ✅ د { $reference } ({ $name }) دوسیه وتړل شوه. دلیل: { $reason }. تر { $until } پورې یې بیا پرانیستلی شئ: /cases، بیا 🗄 تړل شوې دوسیې.
life-closed-staff = 🗂 د { $reference } ({ $name }) دوسیه د { $who } لخوا وتړل شوه. دلیل: { $reason }. د دې دوسیې یادونې ودرول شوې.
life-closed-holder = { $org } په دې چټ کې خپله مرسته پای ته ورسوله. تاسو به نور دلته پیغامونه یا یادونې ترلاسه نه کړئ. پوښتنه لرئ؟ مهرباني وکړئ په { $org } کې له خپل د اړیکې کس سره مستقیمه اړیکه ونیسئ.
life-already-closed = د { $reference } ({ $name }) دوسیه دمخه تړل شوې ده.

life-closed-list =
    🗄 په تېرو 90 ورځو کې تړل شوې دوسیې ({ $count }):
    { $items }
life-closed-line = • { $reference } – { $name }: په { $date } وتړل شوه، { $reason }
life-closed-none = په تېرو 90 ورځو کې هېڅ دوسیه نه ده تړل شوې.
button-case-reopen = ↩️ بیا پرانیستل: { $reference } · { $name }
life-reopen-too-late = د { $reference } ({ $name }) دوسیه له 30 ورځو ډېر تړل شوې ده او نور بیا نشي پرانیستل کېدای. که اړتیا وي، د /newcase سره نوې دوسیه پرانیزئ.
life-not-closed = د { $reference } ({ $name }) دوسیه دمخه پرانیستې ده.
life-reopened-you = ↩️ د { $reference } ({ $name }) دوسیه بیا پرانیستل شوه. د تړلو نه مخکې یادونې نه راګرځي؛ که اړتیا وي، د /meet سره نوې ناسته پلان کړئ.
life-reopened-staff = ↩️ د { $reference } ({ $name }) دوسیه د { $who } لخوا بیا پرانیستل شوه.
life-reopened-holder = { $org } په دې چټ کې ستاسو مرسته بیا پیل کړه. د /menu سره خپل لنډیز وګورئ.

# The question once the housing date has passed and the driegesprek was held.
life-close-suggest = 🏠 د { $reference } ({ $name }) دوسیه: د کور نېټه ({ $date }) تېره شوې او درې اړخیزه ناسته شوې ده. ایا سپارل بشپړ شوي؟ نو تاسو کولای شئ دوسیه وتړئ.

life-handover-pick = د { $reference } ({ $name }) دوسیه په { $org } کې کوم همکار ته سپارل غواړئ؟ دا هغه همکاران دي چې بوټ کاروي.
life-handover-none = لا تر اوسه د { $org } بل هېڅ همکار له بوټ سره نه دی یوځای شوی. له سیسټم مدیر څخه وغواړئ چې ستاسو همکار ته بلنه ولېږي.
button-colleague = { $name }
life-handover-offered = له { $colleague } وپوښتل شول. کله چې هغه دوسیه واخلي، تاسو ته به خبر درکړل شي. تر هغه وخته تاسو مسؤول کس پاتې کېږئ.
life-handover-offer = { $from } غواړي د { $reference } ({ $name }) دوسیه تاسو ته وسپاري. ایا دوسیه اخلئ؟ بیا به تاسو د { $name } لپاره د { $org } مسؤول کس شئ.
button-handover-accept = ✅ اخیستل
button-handover-decline = ❌ نه اخیستل
life-handover-done-you = ✅ اوس تاسو د { $reference } ({ $name }) په دوسیه کې مسؤول کس یاست. د /plan سره پلان وینئ، د /meet سره ناسته پلان کوئ.
life-handover-done-staff = 🤝 د { $reference } ({ $name }) دوسیه: اوس د { $from } پر ځای { $to } د { $org } مسؤول کس دی.
life-handover-done-holder = په { $org } کې ستاسو مسؤول کس اوس { $to } دی، د { $from } پر ځای.
life-handover-declined = { $to } د { $reference } ({ $name }) دوسیه نه اخلي. تاسو مسؤول کس پاتې کېږئ.
life-handover-declined-you = تاسو د { $reference } ({ $name }) دوسیه نه اخلئ. { $from } مسؤول کس پاتې کېږي.
life-handover-stale = دا غوښتنه نوره اعتبار نه لري.

# An admin ended a caseworker's access (`driegesprek staff revoke`).
life-revoked-colleagues = ⚠️ د { $reference } ({ $name }) دوسیه: { $who } نور له بوټ سره کار نه کوي او نور په دې دوسیه کې نشته.
life-revoked-nobody =
    ⚠️ د { $reference } ({ $name }) دوسیه: { $who } نور له بوټ سره کار نه کوي. اوس په دوسیه کې د { $org } مسؤول کس نشته. دا لینک { $org } ته ولېږئ، ترڅو هلته یو همکار ګډون وکړي. لینک یوازې یو ځل کار کوي، تر { $expires } پورې.
    { $link }
life-revoked-holder = { $who } نور په { $org } کې ستاسو مسؤول کس نه دی. کله چې نوی مسؤول کس وټاکل شي، تاسو ته به خبر درکړل شي.
