//! Conversation state per chat and per user, as JSON of `workflow::Dialog`.

use chrono::{DateTime, Utc};
use sqlx::SqliteConnection;

use crate::domain::{ChatId, UserId};
use crate::workflow::Dialog;

/// The dialog in progress; a row that no longer parses (after an upgrade) counts as none.
pub async fn get(
    conn: &mut SqliteConnection,
    chat: ChatId,
    user: UserId,
) -> sqlx::Result<Option<Dialog>> {
    let raw: Option<String> =
        sqlx::query_scalar("SELECT state FROM dialogs WHERE chat_id = ? AND tg_user_id = ?")
            .bind(chat.0)
            .bind(user.0)
            .fetch_optional(conn)
            .await?;
    Ok(raw.and_then(|s| serde_json::from_str(&s).ok()))
}

pub async fn put(
    conn: &mut SqliteConnection,
    chat: ChatId,
    user: UserId,
    dialog: &Dialog,
    now: DateTime<Utc>,
) -> anyhow::Result<()> {
    let state = serde_json::to_string(dialog)?;
    sqlx::query(
        "INSERT INTO dialogs (chat_id, tg_user_id, state, updated_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (chat_id, tg_user_id) DO UPDATE SET state = excluded.state,
             updated_at = excluded.updated_at",
    )
    .bind(chat.0)
    .bind(user.0)
    .bind(state)
    .bind(now)
    .execute(conn)
    .await?;
    Ok(())
}

pub async fn clear(conn: &mut SqliteConnection, chat: ChatId, user: UserId) -> sqlx::Result<()> {
    sqlx::query("DELETE FROM dialogs WHERE chat_id = ? AND tg_user_id = ?")
        .bind(chat.0)
        .bind(user.0)
        .execute(conn)
        .await?;
    Ok(())
}

/// Ends every conversation in progress in a chat (the bot left the group). Returns how many.
pub async fn clear_chat(conn: &mut SqliteConnection, chat: ChatId) -> sqlx::Result<u64> {
    let done = sqlx::query("DELETE FROM dialogs WHERE chat_id = ?")
        .bind(chat.0)
        .execute(conn)
        .await?;
    Ok(done.rows_affected())
}
