# Scheduling meetings (issue 4).

meeting-no-cases = Weli kiis kuma jirtid. Marka hore kiis fur /newcase.
meeting-choose-case = Kiiskee ayaad kulan u qorsheyneysaa?
meeting-parties-missing = Saddexda dhinac weli dhammaan kuma jiraan kiiskan (dawladda hoose, COA iyo qofka sharciga haysta). Qorshee kulanka marka qof walba joogo.
meeting-pick-day = Waqti { $n } (ugu badnaan { $max }): dooro maalin. Kalandarku wuxuu ka bilaabmaa { $month }.
meeting-pick-day-move = Waqti cusub oo kulanka: dooro maalin. Kalandarku wuxuu ka bilaabmaa { $month }.
meeting-button-prev = ◀️ Bishii hore
meeting-button-next = Bisha xigta ▶️
meeting-button-slots-done = ✅ Waqtiyadii waa dhammaadeen
meeting-calendar-limit = Kalandarku intaas kama sii gudbo.
meeting-calendar-stale = Kalandarkan waa duug. Isticmaal kalandarka ugu cusub. Waxba isma beddelin.
meeting-day-past = Maalintaas way dhaaftay. Dooro maalin kale.
meeting-pick-time = Saacaddee { $day }?
meeting-button-type-time = ⌨️ Qor waqti kale
meeting-ask-time = Qor waqtiga, tusaale 14:30.
meeting-bad-time = Waqtigaas ma fahmin. Qor saacad iyo daqiiqado, tusaale 14:30.
meeting-slot-added = ✅ Waqti { $n }: { $at }
meeting-slot-gap = Waqtigaas ma jiro: habeenkaas saacaddu waxay ka boodaysaa 02:00 ilaa 03:00 (waqtiga xagaaga). Dooro waqti kale.
meeting-slot-past = Waqtigaas wuu dhaafay. Dooro waqti mustaqbalka ah.
meeting-slot-twice = Waqtigaas horay ayaad u dooratay. Dooro waqti kale.
meeting-slot-too-many = Waxaad haysataa lix waqti. Ka badan ma suurtogal aha: taabo Waqtiyadii waa dhammaadeen.
meeting-slot-too-few = Dooro ugu yaraan laba waqti.
meeting-warn-night = ⚠️ Fiiro: { $at } waa habeen. Waqtiga waa la daray; haddii uu khaldan yahay, ku jooji /cancel.
meeting-warn-sunday = ⚠️ Fiiro: { $at } waa Axad. Waqtiga waa la daray.
meeting-warn-first-of-two = ⚠️ Habeenkaas saacadda dib ayaa loo celinayaa: 02:00–03:00 laba jeer ayay dhacdaa. Waxaan qaatay kan koowaad (weli waqtiga xagaaga): { $at }. Haddii aad rabto goor dambe, dooro 03:00 ama ka dambe.
meeting-ask-place = Xagee kulanku ka dhacayaa?
meeting-place = { $place ->
        [azc] 🏠 azc-ga
        [townhall] 🏛️ Xafiiska dawladda hoose
        [video] 💻 Wicitaan fiidiyow
       *[phone] 📞 Telefoon
    }
meeting-where-video = 💻 Wicitaan fiidiyow: { $link }
meeting-ask-link = Qor linkiga wicitaanka fiidiyowga. Wuxuu ku bilaabmaa https://
meeting-bad-link = Kani ma aha link sax ah. Kaliya link ku bilaabma https:// ayaa la aqbalaa.
meeting-ask-interpreter = Turjumaan ma loo baahan yahay? Qofka sharciga haysta wuxuu akhriyaa { language-name }.
meeting-button-interpreter-yes = Haa, turjumaan { language-name }
meeting-button-interpreter-no = Maya, turjumaan la'aan
meeting-button-interpreter-other = Turjumaan luqad kale ah
meeting-ask-interpreter-language = Turjumaanku luqaddee buu ku hadlayaa?
meeting-interpreter-yes = 🗣️ Turjumaan: { language-name }
meeting-interpreter-no = Turjumaan la'aan
meeting-stopped = Waa la joojiyay. Waxba lama qorsheyn.
meeting-proposed = Waqtiyada kiiska { $reference } waxaa loo diray saddexda dhinac ({ $slots } waqti). Jawaabaha halkan ayaad ku arki doontaa.
meeting-slots-ask =
    📅 Goorma ayaad kulanka iman kartaa?
    { $slots }
    { $place }
    { $interpreter }
    Waqti kasta taabo: ✅ waan imaan karaa · 🤷 haddii loo baahdo · ❌ ma imaan karo
meeting-answer = { $answer ->
        [can] ✅ waa iman karaa
        [if_needed] 🤷 haddii loo baahdo waa iman karaa
       *[cannot] ❌ ma iman karo
    }
meeting-party = { $party ->
        [holder] qofka sharciga haysta
        [coa] COA
       *[gemeente] dawladda hoose
    }
