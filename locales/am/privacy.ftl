## የመኖሪያ ፈቃድ ባለቤቱ መብቶች (issue 14)፦ የምናስቀምጠውን ማየት (/mydata)፣ እንዲሰረዝ መጠየቅ
## (/delete)፣ ከዚህ በኋላ መልእክት አለመቀበል (/stop)። ለመኖሪያ ፈቃድ ባለቤቱ የሚላኩ መልእክቶች
## "እርስዎ" ይላሉ፣ በአጭር ዓረፍተ ነገር፤ ለሠራተኞች የሚላኩ መልእክቶች ጉዳዩን ይጠቅሳሉ (ቁጥርና የመጀመሪያ ስም)።

privacy-button-menu = 🔒 የእርስዎ መረጃ
privacy-menu =
    🔒 የእርስዎ መረጃ
    • ስለ እርስዎ የምናስቀምጠውን ሁሉ ይመልከቱ።
    • መረጃዎ እንዲሰረዝ ይጠይቁ።
    • ከዚህ ቦት ከዚህ በኋላ መልእክት አይቀበሉ።
privacy-button-mydata = 📄 መረጃዬን ማየት
privacy-button-delete = 🗑 መረጃዬን መሰረዝ
privacy-button-stop = 🔕 ከዚህ በኋላ መልእክት አይላክልኝ
privacy-button-no = ↩️ አይ
privacy-never = ↩️ እሺ፣ ምንም አይለወጥም።
privacy-staff = ይህን ቦት እስከሚጠቀሙ ድረስ ስምዎ፣ ድርጅትዎ እና የሚሠሩባቸው ጉዳዮች ይቀመጣሉ። አስተዳዳሪዎ መዳረሻዎን ሊያቋርጥ ይችላል። ጥያቄ አለዎት? የድርጅትዎን የመረጃ ጥበቃ ኃላፊ ይጠይቁ።
privacy-nothing-kept = እንደ የመኖሪያ ፈቃድ ባለቤት ስለ እርስዎ ምንም መረጃ አናስቀምጥም። ከCOA ወይም ከማዘጋጃ ቤት (gemeente) ሊንክ ደርሶዎታል? እንደገና ይክፈቱት።

privacy-mydata =
    🔒 ስለ እርስዎ የምናስቀምጠው
    { $facts }

    📋 በዕቅድዎ ውስጥ ያሉ ስምምነቶች፦
    { $agreements }

    📅 ውይይቶች፦
    { $meetings }
    ለቀረቡት ጊዜዎች የሰጡት መልስ፦ { $time_answers }

    📝 ለውይይቱ ለመዘጋጀት የሰጡት መልሶች፦
    { $answers }

    ❓ የራስዎ ጥያቄዎች፦
    { $own }

    👀 { $sharing }

    ከታች ያለው ፋይል ተመሳሳይ መረጃ አለው፣ ለኮምፒውተር።
    /delete፦ መረጃዎ እንዲሰረዝ ይጠይቁ። /stop፦ ከዚህ በኋላ መልእክት አይቀበሉም።
privacy-mydata-file = 📄 የእርስዎ መረጃ (ለኮምፒውተር የሚሆን ፋይል)
privacy-none = • (ምንም)
privacy-yes-no = { $value ->
        [yes] አዎ
       *[no] አይ
    }
privacy-fact-name = • ስም፦ { $name }
privacy-fact-reference = • የፋይል ቁጥር፦ { $reference }
privacy-fact-orgs = • COA፦ { $coa } · ማዘጋጃ ቤት፦ { $gemeente }
privacy-fact-language = • ቋንቋ፦ { language-name }
privacy-fact-matching = • ከማዘጋጃ ቤቱ ጋር የተገናኙበት ቀን፦ { $date }
privacy-fact-housing = • የመዛወሪያ ቀን፦ { $date }
privacy-fact-joined = • በዚህ ቻት ውስጥ ከ፦ { $date }
privacy-fact-notice = • ስለ መረጃ ጥበቃ ማብራሪያውን ያነበቡበት ቀን፦ { $date }
privacy-fact-closed = • ድጋፉ ያበቃበት ቀን፦ { $date }
privacy-fact-stopped = • መልእክቶችን ያቆሙበት ቀን፦ { $date }
privacy-meeting = • { $when } · { $place } · { $status ->
        [confirmed] ታቅዷል
        [held] ተካሂዷል
        [absent] አንድ ሰው አልመጣም
        [cancelled] ተሰርዟል
       *[proposed] ጊዜዎች ቀርበዋል
    }
privacy-meeting-proposed = • { $place } · ጊዜዎች ቀርበዋል
privacy-own-question = • { $text }
privacy-sharing = ወደሚያነጋግሯቸው ሰዎች የሚላክ፦ መልሶችዎ { $answers }፣ ጥያቄዎችዎ { $questions }።

privacy-delete-ask =
    🗑 መረጃዎ ይሰረዝ?
    ማዘጋጃ ቤትዎ ስምዎን፣ መልሶችዎን እና የጻፉትን ሁሉ እንዲሰርዝ እንጠይቃለን።
    አንዳንድ ጊዜ ሕጉ ማዘጋጃ ቤቱ አንድ ነገር ማስቀመጥ አለበት ይላል። ያኔ ማዘጋጃ ቤቱ ለምን እንደሆነ ይነግርዎታል።
    መልሱን እዚህ ያገኛሉ።
