## Mafên xwediyê destûra rûniştinê (issue 14): dîtina tiştên ku tên tomarkirin (/mydata), xwestina
## jêbirinê (/delete), êdî peyam negirtin (/stop). Peyamên ji xwediyê destûra rûniştinê re "hûn"
## dibêjin, bi hevokên kurt; peyamên ji karmendan re dosyayê bi nav dikin (hejmar û navê pêşîn).

privacy-button-menu = 🔒 Agahiyên we
privacy-menu =
    🔒 Agahiyên we
    • Her tiştê ku em li ser we tomar dikin bibînin.
    • Bixwazin ku agahiyên we werin jêbirin.
    • Êdî ji vê botê peyaman negirin.
privacy-button-mydata = 📄 Agahiyên min bibînin
privacy-button-delete = 🗑 Agahiyên min jê bibin
privacy-button-stop = 🔕 Êdî peyam na
privacy-button-no = ↩️ Na
privacy-never = ↩️ Baş e, tiştek naguhere.
privacy-staff = Navê we, saziya we û dosyayên ku hûn li ser dixebitin tên tomarkirin heta ku hûn vê botê bi kar tînin. Rêveberê we dikare gihîştina we biqedîne. Pirsên we hene? Ji berpirsê parastina daneyan ê saziya xwe bipirsin.
privacy-nothing-kept = Em wekî xwediyê destûra rûniştinê tu agahiyan li ser we tomar nakin. We ji COA an şaredariyê (gemeente) girêdanek wergirt? Wê dîsa vekin.

privacy-mydata =
    🔒 Tiştên ku em li ser we tomar dikin
    { $facts }

    📋 Lihevhatinên di plana we de:
    { $agreements }

    📅 Hevdîtin:
    { $meetings }
    Bersivên we ji bo demên pêşniyarkirî: { $time_answers }

    📝 Bersivên we ji bo amadekirina hevdîtinê:
    { $answers }

    ❓ Pirsên we yên xwe:
    { $own }

    👀 { $sharing }

    Di pelê jêrîn de heman agahî hene, ji bo komputerê.
    /delete: bixwazin ku agahiyên we werin jêbirin. /stop: êdî peyam na.
privacy-mydata-file = 📄 Agahiyên we (pel ji bo komputerê)
privacy-none = • (tiştek tune)
privacy-yes-no = { $value ->
        [yes] erê
       *[no] na
    }
privacy-fact-name = • Nav: { $name }
privacy-fact-reference = • Hejmara dosyayê: { $reference }
privacy-fact-orgs = • COA: { $coa } · Şaredarî: { $gemeente }
privacy-fact-language = • Ziman: { language-name }
privacy-fact-matching = • Dîroka girêdana bi şaredariyê ve: { $date }
privacy-fact-housing = • Dîroka barkirinê: { $date }
privacy-fact-joined = • Di vê chatê de ji: { $date }
privacy-fact-notice = • Dîroka xwendina ravekirina agahiyan: { $date }
privacy-fact-closed = • Dîroka dawiya alîkariyê: { $date }
privacy-fact-stopped = • Dîroka rawestandina peyaman: { $date }
privacy-meeting = • { $when } · { $place } · { $status ->
        [confirmed] hatiye plankirin
        [held] pêk hat
        [absent] kesek tune bû
        [cancelled] hat betalkirin
       *[proposed] dem hatin pêşniyarkirin
    }
privacy-meeting-proposed = • { $place } · dem hatin pêşniyarkirin
privacy-own-question = • { $text }
privacy-sharing = Bi kesên we yên têkiliyê re tê parvekirin: bersivên we { $answers }, pirsên we { $questions }.

privacy-delete-ask =
    🗑 Agahiyên we werin jêbirin?
    Em ji şaredariya we dixwazin ku navê we, bersivên we û her tiştê ku we nivîsandiye jê bibe.
    Carinan qanûn dibêje ku şaredarî divê tiştekî tomar bike. Wê demê şaredarî ji we re dibêje çima.
    Hûn bersivê li vir distînin.
privacy-button-delete-yes = 🗑 Erê, jêbirinê bixwazin
privacy-delete-asked = ✅ Ji şaredariya we hat xwestin ku agahiyên we jê bibe. Hûn bersivê li vir distînin.
privacy-delete-pending = ⏳ We berê xwestiye. Şaredariya we dê li vir bersiva we bide.

