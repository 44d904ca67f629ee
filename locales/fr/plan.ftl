# The handover plan and agreements (issue 3).

plan-pick-case = De quel dossier voulez-vous voir le plan ?
button-plan-case = Dossier { $reference } · { $name }
plan-holder-cannot-change = Vous ne pouvez pas changer cela. Votre personne de contact le fait.
plan-gemeente-only = C'est la commune qui fait cela. Rien n'a changé.
plan-case-closed = Ce dossier est fermé. Rien n'a changé.
plan-not-yours = Ce point appartient à une autre partie. Rien n'a changé.
plan-edit-conflict = Quelqu'un d'autre vient de modifier ce point. Rien n'est perdu. Tapez /plan pour voir le plan actuel.
plan-option = { $option ->
        [fast_start] 1 · Départ rapide
        [combined] 2 · Approche combinée
       *[after_housing] 3 · Départ après le logement
    }
plan-option-none = pas encore d'approche
plan-choose-option =
    Choisissez l'approche pour le dossier { $reference }:
    1 · Départ rapide: le parcours d'intégration commence à l'azc.
    2 · Approche combinée: bilan d'accueil à l'azc, parcours après le déménagement.
    3 · Départ après le logement: tout commence après le déménagement.
plan-option-unchanged = Cette approche est déjà choisie.
plan-option-chosen = Dossier { $reference }: approche choisie { $option }. Le projet de plan est prêt.
plan-option-holder = { $option ->
        [fast_start] Votre intégration commence maintenant, quand vous vivez encore à l'azc. La commune organise vos cours. Vous ne suivez pas le programme du COA.
        [combined] La commune vous parle déjà pendant que vous vivez à l'azc : c'est le bilan d'accueil (brede intake). Vos cours commencent après le déménagement. D'ici là, vous pouvez suivre le programme du COA.
       *[after_housing] Tout avec la commune commence après votre déménagement. D'ici là, vous pouvez suivre le programme du COA.
    }
plan-ask-programme =
    { $explanation }

    Voulez-vous suivre le programme du COA (cours de néerlandais, informations sur les Pays-Bas) ?
button-plan-yes = ✅ Oui
button-plan-no = ✖️ Non
plan-programme = { $value ->
        [will_not] ne participe pas (départ rapide)
        [agrees] participe
        [declines] ne participe pas
       *[asked] pas encore de réponse
    }
plan-programme-thanks = Merci. Programme du COA: { $value }.
plan-programme-staff = { $name } (dossier { $reference }), Programme du COA: { $value }.
plan-free-text = { $text } (non traduit)
plan-kind = { $kind ->
        [introduction] Présentation et choix du parcours
        [programme_alignment] Lien avec le programme du COA
        [broad_intake] Début du bilan d'accueil
        [client_profile] Remise du profil du client
        [handover_conversation] Entretien de transmission
        [documents] Apporter les documents
        [profile_update] Le COA met à jour le profil du client
        [interpreter] Réserver un interprète
        [next_contact] Prochain contact
        [intake_date] Date et lieu du bilan d'accueil
        [pip_date] Date du PIP
       *[free] Accord
    }
plan-owner = { $owner ->
        [coa] COA
        [gemeente] commune
       *[holder] titulaire du statut
    }
plan-due-waits = attend la date du logement
plan-item = { $status ->
        [done] ✅
        [cancelled] ✖️
        [late] ⚠️
       *[planned] ▫️
    } { $what } · { plan-owner } · { $due }{ $status ->
        [late] {" "}(en retard)
       *[other] {""}
    }
plan-item-at = { $item } · { $place ->
        [azc] azc
       *[gemeente] commune
    }
plan-none = Il n'y a pas encore de plan.
button-plan-options = 🧭 Choisir l'approche
plan-view =
    📋 Plan { $reference } (version { $version })
    Approche: { $option }
    Programme du COA: { $programme }

    { $items }

    { $confirmed }
button-plan-done = ✅ Fait: { $what }
button-plan-add = ➕ Accord
button-plan-send = 📨 Envoyer
button-plan-housing = 🏠 Date du logement
plan-who-staff = { $name } ({ $party ->
        [coa] COA
       *[gemeente] commune
    })
