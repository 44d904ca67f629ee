## Explainers (issue 15): the terms of the handover in plain words, at most about 60 words each:
## what it is, who does it, what it means for you, whether it is required. Written from the
## domain brief only; no legal advice. The Dutch term stays in brackets so people can say it.

explain-button-how = ❓ እዚ ብኸመይ ይሰርሕ?
explain-button-all = 📚 ኩሉ መብርሂታት
explain-button-send = ❓ መብርሂ ስደዱ
explain-list = 📚 እንታይ ማለት እዩ? ኣብ ሓደ ቃል ጠውቑ።
explain-button = ❓ { $term ->
        [handover] እዚ ብኸመይ ይሰርሕ?
        [fast_start] ኣገባብ 1 · ቅልጡፍ ጅማሮ
        [combined] ኣገባብ 2 · ሓባራዊ
        [after_housing] ኣገባብ 3 · ድሕሪ ምግዓዝ
        [broad_intake] ሰፊሕ ቃለ-መሕትት
        [learnability] ፈተና ናይ ምምሃር ክእለት
        [pip] ውልቃዊ መደብ (PIP)
        [b1_route] መስመር B1
        [education_route] መስመር ትምህርቲ
        [z_route] መስመር Z
        [knm] KNM
        [map] MAP
        [participation] መግለጺ ተሳትፎ
        [client_profile] ፕሮፋይል ተገልጋሊ
       *[coa_programme] ፕሮግራም COA
    }
explain-handover =
    ❓ እዚ ብኸመይ ይሰርሕ?
    1. COA ከምኡ'ውን ምምሕዳር ከተማኹም (gemeente) ብሓባር ምሳኹም ይዛረቡ። እዚ ናይ ሰለስተ ወገን ዘተ (driegesprek) እዩ። ብቪድዮ ወይ ብተሌፎን'ውን ክኸውን ይኽእል።
    2. መን እንታይ ከም ዝገብርን መዓስን ብሓባር ትሰማምዑ። እዚ መደብኩም እዩ።
    3. እዚ ቦት ንኹሉ የዘኻኽር። ነቲ መደብ ብቋንቋኹም የርእየኩም።
    ናይ ርክብ ሰብኩም ኣብ COA: { $coa }
    ናይ ርክብ ሰብኩም ኣብ ምምሕዳር ከተማ: { $gemeente }
