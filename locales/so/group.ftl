# Team group chats. Read by staff.

group-welcome = Salaan kooxda! Kooxdan ku xir hay'addaada (markaas kooxdu waxay la socotaa dhammaan kiisaska) ama hal kiis.
group-not-staff = Raali ahow, tan waxaa samayn kara shaqaalaha diiwaangashan ee COA ama dawladda hoose oo kaliya. Waxba isma beddelin.
group-other-org = Kooxdan waxay ku xiran tahay hay'ad kale. Waxba isma beddelin.
button-link-org = 🏢 Dhammaan kiisaska { $org }
button-link-case = 📁 Hal kiis
group-pick-case = Kooxdani kiiskee ayay la socon doontaa?
button-case = { $reference } – { $name }
group-linked-org = ✅ Kooxdani hadda waxay la socotaa dhammaan kiisaska { $org }.
group-linked-case = ✅ Kooxdani hadda waxay la socotaa kiiska { $reference }.
group-not-linked = Kooxdan weli lama xirin. Qor /link si aad u xirto.
group-follows-case = Kooxdani waxay la socotaa kiiska { $reference }.
group-follows-org = Kooxdani waxay la socotaa dhammaan kiisaska { $org }.

# access
access-group-not-following = Kooxdani ma raacdo kiiskan. Waxba isma beddelin.

# groups: removal
group-removed-unlinked = Bot-ka waa laga saaray kooxda { $group }. Sidaas darteed kooxdaasi mar dambe lama socoto wax kiis ah. Haddii aad dib u soo celisaan bot-ka, mar kale ayaad dooran doontaan waxa kooxdu la socoto.
