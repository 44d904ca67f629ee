## Statü sahibinin hakları (issue 14): saklananları görmek (/mydata), silinmesini istemek
## (/delete), artık mesaj almamak (/stop). Statü sahibine giden mesajlar "siz" der, kısa
## cümlelerle; personele giden mesajlar dosyayı (referans ve ad) belirtir.

privacy-button-menu = 🔒 Bilgileriniz
privacy-menu =
    🔒 Bilgileriniz
    • Sizinle ilgili sakladığımız her şeyi görün.
    • Bilgilerinizin silinmesini isteyin.
    • Bu bottan artık mesaj almayın.
privacy-button-mydata = 📄 Bilgilerimi gör
privacy-button-delete = 🗑 Bilgilerimi sil
privacy-button-stop = 🔕 Artık mesaj yok
privacy-button-no = ↩️ Hayır
privacy-never = ↩️ Tamam, hiçbir şey değişmiyor.
privacy-staff = Bu botu kullandığınız sürece adınız, kurumunuz ve üzerinde çalıştığınız dosyalar saklanır. Yöneticiniz erişiminizi sonlandırabilir. Sorunuz mu var? Kurumunuzun veri koruma görevlisine sorun.
privacy-nothing-kept = Statü sahibi olarak sizinle ilgili hiçbir bilgi saklamıyoruz. COA'dan veya belediyeden (gemeente) bir bağlantı mı aldınız? O bağlantıyı tekrar açın.

privacy-mydata =
    🔒 Sizinle ilgili sakladıklarımız
    { $facts }

    📋 Planınızdaki anlaşmalar:
    { $agreements }

    📅 Görüşmeler:
    { $meetings }
    Önerilen saatlere cevaplarınız: { $time_answers }

    📝 Görüşmeye hazırlık için cevaplarınız:
    { $answers }

    ❓ Kendi sorularınız:
    { $own }

    👀 { $sharing }

    Aşağıdaki dosyada aynı bilgiler var, bilgisayar için.
    /delete: bilgilerinizin silinmesini isteyin. /stop: artık mesaj almayın.
privacy-mydata-file = 📄 Bilgileriniz (bilgisayar için dosya)
privacy-none = • (hiçbir şey)
privacy-yes-no = { $value ->
        [yes] evet
       *[no] hayır
    }
privacy-fact-name = • Ad: { $name }
privacy-fact-reference = • Dosya numarası: { $reference }
privacy-fact-orgs = • COA: { $coa } · Belediye: { $gemeente }
privacy-fact-language = • Dil: { language-name }
privacy-fact-matching = • Belediyeye bağlandığı tarih: { $date }
privacy-fact-housing = • Taşınma tarihi: { $date }
privacy-fact-joined = • Bu sohbette şu tarihten beri: { $date }
privacy-fact-notice = • Gizlilik açıklamasını okuduğunuz tarih: { $date }
privacy-fact-closed = • Rehberliğin bittiği tarih: { $date }
privacy-fact-stopped = • Mesajları durdurduğunuz tarih: { $date }
privacy-meeting = • { $when } · { $place } · { $status ->
        [confirmed] planlandı
        [held] yapıldı
        [absent] biri gelmedi
        [cancelled] iptal edildi
       *[proposed] saatler önerildi
    }
privacy-meeting-proposed = • { $place } · saatler önerildi
privacy-own-question = • { $text }
privacy-sharing = İletişim kişilerinize gösteriliyor mu? Cevaplarınız: { $answers }, sorularınız: { $questions }.

privacy-delete-ask =
    🗑 Bilgileriniz silinsin mi?
    Belediyenizden adınızı, cevaplarınızı ve yazdığınız her şeyi silmesini isteriz.
    Bazen yasa, belediyenin bir şeyi saklaması gerektiğini söyler. O zaman belediye size nedenini söyler.
    Cevabı burada alırsınız.
