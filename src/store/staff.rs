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

/// A staff row that may be missing (a `LEFT JOIN`, `actor::sender`).
#[derive(sqlx::FromRow)]
pub(super) struct MaybeRow {
    id: Option<i64>,
    tg_user_id: Option<i64>,
    org_id: Option<i64>,
    kind: Option<String>,
    org_name: Option<String>,
    display_name: Option<String>,
}

impl MaybeRow {
    pub(super) fn into_staff(self) -> Option<Staff> {
        Row {
            id: self.id?,
            tg_user_id: self.tg_user_id?,
            org_id: self.org_id?,
            kind: self.kind?,
            org_name: self.org_name?,
            display_name: self.display_name?,
        }
        .into_staff()
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
         ON CONFLICT (tg_user_id) DO UPDATE SET org_id = excluded.org_id,
             display_name = excluded.display_name, joined_at = excluded.joined_at,
             revoked_at = NULL
         WHERE staff.revoked_at IS NOT NULL
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
         FROM staff s JOIN orgs o ON o.id = s.org_id
         WHERE s.tg_user_id = ? AND s.revoked_at IS NULL",
    )
    .bind(user.0)
    .fetch_optional(conn)
    .await?;
    Ok(row.and_then(Row::into_staff))
}

/// The other active staff of an organisation, by name: whom a case can be handed to.
pub async fn colleagues(
    conn: &mut SqliteConnection,
    org: OrgId,
    except: UserId,
) -> sqlx::Result<Vec<Staff>> {
    let rows: Vec<Row> = sqlx::query_as(
        "SELECT s.id, s.tg_user_id, s.org_id, o.kind, o.name AS org_name, s.display_name
         FROM staff s JOIN orgs o ON o.id = s.org_id
         WHERE s.org_id = ? AND s.tg_user_id <> ? AND s.revoked_at IS NULL
         ORDER BY s.display_name, s.id",
    )
    .bind(org.0)
    .bind(except.0)
    .fetch_all(conn)
    .await?;
    Ok(rows.into_iter().filter_map(Row::into_staff).collect())
}

/// One line of `driegesprek staff list`: ids, name, since when, on how many open cases, and
/// whether an admin ended their access.
#[derive(Debug, Clone, PartialEq)]
pub struct Listed {
    pub id: StaffId,
    pub user: UserId,
    pub name: String,
    pub joined_at: String,
    pub open_cases: i64,
    pub revoked: bool,
}

pub async fn list(conn: &mut SqliteConnection, org: OrgId) -> sqlx::Result<Vec<Listed>> {
    let rows: Vec<(i64, i64, String, String, i64, Option<String>)> = sqlx::query_as(
        "SELECT s.id, s.tg_user_id, s.display_name, s.joined_at,
             (SELECT COUNT(*) FROM case_members m JOIN cases c ON c.id = m.case_id
              WHERE m.tg_user_id = s.tg_user_id AND c.status = 'open'),
             s.revoked_at
         FROM staff s WHERE s.org_id = ? ORDER BY s.id",
    )
    .bind(org.0)
    .fetch_all(conn)
    .await?;
    Ok(rows
        .into_iter()
        .map(|(id, user, name, joined_at, open_cases, revoked)| Listed {
            id: StaffId(id),
            user: UserId(user),
            name,
            joined_at,
            open_cases,
            revoked: revoked.is_some(),
        })
        .collect())
}

/// Ends a staff member's access; the staff member as they were, `None` if there is no such
/// active staff member.
pub async fn revoke(
    conn: &mut SqliteConnection,
    id: StaffId,
    now: DateTime<Utc>,
) -> sqlx::Result<Option<Staff>> {
    let row: Option<Row> = sqlx::query_as(
        "SELECT s.id, s.tg_user_id, s.org_id, o.kind, o.name AS org_name, s.display_name
         FROM staff s JOIN orgs o ON o.id = s.org_id
         WHERE s.id = ? AND s.revoked_at IS NULL",
    )
    .bind(id.0)
    .fetch_optional(&mut *conn)
    .await?;
    let Some(staff) = row.and_then(Row::into_staff) else {
        return Ok(None);
    };
    sqlx::query("UPDATE staff SET revoked_at = ? WHERE id = ?")
        .bind(now)
        .bind(id.0)
        .execute(conn)
        .await?;
    Ok(Some(staff))
}
