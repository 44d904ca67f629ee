# Scheduling meetings (issue 4).

meeting-no-cases = You are not on any case yet. Open a case first with /newcase.
meeting-choose-case = For which case do you want to plan a meeting?
meeting-button-case = { $reference } · { $name }
meeting-parties-missing = Not all three parties have joined this case yet (municipality, COA and status holder). Plan the meeting when everyone is there.
meeting-pick-day = Time { $n } (at most { $max }): pick a day. The calendar starts on { $month }.
meeting-pick-day-move = New time for the meeting: pick a day. The calendar starts on { $month }.
meeting-button-prev = ◀️ Previous month
meeting-button-next = Next month ▶️
meeting-day = { $day }
meeting-cell-empty = ·
meeting-button-slots-done = ✅ Done with times
meeting-calendar-limit = The calendar does not go further.
meeting-calendar-stale = This calendar is out of date. Use the newest calendar. Nothing has changed.
meeting-day-past = That day has passed. Pick another day.
meeting-pick-time = What time on { $day }?
meeting-time = { $time }
meeting-button-type-time = ⌨️ Type another time
meeting-ask-time = Type the time, for example 14:30.
meeting-bad-time = I do not understand that time. Type hours and minutes, for example 14:30.
meeting-slot-added = ✅ Time { $n }: { $at }
meeting-slot-gap = That time does not exist: that night the clock jumps from 02:00 to 03:00 (summer time). Pick another time.
meeting-slot-past = That time has passed. Pick a time in the future.
meeting-slot-twice = You already picked that time. Pick another time.
meeting-slot-too-many = You already have six times. No more are possible: tap Done with times.
meeting-slot-too-few = Pick at least two times.
meeting-warn-night = ⚠️ Note: { $at } is at night. The time was added; if it is wrong, stop with /cancel.
meeting-warn-sunday = ⚠️ Note: { $at } is on a Sunday. The time was added.
meeting-warn-first-of-two = ⚠️ That night the clock goes back: 02:00–03:00 happens twice. I took the first one (still summer time): { $at }. If you want it later, pick 03:00 or later.
meeting-ask-place = Where is the meeting?
meeting-place = { $place ->
        [azc] 🏠 At the azc
        [townhall] 🏛️ At the municipality (town hall)
        [video] 💻 Video call
       *[phone] 📞 By phone
    }
meeting-where-video = 💻 Video call: { $link }
meeting-ask-link = Type the link of the video call. It starts with https://
meeting-bad-link = That is not a valid link. Only a link that starts with https:// works.
meeting-ask-interpreter = Is an interpreter needed? The status holder reads { language-name }.
meeting-button-interpreter-yes = Yes, interpreter { language-name }
meeting-button-interpreter-no = No, no interpreter
meeting-button-interpreter-other = Interpreter in another language
meeting-ask-interpreter-language = Which language should the interpreter speak?
meeting-interpreter-yes = 🗣️ With an interpreter: { language-name }
meeting-interpreter-no = No interpreter
meeting-stopped = Stopped. Nothing has been planned.
meeting-proposed = The times for case { $reference } were sent to all three parties ({ $slots } times). You will see the answers here.
meeting-slot-line = { $n }. { $at }
meeting-slots-ask =
    📅 When can you come to the meeting?
    { $slots }
    { $place }
    { $interpreter }
    Tap for each time: ✅ I can · 🤷 if needed · ❌ I cannot
meeting-answer-button = { $answer ->
        [can] ✅
        [if_needed] 🤷
       *[cannot] ❌
    } { $n }
meeting-answer = { $answer ->
        [can] ✅ can
        [if_needed] 🤷 can if needed
       *[cannot] ❌ cannot
    }
meeting-party = { $party ->
        [holder] status holder
        [coa] COA
       *[gemeente] municipality
    }
