# Opening a case, and the list of cases. Read by staff.

case-ask-name = ቀዳማይ ስም ወይ መጀመርታ ፊደላት ስም ናይቲ ወናኒ ፍቓድ መንበሪ እንታይ እዩ? ምሉእ ስም ኣይትጽሓፉ።
case-ask-reference = ናይ ገዛእ ርእስኹም ቁጽሪ ፋይል ንዚ ጉዳይ እዚ እንታይ እዩ? BSN ወይ V-nummer ኣይትጽሓፉ።
case-ask-counterpart = ኣብዚ ጉዳይ እዚ ምስ ኣየናይ { $kind ->
        [coa] ቦታ COA
       *[gemeente] ምምሕዳር ከተማ
    } ትሰርሑ?
case-no-counterpart-orgs = ገና ዝተፈልጠ { $kind ->
        [coa] ቦታ COA
       *[gemeente] ምምሕዳር ከተማ
    } የለን። ንኣመሓዳሪ ክውስኾ ሕተትዎ። እቲ ጉዳይ ኣይተኸፍተን።
case-ask-matching = ዕለት ምምዳብ (koppeling) መዓስ እዩ? ሓደ መልጎም ጠውቑ፡ ወይ ዕለት ጽሓፉ (ንኣብነት 30-03-2026)።
case-ask-housing = እቲ ወናኒ ፍቓድ መንበሪ ብግምት መዓስ ገዛ ክረክብ እዩ? ዕለት ጽሓፉ (ንኣብነት 30-03-2026)፡ ወይ ነቲ መልጎም ጠውቑ።
case-confirm =
    ትኽክል ድዩ?
    ወናኒ ፍቓድ መንበሪ፦ { $name }
    ቁጽሪ ፋይል፦ { $reference }
    ብሓባር ምስ፦ { $counterpart }
    ምምዳብ፦ { $matching }
    ገዛ (ግምት)፦ { $housing }
case-opened = ✅ ጉዳይ { $reference } ተኸፊቱ።
case-holder-invite =
    ዕድመ ን{ $name }። ነዚ QR ኮድ ኣርእዩ ወይ ነቲ ሊንክ ስደዱ። እቲ ሊንክ ሓንሳእ ጥራይ ይሰርሕ፡ ክሳብ { $expires }።
    { $link }
case-counterpart-invite =
    ነዚ ሊንክ ናብ ናይ ርክብ ሰብኩም ኣብ { $org } ስደዱ፡ ኣብ ጉዳይ { $reference } ንኽሳተፍ። እቲ ሊንክ ሓንሳእ ጥራይ ይሰርሕ፡ ክሳብ { $expires }።
    { $link }
case-cancelled = ደው ኢሉ። ዝተዓቀበ ነገር የለን።
case-reference-taken = ትካልኩም ቁጽሪ ፋይል { $reference } ድሮ ይጥቀመሉ ኣሎ። ካልእ ቁጽሪ ምረጹ።

button-org = { $org }
button-today = ሎሚ
button-yesterday = ትማሊ
button-housing-unknown = ገና ኣይተፈልጠን
button-open-case = ✅ ጉዳይ ክፈቱ

error-text-empty = እቲ መልሲ ባዶ እዩ። ደጊምኩም ፈትኑ።
error-text-too-long = እዚ ነዊሕ እዩ። እንተ በዝሐ { $max ->
        [one] { $max } ፊደል
       *[other] { $max } ፊደላት
    } ተጠቐሙ።
error-looks-like-bsn = እዚ BSN ወይ V-nummer ይመስል። ከምኡ ዓይነት ቁጽሪ ኣይንዕቅብን። ናይ ገዛእ ርእስኹም ቁጽሪ ፋይል ወይ ቀዳማይ ስም ተጠቐሙ።
error-text-one-line = ሓንቲ መስመር ጥራይ ተጠቐሙ፡ ብዘይ Enter።
error-expected-button = ሓደ ካብቶም መልጎማት ጠውቑ።
error-not-a-date = እዚ ዝፈልጦ ዕለት ኣይኮነን። ንኣብነት 30-03-2026 ጽሓፉ።
error-matching-in-future = ምምዳብ ኣብ መጻኢ ክኸውን ኣይክእልን።
error-matching-too-old = እዚ ዕለት ካብ ሰለስተ ዓመት ንላዕሊ ሓሊፉ እዩ። ነቲ ዕለት ኣረጋግጹ።
error-housing-before-matching = ገዛ ቅድሚ ምምዳብ ክኸውን ኣይክእልን።
error-housing-in-past = እዚ ዕለት ሓሊፉ እዩ። ካብ ሎሚ ጀሚሩ ዘሎ ዕለት ምረጹ፡ ወይ “ገና ኣይተፈልጠን” ጠውቑ።

cases-list =
    { $count ->
        [one] { $count } ጉዳይ፦
       *[other] { $count } ጉዳያት፦
    }
    { cases-legend }
    { $items }
cases-more = … ከምኡ'ውን { $hidden } ካልኦት።
cases-line = • { $reference } – { $name }{ $late }{ $meeting }{ $option }{ $holder }{ $housing }
cases-fact = {" "}· { $fact }
cases-fact-none = {""}
cases-late = ⚠️ ዝደንጐዩ ስምምዓት: { $late }
cases-meeting = 📅 { $when }
cases-meeting-proposed = 📅 ግዜ ይምረጽ ኣሎ
cases-option = መንገዲ { $option }
cases-holder-invited = 👤 ተዓዲሙ
cases-holder-choosing = 👤 ቋንቋ ይመርጽ ኣሎ
cases-legend = ዝያዳ ህጹጽ ቅድሚት። ⚠️ ደንጒዩ · 📅 ዘተ · 👤 ወናኒ ፍቓድ መንበሪ · 🏠 ዝጽበ ገዛ
cases-housing = 🏠 { $date }
cases-none = ገና ክፉት ጉዳይ የለን።
