## De rechten van de statushouder (issue 14): zien wat bewaard wordt (/mydata), vragen het te
## wissen (/delete), geen berichten meer krijgen (/stop). Berichten aan de statushouder zeggen
## "u", in korte zinnen; berichten aan medewerkers noemen de casus (referentie en voornaam).

privacy-button-menu = 🔒 Uw gegevens
privacy-menu =
    🔒 Uw gegevens
    • Zie alles wat we over u bewaren.
    • Vraag om uw gegevens te wissen.
    • Krijg geen berichten meer van deze bot.
privacy-button-mydata = 📄 Mijn gegevens zien
privacy-button-delete = 🗑 Mijn gegevens wissen
privacy-button-stop = 🔕 Geen berichten meer
privacy-button-no = ↩️ Nee
privacy-never = ↩️ Goed, er verandert niets.
privacy-staff = Uw naam, uw organisatie en de casussen waaraan u werkt worden bewaard zolang u deze bot gebruikt. Uw beheerder kan uw toegang beëindigen. Vragen? Vraag het uw privacy officer of FG.
privacy-nothing-kept = We bewaren geen gegevens over u als statushouder. Kreeg u een link van het COA of de gemeente? Open die dan opnieuw.

privacy-mydata =
    🔒 Wat we over u bewaren
    { $facts }

    📋 Afspraken in uw plan:
    { $agreements }

    📅 Gesprekken:
    { $meetings }
    Uw antwoorden op voorgestelde tijden: { $time_answers }

    📝 Uw antwoorden om het gesprek voor te bereiden:
    { $answers }

    ❓ Uw eigen vragen:
    { $own }

    👀 { $sharing }

    Het bestand hieronder heeft dezelfde gegevens, voor een computer.
    /delete: vraag om uw gegevens te wissen. /stop: geen berichten meer.
privacy-mydata-file = 📄 Uw gegevens (bestand voor een computer)
privacy-none = • (niets)
privacy-yes-no = { $value ->
        [yes] ja
       *[no] nee
    }
privacy-fact-name = • Naam: { $name }
privacy-fact-reference = • Dossiernummer: { $reference }
privacy-fact-orgs = • COA: { $coa } · Gemeente: { $gemeente }
privacy-fact-language = • Taal: { language-name }
privacy-fact-matching = • Gekoppeld aan de gemeente op: { $date }
privacy-fact-housing = • Verhuisdatum: { $date }
privacy-fact-joined = • In deze chat sinds: { $date }
privacy-fact-notice = • U las de privacyuitleg op: { $date }
privacy-fact-closed = • De begeleiding eindigde op: { $date }
privacy-fact-stopped = • U zette de berichten stop op: { $date }
privacy-meeting = • { $when } · { $place } · { $status ->
        [confirmed] gepland
        [held] gehouden
        [absent] iemand was er niet
        [cancelled] afgezegd
       *[proposed] tijden voorgesteld
    }
privacy-meeting-proposed = • { $place } · tijden voorgesteld
privacy-own-question = • { $text }
privacy-sharing = Gedeeld met uw contactpersonen: uw antwoorden { $answers }, uw vragen { $questions }.

privacy-delete-ask =
    🗑 Uw gegevens wissen?
    We vragen uw gemeente om uw naam, uw antwoorden en alles wat u typte te wissen.
    Soms zegt de wet dat de gemeente iets moet bewaren. Dan vertelt de gemeente u waarom.
    U krijgt het antwoord hier.
privacy-button-delete-yes = 🗑 Ja, vraag om te wissen
privacy-delete-asked = ✅ Uw gemeente is gevraagd uw gegevens te wissen. U krijgt het antwoord hier.
privacy-delete-pending = ⏳ U hebt het al gevraagd. Uw gemeente antwoordt u hier.

privacy-request-staff =
    🗑 { $name } ({ $reference }) vraagt om zijn of haar gegevens te wissen.
    Wis ze, of zeg waarom de gemeente ze moet bewaren. { $name } leest uw antwoord in de eigen taal.
privacy-button-erase = 🗑 Gegevens wissen
privacy-button-keep = 📜 Bewaren: zeg waarom
privacy-button-back = ↩️ Terug
privacy-request-decided = Dit verzoek voor { $reference } is al beantwoord.
privacy-erase-confirm =
    Alle gegevens van { $reference } ({ $name }) wissen?
    De naam, de antwoorden, alles wat getypt is en de chat gaan weg. Dit kan niet ongedaan worden gemaakt. De casus wordt gesloten; alleen anonieme cijfers blijven.
privacy-button-erase-yes = ✅ Ja, wissen
privacy-erased-you = 🗑 De gegevens van { $reference } zijn gewist. De casus is gesloten.
privacy-erased-staff = 🗑 De gegevens van { $reference } zijn gewist door { $who }, op verzoek van de statushouder. De casus is gesloten.
privacy-erased-holder = 🗑 Uw gegevens zijn gewist. Deze bot stuurt u geen berichten meer. Vragen? Neem direct contact op met uw gemeente.
privacy-keep-ask = Waarom moet de gemeente de gegevens van { $reference } ({ $name }) bewaren? { $name } leest deze reden in de eigen taal.
privacy-keep-reason = { $reason ->
        [integration_duty] De gemeente heeft ze nodig voor uw inburgering. De wet (Wet inburgering 2021) geeft de gemeente die taak.
        [archive_law] De Archiefwet zegt dat de gemeente ze een tijd moet bewaren.
       *[legal_claim] Ze zijn nodig voor een bezwaar of rechtszaak die nog loopt.
    }
privacy-kept-holder =
    📜 { $org } kan nu niet al uw gegevens wissen.
    Waarom: { $reason }
    Vragen? Vraag het uw contactpersoon. U kunt ook een klacht indienen bij de Autoriteit Persoonsgegevens.
privacy-kept-staff = 📜 { $who } beantwoordde het verzoek van { $name } ({ $reference }) om gegevens te wissen: de gegevens worden bewaard. Reden: { $reason }
privacy-kept-you = 📜 De gegevens van { $reference } worden bewaard. De statushouder hoort waarom: { $reason }

privacy-stop-ask =
    🔕 Geen berichten meer krijgen van deze bot?
    Uw contactpersonen horen het. U kunt uw gegevens nog steeds zien of laten wissen. Stuur /start om weer berichten te krijgen.
privacy-button-stop-yes = 🔕 Ja, stoppen
privacy-stopped-you = 🔕 U krijgt geen berichten meer van deze bot. Uw contactpersonen weten het. Stuur /start om weer berichten te krijgen.
privacy-stopped-hint = 🔕 U hebt de berichten van deze bot stopgezet. Stuur /start om hem weer te gebruiken. /mydata toont uw gegevens, /delete wist ze.
privacy-stopped-staff = 🔕 { $name } ({ $reference }) heeft de berichten van deze bot stopgezet. Er gaat niets meer naartoe, ook geen herinneringen. Neem op een andere manier contact op.
privacy-resumed-you = ✅ Welkom terug. U krijgt weer berichten.
privacy-resumed-staff = ✅ { $name } ({ $reference }) krijgt weer berichten van deze bot.
