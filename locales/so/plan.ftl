# The handover plan and agreements (issue 3).

plan-pick-case = Kiisaskee qorshihiisa ayaad rabtaa inaad aragto?
button-plan-case = Kiis { $reference } · { $name }
plan-holder-cannot-change = Tan ma beddeli kartid. Qofka aad la xiriirto ayaa sameeya.
plan-gemeente-only = Tan waxaa sameeya dawladda hoose. Waxba isma beddelin.
plan-case-closed = Kiiskan waa xiran yahay. Waxba isma beddelin.
plan-not-yours = Qodobkan waa dhinac kale. Waxba isma beddelin.
plan-edit-conflict = Qof kale ayaa hadda beddelay qodobkan. Waxba ma lumin. Qor /plan si aad u aragto qorshaha.
plan-option = { $option ->
        [fast_start] 1 · Bilow degdeg ah
        [combined] 2 · Hab isku dhafan
       *[after_housing] 3 · Bilow guriga kadib
    }
plan-option-none = weli hab ma jiro
plan-choose-option =
    Dooro habka kiiska { $reference }:
    1 · Bilow degdeg ah: barnaamijka isdhexgalka wuxuu ka bilaabmaa azc.
    2 · Hab isku dhafan: wareysiga ballaaran ee azc, barnaamijka guuritaanka kadib.
    3 · Bilow guriga kadib: wax walba waxay bilaabmaan guuritaanka kadib.
plan-option-unchanged = Habkan horay ayaa loo doortay.
plan-option-chosen = Kiis { $reference }: habka la doortay { $option }. Qabyada qorshaha waa diyaar.
plan-option-holder = { $option ->
        [fast_start] Isdhexgalkaagu hadda ayuu bilaabmayaa, adigoo weli ku nool azc. Dawladda hoose ayaa diyaarisa casharradaada. Kama qayb gashid barnaamijka COA.
        [combined] Dawladda hoose ayaa kula hadlaysa adigoo weli jooga azc: wareysiga ballaaran (brede intake). Casharradaadu waxay bilaabmaan guuritaanka kadib. Ilaa markaas waxaad ka qayb geli kartaa barnaamijka COA.
       *[after_housing] Wax walba oo dawladda hoose ah waxay bilaabmaan markaad u guurto gurigaaga cusub. Ilaa markaas waxaad ka qayb geli kartaa barnaamijka COA.
    }
plan-ask-programme =
    { $explanation }

    Ma rabtaa inaad ka qayb gasho barnaamijka COA (casharrada luqadda Nederlandka, macluumaad ku saabsan Nederland)?
button-plan-yes = ✅ Haa
button-plan-no = ✖️ Maya
plan-programme = { $value ->
        [will_not] kama qayb galo (bilow degdeg ah)
        [agrees] ka qayb gala
        [declines] kama qayb galo
       *[asked] weli jawaab ma jirto
    }
plan-programme-thanks = Mahadsanid. Barnaamijka COA: { $value }.
plan-programme-staff = { $name } (kiis { $reference }), Barnaamijka COA: { $value }.
plan-free-text = { $text } (lama turjumin)
plan-kind = { $kind ->
        [introduction] Is-barasho iyo doorashada waddada
        [programme_alignment] Ku xirnaanta barnaamijka COA
        [broad_intake] Bilowga wareysiga ballaaran
        [client_profile] Gudbinta xogta macmiilka
        [handover_conversation] Wadahadalka wareejinta
        [documents] Keen dukumentiyada
        [profile_update] COA waxay cusboonaysiisaa xogta macmiilka
        [interpreter] Diyaari turjumaan
        [next_contact] Xiriirka xiga
        [intake_date] Taariikhda iyo goobta wareysiga ballaaran
        [pip_date] Taariikhda PIP
       *[free] Heshiis
    }
plan-owner = { $owner ->
        [coa] COA
        [gemeente] dawladda hoose
       *[holder] qofka sharciga haysta
    }
plan-due-waits = wuxuu sugayaa taariikhda guriga
plan-item = { $status ->
        [done] ✅
        [cancelled] ✖️
        [late] ⚠️
       *[planned] ▫️
    } { $what } · { plan-owner } · { $due }{ $status ->
        [late] {" "}(dib u dhacay)
       *[other] {""}
    }
plan-item-at = { $item } · { $place ->
        [azc] azc
       *[gemeente] dawladda hoose
    }
plan-none = Weli qorshe ma jiro.
button-plan-options = 🧭 Dooro habka
plan-view =
    📋 Qorshe { $reference } (nooca { $version })
    Habka: { $option }
    Barnaamijka COA: { $programme }

    { $items }

    { $confirmed }
button-plan-done = ✅ Dhammaaday: { $what }
button-plan-add = ➕ Heshiis
button-plan-send = 📨 U dir dhammaan
button-plan-housing = 🏠 Taariikhda guriga
plan-who-staff = { $name } ({ $party ->
        [coa] COA
       *[gemeente] dawladda hoose
    })
