## A case's life (issue 12): closing with a reason, reopening within 30 days, handing a case to a
## colleague, and an admin ending a caseworker's access. Staff messages name the case
## (reference and first name); the status holder's say "you" and what happens next.

button-case-close = 🗂 Close case
button-case-handover = 🤝 Hand over to a colleague
button-cases-closed = 🗄 Closed cases

# Why a case is closed; $reason is one of the codes below.
close-reason = { $reason ->
    [handed_over] moved and handed over
    [moved_elsewhere] moved to another municipality
    [not_required] no longer required to integrate
   *[other] other reason
}
button-close-reason = { $reason ->
    [handed_over] 🏠 Moved and handed over
    [moved_elsewhere] 🚚 To another municipality
    [not_required] 📄 No longer required to integrate
   *[other] ✏️ Other reason
}
button-close-yes = ✅ Yes, close
button-close-no = ↩️ No, keep open

life-close-ask-reason = Why are you closing case { $reference } ({ $name })?
life-close-confirm =
    Close case { $reference } ({ $name })? Reason: { $reason }.
    All open reminders stop and everyone on the case is told. You can reopen the case within 30 days.
life-close-kept = Case { $reference } ({ $name }) stays open.
life-closed-you = ✅ Case { $reference } ({ $name }) is closed. Reason: { $reason }. You can reopen it until { $until }: /cases, then 🗄 Closed cases.
life-closed-staff = 🗂 Case { $reference } ({ $name }) was closed by { $who }. Reason: { $reason }. Reminders for this case have stopped.
life-closed-holder = { $org } has finished the guidance in this chat. You will not get any more messages or reminders here. Do you have a question? Please contact your contact person at { $org } directly.
life-already-closed = Case { $reference } ({ $name }) is already closed.

life-closed-list =
    🗄 Cases closed in the last 90 days ({ $count }):
    { $items }
life-closed-line = • { $reference } – { $name }: closed on { $date }, { $reason }
life-closed-none = No cases were closed in the last 90 days.
button-case-reopen = ↩️ Reopen: { $reference } · { $name }
life-reopen-too-late = Case { $reference } ({ $name }) has been closed for more than 30 days and can no longer be reopened. If needed, open a new case with /newcase.
life-not-closed = Case { $reference } ({ $name }) is already open.
life-reopened-you = ↩️ Case { $reference } ({ $name }) is open again. Reminders from before it was closed do not come back; if needed, plan a new meeting with /meet.
life-reopened-staff = ↩️ Case { $reference } ({ $name }) was reopened by { $who }.
life-reopened-holder = { $org } has opened your guidance in this chat again. With /menu you see your overview.

# The question once the housing date has passed and the driegesprek was held.
life-close-suggest = 🏠 Case { $reference } ({ $name }): the housing date ({ $date }) has passed and the three-way meeting was held. Is the handover complete? Then you can close the case.

life-handover-pick = To which colleague at { $org } do you want to hand over case { $reference } ({ $name })? These are the colleagues who use the bot.
life-handover-none = No other colleague from { $org } has joined the bot yet. Ask the administrator for an invitation for your colleague.
button-colleague = { $name }
life-handover-offered = Asked { $colleague }. You will be told once they take the case over. Until then you remain the contact person.
life-handover-offer = { $from } wants to hand over case { $reference } ({ $name }) to you. Will you take the case over? You then become the contact person of { $org } for { $name }.
button-handover-accept = ✅ Take over
button-handover-decline = ❌ Do not take over
life-handover-done-you = ✅ You are now the contact person on case { $reference } ({ $name }). With /plan you see the plan, with /meet you plan the meeting.
life-handover-done-staff = 🤝 Case { $reference } ({ $name }): { $to } is now the contact person of { $org }, instead of { $from }.
life-handover-done-holder = Your contact person at { $org } is now { $to }, instead of { $from }.
life-handover-declined = { $to } does not take over case { $reference } ({ $name }). You remain the contact person.
life-handover-declined-you = You do not take over case { $reference } ({ $name }). { $from } remains the contact person.
life-handover-stale = This request no longer applies.

# An admin ended a caseworker's access (`driegesprek staff revoke`).
life-revoked-colleagues = ⚠️ Case { $reference } ({ $name }): { $who } no longer works with the bot and is no longer on this case.
life-revoked-nobody =
    ⚠️ Case { $reference } ({ $name }): { $who } no longer works with the bot. The case now has no contact person from { $org }. Send this link to { $org } so that a colleague there joins. The link works once, until { $expires }.
    { $link }
life-revoked-holder = { $who } is no longer your contact person at { $org }. You will be told as soon as there is a new contact person.
