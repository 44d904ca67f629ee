# The handover plan and agreements (issue 3). Staff read Dutch; the status holder reads the
# messages marked "holder" in their own language: short, plain sentences.

plan-pick-case = Van welke casus wilt u het plan zien?
button-plan-case = Casus { $reference } · { $name }
plan-holder-cannot-change = Dit kunt u niet veranderen. Uw contactpersoon doet dat.
plan-gemeente-only = Dit doet de gemeente. Er is niets veranderd.
plan-case-closed = Deze casus is gesloten. Er is niets veranderd.
plan-not-yours = Dit punt is van een andere partij. Er is niets veranderd.
plan-edit-conflict = Iemand anders heeft dit punt net veranderd. Er is niets verloren. Typ /plan voor het plan zoals het nu is.
plan-option = { $option ->
        [fast_start] 1 · Snelle start
        [combined] 2 · Gecombineerde aanpak
       *[after_housing] 3 · Start na huisvesting
    }
plan-option-none = nog geen aanpak
plan-choose-option =
    Kies de aanpak voor casus { $reference }:
    1 · Snelle start: het inburgeringstraject begint al op het azc.
    2 · Gecombineerd: brede intake op het azc, traject na de verhuizing.
    3 · Start na huisvesting: alles begint na de verhuizing.
plan-option-unchanged = Die aanpak is al gekozen.
plan-option-chosen = Casus { $reference }: gekozen aanpak { $option }. Het conceptplan staat klaar.
# holder
plan-option-holder = { $option ->
        [fast_start] Uw inburgering begint al nu, terwijl u nog in het azc woont. De gemeente regelt uw lessen. U doet niet mee met het programma van COA.
        [combined] De gemeente praat al met u terwijl u nog in het azc woont: de brede intake. Uw lessen beginnen na de verhuizing. Tot dan kunt u meedoen met het programma van COA.
       *[after_housing] Alles bij de gemeente begint na de verhuizing naar uw nieuwe huis. Tot dan kunt u meedoen met het programma van COA.
    }
# holder
plan-ask-programme =
    { $explanation }

    Wilt u meedoen met het programma van COA (lessen Nederlands, informatie over Nederland)?
button-plan-yes = ✅ Ja
button-plan-no = ✖️ Nee
plan-programme = { $value ->
        [will_not] doet niet mee (snelle start)
        [agrees] doet mee
        [declines] doet niet mee
       *[asked] nog geen antwoord
    }
plan-programme-thanks = Dank u. Programma van COA: { $value }.
plan-programme-staff = { $name } (casus { $reference }), programma van COA: { $value }.
plan-free-text = { $text } (niet vertaald)
plan-kind = { $kind ->
        [introduction] Kennismaking en keuze route
        [programme_alignment] Aansluiting op het programma van COA
        [broad_intake] Start brede intake
        [client_profile] Klantprofiel overdragen
        [handover_conversation] Overdrachtsgesprek
        [documents] Documenten meenemen
        [profile_update] COA werkt het klantprofiel bij
        [interpreter] Tolk regelen
        [next_contact] Volgend contactmoment
        [intake_date] Datum en plaats brede intake
        [pip_date] Datum PIP
       *[free] Afspraak
    }
plan-owner = { $owner ->
        [coa] COA
        [gemeente] gemeente
       *[holder] statushouder
    }
plan-due-waits = wacht op woningdatum
plan-item = { $status ->
        [done] ✅
        [cancelled] ✖️
        [late] ⚠️
       *[planned] ▫️
    } { $what } · { plan-owner } · { $due }{ $status ->
        [late] {" "}(te laat)
       *[other] {""}
    }
plan-item-at = { $item } · { $place ->
        [azc] azc
       *[gemeente] gemeente
    }
plan-none = Er is nog geen plan.
button-plan-options = 🧭 Aanpak kiezen
plan-view =
    📋 Plan { $reference } (versie { $version })
    Aanpak: { $option }
    Programma van COA: { $programme }

    { $items }

    { $confirmed }
button-plan-done = ✅ Klaar: { $what }
button-plan-add = ➕ Afspraak
button-plan-send = 📨 Rondsturen
button-plan-housing = 🏠 Woningdatum
plan-who-staff = { $name } ({ $party ->
        [coa] COA
       *[gemeente] gemeente
    })
