//! `spawn_bot()`: the real bot (dispatcher, app, store, i18n) against the fake Bot API on
//! 127.0.0.1, with a fresh database file and a clock the test moves. Also: the admin's command
//! line, a snapshot of the database for "nothing changed" checks, and the captured logs.

use std::sync::{Arc, Mutex, OnceLock};

use chrono::{DateTime, Utc};
use driegesprek::clock::ManualClock;
use driegesprek::domain::Lang;
use driegesprek::i18n::{I18n, Msg};
use driegesprek::store::{self, SqlitePool};
use driegesprek::telegram::{self, Running};
use sqlx::Row;

use crate::fake_telegram::{BOT_USERNAME, FakeTelegram, Sent};

/// Monday 30 March 2026, 10:00 in Amsterdam (summer time, UTC+2).
pub const START: &str = "2026-03-30T08:00:00Z";

/// Tables left out of `TestBot::snapshot`: the ids of handled updates, the inbox of fetched
/// updates, the migrations, and the count of failed invite tries (a refused invite is meant to
/// add one).
pub const TECHNICAL: [&str; 4] = [
    "_sqlx_migrations",
    "inbox",
    "invite_failures",
    "processed_updates",
];

pub struct TestBot {
    pub tg: FakeTelegram,
    pub pool: SqlitePool,
    pub clock: Arc<ManualClock>,
    pub i18n: I18n,
    pub db_url: String,
    running: Running,
    dir: tempfile::TempDir,
}

pub async fn spawn_bot() -> TestBot {
    capture_logs();
    let tg = FakeTelegram::start().await;
    let dir = tempfile::tempdir().expect("temp dir");
    let db_url = format!("sqlite://{}", dir.path().join("test.db").display());
    let pool = store::connect(&db_url).await.expect("database");
    let at: DateTime<Utc> = START.parse().expect("start time");
    let clock = Arc::new(ManualClock::new(at));
    let i18n = Arc::new(I18n::load().expect("locales"));
    let running = telegram::start(tg.bot(), pool.clone(), clock.clone(), i18n)
        .await
        .expect("bot starts");
    TestBot {
        tg,
        pool,
        clock,
        i18n: I18n::load().expect("locales"),
        db_url,
        running,
        dir,
    }
}

impl TestBot {
    /// The text a message renders to in a language: what the person should see.
    pub fn text(&self, lang: Lang, msg: Msg) -> String {
        self.i18n.render(lang, &msg)
    }

