# The status holder's first steps. Plain language: short sentences, everyday words.

holder-privacy-notice-v2 =
    🔒 Bilgileriniz

    Neleri saklıyoruz?
    • Adınız.
    • COA'nın veya belediyenin (gemeente) dosya numarası.
    • Diliniz.
    • Taşınmanızla ilgili anlaşmalar.
    • Daha sonra, sadece isterseniz: görüşmeye hazırlık için cevaplarınız ve sorularınız.

    Bunu kim görür?
    COA'daki ve belediyedeki iletişim kişiniz.
    Cevaplarınızı ve sorularınızı sadece siz evet derseniz görürler. Bunu her zaman durdurabilirsiniz.

    Neden?
    Belediye, uyum sürecinizde (inburgering) size yardım eder. Bu, yasaya göre belediyenin görevidir.

    Sağlığınız, dininiz veya kökeniniz hakkında asla ayrıntı sormayız.
    Sağlık veya bakım hakkında konuşmak isteyip istemediğinizi sorabiliriz. Siz seçersiniz. Ne olduğunu asla söylemek zorunda değilsiniz.

    Neleri sakladığımızı her zaman görebilirsiniz: /mydata. Bunların silinmesini isteyebilirsiniz: /delete.
button-privacy-ok = ✅ Anladım
holder-overview-v2 =
    👋 Hoş geldiniz!
    COA'daki iletişim kişiniz: { $coa_contact } ({ $coa })
    Belediyedeki iletişim kişiniz: { $gemeente_contact } ({ $gemeente })

    { $next }

    Bunu tekrar görmek için /menu yazın.
holder-next-fresh =
    Şimdi ne olacak?
    1. Belediye, uyum sürecinizin nasıl başlayacağını sizinle ve COA ile birlikte seçer.
    2. Siz, COA ve belediye ile üçlü görüşme (driegesprek) olacağı zaman burada bir mesaj alırsınız.
holder-next-none = 📅 Henüz planlanmış bir görüşme yok. Görüşme olunca burada bir mesaj alırsınız.
holder-next-choosing = 📅 Görüşmeniz için bir zaman arıyoruz. Burada saatlerin olduğu bir mesaj alırsınız (ya da zaten aldınız). O mesajda size uyan saatleri seçin.
holder-next-meeting =
    📅 Görüşme: { $at }
    { $where }
holder-next-bring =
    🎒 Görüşmeye getirin:
    { $items }
holder-next-bring-all = 🎒 Görüşme için bütün belgeleriniz hazır. 👍
holder-next-task =
    ✏️ Sıradaki göreviniz: { $what }
    Ne zaman: { $due }
holder-joined-staff = ✅ { $name } ({ $reference } numaralı dosya) artık katıldı. Okuduğu dil: { language-name }.
holder-not-text = 🎤 Sesli mesajları dinleyemem ve fotoğraflara bakamam. Bir düğmeye dokunun. Sorunuz mu var? İletişim kişinizi arayın veya ona yazın.
holder-use-buttons = 👇 Bir düğmeye dokunun. Sorunuz mu var? İletişim kişinize sorun.
button-menu-home = 🏠 Menü
