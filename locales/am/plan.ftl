# The handover plan and agreements (issue 3).
