//! Meetings (issue 4, migration 0004); their proposed slots and each party's answers are in
//! `meeting_slots.rs` (re-exported here).
//! State changes are conditional updates (`WHERE status = ...`) so that two people acting at
//! once cannot both win: the second one sees `false` and is told.

use chrono::{DateTime, Utc};
use sqlx::SqliteConnection;

pub use super::meeting_slots::{
    Slot, add_slot, answer, answers, answers_to, board, board_and_lang, open_slots, set_board,
    slot, withdraw_slots,
};
use crate::domain::{CaseId, ChatId, Lang, Party, UserId};
use crate::workflow::meeting::Place;

/// A meeting's life is `workflow::meeting::life`; these updates follow its table (tested below).
pub use crate::workflow::meeting::life::Status;

#[derive(Debug, Clone, PartialEq)]
pub struct Meeting {
    pub id: i64,
    pub case: CaseId,
    pub proposer: UserId,
    pub proposer_chat: ChatId,
    pub place: Place,
    pub video_link: Option<String>,
    pub interpreter: Option<Lang>,
    pub interpreter_by: Option<Party>,
    pub interpreter_due: Option<DateTime<Utc>>,
    pub interpreter_booked: bool,
    pub status: Status,
    pub starts_at: Option<DateTime<Utc>>,
    pub ends_at: Option<DateTime<Utc>>,
    pub sequence: i64,
}

#[derive(sqlx::FromRow)]
struct Row {
    id: i64,
    case_id: i64,
    proposer: i64,
    proposer_chat: i64,
    place: String,
    video_link: Option<String>,
    interpreter_lang: Option<String>,
    interpreter_by: Option<String>,
    interpreter_due: Option<DateTime<Utc>>,
    interpreter_booked_at: Option<DateTime<Utc>>,
    status: String,
    starts_at: Option<DateTime<Utc>>,
    ends_at: Option<DateTime<Utc>>,
    sequence: i64,
}

/// A meeting row that may be missing (a `LEFT JOIN`, `overview::holder`), its columns named
/// `m_<column>`.
#[derive(sqlx::FromRow)]
pub(super) struct MaybeRow {
    m_id: Option<i64>,
    m_case_id: Option<i64>,
    m_proposer: Option<i64>,
    m_proposer_chat: Option<i64>,
    m_place: Option<String>,
    m_video_link: Option<String>,
    m_interpreter_lang: Option<String>,
    m_interpreter_by: Option<String>,
    m_interpreter_due: Option<DateTime<Utc>>,
    m_interpreter_booked_at: Option<DateTime<Utc>>,
    m_status: Option<String>,
    m_starts_at: Option<DateTime<Utc>>,
    m_ends_at: Option<DateTime<Utc>>,
    m_sequence: Option<i64>,
}

impl MaybeRow {
    pub(super) fn into_meeting(self) -> Option<Meeting> {
        Some(Meeting::from(Row {
            id: self.m_id?,
            case_id: self.m_case_id?,
            proposer: self.m_proposer?,
            proposer_chat: self.m_proposer_chat?,
            place: self.m_place?,
            video_link: self.m_video_link,
            interpreter_lang: self.m_interpreter_lang,
            interpreter_by: self.m_interpreter_by,
            interpreter_due: self.m_interpreter_due,
            interpreter_booked_at: self.m_interpreter_booked_at,
            status: self.m_status?,
            starts_at: self.m_starts_at,
            ends_at: self.m_ends_at,
            sequence: self.m_sequence?,
        }))
    }
}

impl From<Row> for Meeting {
    fn from(r: Row) -> Self {
        Meeting {
            id: r.id,
            case: CaseId(r.case_id),
            proposer: UserId(r.proposer),
            proposer_chat: ChatId(r.proposer_chat),
            place: Place::parse(&r.place).unwrap_or(Place::Phone),
            video_link: r.video_link,
            interpreter: r.interpreter_lang.as_deref().and_then(Lang::from_id),
            interpreter_by: r.interpreter_by.as_deref().and_then(Party::parse),
            interpreter_due: r.interpreter_due,
            interpreter_booked: r.interpreter_booked_at.is_some(),
            status: Status::parse(&r.status),
            starts_at: r.starts_at,
            ends_at: r.ends_at,
            sequence: r.sequence,
        }
    }
}

/// A meeting to propose.
pub struct NewMeeting<'a> {
    pub case: CaseId,
    pub proposer: UserId,
    pub proposer_chat: ChatId,
    pub place: Place,
    pub video_link: Option<&'a str>,
    pub interpreter: Option<Lang>,
    pub interpreter_by: Option<Party>,
}

