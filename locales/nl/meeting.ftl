# Scheduling meetings (issue 4). Staff read Dutch; status holders read their own language.

meeting-no-cases = U zit nog in geen enkele casus. Open eerst een casus met /newcase.
meeting-choose-case = Voor welke casus wilt u een gesprek plannen?
meeting-button-case = { $reference } · { $name }
meeting-parties-missing = Nog niet alle drie de partijen doen mee in deze casus (gemeente, COA en statushouder). Plan het gesprek als iedereen er is.
meeting-pick-day = Tijd { $n } (maximaal { $max }): kies een dag. De kalender begint op { $month }.
meeting-pick-day-move = Nieuwe tijd voor het gesprek: kies een dag. De kalender begint op { $month }.
meeting-button-prev = ◀️ Vorige maand
meeting-button-next = Volgende maand ▶️
meeting-day = { $day }
meeting-cell-empty = ·
meeting-button-slots-done = ✅ Klaar met tijden
meeting-calendar-limit = Verder kan de kalender niet.
meeting-calendar-stale = Deze kalender is verouderd. Gebruik de nieuwste kalender. Er is niets veranderd.
meeting-day-past = Die dag is al voorbij. Kies een andere dag.
meeting-pick-time = Hoe laat op { $day }?
meeting-time = { $time }
meeting-button-type-time = ⌨️ Andere tijd typen
meeting-ask-time = Typ de tijd, bijvoorbeeld 14:30.
meeting-bad-time = Die tijd begrijp ik niet. Typ uren en minuten, bijvoorbeeld 14:30.
meeting-slot-added = ✅ Tijd { $n }: { $at }
meeting-slot-gap = Die tijd bestaat niet: in die nacht gaat de klok van 02:00 naar 03:00 (zomertijd). Kies een andere tijd.
meeting-slot-past = Die tijd is al voorbij. Kies een tijd in de toekomst.
meeting-slot-twice = Die tijd heeft u al gekozen. Kies een andere tijd.
meeting-slot-too-many = U heeft al zes tijden. Meer kan niet: tik op Klaar met tijden.
meeting-slot-too-few = Kies minstens twee tijden.
meeting-warn-night = ⚠️ Let op: { $at } is 's nachts. De tijd is toegevoegd; klopt hij niet, stop dan met /cancel.
meeting-warn-sunday = ⚠️ Let op: { $at } is op zondag. De tijd is toegevoegd.
meeting-warn-first-of-two = ⚠️ In die nacht gaat de klok terug: 02:00–03:00 bestaat twee keer. Ik heb de eerste keer genomen (nog zomertijd): { $at }. Wilt u later, kies dan 03:00 of later.
meeting-ask-place = Waar is het gesprek?
meeting-place = { $place ->
        [azc] 🏠 Op het azc
        [townhall] 🏛️ Op het gemeentehuis
        [video] 💻 Videogesprek
       *[phone] 📞 Telefonisch
    }
meeting-where-video = 💻 Videogesprek: { $link }
meeting-ask-link = Typ de link van het videogesprek. Die begint met https://
meeting-bad-link = Dat is geen geldige link. Alleen een link die begint met https:// kan.
meeting-ask-interpreter = Is er een tolk nodig? De statushouder leest { language-name }.
meeting-button-interpreter-yes = Ja, tolk { language-name }
meeting-button-interpreter-no = Nee, geen tolk
meeting-button-interpreter-other = Tolk in een andere taal
meeting-ask-interpreter-language = Welke taal moet de tolk spreken?
meeting-interpreter-yes = 🗣️ Met tolk: { language-name }
meeting-interpreter-no = Zonder tolk
meeting-stopped = Gestopt. Er is niets gepland.
meeting-proposed = De tijden voor casus { $reference } zijn naar alle drie de partijen gestuurd ({ $slots } tijden). U ziet hier de antwoorden.
meeting-slot-line = { $n }. { $at }
meeting-slots-ask =
    📅 Wanneer kunt u naar het gesprek?
    { $slots }
    { $place }
    { $interpreter }
    Tik per tijd: ✅ ik kan · 🤷 als het moet · ❌ ik kan niet
meeting-answer-button = { $answer ->
        [can] ✅
        [if_needed] 🤷
       *[cannot] ❌
    } { $n }
