# The handover plan and agreements (issue 3).

plan-pick-case = Hangi dosyanın planını görmek istiyorsunuz?
button-plan-case = Dosya { $reference } · { $name }
plan-holder-cannot-change = Bunu değiştiremezsiniz. İletişim kişiniz değiştirir.
plan-gemeente-only = Bunu belediye yapar. Hiçbir şey değişmedi.
plan-case-closed = Bu dosya kapalı. Hiçbir şey değişmedi.
plan-not-yours = Bu madde başka bir tarafa ait. Hiçbir şey değişmedi.
plan-edit-conflict = Başka biri bu maddeyi az önce değiştirdi. Hiçbir şey kaybolmadı. Güncel planı görmek için /plan yazın.
plan-option = { $option ->
        [fast_start] 1 · Hızlı başlangıç
        [combined] 2 · Birleşik yaklaşım
       *[after_housing] 3 · Konuttan sonra başlangıç
    }
plan-option-none = henüz yaklaşım yok
plan-choose-option =
    Dosya için yaklaşımı seçin { $reference }:
    1 · Hızlı başlangıç: uyum süreci azc'de başlar.
    2 · Birleşik yaklaşım: kapsamlı giriş görüşmesi azc'de, süreç taşınmadan sonra.
    3 · Konuttan sonra başlangıç: her şey taşınmadan sonra başlar.
plan-option-unchanged = Bu yaklaşım zaten seçili.
plan-option-chosen = Dosya { $reference }: seçilen yaklaşım { $option }. Plan taslağı hazır.
plan-option-holder = { $option ->
        [fast_start] Uyum süreci şimdi, siz daha azc'de yaşarken başlıyor. Belediye derslerinizi ayarlar. COA programına katılmazsınız.
        [combined] Belediye siz daha azc'deyken sizinle konuşur: kapsamlı giriş görüşmesi (brede intake). Dersleriniz taşınmadan sonra başlar. O zamana kadar COA programına katılabilirsiniz.
       *[after_housing] Belediye ile her şey yeni evinize taşındıktan sonra başlar. O zamana kadar COA programına katılabilirsiniz.
    }
plan-ask-programme =
    { $explanation }

    COA programına (Hollandaca dersleri, Hollanda hakkında bilgi) katılmak istiyor musunuz?
button-plan-yes = ✅ Evet
button-plan-no = ✖️ Hayır
plan-programme = { $value ->
        [will_not] katılmıyor (hızlı başlangıç)
        [agrees] katılıyor
        [declines] katılmıyor
       *[asked] henüz cevap yok
    }
plan-programme-thanks = Teşekkürler. COA programı: { $value }.
plan-programme-staff = { $name } (dosya { $reference }), COA programı: { $value }.
plan-free-text = { $text } (çevrilmedi)
plan-kind = { $kind ->
        [introduction] Tanışma ve yol seçimi
        [programme_alignment] COA programıyla uyum
        [broad_intake] Kapsamlı giriş görüşmesinin başlangıcı
        [client_profile] Danışan profilinin teslimi
        [handover_conversation] Devir görüşmesi
        [documents] Belgeleri getirmek
        [profile_update] COA danışan profilini günceller
        [interpreter] Tercüman ayarlamak
        [next_contact] Sonraki iletişim
        [intake_date] Kapsamlı giriş görüşmesinin tarihi ve yeri
        [pip_date] Kişisel plan (PIP) tarihi
       *[free] Anlaşma
    }
plan-owner = { $owner ->
        [coa] COA
        [gemeente] belediye
       *[holder] statü sahibi
    }
plan-due-waits = konut tarihini bekliyor
plan-item = { $status ->
        [done] ✅
        [cancelled] ✖️
        [late] ⚠️
       *[planned] ▫️
    } { $what } · { plan-owner } · { $due }{ $status ->
        [late] {" "}(gecikti)
       *[other] {""}
    }
plan-item-at = { $item } · { $place ->
        [azc] azc
       *[gemeente] belediye
    }
plan-none = Henüz plan yok.
button-plan-options = 🧭 Yaklaşım seç
plan-view =
    📋 Plan { $reference } (sürüm { $version })
    Yaklaşım: { $option }
    COA programı: { $programme }

    { $items }

    { $confirmed }
button-plan-done = ✅ Bitti: { $what }
button-plan-add = ➕ Anlaşma
button-plan-send = 📨 Herkese gönder
button-plan-housing = 🏠 Konut tarihi
plan-who-staff = { $name } ({ $party ->
        [coa] COA
       *[gemeente] belediye
    })
