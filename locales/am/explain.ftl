## Explainers (issue 15): the terms of the handover in plain words, at most about 60 words each:
## what it is, who does it, what it means for you, whether it is required. Written from the
## domain brief only; no legal advice. The Dutch term stays in brackets so people can say it.

explain-button-how = ❓ ይህ እንዴት ይሠራል?
explain-button-all = 📚 ሁሉም ማብራሪያዎች
explain-button-send = ❓ ማብራሪያ ይላኩ
explain-list = 📚 ምን ማለት ነው? አንድ ቃል ይጫኑ።
explain-button = ❓ { $term ->
        [handover] ይህ እንዴት ይሠራል?
        [fast_start] አቀራረብ 1 · ፈጣን ጅምር
        [combined] አቀራረብ 2 · የተጣመረ
        [after_housing] አቀራረብ 3 · ከመዛወር በኋላ
        [broad_intake] ሰፊ የመግቢያ ቃለ መጠይቅ
        [learnability] የመማር ችሎታ ፈተና
        [pip] የግል ዕቅድ (PIP)
        [b1_route] የB1 መንገድ
        [education_route] የትምህርት መንገድ
        [z_route] የZ መንገድ
        [knm] KNM
        [map] MAP
        [participation] የተሳትፎ መግለጫ
        [client_profile] የደንበኛ መገለጫ
       *[coa_programme] COA ፕሮግራም
    }
explain-handover =
    ❓ ይህ እንዴት ይሠራል?
    1. COA እና ማዘጋጃ ቤትዎ (gemeente) አብረው ከእርስዎ ጋር ይነጋገራሉ። ይህ የሦስትዮሽ ውይይት (driegesprek) ነው። በቪዲዮ ወይም በስልክም ሊሆን ይችላል።
    2. ማን ምን እና መቼ እንደሚያደርግ አብረው ይስማማሉ። ይህ የእርስዎ ዕቅድ ነው።
    3. ይህ ቦት ሁሉንም ያስታውሳል። ዕቅዱን በቋንቋዎ ያሳይዎታል።
    በCOA የሚያነጋግሩት ሰው: { $coa }
    በማዘጋጃ ቤት የሚያነጋግሩት ሰው: { $gemeente }
