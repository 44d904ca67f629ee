//! A case's life (issue 12): closing and reopening, the closed cases of a scope, handing a case
//! to a colleague, and the cases a staff member is on when an admin ends their access.

use chrono::{DateTime, Utc};
use sqlx::SqliteConnection;

use crate::domain::{CaseId, ChatId, Party, UserId};
use crate::store::caseload::Scope;
use crate::workflow::case_life::CloseReason;

/// Closes an open case. False when it was not open (closed by someone else first).
pub async fn close(
    conn: &mut SqliteConnection,
    case: CaseId,
    reason: CloseReason,
    by: UserId,
    now: DateTime<Utc>,
) -> sqlx::Result<bool> {
    let done = sqlx::query(
        "UPDATE cases SET status = 'closed', closed_at = ?, closed_reason = ?, closed_by = ?
         WHERE id = ? AND status = 'open'",
    )
    .bind(now)
    .bind(reason.as_str())
    .bind(by.0)
    .bind(case.0)
    .execute(conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Reopens a closed case. False when it was open already.
pub async fn reopen(conn: &mut SqliteConnection, case: CaseId) -> sqlx::Result<bool> {
    let done = sqlx::query(
        "UPDATE cases SET status = 'open', closed_at = NULL, closed_reason = NULL,
             closed_by = NULL
         WHERE id = ? AND status = 'closed' AND erased_at IS NULL",
    )
    .bind(case.0)
    .execute(conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// When and why a closed case was closed (`None` for an open case).
pub async fn closed(
    conn: &mut SqliteConnection,
    case: CaseId,
) -> sqlx::Result<Option<(DateTime<Utc>, CloseReason)>> {
    let row: Option<(Option<DateTime<Utc>>, Option<String>)> = sqlx::query_as(
        "SELECT closed_at, closed_reason FROM cases WHERE id = ? AND status = 'closed'",
    )
    .bind(case.0)
    .fetch_optional(conn)
    .await?;
    Ok(row.and_then(|(at, reason)| Some((at?, reason.as_deref().and_then(CloseReason::parse)?))))
}

/// A case closed recently, for the "closed cases" view.
#[derive(Debug, Clone, PartialEq)]
pub struct Closed {
    pub id: CaseId,
    pub reference: String,
    pub name: String,
    pub closed_at: DateTime<Utc>,
    pub reason: CloseReason,
}

/// The cases of a scope closed at `since` or later, most recently closed first.
pub async fn closed_since(
    conn: &mut SqliteConnection,
    scope: Scope,
    since: DateTime<Utc>,
) -> sqlx::Result<Vec<Closed>> {
    let (case, org) = scope.params();
    let rows: Vec<(i64, String, String, DateTime<Utc>, String)> = sqlx::query_as(
        "SELECT id, reference, holder_name, closed_at, closed_reason FROM cases
         WHERE status = 'closed' AND closed_at >= ?3 AND erased_at IS NULL
             AND (id = ?1 OR coa_org_id = ?2 OR gemeente_org_id = ?2)
         ORDER BY closed_at DESC, id DESC",
    )
    .bind(case)
    .bind(org)
    .bind(since)
    .fetch_all(conn)
    .await?;
    Ok(rows
        .into_iter()
        .filter_map(|(id, reference, name, closed_at, reason)| {
            Some(Closed {
                id: CaseId(id),
                reference,
                name,
                closed_at,
                reason: CloseReason::parse(&reason)?,
            })
        })
        .collect())
}

/// Cancels every pending reminder of a case except the notices (they tell what happened, and
/// the notices of the closing itself are written after this). Returns how many.
pub async fn cancel_reminders(
    conn: &mut SqliteConnection,
    case: CaseId,
    now: DateTime<Utc>,
) -> sqlx::Result<u64> {
    let done = sqlx::query(
        "UPDATE reminders SET status = 'cancelled', done_at = ?, outcome = 'case_closed',
             payload = NULL
         WHERE case_id = ? AND status = 'pending' AND kind <> 'notice'",
    )
    .bind(now.timestamp())
    .bind(case.0)
    .execute(conn)
    .await?;
    Ok(done.rows_affected())
}

/// Marks that the municipal contact was asked whether to close the case. False if asked before.
pub async fn mark_close_suggested(
    conn: &mut SqliteConnection,
    case: CaseId,
    now: DateTime<Utc>,
) -> sqlx::Result<bool> {
    let done = sqlx::query(
        "UPDATE cases SET close_suggested_at = ? WHERE id = ? AND close_suggested_at IS NULL",
    )
    .bind(now)
    .bind(case.0)
    .execute(conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// An offer to hand a case over.
#[derive(Debug, Clone, PartialEq)]
pub struct Handover {
    pub id: i64,
    pub case: CaseId,
    pub party: Party,
    pub from: UserId,
    pub to: UserId,
    pub open: bool,
}

/// Offers the `party` role on `case` from one staff member to another; an earlier open offer of
/// the same case and side is voided (the newest question counts).
pub async fn offer(
    conn: &mut SqliteConnection,
    case: CaseId,
    party: Party,
    from: UserId,
    to: UserId,
    now: DateTime<Utc>,
) -> sqlx::Result<i64> {
    sqlx::query(
        "UPDATE handovers SET status = 'void', done_at = ?
         WHERE case_id = ? AND party = ? AND status = 'offered'",
    )
    .bind(now)
    .bind(case.0)
    .bind(party.as_str())
    .execute(&mut *conn)
    .await?;
    sqlx::query_scalar(
        "INSERT INTO handovers (case_id, party, from_user, to_user, created_at)
         VALUES (?, ?, ?, ?, ?) RETURNING id",
    )
    .bind(case.0)
    .bind(party.as_str())
    .bind(from.0)
    .bind(to.0)
    .bind(now)
    .fetch_one(conn)
    .await
}

pub async fn handover(conn: &mut SqliteConnection, id: i64) -> sqlx::Result<Option<Handover>> {
    let row: Option<(i64, i64, String, i64, i64, String)> = sqlx::query_as(
        "SELECT id, case_id, party, from_user, to_user, status FROM handovers WHERE id = ?",
    )
    .bind(id)
    .fetch_optional(conn)
    .await?;
    Ok(row.and_then(|(id, case, party, from, to, status)| {
        Some(Handover {
            id,
            case: CaseId(case),
            party: Party::parse(&party)?,
            from: UserId(from),
            to: UserId(to),
            open: status == "offered",
        })
    }))
}

/// Ends an open offer as accepted or declined. False when it was not open any more.
pub async fn finish(
    conn: &mut SqliteConnection,
    id: i64,
    accepted: bool,
    now: DateTime<Utc>,
) -> sqlx::Result<bool> {
    let done = sqlx::query(
        "UPDATE handovers SET status = ?, done_at = ? WHERE id = ? AND status = 'offered'",
    )
    .bind(if accepted { "accepted" } else { "declined" })
    .bind(now)
    .bind(id)
    .execute(conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// `to` takes `from`'s place on the case: the membership, the reminders still to come to
/// `from`'s private chat, and the meetings `from` proposed from it.
pub async fn transfer(
    conn: &mut SqliteConnection,
    case: CaseId,
    party: Party,
    from: UserId,
    to: UserId,
    now: DateTime<Utc>,
) -> sqlx::Result<()> {
    sqlx::query("DELETE FROM case_members WHERE case_id = ? AND tg_user_id = ?")
        .bind(case.0)
        .bind(from.0)
        .execute(&mut *conn)
        .await?;
    sqlx::query(
        "INSERT INTO case_members (case_id, tg_user_id, party, joined_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (case_id, tg_user_id) DO NOTHING",
    )
    .bind(case.0)
    .bind(to.0)
    .bind(party.as_str())
    .bind(now)
    .execute(&mut *conn)
    .await?;
    sqlx::query(
        "UPDATE reminders SET chat_id = ?
         WHERE case_id = ? AND chat_id = ? AND status = 'pending' AND kind <> 'notice'",
    )
    .bind(to.0)
    .bind(case.0)
    .bind(from.0)
    .execute(&mut *conn)
    .await?;
    sqlx::query(
        "UPDATE meetings SET proposer = ?1, proposer_chat = CASE WHEN proposer_chat = ?2
             THEN ?1 ELSE proposer_chat END
         WHERE case_id = ?3 AND proposer = ?2 AND status IN ('proposed', 'confirmed')",
    )
    .bind(to.0)
    .bind(from.0)
    .bind(case.0)
    .execute(conn)
    .await?;
    Ok(())
}

/// Takes a staff member off every case (an admin ended their access): their memberships, the
/// reminders and open offers to or from them. Returns the open cases they were on, with the
/// party they were.
pub async fn remove_staff_everywhere(
    conn: &mut SqliteConnection,
    user: UserId,
    now: DateTime<Utc>,
) -> sqlx::Result<Vec<(CaseId, Party)>> {
    let rows: Vec<(i64, String)> = sqlx::query_as(
        "SELECT m.case_id, m.party FROM case_members m JOIN cases c ON c.id = m.case_id
         WHERE m.tg_user_id = ? AND c.status = 'open' ORDER BY m.case_id",
    )
    .bind(user.0)
    .fetch_all(&mut *conn)
    .await?;
    sqlx::query("DELETE FROM case_members WHERE tg_user_id = ?")
        .bind(user.0)
        .execute(&mut *conn)
        .await?;
    sqlx::query(
        "UPDATE reminders SET status = 'cancelled', done_at = ?, outcome = 'staff_revoked',
             payload = NULL
         WHERE chat_id = ? AND status = 'pending'",
    )
    .bind(now.timestamp())
    .bind(ChatId::from(user).0)
    .execute(&mut *conn)
    .await?;
    sqlx::query(
        "UPDATE handovers SET status = 'void', done_at = ?
         WHERE (from_user = ?2 OR to_user = ?2) AND status = 'offered'",
    )
    .bind(now)
    .bind(user.0)
    .execute(&mut *conn)
    .await?;
    sqlx::query("DELETE FROM dialogs WHERE tg_user_id = ?")
        .bind(user.0)
        .execute(conn)
        .await?;
    Ok(rows
        .into_iter()
        .filter_map(|(case, party)| Some((CaseId(case), Party::parse(&party)?)))
        .collect())
}

/// Open cases whose expected housing date is before `today`, with a held meeting, whose
/// municipal contact was not asked yet whether to close them (at most `limit`).
pub async fn close_suggestions_due(
    conn: &mut SqliteConnection,
    today: chrono::NaiveDate,
    limit: u32,
) -> sqlx::Result<Vec<CaseId>> {
    let ids: Vec<i64> = sqlx::query_scalar(
        "SELECT c.id FROM cases c
         WHERE c.status = 'open' AND c.close_suggested_at IS NULL
             AND c.housing_date IS NOT NULL AND c.housing_date < ?
             AND EXISTS (SELECT 1 FROM meetings m WHERE m.case_id = c.id AND m.status = 'held')
         ORDER BY c.id LIMIT ?",
    )
    .bind(today)
    .bind(limit)
    .fetch_all(conn)
    .await?;
    Ok(ids.into_iter().map(CaseId).collect())
}

/// The last time anything was recorded on a case (issue 12): an audited action, a plan event or
/// confirmation, a meeting change or answer, a preparation answer or tick. `None`: nothing yet.
pub async fn last_activity(
    conn: &mut SqliteConnection,
    case: CaseId,
) -> sqlx::Result<Option<DateTime<Utc>>> {
    const QUERIES: [&str; 7] = [
        "SELECT MAX(at) FROM audit_log WHERE case_id = ?",
        "SELECT MAX(at) FROM plan_events WHERE case_id = ?",
        "SELECT MAX(at) FROM plan_confirmations WHERE case_id = ?",
        "SELECT MAX(updated_at) FROM meetings WHERE case_id = ?",
        "SELECT MAX(a.answered_at) FROM slot_answers a JOIN meeting_slots s ON s.id = a.slot_id
             JOIN meetings m ON m.id = s.meeting_id WHERE m.case_id = ?",
        "SELECT MAX(answered_at) FROM prep_answers WHERE case_id = ?",
        "SELECT MAX(done_at) FROM prep_checks WHERE case_id = ?",
    ];
    let mut last: Option<DateTime<Utc>> = None;
    for q in QUERIES {
        let at: Option<String> = sqlx::query_scalar(q)
            .bind(case.0)
            .fetch_one(&mut *conn)
            .await?;
        last = last.max(at.as_deref().and_then(stored_instant));
    }
    Ok(last)
}

/// An instant as sqlx stores it (`2026-03-30 08:00:00+00:00`, or RFC 3339); `None` otherwise.
fn stored_instant(s: &str) -> Option<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(s)
        .or_else(|_| DateTime::parse_from_str(s, "%Y-%m-%d %H:%M:%S%.f%:z"))
        .ok()
        .map(|t| t.with_timezone(&Utc))
}
