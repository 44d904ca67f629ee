//! The status holder's rights (issue 14): everything recorded about them (`export`, for
//! `/mydata`), their requests to erase it, the one code path that anonymises a case (`erase`,
//! used by a request and by the retention period alike), the chats that said `/stop`, and the
//! audit trail as an admin reads it.

use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;
use sqlx::SqliteConnection;

use crate::domain::{CaseId, ChatId, UserId};
use crate::workflow::privacy::KeepReason;

/// What is recorded about a status holder on one case, as `/mydata` sends it (JSON).
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Export {
    pub case: CaseFacts,
    pub language: Option<String>,
    pub plan: Option<PlanFacts>,
    pub agreements: Vec<AgreementRow>,
    pub your_plan_answers: Vec<ConfirmationRow>,
    pub meetings: Vec<MeetingRow>,
    pub your_time_answers: Vec<SlotAnswerRow>,
    pub preparation_answers: Vec<PrepAnswerRow>,
    pub your_own_questions: Vec<OwnQuestionRow>,
    pub sharing_choices: Vec<ConsentRow>,
    pub papers_ticked: Vec<TickRow>,
    pub erasure_requests: Vec<RequestRow>,
    pub stopped_at: Option<DateTime<Utc>>,
}

#[derive(Debug, Clone, Serialize, PartialEq, sqlx::FromRow)]
pub struct CaseFacts {
    pub reference: String,
    pub first_name: String,
    pub coa: String,
    pub municipality: String,
    pub matching_date: NaiveDate,
    pub housing_date: Option<NaiveDate>,
    pub status: String,
    pub closed_at: Option<DateTime<Utc>>,
    pub joined_at: DateTime<Utc>,
    pub privacy_notice_read_at: Option<DateTime<Utc>>,
}

#[derive(Debug, Clone, Serialize, PartialEq, sqlx::FromRow)]
pub struct PlanFacts {
    pub option: String,
    pub programme: String,
    pub version: i64,
}

#[derive(Debug, Clone, Serialize, PartialEq, sqlx::FromRow)]
pub struct AgreementRow {
    pub kind: String,
    pub text: Option<String>,
    pub owner: String,
    pub due_date: Option<NaiveDate>,
    pub place: Option<String>,
    pub status: String,
}

#[derive(Debug, Clone, Serialize, PartialEq, sqlx::FromRow)]
pub struct ConfirmationRow {
    pub version: i64,
    pub answer: String,
    pub at: DateTime<Utc>,
}

#[derive(Debug, Clone, Serialize, PartialEq, sqlx::FromRow)]
pub struct MeetingRow {
    pub status: String,
    pub starts_at: Option<DateTime<Utc>>,
    pub ends_at: Option<DateTime<Utc>>,
    pub place: String,
    pub interpreter_language: Option<String>,
    pub absent_party: Option<String>,
}

#[derive(Debug, Clone, Serialize, PartialEq, sqlx::FromRow)]
pub struct SlotAnswerRow {
    pub time: DateTime<Utc>,
    pub answer: String,
    pub answered_at: DateTime<Utc>,
}

#[derive(Debug, Clone, Serialize, PartialEq, sqlx::FromRow)]
pub struct PrepAnswerRow {
    pub question: String,
    /// `None`: skipped.
    pub value: Option<String>,
    pub answered_at: DateTime<Utc>,
}

#[derive(Debug, Clone, Serialize, PartialEq, sqlx::FromRow)]
pub struct OwnQuestionRow {
    pub meeting_no: i64,
    pub text: Option<String>,
    pub updated_at: DateTime<Utc>,
}

#[derive(Debug, Clone, Serialize, PartialEq, sqlx::FromRow)]
pub struct ConsentRow {
    pub part: String,
    pub granted: bool,
    pub notice_version: i64,
    pub at: DateTime<Utc>,
}

#[derive(Debug, Clone, Serialize, PartialEq, sqlx::FromRow)]
pub struct TickRow {
    pub meeting_no: i64,
    pub item: String,
    pub done_at: DateTime<Utc>,
}

#[derive(Debug, Clone, Serialize, PartialEq, sqlx::FromRow)]
pub struct RequestRow {
    pub requested_at: DateTime<Utc>,
    pub status: String,
    pub keep_reason: Option<String>,
    pub decided_at: Option<DateTime<Utc>>,
}

