# The handover plan and agreements (issue 3).

plan-pick-case = Which case's plan do you want to see?
button-plan-case = Case { $reference } · { $name }
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
        [combined] The municipality talks with you while you still live in the azc: the broad intake (brede intake). Your lessons start after the move. Until then you can take part in the COA programme.
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
plan-due-soon = ⏰ Tomorrow ({ $reference }): { $what }, { $due }.
plan-overdue = ⚠️ Late ({ $reference }): { $what }, planned { $due }.

# The summary document for the case file (issue 3).
button-plan-summary = 📄 Summary
plan-summary-caption = Summary of the plan of case { $reference } for the case file, in Dutch and in the client's language. Open the file in a browser; you can also print it as PDF.
plan-summary-title = Handover plan { $reference }
plan-summary-note = Text a staff member typed is shown as typed and is not translated.
plan-summary-empty = None.
plan-summary-value = { $value }
plan-summary-at = { $at }
plan-summary-none = –
plan-summary-system = the bot
plan-summary-unknown = unknown
plan-summary-fact-reference = Case
plan-summary-fact-name = Name
plan-summary-fact-option = Approach
plan-summary-fact-programme = COA programme
plan-summary-fact-housing = Expected housing date
plan-summary-fact-version = Version
plan-summary-fact-made = Made on
plan-summary-items = Items and agreements
plan-summary-col-what = What
plan-summary-col-owner = Who
plan-summary-col-due = When
plan-summary-col-status = State
plan-summary-confirmations = Confirmations
plan-summary-col-who = Who
plan-summary-col-version = Version
plan-summary-col-answer = Answer
plan-summary-col-at = Time
plan-summary-history = History
plan-summary-col-change = Change
plan-summary-col-old = Was
plan-summary-col-new = Now
plan-summary-version = version { $version }
plan-summary-agreement = { $what } · { plan-owner } · { $due }
plan-summary-field-item = { $field } · { $what }
plan-summary-status = { $status ->
       *[planned] planned
        [done] done
        [cancelled] cancelled
        [late] late
    }
plan-summary-answer = { $answer ->
       *[question] question
        [agree] agreed
    }
plan-summary-long-wait = { $answer ->
       *[nothing] nothing changed
        [holds] the plan still holds
        [changed] something changed
    }
plan-summary-field = { $field ->
       *[other] Change
        [option] Approach
        [programme] COA programme
        [agreement] Agreement added
        [sent] Sent round
        [confirmed] Confirmed
        [question] Question
        [status] State
        [housing_date] Housing date
        [due_date] Date
        [owner] Who does it
        [text] Wording
        [long_wait] Long wait
    }
# Long-wait answers (issue 3).
plan-long-wait-staff-days = Case { $reference }: no activity for { $days } days. Does the plan still hold?
button-plan-still-holds = ✅ Plan still holds
button-plan-changed = ✏️ Something changed
button-plan-nothing-changed = ✅ Nothing changed
plan-long-wait-thanks = Thank you. Your answer is saved.
plan-long-wait-answered = Case { $reference }, long wait: { $who } answers: { $answer }.
plan-long-wait-update = Thank you. Update the plan with /plan.

# Changing one agreement
button-plan-edit = ✏️ { $what }
button-plan-cancel-item = ❌ Cancel agreement
plan-edit-menu = { $what }: now { $due }. New date? Tap a button, or reply with a date (dd-mm-yyyy). With the buttons you can also give the agreement to another party, change its wording (own text only) or cancel the agreement.
plan-agreement-moved = Case { $reference }: new date for { $what }: { $old } → { $new }.
plan-agreement-cancelled = Case { $reference }: agreement cancelled: { $what }.
# Another owner or new wording for one agreement (the two notices reach the status holder too)
button-plan-owner-to = 👤 To { plan-owner }
button-plan-reword = ✏️ New wording
plan-ask-reword = Type the new wording of the agreement on one line.
plan-agreement-owner = Case { $reference }: { $what } is now done by: { $new } (before: { $old }).
plan-agreement-reworded = Case { $reference }: new wording of an agreement: { $old } → { $new }.

# holder: the plan's items as the status holder reads them (issue 15): plain words, "you", the
# Dutch term in brackets where staff use one. Staff keep plan-kind and plan-item.
plan-kind-holder = { $kind ->
        [introduction] Meeting each other and choosing how you will learn Dutch and settle in (keuze route)
        [programme_alignment] What you learn in the COA programme fits your civic integration
        [broad_intake] A conversation about your school, work and health: the broad intake (brede intake)
        [client_profile] COA gives your details to the municipality: the client profile (klantprofiel)
        [handover_conversation] The three-way meeting of COA, the municipality and you (driegesprek)
        [documents] Bring your papers
        [profile_update] COA brings your details up to date: the client profile (klantprofiel)
        [interpreter] Arrange an interpreter
        [next_contact] The next conversation with your contact person
        [intake_date] When and where the broad intake is: the conversation about school, work and health (brede intake)
        [pip_date] When your personal plan is ready (PIP)
       *[free] Agreement
    }
# holder
plan-owner-holder = { $owner ->
        [coa] COA
        [gemeente] the municipality
       *[holder] you
    }
# holder
plan-item-holder = { $status ->
        [done] ✅
        [cancelled] ✖️
        [late] ⚠️
       *[planned] ▫️
    } { $what } · { plan-owner-holder } · { $due }{ $status ->
        [late] {" "}(late)
       *[other] {""}
    }
