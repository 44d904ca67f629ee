# The handover plan and agreements (issue 3).

plan-pick-case = መደብ ናይ ኣየናይ ፋይል ክትርኢ ትደሊ?
button-plan-case = ፋይል { $reference } · { $name }
plan-holder-cannot-change = ነዚ ክትቕይርዎ ኣይትኽእሉን ኢኹም። ናይ ርክብ ሰብኩም እዩ ዝቕይሮ።
plan-gemeente-only = እዚ ምምሕዳር ከተማ እዩ ዝገብሮ። ዋላ ሓንቲ ኣይተቐየረን።
plan-case-closed = እዚ ፋይል ዕጹው እዩ። ዋላ ሓንቲ ኣይተቐየረን።
plan-not-yours = እዚ ነጥቢ ናይ ካልእ ወገን እዩ። ዋላ ሓንቲ ኣይተቐየረን።
plan-edit-conflict = ካልእ ሰብ ሕጂ እዚ ነጥቢ ቀዪሩዎ። ዋላ ሓንቲ ኣይጠፍአን። መደብ ንምርኣይ /plan ጽሓፍ።
plan-option = { $option ->
        [fast_start] 1 · ቅልጡፍ መጀመርታ
        [combined] 2 · ሓባራዊ መንገዲ
       *[after_housing] 3 · ድሕሪ ገዛ ምጅማር
    }
plan-option-none = ገና መንገዲ የለን
plan-choose-option =
    ንፋይል መንገዲ ምረጽ { $reference }:
    1 · ቅልጡፍ መጀመርታ: መስመር ምውህሃድ ኣብ azc ይጅምር።
    2 · ሓባራዊ መንገዲ: ሰፊሕ ቃለ-መሕትት ኣብ azc፡ መስመር ድሕሪ ምግዓዝ።
    3 · ድሕሪ ገዛ ምጅማር: ኩሉ ድሕሪ ምግዓዝ ይጅምር።
plan-option-unchanged = እዚ መንገዲ ድሮ ተመሪጹ እዩ።
plan-option-chosen = ፋይል { $reference }: ዝተመረጸ መንገዲ { $option }. ንድፊ መደብ ድሉው እዩ።
plan-option-holder = { $option ->
        [fast_start] ምውህሃድኩም ሕጂ ይጅምር፡ ገና ኣብ azc ከለኹም። ምምሕዳር ከተማ ትምህርትታትኩም የዳሉ። ኣብ ፕሮግራም COA ኣይትሳተፉን ኢኹም።
        [combined] ገና ኣብ azc ከለኹም፡ ምምሕዳር ከተማ ምሳኹም ይዛረብ፦ ሰፊሕ ቃለ-መሕትት (brede intake)። ትምህርትታትኩም ድሕሪ ምግዓዝኩም ይጅምሩ። ክሳብ ሽዑ ኣብ ፕሮግራም COA ክትሳተፉ ትኽእሉ ኢኹም።
       *[after_housing] ኩሉ ነገር ምስ ምምሕዳር ከተማ ድሕሪ ናብ ሓድሽ ገዛኹም ምግዓዝኩም ይጅምር። ክሳብ ሽዑ ኣብ ፕሮግራም COA ክትሳተፉ ትኽእሉ ኢኹም።
    }
plan-ask-programme =
    { $explanation }

    ኣብ ፕሮግራም COA (ትምህርቲ ሆላንድኛ፡ ሓበሬታ ብዛዕባ ሆላንድ) ክትሳተፉ ትደልዩ ዶ?
button-plan-yes = ✅ እወ
button-plan-no = ✖️ ኣይፋል
plan-programme = { $value ->
        [will_not] ኣይሳተፍን (ቅልጡፍ መጀመርታ)
        [agrees] ይሳተፍ
        [declines] ኣይሳተፍን
       *[asked] ገና መልሲ የለን
    }
plan-programme-thanks = የቐንየልና። ፕሮግራም COA: { $value }.
plan-programme-staff = { $name } (ፋይል { $reference }), ፕሮግራም COA: { $value }.
plan-free-text = { $text } (ኣይተተርጎመን)
plan-kind = { $kind ->
        [introduction] ምልላይን ምርጫ መስመርን
        [programme_alignment] ምትእስሳር ምስ ፕሮግራም COA
        [broad_intake] ምጅማር ሰፊሕ ቃለ-መሕትት
        [client_profile] ምርካብ ፕሮፋይል ተገልጋሊ
        [handover_conversation] ዘተ ርክክብ
        [documents] ሰነዳት ምምጻእ
        [profile_update] COA ፕሮፋይል ተገልጋሊ የሐድስ
        [interpreter] ተርጓሚ ምድላው
        [next_contact] ዝቕጽል ርክብ
        [intake_date] ዕለትን ቦታን ሰፊሕ ቃለ-መሕትት
        [pip_date] ዕለት ውልቃዊ መደብ (PIP)
       *[free] ስምምዕ
    }