/// Everything recorded about `user` as the status holder of `case`; `None` if they are not.
pub async fn export(
    conn: &mut SqliteConnection,
    case: CaseId,
    user: UserId,
) -> sqlx::Result<Option<Export>> {
    let facts: Option<CaseFacts> = sqlx::query_as(
        "SELECT c.reference, c.holder_name AS first_name, coa.name AS coa,
             gem.name AS municipality, c.matching_date, c.housing_date, c.status, c.closed_at,
             m.joined_at, m.privacy_ack_at AS privacy_notice_read_at
         FROM cases c
         JOIN case_members m ON m.case_id = c.id AND m.tg_user_id = ?2 AND m.party = 'holder'
         JOIN orgs coa ON coa.id = c.coa_org_id
         JOIN orgs gem ON gem.id = c.gemeente_org_id
         WHERE c.id = ?1",
    )
    .bind(case.0)
    .bind(user.0)
    .fetch_optional(&mut *conn)
    .await?;
    let Some(case_facts) = facts else {
        return Ok(None);
    };
    let c = case.0;
    let language = sqlx::query_scalar("SELECT lang FROM users WHERE tg_user_id = ?")
        .bind(user.0)
        .fetch_optional(&mut *conn)
        .await?;
    let plan = sqlx::query_as("SELECT option, programme, version FROM plans WHERE case_id = ?")
        .bind(c)
        .fetch_optional(&mut *conn)
        .await?;
    let agreements = sqlx::query_as(
        "SELECT kind, text, owner, due_date, place, status FROM plan_items
         WHERE case_id = ? ORDER BY id",
    )
    .bind(c)
    .fetch_all(&mut *conn)
    .await?;
    let your_plan_answers = sqlx::query_as(
        "SELECT version, answer, at FROM plan_confirmations
         WHERE case_id = ? AND tg_user_id = ? ORDER BY version",
    )
    .bind(c)
    .bind(user.0)
    .fetch_all(&mut *conn)
    .await?;
    let meetings = sqlx::query_as(
        "SELECT status, starts_at, ends_at, place, interpreter_lang AS interpreter_language,
             absent_party
         FROM meetings WHERE case_id = ? ORDER BY id",
    )
    .bind(c)
    .fetch_all(&mut *conn)
    .await?;
    let your_time_answers = sqlx::query_as(
        "SELECT s.starts_at AS time, a.answer, a.answered_at
         FROM slot_answers a JOIN meeting_slots s ON s.id = a.slot_id
         JOIN meetings m ON m.id = s.meeting_id
         WHERE m.case_id = ? AND a.party = 'holder' ORDER BY s.id",
    )
    .bind(c)
    .fetch_all(&mut *conn)
    .await?;
    let preparation_answers = sqlx::query_as(
        "SELECT question, value, answered_at FROM prep_answers WHERE case_id = ?
         ORDER BY answered_at, question",
    )
    .bind(c)
    .fetch_all(&mut *conn)
    .await?;
    let your_own_questions = sqlx::query_as(
        "SELECT meeting_no, text, updated_at FROM prep_own_questions WHERE case_id = ?
         ORDER BY meeting_no",
    )
    .bind(c)
    .fetch_all(&mut *conn)
    .await?;
    let sharing_choices = sqlx::query_as(
        "SELECT part, granted, notice_version, at FROM prep_consents WHERE case_id = ?
         ORDER BY id",
    )
    .bind(c)
    .fetch_all(&mut *conn)
    .await?;
    let papers_ticked = sqlx::query_as(
        "SELECT meeting_no, item, done_at FROM prep_checks WHERE case_id = ? AND done_by = ?
         ORDER BY meeting_no, item",
    )
    .bind(c)
    .bind(user.0)
    .fetch_all(&mut *conn)
    .await?;
    let erasure_requests = sqlx::query_as(
        "SELECT requested_at, status, keep_reason, decided_at FROM erasure_requests
         WHERE case_id = ? ORDER BY id",
    )
    .bind(c)
    .fetch_all(&mut *conn)
    .await?;
    let stopped_at = stopped(conn, ChatId::from(user)).await?;
    Ok(Some(Export {
        case: case_facts,
        language,
        plan,
        agreements,
        your_plan_answers,
        meetings,
        your_time_answers,
        preparation_answers,
        your_own_questions,
        sharing_choices,
        papers_ticked,
        erasure_requests,
        stopped_at,
    }))
}

