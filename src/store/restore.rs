//! `driegesprek restore FILE` and the lock a running bot holds on its database (issue 14).
//!
//! **Who holds the database.** `driegesprek run` takes an exclusive advisory lock (`flock`) on
//! a file next to the database, `<database>.lock`, for as long as it runs; the kernel releases
//! it when the process ends in any way (also after `kill -9`), so a stale lock file is harmless
//! and never needs removing. `restore` takes the same lock before it touches anything, so a bot
//! cannot start in the middle of a restore, and refuses when it cannot have it. As a second
//! guard, for anything that opened the database without our lock (an `sqlite3` shell, another
//! program), restore asks SQLite itself: switching a WAL database back to a rollback journal
//! needs the database file's exclusive lock, which SQLite only grants when no other connection
//! has the database open.
//!
//! **What is checked first.** The copy must open as a SQLite database, pass `PRAGMA
//! integrity_check`, carry our migration table, and have no migration this binary does not
//! know (a copy from a newer version would be opened by an older binary that does not
//! understand it). Migrations the copy lacks are fine: the bot applies them at start-up.
//!
//! **How it is put in place.** SQLite writes a consistent copy of the checked file
//! (`VACUUM INTO`) to a temporary file in the target's folder, which is flushed to disk
//! (`fsync`), checked again, and renamed over the target (atomic within one file system); the
//! target's old `-wal` and `-shm` files are removed first, so SQLite can never replay an old
//! journal onto the restored copy. Then the folder is flushed too. At every moment the target
//! path holds either the old database or the whole new one.

use std::fs::File;
use std::path::{Path, PathBuf};
use std::time::Duration;

use anyhow::{Context, bail};
use sqlx::sqlite::{SqliteConnectOptions, SqlitePoolOptions};

use crate::store::SqlitePool;
use crate::store::health;

/// The file path inside a `sqlite:` URL or plain path; `None` for an in-memory database.
pub fn file_of(url: &str) -> Option<PathBuf> {
    let rest = url
        .strip_prefix("sqlite://")
        .or_else(|| url.strip_prefix("sqlite:"))
        .unwrap_or(url);
    let (path, query) = match rest.split_once('?') {
        Some((p, q)) => (p, q),
        None => (rest, ""),
    };
    if path.is_empty() || path.starts_with(':') || query.contains("mode=memory") {
        return None;
    }
    Some(PathBuf::from(path))
}

/// The lock file beside a database: `<database>.lock`.
pub fn lock_file(db: &Path) -> PathBuf {
    let mut name = db.as_os_str().to_owned();
    name.push(".lock");
    PathBuf::from(name)
}

/// An exclusive hold on a database's lock file, released when dropped (or when the process
/// ends, however it ends).
#[derive(Debug)]
pub struct Held {
    _file: File,
    pub path: PathBuf,
}

/// Why the lock could not be had.
#[derive(Debug, thiserror::Error)]
pub enum LockError {
    #[error(
        "another driegesprek process holds the database (lock file {0}): stop the running bot \
         first (e.g. `systemctl stop driegesprek`)"
    )]
    Held(PathBuf),
    #[error("cannot open the database: its lock file {0} cannot be created or locked: {1}")]
    Io(PathBuf, std::io::Error),
}

/// Takes the database's lock without waiting. `Ok(None)` for an in-memory database.
pub fn hold(url: &str) -> Result<Option<Held>, LockError> {
    let Some(db) = file_of(url) else {
        return Ok(None);
    };
    let path = lock_file(&db);
    let file = File::options()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&path)
        .map_err(|e| LockError::Io(path.clone(), e))?;
    match file.try_lock() {
        Ok(()) => Ok(Some(Held { _file: file, path })),
        Err(std::fs::TryLockError::WouldBlock) => Err(LockError::Held(path)),
        Err(std::fs::TryLockError::Error(e)) => Err(LockError::Io(path, e)),
    }
}

/// What a restore did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Restored {
    /// Migrations the copy lacks; the bot applies them at its next start.
    pub pending: usize,
}

/// Checks the copy at `source` and puts it in place of the database at `target_url`.
pub async fn restore(source: &Path, target_url: &str) -> anyhow::Result<Restored> {
    let Some(target) = file_of(target_url) else {
        bail!("DATABASE_URL {target_url} is not a file; there is nothing to restore into");
    };
    if !source.is_file() {
        bail!("{} is not a file", source.display());
    }
    let same = match (source.canonicalize(), target.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    };
    if same {
        bail!("{} is the database itself", source.display());
    }
    let copy = open_read_only(source).await?;
    let checked = check_copy(&copy, source).await;
    let checked = match checked {
        Ok(pending) => pending,
        Err(e) => {
            copy.close().await;
            return Err(e);
        }
    };
    let _held = hold(target_url)?;
    if target.exists() {
        ensure_unused(&target).await?;
    }
    let dir = match target.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let name = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "database".into());
    let temp = dir.join(format!(".{name}.restore-{}.tmp", std::process::id()));
    let _ = std::fs::remove_file(&temp);
    let written = write_copy(&copy, &temp).await;
    copy.close().await;
    if let Err(e) = written {
        let _ = std::fs::remove_file(&temp);
        return Err(e);
    }
    let placed = place(&temp, &target, &dir);
    if placed.is_err() {
        let _ = std::fs::remove_file(&temp);
    }
    placed?;
    Ok(Restored { pending: checked })
}

