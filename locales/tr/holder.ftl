# The status holder's first steps. Plain language: short sentences, everyday words.

holder-privacy-notice =
    🔒 Bilgileriniz
    Sadece şunları saklıyoruz: adınız, dosya numarası, diliniz ve belediyeye (gemeente) taşınmanızla ilgili anlaşmalar.
    Bunu kim görür? COA'daki ve belediyedeki iletişim kişiniz.
    Neden? Belediye, uyum sürecinizde (inburgering) size yardım eder. Bu, yasaya göre belediyenin görevidir.
    Sağlığınızı, dininizi veya kökeninizi sormuyoruz.
    Neleri sakladığımızı her zaman sorabilirsiniz. Bunların silinmesini de isteyebilirsiniz. İletişim kişinize sorun.
button-privacy-ok = ✅ Anladım
holder-overview =
    👋 Hoş geldiniz!
    COA'daki iletişim kişiniz: { $coa_contact } ({ $coa })
    Belediyedeki iletişim kişiniz: { $gemeente_contact } ({ $gemeente })

    Şimdi ne olacak?
    1. Belediye, uyum sürecinizin nasıl başlayacağını sizinle ve COA ile birlikte seçer.
    2. Siz, COA ve belediye ile üçlü görüşme (driegesprek) olacağı zaman burada bir mesaj alırsınız.
    3. Bunu tekrar görmek için /menu yazın.
holder-joined-staff = ✅ { $name } ({ $reference } numaralı dosya) artık katıldı. Okuduğu dil: { language-name }.
