## Xuquuqda qofka sharciga haysta (issue 14): inuu arko waxa la kaydiyo (/mydata), inuu codsado in
## la tirtiro (/delete), inaan fariimo dambe loo soo dirin (/stop). Fariimaha qofka sharciga haysta
## waa jumlado gaagaaban; fariimaha shaqaalaha waxay magacaabaan kiiska (lambarka iyo magaca hore).

privacy-button-menu = 🔒 Xogtaada
privacy-menu =
    🔒 Xogtaada
    • Arag wax kasta oo aan kaa kaydinno.
    • Codso in xogtaada la tirtiro.
    • Ha ka helin fariimo dambe bot-kan.
privacy-button-mydata = 📄 Arag xogtayda
privacy-button-delete = 🗑 Tirtir xogtayda
privacy-button-stop = 🔕 Fariimo dambe maya
privacy-button-no = ↩️ Maya
privacy-never = ↩️ Hagaag, waxba isma beddelaan.
privacy-staff = Magacaaga, hay'addaada iyo kiisaska aad ka shaqeyso waa la kaydinayaa inta aad isticmaalayso bot-kan. Maamulahaagu wuu joojin karaa gelitaankaaga. Su'aalo ma qabtaa? Weydii sarkaalka ilaalinta xogta ee hay'addaada.
privacy-nothing-kept = Wax xog ah kaama kaydinno adiga oo ah qofka sharciga haysta. Ma heshay link COA ama dawladda hoose (gemeente) kaa timid? Mar kale fur.

privacy-mydata =
    🔒 Waxa aan kaa kaydinno
    { $facts }

    📋 Heshiisyada qorshahaaga:
    { $agreements }

    📅 Kulamada:
    { $meetings }
    Jawaabahaaga waqtiyada la soo jeediyay: { $time_answers }

    📝 Jawaabahaaga diyaarinta kulanka:
    { $answers }

    ❓ Su'aalahaaga adiga:
    { $own }

    👀 { $sharing }

    Faylka hoose wuxuu leeyahay isla xogtan, kombiyuutar ahaan.
    /delete: codso in xogtaada la tirtiro. /stop: fariimo dambe maya.
privacy-mydata-file = 📄 Xogtaada (fayl kombiyuutar)
privacy-none = • (waxba)
privacy-yes-no = { $value ->
        [yes] haa
       *[no] maya
    }
privacy-fact-name = • Magac: { $name }
privacy-fact-reference = • Lambarka faylka: { $reference }
privacy-fact-orgs = • COA: { $coa } · Dawladda hoose: { $gemeente }
privacy-fact-language = • Luqad: { language-name }
privacy-fact-matching = • Lagu xiray dawladda hoose taariikhda: { $date }
privacy-fact-housing = • Taariikhda guuritaanka: { $date }
privacy-fact-joined = • Chat-kan ku jira tan iyo: { $date }
privacy-fact-notice = • Waxaad akhriday sharraxaadda xogta taariikhda: { $date }
privacy-fact-closed = • Taageerada waxay dhammaatay taariikhda: { $date }
privacy-fact-stopped = • Waxaad joojisay fariimaha taariikhda: { $date }
privacy-meeting = • { $when } · { $place } · { $status ->
        [confirmed] la qorsheeyay
        [held] la qabtay
        [absent] qof ayaan imaan
        [cancelled] la joojiyay
       *[proposed] waqtiyo la soo jeediyay
    }
privacy-meeting-proposed = • { $place } · waqtiyo la soo jeediyay
privacy-own-question = • { $text }
privacy-sharing = Waxa lala wadaago dadka aad la xiriirto: jawaabahaaga { $answers }, su'aalahaaga { $questions }.

privacy-delete-ask =
    🗑 Ma rabtaa in xogtaada la tirtiro?
    Waxaan dawladda hoose ka codsanaynaa inay tirtirto magacaaga, jawaabahaaga iyo wax kasta oo aad qortay.
    Mararka qaar sharcigu wuxuu leeyahay dawladda hoose waa inay wax kaydiso. Markaas dawladda hoose ayaa kuu sheegaysa sababta.
    Jawaabta halkan ayaad ka helaysaa.
privacy-button-delete-yes = 🗑 Haa, codso in la tirtiro
privacy-delete-asked = ✅ Dawladda hoose waxaa laga codsaday inay tirtirto xogtaada. Jawaabta halkan ayaad ka helaysaa.
privacy-delete-pending = ⏳ Horay ayaad u codsatay. Dawladda hoose halkan ayay kaaga jawaabi doontaa.

