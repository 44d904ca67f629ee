//! When the application reminds whom of what: the offsets of each reminder kind (issue 5). The
//! application's policy, set from the environment (`config::ReminderArgs`); the worker that
//! sends the rows keeps only its pace and the quiet hours (`reminders::Settings`).

use chrono::Duration;

#[derive(Debug, Clone, PartialEq)]
pub struct Policy {
    /// Before a confirmed meeting (default: two days and two hours).
    pub meeting_before: Vec<Duration>,
    /// A proposed slot not answered after this long gets a nudge (default 24 hours).
    pub slots_unanswered_after: Duration,
    /// Preparation items still open this long before the meeting (default three days).
    pub preparation_before: Duration,
    /// The interpreter not booked this long before the meeting (default three days).
    pub interpreter_before: Duration,
    /// An agreement due within this long (default one day: "due tomorrow").
    pub agreement_due_before: Duration,
    /// No activity on a case for this long: does the plan still hold? (default 30 days).
    pub long_wait_after: Duration,
    /// A closed case is anonymised this long after it was closed (issue 14; default twelve
    /// months, `RETENTION_CLOSED`).
    pub retention_closed: Duration,
}

impl Default for Policy {
    fn default() -> Self {
        Policy {
            meeting_before: vec![Duration::days(2), Duration::hours(2)],
            slots_unanswered_after: Duration::hours(24),
            preparation_before: Duration::days(3),
            interpreter_before: Duration::days(3),
            agreement_due_before: Duration::days(1),
            long_wait_after: Duration::days(30),
            retention_closed: crate::workflow::privacy::default_retention(),
        }
    }
}
