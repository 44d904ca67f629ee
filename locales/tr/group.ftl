# Team group chats. Read by staff.

group-welcome = Merhaba ekip! Bu grubu kurumunuza (o zaman grup tüm dosyaları takip eder) veya tek bir dosyaya bağlayın.
group-not-staff = Üzgünüm, bunu sadece kayıtlı COA veya belediye çalışanları yapabilir. Hiçbir şey değişmedi.
group-other-org = Bu grup başka bir kuruma bağlı. Hiçbir şey değişmedi.
button-link-org = 🏢 Tüm dosyalar: { $org }
button-link-case = 📁 Tek dosya
group-pick-case = Bu grup hangi dosyayı takip etsin?
button-case = { $reference } – { $name }
group-linked-org = ✅ Bu grup artık { $org } kurumunun tüm dosyalarını takip ediyor.
group-linked-case = ✅ Bu grup artık { $reference } numaralı dosyayı takip ediyor.
group-not-linked = Bu grup henüz bağlanmadı. Bağlamak için /link yazın.
group-follows-case = Bu grup { $reference } numaralı dosyayı takip ediyor.
group-follows-org = Bu grup { $org } kurumunun tüm dosyalarını takip ediyor.

# access
access-group-not-following = Bu grup bu dosyayı takip etmiyor. Hiçbir şey değişmedi.

# groups: removal
group-removed-unlinked = Bot { $group } grubundan çıkarıldı. Bu nedenle bu grup artık hiçbir dosyayı takip etmiyor. Botu daha sonra yeniden eklerseniz grubun neyi takip edeceğini yeniden seçersiniz.
