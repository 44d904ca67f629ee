# Opening a case, and the list of cases. Read by staff.

case-ask-name = Quel est le prénom du titulaire du statut, ou quelles sont ses initiales ? Pas le nom complet.
case-ask-reference = Quel est votre propre numéro de dossier pour ce cas ? Pas de BSN ni de numéro V.
case-ask-counterpart = Avec { $kind ->
        [coa] quel site du COA
       *[gemeente] quelle commune
    } travaillez-vous dans ce dossier ?
case-no-counterpart-orgs = { $kind ->
        [coa] Aucun site du COA n'est encore connu
       *[gemeente] Aucune commune n'est encore connue
    }. Demandez à l'administrateur de l'ajouter. Le dossier n'a pas été ouvert.
case-ask-matching = Quelle est la date du rattachement à la commune ? Appuyez sur un bouton, ou répondez par une date (jj-mm-aaaa).
case-ask-housing = Quand le titulaire du statut devrait-il recevoir un logement ? Répondez par une date (jj-mm-aaaa), ou appuyez sur le bouton.
case-confirm =
    Est-ce correct ?
    Titulaire du statut : { $name }
    Numéro de dossier : { $reference }
    En lien avec : { $counterpart }
    Rattachement : { $matching }
    Logement prévu : { $housing }
case-opened = ✅ Le dossier { $reference } est ouvert.
case-holder-invite =
    Invitation pour { $name }. Montrez ce code QR ou envoyez le lien. Le lien marche une seule fois, jusqu'au { $expires }.
    { $link }
case-counterpart-invite =
    Envoyez ce lien à votre personne de contact chez { $org }, pour qu'elle rejoigne le dossier { $reference }. Le lien marche une seule fois, jusqu'au { $expires }.
    { $link }
case-cancelled = Arrêté. Rien n'a été enregistré.
case-reference-taken = Votre organisation utilise déjà le numéro de dossier { $reference }. Choisissez un autre numéro.

button-org = { $org }
button-today = Aujourd'hui
button-yesterday = Hier
button-housing-unknown = Pas encore connu
button-open-case = ✅ Ouvrir le dossier

error-text-empty = Cette réponse est vide. Réessayez.
error-text-too-long = C'est trop long. Utilisez au maximum { $max ->
        [one] { $max } caractère
       *[other] { $max } caractères
    }.
error-looks-like-bsn = Cela ressemble à un BSN ou à un numéro V. Nous ne les enregistrons pas. Utilisez votre propre numéro de dossier ou le prénom.
error-text-one-line = Utilisez une seule ligne, sans retour à la ligne.
error-expected-button = Appuyez sur l'un des boutons.
error-not-a-date = Je ne reconnais pas cette date. Écrivez par exemple 30-03-2026.
error-matching-in-future = Le rattachement ne peut pas être dans le futur.
error-matching-too-old = Cette date remonte à plus de trois ans. Vérifiez la date.
error-housing-before-matching = Le logement ne peut pas venir avant le rattachement.
error-housing-in-past = Cette date est déjà passée. Choisissez une date à partir d'aujourd'hui, ou appuyez sur « Pas encore connu ».

cases-list =
    { $count ->
        [one] { $count } dossier :
       *[other] { $count } dossiers :
    }
    { cases-legend }
    { $items }
cases-more = … et encore { $hidden } autres.
cases-line = • { $reference } – { $name }{ $late }{ $meeting }{ $option }{ $holder }{ $housing }
cases-fact = {" "}· { $fact }
cases-fact-none = {""}
cases-late = ⚠️ { $late ->
        [one] 1 accord en retard
       *[other] { $late } accords en retard
    }
cases-meeting = 📅 { $when }
cases-meeting-proposed = 📅 date en cours de choix
cases-option = approche { $option }
cases-holder-invited = 👤 invité
cases-holder-choosing = 👤 choisit une langue
cases-legend = Le plus urgent d'abord. ⚠️ en retard · 📅 entretien · 👤 titulaire du statut · 🏠 logement prévu
cases-housing = 🏠 { $date }
cases-none = Il n'y a pas encore de dossier ouvert.
