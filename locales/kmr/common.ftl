# Shared messages: errors, menus, languages, commands.
# Staff read Dutch; status holders read their own language. Keep sentences short.

error-internal = Li aliyê me tiştek xelet çû. Piştî çend deqeyan dîsa biceribînin.
error-not-saved = Tiştek nehat tomarkirin: bot niha nikare tiştekî tomar bike. Paşê dîsa biceribînin.
error-unknown-command = Ez vê fermanê nas nakim. Ji bo ku hûn bibînin çi dibe, /menu binivîsin.
error-edited-ignored = We peyamek guhert. Ez tenê peyamên nû dixwînim. Heke divê tiştek biguhere, bersiva xwe dîsa bişînin.
error-button-stale = Ev bişkok êdî naxebite. Ji bo berdewamiyê /menu binivîsin.
error-staff-only = Tenê karmendên COA an şaredariyê dikarin vê bikin.
error-not-on-case = Hûn ne beşek ji vê dosyayê ne. Tiştek nehat guhertin.
error-expected-text = Ez tenê dikarim nivîsê bixwînim. Bersiva xwe wek peyam binivîsin.
error-not-text-menu = Ez tenê dikarim nivîs û bişkokan bixwînim. Ji bo berdewamiyê /menu binivîsin.
hint-use-menu = Li bişkokekê bitikînin, an /menu binivîsin da ku hûn bibînin çi dibe.
stranger-welcome = Silav! Ev bot di derbasbûna ji COA bo şaredariyê (gemeente) de alîkarî dike (warme overdracht). Ji we re lînkeke vexwendinê ji kesê we yê têkiliyê li COA an şaredariyê lazim e.
cancel-nothing = Niha tiştek tune ku were rawestandin.
group-only-command = Ev tenê di komê de dixebite.
private-only-command = Ev tenê di axaftineke taybet bi min re dixebite.

invite-unknown = Ez vê lînkê nas nakim. Ji kesê xwe yê têkiliyê lînkeke nû bixwazin.
invite-expired = Dema vê lînkê derbas bûye. Ji kesê xwe yê têkiliyê lînkeke nû bixwazin.
invite-used = Ev lînk berê hatiye bikaranîn. Ji kesê xwe yê têkiliyê lînkeke nû bixwazin.
invite-holder-not-for-you = Ev lînk ji bo xwediyê destûra rûniştinê ye. Hûn jixwe li cem vê botê hene, ji ber vê tiştek nehat guhertin.
invite-staff-not-for-you = Ev lînk ji bo karmendan e. Tiştek nehat guhertin.
invite-other-org = Ev lînk ji bo karmendên saziyeke din e. Tiştek nehat guhertin.

staff-joined = Bi xêr hatin! Hûn wek karmendê { $org } ({ $kind ->
        [coa] COA
       *[gemeente] şaredarî
    }) hatin tomarkirin. Ji bo destpêkirinê /menu binivîsin.
staff-already = Hûn jixwe wek karmend hatine tomarkirin. Ji bo berdewamiyê /menu binivîsin.
staff-joined-case = { $name } ({ $org }) niha beşdarî dosyaya { $reference } dibe.
staff-joined-this-case =
    ✅ Hûn niha beşdarî dosyaya { $reference } ({ $name }) dibin. /plan planê nîşan dide, /meet hevdîtinê plan dike.
    { $others }
# Who else works on the case a staff member just joined (issue 12).
staff-joined-with =
    Her wiha li ser vê dosyayê:
    { $people }
staff-joined-person = • { $who } ({ $org })
staff-joined-first = Hûn xebatkarê yekem ê vê dosyayê ne.

menu-staff = { $name }, { $org }
    { $cases ->
        [0] Hûn hêj di tu dosyayê de beşdar nînin.
        [one] Hûn di dosyayekê de beşdar in.
       *[other] Hûn di { $cases } dosyayan de beşdar in.
    }
help-staff =
    Wiha dixebite:
    • /newcase dosyayeke nû vedike. Ez her carê tenê pirsekê dipirsim.
    • /cases dosyayên saziya we nîşan dide.
    • /menu nîşan dide ku hûn li ku ne û çi vekirî ye.
    • /plan plan û lihevhatinên dosyayekê nîşan dide.
    • /meet hevdîtina sê alî plan dike.
    • /prepare amadekariya hevdîtinê nîşan dide.
    • /language zimanê we hildibijêre.
    • /cancel tiştê ku hûn niha dikin radiwestîne.
    Min li koma tîma xwe zêde bikin: { $group_link }
    Paşê di komê de /link binivîsin.
