# Reminders (issue 5).

# A reminder sent later than planned (the server was down): the marker above the reminder.
reminder-late = ⏰ ከታቀደው ጊዜ ዘግይቶ:
    { $message }

# To staff: reminders to a chat of the case stopped because the chat cannot be reached anymore.
reminder-chat-unreachable = { $kind ->
        [holder] ⚠️ ፋይል { $case }: ቦቱ ለ{ $name } መልእክት መላክ አይችልም (ቻቱ ታግዷል ወይም ተሰርዟል)። ወደዚያ ቻት የሚላኩ ማስታወሻዎች ቆመዋል። በሌላ መንገድ ያግኙ።
        [staff] ⚠️ ፋይል { $case }: ቦቱ ለሥራ ባልደረባዎ { $name } መልእክት መላክ አይችልም (ቻቱ ታግዷል ወይም ተሰርዟል)። ወደዚያ ቻት የሚላኩ ማስታወሻዎች ቆመዋል።
       *[group] ⚠️ ፋይል { $case }: ቦቱ የቡድን ቻት ማግኘት አይችልም (ተሰርዟል ወይም ቦቱ ተወግዷል)። ወደዚያ ቡድን የሚላኩ ማስታወሻዎች ቆመዋል።
    }
