# The handover plan and agreements (issue 3).

plan-pick-case = የየትኛውን ፋይል ዕቅድ ማየት ይፈልጋሉ?
button-plan-case = ፋይል { $reference } · { $name }
plan-holder-cannot-change = ይህን መቀየር አይችሉም። የሚያነጋግሩት ሰው ያደርገዋል።
plan-gemeente-only = ይህን ማዘጋጃ ቤት ያደርገዋል። ምንም አልተቀየረም።
plan-case-closed = ይህ ፋይል ተዘግቷል። ምንም አልተቀየረም።
plan-not-yours = ይህ ነጥብ የሌላ ወገን ነው። ምንም አልተቀየረም።
plan-edit-conflict = ሌላ ሰው አሁን ይህን ነጥብ ቀይሮታል። ምንም አልጠፋም። ዕቅዱን ለማየት /plan ይጻፉ።
plan-option = { $option ->
        [fast_start] 1 · ፈጣን ጅምር
        [combined] 2 · የተጣመረ መንገድ
       *[after_housing] 3 · ከቤት በኋላ መጀመር
    }
plan-option-none = ገና መንገድ የለም
plan-choose-option =
    ለፋይሉ መንገድ ይምረጡ { $reference }:
    1 · ፈጣን ጅምር: የውህደት ጉዞ በ azc ይጀምራል።
    2 · የተጣመረ መንገድ: ሰፊ የመግቢያ ቃለ መጠይቅ በ azc፣ ጉዞው ከመዛወር በኋላ።
    3 · ከቤት በኋላ መጀመር: ሁሉም ከመዛወር በኋላ ይጀምራል።
plan-option-unchanged = ይህ መንገድ አስቀድሞ ተመርጧል።
plan-option-chosen = ፋይል { $reference }: የተመረጠ መንገድ { $option }. የዕቅዱ ረቂቅ ዝግጁ ነው።
plan-option-holder = { $option ->
        [fast_start] ውህደትዎ አሁን ይጀምራል፣ ገና በ azc እያሉ። ማዘጋጃ ቤት ትምህርቶችዎን ያዘጋጃል። በ COA ፕሮግራም አይሳተፉም።
        [combined] ማዘጋጃ ቤት ገና በ azc እያሉ ያናግርዎታል፦ ሰፊ የመግቢያ ቃለ መጠይቅ (brede intake)። ትምህርቶችዎ ከመዛወር በኋላ ይጀምራሉ። እስከዚያ በ COA ፕሮግራም መሳተፍ ይችላሉ።
       *[after_housing] ከማዘጋጃ ቤት ጋር ሁሉም ወደ አዲሱ ቤትዎ ከተዛወሩ በኋላ ይጀምራል። እስከዚያ በ COA ፕሮግራም መሳተፍ ይችላሉ።
    }
plan-ask-programme =
    { $explanation }

    በ COA ፕሮግራም (የደች ቋንቋ ትምህርት፣ ስለ ኔዘርላንድ መረጃ) መሳተፍ ይፈልጋሉ?
button-plan-yes = ✅ አዎ
button-plan-no = ✖️ አይ
plan-programme = { $value ->
        [will_not] አይሳተፍም (ፈጣን ጅምር)
        [agrees] ይሳተፋል
        [declines] አይሳተፍም
       *[asked] ገና መልስ የለም
    }
plan-programme-thanks = እናመሰግናለን። የ COA ፕሮግራም: { $value }.
plan-programme-staff = { $name } (ፋይል { $reference }), የ COA ፕሮግራም: { $value }.
plan-free-text = { $text } (አልተተረጎመም)
plan-kind = { $kind ->
        [introduction] መተዋወቅ እና የመንገድ ምርጫ
        [programme_alignment] ከ COA ፕሮግራም ጋር መጣጣም
        [broad_intake] የሰፊ የመግቢያ ቃለ መጠይቅ መጀመሪያ
        [client_profile] የደንበኛ መገለጫ ማስረከብ
        [handover_conversation] የርክክብ ውይይት
        [documents] ሰነዶችን ማምጣት
        [profile_update] COA የደንበኛ መገለጫን ያዘምናል
        [interpreter] አስተርጓሚ ማዘጋጀት
        [next_contact] ቀጣይ ግንኙነት
        [intake_date] የሰፊ የመግቢያ ቃለ መጠይቅ ቀን እና ቦታ
        [pip_date] የ PIP ቀን
       *[free] ስምምነት
    }
