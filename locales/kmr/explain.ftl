## Explainers (issue 15): the terms of the handover in plain words, at most about 60 words each:
## what it is, who does it, what it means for you, whether it is required. Written from the
## domain brief only; no legal advice. The Dutch term stays in brackets so people can say it.

explain-button-how = ❓ Ev çawa dixebite?
explain-button-all = 📚 Hemû ravekirin
explain-button-send = ❓ Ravekirinekê bişînin
explain-list = 📚 Wateya wê çi ye? Li peyvekê bitikînin.
explain-button = ❓ { $term ->
        [handover] Ev çawa dixebite?
        [fast_start] Rêbaz 1 · Destpêka bilez
        [combined] Rêbaz 2 · Hevbeş
        [after_housing] Rêbaz 3 · Piştî barkirinê
        [broad_intake] Hevpeyvîna berfireh
        [learnability] Testa fêrbûnê
        [pip] Plana kesane (PIP)
        [b1_route] Rêya B1
        [education_route] Rêya perwerdeyê
        [z_route] Rêya Z
        [knm] KNM
        [map] MAP
        [participation] Daxuyaniya beşdariyê
        [client_profile] Profîla xerîdar
       *[coa_programme] Bernameya COA
    }
explain-handover =
    ❓ Ev çawa dixebite?
    1. COA û şaredariya we (gemeente) bi hev re bi we re diaxivin. Ev hevdîtina sê alî ye (driegesprek). Ew dikare bi vîdyoyê an bi telefonê jî be.
    2. Hûn bi hev re li hev dikin ka kî çi dike, û kengî. Ev plana we ye.
    3. Ev bot bîra herkesî tîne. Ew plana we bi zimanê we nîşanî we dide.
    Kesê we yê têkiliyê li COA: { $coa }
    Kesê we yê têkiliyê li şaredariyê: { $gemeente }
explain-text = { $term ->
        [fast_start] Rêbaz 1 · Destpêka bilez: entegrasyona we (inburgering) bi şaredariyê re niha dest pê dike, dema ku hûn hê li azc dijîn. Şaredarî dersên we amade dike. Ew piştî barkirinê berdewam dikin. Hûn beşdarî bernameya COA nabin.
        [combined] Rêbaz 2 · Hevbeş: şaredarî jixwe li azc bi we re diaxive: hevpeyvîna berfireh (brede intake). Dersên we piştî barkirinê dest pê dikin. Heta wê demê hûn dikarin beşdarî bernameya COA bibin.
        [after_housing] Rêbaz 3 · Destpêk piştî barkirinê: her tişt bi şaredariyê re piştî ku hûn diçin mala xwe ya nû dest pê dike. Heta wê demê hûn dikarin beşdarî bernameya COA bibin.
        [broad_intake] Hevpeyvîna berfireh (brede intake): hevdîtinek bi şaredariyê re li ser we: dibistan, kar, malbat û tenduristî. Testa fêrbûnê jî heye. Divê hûn beşdar bibin. Heke hûn piştî du vexwendinan neyên, dibe ku hûn cezayê pereyan bistînin.
        [learnability] Testa fêrbûnê (leerbaarheidstoets): testeke kurt li ser ka hûn çawa fêr dibin. Ew beşek ji hevpeyvîna berfireh e. Ew alîkariya şaredariyê dike ku rêya ku li we tê hilbijêre.
        [pip] Plana kesane (PIP): şaredarî plana entegrasyona we dinivîse: rêya we (rêya B1, rêya perwerdeyê an rêya Z) û tiştên din ên ku hûn dikin. Pêşî hûn li ser wê diaxivin. 3 salên entegrasyona we roja piştî PIP-a we ya yekem dest pê dikin.
        [b1_route] Rêya B1: hûn Holendî heta asta B1 hîn dibin, û hûn ber bi karekî ve dixebitin. Şaredarî rêyê bi we re di plana we ya kesane (PIP) de hildibijêre.
        [education_route] Rêya perwerdeyê (onderwijsroute): ji bo ciwanan. Hûn Holendî hîn dibin da ku li Holendayê biçin dibistanê an bixwînin. Ew di plana we ya kesane (PIP) de tê hilbijartin.
        [z_route] Rêya Z: ji bo kesên ku asta B1 ji wan re pir zehmet e. Hûn Holendî hîn dibin, û hîn dibin ka hûn çawa di jiyana rojane de bi serê xwe karên xwe bikin. Ew di plana we ya kesane (PIP) de tê hilbijartin.
        [knm] KNM (zanîna civaka Holendayê): dersên li ser jiyana li Holendayê: lênihêrîna tenduristiyê, kar, dibistan, xanî û qanûn. Ew beşek ji entegrasyona we ye.
        [map] MAP (bazara kar û beşdarî): hûn hîn dibin ka kar li Holendayê çawa ye û hûn çawa karekî bibînin. Ew beşek ji entegrasyona we ye.
        [participation] Daxuyaniya beşdariyê (participatieverklaring): hûn nirxên bingehîn ên Holendayê hîn dibin, wek azadî û wekhevî. Paşê hûn daxuyaniyekê îmze dikin. Ew beşek ji entegrasyona we ye.
        [client_profile] Profîla xerîdar (klantprofiel): tiştên ku COA li ser we dinivîse: dibistan, kar, daxwaz, malbat û ziman. COA wê dide şaredariya we, da ku ne hewce be hûn her tiştî dîsa bêjin.
       *[coa_programme] Bernameya COA: dema ku hûn li azc li bendê ne, COA dersên Holendî, agahiyên li ser Holendayê û şêwirmendî pêşkêş dike. Hûn bi xwe hildibijêrin ka hûn beşdar dibin an na. Tiştê ku şaredarî amade dike, pêşî tê.
    }
explain-pick = Hûn dixwazin kîjan ravekirinê ji { $name } ({ $reference }) re bişînin? Ew wê bi zimanê xwe distîne.
explain-sent = ✅ Ji xwediyê destûra rûniştinê yê dosyaya { $reference } re hat şandin.
explain-no-holder = Xwediyê destûra rûniştinê yê dosyaya { $reference } hê tevlî nebûye.
explain-sent-holder =
    { $who } ravekirinek ji we re şand:

    { $text }
