# Opening a case, and the list of cases. Read by staff.

case-ask-name = Statü sahibinin adı veya baş harfleri nedir? Tam adı yazmayın.
case-ask-reference = Bu dosya için kendi dosya numaranız nedir? BSN veya V-numarası yazmayın.
case-ask-counterpart = Bu dosyada hangi { $kind ->
        [coa] COA merkeziyle
       *[gemeente] belediyeyle
    } birlikte çalışıyorsunuz?
case-no-counterpart-orgs = Henüz kayıtlı bir { $kind ->
        [coa] COA merkezi
       *[gemeente] belediye
    } yok. Yöneticiden eklemesini isteyin. Dosya açılmadı.
case-ask-matching = Eşleştirme tarihi nedir? Bir düğmeye dokunun veya bir tarihle cevap verin (gg-aa-yyyy).
case-ask-housing = Statü sahibine ne zaman ev verilmesi bekleniyor? Bir tarihle cevap verin (gg-aa-yyyy) veya düğmeye dokunun.
case-confirm =
    Bu bilgiler doğru mu?
    Statü sahibi: { $name }
    Dosya numarası: { $reference }
    Birlikte çalışılan: { $counterpart }
    Eşleştirme: { $matching }
    Beklenen ev tarihi: { $housing }
case-opened = ✅ { $reference } numaralı dosya açıldı.
case-holder-invite =
    { $name } için davet. Bu QR kodunu gösterin veya bağlantıyı gönderin. Bağlantı bir kez kullanılabilir; son geçerlilik: { $expires }.
    { $link }
case-counterpart-invite =
    { $reference } numaralı dosyaya katılması için bu bağlantıyı { $org } kurumundaki iletişim kişinize gönderin. Bağlantı bir kez kullanılabilir; son geçerlilik: { $expires }.
    { $link }
case-cancelled = Durduruldu. Hiçbir şey kaydedilmedi.
case-reference-taken = Kurumunuz { $reference } dosya numarasını zaten kullanıyor. Başka bir numara seçin.

button-org = { $org }
button-today = Bugün
button-yesterday = Dün
button-housing-unknown = Henüz bilinmiyor
button-open-case = ✅ Dosyayı aç

error-text-empty = Bu cevap boş. Tekrar deneyin.
error-text-too-long = Bu çok uzun. En fazla { $max ->
        [one] bir karakter
       *[other] { $max } karakter
    } kullanın.
error-looks-like-bsn = Bu bir BSN veya V-numarasına benziyor. Bunları kaydetmiyoruz. Kendi dosya numaranızı veya adı kullanın.
error-text-one-line = Tek satır kullanın, satır atlamadan.
error-expected-button = Düğmelerden birine dokunun.
error-not-a-date = Bu tarihi anlayamadım. Örneğin 30-03-2026 yazın.
error-matching-in-future = Eşleştirme tarihi gelecekte olamaz.
error-matching-too-old = Bu tarih üç yıldan daha eski. Tarihi kontrol edin.
error-housing-before-matching = Ev tarihi, eşleştirme tarihinden önce olamaz.
error-housing-in-past = Bu tarih geçti. Bugün veya daha sonraki bir tarih seçin ya da “Henüz bilinmiyor” düğmesine dokunun.

cases-list =
    { $count ->
        [one] Bir dosya:
       *[other] { $count } dosya:
    }
    { cases-legend }
    { $items }
cases-more = … ve { $hidden } dosya daha.
cases-line = • { $reference } – { $name }{ $late }{ $meeting }{ $option }{ $holder }{ $housing }
cases-fact = {" "}· { $fact }
cases-fact-none = {""}
cases-late = ⚠️ { $late } anlaşma gecikti
cases-meeting = 📅 { $when }
cases-meeting-proposed = 📅 saat seçiliyor
cases-option = yaklaşım { $option }
cases-holder-invited = 👤 davet edildi
cases-holder-choosing = 👤 dil seçiyor
cases-legend = En acil olanlar önce. ⚠️ gecikti · 📅 görüşme · 👤 statü sahibi · 🏠 beklenen konut
cases-housing = 🏠 { $date }
cases-none = Henüz açık dosya yok.
