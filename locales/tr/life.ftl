## A case's life (issue 12): closing with a reason, reopening within 30 days, handing a case to a
## colleague, and an admin ending a caseworker's access. Staff messages name the case
## (reference and first name); the status holder's say "you" and what happens next.

button-case-close = 🗂 Dosyayı kapat
button-case-handover = 🤝 Bir meslektaşa devret
button-cases-closed = 🗄 Kapatılan dosyalar

# Why a case is closed; $reason is one of the codes below.
close-reason = { $reason ->
    [handed_over] taşındı ve devredildi
    [moved_elsewhere] başka bir belediyeye taşındı
    [not_required] artık uyum süreci (inburgering) yükümlülüğü yok
   *[other] başka bir neden
}
button-close-reason = { $reason ->
    [handed_over] 🏠 Taşındı ve devredildi
    [moved_elsewhere] 🚚 Başka bir belediyeye
    [not_required] 📄 Artık uyum yükümlülüğü yok
   *[other] ✏️ Başka bir neden
}
button-close-yes = ✅ Evet, kapat
button-close-no = ↩️ Hayır, açık kalsın

life-close-ask-reason = { $reference } numaralı dosyayı ({ $name }) neden kapatıyorsunuz?
life-close-confirm =
    { $reference } numaralı dosya ({ $name }) kapatılsın mı? Neden: { $reason }.
    Tüm açık hatırlatmalar durur ve dosyadaki herkese haber verilir. Dosyayı 30 gün içinde yeniden açabilirsiniz.
life-close-kept = { $reference } numaralı dosya ({ $name }) açık kalıyor.
life-closed-you = ✅ { $reference } numaralı dosya ({ $name }) kapatıldı. Neden: { $reason }. { $until } tarihine kadar yeniden açabilirsiniz: /cases, ardından 🗄 Kapatılan dosyalar.
life-closed-staff = 🗂 { $reference } numaralı dosya ({ $name }) { $who } tarafından kapatıldı. Neden: { $reason }. Bu dosyanın hatırlatmaları durduruldu.
life-closed-holder = { $org } bu sohbetteki desteği sonlandırdı. Artık burada mesaj veya hatırlatma almayacaksınız. Bir sorunuz mu var? Lütfen doğrudan { $org } kurumundaki iletişim kişinize başvurun.
life-already-closed = { $reference } numaralı dosya ({ $name }) zaten kapalı.

life-closed-list =
    🗄 Son 90 günde kapatılan dosyalar ({ $count }):
    { $items }
life-closed-line = • { $reference } – { $name }: { $date } tarihinde kapatıldı, { $reason }
life-closed-none = Son 90 günde kapatılan dosya yok.
button-case-reopen = ↩️ Yeniden aç: { $reference } · { $name }
life-reopen-too-late = { $reference } numaralı dosya ({ $name }) 30 günden uzun süredir kapalı ve artık yeniden açılamaz. Gerekirse /newcase ile yeni bir dosya açın.
life-not-closed = { $reference } numaralı dosya ({ $name }) zaten açık.
life-reopened-you = ↩️ { $reference } numaralı dosya ({ $name }) yeniden açıldı. Kapatmadan önceki hatırlatmalar geri gelmez; gerekirse /meet ile yeni bir görüşme planlayın.
life-reopened-staff = ↩️ { $reference } numaralı dosya ({ $name }) { $who } tarafından yeniden açıldı.
life-reopened-holder = { $org } bu sohbetteki desteğinizi yeniden başlattı. /menu ile genel durumunuzu görebilirsiniz.

# The question once the housing date has passed and the driegesprek was held.
life-close-suggest = 🏠 { $reference } numaralı dosya ({ $name }): konut tarihi ({ $date }) geçti ve üçlü görüşme yapıldı. Devir tamamlandı mı? O zaman dosyayı kapatabilirsiniz.

life-handover-pick = { $reference } numaralı dosyayı ({ $name }) { $org } kurumundaki hangi meslektaşınıza devretmek istiyorsunuz? Burada botu kullanan meslektaşlarınız var.
life-handover-none = { $org } kurumundan başka hiçbir meslektaşınız henüz bota katılmadı. Meslektaşınız için yöneticiden bir davet isteyin.
button-colleague = { $name }
life-handover-offered = { $colleague } kişisine soruldu. Dosyayı devraldığında size haber verilecek. O zamana kadar iletişim kişisi siz olmaya devam ediyorsunuz.
life-handover-offer = { $from }, { $reference } numaralı dosyayı ({ $name }) size devretmek istiyor. Dosyayı devralıyor musunuz? O zaman { $name } için { $org } kurumunun iletişim kişisi siz olursunuz.
button-handover-accept = ✅ Devral
button-handover-decline = ❌ Devralma
life-handover-done-you = ✅ Artık { $reference } numaralı dosyada ({ $name }) iletişim kişisi sizsiniz. /plan ile planı görür, /meet ile görüşmeyi planlarsınız.
life-handover-done-staff = 🤝 { $reference } numaralı dosya ({ $name }): { $org } kurumunun iletişim kişisi artık { $from } yerine { $to }.
life-handover-done-holder = { $org } kurumundaki iletişim kişiniz artık { $from } yerine { $to }.
life-handover-declined = { $to }, { $reference } numaralı dosyayı ({ $name }) devralmıyor. İletişim kişisi siz olmaya devam ediyorsunuz.
life-handover-declined-you = { $reference } numaralı dosyayı ({ $name }) devralmıyorsunuz. İletişim kişisi { $from } olmaya devam ediyor.
life-handover-stale = Bu istek artık geçerli değil.

# An admin ended a caseworker's access (`driegesprek staff revoke`).
life-revoked-colleagues = ⚠️ { $reference } numaralı dosya ({ $name }): { $who } artık botla çalışmıyor ve bu dosyada yer almıyor.
life-revoked-nobody =
    ⚠️ { $reference } numaralı dosya ({ $name }): { $who } artık botla çalışmıyor. Dosyanın şu anda { $org } kurumundan bir iletişim kişisi yok. Oradaki bir meslektaşın katılması için bu bağlantıyı { $org } kurumuna gönderin. Bağlantı bir kez kullanılabilir; son geçerlilik: { $expires }.
    { $link }
life-revoked-holder = { $who } artık { $org } kurumundaki iletişim kişiniz değil. Yeni bir iletişim kişisi belli olduğunda size haber verilecek.
