# Team group chats. Read by staff.

group-welcome = Hallo team! Koppel deze groep aan uw organisatie (dan volgt de groep alle casussen) of aan één casus.
group-not-staff = Sorry, alleen aangemelde medewerkers van COA of de gemeente kunnen dit doen. Er is niets veranderd.
group-other-org = Deze groep is gekoppeld aan een andere organisatie. Er is niets veranderd.
button-link-org = 🏢 Alle casussen van { $org }
button-link-case = 📁 Eén casus
group-pick-case = Welke casus volgt deze groep?
button-case = { $reference } – { $name }
group-linked-org = ✅ Deze groep volgt nu alle casussen van { $org }.
group-linked-case = ✅ Deze groep volgt nu casus { $reference }.
group-not-linked = Deze groep is nog niet gekoppeld. Typ /link om dat te doen.
group-follows-case = Deze groep volgt casus { $reference }.
group-follows-org = Deze groep volgt alle casussen van { $org }.

# access
access-group-not-following = Deze groep volgt deze casus niet. Er is niets veranderd.

# groups: removal
group-removed-unlinked = De bot is verwijderd uit de groep { $group }. Die groep volgt daarom geen casussen meer. Voegt u de bot later weer toe, dan kiest u opnieuw wat de groep volgt.
