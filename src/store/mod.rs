//! Persistence: the only module that writes SQL. One small function per query, taking a
//! connection (or a transaction, which derefs to one) and domain types. Times are bound from Rust
//! as UTC (stack-notes trap 6). Migrations in `migrations/` are embedded and run at start-up.

pub mod access;
pub mod actor;
pub mod agenda;
pub mod caseload;
pub mod cases;
pub mod dialogs;
pub mod figures;
pub mod groups;
pub mod health;
pub mod inbox;
pub mod invite_tries;
pub mod invites;
pub mod life;
pub mod meeting_slots;
pub mod meetings;
pub mod orgs;
pub mod outbox;
pub mod overview;
pub mod plan;
pub mod plan_items;
pub mod prepare;
pub mod privacy;
pub mod restore;
pub mod staff;
pub mod updates;
pub mod users;

use std::str::FromStr;
use std::time::Duration;

use anyhow::Context;
use chrono::{DateTime, Utc};
use sqlx::SqliteConnection;
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};

pub use sqlx::SqlitePool;

/// Opens (creating if needed) the database file in WAL mode with foreign keys on, and applies
/// every pending migration.
pub async fn connect(url: &str) -> anyhow::Result<SqlitePool> {
    let options = SqliteConnectOptions::from_str(url)
        .with_context(|| format!("DATABASE_URL is not a SQLite URL or path: {url}"))?
        .create_if_missing(true)
        .journal_mode(SqliteJournalMode::Wal)
        .synchronous(SqliteSynchronous::Normal)
        .foreign_keys(true)
        // Deleted content is overwritten, not left in free pages (an erasure, issue 14).
        .pragma("secure_delete", "on")
        .busy_timeout(Duration::from_secs(5));
    let pool = SqlitePoolOptions::new()
        .max_connections(8)
        .after_connect(|conn, _| Box::pin(trace_transactions(conn)))
        // A COMMIT that fails (a full disk) is rolled back by SQLite itself, but sqlx still
        // counts the transaction as open, so every later BEGIN on that connection would fail:
        // such a connection is closed instead of going back to the pool (the queued rollback
        // of a dropped transaction is flushed by the ping first).
        .after_release(|conn, _| {
            Box::pin(async move {
                sqlx::Connection::ping(&mut *conn).await?;
                let stuck = sqlx::Connection::is_in_transaction(&*conn);
                if stuck {
                    tracing::warn!("a connection left inside a failed transaction is closed");
                }
                Ok(!stuck)
            })
        })
        .connect_with(options)
        .await
        .with_context(|| format!("cannot open the database {url}"))?;
    migrate(&pool).await?;
    Ok(pool)
}

/// The tracing target of an event for each transaction that ends: `commit` (a write transaction,
/// explicit or a single statement's) or `rollback`. With the statements (`sqlx::query`), they
/// show how much work an update is (`tests/statements.rs` counts them).
pub const TRANSACTIONS: &str = "driegesprek::store::transactions";

/// Installs SQLite's commit and rollback hooks on a new connection, only when the events would
/// be seen (a trace-level subscriber for `TRANSACTIONS` when the pool connects): otherwise
/// nothing runs at a commit.
async fn trace_transactions(conn: &mut sqlx::SqliteConnection) -> sqlx::Result<()> {
    if !tracing::enabled!(target: TRANSACTIONS, tracing::Level::TRACE) {
        return Ok(());
    }
    let mut handle = conn.lock_handle().await?;
    handle.set_commit_hook(|| {
        tracing::trace!(target: TRANSACTIONS, "commit");
        true
    });
    handle.set_rollback_hook(|| tracing::trace!(target: TRANSACTIONS, "rollback"));
    Ok(())
}

/// Starts a write transaction that takes SQLite's write lock at once (`BEGIN IMMEDIATE`).
///
/// A deferred transaction that first reads and then writes fails with `SQLITE_BUSY` when another
/// writer committed in between (WAL cannot upgrade a stale snapshot), and the person's action
/// would be lost. Taking the lock first makes concurrent writers wait for each other (within the
/// busy timeout) instead: three parties answering at the same moment all count.
/// A write transaction.
pub type Tx = sqlx::Transaction<'static, sqlx::Sqlite>;

