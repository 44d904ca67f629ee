# Opening a case, and the list of cases. Read by staff.

case-ask-name = የመኖሪያ ፈቃድ ባለቤቱ የመጀመሪያ ስም ወይም የስሙ መነሻ ፊደላት ምንድን ነው? ሙሉ ስም አይጻፉ።
case-ask-reference = ለዚህ ጉዳይ የራስዎ የፋይል ቁጥር ምንድን ነው? BSN ወይም V-nummer አይጻፉ።
case-ask-counterpart = በዚህ ጉዳይ ከየትኛው { $kind ->
        [coa] የCOA ቦታ
       *[gemeente] ማዘጋጃ ቤት
    } ጋር ይሠራሉ?
case-no-counterpart-orgs = እስካሁን የታወቀ { $kind ->
        [coa] የCOA ቦታ
       *[gemeente] ማዘጋጃ ቤት
    } የለም። አስተዳዳሪውን እንዲጨምረው ይጠይቁ። ጉዳዩ አልተከፈተም።
case-ask-matching = የምደባው (koppeling) ቀን መቼ ነው? አንድ ቁልፍ ይጫኑ፣ ወይም ቀን ይጻፉ (ለምሳሌ 30-03-2026)።
case-ask-housing = የመኖሪያ ፈቃድ ባለቤቱ ቤት የሚያገኘው መቼ ነው ተብሎ ይጠበቃል? ቀን ይጻፉ (ለምሳሌ 30-03-2026)፣ ወይም ቁልፉን ይጫኑ።
case-confirm =
    ይህ ትክክል ነው?
    የመኖሪያ ፈቃድ ባለቤት፦ { $name }
    የፋይል ቁጥር፦ { $reference }
    አብሮ የሚሠራው፦ { $counterpart }
    ምደባ፦ { $matching }
    ቤት (የሚጠበቀው)፦ { $housing }
case-opened = ✅ ጉዳይ { $reference } ተከፍቷል።
case-holder-invite =
    ለ{ $name } የተላከ ግብዣ። ይህን QR ኮድ ያሳዩ ወይም ሊንኩን ይላኩ። ሊንኩ የሚሠራው አንድ ጊዜ ብቻ ነው፣ እስከ { $expires } ድረስ።
    { $link }
case-counterpart-invite =
    በጉዳይ { $reference } እንዲሳተፉ ይህን ሊንክ በ{ $org } ለሚገኘው ተጠሪዎ ይላኩ። ሊንኩ የሚሠራው አንድ ጊዜ ብቻ ነው፣ እስከ { $expires } ድረስ።
    { $link }
case-cancelled = ቆሟል። ምንም ነገር አልተቀመጠም።
case-reference-taken = የፋይል ቁጥር { $reference } በድርጅትዎ ቀድሞ ጥቅም ላይ ውሏል። ሌላ ቁጥር ይምረጡ።

button-org = { $org }
button-today = ዛሬ
button-yesterday = ትናንት
button-housing-unknown = ገና አልታወቀም
button-open-case = ✅ ጉዳዩን ይክፈቱ

error-text-empty = መልሱ ባዶ ነው። እንደገና ይሞክሩ።
error-text-too-long = ይህ በጣም ረጅም ነው። ቢበዛ { $max ->
        [one] { $max } ፊደል
       *[other] { $max } ፊደላት
    } ይጠቀሙ።
error-looks-like-bsn = ይህ BSN ወይም V-nummer ይመስላል። እንደዚህ ያሉ ቁጥሮችን አናስቀምጥም። የራስዎን የፋይል ቁጥር ወይም የመጀመሪያ ስም ይጠቀሙ።
error-text-one-line = አንድ መስመር ብቻ ይጠቀሙ፣ ያለ Enter።
error-expected-button = ከቁልፎቹ አንዱን ይጫኑ።
error-not-a-date = ይህ የማውቀው ቀን አይደለም። ለምሳሌ 30-03-2026 ብለው ይጻፉ።
error-matching-in-future = የምደባው ቀን ወደፊት ሊሆን አይችልም።
error-matching-too-old = ያ ቀን ከሦስት ዓመት በላይ አልፏል። ቀኑን ያረጋግጡ።
error-housing-before-matching = ቤቱ ከምደባው በፊት ሊሆን አይችልም።
error-housing-in-past = ያ ቀን አልፏል። ከዛሬ ጀምሮ ያለ ቀን ይምረጡ፣ ወይም “ገና አልታወቀም” የሚለውን ይጫኑ።

cases-list =
    { $count ->
        [one] { $count } ጉዳይ፦
       *[other] { $count } ጉዳዮች፦
    }
    { cases-legend }
    { $items }
cases-more = … እና ሌሎች { $hidden }።
cases-line = • { $reference } – { $name }{ $late }{ $meeting }{ $option }{ $holder }{ $housing }
cases-fact = {" "}· { $fact }
cases-fact-none = {""}
cases-late = ⚠️ የዘገዩ ስምምነቶች: { $late }
cases-meeting = 📅 { $when }
cases-meeting-proposed = 📅 ጊዜ እየተመረጠ ነው
cases-option = መንገድ { $option }
cases-holder-invited = 👤 ተጋብዟል
cases-holder-choosing = 👤 ቋንቋ እየመረጠ ነው
cases-legend = በጣም አስቸኳዩ መጀመሪያ። ⚠️ የዘገየ · 📅 ውይይት · 👤 የመኖሪያ ፈቃድ ባለቤት · 🏠 የሚጠበቅ መኖሪያ ቤት
cases-housing = 🏠 { $date }
cases-none = እስካሁን ክፍት ጉዳዮች የሉም።
