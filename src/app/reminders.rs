//! Composing reminders when they are due (issue 5): each kind is rendered from the data as it
//! is now, in the recipient's language now, or dropped with a reason when it no longer applies.
//! The worker that claims and sends them is `crate::reminders`.

use sqlx::SqliteConnection;

use super::{App, Outgoing};
use crate::domain::{CaseId, ChatId, ReminderKind};

/// A due reminder as the worker hands it over.
#[derive(Debug, Clone, PartialEq)]
pub struct DueReminder {
    pub id: i64,
    pub kind: ReminderKind,
    pub case: CaseId,
    pub subject: Option<i64>,
    pub chat: ChatId,
    pub due_at: chrono::DateTime<chrono::Utc>,
    /// True when the worker finds it later than it should have been sent.
    pub late: bool,
}

/// What to do with a due reminder.
#[derive(Debug, Clone, PartialEq)]
pub enum Composed {
    Send(Vec<Outgoing>),
    /// No longer applies (the meeting has passed, the item is done): a fixed reason code.
    Drop(&'static str),
}

impl App {
    /// Renders a due reminder, or says why it should be dropped.
    pub async fn compose_reminder(
        &self,
        conn: &mut SqliteConnection,
        r: &DueReminder,
    ) -> anyhow::Result<Composed> {
        let _ = conn;
        // SCAFFOLD: each feature replaces its arm with its composer.
        Ok(match r.kind {
            ReminderKind::MeetingSoon
            | ReminderKind::SlotsUnanswered
            | ReminderKind::InterpreterNotBooked => Composed::Drop("not_implemented"),
            ReminderKind::PreparationOpen => Composed::Drop("not_implemented"),
            ReminderKind::AgreementDueSoon
            | ReminderKind::AgreementOverdue
            | ReminderKind::LongWait => Composed::Drop("not_implemented"),
        })
    }
}
