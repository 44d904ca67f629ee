## A case's life (issue 12): closing with a reason, reopening within 30 days, handing a case to a
## colleague, and an admin ending a caseworker's access. Staff messages name the case
## (reference and first name); the status holder's say "you" and what happens next.

button-case-close = 🗂 ጉዳዩን መዝጋት
button-case-handover = 🤝 ለሥራ ባልደረባ ማስረከብ
button-cases-closed = 🗄 የተዘጉ ጉዳዮች

# Why a case is closed; $reason is one of the codes below.
close-reason = { $reason ->
    [handed_over] ተዛውሯል፣ ርክክብ ተደርጓል
    [moved_elsewhere] ወደ ሌላ ማዘጋጃ ቤት ተዛውሯል
    [not_required] ከእንግዲህ የውህደት ግዴታ የለም
   *[other] ሌላ ምክንያት
}
button-close-reason = { $reason ->
    [handed_over] 🏠 ተዛውሯል፣ ርክክብ ተደርጓል
    [moved_elsewhere] 🚚 ወደ ሌላ ማዘጋጃ ቤት
    [not_required] 📄 ከእንግዲህ የውህደት ግዴታ የለም
   *[other] ✏️ ሌላ ምክንያት
}
button-close-yes = ✅ አዎ፣ ይዝጉ
button-close-no = ↩️ አይ፣ ክፍት ይቆይ

life-close-ask-reason = ጉዳይ { $reference } ({ $name }) ለምን ይዘጉታል?
life-close-confirm =
    ጉዳይ { $reference } ({ $name }) ይዘጋ? ምክንያት፦ { $reason }።
    ሁሉም ክፍት ማስታወሻዎች ይቆማሉ፣ በጉዳዩ ላይ ያሉ ሁሉም መልእክት ይደርሳቸዋል። በ30 ቀናት ውስጥ ጉዳዩን እንደገና መክፈት ይችላሉ።
life-close-kept = ጉዳይ { $reference } ({ $name }) ክፍት ሆኖ ይቆያል።
life-closed-you = ✅ ጉዳይ { $reference } ({ $name }) ተዘግቷል። ምክንያት፦ { $reason }። እስከ { $until } ድረስ እንደገና መክፈት ይችላሉ፦ /cases፣ ከዚያ 🗄 የተዘጉ ጉዳዮች።
life-closed-staff = 🗂 ጉዳይ { $reference } ({ $name }) በ{ $who } ተዘግቷል። ምክንያት፦ { $reason }። የዚህ ጉዳይ ማስታወሻዎች ቆመዋል።
life-closed-holder = { $org } በዚህ ቻት የሚሰጠውን ድጋፍ አጠናቋል። ከእንግዲህ እዚህ መልእክት ወይም ማስታወሻ አይደርስዎትም። ጥያቄ አለዎት? እባክዎ በ{ $org } የሚያነጋግሩትን ሰው በቀጥታ ያግኙ።
life-already-closed = ጉዳይ { $reference } ({ $name }) አስቀድሞ ተዘግቷል።

life-closed-list =
    🗄 ባለፉት 90 ቀናት የተዘጉ ጉዳዮች ({ $count })፦
    { $items }
life-closed-line = • { $reference } – { $name }፦ በ{ $date } ተዘግቷል፣ { $reason }
life-closed-none = ባለፉት 90 ቀናት የተዘጋ ጉዳይ የለም።
button-case-reopen = ↩️ እንደገና መክፈት፦ { $reference } · { $name }
life-reopen-too-late = ጉዳይ { $reference } ({ $name }) ከ30 ቀናት በላይ ተዘግቶ ስለቆየ ከእንግዲህ እንደገና ሊከፈት አይችልም። ካስፈለገ በ /newcase አዲስ ጉዳይ ይክፈቱ።
life-not-closed = ጉዳይ { $reference } ({ $name }) አስቀድሞ ክፍት ነው።
life-reopened-you = ↩️ ጉዳይ { $reference } ({ $name }) እንደገና ተከፍቷል። ከመዘጋቱ በፊት የነበሩ ማስታወሻዎች አይመለሱም፤ ካስፈለገ በ /meet አዲስ ውይይት ያቅዱ።
life-reopened-staff = ↩️ ጉዳይ { $reference } ({ $name }) በ{ $who } እንደገና ተከፍቷል።
life-reopened-holder = { $org } በዚህ ቻት የሚሰጥዎትን ድጋፍ እንደገና ከፍቷል። በ /menu አጠቃላይ መረጃዎን ያያሉ።

