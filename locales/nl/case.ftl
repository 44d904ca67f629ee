# Opening a case, and the list of cases. Read by staff.

case-ask-name = Wat is de voornaam of wat zijn de initialen van de statushouder? Niet de volledige naam.
case-ask-reference = Wat is uw eigen dossiernummer voor deze casus? Geen BSN of V-nummer.
case-ask-counterpart = Met welke { $kind ->
        [coa] COA-locatie
       *[gemeente] gemeente
    } werkt u samen in deze casus?
case-no-counterpart-orgs = Er is nog geen { $kind ->
        [coa] COA-locatie
       *[gemeente] gemeente
    } bekend. Vraag de beheerder om die toe te voegen. De casus is niet geopend.
case-ask-matching = Wat is de datum van de koppeling? Tik op een knop, of antwoord met een datum (dd-mm-jjjj).
case-ask-housing = Wanneer krijgt de statushouder naar verwachting een woning? Antwoord met een datum (dd-mm-jjjj), of tik op de knop.
case-confirm =
    Klopt dit?
    Statushouder: { $name }
    Dossiernummer: { $reference }
    Samen met: { $counterpart }
    Koppeling: { $matching }
    Woning verwacht: { $housing }
case-opened = ✅ Casus { $reference } is geopend.
case-holder-invite =
    Uitnodiging voor { $name }. Laat deze QR-code zien of stuur de link. De link werkt één keer, tot { $expires }.
    { $link }
case-counterpart-invite =
    Stuur deze link naar uw contactpersoon bij { $org }, zodat die meedoet in casus { $reference }. De link werkt één keer, tot { $expires }.
    { $link }
case-cancelled = Gestopt. Er is niets opgeslagen.
case-reference-taken = Uw organisatie gebruikt dossiernummer { $reference } al. Kies een ander nummer.

button-org = { $org }
button-today = Vandaag
button-yesterday = Gisteren
button-housing-unknown = Nog onbekend
button-open-case = ✅ Casus openen

error-text-empty = Dat antwoord is leeg. Probeer het opnieuw.
error-text-too-long = Dat is te lang. Gebruik hoogstens { $max ->
        [one] één teken
       *[other] { $max } tekens
    }.
error-looks-like-bsn = Dat lijkt op een BSN of V-nummer. Die slaan we niet op. Gebruik uw eigen dossiernummer of de voornaam.
error-text-one-line = Gebruik één regel, zonder enters.
error-expected-button = Tik op een van de knoppen.
error-not-a-date = Dat is geen datum die ik ken. Schrijf bijvoorbeeld 30-03-2026.
error-matching-in-future = De koppeling kan niet in de toekomst liggen.
error-matching-too-old = Die datum ligt meer dan drie jaar terug. Controleer de datum.
error-housing-before-matching = De woning kan niet vóór de koppeling komen.
error-housing-in-past = Die datum is al voorbij. Kies een datum vanaf vandaag, of tik op “Nog onbekend”.

cases-list =
    { $count ->
        [one] Eén casus:
       *[other] { $count } casussen:
    }
    { cases-legend }
    { $items }
cases-more = … en nog { $hidden } meer.
cases-line = • { $reference } – { $name }{ $late }{ $meeting }{ $option }{ $holder }{ $housing }
cases-fact = {" "}· { $fact }
cases-fact-none = {""}
cases-late = ⚠️ { $late ->
        [one] 1 afspraak te laat
       *[other] { $late } afspraken te laat
    }
cases-meeting = 📅 { $when }
cases-meeting-proposed = 📅 tijd wordt gekozen
cases-option = aanpak { $option }
cases-holder-invited = 👤 uitgenodigd
cases-holder-choosing = 👤 kiest een taal
cases-legend = Bovenaan wat aandacht vraagt. ⚠️ te laat · 📅 gesprek · 👤 statushouder · 🏠 woning verwacht
cases-housing = 🏠 { $date }
cases-none = Er zijn nog geen open casussen.
