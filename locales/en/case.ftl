# Opening a case, and the list of cases. Read by staff.

case-ask-name = What is the status holder's first name, or what are their initials? Not the full name.
case-ask-reference = What is your own file number for this case? No BSN or V-number.
case-ask-counterpart = Which { $kind ->
        [coa] COA location
       *[gemeente] municipality
    } are you working with on this case?
case-no-counterpart-orgs = No { $kind ->
        [coa] COA location
       *[gemeente] municipality
    } is known yet. Ask the administrator to add one. The case has not been opened.
case-ask-matching = What is the date of the matching? Tap a button, or reply with a date (dd-mm-yyyy).
case-ask-housing = When is the status holder expected to get a home? Reply with a date (dd-mm-yyyy), or tap the button.
case-confirm =
    Is this correct?
    Status holder: { $name }
    File number: { $reference }
    Working with: { $counterpart }
    Matching: { $matching }
    Home expected: { $housing }
case-opened = ✅ Case { $reference } has been opened.
case-holder-invite =
    Invitation for { $name }. Show this QR code or send the link. The link works once, until { $expires }.
    { $link }
case-counterpart-invite =
    Send this link to your contact person at { $org }, so they can join case { $reference }. The link works once, until { $expires }.
    { $link }
case-cancelled = Stopped. Nothing has been saved.
case-reference-taken = Your organisation already uses file number { $reference }. Choose another number.

button-org = { $org }
button-today = Today
button-yesterday = Yesterday
button-housing-unknown = Not known yet
button-open-case = ✅ Open case

error-text-empty = That answer is empty. Please try again.
error-text-too-long = That is too long. Use at most { $max ->
        [one] one character
       *[other] { $max } characters
    }.
error-looks-like-bsn = That looks like a BSN or V-number. We do not store those. Use your own file number or the first name.
error-text-one-line = Use one line, without line breaks.
error-expected-button = Tap one of the buttons.
error-not-a-date = I do not know that date format. Write, for example, 30-03-2026.
error-matching-in-future = The matching cannot be in the future.
error-matching-too-old = That date is more than three years ago. Please check the date.
error-housing-before-matching = The home cannot come before the matching.
error-housing-in-past = That date has already passed. Choose a date from today on, or tap “Not known yet”.

cases-list =
    { $count ->
        [one] One case:
       *[other] { $count } cases:
    }
    { cases-legend }
    { $items }
cases-more = … and { $hidden } more.
cases-line = • { $reference } – { $name }{ $late }{ $meeting }{ $option }{ $holder }{ $housing }
cases-fact = {" "}· { $fact }
cases-fact-none = {""}
cases-late = ⚠️ { $late ->
        [one] 1 agreement late
       *[other] { $late } agreements late
    }
cases-meeting = 📅 { $when }
cases-meeting-proposed = 📅 time being chosen
cases-option = approach { $option }
cases-holder-invited = 👤 invited
cases-holder-choosing = 👤 choosing a language
cases-legend = Most urgent first. ⚠️ late · 📅 meeting · 👤 status holder · 🏠 housing expected
cases-housing = 🏠 { $date }
cases-none = There are no open cases yet.