/// A request to erase, as the municipality decides on it.
#[derive(Debug, Clone, PartialEq)]
pub struct Request {
    pub id: i64,
    pub case: CaseId,
    pub open: bool,
}

/// Records a request to erase the case's data. `None` when one is open already.
pub async fn request(
    conn: &mut SqliteConnection,
    case: CaseId,
    now: DateTime<Utc>,
) -> sqlx::Result<Option<i64>> {
    sqlx::query_scalar(
        "INSERT INTO erasure_requests (case_id, requested_at) VALUES (?, ?)
         ON CONFLICT DO NOTHING RETURNING id",
    )
    .bind(case.0)
    .bind(now)
    .fetch_optional(conn)
    .await
}

pub async fn get_request(conn: &mut SqliteConnection, id: i64) -> sqlx::Result<Option<Request>> {
    let row: Option<(i64, i64, String)> =
        sqlx::query_as("SELECT id, case_id, status FROM erasure_requests WHERE id = ?")
            .bind(id)
            .fetch_optional(conn)
            .await?;
    Ok(row.map(|(id, case, status)| Request {
        id,
        case: CaseId(case),
        open: status == "asked",
    }))
}

/// Decides an open request: erased, or kept for `reason`. False when it was decided already.
pub async fn decide(
    conn: &mut SqliteConnection,
    id: i64,
    keep: Option<KeepReason>,
    by: UserId,
    now: DateTime<Utc>,
) -> sqlx::Result<bool> {
    let status = if keep.is_some() { "kept" } else { "erased" };
    let done = sqlx::query(
        "UPDATE erasure_requests SET status = ?, keep_reason = ?, decided_by = ?, decided_at = ?
         WHERE id = ? AND status = 'asked'",
    )
    .bind(status)
    .bind(keep.map(KeepReason::as_str))
    .bind(by.0)
    .bind(now)
    .bind(id)
    .execute(conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// What an erasure removed, for the log (counts only).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Erased {
    pub rows_removed: u64,
    pub rows_anonymised: u64,
    pub reminders_cancelled: u64,
}

/// Anonymises a case, in the caller's transaction: the status holder's name, every typed text
/// (agreements' words, the holder's questions, agenda points, video links), their answers,
/// their consents and every chat id of theirs are removed; the case row, its dates, the
/// agreements' kinds, owners, dates and states, the meetings' times and the audit trail stay
/// (ids only), so the figures still count the case. The case is closed if it was not. False
/// when it was erased already.
pub async fn erase(
    conn: &mut SqliteConnection,
    case: CaseId,
    now: DateTime<Utc>,
) -> sqlx::Result<Option<Erased>> {
    let c = case.0;
    let marked = sqlx::query(
        "UPDATE cases SET holder_name = '', erased_at = ?1, status = 'closed',
             closed_at = COALESCE(closed_at, ?1), closed_reason = COALESCE(closed_reason, 'other')
         WHERE id = ?2 AND erased_at IS NULL",
    )
    .bind(now)
    .bind(c)
    .execute(&mut *conn)
    .await?;
    if marked.rows_affected() == 0 {
        return Ok(None);
    }
    let holders: Vec<i64> = sqlx::query_scalar(
        "SELECT tg_user_id FROM case_members WHERE case_id = ? AND party = 'holder'",
    )
    .bind(c)
    .fetch_all(&mut *conn)
    .await?;
    let holders = serde_json::Value::from(holders).to_string();
    let mut e = Erased::default();
    // Rows that only say something about the holder: removed.
    for sql in [
        "DELETE FROM case_members WHERE case_id = ?1 AND party = 'holder'",
        "DELETE FROM prep_answers WHERE case_id = ?1",
        "DELETE FROM prep_own_questions WHERE case_id = ?1",
        "DELETE FROM prep_consents WHERE case_id = ?1",
        "DELETE FROM invites WHERE case_id = ?1",
        "DELETE FROM meeting_agenda WHERE text IS NOT NULL
             AND meeting_id IN (SELECT id FROM meetings WHERE case_id = ?1)",
        // Their chat, their language, their conversation state, unless they are still on
        // another case (a person can be the holder of one case only in practice).
        "DELETE FROM dialogs WHERE (tg_user_id IN (SELECT value FROM json_each(?2))
             OR chat_id IN (SELECT value FROM json_each(?2)))
             AND NOT EXISTS (SELECT 1 FROM case_members m WHERE m.tg_user_id = dialogs.tg_user_id)",
        "DELETE FROM users WHERE tg_user_id IN (SELECT value FROM json_each(?2))
             AND NOT EXISTS (SELECT 1 FROM case_members m WHERE m.tg_user_id = users.tg_user_id)
             AND NOT EXISTS (SELECT 1 FROM staff s WHERE s.tg_user_id = users.tg_user_id)",
        "DELETE FROM stopped_chats WHERE chat_id IN (SELECT value FROM json_each(?2))
             AND NOT EXISTS (SELECT 1 FROM case_members m WHERE m.tg_user_id = stopped_chats.chat_id)",
        "DELETE FROM invite_failures WHERE tg_user_id IN (SELECT value FROM json_each(?2))",
    ] {
        let done = sqlx::query(sql)
            .bind(c)
            .bind(&holders)
            .execute(&mut *conn)
            .await?;
        e.rows_removed += done.rows_affected();
    }
    // Rows that count for the figures: kept without the person in them.
    for sql in [
        "UPDATE plan_items SET text = NULL WHERE case_id = ?1 AND text IS NOT NULL",
        "UPDATE plan_events SET old = NULL, new = NULL WHERE case_id = ?1
             AND field IN ('text', 'question', 'agreement')",
        "UPDATE plan_events SET actor = NULL
             WHERE case_id = ?1 AND actor IN (SELECT value FROM json_each(?2))",
        "UPDATE plan_confirmations SET tg_user_id = 0
             WHERE case_id = ?1 AND tg_user_id IN (SELECT value FROM json_each(?2))",
        "UPDATE slot_answers SET tg_user_id = 0 WHERE party = 'holder' AND slot_id IN
             (SELECT s.id FROM meeting_slots s JOIN meetings m ON m.id = s.meeting_id
              WHERE m.case_id = ?1)",
        "UPDATE meetings SET video_link = NULL WHERE case_id = ?1 AND video_link IS NOT NULL",
        "UPDATE prep_checks SET done_by = 0
             WHERE case_id = ?1 AND done_by IN (SELECT value FROM json_each(?2))",
        "UPDATE audit_log SET actor = NULL WHERE actor IN (SELECT value FROM json_each(?2))",
        // What they sent that is still waiting in the inbox (handled rows hold no chat).
        "UPDATE inbox SET body = NULL, chat_id = 0, user_id = 0 WHERE body IS NOT NULL
             AND (chat_id IN (SELECT value FROM json_each(?2))
                  OR user_id IN (SELECT value FROM json_each(?2)))",
        "UPDATE audit_log SET subject = NULL WHERE case_id = ?1
             AND subject IN (SELECT value FROM json_each(?2))",
        // Sent rows keep their kind and times; a claimed row loses its chat once recorded
        // (`outbox::mark_sent`).
        "UPDATE reminders SET chat_id = 0, payload = NULL WHERE case_id = ?1
             AND status NOT IN ('pending', 'claimed')
             AND (chat_id IN (SELECT value FROM json_each(?2)) OR payload IS NOT NULL)",
    ] {
        let done = sqlx::query(sql)
            .bind(c)
            .bind(&holders)
            .execute(&mut *conn)
            .await?;
        e.rows_anonymised += done.rows_affected();
    }
    let cancelled = sqlx::query(
        "UPDATE reminders SET status = 'cancelled', outcome = 'erased', done_at = ?,
             payload = NULL, chat_id = CASE WHEN chat_id IN (SELECT value FROM json_each(?))
                 THEN 0 ELSE chat_id END
         WHERE case_id = ? AND status = 'pending'",
    )
    .bind(now.timestamp())
    .bind(&holders)
    .bind(c)
    .execute(&mut *conn)
    .await?;
    e.reminders_cancelled = cancelled.rows_affected();
    Ok(Some(e))
}

