//! Telegram update ids already handled, so a redelivered update changes nothing twice. The id
//! is recorded inside the transaction of the update's effect (issue 10): a crash before the
//! commit loses both, so the redelivered update is handled again; after it, neither.

use chrono::{DateTime, Utc};
use sqlx::SqliteConnection;

/// Whether this update was handled before (its effect committed).
pub async fn seen(conn: &mut SqliteConnection, update_id: i64) -> sqlx::Result<bool> {
    sqlx::query_scalar("SELECT EXISTS (SELECT 1 FROM processed_updates WHERE update_id = ?)")
        .bind(update_id)
        .fetch_one(conn)
        .await
}

/// Forgets the ids of updates handled before `before`, at most `limit` of them, and as many
/// handled rows of the inbox: Telegram redelivers an update for at most a day, so a week is
/// ample. Returns how many went (a full page of either means more are waiting).
pub async fn prune(
    conn: &mut SqliteConnection,
    before: DateTime<Utc>,
    limit: u32,
) -> sqlx::Result<u64> {
    let done = sqlx::query(
        "DELETE FROM processed_updates WHERE update_id IN (
             SELECT update_id FROM processed_updates WHERE processed_at < ? LIMIT ?)",
    )
    .bind(before)
    .bind(i64::from(limit))
    .execute(&mut *conn)
    .await?;
    let inbox = super::inbox::prune(conn, before, limit).await?;
    Ok(done.rows_affected().max(inbox))
}

/// Records an update id in the caller's transaction; false when it was recorded before.
pub async fn record(
    conn: &mut SqliteConnection,
    update_id: i64,
    now: DateTime<Utc>,
) -> sqlx::Result<bool> {
    let done = sqlx::query(
        "INSERT INTO processed_updates (update_id, processed_at) VALUES (?, ?)
         ON CONFLICT (update_id) DO NOTHING",
    )
    .bind(update_id)
    .bind(now)
    .execute(conn)
    .await?;
    Ok(done.rows_affected() == 1)
}
