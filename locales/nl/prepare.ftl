# Preparing a meeting: questionnaire, consent, checklists (issue 6).
# The questions are read by status holders: plain words, one question per message.

prep-step = ({ $n }/{ $total }) { $question }
prep-ask-education = 🎓 Welke school heeft u afgemaakt?
prep-ask-work-years = 💼 Hoeveel jaar heeft u gewerkt?
prep-ask-work-field = 🛠️ In welk soort werk?
prep-ask-dutch = 🇳🇱 Hoe lang heeft u al Nederlandse les?
prep-ask-goal = 🎯 Wat wilt u het liefst?
prep-ask-household = 🏠 Met wie woont u?
prep-ask-reunification = 👪 Wacht u op familie die naar Nederland komt?
prep-ask-health = 🩺 Is er iets over uw gezondheid of zorg dat u wilt bespreken? Vertel hier niet wat het is.
prep-ask-moment = 🕐 Wanneer kunnen we u het best bereiken?
prep-ask-channel = 📱 Hoe kunnen we u het best bereiken?
prep-ask-interpreter = 🌍 Wilt u een tolk bij het gesprek?
prep-ask-without-partner = 🗣️ Wilt u ook praten zonder uw partner erbij?
prep-ask-own-questions = ❓ Heeft u vragen voor het gesprek? Typ ze hier. Of tik op Overslaan.
prep-own-saved = ✅ Uw vragen zijn bewaard.

prep-label-education = 🎓 School
prep-label-work-years = 💼 Jaren werk
prep-label-work-field = 🛠️ Soort werk
prep-label-dutch = 🇳🇱 Nederlandse les
prep-label-goal = 🎯 Wens
prep-label-household = 🏠 Huishouden
prep-label-reunification = 👪 Familie op komst
prep-label-health = 🩺 Gezondheid of zorg bespreken
prep-label-moment = 🕐 Beste moment
prep-label-channel = 📱 Beste manier
prep-label-interpreter = 🌍 Tolk gewenst
prep-label-without-partner = 🗣️ Ook praten zonder partner

prep-edu-none = Geen school
prep-edu-primary = Basisschool
prep-edu-secondary = Middelbare school
prep-edu-vocational = Vakopleiding
prep-edu-university = Hogeschool of universiteit
prep-years-none = Nooit gewerkt
prep-years-few = 1 of 2 jaar
prep-years-some = 3 tot 5 jaar
prep-years-many = Meer dan 5 jaar
prep-field-building = 🔧 Bouw of techniek
prep-field-care = 🤲 Zorg
prep-field-food = 🍽️ Horeca of eten
prep-field-transport = 🚚 Vervoer
prep-field-farming = 🌾 Landbouw
prep-field-shop = 🛒 Winkel of handel
prep-field-office = 💻 Kantoor of computer
prep-field-other = Ander werk
prep-dutch-none = Nog geen les
prep-dutch-short = Minder dan 3 maanden
prep-dutch-year = 3 tot 12 maanden
prep-dutch-long = Meer dan een jaar
prep-goal-work = 💼 Werken
prep-goal-study = 📚 Leren
prep-goal-both = Werken en leren
prep-goal-unsure = Weet ik nog niet
prep-house-alone = Alleen
prep-house-partner = Met partner
prep-house-children = Met kinderen
prep-house-family = Met partner en kinderen
prep-yes = ✅ Ja
prep-no = ❌ Nee
prep-rather-not-say = Zeg ik liever niet
prep-moment-morning = 🌅 Ochtend
prep-moment-afternoon = ☀️ Middag
prep-moment-evening = 🌙 Avond
prep-channel-message = 💬 Bericht
prep-channel-call = 📞 Bellen
prep-channel-either = Maakt niet uit
prep-interp-own = Ja, in mijn eigen taal
prep-interp-other = Ja, in een andere taal
prep-interp-no = Nee, ik spreek goed genoeg Nederlands
prep-interp-unsure = Weet ik niet
prep-ask-interpreter-language = 🌍 U wilt een tolk in een andere taal. In welke taal?
prep-label-interpreter-language = 🌍 Taal van de tolk

prep-button-skip = ⏭️ Overslaan
prep-skipped = overgeslagen
prep-not-answered = nog niet beantwoord
prep-none = —
prep-line = { $label }: { $value }
prep-list = { $lines }
prep-own-as-typed = { $text } (niet vertaald)
prep-review =
    📋 Uw antwoorden
    { $answers }
    ❓ Uw vragen: { $own }

    Tik op een knop om iets te veranderen.
prep-button-own-questions = ❓ Mijn vragen
prep-button-sharing = 🔒 Wat ik deel
prep-button-documents = 🎒 Papieren
prep-button-review = 📋 Mijn antwoorden

prep-consent-notice-v2 =
    🔒 Wie ziet uw antwoorden?
    Uw contactpersoon bij COA en bij de gemeente. Zij kunnen zich dan goed voorbereiden op het gesprek met u.
    U kiest zelf. U mag ook niets delen.
    U kunt dit later altijd veranderen met deze knoppen.

    📋 Uw antwoorden: { $answers }
    ❓ Uw vragen: { $questions }
