//! How much database work one update is (issue 16): the SQL statements (sqlx logs each one as a
//! `sqlx::query` event) and the transactions (SQLite's commit and rollback hooks, as
//! `store::TRANSACTIONS` events) between sending an update to the real bot and the bot going
//! quiet, for the three kinds the load benchmark measures (`examples/load/`). A change that adds
//! queries to these paths fails here; lower the figures when an optimisation lowers them.
//!
//! Its own test binary: the counting subscriber is global (sqlx logs from its worker threads).
//! The inbox's transaction per `getUpdates` batch (issue 14) is not the update's work and is
//! counted apart (the statements naming the `inbox` table, and the transaction they end in).

#[path = "../examples/load/seed.rs"]
#[allow(dead_code)] // the benchmark's seed; the test needs only part of it
mod seed;

use std::sync::{Arc, Mutex};

use chrono::{DateTime, Utc};
use driegesprek::clock::ManualClock;
use driegesprek::emulator::{ChatTarget, Emulator, TgUser};
use driegesprek::i18n::I18n;
use driegesprek::store::{self, TRANSACTIONS};
use driegesprek::telegram;
use tracing::field::{Field, Visit};
use tracing_subscriber::filter::{LevelFilter, Targets};
use tracing_subscriber::layer::{Context, Layer, SubscriberExt};

#[derive(Debug, Clone, PartialEq)]
enum Event {
    Statement(String),
    Commit,
    Rollback,
}

#[derive(Clone, Default)]
struct Recorder(Arc<Mutex<Vec<Event>>>);

struct Sql(String);

impl Visit for Sql {
    fn record_debug(&mut self, field: &Field, value: &dyn std::fmt::Debug) {
        if matches!(field.name(), "summary" | "db.statement" | "message") {
            self.0.push_str(&format!("{value:?} "));
        }
    }
    fn record_str(&mut self, field: &Field, value: &str) {
        if matches!(field.name(), "summary" | "db.statement" | "message") {
            self.0.push_str(value);
            self.0.push(' ');
        }
    }
}

impl<S: tracing::Subscriber> Layer<S> for Recorder {
    fn on_event(&self, event: &tracing::Event<'_>, _: Context<'_, S>) {
        let mut sql = Sql(String::new());
        event.record(&mut sql);
        let e = match event.metadata().target() {
            "sqlx::query" => Event::Statement(sql.0),
            TRANSACTIONS if sql.0.contains("rollback") => Event::Rollback,
            TRANSACTIONS => Event::Commit,
            _ => return,
        };
        self.0.lock().unwrap_or_else(|p| p.into_inner()).push(e);
    }
}

/// What one update cost, without the inbox's own work.
#[derive(Debug, PartialEq)]
struct Work {
    statements: usize,
    commits: usize,
    rollbacks: usize,
    /// The inbox's statements in the same time (not the update's work; not asserted).
    inbox: usize,
}

impl Recorder {
    fn len(&self) -> usize {
        self.0.lock().unwrap_or_else(|p| p.into_inner()).len()
    }

    /// Waits until no statement came for 200 ms: the bot's requests to Telegram may end
    /// (`quiet`) before its last statement (a notice recorded as sent) does, on a busy machine.
    async fn settle(&self) {
        let mut seen = self.len();
        loop {
            tokio::time::sleep(std::time::Duration::from_millis(200)).await;
            let now = self.len();
            if now == seen {
                return;
            }
            seen = now;
        }
    }

    fn take(&self) -> Vec<Event> {
        std::mem::take(&mut *self.0.lock().unwrap_or_else(|p| p.into_inner()))
    }

    /// The events since the last `take`, without the inbox's statements and the transaction
    /// they belong to.
    fn work(&self) -> (Work, Vec<String>) {
        let events = self.take();
        let mut work = Work {
            statements: 0,
            commits: 0,
            rollbacks: 0,
            inbox: 0,
        };
        let mut listed = Vec::new();
        let mut inbox_open = false;
        for e in events {
            match e {
                Event::Statement(sql) if sql.contains("inbox") => {
                    work.inbox += 1;
                    inbox_open = true;
                }
                Event::Statement(sql) => {
                    work.statements += 1;
                    listed.push(one_line(&sql));
                }
                Event::Commit if inbox_open => inbox_open = false,
                Event::Commit => {
                    work.commits += 1;
                    listed.push("-- COMMIT".into());
                }
                Event::Rollback => {
                    work.rollbacks += 1;
                    listed.push("-- ROLLBACK".into());
                }
            }
        }
        (work, listed)
    }
}

