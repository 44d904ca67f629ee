## A case's life (issue 12): closing with a reason, reopening within 30 days, handing a case to a
## colleague, and an admin ending a caseworker's access. Staff messages name the case
## (reference and first name); the status holder's say "you" and what happens next.

button-case-close = 🗂 ጉዳይ ዕጸዉ
button-case-handover = 🤝 ናብ መሳርሕቲ ኣሕልፉ
button-cases-closed = 🗄 ዝተዓጽዉ ጉዳያት

# Why a case is closed; $reason is one of the codes below.
close-reason = { $reason ->
    [handed_over] ገዒዙ፡ ርክክብ ተፈጺሙ
    [moved_elsewhere] ናብ ካልእ ምምሕዳር ከተማ ገዒዙ
    [not_required] ድሕሪ ሕጂ ናይ ምውህሃድ ግዴታ የብሉን
   *[other] ካልእ ምኽንያት
}
button-close-reason = { $reason ->
    [handed_over] 🏠 ገዒዙ፡ ርክክብ ተፈጺሙ
    [moved_elsewhere] 🚚 ናብ ካልእ ምምሕዳር ከተማ
    [not_required] 📄 ናይ ምውህሃድ ግዴታ የብሉን
   *[other] ✏️ ካልእ ምኽንያት
}
button-close-yes = ✅ እወ፡ ዕጸዉ
button-close-no = ↩️ ኣይፋል፡ ክፉት ይጽናሕ

life-close-ask-reason = ጉዳይ { $reference } ({ $name }) ስለምንታይ ትዓጽውዎ?
life-close-confirm =
    ጉዳይ { $reference } ({ $name }) ይዕጾ ዶ? ምኽንያት፦ { $reason }።
    ኩሎም ክፉታት መዘኻኸሪታት ደው ክብሉ እዮም፡ ኣብቲ ጉዳይ ዘሎ ኩሉ ሰብ ድማ መልእኽቲ ክበጽሖ እዩ። ኣብ ውሽጢ 30 መዓልቲ ነቲ ጉዳይ ደጊምኩም ክትከፍትዎ ትኽእሉ ኢኹም።
life-close-kept = ጉዳይ { $reference } ({ $name }) ክፉት ይጸንሕ።
life-closed-you = ✅ ጉዳይ { $reference } ({ $name }) ተዓጽዩ። ምኽንያት፦ { $reason }። ክሳብ { $until } ደጊምኩም ክትከፍትዎ ትኽእሉ ኢኹም፦ /cases፡ ድሕሪኡ 🗄 ዝተዓጽዉ ጉዳያት።
life-closed-staff = 🗂 ጉዳይ { $reference } ({ $name }) ብ{ $who } ተዓጽዩ። ምኽንያት፦ { $reason }። ናይዚ ጉዳይ መዘኻኸሪታት ደው ኢሎም።
life-closed-holder = { $org } ኣብዚ ቻት ዝህቦ ዝነበረ ሓገዝ ወዲኡ እዩ። ኣብዚ ድሕሪ ሕጂ መልእኽቲ ወይ መዘኻኸሪ ኣይበጽሓኩምን። ሕቶ ኣለኩም ዶ? በጃኹም ብቐጥታ ምስ ናይ ርክብ ሰብኩም ኣብ { $org } ተራኸቡ።
life-already-closed = ጉዳይ { $reference } ({ $name }) ድሮ ተዓጽዩ እዩ።

life-closed-list =
    🗄 ኣብ ዝሓለፉ 90 መዓልቲ ዝተዓጽዉ ጉዳያት ({ $count })፦
    { $items }
life-closed-line = • { $reference } – { $name }: ኣብ { $date } ተዓጽዩ፡ { $reason }
life-closed-none = ኣብ ዝሓለፉ 90 መዓልቲ ዝተዓጽወ ጉዳይ የለን።
button-case-reopen = ↩️ ደጊምኩም ክፈቱ፦ { $reference } · { $name }
life-reopen-too-late = ጉዳይ { $reference } ({ $name }) ካብ 30 መዓልቲ ንላዕሊ ተዓጽዩ ስለ ዝጸንሐ፡ ደጊሙ ክኽፈት ኣይክእልን። እንተ ኣድልዩ፡ ብ /newcase ሓድሽ ጉዳይ ክፈቱ።
life-not-closed = ጉዳይ { $reference } ({ $name }) ድሮ ክፉት እዩ።
life-reopened-you = ↩️ ጉዳይ { $reference } ({ $name }) ደጊሙ ተኸፊቱ። ቅድሚ ምዕጻው ዝነበሩ መዘኻኸሪታት ኣይምለሱን፤ እንተ ኣድልዩ፡ ብ /meet ሓድሽ ዘተ ውጠኑ።
life-reopened-staff = ↩️ ጉዳይ { $reference } ({ $name }) ብ{ $who } ደጊሙ ተኸፊቱ።
life-reopened-holder = { $org } ኣብዚ ቻት ዝህቦ ሓገዝ ደጊሙ ከፊቱ። ብ /menu ሓበሬታኹም ትርእዩ።

