# Shared messages: errors, menus, languages, commands.
# Staff read Dutch; status holders read their own language. Keep sentences short.

error-internal = Cilad ayaa dhinaceenna ka dhacday. Isku day mar kale dhowr daqiiqo kadib.
error-not-saved = Waxba lama kaydin: bot-ku hadda waxba ma kaydin karo. Mar dambe isku day.
error-unknown-command = Amarkaas ma aqaan. Qor /menu si aad u aragto waxa la samayn karo.
error-edited-ignored = Fariin ayaad beddeshay. Waxaan akhriyaa fariimaha cusub oo kaliya. Haddii wax isbeddelayaan, jawaabtaada mar kale soo dir.
error-button-stale = Badhankan hadda ma shaqeeyo. Qor /menu si aad u sii waddo.
error-staff-only = Tan waxaa samayn kara shaqaalaha COA ama dawladda hoose oo kaliya.
error-not-on-case = Kiiskan kama mid nihid. Waxba isma beddelin.
error-expected-text = Qoraal oo kaliya ayaan akhrin karaa. Jawaabtaada fariin ahaan u qor.
error-not-text-menu = Qoraal iyo badhamo oo kaliya ayaan akhrin karaa. Qor /menu si aad u sii waddo.
hint-use-menu = Riix badhan, ama qor /menu si aad u aragto waxa la samayn karo.
stranger-welcome = Salaan! Bot-kan wuxuu caawiyaa wareejinta (warme overdracht) ee COA ilaa dawladda hoose (gemeente). Waxaad u baahan tahay link martiqaad ah oo ka yimid qofka aad la xiriirto ee COA ama dawladda hoose.
cancel-nothing = Hadda ma jiro wax la joojiyo.
group-only-command = Tani waxay ka shaqaysaa koox gudaheed oo kaliya.
private-only-command = Tani waxay ka shaqaysaa oo kaliya sheeko gaar ah oo aad ila leedahay.

invite-unknown = Link-gan ma aqaan. Qofka aad la xiriirto ka codso link cusub.
invite-expired = Link-gan waqtigiisii wuu dhammaaday. Qofka aad la xiriirto ka codso link cusub.
invite-used = Link-gan hore ayaa loo isticmaalay. Qofka aad la xiriirto ka codso link cusub.
invite-holder-not-for-you = Link-gan waxaa loogu talagalay qof sharciga haysta (statushouder). Bot-kan horey ayuu kuu yaqaannay, sidaa darteed waxba isma beddelin.
invite-staff-not-for-you = Link-gan waxaa loogu talagalay shaqaalaha. Waxba isma beddelin.
invite-other-org = Link-gan waxaa loogu talagalay shaqaalaha hay'ad kale. Waxba isma beddelin.

staff-joined = Soo dhawoow! Waxaa laguu diiwaangeliyay shaqaale ka tirsan { $org } ({ $kind ->
        [coa] COA
       *[gemeente] dawladda hoose
    }). Qor /menu si aad u bilowdo.
staff-already = Horey ayaa laguu diiwaangeliyay shaqaale ahaan. Qor /menu si aad u sii waddo.
staff-joined-case = { $name } ({ $org }) hadda wuxuu ku biiray kiiska { $reference }.
staff-joined-this-case =
    ✅ Hadda waxaad ku biirtay kiiska { $reference } ({ $name }). /plan wuxuu muujinayaa qorshaha, /meet wuxuu ballamiyaa kulanka.
    { $others }
# Who else works on the case a staff member just joined (issue 12).
staff-joined-with =
    Sidoo kale kiiskan waxaa ku jira:
    { $people }
staff-joined-person = • { $who } ({ $org })
staff-joined-first = Waxaad tahay shaqaalaha ugu horreeya ee kiiskan.

menu-staff = { $name }, { $org }
    { $cases ->
        [0] Weli kuma jirtid wax kiis ah
        [one] Waxaad ku jirtaa hal kiis
       *[other] Waxaad ku jirtaa { $cases } kiis
    }.
