# Preparing a meeting: questionnaire, consent, checklists (issue 6).
# The questions are read by status holders: plain words, one question per message.

prep-step = ({ $n }/{ $total }) { $question }
prep-ask-education = 🎓 Which school did you finish?
prep-ask-work-years = 💼 How many years did you work?
prep-ask-work-field = 🛠️ What kind of work?
prep-ask-dutch = 🇳🇱 How long have you had Dutch lessons?
prep-ask-goal = 🎯 What do you want most?
prep-ask-household = 🏠 Who do you live with?
prep-ask-reunification = 👪 Are you waiting for family to come to the Netherlands?
prep-ask-health = 🩺 Is there something about your health or care that you want to talk about? Do not write what it is.
prep-ask-moment = 🕐 When is the best time to reach you?
prep-ask-channel = 📱 What is the best way to reach you?
prep-ask-interpreter = 🌍 Do you want an interpreter at the meeting?
prep-ask-without-partner = 🗣️ Do you also want to talk without your partner there?
prep-ask-own-questions = ❓ Do you have questions for the meeting? Type them here. Or tap Skip.
prep-own-saved = ✅ Your questions are saved.

prep-label-education = 🎓 School
prep-label-work-years = 💼 Years of work
prep-label-work-field = 🛠️ Kind of work
prep-label-dutch = 🇳🇱 Dutch lessons
prep-label-goal = 🎯 Wish
prep-label-household = 🏠 Household
prep-label-reunification = 👪 Family coming
prep-label-health = 🩺 Talk about health or care
prep-label-moment = 🕐 Best time
prep-label-channel = 📱 Best way
prep-label-interpreter = 🌍 Interpreter wanted
prep-label-without-partner = 🗣️ Also talk without partner

prep-edu-none = No school
prep-edu-primary = Primary school
prep-edu-secondary = Secondary school
prep-edu-vocational = Vocational training
prep-edu-university = College or university
prep-years-none = Never worked
prep-years-few = 1 or 2 years
prep-years-some = 3 to 5 years
prep-years-many = More than 5 years
prep-field-building = 🔧 Building or technical
prep-field-care = 🤲 Care
prep-field-food = 🍽️ Restaurant or food
prep-field-transport = 🚚 Transport
prep-field-farming = 🌾 Farming
prep-field-shop = 🛒 Shop or trade
prep-field-office = 💻 Office or computer
prep-field-other = Other work
prep-dutch-none = No lessons yet
prep-dutch-short = Less than 3 months
prep-dutch-year = 3 to 12 months
prep-dutch-long = More than a year
prep-goal-work = 💼 Work
prep-goal-study = 📚 Study
prep-goal-both = Work and study
prep-goal-unsure = I don't know yet
prep-house-alone = Alone
prep-house-partner = With partner
prep-house-children = With children
prep-house-family = With partner and children
prep-yes = ✅ Yes
prep-no = ❌ No
prep-rather-not-say = I'd rather not say
prep-moment-morning = 🌅 Morning
prep-moment-afternoon = ☀️ Afternoon
prep-moment-evening = 🌙 Evening
prep-channel-message = 💬 Message
prep-channel-call = 📞 Phone call
prep-channel-either = Doesn't matter
prep-interp-own = Yes, in my own language
prep-interp-other = Yes, in another language
prep-interp-no = No, I speak Dutch well enough
prep-interp-unsure = I don't know
prep-ask-interpreter-language = 🌍 You want an interpreter in another language. In which language?
prep-label-interpreter-language = 🌍 Interpreter's language

prep-button-skip = ⏭️ Skip
prep-skipped = skipped
prep-not-answered = not answered yet
prep-none = —
prep-line = { $label }: { $value }
prep-list = { $lines }
prep-own-as-typed = { $text } (not translated)
prep-review =
    📋 Your answers
    { $answers }
    ❓ Your questions: { $own }

    Tap a button to change something.
prep-button-own-questions = ❓ My questions
prep-button-sharing = 🔒 What I share
prep-button-documents = 🎒 Papers
prep-button-review = 📋 My answers

prep-consent-notice-v2 =
    🔒 Who sees your answers?
    Your contact person at COA and at the municipality. Then they can prepare well for the meeting with you.
    You choose. You may also share nothing.
    You can always change this later with these buttons.

    📋 Your answers: { $answers }
    ❓ Your questions: { $questions }