plan-owner = { $owner ->
        [coa] COA
        [gemeente] ማዘጋጃ ቤት
       *[holder] የመኖሪያ ፈቃድ ባለቤት
    }
plan-due-waits = የቤት ቀንን ይጠብቃል
plan-item = { $status ->
        [done] ✅
        [cancelled] ✖️
        [late] ⚠️
       *[planned] ▫️
    } { $what } · { plan-owner } · { $due }{ $status ->
        [late] {" "}(ዘግይቷል)
       *[other] {""}
    }
plan-item-at = { $item } · { $place ->
        [azc] azc
       *[gemeente] ማዘጋጃ ቤት
    }
plan-none = ገና ዕቅድ የለም።
button-plan-options = 🧭 መንገድ ይምረጡ
plan-view =
    📋 ዕቅድ { $reference } (ስሪት { $version })
    መንገድ: { $option }
    የ COA ፕሮግራም: { $programme }

    { $items }

    { $confirmed }
button-plan-done = ✅ ተጠናቋል: { $what }
button-plan-add = ➕ ስምምነት
button-plan-send = 📨 ለሁሉም ላክ
button-plan-housing = 🏠 የቤት ቀን
plan-who-staff = { $name } ({ $party ->
        [coa] COA
       *[gemeente] ማዘጋጃ ቤት
    })
plan-who-holder = { $name }
plan-confirmed-line = { $current ->
        [yes] ✅
       *[no] ⏳
    } { $who }: በስሪት ተስማምቷል { $version }, { $at }
plan-unconfirmed-line = ⏳ { $who }: ገና አላረጋገጠም
plan-next = { $what }, { $due }
plan-next-none = ሌላ የታቀደ ነገር የለም
plan-case-line = • { $reference } – { $name }: { $option }. ቀጣይ: { $next }. ዘግይቷል: { $late }. ያላረጋገጡ: { $unconfirmed }.
plan-case-overview =
    ፋይሎችዎ:
    { $cases }
plan-due-before-matching = ይህ ቀን ከምደባ በፊት ነው። በኋላ ያለ ቀን ይምረጡ።
plan-due-in-past = ይህ ቀን አልፏል። ከዛሬ ጀምሮ ቀን ይምረጡ።
plan-due-after-term = ይህ ቀን ከውህደት ጊዜ (ሦስት ዓመት) መጨረሻ በኋላ ነው። ቀደም ያለ ቀን ይምረጡ።
plan-ask-kind = የትኛውን ስምምነት መጨመር ይፈልጋሉ?
button-plan-free = ✏️ የራስዎ ጽሑፍ
plan-ask-free = ስምምነቱን በአንድ መስመር ይጻፉ።
plan-free-bad = ቢበዛ { $max } ፊደላት ያለው አንድ መስመር ይጠቀሙ።
plan-ask-owner = ማን ያደርገዋል?
plan-ask-due = እስከ መቼ? አንድ ቁልፍ ይንኩ፣ ወይም በቀን ይመልሱ (dd-mm-yyyy)።
button-plan-in-days = በ { $days } ቀናት ውስጥ
plan-agreement-added = ፋይል { $reference }: ስምምነት ተጨምሯል: { $what } · { plan-owner } · { $due }.
plan-item-done = ፋይል { $reference }: ተጠናቋል: { $what }.
plan-sent = የፋይል { $reference } ዕቅድ (ስሪት { $version }) ለሁሉም ተልኳል።
button-plan-agree = 👍 እስማማለሁ
button-plan-question = ❓ ጥያቄ አለኝ
plan-outdated = ይህ የዕቅዱ የቆየ ስሪት ነው። አዲስ ስሪት ({ $version }) አለ። ለማየት /plan ይጻፉ።
plan-thanks = እናመሰግናለን። በዕቅዱ ስሪት { $version } ተስማምተዋል።
plan-confirmed-staff = { $who } በዕቅዱ ስሪት { $version } ተስማምቷል (ፋይል { $reference })።
plan-ask-question = ጥያቄዎን ይጻፉ። ወደሚያነጋግሯቸው ሰዎች እንልከዋለን።
plan-question-staff = ከ { $who } ስለ ዕቅዱ ጥያቄ (ፋይል { $reference }): { $text } (አልተተረጎመም)
plan-question-sent = ጥያቄዎ ተልኳል። የሚያነጋግሩት ሰው ይመልሳል።
plan-ask-housing = አዲሱ የሚጠበቀው የቤት ቀን ምንድን ነው? በቀን ይመልሱ (dd-mm-yyyy)።
plan-change-line = • { $what }: { $old } → { $new }
plan-housing-moved =
    🏠 አዲስ የቤት ቀን ({ $reference }): { $date }.
    በዚህ ምክንያት የሚቀየረው:
    { $changes }
