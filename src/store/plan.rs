//! The handover plan: the plan row, confirmations and the append-only history (migration
//! 0003, issue 3); its items are in `plan_items.rs` (re-exported here).

use chrono::{DateTime, NaiveDate, Utc};
use sqlx::SqliteConnection;

pub use super::plan_items::{
    Item, NewItem, cancel_standard, insert_item, item, items, set_due, set_owner, set_status,
    set_text,
};
use crate::domain::{CaseId, HandoverOption, UserId};

/// Whether the status holder follows COA's programme.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Programme {
    WillNot,
    Asked,
    Agrees,
    Declines,
}

impl Programme {
    pub fn as_str(self) -> &'static str {
        match self {
            Programme::WillNot => "will_not",
            Programme::Asked => "asked",
            Programme::Agrees => "agrees",
            Programme::Declines => "declines",
        }
    }

    fn parse(s: &str) -> Self {
        match s {
            "will_not" => Programme::WillNot,
            "agrees" => Programme::Agrees,
            "declines" => Programme::Declines,
            _ => Programme::Asked,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Plan {
    pub case: CaseId,
    pub option: HandoverOption,
    pub programme: Programme,
    pub version: i64,
    pub sent_version: Option<i64>,
}

#[derive(sqlx::FromRow)]
struct PlanRow {
    case_id: i64,
    option: String,
    programme: String,
    version: i64,
    sent_version: Option<i64>,
}

pub async fn get(conn: &mut SqliteConnection, case: CaseId) -> sqlx::Result<Option<Plan>> {
    let row: Option<PlanRow> = sqlx::query_as(
        "SELECT case_id, option, programme, version, sent_version FROM plans WHERE case_id = ?",
    )
    .bind(case.0)
    .fetch_optional(conn)
    .await?;
    Ok(row.and_then(|r| {
        Some(Plan {
            case: CaseId(r.case_id),
            option: HandoverOption::parse(&r.option)?,
            programme: Programme::parse(&r.programme),
            version: r.version,
            sent_version: r.sent_version,
        })
    }))
}

/// Creates the plan, or changes its option (and bumps its version).
pub async fn set_option(
    conn: &mut SqliteConnection,
    case: CaseId,
    option: HandoverOption,
    programme: Programme,
    now: DateTime<Utc>,
) -> sqlx::Result<()> {
    sqlx::query(
        "INSERT INTO plans (case_id, option, programme, updated_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (case_id) DO UPDATE SET option = excluded.option,
             programme = excluded.programme, version = version + 1,
             updated_at = excluded.updated_at",
    )
    .bind(case.0)
    .bind(option.as_str())
    .bind(programme.as_str())
    .bind(now)
    .execute(conn)
    .await?;
    Ok(())
}

pub async fn set_programme(
    conn: &mut SqliteConnection,
    case: CaseId,
    programme: Programme,
    now: DateTime<Utc>,
) -> sqlx::Result<()> {
    sqlx::query("UPDATE plans SET programme = ?, updated_at = ? WHERE case_id = ?")
        .bind(programme.as_str())
        .bind(now)
        .bind(case.0)
        .execute(conn)
        .await?;
    Ok(())
}

/// A change parties must confirm again: the version goes up.
pub async fn bump(
    conn: &mut SqliteConnection,
    case: CaseId,
    now: DateTime<Utc>,
) -> sqlx::Result<()> {
    sqlx::query("UPDATE plans SET version = version + 1, updated_at = ? WHERE case_id = ?")
        .bind(now)
        .bind(case.0)
        .execute(conn)
        .await?;
    Ok(())
}

pub async fn mark_sent(
    conn: &mut SqliteConnection,
    case: CaseId,
    version: i64,
) -> sqlx::Result<()> {
    sqlx::query("UPDATE plans SET sent_version = ? WHERE case_id = ?")
        .bind(version)
        .bind(case.0)
        .execute(conn)
        .await?;
    Ok(())
}

/// One history entry (append-only).
pub struct Event<'a> {
    pub case: CaseId,
    pub item: Option<i64>,
    pub actor: Option<UserId>,
    pub field: &'a str,
    pub old: Option<String>,
    pub new: Option<String>,
}

pub async fn event(
    conn: &mut SqliteConnection,
    e: &Event<'_>,
    now: DateTime<Utc>,
) -> sqlx::Result<()> {
    sqlx::query(
        "INSERT INTO plan_events (case_id, item_id, actor, at, field, old, new)
         VALUES (?, ?, ?, ?, ?, ?, ?)",
    )
    .bind(e.case.0)
    .bind(e.item)
    .bind(e.actor.map(|u| u.0))
    .bind(now)
    .bind(e.field)
    .bind(e.old.as_deref())
    .bind(e.new.as_deref())
    .execute(conn)
    .await?;
    Ok(())
}

/// A history entry as read back.
#[derive(Debug, Clone, PartialEq, sqlx::FromRow)]
pub struct EventRow {
    pub item_id: Option<i64>,
    pub actor: Option<i64>,
    pub at: DateTime<Utc>,
    pub field: String,
    pub old: Option<String>,
    pub new: Option<String>,
}

pub async fn events(conn: &mut SqliteConnection, case: CaseId) -> sqlx::Result<Vec<EventRow>> {
    sqlx::query_as(
        "SELECT item_id, actor, at, field, old, new FROM plan_events WHERE case_id = ? ORDER BY id",
    )
    .bind(case.0)
    .fetch_all(conn)
    .await
}

/// Records a party's answer to a version of the plan.
pub async fn confirm(
    conn: &mut SqliteConnection,
    case: CaseId,
    user: UserId,
    version: i64,
    answer: &str,
    now: DateTime<Utc>,
) -> sqlx::Result<()> {
    sqlx::query(
        "INSERT INTO plan_confirmations (case_id, tg_user_id, version, answer, at)
         VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (case_id, tg_user_id, version) DO UPDATE SET answer = excluded.answer,
             at = excluded.at",
    )
    .bind(case.0)
    .bind(user.0)
    .bind(version)
    .bind(answer)
    .bind(now)
    .execute(conn)
    .await?;
    Ok(())
}

/// Who agreed to which version, and when.
#[derive(Debug, Clone, PartialEq, sqlx::FromRow)]
pub struct Confirmation {
    pub tg_user_id: i64,
    pub version: i64,
    pub answer: String,
    pub at: DateTime<Utc>,
}

pub async fn confirmations(
    conn: &mut SqliteConnection,
    case: CaseId,
) -> sqlx::Result<Vec<Confirmation>> {
    sqlx::query_as(
        "SELECT tg_user_id, version, answer, at FROM plan_confirmations WHERE case_id = ?
         ORDER BY at, tg_user_id",
    )
    .bind(case.0)
    .fetch_all(conn)
    .await
}

/// A moved expected housing date (the plan's dependent dates move with it, in the same
/// transaction).
pub async fn set_housing(
    conn: &mut SqliteConnection,
    case: CaseId,
    housing: NaiveDate,
) -> sqlx::Result<()> {
    sqlx::query("UPDATE cases SET housing_date = ? WHERE id = ?")
        .bind(housing)
        .bind(case.0)
        .execute(conn)
        .await?;
    Ok(())
}
