# The status holder's first steps. Plain language: short sentences, everyday words.

holder-privacy-notice-v2 =
    🔒 Your data

    What do we keep?
    • Your first name.
    • The file number of COA or the municipality (gemeente).
    • Your language.
    • What is agreed about your move.
    • Later, only if you want: your answers and questions to prepare for the meeting.

    Who sees this?
    Your contact person at COA and at the municipality.
    They only see your answers and questions if you say yes. You can always stop that again.

    Why?
    The municipality helps you with integration (inburgering). The law gives it this task.

    We never ask for details about your health, religion or origin.
    We may ask if you want to talk about health or care. You choose. You never have to say what it is.

    You can always see what we keep: /mydata. You can ask us to delete it: /delete.
button-privacy-ok = ✅ I understand
holder-overview-v2 =
    👋 Welcome!
    Your contact person at COA: { $coa_contact } ({ $coa })
    Your contact person at the municipality: { $gemeente_contact } ({ $gemeente })

    { $next }

    Type /menu to see this again.
holder-next-fresh =
    What happens now?
    1. The municipality decides with you and COA how your integration starts.
    2. You get a message here when there is a three-way meeting (driegesprek) with you, COA and the municipality.
holder-next-none = 📅 No meeting is planned yet. You will get a message here when there is one.
holder-next-choosing = 📅 We are looking for a time for your meeting. You get a message here with times (or you already got it). In that message, choose the times that suit you.
holder-next-meeting =
    📅 Meeting: { $at }
    { $where }
holder-next-bring =
    🎒 Bring to the meeting:
    { $items }
holder-next-bring-all = 🎒 You have all your papers ready for the meeting. 👍
holder-next-task =
    ✏️ Your next task: { $what }
    When: { $due }
holder-joined-staff = ✅ { $name } (case { $reference }) has now joined and reads { language-name }.
holder-not-text = 🎤 I cannot listen to voice messages or look at pictures. Please tap a button. Questions? Call or write to your contact person.
holder-use-buttons = 👇 Please tap a button. Questions? Ask your contact person.
button-menu-home = 🏠 Menu
