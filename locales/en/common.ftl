# Shared messages: errors, menus, languages, commands.
# Staff read Dutch; status holders read their own language. Keep sentences short.

error-internal = Something went wrong on our side. Please try again in a few minutes.
error-not-saved = Nothing was saved: the bot cannot store anything at the moment. Please try again later.
error-unknown-command = I do not know that command. Type /menu to see what you can do.
error-edited-ignored = You changed a message. I only read new messages. If something must change, send your answer again.
error-button-stale = This button does not work any more. Type /menu to go on.
error-staff-only = Only staff of COA or the municipality can do this.
error-not-on-case = You are not part of this case. Nothing has changed.
error-expected-text = I can only read text. Type your answer as a message.
error-not-text-menu = I can only read text and buttons. Type /menu to go on.
hint-use-menu = Tap a button, or type /menu to see what you can do.
stranger-welcome = Hello! This bot helps with the warm handover (warme overdracht) from COA to the municipality (gemeente). You need an invite link from your contact person at COA or the municipality.
cancel-nothing = There is nothing to stop right now.
group-only-command = This only works in a group.
private-only-command = This only works in a private chat with me.

invite-unknown = I do not know this link. Ask your contact person for a new link.
invite-expired = This link has expired. Ask your contact person for a new link.
invite-used = This link has already been used. Ask your contact person for a new link.
invite-holder-not-for-you = This link is for a status holder. This bot already knows you, so nothing has changed.
invite-staff-not-for-you = This link is for staff. Nothing has changed.
invite-other-org = This link is for staff of another organisation. Nothing has changed.

staff-joined = Welcome! You are registered as staff of { $org } ({ $kind ->
        [coa] COA
       *[gemeente] municipality
    }). Type /menu to start.
staff-already = You are already registered as staff. Type /menu to go on.
staff-joined-case = { $name } ({ $org }) has now joined case { $reference }.
staff-joined-this-case =
    ✅ You have joined case { $reference } ({ $name }). /plan shows its plan, /meet schedules the meeting.
    { $others }
# Who else works on the case a staff member just joined (issue 12).
staff-joined-with =
    Also on this case:
    { $people }
staff-joined-person = • { $who } ({ $org })
staff-joined-first = You are the first staff member on this case.

menu-staff = { $name }, { $org }
    You are involved in { $cases ->
        [0] no cases yet
        [one] one case
       *[other] { $cases } cases
    }.
help-staff =
    How it works:
    • /newcase opens a case. I ask one question at a time.
    • /cases shows your organisation's cases.
    • /menu shows where you are and what is open.
    • /plan shows a case's plan and agreements.
    • /meet schedules a three-way meeting (driegesprek).
    • /prepare shows the preparation of the meeting.
    • /language chooses your language.
    • /cancel stops what you are doing now.
    Add me to your team's group: { $group_link }
    Then type /link in the group.
help-holder =
    Help:
    • /menu shows who your contact persons are and what happens now.
    • /plan shows your plan and the agreements.
    • /prepare helps you prepare the meeting.
    • /language chooses another language.
    • /mydata shows what we keep about you. /delete asks to delete it. /stop: no more messages.
    Questions? Ask your contact person at COA or the municipality (gemeente).

language-choose = 🌐 Choose your language.
# Before anyone chose a language: the same prompt in every script the bot offers (issue 15),
# never one language alone. Each line is that locale's own `language-choose`.
language-choose-any =
    🌐 👇
    اختر لغتك.
    ቋንቋኹም ምረጹ።
    Dilinizi seçin.
    Zimanê xwe hilbijêrin.
    زبان خود را انتخاب کنید.
    Dooro luqaddaada.
    زمانەکەتان هەڵبژێرن.
    خپله ژبه وټاکئ.
    ቋንቋዎን ይምረጡ።
    Choisissez votre langue.
    Choose your language.
    Kies uw taal.
language-set = ✅ Language: { language-name }.
language-name = { $language ->
        [nl] Dutch
        [en] English
        [ar] Arabic
        [ti] Tigrinya
        [tr] Turkish
        [kmr] Kurdish (Kurmanji)
        [prs] Dari
        [fa] Persian
        [so] Somali
        [ckb] Kurdish (Sorani)
        [ps] Pashto
        [am] Amharic
       *[fr] French
    }
# Each language's own name in its own script: the same in every locale.
language-native = { $code ->
        [nl] Nederlands
        [en] English
        [ar] العربية
        [ti] ትግርኛ
        [tr] Türkçe
        [kmr] Kurmancî
        [prs] دری
        [fa] فارسی
        [so] Soomaali
        [ckb] کوردیی ناوەندی
        [ps] پښتو
        [am] አማርኛ
       *[fr] Français
    }

button-language = 🌐 Language
button-new-case = ➕ New case
button-my-cases = 📋 Cases
button-cancel = ✖️ Stop

command-menu = Where am I and what is still open
command-help = Help
command-language = Choose a language
command-newcase = Open a new case (staff)
command-cases = Show cases (staff)
command-cancel = Stop what you are doing now
command-mydata = What is kept about me
command-delete = Ask to delete my data
command-stop = No more messages
command-explain = What does it mean? Explanations
command-link = Link this group to your organisation or a case
command-plan = The handover plan and what was agreed
command-case = Overview per case (staff)
command-meet = Schedule a three-way meeting (staff)
command-prepare = Prepare for the meeting

value-date = { $date }
value-unknown = not known yet
contact-named = { $name }
contact-unknown = not known yet

# invites: guessing
invite-too-many-tries = You have tried a link that did not work too many times. Please wait an hour and then try again.

# Above every message to staff or a group about a case (issue 12): the case reference and the status holder's first name.
about-case =
    📁 { $reference } · { $name }
    { $body }

# The language picker once a language was tapped (issue 12): the choice in its own script.
language-picked = 🌐 ✅ { $language }

# Paging a list of cases (issue 12), and a typed reference that is not one of them.
button-page-prev = ◀️
button-page-next = ▶️
picker-not-found = You have no open case with reference { $reference } here. /cases shows your cases.

# Several messages for one team group that fall due together, sent as one (issue 12): each under the name of its case.
digest =
    📋 Messages ({ $count }):

    { $items }
