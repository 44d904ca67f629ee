//! The items of the handover plan (migration 0003, issue 3): the five standard items and the
//! agreements, each with owner, date, place, status and a version for "edited meanwhile"
//! checks. Split from `plan.rs`, which re-exports these so callers keep `store::plan::…`.

use chrono::{DateTime, NaiveDate, Utc};
use sqlx::SqliteConnection;

use crate::domain::{CaseId, Party};
use crate::workflow::plan::ItemKind;
use crate::workflow::plan::rules::{ItemStatus, Place};

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

/// Gives an item to another party if it is still at `seen` version.
pub async fn set_owner(
    conn: &mut SqliteConnection,
    id: i64,
    seen: i64,
    owner: Party,
) -> sqlx::Result<bool> {
    let done = sqlx::query(
        "UPDATE plan_items SET owner = ?, version = version + 1 WHERE id = ? AND version = ?",
    )
    .bind(owner.as_str())
    .bind(id)
    .bind(seen)
    .execute(conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// New words for a free-text item if it is still at `seen` version.
pub async fn set_text(
    conn: &mut SqliteConnection,
    id: i64,
    seen: i64,
    text: &str,
) -> sqlx::Result<bool> {
    let done = sqlx::query(
        "UPDATE plan_items SET text = ?, version = version + 1
         WHERE id = ? AND version = ? AND kind = 'free'",
    )
    .bind(text)
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
