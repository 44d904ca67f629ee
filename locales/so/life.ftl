## A case's life (issue 12): closing with a reason, reopening within 30 days, handing a case to a
## colleague, and an admin ending a caseworker's access. Staff messages name the case
## (reference and first name); the status holder's say "you" and what happens next.

button-case-close = 🗂 Xir kiiska
button-case-handover = 🤝 U wareeji saaxiib shaqo
button-cases-closed = 🗄 Kiisaska la xiray

# Why a case is closed; $reason is one of the codes below.
close-reason = { $reason ->
    [handed_over] wuu guuray, waana la wareejiyay
    [moved_elsewhere] wuxuu u guuray dawlad hoose kale
    [not_required] mar dambe kuma khasbana isdhexgalka
   *[other] sabab kale
}
button-close-reason = { $reason ->
    [handed_over] 🏠 Wuu guuray, waana la wareejiyay
    [moved_elsewhere] 🚚 Dawlad hoose kale
    [not_required] 📄 Mar dambe kuma khasbana isdhexgalka
   *[other] ✏️ Sabab kale
}
button-close-yes = ✅ Haa, xir
button-close-no = ↩️ Maya, furan ha ahaado

life-close-ask-reason = Maxaad u xiraysaa kiiska { $reference } ({ $name })?
life-close-confirm =
    Ma xiraysaa kiiska { $reference } ({ $name })? Sababta: { $reason }.
    Dhammaan xasuusinta furan way joogsanayaan, qof kasta oo kiiska ku jira fariin ayuu helayaa. Kiiska dib ayaad u furi kartaa 30 maalmood gudahood.
life-close-kept = Kiiska { $reference } ({ $name }) wuu furnaanayaa.
life-closed-you = ✅ Kiiska { $reference } ({ $name }) waa la xiray. Sababta: { $reason }. Dib ayaad u furi kartaa ilaa { $until }: /cases, kadibna 🗄 Kiisaska la xiray.
life-closed-staff = 🗂 Kiiska { $reference } ({ $name }) waxaa xiray { $who }. Sababta: { $reason }. Xasuusinta kiiskan waa la joojiyay.
life-closed-holder = { $org } waxay dhammaysay taageerada wada-hadalkan. Halkan mar dambe fariin ama xasuusin kama heli doontid. Su'aal ma qabtaa? Fadlan si toos ah ula xiriir qofka aad la xiriirto ee { $org }.
life-already-closed = Kiiska { $reference } ({ $name }) horay ayaa loo xiray.

life-closed-list =
    🗄 Kiisaska la xiray 90-kii maalmood ee u dambeeyay ({ $count }):
    { $items }
life-closed-line = • { $reference } – { $name }: la xiray { $date }, { $reason }
life-closed-none = Ma jiraan kiisas la xiray 90-kii maalmood ee u dambeeyay.
button-case-reopen = ↩️ Dib u fur: { $reference } · { $name }
life-reopen-too-late = Kiiska { $reference } ({ $name }) wuxuu xirnaa in ka badan 30 maalmood, mar dambe dib looma furi karo. Haddii loo baahdo, kiis cusub ku fur /newcase.
life-not-closed = Kiiska { $reference } ({ $name }) horay ayuu u furnaa.
life-reopened-you = ↩️ Kiiska { $reference } ({ $name }) mar kale waa furan yahay. Xasuusintii ka horreysay xiritaanka dib uma soo noqonayso; haddii loo baahdo, kulan cusub ku qorshee /meet.
life-reopened-staff = ↩️ Kiiska { $reference } ({ $name }) waxaa dib u furay { $who }.
life-reopened-holder = { $org } waxay dib u furtay taageeradaada wada-hadalkan. /menu ku qor si aad u aragto xaaladdaada.

# The question once the housing date has passed and the driegesprek was held.
life-close-suggest = 🏠 Kiiska { $reference } ({ $name }): taariikhda guriga ({ $date }) way dhaaftay, kulan saddex dhinac ah waa la qabtay. Wareejintu ma dhammaatay? Markaas kiiska waad xiri kartaa.

life-handover-pick = Saaxiibkee shaqo ee { $org } ayaad u wareejinaysaa kiiska { $reference } ({ $name })? Kuwani waa saaxiibada shaqada ee isticmaala bot-ka.
life-handover-none = Weli saaxiib shaqo oo kale oo ka tirsan { $org } kuma biirin bot-ka. Maamulaha ka codso inuu casuumaad u diro saaxiibkaaga shaqada.
button-colleague = { $name }
life-handover-offered = Waxaa la weydiiyay { $colleague }. Marka uu kiiska la wareego, fariin ayaad heli doontaa. Ilaa markaas adiga ayaa ah qofka xiriirka.
life-handover-offer = { $from } wuxuu rabaa inuu kuu wareejiyo kiiska { $reference } ({ $name }). Ma la wareegaysaa kiiska? Markaas adiga ayaa noqonaya qofka xiriirka ee { $org } ee { $name }.
button-handover-accept = ✅ La wareeg
button-handover-decline = ❌ Ha la wareegin
life-handover-done-you = ✅ Hadda adiga ayaa ah qofka xiriirka ee kiiska { $reference } ({ $name }). /plan waxaad ku aragtaa qorshaha, /meet waxaad ku qorsheysaa kulanka.
life-handover-done-staff = 🤝 Kiiska { $reference } ({ $name }): { $to } hadda waa qofka xiriirka ee { $org }, halkii { $from }.
life-handover-done-holder = Qofka aad la xiriirto ee { $org } hadda waa { $to }, halkii { $from }.
life-handover-declined = { $to } lama wareegayo kiiska { $reference } ({ $name }). Adiga ayaa weli ah qofka xiriirka.
life-handover-declined-you = Lama wareegaysid kiiska { $reference } ({ $name }). { $from } ayaa weli ah qofka xiriirka.
life-handover-stale = Codsigan mar dambe ma shaqeeyo.

# An admin ended a caseworker's access (`driegesprek staff revoke`).
life-revoked-colleagues = ⚠️ Kiiska { $reference } ({ $name }): { $who } mar dambe kama shaqeeyo bot-ka, kumana jiro kiiskan.
life-revoked-nobody =
    ⚠️ Kiiska { $reference } ({ $name }): { $who } mar dambe kama shaqeeyo bot-ka. Kiisku hadda ma laha qofka xiriirka ee { $org }. Link-gan u dir { $org }, si saaxiib shaqo oo halkaas jooga uu ugu biiro. Link-gu hal mar ayuu shaqeeyaa, ilaa { $expires }.
    { $link }
life-revoked-holder = { $who } mar dambe ma aha qofka aad la xiriirto ee { $org }. Fariin ayaad heli doontaa marka qof cusub oo aad la xiriirto la helo.
