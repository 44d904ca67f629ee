//! The handover plan: the plan row, its items, confirmations and the append-only history
//! (migration 0003, issue 3).

use chrono::{DateTime, NaiveDate, Utc};
use sqlx::SqliteConnection;

use crate::domain::{CaseId, HandoverOption, Party, UserId};
use crate::workflow::plan::ItemKind;
use crate::workflow::plan_rules::{ItemStatus, Place};

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

/// One item of the plan.
#[derive(Debug, Clone, PartialEq)]
pub struct Item {
    pub id: i64,
    pub case: CaseId,
    pub kind: ItemKind,
    pub text: Option<String>,
    pub owner: Party,
    pub due: Option<NaiveDate>,
    pub place: Option<Place>,
    pub status: ItemStatus,
    pub version: i64,
}

#[derive(sqlx::FromRow)]
struct ItemRow {
    id: i64,
    case_id: i64,
    kind: String,
    text: Option<String>,
    owner: String,
    due_date: Option<NaiveDate>,
    place: Option<String>,
    status: String,
    version: i64,
}

impl ItemRow {
    fn parse(self) -> Option<Item> {
        Some(Item {
            id: self.id,
            case: CaseId(self.case_id),
            kind: ItemKind::parse(&self.kind)?,
            text: self.text,
            owner: Party::parse(&self.owner)?,
            due: self.due_date,
            place: self.place.as_deref().and_then(Place::parse),
            status: ItemStatus::parse(&self.status)?,
            version: self.version,
        })
    }
}

/// A new item to insert.
pub struct NewItem<'a> {
    pub kind: ItemKind,
    pub text: Option<&'a str>,
    pub owner: Party,
    pub due: Option<NaiveDate>,
    pub place: Option<Place>,
}

pub async fn insert_item(
    conn: &mut SqliteConnection,
    case: CaseId,
    item: &NewItem<'_>,
    now: DateTime<Utc>,
) -> sqlx::Result<i64> {
    sqlx::query_scalar(
        "INSERT INTO plan_items (case_id, kind, text, owner, due_date, place, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
    )
    .bind(case.0)
    .bind(item.kind.as_str())
    .bind(item.text)
    .bind(item.owner.as_str())
    .bind(item.due)
    .bind(item.place.map(Place::as_str))
    .bind(now)
    .fetch_one(conn)
    .await
}

/// Every item of a plan, by due date (undated last), then id.
pub async fn items(conn: &mut SqliteConnection, case: CaseId) -> sqlx::Result<Vec<Item>> {
    let rows: Vec<ItemRow> = sqlx::query_as(
        "SELECT id, case_id, kind, text, owner, due_date, place, status, version
         FROM plan_items WHERE case_id = ?
         ORDER BY due_date IS NULL, due_date, id",
    )
    .bind(case.0)
    .fetch_all(conn)
    .await?;
    Ok(rows.into_iter().filter_map(ItemRow::parse).collect())
}

pub async fn item(conn: &mut SqliteConnection, id: i64) -> sqlx::Result<Option<Item>> {
    let row: Option<ItemRow> = sqlx::query_as(
        "SELECT id, case_id, kind, text, owner, due_date, place, status, version
         FROM plan_items WHERE id = ?",
    )
    .bind(id)
    .fetch_optional(conn)
    .await?;
    Ok(row.and_then(ItemRow::parse))
}

/// Sets an item's status if it is still at `seen` version; false when someone else was first.
pub async fn set_status(
    conn: &mut SqliteConnection,
    id: i64,
    seen: i64,
    status: ItemStatus,
) -> sqlx::Result<bool> {
    let done = sqlx::query(
        "UPDATE plan_items SET status = ?, version = version + 1 WHERE id = ? AND version = ?",
    )
    .bind(status.as_str())
    .bind(id)
    .bind(seen)
    .execute(conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Moves an item's date if it is still at `seen` version.
pub async fn set_due(
    conn: &mut SqliteConnection,
    id: i64,
    seen: i64,
    due: Option<NaiveDate>,
) -> sqlx::Result<bool> {
    let done = sqlx::query(
        "UPDATE plan_items SET due_date = ?, version = version + 1 WHERE id = ? AND version = ?",
    )
    .bind(due)
    .bind(id)
    .bind(seen)
    .execute(conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Cancels the standard items of a case (when the option changes, a new set replaces them).
pub async fn cancel_standard(conn: &mut SqliteConnection, case: CaseId) -> sqlx::Result<Vec<i64>> {
    sqlx::query_scalar(
        "UPDATE plan_items SET status = 'cancelled', version = version + 1
         WHERE case_id = ? AND status = 'planned' AND kind IN
             ('introduction', 'programme_alignment', 'broad_intake', 'client_profile',
              'handover_conversation')
         RETURNING id",
    )
    .bind(case.0)
    .fetch_all(conn)
    .await
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
