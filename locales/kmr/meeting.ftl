# Scheduling meetings (issue 4).

meeting-no-cases = Hûn hê di tu dosyeyê de nînin. Pêşî bi /newcase dosyeyek vekin.
meeting-choose-case = Hûn ji bo kîjan dosyeyê hevdîtinekê plan dikin?
meeting-parties-missing = Hê her sê alî di vê dosyeyê de nînin (şaredarî, COA û xwediyê destûra rûniştinê). Dema ku her kes hebe hevdîtinê plan bikin.
meeting-pick-day = Dem { $n } (herî zêde { $max }): rojekê hilbijêrin. Salname bi { $month } dest pê dike.
meeting-pick-day-move = Dema nû ya hevdîtinê: rojekê hilbijêrin. Salname bi { $month } dest pê dike.
meeting-button-prev = ◀️ Meha berê
meeting-button-next = Meha din ▶️
meeting-button-slots-done = ✅ Dem temam in
meeting-calendar-limit = Salname ji vir wêdetir naçe.
meeting-calendar-stale = Ev salname kevn e. Salnameya herî nû bikar bînin. Tiştek neguherî.
meeting-day-past = Ew roj derbas bûye. Rojeke din hilbijêrin.
meeting-pick-time = { $day } di saet çendan de?
meeting-button-type-time = ⌨️ Demeke din binivîsin
meeting-ask-time = Demê binivîsin, wek 14:30.
meeting-bad-time = Ez vê demê fam nakim. Saet û deqeyan binivîsin, wek 14:30.
meeting-slot-added = ✅ Dem { $n }: { $at }
meeting-slot-gap = Ev dem tune ye: wê şevê saet ji 02:00 diçe 03:00 (dema havînê). Demeke din hilbijêrin.
meeting-slot-past = Ev dem derbas bûye. Demeke pêşerojê hilbijêrin.
meeting-slot-twice = We ev dem berê hilbijartiye. Demeke din hilbijêrin.
meeting-slot-too-many = Şeş demên we hene. Zêdetir nabe: li «Dem temam in» bitikînin.
meeting-slot-too-few = Herî kêm du deman hilbijêrin.
meeting-warn-night = ⚠️ Bala xwe bidin: { $at } di şevê de ye. Dem hat zêdekirin; heke şaş e, bi /cancel rawestînin.
meeting-warn-sunday = ⚠️ Bala xwe bidin: { $at } roja yekşemê ye. Dem hat zêdekirin.
meeting-warn-first-of-two = ⚠️ Wê şevê saet paş ve diçe: 02:00–03:00 du caran çêdibe. Min ya yekem girt (hê dema havînê): { $at }. Heke hûn dereng dixwazin, 03:00 an paşê hilbijêrin.
meeting-ask-place = Hevdîtin li ku ye?
meeting-place = { $place ->
        [azc] 🏠 Li azc
        [townhall] 🏛️ Li şaredariyê
        [video] 💻 Banga vîdyoyî
       *[phone] 📞 Bi telefonê
    }
meeting-where-video = 💻 Banga vîdyoyî: { $link }
meeting-ask-link = Girêdana banga vîdyoyî binivîsin. Bi https:// dest pê dike.
meeting-bad-link = Ev ne girêdaneke derbasdar e. Tenê girêdanek ku bi https:// dest pê dike dibe.
meeting-ask-interpreter = Wergêr pêwîst e? Xwediyê destûra rûniştinê { language-name } dixwîne.
meeting-button-interpreter-yes = Erê, wergêr { language-name }
meeting-button-interpreter-no = Na, bê wergêr
meeting-button-interpreter-other = Wergêr bi zimanekî din
meeting-ask-interpreter-language = Wergêr divê bi kîjan zimanî biaxive?
meeting-interpreter-yes = 🗣️ Bi wergêr: { language-name }
meeting-interpreter-no = Bê wergêr
meeting-stopped = Hat rawestandin. Tiştek nehat plankirin.
meeting-proposed = Demên dosyeya { $reference } ji her sê aliyan re hatin şandin ({ $slots } dem). Hûn ê bersivan li vir bibînin.
meeting-slots-ask =
    📅 Hûn kengî dikarin werin hevdîtinê?
    { $slots }
    { $place }
    { $interpreter }
    Ji bo her demê bitikînin: ✅ dikarim · 🤷 heke pêwîst be · ❌ nikarim
