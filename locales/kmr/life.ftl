## A case's life (issue 12): closing with a reason, reopening within 30 days, handing a case to a
## colleague, and an admin ending a caseworker's access. Staff messages name the case
## (reference and first name); the status holder's say "you" and what happens next.

button-case-close = 🗂 Dosyayê bigirin
button-case-handover = 🤝 Radestî hevkarekî bikin
button-cases-closed = 🗄 Dosyayên girtî

# Why a case is closed; $reason is one of the codes below.
close-reason = { $reason ->
    [handed_over] bar kir û hat radestkirin
    [moved_elsewhere] bar kir bo şaredariya din
    [not_required] êdî ne mecbûrê entegrasyonê ye
   *[other] sedemeke din
}
button-close-reason = { $reason ->
    [handed_over] 🏠 Bar kir û hat radestkirin
    [moved_elsewhere] 🚚 Bo şaredariya din
    [not_required] 📄 Êdî ne mecbûrê entegrasyonê ye
   *[other] ✏️ Sedemeke din
}
button-close-yes = ✅ Erê, bigirin
button-close-no = ↩️ Na, vekirî bihêlin

life-close-ask-reason = Hûn çima dosyaya { $reference } ({ $name }) digirin?
life-close-confirm =
    Dosyaya { $reference } ({ $name }) were girtin? Sedem: { $reason }.
    Hemû bîrxistinên vekirî radiwestin û her kesê di dosyayê de agahdar dibe. Hûn dikarin di nav 30 rojan de dosyayê ji nû ve vekin.
life-close-kept = Dosyaya { $reference } ({ $name }) vekirî dimîne.
life-closed-you = ✅ Dosyaya { $reference } ({ $name }) hat girtin. Sedem: { $reason }. Hûn dikarin heta { $until } wê ji nû ve vekin: /cases, paşê 🗄 Dosyayên girtî.
life-closed-staff = 🗂 Dosyaya { $reference } ({ $name }) ji aliyê { $who } ve hat girtin. Sedem: { $reason }. Bîrxistinên vê dosyayê rawestiyan.
life-closed-holder = { $org } alîkariya di vê chatê de bi dawî kir. Hûn ê êdî li vir tu peyam an bîrxistin nestînin. Pirsa we heye? Ji kerema xwe rasterast bi kesê xwe yê têkiliyê li { $org } re têkilî daynin.
life-already-closed = Dosyaya { $reference } ({ $name }) jixwe hatiye girtin.

life-closed-list =
    🗄 Dosyayên ku di 90 rojên dawî de hatine girtin ({ $count }):
    { $items }
life-closed-line = • { $reference } – { $name }: di { $date } de hat girtin, { $reason }
life-closed-none = Di 90 rojên dawî de tu dosya nehatine girtin.
button-case-reopen = ↩️ Ji nû ve vekin: { $reference } · { $name }
life-reopen-too-late = Dosyaya { $reference } ({ $name }) zêdetirî 30 rojan e girtî ye û êdî nikare ji nû ve were vekirin. Heke hewce be, bi /newcase dosyayeke nû vekin.
life-not-closed = Dosyaya { $reference } ({ $name }) jixwe vekirî ye.
life-reopened-you = ↩️ Dosyaya { $reference } ({ $name }) dîsa vekirî ye. Bîrxistinên berî girtinê venagerin; heke hewce be, bi /meet hevdîtineke nû plan bikin.
life-reopened-staff = ↩️ Dosyaya { $reference } ({ $name }) ji aliyê { $who } ve ji nû ve hat vekirin.
life-reopened-holder = { $org } alîkariya we di vê chatê de ji nû ve vekir. Bi /menu hûn kurteya xwe dibînin.

# The question once the housing date has passed and the driegesprek was held.
life-close-suggest = 🏠 Dosyaya { $reference } ({ $name }): dîroka xaniyê ({ $date }) derbas bû û hevdîtina sê alî pêk hat. Derbasbûn temam e? Wê demê hûn dikarin dosyayê bigirin.

life-handover-pick = Hûn dixwazin dosyaya { $reference } ({ $name }) radestî kîjan hevkarê xwe li { $org } bikin? Ev hevkarên ku botê bikar tînin in.
life-handover-none = Hêj tu hevkarekî din ji { $org } beşdarî botê nebûye. Ji rêveber vexwendinekê ji bo hevkarê xwe bixwazin.
button-colleague = { $name }
life-handover-offered = Ji { $colleague } hat pirsîn. Gava ku dosyayê wergire, hûn ê agahdar bibin. Heta wê demê hûn kesê têkiliyê dimînin.
life-handover-offer = { $from } dixwaze dosyaya { $reference } ({ $name }) radestî we bike. Hûn dosyayê werdigirin? Wê demê hûn dibin kesê têkiliyê yê { $org } ji bo { $name }.
button-handover-accept = ✅ Wergirtin
button-handover-decline = ❌ Wernegirtin
life-handover-done-you = ✅ Niha hûn kesê têkiliyê yê dosyaya { $reference } ({ $name }) ne. Bi /plan hûn planê dibînin, bi /meet hûn hevdîtinê plan dikin.
life-handover-done-staff = 🤝 Dosyaya { $reference } ({ $name }): niha { $to } li şûna { $from } kesê têkiliyê yê { $org } e.
life-handover-done-holder = Kesê we yê têkiliyê li { $org } niha { $to } e, li şûna { $from }.
life-handover-declined = { $to } dosyaya { $reference } ({ $name }) wernagire. Hûn kesê têkiliyê dimînin.
life-handover-declined-you = Hûn dosyaya { $reference } ({ $name }) wernagirin. { $from } kesê têkiliyê dimîne.
life-handover-stale = Ev daxwaz êdî ne derbasdar e.

# An admin ended a caseworker's access (`driegesprek staff revoke`).
life-revoked-colleagues = ⚠️ Dosyaya { $reference } ({ $name }): { $who } êdî bi botê re naxebite û êdî ne li ser vê dosyayê ye.
life-revoked-nobody =
    ⚠️ Dosyaya { $reference } ({ $name }): { $who } êdî bi botê re naxebite. Niha di dosyayê de tu kesê têkiliyê yê { $org } tune ye. Vê lînkê ji { $org } re bişînin, da ku hevkarek ji wir beşdar bibe. Lînk tenê carekê dixebite, heta { $expires }.
    { $link }
life-revoked-holder = { $who } êdî ne kesê we yê têkiliyê li { $org } e. Gava kesekî nû yê têkiliyê hebe, hûn ê agahdar bibin.
