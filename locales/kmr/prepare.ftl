# Preparing a meeting: questionnaire, consent, checklists (issue 6).
# The questions are read by status holders: plain words, one question per message.

prep-step = ({ $n }/{ $total }) { $question }
prep-ask-education = 🎓 We kîjan dibistan xelas kiriye?
prep-ask-work-years = 💼 We çend salan kar kiriye?
prep-ask-work-field = 🛠️ Di çi karî de?
prep-ask-dutch = 🇳🇱 Çiqas dem e ku hûn dersa Holendî distînin?
prep-ask-goal = 🎯 Hûn herî zêde çi dixwazin?
prep-ask-household = 🏠 Hûn bi kê re dijîn?
prep-ask-reunification = 👪 Hûn li benda malbatê ne ku were Holendayê?
prep-ask-health = 🩺 Tiştek li ser tenduristî an lênêrîna we heye ku hûn dixwazin li ser biaxivin? Nenivîsin ka ew çi ye.
prep-ask-moment = 🕐 Dema herî baş ji bo gihîştina we kengî ye?
prep-ask-channel = 📱 Riya herî baş ji bo gihîştina we çi ye?
prep-ask-interpreter = 🌍 Hûn di hevdîtinê de wergêrekî dixwazin?
prep-ask-without-partner = 🗣️ Hûn dixwazin bêyî mêr an jina xwe jî biaxivin?
prep-ask-own-questions = ❓ Pirsên we ji bo hevdîtinê hene? Li vir binivîsin. An jî li «Derbas bike» bitikînin.
prep-own-saved = ✅ Pirsên we hatin tomarkirin.

prep-label-education = 🎓 Dibistan
prep-label-work-years = 💼 Salên kar
prep-label-work-field = 🛠️ Cureyê kar
prep-label-dutch = 🇳🇱 Dersa Holendî
prep-label-goal = 🎯 Daxwaz
prep-label-household = 🏠 Mal
prep-label-reunification = 👪 Malbata ku tê
prep-label-health = 🩺 Li ser tenduristî an lênêrînê axaftin
prep-label-moment = 🕐 Dema herî baş
prep-label-channel = 📱 Riya herî baş
prep-label-interpreter = 🌍 Wergêr tê xwestin
prep-label-without-partner = 🗣️ Bêyî hevjîn jî axaftin

prep-edu-none = Dibistan tune
prep-edu-primary = Dibistana seretayî
prep-edu-secondary = Dibistana navîn an lîse
prep-edu-vocational = Perwerdeya pîşeyî
prep-edu-university = Zanîngeh
prep-years-none = Min qet kar nekiriye
prep-years-few = 1 an 2 sal
prep-years-some = 3 heta 5 sal
prep-years-many = Ji 5 salan zêdetir
prep-field-building = 🔧 Avahî an teknîk
prep-field-care = 🤲 Lênêrîn
prep-field-food = 🍽️ Xwaringeh an xwarin
prep-field-transport = 🚚 Veguhastin
prep-field-farming = 🌾 Çandinî
prep-field-shop = 🛒 Dikan an bazirganî
prep-field-office = 💻 Nivîsgeh an komputer
prep-field-other = Karekî din
prep-dutch-none = Hêj ders tune
prep-dutch-short = Kêmtir ji 3 mehan
prep-dutch-year = 3 heta 12 meh
prep-dutch-long = Ji salekê zêdetir
prep-goal-work = 💼 Xebitîn
prep-goal-study = 📚 Xwendin
prep-goal-both = Xebitîn û xwendin
prep-goal-unsure = Hêj nizanim
prep-house-alone = Bi tenê
prep-house-partner = Bi hevjînê re
prep-house-children = Bi zarokan re
prep-house-family = Bi hevjîn û zarokan re
prep-yes = ✅ Erê
prep-no = ❌ Na
prep-rather-not-say = Naxwazim bibêjim
prep-moment-morning = 🌅 Sibeh
prep-moment-afternoon = ☀️ Piştî nîvro
prep-moment-evening = 🌙 Êvar
prep-channel-message = 💬 Peyam
prep-channel-call = 📞 Telefon
prep-channel-either = Ne girîng e
prep-interp-own = Erê, bi zimanê xwe
prep-interp-other = Erê, bi zimanekî din
prep-interp-no = Na, ez têra xwe baş bi Holendî diaxivim
prep-interp-unsure = Nizanim
prep-ask-interpreter-language = 🌍 Hûn wergêrekî bi zimanekî din dixwazin. Bi kîjan zimanî?
prep-label-interpreter-language = 🌍 Zimanê wergêr

prep-button-skip = ⏭️ Derbas bike
prep-skipped = derbas bû
prep-not-answered = hêj bersiv nehatiye dayîn
prep-none = —
prep-line = { $label }: { $value }
prep-list = { $lines }
prep-own-as-typed = { $text } (nehatiye wergerandin)
prep-review =
    📋 Bersivên we
    { $answers }
    ❓ Pirsên we: { $own }

    Ji bo guhertina tiştekî, bişkokekê bitikînin.
prep-button-own-questions = ❓ Pirsên min
prep-button-sharing = 🔒 Tiştên ku ez parve dikim
prep-button-documents = 🎒 Belge
prep-button-review = 📋 Bersivên min

prep-consent-notice-v2 =
    🔒 Kî bersivên we dibîne?
    Kesê we yê têkiliyê li COA û li şaredariyê. Bi vî awayî ew dikarin ji bo hevdîtina bi we re baş amade bibin.
    Hûn bi xwe hildibijêrin. Hûn dikarin qet tiştekî parve nekin.
    Hûn dikarin paşê her dem vê bi van bişkokan biguherînin.

    📋 Bersivên we: { $answers }
    ❓ Pirsên we: { $questions }
