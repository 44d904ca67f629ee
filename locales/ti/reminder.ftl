# Reminders (issue 5).

# A reminder sent later than planned (the server was down): the marker above the reminder.
reminder-late = ⏰ ካብ ዝተመደበ ግዜ ደንጒዩ:
    { $message }

# To staff: reminders to a chat of the case stopped because the chat cannot be reached anymore.
reminder-chat-unreachable = { $kind ->
        [holder] ⚠️ ፋይል { $case }: እቲ ቦት ናብ { $name } መልእኽቲ ክሰድድ ኣይክእልን እዩ (እቲ ቻት ተዓጽዩ ወይ ተደምሲሱ)። ናብቲ ቻት ዝኸዱ መዘኻኸሪታት ደው ኢሎም። ብኻልእ መገዲ ተራኸቡ።
        [staff] ⚠️ ፋይል { $case }: እቲ ቦት ናብ መሳርሕቲ { $name } መልእኽቲ ክሰድድ ኣይክእልን እዩ (እቲ ቻት ተዓጽዩ ወይ ተደምሲሱ)። ናብቲ ቻት ዝኸዱ መዘኻኸሪታት ደው ኢሎም።
       *[group] ⚠️ ፋይል { $case }: እቲ ቦት ናብ ጉጅለ ሰራሕተኛታት ክበጽሕ ኣይክእልን እዩ (ተደምሲሱ ወይ እቲ ቦት ተኣልዩ)። ናብታ ጉጅለ ዝኸዱ መዘኻኸሪታት ደው ኢሎም።
    }