plan-who-holder = { $name }
plan-confirmed-line = { $current ->
        [yes] ✅
       *[no] ⏳
    } { $who }: d'accord avec la version { $version }, { $at }
plan-unconfirmed-line = ⏳ { $who }: pas encore confirmé
plan-next = { $what }, { $due }
plan-next-none = plus rien de prévu
plan-case-line = • { $reference } – { $name }: { $option }. Suivant: { $next }. En retard: { $late }. Non confirmé: { $unconfirmed }.
plan-case-overview =
    Vos dossiers:
    { $cases }
plan-due-before-matching = Cette date est avant le rattachement. Choisissez une date plus tard.
plan-due-in-past = Cette date est passée. Choisissez une date à partir d'aujourd'hui.
plan-due-after-term = Cette date est après la fin de la période d'intégration (trois ans). Choisissez une date plus tôt.
plan-ask-kind = Quel accord voulez-vous ajouter ?
button-plan-free = ✏️ Texte libre
plan-ask-free = Tapez l'accord sur une ligne.
plan-free-bad = Utilisez une ligne d'au plus { $max } caractères.
plan-ask-owner = Qui le fait ?
plan-ask-due = Pour quand ? Touchez un bouton, ou répondez avec une date (jj-mm-aaaa).
button-plan-in-days = dans { $days } jours
plan-agreement-added = Dossier { $reference }: accord ajouté: { $what } · { plan-owner } · { $due }.
plan-item-done = Dossier { $reference }: fait: { $what }.
plan-sent = Le plan du dossier { $reference } (version { $version }) a été envoyé.
button-plan-agree = 👍 Je suis d'accord
button-plan-question = ❓ J'ai une question
plan-outdated = C'est une ancienne version du plan. Il y a une nouvelle version ({ $version }). Tapez /plan pour la voir.
plan-thanks = Merci. Vous êtes d'accord avec la version { $version } du plan.
plan-confirmed-staff = { $who } est d'accord avec la version { $version } du plan (dossier { $reference }).
plan-ask-question = Tapez votre question. Nous l'envoyons à vos personnes de contact.
plan-question-staff = Question de { $who } sur le plan (dossier { $reference }) : { $text } (non traduit)
plan-question-sent = Votre question est envoyée. Votre personne de contact va répondre.
plan-ask-housing = Quelle est la nouvelle date prévue du logement ? Répondez avec une date (jj-mm-aaaa).
plan-change-line = • { $what }: { $old } → { $new }
plan-housing-moved =
    🏠 Nouvelle date du logement ({ $reference }): { $date }.
    Ce qui change:
    { $changes }
plan-long-wait-holder = C'est calme depuis un moment. Est-ce que quelque chose a changé ? Dites-le à votre personne de contact, ou tapez /plan pour voir le plan.
plan-due-soon = ⏰ Demain ({ $reference }): { $what }, { $due }.
plan-overdue = ⚠️ En retard ({ $reference }): { $what }, { $due }.

# The summary document for the case file (issue 3).
button-plan-summary = 📄 Résumé
plan-summary-caption = Résumé du plan du dossier { $reference }, en néerlandais et dans la langue du client. Ouvrez le fichier dans un navigateur ; vous pouvez aussi l'imprimer en PDF.
plan-summary-title = Plan de transfert { $reference }
plan-summary-note = Le texte tapé par un employé est montré tel quel et n'est pas traduit.
plan-summary-empty = Aucun.
plan-summary-value = { $value }
plan-summary-at = { $at }
plan-summary-none = –
plan-summary-system = le bot
plan-summary-unknown = inconnu
plan-summary-fact-reference = Dossier
plan-summary-fact-name = Nom
plan-summary-fact-option = Approche
plan-summary-fact-programme = Programme du COA
plan-summary-fact-housing = Date de logement prévue
plan-summary-fact-version = Version
plan-summary-fact-made = Fait le
plan-summary-items = Points et accords
plan-summary-col-what = Quoi
plan-summary-col-owner = Qui
plan-summary-col-due = Quand
plan-summary-col-status = État
plan-summary-confirmations = Confirmations
plan-summary-col-who = Qui
plan-summary-col-version = Version
plan-summary-col-answer = Réponse
plan-summary-col-at = Moment
plan-summary-history = Historique
plan-summary-col-change = Changement
plan-summary-col-old = Avant
plan-summary-col-new = Après
plan-summary-version = version { $version }
plan-summary-agreement = { $what } · { plan-owner } · { $due }
plan-summary-field-item = { $field } · { $what }
plan-summary-status = { $status ->
       *[planned] prévu
        [done] fait
        [cancelled] annulé
        [late] en retard
    }