prep-shared-yes = ✅ shared
prep-shared-no = 🚫 not shared
prep-button-share-answers = ✅ Share my answers
prep-button-stop-answers = 🚫 Stop sharing my answers
prep-button-share-questions = ✅ Share my questions
prep-button-stop-questions = 🚫 Stop sharing my questions

prep-documents =
    🎒 Bring these papers to the meeting.
    Tap a paper when you have it ready.
prep-check-done-button = ✅ { $item }
prep-check-open-button = ⬜ { $item }
prep-item-permit = 🪪 Residence permit
prep-item-bsn = ✉️ Letter with your BSN
prep-item-diplomas = 🎓 Diplomas
prep-item-cv = 📄 CV
prep-item-profile = Client profile handed over
prep-item-programme = Programme followed passed on
prep-item-need-to-know = What the municipality must know beforehand passed on
prep-item-options = Options explained
prep-item-intake = Broad intake planned
prep-item-contact = Contact person named

prep-holder-only = These questions are for the status holder.
prep-holder-not-ready = First choose your language and read the explanation. Type /menu.
prep-cases = 📋 Preparation: choose a case.
prep-case-button = { $reference } · { $name }
prep-button-refresh = 🔄 Refresh
prep-staff-not-shared = 🔒 Not shared by the status holder
prep-staff-overview =
    📋 Preparation { $reference } ({ $name })

    Questionnaire:
    { $answers }

    Not answered yet:
    { $missing }

    Own questions:
    { $own }

    Checklist:
    { $checklist }
prep-party-holder = Status holder
prep-party-coa = COA
prep-party-gemeente = Municipality
prep-check-party =
    { $party }:
    { $items }
prep-check-done = ✅ { $item } ({ $at })
prep-check-open = ⬜ { $item }
prep-reminder-staff =
    ⏰ The meeting is on { $start }. This is where the preparation stands:

    { $overview }
prep-reminder-holder =
    ⏰ Your meeting is on { $start }. Bring these papers:
    { $items }
    Type /prepare to tick them off.
prep-agenda-with =
    { $message }

    📋 What we will talk about:
    { $items }
prep-agenda-item = { $n }. { $what }

# Shown to staff beside an answer given or changed after the meeting took place.
prep-answer-late = { $line } (filled in after the meeting)
prep-own-no-numbers = Please do not write your BSN or V-number here. We do not keep it. Type your questions without that number.

## The agenda per meeting (staff reorder and extend it) and which meeting is being prepared.
# Staff overview: the meeting this preparation is for. $when is prep-agenda-when,
# prep-agenda-no-time or prep-meeting-not-planned.
prep-staff-for-meeting =
    { $overview }

    🗓 This is the preparation for meeting { $number } { $when }.
prep-agenda-when = on { $at }
prep-agenda-no-time = (no time agreed yet)
prep-meeting-not-planned = (not planned yet)
prep-agenda-button = 🗒 Agenda
prep-agenda-editor =
    🗒 Agenda for meeting { $number } { $when }, case { $reference } ({ $name }):
    { $items }

    Move a point with ⬆️ or ⬇️. Remove your own points with ✖️. Send the agenda round when it is ready.
prep-agenda-up-button = ⬆️ { $n }
prep-agenda-down-button = ⬇️ { $n }
prep-agenda-remove-button = ✖️ { $n }
prep-agenda-add-button = ➕ Add a point
prep-agenda-send-button = 📨 Send to all three
prep-agenda-back-button = ⬅️ Preparation
prep-agenda-ask-point = Type the new point in one line of at most { $max } characters. It is not translated: write plain Dutch, the interpreter reads it out.
prep-agenda-no-numbers = Do not write a BSN or V-number in the agenda. Type the point without that number.
prep-agenda-full = The agenda already has { $max } points. Remove one of your own points first.
prep-agenda-empty = The agenda is still empty. Add a point first.
prep-agenda-meeting-over = This meeting is over or cancelled. Its agenda no longer changes.
prep-agenda-sent =
    { $count ->
        [0] There is nobody else to send the agenda to.
        [one] The agenda was sent to { $count } chat.
       *[other] The agenda was sent to { $count } chats.
    }
# To all three, the status holder in their language: the agenda after staff changed it.
prep-agenda-updated =
    🗒 This is what we talk about in the meeting { $when }:
    { $items }
# Status holder: a button on their overview that shows the agenda of their next meeting.
prep-button-agenda = 🗒 What we will talk about
