## መሰላት ወናኒ ፍቓድ መንበሪ (issue 14): ዝዕቀብ ምርኣይ (/mydata)፡ ክድምሰስ ምሕታት (/delete)፡
## ደጊም መልእኽቲ ዘይምቕባል (/stop)። ናብ ወናኒ ፍቓድ መንበሪ ዝኸዱ መልእኽትታት ብትሕትና (ንስኹም)፡
## ብሓጸርቲ ምሉኣት ሓሳባት፤ ናብ ሰራሕተኛታት ዝኸዱ ነቲ ጉዳይ ይጠቕሱ (ቁጽሪን ቀዳማይ ስምን)።

privacy-button-menu = 🔒 ሓበሬታኹም
privacy-menu =
    🔒 ሓበሬታኹም
    • ብዛዕባኹም እንዕቅቦ ኩሉ ርኣዩ።
    • ሓበሬታኹም ክድምሰስ ሕተቱ።
    • ካብዚ ቦት ደጊም መልእኽቲ ኣይትቐበሉ።
privacy-button-mydata = 📄 ሓበሬታይ ምርኣይ
privacy-button-delete = 🗑 ሓበሬታይ ምድምሳስ
privacy-button-stop = 🔕 ደጊም መልእኽቲ የለን
privacy-button-no = ↩️ ኣይፋል
privacy-never = ↩️ ሕራይ፡ ዝቕየር የለን።
privacy-staff = ነዚ ቦት ክሳብ እትጥቀሙሉ ስምኩም፡ ትካልኩምን እትሰርሕሉ ጉዳያትን ይዕቀብ። ኣመሓዳሪ ስርዓትኩም ተበጻሕነትኩም ከቋርጾ ይኽእል። ሕቶ ኣለኩም? ንሓላፊ ሓለዋ ሓበሬታ ትካልኩም ሕተቱ።
privacy-nothing-kept = ከም ወናኒ ፍቓድ መንበሪ ብዛዕባኹም ዝኾነ ሓበሬታ ኣይንዕቅብን። ካብ COA ወይ ካብ ምምሕዳር ከተማ (gemeente) ሊንክ ተቐቢልኩም ዲኹም? ከም ብሓድሽ ክፈትዎ።

privacy-mydata =
    🔒 ብዛዕባኹም እንዕቅቦ
    { $facts }

    📋 ኣብ መደብኩም ዘለዉ ስምምዓት:
    { $agreements }

    📅 ዘተታት:
    { $meetings }
    ንዝቐረቡ ግዜታት ዝሃብኩምዎ መልሲ: { $time_answers }

    📝 ንዘተ ንምድላው ዝሃብኩምዎ መልስታት:
    { $answers }

    ❓ ናትኩም ሕቶታት:
    { $own }

    👀 { $sharing }

    እቲ ኣብ ታሕቲ ዘሎ ፋይል ተመሳሳሊ ሓበሬታ ኣለዎ፡ ንኮምፒተር።
    /delete: ሓበሬታኹም ክድምሰስ ሕተቱ። /stop: ደጊም መልእኽቲ የለን።
privacy-mydata-file = 📄 ሓበሬታኹም (ፋይል ንኮምፒተር)
privacy-none = • (ዋላ ሓደ)
privacy-yes-no = { $value ->
        [yes] እወ
       *[no] ኣይፋል
    }
