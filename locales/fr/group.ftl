# Team group chats. Read by staff.

group-welcome = Bonjour l'équipe ! Liez ce groupe à votre organisation (le groupe suit alors tous les dossiers) ou à un seul dossier.
group-not-staff = Désolé, seul le personnel inscrit du COA ou de la commune peut faire cela. Rien n'a changé.
group-other-org = Ce groupe est lié à une autre organisation. Rien n'a changé.
button-link-org = 🏢 Tous les dossiers de { $org }
button-link-case = 📁 Un seul dossier
group-pick-case = Quel dossier ce groupe doit-il suivre ?
button-case = { $reference } – { $name }
group-linked-org = ✅ Ce groupe suit maintenant tous les dossiers de { $org }.
group-linked-case = ✅ Ce groupe suit maintenant le dossier { $reference }.
group-not-linked = Ce groupe n'est pas encore lié. Tapez /link pour le faire.
group-follows-case = Ce groupe suit le dossier { $reference }.
group-follows-org = Ce groupe suit tous les dossiers de { $org }.

# access
access-group-not-following = Ce groupe ne suit pas ce dossier. Rien n'a changé.

# groups: removal
group-removed-unlinked = Le bot a été retiré du groupe { $group }. Ce groupe ne suit donc plus aucun dossier. Si vous ajoutez à nouveau le bot plus tard, vous choisirez à nouveau ce que le groupe suit.
