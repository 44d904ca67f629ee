//! What `driegesprek check` asks of the database (issue 14): open it without creating or
//! migrating it, its integrity, whether it takes the write lock, and its migrations against
//! the ones this binary carries.

use std::str::FromStr;

use anyhow::Context;
use sqlx::sqlite::{SqliteConnectOptions, SqlitePoolOptions};

use crate::store::SqlitePool;

/// Opens an existing database as it is (no file created, no migration run).
pub async fn open_existing(url: &str) -> anyhow::Result<SqlitePool> {
    let options = SqliteConnectOptions::from_str(url)
        .with_context(|| format!("DATABASE_URL is not a SQLite URL or path: {url}"))?
        .create_if_missing(false)
        .busy_timeout(std::time::Duration::from_secs(2));
    SqlitePoolOptions::new()
        .max_connections(1)
        .connect_with(options)
        .await
        .with_context(|| format!("cannot open the database {url}"))
}

/// `PRAGMA integrity_check`: `Ok(())`, or the first problem SQLite names.
pub async fn integrity(pool: &SqlitePool) -> anyhow::Result<Result<(), String>> {
    let rows: Vec<String> = sqlx::query_scalar("PRAGMA integrity_check")
        .fetch_all(pool)
        .await?;
    Ok(match rows.as_slice() {
        [ok] if ok == "ok" => Ok(()),
        [] => Err("no answer".into()),
        [first, ..] => Err(first.clone()),
    })
}

/// Whether the database takes the write lock and a write (not read-only, not held by a
/// crashed writer). The write, a table created inside the transaction, is rolled back: a
/// read-only connection takes `BEGIN IMMEDIATE` without complaint and only refuses the write.
pub async fn writable(pool: &SqlitePool) -> anyhow::Result<Result<(), String>> {
    let mut conn = pool.acquire().await?;
    let begin = sqlx::query("BEGIN IMMEDIATE").execute(&mut *conn).await;
    if let Err(e) = begin {
        return Ok(Err(e.to_string()));
    }
    let write = sqlx::query("CREATE TABLE _driegesprek_write_check (x INTEGER)")
        .execute(&mut *conn)
        .await;
    sqlx::query("ROLLBACK").execute(&mut *conn).await?;
    Ok(write.map(|_| ()).map_err(|e| e.to_string()))
}

/// The migrations: how many this binary has, which of them the database lacks, and which
/// versions the database has that this binary does not know (it is newer).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Migrations {
    pub known: usize,
    pub pending: Vec<i64>,
    pub unknown: Vec<i64>,
}

pub async fn migrations(pool: &SqlitePool) -> anyhow::Result<Migrations> {
    let migrator = sqlx::migrate!("./migrations");
    let known: Vec<i64> = migrator.iter().map(|m| m.version).collect();
    let has_table: Option<String> = sqlx::query_scalar(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name = '_sqlx_migrations'",
    )
    .fetch_optional(pool)
    .await?;
    let applied: Vec<i64> = match has_table {
        Some(_) => {
            sqlx::query_scalar("SELECT version FROM _sqlx_migrations WHERE success = 1")
                .fetch_all(pool)
                .await?
        }
        None => Vec::new(),
    };
    Ok(Migrations {
        known: known.len(),
        pending: known
            .iter()
            .copied()
            .filter(|v| !applied.contains(v))
            .collect(),
        unknown: applied
            .iter()
            .copied()
            .filter(|v| !known.contains(v))
            .collect(),
    })
}
