# Reminders (issue 5).

# A reminder sent later than planned (the server was down): the marker above the reminder.
reminder-late = ⏰ له ټاکل شوي وخت څخه وروسته:
    { $message }

# To staff: reminders to a chat of the case stopped because the chat cannot be reached anymore.
reminder-chat-unreachable = { $kind ->
        [holder] ⚠️ دوسیه { $case }: بوټ نور نشي کولای { $name } ته پیغام ولېږي (چټ بند یا ړنګ شوی دی). دې چټ ته یادونې ودرول شوې. مهرباني وکړئ په بله لاره اړیکه ونیسئ.
        [staff] ⚠️ دوسیه { $case }: بوټ نور نشي کولای ستاسو همکار { $name } ته پیغام ولېږي (چټ بند یا ړنګ شوی دی). دې چټ ته یادونې ودرول شوې.
       *[group] ⚠️ دوسیه { $case }: بوټ نور د ټیم یوې ډلې ته نه رسېږي (ړنګه شوې یا بوټ ایستل شوی). دې ډلې ته یادونې ودرول شوې.
    }
