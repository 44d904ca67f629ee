# Shared messages: errors, menus, languages, commands.
# Staff read Dutch; status holders read their own language. Keep sentences short.

error-internal = Er ging iets mis aan onze kant. Probeer het over een paar minuten opnieuw.
error-not-saved = Er is niets opgeslagen: de bot kan op dit moment niets bewaren. Probeer het later opnieuw.
error-unknown-command = Dat commando ken ik niet. Typ /menu om te zien wat kan.
error-edited-ignored = U heeft een bericht aangepast. Ik lees alleen nieuwe berichten. Stuur uw antwoord opnieuw als iets moet veranderen.
error-button-stale = Deze knop werkt niet meer. Typ /menu om verder te gaan.
error-staff-only = Dit kunnen alleen medewerkers van COA of de gemeente doen.
error-not-on-case = U hoort niet bij deze casus. Er is niets veranderd.
error-expected-text = Ik kan alleen tekst lezen. Typ uw antwoord als bericht.
error-not-text-menu = Ik kan alleen tekst en knoppen lezen. Typ /menu om verder te gaan.
hint-use-menu = Tik op een knop, of typ /menu om te zien wat kan.
stranger-welcome = Hallo! Deze bot helpt bij de warme overdracht van COA naar de gemeente. U heeft een uitnodigingslink nodig van uw contactpersoon bij COA of de gemeente.
cancel-nothing = Er loopt nu niets om te stoppen.
group-only-command = Dit werkt alleen in een groep.
private-only-command = Dit werkt alleen in een privégesprek met mij.

invite-unknown = Deze link ken ik niet. Vraag uw contactpersoon om een nieuwe link.
invite-expired = Deze link is verlopen. Vraag uw contactpersoon om een nieuwe link.
invite-used = Deze link is al gebruikt. Vraag uw contactpersoon om een nieuwe link.
invite-holder-not-for-you = Deze link is voor een statushouder. U bent al bekend bij deze bot, dus er is niets veranderd.
invite-staff-not-for-you = Deze link is voor medewerkers. Er is niets veranderd.
invite-other-org = Deze link is voor medewerkers van een andere organisatie. Er is niets veranderd.

staff-joined = Welkom! U bent aangemeld als medewerker van { $org } ({ $kind ->
        [coa] COA
       *[gemeente] gemeente
    }). Typ /menu om te beginnen.
staff-already = U bent al aangemeld als medewerker. Typ /menu om verder te gaan.
staff-joined-case = { $name } ({ $org }) doet nu mee in casus { $reference }.
staff-joined-this-case =
    ✅ U doet nu mee in casus { $reference } ({ $name }). Met /plan ziet u het plan, met /meet plant u het gesprek.
    { $others }
# Who else works on the case a staff member just joined (issue 12).
staff-joined-with =
    Ook op deze casus:
    { $people }
staff-joined-person = • { $who } ({ $org })
staff-joined-first = U bent de eerste medewerker op deze casus.

menu-staff = { $name }, { $org }
    U bent betrokken bij { $cases ->
        [0] nog geen casussen
        [one] één casus
       *[other] { $cases } casussen
    }.
help-staff =
    Zo werkt het:
    • /newcase opent een casus. Ik stel één vraag per keer.
    • /cases toont de casussen van uw organisatie.
    • /menu laat zien waar u bent en wat openstaat.
    • /plan toont het plan en de afspraken van een casus.
    • /meet plant een driegesprek.
    • /prepare toont de voorbereiding van het gesprek.
    • /language kiest uw taal.
    • /cancel stopt wat u nu doet.
    Voeg mij toe aan de groep van uw team: { $group_link }
    Typ daarna /link in de groep.
help-holder =
    Hulp:
    • /menu laat zien wie uw contactpersonen zijn en wat er nu gebeurt.
    • /plan laat uw plan en de afspraken zien.
    • /prepare helpt u het gesprek voor te bereiden.
    • /language kiest een andere taal.
    • /mydata laat zien wat we over u bewaren. /delete vraagt om het te wissen. /stop: geen berichten meer.
    Vragen? Stel ze aan uw contactpersoon bij COA of de gemeente.

language-choose = 🌐 Kies uw taal.
# Before anyone chose a language: the same prompt in every script the bot offers (issue 15),
# never one language alone. Each line is that locale's own `language-choose` (Dari and Persian
# write it the same way: one line serves both).
language-choose-any =
    🌐 👇
    اختر لغتك.
    ቋንቋኹም ምረጹ።
    Dilinizi seçin.
    Zimanê xwe hilbijêrin.
    زبان خود را انتخاب کنید.
    Dooro luqaddaada.
    زمانەکەتان هەڵبژێرن.
    خپله ژبه وټاکئ.
    ቋንቋዎን ይምረጡ።
    Choisissez votre langue.
    Choose your language.
    Kies uw taal.
language-set = ✅ Taal: { language-name }.
language-name = { $language ->
        [nl] Nederlands
        [en] Engels
        [ar] Arabisch
        [ti] Tigrinya
        [tr] Turks
        [kmr] Koerdisch (Kurmanji)
        [prs] Dari
        [fa] Perzisch
        [so] Somalisch
        [ckb] Koerdisch (Sorani)
        [ps] Pashto
        [am] Amhaars
       *[fr] Frans
    }
# Each language's own name in its own script: the same in every locale.
language-native = { $code ->
        [nl] Nederlands
        [en] English
        [ar] العربية
        [ti] ትግርኛ
        [tr] Türkçe
        [kmr] Kurmancî
        [prs] دری
        [fa] فارسی
        [so] Soomaali
        [ckb] کوردیی ناوەندی
        [ps] پښتو
        [am] አማርኛ
       *[fr] Français
    }

button-language = 🌐 Taal
button-new-case = ➕ Nieuwe casus
button-my-cases = 📋 Casussen
button-cancel = ✖️ Stoppen

command-menu = Waar ben ik en wat staat open
command-help = Hulp
command-language = Taal kiezen
command-newcase = Nieuwe casus openen (medewerkers)
command-cases = Casussen tonen (medewerkers)
command-cancel = Stoppen met wat u nu doet
command-mydata = Wat er over mij bewaard wordt
command-delete = Vragen mijn gegevens te wissen
command-stop = Geen berichten meer
command-explain = Wat betekent het? Uitleg
command-link = Deze groep koppelen aan uw organisatie of een casus
command-plan = Het plan en de afspraken van de overdracht
command-case = Overzicht per casus (medewerkers)
command-meet = Een driegesprek plannen (medewerkers)
command-prepare = Het gesprek voorbereiden

value-date = { $date }
value-unknown = nog onbekend
contact-named = { $name }
contact-unknown = nog niet bekend

# invites: guessing
invite-too-many-tries = U heeft te vaak een link geprobeerd die niet werkte. Wacht u alstublieft een uur en probeer het dan opnieuw.

# Above every message to staff or a group about a case (issue 12): the case reference and the status holder's first name.
about-case =
    📁 { $reference } · { $name }
    { $body }

# The language picker once a language was tapped (issue 12): the choice in its own script.
language-picked = 🌐 ✅ { $language }

# Paging a list of cases (issue 12), and a typed reference that is not one of them.
button-page-prev = ◀️
button-page-next = ▶️
picker-not-found = U heeft hier geen open casus met dossiernummer { $reference }. Met /cases ziet u uw casussen.

# Several messages for one team group that fall due together, sent as one (issue 12): each under the name of its case.
digest =
    📋 Berichten ({ $count }):

    { $items }
