# Preparing a meeting: questionnaire, consent, checklists (issue 6).
# The questions are read by status holders: plain words, one question per message.

prep-step = ({ $n }/{ $total }) { $question }
prep-ask-education = 🎓 Quelle école avez-vous terminée ?
prep-ask-work-years = 💼 Combien d'années avez-vous travaillé ?
prep-ask-work-field = 🛠️ Dans quel type de travail ?
prep-ask-dutch = 🇳🇱 Depuis combien de temps avez-vous des cours de néerlandais ?
prep-ask-goal = 🎯 Que voulez-vous le plus ?
prep-ask-household = 🏠 Avec qui habitez-vous ?
prep-ask-reunification = 👪 Attendez-vous de la famille qui vient aux Pays-Bas ?
prep-ask-health = 🩺 Y a-t-il quelque chose sur votre santé ou vos soins dont vous voulez parler ? N'écrivez pas ce que c'est.
prep-ask-moment = 🕐 Quel est le meilleur moment pour vous joindre ?
prep-ask-channel = 📱 Quelle est la meilleure façon de vous joindre ?
prep-ask-interpreter = 🌍 Voulez-vous un interprète pendant l'entretien ?
prep-ask-without-partner = 🗣️ Voulez-vous aussi parler sans votre partenaire ?
prep-ask-own-questions = ❓ Avez-vous des questions pour l'entretien ? Écrivez-les ici. Ou touchez Passer.
prep-own-saved = ✅ Vos questions sont enregistrées.

prep-label-education = 🎓 École
prep-label-work-years = 💼 Années de travail
prep-label-work-field = 🛠️ Type de travail
prep-label-dutch = 🇳🇱 Cours de néerlandais
prep-label-goal = 🎯 Souhait
prep-label-household = 🏠 Foyer
prep-label-reunification = 👪 Famille attendue
prep-label-health = 🩺 Parler de santé ou de soins
prep-label-moment = 🕐 Meilleur moment
prep-label-channel = 📱 Meilleure façon
prep-label-interpreter = 🌍 Interprète souhaité
prep-label-without-partner = 🗣️ Parler aussi sans partenaire

prep-edu-none = Pas d'école
prep-edu-primary = École primaire
prep-edu-secondary = École secondaire
prep-edu-vocational = Formation professionnelle
prep-edu-university = Haute école ou université
prep-years-none = Jamais travaillé
prep-years-few = 1 ou 2 ans
prep-years-some = 3 à 5 ans
prep-years-many = Plus de 5 ans
prep-field-building = 🔧 Bâtiment ou technique
prep-field-care = 🤲 Soins
prep-field-food = 🍽️ Restauration ou alimentation
prep-field-transport = 🚚 Transport
prep-field-farming = 🌾 Agriculture
prep-field-shop = 🛒 Magasin ou commerce
prep-field-office = 💻 Bureau ou informatique
prep-field-other = Autre travail
prep-dutch-none = Pas encore de cours
prep-dutch-short = Moins de 3 mois
prep-dutch-year = 3 à 12 mois
prep-dutch-long = Plus d'un an
prep-goal-work = 💼 Travailler
prep-goal-study = 📚 Étudier
prep-goal-both = Travailler et étudier
prep-goal-unsure = Je ne sais pas encore
prep-house-alone = Seul(e)
prep-house-partner = Avec partenaire
prep-house-children = Avec enfants
prep-house-family = Avec partenaire et enfants
prep-yes = ✅ Oui
prep-no = ❌ Non
prep-rather-not-say = Je préfère ne pas le dire
prep-moment-morning = 🌅 Matin
prep-moment-afternoon = ☀️ Après-midi
prep-moment-evening = 🌙 Soir
prep-channel-message = 💬 Message
prep-channel-call = 📞 Appel
prep-channel-either = Peu importe
prep-interp-own = Oui, dans ma langue
prep-interp-other = Oui, dans une autre langue
prep-interp-no = Non, je parle assez bien néerlandais
prep-interp-unsure = Je ne sais pas
prep-ask-interpreter-language = 🌍 Vous voulez un interprète dans une autre langue. Dans quelle langue ?
prep-label-interpreter-language = 🌍 Langue de l'interprète

prep-button-skip = ⏭️ Passer
prep-skipped = passé
prep-not-answered = pas encore répondu
prep-none = —
prep-line = { $label } : { $value }
prep-list = { $lines }
prep-own-as-typed = { $text } (non traduit)
prep-review =
    📋 Vos réponses
    { $answers }
    ❓ Vos questions : { $own }

    Touchez un bouton pour changer quelque chose.
prep-button-own-questions = ❓ Mes questions
prep-button-sharing = 🔒 Ce que je partage
prep-button-documents = 🎒 Papiers
prep-button-review = 📋 Mes réponses

prep-consent-notice-v2 =
    🔒 Qui voit vos réponses ?
    Votre personne de contact au COA et à la commune. Ainsi, elles peuvent bien préparer l'entretien avec vous.
    Vous choisissez. Vous pouvez aussi ne rien partager.
    Vous pouvez toujours changer cela plus tard avec ces boutons.

    📋 Vos réponses : { $answers }
    ❓ Vos questions : { $questions }
