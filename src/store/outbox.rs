//! The reminder outbox: scheduling and cancelling, always inside the caller's transaction, so a
//! reminder exists exactly when the change that causes it was saved (issue 5). The worker's
//! queries live here too: planning around the quiet hours, claiming a page of due rows in one
//! statement, recording each result, and taking back claims whose lease ran out after a crash.

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
    schedule_about(conn, r, None, now).await
}

/// Schedules one reminder about a moment (a meeting's start): the quiet hours then never defer
/// it so far that less than half of its notice is left; it goes out before them instead.
pub async fn schedule_about(
    conn: &mut SqliteConnection,
    r: &NewReminder,
    about: Option<DateTime<Utc>>,
    now: DateTime<Utc>,
) -> sqlx::Result<i64> {
    sqlx::query_scalar(
        // A chat whose person said `/stop` (issue 14) gets nothing more: written as cancelled.
        "INSERT INTO reminders (kind, case_id, subject_id, chat_id, due_at, next_attempt_at,
             about_at, created_at, status, outcome, done_at)
         SELECT ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, CASE WHEN st THEN 'cancelled' ELSE 'pending' END,
             CASE WHEN st THEN 'stopped' END, CASE WHEN st THEN ?8 END
         FROM (SELECT EXISTS (SELECT 1 FROM stopped_chats WHERE chat_id = ?4) AS st)
         RETURNING id",
    )
    .bind(r.kind.as_str())
    .bind(r.case.0)
    .bind(r.subject)
    .bind(r.chat.0)
    .bind(r.due_at.timestamp())
    .bind(r.due_at.timestamp())
    .bind(about.map(|a| a.timestamp()))
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

/// Cancels the pending reminders of these kinds about this subject to one chat (a person who
/// said they cannot come gets no "don't forget" for that date). Returns how many.
pub async fn cancel_to_chat(
    conn: &mut SqliteConnection,
    kinds: &[ReminderKind],
    subject: i64,
    chat: ChatId,
    now: DateTime<Utc>,
) -> sqlx::Result<u64> {
    let mut n = 0;
    for kind in kinds {
        let done = sqlx::query(
            "UPDATE reminders SET status = 'cancelled', done_at = ?, outcome = 'cannot_come'
             WHERE kind = ? AND subject_id = ? AND chat_id = ? AND status = 'pending'",
        )
        .bind(now.timestamp())
        .bind(kind.as_str())
        .bind(subject)
        .bind(chat.0)
        .execute(&mut *conn)
        .await?;
        n += done.rows_affected();
    }
    Ok(n)
}

/// Writes a notice to another party (its message as JSON), due at once and already planned:
/// a notice is the answer to someone's action, so the quiet hours do not hold it back.
pub async fn notice(
    conn: &mut SqliteConnection,
    case: CaseId,
    chat: ChatId,
    payload: &str,
    now: DateTime<Utc>,
) -> sqlx::Result<i64> {
    sqlx::query_scalar(
        // A chat whose person said `/stop` (issue 14) gets nothing more: written as cancelled.
        "INSERT INTO reminders (kind, case_id, chat_id, due_at, next_attempt_at, send_at,
             payload, created_at, status, outcome, done_at)
         SELECT ?1, ?2, ?3, ?4, ?4, ?4, CASE WHEN st THEN NULL ELSE ?5 END, ?4,
             CASE WHEN st THEN 'cancelled' ELSE 'pending' END, CASE WHEN st THEN 'stopped' END,
             CASE WHEN st THEN ?4 END
         FROM (SELECT EXISTS (SELECT 1 FROM stopped_chats WHERE chat_id = ?3) AS st)
         RETURNING id",
    )
    .bind(ReminderKind::Notice.as_str())
    .bind(case.0)
    .bind(chat.0)
    .bind(now.timestamp())
    .bind(payload)
    .fetch_one(conn)
    .await
}

/// A notice's message as written (None once sent, or for a reminder).
pub async fn payload(conn: &mut SqliteConnection, id: i64) -> sqlx::Result<Option<String>> {
    let row: Option<Option<String>> =
        sqlx::query_scalar("SELECT payload FROM reminders WHERE id = ?")
            .bind(id)
            .fetch_optional(conn)
            .await?;
    Ok(row.flatten())
}

/// The worker's due query, shared by `claim` and the query-plan test. Planned rows only; the
/// partial index `reminders_pending` serves it, a page at a time (never all due rows at once).
macro_rules! due_ids {
    () => {
        "SELECT id FROM reminders
         WHERE status = 'pending' AND send_at IS NOT NULL AND next_attempt_at <= ?1
         ORDER BY next_attempt_at LIMIT ?2"
    };
}

/// A claimed row, as the worker handles it. The kind stays text: a row of a kind this build no
/// longer knows is dropped, not a crash.
#[derive(Debug, Clone, PartialEq, sqlx::FromRow)]
pub struct Claimed {
    pub id: i64,
    pub kind: String,
    pub case_id: i64,
    pub subject_id: Option<i64>,
    pub chat_id: i64,
    pub due_at: i64,
    pub next_attempt_at: i64,
    pub send_at: Option<i64>,
    pub attempts: i64,
    pub claimed_at: i64,
}

