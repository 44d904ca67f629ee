# The handover plan and agreements (issue 3).

plan-pick-case = Hûn plana kîjan dosyayê dixwazin bibînin?
button-plan-case = Dosya { $reference } · { $name }
plan-holder-cannot-change = Hûn nikarin vê biguherînin. Kesê we yê têkiliyê wê dike.
plan-gemeente-only = Vê şaredarî dike. Tiştek neguherî.
plan-case-closed = Ev dosya girtî ye. Tiştek neguherî.
plan-not-yours = Ev xal ya aliyekî din e. Tiştek neguherî.
plan-edit-conflict = Kesekî din niha ev xal guherand. Tiştek winda nebû. Ji bo dîtina planê /plan binivîsin.
plan-option = { $option ->
        [fast_start] 1 · Destpêka bilez
        [combined] 2 · Rêya hevbeş
       *[after_housing] 3 · Destpêk piştî xaniyê
    }
plan-option-none = hêj rê tune
plan-choose-option =
    Ji bo dosyayê rê hilbijêrin { $reference }:
    1 · Destpêka bilez: rêya entegrasyonê li navenda penaberan azc dest pê dike.
    2 · Rêya hevbeş: hevpeyvîna destpêkê ya berfireh li azc, rê piştî barkirinê.
    3 · Destpêk piştî xaniyê: her tişt piştî barkirinê dest pê dike.
plan-option-unchanged = Ev rê berê hatiye hilbijartin.
plan-option-chosen = Dosya { $reference }: rêya hilbijartî { $option }. Pêşnûsa planê amade ye.
plan-option-holder = { $option ->
        [fast_start] Entegrasyona we niha dest pê dike, dema hûn hêj li navenda penaberan azc dijîn. Şaredarî dersên we amade dike. Hûn beşdarî bernameya COA nabin.
        [combined] Şaredarî dema hûn hêj li navenda penaberan azc ne bi we re dipeyive: hevpeyvîna berfireh (brede intake). Dersên we piştî barkirinê dest pê dikin. Heta wê demê hûn dikarin beşdarî bernameya COA bibin.
       *[after_housing] Her tişt bi şaredariyê re piştî ku hûn diçin mala xwe ya nû dest pê dike. Heta wê demê hûn dikarin beşdarî bernameya COA bibin.
    }
plan-ask-programme =
    { $explanation }

    Hûn dixwazin beşdarî bernameya COA bibin (dersên holendî, agahî li ser Holendayê)?
button-plan-yes = ✅ Erê
button-plan-no = ✖️ Na
plan-programme = { $value ->
        [will_not] beşdar nabe (destpêka bilez)
        [agrees] beşdar dibe
        [declines] beşdar nabe
       *[asked] hêj bersiv tune
    }
plan-programme-thanks = Spas. Bernameya COA: { $value }.
plan-programme-staff = { $name } (dosya { $reference }), Bernameya COA: { $value }.
plan-free-text = { $text } (nehatiye wergerandin)
plan-kind = { $kind ->
        [introduction] Nasîn û hilbijartina rê
        [programme_alignment] Girêdana bi bernameya COA re
        [broad_intake] Destpêka hevpeyvîna berfireh
        [client_profile] Radestkirina profîla xerîdar
        [handover_conversation] Axaftina radestkirinê
        [documents] Belgeyan bînin
        [profile_update] COA profîla xerîdar nû dike
        [interpreter] Wergêr amade bikin
        [next_contact] Têkiliya din
        [intake_date] Dîrok û cihê hevpeyvîna destpêkê ya berfireh
        [pip_date] Dîroka plana kesane (PIP)
       *[free] Lihevhatin
    }
plan-owner = { $owner ->
        [coa] COA
        [gemeente] şaredarî
       *[holder] xwediyê destûra rûniştinê
    }
plan-due-waits = li benda dîroka xaniyê
plan-item = { $status ->
        [done] ✅
        [cancelled] ✖️
        [late] ⚠️
       *[planned] ▫️
    } { $what } · { plan-owner } · { $due }{ $status ->
        [late] {" "}(dereng)
       *[other] {""}
    }
plan-item-at = { $item } · { $place ->
        [azc] navenda penaberan azc
       *[gemeente] şaredarî
    }
plan-none = Hêj plan tune.
button-plan-options = 🧭 Rê hilbijêrin
plan-view =
    📋 Plan { $reference } (guhertoya { $version })
    Rê: { $option }
    Bernameya COA: { $programme }

    { $items }

    { $confirmed }
button-plan-done = ✅ Qediya: { $what }
button-plan-add = ➕ Lihevhatin
button-plan-send = 📨 Ji hemûyan re bişînin
button-plan-housing = 🏠 Dîroka xaniyê
plan-who-staff = { $name } ({ $party ->
        [coa] COA
       *[gemeente] şaredarî
    })