privacy-fact-name = • ስም: { $name }
privacy-fact-reference = • ቁጽሪ ፋይል: { $reference }
privacy-fact-orgs = • COA: { $coa } · ምምሕዳር ከተማ: { $gemeente }
privacy-fact-language = • ቋንቋ: { language-name }
privacy-fact-matching = • ምስ ምምሕዳር ከተማ ዝተኣሳሰረሉ ዕለት: { $date }
privacy-fact-housing = • ዕለት ምግዓዝ: { $date }
privacy-fact-joined = • ኣብዚ ቻት ካብ: { $date }
privacy-fact-notice = • መግለጺ ሓለዋ ሓበሬታ ዘንበብኩምሉ ዕለት: { $date }
privacy-fact-closed = • ሓገዝ ዝተወደኣሉ ዕለት: { $date }
privacy-fact-stopped = • መልእኽቲ ደው ዘበልኩምሉ ዕለት: { $date }
privacy-meeting = • { $when } · { $place } · { $status ->
        [confirmed] ተመዲቡ
        [held] ተገይሩ
        [absent] ሓደ ሰብ ኣይመጸን
        [cancelled] ተሰሪዙ
       *[proposed] ግዜታት ቀሪቡ
    }
privacy-meeting-proposed = • { $place } · ግዜታት ቀሪቡ
privacy-own-question = • { $text }
privacy-sharing = ምስ ናይ ርክብ ሰባትኩም ዝተኻፈለ: መልስታትኩም { $answers }፡ ሕቶታትኩም { $questions }።

privacy-delete-ask =
    🗑 ሓበሬታኹም ይደምሰስ ድዩ?
    ምምሕዳር ከተማኹም ስምኩም፡ መልስታትኩምን ዝጸሓፍኩምዎ ኩሉን ክድምስስ ንሓትት።
    ሓደ ሓደ ግዜ ሕጊ፡ ምምሕዳር ከተማ ገለ ነገር ክዕቅብ ኣለዎ ይብል። ሽዑ ምምሕዳር ከተማ ስለምንታይ ምዃኑ ይነግረኩም።
    መልሲ ኣብዚ ትቕበሉ።
privacy-button-delete-yes = 🗑 እወ፡ ክድምሰስ ሕተቱ
privacy-delete-asked = ✅ ምምሕዳር ከተማኹም ሓበሬታኹም ክድምስስ ተሓቲቱ። መልሲ ኣብዚ ትቕበሉ።
privacy-delete-pending = ⏳ ድሮ ሓቲትኩም ኢኹም። ምምሕዳር ከተማኹም ኣብዚ ክምልሰልኩም እዩ።

privacy-request-staff =
    🗑 { $name } ({ $reference }) ሓበሬታኡ ወይ ሓበሬታኣ ክድምሰስ ይሓትት።
    ደምስስዎ፡ ወይ ምምሕዳር ከተማ ስለምንታይ ክዕቅቦ ከም ዘለዎ ንገሩ። { $name } መልስኹም ብቋንቋኡ የንብቦ።
privacy-button-erase = 🗑 ሓበሬታ ምድምሳስ
privacy-button-keep = 📜 ዕቀቡ: ምኽንያት ንገሩ
privacy-button-back = ↩️ ንድሕሪት
privacy-request-decided = እዚ ሕቶ ንናይ { $reference } ድሮ መልሲ ተዋሂብዎ እዩ።
privacy-erase-confirm =
    ኩሉ ሓበሬታ ናይ { $reference } ({ $name }) ይደምሰስ ድዩ?
    ስም፡ መልስታት፡ ዝተጻሕፈ ኩሉን እቲ ቻትን ይጠፍእ። እዚ ክምለስ ኣይክእልን። እቲ ጉዳይ ይዕጾ፤ ስም ዘይብሎም ኣሃዛት ጥራይ ይተርፉ።
