# The status holder's first steps. Plain language: short sentences, everyday words.

holder-privacy-notice-v2 =
    🔒 Vos données

    Que gardons-nous ?
    • Votre prénom.
    • Le numéro de dossier du COA ou de la commune (gemeente).
    • Votre langue.
    • Ce qui est convenu pour votre déménagement.
    • Plus tard, seulement si vous voulez : vos réponses et vos questions pour préparer l'entretien.

    Qui voit cela ?
    Votre personne de contact au COA et à la commune.
    Elles voient vos réponses et vos questions seulement si vous dites oui. Vous pouvez toujours arrêter cela.

    Pourquoi ?
    La commune vous aide pour votre intégration (inburgering). C'est son travail selon la loi.

    Nous ne demandons jamais de détails sur votre santé, votre religion ou votre origine.
    Nous pouvons vous demander si vous voulez parler de santé ou de soins. Vous choisissez. Vous n'avez jamais besoin de dire ce que c'est.

    Vous pouvez toujours voir ce que nous gardons : /mydata. Vous pouvez nous demander de l'effacer : /delete.
button-privacy-ok = ✅ J'ai compris
holder-overview-v2 =
    👋 Bienvenue !
    Votre personne de contact au COA : { $coa_contact } ({ $coa })
    Votre personne de contact à la commune : { $gemeente_contact } ({ $gemeente })

    { $next }

    Tapez /menu pour revoir ce message.
holder-next-fresh =
    Que se passe-t-il maintenant ?
    1. La commune choisit avec vous et le COA comment votre intégration commence.
    2. Vous recevez un message ici quand il y a un entretien à trois (driegesprek) avec vous, le COA et la commune.
holder-next-none = 📅 Aucun entretien n'est encore prévu. Vous recevrez un message ici quand il y en aura un.
holder-next-choosing = 📅 Nous cherchons une date pour votre entretien. Vous recevez ici un message avec des horaires (ou vous l'avez déjà reçu). Dans ce message, choisissez les horaires qui vous conviennent.
holder-next-meeting =
    📅 Entretien : { $at }
    { $where }
holder-next-bring =
    🎒 À apporter à l'entretien :
    { $items }
holder-next-bring-all = 🎒 Vous avez tous vos papiers prêts pour l'entretien. 👍
holder-next-task =
    ✏️ Votre prochaine tâche : { $what }
    Quand : { $due }
holder-joined-staff = ✅ { $name } (dossier { $reference }) participe maintenant, en { language-name }.
holder-not-text = 🎤 Je ne peux pas écouter les messages vocaux ni regarder les photos. Appuyez sur un bouton. Des questions ? Appelez votre personne de contact ou écrivez-lui.
holder-use-buttons = 👇 Appuyez sur un bouton. Des questions ? Demandez à votre personne de contact.
button-menu-home = 🏠 Menu
