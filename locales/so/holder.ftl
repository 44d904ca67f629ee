# The status holder's first steps. Plain language: short sentences, everyday words.

holder-privacy-notice-v2 =
    🔒 Xogtaada

    Maxaan kaydinnaa?
    • Magacaaga hore.
    • Lambarka faylka ee COA ama dawladda hoose (gemeente).
    • Luqaddaada.
    • Waxa la isku raacay ee ku saabsan guuritaankaaga.
    • Goor dambe, oo kaliya haddii aad rabto: jawaabahaaga iyo su'aalahaaga diyaarinta kulanka.

    Yaa arka?
    Qofka aad la xiriirto ee COA iyo kan dawladda hoose.
    Jawaabahaaga iyo su'aalahaaga waxay arkaan oo kaliya haddii aad tiraahdo haa. Mar walba waad joojin kartaa.

    Sababta?
    Dawladda hoose ayaa kaa caawisa isdhexgalka (inburgering). Taasi waa hawsheeda sida sharcigu dhigayo.

    Weligeen kuma weydiinno faahfaahinta caafimaadkaaga, diintaada ama asalkaaga.
    Waxaa laga yaabaa inaan ku weydiinno haddii aad rabto inaad ka hadasho caafimaad ama daryeel. Adigaa dooranaya. Weligaa laguma qasbo inaad sheegto waxa uu yahay.

    Mar walba waad arki kartaa waxa aan kaydinno: /mydata. Waad naga codsan kartaa inaan tirtirno: /delete.
button-privacy-ok = ✅ Waan fahmay
holder-overview-v2 =
    👋 Soo dhawoow!
    Qofka aad la xiriirto ee COA: { $coa_contact } ({ $coa })
    Qofka aad la xiriirto ee dawladda hoose: { $gemeente_contact } ({ $gemeente })

    { $next }

    Qor /menu si aad tan mar kale u aragto.
holder-next-fresh =
    Maxaa hadda dhacaya?
    1. Dawladda hoose, adiga iyo COA ayaa wada go'aamiya sida isdhexgalkaagu u bilaabanayo.
    2. Halkan fariin ayaad ka heli doontaa marka uu jiro kulan saddex dhinac ah (driegesprek): adiga, COA iyo dawladda hoose.
holder-next-none = 📅 Weli kulan lama qorsheyn. Halkan fariin ayaad ka heli doontaa marka kulan jiro.
holder-next-choosing = 📅 Waxaan raadineynaa waqti kulankaaga. Halkan fariin waqtiyo leh ayaad ka heli doontaa (ama horay ayaad u heshay). Fariintaas ku dooro waqtiyada kuu fiican.
holder-next-meeting =
    📅 Kulanka: { $at }
    { $where }
holder-next-bring =
    🎒 Kulanka la imow:
    { $items }
holder-next-bring-all = 🎒 Dhammaan waraaqahaagu diyaar bay u yihiin kulanka. 👍
holder-next-task =
    ✏️ Hawshaada xigta: { $what }
    Goorma: { $due }
holder-joined-staff = ✅ { $name } (kiiska { $reference }) hadda wuu ku biiray. Luqadda: { language-name }.
holder-not-text = 🎤 Ma dhegaysan karo fariimaha codka ah, mana eegi karo sawirrada. Riix badhan. Su'aalo ma qabtaa? Wac ama fariin u qor qofka aad la xiriirto.
holder-use-buttons = 👇 Riix badhan. Su'aalo ma qabtaa? Weydii qofka aad la xiriirto.
button-menu-home = 🏠 Liiska