meeting-answer = { $answer ->
        [can] ✅ kan
        [if_needed] 🤷 kan als het moet
       *[cannot] ❌ kan niet
    }
meeting-party = { $party ->
        [holder] statushouder
        [coa] COA
       *[gemeente] gemeente
    }
meeting-answer-saved = ✅ Opgeslagen.
meeting-not-your-party = Dit antwoord is voor een andere partij. U kunt alleen voor uzelf antwoorden. Er is niets veranderd.
meeting-slot-outdated = Deze tijden gelden niet meer: het gesprek is verplaatst, bevestigd of afgezegd. Er is niets veranderd.
meeting-suits-all = 🎉 { $at } past voor alle drie. Bevestig die tijd, of kies een andere.
meeting-button-confirm = { $suits ->
        [yes] ✅ { $at }
       *[no] { $at }
    }
meeting-none-suits =
    Geen enkele tijd past voor iedereen. Niet kunnen:
    { $parties }
    Stel nieuwe tijden voor.
meeting-button-new-round = 📅 Nieuwe tijden voorstellen
meeting-changed-meanwhile = Dit gesprek is net veranderd of afgezegd. Er is niets veranderd; kijk naar het nieuwste bericht.
meeting-confirmed =
    ✅ Het gesprek is vastgelegd:
    📅 { $at }
    { $place }
    { $interpreter }
meeting-button-cant-come = 🙁 Ik kan niet komen
meeting-button-move = 🔁 Verplaatsen
meeting-button-cancel = ✖️ Afzeggen
meeting-button-interpreter-booked = 🗣️ Tolk is geboekt
meeting-ask-reason = Jammer. Waarom kunt u niet komen?
meeting-reason = { $reason ->
        [ill] 🤒 Ziek
        [travel] 🚌 Geen vervoer
        [clash] 📅 Andere afspraak
       *[other] Iets anders
    }
meeting-cant-come = 🙁 De { $party } kan niet komen op { $at }. Reden: { $reason }
meeting-moved =
    🔁 Het gesprek is verplaatst. Was: { $from }
    Nu:
    📅 { $at }
    { $place }
    { $interpreter }
meeting-cancelled =
    ✖️ Het gesprek is afgezegd:
    📅 { $at }
    { $place }
    { $interpreter }
meeting-round-cancelled = ✖️ De voorgestelde tijden zijn ingetrokken. Er komt later een nieuw voorstel.
meeting-interpreter-booked = 🗣️ De tolk ({ language-name }) is geboekt.
meeting-interpreter-already = De tolk was al geboekt. Er is niets veranderd.
meeting-interpreter-reminder = 🗣️ De tolk ({ language-name }) voor het gesprek van { $at } is nog niet geboekt. Tik op de knop als het geregeld is.
meeting-slots-reminder = ⏰ U heeft nog niet op alle tijden geantwoord.
meeting-soon =
    ⏰ Denk aan het gesprek:
    📅 { $at }
    { $place }
meeting-what-happened = Het gesprek van { $at } is voorbij. Wat is er gebeurd?
meeting-button-held = ✅ Gesprek gehouden
meeting-button-absent = 🚫 Niet gekomen: { $party }
meeting-button-outcome-cancelled = ✖️ Het ging niet door
meeting-not-over = Het gesprek is nog niet voorbij.
meeting-held = ✅ Fijn. Leg nu de afspraken vast met /plan.
meeting-outcome-cancelled = Genoteerd: het gesprek ging niet door.
meeting-absent = 🚫 De { $party } is niet gekomen naar het gesprek. Er komt een nieuwe ronde met tijden.
# The interpreter question with the status holder's own wish (only when they share their answers).
meeting-ask-interpreter-wish =
    { $ask }
    🌍 Zelf gaf de statushouder aan: { $wish }
meeting-interpreter-wish-language = { $wish }: { language-name }

# the title of the calendar entry staff get (.ics)
meeting-ics-title = Driegesprek { $reference }

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
meeting-cant-come-you = 🙁 Dank u dat u het laat weten: u kunt niet komen op { $at } ({ $reason }). Uw contactpersonen weten het nu en stellen nieuwe tijden voor. U krijgt daarover een bericht.

# A weekday in the calendar's header row (issue 12): its short name, from ICU.
meeting-weekday = { $day }
