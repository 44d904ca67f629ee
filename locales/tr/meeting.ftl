# Scheduling meetings (issue 4).

meeting-no-cases = Henüz hiçbir dosyada değilsiniz. Önce /newcase ile bir dosya açın.
meeting-choose-case = Hangi dosya için görüşme planlamak istiyorsunuz?
meeting-parties-missing = Üç tarafın hepsi henüz bu dosyada değil (belediye, COA ve statü sahibi). Herkes katılınca görüşmeyi planlayın.
meeting-pick-day = Saat { $n } (en fazla { $max }): bir gün seçin. Takvim { $month } tarihinde başlıyor.
meeting-pick-day-move = Görüşme için yeni saat: bir gün seçin. Takvim { $month } tarihinde başlıyor.
meeting-button-prev = ◀️ Önceki ay
meeting-button-next = Sonraki ay ▶️
meeting-button-slots-done = ✅ Saatler tamam
meeting-calendar-limit = Takvim daha ileri gitmiyor.
meeting-calendar-stale = Bu takvim eski. En yeni takvimi kullanın. Hiçbir şey değişmedi.
meeting-day-past = O gün geçti. Başka bir gün seçin.
meeting-pick-time = { $day } günü saat kaçta?
meeting-button-type-time = ⌨️ Başka saat yaz
meeting-ask-time = Saati yazın, örneğin 14:30.
meeting-bad-time = Bu saati anlamadım. Saat ve dakika yazın, örneğin 14:30.
meeting-slot-added = ✅ Saat { $n }: { $at }
meeting-slot-gap = Bu saat yok: o gece saat 02:00'den 03:00'e atlıyor (yaz saati). Başka bir saat seçin.
meeting-slot-past = Bu saat geçti. Gelecekte bir saat seçin.
meeting-slot-twice = Bu saati zaten seçtiniz. Başka bir saat seçin.
meeting-slot-too-many = Zaten altı saatiniz var. Daha fazlası olmaz: Saatler tamam'a dokunun.
meeting-slot-too-few = En az iki saat seçin.
meeting-warn-night = ⚠️ Dikkat: { $at } gece. Saat eklendi; yanlışsa /cancel ile durdurun.
meeting-warn-sunday = ⚠️ Dikkat: { $at } pazar günü. Saat eklendi.
meeting-warn-first-of-two = ⚠️ O gece saat geri alınıyor: 02:00–03:00 iki kez yaşanıyor. İlkini aldım (hâlâ yaz saati): { $at }. Daha geç isterseniz 03:00 veya sonrasını seçin.
meeting-ask-place = Görüşme nerede?
meeting-place = { $place ->
        [azc] 🏠 azc'de
        [townhall] 🏛️ Belediyede
        [video] 💻 Görüntülü görüşme
       *[phone] 📞 Telefonla
    }
meeting-where-video = 💻 Görüntülü görüşme: { $link }
meeting-ask-link = Görüntülü görüşmenin bağlantısını yazın. https:// ile başlar.
meeting-bad-link = Bu geçerli bir bağlantı değil. Sadece https:// ile başlayan bağlantı olur.
meeting-ask-interpreter = Tercüman gerekli mi? Statü sahibi { language-name } okuyor.
meeting-button-interpreter-yes = Evet, tercüman { language-name }
meeting-button-interpreter-no = Hayır, tercüman yok
meeting-button-interpreter-other = Başka bir dilde tercüman
meeting-ask-interpreter-language = Tercüman hangi dili konuşmalı?
meeting-interpreter-yes = 🗣️ Tercümanla: { language-name }
meeting-interpreter-no = Tercümansız
meeting-stopped = Durduruldu. Hiçbir şey planlanmadı.
meeting-proposed = { $reference } dosyasının saatleri üç tarafa da gönderildi ({ $slots } saat). Cevapları burada göreceksiniz.
meeting-slots-ask =
    📅 Görüşmeye ne zaman gelebilirsiniz?
    { $slots }
    { $place }
    { $interpreter }
    Her saat için dokunun: ✅ gelebilirim · 🤷 gerekirse · ❌ gelemem
meeting-answer = { $answer ->
        [can] ✅ gelebilir
        [if_needed] 🤷 gerekirse gelebilir
       *[cannot] ❌ gelemez
    }
meeting-party = { $party ->
        [holder] statü sahibi
        [coa] COA
       *[gemeente] belediye
    }
meeting-answer-saved = ✅ Kaydedildi.
meeting-not-your-party = Bu cevap başka bir taraf için. Sadece kendiniz için cevap verebilirsiniz. Hiçbir şey değişmedi.
meeting-slot-outdated = Bu saatler artık geçerli değil: görüşme taşındı, onaylandı veya iptal edildi. Hiçbir şey değişmedi.
meeting-suits-all = 🎉 { $at } üç tarafa da uyuyor. Bu saati onaylayın veya başka birini seçin.
meeting-none-suits =
    Hiçbir saat herkese uymuyor. Gelemeyenler:
    { $parties }
    Yeni saatler önerin.
