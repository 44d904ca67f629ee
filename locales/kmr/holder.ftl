# The status holder's first steps. Plain language: short sentences, everyday words.

holder-privacy-notice-v2 =
    🔒 Agahiyên we

    Em çi tomar dikin?
    • Navê we yê pêşîn.
    • Hejmara dosyayê ya COA an şaredariyê (gemeente).
    • Zimanê we.
    • Lihevhatinên li ser barkirina we.
    • Paşê, tenê heke hûn bixwazin: bersiv û pirsên we ji bo amadekirina hevdîtinê.

    Kî vê dibîne?
    Kesê we yê têkiliyê li COA û li şaredariyê.
    Ew bersiv û pirsên we tenê dibînin heke hûn bibêjin erê. Hûn her dem dikarin vê rawestînin.

    Çima?
    Şaredarî di entegrasyonê (inburgering) de alîkariya we dike. Li gorî qanûnê ev karê wê ye.

    Em qet hûrguliyên li ser tenduristî, ol an eslê we napirsin.
    Dibe ku em bipirsin ka hûn dixwazin li ser tenduristî an lênêrînê biaxivin. Hûn bi xwe hildibijêrin. Hûn qet ne mecbûr in bibêjin ka ew çi ye.

    Hûn her dem dikarin bibînin ka em çi tomar dikin: /mydata. Hûn dikarin ji me bixwazin ku em wê jê bibin: /delete.
button-privacy-ok = ✅ Min fêm kir
holder-overview-v2 =
    👋 Bi xêr hatin!
    Kesê we yê têkiliyê li COA: { $coa_contact } ({ $coa })
    Kesê we yê têkiliyê li şaredariyê (gemeente): { $gemeente_contact } ({ $gemeente })

    { $next }

    Ji bo ku hûn vê dîsa bibînin, /menu binivîsin.
holder-next-fresh =
    Niha çi dibe?
    1. Şaredarî bi we û COA re hildibijêre ka entegrasyona we çawa dest pê dike.
    2. Dema ku hevdîtineke sê alî bi we, COA û şaredariyê re hebe (driegesprek), hûn ê li vir peyamekê bistînin.
holder-next-none = 📅 Hîn tu hevdîtin nehatiye plankirin. Dema hevdîtinek hebe, hûn ê li vir peyamekê bistînin.
holder-next-choosing = 📅 Em ji bo hevdîtina we demekê digerin. Hûn ê li vir peyamekê bi deman bistînin (an we ew berê stendiye). Di wê peyamê de demên ku ji we re guncav in hilbijêrin.
holder-next-meeting =
    📅 Hevdîtin: { $at }
    { $where }
holder-next-bring =
    🎒 Van bînin hevdîtinê:
    { $items }
holder-next-bring-all = 🎒 Hemû belgeyên we ji bo hevdîtinê amade ne. 👍
holder-next-task =
    ✏️ Karê we yê din: { $what }
    Kengî: { $due }
holder-joined-staff = ✅ { $name } (dosya { $reference }) niha beşdar e û bi { language-name } dixwîne.
holder-not-text = 🎤 Ez nikarim guh bidim peyamên dengî an li wêneyan binêrim. Li bişkokekê bitikînin. Pirsên we hene? Ji kesê xwe yê têkiliyê re telefon bikin an binivîsin.
holder-use-buttons = 👇 Li bişkokekê bitikînin. Pirsên we hene? Ji kesê xwe yê têkiliyê bipirsin.
button-menu-home = 🏠 Menû
