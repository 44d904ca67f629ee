## Explainers (issue 15): the terms of the handover in plain words, at most about 60 words each:
## what it is, who does it, what it means for you, whether it is required. Written from the
## domain brief only; no legal advice. The Dutch term stays in brackets so people can say it.

explain-button-how = ❓ Comment ça marche ?
explain-button-all = 📚 Toutes les explications
explain-button-send = ❓ Envoyer une explication
explain-list = 📚 Qu'est-ce que ça veut dire ? Appuyez sur un mot.
explain-button = ❓ { $term ->
        [handover] Comment ça marche ?
        [fast_start] Approche 1 · Départ rapide
        [combined] Approche 2 · Combinée
        [after_housing] Approche 3 · Après le déménagement
        [broad_intake] Bilan d'accueil
        [learnability] Test d'apprentissage
        [pip] Plan personnel (PIP)
        [b1_route] Parcours B1
        [education_route] Parcours études
        [z_route] Parcours Z
        [knm] KNM
        [map] MAP
        [participation] Déclaration de participation
        [client_profile] Profil du client
       *[coa_programme] Programme du COA
    }
explain-handover =
    ❓ Comment ça marche ?
    1. Le COA et votre commune (gemeente) parlent avec vous, ensemble. C'est l'entretien à trois (driegesprek). Il peut aussi se faire par vidéo ou par téléphone.
    2. Ensemble, vous décidez qui fait quoi, et quand. C'est votre plan.
    3. Ce bot le rappelle à tout le monde. Il vous montre le plan dans votre langue.
    Votre personne de contact au COA : { $coa }
    Votre personne de contact à la commune : { $gemeente }
explain-text = { $term ->
        [fast_start] Approche 1 · Départ rapide : votre intégration (inburgering) avec la commune commence maintenant, pendant que vous habitez encore à l'azc. La commune organise vos cours. Ils continuent après votre déménagement. Vous ne participez pas au programme du COA.
        [combined] Approche 2 · Combinée : la commune parle déjà avec vous à l'azc : c'est le bilan d'accueil (brede intake). Vos cours commencent après votre déménagement. En attendant, vous pouvez participer au programme du COA.
        [after_housing] Approche 3 · Départ après le déménagement : tout ce qui se fait avec la commune commence après votre déménagement dans votre nouveau logement. En attendant, vous pouvez participer au programme du COA.
        [broad_intake] Bilan d'accueil (brede intake) : un entretien avec la commune sur vous : école, travail, famille et santé. Il y a aussi un test d'apprentissage. Vous devez y participer. Si vous ne venez pas après deux invitations, vous pouvez recevoir une amende.
        [learnability] Test d'apprentissage (leerbaarheidstoets) : un court test sur votre façon d'apprendre. Il fait partie du bilan d'accueil. Il aide la commune à choisir le parcours qui vous convient.
        [pip] Plan personnel (PIP) : la commune écrit votre plan d'intégration : votre parcours (parcours B1, parcours études ou parcours Z) et ce que vous faites d'autre. Vous en parlez d'abord. Vos 3 ans d'intégration commencent le lendemain de votre premier PIP.
        [b1_route] Parcours B1 : vous apprenez le néerlandais jusqu'au niveau B1, et vous vous préparez à un emploi. La commune choisit le parcours avec vous dans votre plan personnel (PIP).
        [education_route] Parcours études (onderwijsroute) : pour les jeunes. Vous apprenez le néerlandais pour aller à l'école ou faire des études aux Pays-Bas. Il est choisi dans votre plan personnel (PIP).
        [z_route] Parcours Z : pour les personnes pour qui le niveau B1 est trop difficile. Vous apprenez le néerlandais, et à vous débrouiller par vous-même dans la vie de tous les jours. Il est choisi dans votre plan personnel (PIP).
        [knm] KNM (connaissance de la société néerlandaise) : des cours sur la vie aux Pays-Bas : soins de santé, travail, école, logement et loi. Cela fait partie de votre intégration.
        [map] MAP (marché du travail et participation) : vous apprenez comment le travail se passe aux Pays-Bas, et comment trouver un emploi. Cela fait partie de votre intégration.
        [participation] Déclaration de participation (participatieverklaring) : vous apprenez les valeurs de base des Pays-Bas, comme la liberté et l'égalité. Ensuite, vous signez une déclaration. Cela fait partie de votre intégration.
        [client_profile] Profil du client (klantprofiel) : ce que le COA note sur vous : école, travail, souhaits, famille et langue. Le COA le donne à votre commune, pour que vous n'ayez pas à tout raconter de nouveau.
       *[coa_programme] Programme du COA : pendant que vous attendez à l'azc, le COA propose des cours de néerlandais, des informations sur les Pays-Bas et un accompagnement. Vous choisissez si vous participez. Ce que la commune organise passe en premier.
    }
explain-pick = Quelle explication voulez-vous envoyer à { $name } ({ $reference }) ? La personne la reçoit dans sa propre langue.
explain-sent = ✅ Envoyé au titulaire du statut du dossier { $reference }.
explain-no-holder = Le titulaire du statut du dossier { $reference } ne participe pas encore.
explain-sent-holder =
    { $who } vous a envoyé une explication :

    { $text }