plan-who-holder = { $name }
plan-confirmed-line = { $current ->
        [yes] ✅
       *[no] ⏳
    } { $who }: wuu ogolaaday nooca { $version }, { $at }
plan-unconfirmed-line = ⏳ { $who }: weli ma xaqiijin
plan-next = { $what }, { $due }
plan-next-none = wax kale lama qorsheyn
plan-case-line = • { $reference } – { $name }: { $option }. Xiga: { $next }. Dib u dhacay: { $late }. Lama xaqiijin: { $unconfirmed }.
plan-case-overview =
    Kiisaskaaga:
    { $cases }
plan-due-before-matching = Taariikhdani waxay ka horraysaa isku-xirka. Dooro taariikh dambe.
plan-due-in-past = Taariikhdani way dhaaftay. Dooro taariikh maanta laga bilaabo.
plan-due-after-term = Taariikhdani waxay ka dambaysaa dhammaadka muddada isdhexgalka (saddex sano). Dooro taariikh hore.
plan-ask-kind = Heshiiskee ayaad ku daraysaa?
button-plan-free = ✏️ Qoraalkaaga
plan-ask-free = Ku qor heshiiska hal sadar.
plan-free-bad = Isticmaal hal sadar oo ugu badnaan { $max } xaraf ah.
plan-ask-owner = Yaa sameeya?
plan-ask-due = Goorma ayay diyaar noqonaysaa? Taabo badhan, ama ku jawaab taariikh (dd-mm-yyyy).
button-plan-in-days = { $days } maalmood gudahood
plan-agreement-added = Kiis { $reference }: heshiis ayaa lagu daray: { $what } · { plan-owner } · { $due }.
plan-item-done = Kiis { $reference }: dhammaaday: { $what }.
plan-sent = Qorshaha kiiska { $reference } (nooca { $version }) waa loo diray dhammaan.
button-plan-agree = 👍 Waan ogolahay
button-plan-question = ❓ Su'aal ayaan qabaa
plan-outdated = Kani waa nooc hore oo qorshaha ah. Nooc cusub ayaa jira ({ $version }). Qor /plan si aad u aragto.
plan-thanks = Mahadsanid. Waxaad ogolaatay nooca { $version } ee qorshaha.
plan-confirmed-staff = { $who } wuu ogolaaday nooca { $version } ee qorshaha (kiis { $reference }).
plan-ask-question = Qor su'aashaada. Waxaan u dirnaa dadka aad la xiriirto.
plan-question-staff = Su'aal ka timid { $who } oo ku saabsan qorshaha (kiis { $reference }): { $text } (lama turjumin)
plan-question-sent = Su'aashaada waa la diray. Qofka aad la xiriirto ayaa kuu jawaabi doona.
plan-ask-housing = Waa maxay taariikhda cusub ee guriga la filayo? Ku jawaab taariikh (dd-mm-yyyy).
plan-change-line = • { $what }: { $old } → { $new }
plan-housing-moved =
    🏠 Taariikh cusub oo guriga ({ $reference }): { $date }.
    Waxa sidaas darteed isbeddelaya:
    { $changes }
plan-long-wait-holder = Muddo ayaa aamusnaa. Wax ma isbeddeleen? U sheeg qofka aad la xiriirto, ama qor /plan si aad u aragto qorshaha.
plan-due-soon = ⏰ Berri ({ $reference }): { $what }, { $due }.
plan-overdue = ⚠️ Dib u dhacay ({ $reference }): { $what }, { $due }.

# The summary document for the case file (issue 3).
button-plan-summary = 📄 Soo koobid
plan-summary-caption = Soo koobidda qorshaha kiiska { $reference }, luqadda Nederlandka iyo luqadda macmiilka. Fur faylka browser; waxaad sidoo kale u daabici kartaa PDF ahaan.
plan-summary-title = Qorshaha wareejinta { $reference }
plan-summary-note = Qoraalka shaqaale qoray waa sidii loo qoray lamana turjumin.
plan-summary-empty = Midna.
plan-summary-value = { $value }
plan-summary-at = { $at }
plan-summary-none = –
plan-summary-system = bot-ka
plan-summary-unknown = lama yaqaan
plan-summary-fact-reference = Kiis
plan-summary-fact-name = Magac
plan-summary-fact-option = Hab
plan-summary-fact-programme = Barnaamijka COA
plan-summary-fact-housing = Taariikhda guriga la filayo
plan-summary-fact-version = Nooca
plan-summary-fact-made = La sameeyay
plan-summary-items = Qodobada iyo heshiisyada
plan-summary-col-what = Maxay
plan-summary-col-owner = Yaa
plan-summary-col-due = Goorma
plan-summary-col-status = Xaalad
plan-summary-confirmations = Xaqiijinta
plan-summary-col-who = Yaa
plan-summary-col-version = Nooca
plan-summary-col-answer = Jawaab
plan-summary-col-at = Waqti
plan-summary-history = Taariikh
plan-summary-col-change = Isbeddel
plan-summary-col-old = Hore
plan-summary-col-new = Hadda
plan-summary-version = nooca { $version }
plan-summary-agreement = { $what } · { plan-owner } · { $due }
plan-summary-field-item = { $field } · { $what }
plan-summary-status = { $status ->
       *[planned] qorsheysan
        [done] dhammaaday
        [cancelled] la joojiyay
        [late] dib u dhacay
    }