/// Closed cases whose retention period ran out (closed before `before`), not yet anonymised,
/// at most `limit` of them.
pub async fn retention_due(
    conn: &mut SqliteConnection,
    before: DateTime<Utc>,
    limit: u32,
) -> sqlx::Result<Vec<CaseId>> {
    let ids: Vec<i64> = sqlx::query_scalar(
        "SELECT id FROM cases WHERE status = 'closed' AND erased_at IS NULL AND closed_at < ?
         ORDER BY closed_at LIMIT ?",
    )
    .bind(before)
    .bind(i64::from(limit))
    .fetch_all(conn)
    .await?;
    Ok(ids.into_iter().map(CaseId).collect())
}

/// Removes what can no longer matter: invites expired more than `grace` ago, conversation
/// state untouched for `grace`. Returns how many rows.
pub async fn prune(conn: &mut SqliteConnection, before: DateTime<Utc>) -> sqlx::Result<u64> {
    let mut n = 0;
    for sql in [
        "DELETE FROM invites WHERE expires_at < ?",
        "DELETE FROM dialogs WHERE updated_at < ?",
    ] {
        n += sqlx::query(sql)
            .bind(before)
            .execute(&mut *conn)
            .await?
            .rows_affected();
    }
    Ok(n)
}

/// Whether the case was anonymised.
pub async fn erased(conn: &mut SqliteConnection, case: CaseId) -> sqlx::Result<bool> {
    let at: Option<Option<DateTime<Utc>>> =
        sqlx::query_scalar("SELECT erased_at FROM cases WHERE id = ?")
            .bind(case.0)
            .fetch_optional(conn)
            .await?;
    Ok(at.flatten().is_some())
}

