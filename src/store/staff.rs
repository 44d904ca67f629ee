//! Staff members: a Telegram user who belongs to one organisation.

use chrono::{DateTime, Utc};
use sqlx::SqliteConnection;

use crate::domain::{OrgId, OrgKind, StaffId, UserId};

#[derive(Debug, Clone, PartialEq)]
pub struct Staff {
    pub id: StaffId,
    pub user: UserId,
    pub org: OrgId,
    pub org_kind: OrgKind,
    pub org_name: String,
    pub name: String,
}

#[derive(sqlx::FromRow)]
struct Row {
    id: i64,
    tg_user_id: i64,
    org_id: i64,
    kind: String,
    org_name: String,
    display_name: String,
}

impl Row {
    fn into_staff(self) -> Option<Staff> {
        Some(Staff {
            id: StaffId(self.id),
            user: UserId(self.tg_user_id),
            org: OrgId(self.org_id),
            org_kind: OrgKind::parse(&self.kind)?,
            org_name: self.org_name,
            name: self.display_name,
        })
    }
}

pub async fn insert(
    conn: &mut SqliteConnection,
    user: UserId,
    org: OrgId,
    name: &str,
    now: DateTime<Utc>,
) -> sqlx::Result<StaffId> {
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO staff (tg_user_id, org_id, display_name, joined_at) VALUES (?, ?, ?, ?)
         RETURNING id",
    )
    .bind(user.0)
    .bind(org.0)
    .bind(name)
    .bind(now)
    .fetch_one(conn)
    .await?;
    Ok(StaffId(id))
}

pub async fn by_user(conn: &mut SqliteConnection, user: UserId) -> sqlx::Result<Option<Staff>> {
    let row: Option<Row> = sqlx::query_as(
        "SELECT s.id, s.tg_user_id, s.org_id, o.kind, o.name AS org_name, s.display_name
         FROM staff s JOIN orgs o ON o.id = s.org_id WHERE s.tg_user_id = ?",
    )
    .bind(user.0)
    .fetch_optional(conn)
    .await?;
    Ok(row.and_then(Row::into_staff))
}