meeting-answer = { $answer ->
        [can] ✅ dikare
        [if_needed] 🤷 heke pêwîst be
       *[cannot] ❌ nikare
    }
meeting-party = { $party ->
        [holder] xwediyê destûra rûniştinê
        [coa] COA
       *[gemeente] şaredarî
    }
meeting-answer-saved = ✅ Hat tomarkirin.
meeting-not-your-party = Ev bersiv ji bo aliyekî din e. Hûn tenê dikarin ji bo xwe bersiv bidin. Tiştek neguherî.
meeting-slot-outdated = Ev dem êdî derbasdar nînin: hevdîtin hat guhertin, pejirandin an betalkirin. Tiştek neguherî.
meeting-suits-all = 🎉 { $at } ji her sê aliyan re guncav e. Vê demê bipejirînin an yeke din hilbijêrin.
meeting-none-suits =
    Ti dem ji her kesî re guncav nîne. Yên ku nikarîbûn:
    { $parties }
    Demên nû pêşniyar bikin.
meeting-button-new-round = 📅 Demên nû pêşniyar bike
meeting-changed-meanwhile = Ev hevdîtin niha hat guhertin an betalkirin. Tiştek neguherî; li peyama herî nû binêrin.
meeting-confirmed =
    ✅ Hevdîtin hat destnîşankirin:
    📅 { $at }
    { $place }
    { $interpreter }
meeting-button-cant-come = 🙁 Ez nikarim werim
meeting-button-move = 🔁 Biguhêre
meeting-button-cancel = ✖️ Hevdîtinê betal bike
meeting-button-interpreter-booked = 🗣️ Wergêr hat girtin
meeting-ask-reason = Mixabin. Hûn çima nikarin werin?
meeting-reason = { $reason ->
        [ill] 🤒 Nexweşî
        [travel] 🚌 Wesayît tune
        [clash] 📅 Randevûyeke din
       *[other] Tiştekî din
    }
meeting-cant-come = 🙁 { $party }: di { $at } de nikare were. Sedem: { $reason }
meeting-moved =
    🔁 Dema hevdîtinê hat guhertin. Berê: { $from }
    Niha:
    📅 { $at }
    { $place }
    { $interpreter }
meeting-cancelled =
    ✖️ Hevdîtin hat betalkirin:
    📅 { $at }
    { $place }
    { $interpreter }
meeting-round-cancelled = ✖️ Demên pêşniyarkirî hatin paşvekişandin. Pêşniyareke nû dê were.
meeting-interpreter-booked = 🗣️ Wergêr ({ language-name }) hat girtin.
meeting-interpreter-already = Wergêr berê hatibû girtin. Tiştek neguherî.
meeting-interpreter-reminder = 🗣️ Wergêr ({ language-name }) ji bo hevdîtina { $at } hê nehatiye girtin. Dema amade bû li bişkokê bitikînin.
meeting-slots-reminder = ⏰ We hê bersiva hemû deman nedaye.
meeting-soon =
    ⏰ Hevdîtinê ji bîr nekin:
    📅 { $at }
    { $place }
meeting-what-happened = Hevdîtina { $at } qediya. Çi çêbû?
meeting-button-held = ✅ Hevdîtin çêbû
meeting-button-absent = 🚫 Nehat: { $party }
meeting-button-outcome-cancelled = ✖️ Çênebû
meeting-not-over = Hevdîtin hê neqediyaye.
meeting-held = ✅ Baş e. Niha lihevhatinan bi /plan tomar bikin.
meeting-outcome-cancelled = Hat nivîsandin: hevdîtin çênebû.
meeting-absent = 🚫 { $party } nehat hevdîtinê. Demên nû dê werin.
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
    🌍 Xwediyê destûra rûniştinê got: { $wish }
meeting-interpreter-wish-language = { $wish }: { language-name }

# the title of the calendar entry staff get (.ics)
meeting-ics-title = Hevdîtina sê alî { $reference }

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
meeting-cant-come-you = 🙁 Spas ku we em agahdar kirin: hûn nikarin { $at } werin ({ $reason }). Kesên we yên têkiliyê niha dizanin û dê demên nû pêşniyar bikin. Hûn ê li ser vê yekê peyamekê bistînin.

# A weekday in the calendar's header row (issue 12): its short name, from ICU.
meeting-weekday = { $day }