privacy-button-delete-yes = 🗑 Evet, silinmesini iste
privacy-delete-asked = ✅ Belediyenizden bilgilerinizi silmesi istendi. Cevabı burada alırsınız.
privacy-delete-pending = ⏳ Bunu zaten istediniz. Belediyeniz size burada cevap verecek.

privacy-request-staff =
    🗑 { $name } ({ $reference }) bilgilerinin silinmesini istiyor.
    Bilgileri silin veya belediyenin neden saklaması gerektiğini söyleyin. { $name } cevabınızı kendi dilinde okur.
privacy-button-erase = 🗑 Bilgileri sil
privacy-button-keep = 📜 Sakla: nedenini söyle
privacy-button-back = ↩️ Geri
privacy-request-decided = { $reference } için bu talep zaten cevaplandı.
privacy-erase-confirm =
    { $reference } ({ $name }) için tüm bilgiler silinsin mi?
    Ad, cevaplar, yazılan her şey ve sohbet silinir. Bu geri alınamaz. Dosya kapatılır; sadece anonim sayılar kalır.
privacy-button-erase-yes = ✅ Evet, sil
privacy-erased-you = 🗑 { $reference } bilgileri silindi. Dosya kapatıldı.
privacy-erased-staff = 🗑 { $reference } bilgileri, statü sahibinin isteği üzerine { $who } tarafından silindi. Dosya kapatıldı.
privacy-erased-holder = 🗑 Bilgileriniz silindi. Bu bot size artık mesaj göndermeyecek. Sorunuz mu var? Doğrudan belediyenizle (gemeente) iletişime geçin.
privacy-keep-ask = Belediye { $reference } ({ $name }) bilgilerini neden saklamalı? { $name } bu nedeni kendi dilinde okur.
privacy-keep-reason = { $reason ->
        [integration_duty] Belediyenin uyum süreciniz (inburgering) için bu bilgilere ihtiyacı var. Yasa (Wet inburgering 2021) bu görevi belediyeye veriyor.
        [archive_law] Arşiv yasası (Archiefwet), belediyenin bu bilgileri bir süre saklaması gerektiğini söylüyor.
       *[legal_claim] Bu bilgiler, hâlâ devam eden bir itiraz veya dava için gerekli.
    }
privacy-kept-holder =
    📜 { $org } şu anda tüm bilgilerinizi silemiyor.
    Neden: { $reason }
    Sorunuz mu var? İletişim kişinize sorun. Hollanda veri koruma kurumuna (Autoriteit Persoonsgegevens) şikâyette de bulunabilirsiniz.
privacy-kept-staff = 📜 { $who }, { $name } ({ $reference }) kişisinin bilgilerinin silinmesi talebine cevap verdi: bilgiler saklanıyor. Neden: { $reason }
privacy-kept-you = 📜 { $reference } bilgileri saklanıyor. Statü sahibine nedeni bildirildi: { $reason }

privacy-stop-ask =
    🔕 Bu bottan artık mesaj almak istemiyor musunuz?
    İletişim kişilerinize bildirilir. Bilgilerinizi yine görebilir veya sildirebilirsiniz. Tekrar mesaj almak için /start gönderin.
privacy-button-stop-yes = 🔕 Evet, durdur
privacy-stopped-you = 🔕 Bu bottan artık mesaj almayacaksınız. Bunu iletişim kişilerinize bildirdik. Tekrar mesaj almak için /start gönderin.
privacy-stopped-hint = 🔕 Bu botun mesajlarını durdurdunuz. Tekrar kullanmak için /start gönderin. /mydata bilgilerinizi gösterir, /delete onları siler.
privacy-stopped-staff = 🔕 { $name } ({ $reference }) bu botun mesajlarını durdurdu. Ona artık hiçbir şey gitmiyor, hatırlatmalar da. Lütfen onunla başka bir yoldan iletişime geçin.
privacy-resumed-you = ✅ Tekrar hoş geldiniz. Yine mesaj alacaksınız.
privacy-resumed-staff = ✅ { $name } ({ $reference }) bu bottan yine mesaj alıyor.
