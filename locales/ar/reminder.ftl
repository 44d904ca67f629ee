# Reminders (issue 5).

# A reminder sent later than planned (the server was down): the marker above the reminder.
reminder-late = ⏰ متأخر عن الموعد المخطط:
    { $message }

# To staff: reminders to a chat of the case stopped because the chat cannot be reached anymore.
reminder-chat-unreachable = { $kind ->
        [holder] ⚠️ الملف { $case }: لم يعد بإمكان البوت إرسال رسائل إلى { $name } (المحادثة محظورة أو محذوفة). توقفت التذكيرات إلى هذه المحادثة. تواصلوا بطريقة أخرى.
        [staff] ⚠️ الملف { $case }: لم يعد بإمكان البوت إرسال رسائل إلى الزميل { $name } (المحادثة محظورة أو محذوفة). توقفت التذكيرات إلى هذه المحادثة.
       *[group] ⚠️ الملف { $case }: لم يعد بإمكان البوت الوصول إلى مجموعة الفريق (حُذفت أو أُزيل البوت). توقفت التذكيرات إلى هذه المجموعة.
    }