privacy-request-staff =
    🗑 { $name } ({ $reference }) wuxuu codsanayaa in xogtiisa ama xogteeda la tirtiro.
    Tirtir, ama sheeg sababta ay dawladda hoose u kaydinayso. { $name } jawaabtaada wuxuu ku akhrinayaa luqaddiisa.
privacy-button-erase = 🗑 Tirtir xogta
privacy-button-keep = 📜 Kaydi: sheeg sababta
privacy-button-back = ↩️ Dib u noqo
privacy-request-decided = Codsigan ee { $reference } horay ayaa looga jawaabay.
privacy-erase-confirm =
    Ma la tirtiraa dhammaan xogta { $reference } ({ $name })?
    Magaca, jawaabaha, wax kasta oo la qoray iyo chat-ka waa la tirtirayaa. Tan dib looma celin karo. Kiiska waa la xirayaa; waxaa hadhaya oo kaliya tirooyin aan magac lahayn.
privacy-button-erase-yes = ✅ Haa, tirtir
privacy-erased-you = 🗑 Xogta { $reference } waa la tirtiray. Kiiska waa la xiray.
privacy-erased-staff = 🗑 Xogta { $reference } waxaa tirtiray { $who }, iyadoo uu codsaday qofka sharciga haysta. Kiiska waa la xiray.
privacy-erased-holder = 🗑 Xogtaada waa la tirtiray. Bot-kan fariimo dambe kuuma soo diri doono. Su'aalo ma qabtaa? Si toos ah ula xiriir dawladda hoose (gemeente).
privacy-keep-ask = Maxay dawladda hoose u kaydinaysaa xogta { $reference } ({ $name })? { $name } sababtan wuxuu ku akhrinayaa luqaddiisa.
privacy-keep-reason = { $reason ->
        [integration_duty] Dawladda hoose waxay u baahan tahay isdhexgalkaaga (inburgering) awgiis. Sharciga (Wet inburgering 2021) ayaa dawladda hoose siiya hawshan.
        [archive_law] Sharciga kaydka (Archiefwet) wuxuu leeyahay dawladda hoose waa inay muddo kaydiso.
       *[legal_claim] Waxaa loo baahan yahay cabasho ama dacwad maxkamadeed oo weli socota.
    }
privacy-kept-holder =
    📜 { $org } hadda ma tirtiri karto dhammaan xogtaada.
    Sababta: { $reason }
    Su'aalo ma qabtaa? Weydii qofka aad la xiriirto. Waxaad sidoo kale cabasho u gudbin kartaa hay'adda Nederlandka ee ilaalinta xogta (Autoriteit Persoonsgegevens).
privacy-kept-staff = 📜 { $who } wuxuu ka jawaabay codsiga { $name } ({ $reference }) ee tirtirka xogta: xogta waa la kaydinayaa. Sababta: { $reason }
privacy-kept-you = 📜 Xogta { $reference } waa la kaydinayaa. Qofka sharciga haysta waxaa loo sheegayaa sababta: { $reason }

privacy-stop-ask =
    🔕 Ma rabtaa inaadan fariimo dambe ka helin bot-kan?
    Dadka aad la xiriirto waa loo sheegayaa. Weli waad arki kartaa ama tirtiri kartaa xogtaada. Soo dir /start si aad mar kale fariimo u hesho.
privacy-button-stop-yes = 🔕 Haa, jooji
privacy-stopped-you = 🔕 Fariimo dambe kama heli doontid bot-kan. Dadka aad la xiriirto way ogyihiin. Soo dir /start si aad mar kale fariimo u hesho.
privacy-stopped-hint = 🔕 Waxaad joojisay fariimaha bot-kan. Soo dir /start si aad mar kale u isticmaasho. /mydata wuxuu muujiyaa xogtaada, /delete wuu tirtiraa.
privacy-stopped-staff = 🔕 { $name } ({ $reference }) wuxuu joojiyay fariimaha bot-kan. Waxba looma diro, xasuusin xitaa maya. Fadlan si kale ula xiriir.
privacy-resumed-you = ✅ Ku soo dhawoow mar kale. Mar kale ayaad fariimo heli doontaa.
privacy-resumed-staff = ✅ { $name } ({ $reference }) mar kale ayuu fariimo ka helayaa bot-kan.