meeting-button-new-round = 📅 Yeni saatler öner
meeting-changed-meanwhile = Bu görüşme az önce değişti veya iptal edildi. Hiçbir şey değişmedi; en yeni mesaja bakın.
meeting-confirmed =
    ✅ Görüşme kesinleşti:
    📅 { $at }
    { $place }
    { $interpreter }
meeting-button-cant-come = 🙁 Gelemiyorum
meeting-button-move = 🔁 Taşı
meeting-button-cancel = ✖️ Görüşmeyi iptal et
meeting-button-interpreter-booked = 🗣️ Tercüman ayarlandı
meeting-ask-reason = Üzgünüz. Neden gelemiyorsunuz?
meeting-reason = { $reason ->
        [ill] 🤒 Hastalık
        [travel] 🚌 Ulaşım yok
        [clash] 📅 Başka randevu
       *[other] Başka bir şey
    }
meeting-cant-come = 🙁 { $party } { $at } tarihinde gelemiyor. Sebep: { $reason }
meeting-moved =
    🔁 Görüşme taşındı. Önce: { $from }
    Şimdi:
    📅 { $at }
    { $place }
    { $interpreter }
meeting-cancelled =
    ✖️ Görüşme iptal edildi:
    📅 { $at }
    { $place }
    { $interpreter }
meeting-round-cancelled = ✖️ Önerilen saatler geri çekildi. Yeni bir öneri gelecek.
meeting-interpreter-booked = 🗣️ Tercüman ({ language-name }) ayarlandı.
meeting-interpreter-already = Tercüman zaten ayarlanmıştı. Hiçbir şey değişmedi.
meeting-interpreter-reminder = 🗣️ { $at } görüşmesi için tercüman ({ language-name }) henüz ayarlanmadı. Ayarlanınca düğmeye dokunun.
meeting-slots-reminder = ⏰ Henüz tüm saatlere cevap vermediniz.
meeting-soon =
    ⏰ Görüşmeyi unutmayın:
    📅 { $at }
    { $place }
meeting-what-happened = { $at } görüşmesi bitti. Ne oldu?
meeting-button-held = ✅ Görüşme yapıldı
meeting-button-absent = 🚫 Gelmedi: { $party }
meeting-button-outcome-cancelled = ✖️ Yapılmadı
meeting-not-over = Görüşme henüz bitmedi.
meeting-held = ✅ Güzel. Şimdi anlaşmaları /plan ile kaydedin.
meeting-outcome-cancelled = Not edildi: görüşme yapılmadı.
meeting-absent = 🚫 { $party } görüşmeye gelmedi. Yeni saatler gelecek.
meeting-button-case = { $reference } · { $name }
meeting-day = { $day }
meeting-cell-empty = ·
meeting-time = { $time }
meeting-slot-line = { $n }. { $at }
meeting-answer-button = { $answer ->
        [can] ✅
        [if_needed] 🤷
       *[cannot] ❌
    } { $n }
meeting-button-confirm = { $suits ->
        [yes] ✅ { $at }
       *[no] { $at }
    }
# The interpreter question with the status holder's own wish (only when they share their answers).
meeting-ask-interpreter-wish =
    { $ask }
    🌍 Statü sahibinin cevabı: { $wish }
meeting-interpreter-wish-language = { $wish }: { language-name }

# the title of the calendar entry staff get (.ics)
meeting-ics-title = Üçlü görüşme (driegesprek) { $reference }

# The answers board (issue 12): one message in the proposer's chat, edited as answers arrive.
# Only symbols and the other messages' words, so the same in every locale.
meeting-board =
    { $head }
    { $lines }
meeting-board-line = { $n }. { $at }: { $gemeente } · { $coa } · { $holder }
meeting-board-party = { $party } { $mark }
meeting-board-mark = { $answer ->
        [can] ✅
        [if_needed] 🤷
        [cannot] ❌
       *[none] ⏳
    }
# A time in the times message once the reader answered it: their answer's mark after it.
meeting-slot-line-answered = { $n }. { $at } { $mark }

# To the status holder who said they cannot come (issue 12): "you", and what happens next.
meeting-cant-come-you = 🙁 Bize haber verdiğiniz için teşekkürler: { $at } tarihinde gelemiyorsunuz ({ $reason }). İletişim kişilerinize bildirdik; size yeni saatler önerecekler. Bu konuda bir mesaj alacaksınız.

# A weekday in the calendar's header row (issue 12): its short name, from ICU.
meeting-weekday = { $day }