/// Claims up to `limit` due rows in one statement, so two workers never claim the same row.
pub async fn claim(
    conn: &mut SqliteConnection,
    now: DateTime<Utc>,
    limit: u32,
) -> sqlx::Result<Vec<Claimed>> {
    let mut rows: Vec<Claimed> = sqlx::query_as(concat!(
        "UPDATE reminders SET status = 'claimed', claimed_at = ?1 WHERE id IN (",
        due_ids!(),
        ") RETURNING id, kind, case_id, subject_id, chat_id, due_at, next_attempt_at, send_at,
             attempts, claimed_at"
    ))
    .bind(now.timestamp())
    .bind(i64::from(limit))
    .fetch_all(conn)
    .await?;
    rows.sort_by_key(|r| (r.next_attempt_at, r.id));
    Ok(rows)
}

/// Claims the pending rows to these group chats that fall due by `until` and were never tried
/// (issue 12: what a group gets within a few minutes goes out together, as one digest), at most
/// `limit`, soonest first.
pub async fn claim_soon_for_groups(
    conn: &mut SqliteConnection,
    chats: &[i64],
    now: DateTime<Utc>,
    until: DateTime<Utc>,
    limit: u32,
) -> sqlx::Result<Vec<Claimed>> {
    let chats = serde_json::Value::from(chats.to_vec()).to_string();
    let mut rows: Vec<Claimed> = sqlx::query_as(
        "UPDATE reminders SET status = 'claimed', claimed_at = ?1 WHERE id IN (
             SELECT id FROM reminders
             WHERE status = 'pending' AND send_at IS NOT NULL AND next_attempt_at <= ?2
                 AND attempts = 0 AND chat_id < 0
                 AND chat_id IN (SELECT value FROM json_each(?3))
             ORDER BY next_attempt_at LIMIT ?4)
         RETURNING id, kind, case_id, subject_id, chat_id, due_at, next_attempt_at, send_at,
             attempts, claimed_at",
    )
    .bind(now.timestamp())
    .bind(until.timestamp())
    .bind(chats)
    .bind(i64::from(limit))
    .fetch_all(conn)
    .await?;
    rows.sort_by_key(|r| (r.next_attempt_at, r.id));
    Ok(rows)
}

/// Claims these pending rows (the notices an update just wrote, to send them at once) in one
/// statement, in id order. A row another step claimed first is not returned.
pub async fn claim_ids(
    conn: &mut SqliteConnection,
    ids: &[i64],
    now: DateTime<Utc>,
) -> sqlx::Result<Vec<Claimed>> {
    let ids = serde_json::Value::from(ids.to_vec()).to_string();
    let mut claimed: Vec<Claimed> = sqlx::query_as(
        "UPDATE reminders SET status = 'claimed', claimed_at = ?1
         WHERE id IN (SELECT value FROM json_each(?2)) AND status = 'pending'
         RETURNING id, kind, case_id, subject_id, chat_id, due_at, next_attempt_at,
             send_at, attempts, claimed_at",
    )
    .bind(now.timestamp())
    .bind(ids)
    .fetch_all(conn)
    .await?;
    claimed.sort_by_key(|r| r.id);
    Ok(claimed)
}

/// SQLite's plan for the due query (for the test that it uses the partial index).
pub async fn explain_due(conn: &mut SqliteConnection) -> sqlx::Result<String> {
    let rows: Vec<(i64, i64, i64, String)> =
        sqlx::query_as(concat!("EXPLAIN QUERY PLAN ", due_ids!()))
            .bind(0_i64)
            .bind(1_i64)
            .fetch_all(conn)
            .await?;
    Ok(rows.into_iter().map(|r| r.3).collect::<Vec<_>>().join("\n"))
}

/// Puts claims whose lease ran out (claimed before `before`) back to pending: nothing is lost
/// when the process dies between claiming and recording.
pub async fn reclaim_stale(
    conn: &mut SqliteConnection,
    before: DateTime<Utc>,
) -> sqlx::Result<u64> {
    let done = sqlx::query(
        "UPDATE reminders SET status = 'pending', claimed_at = NULL
         WHERE status = 'claimed' AND claimed_at < ?",
    )
    .bind(before.timestamp())
    .execute(conn)
    .await?;
    Ok(done.rows_affected())
}

/// A pending row not yet fitted around the quiet hours.
#[derive(Debug, Clone, PartialEq, sqlx::FromRow)]
pub struct Unplanned {
    pub id: i64,
    pub next_attempt_at: i64,
    pub about_at: Option<i64>,
}

/// Up to `limit` unplanned rows due before `until` (the planning horizon).
pub async fn unplanned(
    conn: &mut SqliteConnection,
    until: DateTime<Utc>,
    limit: u32,
) -> sqlx::Result<Vec<Unplanned>> {
    sqlx::query_as(
        "SELECT id, next_attempt_at, about_at FROM reminders
         WHERE status = 'pending' AND send_at IS NULL AND next_attempt_at <= ?
         ORDER BY next_attempt_at LIMIT ?",
    )
    .bind(until.timestamp())
    .bind(i64::from(limit))
    .fetch_all(conn)
    .await
}

