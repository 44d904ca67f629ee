## Explainers (issue 15): the terms of the handover in plain words, at most about 60 words each:
## what it is, who does it, what it means for you, whether it is required. Written from the
## domain brief only; no legal advice. The Dutch term stays in brackets so people can say it.

explain-button-how = ❓ Bu nasıl işliyor?
explain-button-all = 📚 Tüm açıklamalar
explain-button-send = ❓ Açıklama gönder
explain-list = 📚 Ne anlama geliyor? Bir kelimeye dokunun.
explain-button = ❓ { $term ->
        [handover] Bu nasıl işliyor?
        [fast_start] Yaklaşım 1 · Hızlı başlangıç
        [combined] Yaklaşım 2 · Birleşik
        [after_housing] Yaklaşım 3 · Taşındıktan sonra
        [broad_intake] Kapsamlı giriş görüşmesi
        [learnability] Öğrenebilirlik testi
        [pip] Kişisel plan (PIP)
        [b1_route] B1 yolu
        [education_route] Eğitim yolu
        [z_route] Z yolu
        [knm] KNM
        [map] MAP
        [participation] Katılım beyanı
        [client_profile] Danışan profili
       *[coa_programme] COA programı
    }
explain-handover =
    ❓ Bu nasıl işliyor?
    1. COA ve belediyeniz (gemeente) sizinle birlikte konuşur. Buna üçlü görüşme (driegesprek) denir. Görüntülü veya telefonla da olabilir.
    2. Kimin neyi ne zaman yapacağına birlikte karar verirsiniz. Bu sizin planınızdır.
    3. Bu bot herkese hatırlatır. Planı size kendi dilinizde gösterir.
    COA'daki iletişim kişiniz: { $coa }
    Belediyedeki iletişim kişiniz: { $gemeente }
explain-text = { $term ->
        [fast_start] Yaklaşım 1 · Hızlı başlangıç: belediyeyle uyum süreciniz (inburgering) şimdi başlar, siz daha azc'de yaşarken. Belediye derslerinizi ayarlar. Dersler taşındıktan sonra da devam eder. COA programına katılmazsınız.
        [combined] Yaklaşım 2 · Birleşik: belediye sizinle azc'de zaten konuşur: kapsamlı giriş görüşmesi (brede intake). Dersleriniz taşındıktan sonra başlar. O zamana kadar COA programına katılabilirsiniz.
        [after_housing] Yaklaşım 3 · Taşındıktan sonra başlangıç: belediyeyle ilgili her şey, yeni evinize taşındıktan sonra başlar. O zamana kadar COA programına katılabilirsiniz.
        [broad_intake] Kapsamlı giriş görüşmesi (brede intake): belediyeyle sizin hakkınızda bir görüşme: okul, iş, aile ve sağlık. Bir de öğrenebilirlik testi vardır. Katılmanız zorunludur. İki davetten sonra gelmezseniz para cezası alabilirsiniz.
        [learnability] Öğrenebilirlik testi (leerbaarheidstoets): nasıl öğrendiğinize dair kısa bir test. Kapsamlı giriş görüşmesinin bir parçasıdır. Belediyenin size uyan yolu seçmesine yardım eder.
        [pip] Kişisel plan (PIP): belediye uyum planınızı yazar: yolunuz (B1 yolu, eğitim yolu veya Z yolu) ve başka neler yapacağınız. Önce bunu konuşursunuz. 3 yıllık uyum süreniz, ilk PIP'inizden sonraki gün başlar.
        [b1_route] B1 yolu: Hollandacayı B1 seviyesine kadar öğrenirsiniz ve bir işe doğru çalışırsınız. Belediye bu yolu sizinle birlikte kişisel planınızda (PIP) seçer.
        [education_route] Eğitim yolu (onderwijsroute): gençler için. Hollanda'da okula gitmek veya üniversitede okumak için Hollandaca öğrenirsiniz. Kişisel planınızda (PIP) seçilir.
        [z_route] Z yolu: B1 seviyesi çok zor olan kişiler için. Hollandaca öğrenirsiniz ve günlük hayatta kendi başınıza nasıl idare edeceğinizi öğrenirsiniz. Kişisel planınızda (PIP) seçilir.
        [knm] KNM (Hollanda toplumu bilgisi): Hollanda'daki hayat hakkında dersler: sağlık hizmetleri, iş, okul, konut ve yasalar. Uyum sürecinizin bir parçasıdır.
        [map] MAP (iş piyasası ve katılım): Hollanda'da çalışma hayatının nasıl işlediğini ve nasıl iş bulacağınızı öğrenirsiniz. Uyum sürecinizin bir parçasıdır.
        [participation] Katılım beyanı (participatieverklaring): Hollanda'nın özgürlük ve eşitlik gibi temel değerlerini öğrenirsiniz. Sonra bir beyan imzalarsınız. Uyum sürecinizin bir parçasıdır.
        [client_profile] Danışan profili (klantprofiel): COA'nın sizin hakkınızda yazdıkları: okul, iş, istekler, aile ve dil. COA bunu belediyenize verir, böylece her şeyi yeniden anlatmanız gerekmez.
       *[coa_programme] COA programı: siz azc'de beklerken COA; Hollandaca dersleri, Hollanda hakkında bilgi ve rehberlik sunar. Katılıp katılmayacağınızı siz seçersiniz. Belediyenin ayarladıkları önce gelir.
    }
explain-pick = { $name } ({ $reference }) kişisine hangi açıklamayı göndermek istiyorsunuz? Kişi açıklamayı kendi dilinde alır.
explain-sent = ✅ { $reference } dosyasının statü sahibine gönderildi.
explain-no-holder = { $reference } dosyasının statü sahibi henüz katılmadı.
explain-sent-holder =
    { $who } size bir açıklama gönderdi:

    { $text }