privacy-button-delete-yes = 🗑 አዎ፣ እንዲሰረዝ ይጠየቅ
privacy-delete-asked = ✅ ማዘጋጃ ቤትዎ መረጃዎን እንዲሰርዝ ተጠይቋል። መልሱን እዚህ ያገኛሉ።
privacy-delete-pending = ⏳ አስቀድመው ጠይቀዋል። ማዘጋጃ ቤትዎ እዚህ ይመልስልዎታል።

privacy-request-staff =
    🗑 { $name } ({ $reference }) መረጃው ወይም መረጃዋ እንዲሰረዝ ይጠይቃል።
    ይሰርዙት፣ ወይም ማዘጋጃ ቤቱ ለምን ማስቀመጥ እንዳለበት ይናገሩ። { $name } መልስዎን በራሱ ቋንቋ ያነባል።
privacy-button-erase = 🗑 መረጃውን መሰረዝ
privacy-button-keep = 📜 ማስቀመጥ፦ ምክንያቱን ይናገሩ
privacy-button-back = ↩️ ተመለስ
privacy-request-decided = ለ{ $reference } የቀረበው ይህ ጥያቄ አስቀድሞ መልስ አግኝቷል።
privacy-erase-confirm =
    የ{ $reference } ({ $name }) መረጃ በሙሉ ይሰረዝ?
    ስሙ፣ መልሶቹ፣ የተጻፈው ሁሉ እና ቻቱ ይወገዳሉ። ይህ መመለስ አይቻልም። ጉዳዩ ይዘጋል፤ ስም የሌላቸው ቁጥሮች ብቻ ይቀራሉ።
privacy-button-erase-yes = ✅ አዎ፣ ይሰረዝ
privacy-erased-you = 🗑 የ{ $reference } መረጃ ተሰርዟል። ጉዳዩ ተዘግቷል።
privacy-erased-staff = 🗑 የ{ $reference } መረጃ በመኖሪያ ፈቃድ ባለቤቱ ጥያቄ በ{ $who } ተሰርዟል። ጉዳዩ ተዘግቷል።
privacy-erased-holder = 🗑 መረጃዎ ተሰርዟል። ይህ ቦት ከዚህ በኋላ መልእክት አይልክልዎትም። ጥያቄ አለዎት? በቀጥታ ማዘጋጃ ቤትዎን (gemeente) ያነጋግሩ።
privacy-keep-ask = ማዘጋጃ ቤቱ የ{ $reference } ({ $name }) መረጃ ለምን ማስቀመጥ አለበት? { $name } ይህን ምክንያት በራሱ ቋንቋ ያነባል።
privacy-keep-reason = { $reason ->
        [integration_duty] ማዘጋጃ ቤቱ ለውህደትዎ (inburgering) ያስፈልገዋል። ሕጉ (Wet inburgering 2021) ይህን ሥራ ለማዘጋጃ ቤቱ ሰጥቶታል።
        [archive_law] የመዛግብት ሕግ (Archiefwet) ማዘጋጃ ቤቱ ለተወሰነ ጊዜ ማስቀመጥ አለበት ይላል።
       *[legal_claim] ገና ላልተጠናቀቀ ተቃውሞ ወይም የፍርድ ቤት ጉዳይ ያስፈልጋል።
    }
privacy-kept-holder =
    📜 { $org } አሁን መረጃዎን በሙሉ መሰረዝ አይችልም።
    ምክንያቱ፦ { $reason }
    ጥያቄ አለዎት? የሚያነጋግሩትን ሰው ይጠይቁ። ለኔዘርላንድስ የመረጃ ጥበቃ ባለሥልጣን (Autoriteit Persoonsgegevens) ቅሬታ ማቅረብም ይችላሉ።
privacy-kept-staff = 📜 { $who } { $name } ({ $reference }) መረጃው እንዲሰረዝ ላቀረበው ጥያቄ መልስ ሰጥቷል፦ መረጃው ይቀመጣል። ምክንያቱ፦ { $reason }
privacy-kept-you = 📜 የ{ $reference } መረጃ ይቀመጣል። የመኖሪያ ፈቃድ ባለቤቱ ምክንያቱ ይነገረዋል፦ { $reason }

privacy-stop-ask =
    🔕 ከዚህ ቦት ከዚህ በኋላ መልእክት አይፈልጉም?
    የሚያነጋግሯቸውን ሰዎች እናሳውቃለን። መረጃዎን አሁንም ማየት ወይም ማሰረዝ ይችላሉ። እንደገና መልእክት ለማግኘት /start ይላኩ።
privacy-button-stop-yes = 🔕 አዎ፣ ይቁም
privacy-stopped-you = 🔕 ከዚህ ቦት ከዚህ በኋላ መልእክት አይደርስዎትም። የሚያነጋግሯቸውን ሰዎች አሳውቀናል። እንደገና መልእክት ለማግኘት /start ይላኩ።
privacy-stopped-hint = 🔕 የዚህን ቦት መልእክቶች አቁመዋል። እንደገና ለመጠቀም /start ይላኩ። /mydata መረጃዎን ያሳያል፣ /delete ይሰርዘዋል።
privacy-stopped-staff = 🔕 { $name } ({ $reference }) የዚህን ቦት መልእክቶች አቁሟል። ከዚህ በኋላ ምንም አይደርሰውም፣ ማስታወሻዎችም እንኳ። እባክዎ በሌላ መንገድ ያግኙት።
privacy-resumed-you = ✅ እንኳን ደህና መጡ። እንደገና መልእክት ይደርስዎታል።
privacy-resumed-staff = ✅ { $name } ({ $reference }) ከዚህ ቦት እንደገና መልእክት ያገኛል።
