//! The preparation of a case (issue 6): questionnaire answers (per case), own questions and
//! checklist ticks (per meeting: `meeting_no`, see `agenda::meeting_no`), and the consent
//! history (append-only). Values are stored as the workflow's codes.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use sqlx::SqliteConnection;

use crate::domain::{CaseId, UserId};
use crate::workflow::prepare::PastMeeting;
use crate::workflow::prepare::checklist::{Item, Ticks};
use crate::workflow::prepare::consent::{Consent, Part};
use crate::workflow::prepare::questions::{Answer, Answers, Question};

/// The stored answers; rows that no longer parse (after an upgrade) count as not asked.
pub async fn answers(conn: &mut SqliteConnection, case: CaseId) -> sqlx::Result<Answers> {
    let rows: Vec<(String, Option<String>)> =
        sqlx::query_as("SELECT question, value FROM prep_answers WHERE case_id = ?")
            .bind(case.0)
            .fetch_all(conn)
            .await?;
    let mut out = Answers::new();
    for (q, v) in rows {
        let Some(q) = Question::parse(&q) else {
            continue;
        };
        match v {
            None => {
                out.insert(q, None);
            }
            Some(code) => {
                if let Some(a) = Answer::parse(q, &code) {
                    out.insert(q, Some(a));
                }
            }
        }
    }
    Ok(out)
}

/// When each stored answer was last given or changed.
pub async fn answered_at(
    conn: &mut SqliteConnection,
    case: CaseId,
) -> sqlx::Result<BTreeMap<Question, DateTime<Utc>>> {
    let rows: Vec<(String, DateTime<Utc>)> =
        sqlx::query_as("SELECT question, answered_at FROM prep_answers WHERE case_id = ?")
            .bind(case.0)
            .fetch_all(conn)
            .await?;
    Ok(rows
        .into_iter()
        .filter_map(|(q, at)| Some((Question::parse(&q)?, at)))
        .collect())
}

/// The case's held and confirmed meetings, which can make an answer late.
pub async fn past_meetings(
    conn: &mut SqliteConnection,
    case: CaseId,
) -> sqlx::Result<Vec<PastMeeting>> {
    let rows: Vec<(bool, Option<DateTime<Utc>>)> = sqlx::query_as(
        "SELECT status = 'held', starts_at FROM meetings
         WHERE case_id = ? AND status IN ('held', 'confirmed')",
    )
    .bind(case.0)
    .fetch_all(conn)
    .await?;
    Ok(rows
        .into_iter()
        .map(|(held, starts_at)| PastMeeting { held, starts_at })
        .collect())
}

/// Stores an answer (`None`: skipped), replacing an earlier one.
pub async fn put_answer(
    conn: &mut SqliteConnection,
    case: CaseId,
    question: Question,
    answer: Option<Answer>,
    now: DateTime<Utc>,
) -> sqlx::Result<()> {
    sqlx::query(
        "INSERT INTO prep_answers (case_id, question, value, answered_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (case_id, question) DO UPDATE SET value = excluded.value,
             answered_at = excluded.answered_at",
    )
    .bind(case.0)
    .bind(question.code())
    .bind(answer.map(Answer::code))
    .bind(now)
    .execute(conn)
    .await?;
    Ok(())
}

/// `None`: never asked; `Some(None)`: skipped; `Some(Some(text))`: as typed.
pub async fn own_questions(
    conn: &mut SqliteConnection,
    case: CaseId,
    meeting_no: i64,
) -> sqlx::Result<Option<Option<String>>> {
    let row: Option<(Option<String>,)> =
        sqlx::query_as("SELECT text FROM prep_own_questions WHERE case_id = ? AND meeting_no = ?")
            .bind(case.0)
            .bind(meeting_no)
            .fetch_optional(conn)
            .await?;
    Ok(row.map(|(t,)| t))
}

