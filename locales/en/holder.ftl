# The status holder's first steps. Plain language: short sentences, everyday words.

holder-privacy-notice =
    🔒 Your data
    We only keep: your first name, the file number, your language and what is agreed about your move to the municipality (gemeente).
    Who sees this? Your contact person at COA and at the municipality.
    Why? The municipality helps you with integration (inburgering). The law gives it this task.
    We do not ask about your health, religion or origin.
    You can always ask what we keep. You can also ask us to delete it. Ask your contact person.
button-privacy-ok = ✅ I understand
holder-overview =
    👋 Welcome!
    Your contact person at COA: { $coa_contact } ({ $coa })
    Your contact person at the municipality: { $gemeente_contact } ({ $gemeente })

    What happens now?
    1. The municipality decides with you and COA how your integration starts.
    2. You get a message here when there is a three-way meeting (driegesprek) with you, COA and the municipality.
    3. Type /menu to see this again.
holder-joined-staff = ✅ { $name } (case { $reference }) has now joined and reads { language-name }.
