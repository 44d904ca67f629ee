# Shared messages: errors, menus, languages, commands.
# Staff read Dutch; status holders read their own language. Keep sentences short.

error-internal = Bizim tarafımızda bir sorun oldu. Birkaç dakika sonra tekrar deneyin.
error-not-saved = Hiçbir şey kaydedilmedi: bot şu anda hiçbir şey saklayamıyor. Lütfen daha sonra tekrar deneyin.
error-unknown-command = Bu komutu bilmiyorum. Neler yapabileceğinizi görmek için /menu yazın.
error-edited-ignored = Bir mesajı değiştirdiniz. Ben sadece yeni mesajları okurum. Bir şey değişecekse cevabınızı tekrar gönderin.
error-button-stale = Bu düğme artık çalışmıyor. Devam etmek için /menu yazın.
error-staff-only = Bunu sadece COA veya belediye çalışanları yapabilir.
error-not-on-case = Bu dosyada yer almıyorsunuz. Hiçbir şey değişmedi.
error-expected-text = Sadece yazı okuyabilirim. Cevabınızı mesaj olarak yazın.
error-not-text-menu = Sadece yazı ve düğmeleri okuyabilirim. Devam etmek için /menu yazın.
hint-use-menu = Bir düğmeye dokunun veya neler yapabileceğinizi görmek için /menu yazın.
stranger-welcome = Merhaba! Bu bot, COA'dan belediyeye (gemeente) destekli geçişte (warme overdracht) yardım eder. COA'daki veya belediyedeki iletişim kişinizden bir davet bağlantısı almanız gerekir.
cancel-nothing = Şu anda durdurulacak bir şey yok.
group-only-command = Bu sadece bir grupta çalışır.
private-only-command = Bu sadece benimle özel sohbette çalışır.

invite-unknown = Bu bağlantıyı tanımıyorum. İletişim kişinizden yeni bir bağlantı isteyin.
invite-expired = Bu bağlantının süresi doldu. İletişim kişinizden yeni bir bağlantı isteyin.
invite-used = Bu bağlantı zaten kullanıldı. İletişim kişinizden yeni bir bağlantı isteyin.
invite-holder-not-for-you = Bu bağlantı bir statü sahibi (statushouder) içindir. Bu bot sizi zaten tanıyor, bu yüzden hiçbir şey değişmedi.
invite-staff-not-for-you = Bu bağlantı çalışanlar içindir. Hiçbir şey değişmedi.
invite-other-org = Bu bağlantı başka bir kurumun çalışanları içindir. Hiçbir şey değişmedi.

staff-joined = Hoş geldiniz! { $org } ({ $kind ->
        [coa] COA
       *[gemeente] belediye
    }) çalışanı olarak kaydoldunuz. Başlamak için /menu yazın.
staff-already = Zaten çalışan olarak kayıtlısınız. Devam etmek için /menu yazın.
staff-joined-case = { $name } ({ $org }) artık { $reference } numaralı dosyada yer alıyor.
staff-joined-this-case =
    ✅ Artık { $reference } numaralı dosyada ({ $name }) yer alıyorsunuz. /plan planı gösterir, /meet görüşmeyi planlar.
    { $others }
# Who else works on the case a staff member just joined (issue 12).
staff-joined-with =
    Bu dosyada ayrıca:
    { $people }
staff-joined-person = • { $who } ({ $org })
staff-joined-first = Bu dosyadaki ilk personel sizsiniz.

menu-staff = { $name }, { $org }
    { $cases ->
        [0] Henüz hiçbir dosyada yer almıyorsunuz
        [one] Bir dosyada yer alıyorsunuz
       *[other] { $cases } dosyada yer alıyorsunuz
    }.
help-staff =
    Nasıl çalışır:
    • /newcase yeni bir dosya açar. Her seferinde tek bir soru sorarım.
    • /cases kurumunuzun dosyalarını gösterir.
    • /menu nerede olduğunuzu ve neyin açık olduğunu gösterir.
    • /plan bir dosyanın planını ve anlaşmalarını gösterir.
    • /meet bir üçlü görüşme planlar.
    • /prepare görüşmenin hazırlığını gösterir.
    • /language dilinizi seçer.
    • /cancel şu anda yaptığınız işlemi durdurur.
    Beni ekibinizin grubuna ekleyin: { $group_link }
    Sonra grupta /link yazın.
help-holder =
    Yardım:
    • /menu iletişim kişilerinizi ve şimdi ne olduğunu gösterir.
    • /plan planınızı ve anlaşmaları gösterir.
    • /prepare görüşmeye hazırlanmanıza yardım eder.
    • /language başka bir dil seçer.
    • /mydata sizinle ilgili sakladıklarımızı gösterir. /delete bunların silinmesini ister. /stop: artık mesaj yok.
    Sorunuz mu var? COA'daki veya belediyedeki (gemeente) iletişim kişinize sorun.

language-choose = 🌐 Dilinizi seçin.
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
language-set = ✅ Dil: { language-name }.
language-name = { $language ->
        [nl] Hollandaca
        [en] İngilizce
        [ar] Arapça
        [ti] Tigrinya dili
        [tr] Türkçe
        [kmr] Kürtçe (Kurmanci)
        [prs] Darice
        [fa] Farsça
        [so] Somalice
        [ckb] Kürtçe (Sorani)
        [ps] Peştuca
        [am] Amharca
       *[fr] Fransızca
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

button-language = 🌐 Dil
button-new-case = ➕ Yeni dosya
button-my-cases = 📋 Dosyalar
button-cancel = ✖️ Durdur

command-menu = Neredeyim ve neler açık
command-help = Yardım
command-language = Dil seç
command-newcase = Yeni dosya aç (çalışanlar)
command-cases = Dosyaları göster (çalışanlar)
command-cancel = Şu anki işlemi durdur
command-mydata = Benimle ilgili saklananlar
command-delete = Bilgilerimin silinmesini iste
command-stop = Artık mesaj yok
command-explain = Ne anlama geliyor? Açıklamalar
command-link = Bu grubu kurumunuza veya bir dosyaya bağlayın
command-plan = Plan ve yapılan anlaşmalar
command-case = Dosya özeti (personel)
command-meet = Üçlü görüşme planla (personel)
command-prepare = Görüşmeye hazırlan

value-date = { $date }
value-unknown = henüz bilinmiyor
contact-named = { $name }
contact-unknown = henüz bilinmiyor

# invites: guessing
invite-too-many-tries = Çalışmayan bir bağlantıyı çok fazla denediniz. Lütfen bir saat bekleyin ve sonra tekrar deneyin.

# Above every message to staff or a group about a case (issue 12): the case reference and the status holder's first name.
about-case =
    📁 { $reference } · { $name }
    { $body }

# The language picker once a language was tapped (issue 12): the choice in its own script.
language-picked = 🌐 ✅ { $language }

# Paging a list of cases (issue 12), and a typed reference that is not one of them.
button-page-prev = ◀️
button-page-next = ▶️
picker-not-found = Burada { $reference } numaralı açık bir dosyanız yok. /cases dosyalarınızı gösterir.

# Several messages for one team group that fall due together, sent as one (issue 12): each under the name of its case.
digest =
    📋 Mesajlar ({ $count }):

    { $items }
