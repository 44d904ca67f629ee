## Uitleg (issue 15): de woorden van de overdracht in gewone taal, elk hooguit zo'n 60 woorden:
## wat het is, wie het doet, wat het voor u betekent, of het moet. Alleen uit de domeinbeschrijving;
## geen juridisch advies. Het Nederlandse woord staat erbij, zodat mensen het kunnen zeggen.

explain-button-how = ❓ Hoe werkt dit?
explain-button-all = 📚 Alle uitleg
explain-button-send = ❓ Uitleg sturen
explain-list = 📚 Wat betekent het? Tik op een woord.
explain-button = ❓ { $term ->
        [handover] Hoe werkt dit?
        [fast_start] Aanpak 1 · Snelle start
        [combined] Aanpak 2 · Gecombineerd
        [after_housing] Aanpak 3 · Na de verhuizing
        [broad_intake] Brede intake
        [learnability] Leerbaarheidstoets
        [pip] Persoonlijk plan (PIP)
        [b1_route] B1-route
        [education_route] Onderwijsroute
        [z_route] Z-route
        [knm] KNM
        [map] MAP
        [participation] Participatieverklaring
        [client_profile] Klantprofiel
       *[coa_programme] Programma van het COA
    }
explain-handover =
    ❓ Hoe werkt dit?
    1. Het COA en uw gemeente praten samen met u. Dat is het driegesprek. Het kan ook met video of telefoon.
    2. Samen spreekt u af wie wat doet, en wanneer. Dat is uw plan.
    3. Deze bot herinnert iedereen eraan. Hij laat u het plan zien in uw taal.
    Uw contactpersoon bij het COA: { $coa }
    Uw contactpersoon bij de gemeente: { $gemeente }
explain-text = { $term ->
        [fast_start] Aanpak 1 · Snelle start: uw inburgering bij de gemeente begint nu al, terwijl u nog in het azc woont. De gemeente regelt uw lessen. Die gaan door na de verhuizing. U doet niet mee aan het programma van het COA.
        [combined] Aanpak 2 · Gecombineerd: de gemeente praat al in het azc met u: de brede intake. Uw lessen beginnen na de verhuizing. Tot dan kunt u meedoen aan het programma van het COA.
        [after_housing] Aanpak 3 · Start na de verhuizing: alles met de gemeente begint als u naar uw nieuwe huis verhuist. Tot dan kunt u meedoen aan het programma van het COA.
        [broad_intake] Brede intake: een gesprek met de gemeente over u: school, werk, gezin en gezondheid. Er is ook een leerbaarheidstoets. U moet meedoen. Komt u na twee uitnodigingen niet, dan kunt u een boete krijgen.
        [learnability] Leerbaarheidstoets: een korte toets van hoe u leert. Hij hoort bij de brede intake. Zo kiest de gemeente de route die bij u past.
        [pip] Persoonlijk plan (PIP): de gemeente schrijft uw plan voor de inburgering op: uw route (B1-route, onderwijsroute of Z-route) en wat u nog meer doet. U praat er eerst over. Uw 3 jaar inburgering beginnen de dag na uw eerste PIP.
        [b1_route] B1-route: u leert Nederlands tot niveau B1 en u werkt toe naar een baan. De gemeente kiest de route met u in uw persoonlijk plan (PIP).
        [education_route] Onderwijsroute: voor jongeren. U leert Nederlands om naar school te gaan of te studeren in Nederland. Die wordt gekozen in uw persoonlijk plan (PIP).
        [z_route] Z-route: voor mensen voor wie niveau B1 te moeilijk is. U leert Nederlands en hoe u zich zelf redt in het dagelijks leven. Die wordt gekozen in uw persoonlijk plan (PIP).
        [knm] KNM (Kennis van de Nederlandse Maatschappij): lessen over het leven in Nederland: zorg, werk, school, wonen en de wet. Het hoort bij uw inburgering.
        [map] MAP (Module Arbeidsmarkt en Participatie): u leert hoe werk in Nederland gaat en hoe u een baan vindt. Het hoort bij uw inburgering.
        [participation] Participatieverklaring: u leert over de basiswaarden van Nederland, zoals vrijheid en gelijkheid. Daarna tekent u een verklaring. Het hoort bij uw inburgering.
        [client_profile] Klantprofiel: wat het COA over u opschrijft: school, werk, wensen, gezin en taal. Het COA geeft het aan uw gemeente, zodat u niet alles opnieuw hoeft te vertellen.
       *[coa_programme] Programma van het COA: terwijl u in het azc wacht, biedt het COA Nederlandse les, informatie over Nederland en begeleiding. U kiest zelf of u meedoet. Wat de gemeente regelt, gaat voor.
    }
explain-pick = Welke uitleg wilt u sturen aan { $name } ({ $reference })? Die krijgt hem in de eigen taal.
explain-sent = ✅ Verstuurd aan de statushouder van { $reference }.
explain-no-holder = De statushouder van { $reference } doet nog niet mee.
explain-sent-holder =
    { $who } stuurde u uitleg:

    { $text }