plan-owner = { $owner ->
        [coa] COA
        [gemeente] ምምሕዳር ከተማ
       *[holder] ወናኒ ፍቓድ መንበሪ
    }
plan-due-waits = ዕለት ገዛ ይጽበ
plan-item = { $status ->
        [done] ✅
        [cancelled] ✖️
        [late] ⚠️
       *[planned] ▫️
    } { $what } · { plan-owner } · { $due }{ $status ->
        [late] {" "}(ደንጒዩ)
       *[other] {""}
    }
plan-item-at = { $item } · { $place ->
        [azc] azc
       *[gemeente] ምምሕዳር ከተማ
    }
plan-none = ገና መደብ የለን።
button-plan-options = 🧭 መንገዲ ምረጽ
plan-view =
    📋 መደብ { $reference } (ስሪት { $version })
    መንገዲ: { $option }
    ፕሮግራም COA: { $programme }

    { $items }

    { $confirmed }
button-plan-done = ✅ ተወዲኡ: { $what }
button-plan-add = ➕ ስምምዕ
button-plan-send = 📨 ንኹሉ ስደድ
button-plan-housing = 🏠 ዕለት ገዛ
plan-who-staff = { $name } ({ $party ->
        [coa] COA
       *[gemeente] ምምሕዳር ከተማ
    })
plan-who-holder = { $name }
plan-confirmed-line = { $current ->
        [yes] ✅
       *[no] ⏳
    } { $who }: ምስ ስሪት ይሰማማዕ { $version }, { $at }
plan-unconfirmed-line = ⏳ { $who }: ገና ኣየረጋገጸን
plan-next = { $what }, { $due }
plan-next-none = ካልእ ዝተመደበ የለን
plan-case-line = • { $reference } – { $name }: { $option }. ዝቕጽል: { $next }. ደንጒዩ: { $late }. ዘየረጋገጹ: { $unconfirmed }.
plan-case-overview =
    ፋይላትካ:
    { $cases }
plan-due-before-matching = እዚ ዕለት ቅድሚ ምምዳብ እዩ። ዝደንጎየ ዕለት ምረጽ።
plan-due-in-past = እዚ ዕለት ሓሊፉ እዩ። ካብ ሎሚ ጀሚሩ ዕለት ምረጽ።
plan-due-after-term = እዚ ዕለት ድሕሪ መወዳእታ ግዜ ምውህሃድ (ሰለስተ ዓመት) እዩ። ዝቐደመ ዕለት ምረጽ።
plan-ask-kind = ኣየናይ ስምምዕ ክትውስኽ ትደሊ?
button-plan-free = ✏️ ናይ ባዕልኻ ጽሑፍ
plan-ask-free = ነቲ ስምምዕ ብሓደ መስመር ጽሓፍ።
plan-free-bad = ሓደ መስመር ብዝበዝሐ { $max } ፊደላት ተጠቐም።
plan-ask-owner = መን ይገብሮ?
plan-ask-due = ክሳብ መዓስ? መልጎም ጠውቕ፡ ወይ ብዕለት መልስ (dd-mm-yyyy)።
button-plan-in-days = ኣብ { $days } መዓልታት
plan-agreement-added = ፋይል { $reference }: ስምምዕ ተወሲኹ: { $what } · { plan-owner } · { $due }.
plan-item-done = ፋይል { $reference }: ተወዲኡ: { $what }.
plan-sent = መደብ ፋይል { $reference } (ስሪት { $version }) ንኹሉ ተላኢኹ።
button-plan-agree = 👍 እሰማማዕ
button-plan-question = ❓ ሕቶ ኣለኒ
plan-outdated = እዚ ናይቲ መደብ ኣረጊት ስሪት እዩ። ሓድሽ ስሪት ({ $version }) ኣሎ። ንምርኣዩ /plan ጽሓፉ።
plan-thanks = የቐንየልና። ምስ ስሪት { $version } ናይቲ መደብ ተሰማሚዕኩም ኣለኹም።
plan-confirmed-staff = { $who } ምስ ስሪት { $version } ናይ መደብ ይሰማማዕ (ፋይል { $reference })።
plan-ask-question = ሕቶኹም ጽሓፉ። ናብ ናይ ርክብ ሰባትኩም ክንሰዶ ኢና።
plan-question-staff = ሕቶ ካብ { $who } ብዛዕባ መደብ (ፋይል { $reference }): { $text } (ኣይተተርጎመን)
plan-question-sent = ሕቶኹም ተላኢኹ ኣሎ። ናይ ርክብ ሰብኩም ክምልሰልኩም እዩ።
plan-ask-housing = ሓድሽ ዝጽበ ዕለት ገዛ እንታይ እዩ? ብዕለት መልስ (dd-mm-yyyy)።
plan-change-line = • { $what }: { $old } → { $new }
plan-housing-moved =
    🏠 ሓድሽ ዕለት ገዛ ({ $reference }): { $date }.
    ብሰንኪ እዚ ዝቕየር:
    { $changes }
