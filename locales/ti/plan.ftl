# The handover plan and agreements (issue 3).

plan-pick-case = መደብ ናይ ኣየናይ ፋይል ክትርኢ ትደሊ?
button-plan-case = ፋይል { $case }
plan-holder-cannot-change = እዚ ክትቕይሮ ኣይትኽእልን። ሓጋዚኻ እዩ ዝገብሮ።
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
        [fast_start] ምውህሃድካ ሕጂ ይጅምር፡ ገና ኣብ azc ከለኻ። ምምሕዳር ከተማ ትምህርትታትካ የዳሉ። ኣብ መደብ COA ኣይትሳተፍን ኢኻ።
        [combined] ምምሕዳር ከተማ ገና ኣብ azc ከለኻ ምሳኻ ይዛረብ፡ ሰፊሕ ቃለ-መሕትት። ትምህርትታትካ ድሕሪ ምግዓዝ ይጅምሩ። ክሳብ ሽዑ ኣብ መደብ COA ክትሳተፍ ትኽእል ኢኻ።
       *[after_housing] ኩሉ ምስ ምምሕዳር ከተማ ናብ ሓድሽ ገዛኻ ድሕሪ ምግዓዝካ ይጅምር። ክሳብ ሽዑ ኣብ መደብ COA ክትሳተፍ ትኽእል ኢኻ።
    }
plan-ask-programme =
    { $explanation }

    ኣብ መደብ COA (ትምህርቲ ሆላንድኛ፡ ሓበሬታ ብዛዕባ ሆላንድ) ክትሳተፍ ትደሊ ዶ?
button-plan-yes = ✅ እወ
button-plan-no = ✖️ ኣይፋል
plan-programme = { $value ->
        [will_not] ኣይሳተፍን (ቅልጡፍ መጀመርታ)
        [agrees] ይሳተፍ
        [declines] ኣይሳተፍን
       *[asked] ገና መልሲ የለን
    }
plan-programme-thanks = የቐንየልና። መደብ COA: { $value }.
plan-programme-staff = { $name } (ፋይል { $reference }), መደብ COA: { $value }.
plan-free-text = { $text } (ኣይተተርጎመን)
plan-kind = { $kind ->
        [introduction] ምልላይን ምርጫ መስመርን
        [programme_alignment] ምትእስሳር ምስ መደብ COA
        [broad_intake] መጀመርታ ሰፊሕ ቃለ-መሕትት
        [client_profile] ምርካብ ፕሮፋይል ተገልጋሊ
        [handover_conversation] ዘተ ርክክብ
        [documents] ሰነዳት ምምጻእ
        [profile_update] COA ፕሮፋይል ተገልጋሊ የሐድስ
        [interpreter] ተርጓሚ ምድላው
        [next_contact] ዝቕጽል ርክብ
        [intake_date] ዕለትን ቦታን ሰፊሕ ቃለ-መሕትት
        [pip_date] ዕለት PIP
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
    መደብ COA: { $programme }

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
plan-outdated = እዚ ናይ መደብ ኣረጊት ስሪት እዩ። ሓድሽ ስሪት ({ $version }) ኣሎ። ንምርኣዩ /plan ጽሓፍ።
plan-thanks = የቐንየልና። ምስ ስሪት { $version } ናይ መደብ ተሰማሚዕካ።
plan-confirmed-staff = { $who } ምስ ስሪት { $version } ናይ መደብ ይሰማማዕ (ፋይል { $reference })።
plan-ask-question = ሕቶኻ ጽሓፍ። ናብ ሓገዝቲ ክንሰዶ ኢና።
plan-question-staff = ሕቶ ካብ { $who } ብዛዕባ መደብ (ፋይል { $reference }): { $text } (ኣይተተርጎመን)
plan-question-sent = ሕቶኻ ተላኢኹ። ሓጋዚኻ ክምልሰልካ እዩ።
plan-ask-housing = ሓድሽ ዝጽበ ዕለት ገዛ እንታይ እዩ? ብዕለት መልስ (dd-mm-yyyy)።
plan-change-line = • { $what }: { $old } → { $new }
plan-housing-moved =
    🏠 ሓድሽ ዕለት ገዛ ({ $reference }): { $date }.
    ብሰንኪ እዚ ዝቕየር:
    { $changes }
plan-long-wait-holder = ንገለ እዋን ህድእ ኢሉ። ዝተቐየረ ነገር ኣሎ ዶ? ንሓጋዚኻ ንገሮ፡ ወይ መደብ ንምርኣይ /plan ጽሓፍ።
plan-long-wait-staff = ፋይል { $reference }: 30 መዓልቲ ንጥፈት የለን። መደብ ገና ይሰርሕ ዶ? /plan ጽሓፍ።
plan-due-soon = ⏰ ጽባሕ ({ $reference }): { $what }, { $due }.
plan-overdue = ⚠️ ደንጒዩ ({ $reference }): { $what }, { $due }.