plan-who-holder = { $name }
plan-confirmed-line = { $current ->
        [yes] ✅
       *[no] ⏳
    } { $who }: akkoord met versie { $version }, { $at }
plan-unconfirmed-line = ⏳ { $who }: nog niet bevestigd
plan-next = { $what }, { $due }
plan-next-none = niets meer gepland
plan-case-line = • { $reference } – { $name }: { $option }. Volgende: { $next }. Te laat: { $late }. Niet bevestigd: { $unconfirmed }.
plan-case-overview =
    Uw casussen:
    { $cases }
plan-due-before-matching = Die datum ligt vóór de koppeling. Kies een latere datum.
plan-due-in-past = Die datum is al voorbij. Kies een datum vanaf vandaag.
plan-due-after-term = Die datum ligt na het einde van de inburgeringstermijn (drie jaar). Kies een eerdere datum.
plan-ask-kind = Welke afspraak wilt u toevoegen?
button-plan-free = ✏️ Eigen tekst
plan-ask-free = Typ de afspraak in één regel.
plan-free-bad = Gebruik één regel van hoogstens { $max } tekens.
plan-ask-owner = Wie doet het?
plan-ask-due = Wanneer moet het klaar zijn? Tik op een knop, of antwoord met een datum (dd-mm-jjjj).
button-plan-in-days = over { $days } dagen
plan-agreement-added = Casus { $reference }: afspraak toegevoegd: { $what } · { plan-owner } · { $due }.
plan-item-done = Casus { $reference }: klaar: { $what }.
plan-sent = Het plan van casus { $reference } (versie { $version }) is rondgestuurd.
button-plan-agree = 👍 Akkoord
button-plan-question = ❓ Ik heb een vraag
plan-outdated = Dit is een oude versie van het plan. Er is een nieuwe versie ({ $version }). Typ /plan om die te zien.
plan-thanks = Dank u. U bent akkoord met versie { $version } van het plan.
plan-confirmed-staff = { $who } is akkoord met versie { $version } van het plan (casus { $reference }).
plan-ask-question = Typ uw vraag. Wij sturen die naar uw contactpersonen.
plan-question-staff = Vraag van { $who } over het plan (casus { $reference }): { $text } (niet vertaald)
plan-question-sent = Uw vraag is verstuurd. U krijgt antwoord van uw contactpersoon.
plan-ask-housing = Wat is de nieuwe verwachte woningdatum? Antwoord met een datum (dd-mm-jjjj).
plan-change-line = • { $what }: { $old } → { $new }
plan-housing-moved =
    🏠 Nieuwe woningdatum ({ $reference }): { $date }.
    Wat daardoor verandert:
    { $changes }
plan-long-wait-holder = Het is een tijd stil geweest. Is er iets veranderd? Vertel het uw contactpersoon of typ /plan om het plan te zien.
plan-due-soon = ⏰ Morgen ({ $reference }): { $what }, { $due }.
plan-overdue = ⚠️ Te laat ({ $reference }): { $what }, gepland { $due }.

# The summary document for the case file (issue 3).
button-plan-summary = 📄 Samenvatting
plan-summary-caption = Samenvatting van het plan van casus { $reference } voor het dossier, in het Nederlands en in de taal van de klant. Open het bestand in een browser; printen als PDF kan ook.
plan-summary-title = Overdrachtsplan { $reference }
plan-summary-note = Tekst die een medewerker zelf typte, staat er zoals getypt en is niet vertaald.
plan-summary-empty = Geen.
plan-summary-value = { $value }
plan-summary-at = { $at }
plan-summary-none = –
plan-summary-system = de bot
plan-summary-unknown = onbekend
plan-summary-fact-reference = Casus
plan-summary-fact-name = Naam
plan-summary-fact-option = Aanpak
plan-summary-fact-programme = Programma van COA
plan-summary-fact-housing = Verwachte woningdatum
plan-summary-fact-version = Versie
plan-summary-fact-made = Gemaakt op
plan-summary-items = Punten en afspraken
plan-summary-col-what = Wat
plan-summary-col-owner = Wie
plan-summary-col-due = Wanneer
plan-summary-col-status = Stand
plan-summary-confirmations = Bevestigingen
plan-summary-col-who = Wie
plan-summary-col-version = Versie
plan-summary-col-answer = Antwoord
plan-summary-col-at = Tijdstip
plan-summary-history = Geschiedenis
plan-summary-col-change = Wijziging
plan-summary-col-old = Was
plan-summary-col-new = Wordt
plan-summary-version = versie { $version }
plan-summary-agreement = { $what } · { plan-owner } · { $due }
plan-summary-field-item = { $field } · { $what }
plan-summary-status = { $status ->
       *[planned] gepland
        [done] klaar
        [cancelled] geannuleerd
        [late] te laat
    }
