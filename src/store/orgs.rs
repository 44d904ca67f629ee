//! COA locations and municipalities.

use chrono::{DateTime, Utc};
use sqlx::SqliteConnection;

use crate::domain::{OrgId, OrgKind, OrgName};

#[derive(Debug, Clone, PartialEq)]
pub struct Org {
    pub id: OrgId,
    pub kind: OrgKind,
    pub name: String,
}

#[derive(sqlx::FromRow)]
struct Row {
    id: i64,
    kind: String,
    name: String,
}

impl Row {
    fn into_org(self) -> Option<Org> {
        Some(Org {
            id: OrgId(self.id),
            kind: OrgKind::parse(&self.kind)?,
            name: self.name,
        })
    }
}

pub async fn insert(
    conn: &mut SqliteConnection,
    kind: OrgKind,
    name: &OrgName,
    now: DateTime<Utc>,
) -> sqlx::Result<OrgId> {
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO orgs (kind, name, created_at) VALUES (?, ?, ?) RETURNING id",
    )
    .bind(kind.as_str())
    .bind(name.as_str())
    .bind(now)
    .fetch_one(conn)
    .await?;
    Ok(OrgId(id))
}

pub async fn get(conn: &mut SqliteConnection, id: OrgId) -> sqlx::Result<Option<Org>> {
    let row: Option<Row> = sqlx::query_as("SELECT id, kind, name FROM orgs WHERE id = ?")
        .bind(id.0)
        .fetch_optional(conn)
        .await?;
    Ok(row.and_then(Row::into_org))
}

pub async fn list(conn: &mut SqliteConnection) -> sqlx::Result<Vec<Org>> {
    let rows: Vec<Row> = sqlx::query_as("SELECT id, kind, name FROM orgs ORDER BY kind, name")
        .fetch_all(conn)
        .await?;
    Ok(rows.into_iter().filter_map(Row::into_org).collect())
}

pub async fn list_kind(conn: &mut SqliteConnection, kind: OrgKind) -> sqlx::Result<Vec<Org>> {
    let rows: Vec<Row> =
        sqlx::query_as("SELECT id, kind, name FROM orgs WHERE kind = ? ORDER BY name")
            .bind(kind.as_str())
            .fetch_all(conn)
            .await?;
    Ok(rows.into_iter().filter_map(Row::into_org).collect())
}
