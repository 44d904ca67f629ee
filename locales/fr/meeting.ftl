# Scheduling meetings (issue 4).

meeting-no-cases = Vous n'êtes encore sur aucun dossier. Ouvrez d'abord un dossier avec /newcase.
meeting-choose-case = Pour quel dossier voulez-vous planifier un entretien ?
meeting-parties-missing = Les trois parties ne sont pas encore toutes dans ce dossier (commune, COA et titulaire du statut). Planifiez l'entretien quand tout le monde est là.
meeting-pick-day = Horaire { $n } (au plus { $max }) : choisissez un jour. Le calendrier commence le { $month }.
meeting-pick-day-move = Nouvel horaire pour l'entretien : choisissez un jour. Le calendrier commence le { $month }.
meeting-button-prev = ◀️ Mois précédent
meeting-button-next = Mois suivant ▶️
meeting-button-slots-done = ✅ Horaires terminés
meeting-calendar-limit = Le calendrier ne va pas plus loin.
meeting-calendar-stale = Ce calendrier n'est plus à jour. Utilisez le plus récent. Rien n'a changé.
meeting-day-past = Ce jour est passé. Choisissez un autre jour.
meeting-pick-time = À quelle heure le { $day } ?
meeting-button-type-time = ⌨️ Taper une autre heure
meeting-ask-time = Tapez l'heure, par exemple 14:30.
meeting-bad-time = Je ne comprends pas cette heure. Tapez heures et minutes, par exemple 14:30.
meeting-slot-added = ✅ Horaire { $n } : { $at }
meeting-slot-gap = Cette heure n'existe pas : cette nuit-là, l'horloge passe de 02:00 à 03:00 (heure d'été). Choisissez une autre heure.
meeting-slot-past = Cette heure est passée. Choisissez une heure future.
meeting-slot-twice = Vous avez déjà choisi cette heure. Choisissez-en une autre.
meeting-slot-too-many = Vous avez déjà six horaires. Pas plus : touchez Horaires terminés.
meeting-slot-too-few = Choisissez au moins deux horaires.
meeting-warn-night = ⚠️ Attention : { $at } est la nuit. L'horaire est ajouté ; s'il est faux, arrêtez avec /cancel.
meeting-warn-sunday = ⚠️ Attention : { $at } est un dimanche. L'horaire est ajouté.
meeting-warn-first-of-two = ⚠️ Cette nuit-là, l'horloge recule : 02:00–03:00 existe deux fois. J'ai pris la première fois (encore l'heure d'été) : { $at }. Pour plus tard, choisissez 03:00 ou après.
meeting-ask-place = Où a lieu l'entretien ?
meeting-place = { $place ->
        [azc] 🏠 À l'azc
        [townhall] 🏛️ À la commune (mairie)
        [video] 💻 Appel vidéo
       *[phone] 📞 Par téléphone
    }
meeting-where-video = 💻 Appel vidéo : { $link }
meeting-ask-link = Tapez le lien de l'appel vidéo. Il commence par https://
meeting-bad-link = Ce lien n'est pas valable. Seul un lien qui commence par https:// est accepté.
meeting-ask-interpreter = Faut-il un interprète ? Le titulaire du statut lit { language-name }.
meeting-button-interpreter-yes = Oui, interprète { language-name }
meeting-button-interpreter-no = Non, pas d'interprète
meeting-button-interpreter-other = Interprète dans une autre langue
meeting-ask-interpreter-language = Dans quelle langue l'interprète doit-il parler ?
meeting-interpreter-yes = 🗣️ Avec interprète : { language-name }
meeting-interpreter-no = Sans interprète
meeting-stopped = Arrêté. Rien n'est planifié.
meeting-proposed = Les horaires du dossier { $reference } ont été envoyés aux trois parties ({ $slots } horaires). Vous verrez les réponses ici.
meeting-slots-ask =
    📅 Quand pouvez-vous venir à l'entretien ?
    { $slots }
    { $place }
    { $interpreter }
    Touchez pour chaque horaire : ✅ je peux · 🤷 si nécessaire · ❌ je ne peux pas
meeting-answer = { $answer ->
        [can] ✅ peut
        [if_needed] 🤷 peut si nécessaire
       *[cannot] ❌ ne peut pas
    }
meeting-party = { $party ->
        [holder] titulaire du statut
        [coa] COA
       *[gemeente] commune
    }
meeting-answer-saved = ✅ Enregistré.
meeting-not-your-party = Cette réponse est pour une autre partie. Vous ne pouvez répondre que pour vous. Rien n'a changé.
meeting-slot-outdated = Ces horaires ne valent plus : l'entretien a été déplacé, confirmé ou annulé. Rien n'a changé.
meeting-suits-all = 🎉 { $at } convient aux trois. Confirmez cet horaire ou choisissez-en un autre.
meeting-none-suits =
    Aucun horaire ne convient à tous. N'ont pas pu :
    { $parties }
    Proposez de nouveaux horaires.
meeting-button-new-round = 📅 Proposer de nouveaux horaires
meeting-changed-meanwhile = Cet entretien vient de changer ou d'être annulé. Rien n'a changé ; regardez le message le plus récent.
meeting-confirmed =
    ✅ L'entretien est fixé :
    📅 { $at }
    { $place }
    { $interpreter }
meeting-button-cant-come = 🙁 Je ne peux pas venir
meeting-button-move = 🔁 Déplacer
meeting-button-cancel = ✖️ Annuler l'entretien
meeting-button-interpreter-booked = 🗣️ Interprète réservé
meeting-ask-reason = Dommage. Pourquoi ne pouvez-vous pas venir ?
meeting-reason = { $reason ->
        [ill] 🤒 Malade
        [travel] 🚌 Pas de transport
        [clash] 📅 Autre rendez-vous
       *[other] Autre chose
    }
meeting-cant-come = 🙁 { $party } : ne peut pas venir le { $at }. Raison : { $reason }
meeting-moved =
    🔁 L'entretien est déplacé. Avant : { $from }
    Maintenant :
    📅 { $at }
    { $place }
    { $interpreter }
meeting-cancelled =
    ✖️ L'entretien est annulé :
    📅 { $at }
    { $place }
    { $interpreter }
meeting-round-cancelled = ✖️ Les horaires proposés sont retirés. Une nouvelle proposition suivra.
meeting-interpreter-booked = 🗣️ L'interprète ({ language-name }) est réservé.
meeting-interpreter-already = L'interprète était déjà réservé. Rien n'a changé.
meeting-interpreter-reminder = 🗣️ L'interprète ({ language-name }) pour l'entretien du { $at } n'est pas encore réservé. Touchez le bouton quand c'est fait.
meeting-slots-reminder = ⏰ Vous n'avez pas encore répondu à tous les horaires.
meeting-soon =
    ⏰ N'oubliez pas l'entretien :
    📅 { $at }
    { $place }
meeting-what-happened = L'entretien du { $at } est terminé. Que s'est-il passé ?
meeting-button-held = ✅ Entretien tenu
meeting-button-absent = 🚫 Absent : { $party }
meeting-button-outcome-cancelled = ✖️ Il n'a pas eu lieu
meeting-not-over = L'entretien n'est pas encore terminé.
meeting-held = ✅ Bien. Notez maintenant les accords avec /plan.
meeting-outcome-cancelled = Noté : l'entretien n'a pas eu lieu.
meeting-absent = 🚫 { $party } : pas venu à l'entretien. Une nouvelle série d'horaires suivra.
meeting-button-case = { $reference } · { $name }
meeting-day = { $day }
meeting-cell-empty = ·
meeting-time = { $time }
meeting-slot-line = { $n }. { $at }
meeting-answer-button = { $answer ->
        [can] ✅
        [if_needed] 🤷
       *[cannot] ❌
    } { $n }
meeting-button-confirm = { $suits ->
        [yes] ✅ { $at }
       *[no] { $at }
    }
# The interpreter question with the status holder's own wish (only when they share their answers).
meeting-ask-interpreter-wish =
    { $ask }
    🌍 Réponse du titulaire du statut : { $wish }
meeting-interpreter-wish-language = { $wish } : { language-name }

# the title of the calendar entry staff get (.ics)
meeting-ics-title = Entretien à trois (driegesprek) { $reference }

# The answers board (issue 12): one message in the proposer's chat, edited as answers arrive.
# Only symbols and the other messages' words, so the same in every locale.
meeting-board =
    { $head }
    { $lines }
meeting-board-line = { $n }. { $at }: { $gemeente } · { $coa } · { $holder }
meeting-board-party = { $party } { $mark }
meeting-board-mark = { $answer ->
        [can] ✅
        [if_needed] 🤷
        [cannot] ❌
       *[none] ⏳
    }
# A time in the times message once the reader answered it: their answer's mark after it.
meeting-slot-line-answered = { $n }. { $at } { $mark }

# To the status holder who said they cannot come (issue 12): "you", and what happens next.
meeting-cant-come-you = 🙁 Merci de nous avoir prévenus : vous ne pouvez pas venir le { $at } ({ $reason }). Vos personnes de contact sont maintenant au courant et vont proposer de nouveaux horaires. Vous recevrez un message à ce sujet.

# A weekday in the calendar's header row (issue 12): its short name, from ICU.
meeting-weekday = { $day }