pub async fn begin(pool: &SqlitePool) -> sqlx::Result<Tx> {
    pool.begin_with("BEGIN IMMEDIATE").await
}

/// Applies the embedded migrations.
pub async fn migrate(pool: &SqlitePool) -> anyhow::Result<()> {
    sqlx::migrate!("./migrations")
        .run(pool)
        .await
        .context("cannot apply the database migrations")
}

/// Writes a consistent copy of the live database to `dest` (SQLite's `VACUUM INTO`).
pub async fn backup(pool: &SqlitePool, dest: &str) -> anyhow::Result<()> {
    sqlx::query("VACUUM INTO ?")
        .bind(dest)
        .execute(pool)
        .await
        .with_context(|| format!("cannot write the backup to {dest}"))?;
    Ok(())
}

/// Appends a line to the audit log: who did what to which case, ids only.
pub async fn audit(
    conn: &mut SqliteConnection,
    at: DateTime<Utc>,
    actor: Option<i64>,
    action: &str,
    case_id: Option<i64>,
    subject: Option<i64>,
) -> sqlx::Result<()> {
    sqlx::query(
        "INSERT INTO audit_log (at, actor, action, case_id, subject) VALUES (?, ?, ?, ?, ?)",
    )
    .bind(at)
    .bind(actor)
    .bind(action)
    .bind(case_id)
    .bind(subject)
    .execute(conn)
    .await?;
    Ok(())
}

/// True when SQLite could not store anything: the database is read-only, the disk is full, or
/// the file cannot be written or reached (`SQLITE_READONLY`, `SQLITE_FULL`, `SQLITE_IOERR`,
/// `SQLITE_CANTOPEN`, with their extended codes). The transaction was rolled back.
pub fn is_storage_failure(err: &sqlx::Error) -> bool {
    const READONLY: i64 = 8;
    const IOERR: i64 = 10;
    const FULL: i64 = 13;
    const CANTOPEN: i64 = 14;
    match err {
        sqlx::Error::Database(db) => db
            .code()
            .and_then(|c| c.parse::<i64>().ok())
            .is_some_and(|c| matches!(c & 0xff, READONLY | IOERR | FULL | CANTOPEN)),
        sqlx::Error::Io(_) => true,
        _ => false,
    }
}

/// True when the error is a violated UNIQUE constraint (someone else was first).
pub fn is_unique_violation(err: &sqlx::Error) -> bool {
    matches!(err, sqlx::Error::Database(db) if db.is_unique_violation())
}

/// A fresh migrated database in a temporary folder, for the store's own tests (the folder goes
/// when the returned guard does).
#[cfg(test)]
pub(crate) async fn test_db() -> (tempfile::TempDir, SqlitePool) {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}", dir.path().join("t.db").display());
    let pool = connect(&url).await.unwrap();
    (dir, pool)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Two actions that read, then write, at the same moment (two parties answering a slot).
    async fn read_then_write(pool: SqlitePool, name: &str) -> sqlx::Result<()> {
        let mut tx = begin(&pool).await?;
        let _count: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM orgs")
            .fetch_one(&mut *tx)
            .await?;
        tokio::time::sleep(Duration::from_millis(50)).await;
        sqlx::query("INSERT INTO orgs (kind, name, created_at) VALUES ('coa', ?, '')")
            .bind(name)
            .execute(&mut *tx)
            .await?;
        tx.commit().await
    }

    #[tokio::test]
    async fn concurrent_writers_wait_for_each_other_instead_of_failing() {
        let (_dir, pool) = test_db().await;
        let a = tokio::spawn(read_then_write(pool.clone(), "A"));
        let b = tokio::spawn(read_then_write(pool.clone(), "B"));
        a.await.unwrap().unwrap();
        b.await.unwrap().unwrap();
        let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM orgs")
            .fetch_one(&pool)
            .await
            .unwrap();
        assert_eq!(n, 2);
    }
}
