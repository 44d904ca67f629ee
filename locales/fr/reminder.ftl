# Reminders (issue 5).

# A reminder sent later than planned (the server was down): the marker above the reminder.
reminder-late = ⏰ Plus tard que prévu :
    { $message }

# To staff: reminders to a chat of the case stopped because the chat cannot be reached anymore.
reminder-chat-unreachable = { $kind ->
        [holder] ⚠️ Dossier { $case } : le bot ne peut plus envoyer de messages à { $name } (la conversation a été bloquée ou supprimée). Les rappels vers cette conversation sont arrêtés. Prenez contact autrement.
        [staff] ⚠️ Dossier { $case } : le bot ne peut plus envoyer de messages à votre collègue { $name } (la conversation a été bloquée ou supprimée). Les rappels vers cette conversation sont arrêtés.
       *[group] ⚠️ Dossier { $case } : le bot ne peut plus joindre un groupe d'équipe (supprimé, ou le bot en a été retiré). Les rappels vers ce groupe sont arrêtés.
    }