/// Fixes when a pending row goes out (its quiet-hours plan).
pub async fn set_plan(conn: &mut SqliteConnection, id: i64, at: DateTime<Utc>) -> sqlx::Result<()> {
    sqlx::query(
        "UPDATE reminders SET send_at = ?1, next_attempt_at = ?1
         WHERE id = ?2 AND status = 'pending'",
    )
    .bind(at.timestamp())
    .bind(id)
    .execute(conn)
    .await?;
    Ok(())
}

/// The chat a row keeps once it is done: none for an anonymised case (issue 14: the farewell
/// to its status holder is the last row that knew their chat).
macro_rules! forget_chat_if_erased {
    () => {
        "CASE WHEN EXISTS (SELECT 1 FROM cases c WHERE c.id = reminders.case_id
             AND c.erased_at IS NOT NULL) THEN 0 ELSE chat_id END"
    };
}

/// Records that a claimed row was sent. False when the claim was no longer ours (its lease ran
/// out and another worker took it).
pub async fn mark_sent(
    conn: &mut SqliteConnection,
    row: &Claimed,
    now: DateTime<Utc>,
) -> sqlx::Result<bool> {
    let done = sqlx::query(concat!(
        r#"UPDATE reminders SET status = 'sent', done_at = ?, attempts = attempts + 1,
                 payload = NULL, chat_id = "#,
        forget_chat_if_erased!(),
        " WHERE id = ? AND status = 'claimed' AND claimed_at = ?"
    ))
    .bind(now.timestamp())
    .bind(row.id)
    .bind(row.claimed_at)
    .execute(conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// How a claimed row ends without being sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum End {
    /// No longer applies (the meeting passed, the case closed, too old).
    Dropped,
    /// Could not be delivered (chat unreachable, too many failed attempts).
    Failed,
}

/// Records that a claimed row ended without being sent, with a fixed reason code.
pub async fn mark_end(
    conn: &mut SqliteConnection,
    row: &Claimed,
    end: End,
    reason: &str,
    now: DateTime<Utc>,
) -> sqlx::Result<bool> {
    let status = match end {
        End::Dropped => "dropped",
        End::Failed => "failed",
    };
    let done = sqlx::query(concat!(
        "UPDATE reminders SET status = ?, outcome = ?, done_at = ?, payload = NULL, chat_id = ",
        forget_chat_if_erased!(),
        " WHERE id = ? AND status = 'claimed' AND claimed_at = ?"
    ))
    .bind(status)
    .bind(reason)
    .bind(now.timestamp())
    .bind(row.id)
    .bind(row.claimed_at)
    .execute(conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Gives a claimed row back to be tried again at `next` (rate limit, backoff), counting the
/// attempt when `failed_attempt`.
pub async fn release(
    conn: &mut SqliteConnection,
    row: &Claimed,
    next: DateTime<Utc>,
    failed_attempt: bool,
) -> sqlx::Result<bool> {
    let done = sqlx::query(
        "UPDATE reminders SET status = 'pending', claimed_at = NULL, next_attempt_at = ?,
             attempts = attempts + ?
         WHERE id = ? AND status = 'claimed' AND claimed_at = ?",
    )
    .bind(next.timestamp())
    .bind(i64::from(failed_attempt))
    .bind(row.id)
    .bind(row.claimed_at)
    .execute(conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Cancels every pending reminder to a chat that can no longer be reached.
pub async fn cancel_chat(
    conn: &mut SqliteConnection,
    chat: ChatId,
    reason: &str,
    now: DateTime<Utc>,
) -> sqlx::Result<u64> {
    let done = sqlx::query(
        "UPDATE reminders SET status = 'cancelled', done_at = ?, outcome = ?, payload = NULL
         WHERE chat_id = ? AND status = 'pending'",
    )
    .bind(now.timestamp())
    .bind(reason)
    .bind(chat.0)
    .execute(conn)
    .await?;
    Ok(done.rows_affected())
}

/// When the next pending row after `now` is due (planned or not): where the playground's
/// "skip to the next reminder" moves its clock. `None`: nothing is pending after `now`.
pub async fn next_due_after(
    conn: &mut SqliteConnection,
    now: DateTime<Utc>,
) -> sqlx::Result<Option<DateTime<Utc>>> {
    let at: Option<i64> = sqlx::query_scalar(
        "SELECT MIN(next_attempt_at) FROM reminders
         WHERE status = 'pending' AND next_attempt_at > ?",
    )
    .bind(now.timestamp())
    .fetch_one(conn)
    .await?;
    Ok(at.and_then(|s| DateTime::from_timestamp(s, 0)))
}

/// A row's status and outcome (for tests and support questions).
pub async fn status(
    conn: &mut SqliteConnection,
    id: i64,
) -> sqlx::Result<Option<(String, Option<String>)>> {
    sqlx::query_as("SELECT status, outcome FROM reminders WHERE id = ?")
        .bind(id)
        .fetch_optional(conn)
        .await
}

#[cfg(test)]
#[path = "outbox_tests.rs"]
mod tests;