pub async fn insert(
    conn: &mut SqliteConnection,
    m: &NewMeeting<'_>,
    now: DateTime<Utc>,
) -> sqlx::Result<i64> {
    sqlx::query_scalar(
        "INSERT INTO meetings (case_id, proposer, proposer_chat, place, video_link,
             interpreter_lang, interpreter_by, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
    )
    .bind(m.case.0)
    .bind(m.proposer.0)
    .bind(m.proposer_chat.0)
    .bind(m.place.as_str())
    .bind(m.video_link)
    .bind(m.interpreter.map(Lang::id))
    .bind(m.interpreter_by.map(Party::as_str))
    .bind(now)
    .bind(now)
    .fetch_one(conn)
    .await
}

pub async fn get(conn: &mut SqliteConnection, id: i64) -> sqlx::Result<Option<Meeting>> {
    let row: Option<Row> = sqlx::query_as(
        "SELECT id, case_id, proposer, proposer_chat, place, video_link, interpreter_lang,
             interpreter_by, interpreter_due, interpreter_booked_at, status, starts_at, ends_at,
             sequence
         FROM meetings WHERE id = ?",
    )
    .bind(id)
    .fetch_optional(conn)
    .await?;
    Ok(row.map(Meeting::from))
}

/// A slot and its meeting, in one query (`slot` and `get`).
pub async fn slot_with_meeting(
    conn: &mut SqliteConnection,
    slot: i64,
) -> sqlx::Result<Option<(Slot, Meeting)>> {
    #[derive(sqlx::FromRow)]
    struct WithSlot {
        slot_id: i64,
        slot_starts_at: DateTime<Utc>,
        slot_withdrawn: bool,
        #[sqlx(flatten)]
        meeting: Row,
    }
    let row: Option<WithSlot> = sqlx::query_as(
        "SELECT s.id AS slot_id, s.starts_at AS slot_starts_at, s.withdrawn AS slot_withdrawn,
             m.id, m.case_id, m.proposer, m.proposer_chat, m.place, m.video_link,
             m.interpreter_lang, m.interpreter_by, m.interpreter_due, m.interpreter_booked_at,
             m.status, m.starts_at, m.ends_at, m.sequence
         FROM meeting_slots s JOIN meetings m ON m.id = s.meeting_id
         WHERE s.id = ?",
    )
    .bind(slot)
    .fetch_optional(conn)
    .await?;
    Ok(row.map(|r| {
        let slot = Slot {
            id: r.slot_id,
            meeting_id: r.meeting.id,
            starts_at: r.slot_starts_at,
            withdrawn: r.slot_withdrawn,
        };
        (slot, Meeting::from(r.meeting))
    }))
}