prep-shared-yes = ✅ parvekirî
prep-shared-no = 🚫 ne parvekirî
prep-button-share-answers = ✅ Bersivên min parve bike
prep-button-stop-answers = 🚫 Parvekirina bersivan rawestîne
prep-button-share-questions = ✅ Pirsên min parve bike
prep-button-stop-questions = 🚫 Parvekirina pirsan rawestîne

prep-documents =
    🎒 Van belgeyan bînin hevdîtinê.
    Dema belgeyek amade be, wê bitikînin.
prep-check-done-button = ✅ { $item }
prep-check-open-button = ⬜ { $item }
prep-item-permit = 🪪 Destûra rûniştinê
prep-item-bsn = ✉️ Nameya bi hejmara BSN
prep-item-diplomas = 🎓 Diplome
prep-item-cv = 📄 CV
prep-item-profile = Profîla xerîdar hate radestkirin
prep-item-programme = Bernameya şopandî hate ragihandin
prep-item-need-to-know = Tiştên ku şaredarî divê berê bizane hatin ragihandin
prep-item-options = Vebijark hatin ravekirin
prep-item-intake = Hevpeyvîna destpêkê ya berfireh hate plankirin
prep-item-contact = Kesê têkiliyê hate destnîşankirin

prep-holder-only = Ev pirs ji bo xwediyê destûra rûniştinê ne.
prep-holder-not-ready = Pêşî zimanê xwe hilbijêrin û ravekirinê bixwînin. /menu binivîsin.
prep-cases = 📋 Amadekarî: dosyayekê hilbijêrin.
prep-case-button = { $reference } · { $name }
prep-button-refresh = 🔄 Nû bike
prep-staff-not-shared = 🔒 Ji aliyê xwediyê destûra rûniştinê ve nehatiye parvekirin
prep-staff-overview =
    📋 Amadekarî { $reference } ({ $name })

    Pirsname:
    { $answers }

    Hêj bersiv nehatiye dayîn:
    { $missing }

    Pirsên wî/wê:
    { $own }

    Lîsteya kontrolê:
    { $checklist }
prep-party-holder = Xwediyê destûra rûniştinê
prep-party-coa = COA
prep-party-gemeente = Şaredarî
prep-check-party =
    { $party }:
    { $items }
prep-check-done = ✅ { $item } ({ $at })
prep-check-open = ⬜ { $item }
prep-reminder-staff =
    ⏰ Hevdîtin { $start } e. Rewşa amadekariyê ev e:

    { $overview }
prep-reminder-holder =
    ⏰ Hevdîtina we { $start } e. Van belgeyan bînin:
    { $items }
    Ji bo nîşankirinê /prepare binivîsin.
prep-agenda-with =
    { $message }

    📋 Em ê li ser çi biaxivin:
    { $items }
prep-agenda-item = { $n }. { $what }

# Shown to staff beside an answer given or changed after the meeting took place.
prep-answer-late = { $line } (piştî hevdîtinê hate dagirtin)
prep-own-no-numbers = Li vir BSN an V-nummer nenivîsin. Em wê tomar nakin. Pirsên xwe bêyî wê hejmarê binivîsin.

## The agenda per meeting (staff reorder and extend it) and which meeting is being prepared.
# Staff overview: the meeting this preparation is for. $when is prep-agenda-when,
# prep-agenda-no-time or prep-meeting-not-planned.
prep-staff-for-meeting =
    { $overview }

    🗓 Ev amadekarî ji bo hevdîtina { $number } e, { $when }.
prep-agenda-when = di { $at } de
prep-agenda-no-time = (hêj dem nehatiye diyarkirin)
prep-meeting-not-planned = (hêj nehatiye plankirin)
prep-agenda-button = 🗒 Rojev
prep-agenda-editor =
    🗒 Rojeva hevdîtina { $number } { $when }, dosya { $reference } ({ $name }):
    { $items }

    Xalekê bi ⬆️ an ⬇️ bilivînin. Xalên xwe bi ✖️ rakin. Dema ku rojev amade be, wê ji her kesî re bişînin.
prep-agenda-up-button = ⬆️ { $n }
prep-agenda-down-button = ⬇️ { $n }
prep-agenda-remove-button = ✖️ { $n }
prep-agenda-add-button = ➕ Xalekê zêde bike
prep-agenda-send-button = 📨 Ji her sê aliyan re bişîne
prep-agenda-back-button = ⬅️ Amadekarî
prep-agenda-ask-point = Xala nû di rêzekê de binivîsin, herî zêde { $max } tîp. Ew nayê wergerandin: bi Holendiya hêsan binivîsin, wergêr wê bi deng dixwîne.
prep-agenda-no-numbers = Di rojevê de BSN an V-nummer nenivîsin. Xalê bêyî wê hejmarê binivîsin.
prep-agenda-full = Di rojevê de jixwe { $max } xal hene. Pêşî yek ji xalên xwe rakin.
prep-agenda-empty = Rojev hêj vala ye. Pêşî xalekê zêde bikin.
prep-agenda-meeting-over = Ev hevdîtin qediya an hate betalkirin. Rojeva wê êdî nayê guhertin.
prep-agenda-sent =
    { $count ->
        [0] Kesekî din tune ku rojev jê re were şandin.
        [one] Rojev ji { $count } chatê re hate şandin.
       *[other] Rojev ji { $count } chatan re hate şandin.
    }
# To all three, the status holder in their language: the agenda after staff changed it.
prep-agenda-updated =
    🗒 Em ê di hevdîtinê de li ser van tiştan biaxivin, { $when }:
    { $items }
# Status holder: a button on their overview that shows the agenda of their next meeting.
prep-button-agenda = 🗒 Em ê li ser çi biaxivin
