# Team group chats. Read by staff.

group-welcome = سلام تیم! این گروه را به سازمان خود وصل کنید (آن‌وقت گروه همه پرونده‌ها را دنبال می‌کند) یا به یک پرونده.
group-not-staff = متأسفیم، فقط کارمندان ثبت‌شده COA یا شهرداری می‌توانند این کار را انجام دهند. چیزی تغییر نکرد.
group-other-org = این گروه به سازمان دیگری وصل است. چیزی تغییر نکرد.
button-link-org = 🏢 همه پرونده‌های { $org }
button-link-case = 📁 یک پرونده
group-pick-case = این گروه کدام پرونده را دنبال کند؟
button-case = { $reference } – { $name }
group-linked-org = ✅ این گروه اکنون همه پرونده‌های { $org } را دنبال می‌کند.
group-linked-case = ✅ این گروه اکنون پرونده { $reference } را دنبال می‌کند.
group-not-linked = این گروه هنوز وصل نشده است. برای این کار /link را بنویسید.
group-follows-case = این گروه پرونده { $reference } را دنبال می‌کند.
group-follows-org = این گروه همه پرونده‌های { $org } را دنبال می‌کند.

# access
access-group-not-following = این گروه این پرونده را دنبال نمی‌کند. چیزی تغییر نکرد.

# groups: removal
group-removed-unlinked = ربات از گروه { $group } حذف شد. به همین دلیل این گروه دیگر هیچ پرونده‌ای را دنبال نمی‌کند. اگر بعداً ربات را دوباره اضافه کنید، دوباره انتخاب می‌کنید که گروه چه چیزی را دنبال کند.
