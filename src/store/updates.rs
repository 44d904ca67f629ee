//! Telegram update ids already handled, so a redelivered update changes nothing twice.

use chrono::{DateTime, Utc};
use sqlx::SqliteConnection;

/// Records an update id; false when it was seen before.
pub async fn first_time(
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