explain-text = { $term ->
        [fast_start] አቀራረብ 1 · ፈጣን ጅምር: ከማዘጋጃ ቤቱ ጋር ያለዎት ውህደት (inburgering) አሁን ይጀምራል፤ ገና በazc እየኖሩ ሳሉ። ማዘጋጃ ቤቱ ትምህርቶችዎን ያዘጋጃል። ትምህርቶቹ ከተዛወሩ በኋላም ይቀጥላሉ። በCOA ፕሮግራም አይሳተፉም።
        [combined] አቀራረብ 2 · የተጣመረ: ማዘጋጃ ቤቱ አሁኑኑ በazc ከእርስዎ ጋር ይነጋገራል፤ ይህ ሰፊ የመግቢያ ቃለ መጠይቅ (brede intake) ነው። ትምህርቶችዎ ከተዛወሩ በኋላ ይጀምራሉ። እስከዚያ ድረስ በCOA ፕሮግራም መሳተፍ ይችላሉ።
        [after_housing] አቀራረብ 3 · ከመዛወር በኋላ መጀመር: ከማዘጋጃ ቤቱ ጋር ያለው ሁሉ የሚጀምረው ወደ አዲሱ ቤትዎ ከተዛወሩ በኋላ ነው። እስከዚያ ድረስ በCOA ፕሮግራም መሳተፍ ይችላሉ።
        [broad_intake] ሰፊ የመግቢያ ቃለ መጠይቅ (brede intake): ስለ እርስዎ ከማዘጋጃ ቤቱ ጋር የሚደረግ ውይይት፦ ትምህርት፣ ሥራ፣ ቤተሰብ እና ጤና። የመማር ችሎታ ፈተናም አለ። መሳተፍ ግዴታ ነው። ከሁለት ጥሪ በኋላ ካልመጡ ቅጣት ሊጣልብዎ ይችላል።
        [learnability] የመማር ችሎታ ፈተና (leerbaarheidstoets): እርስዎ እንዴት እንደሚማሩ የሚያይ አጭር ፈተና። የሰፊው የመግቢያ ቃለ መጠይቅ አካል ነው። ማዘጋጃ ቤቱ ለእርስዎ የሚስማማውን መንገድ እንዲመርጥ ይረዳል።
        [pip] የግል ዕቅድ (PIP): ማዘጋጃ ቤቱ የውህደት ዕቅድዎን ይጽፋል፤ መንገድዎን (የB1 መንገድ፣ የትምህርት መንገድ ወይም የZ መንገድ) እና ሌላ የሚያደርጉትን። መጀመሪያ ስለ እሱ ይነጋገራሉ። የ3 ዓመት ውህደትዎ የሚጀምረው ከመጀመሪያው PIPዎ ቀጥሎ ባለው ቀን ነው።
        [b1_route] የB1 መንገድ: ደች እስከ B1 ደረጃ ይማራሉ፤ ለሥራም ይዘጋጃሉ። ማዘጋጃ ቤቱ መንገዱን ከእርስዎ ጋር በግል ዕቅድዎ (PIP) ውስጥ ይመርጣል።
        [education_route] የትምህርት መንገድ (onderwijsroute): ለወጣቶች። በኔዘርላንድስ ትምህርት ቤት ለመግባት ወይም ለመማር ደች ይማራሉ። በግል ዕቅድዎ (PIP) ውስጥ ይመረጣል።
        [z_route] የZ መንገድ: የB1 ደረጃ በጣም ለሚከብዳቸው ሰዎች። ደች እና በዕለት ተዕለት ሕይወት ራስዎን እንዴት እንደሚችሉ ይማራሉ። በግል ዕቅድዎ (PIP) ውስጥ ይመረጣል።
        [knm] KNM (የኔዘርላንድስ ማኅበረሰብ ዕውቀት): በኔዘርላንድስ ስላለው ሕይወት ትምህርቶች፦ የጤና እንክብካቤ፣ ሥራ፣ ትምህርት ቤት፣ መኖሪያ ቤት እና ሕግ። የውህደትዎ አካል ነው።
        [map] MAP (የሥራ ገበያ እና ተሳትፎ): በኔዘርላንድስ ሥራ እንዴት እንደሚሠራ እና ሥራ እንዴት እንደሚያገኙ ይማራሉ። የውህደትዎ አካል ነው።
        [participation] የተሳትፎ መግለጫ (participatieverklaring): እንደ ነጻነት እና እኩልነት ያሉ የኔዘርላንድስ መሠረታዊ እሴቶችን ይማራሉ። ከዚያም መግለጫ ይፈርማሉ። የውህደትዎ አካል ነው።
        [client_profile] የደንበኛ መገለጫ (klantprofiel): COA ስለ እርስዎ የሚጽፈው፦ ትምህርት፣ ሥራ፣ ፍላጎቶች፣ ቤተሰብ እና ቋንቋ። COA ይህን ለማዘጋጃ ቤትዎ ይሰጣል፤ ስለዚህ ሁሉንም ነገር እንደገና መናገር አያስፈልግዎትም።
       *[coa_programme] COA ፕሮግራም: በazc እየጠበቁ ሳሉ COA የደች ቋንቋ ትምህርት፣ ስለ ኔዘርላንድስ መረጃ እና ድጋፍ ያቀርባል። ለመሳተፍ ወይም ላለመሳተፍ እርስዎ ይመርጣሉ። ማዘጋጃ ቤቱ የሚያዘጋጀው ቅድሚያ አለው።
    }
explain-pick = ለ{ $name } ({ $reference }) የትኛውን ማብራሪያ መላክ ይፈልጋሉ? በራሳቸው ቋንቋ ይደርሳቸዋል።
explain-sent = ✅ ለ{ $reference } የመኖሪያ ፈቃድ ባለቤት ተልኳል።
explain-no-holder = የ{ $reference } የመኖሪያ ፈቃድ ባለቤት ገና አልተቀላቀሉም።
explain-sent-holder =
    { $who } ማብራሪያ ልከውልዎታል፦

    { $text }
