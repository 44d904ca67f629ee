## A case's life (issue 12): closing with a reason, reopening within 30 days, handing a case to a
## colleague, and an admin ending a caseworker's access. Staff messages name the case
## (reference and first name); the status holder's say "you" and what happens next.

button-case-close = 🗂 Casus sluiten
button-case-handover = 🤝 Overdragen aan een collega
button-cases-closed = 🗄 Gesloten casussen

# Why a case is closed; $reason is one of the codes below.
close-reason = { $reason ->
    [handed_over] verhuisd en overgedragen
    [moved_elsewhere] verhuisd naar een andere gemeente
    [not_required] niet meer inburgeringsplichtig
   *[other] andere reden
}
button-close-reason = { $reason ->
    [handed_over] 🏠 Verhuisd en overgedragen
    [moved_elsewhere] 🚚 Naar een andere gemeente
    [not_required] 📄 Niet meer inburgeringsplichtig
   *[other] ✏️ Andere reden
}
button-close-yes = ✅ Ja, sluiten
button-close-no = ↩️ Nee, open laten

life-close-ask-reason = Waarom sluit u casus { $reference } ({ $name })?
life-close-confirm =
    Casus { $reference } ({ $name }) sluiten? Reden: { $reason }.
    Alle open herinneringen stoppen en iedereen in de casus krijgt bericht. Binnen 30 dagen kunt u de casus heropenen.
life-close-kept = Casus { $reference } ({ $name }) blijft open.
life-closed-you = ✅ Casus { $reference } ({ $name }) is gesloten. Reden: { $reason }. Heropenen kan tot { $until }: /cases, dan 🗄 Gesloten casussen.
life-closed-staff = 🗂 Casus { $reference } ({ $name }) is gesloten door { $who }. Reden: { $reason }. Herinneringen voor deze casus zijn gestopt.
life-closed-holder = { $org } heeft de begeleiding in deze chat afgerond. U krijgt hier geen berichten of herinneringen meer. Heeft u een vraag? Neem dan rechtstreeks contact op met uw contactpersoon bij { $org }.
life-already-closed = Casus { $reference } ({ $name }) is al gesloten.

life-closed-list =
    🗄 Gesloten casussen van de laatste 90 dagen ({ $count }):
    { $items }
life-closed-line = • { $reference } – { $name }: gesloten op { $date }, { $reason }
life-closed-none = Er zijn geen casussen gesloten in de laatste 90 dagen.
button-case-reopen = ↩️ Heropenen: { $reference } · { $name }
life-reopen-too-late = Casus { $reference } ({ $name }) is langer dan 30 dagen gesloten en kan niet meer worden heropend. Open zo nodig een nieuwe casus met /newcase.
life-not-closed = Casus { $reference } ({ $name }) is al open.
life-reopened-you = ↩️ Casus { $reference } ({ $name }) is weer open. Herinneringen van voor het sluiten komen niet terug; plan zo nodig een nieuw gesprek met /meet.
life-reopened-staff = ↩️ Casus { $reference } ({ $name }) is heropend door { $who }.
life-reopened-holder = { $org } heeft uw begeleiding in deze chat weer geopend. Met /menu ziet u uw overzicht.

# The question once the housing date has passed and the driegesprek was held.
life-close-suggest = 🏠 Casus { $reference } ({ $name }): de woningdatum ({ $date }) is voorbij en het driegesprek is gehouden. Is de overdracht klaar? Dan kunt u de casus sluiten.

life-handover-pick = Aan welke collega van { $org } wilt u casus { $reference } ({ $name }) overdragen? Hier staan de collega's die de bot gebruiken.
life-handover-none = Er is nog geen andere collega van { $org } aangemeld bij de bot. Vraag de beheerder om een uitnodiging voor uw collega.
button-colleague = { $name }
life-handover-offered = Gevraagd aan { $colleague }. Zodra die de casus overneemt, krijgt u bericht. Tot dan blijft u de contactpersoon.
life-handover-offer = { $from } wil casus { $reference } ({ $name }) aan u overdragen. Neemt u de casus over? U wordt dan de contactpersoon van { $org } voor { $name }.
button-handover-accept = ✅ Overnemen
button-handover-decline = ❌ Niet overnemen
life-handover-done-you = ✅ U bent nu de contactpersoon in casus { $reference } ({ $name }). Met /plan ziet u het plan, met /meet plant u het gesprek.
life-handover-done-staff = 🤝 Casus { $reference } ({ $name }): { $to } is nu de contactpersoon van { $org }, in plaats van { $from }.
life-handover-done-holder = Uw contactpersoon bij { $org } is nu { $to }, in plaats van { $from }.
life-handover-declined = { $to } neemt casus { $reference } ({ $name }) niet over. U blijft de contactpersoon.
life-handover-declined-you = U neemt casus { $reference } ({ $name }) niet over. { $from } blijft de contactpersoon.
life-handover-stale = Dit verzoek geldt niet meer.

# An admin ended a caseworker's access (`driegesprek staff revoke`).
life-revoked-colleagues = ⚠️ Casus { $reference } ({ $name }): { $who } werkt niet meer met de bot en staat niet meer op deze casus.
life-revoked-nobody =
    ⚠️ Casus { $reference } ({ $name }): { $who } werkt niet meer met de bot. De casus heeft nu geen contactpersoon van { $org }. Stuur deze link naar { $org }, zodat een collega daar meedoet. De link werkt één keer, tot { $expires }.
    { $link }
life-revoked-holder = { $who } is niet meer uw contactpersoon bij { $org }. U krijgt bericht zodra er een nieuwe contactpersoon is.