plan-who-holder = { $name }
plan-confirmed-line = { $current ->
        [yes] ✅
       *[no] ⏳
    } { $who }: şu sürümü onayladı: { $version }, { $at }
plan-unconfirmed-line = ⏳ { $who }: henüz onaylamadı
plan-next = { $what }, { $due }
plan-next-none = artık planlı bir şey yok
plan-case-line = • { $reference } – { $name }: { $option }. Sonraki: { $next }. Gecikti: { $late }. Onaylanmadı: { $unconfirmed }.
plan-case-overview =
    Dosyalarınız:
    { $cases }
plan-due-before-matching = Bu tarih eşleştirme tarihinden önce. Daha sonraki bir tarih seçin.
plan-due-in-past = Bu tarih geçti. Bugünden itibaren bir tarih seçin.
plan-due-after-term = Bu tarih uyum süresinin (üç yıl) bitiminden sonra. Daha erken bir tarih seçin.
plan-ask-kind = Hangi anlaşmayı eklemek istiyorsunuz?
button-plan-free = ✏️ Kendi metniniz
plan-ask-free = Anlaşmayı tek satırda yazın.
plan-free-bad = En fazla { $max } karakterlik tek satır kullanın.
plan-ask-owner = Kim yapacak?
plan-ask-due = Ne zamana kadar? Bir düğmeye dokunun veya bir tarihle cevap verin (gg-aa-yyyy).
button-plan-in-days = { $days } gün içinde
plan-agreement-added = Dosya { $reference }: anlaşma eklendi: { $what } · { plan-owner } · { $due }.
plan-item-done = Dosya { $reference }: bitti: { $what }.
plan-sent = { $reference } dosyasının planı (sürüm { $version }) herkese gönderildi.
button-plan-agree = 👍 Kabul ediyorum
button-plan-question = ❓ Bir sorum var
plan-outdated = Bu, planın eski bir sürümü. Yeni bir sürüm var ({ $version }). Görmek için /plan yazın.
plan-thanks = Teşekkürler. Planın { $version }. sürümünü kabul ettiniz.
plan-confirmed-staff = { $who } planın { $version }. sürümünü kabul etti (dosya { $reference }).
plan-ask-question = Sorunuzu yazın. İletişim kişilerinize göndereceğiz.
plan-question-staff = { $who } kişisinden plan hakkında soru (dosya { $reference }): { $text } (çevrilmedi)
plan-question-sent = Sorunuz gönderildi. İletişim kişiniz cevap verecek.
plan-ask-housing = Yeni beklenen konut tarihi nedir? Bir tarihle cevap verin (gg-aa-yyyy).
plan-change-line = • { $what }: { $old } → { $new }
plan-housing-moved =
    🏠 Yeni konut tarihi ({ $reference }): { $date }.
    Bu yüzden değişenler:
    { $changes }
plan-long-wait-holder = Bir süredir sessiz. Bir şey değişti mi? İletişim kişinize söyleyin veya planı görmek için /plan yazın.
plan-due-soon = ⏰ Yarın ({ $reference }): { $what }, { $due }.
plan-overdue = ⚠️ Gecikti ({ $reference }): { $what }, { $due }.

# The summary document for the case file (issue 3).
button-plan-summary = 📄 Özet
plan-summary-caption = { $reference } dosyasının planının özeti, Hollandaca ve danışanın dilinde. Dosyayı bir tarayıcıda açın; PDF olarak da yazdırabilirsiniz.
plan-summary-title = Devir planı { $reference }
plan-summary-note = Bir çalışanın yazdığı metin yazıldığı gibi gösterilir ve çevrilmemiştir.
plan-summary-empty = Yok.
plan-summary-value = { $value }
plan-summary-at = { $at }
plan-summary-none = –
plan-summary-system = bot
plan-summary-unknown = bilinmiyor
plan-summary-fact-reference = Dosya
plan-summary-fact-name = Ad
plan-summary-fact-option = Yaklaşım
plan-summary-fact-programme = COA programı
plan-summary-fact-housing = Beklenen konut tarihi
plan-summary-fact-version = Sürüm
plan-summary-fact-made = Oluşturulma
plan-summary-items = Maddeler ve anlaşmalar
plan-summary-col-what = Ne
plan-summary-col-owner = Kim
plan-summary-col-due = Ne zaman
plan-summary-col-status = Durum
plan-summary-confirmations = Onaylar
plan-summary-col-who = Kim
plan-summary-col-version = Sürüm
plan-summary-col-answer = Cevap
plan-summary-col-at = Zaman
plan-summary-history = Geçmiş
plan-summary-col-change = Değişiklik
plan-summary-col-old = Önce
plan-summary-col-new = Sonra
plan-summary-version = sürüm { $version }
plan-summary-agreement = { $what } · { plan-owner } · { $due }
plan-summary-field-item = { $field } · { $what }
plan-summary-status = { $status ->
       *[planned] planlandı
        [done] tamam
        [cancelled] iptal
        [late] gecikti
    }
