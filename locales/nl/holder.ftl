# The status holder's first steps. Plain language: short sentences, everyday words.

holder-privacy-notice-v2 =
    🔒 Uw gegevens

    Wat bewaren we?
    • Uw voornaam.
    • Het dossiernummer van COA of de gemeente.
    • Uw taal.
    • De afspraken over uw verhuizing.
    • Later, alleen als u wilt: uw antwoorden en vragen om het gesprek voor te bereiden.

    Wie ziet dit?
    Uw contactpersoon bij COA en bij de gemeente.
    Uw antwoorden en vragen zien zij alleen als u ja zegt. U kunt dat altijd weer stoppen.

    Waarom?
    De gemeente helpt u met inburgeren. Dat is haar taak volgens de wet.

    We vragen nooit naar details over uw gezondheid, geloof of afkomst.
    We vragen misschien wel of u over gezondheid of zorg wilt praten. U kiest zelf. U hoeft nooit te zeggen wat het is.

    U kunt altijd zien wat we bewaren: /mydata. U kunt vragen het te wissen: /delete.
button-privacy-ok = ✅ Ik begrijp het
holder-overview-v2 =
    👋 Welkom!
    Uw contactpersoon bij COA: { $coa_contact } ({ $coa })
    Uw contactpersoon bij de gemeente: { $gemeente_contact } ({ $gemeente })

    { $next }

    Typ /menu om dit opnieuw te zien.
holder-next-fresh =
    Wat gebeurt er nu?
    1. De gemeente kiest samen met u en COA hoe uw inburgering begint.
    2. U krijgt hier een bericht als er een gesprek komt met u, COA en de gemeente (driegesprek).
holder-next-none = 📅 Er is nog geen gesprek gepland. U krijgt hier een bericht als er een gesprek komt.
holder-next-choosing = 📅 We zoeken een tijd voor uw gesprek. U krijgt hier een bericht met tijden (of u kreeg het al). Kies in dat bericht de tijden die u passen.
holder-next-meeting =
    📅 Gesprek: { $at }
    { $where }
holder-next-bring =
    🎒 Neem mee naar het gesprek:
    { $items }
holder-next-bring-all = 🎒 U hebt alle papieren voor het gesprek klaar. 👍
holder-next-task =
    ✏️ Uw volgende taak: { $what }
    Wanneer: { $due }
holder-joined-staff = ✅ { $name } (casus { $reference }) doet nu mee en leest { language-name }.
holder-not-text = 🎤 Ik kan niet naar spraakberichten luisteren of foto's bekijken. Tik op een knop. Vragen? Bel of schrijf uw contactpersoon.
holder-use-buttons = 👇 Tik op een knop. Vragen? Vraag het uw contactpersoon.
button-menu-home = 🏠 Menu