privacy-request-staff =
    🗑 { $name } ({ $reference }) dixwaze ku agahiyên wî an wê werin jêbirin.
    Wan jê bibin, an bibêjin çima şaredarî divê wan tomar bike. { $name } bersiva we bi zimanê xwe dixwîne.
privacy-button-erase = 🗑 Agahiyan jê bibin
privacy-button-keep = 📜 Tomar bikin: bibêjin çima
privacy-button-back = ↩️ Paş
privacy-request-decided = Ev daxwaza ji bo { $reference } berê hatiye bersivandin.
privacy-erase-confirm =
    Hemû agahiyên { $reference } ({ $name }) werin jêbirin?
    Nav, bersiv, her tiştê hatiye nivîsandin û chat tên jêbirin. Ev nayê vegerandin. Dosya tê girtin; tenê hejmarên bênav dimînin.
privacy-button-erase-yes = ✅ Erê, jê bibin
privacy-erased-you = 🗑 Agahiyên { $reference } hatin jêbirin. Dosya hat girtin.
privacy-erased-staff = 🗑 Agahiyên { $reference } ji aliyê { $who } ve hatin jêbirin, li ser daxwaza xwediyê destûra rûniştinê. Dosya hat girtin.
privacy-erased-holder = 🗑 Agahiyên we hatin jêbirin. Ev bot êdî peyaman ji we re naşîne. Pirsên we hene? Rasterast bi şaredariya xwe (gemeente) re têkilî daynin.
privacy-keep-ask = Çima şaredarî divê agahiyên { $reference } ({ $name }) tomar bike? { $name } vê sedemê bi zimanê xwe dixwîne.
privacy-keep-reason = { $reason ->
        [integration_duty] Şaredarî ji bo entegrasyona we (inburgering) hewceyê wan e. Qanûn (Wet inburgering 2021) vî karî dide şaredariyê.
        [archive_law] Qanûna arşîvê (Archiefwet) dibêje ku şaredarî divê wan demekê tomar bike.
       *[legal_claim] Ew ji bo îtirazek an dozeke dadgehê ya ku hê didome hewce ne.
    }
privacy-kept-holder =
    📜 { $org } niha nikare hemû agahiyên we jê bibe.
    Çima: { $reason }
    Pirsên we hene? Ji kesê xwe yê têkiliyê bipirsin. Hûn dikarin gilî jî bikin li cem saziya Holendî ya parastina daneyan (Autoriteit Persoonsgegevens).
privacy-kept-staff = 📜 { $who } bersiva daxwaza { $name } ({ $reference }) ya jêbirina agahiyan da: agahî tên tomarkirin. Sedem: { $reason }
privacy-kept-you = 📜 Agahiyên { $reference } tên tomarkirin. Ji xwediyê destûra rûniştinê re tê gotin çima: { $reason }

privacy-stop-ask =
    🔕 Êdî ji vê botê peyaman negirin?
    Kesên we yên têkiliyê dê agahdar bibin. Hûn hê jî dikarin agahiyên xwe bibînin an jê bibin. Ji bo ku hûn dîsa peyaman bistînin, /start bişînin.
privacy-button-stop-yes = 🔕 Erê, rawestînin
privacy-stopped-you = 🔕 Hûn êdî ji vê botê peyaman nastînin. Kesên we yên têkiliyê vê dizanin. Ji bo ku hûn dîsa peyaman bistînin, /start bişînin.
privacy-stopped-hint = 🔕 We peyamên vê botê rawestandin. Ji bo ku hûn dîsa wê bi kar bînin, /start bişînin. /mydata agahiyên we nîşan dide, /delete wan jê dibe.
privacy-stopped-staff = 🔕 { $name } ({ $reference }) peyamên vê botê rawestandin. Êdî tiştek jê re naçe, bîranîn jî. Ji kerema xwe bi rêyeke din bi wî an wê re têkilî daynin.
privacy-resumed-you = ✅ Bi xêr hatin dîsa. Hûn dîsa peyaman distînin.
privacy-resumed-staff = ✅ { $name } ({ $reference }) dîsa ji vê botê peyaman distîne.
