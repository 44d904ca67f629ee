# Shared messages: errors, menus, languages, commands.
# Dari (Afghan usage): short sentences, everyday words, the polite شما throughout.

error-internal = از طرف ما مشکلی پیش آمد. چند دقیقه بعد دوباره کوشش کنید.
error-not-saved = چیزی ذخیره نشد: ربات فعلاً چیزی را ذخیره کرده نمی‌تواند. لطفاً بعداً دوباره کوشش کنید.
error-unknown-command = این فرمان را نمی‌شناسم. /menu را بنویسید تا ببینید چه کارهایی ممکن است.
error-edited-ignored = شما یک پیام را تغییر دادید. من تنها پیام‌های نو را می‌خوانم. اگر چیزی باید تغییر کند، جواب خود را دوباره بفرستید.
error-button-stale = این دکمه دیگر کار نمی‌کند. برای ادامه /menu را بنویسید.
error-staff-only = این کار را تنها کارمندان COA یا شاروالی انجام داده می‌توانند.
error-not-on-case = شما در این دوسیه عضو نیستید. چیزی تغییر نکرد.
error-expected-text = من تنها متن را خوانده می‌توانم. جواب خود را در یک پیام بنویسید.
error-not-text-menu = من تنها متن و دکمه را خوانده می‌توانم. برای ادامه /menu را بنویسید.
hint-use-menu = یک دکمه را انتخاب کنید، یا /menu را بنویسید تا ببینید چه کارهایی ممکن است.
stranger-welcome = سلام! این ربات در انتقال هماهنگ از COA به شاروالی کمک می‌کند. شما به لینک دعوت ضرورت دارید. آن را از مسئول خود در COA یا شاروالی بگیرید.
cancel-nothing = حالا کاری در جریان نیست که متوقف شود.
group-only-command = این تنها در یک گروه کار می‌کند.
private-only-command = این تنها در گفتگوی خصوصی با من کار می‌کند.

invite-unknown = این لینک را نمی‌شناسم. از مسئول خود یک لینک نو بخواهید.
invite-expired = وقت این لینک تمام شده است. از مسئول خود یک لینک نو بخواهید.
invite-used = از این لینک قبلاً استفاده شده است. از مسئول خود یک لینک نو بخواهید.
invite-holder-not-for-you = این لینک برای دارنده اقامت (statushouder) است. شما قبلاً در این ربات ثبت شده‌اید، پس چیزی تغییر نکرد.
invite-staff-not-for-you = این لینک برای کارمندان است. چیزی تغییر نکرد.
invite-other-org = این لینک برای کارمندان یک اداره دیگر است. چیزی تغییر نکرد.

staff-joined = خوش آمدید! شما به حیث کارمند { $org } ({ $kind ->
        [coa] COA
       *[gemeente] شاروالی
    }) ثبت شدید. برای شروع /menu را بنویسید.
staff-already = شما قبلاً به حیث کارمند ثبت شده‌اید. برای ادامه /menu را بنویسید.
staff-joined-case = حالا { $name } ({ $org }) در دوسیه { $reference } همکاری می‌کند.
staff-joined-this-case =
    ✅ حالا در دوسیه { $reference } ({ $name }) همکاری می‌کنید. /plan برنامه را نشان می‌دهد و /meet وقت جلسه را تعیین می‌کند.
    { $others }
# Who else works on the case a staff member just joined (issue 12).
staff-joined-with =
    همچنان در این دوسیه:
    { $people }
staff-joined-person = • { $who } ({ $org })
staff-joined-first = شما نخستین کارمند این دوسیه هستید.

menu-staff = { $name }، { $org }
    { $cases ->
        [0] شما هنوز در هیچ دوسیه‌ای سهم ندارید.
        [one] شما در یک دوسیه سهم دارید.
       *[other] شما در { $cases } دوسیه سهم دارید.
    }
help-staff =
    طرز کار:
    • با /newcase یک دوسیه باز کنید. من هر بار یک سؤال می‌پرسم.
    • با /cases دوسیه‌های اداره خود را ببینید.
    • /menu نشان می‌دهد که کجا هستید و چه چیزی باز است.
    • /plan برنامه و توافق‌های یک دوسیه را نشان می‌دهد.
    • /meet وقت یک جلسه سه‌جانبه را تعیین می‌کند.
    • /prepare آمادگی برای جلسه را نشان می‌دهد.
    • با /language زبان خود را انتخاب کنید.
    • با /cancel کاری را که حالا انجام می‌دهید متوقف کنید.
    مرا به گروه تیم خود اضافه کنید: { $group_link }
    بعد در گروه /link را بنویسید.
