# Team group chats. Read by staff.

group-welcome = سلام تیم! این گروه را به اداره خود وصل کنید (آن وقت گروه همه دوسیه‌ها را دنبال می‌کند) یا به یک دوسیه.
group-not-staff = متأسفیم، تنها کارمندان ثبت‌شده COA یا شاروالی این کار را کرده می‌توانند. چیزی تغییر نکرد.
group-other-org = این گروه به اداره دیگری وصل است. چیزی تغییر نکرد.
button-link-org = 🏢 همه دوسیه‌های { $org }
button-link-case = 📁 یک دوسیه
group-pick-case = این گروه کدام دوسیه را دنبال کند؟
button-case = { $reference } – { $name }
group-linked-org = ✅ این گروه حالا همه دوسیه‌های { $org } را دنبال می‌کند.
group-linked-case = ✅ این گروه حالا دوسیه { $reference } را دنبال می‌کند.
group-not-linked = این گروه هنوز وصل نشده است. برای این کار /link را بنویسید.
group-follows-case = این گروه دوسیه { $reference } را دنبال می‌کند.
group-follows-org = این گروه همه دوسیه‌های { $org } را دنبال می‌کند.

# access
access-group-not-following = این گروه این دوسیه را دنبال نمی‌کند. چیزی تغییر نکرد.

# groups: removal
group-removed-unlinked = ربات از گروه { $group } حذف شد. به همین دلیل این گروه دیگر هیچ دوسیه‌ای را دنبال نمی‌کند. اگر بعداً ربات را دوباره اضافه کنید، دوباره انتخاب می‌کنید که گروه چه چیزی را دنبال کند.