prep-shared-yes = ✅ partagé
prep-shared-no = 🚫 pas partagé
prep-button-share-answers = ✅ Partager mes réponses
prep-button-stop-answers = 🚫 Arrêter de partager mes réponses
prep-button-share-questions = ✅ Partager mes questions
prep-button-stop-questions = 🚫 Arrêter de partager mes questions

prep-documents =
    🎒 Apportez ces papiers à l'entretien.
    Touchez un papier quand il est prêt.
prep-check-done-button = ✅ { $item }
prep-check-open-button = ⬜ { $item }
prep-item-permit = 🪪 Titre de séjour
prep-item-bsn = ✉️ Lettre avec votre BSN
prep-item-diplomas = 🎓 Diplômes
prep-item-cv = 📄 CV
prep-item-profile = Profil du client transmis
prep-item-programme = Programme suivi transmis
prep-item-need-to-know = Ce que la commune doit savoir avant transmis
prep-item-options = Options expliquées
prep-item-intake = Bilan d'accueil planifié
prep-item-contact = Personne de contact nommée

prep-holder-only = Ces questions sont pour le titulaire du statut.
prep-holder-not-ready = Choisissez d'abord votre langue et lisez l'explication. Tapez /menu.
prep-cases = 📋 Préparation : choisissez un dossier.
prep-case-button = { $reference } · { $name }
prep-button-refresh = 🔄 Actualiser
prep-staff-not-shared = 🔒 Non partagé par le titulaire du statut
prep-staff-overview =
    📋 Préparation { $reference } ({ $name })

    Questionnaire :
    { $answers }

    Pas encore répondu :
    { $missing }

    Questions personnelles :
    { $own }

    Liste de contrôle :
    { $checklist }
prep-party-holder = Titulaire du statut
prep-party-coa = COA
prep-party-gemeente = Commune
prep-check-party =
    { $party } :
    { $items }
prep-check-done = ✅ { $item } ({ $at })
prep-check-open = ⬜ { $item }
prep-reminder-staff =
    ⏰ L'entretien a lieu le { $start }. Voici où en est la préparation :

    { $overview }
prep-reminder-holder =
    ⏰ Votre entretien a lieu le { $start }. Apportez ces papiers :
    { $items }
    Tapez /prepare pour les cocher.
prep-agenda-with =
    { $message }

    📋 Ce dont nous allons parler :
    { $items }
prep-agenda-item = { $n }. { $what }

# Shown to staff beside an answer given or changed after the meeting took place.
prep-answer-late = { $line } (rempli après l’entretien)
prep-own-no-numbers = N’écrivez pas votre BSN ou votre V-nummer ici. Nous ne le gardons pas. Écrivez vos questions sans ce numéro.

## The agenda per meeting (staff reorder and extend it) and which meeting is being prepared.
# Staff overview: the meeting this preparation is for. $when is prep-agenda-when,
# prep-agenda-no-time or prep-meeting-not-planned.
prep-staff-for-meeting =
    { $overview }

    🗓 Voici la préparation de l'entretien { $number } { $when }.
prep-agenda-when = le { $at }
prep-agenda-no-time = (pas encore d'heure convenue)
prep-meeting-not-planned = (pas encore planifié)
prep-agenda-button = 🗒 Ordre du jour
prep-agenda-editor =
    🗒 Ordre du jour de l'entretien { $number } { $when }, dossier { $reference } ({ $name }) :
    { $items }

    Déplacez un point avec ⬆️ ou ⬇️. Retirez vos propres points avec ✖️. Envoyez l'ordre du jour à tous quand il est prêt.
prep-agenda-up-button = ⬆️ { $n }
prep-agenda-down-button = ⬇️ { $n }
prep-agenda-remove-button = ✖️ { $n }
prep-agenda-add-button = ➕ Ajouter un point
prep-agenda-send-button = 📨 Envoyer aux trois
prep-agenda-back-button = ⬅️ Préparation
prep-agenda-ask-point = Écrivez le nouveau point sur une seule ligne, { $max } caractères au maximum. Il n'est pas traduit : écrivez en néerlandais simple, l'interprète le lit à voix haute.
prep-agenda-no-numbers = N'écrivez pas de BSN ni de V-nummer dans l'ordre du jour. Écrivez le point sans ce numéro.
prep-agenda-full = L'ordre du jour a déjà { $max } points. Retirez d'abord un de vos propres points.
prep-agenda-empty = L'ordre du jour est encore vide. Ajoutez d'abord un point.
prep-agenda-meeting-over = Cet entretien est passé ou annulé. Son ordre du jour ne change plus.
prep-agenda-sent =
    { $count ->
        [0] Il n'y a personne d'autre à qui envoyer l'ordre du jour.
        [one] L'ordre du jour a été envoyé à { $count } conversation.
       *[other] L'ordre du jour a été envoyé à { $count } conversations.
    }
# To all three, the status holder in their language: the agenda after staff changed it.
prep-agenda-updated =
    🗒 Voici de quoi nous allons parler à l'entretien { $when } :
    { $items }
# Status holder: a button on their overview that shows the agenda of their next meeting.
prep-button-agenda = 🗒 Ce dont nous parlerons
