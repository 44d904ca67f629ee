# The status holder's first steps. Plain language: short sentences, everyday words.

holder-privacy-notice =
    🔒 Agahiyên we
    Em tenê van tomar dikin: navê we yê pêşîn, hejmara dosyayê, zimanê we û peymanên li ser barkirina we bo şaredariyê (gemeente).
    Kî vê dibîne? Kesê we yê têkiliyê li COA û li şaredariyê.
    Çima? Şaredarî di entegrasyonê (inburgering) de alîkariya we dike. Li gorî qanûnê ev karê wê ye.
    Em li ser tenduristî, ol an eslê we napirsin.
    Hûn her dem dikarin bipirsin ka em çi tomar dikin. Hûn dikarin bixwazin ku ew were jêbirin jî. Ji kesê xwe yê têkiliyê bipirsin.
button-privacy-ok = ✅ Min fêm kir
holder-overview =
    👋 Bi xêr hatin!
    Kesê we yê têkiliyê li COA: { $coa_contact } ({ $coa })
    Kesê we yê têkiliyê li şaredariyê (gemeente): { $gemeente_contact } ({ $gemeente })

    Niha çi dibe?
    1. Şaredarî bi we û COA re hildibijêre ka entegrasyona we çawa dest pê dike.
    2. Dema ku hevdîtineke sê alî bi we, COA û şaredariyê re hebe (driegesprek), hûn ê li vir peyamekê bistînin.
    3. Ji bo ku hûn vê dîsa bibînin, /menu binivîsin.
holder-joined-staff = ✅ { $name } (dosya { $reference }) niha beşdar e û bi { language-name } dixwîne.
