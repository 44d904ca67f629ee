# Reminders (issue 5).

# A reminder sent later than planned (the server was down): the marker above the reminder.
reminder-late = ⏰ Later than planned:
    { $message }

# To staff: reminders to a chat of the case stopped because the chat cannot be reached anymore.
reminder-chat-unreachable = { $kind ->
        [holder] ⚠️ Case { $case }: the bot can no longer send messages to { $name } (the chat was blocked or deleted). Reminders to that chat have stopped. Please get in touch another way.
        [staff] ⚠️ Case { $case }: the bot can no longer send messages to your colleague { $name } (the chat was blocked or deleted). Reminders to that chat have stopped.
       *[group] ⚠️ Case { $case }: the bot can no longer reach a team group (deleted, or the bot was removed). Reminders to that group have stopped.
    }