/// Proposed → confirmed at `starts`; `false` if it was no longer proposed.
pub async fn confirm(
    conn: &mut SqliteConnection,
    meeting: i64,
    starts: DateTime<Utc>,
    ends: DateTime<Utc>,
    interpreter_due: Option<DateTime<Utc>>,
    now: DateTime<Utc>,
) -> sqlx::Result<bool> {
    let done = sqlx::query(
        "UPDATE meetings SET status = 'confirmed', starts_at = ?, ends_at = ?,
             interpreter_due = ?, updated_at = ?
         WHERE id = ? AND status = 'proposed'",
    )
    .bind(starts)
    .bind(ends)
    .bind(interpreter_due)
    .bind(now)
    .bind(meeting)
    .execute(conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Moves a confirmed meeting, raising its calendar SEQUENCE; `false` if not confirmed.
pub async fn move_to(
    conn: &mut SqliteConnection,
    meeting: i64,
    starts: DateTime<Utc>,
    ends: DateTime<Utc>,
    interpreter_due: Option<DateTime<Utc>>,
    now: DateTime<Utc>,
) -> sqlx::Result<bool> {
    let done = sqlx::query(
        "UPDATE meetings SET starts_at = ?, ends_at = ?, interpreter_due = ?,
             sequence = sequence + 1, updated_at = ?
         WHERE id = ? AND status = 'confirmed'",
    )
    .bind(starts)
    .bind(ends)
    .bind(interpreter_due)
    .bind(now)
    .bind(meeting)
    .execute(conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Cancels a proposed or confirmed meeting, raising its SEQUENCE; `false` if already over.
pub async fn cancel(
    conn: &mut SqliteConnection,
    meeting: i64,
    now: DateTime<Utc>,
) -> sqlx::Result<bool> {
    let done = sqlx::query(
        "UPDATE meetings SET status = 'cancelled', sequence = sequence + 1, updated_at = ?
         WHERE id = ? AND status IN ('proposed', 'confirmed')",
    )
    .bind(now)
    .bind(meeting)
    .execute(conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Records what happened at a confirmed meeting; `false` if it was no longer confirmed.
pub async fn finish(
    conn: &mut SqliteConnection,
    meeting: i64,
    absent: Option<Party>,
    now: DateTime<Utc>,
) -> sqlx::Result<bool> {
    let status = if absent.is_some() { "absent" } else { "held" };
    let done = sqlx::query(
        "UPDATE meetings SET status = ?, absent_party = ?, updated_at = ?
         WHERE id = ? AND status = 'confirmed'",
    )
    .bind(status)
    .bind(absent.map(Party::as_str))
    .bind(now)
    .bind(meeting)
    .execute(conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Marks the interpreter as booked; `false` if it already was or none is needed.
pub async fn interpreter_booked(
    conn: &mut SqliteConnection,
    meeting: i64,
    now: DateTime<Utc>,
) -> sqlx::Result<bool> {
    let done = sqlx::query(
        "UPDATE meetings SET interpreter_booked_at = ?, updated_at = ?
         WHERE id = ? AND interpreter_lang IS NOT NULL AND interpreter_booked_at IS NULL",
    )
    .bind(now)
    .bind(now)
    .bind(meeting)
    .execute(conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// The meetings of a case still waiting for answers (replaced when a new round is proposed).
pub async fn proposed_for_case(
    conn: &mut SqliteConnection,
    case: CaseId,
) -> sqlx::Result<Vec<i64>> {
    sqlx::query_scalar(
        "SELECT id FROM meetings WHERE case_id = ? AND status = 'proposed' ORDER BY id",
    )
    .bind(case.0)
    .fetch_all(conn)
    .await
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store;
    use crate::workflow::meeting::life::{Event, next};

    async fn db() -> (tempfile::TempDir, store::SqlitePool) {
        let (dir, pool) = store::test_db().await;
        sqlx::raw_sql(
            "INSERT INTO orgs (id, kind, name, created_at) VALUES (1, 'coa', 'A', 'x'),
                 (2, 'gemeente', 'B', 'x');
             INSERT INTO staff (id, tg_user_id, org_id, display_name, joined_at)
                 VALUES (1, 10, 2, 'S', 'x');
             INSERT INTO cases (id, reference, holder_name, owner_org_id, coa_org_id,
                 gemeente_org_id, matching_date, created_by, created_at)
                 VALUES (1, 'R1', 'H', 2, 1, 2, '2026-01-01', 1, 'x');",
        )
        .execute(&pool)
        .await
        .unwrap();
        (dir, pool)
    }

    /// The store's conditional updates change a meeting exactly when the state machine says it
    /// may, and into the status it says.
    #[tokio::test]
    async fn the_updates_follow_the_meeting_life() {
        let (_dir, pool) = db().await;
        let mut conn = pool.acquire().await.unwrap();
        let now: DateTime<Utc> = "2026-04-01T08:00:00Z".parse().unwrap();
        let at: DateTime<Utc> = "2026-04-14T08:00:00Z".parse().unwrap();
        for status in Status::ALL {
            for event in Event::ALL {
                let id: i64 = sqlx::query_scalar(
                    "INSERT INTO meetings (case_id, proposer, proposer_chat, place, status,
                         starts_at, ends_at, created_at, updated_at)
                     VALUES (1, 10, 10, 'azc', ?, ?, ?, 'x', 'x') RETURNING id",
                )
                .bind(status.as_str())
                .bind(at)
                .bind(at)
                .fetch_one(&mut *conn)
                .await
                .unwrap();
                let end = at + chrono::Duration::hours(1);
                let changed = match event {
                    Event::Confirm => confirm(&mut conn, id, at, end, None, now).await,
                    Event::Move => move_to(&mut conn, id, at, end, None, now).await,
                    Event::Cancel => cancel(&mut conn, id, now).await,
                    Event::Held => finish(&mut conn, id, None, now).await,
                    Event::Absent => finish(&mut conn, id, Some(Party::Holder), now).await,
                }
                .unwrap();
                let after = get(&mut conn, id).await.unwrap().unwrap().status;
                let want = next(status, event);
                assert_eq!(changed, want.is_some(), "{status:?} + {event:?}");
                assert_eq!(after, want.unwrap_or(status), "{status:?} + {event:?}");
            }
        }
    }
}
