# The status holder's first steps. Plain language: short sentences, everyday words.

holder-privacy-notice =
    🔒 Uw gegevens
    We bewaren alleen: uw voornaam, het dossiernummer, uw taal en de afspraken over uw verhuizing naar de gemeente.
    Wie ziet dit? Uw contactpersoon bij COA en bij de gemeente.
    Waarom? De gemeente helpt u met inburgeren. Dat is haar taak volgens de wet.
    We vragen niet naar uw gezondheid, geloof of afkomst.
    U mag altijd vragen wat we bewaren. U mag ook vragen om het te wissen. Vraag het uw contactpersoon.
button-privacy-ok = ✅ Ik begrijp het
holder-overview =
    👋 Welkom!
    Uw contactpersoon bij COA: { $coa_contact } ({ $coa })
    Uw contactpersoon bij de gemeente: { $gemeente_contact } ({ $gemeente })

    Wat gebeurt er nu?
    1. De gemeente kiest samen met u en COA hoe uw inburgering begint.
    2. U krijgt hier een bericht als er een gesprek komt met u, COA en de gemeente (driegesprek).
    3. Typ /menu om dit opnieuw te zien.
holder-joined-staff = ✅ { $name } (casus { $reference }) doet nu mee en leest { language-name }.