async fn open_read_only(path: &Path) -> anyhow::Result<SqlitePool> {
    let options = SqliteConnectOptions::new()
        .filename(path)
        .read_only(true)
        .create_if_missing(false)
        .busy_timeout(Duration::from_secs(2));
    SqlitePoolOptions::new()
        .max_connections(1)
        .connect_with(options)
        .await
        .with_context(|| format!("{} cannot be opened as a database", path.display()))
}

/// The copy's integrity and schema; the number of migrations it lacks.
async fn check_copy(copy: &SqlitePool, source: &Path) -> anyhow::Result<usize> {
    let shown = source.display();
    match health::integrity(copy).await {
        Ok(Ok(())) => {}
        Ok(Err(problem)) => bail!("{shown} is damaged (integrity check: {problem}); not restored"),
        Err(e) => bail!("{shown} is not a usable database ({e}); not restored"),
    }
    let has_migrations: Option<String> = sqlx::query_scalar(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name = '_sqlx_migrations'",
    )
    .fetch_optional(copy)
    .await?;
    if has_migrations.is_none() {
        bail!("{shown} is a SQLite database, but not one of driegesprek; not restored");
    }
    let m = health::migrations(copy).await?;
    if !m.unknown.is_empty() {
        bail!(
            "{shown} was written by a newer version of driegesprek (it has migration(s) {:?} \
             this binary does not know); restore it with that version; not restored",
            m.unknown
        );
    }
    Ok(m.pending.len())
}

/// Refuses when any other connection has the database open (see the module's notes).
async fn ensure_unused(target: &Path) -> anyhow::Result<()> {
    let options = SqliteConnectOptions::new()
        .filename(target)
        .create_if_missing(false)
        .busy_timeout(Duration::from_millis(500));
    let pool = SqlitePoolOptions::new()
        .max_connections(1)
        .connect_with(options)
        .await;
    let Ok(pool) = pool else {
        // Not a database we can open (damaged, say): nothing can be using it as one.
        return Ok(());
    };
    let mode: Result<String, _> = sqlx::query_scalar("PRAGMA journal_mode = DELETE")
        .fetch_one(&pool)
        .await;
    pool.close().await;
    match mode {
        Ok(mode) if mode.eq_ignore_ascii_case("delete") => Ok(()),
        // A database SQLite cannot read is not in use as one either.
        Err(sqlx::Error::Database(e)) if !e.message().contains("locked") => Ok(()),
        _ => bail!(
            "{} is open in another process (SQLite reports it in use): stop the bot and \
             anything else using it first; not restored",
            target.display()
        ),
    }
}

/// `VACUUM INTO` the temporary file, flush it to disk and check it.
async fn write_copy(copy: &SqlitePool, temp: &Path) -> anyhow::Result<()> {
    let dest = temp.to_string_lossy().into_owned();
    sqlx::query("VACUUM INTO ?")
        .bind(&dest)
        .execute(copy)
        .await
        .with_context(|| format!("cannot write {dest}"))?;
    File::open(temp)
        .and_then(|f| f.sync_all())
        .with_context(|| format!("cannot flush {dest} to disk"))?;
    let written = open_read_only(temp).await?;
    let ok = health::integrity(&written).await;
    written.close().await;
    match ok {
        Ok(Ok(())) => Ok(()),
        Ok(Err(p)) => bail!("the copy written to {dest} does not check out: {p}"),
        Err(e) => bail!("the copy written to {dest} cannot be read: {e}"),
    }
}

/// Removes the target's old journal files and renames the temporary file over it.
fn place(temp: &Path, target: &Path, dir: &Path) -> anyhow::Result<()> {
    for suffix in ["-wal", "-shm", "-journal"] {
        let mut side = target.as_os_str().to_owned();
        side.push(suffix);
        match std::fs::remove_file(PathBuf::from(side)) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => {
                return Err(e).with_context(|| {
                    format!(
                        "cannot remove the old {suffix} file of {}",
                        target.display()
                    )
                });
            }
        }
    }
    std::fs::rename(temp, target)
        .with_context(|| format!("cannot move the copy into place at {}", target.display()))?;
    // The rename is durable once the folder is flushed (not possible on every platform).
    if let Ok(d) = File::open(dir) {
        let _ = d.sync_all();
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_file_of_a_url_or_path() {
        assert_eq!(file_of("sqlite://a/b.db"), Some(PathBuf::from("a/b.db")));
        assert_eq!(file_of("sqlite:b.db?mode=rwc"), Some(PathBuf::from("b.db")));
        assert_eq!(
            file_of("sqlite:///var/x.db"),
            Some(PathBuf::from("/var/x.db"))
        );
        assert_eq!(file_of("plain.db"), Some(PathBuf::from("plain.db")));
        assert_eq!(file_of("sqlite::memory:"), None);
        assert_eq!(file_of("sqlite://x?mode=memory"), None);
        assert_eq!(
            lock_file(Path::new("/s/d.db")),
            PathBuf::from("/s/d.db.lock")
        );
    }

    #[test]
    fn the_lock_is_exclusive_and_released_when_dropped() {
        let dir = tempfile::tempdir().unwrap();
        let url = format!("sqlite://{}", dir.path().join("d.db").display());
        let first = hold(&url).unwrap();
        assert!(first.is_some());
        assert!(matches!(hold(&url), Err(LockError::Held(_))));
        drop(first);
        assert!(hold(&url).unwrap().is_some());
    }
}