# The question once the housing date has passed and the driegesprek was held.
life-close-suggest = 🏠 ጉዳይ { $reference } ({ $name }): ዕለት ገዛ ({ $date }) ሓሊፉ፡ ናይ ሰለስተ ወገን ዘተ ድማ ተኻይዱ። ርክክብ ተዛዚሙ ዶ? እንተኾይኑ ነቲ ጉዳይ ክትዓጽውዎ ትኽእሉ ኢኹም።

life-handover-pick = ጉዳይ { $reference } ({ $name }) ናብ የናይ መሳርሕቲ ኣብ { $org } ከተሕልፍዎ ትደልዩ? እዚኦም ነቲ ቦት ዝጥቀሙ መሳርሕቲ እዮም።
life-handover-none = ካብ { $org } ካልእ መሳርሕቲ ገና ኣብቲ ቦት ኣይተመዝገበን። ንመሳርሕትኹም ዕድመ ክሰድድ ንኣመሓዳሪ ሕተትዎ።
button-colleague = { $name }
life-handover-offered = ናብ { $colleague } ተሓቲቱ። ነቲ ጉዳይ ምስ ተቐበሎ መልእኽቲ ክበጽሓኩም እዩ። ክሳብ ሽዑ ንስኹም ናይ ርክብ ሰብ ኮይንኩም ትጸንሑ።
life-handover-offer = { $from } ጉዳይ { $reference } ({ $name }) ናባኹም ከሕልፎ ይደሊ። ነቲ ጉዳይ ትቕበልዎ ዶ? ሽዑ ንስኹም ናይ { $name } ናይ ርክብ ሰብ ኣብ { $org } ትኾኑ።
button-handover-accept = ✅ ምቕባል
button-handover-decline = ❌ ዘይምቕባል
life-handover-done-you = ✅ ሕጂ ንስኹም ኣብ ጉዳይ { $reference } ({ $name }) ናይ ርክብ ሰብ ኢኹም። ብ /plan ነቲ መደብ ትርእዩ፡ ብ /meet ነቲ ዘተ ትውጥኑ።
life-handover-done-staff = 🤝 ጉዳይ { $reference } ({ $name }): ሕጂ ናይ { $org } ናይ ርክብ ሰብ { $to } እዩ፡ ኣብ ክንዲ { $from }።
life-handover-done-holder = ሕጂ ናይ ርክብ ሰብኩም ኣብ { $org } { $to } እዩ፡ ኣብ ክንዲ { $from }።
life-handover-declined = { $to } ንጉዳይ { $reference } ({ $name }) ኣይተቐበሎን። ንስኹም ናይ ርክብ ሰብ ኮይንኩም ትጸንሑ።
life-handover-declined-you = ንጉዳይ { $reference } ({ $name }) ኣይተቐበልኩምዎን። { $from } ናይ ርክብ ሰብ ኮይኑ ይጸንሕ።
life-handover-stale = እዚ ሕቶ ድሕሪ ሕጂ ኣይሰርሕን እዩ።

# An admin ended a caseworker's access (`driegesprek staff revoke`).
life-revoked-colleagues = ⚠️ ጉዳይ { $reference } ({ $name }): { $who } ድሕሪ ሕጂ ምስቲ ቦት ኣይሰርሕን፡ ኣብዚ ጉዳይ እውን የለን።
life-revoked-nobody =
    ⚠️ ጉዳይ { $reference } ({ $name }): { $who } ድሕሪ ሕጂ ምስቲ ቦት ኣይሰርሕን። ሕጂ እዚ ጉዳይ ካብ { $org } ናይ ርክብ ሰብ የብሉን። ሓደ መሳርሕቲ ካብኡ ክሳተፍ፡ ነዚ ሊንክ ናብ { $org } ስደዱ። እቲ ሊንክ ሓንሳእ ጥራይ ይሰርሕ፡ ክሳብ { $expires }።
    { $link }
life-revoked-holder = { $who } ድሕሪ ሕጂ ናይ ርክብ ሰብኩም ኣብ { $org } ኣይኮነን። ሓድሽ ናይ ርክብ ሰብ ምስ ዝህሉ መልእኽቲ ክበጽሓኩም እዩ።