meeting-answer-saved = ✅ Waa la kaydiyay.
meeting-not-your-party = Jawaabtan waxay u tahay dhinac kale. Adiga keliya ayaad u jawaabi kartaa naftaada. Waxba isma beddelin.
meeting-slot-outdated = Waqtiyadan hadda ma shaqeeyaan: kulanka waa la beddelay, la xaqiijiyay ama la joojiyay. Waxba isma beddelin.
meeting-suits-all = 🎉 { $at } saddexda dhinac way ku habboon tahay. Xaqiiji waqtigaas ama dooro mid kale.
meeting-none-suits =
    Waqti ku habboon qof walba ma jiro. Kuwa aan awoodin:
    { $parties }
    Soo jeedi waqtiyo cusub.
meeting-button-new-round = 📅 Soo jeedi waqtiyo cusub
meeting-changed-meanwhile = Kulankan hadda ayaa la beddelay ama la joojiyay. Waxba isma beddelin; eeg fariinta ugu cusub.
meeting-confirmed =
    ✅ Kulanka waa la go'aamiyay:
    📅 { $at }
    { $place }
    { $interpreter }
meeting-button-cant-come = 🙁 Ma imaan karo
meeting-button-move = 🔁 Beddel waqtiga
meeting-button-cancel = ✖️ Jooji kulanka
meeting-button-interpreter-booked = 🗣️ Turjumaan waa la helay
meeting-ask-reason = Waan ka xunnahay. Maxaad u iman kari weyday?
meeting-reason = { $reason ->
        [ill] 🤒 Xanuun
        [travel] 🚌 Gaadiid ma jiro
        [clash] 📅 Ballan kale
       *[other] Wax kale
    }
meeting-cant-come = 🙁 { $party }: ma iman karo { $at }. Sababta: { $reason }
meeting-moved =
    🔁 Kulanka waqtigiisa waa la beddelay. Hore: { $from }
    Hadda:
    📅 { $at }
    { $place }
    { $interpreter }
meeting-cancelled =
    ✖️ Kulanka waa la joojiyay:
    📅 { $at }
    { $place }
    { $interpreter }
meeting-round-cancelled = ✖️ Waqtiyadii la soo jeediyay waa la laabtay. Soo jeedin cusub ayaa iman doonta.
meeting-interpreter-booked = 🗣️ Turjumaanka ({ language-name }) waa la helay.
meeting-interpreter-already = Turjumaanka horay ayaa loo helay. Waxba isma beddelin.
meeting-interpreter-reminder = 🗣️ Turjumaanka ({ language-name }) ee kulanka { $at } weli lama helin. Taabo badhanka marka la diyaariyo.
meeting-slots-reminder = ⏰ Weli kama jawaabin dhammaan waqtiyada.
meeting-soon =
    ⏰ Xusuuso kulanka:
    📅 { $at }
    { $place }
meeting-what-happened = Kulankii { $at } wuu dhammaaday. Maxaa dhacay?
meeting-button-held = ✅ Kulanka waa la qabtay
meeting-button-absent = 🚫 Ma iman: { $party }
meeting-button-outcome-cancelled = ✖️ Ma dhicin
meeting-not-over = Kulanka weli ma dhammaan.
meeting-held = ✅ Fiican. Hadda ku qor heshiisyada /plan.
meeting-outcome-cancelled = Waa la qoray: kulanka ma dhicin.
meeting-absent = 🚫 { $party } kulanka ma iman. Waqtiyo cusub ayaa iman doona.
meeting-button-case = { $reference } · { $name }
meeting-day = { $day }
meeting-cell-empty = ·
meeting-time = { $time }
meeting-slot-line = { $n }. { $at }
meeting-answer-button = { $answer ->
        [can] ✅
        [if_needed] 🤷
       *[cannot] ❌
    } { $n }
meeting-button-confirm = { $suits ->
        [yes] ✅ { $at }
       *[no] { $at }
    }
# The interpreter question with the status holder's own wish (only when they share their answers).
meeting-ask-interpreter-wish =
    { $ask }
    🌍 Qofka sharciga haysta wuxuu yiri: { $wish }
meeting-interpreter-wish-language = { $wish }: { language-name }

# the title of the calendar entry staff get (.ics)
meeting-ics-title = Kulan saddex dhinac ah (driegesprek) { $reference }

# The answers board (issue 12): one message in the proposer's chat, edited as answers arrive.
# Only symbols and the other messages' words, so the same in every locale.
meeting-board =
    { $head }
    { $lines }
meeting-board-line = { $n }. { $at }: { $gemeente } · { $coa } · { $holder }
meeting-board-party = { $party } { $mark }
meeting-board-mark = { $answer ->
        [can] ✅
        [if_needed] 🤷
        [cannot] ❌
       *[none] ⏳
    }
# A time in the times message once the reader answered it: their answer's mark after it.
meeting-slot-line-answered = { $n }. { $at } { $mark }

# To the status holder who said they cannot come (issue 12): "you", and what happens next.
meeting-cant-come-you = 🙁 Mahadsanid inaad noo sheegtay: ma iman kartid { $at } ({ $reason }). Dadka aad la xiriirto hadda way og yihiin, waxayna soo jeedin doonaan waqtiyo cusub. Arrintaas fariin ayaad ka heli doontaa.

# A weekday in the calendar's header row (issue 12): its short name, from ICU.
meeting-weekday = { $day }