meeting-answer-saved = ✅ Saved.
meeting-not-your-party = This answer is for another party. You can only answer for yourself. Nothing has changed.
meeting-slot-outdated = These times no longer apply: the meeting was moved, confirmed or cancelled. Nothing has changed.
meeting-suits-all = 🎉 { $at } suits all three. Confirm that time, or pick another.
meeting-button-confirm = { $suits ->
        [yes] ✅ { $at }
       *[no] { $at }
    }
meeting-none-suits =
    No time suits everyone. Could not:
    { $parties }
    Propose new times.
meeting-button-new-round = 📅 Propose new times
meeting-changed-meanwhile = This meeting has just changed or been cancelled. Nothing has changed; look at the newest message.
meeting-confirmed =
    ✅ The meeting is fixed:
    📅 { $at }
    { $place }
    { $interpreter }
meeting-button-cant-come = 🙁 I can't come
meeting-button-move = 🔁 Move
meeting-button-cancel = ✖️ Cancel meeting
meeting-button-interpreter-booked = 🗣️ Interpreter booked
meeting-ask-reason = Sorry to hear. Why can't you come?
meeting-reason = { $reason ->
        [ill] 🤒 Ill
        [travel] 🚌 No transport
        [clash] 📅 Other appointment
       *[other] Something else
    }
meeting-cant-come = 🙁 The { $party } cannot come on { $at }. Reason: { $reason }
meeting-moved =
    🔁 The meeting has moved. Was: { $from }
    Now:
    📅 { $at }
    { $place }
    { $interpreter }
meeting-cancelled =
    ✖️ The meeting is cancelled:
    📅 { $at }
    { $place }
    { $interpreter }
meeting-round-cancelled = ✖️ The proposed times were withdrawn. A new proposal will follow.
meeting-interpreter-booked = 🗣️ The interpreter ({ language-name }) is booked.
meeting-interpreter-already = The interpreter was already booked. Nothing has changed.
meeting-interpreter-reminder = 🗣️ The interpreter ({ language-name }) for the meeting on { $at } is not booked yet. Tap the button when it is arranged.
meeting-slots-reminder = ⏰ You have not answered all times yet.
meeting-soon =
    ⏰ Remember the meeting:
    📅 { $at }
    { $place }
meeting-what-happened = The meeting on { $at } is over. What happened?
meeting-button-held = ✅ Meeting held
meeting-button-absent = 🚫 Did not come: { $party }
meeting-button-outcome-cancelled = ✖️ It did not take place
meeting-not-over = The meeting is not over yet.
meeting-held = ✅ Good. Now record the agreements with /plan.
meeting-outcome-cancelled = Noted: the meeting did not take place.
meeting-absent = 🚫 The { $party } did not come to the meeting. A new round of times will follow.
# The interpreter question with the status holder's own wish (only when they share their answers).
meeting-ask-interpreter-wish =
    { $ask }
    🌍 The status holder said: { $wish }
meeting-interpreter-wish-language = { $wish }: { language-name }

# the title of the calendar entry staff get (.ics)
meeting-ics-title = Three-way meeting (driegesprek) { $reference }

# The answers board (issue 12): one message in the proposer's chat, edited as answers arrive.
# Only symbols and the other messages' words, so the same in every locale.
meeting-board =
    { $head }
    { $lines }
meeting-board-line = { $n }. { $at }: { $gemeente } · { $coa } · { $holder }
meeting-board-party = { $party } { $mark }
meeting-board-mark = { $answer ->
        [can] ✅
        [if_needed] 🤷
        [cannot] ❌
       *[none] ⏳
    }
# A time in the times message once the reader answered it: their answer's mark after it.
meeting-slot-line-answered = { $n }. { $at } { $mark }

# To the status holder who said they cannot come (issue 12): "you", and what happens next.
meeting-cant-come-you = 🙁 Thank you for letting us know: you cannot come on { $at } ({ $reason }). Your contact persons know now and will propose new times. You will get a message about it.

# A weekday in the calendar's header row (issue 12): its short name, from ICU.
meeting-weekday = { $day }
