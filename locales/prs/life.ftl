## A case's life (issue 12): closing with a reason, reopening within 30 days, handing a case to a
## colleague, and an admin ending a caseworker's access. Staff messages name the case
## (reference and first name); the status holder's say "you" and what happens next.

button-case-close = 🗂 بستن پرونده
button-case-handover = 🤝 واگذاری به همکار
button-cases-closed = 🗄 پرونده‌های بسته

# Why a case is closed; $reason is one of the codes below.
close-reason = { $reason ->
    [handed_over] نقل مکان کرد و واگذار شد
    [moved_elsewhere] به شهرداری دیگری نقل مکان کرد
    [not_required] دیگر ملزم به ادغام نیست
   *[other] دلیل دیگر
}
button-close-reason = { $reason ->
    [handed_over] 🏠 نقل مکان کرد و واگذار شد
    [moved_elsewhere] 🚚 به شهرداری دیگر
    [not_required] 📄 دیگر ملزم به ادغام نیست
   *[other] ✏️ دلیل دیگر
}
button-close-yes = ✅ بله، بسته شود
button-close-no = ↩️ نه، باز بماند

life-close-ask-reason = چرا پرونده { $reference } ({ $name }) را می‌بندید؟
life-close-confirm =
    پرونده { $reference } ({ $name }) بسته شود؟ دلیل: { $reason }.
    همه یادآوری‌های باز متوقف می‌شوند و به همه افراد پرونده خبر داده می‌شود. تا 30 روز می‌توانید پرونده را دوباره باز کنید.
life-close-kept = پرونده { $reference } ({ $name }) باز می‌ماند.
life-closed-you = ✅ پرونده { $reference } ({ $name }) بسته شد. دلیل: { $reason }. تا { $until } می‌توانید آن را دوباره باز کنید: /cases، سپس 🗄 پرونده‌های بسته.
life-closed-staff = 🗂 پرونده { $reference } ({ $name }) توسط { $who } بسته شد. دلیل: { $reason }. یادآوری‌های این پرونده متوقف شدند.
life-closed-holder = { $org } همراهی شما را در این گفتگو به پایان رساند. دیگر اینجا پیام یا یادآوری نمی‌گیرید. سؤالی دارید؟ لطفاً مستقیم با مسئول خود در { $org } تماس بگیرید.
life-already-closed = پرونده { $reference } ({ $name }) قبلاً بسته شده است.

life-closed-list =
    🗄 پرونده‌های بسته‌شده در 90 روز گذشته ({ $count }):
    { $items }
life-closed-line = • { $reference } – { $name }: بسته‌شده در { $date }، { $reason }
life-closed-none = در 90 روز گذشته هیچ پرونده‌ای بسته نشده است.
button-case-reopen = ↩️ باز کردن دوباره: { $reference } · { $name }
life-reopen-too-late = پرونده { $reference } ({ $name }) بیش از 30 روز است که بسته شده و دیگر نمی‌توان آن را دوباره باز کرد. در صورت نیاز، با /newcase یک پرونده جدید باز کنید.
life-not-closed = پرونده { $reference } ({ $name }) از قبل باز است.
life-reopened-you = ↩️ پرونده { $reference } ({ $name }) دوباره باز شد. یادآوری‌های پیش از بسته شدن برنمی‌گردند؛ در صورت نیاز، با /meet یک جلسه جدید برنامه‌ریزی کنید.
life-reopened-staff = ↩️ پرونده { $reference } ({ $name }) توسط { $who } دوباره باز شد.
life-reopened-holder = { $org } همراهی شما را در این گفتگو دوباره شروع کرد. با /menu خلاصهٔ وضعیت خود را می‌بینید.

# The question once the housing date has passed and the driegesprek was held.
life-close-suggest = 🏠 پرونده { $reference } ({ $name }): تاریخ مسکن ({ $date }) گذشته و جلسه سه‌جانبه برگزار شده است. آیا واگذاری کامل شده است؟ در این صورت می‌توانید پرونده را ببندید.

life-handover-pick = پرونده { $reference } ({ $name }) را به کدام همکار در { $org } می‌خواهید واگذار کنید؟ این‌ها همکارانی هستند که از بات استفاده می‌کنند.
life-handover-none = هنوز هیچ همکار دیگری از { $org } به بات نپیوسته است. از مدیر سیستم بخواهید برای همکارتان دعوت‌نامه بفرستد.
button-colleague = { $name }
life-handover-offered = از { $colleague } درخواست شد. وقتی پرونده را بپذیرد، به شما خبر داده می‌شود. تا آن زمان شما مسئول پرونده می‌مانید.
life-handover-offer = { $from } می‌خواهد پرونده { $reference } ({ $name }) را به شما واگذار کند. آیا پرونده را می‌پذیرید؟ در این صورت شما مسئول { $name } از طرف { $org } می‌شوید.
button-handover-accept = ✅ پذیرفتن
button-handover-decline = ❌ نپذیرفتن
life-handover-done-you = ✅ اکنون شما مسئول پرونده { $reference } ({ $name }) هستید. با /plan برنامه را می‌بینید و با /meet جلسه را برنامه‌ریزی می‌کنید.
life-handover-done-staff = 🤝 پرونده { $reference } ({ $name }): اکنون { $to } به جای { $from } مسئول پرونده از طرف { $org } است.
life-handover-done-holder = مسئول شما در { $org } اکنون { $to } است، به جای { $from }.
life-handover-declined = { $to } پرونده { $reference } ({ $name }) را نمی‌پذیرد. شما مسئول پرونده می‌مانید.
life-handover-declined-you = شما پرونده { $reference } ({ $name }) را نپذیرفتید. { $from } مسئول پرونده می‌ماند.
life-handover-stale = این درخواست دیگر معتبر نیست.

# An admin ended a caseworker's access (`driegesprek staff revoke`).
life-revoked-colleagues = ⚠️ پرونده { $reference } ({ $name }): { $who } دیگر با بات کار نمی‌کند و دیگر در این پرونده نیست.
life-revoked-nobody =
    ⚠️ پرونده { $reference } ({ $name }): { $who } دیگر با بات کار نمی‌کند. این پرونده اکنون هیچ مسئولی از { $org } ندارد. این لینک را برای { $org } بفرستید تا یکی از همکاران آنجا به پرونده بپیوندد. لینک یک بار کار می‌کند، تا { $expires }.
    { $link }
life-revoked-holder = { $who } دیگر مسئول شما در { $org } نیست. وقتی مسئول جدیدی تعیین شود، به شما خبر داده می‌شود.
