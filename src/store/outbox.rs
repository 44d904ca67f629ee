//! The reminder outbox: scheduling and cancelling, always inside the caller's transaction, so a
//! reminder exists exactly when the change that causes it was saved (issue 5). The worker's
//! queries (claiming, recording results) live here too.

use chrono::{DateTime, Utc};
use sqlx::SqliteConnection;

use crate::domain::{CaseId, ChatId, ReminderKind};

/// A reminder to schedule.
#[derive(Debug, Clone, PartialEq)]
pub struct NewReminder {
    pub kind: ReminderKind,
    pub case: CaseId,
    pub subject: Option<i64>,
    pub chat: ChatId,
    pub due_at: DateTime<Utc>,
}

/// Schedules one reminder; returns its id.
pub async fn schedule(
    conn: &mut SqliteConnection,
    r: &NewReminder,
    now: DateTime<Utc>,
) -> sqlx::Result<i64> {
    sqlx::query_scalar(
        "INSERT INTO reminders (kind, case_id, subject_id, chat_id, due_at, next_attempt_at, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
    )
    .bind(r.kind.as_str())
    .bind(r.case.0)
    .bind(r.subject)
    .bind(r.chat.0)
    .bind(r.due_at.timestamp())
    .bind(r.due_at.timestamp())
    .bind(now.timestamp())
    .fetch_one(conn)
    .await
}

/// Cancels every pending reminder of this kind about this subject (a moved or cancelled
/// meeting, a done agreement). Returns how many were cancelled.
pub async fn cancel(
    conn: &mut SqliteConnection,
    kind: ReminderKind,
    subject: i64,
    now: DateTime<Utc>,
) -> sqlx::Result<u64> {
    let done = sqlx::query(
        "UPDATE reminders SET status = 'cancelled', done_at = ?, outcome = 'voided'
         WHERE kind = ? AND subject_id = ? AND status = 'pending'",
    )
    .bind(now.timestamp())
    .bind(kind.as_str())
    .bind(subject)
    .execute(conn)
    .await?;
    Ok(done.rows_affected())
}