help-staff =
    Sida ay u shaqayso:
    • /newcase wuxuu furaa kiis. Mar kasta hal su'aal ayaan weydiiyaa.
    • /cases wuxuu muujiyaa kiisaska hay'addaada.
    • /menu wuxuu muujinayaa halka aad joogtaan iyo waxa furan.
    • /plan wuxuu muujinayaa qorshaha iyo heshiisyada kiiska.
    • /meet wuxuu ballamiyaa kulan saddex dhinac ah.
    • /prepare wuxuu muujinayaa diyaargarowga kulanka.
    • /language wuxuu doortaa luqaddaada.
    • /cancel wuxuu joojiyaa waxa aad hadda samaynayso.
    Igu dar kooxda Telegram ee shaqaalahaaga: { $group_link }
    Kadib kooxda ku qor /link.
help-holder =
    Caawimaad:
    • /menu wuxuu muujiyaa dadka aad la xiriirto iyo waxa hadda dhacaya.
    • /plan wuxuu idin tusayaa qorshihiinna iyo heshiisyada.
    • /prepare wuxuu idinka caawinayaa inaad u diyaargarowdaan kulanka.
    • /language wuxuu doortaa luqad kale.
    • /mydata wuxuu muujiyaa waxa aan kaa kaydinno. /delete wuxuu codsanayaa in la tirtiro. /stop: fariimo dambe maya.
    Su'aalo ma qabtaa? Weydii qofka aad la xiriirto ee COA ama dawladda hoose (gemeente).

language-choose = 🌐 Dooro luqaddaada.
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
language-set = ✅ Luqadda: { language-name }.
language-name = { $language ->
        [nl] Nederlandka
        [en] Ingiriisi
        [ar] Carabi
        [ti] Tigrinya
        [tr] Turki
        [kmr] Kurdi (Kurmanji)
        [prs] Dari
        [fa] Faarisi
        [so] Soomaali
        [ckb] Kurdi (Sorani)
        [ps] Bashtuu
        [am] Amxaari
       *[fr] Faransiis
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

button-language = 🌐 Luqadda
button-new-case = ➕ Kiis cusub
button-my-cases = 📋 Kiisaska
button-cancel = ✖️ Jooji

command-menu = Halkee baan joogaa, maxaase furan
command-help = Caawimaad
command-language = Dooro luqadda
command-newcase = Fur kiis cusub (shaqaalaha)
command-cases = Muuji kiisaska (shaqaalaha)
command-cancel = Jooji waxa aad hadda samaynayso
command-mydata = Waxa laga kaydiyo aniga
command-delete = Codso in xogtayda la tirtiro
command-stop = Fariimo dambe maya
command-explain = Maxay ka dhigan tahay? Sharraxaadyo
command-link = Kooxdan ku xir hay'addaada ama kiis
command-plan = Qorshaha iyo waxa la isku raacay
command-case = Guudmar kiis kasta (shaqaalaha)
command-meet = Qorshee kulan saddex dhinac ah (shaqaalaha)
command-prepare = U diyaargarow kulanka

value-date = { $date }
value-unknown = weli lama oga
contact-named = { $name }
contact-unknown = weli lama oga

# invites: guessing
invite-too-many-tries = Marar badan ayaad isku dayday link aan shaqayn. Fadlan sug hal saac, kadibna mar kale isku day.

# Above every message to staff or a group about a case (issue 12): the case reference and the status holder's first name.
about-case =
    📁 { $reference } · { $name }
    { $body }

# The language picker once a language was tapped (issue 12): the choice in its own script.
language-picked = 🌐 ✅ { $language }

# Paging a list of cases (issue 12), and a typed reference that is not one of them.
button-page-prev = ◀️
button-page-next = ▶️
picker-not-found = Halkan kuma lihid kiis furan oo leh lambarka faylka { $reference }. /cases wuxuu muujiyaa kiisaskaaga.

# Several messages for one team group that fall due together, sent as one (issue 12): each under the name of its case.
digest =
    📋 Fariimaha ({ $count }):

    { $items }