plan-long-wait-holder = ለተወሰነ ጊዜ ጸጥ ብሏል። የተቀየረ ነገር አለ? ለሚያነጋግሩት ሰው ይንገሩ፣ ወይም ዕቅዱን ለማየት /plan ይጻፉ።
plan-due-soon = ⏰ ነገ ({ $reference }): { $what }, { $due }.
plan-overdue = ⚠️ ዘግይቷል ({ $reference }): { $what }, { $due }.

# The summary document for the case file (issue 3).
button-plan-summary = 📄 ማጠቃለያ
plan-summary-caption = የፋይል { $reference } ዕቅድ ማጠቃለያ ለማህደር፣ በደች እና በደንበኛው ቋንቋ። ፋይሉን በአሳሽ ይክፈቱ፤ እንደ PDF ማተምም ይችላሉ።
plan-summary-title = የሽግግር ዕቅድ { $reference }
plan-summary-note = ሰራተኛ የጻፈው ጽሑፍ እንደተጻፈ ይታያል እና አልተተረጎመም።
plan-summary-empty = የለም።
plan-summary-value = { $value }
plan-summary-at = { $at }
plan-summary-none = –
plan-summary-system = ቦቱ
plan-summary-unknown = ያልታወቀ
plan-summary-fact-reference = ፋይል
plan-summary-fact-name = ስም
plan-summary-fact-option = መንገድ
plan-summary-fact-programme = የCOA ፕሮግራም
plan-summary-fact-housing = የሚጠበቀው የቤት ቀን
plan-summary-fact-version = ስሪት
plan-summary-fact-made = የተሰራበት
plan-summary-items = ነጥቦች እና ስምምነቶች
plan-summary-col-what = ምን
plan-summary-col-owner = ማን
plan-summary-col-due = መቼ
plan-summary-col-status = ሁኔታ
plan-summary-confirmations = ማረጋገጫዎች
plan-summary-col-who = ማን
plan-summary-col-version = ስሪት
plan-summary-col-answer = መልስ
plan-summary-col-at = ሰዓት
plan-summary-history = ታሪክ
plan-summary-col-change = ለውጥ
plan-summary-col-old = በፊት
plan-summary-col-new = አሁን
plan-summary-version = ስሪት { $version }
plan-summary-agreement = { $what } · { plan-owner } · { $due }
plan-summary-field-item = { $field } · { $what }
plan-summary-status = { $status ->
       *[planned] የታቀደ
        [done] ተጠናቋል
        [cancelled] ተሰርዟል
        [late] ዘግይቷል
    }
plan-summary-answer = { $answer ->
       *[question] ጥያቄ
        [agree] ተስማምቷል
    }
plan-summary-long-wait = { $answer ->
       *[nothing] ምንም አልተለወጠም
        [holds] ዕቅዱ አሁንም ይሰራል
        [changed] አንድ ነገር ተለውጧል
    }
plan-summary-field = { $field ->
       *[other] ለውጥ
        [option] መንገድ
        [programme] የCOA ፕሮግራም
        [agreement] ስምምነት ታክሏል
        [sent] ተልኳል
        [confirmed] ተረጋግጧል
        [question] ጥያቄ
        [status] ሁኔታ
        [housing_date] የቤት ቀን
        [due_date] ቀን
        [owner] ማን ያደርገዋል
        [text] ጽሑፍ
        [long_wait] ረጅም ጥበቃ
    }