pub async fn put_own_questions(
    conn: &mut SqliteConnection,
    case: CaseId,
    meeting_no: i64,
    text: Option<&str>,
    now: DateTime<Utc>,
) -> sqlx::Result<()> {
    sqlx::query(
        "INSERT INTO prep_own_questions (case_id, meeting_no, text, updated_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (case_id, meeting_no) DO UPDATE SET text = excluded.text,
             updated_at = excluded.updated_at",
    )
    .bind(case.0)
    .bind(meeting_no)
    .bind(text)
    .bind(now)
    .execute(conn)
    .await?;
    Ok(())
}

/// The whole consent history of a case, oldest first.
pub async fn consents(conn: &mut SqliteConnection, case: CaseId) -> sqlx::Result<Vec<Consent>> {
    let rows: Vec<(String, bool, i64, DateTime<Utc>)> = sqlx::query_as(
        "SELECT part, granted, notice_version, at FROM prep_consents WHERE case_id = ?
         ORDER BY at, id",
    )
    .bind(case.0)
    .fetch_all(conn)
    .await?;
    Ok(rows
        .into_iter()
        .filter_map(|(part, granted, notice_version, at)| {
            Some(Consent {
                part: Part::parse(&part)?,
                granted,
                notice_version,
                at,
            })
        })
        .collect())
}

/// Appends a consent decision (never updates one).
pub async fn add_consent(
    conn: &mut SqliteConnection,
    case: CaseId,
    user: UserId,
    consent: &Consent,
) -> sqlx::Result<()> {
    sqlx::query(
        "INSERT INTO prep_consents (case_id, tg_user_id, part, granted, notice_version, at)
         VALUES (?, ?, ?, ?, ?, ?)",
    )
    .bind(case.0)
    .bind(user.0)
    .bind(consent.part.code())
    .bind(consent.granted)
    .bind(consent.notice_version)
    .bind(consent.at)
    .execute(conn)
    .await?;
    Ok(())
}

/// The ticks of the meeting being prepared (1 + the meetings held, `agenda::meeting_no`), in
/// one query.
pub async fn ticks_now(conn: &mut SqliteConnection, case: CaseId) -> sqlx::Result<Ticks> {
    let rows: Vec<(String, DateTime<Utc>)> = sqlx::query_as(
        "SELECT item, done_at FROM prep_checks WHERE case_id = ?1 AND meeting_no =
             1 + (SELECT COUNT(*) FROM meetings WHERE case_id = ?1 AND status = 'held')",
    )
    .bind(case.0)
    .fetch_all(conn)
    .await?;
    Ok(rows
        .into_iter()
        .filter_map(|(i, at)| Some((Item::parse(&i)?, at)))
        .collect())
}

pub async fn ticks(
    conn: &mut SqliteConnection,
    case: CaseId,
    meeting_no: i64,
) -> sqlx::Result<Ticks> {
    let rows: Vec<(String, DateTime<Utc>)> = sqlx::query_as(
        "SELECT item, done_at FROM prep_checks WHERE case_id = ? AND meeting_no = ?",
    )
    .bind(case.0)
    .bind(meeting_no)
    .fetch_all(conn)
    .await?;
    Ok(rows
        .into_iter()
        .filter_map(|(i, at)| Some((Item::parse(&i)?, at)))
        .collect())
}

pub async fn tick(
    conn: &mut SqliteConnection,
    case: CaseId,
    meeting_no: i64,
    item: Item,
    by: UserId,
    now: DateTime<Utc>,
) -> sqlx::Result<()> {
    sqlx::query(
        "INSERT INTO prep_checks (case_id, meeting_no, item, done_at, done_by)
         VALUES (?, ?, ?, ?, ?) ON CONFLICT (case_id, meeting_no, item) DO NOTHING",
    )
    .bind(case.0)
    .bind(meeting_no)
    .bind(item.code())
    .bind(now)
    .bind(by.0)
    .execute(conn)
    .await?;
    Ok(())
}

pub async fn untick(
    conn: &mut SqliteConnection,
    case: CaseId,
    meeting_no: i64,
    item: Item,
) -> sqlx::Result<()> {
    sqlx::query("DELETE FROM prep_checks WHERE case_id = ? AND meeting_no = ? AND item = ?")
        .bind(case.0)
        .bind(meeting_no)
        .bind(item.code())
        .execute(conn)
        .await?;
    Ok(())
}
