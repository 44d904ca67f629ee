# The status holder's first steps. Plain language: short sentences, everyday words.

holder-privacy-notice-v2 =
    🔒 የእርስዎ መረጃ

    ምን እናስቀምጣለን?
    • የመጀመሪያ ስምዎን።
    • የCOA ወይም የማዘጋጃ ቤቱ (gemeente) የፋይል ቁጥር።
    • ቋንቋዎን።
    • ስለ መዛወርዎ የተደረጉ ስምምነቶችን።
    • በኋላ፣ እርስዎ ከፈለጉ ብቻ፦ ለውይይቱ ለመዘጋጀት የሰጡትን መልሶች እና ጥያቄዎችዎን።

    ይህን ማን ያያል?
    በCOA እና በማዘጋጃ ቤቱ የሚያነጋግሩት ሰው።
    መልሶችዎን እና ጥያቄዎችዎን የሚያዩት እርስዎ "አዎ" ካሉ ብቻ ነው። ይህን ሁልጊዜ ማቆም ይችላሉ።

    ለምን?
    ማዘጋጃ ቤቱ በውህደት (inburgering) ይረዳዎታል። ይህ በሕግ የተሰጠው ሥራው ነው።

    ስለ ጤናዎ፣ ሃይማኖትዎ ወይም ብሔርዎ ዝርዝር በፍጹም አንጠይቅም።
    ስለ ጤና ወይም እንክብካቤ መነጋገር ይፈልጉ እንደሆነ ልንጠይቅዎ እንችላለን። እርስዎ ይመርጣሉ። ምን እንደሆነ መናገር በፍጹም አይገደዱም።

    የምናስቀምጠውን ሁልጊዜ ማየት ይችላሉ፦ /mydata። እንድንሰርዘው መጠየቅ ይችላሉ፦ /delete።
button-privacy-ok = ✅ ገብቶኛል
holder-overview-v2 =
    👋 እንኳን ደህና መጡ!
    በCOA የሚያነጋግሩት ሰው፦ { $coa_contact } ({ $coa })
    በማዘጋጃ ቤት (gemeente) የሚያነጋግሩት ሰው፦ { $gemeente_contact } ({ $gemeente })

    { $next }

    ይህን እንደገና ለማየት /menu ይጻፉ።
holder-next-fresh =
    አሁን ምን ይሆናል?
    1. ማዘጋጃ ቤቱ ከእርስዎ እና ከCOA ጋር ሆኖ ውህደትዎ (inburgering) እንዴት እንደሚጀምር ይመርጣል።
    2. ከእርስዎ፣ ከCOA እና ከማዘጋጃ ቤቱ ጋር የሦስትዮሽ ውይይት (driegesprek) ሲኖር እዚህ መልእክት ይደርስዎታል።
holder-next-none = 📅 እስካሁን የታቀደ ውይይት የለም። ውይይት ሲኖር እዚህ መልእክት ይደርስዎታል።
holder-next-choosing = 📅 ለውይይትዎ ጊዜ እየፈለግን ነው። ጊዜዎች ያሉት መልእክት እዚህ ይደርስዎታል (ወይም ቀድሞ ደርሶዎታል)። በዚያ መልእክት የሚመችዎትን ጊዜዎች ይምረጡ።
holder-next-meeting =
    📅 ውይይት፦ { $at }
    { $where }
holder-next-bring =
    🎒 ወደ ውይይቱ ይዘው ይምጡ፦
    { $items }
holder-next-bring-all = 🎒 ሁሉም ወረቀቶችዎ ለውይይቱ ዝግጁ ናቸው። 👍
holder-next-task =
    ✏️ ቀጣዩ ሥራዎ፦ { $what }
    መቼ፦ { $due }
holder-joined-staff = ✅ { $name } (ጉዳይ { $reference }) አሁን ተቀላቅለዋል፤ በ{ language-name } ያነባሉ።
holder-not-text = 🎤 የድምፅ መልእክቶችን ማዳመጥ ወይም ፎቶዎችን ማየት አልችልም። አንድ ቁልፍ ይጫኑ። ጥያቄ አለዎት? ለሚያነጋግሩት ሰው ይደውሉ ወይም ይጻፉ።
holder-use-buttons = 👇 አንድ ቁልፍ ይጫኑ። ጥያቄ አለዎት? የሚያነጋግሩትን ሰው ይጠይቁ።
button-menu-home = 🏠 ምናሌ