plan-long-wait-holder = ንገለ እዋን ህድእ ኢሉ። ዝተቐየረ ነገር ኣሎ ዶ? ንናይ ርክብ ሰብኩም ንገርዎ፡ ወይ መደብ ንምርኣይ /plan ጽሓፉ።
plan-due-soon = ⏰ ጽባሕ ({ $reference }): { $what }, { $due }.
plan-overdue = ⚠️ ደንጒዩ ({ $reference }): { $what }, { $due }.

# The summary document for the case file (issue 3).
button-plan-summary = 📄 ጽማቕ
plan-summary-caption = ጽማቕ መደብ ፋይል { $reference } ንመዝገብ፡ ብሆላንድኛን ብቋንቋ ዓሚልን። ነቲ ፋይል ብብራውዘር ክፈቶ፤ ከም PDF ክትሕትሞ እውን ትኽእል ኢኻ።
plan-summary-title = መደብ ምስግጋር { $reference }
plan-summary-note = ሰራሕተኛ ዝጸሓፎ ጽሑፍ ከም ዝተጻሕፈ ይርአ፡ ኣይተተርጎመን።
plan-summary-empty = የለን።
plan-summary-value = { $value }
plan-summary-at = { $at }
plan-summary-none = –
plan-summary-system = ቦት
plan-summary-unknown = ዘይፍለጥ
plan-summary-fact-reference = ፋይል
plan-summary-fact-name = ሽም
plan-summary-fact-option = መንገዲ
plan-summary-fact-programme = ፕሮግራም COA
plan-summary-fact-housing = ዝድለ ዕለት ገዛ
plan-summary-fact-version = ሕታም
plan-summary-fact-made = ዝተሰርሐሉ
plan-summary-items = ነጥብታትን ስምምዓትን
plan-summary-col-what = እንታይ
plan-summary-col-owner = መን
plan-summary-col-due = መዓስ
plan-summary-col-status = ኩነታት
plan-summary-confirmations = ምርግጋጻት
plan-summary-col-who = መን
plan-summary-col-version = ሕታም
plan-summary-col-answer = መልሲ
plan-summary-col-at = ግዜ
plan-summary-history = ታሪኽ
plan-summary-col-change = ለውጢ
plan-summary-col-old = ቅድሚ
plan-summary-col-new = ሕጂ
plan-summary-version = ሕታም { $version }
plan-summary-agreement = { $what } · { plan-owner } · { $due }
plan-summary-field-item = { $field } · { $what }
plan-summary-status = { $status ->
       *[planned] ዝተመደበ
        [done] ተወዲኡ
        [cancelled] ተሰሪዙ
        [late] ደንጒዩ
    }
plan-summary-answer = { $answer ->
       *[question] ሕቶ
        [agree] ተሰማሚዑ
    }
plan-summary-long-wait = { $answer ->
       *[nothing] ዝተቐየረ የለን
        [holds] መደብ ገና ይሰርሕ
        [changed] ገለ ተቐይሩ
    }
plan-summary-field = { $field ->
       *[other] ለውጢ
        [option] መንገዲ
        [programme] ፕሮግራም COA
        [agreement] ስምምዕ ተወሲኹ
        [sent] ተላኢኹ
        [confirmed] ተረጋጊጹ
        [question] ሕቶ
        [status] ኩነታት
        [housing_date] ዕለት ገዛ
        [due_date] ዕለት
        [owner] መን ይገብሮ
        [text] ጽሑፍ
        [long_wait] ነዊሕ ምጽባይ
    }
