# Reminders (issue 5).

# A reminder sent later than planned (the server was down): the marker above the reminder.
reminder-late = ⏰ دواتر لە کاتی دیاریکراو:
    { $message }

# To staff: reminders to a chat of the case stopped because the chat cannot be reached anymore.
reminder-chat-unreachable = { $kind ->
        [holder] ⚠️ دۆسیەی { $case }: بۆتەکە چیتر ناتوانێت پەیام بۆ { $name } بنێرێت (چاتەکە بلۆک کراوە یان سڕاوەتەوە). بیرخستنەوەکان بۆ ئەو چاتە وەستێنران. تکایە بە ڕێگایەکی تر پەیوەندی بکەن.
        [staff] ⚠️ دۆسیەی { $case }: بۆتەکە چیتر ناتوانێت پەیام بۆ هاوکارەکەت { $name } بنێرێت (چاتەکە بلۆک کراوە یان سڕاوەتەوە). بیرخستنەوەکان بۆ ئەو چاتە وەستێنران.
       *[group] ⚠️ دۆسیەی { $case }: بۆتەکە چیتر ناگاتە گرووپێکی تیم (سڕاوەتەوە یان بۆتەکە دەرکراوە). بیرخستنەوەکان بۆ ئەو گرووپە وەستێنران.
    }
