# Team group chats. Read by staff.

group-welcome = ሰላም ቡድን! ይህን ቡድን ከድርጅትዎ (ከዚያ ቡድኑ ሁሉንም ጉዳዮች ይከታተላል) ወይም ከአንድ ጉዳይ ጋር ያገናኙ።
group-not-staff = ይቅርታ፣ ይህን ማድረግ የሚችሉት የተመዘገቡ የCOA ወይም የማዘጋጃ ቤት ሠራተኞች ብቻ ናቸው። ምንም ነገር አልተቀየረም።
group-other-org = ይህ ቡድን ከሌላ ድርጅት ጋር ተገናኝቷል። ምንም ነገር አልተቀየረም።
button-link-org = 🏢 የ{ $org } ጉዳዮች በሙሉ
button-link-case = 📁 አንድ ጉዳይ
group-pick-case = ይህ ቡድን የትኛውን ጉዳይ ይከታተል?
button-case = { $reference } – { $name }
group-linked-org = ✅ ይህ ቡድን አሁን የ{ $org } ጉዳዮችን በሙሉ ይከታተላል።
group-linked-case = ✅ ይህ ቡድን አሁን ጉዳይ { $reference }ን ይከታተላል።
group-not-linked = ይህ ቡድን ገና አልተገናኘም። ለማገናኘት /link ይጻፉ።
group-follows-case = ይህ ቡድን ጉዳይ { $reference }ን ይከታተላል።
group-follows-org = ይህ ቡድን የ{ $org } ጉዳዮችን በሙሉ ይከታተላል።

# access
access-group-not-following = ይህ ቡድን ይህን ጉዳይ አይከታተልም። ምንም ነገር አልተቀየረም።

# groups: removal
group-removed-unlinked = ቦቱ ከ{ $group } ቡድን ተወግዷል። ስለዚህ ያ ቡድን ከእንግዲህ ምንም ጉዳይ አይከታተልም። ቦቱን በኋላ እንደገና ካከሉት፣ ቡድኑ ምን እንደሚከታተል እንደገና ይመርጣሉ።