plan-who-holder = { $name }
plan-confirmed-line = { $current ->
        [yes] ✅
       *[no] ⏳
    } { $who }: bi guhertoyê razî ye: { $version }, { $at }
plan-unconfirmed-line = ⏳ { $who }: hêj nepejirandiye
plan-next = { $what }, { $due }
plan-next-none = êdî tiştek nehatiye plankirin
plan-case-line = • { $reference } – { $name }: { $option }. Ya din: { $next }. Dereng: { $late }. Nepejirandî: { $unconfirmed }.
plan-case-overview =
    Dosyayên we:
    { $cases }
plan-due-before-matching = Ev dîrok berî dabeşkirin e. Dîrokeke paşê hilbijêrin.
plan-due-in-past = Ev dîrok derbas bûye. Dîrokekê ji îro û pê ve hilbijêrin.
plan-due-after-term = Ev dîrok piştî dawiya dema entegrasyonê (sê sal) ye. Dîrokeke berê hilbijêrin.
plan-ask-kind = Hûn kîjan lihevhatinê zêde dikin?
button-plan-free = ✏️ Nivîsa xwe
plan-ask-free = Lihevhatinê di rêzekê de binivîsin.
plan-free-bad = Rêzekê bi herî zêde { $max } tîpan bikar bînin.
plan-ask-owner = Kî dike?
plan-ask-due = Heta kengê? Bişkokekê bitikînin, an bi dîrokekê bersiv bidin (dd-mm-yyyy).
button-plan-in-days = di { $days } rojan de
plan-agreement-added = Dosya { $reference }: lihevhatin hat zêdekirin: { $what } · { plan-owner } · { $due }.
plan-item-done = Dosya { $reference }: qediya: { $what }.
plan-sent = Plana dosyaya { $reference } (guhertoya { $version }) ji hemûyan re hat şandin.
button-plan-agree = 👍 Ez razî me
button-plan-question = ❓ Pirsa min heye
plan-outdated = Ev guhertoyeke kevn a planê ye. Guhertoyeke nû heye ({ $version }). Ji bo dîtinê /plan binivîsin.
plan-thanks = Spas. Hûn bi guhertoya { $version } ya planê razî ne.
plan-confirmed-staff = { $who } bi guhertoya { $version } ya planê razî ye (dosya { $reference }).
plan-ask-question = Pirsa xwe binivîsin. Em wê ji kesên we yên têkiliyê re dişînin.
plan-question-staff = Pirsa { $who } li ser planê (dosya { $reference }): { $text } (nehatiye wergerandin)
plan-question-sent = Pirsa we hat şandin. Kesê we yê têkiliyê dê bersiv bide.
plan-ask-housing = Dîroka nû ya xaniyê çi ye? Bi dîrokekê bersiv bidin (dd-mm-yyyy).
plan-change-line = • { $what }: { $old } → { $new }
plan-housing-moved =
    🏠 Dîroka nû ya xaniyê ({ $reference }): { $date }.
    Ji ber vê çi diguhere:
    { $changes }
plan-long-wait-holder = Demekê bêdeng bû. Tiştek guherî? Ji kesê xwe yê têkiliyê re bêjin, an ji bo dîtina planê /plan binivîsin.
plan-due-soon = ⏰ Sibê ({ $reference }): { $what }, { $due }.
plan-overdue = ⚠️ Dereng ({ $reference }): { $what }, { $due }.

# The summary document for the case file (issue 3).
button-plan-summary = 📄 Kurte
plan-summary-caption = Kurteya plana dosyaya { $reference }, bi holendî û bi zimanê xerîdar. Pelê di gerokekê de vekin; hûn dikarin wek PDF jî çap bikin.
plan-summary-title = Plana veguhastinê { $reference }
plan-summary-note = Nivîsa ku karmendek nivîsî wek xwe tê nîşandan û nehatiye wergerandin.
plan-summary-empty = Tune.
plan-summary-value = { $value }
plan-summary-at = { $at }
plan-summary-none = –
plan-summary-system = bot
plan-summary-unknown = nenas
plan-summary-fact-reference = Dosya
plan-summary-fact-name = Nav
plan-summary-fact-option = Rê
plan-summary-fact-programme = Bernameya COA
plan-summary-fact-housing = Dîroka xaniyê ya tê hêvîkirin
plan-summary-fact-version = Guhertoya
plan-summary-fact-made = Hat çêkirin
plan-summary-items = Xal û lihevhatin
plan-summary-col-what = Çi
plan-summary-col-owner = Kî
plan-summary-col-due = Kengî
plan-summary-col-status = Rewş
plan-summary-confirmations = Erêkirin
plan-summary-col-who = Kî
plan-summary-col-version = Guhertoya
plan-summary-col-answer = Bersiv
plan-summary-col-at = Dem
plan-summary-history = Dîrok
plan-summary-col-change = Guhertin
plan-summary-col-old = Berê
plan-summary-col-new = Niha
plan-summary-version = guhertoya { $version }
plan-summary-agreement = { $what } · { plan-owner } · { $due }
plan-summary-field-item = { $field } · { $what }
plan-summary-status = { $status ->
       *[planned] plankirî
        [done] qediya
        [cancelled] betal
        [late] dereng
    }