/// This chat said `/stop`: nothing more goes to it. False when it had already.
pub async fn stop(
    conn: &mut SqliteConnection,
    chat: ChatId,
    now: DateTime<Utc>,
) -> sqlx::Result<bool> {
    let done = sqlx::query(
        "INSERT INTO stopped_chats (chat_id, stopped_at) VALUES (?, ?) ON CONFLICT DO NOTHING",
    )
    .bind(chat.0)
    .bind(now)
    .execute(conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// This chat may be written to again. False when it had not stopped.
pub async fn resume(conn: &mut SqliteConnection, chat: ChatId) -> sqlx::Result<bool> {
    let done = sqlx::query("DELETE FROM stopped_chats WHERE chat_id = ?")
        .bind(chat.0)
        .execute(conn)
        .await?;
    Ok(done.rows_affected() == 1)
}

/// When this chat said `/stop`, if it did.
pub async fn stopped(
    conn: &mut SqliteConnection,
    chat: ChatId,
) -> sqlx::Result<Option<DateTime<Utc>>> {
    sqlx::query_scalar("SELECT stopped_at FROM stopped_chats WHERE chat_id = ?")
        .bind(chat.0)
        .fetch_optional(conn)
        .await
}

/// One line of the audit trail as an admin reads it: the audit log and the plan's history.
#[derive(Debug, Clone, PartialEq, sqlx::FromRow)]
pub struct AuditLine {
    pub at: DateTime<Utc>,
    /// The Telegram user id of whoever acted (`None`: the bot itself, or an erased person).
    pub actor: Option<i64>,
    pub action: String,
    pub case_id: Option<i64>,
    pub reference: Option<String>,
    pub subject: Option<i64>,
}

macro_rules! audit_lines {
    () => {
        "SELECT a.at, a.actor, a.action, a.case_id, c.reference, a.subject
         FROM audit_log a LEFT JOIN cases c ON c.id = a.case_id
         UNION ALL
         SELECT e.at, e.actor, 'plan_' || e.field, e.case_id, c.reference, e.item_id
         FROM plan_events e LEFT JOIN cases c ON c.id = e.case_id"
    };
}

/// The audit trail of the cases with this reference (of any organisation, or of `org`).
pub async fn audit_of_case(
    conn: &mut SqliteConnection,
    reference: &str,
    org: Option<i64>,
) -> sqlx::Result<Vec<AuditLine>> {
    sqlx::query_as(concat!(
        "SELECT * FROM (",
        audit_lines!(),
        ") WHERE case_id IN
             (SELECT id FROM cases WHERE reference = ?1 AND (?2 IS NULL OR owner_org_id = ?2))
         ORDER BY at, case_id"
    ))
    .bind(reference)
    .bind(org)
    .fetch_all(conn)
    .await
}

/// Everything a staff member (by staff id) did, and what was done to them.
pub async fn audit_of_staff(
    conn: &mut SqliteConnection,
    staff: i64,
) -> sqlx::Result<Vec<AuditLine>> {
    sqlx::query_as(concat!(
        "SELECT * FROM (",
        audit_lines!(),
        ") WHERE actor = (SELECT tg_user_id FROM staff WHERE id = ?1)
             OR (action = 'staff_revoked' AND subject = ?1)
         ORDER BY at, case_id"
    ))
    .bind(staff)
    .fetch_all(conn)
    .await
}