# Long-wait answers (issue 3).
plan-long-wait-staff-days = ፋይል { $reference }: { $days } መዓልቲ ንጥፈት የለን። መደብ ገና ይሰርሕ ዶ?
button-plan-still-holds = ✅ መደብ ገና ይሰርሕ
button-plan-changed = ✏️ ገለ ተቐይሩ
button-plan-nothing-changed = ✅ ዝተቐየረ የለን
plan-long-wait-thanks = የቐንየለይ። መልስኹም ተዓቂቡ።
plan-long-wait-answered = ፋይል { $reference }፡ ነዊሕ ምጽባይ፡ { $who } ይምልስ፡ { $answer }።
plan-long-wait-update = የቐንየለይ። መደብ ብ /plan ኣሐድሱ።

# Changing one agreement
button-plan-edit = ✏️ { $what }
button-plan-cancel-item = ❌ ስምምዕ ሰርዝ
plan-edit-menu = { $what }: ሕጂ { $due }። ሓድሽ ዕለት? መልጎም ጠውቕ፡ ወይ ብዕለት መልሲ ሃብ (dd-mm-yyyy)። ብመልጎማት ነቲ ስምምዕ ናብ ካልእ ወገን ክትህቦ፡ ጽሑፉ ክትቕይሮ (ንናይ ባዕልኻ ጽሑፍ ጥራይ)፡ ወይ ነቲ ስምምዕ ክትሰርዞ'ውን ትኽእል ኢኻ።
plan-agreement-moved = ፋይል { $reference }: ሓድሽ ዕለት ን{ $what }: { $old } → { $new }።
plan-agreement-cancelled = ፋይል { $reference }: ስምምዕ ተሰሪዙ: { $what }።
# Another owner or new wording for one agreement (the two notices reach the status holder too)
button-plan-owner-to = 👤 ናብ { plan-owner }
button-plan-reword = ✏️ ሓድሽ ጽሑፍ
plan-ask-reword = ሓድሽ ጽሑፍ ናይቲ ስምምዕ ብሓደ መስመር ጽሓፍ።
plan-agreement-owner = ፋይል { $reference }: { $what }: ሕጂ ዝገብሮ: { $new } (ቅድሚ ሕጂ: { $old })።
plan-agreement-reworded = ፋይል { $reference }: ሓድሽ ጽሑፍ ናይ ስምምዕ: { $old } → { $new }።

# holder: the plan's items as the status holder reads them (issue 15): plain words, "you", the
# Dutch term in brackets where staff use one. Staff keep plan-kind and plan-item.
plan-kind-holder = { $kind ->
        [introduction] ምልላይን መስመር ምውህሃድኩም ምምራጽን (keuze route)
        [programme_alignment] ኣብ ፕሮግራም COA እትመሃርዎ ምስ ምውህሃድኩም ይሰማማዕ (programma van COA)
        [broad_intake] ብዛዕባ ትምህርትኹም፡ ስራሕኩምን ጥዕናኹምን ዘተ፦ ሰፊሕ ቃለ-መሕትት (brede intake)
        [client_profile] COA ሓበሬታኹም ናብ ምምሕዳር ከተማ ይህብ፦ ፕሮፋይል ተገልጋሊ (klantprofiel)
        [handover_conversation] ናይ ሰለስተ ወገን ዘተ ምሳኹም፡ ምስ COAን ምስ ምምሕዳር ከተማን (driegesprek)
        [documents] ሰነዳትኩም ኣምጽኡ
        [profile_update] COA ሓበሬታኹም የሐድስ፦ ፕሮፋይል ተገልጋሊ (klantprofiel)
        [interpreter] ተርጓሚ ምድላው
        [next_contact] ዝቕጽል ዘተ ምስ ናይ ርክብ ሰብኩም
        [intake_date] ብዛዕባ ትምህርቲ፡ ስራሕን ጥዕናን ዝግበር ዘተ መዓስን ኣበይን ከም ዝኸውን፦ ሰፊሕ ቃለ-መሕትት (brede intake)
        [pip_date] ውልቃዊ መደብኩም መዓስ ከም ዝዳሎ (PIP)
       *[free] ስምምዕ
    }
# holder
plan-owner-holder = { $owner ->
        [coa] COA
        [gemeente] ምምሕዳር ከተማ
       *[holder] ንስኹም
    }
# holder
plan-item-holder = { $status ->
        [done] ✅
        [cancelled] ✖️
        [late] ⚠️
       *[planned] ▫️
    } { $what } · { plan-owner-holder } · { $due }{ $status ->
        [late] {" "}(ደንጒዩ)
       *[other] {""}
    }