explain-text = { $term ->
        [fast_start] ኣገባብ 1 · ቅልጡፍ ጅማሮ: ምውህሃድኩም (inburgering) ምስ ምምሕዳር ከተማ ሕጂ ይጅምር፡ ገና ኣብ azc እናተቐመጥኩም ከለኹም። ምምሕዳር ከተማ ትምህርትታትኩም የዳሉ። ድሕሪ ምግዓዝኩም'ውን ይቕጽሉ። ኣብ ፕሮግራም COA ኣይትሳተፉን ኢኹም።
        [combined] ኣገባብ 2 · ሓባራዊ: ምምሕዳር ከተማ ኣብ azc ከለኹም ምሳኹም ይዛረብ: ሰፊሕ ቃለ-መሕትት (brede intake)። ትምህርትታትኩም ድሕሪ ምግዓዝኩም ይጅምሩ። ክሳብ ሽዑ ኣብ ፕሮግራም COA ክትሳተፉ ትኽእሉ ኢኹም።
        [after_housing] ኣገባብ 3 · ድሕሪ ምግዓዝ ምጅማር: ምስ ምምሕዳር ከተማ ዘሎ ኩሉ ነገር ናብ ሓድሽ ገዛኹም ምስ ገዓዝኩም ይጅምር። ክሳብ ሽዑ ኣብ ፕሮግራም COA ክትሳተፉ ትኽእሉ ኢኹም።
        [broad_intake] ሰፊሕ ቃለ-መሕትት (brede intake): ምስ ምምሕዳር ከተማ ብዛዕባኹም ዝግበር ዘተ: ትምህርቲ፡ ስራሕ፡ ስድራ ከምኡ'ውን ጥዕና። ፈተና ናይ ምምሃር ክእለት'ውን ኣሎ። ክትሳተፉ ግድን እዩ። ድሕሪ ክልተ ዕድመ እንተ ዘይመጺኹም፡ ገንዘባዊ መቕጻዕቲ ክወሃበኩም ይኽእል።
        [learnability] ፈተና ናይ ምምሃር ክእለት (leerbaarheidstoets): ብኸመይ ከም እትመሃሩ ዝርኢ ሓጺር ፈተና። ክፋል ናይ ሰፊሕ ቃለ-መሕትት እዩ። ምምሕዳር ከተማ ንዓኹም ዝሰማማዕ መስመር ንኽመርጽ ይሕግዝ።
        [pip] ውልቃዊ መደብ (PIP): ምምሕዳር ከተማ መደብ ምውህሃድኩም ይጽሕፍ: መስመርኩም (መስመር B1፡ መስመር ትምህርቲ ወይ መስመር Z) ከምኡ'ውን ካልእ እትገብርዎ። መጀመርታ ብዛዕባኡ ትዘራረቡ። 3 ዓመት ምውህሃድኩም ኣብታ ድሕሪ ቀዳማይ PIP ዘላ መዓልቲ ይጅምር።
        [b1_route] መስመር B1: ሆላንድኛ ክሳብ ደረጃ B1 ትመሃሩ፡ ከምኡ'ውን ስራሕ ንምርካብ ትሰርሑ። ምምሕዳር ከተማ ነቲ መስመር ምሳኹም ኣብ ውልቃዊ መደብኩም (PIP) ይመርጾ።
        [education_route] መስመር ትምህርቲ (onderwijsroute): ንመንእሰያት። ኣብ ሆላንድ ናብ ቤት ትምህርቲ ንምኻድ ወይ ንምምሃር ሆላንድኛ ትመሃሩ። ኣብ ውልቃዊ መደብኩም (PIP) ይምረጽ።
        [z_route] መስመር Z: ደረጃ B1 ኣዝዩ ዝኸብዶም ሰባት። ሆላንድኛን ኣብ መዓልታዊ ህይወት ብኸመይ ባዕልኹም ከም እትመሓደሩን ትመሃሩ። ኣብ ውልቃዊ መደብኩም (PIP) ይምረጽ።
        [knm] KNM (ፍልጠት ሕብረተሰብ ሆላንድ): ብዛዕባ ህይወት ኣብ ሆላንድ ትምህርቲ: ክንክን ጥዕና፡ ስራሕ፡ ቤት ትምህርቲ፡ መንበሪ ገዛ ከምኡ'ውን ሕጊ። ክፋል ምውህሃድኩም እዩ።
        [map] MAP (ዕዳጋ ስራሕን ተሳትፎን): ኣብ ሆላንድ ስራሕ ብኸመይ ከም ዝኸይድን ብኸመይ ስራሕ ከም እትረኽቡን ትመሃሩ። ክፋል ምውህሃድኩም እዩ።
        [participation] መግለጺ ተሳትፎ (participatieverklaring): ብዛዕባ መሰረታዊ ክብርታት ሆላንድ ትመሃሩ፡ ከም ናጽነትን ማዕርነትን። ድሕሪኡ ሓደ መግለጺ ትፍርሙ። ክፋል ምውህሃድኩም እዩ።
        [client_profile] ፕሮፋይል ተገልጋሊ (klantprofiel): COA ብዛዕባኹም ዝጽሕፎ: ትምህርቲ፡ ስራሕ፡ ድሌታት፡ ስድራ ከምኡ'ውን ቋንቋ። COA ነዚ ናብ ምምሕዳር ከተማኹም ይህቦ፡ ስለዚ ኩሉ ነገር ደጊምኩም ክትነግሩ ኣየድልየኩምን።
       *[coa_programme] ፕሮግራም COA: ኣብ azc እናተጸበኹም ከለኹም፡ COA ትምህርቲ ሆላንድኛ፡ ሓበሬታ ብዛዕባ ሆላንድ ከምኡ'ውን ምኽሪ የቕርብ። ክትሳተፉ ወይ ከይትሳተፉ ባዕልኹም ትመርጹ። እቲ ምምሕዳር ከተማ ዘዳልዎ ቀዳምነት ኣለዎ።
    }
explain-pick = ኣየናይ መብርሂ ናብ { $name } ({ $reference }) ክትሰዱ ትደልዩ? ብገዛእ ቋንቋኦም ይበጽሖም።
explain-sent = ✅ ናብ ወናኒ ፍቓድ መንበሪ ናይ { $reference } ተላኢኹ።
explain-no-holder = ወናኒ ፍቓድ መንበሪ ናይ { $reference } ገና ኣይተጸንበረን።
explain-sent-holder =
    { $who } መብርሂ ሰዲዱልኩም:

    { $text }
