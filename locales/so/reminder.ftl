# Reminders (issue 5).

# A reminder sent later than planned (the server was down): the marker above the reminder.
reminder-late = ⏰ Waqtiga loo qorsheeyay ka dib:
    { $message }

# To staff: reminders to a chat of the case stopped because the chat cannot be reached anymore.
reminder-chat-unreachable = { $kind ->
        [holder] ⚠️ Kiiska { $case }: bot-ku mar dambe fariin uma diri karo { $name } (wada-hadalka waa la xannibay ama waa la tirtiray). Xasuusinta wada-hadalkaas waa la joojiyay. Fadlan si kale ula xiriir.
        [staff] ⚠️ Kiiska { $case }: bot-ku mar dambe fariin uma diri karo saaxiibkaaga shaqada { $name } (wada-hadalka waa la xannibay ama waa la tirtiray). Xasuusinta wada-hadalkaas waa la joojiyay.
       *[group] ⚠️ Kiiska { $case }: bot-ku mar dambe ma gaari karo koox shaqaale (waa la tirtiray ama bot-ka waa laga saaray). Xasuusinta kooxdaas waa la joojiyay.
    }
