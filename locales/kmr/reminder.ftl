# Reminders (issue 5).

# A reminder sent later than planned (the server was down): the marker above the reminder.
reminder-late = ⏰ Ji plansaziyê dereng:
    { $message }

# To staff: reminders to a chat of the case stopped because the chat cannot be reached anymore.
reminder-chat-unreachable = { $kind ->
        [holder] ⚠️ Doz { $case }: bot êdî nikare peyaman ji { $name } re bişîne (chat hate astengkirin an jêbirin). Bîrxistinên ji bo wê chatê rawestiyan. Ji kerema xwe bi rêyeke din têkilî daynin.
        [staff] ⚠️ Doz { $case }: bot êdî nikare peyaman ji hevkarê we { $name } re bişîne (chat hate astengkirin an jêbirin). Bîrxistinên ji bo wê chatê rawestiyan.
       *[group] ⚠️ Doz { $case }: bot êdî nikare xwe bigihîne komeke tîmê (hate jêbirin an bot hate derxistin). Bîrxistinên ji bo wê komê rawestiyan.
    }