help-holder =
    Alîkarî:
    • /menu nîşan dide kesên we yên têkiliyê kî ne û niha çi diqewime.
    • /plan plana we û lihevhatinan nîşan dide.
    • /prepare ji we re dibe alîkar ku hûn xwe ji bo hevdîtinê amade bikin.
    • /language zimanekî din hildibijêre.
    • /mydata nîşan dide ka em çi li ser we tomar dikin. /delete dixwaze ku ew were jêbirin. /stop: êdî peyam na.
    Pirsên we hene? Ji kesê xwe yê têkiliyê li COA an şaredariyê (gemeente) bipirsin.

language-choose = 🌐 Zimanê xwe hilbijêrin.
# Before anyone chose a language: the same prompt in every script the bot offers (issue 15),
# never one language alone. Each line is that locale's own `language-choose`.
language-choose-any =
    🌐 👇
    اختر لغتك.
    ቋንቋኹም ምረጹ።
    Dilinizi seçin.
    Zimanê xwe hilbijêrin.
    زبان خود را انتخاب کنید.
    Dooro luqaddaada.
    زمانەکەتان هەڵبژێرن.
    خپله ژبه وټاکئ.
    ቋንቋዎን ይምረጡ።
    Choisissez votre langue.
    Choose your language.
    Kies uw taal.
language-set = ✅ Ziman: { language-name }.
language-name = { $language ->
        [nl] Holendî
        [en] Îngilîzî
        [ar] Erebî
        [ti] Tigrînî
        [tr] Tirkî
        [kmr] Kurdî (Kurmancî)
        [prs] Derî
        [fa] Farisî
        [so] Somalî
        [ckb] Kurdî (Soranî)
        [ps] Peştûyî
        [am] Amharî
       *[fr] Fransî
    }
# Each language's own name in its own script: the same in every locale.
language-native = { $code ->
        [nl] Nederlands
        [en] English
        [ar] العربية
        [ti] ትግርኛ
        [tr] Türkçe
        [kmr] Kurmancî
        [prs] دری
        [fa] فارسی
        [so] Soomaali
        [ckb] کوردیی ناوەندی
        [ps] پښتو
        [am] አማርኛ
       *[fr] Français
    }

button-language = 🌐 Ziman
button-new-case = ➕ Dosyaya nû
button-my-cases = 📋 Dosya
button-cancel = ✖️ Rawestandin

command-menu = Ez li ku me û çi hêj vekirî ye
command-help = Alîkarî
command-language = Hilbijartina ziman
command-newcase = Dosyayeke nû vekirin (karmend)
command-cases = Nîşandana dosyayan (karmend)
command-cancel = Rawestandina tiştê ku hûn niha dikin
command-mydata = Çi li ser min tê tomarkirin
command-delete = Xwestina jêbirina agahiyên min
command-stop = Êdî peyam na
command-explain = Wateya wê çi ye? Ravekirin
command-link = Girêdana vê komê bi saziya we an bi dosyayekê ve
command-plan = Plan û lihevhatin
command-case = Kurteya her dosyayê (karmend)
command-meet = Hevdîtina sê alî plan bike (karmend)
command-prepare = Ji bo hevdîtinê amade bibe

value-date = { $date }
value-unknown = hêj ne diyar e
contact-named = { $name }
contact-unknown = hêj ne diyar e

# invites: guessing
invite-too-many-tries = We gelek caran lînkek ceriband ku nexebitî. Ji kerema xwe saetekê li bendê bin û paşê dîsa biceribînin.

# Above every message to staff or a group about a case (issue 12): the case reference and the status holder's first name.
about-case =
    📁 { $reference } · { $name }
    { $body }

# The language picker once a language was tapped (issue 12): the choice in its own script.
language-picked = 🌐 ✅ { $language }

# Paging a list of cases (issue 12), and a typed reference that is not one of them.
button-page-prev = ◀️
button-page-next = ▶️
picker-not-found = Li vir tu dosyayeke we ya vekirî bi hejmara dosyayê { $reference } tune ye. /cases dosyayên we nîşan dide.

# Several messages for one team group that fall due together, sent as one (issue 12): each under the name of its case.
digest =
    📋 Peyam ({ $count }):

    { $items }
