# Shared messages: errors, menus, languages, commands.
# Persian, written to be understood by Dari speakers too: short sentences, shared everyday words.

error-internal = از طرف ما مشکلی پیش آمد. چند دقیقه بعد دوباره تلاش کنید.
error-not-saved = چیزی ذخیره نشد: ربات در حال حاضر نمی‌تواند چیزی را ذخیره کند. لطفاً بعداً دوباره تلاش کنید.
error-unknown-command = این فرمان را نمی‌شناسم. /menu را بنویسید تا ببینید چه کارهایی ممکن است.
error-edited-ignored = شما یک پیام را تغییر دادید. من فقط پیام‌های تازه را می‌خوانم. اگر چیزی باید عوض شود، جواب خود را دوباره ارسال کنید.
error-button-stale = این دکمه دیگر کار نمی‌کند. برای ادامه /menu را بنویسید.
error-staff-only = این کار را فقط کارمندان COA یا شهرداری می‌توانند انجام دهند.
error-not-on-case = شما در این پرونده عضو نیستید. چیزی تغییر نکرد.
error-expected-text = من فقط متن را می‌توانم بخوانم. جواب خود را در یک پیام بنویسید.
error-not-text-menu = من فقط متن و دکمه را می‌توانم بخوانم. برای ادامه /menu را بنویسید.
hint-use-menu = یک دکمه را انتخاب کنید، یا /menu را بنویسید تا ببینید چه کارهایی ممکن است.
stranger-welcome = سلام! این ربات در انتقال هماهنگ از COA به شهرداری کمک می‌کند. شما لینک دعوت لازم دارید. آن را از مسئول خود در COA یا شهرداری بگیرید.
cancel-nothing = الان کاری در جریان نیست که متوقف شود.
group-only-command = این فقط در یک گروه کار می‌کند.
private-only-command = این فقط در گفت‌وگوی خصوصی با من کار می‌کند.

invite-unknown = این لینک را نمی‌شناسم. از مسئول خود یک لینک تازه بخواهید.
invite-expired = وقت این لینک تمام شده است. از مسئول خود یک لینک تازه بخواهید.
invite-used = این لینک قبلاً استفاده شده است. از مسئول خود یک لینک تازه بخواهید.
invite-holder-not-for-you = این لینک برای دارنده اقامت (statushouder) است. شما قبلاً در این ربات ثبت شده‌اید، پس چیزی تغییر نکرد.
invite-staff-not-for-you = این لینک برای کارمندان است. چیزی تغییر نکرد.
invite-other-org = این لینک برای کارمندان یک سازمان دیگر است. چیزی تغییر نکرد.

staff-joined = خوش آمدید! شما به عنوان کارمند { $org } ({ $kind ->
        [coa] COA
       *[gemeente] شهرداری
    }) ثبت شدید. برای شروع /menu را بنویسید.
staff-already = شما قبلاً به عنوان کارمند ثبت شده‌اید. برای ادامه /menu را بنویسید.
staff-joined-case = اکنون { $name } ({ $org }) در پرونده { $reference } همکاری می‌کند.
staff-joined-this-case =
    ✅ اکنون در پرونده { $reference } ({ $name }) همکاری می‌کنید. /plan برنامه را نشان می‌دهد و /meet جلسه را زمان‌بندی می‌کند.
    { $others }
# Who else works on the case a staff member just joined (issue 12).
staff-joined-with =
    همچنین در این پرونده:
    { $people }
staff-joined-person = • { $who } ({ $org })
staff-joined-first = شما نخستین کارمند این پرونده هستید.

menu-staff = { $name }، { $org }
    { $cases ->
        [0] شما هنوز در هیچ پرونده‌ای مشارکت ندارید.
        [one] شما در یک پرونده مشارکت دارید.
       *[other] شما در { $cases } پرونده مشارکت دارید.
    }
help-staff =
    روش کار:
    • با /newcase یک پرونده باز کنید. من هر بار یک سؤال می‌پرسم.
    • با /cases پرونده‌های سازمان خود را ببینید.
    • /menu نشان می‌دهد کجا هستید و چه چیزی باز است.
    • /plan برنامه و توافق‌های یک پرونده را نشان می‌دهد.
    • /meet یک جلسه سه‌جانبه را زمان‌بندی می‌کند.
    • /prepare آمادگی برای جلسه را نشان می‌دهد.
    • با /language زبان خود را انتخاب کنید.
    • با /cancel کاری را که الان انجام می‌دهید متوقف کنید.
    مرا به گروه تیم خود اضافه کنید: { $group_link }
    سپس در گروه /link را بنویسید.
help-holder =
    راهنما:
    • با /menu می‌بینید مسئول شما کیست و الان چه می‌شود.
    • با /plan برنامه و توافق‌های خود را می‌بینید.
    • با /prepare برای جلسه آماده می‌شوید.
    • با /language زبان دیگری انتخاب کنید.
    • با /mydata می‌بینید ما چه چیزی درباره شما نگه می‌داریم. با /delete درخواست می‌کنید آن پاک شود. /stop: دیگر پیامی نمی‌گیرید.
    سؤال دارید؟ از مسئول خود در COA یا شهرداری بپرسید.

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
        [nl] هلندی
        [en] انگلیسی
        [ar] عربی
        [ti] تیگرینیا
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
button-new-case = ➕ پرونده جدید
button-my-cases = 📋 پرونده‌ها
button-cancel = ✖️ توقف

command-menu = کجا هستم و چه کارهایی مانده است
command-help = راهنما
command-language = انتخاب زبان
command-newcase = باز کردن پرونده جدید (کارمندان)
command-cases = نمایش پرونده‌ها (کارمندان)
command-cancel = توقف کاری که الان انجام می‌دهید
command-mydata = آنچه درباره من نگه داشته می‌شود
command-delete = درخواست پاک کردن اطلاعات من
command-stop = دیگر پیام نمی‌خواهم
command-explain = یعنی چه؟ توضیحات
command-link = وصل کردن این گروه به سازمان شما یا به یک پرونده
command-plan = برنامه و توافق‌ها
command-case = خلاصه هر پرونده (کارمندان)
command-meet = برنامه‌ریزی جلسه سه‌جانبه (کارمندان)
command-prepare = آمادگی برای جلسه

value-date = { $date }
value-unknown = هنوز معلوم نیست
contact-named = { $name }
contact-unknown = هنوز معلوم نیست

# invites: guessing
invite-too-many-tries = شما بارها لینکی را امتحان کرده‌اید که کار نکرد. لطفاً یک ساعت صبر کنید و سپس دوباره امتحان کنید.

# Above every message to staff or a group about a case (issue 12): the case reference and the status holder's first name.
about-case =
    📁 { $reference } · { $name }
    { $body }

# The language picker once a language was tapped (issue 12): the choice in its own script.
language-picked = 🌐 ✅ { $language }

# Paging a list of cases (issue 12), and a typed reference that is not one of them.
button-page-prev = ◀️
button-page-next = ▶️
picker-not-found = شما اینجا هیچ پرونده بازی با شماره پرونده { $reference } ندارید. با /cases پرونده‌های خود را ببینید.

# Several messages for one team group that fall due together, sent as one (issue 12): each under the name of its case.
digest =
    📋 پیام‌ها ({ $count }):

    { $items }
