## The status holder's rights (issue 14): seeing what is kept (/mydata), asking to delete it
## (/delete), getting no more messages (/stop). Holder messages say "you", in short sentences;
## staff messages name the case (reference and first name). Reviewed with the privacy officer:
## the reasons to keep data are fixed, so the status holder reads them in their own language.

privacy-button-menu = 🔒 Your data
privacy-menu =
    🔒 Your data
    • See everything we keep about you.
    • Ask to delete your data.
    • Get no more messages from this bot.
privacy-button-mydata = 📄 See my data
privacy-button-delete = 🗑 Delete my data
privacy-button-stop = 🔕 No more messages
privacy-button-no = ↩️ No
privacy-never = ↩️ OK, nothing changes.
privacy-staff = Your name, your organisation and the cases you work on are kept while you use this bot. Your administrator can end your access. Questions? Ask your privacy officer.
privacy-nothing-kept = We keep no data about you as a status holder. Did you get a link from COA or the municipality (gemeente)? Open it again.

privacy-mydata =
    🔒 What we keep about you
    { $facts }

    📋 Agreements in your plan:
    { $agreements }

    📅 Meetings:
    { $meetings }
    Your answers to proposed times: { $time_answers }

    📝 Your answers to prepare the meeting:
    { $answers }

    ❓ Your own questions:
    { $own }

    👀 { $sharing }

    The file below has the same data, for a computer.
    /delete: ask to delete your data. /stop: get no more messages.
privacy-mydata-file = 📄 Your data (file for a computer)
privacy-none = • (nothing)
privacy-yes-no = { $value ->
        [yes] yes
       *[no] no
    }
privacy-fact-name = • Name: { $name }
privacy-fact-reference = • File number: { $reference }
privacy-fact-orgs = • COA: { $coa } · Municipality: { $gemeente }
privacy-fact-language = • Language: { language-name }
privacy-fact-matching = • Linked to the municipality on: { $date }
privacy-fact-housing = • Moving date: { $date }
privacy-fact-joined = • In this chat since: { $date }
privacy-fact-notice = • You read the privacy notice on: { $date }
privacy-fact-closed = • The guidance ended on: { $date }
privacy-fact-stopped = • You stopped messages on: { $date }
privacy-meeting = • { $when } · { $place } · { $status ->
        [confirmed] planned
        [held] held
        [absent] someone was absent
        [cancelled] cancelled
       *[proposed] times proposed
    }
privacy-meeting-proposed = • { $place } · times proposed
privacy-own-question = • { $text }
privacy-sharing = Shared with your contact persons: your answers { $answers }, your questions { $questions }.

privacy-delete-ask =
    🗑 Delete your data?
    We ask your municipality (gemeente) to delete your name, your answers and everything you typed.
    Sometimes the law says the municipality must keep something. Then they tell you why.
    You get the answer here.
privacy-button-delete-yes = 🗑 Yes, ask to delete
privacy-delete-asked = ✅ Your municipality has been asked to delete your data. You get the answer here.
privacy-delete-pending = ⏳ You have already asked. Your municipality will answer you here.

privacy-request-staff =
    🗑 { $name } ({ $reference }) asks to delete their data.
    Delete it, or say why the municipality must keep it. { $name } reads your answer in their own language.
privacy-button-erase = 🗑 Delete the data
privacy-button-keep = 📜 Keep it: say why
privacy-button-back = ↩️ Back
privacy-request-decided = This request for { $reference } has already been answered.
privacy-erase-confirm =
    Delete all data of { $reference } ({ $name })?
    The name, the answers, everything typed and the chat are removed. This cannot be undone. The case is closed; only anonymous figures stay.
privacy-button-erase-yes = ✅ Yes, delete
privacy-erased-you = 🗑 The data of { $reference } has been deleted. The case is closed.
privacy-erased-staff = 🗑 The data of { $reference } was deleted by { $who } at the request of the status holder. The case is closed.
privacy-erased-holder = 🗑 Your data has been deleted. This bot will not send you any more messages. Questions? Contact your municipality (gemeente) directly.
privacy-keep-ask = Why must the municipality keep the data of { $reference } ({ $name })? { $name } reads this reason in their own language.
privacy-keep-reason = { $reason ->
        [integration_duty] The municipality needs it for your integration (inburgering). The law (Civic Integration Act 2021) gives it this task.
        [archive_law] The law on archives says the municipality must keep it for some time.
       *[legal_claim] It is needed for an objection or a court case that is still running.
    }
privacy-kept-holder =
    📜 { $org } cannot delete all your data now.
    Why: { $reason }
    Questions? Ask your contact person. You can also complain to the Dutch privacy authority (Autoriteit Persoonsgegevens).
privacy-kept-staff = 📜 { $who } answered the request of { $name } ({ $reference }) to delete their data: the data is kept. Reason: { $reason }
privacy-kept-you = 📜 The data of { $reference } is kept. The status holder is told why: { $reason }

privacy-stop-ask =
    🔕 Get no more messages from this bot?
    Your contact persons are told. You can still see or delete your data. Send /start to get messages again.
privacy-button-stop-yes = 🔕 Yes, stop
privacy-stopped-you = 🔕 You will get no more messages from this bot. Your contact persons know. Send /start to get messages again.
privacy-stopped-hint = 🔕 You stopped the messages of this bot. Send /start to use it again. /mydata shows your data, /delete deletes it.
privacy-stopped-staff = 🔕 { $name } ({ $reference }) has stopped the messages of this bot. They get nothing more from it, no reminders either. Please contact them another way.
privacy-resumed-you = ✅ Welcome back. You will get messages again.
privacy-resumed-staff = ✅ { $name } ({ $reference }) gets messages from this bot again.
