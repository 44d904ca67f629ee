//! Invites: stored by the hash of their token, with an expiry and a use limit.

use chrono::{DateTime, Utc};
use sqlx::SqliteConnection;

use crate::domain::{CaseId, InvitePurpose, OrgId, TokenHash};

#[derive(Debug, Clone, PartialEq)]
pub struct Invite {
    pub id: i64,
    pub purpose: InvitePurpose,
    pub org: Option<OrgId>,
    pub case: Option<CaseId>,
    pub max_uses: i64,
    pub uses: i64,
    pub expires_at: DateTime<Utc>,
}

#[derive(sqlx::FromRow)]
struct Row {
    id: i64,
    purpose: String,
    org_id: Option<i64>,
    case_id: Option<i64>,
    max_uses: i64,
    uses: i64,
    expires_at: DateTime<Utc>,
}

/// What a new invite admits to.
pub struct NewInvite {
    pub purpose: InvitePurpose,
    pub org: Option<OrgId>,
    pub case: Option<CaseId>,
    pub max_uses: i64,
    pub expires_at: DateTime<Utc>,
}

pub async fn insert(
    conn: &mut SqliteConnection,
    hash: &TokenHash,
    invite: &NewInvite,
    now: DateTime<Utc>,
) -> sqlx::Result<()> {
    sqlx::query(
        "INSERT INTO invites (token_hash, purpose, org_id, case_id, max_uses, expires_at, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?)",
    )
    .bind(&hash.0)
    .bind(invite.purpose.as_str())
    .bind(invite.org.map(|o| o.0))
    .bind(invite.case.map(|c| c.0))
    .bind(invite.max_uses)
    .bind(invite.expires_at)
    .bind(now)
    .execute(conn)
    .await?;
    Ok(())
}

pub async fn find(conn: &mut SqliteConnection, hash: &TokenHash) -> sqlx::Result<Option<Invite>> {
    let row: Option<Row> = sqlx::query_as(
        "SELECT id, purpose, org_id, case_id, max_uses, uses, expires_at
         FROM invites WHERE token_hash = ?",
    )
    .bind(&hash.0)
    .fetch_optional(conn)
    .await?;
    Ok(row.and_then(|r| {
        Some(Invite {
            id: r.id,
            purpose: InvitePurpose::parse(&r.purpose)?,
            org: r.org_id.map(OrgId),
            case: r.case_id.map(CaseId),
            max_uses: r.max_uses,
            uses: r.uses,
            expires_at: r.expires_at,
        })
    }))
}

/// Counts one use, unless the invite is used up meanwhile. Returns whether it was counted.
pub async fn use_once(conn: &mut SqliteConnection, id: i64) -> sqlx::Result<bool> {
    let done = sqlx::query("UPDATE invites SET uses = uses + 1 WHERE id = ? AND uses < max_uses")
        .bind(id)
        .execute(conn)
        .await?;
    Ok(done.rows_affected() == 1)
}
