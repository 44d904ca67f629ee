## Les droits du titulaire du statut (issue 14) : voir ce qui est gardé (/mydata), demander de
## l'effacer (/delete), ne plus recevoir de messages (/stop). Les messages au titulaire disent
## « vous », en phrases courtes ; les messages au personnel nomment le dossier (référence et prénom).

privacy-button-menu = 🔒 Vos données
privacy-menu =
    🔒 Vos données
    • Voir tout ce que nous gardons sur vous.
    • Demander d'effacer vos données.
    • Ne plus recevoir de messages de ce bot.
privacy-button-mydata = 📄 Voir mes données
privacy-button-delete = 🗑 Effacer mes données
privacy-button-stop = 🔕 Plus de messages
privacy-button-no = ↩️ Non
privacy-never = ↩️ D'accord, rien ne change.
privacy-staff = Votre nom, votre organisation et les dossiers sur lesquels vous travaillez sont gardés tant que vous utilisez ce bot. Votre administrateur peut mettre fin à votre accès. Des questions ? Demandez à votre délégué à la protection des données.
privacy-nothing-kept = Nous ne gardons aucune donnée sur vous comme titulaire du statut. Vous avez reçu un lien du COA ou de la commune (gemeente) ? Ouvrez-le à nouveau.

privacy-mydata =
    🔒 Ce que nous gardons sur vous
    { $facts }

    📋 Accords dans votre plan :
    { $agreements }

    📅 Entretiens :
    { $meetings }
    Vos réponses aux horaires proposés : { $time_answers }

    📝 Vos réponses pour préparer l'entretien :
    { $answers }

    ❓ Vos propres questions :
    { $own }

    👀 { $sharing }

    Le fichier ci-dessous contient les mêmes données, pour un ordinateur.
    /delete : demander d'effacer vos données. /stop : ne plus recevoir de messages.
privacy-mydata-file = 📄 Vos données (fichier pour un ordinateur)
privacy-none = • (rien)
privacy-yes-no = { $value ->
        [yes] oui
       *[no] non
    }
privacy-fact-name = • Nom : { $name }
privacy-fact-reference = • Numéro de dossier : { $reference }
privacy-fact-orgs = • COA : { $coa } · Commune : { $gemeente }
privacy-fact-language = • Langue : { language-name }
privacy-fact-matching = • Rattaché à la commune le : { $date }
privacy-fact-housing = • Date du déménagement : { $date }
privacy-fact-joined = • Dans ce chat depuis le : { $date }
privacy-fact-notice = • Vous avez lu l'explication sur vos données le : { $date }
privacy-fact-closed = • L'accompagnement a pris fin le : { $date }
privacy-fact-stopped = • Vous avez arrêté les messages le : { $date }
privacy-meeting = • { $when } · { $place } · { $status ->
        [confirmed] prévu
        [held] a eu lieu
        [absent] quelqu'un était absent
        [cancelled] annulé
       *[proposed] horaires proposés
    }
privacy-meeting-proposed = • { $place } · horaires proposés
privacy-own-question = • { $text }
privacy-sharing = Partagé avec vos personnes de contact : vos réponses { $answers }, vos questions { $questions }.

privacy-delete-ask =
    🗑 Effacer vos données ?
    Nous demandons à votre commune d'effacer votre nom, vos réponses et tout ce que vous avez écrit.
    Parfois, la loi dit que la commune doit garder quelque chose. Alors la commune vous dit pourquoi.
    Vous recevez la réponse ici.
privacy-button-delete-yes = 🗑 Oui, demander d'effacer
privacy-delete-asked = ✅ Nous avons demandé à votre commune d'effacer vos données. Vous recevez la réponse ici.
privacy-delete-pending = ⏳ Vous l'avez déjà demandé. Votre commune vous répond ici.

privacy-request-staff =
    🗑 { $name } ({ $reference }) demande d'effacer ses données.
    Effacez-les, ou dites pourquoi la commune doit les garder. { $name } lit votre réponse dans sa propre langue.
privacy-button-erase = 🗑 Effacer les données
privacy-button-keep = 📜 Garder : dire pourquoi
privacy-button-back = ↩️ Retour
privacy-request-decided = Cette demande pour { $reference } a déjà reçu une réponse.
privacy-erase-confirm =
    Effacer toutes les données de { $reference } ({ $name }) ?
    Le nom, les réponses, tout ce qui a été écrit et le chat sont supprimés. Cela ne peut pas être annulé. Le dossier est clos ; seuls des chiffres anonymes restent.
privacy-button-erase-yes = ✅ Oui, effacer
privacy-erased-you = 🗑 Les données de { $reference } ont été effacées. Le dossier est clos.
privacy-erased-staff = 🗑 Les données de { $reference } ont été effacées par { $who }, à la demande du titulaire du statut. Le dossier est clos.
privacy-erased-holder = 🗑 Vos données ont été effacées. Ce bot ne vous enverra plus de messages. Des questions ? Contactez directement votre commune (gemeente).
privacy-keep-ask = Pourquoi la commune doit-elle garder les données de { $reference } ({ $name }) ? { $name } lit cette raison dans sa propre langue.
privacy-keep-reason = { $reason ->
        [integration_duty] La commune en a besoin pour votre intégration (inburgering). La loi (Wet inburgering 2021) donne cette tâche à la commune.
        [archive_law] La loi sur les archives (Archiefwet) dit que la commune doit les garder pendant un certain temps.
       *[legal_claim] Elles sont nécessaires pour une contestation ou un procès qui n'est pas encore fini.
    }
privacy-kept-holder =
    📜 { $org } ne peut pas effacer toutes vos données maintenant.
    Pourquoi : { $reason }
    Des questions ? Demandez à votre personne de contact. Vous pouvez aussi porter plainte auprès de l'autorité néerlandaise de protection des données (Autoriteit Persoonsgegevens).
privacy-kept-staff = 📜 { $who } a répondu à la demande de { $name } ({ $reference }) d'effacer ses données : les données sont gardées. Raison : { $reason }
privacy-kept-you = 📜 Les données de { $reference } sont gardées. Le titulaire du statut apprend pourquoi : { $reason }

privacy-stop-ask =
    🔕 Ne plus recevoir de messages de ce bot ?
    Vos personnes de contact seront informées. Vous pouvez toujours voir ou faire effacer vos données. Envoyez /start pour recevoir à nouveau des messages.
privacy-button-stop-yes = 🔕 Oui, arrêter
privacy-stopped-you = 🔕 Vous ne recevrez plus de messages de ce bot. Vos personnes de contact le savent. Envoyez /start pour recevoir à nouveau des messages.
privacy-stopped-hint = 🔕 Vous avez arrêté les messages de ce bot. Envoyez /start pour l'utiliser à nouveau. /mydata montre vos données, /delete les efface.
privacy-stopped-staff = 🔕 { $name } ({ $reference }) a arrêté les messages de ce bot. Plus rien ne lui est envoyé, même pas les rappels. Contactez cette personne d'une autre manière.
privacy-resumed-you = ✅ Bon retour. Vous recevez à nouveau des messages.
privacy-resumed-staff = ✅ { $name } ({ $reference }) reçoit à nouveau des messages de ce bot.