plan-summary-answer = { $answer ->
       *[question] soru
        [agree] onaylandı
    }
plan-summary-long-wait = { $answer ->
       *[nothing] hiçbir şey değişmedi
        [holds] plan hâlâ geçerli
        [changed] bir şey değişti
    }
plan-summary-field = { $field ->
       *[other] Değişiklik
        [option] Yaklaşım
        [programme] COA programı
        [agreement] Anlaşma eklendi
        [sent] Gönderildi
        [confirmed] Onaylandı
        [question] Soru
        [status] Durum
        [housing_date] Konut tarihi
        [due_date] Tarih
        [owner] Kim yapacak
        [text] Metin
        [long_wait] Uzun bekleme
    }
# Long-wait answers (issue 3).
plan-long-wait-staff-days = Dosya { $reference }: { $days } gündür hareket yok. Plan hâlâ geçerli mi?
button-plan-still-holds = ✅ Plan geçerli
button-plan-changed = ✏️ Bir şey değişti
button-plan-nothing-changed = ✅ Hiçbir şey değişmedi
plan-long-wait-thanks = Teşekkürler. Cevabınız kaydedildi.
plan-long-wait-answered = Dosya { $reference }, uzun bekleme: { $who } cevap veriyor: { $answer }.
plan-long-wait-update = Teşekkürler. Planı /plan ile güncelleyin.

# Changing one agreement
button-plan-edit = ✏️ { $what }
button-plan-cancel-item = ❌ Anlaşmayı iptal et
plan-edit-menu = { $what }: şu an { $due }. Yeni tarih? Bir düğmeye dokunun veya bir tarihle yanıt verin (gg-aa-yyyy). Düğmelerle ayrıca anlaşmayı başka bir tarafa verebilir, metnini değiştirebilir (yalnızca kendi metninizde) veya anlaşmayı iptal edebilirsiniz.
plan-agreement-moved = Dosya { $reference }: { $what } için yeni tarih: { $old } → { $new }.
plan-agreement-cancelled = Dosya { $reference }: anlaşma iptal edildi: { $what }.
# Another owner or new wording for one agreement (the two notices reach the status holder too)
button-plan-owner-to = 👤 Şuna ver: { plan-owner }
button-plan-reword = ✏️ Yeni metin
plan-ask-reword = Anlaşmanın yeni metnini tek satırda yazın.
plan-agreement-owner = Dosya { $reference }: { $what }: artık kim yapacak: { $new } (önce: { $old }).
plan-agreement-reworded = Dosya { $reference }: bir anlaşmanın yeni metni: { $old } → { $new }.

# holder: the plan's items as the status holder reads them (issue 15): plain words, "you", the
# Dutch term in brackets where staff use one. Staff keep plan-kind and plan-item.
plan-kind-holder = { $kind ->
        [introduction] Tanışma ve uyum sürecinizin yolunu seçme (keuze route)
        [programme_alignment] COA programında öğrendikleriniz uyum sürecinize uyar (programma van COA)
        [broad_intake] Okulunuz, işiniz ve sağlığınız hakkında bir görüşme: kapsamlı giriş görüşmesi (brede intake)
        [client_profile] COA bilgilerinizi belediyeye verir: danışan profili (klantprofiel)
        [handover_conversation] COA, belediye ve sizin aranızdaki üçlü görüşme (driegesprek)
        [documents] Belgelerinizi getirin
        [profile_update] COA bilgilerinizi günceller: danışan profili (klantprofiel)
        [interpreter] Tercüman ayarlamak
        [next_contact] İletişim kişinizle bir sonraki görüşme
        [intake_date] Okul, iş ve sağlık hakkındaki görüşme ne zaman ve nerede: kapsamlı giriş görüşmesi (brede intake)
        [pip_date] Kişisel planınız ne zaman hazır olacak (PIP)
       *[free] Anlaşma
    }
# holder
plan-owner-holder = { $owner ->
        [coa] COA
        [gemeente] belediye
       *[holder] siz
    }
# holder
plan-item-holder = { $status ->
        [done] ✅
        [cancelled] ✖️
        [late] ⚠️
       *[planned] ▫️
    } { $what } · { plan-owner-holder } · { $due }{ $status ->
        [late] {" "}(gecikti)
       *[other] {""}
    }
