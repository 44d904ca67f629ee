## A case's life (issue 12): closing with a reason, reopening within 30 days, handing a case to a
## colleague, and an admin ending a caseworker's access. Staff messages name the case
## (reference and first name); the status holder's say "you" and what happens next.

button-case-close = 🗂 Fermer le dossier
button-case-handover = 🤝 Transmettre à un collègue
button-cases-closed = 🗄 Dossiers fermés

# Why a case is closed; $reason is one of the codes below.
close-reason = { $reason ->
    [handed_over] a déménagé, dossier transmis
    [moved_elsewhere] a déménagé dans une autre commune
    [not_required] n'est plus soumis à l'obligation d'intégration
   *[other] autre raison
}
button-close-reason = { $reason ->
    [handed_over] 🏠 A déménagé, dossier transmis
    [moved_elsewhere] 🚚 Vers une autre commune
    [not_required] 📄 Plus d'obligation d'intégration
   *[other] ✏️ Autre raison
}
button-close-yes = ✅ Oui, fermer
button-close-no = ↩️ Non, laisser ouvert

life-close-ask-reason = Pourquoi fermez-vous le dossier { $reference } ({ $name }) ?
life-close-confirm =
    Fermer le dossier { $reference } ({ $name }) ? Raison : { $reason }.
    Tous les rappels en cours s'arrêtent et toutes les personnes du dossier sont prévenues. Vous pouvez rouvrir le dossier pendant 30 jours.
life-close-kept = Le dossier { $reference } ({ $name }) reste ouvert.
life-closed-you = ✅ Le dossier { $reference } ({ $name }) est fermé. Raison : { $reason }. Vous pouvez le rouvrir jusqu'au { $until } : /cases, puis 🗄 Dossiers fermés.
life-closed-staff = 🗂 Le dossier { $reference } ({ $name }) a été fermé par { $who }. Raison : { $reason }. Les rappels de ce dossier sont arrêtés.
life-closed-holder = { $org } a terminé l'accompagnement dans cette conversation. Vous ne recevrez plus de messages ni de rappels ici. Vous avez une question ? Contactez directement votre personne de contact chez { $org }.
life-already-closed = Le dossier { $reference } ({ $name }) est déjà fermé.

life-closed-list =
    🗄 Dossiers fermés ces 90 derniers jours ({ $count }) :
    { $items }
life-closed-line = • { $reference } – { $name } : fermé le { $date }, { $reason }
life-closed-none = Aucun dossier n'a été fermé ces 90 derniers jours.
button-case-reopen = ↩️ Rouvrir : { $reference } · { $name }
life-reopen-too-late = Le dossier { $reference } ({ $name }) est fermé depuis plus de 30 jours et ne peut plus être rouvert. Si besoin, ouvrez un nouveau dossier avec /newcase.
life-not-closed = Le dossier { $reference } ({ $name }) est déjà ouvert.
life-reopened-you = ↩️ Le dossier { $reference } ({ $name }) est de nouveau ouvert. Les rappels d'avant la fermeture ne reviennent pas ; si besoin, planifiez un nouvel entretien avec /meet.
life-reopened-staff = ↩️ Le dossier { $reference } ({ $name }) a été rouvert par { $who }.
life-reopened-holder = { $org } a rouvert votre accompagnement dans cette conversation. Avec /menu, vous voyez votre résumé.

# The question once the housing date has passed and the driegesprek was held.
life-close-suggest = 🏠 Dossier { $reference } ({ $name }) : la date du logement ({ $date }) est passée et l'entretien à trois a eu lieu. Le passage est-il terminé ? Vous pouvez alors fermer le dossier.

life-handover-pick = À quel collègue de { $org } voulez-vous transmettre le dossier { $reference } ({ $name }) ? Voici les collègues qui utilisent le bot.
life-handover-none = Aucun autre collègue de { $org } n'a encore rejoint le bot. Demandez à l'administrateur une invitation pour votre collègue.
button-colleague = { $name }
life-handover-offered = Demande envoyée à { $colleague }. Vous serez prévenu dès que le dossier sera repris. D'ici là, vous restez la personne de contact.
life-handover-offer = { $from } veut vous transmettre le dossier { $reference } ({ $name }). Reprenez-vous le dossier ? Vous deviendrez alors la personne de contact de { $org } pour { $name }.
button-handover-accept = ✅ Reprendre
button-handover-decline = ❌ Ne pas reprendre
life-handover-done-you = ✅ Vous êtes maintenant la personne de contact du dossier { $reference } ({ $name }). Avec /plan, vous voyez le plan ; avec /meet, vous planifiez l'entretien.
life-handover-done-staff = 🤝 Dossier { $reference } ({ $name }) : { $to } est maintenant la personne de contact de { $org }, à la place de { $from }.
life-handover-done-holder = Votre personne de contact chez { $org } est maintenant { $to }, à la place de { $from }.
life-handover-declined = { $to } ne reprend pas le dossier { $reference } ({ $name }). Vous restez la personne de contact.
life-handover-declined-you = Vous ne reprenez pas le dossier { $reference } ({ $name }). { $from } reste la personne de contact.
life-handover-stale = Cette demande n'est plus valable.

# An admin ended a caseworker's access (`driegesprek staff revoke`).
life-revoked-colleagues = ⚠️ Dossier { $reference } ({ $name }) : { $who } ne travaille plus avec le bot et ne fait plus partie de ce dossier.
life-revoked-nobody =
    ⚠️ Dossier { $reference } ({ $name }) : { $who } ne travaille plus avec le bot. Le dossier n'a plus de personne de contact de { $org }. Envoyez ce lien à { $org } pour qu'un collègue là-bas rejoigne le dossier. Le lien marche une seule fois, jusqu'au { $expires }.
    { $link }
life-revoked-holder = { $who } n'est plus votre personne de contact chez { $org }. Vous serez prévenu dès qu'il y aura une nouvelle personne de contact.
