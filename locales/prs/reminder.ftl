# Reminders (issue 5).

# A reminder sent later than planned (the server was down): the marker above the reminder.
reminder-late = ⏰ دیرتر از وقت تعیین‌شده:
    { $message }

# To staff: reminders to a chat of the case stopped because the chat cannot be reached anymore.
reminder-chat-unreachable = { $kind ->
        [holder] ⚠️ دوسیه { $case }: ربات دیگر به { $name } پیام فرستاده نمی‌تواند (گفتگو بند یا حذف شده است). یادآوری‌ها به این گفتگو متوقف شد. لطفاً از راه دیگری تماس بگیرید.
        [staff] ⚠️ دوسیه { $case }: ربات دیگر به همکار شما { $name } پیام فرستاده نمی‌تواند (گفتگو بند یا حذف شده است). یادآوری‌ها به این گفتگو متوقف شد.
       *[group] ⚠️ دوسیه { $case }: ربات دیگر به یک گروه تیم دسترسی ندارد (گروه حذف شده یا ربات از آن کشیده شده است). یادآوری‌ها به این گروه متوقف شد.
    }
