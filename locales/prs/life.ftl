## A case's life (issue 12): closing with a reason, reopening within 30 days, handing a case to a
## colleague, and an admin ending a caseworker's access. Staff messages name the case
## (reference and first name); the status holder's say "you" and what happens next.

button-case-close = 🗂 بستن دوسیه
button-case-handover = 🤝 سپردن به همکار
button-cases-closed = 🗄 دوسیه‌های بسته

# Why a case is closed; $reason is one of the codes below.
close-reason = { $reason ->
    [handed_over] کوچ کرد و سپرده شد
    [moved_elsewhere] به شاروالی دیگری کوچ کرد
    [not_required] دیگر مکلف به ادغام نیست
   *[other] دلیل دیگر
}
button-close-reason = { $reason ->
    [handed_over] 🏠 کوچ کرد و سپرده شد
    [moved_elsewhere] 🚚 به شاروالی دیگر
    [not_required] 📄 دیگر مکلف به ادغام نیست
   *[other] ✏️ دلیل دیگر
}
button-close-yes = ✅ بلی، بسته شود
button-close-no = ↩️ نه، باز بماند

life-close-ask-reason = چرا دوسیه { $reference } ({ $name }) را می‌بندید؟
life-close-confirm =
    دوسیه { $reference } ({ $name }) بسته شود؟ دلیل: { $reason }.
    همه یادآوری‌های باز متوقف می‌شوند و به همه کسانی که در دوسیه هستند خبر داده می‌شود. تا 30 روز می‌توانید دوسیه را دوباره باز کنید.
life-close-kept = دوسیه { $reference } ({ $name }) باز می‌ماند.
life-closed-you = ✅ دوسیه { $reference } ({ $name }) بسته شد. دلیل: { $reason }. تا { $until } می‌توانید آن را دوباره باز کنید: /cases، بعد 🗄 دوسیه‌های بسته.
life-closed-staff = 🗂 دوسیه { $reference } ({ $name }) از طرف { $who } بسته شد. دلیل: { $reason }. یادآوری‌های این دوسیه متوقف شدند.
life-closed-holder = { $org } همراهی خود را با شما در این گفتگو به پایان رساند. دیگر اینجا پیام یا یادآوری نمی‌گیرید. سؤالی دارید؟ لطفاً مستقیماً با مسئول خود در { $org } تماس بگیرید.
life-already-closed = دوسیه { $reference } ({ $name }) قبلاً بسته شده است.

life-closed-list =
    🗄 دوسیه‌های بسته‌شده در 90 روز گذشته ({ $count }):
    { $items }
life-closed-line = • { $reference } – { $name }: بسته‌شده در { $date }، { $reason }
life-closed-none = در 90 روز گذشته هیچ دوسیه‌ای بسته نشده است.
button-case-reopen = ↩️ باز کردن دوباره: { $reference } · { $name }
life-reopen-too-late = دوسیه { $reference } ({ $name }) بیشتر از 30 روز است که بسته شده و دیگر دوباره باز شده نمی‌تواند. اگر لازم باشد، با /newcase یک دوسیه نو باز کنید.
life-not-closed = دوسیه { $reference } ({ $name }) از قبل باز است.
life-reopened-you = ↩️ دوسیه { $reference } ({ $name }) دوباره باز شد. یادآوری‌های پیش از بسته شدن برنمی‌گردند؛ اگر لازم باشد، با /meet وقت یک جلسه نو را تعیین کنید.
life-reopened-staff = ↩️ دوسیه { $reference } ({ $name }) از طرف { $who } دوباره باز شد.
life-reopened-holder = { $org } همراهی خود را با شما در این گفتگو دوباره شروع کرد. با /menu خلاصهٔ وضعیت خود را می‌بینید.

# The question once the housing date has passed and the driegesprek was held.
life-close-suggest = 🏠 دوسیه { $reference } ({ $name }): تاریخ خانه ({ $date }) گذشته و جلسه سه‌جانبه برگزار شده است. آیا سپردن کامل شده است؟ در این صورت می‌توانید دوسیه را ببندید.

life-handover-pick = دوسیه { $reference } ({ $name }) را به کدام همکار در { $org } می‌خواهید بسپارید؟ این‌ها همکارانی هستند که از ربات استفاده می‌کنند.
life-handover-none = هنوز هیچ همکار دیگری از { $org } به ربات نپیوسته است. از مدیر سیستم بخواهید که برای همکار شما دعوت‌نامه بفرستد.
button-colleague = { $name }
life-handover-offered = از { $colleague } خواهش شد. وقتی دوسیه را قبول کند، به شما خبر داده می‌شود. تا آن وقت شما مسئول دوسیه می‌مانید.
life-handover-offer = { $from } می‌خواهد دوسیه { $reference } ({ $name }) را به شما بسپارد. آیا دوسیه را قبول می‌کنید؟ در این صورت شما مسئول { $name } از طرف { $org } می‌شوید.
button-handover-accept = ✅ قبول کردن
button-handover-decline = ❌ قبول نکردن
life-handover-done-you = ✅ حالا شما مسئول دوسیه { $reference } ({ $name }) هستید. با /plan برنامه را می‌بینید و با /meet وقت جلسه را تعیین می‌کنید.
life-handover-done-staff = 🤝 دوسیه { $reference } ({ $name }): حالا { $to } به جای { $from } مسئول دوسیه از طرف { $org } است.
life-handover-done-holder = مسئول شما در { $org } حالا { $to } است، به جای { $from }.
life-handover-declined = { $to } دوسیه { $reference } ({ $name }) را قبول نمی‌کند. شما مسئول دوسیه می‌مانید.
life-handover-declined-you = شما دوسیه { $reference } ({ $name }) را قبول نکردید. { $from } مسئول دوسیه می‌ماند.
life-handover-stale = این درخواست دیگر اعتبار ندارد.

# An admin ended a caseworker's access (`driegesprek staff revoke`).
life-revoked-colleagues = ⚠️ دوسیه { $reference } ({ $name }): { $who } دیگر با ربات کار نمی‌کند و دیگر در این دوسیه نیست.
life-revoked-nobody =
    ⚠️ دوسیه { $reference } ({ $name }): { $who } دیگر با ربات کار نمی‌کند. این دوسیه حالا هیچ مسئولی از { $org } ندارد. این لینک را برای { $org } بفرستید تا یکی از همکاران آنجا به دوسیه بپیوندد. لینک یک بار کار می‌کند، تا { $expires }.
    { $link }
life-revoked-holder = { $who } دیگر مسئول شما در { $org } نیست. وقتی مسئول نوی تعیین شود، به شما خبر داده می‌شود.
