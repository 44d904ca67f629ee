# The status holder's first steps. Plain language: short sentences, everyday words.

holder-privacy-notice-v2 =
    🔒 Vos données

    Que gardons-nous ?
    • Votre prénom.
    • Le numéro de dossier du COA ou de la commune (gemeente).
    • Votre langue.
    • Ce qui est prévu pour votre déménagement.
    • Plus tard, seulement si vous voulez : vos réponses et vos questions pour préparer l'entretien.

    Qui voit cela ?
    Votre personne de contact au COA et à la commune.
    Elles voient vos réponses et vos questions seulement si vous dites oui. Vous pouvez toujours arrêter cela.

    Pourquoi ?
    La commune vous aide pour votre intégration (inburgering). C'est son travail selon la loi.

    Nous ne demandons jamais de détails sur votre santé, votre religion ou votre origine.
    Nous pouvons vous demander si vous voulez parler de santé ou de soins. Vous choisissez. Vous ne devez jamais dire ce que c'est.

    Vous pouvez toujours demander ce que nous gardons. Vous pouvez aussi demander de l'effacer. Demandez à votre personne de contact.
button-privacy-ok = ✅ J'ai compris
holder-overview =
    👋 Bienvenue !
    Votre personne de contact au COA : { $coa_contact } ({ $coa })
    Votre personne de contact à la commune : { $gemeente_contact } ({ $gemeente })

    Que se passe-t-il maintenant ?
    1. La commune choisit avec vous et le COA comment votre intégration commence.
    2. Vous recevez un message ici quand il y a un entretien à trois (driegesprek) avec vous, le COA et la commune.
    3. Tapez /menu pour revoir ce message.
holder-joined-staff = ✅ { $name } (dossier { $reference }) participe maintenant, en { language-name }.
