# The handover plan and agreements (issue 3).

plan-pick-case = Which case's plan do you want to see?
button-plan-case = Case { $case }
plan-holder-cannot-change = You cannot change this. Your contact person does that.
plan-gemeente-only = The municipality does this. Nothing has changed.
plan-case-closed = This case is closed. Nothing has changed.
plan-not-yours = This item belongs to another party. Nothing has changed.
plan-edit-conflict = Someone else just changed this item. Nothing is lost. Type /plan to see the plan as it is now.
plan-option = { $option ->
        [fast_start] 1 · Fast start
        [combined] 2 · Combined approach
       *[after_housing] 3 · Start after housing
    }
plan-option-none = no approach yet
plan-choose-option =
    Choose the approach for case { $reference }:
    1 · Fast start: the integration trajectory starts at the azc.
    2 · Combined: broad intake at the azc, trajectory after the move.
    3 · Start after housing: everything starts after the move.
plan-option-unchanged = That approach is already chosen.
plan-option-chosen = Case { $reference }: chosen approach { $option }. The draft plan is ready.
plan-option-holder = { $option ->
        [fast_start] Your integration starts now, while you still live in the azc. The municipality arranges your lessons. You do not take part in the COA programme.
        [combined] The municipality talks with you while you still live in the azc: the broad intake. Your lessons start after the move. Until then you can take part in the COA programme.
       *[after_housing] Everything with the municipality starts after you move to your new home. Until then you can take part in the COA programme.
    }
plan-ask-programme =
    { $explanation }

    Do you want to take part in the COA programme (Dutch lessons, information about the Netherlands)?
button-plan-yes = ✅ Yes
button-plan-no = ✖️ No
plan-programme = { $value ->
        [will_not] does not take part (fast start)
        [agrees] takes part
        [declines] does not take part
       *[asked] no answer yet
    }
plan-programme-thanks = Thank you. COA programme: { $value }.
plan-programme-staff = { $name } (case { $reference }), COA programme: { $value }.
plan-free-text = { $text } (not translated)
plan-kind = { $kind ->
        [introduction] Introduction and choice of route
        [programme_alignment] Alignment with the COA programme
        [broad_intake] Start of the broad intake
        [client_profile] Hand over the client profile
        [handover_conversation] Handover conversation
        [documents] Bring documents
        [profile_update] COA updates the client profile
        [interpreter] Arrange an interpreter
        [next_contact] Next contact moment
        [intake_date] Date and place of the broad intake
        [pip_date] Date of the PIP
       *[free] Agreement
    }
plan-owner = { $owner ->
        [coa] COA
        [gemeente] municipality
       *[holder] status holder
    }
plan-due-waits = waits for the housing date
plan-item = { $status ->
        [done] ✅
        [cancelled] ✖️
        [late] ⚠️
       *[planned] ▫️
    } { $what } · { plan-owner } · { $due }{ $status ->
        [late] {" "}(late)
       *[other] {""}
    }
plan-item-at = { $item } · { $place ->
        [azc] azc
       *[gemeente] municipality
    }
plan-none = There is no plan yet.
button-plan-options = 🧭 Choose approach
plan-view =
    📋 Plan { $reference } (version { $version })
    Approach: { $option }
    COA programme: { $programme }

    { $items }

    { $confirmed }
button-plan-done = ✅ Done: { $what }
button-plan-add = ➕ Agreement
button-plan-send = 📨 Send round
button-plan-housing = 🏠 Housing date
plan-who-staff = { $name } ({ $party ->
        [coa] COA
       *[gemeente] municipality
    })
plan-who-holder = { $name }
plan-confirmed-line = { $current ->
        [yes] ✅
       *[no] ⏳
    } { $who }: agreed to version { $version }, { $at }
plan-unconfirmed-line = ⏳ { $who }: not confirmed yet
plan-next = { $what }, { $due }
plan-next-none = nothing planned any more
plan-case-line = • { $reference } – { $name }: { $option }. Next: { $next }. Late: { $late }. Not confirmed: { $unconfirmed }.
plan-case-overview =
    Your cases:
    { $cases }
plan-due-before-matching = That date is before the matching. Choose a later date.
plan-due-in-past = That date has passed. Choose a date from today on.
plan-due-after-term = That date is after the end of the integration term (three years). Choose an earlier date.
plan-ask-kind = Which agreement do you want to add?
button-plan-free = ✏️ Own text
plan-ask-free = Type the agreement on one line.
plan-free-bad = Use one line of at most { $max } characters.
plan-ask-owner = Who does it?
plan-ask-due = When must it be done? Tap a button, or answer with a date (dd-mm-yyyy).
button-plan-in-days = in { $days } days
plan-agreement-added = Case { $reference }: agreement added: { $what } · { plan-owner } · { $due }.
plan-item-done = Case { $reference }: done: { $what }.
plan-sent = The plan of case { $reference } (version { $version }) has been sent round.
button-plan-agree = 👍 I agree
button-plan-question = ❓ I have a question
plan-outdated = This is an old version of the plan. There is a new version ({ $version }). Type /plan to see it.
plan-thanks = Thank you. You agree to version { $version } of the plan.
plan-confirmed-staff = { $who } agrees to version { $version } of the plan (case { $reference }).
plan-ask-question = Type your question. We send it to your contact persons.
plan-question-staff = Question from { $who } about the plan (case { $reference }): { $text } (not translated)
plan-question-sent = Your question has been sent. Your contact person will answer.
plan-ask-housing = What is the new expected housing date? Answer with a date (dd-mm-yyyy).
plan-change-line = • { $what }: { $old } → { $new }
plan-housing-moved =
    🏠 New housing date ({ $reference }): { $date }.
    What changes because of it:
    { $changes }
plan-long-wait-holder = It has been quiet for a while. Has anything changed? Tell your contact person, or type /plan to see the plan.
plan-long-wait-staff = Case { $reference }: no activity for 30 days. Does the plan still hold? Type /plan.
plan-due-soon = ⏰ Tomorrow ({ $reference }): { $what }, { $due }.
plan-overdue = ⚠️ Late ({ $reference }): { $what }, planned { $due }.
