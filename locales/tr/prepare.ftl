# Preparing a meeting: questionnaire, consent, checklists (issue 6).
# The questions are read by status holders: plain words, one question per message.

prep-step = ({ $n }/{ $total }) { $question }
prep-ask-education = 🎓 Hangi okulu bitirdiniz?
prep-ask-work-years = 💼 Kaç yıl çalıştınız?
prep-ask-work-field = 🛠️ Ne tür bir işte?
prep-ask-dutch = 🇳🇱 Ne kadar süredir Hollandaca dersi alıyorsunuz?
prep-ask-goal = 🎯 En çok ne istiyorsunuz?
prep-ask-household = 🏠 Kiminle yaşıyorsunuz?
prep-ask-reunification = 👪 Hollanda'ya gelecek aile üyelerinizi bekliyor musunuz?
prep-ask-health = 🩺 Sağlığınız veya bakımınız hakkında konuşmak istediğiniz bir şey var mı? Ne olduğunu yazmayın.
prep-ask-moment = 🕐 Size en iyi ne zaman ulaşabiliriz?
prep-ask-channel = 📱 Size en iyi nasıl ulaşabiliriz?
prep-ask-interpreter = 🌍 Görüşmede tercüman istiyor musunuz?
prep-ask-without-partner = 🗣️ Eşiniz yanınızda olmadan da konuşmak ister misiniz?
prep-ask-own-questions = ❓ Görüşme için sorularınız var mı? Buraya yazın. Ya da Atla'ya dokunun.
prep-own-saved = ✅ Sorularınız kaydedildi.

prep-label-education = 🎓 Okul
prep-label-work-years = 💼 Çalışma yılı
prep-label-work-field = 🛠️ İş türü
prep-label-dutch = 🇳🇱 Hollandaca dersi
prep-label-goal = 🎯 İstek
prep-label-household = 🏠 Hane
prep-label-reunification = 👪 Gelecek aile
prep-label-health = 🩺 Sağlık veya bakım konuşmak
prep-label-moment = 🕐 En iyi zaman
prep-label-channel = 📱 En iyi yol
prep-label-interpreter = 🌍 Tercüman isteniyor
prep-label-without-partner = 🗣️ Eşsiz de konuşmak

prep-edu-none = Okul yok
prep-edu-primary = İlkokul
prep-edu-secondary = Ortaokul veya lise
prep-edu-vocational = Meslek eğitimi
prep-edu-university = Yüksekokul veya üniversite
prep-years-none = Hiç çalışmadım
prep-years-few = 1 veya 2 yıl
prep-years-some = 3 ile 5 yıl
prep-years-many = 5 yıldan fazla
prep-field-building = 🔧 İnşaat veya teknik
prep-field-care = 🤲 Bakım
prep-field-food = 🍽️ Restoran veya gıda
prep-field-transport = 🚚 Taşımacılık
prep-field-farming = 🌾 Tarım
prep-field-shop = 🛒 Mağaza veya ticaret
prep-field-office = 💻 Ofis veya bilgisayar
prep-field-other = Başka iş
prep-dutch-none = Henüz ders yok
prep-dutch-short = 3 aydan az
prep-dutch-year = 3 ile 12 ay
prep-dutch-long = 1 yıldan fazla
prep-goal-work = 💼 Çalışmak
prep-goal-study = 📚 Okumak
prep-goal-both = Çalışmak ve okumak
prep-goal-unsure = Henüz bilmiyorum
prep-house-alone = Yalnız
prep-house-partner = Eşimle
prep-house-children = Çocuklarımla
prep-house-family = Eşim ve çocuklarımla
prep-yes = ✅ Evet
prep-no = ❌ Hayır
prep-rather-not-say = Söylemek istemiyorum
prep-moment-morning = 🌅 Sabah
prep-moment-afternoon = ☀️ Öğleden sonra
prep-moment-evening = 🌙 Akşam
prep-channel-message = 💬 Mesaj
prep-channel-call = 📞 Telefon
prep-channel-either = Fark etmez
prep-interp-own = Evet, kendi dilimde
prep-interp-other = Evet, başka bir dilde
prep-interp-no = Hayır, yeterince iyi Hollandaca konuşuyorum
prep-interp-unsure = Bilmiyorum
prep-ask-interpreter-language = 🌍 Başka bir dilde tercüman istiyorsunuz. Hangi dilde?
prep-label-interpreter-language = 🌍 Tercüman dili

prep-button-skip = ⏭️ Atla
prep-skipped = atlandı
prep-not-answered = henüz cevaplanmadı
prep-none = —
prep-line = { $label }: { $value }
prep-list = { $lines }
prep-own-as-typed = { $text } (çevrilmedi)
prep-review =
    📋 Cevaplarınız
    { $answers }
    ❓ Sorularınız: { $own }

    Bir şeyi değiştirmek için bir düğmeye dokunun.
prep-button-own-questions = ❓ Sorularım
prep-button-sharing = 🔒 Paylaştıklarım
prep-button-documents = 🎒 Belgeler
prep-button-review = 📋 Cevaplarım

prep-consent-notice-v2 =
    🔒 Cevaplarınızı kim görür?
    COA'daki ve belediyedeki iletişim kişiniz. Böylece sizinle görüşmeye iyi hazırlanabilirler.
    Siz seçersiniz. Hiçbir şey paylaşmayabilirsiniz de.
    Bunu daha sonra bu düğmelerle her zaman değiştirebilirsiniz.

    📋 Cevaplarınız: { $answers }
    ❓ Sorularınız: { $questions }
