# Preparing a meeting: questionnaire, consent, checklists (issue 6).
