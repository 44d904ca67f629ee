# Shared messages: errors, menus, languages, commands.
# Staff read Dutch; status holders read their own language. Keep sentences short.

error-internal = Un problème est arrivé de notre côté. Réessayez dans quelques minutes.
error-not-saved = Rien n'a été enregistré : le bot ne peut rien enregistrer pour le moment. Réessayez plus tard.
error-unknown-command = Je ne connais pas cette commande. Tapez /menu pour voir ce que vous pouvez faire.
error-edited-ignored = Vous avez modifié un message. Je lis seulement les nouveaux messages. Si quelque chose doit changer, envoyez encore votre réponse.
error-button-stale = Ce bouton ne marche plus. Tapez /menu pour continuer.
error-staff-only = Seul le personnel du COA ou de la commune peut faire cela.
error-not-on-case = Vous ne faites pas partie de ce dossier. Rien n'a changé.
error-expected-text = Je peux lire seulement du texte. Écrivez votre réponse dans un message.
error-not-text-menu = Je peux lire seulement du texte et des boutons. Tapez /menu pour continuer.
hint-use-menu = Appuyez sur un bouton, ou tapez /menu pour voir ce que vous pouvez faire.
stranger-welcome = Bonjour ! Ce bot aide pour le passage accompagné (warme overdracht) du COA vers la commune (gemeente). Il vous faut un lien d'invitation de votre personne de contact au COA ou à la commune.
cancel-nothing = Il n'y a rien à arrêter maintenant.
group-only-command = Cela marche seulement dans un groupe.
private-only-command = Cela marche seulement dans une conversation privée avec moi.

invite-unknown = Je ne connais pas ce lien. Demandez un nouveau lien à votre personne de contact.
invite-expired = Ce lien n'est plus valable. Demandez un nouveau lien à votre personne de contact.
invite-used = Ce lien a déjà servi. Demandez un nouveau lien à votre personne de contact.
invite-holder-not-for-you = Ce lien est pour un titulaire du statut (statushouder). Ce bot vous connaît déjà, donc rien n'a changé.
invite-staff-not-for-you = Ce lien est pour le personnel. Rien n'a changé.
invite-other-org = Ce lien est pour le personnel d'une autre organisation. Rien n'a changé.

staff-joined = Bienvenue ! Vous êtes inscrit comme membre du personnel de { $org } ({ $kind ->
        [coa] COA
       *[gemeente] commune
    }). Tapez /menu pour commencer.
staff-already = Vous êtes déjà inscrit comme membre du personnel. Tapez /menu pour continuer.
staff-joined-case = { $name } ({ $org }) participe maintenant au dossier { $reference }.
staff-joined-this-case =
    ✅ Vous participez maintenant au dossier { $reference } ({ $name }). /plan affiche le plan, /meet planifie l’entretien.
    { $others }
# Who else works on the case a staff member just joined (issue 12).
staff-joined-with =
    Également sur ce dossier :
    { $people }
staff-joined-person = • { $who } ({ $org })
staff-joined-first = Vous êtes le premier membre du personnel sur ce dossier.

menu-staff = { $name }, { $org }
    Vos dossiers : { $cases ->
        [0] aucun pour l'instant
        [one] un dossier
       *[other] { $cases } dossiers
    }.
help-staff =
    Comment ça marche :
    • /newcase ouvre un dossier. Je pose une question à la fois.
    • /cases affiche les dossiers de votre organisation.
    • /menu montre où vous en êtes et ce qui reste ouvert.
    • /plan affiche le plan et les accords d’un dossier.
    • /meet planifie un entretien à trois.
    • /prepare affiche la préparation de l’entretien.
    • /language choisit votre langue.
    • /cancel arrête ce que vous faites maintenant.
    Ajoutez-moi au groupe de votre équipe : { $group_link }
    Tapez ensuite /link dans le groupe.
help-holder =
    Aide :
    • /menu montre vos personnes de contact et ce qui se passe maintenant.
    • /plan affiche votre plan et les accords.
    • /prepare vous aide à préparer l’entretien.
    • /language choisit une autre langue.
    • /mydata montre ce que nous gardons sur vous. /delete demande de l'effacer. /stop : plus de messages.
    Des questions ? Posez-les à votre personne de contact au COA ou à la commune (gemeente).

language-choose = 🌐 Choisissez votre langue.
# Before anyone chose a language: the same prompt in every script the bot offers (issue 15),
# never one language alone. Each line is that locale's own `language-choose`.
language-choose-any =
    🌐 👇
    اختر لغتك.
    ቋንቋኹም ምረጹ።
    Dilinizi seçin.
    Zimanê xwe hilbijêrin.
    زبان خود را انتخاب کنید.
    Dooro luqaddaada.
    زمانەکەتان هەڵبژێرن.
    خپله ژبه وټاکئ.
    ቋንቋዎን ይምረጡ።
    Choisissez votre langue.
    Choose your language.
    Kies uw taal.
language-set = ✅ Langue : { language-name }.
language-name = { $language ->
        [nl] néerlandais
        [en] anglais
        [ar] arabe
        [ti] tigrinya
        [tr] turc
        [kmr] kurde (kurmandji)
        [prs] dari
        [fa] persan
        [so] somali
        [ckb] kurde (sorani)
        [ps] pachto
        [am] amharique
       *[fr] français
    }
# Each language's own name in its own script: the same in every locale.
language-native = { $code ->
        [nl] Nederlands
        [en] English
        [ar] العربية
        [ti] ትግርኛ
        [tr] Türkçe
        [kmr] Kurmancî
        [prs] دری
        [fa] فارسی
        [so] Soomaali
        [ckb] کوردیی ناوەندی
        [ps] پښتو
        [am] አማርኛ
       *[fr] Français
    }

button-language = 🌐 Langue
button-new-case = ➕ Nouveau dossier
button-my-cases = 📋 Dossiers
button-cancel = ✖️ Arrêter

command-menu = Où j'en suis et ce qui reste ouvert
command-help = Aide
command-language = Choisir la langue
command-newcase = Ouvrir un nouveau dossier (personnel)
command-cases = Afficher les dossiers (personnel)
command-cancel = Arrêter ce que vous faites maintenant
command-mydata = Ce qui est gardé sur moi
command-delete = Demander d'effacer mes données
command-stop = Plus de messages
command-explain = Qu'est-ce que ça veut dire ? Explications
command-link = Lier ce groupe à votre organisation ou à un dossier
command-plan = Le plan et ce qui a été convenu
command-case = Aperçu par dossier (personnel)
command-meet = Planifier un entretien à trois (personnel)
command-prepare = Préparer l’entretien

value-date = { $date }
value-unknown = pas encore connu
contact-named = { $name }
contact-unknown = pas encore connu

# invites: guessing
invite-too-many-tries = Vous avez essayé trop de fois un lien qui ne fonctionnait pas. Veuillez attendre une heure, puis réessayez.

# Above every message to staff or a group about a case (issue 12): the case reference and the status holder's first name.
about-case =
    📁 { $reference } · { $name }
    { $body }

# The language picker once a language was tapped (issue 12): the choice in its own script.
language-picked = 🌐 ✅ { $language }

# Paging a list of cases (issue 12), and a typed reference that is not one of them.
button-page-prev = ◀️
button-page-next = ▶️
picker-not-found = Vous n'avez ici aucun dossier ouvert portant le numéro { $reference }. /cases affiche vos dossiers.

# Several messages for one team group that fall due together, sent as one (issue 12): each under the name of its case.
digest =
    📋 Messages ({ $count }) :

    { $items }