prep-shared-yes = ✅ gedeeld
prep-shared-no = 🚫 niet gedeeld
prep-button-share-answers = ✅ Deel mijn antwoorden
prep-button-stop-answers = 🚫 Stop met delen van antwoorden
prep-button-share-questions = ✅ Deel mijn vragen
prep-button-stop-questions = 🚫 Stop met delen van vragen

prep-documents =
    🎒 Neem deze papieren mee naar het gesprek.
    Tik op een papier als u het klaar heeft.
prep-check-done-button = ✅ { $item }
prep-check-open-button = ⬜ { $item }
prep-item-permit = 🪪 Verblijfsvergunning
prep-item-bsn = ✉️ Brief met BSN
prep-item-diplomas = 🎓 Diploma's
prep-item-cv = 📄 CV
prep-item-profile = Klantprofiel overgedragen
prep-item-programme = Gevolgd programma doorgegeven
prep-item-need-to-know = Wat de gemeente vooraf moet weten doorgegeven
prep-item-options = Opties uitgelegd
prep-item-intake = Brede intake gepland
prep-item-contact = Contactpersoon genoemd

prep-holder-only = Deze vragen zijn voor de statushouder.
prep-holder-not-ready = Kies eerst uw taal en lees de uitleg. Typ /menu.
prep-cases = 📋 Voorbereiding: kies een casus.
prep-case-button = { $reference } · { $name }
prep-button-refresh = 🔄 Vernieuwen
prep-staff-not-shared = 🔒 Niet gedeeld door de statushouder
prep-staff-overview =
    📋 Voorbereiding { $reference } ({ $name })

    Vragenlijst:
    { $answers }

    Nog niet beantwoord:
    { $missing }

    Eigen vragen:
    { $own }

    Checklist:
    { $checklist }
prep-party-holder = Statushouder
prep-party-coa = COA
prep-party-gemeente = Gemeente
prep-check-party =
    { $party }:
    { $items }
prep-check-done = ✅ { $item } ({ $at })
prep-check-open = ⬜ { $item }
prep-reminder-staff =
    ⏰ Het gesprek is { $start }. Zo staat de voorbereiding ervoor:

    { $overview }
prep-reminder-holder =
    ⏰ Uw gesprek is { $start }. Neem deze papieren mee:
    { $items }
    Typ /prepare om ze af te vinken.
prep-agenda-with =
    { $message }

    📋 Wat we bespreken:
    { $items }
prep-agenda-item = { $n }. { $what }

# Shown to staff beside an answer given or changed after the meeting took place.
prep-answer-late = { $line } (na het gesprek ingevuld)
prep-own-no-numbers = Schrijf hier geen BSN of V-nummer. Die bewaren we niet. Typ uw vragen zonder dat nummer.

## The agenda per meeting (staff reorder and extend it) and which meeting is being prepared.
# Staff overview: the meeting this preparation is for. $when is prep-agenda-when,
# prep-agenda-no-time or prep-meeting-not-planned.
prep-staff-for-meeting =
    { $overview }

    🗓 Dit is de voorbereiding voor gesprek { $number } { $when }.
prep-agenda-when = op { $at }
prep-agenda-no-time = (nog geen tijd afgesproken)
prep-meeting-not-planned = (nog niet gepland)
prep-agenda-button = 🗒 Agenda
prep-agenda-editor =
    🗒 Agenda voor gesprek { $number } { $when }, casus { $reference } ({ $name }):
    { $items }

    Verplaats een punt met ⬆️ of ⬇️. Eigen punten haalt u weg met ✖️. Stuur de agenda rond als hij klaar is.
prep-agenda-up-button = ⬆️ { $n }
prep-agenda-down-button = ⬇️ { $n }
prep-agenda-remove-button = ✖️ { $n }
prep-agenda-add-button = ➕ Punt toevoegen
prep-agenda-send-button = 📨 Naar alle drie sturen
prep-agenda-back-button = ⬅️ Voorbereiding
prep-agenda-ask-point = Typ het nieuwe punt in één regel van hoogstens { $max } tekens. Het wordt niet vertaald: schrijf eenvoudig Nederlands, de tolk leest het voor.
prep-agenda-no-numbers = Schrijf geen BSN of V-nummer in de agenda. Typ het punt zonder dat nummer.
prep-agenda-full = De agenda heeft al { $max } punten. Haal eerst een eigen punt weg.
prep-agenda-empty = De agenda is nog leeg. Voeg eerst een punt toe.
prep-agenda-meeting-over = Dit gesprek is voorbij of afgezegd. De agenda verandert niet meer.
prep-agenda-sent =
    { $count ->
        [0] Er is niemand anders om de agenda naar te sturen.
        [one] De agenda is naar { $count } chat gestuurd.
       *[other] De agenda is naar { $count } chats gestuurd.
    }
# To all three, the status holder in their language: the agenda after staff changed it.
prep-agenda-updated =
    🗒 Dit bespreken we in het gesprek { $when }:
    { $items }
# Status holder: a button on their overview that shows the agenda of their next meeting.
prep-button-agenda = 🗒 Wat we bespreken
