# The status holder's first steps. Plain language: short sentences, everyday words.

holder-privacy-notice =
    🔒 የእርስዎ መረጃ
    የምናስቀምጠው ይህን ብቻ ነው፦ የመጀመሪያ ስምዎን፣ የፋይል ቁጥሩን፣ ቋንቋዎን እና ወደ ማዘጋጃ ቤቱ (gemeente) ስለሚዛወሩበት የተደረጉ ስምምነቶችን።
    ይህን ማን ያያል? በCOA እና በማዘጋጃ ቤቱ የሚያነጋግሩት ሰው።
    ለምን? ማዘጋጃ ቤቱ በውህደት (inburgering) ይረዳዎታል። ይህ በሕግ የተሰጠው ሥራው ነው።
    ስለ ጤናዎ፣ ሃይማኖትዎ ወይም ብሔርዎ አንጠይቅም።
    ምን እንደምናስቀምጥ ሁልጊዜ መጠየቅ ይችላሉ። እንዲሰረዝም መጠየቅ ይችላሉ። የሚያነጋግሩትን ሰው ይጠይቁ።
button-privacy-ok = ✅ ገብቶኛል
holder-overview =
    👋 እንኳን ደህና መጡ!
    በCOA የሚያነጋግሩት ሰው፦ { $coa_contact } ({ $coa })
    በማዘጋጃ ቤት (gemeente) የሚያነጋግሩት ሰው፦ { $gemeente_contact } ({ $gemeente })

    አሁን ምን ይሆናል?
    1. ማዘጋጃ ቤቱ ከእርስዎ እና ከCOA ጋር ሆኖ ውህደትዎ (inburgering) እንዴት እንደሚጀምር ይመርጣል።
    2. ከእርስዎ፣ ከCOA እና ከማዘጋጃ ቤቱ ጋር የሦስትዮሽ ውይይት (driegesprek) ሲኖር እዚህ መልእክት ይደርስዎታል።
    3. ይህን እንደገና ለማየት /menu ይጻፉ።
holder-joined-staff = ✅ { $name } (ጉዳይ { $reference }) አሁን ተቀላቅለዋል፤ በ{ language-name } ያነባሉ።
