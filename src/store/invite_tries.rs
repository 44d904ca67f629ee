//! Failed invite tries (unknown, used or expired links) per Telegram user, to limit guessing
//! (issue 10). Kept in the database so that a restart does not reset the count.

use chrono::{DateTime, Duration, Utc};
use sqlx::SqliteConnection;

use crate::domain::UserId;

/// How long a failed try counts.
pub const WINDOW: Duration = Duration::hours(1);
/// This many failed tries within `WINDOW` block the user's further tries.
pub const MAX_FAILURES: i64 = 10;

/// Whether the user has failed `MAX_FAILURES` times within the hour before `now`.
pub async fn blocked(
    conn: &mut SqliteConnection,
    user: UserId,
    now: DateTime<Utc>,
) -> sqlx::Result<bool> {
    let n: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM invite_failures WHERE tg_user_id = ? AND at > ?")
            .bind(user.0)
            .bind(now - WINDOW)
            .fetch_one(conn)
            .await?;
    Ok(n >= MAX_FAILURES)
}

/// Counts one failed try, and deletes every try (of anyone) that no longer counts.
pub async fn record_failure(
    conn: &mut SqliteConnection,
    user: UserId,
    now: DateTime<Utc>,
) -> sqlx::Result<()> {
    sqlx::query("DELETE FROM invite_failures WHERE at <= ?")
        .bind(now - WINDOW)
        .execute(&mut *conn)
        .await?;
    sqlx::query("INSERT INTO invite_failures (tg_user_id, at) VALUES (?, ?)")
        .bind(user.0)
        .bind(now)
        .execute(conn)
        .await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clock::{Clock, ManualClock};
    use crate::store;

    use store::test_db as db;

    async fn rows(conn: &mut SqliteConnection) -> i64 {
        sqlx::query_scalar("SELECT COUNT(*) FROM invite_failures")
            .fetch_one(conn)
            .await
            .unwrap()
    }

    #[tokio::test]
    async fn ten_failures_within_an_hour_block_until_the_first_is_an_hour_old() {
        let (_dir, pool) = db().await;
        let mut conn = pool.acquire().await.unwrap();
        let clock = ManualClock::new("2026-03-30T08:00:00Z".parse().unwrap());
        let (guesser, other) = (UserId(5005), UserId(5006));
        for _ in 0..MAX_FAILURES {
            assert!(!blocked(&mut conn, guesser, clock.now()).await.unwrap());
            record_failure(&mut conn, guesser, clock.now())
                .await
                .unwrap();
            clock.advance(Duration::minutes(1));
        }
        assert!(blocked(&mut conn, guesser, clock.now()).await.unwrap());
        assert!(!blocked(&mut conn, other, clock.now()).await.unwrap());
        // The first failure was at 08:00: at 09:00 it no longer counts, nine remain.
        clock.set("2026-03-30T08:59:59Z".parse().unwrap());
        assert!(blocked(&mut conn, guesser, clock.now()).await.unwrap());
        clock.set("2026-03-30T09:00:00Z".parse().unwrap());
        assert!(!blocked(&mut conn, guesser, clock.now()).await.unwrap());
        // An hour after the last failure everything is allowed, and old rows are pruned.
        clock.set("2026-03-30T10:10:00Z".parse().unwrap());
        assert!(!blocked(&mut conn, guesser, clock.now()).await.unwrap());
        record_failure(&mut conn, other, clock.now()).await.unwrap();
        assert_eq!(rows(&mut conn).await, 1);
    }

    #[tokio::test]
    async fn a_failure_with_fractional_seconds_counts_like_any_other() {
        let (_dir, pool) = db().await;
        let mut conn = pool.acquire().await.unwrap();
        let at: DateTime<Utc> = "2026-03-30T08:00:00.250Z".parse().unwrap();
        for _ in 0..MAX_FAILURES {
            record_failure(&mut conn, UserId(1), at).await.unwrap();
        }
        let just_before: DateTime<Utc> = "2026-03-30T09:00:00.249Z".parse().unwrap();
        assert!(blocked(&mut conn, UserId(1), just_before).await.unwrap());
        let at_the_hour: DateTime<Utc> = "2026-03-30T09:00:00.250Z".parse().unwrap();
        assert!(!blocked(&mut conn, UserId(1), at_the_hour).await.unwrap());
    }
}
