# Reminders (issue 5).

# A reminder sent later than planned (the server was down): the marker above the reminder.
reminder-late = ⏰ Later dan gepland:
    { $message }

# To staff: reminders to a chat of the case stopped because the chat cannot be reached anymore.
reminder-chat-unreachable = { $kind ->
        [holder] ⚠️ Zaak { $case }: de bot kan { $name } geen berichten meer sturen (de chat is geblokkeerd of verwijderd). Herinneringen naar die chat zijn gestopt. Neem op een andere manier contact op.
        [staff] ⚠️ Zaak { $case }: de bot kan collega { $name } geen berichten meer sturen (de chat is geblokkeerd of verwijderd). Herinneringen naar die chat zijn gestopt.
       *[group] ⚠️ Zaak { $case }: de bot kan een teamgroep niet meer bereiken (verwijderd, of de bot is eruit gehaald). Herinneringen naar die groep zijn gestopt.
    }