help-holder =
    رهنما:
    • با /menu می‌بینید که مسئول شما کیست و حالا چه می‌شود.
    • با /plan برنامه و توافق‌های خود را می‌بینید.
    • با /prepare برای جلسه آماده می‌شوید.
    • با /language زبان دیگری انتخاب کنید.
    • با /mydata می‌بینید که ما چه چیزهایی را درباره شما نگه می‌داریم. با /delete خواهش می‌کنید که آن پاک شود. /stop: دیگر پیامی نمی‌گیرید.
    سؤال دارید؟ از مسئول خود در COA یا شاروالی بپرسید.

language-choose = 🌐 زبان خود را انتخاب کنید.
# Before anyone chose a language: the same prompt in every script the bot offers (issue 15),
# never one language alone. Each line is that locale's own `language-choose`.
language-choose-any =
    🌐 👇
    اختر لغتك.
    ቋንቋኹም ምረጹ።
    Dilinizi seçin.
    Zimanê xwe hilbijêrin.
    زبان خود را انتخاب کنید.
    Dooro luqaddaada.
    زمانەکەتان هەڵبژێرن.
    خپله ژبه وټاکئ.
    ቋንቋዎን ይምረጡ።
    Choisissez votre langue.
    Choose your language.
    Kies uw taal.
language-set = ✅ زبان: { language-name }.
language-name = { $language ->
        [nl] هالندی
        [en] انگلیسی
        [ar] عربی
        [ti] تگرینیا
        [tr] ترکی
        [kmr] کردی (کرمانجی)
        [prs] دری
        [fa] فارسی
        [so] سومالیایی
        [ckb] کردی (سورانی)
        [ps] پشتو
        [am] امهری
       *[fr] فرانسوی
    }
# Each language's own name in its own script: the same in every locale.
language-native = { $code ->
        [nl] Nederlands
        [en] English
        [ar] العربية
        [ti] ትግርኛ
        [tr] Türkçe
        [kmr] Kurmancî
        [prs] دری
        [fa] فارسی
        [so] Soomaali
        [ckb] کوردیی ناوەندی
        [ps] پښتو
        [am] አማርኛ
       *[fr] Français
    }

button-language = 🌐 زبان
button-new-case = ➕ دوسیه نو
button-my-cases = 📋 دوسیه‌ها
button-cancel = ✖️ توقف

command-menu = کجا هستم و چه کارهایی مانده است
command-help = رهنما
command-language = انتخاب زبان
command-newcase = باز کردن دوسیه نو (کارمندان)
command-cases = نشان دادن دوسیه‌ها (کارمندان)
command-cancel = توقف کاری که حالا انجام می‌دهید
command-mydata = آنچه درباره من نگه داشته می‌شود
command-delete = خواهش پاک کردن معلومات من
command-stop = دیگر پیام نمی‌خواهم
command-explain = چه معنی دارد؟ توضیحات
command-link = وصل کردن این گروه به اداره شما یا به یک دوسیه
command-plan = برنامه و توافق‌ها
command-case = خلاصه هر دوسیه (کارمندان)
command-meet = تعیین وقت جلسه سه‌جانبه (کارمندان)
command-prepare = آمادگی برای جلسه

value-date = { $date }
value-unknown = هنوز معلوم نیست
contact-named = { $name }
contact-unknown = هنوز معلوم نیست

# invites: guessing
invite-too-many-tries = شما بارها لینکی را امتحان کرده‌اید که کار نکرد. لطفاً یک ساعت صبر کنید و بعد دوباره کوشش کنید.

# Above every message to staff or a group about a case (issue 12): the case reference and the status holder's first name.
about-case =
    📁 { $reference } · { $name }
    { $body }

# The language picker once a language was tapped (issue 12): the choice in its own script.
language-picked = 🌐 ✅ { $language }

# Paging a list of cases (issue 12), and a typed reference that is not one of them.
button-page-prev = ◀️
button-page-next = ▶️
picker-not-found = شما اینجا هیچ دوسیه بازی با نمبر دوسیه { $reference } ندارید. با /cases دوسیه‌های خود را ببینید.

# Several messages for one team group that fall due together, sent as one (issue 12): each under the name of its case.
digest =
    📋 پیام‌ها ({ $count }):

    { $items }
