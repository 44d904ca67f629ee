# Reminders (issue 5).
