//! Reminder kinds (issue 5). A reminder row names its kind and subject; the message is rendered
//! only when it is sent, in the recipient's language then, from the data as it is then.

/// What a reminder is about. The subject id's meaning depends on the kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ReminderKind {
    /// Before a confirmed meeting (subject: meeting).
    MeetingSoon,
    /// A proposed slot not answered by this person after a while (subject: meeting).
    SlotsUnanswered,
    /// Preparation items still open shortly before the meeting (subject: meeting).
    PreparationOpen,
    /// The interpreter is not booked yet (subject: meeting).
    InterpreterNotBooked,
    /// An agreement is due tomorrow (subject: agreement item).
    AgreementDueSoon,
    /// An agreement is overdue (subject: agreement item).
    AgreementOverdue,
    /// No activity on the case for a long time: does the plan still hold? (subject: case).
    LongWait,
    /// A notice to another party about a change (a meeting fixed, an answer seen, the plan
    /// round): written with the change, sent at once after the commit, retried by the worker
    /// (subject: none; the message itself is the row's payload).
    Notice,
}

impl ReminderKind {
    pub const ALL: [ReminderKind; 8] = [
        ReminderKind::MeetingSoon,
        ReminderKind::SlotsUnanswered,
        ReminderKind::PreparationOpen,
        ReminderKind::InterpreterNotBooked,
        ReminderKind::AgreementDueSoon,
        ReminderKind::AgreementOverdue,
        ReminderKind::LongWait,
        ReminderKind::Notice,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            ReminderKind::MeetingSoon => "meeting_soon",
            ReminderKind::SlotsUnanswered => "slots_unanswered",
            ReminderKind::PreparationOpen => "preparation_open",
            ReminderKind::InterpreterNotBooked => "interpreter_not_booked",
            ReminderKind::AgreementDueSoon => "agreement_due_soon",
            ReminderKind::AgreementOverdue => "agreement_overdue",
            ReminderKind::LongWait => "long_wait",
            ReminderKind::Notice => "notice",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        ReminderKind::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_round_trips_through_its_name() {
        for k in ReminderKind::ALL {
            assert_eq!(ReminderKind::parse(k.as_str()), Some(k));
        }
        assert_eq!(ReminderKind::parse("nonsense"), None);
    }
}