prep-shared-yes = ✅ paylaşıldı
prep-shared-no = 🚫 paylaşılmadı
prep-button-share-answers = ✅ Cevaplarımı paylaş
prep-button-stop-answers = 🚫 Cevaplarımı paylaşmayı durdur
prep-button-share-questions = ✅ Sorularımı paylaş
prep-button-stop-questions = 🚫 Sorularımı paylaşmayı durdur

prep-documents =
    🎒 Bu belgeleri görüşmeye getirin.
    Hazır olan belgeye dokunun.
prep-check-done-button = ✅ { $item }
prep-check-open-button = ⬜ { $item }
prep-item-permit = 🪪 Oturma izni
prep-item-bsn = ✉️ BSN numaranızın olduğu mektup
prep-item-diplomas = 🎓 Diplomalar
prep-item-cv = 📄 CV
prep-item-profile = Danışan profili teslim edildi
prep-item-programme = Takip edilen program iletildi
prep-item-need-to-know = Belediyenin önceden bilmesi gerekenler iletildi
prep-item-options = Seçenekler açıklandı
prep-item-intake = Kapsamlı giriş görüşmesi planlandı
prep-item-contact = İletişim kişisi belirlendi

prep-holder-only = Bu sorular statü sahibi içindir.
prep-holder-not-ready = Önce dilinizi seçin ve açıklamayı okuyun. /menu yazın.
prep-cases = 📋 Hazırlık: bir dosya seçin.
prep-case-button = { $reference } · { $name }
prep-button-refresh = 🔄 Yenile
prep-staff-not-shared = 🔒 Statü sahibi tarafından paylaşılmadı
prep-staff-overview =
    📋 Hazırlık { $reference } ({ $name })

    Anket:
    { $answers }

    Henüz cevaplanmadı:
    { $missing }

    Kendi soruları:
    { $own }

    Kontrol listesi:
    { $checklist }
prep-party-holder = Statü sahibi
prep-party-coa = COA
prep-party-gemeente = Belediye
prep-check-party =
    { $party }:
    { $items }
prep-check-done = ✅ { $item } ({ $at })
prep-check-open = ⬜ { $item }
prep-reminder-staff =
    ⏰ Görüşme { $start } tarihinde. Hazırlığın durumu:

    { $overview }
prep-reminder-holder =
    ⏰ Görüşmeniz { $start } tarihinde. Bu belgeleri getirin:
    { $items }
    İşaretlemek için /prepare yazın.
prep-agenda-with =
    { $message }

    📋 Konuşacağımız konular:
    { $items }
prep-agenda-item = { $n }. { $what }

# Shown to staff beside an answer given or changed after the meeting took place.
prep-answer-late = { $line } (görüşmeden sonra dolduruldu)
prep-own-no-numbers = Buraya BSN veya V-nummer yazmayın. Bu numarayı saklamıyoruz. Sorularınızı bu numara olmadan yazın.

## The agenda per meeting (staff reorder and extend it) and which meeting is being prepared.
# Staff overview: the meeting this preparation is for. $when is prep-agenda-when,
# prep-agenda-no-time or prep-meeting-not-planned.
prep-staff-for-meeting =
    { $overview }

    🗓 Bu, { $number }. görüşmenin hazırlığıdır. Görüşme { $when }.
prep-agenda-when = { $at } tarihinde
prep-agenda-no-time = (henüz saat belirlenmedi)
prep-meeting-not-planned = (henüz planlanmadı)
prep-agenda-button = 🗒 Gündem
prep-agenda-editor =
    🗒 { $number }. görüşmenin gündemi, dosya { $reference } ({ $name }). Görüşme { $when }:
    { $items }

    Bir maddeyi ⬆️ veya ⬇️ ile taşıyın. Kendi maddelerinizi ✖️ ile kaldırın. Gündem hazır olunca herkese gönderin.
prep-agenda-up-button = ⬆️ { $n }
prep-agenda-down-button = ⬇️ { $n }
prep-agenda-remove-button = ✖️ { $n }
prep-agenda-add-button = ➕ Madde ekle
prep-agenda-send-button = 📨 Üçüne de gönder
prep-agenda-back-button = ⬅️ Hazırlık
prep-agenda-ask-point = Yeni maddeyi tek satırda, en fazla { $max } karakterle yazın. Madde çevrilmez: basit Hollandaca yazın, tercüman sesli okur.
prep-agenda-no-numbers = Gündeme BSN veya V-nummer yazmayın. Maddeyi bu numara olmadan yazın.
prep-agenda-full = Gündemde zaten { $max } madde var. Önce kendi maddelerinizden birini kaldırın.
prep-agenda-empty = Gündem henüz boş. Önce bir madde ekleyin.
prep-agenda-meeting-over = Bu görüşme bitti veya iptal edildi. Gündemi artık değişmez.
prep-agenda-sent =
    { $count ->
        [0] Gündemin gönderileceği başka kimse yok.
        [one] Gündem { $count } sohbete gönderildi.
       *[other] Gündem { $count } sohbete gönderildi.
    }
# To all three, the status holder in their language: the agenda after staff changed it.
prep-agenda-updated =
    🗒 Görüşme { $when }. Görüşmede bunları konuşacağız:
    { $items }
# Status holder: a button on their overview that shows the agenda of their next meeting.
prep-button-agenda = 🗒 Neler konuşacağız