# The question once the housing date has passed and the driegesprek was held.
life-close-suggest = 🏠 ጉዳይ { $reference } ({ $name })፦ የቤቱ ቀን ({ $date }) አልፏል፣ የሦስትዮሽ ውይይቱም ተካሂዷል። ርክክቡ ተጠናቋል? ከሆነ ጉዳዩን መዝጋት ይችላሉ።

life-handover-pick = ጉዳይ { $reference } ({ $name }) በ{ $org } ላለ ለየትኛው የሥራ ባልደረባ ማስረከብ ይፈልጋሉ? ቦቱን የሚጠቀሙ የሥራ ባልደረቦች እነዚህ ናቸው።
life-handover-none = ከ{ $org } ሌላ የሥራ ባልደረባ እስካሁን ቦቱን አልተቀላቀለም። ለሥራ ባልደረባዎ ግብዣ እንዲልክ አስተዳዳሪውን ይጠይቁ።
button-colleague = { $name }
life-handover-offered = { $colleague } ተጠይቀዋል። ጉዳዩን ሲረከቡ መልእክት ይደርስዎታል። እስከዚያው ድረስ ባለጉዳዩ የሚያነጋግሩት ሰው እርስዎ ነዎት።
life-handover-offer = { $from } ጉዳይ { $reference } ({ $name }) ለእርስዎ ማስረከብ ይፈልጋሉ። ጉዳዩን ይረከባሉ? ከዚያ ከ{ $org } { $name } የሚያነጋግሩት ሰው እርስዎ ይሆናሉ።
button-handover-accept = ✅ መረከብ
button-handover-decline = ❌ አለመረከብ
life-handover-done-you = ✅ አሁን በጉዳይ { $reference } ({ $name }) ባለጉዳዩ የሚያነጋግሩት ሰው እርስዎ ነዎት። በ /plan ዕቅዱን ያያሉ፣ በ /meet ውይይቱን ያቅዳሉ።
life-handover-done-staff = 🤝 ጉዳይ { $reference } ({ $name })፦ ከ{ $org } ባለጉዳዩ የሚያነጋግሩት ሰው አሁን { $to } ናቸው፣ በ{ $from } ምትክ።
life-handover-done-holder = በ{ $org } የሚያነጋግሩት ሰው አሁን { $to } ናቸው፣ በ{ $from } ምትክ።
life-handover-declined = { $to } ጉዳይ { $reference } ({ $name }) አይረከቡም። ባለጉዳዩ የሚያነጋግሩት ሰው እርስዎ ሆነው ይቀጥላሉ።
life-handover-declined-you = ጉዳይ { $reference } ({ $name }) አይረከቡም። ባለጉዳዩ የሚያነጋግሩት ሰው { $from } ሆነው ይቀጥላሉ።
life-handover-stale = ይህ ጥያቄ ከእንግዲህ አያገለግልም።

# An admin ended a caseworker's access (`driegesprek staff revoke`).
life-revoked-colleagues = ⚠️ ጉዳይ { $reference } ({ $name })፦ { $who } ከእንግዲህ በቦቱ አይሠሩም፣ በዚህ ጉዳይ ላይም የሉም።
life-revoked-nobody =
    ⚠️ ጉዳይ { $reference } ({ $name })፦ { $who } ከእንግዲህ በቦቱ አይሠሩም። አሁን ጉዳዩ ከ{ $org } ባለጉዳዩ የሚያነጋግሩት ሰው የለውም። እዚያ ያለ የሥራ ባልደረባ እንዲቀላቀል ይህን ሊንክ ወደ { $org } ይላኩ። ሊንኩ የሚሠራው አንድ ጊዜ ብቻ ነው፣ እስከ { $expires } ድረስ።
    { $link }
life-revoked-holder = { $who } ከእንግዲህ በ{ $org } የሚያነጋግሩት ሰው አይደሉም። አዲስ የሚያነጋግሩት ሰው ሲኖር መልእክት ይደርስዎታል።
