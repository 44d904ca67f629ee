# Reminders (issue 5).

# A reminder sent later than planned (the server was down): the marker above the reminder.
reminder-late = ⏰ دیرتر از زمان برنامه‌ریزی‌شده:
    { $message }

# To staff: reminders to a chat of the case stopped because the chat cannot be reached anymore.
reminder-chat-unreachable = { $kind ->
        [holder] ⚠️ پرونده { $case }: بات دیگر نمی‌تواند به { $name } پیام بفرستد (گفتگو مسدود یا حذف شده است). یادآوری‌ها به این گفتگو متوقف شد. لطفاً از راه دیگری تماس بگیرید.
        [staff] ⚠️ پرونده { $case }: بات دیگر نمی‌تواند به همکار شما { $name } پیام بفرستد (گفتگو مسدود یا حذف شده است). یادآوری‌ها به این گفتگو متوقف شد.
       *[group] ⚠️ پرونده { $case }: بات دیگر به یک گروه تیمی دسترسی ندارد (حذف شده یا بات بیرون شده است). یادآوری‌ها به این گروه متوقف شد.
    }