plan-summary-answer = { $answer ->
       *[question] pirs
        [agree] erê
    }
plan-summary-long-wait = { $answer ->
       *[nothing] tiştek neguheriye
        [holds] plan hêj derbasdar e
        [changed] tiştek guheriye
    }
plan-summary-field = { $field ->
       *[other] Guhertin
        [option] Rê
        [programme] Bernameya COA
        [agreement] Lihevkirin hat zêdekirin
        [sent] Hat şandin
        [confirmed] Hat erêkirin
        [question] Pirs
        [status] Rewş
        [housing_date] Dîroka xaniyê
        [due_date] Dîrok
        [owner] Kî dike
        [text] Nivîs
        [long_wait] Bendewariya dirêj
    }
# Long-wait answers (issue 3).
plan-long-wait-staff-days = Dosya { $reference }: { $days } roj bê çalakî. Plan hêj derbasdar e?
button-plan-still-holds = ✅ Plan derbasdar e
button-plan-changed = ✏️ Tiştek guheriye
button-plan-nothing-changed = ✅ Tiştek neguheriye
plan-long-wait-thanks = Spas. Bersiva we hat tomarkirin.
plan-long-wait-answered = Dosya { $reference }, bendewariya dirêj: { $who } bersiv dide: { $answer }.
plan-long-wait-update = Spas. Planê bi /plan nû bikin.

# Changing one agreement
button-plan-edit = ✏️ { $what }
button-plan-cancel-item = ❌ Lihevhatinê betal bike
plan-edit-menu = { $what }: niha { $due }. Dîroka nû? Bişkokekê bitikînin, an bi dîrokekê bersiv bidin (dd-mm-yyyy). Bi bişkokan hûn herwiha dikarin lihevhatinê bidin aliyekî din, nivîsa wê biguherînin (tenê ji bo nivîsa xwe) an lihevhatinê betal bikin.
plan-agreement-moved = Dosya { $reference }: dîroka nû ji bo { $what }: { $old } → { $new }.
plan-agreement-cancelled = Dosya { $reference }: lihevhatin hat betalkirin: { $what }.
# Another owner or new wording for one agreement (the two notices reach the status holder too)
button-plan-owner-to = 👤 Bo { plan-owner }
button-plan-reword = ✏️ Nivîsa nû
plan-ask-reword = Nivîsa nû ya lihevhatinê di rêzekê de binivîsin.
plan-agreement-owner = Dosya { $reference }: { $what }: niha kî dike: { $new } (berê: { $old }).
plan-agreement-reworded = Dosya { $reference }: nivîsa nû ya lihevhatinekê: { $old } → { $new }.

# holder: the plan's items as the status holder reads them (issue 15): plain words, "you", the
# Dutch term in brackets where staff use one. Staff keep plan-kind and plan-item.
plan-kind-holder = { $kind ->
        [introduction] Nasîn û hilbijartina rêya entegrasyona we (keuze route)
        [programme_alignment] Tiştên ku hûn di bernameya COA de fêr dibin, li gorî entegrasyona we ne (programma van COA)
        [broad_intake] Hevdîtinek li ser dibistan, kar û tenduristiya we: hevpeyvîna berfireh (brede intake)
        [client_profile] COA agahiyên we dide şaredariyê: profîla xerîdar (klantprofiel)
        [handover_conversation] Hevdîtina sê alî bi we, COA û şaredariyê re (driegesprek)
        [documents] Belgeyên xwe bînin
        [profile_update] COA agahiyên we nû dike: profîla xerîdar (klantprofiel)
        [interpreter] Amadekirina wergêr
        [next_contact] Hevdîtina din bi kesê we yê têkiliyê re
        [intake_date] Kengê û li ku hevdîtina li ser dibistan, kar û tenduristiyê ye: hevpeyvîna berfireh (brede intake)
        [pip_date] Kengê plana we ya kesane amade ye (PIP)
       *[free] Lihevhatin
    }
# holder
plan-owner-holder = { $owner ->
        [coa] COA
        [gemeente] şaredarî
       *[holder] hûn
    }
# holder
plan-item-holder = { $status ->
        [done] ✅
        [cancelled] ✖️
        [late] ⚠️
       *[planned] ▫️
    } { $what } · { plan-owner-holder } · { $due }{ $status ->
        [late] {" "}(dereng)
       *[other] {""}
    }