privacy-button-erase-yes = ✅ እወ፡ ደምስሱ
privacy-erased-you = 🗑 ሓበሬታ ናይ { $reference } ተደምሲሱ። እቲ ጉዳይ ተዓጽዩ።
privacy-erased-staff = 🗑 ሓበሬታ ናይ { $reference } ብሕቶ ወናኒ ፍቓድ መንበሪ ብ { $who } ተደምሲሱ። እቲ ጉዳይ ተዓጽዩ።
privacy-erased-holder = 🗑 ሓበሬታኹም ተደምሲሱ። እዚ ቦት ደጊም መልእኽቲ ኣይልእከልኩምን እዩ። ሕቶ ኣለኩም? ብቐጥታ ምስ ምምሕዳር ከተማኹም (gemeente) ተራኸቡ።
privacy-keep-ask = ምምሕዳር ከተማ ስለምንታይ ሓበሬታ ናይ { $reference } ({ $name }) ክዕቅብ ኣለዎ? { $name } ነዚ ምኽንያት ብቋንቋኡ የንብቦ።
privacy-keep-reason = { $reason ->
        [integration_duty] ምምሕዳር ከተማ ንምውህሃድኩም (inburgering) የድልዮ እዩ። ሕጊ (Wet inburgering 2021) ነዚ ዕማም ንምምሕዳር ከተማ ሂብዎ።
        [archive_law] ሕጊ መዛግብቲ (Archiefwet) ምምሕዳር ከተማ ንሓደ እዋን ክዕቅቦ ኣለዎ ይብል።
       *[legal_claim] ንሓደ ገና ዘይተወደአ ተቓውሞ ወይ ጉዳይ ቤት ፍርዲ የድሊ እዩ።
    }
privacy-kept-holder =
    📜 { $org } ሕጂ ኩሉ ሓበሬታኹም ክድምስስ ኣይክእልን።
    ስለምንታይ: { $reason }
    ሕቶ ኣለኩም? ንናይ ርክብ ሰብኩም ሕተቱ። ናብ ትካል ሓለዋ ሓበሬታ ሆላንድ (Autoriteit Persoonsgegevens) ጥርዓን ከተቕርቡ'ውን ትኽእሉ ኢኹም።
privacy-kept-staff = 📜 { $who } ንሕቶ { $name } ({ $reference }) ብዛዕባ ምድምሳስ ሓበሬታ መልሲ ሂቡ: እቲ ሓበሬታ ይዕቀብ። ምኽንያት: { $reason }
privacy-kept-you = 📜 ሓበሬታ ናይ { $reference } ይዕቀብ። ወናኒ ፍቓድ መንበሪ ምኽንያቱ ይንገሮ: { $reason }

privacy-stop-ask =
    🔕 ካብዚ ቦት ደጊም መልእኽቲ ክትቅበሉ ኣይትደልዩን ዲኹም?
    ናይ ርክብ ሰባትኩም ክፍለጦም እዩ። ሓበሬታኹም ክትርእዩ ወይ ከተደምስሱ ገና ትኽእሉ ኢኹም። ከም ብሓድሽ መልእኽቲ ንምቕባል /start ስደዱ።
privacy-button-stop-yes = 🔕 እወ፡ ደው ኣብሉ
privacy-stopped-you = 🔕 ካብዚ ቦት ደጊም መልእኽቲ ኣይክትቕበሉን ኢኹም። ናይ ርክብ ሰባትኩም ይፈልጡ እዮም። ከም ብሓድሽ መልእኽቲ ንምቕባል /start ስደዱ።
privacy-stopped-hint = 🔕 መልእኽቲ ናይዚ ቦት ደው ኣቢልኩምዎ ኣለኹም። ከም ብሓድሽ ንምጥቃሙ /start ስደዱ። /mydata ሓበሬታኹም የርኢ፡ /delete ይድምስሶ።
privacy-stopped-staff = 🔕 { $name } ({ $reference }) መልእኽቲ ናይዚ ቦት ደው ኣቢሉ። ደጊም ዋላ ሓንቲ ኣይበጽሖን፡ መዘኻኸሪ'ውን። በጃኹም ብኻልእ መንገዲ ተራኸብዎ።
privacy-resumed-you = ✅ እንቋዕ ብደሓን ተመለስኩም። ከም ብሓድሽ መልእኽቲ ክትቕበሉ ኢኹም።
privacy-resumed-staff = ✅ { $name } ({ $reference }) ከም ብሓድሽ ካብዚ ቦት መልእኽቲ ይቕበል ኣሎ።
