# Scheduling meetings (issue 4).