# Long-wait answers (issue 3).
plan-long-wait-staff-days = ፋይል { $reference }: { $days } ቀናት ያለ እንቅስቃሴ። ዕቅዱ አሁንም ይሰራል?
button-plan-still-holds = ✅ ዕቅዱ አሁንም ይሰራል
button-plan-changed = ✏️ አንድ ነገር ተለውጧል
button-plan-nothing-changed = ✅ ምንም አልተለወጠም
plan-long-wait-thanks = እናመሰግናለን። መልስዎ ተቀምጧል።
plan-long-wait-answered = ፋይል { $reference }፣ ረጅም ጥበቃ: { $who } ይመልሳል: { $answer }።
plan-long-wait-update = እናመሰግናለን። ዕቅዱን በ /plan ያዘምኑ።

# Changing one agreement
button-plan-edit = ✏️ { $what }
button-plan-cancel-item = ❌ ስምምነቱን ሰርዝ
plan-edit-menu = { $what }: አሁን { $due }። አዲስ ቀን? አንድ ቁልፍ ይንኩ፣ ወይም በቀን ይመልሱ (dd-mm-yyyy)። በቁልፎቹ ስምምነቱን ለሌላ ወገን መስጠት፣ ጽሑፉን መቀየር (ለራስዎ ጽሑፍ ብቻ)፣ ወይም ስምምነቱን መሰረዝ ይችላሉ።
plan-agreement-moved = ፋይል { $reference }: ለ{ $what } አዲስ ቀን: { $old } → { $new }።
plan-agreement-cancelled = ፋይል { $reference }: ስምምነቱ ተሰርዟል: { $what }።
# Another owner or new wording for one agreement (the two notices reach the status holder too)
button-plan-owner-to = 👤 ለ{ plan-owner }
button-plan-reword = ✏️ አዲስ ጽሑፍ
plan-ask-reword = የስምምነቱን አዲስ ጽሑፍ በአንድ መስመር ይጻፉ።
plan-agreement-owner = ፋይል { $reference }: { $what }: አሁን የሚያደርገው: { $new } (በፊት: { $old })።
plan-agreement-reworded = ፋይል { $reference }: የስምምነት አዲስ ጽሑፍ: { $old } → { $new }።

# holder: the plan's items as the status holder reads them (issue 15): plain words, "you", the
# Dutch term in brackets where staff use one. Staff keep plan-kind and plan-item.
plan-kind-holder = { $kind ->
        [introduction] መተዋወቅ እና የውህደትዎን መንገድ መምረጥ (keuze route)
        [programme_alignment] በ COA ፕሮግራም የሚማሩት ከውህደትዎ ጋር ይስማማል (programma van COA)
        [broad_intake] ስለ ትምህርትዎ፣ ሥራዎ እና ጤናዎ ውይይት፦ ሰፊ የመግቢያ ቃለ መጠይቅ (brede intake)
        [client_profile] COA መረጃዎን ለማዘጋጃ ቤት ይሰጣል፦ የደንበኛ መገለጫ (klantprofiel)
        [handover_conversation] ከእርስዎ፣ ከCOA እና ከማዘጋጃ ቤቱ ጋር የሦስትዮሽ ውይይት (driegesprek)
        [documents] ሰነዶችዎን ይዘው ይምጡ
        [profile_update] COA መረጃዎን ያዘምናል፦ የደንበኛ መገለጫ (klantprofiel)
        [interpreter] አስተርጓሚ ማዘጋጀት
        [next_contact] ከሚያነጋግሩት ሰው ጋር የሚቀጥለው ውይይት
        [intake_date] ስለ ትምህርት፣ ሥራ እና ጤና የሚደረገው ውይይት መቼ እና የት እንደሆነ፦ ሰፊ የመግቢያ ቃለ መጠይቅ (brede intake)
        [pip_date] የግል ዕቅድዎ መቼ እንደሚዘጋጅ (PIP)
       *[free] ስምምነት
    }
# holder
plan-owner-holder = { $owner ->
        [coa] COA
        [gemeente] ማዘጋጃ ቤት
       *[holder] እርስዎ
    }
# holder
plan-item-holder = { $status ->
        [done] ✅
        [cancelled] ✖️
        [late] ⚠️
       *[planned] ▫️
    } { $what } · { plan-owner-holder } · { $due }{ $status ->
        [late] {" "}(ዘግይቷል)
       *[other] {""}
    }