plan-summary-answer = { $answer ->
       *[question] vraag
        [agree] akkoord
    }
plan-summary-long-wait = { $answer ->
       *[nothing] er is niets veranderd
        [holds] het plan klopt nog
        [changed] er is iets veranderd
    }
plan-summary-field = { $field ->
       *[other] Wijziging
        [option] Aanpak
        [programme] Programma van COA
        [agreement] Afspraak toegevoegd
        [sent] Rondgestuurd
        [confirmed] Bevestigd
        [question] Vraag
        [status] Stand
        [housing_date] Woningdatum
        [due_date] Datum
        [owner] Wie doet het
        [text] Tekst
        [long_wait] Lange stilte
    }
# Long-wait answers (issue 3).
plan-long-wait-staff-days = Casus { $reference }: al { $days } dagen geen activiteit. Klopt het plan nog?
button-plan-still-holds = ✅ Plan klopt nog
button-plan-changed = ✏️ Er is iets veranderd
button-plan-nothing-changed = ✅ Er is niets veranderd
plan-long-wait-thanks = Dank u. Uw antwoord is bewaard.
plan-long-wait-answered = Casus { $reference }, lange stilte: { $who } antwoordt: { $answer }.
plan-long-wait-update = Dank u. Pas het plan aan met /plan.

# Changing one agreement
button-plan-edit = ✏️ { $what }
button-plan-cancel-item = ❌ Afspraak annuleren
plan-edit-menu = { $what }: nu { $due }. Nieuwe datum? Tik op een knop, of antwoord met een datum (dd-mm-jjjj). Met de knoppen kunt u de afspraak ook aan een andere partij geven, de tekst wijzigen (alleen bij eigen tekst) of de afspraak annuleren.
plan-agreement-moved = Casus { $reference }: nieuwe datum voor { $what }: { $old } → { $new }.
plan-agreement-cancelled = Casus { $reference }: afspraak geannuleerd: { $what }.
# Another owner or new wording for one agreement (the two notices reach the status holder too)
button-plan-owner-to = 👤 Naar { plan-owner }
button-plan-reword = ✏️ Nieuwe tekst
plan-ask-reword = Typ de nieuwe tekst van de afspraak in één regel.
plan-agreement-owner = Casus { $reference }: { $what } wordt nu gedaan door: { $new } (eerst: { $old }).
plan-agreement-reworded = Casus { $reference }: nieuwe tekst voor een afspraak: { $old } → { $new }.

# holder: the plan's items as the status holder reads them (issue 15): plain words, "you", the
# Dutch term in brackets where staff use one. Staff keep plan-kind and plan-item.
plan-kind-holder = { $kind ->
        [introduction] Kennismaken en kiezen hoe u gaat inburgeren (keuze route)
        [programme_alignment] Wat u bij COA leert, past bij uw inburgering (programma van COA)
        [broad_intake] Een gesprek over uw school, werk en gezondheid (brede intake)
        [client_profile] COA geeft uw gegevens aan de gemeente (klantprofiel)
        [handover_conversation] Het gesprek met COA, de gemeente en u (driegesprek)
        [documents] Uw papieren meenemen
        [profile_update] COA zet uw gegevens op de nieuwste stand (klantprofiel)
        [interpreter] Een tolk regelen
        [next_contact] Het volgende gesprek met uw contactpersoon
        [intake_date] Wanneer en waar het gesprek over school, werk en gezondheid is (brede intake)
        [pip_date] Wanneer uw eigen plan klaar is (PIP)
       *[free] Afspraak
    }
# holder
plan-owner-holder = { $owner ->
        [coa] COA
        [gemeente] de gemeente
       *[holder] u
    }
# holder
plan-item-holder = { $status ->
        [done] ✅
        [cancelled] ✖️
        [late] ⚠️
       *[planned] ▫️
    } { $what } · { plan-owner-holder } · { $due }{ $status ->
        [late] {" "}(te laat)
       *[other] {""}
    }
