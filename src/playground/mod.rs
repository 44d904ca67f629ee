//! `driegesprek playground` (issue 13): the real bot against the in-crate Bot API emulator,
//! with a clock the page can move, a temporary database (or `--database-url`), a sample
//! caseload played in through the bot as its users would, and a web page on 127.0.0.1 that
//! shows the status holder's, the COA caseworker's and the municipal contact's private chats
//! and their team group side by side.
//!
//! ```text
//! browser ──POST /api/send, /api/press──▶ web.rs ──▶ emulator (update queue)
//!    ▲                                                    │ getUpdates
//!    └──── SSE /api/events (state.rs) ◀── changes ──── real bot (telegram::start_with)
//! ```
//!
//! The page sends only what a Telegram app could: messages, replies, presses of a button with
//! the data it shows, the bot added to the group, a Telegram language. Everything else
//! (forged presses included) is up to the bot. This module uses the others and nobody uses it.

mod cast;
mod seed;
mod state;
mod web;

use std::net::{Ipv4Addr, SocketAddr};
use std::path::PathBuf;
use std::sync::Arc;

use anyhow::{Context, bail};
use chrono::{DateTime, Timelike, Utc};
use tokio::net::TcpListener;

use crate::clock::ManualClock;
use crate::emulator::Emulator;
use crate::i18n::I18n;
use crate::reminders::Settings;
use crate::store;
use crate::telegram;

/// What `driegesprek playground` was asked for.
pub struct Options {
    /// The page's port on 127.0.0.1.
    pub port: u16,
    /// `--database-url`, only when typed on the command line (a SQLite URL).
    pub database: Option<String>,
    /// Whether `DATABASE_URL` is set in the environment (it may be production's).
    pub env_database: bool,
    pub start_at: Option<DateTime<Utc>>,
    pub seed: bool,
    pub settings: Settings,
}

/// Runs the playground until `stop` completes.
pub async fn run(options: Options, stop: impl Future<Output = ()>) -> anyhow::Result<()> {
    let listener = listen(options.port).await?;
    let database = Database::choose(&options)?;
    let pool = store::connect(&database.url).await?;
    let tg = Emulator::bind(0)
        .await
        .context("the Bot API emulator cannot listen on 127.0.0.1")?;
    let start = options
        .start_at
        .unwrap_or_else(|| Utc::now().with_second(0).unwrap_or_else(Utc::now));
    let clock = Arc::new(ManualClock::new(start));
    let i18n = Arc::new(I18n::load()?);
    let running = telegram::start_with(
        tg.bot(),
        pool.clone(),
        clock.clone(),
        i18n.clone(),
        options.settings.clone(),
    )
    .await?;
    let play = state::Playground::new(tg, clock, pool.clone());
    if options.seed
        && seed::wanted(&pool).await?
        && let Err(e) = seed::run(&play, &i18n).await
    {
        tracing::warn!(error = %e, "the sample caseload is incomplete");
    }
    let port = listener.local_addr()?.port();
    println!("playground: open http://127.0.0.1:{port} (Ctrl-C stops it)");
    tokio::select! {
        served = axum::serve(listener, web::router(play)) => {
            served.context("the playground's page stopped")?;
        }
        _ = stop => tracing::info!("stopping the playground"),
    }
    running.stop().await;
    pool.close().await;
    drop(database);
    Ok(())
}

/// The page's socket on 127.0.0.1, or one clear line when the port is taken.
async fn listen(port: u16) -> anyhow::Result<TcpListener> {
    match TcpListener::bind(SocketAddr::from((Ipv4Addr::LOCALHOST, port))).await {
        Ok(listener) => Ok(listener),
        Err(e) if e.kind() == std::io::ErrorKind::AddrInUse => bail!(
            "port {port} on 127.0.0.1 is in use: stop what uses it or choose another with --port"
        ),
        Err(e) => Err(e).with_context(|| format!("cannot listen on 127.0.0.1:{port}")),
    }
}

/// The playground's database: a fresh one in a temporary folder (removed at the end), or the
/// one named with `--database-url`.
struct Database {
    url: String,
    temporary: Option<PathBuf>,
}

impl Database {
    fn choose(options: &Options) -> anyhow::Result<Database> {
        if let Some(url) = &options.database {
            return Ok(Database {
                url: url.clone(),
                temporary: None,
            });
        }
        if options.env_database {
            bail!(
                "DATABASE_URL is set and may be the production database: the playground uses a \
                 database only when it is named with --database-url; unset DATABASE_URL for a \
                 temporary one"
            );
        }
        let stamp = Utc::now().timestamp_nanos_opt().unwrap_or_default();
        let dir = std::env::temp_dir().join(format!(
            "driegesprek-playground-{}-{stamp}",
            std::process::id()
        ));
        std::fs::create_dir_all(&dir)
            .with_context(|| format!("cannot make a temporary folder {}", dir.display()))?;
        Ok(Database {
            url: format!("sqlite://{}", dir.join("playground.db").display()),
            temporary: Some(dir),
        })
    }
}

impl Drop for Database {
    fn drop(&mut self) {
        if let Some(dir) = &self.temporary {
            let _ = std::fs::remove_dir_all(dir);
        }
    }
}