plan-summary-answer = { $answer ->
       *[question] su'aal
        [agree] waa ogolaaday
    }
plan-summary-long-wait = { $answer ->
       *[nothing] waxba isma beddelin
        [holds] qorshuhu weli wuu shaqaynayaa
        [changed] wax baa isbeddelay
    }
plan-summary-field = { $field ->
       *[other] Isbeddel
        [option] Hab
        [programme] Barnaamijka COA
        [agreement] Heshiis lagu daray
        [sent] La diray
        [confirmed] La xaqiijiyay
        [question] Su'aal
        [status] Xaalad
        [housing_date] Taariikhda guriga
        [due_date] Taariikh
        [owner] Yaa sameeya
        [text] Qoraal
        [long_wait] Sugitaan dheer
    }
# Long-wait answers (issue 3).
plan-long-wait-staff-days = Kiis { $reference }: { $days } maalmood hawl la'aan. Qorshuhu weli ma shaqaynayaa?
button-plan-still-holds = ✅ Qorshuhu wuu shaqaynayaa
button-plan-changed = ✏️ Wax baa isbeddelay
button-plan-nothing-changed = ✅ Waxba isma beddelin
plan-long-wait-thanks = Mahadsanid. Jawaabtaada waa la kaydiyay.
plan-long-wait-answered = Kiis { $reference }, sugitaan dheer: { $who } wuxuu ku jawaabay: { $answer }.
plan-long-wait-update = Mahadsanid. Ku cusboonaysii qorshaha /plan.

# Changing one agreement
button-plan-edit = ✏️ { $what }
button-plan-cancel-item = ❌ Jooji heshiiska
plan-edit-menu = { $what }: hadda { $due }. Taariikh cusub? Taabo badhan, ama ku jawaab taariikh (dd-mm-yyyy). Badhamada waxaad sidoo kale ku siin kartaa heshiiska dhinac kale, ku beddeli kartaa qoraalkiisa (qoraalkaaga oo kaliya), ama ku joojin kartaa heshiiska.
plan-agreement-moved = Kiis { $reference }: taariikh cusub oo loogu talagalay { $what }: { $old } → { $new }.
plan-agreement-cancelled = Kiis { $reference }: heshiiska waa la joojiyay: { $what }.
# Another owner or new wording for one agreement (the two notices reach the status holder too)
button-plan-owner-to = 👤 U dhiib { plan-owner }
button-plan-reword = ✏️ Qoraal cusub
plan-ask-reword = Ku qor qoraalka cusub ee heshiiska hal sadar.
plan-agreement-owner = Kiis { $reference }: { $what }: hadda waxaa sameeya: { $new } (hore: { $old }).
plan-agreement-reworded = Kiis { $reference }: qoraal cusub oo heshiis: { $old } → { $new }.

# holder: the plan's items as the status holder reads them (issue 15): plain words, "you", the
# Dutch term in brackets where staff use one. Staff keep plan-kind and plan-item.
plan-kind-holder = { $kind ->
        [introduction] Is-barasho iyo doorashada waddada isdhexgalkaaga (keuze route)
        [programme_alignment] Waxa aad ku barato barnaamijka COA waxay ku habboon yihiin isdhexgalkaaga (programma van COA)
        [broad_intake] Kulan ku saabsan waxbarashadaada, shaqadaada iyo caafimaadkaaga: wareysiga ballaaran (brede intake)
        [client_profile] COA waxay xogtaada siisaa dawladda hoose: xogta macmiilka (klantprofiel)
        [handover_conversation] Kulanka dhexmara adiga, COA iyo dawladda hoose: kulan saddex dhinac ah (driegesprek)
        [documents] Keen waraaqahaaga
        [profile_update] COA waxay cusboonaysiisaa xogtaada: xogta macmiilka (klantprofiel)
        [interpreter] Diyaarinta turjumaan
        [next_contact] Kulanka xiga ee qofka aad la xiriirto
        [intake_date] Goorta iyo goobta kulanka ku saabsan waxbarashada, shaqada iyo caafimaadka: wareysiga ballaaran (brede intake)
        [pip_date] Marka qorshahaaga shakhsiga ahi diyaar noqdo (PIP)
       *[free] Heshiis
    }
# holder
plan-owner-holder = { $owner ->
        [coa] COA
        [gemeente] dawladda hoose
       *[holder] adiga
    }
# holder
plan-item-holder = { $status ->
        [done] ✅
        [cancelled] ✖️
        [late] ⚠️
       *[planned] ▫️
    } { $what } · { plan-owner-holder } · { $due }{ $status ->
        [late] {" "}(dib u dhacay)
       *[other] {""}
    }
