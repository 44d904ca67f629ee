# Team group chats. Read by staff.

group-welcome = Silav tîm! Vê komê bi saziya xwe (wê demê kom hemû dosyayan dişopîne) an bi yek dosyayê ve girê bidin.
group-not-staff = Bibore, tenê karmendên tomarkirî yên COA an şaredariyê dikarin vê bikin. Tiştek nehat guhertin.
group-other-org = Ev kom bi saziyeke din ve girêdayî ye. Tiştek nehat guhertin.
button-link-org = 🏢 Hemû dosyayên { $org }
button-link-case = 📁 Yek dosya
group-pick-case = Ev kom kîjan dosyayê bişopîne?
button-case = { $reference } – { $name }
group-linked-org = ✅ Ev kom niha hemû dosyayên { $org } dişopîne.
group-linked-case = ✅ Ev kom niha dosyaya { $reference } dişopîne.
group-not-linked = Ev kom hêj ne girêdayî ye. Ji bo girêdanê /link binivîsin.
group-follows-case = Ev kom dosyaya { $reference } dişopîne.
group-follows-org = Ev kom hemû dosyayên { $org } dişopîne.

# access
access-group-not-following = Ev kom vê dosyayê naşopîne. Tiştek nehat guhertin.

# groups: removal
group-removed-unlinked = Bot ji koma { $group } hate derxistin. Ji ber vê yekê ew kom êdî tu dosyayan naşopîne. Heke hûn paşê botê dîsa lê zêde bikin, hûn ê dîsa hilbijêrin ka kom çi bişopîne.
