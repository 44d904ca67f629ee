# Team group chats. Read by staff.

group-welcome = ሰላም ጋንታ! ነዚ ጉጅለ ምስ ትካልኩም (ሽዑ እቲ ጉጅለ ንኹሎም ጉዳያት ይከታተል) ወይ ምስ ሓደ ጉዳይ ኣተኣሳስርዎ።
group-not-staff = ይቕሬታ፡ እዚ ዝተመዝገቡ ሰራሕተኛታት COA ወይ ምምሕዳር ከተማ ጥራይ እዮም ክገብርዎ ዝኽእሉ። ዝኾነ ነገር ኣይተቐየረን።
group-other-org = እዚ ጉጅለ ምስ ካልእ ትካል ተኣሳሲሩ ኣሎ። ዝኾነ ነገር ኣይተቐየረን።
button-link-org = 🏢 ኩሎም ጉዳያት { $org }
button-link-case = 📁 ሓደ ጉዳይ
group-pick-case = እዚ ጉጅለ ንኣየናይ ጉዳይ ይከታተል?
button-case = { $reference } – { $name }
group-linked-org = ✅ እዚ ጉጅለ ሕጂ ንኹሎም ጉዳያት { $org } ይከታተል።
group-linked-case = ✅ እዚ ጉጅለ ሕጂ ንጉዳይ { $reference } ይከታተል።
group-not-linked = እዚ ጉጅለ ገና ኣይተኣሳሰረን። ንምትእስሳር /link ጽሓፉ።
group-follows-case = እዚ ጉጅለ ንጉዳይ { $reference } ይከታተል።
group-follows-org = እዚ ጉጅለ ንኹሎም ጉዳያት { $org } ይከታተል።

# access
access-group-not-following = እዚ ጉጅለ ነዚ ጉዳይ እዚ ኣይከታተሎን። ዝኾነ ነገር ኣይተቐየረን።

# groups: removal
group-removed-unlinked = እቲ ቦት ካብ ጉጅለ { $group } ተኣልዩ። ስለዚ እቲ ጉጅለ ድሕሪ ሕጂ ዝኾነ ጉዳይ ኣይከታተልን። ነቲ ቦት ደሓር እንደገና እንተ ወሲኽኩምዎ፡ እቲ ጉጅለ እንታይ ከም ዝከታተል እንደገና ክትመርጹ ኢኹም።
