//! Team group chats and what they follow: all cases of one organisation, or one case.

use chrono::{DateTime, Utc};
use sqlx::SqliteConnection;

use crate::domain::{CaseId, ChatId, OrgId, StaffId, UserId};

#[derive(Debug, Clone, PartialEq)]
pub struct GroupLink {
    pub chat: ChatId,
    pub org: OrgId,
    pub case: Option<CaseId>,
}

/// Links a group, replacing an earlier link of the same group.
pub async fn link(
    conn: &mut SqliteConnection,
    chat: ChatId,
    org: OrgId,
    case: Option<CaseId>,
    by: StaffId,
    now: DateTime<Utc>,
) -> sqlx::Result<()> {
    sqlx::query(
        "INSERT INTO group_links (chat_id, org_id, case_id, linked_by, linked_at)
         VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (chat_id) DO UPDATE SET org_id = excluded.org_id,
             case_id = excluded.case_id, linked_by = excluded.linked_by,
             linked_at = excluded.linked_at",
    )
    .bind(chat.0)
    .bind(org.0)
    .bind(case.map(|c| c.0))
    .bind(by.0)
    .bind(now)
    .execute(conn)
    .await?;
    Ok(())
}

pub async fn get(conn: &mut SqliteConnection, chat: ChatId) -> sqlx::Result<Option<GroupLink>> {
    let row: Option<(i64, i64, Option<i64>)> =
        sqlx::query_as("SELECT chat_id, org_id, case_id FROM group_links WHERE chat_id = ?")
            .bind(chat.0)
            .fetch_optional(conn)
            .await?;
    Ok(row.map(|(chat, org, case)| GroupLink {
        chat: ChatId(chat),
        org: OrgId(org),
        case: case.map(CaseId),
    }))
}

/// The groups that follow a case: linked to it, or to one of its two organisations as a whole.
pub async fn following(
    conn: &mut SqliteConnection,
    case: CaseId,
    coa: OrgId,
    gemeente: OrgId,
) -> sqlx::Result<Vec<ChatId>> {
    let ids: Vec<i64> = sqlx::query_scalar(
        "SELECT chat_id FROM group_links
         WHERE case_id = ?1 OR (case_id IS NULL AND org_id IN (?2, ?3))
         ORDER BY chat_id",
    )
    .bind(case.0)
    .bind(coa.0)
    .bind(gemeente.0)
    .fetch_all(conn)
    .await?;
    Ok(ids.into_iter().map(ChatId).collect())
}

/// Ends every link of a group (the bot was removed from it) and returns the Telegram users of
/// the staff who made them, so they can be told.
pub async fn unlink(conn: &mut SqliteConnection, chat: ChatId) -> sqlx::Result<Vec<UserId>> {
    let linkers: Vec<i64> = sqlx::query_scalar(
        "SELECT DISTINCT s.tg_user_id FROM group_links g JOIN staff s ON s.id = g.linked_by
         WHERE g.chat_id = ? ORDER BY s.tg_user_id",
    )
    .bind(chat.0)
    .fetch_all(&mut *conn)
    .await?;
    sqlx::query("DELETE FROM group_links WHERE chat_id = ?")
        .bind(chat.0)
        .execute(conn)
        .await?;
    Ok(linkers.into_iter().map(UserId).collect())
}