    /// Runs the `driegesprek` binary against this test's database, as an admin would.
    pub fn cli(&self, args: &[&str]) -> String {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_driegesprek"))
            .args(args)
            .env("DATABASE_URL", &self.db_url)
            .env("BOT_USERNAME", BOT_USERNAME)
            .env_remove("TELOXIDE_TOKEN")
            .current_dir(self.dir.path())
            .output()
            .expect("run the driegesprek binary");
        assert!(
            out.status.success(),
            "driegesprek {args:?} failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// `org add` through the command line; returns the new organisation's id.
    pub fn add_org(&self, kind: &str, name: &str) -> String {
        let out = self.cli(&["org", "add", "--kind", kind, "--name", name]);
        out.split('\t')
            .next()
            .unwrap_or_default()
            .trim()
            .to_string()
    }

    /// `invite staff` through the command line; returns the invite token from the link.
    pub fn staff_invite(&self, org: &str, role: &str) -> String {
        let out = self.cli(&["invite", "staff", "--org", org, "--role", role]);
        let link = out.lines().next().expect("a link on the first line");
        token_of(link)
    }

    /// Every row of every table but the technical ones (`TECHNICAL`), as text: equal snapshots
    /// mean the database did not change.
    pub async fn snapshot(&self) -> String {
        let tables: Vec<String> = sqlx::query_scalar(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
             ORDER BY name",
        )
        .fetch_all(&self.pool)
        .await
        .expect("list tables");
        let tables: Vec<&str> = tables
            .iter()
            .map(String::as_str)
            .filter(|t| !TECHNICAL.contains(t))
            .collect();
        self.rows_of(&tables).await
    }

    /// Every row of these tables, one line each, as text (for "nothing changed" checks).
    pub async fn rows_of(&self, tables: &[&str]) -> String {
        let mut out = String::new();
        for table in tables {
            let rows = sqlx::query(sqlx::AssertSqlSafe(format!(
                "SELECT * FROM {table} ORDER BY rowid"
            )))
            .fetch_all(&self.pool)
            .await
            .expect("snapshot query");
            for row in rows {
                out.push_str(table);
                for i in 0..row.len() {
                    let v: Option<String> = row
                        .try_get::<Option<String>, _>(i)
                        .or_else(|_| {
                            row.try_get::<Option<i64>, _>(i)
                                .map(|n| n.map(|n| n.to_string()))
                        })
                        .unwrap_or(None);
                    out.push('|');
                    out.push_str(v.as_deref().unwrap_or("NULL"));
                }
                out.push('\n');
            }
        }
        out
    }

    pub async fn stop(self) {
        self.running.stop().await;
        self.pool.close().await;
    }
}

/// The token in a `t.me/<bot>?start=<token>` link.
pub fn token_of(link: &str) -> String {
    link.split("?start=")
        .nth(1)
        .unwrap_or_default()
        .split_whitespace()
        .next()
        .unwrap_or_default()
        .to_string()
}

/// The invite link inside a message's text.
pub fn link_in(sent: &Sent) -> String {
    let text = sent.text.clone().unwrap_or_default();
    text.split_whitespace()
        .find(|w| w.starts_with("https://t.me/"))
        .unwrap_or_default()
        .to_string()
}

/// The callback data of the button whose label contains `label`.
pub fn button(sent: &Sent, label: &str) -> String {
    sent.buttons()
        .into_iter()
        .find(|(text, _)| text.contains(label))
        .map(|(_, data)| data)
        .unwrap_or_else(|| panic!("no button {label:?} in {:?}", sent.buttons()))
}

static LOGS: OnceLock<Arc<Mutex<Vec<u8>>>> = OnceLock::new();

#[derive(Clone)]
struct LogWriter(Arc<Mutex<Vec<u8>>>);

impl std::io::Write for LogWriter {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// Every log line of this test binary (all tests), at debug level for our code and teloxide.
fn capture_logs() {
    LOGS.get_or_init(|| {
        let buf = Arc::new(Mutex::new(Vec::new()));
        let writer = LogWriter(buf.clone());
        let _ = tracing_subscriber::fmt()
            .with_env_filter("debug,sqlx=info,hyper=info,hyper_util=info,reqwest=info,h2=info,rustls=info,axum=info,tower=info,mio=info")
            .with_writer(move || writer.clone())
            .with_ansi(false)
            .try_init();
        buf
    });
}

pub fn logs() -> String {
    LOGS.get()
        .map(|b| String::from_utf8_lossy(&b.lock().unwrap_or_else(|p| p.into_inner())).into_owned())
        .unwrap_or_default()
}

/// Sending something and waiting for what the bot says next.
impl TestBot {
    /// The next message (text or photo) the bot sends to `chat` after `mark`.
    pub async fn next_message(&self, mark: crate::fake_telegram::Mark, chat: i64) -> Sent {
        self.tg
            .wait_for_since(mark, chat, |s| {
                s.method == "sendMessage" || s.method == "sendPhoto"
            })
            .await
    }

    /// The first message to `chat` after `mark` with exactly this text (below the line that
    /// names its case, if it has one: `driver::text_of`).
    pub async fn expect_text(
        &self,
        mark: crate::fake_telegram::Mark,
        chat: i64,
        text: &str,
    ) -> Sent {
        self.tg
            .wait_for_since(mark, chat, |s| {
                s.text.is_some() && crate::driver::text_of(s) == text
            })
            .await
    }
}

impl TestBot {
    /// One step of the reminder worker at the test clock's time, with the real composers and the
    /// real Telegram messenger (a fresh worker each time: its rate limiter starts empty).
    pub async fn run_reminders(&self) -> driegesprek::reminders::Report {
        let links = driegesprek::app::Links {
            bot_username: BOT_USERNAME.to_string(),
        };
        let app = driegesprek::app::App::new(self.pool.clone(), self.clock.clone(), links);
        let i18n = Arc::new(I18n::load().expect("locales"));
        let messenger = driegesprek::telegram::send::TelegramMessenger::new(self.tg.bot(), i18n);
        let settings = driegesprek::reminders::Settings {
            poll_every: None,
            ..driegesprek::reminders::Settings::default()
        };
        let worker =
            driegesprek::reminders::Worker::new(self.pool.clone(), app, messenger, settings);
        use driegesprek::clock::Clock;
        worker.run_once(self.clock.now()).await
    }
}

/// The people of the shared test case (`seed_case_with_three`): Sanne and Pieter work for the
/// municipality, Joost for COA, Amal is the status holder; `TEAM` is Sanne's team group.
pub const SANNE: i64 = 1001;
pub const JOOST: i64 = 2002;
pub const AMAL: i64 = 3003;
pub const PIETER: i64 = 1004;
pub const TEAM: i64 = -100_777;

/// What the test files' copies of "a case with three parties" differ in. Always the same:
/// orgs 1 (COA Ter Apel) and 2 (Gemeente Utrecht, the owner), Sanne (staff 1, municipality),
/// Joost (staff 2, COA), both reading Dutch, and case 1 `UTR-7` of Amal created by Sanne.
pub struct ThreeParties {
    /// Amal's stored (explicit) language.
    pub holder_lang: Lang,
    /// When Amal acknowledged the privacy notice; `None`: not yet (staff never have).
    pub holder_privacy_ack: Option<&'static str>,
    pub matching_date: &'static str,
    pub housing_date: Option<&'static str>,
    /// Pieter (staff 3) is a second municipal caseworker on the case.
    pub with_pieter: bool,
    /// `TEAM` is linked to the municipality (by Sanne).
    pub team_group: bool,
}

impl Default for ThreeParties {
    /// Matched 1 March 2026, no housing date, Amal reading Dutch without a privacy
    /// acknowledgement, the team group linked, no Pieter.
    fn default() -> Self {
        ThreeParties {
            holder_lang: Lang::Nl,
            holder_privacy_ack: None,
            matching_date: "2026-03-01",
            housing_date: None,
            with_pieter: false,
            team_group: true,
        }
    }
}

/// Settings for a worker the test steps itself (`poll_every: None`: no background polling).
pub fn manual() -> driegesprek::reminders::Settings {
    driegesprek::reminders::Settings {
        poll_every: None,
        ..driegesprek::reminders::Settings::default()
    }
}

/// A running bot with the shared test case in its database.
pub async fn spawn_case(case: &ThreeParties) -> TestBot {
    let bot = spawn_bot().await;
    seed_case_with_three(&bot, case).await;
    bot
}

/// Writes the shared test case straight into the database (rows in the same order as the
/// tests' former inline seeds, so ids and dumps stay the same).
pub async fn seed_case_with_three(bot: &TestBot, case: &ThreeParties) {
    let pool = &bot.pool;
    sqlx::raw_sql(
        "INSERT INTO orgs (id, kind, name, created_at) VALUES
             (1, 'coa', 'COA Ter Apel', 'x'), (2, 'gemeente', 'Gemeente Utrecht', 'x');",
    )
    .execute(pool)
    .await
    .expect("seed orgs");
    let mut staff = vec![(1, SANNE, 2, "Sanne"), (2, JOOST, 1, "Joost")];
    if case.with_pieter {
        staff.push((3, PIETER, 2, "Pieter"));
    }
    let mut users: Vec<(i64, &str)> = staff.iter().map(|s| (s.1, "nl")).collect();
    users.push((AMAL, case.holder_lang.id()));
    for (id, user, org, name) in staff {
        sqlx::query(
            "INSERT INTO staff (id, tg_user_id, org_id, display_name, joined_at)
             VALUES (?, ?, ?, ?, 'x')",
        )
        .bind(id)
        .bind(user)
        .bind(org)
        .bind(name)
        .execute(pool)
        .await
        .expect("seed staff");
    }
    for (user, lang) in users {
        sqlx::query(
            "INSERT INTO users (tg_user_id, lang, lang_explicit, created_at) VALUES (?, ?, 1, 'x')",
        )
        .bind(user)
        .bind(lang)
        .execute(pool)
        .await
        .expect("seed users");
    }
    sqlx::query(
        "INSERT INTO cases (id, reference, holder_name, owner_org_id, coa_org_id, gemeente_org_id,
             matching_date, housing_date, created_by, created_at)
         VALUES (1, 'UTR-7', 'Amal', 2, 1, 2, ?, ?, 1, 'x')",
    )
    .bind(case.matching_date)
    .bind(case.housing_date)
    .execute(pool)
    .await
    .expect("seed case");
    seed_members(bot, case).await;
}

/// The case's members (Pieter last) and, if asked, the team group's link.
async fn seed_members(bot: &TestBot, case: &ThreeParties) {
    let mut members = vec![
        (SANNE, "gemeente", "a", None),
        (JOOST, "coa", "b", None),
        (AMAL, "holder", "c", case.holder_privacy_ack),
    ];
    if case.with_pieter {
        members.push((PIETER, "gemeente", "d", None));
    }
    for (user, party, joined, ack) in members {
        sqlx::query(
            "INSERT INTO case_members (case_id, tg_user_id, party, joined_at, privacy_ack_at)
             VALUES (1, ?, ?, ?, ?)",
        )
        .bind(user)
        .bind(party)
        .bind(joined)
        .bind(ack)
        .execute(&bot.pool)
        .await
        .expect("seed members");
    }
    if case.team_group {
        sqlx::query(
            "INSERT INTO group_links (chat_id, org_id, case_id, linked_by, linked_at)
             VALUES (?, 2, NULL, 1, 'x')",
        )
        .bind(TEAM)
        .execute(&bot.pool)
        .await
        .expect("seed team group");
    }
}

/// A meeting of `case` proposed by Sanne, an hour long, straight in the database (scheduling
/// itself is tested in `meeting/`); returns its id.
pub async fn insert_meeting(
    bot: &TestBot,
    case: i64,
    status: &str,
    starts: Option<DateTime<Utc>>,
    place: &str,
    video_link: Option<&str>,
) -> i64 {
    sqlx::query_scalar(
        "INSERT INTO meetings (case_id, proposer, proposer_chat, place, video_link, status,
             starts_at, ends_at, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'x', 'x') RETURNING id",
    )
    .bind(case)
    .bind(SANNE)
    .bind(SANNE)
    .bind(place)
    .bind(video_link)
    .bind(status)
    .bind(starts)
    .bind(starts.map(|s| s + chrono::Duration::hours(1)))
    .fetch_one(&bot.pool)
    .await
    .expect("insert a meeting")
}
