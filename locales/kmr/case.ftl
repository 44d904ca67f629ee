# Opening a case, and the list of cases. Read by staff.

case-ask-name = Navê pêşîn an tîpên destpêkê yên xwediyê destûra rûniştinê çi ne? Ne navê tevahî.
case-ask-reference = Hejmara dosyayê ya saziya we ji bo vê dosyayê çi ye? Ne BSN an V-nummer.
case-ask-counterpart = Hûn di vê dosyayê de bi kîjan { $kind ->
        [coa] cihê COA
       *[gemeente] şaredariyê
    } re dixebitin?
case-no-counterpart-orgs = Hêj tu { $kind ->
        [coa] cihê COA
       *[gemeente] şaredarî
    } nehatiye tomarkirin. Ji rêveber bixwazin ku wê zêde bike. Dosya nehat vekirin.
case-ask-matching = Dîroka dabeşkirinê (koppeling) kengî ye? Li bişkokekê bitikînin, an dîrokekê binivîsin (mînak 30-03-2026).
case-ask-housing = Li gorî texmînê, xwediyê destûra rûniştinê kengî xaniyek distîne? Dîrokekê binivîsin (mînak 30-03-2026), an li bişkokê bitikînin.
case-confirm =
    Ev rast e?
    Xwediyê destûra rûniştinê: { $name }
    Hejmara dosyayê: { $reference }
    Hevkar: { $counterpart }
    Dabeşkirin: { $matching }
    Xanî (texmînî): { $housing }
case-opened = ✅ Dosyaya { $reference } hat vekirin.
case-holder-invite =
    Vexwendin ji bo { $name }. Vê koda QR nîşan bidin an lînkê bişînin. Lînk tenê carekê dixebite, heta { $expires }.
    { $link }
case-counterpart-invite =
    Vê lînkê ji kesê xwe yê têkiliyê li { $org } re bişînin, da ku beşdarî dosyaya { $reference } bibe. Lînk tenê carekê dixebite, heta { $expires }.
    { $link }
case-cancelled = Hat rawestandin. Tiştek nehat tomarkirin.
case-reference-taken = Saziya we hejmara dosyayê { $reference } jixwe bi kar tîne. Hejmareke din hilbijêrin.

button-org = { $org }
button-today = Îro
button-yesterday = Duh
button-housing-unknown = Hêj ne diyar e
button-open-case = ✅ Dosyayê vekin

error-text-empty = Ev bersiv vala ye. Dîsa biceribînin.
error-text-too-long = Ev pir dirêj e. Herî zêde { $max ->
        [one] yek tîp
       *[other] { $max } tîp
    } bi kar bînin.
error-looks-like-bsn = Ev dişibe BSN an V-nummer. Em wan tomar nakin. Hejmara dosyayê ya xwe an navê pêşîn bi kar bînin.
error-text-one-line = Tenê yek rêzê bi kar bînin, bê Enter.
error-expected-button = Li yek ji bişkokan bitikînin.
error-not-a-date = Ez vê dîrokê nas nakim. Bo nimûne 30-03-2026 binivîsin.
error-matching-in-future = Dabeşkirin nikare di pêşerojê de be.
error-matching-too-old = Ew dîrok ji sê salan zêdetir berê ye. Dîrokê kontrol bikin.
error-housing-before-matching = Xanî nikare berî dabeşkirinê be.
error-housing-in-past = Ew dîrok derbas bûye. Dîrokekê ji îro û pê ve hilbijêrin, an li “Hêj ne diyar e” bitikînin.

cases-list =
    { $count ->
        [one] Dosyayek:
       *[other] { $count } dosya:
    }
    { cases-legend }
    { $items }
cases-more = … û { $hidden } yên din.
cases-line = • { $reference } – { $name }{ $late }{ $meeting }{ $option }{ $holder }{ $housing }
cases-fact = {" "}· { $fact }
cases-fact-none = {""}
cases-late = ⚠️ lihevhatinên dereng: { $late }
cases-meeting = 📅 { $when }
cases-meeting-proposed = 📅 dem tê hilbijartin
cases-option = rê { $option }
cases-holder-invited = 👤 hatiye vexwendin
cases-holder-choosing = 👤 ziman hildibijêre
cases-legend = Yên herî bilez pêşî. ⚠️ dereng · 📅 hevdîtin · 👤 xwediyê destûra rûniştinê · 🏠 xaniyê tê hêvîkirin
cases-housing = 🏠 { $date }
cases-none = Hêj tu dosyayên vekirî tune ne.
