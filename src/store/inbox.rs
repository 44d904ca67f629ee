//! The inbox: updates fetched from Telegram, written down before Telegram is told they arrived
//! (issue 14). `telegram::inbox` keeps each batch here in one transaction, then hands the new
//! ones to the dispatcher; once handled they are cleared in the next batch's transaction. A
//! process killed in between replays what is still waiting at its next start.

use chrono::{DateTime, Utc};
use sqlx::{Connection, SqliteConnection};

/// One update as fetched: its id, the chat and the person it came from (0 when it has none),
/// and its JSON.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fetched {
    pub update_id: i64,
    pub chat_id: i64,
    pub user_id: i64,
    pub body: String,
}

/// In one transaction: clears the updates handled since the last call (their body, chat and
/// person; the id stays), and keeps this batch. Returns the ids of the batch that were new: an
/// update Telegram delivers again after a restart was kept (and maybe handled) before.
pub async fn keep(
    conn: &mut SqliteConnection,
    batch: &[Fetched],
    handled: &[i64],
    now: DateTime<Utc>,
) -> sqlx::Result<Vec<i64>> {
    let mut tx = conn.begin_with("BEGIN IMMEDIATE").await?;
    if !handled.is_empty() {
        let ids = serde_json::Value::from(handled).to_string();
        sqlx::query(
            "UPDATE inbox SET body = NULL, chat_id = 0, user_id = 0, handled_at = ?
             WHERE update_id IN (SELECT value FROM json_each(?)) AND handled_at IS NULL",
        )
        .bind(now)
        .bind(ids)
        .execute(&mut *tx)
        .await?;
    }
    let mut fresh = Vec::with_capacity(batch.len());
    for u in batch {
        let done = sqlx::query(
            "INSERT INTO inbox (update_id, chat_id, user_id, body, received_at)
             VALUES (?, ?, ?, ?, ?) ON CONFLICT (update_id) DO NOTHING",
        )
        .bind(u.update_id)
        .bind(u.chat_id)
        .bind(u.user_id)
        .bind(&u.body)
        .bind(now)
        .execute(&mut *tx)
        .await?;
        if done.rows_affected() == 1 {
            fresh.push(u.update_id);
        }
    }
    tx.commit().await?;
    Ok(fresh)
}

/// The updates kept but not handled (a process stopped in between), oldest first.
pub async fn waiting(conn: &mut SqliteConnection) -> sqlx::Result<Vec<(i64, String)>> {
    sqlx::query_as(
        "SELECT update_id, body FROM inbox WHERE body IS NOT NULL ORDER BY update_id LIMIT 10000",
    )
    .fetch_all(conn)
    .await
}

/// Marks these waiting updates handled without their effect (their JSON could not be read
/// back): they are not tried again at every start.
pub async fn drop_waiting(
    conn: &mut SqliteConnection,
    ids: &[i64],
    now: DateTime<Utc>,
) -> sqlx::Result<()> {
    keep(conn, &[], ids, now).await.map(|_| ())
}

/// The `getUpdates` offset to start from: after the newest update received since `since`.
/// Telegram keeps an update for at most a day and numbers updates at random again after a week
/// without any, so an older id says nothing about today's offset: then `None` (Telegram's own).
pub async fn resume_offset(
    conn: &mut SqliteConnection,
    since: DateTime<Utc>,
) -> sqlx::Result<Option<i64>> {
    let newest: Option<i64> =
        sqlx::query_scalar("SELECT MAX(update_id) FROM inbox WHERE received_at >= ?")
            .bind(since)
            .fetch_one(conn)
            .await?;
    Ok(newest.map(|id| id + 1))
}

/// Forgets handled updates received before `before`, at most `limit` of them.
pub async fn prune(
    conn: &mut SqliteConnection,
    before: DateTime<Utc>,
    limit: u32,
) -> sqlx::Result<u64> {
    let done = sqlx::query(
        "DELETE FROM inbox WHERE update_id IN (
             SELECT update_id FROM inbox WHERE received_at < ? AND body IS NULL LIMIT ?)",
    )
    .bind(before)
    .bind(i64::from(limit))
    .execute(conn)
    .await?;
    Ok(done.rows_affected())
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn at(h: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 3, 29, h, 0, 0).unwrap()
    }

    fn fetched(id: i64, text: &str) -> Fetched {
        Fetched {
            update_id: id,
            chat_id: 77,
            user_id: 77,
            body: format!("{{\"update_id\":{id},\"text\":\"{text}\"}}"),
        }
    }

    async fn db() -> SqliteConnection {
        use sqlx::migrate::Migrator;
        let mut conn = SqliteConnection::connect("sqlite::memory:").await.unwrap();
        let migrator: Migrator = sqlx::migrate!("./migrations");
        migrator.run(&mut conn).await.unwrap();
        conn
    }

    #[tokio::test]
    async fn a_batch_is_kept_until_handled_and_a_redelivered_update_is_not_new() {
        let mut conn = db().await;
        let fresh = keep(&mut conn, &[fetched(5, "a"), fetched(6, "b")], &[], at(1))
            .await
            .unwrap();
        assert_eq!(fresh, vec![5, 6]);
        // Telegram delivers 6 again (not confirmed before the restart) with 7.
        let fresh = keep(&mut conn, &[fetched(6, "b"), fetched(7, "c")], &[5], at(2))
            .await
            .unwrap();
        assert_eq!(fresh, vec![7], "6 was kept before");
        let waiting = waiting(&mut conn).await.unwrap();
        let ids: Vec<i64> = waiting.iter().map(|(id, _)| *id).collect();
        assert_eq!(ids, vec![6, 7], "5 was handled");
        // What a handled update said is gone; its id stays.
        let left: (i64, i64, Option<String>) =
            sqlx::query_as("SELECT chat_id, user_id, body FROM inbox WHERE update_id = 5")
                .fetch_one(&mut conn)
                .await
                .unwrap();
        assert_eq!(left, (0, 0, None));
    }

    #[tokio::test]
    async fn the_offset_resumes_after_the_newest_update_of_the_last_day_only() {
        let mut conn = db().await;
        assert_eq!(resume_offset(&mut conn, at(0)).await.unwrap(), None);
        keep(&mut conn, &[fetched(41, "x")], &[], at(3))
            .await
            .unwrap();
        keep(&mut conn, &[], &[41], at(4)).await.unwrap();
        assert_eq!(resume_offset(&mut conn, at(2)).await.unwrap(), Some(42));
        assert_eq!(
            resume_offset(&mut conn, at(5)).await.unwrap(),
            None,
            "nothing received since"
        );
    }

    #[tokio::test]
    async fn pruning_removes_only_handled_updates_older_than_the_limit() {
        let mut conn = db().await;
        keep(&mut conn, &[fetched(1, "a"), fetched(2, "b")], &[], at(1))
            .await
            .unwrap();
        keep(&mut conn, &[fetched(3, "c")], &[1], at(5))
            .await
            .unwrap();
        assert_eq!(prune(&mut conn, at(3), 10).await.unwrap(), 1, "only 1");
        let ids: Vec<i64> = sqlx::query_scalar("SELECT update_id FROM inbox ORDER BY 1")
            .fetch_all(&mut conn)
            .await
            .unwrap();
        assert_eq!(ids, vec![2, 3], "2 still waits, 3 is recent");
    }
}