plan-summary-answer = { $answer ->
       *[question] question
        [agree] d'accord
    }
plan-summary-long-wait = { $answer ->
       *[nothing] rien n'a changé
        [holds] le plan tient toujours
        [changed] quelque chose a changé
    }
plan-summary-field = { $field ->
       *[other] Changement
        [option] Approche
        [programme] Programme du COA
        [agreement] Accord ajouté
        [sent] Envoyé
        [confirmed] Confirmé
        [question] Question
        [status] État
        [housing_date] Date de logement
        [due_date] Date
        [owner] Qui le fait
        [text] Texte
        [long_wait] Longue attente
    }
# Long-wait answers (issue 3).
plan-long-wait-staff-days = Dossier { $reference } : aucune activité depuis { $days } jours. Le plan tient-il toujours ?
button-plan-still-holds = ✅ Le plan tient
button-plan-changed = ✏️ Quelque chose a changé
button-plan-nothing-changed = ✅ Rien n'a changé
plan-long-wait-thanks = Merci. Votre réponse est enregistrée.
plan-long-wait-answered = Dossier { $reference }, longue attente : { $who } répond : { $answer }.
plan-long-wait-update = Merci. Mettez le plan à jour avec /plan.

# Changing one agreement
button-plan-edit = ✏️ { $what }
button-plan-cancel-item = ❌ Annuler l'accord
plan-edit-menu = { $what }: actuellement { $due }. Nouvelle date ? Touchez un bouton, ou répondez avec une date (jj-mm-aaaa). Avec les boutons, vous pouvez aussi confier l'accord à une autre partie, changer son texte (texte libre uniquement) ou annuler l'accord.
plan-agreement-moved = Dossier { $reference }: nouvelle date pour { $what }: { $old } → { $new }.
plan-agreement-cancelled = Dossier { $reference }: accord annulé: { $what }.
# Another owner or new wording for one agreement (the two notices reach the status holder too)
button-plan-owner-to = 👤 À { plan-owner }
button-plan-reword = ✏️ Nouveau texte
plan-ask-reword = Tapez le nouveau texte de l'accord sur une ligne.
plan-agreement-owner = Dossier { $reference }: { $what } est maintenant fait par: { $new } (avant: { $old }).
plan-agreement-reworded = Dossier { $reference }: nouveau texte d'un accord: { $old } → { $new }.

# holder: the plan's items as the status holder reads them (issue 15): plain words, "you", the
# Dutch term in brackets where staff use one. Staff keep plan-kind and plan-item.
plan-kind-holder = { $kind ->
        [introduction] Faire connaissance et choisir le parcours de votre intégration (keuze route)
        [programme_alignment] Ce que vous apprenez dans le programme du COA correspond à votre intégration (programma van COA)
        [broad_intake] Un entretien sur vos études, votre travail et votre santé : le bilan d'accueil (brede intake)
        [client_profile] Le COA donne vos informations à la commune : le profil du client (klantprofiel)
        [handover_conversation] L'entretien à trois avec le COA, la commune et vous (driegesprek)
        [documents] Apporter vos papiers
        [profile_update] Le COA met vos informations à jour : le profil du client (klantprofiel)
        [interpreter] Prévoir un interprète
        [next_contact] Le prochain entretien avec votre personne de contact
        [intake_date] Quand et où a lieu l'entretien sur vos études, votre travail et votre santé : le bilan d'accueil (brede intake)
        [pip_date] Quand votre plan personnel est prêt (PIP)
       *[free] Accord
    }
# holder
plan-owner-holder = { $owner ->
        [coa] COA
        [gemeente] la commune
       *[holder] vous
    }
# holder
plan-item-holder = { $status ->
        [done] ✅
        [cancelled] ✖️
        [late] ⚠️
       *[planned] ▫️
    } { $what } · { plan-owner-holder } · { $due }{ $status ->
        [late] {" "}(en retard)
       *[other] {""}
    }