/// A statement on one line, without sqlx's summary before it, at most 120 characters.
fn one_line(sql: &str) -> String {
    let sql = sql.split_once('…').map_or(sql, |(_, full)| full);
    let words: Vec<&str> = sql.split_whitespace().collect();
    words.join(" ").chars().take(120).collect()
}

/// Monday 30 March 2026, 10:00 in Amsterdam.
const START: &str = "2026-03-30T08:00:00Z";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn statements_and_transactions_per_kind_of_update() {
    let recorder = Recorder::default();
    let filter = Targets::new()
        .with_target("sqlx::query", LevelFilter::TRACE)
        .with_target(TRANSACTIONS, LevelFilter::TRACE);
    let subscriber = tracing_subscriber::registry().with(recorder.clone().with_filter(filter));
    tracing::subscriber::set_global_default(subscriber).expect("the only subscriber");

    let tg = Emulator::start().await;
    let dir = tempfile::tempdir().expect("temp dir");
    let url = format!("sqlite://{}", dir.path().join("t.db").display());
    let pool = store::connect(&url).await.expect("database");
    let at: DateTime<Utc> = START.parse().expect("start");
    // One active holder (Telegram id `FIRST_USER`) among 20 cases.
    seed::seed(&pool, 20, 1, at).await.expect("seed");
    let clock = Arc::new(ManualClock::new(at));
    let i18n = Arc::new(I18n::load().expect("locales"));
    let running = telegram::start(tg.bot(), pool.clone(), clock, i18n)
        .await
        .expect("bot starts");
    let holder = tg.user(seed::FIRST_USER, "Amal", Some("ar"));
    let stranger = tg.user(4242, "Kees", Some("nl"));
    for k in 0..16 {
        tg.user(seed::FIRST_STAFF + k, "Staff", Some("nl"));
    }
    let slot = seed::first_slot(0);

    // Each kind once before counting: the pool's connections are open and the first answer's
    // board is in the proposer's chat (later answers edit it, as they do all day).
    let send = |user: &TgUser, text: &str| {
        tg.send_command(user, ChatTarget::Private, text);
    };
    send(&stranger, "menu");
    send(&holder, "menu");
    tg.quiet().await;
    let menu = tg.sent_to(seed::FIRST_USER).pop().expect("the overview");
    let press = |answer: &str| {
        let data = format!("m:a:{slot}:h:{answer}");
        tg.press_button(&holder, ChatTarget::Private, menu.message_id, &data);
    };
    press("can");
    tg.quiet().await;
    recorder.settle().await;
    recorder.take();

    let mut measured = Vec::new();
    let mut answers = Vec::new();
    for (kind, act) in [
        ("unknown user, /menu", 0),
        ("status holder, /menu", 1),
        ("status holder answers a time (cannot)", 2),
        ("status holder answers a time (can)", 3),
    ] {
        match act {
            0 => send(&stranger, "menu"),
            1 => send(&holder, "menu"),
            2 => press("cannot"),
            _ => press("can"),
        }
        tg.quiet().await;
        recorder.settle().await;
        let (work, listed) = recorder.work();
        println!("{kind}: {work:?}\n  {}", listed.join("\n  "));
        if act >= 2 {
            answers.push((kind, listed));
        }
        measured.push((kind, work));
    }
    running.stop().await;
    pool.close().await;

    // 4 December 2026, before the optimisations of issue 16: 4 statements for an unknown user;
    // 16 for a holder's /menu; 32 for an answer in 4 write transactions, 24 statements in its
    // own. Now: one query says who sent an update (`store::actor`), one reads the case, its
    // organisations, members and next meeting for the overview (`store::overview`), and an
    // answer reads its slots and answers once: 1, 4 and 12 statements, 8 of
    // an answer's in its transaction (the update-seen mark among them), then the outbox's 2
    // (the notice claimed; the board's message id with the notice marked sent).
    let expected = [
        ("unknown user, /menu", 1, 0),
        ("status holder, /menu", 4, 0),
        ("status holder answers a time (cannot)", 12, 3),
        ("status holder answers a time (can)", 12, 3),
    ];
    for ((kind, work), (_, statements, commits)) in measured.iter().zip(expected) {
        assert_eq!(
            (work.statements, work.commits, work.rollbacks),
            (statements, commits, 0),
            "{kind}: statements, commits, rollbacks"
        );
    }
    for (kind, listed) in &answers {
        let first = listed
            .iter()
            .position(|l| l.starts_with("INSERT INTO processed_updates"))
            .unwrap_or_else(|| panic!("{kind}: the update-seen mark"));
        let commit = listed
            .iter()
            .position(|l| l == "-- COMMIT")
            .unwrap_or_else(|| panic!("{kind}: a commit"));
        assert_eq!(
            commit - first,
            8,
            "{kind}: the statements of its transaction"
        );
    }
}
