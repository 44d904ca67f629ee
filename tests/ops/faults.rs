//! Faults, with the real binary as a child process against the emulator (issue 14): the Bot
//! API unreachable for a while, `kill -9` in the middle of work, a read-only database, a full
//! disk.

use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use driegesprek::domain::Lang;
use driegesprek::emulator::{ChatTarget, Emulator, Sent, TgUser};
use driegesprek::i18n::{I18n, Msg};
use tokio::net::{TcpListener, TcpStream};
use tokio::task::AbortHandle;

use crate::support::Folder;

/// A TCP relay between the bot and the emulator that can be cut (connections refused, open
/// ones broken) and restored on the same port: Telegram unreachable, as the bot sees it.
struct Relay {
    port: u16,
    target: SocketAddr,
    tasks: Arc<Mutex<Vec<AbortHandle>>>,
}

impl Relay {
    async fn start(target: &url::Url) -> Relay {
        let target: SocketAddr =
            format!("{}:{}", target.host_str().unwrap(), target.port().unwrap())
                .parse()
                .unwrap();
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let relay = Relay {
            port: listener.local_addr().unwrap().port(),
            target,
            tasks: Arc::default(),
        };
        relay.serve(listener);
        relay
    }

    fn url(&self) -> url::Url {
        url::Url::parse(&format!("http://127.0.0.1:{}/", self.port)).unwrap()
    }

    fn serve(&self, listener: TcpListener) {
        let tasks = self.tasks.clone();
        let target = self.target;
        let accept = tokio::spawn(async move {
            while let Ok((mut inbound, _)) = listener.accept().await {
                let conn = tokio::spawn(async move {
                    if let Ok(mut outbound) = TcpStream::connect(target).await {
                        let _ = tokio::io::copy_bidirectional(&mut inbound, &mut outbound).await;
                    }
                });
                tasks.lock().unwrap().push(conn.abort_handle());
            }
        });
        self.tasks.lock().unwrap().push(accept.abort_handle());
    }

    /// Refuses new connections and breaks the open ones.
    async fn cut(&self) {
        for task in self.tasks.lock().unwrap().drain(..) {
            task.abort();
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }

    /// Listens again on the same port.
    async fn restore(&self) {
        let addr = format!("127.0.0.1:{}", self.port);
        let started = Instant::now();
        let listener = loop {
            match TcpListener::bind(&addr).await {
                Ok(l) => break l,
                Err(e) if started.elapsed() < Duration::from_secs(10) => {
                    let _ = e;
                    tokio::time::sleep(Duration::from_millis(100)).await;
                }
                Err(e) => panic!("cannot listen on {addr} again: {e}"),
            }
        };
        self.serve(listener);
    }
}

/// The bot's messages to a chat after `from`.
fn messages_to(tg: &Emulator, chat: i64, from: usize) -> Vec<Sent> {
    tg.sent()
        .into_iter()
        .skip(from)
        .filter(|s| s.chat_id == chat && s.method == "sendMessage")
        .collect()
}

/// The first `limit` for one message to each of these users after `from`; panics with the log.
async fn each_answered(tg: &Emulator, users: &[TgUser], from: usize, limit: Duration, log: &str) {
    let started = Instant::now();
    while users.iter().any(|u| messages_to(tg, u.id, from).is_empty()) {
        assert!(
            started.elapsed() < limit,
            "not everyone was answered within {limit:?}:\n{log}"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// One value from the database file, read-only (the bot may be running or dead).
async fn count(folder: &Folder, sql: &'static str) -> i64 {
    let url = format!("{}?mode=ro", folder.db_url());
    let pool = sqlx::SqlitePool::connect(&url).await.unwrap();
    let n: i64 = sqlx::query_scalar(sql).fetch_one(&pool).await.unwrap();
    pool.close().await;
    n
}

async fn integrity(folder: &Folder) -> String {
    let url = format!("{}?mode=ro", folder.db_url());
    let pool = sqlx::SqlitePool::connect(&url).await.unwrap();
    let rows: Vec<String> = sqlx::query_scalar("PRAGMA integrity_check")
        .fetch_all(&pool)
        .await
        .unwrap();
    pool.close().await;
    rows.join("; ")
}

/// A municipality and a staff invite with room for `uses`; the invite's token.
fn org_and_invite(folder: &Folder, uses: &str) -> String {
    folder.cli(&[
        "org",
        "add",
        "--kind",
        "gemeente",
        "--name",
        "Gemeente Utrecht",
    ]);
    let out = folder.cli(&[
        "invite", "staff", "--org", "1", "--role", "gemeente", "--uses", uses,
    ]);
    out.lines()
        .next()
        .unwrap()
        .rsplit('=')
        .next()
        .unwrap()
        .to_string()
}

/// Telegram unreachable for a while (connections refused, the open long poll broken): what
/// people sent meanwhile waits at Telegram; when it is back, each of them is answered, once.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn when_the_bot_api_comes_back_everything_sent_meanwhile_is_answered_once() {
    let tg = Emulator::start().await;
    let relay = Relay::start(&tg.url()).await;
    let folder = Folder::new();
    let invite = org_and_invite(&folder, "5");
    let bot = folder.spawn_bot(&relay.url(), &[("RUST_LOG", "info")], "outage.log");
    let first = tg.user(3000, "First", Some("en"));
    tg.send_command(&first, ChatTarget::Private, "start");
    each_answered(
        &tg,
        std::slice::from_ref(&first),
        0,
        Duration::from_secs(15),
        &bot.log(),
    )
    .await;

    relay.cut().await;
    let from = tg.sent().len();
    let sanne = tg.user(3001, "Sanne", Some("nl"));
    tg.send_command(&sanne, ChatTarget::Private, &format!("start {invite}"));
    let strangers: Vec<TgUser> = (0..3)
        .map(|i| tg.user(3100 + i, "Someone", Some("en")))
        .collect();
    for s in &strangers {
        tg.send_command(s, ChatTarget::Private, "start");
    }
    tokio::time::sleep(Duration::from_secs(5)).await;
    assert!(
        tg.sent().len() == from,
        "nothing gets through while it is cut"
    );

    relay.restore().await;
    let mut everyone = strangers.clone();
    everyone.push(sanne.clone());
    // teloxide waits 2, 4, 8 … s between failed polls, so allow for its pause.
    each_answered(&tg, &everyone, from, Duration::from_secs(40), &bot.log()).await;
    assert!(tg.quiet_within(Duration::from_secs(10)).await);
    tokio::time::sleep(Duration::from_secs(2)).await;
    let log = bot.stop();
    for u in &everyone {
        let got = messages_to(&tg, u.id, from);
        assert_eq!(
            got.len(),
            1,
            "user {} got {} answers:\n{log}",
            u.id,
            got.len()
        );
    }
    assert_eq!(
        count(&folder, "SELECT COUNT(*) FROM staff").await,
        1,
        "Sanne joined once"
    );
    assert_eq!(count(&folder, "SELECT uses FROM invites").await, 1);
    assert!(
        log.contains("retrying getting updates") || log.contains("error"),
        "{log}"
    );
    assert!(!log.contains("panicked"), "{log}");
}

/// Every join counted in its invite, every recorded update with its effect, integrity ok.
async fn nothing_half_written(folder: &Folder, staff: i64) {
    assert_eq!(integrity(folder).await, "ok");
    assert_eq!(
        count(folder, "SELECT uses FROM invites").await,
        staff,
        "uses = joins"
    );
    assert_eq!(
        count(folder, "SELECT COUNT(*) FROM processed_updates").await,
        staff,
        "every recorded update has its effect, and every effect its update"
    );
}

/// `kill -9` while a crowd of caseworkers join: no half-written row (every join counted in its
/// invite, every recorded update with its effect), `integrity_check` ok; after the restart
/// everybody has joined (the updates fetched but not handled before the kill were kept in the
/// inbox and are handled at the start), nobody is answered twice or joined twice, and the bot
/// serves on.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn after_kill_9_in_the_middle_of_work_nothing_is_half_written_or_done_twice() {
    const CROWD: i64 = 120;
    let tg = Emulator::start().await;
    let folder = Folder::new();
    let invite = org_and_invite(&folder, "500");
    let bot = folder.spawn_bot(&tg.url(), &[], "kill-1.log");
    let first = tg.user(4000, "First", Some("nl"));
    tg.send_command(&first, ChatTarget::Private, &format!("start {invite}"));
    each_answered(
        &tg,
        std::slice::from_ref(&first),
        0,
        Duration::from_secs(15),
        &bot.log(),
    )
    .await;
    assert!(tg.quiet_within(Duration::from_secs(10)).await);
    let per_join = messages_to(&tg, first.id, 0).len();

    let from = tg.sent().len();
    let crowd: Vec<TgUser> = (0..CROWD)
        .map(|i| tg.user(4100 + i, "Collega", Some("nl")))
        .collect();
    for u in &crowd {
        tg.send_command(u, ChatTarget::Private, &format!("start {invite}"));
    }
    // Kill as soon as the first few are answered: in the middle of the crowd.
    let started = Instant::now();
    while tg.sent().len() < from + 5 {
        assert!(started.elapsed() < Duration::from_secs(20), "{}", bot.log());
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    bot.kill9();

    let staff = count(&folder, "SELECT COUNT(*) FROM staff").await;
    assert!(staff < CROWD + 1, "killed before the end ({staff} joined)");
    nothing_half_written(&folder, staff).await;

    let bot = folder.spawn_bot(&tg.url(), &[("RUST_LOG", "info")], "kill-2.log");
    // Telegram delivers again what was not confirmed; the bot serves on.
    let later = tg.user(4999, "Later", Some("nl"));
    let mark = tg.sent().len();
    tg.send_command(&later, ChatTarget::Private, &format!("start {invite}"));
    each_answered(
        &tg,
        std::slice::from_ref(&later),
        mark,
        Duration::from_secs(20),
        &bot.log(),
    )
    .await;
    assert!(tg.quiet_within(Duration::from_secs(10)).await);
    let log = bot.stop();
    let after = count(&folder, "SELECT COUNT(*) FROM staff").await;
    nothing_half_written(&folder, after).await;
    assert_eq!(
        count(&folder, "SELECT COUNT(DISTINCT tg_user_id) FROM staff").await,
        after,
        "nobody joined twice"
    );
    for u in &crowd {
        let got = messages_to(&tg, u.id, from).len();
        assert!(
            got <= per_join,
            "user {} answered twice ({got}):\n{log}",
            u.id
        );
    }
    eprintln!(
        "kill -9: {staff} of {} joined before the kill, {after} after the restart",
        CROWD + 2
    );
    assert_eq!(
        after,
        CROWD + 2,
        "every join sent before the kill is handled after the restart (none lost):\n{log}"
    );
    let waiting = count(&folder, "SELECT COUNT(*) FROM inbox WHERE body IS NOT NULL").await;
    assert_eq!(
        waiting, 0,
        "nothing is left waiting in the inbox, nothing typed is kept"
    );
    assert!(!log.contains("panicked"), "{log}");
}

/// A read-only database (here `?mode=ro`: as root, file permissions do not bind): reading
/// works, the person whose action needs a write is told in their language that nothing was
/// saved, nothing is half-written; with a writable database again the same action works.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_read_only_database_tells_the_person_nothing_was_saved_and_writes_nothing() {
    let tg = Emulator::start().await;
    let folder = Folder::new();
    let invite = org_and_invite(&folder, "5");
    let i18n = I18n::load().unwrap();
    let read_only = format!("{}?mode=ro", folder.db_url());
    let bot = folder.spawn_bot(
        &tg.url(),
        &[("DATABASE_URL", read_only.as_str()), ("RUST_LOG", "info")],
        "ro.log",
    );
    let someone = tg.user(5000, "Someone", Some("en"));
    tg.send_command(&someone, ChatTarget::Private, "start");
    each_answered(
        &tg,
        std::slice::from_ref(&someone),
        0,
        Duration::from_secs(15),
        &bot.log(),
    )
    .await;
    let welcome = i18n.render(Lang::En, &Msg::new("stranger-welcome"));
    assert_eq!(
        messages_to(&tg, someone.id, 0)[0].text.as_deref(),
        Some(welcome.as_str())
    );

    let amira = tg.user(5001, "Amira", Some("ar"));
    tg.send_command(&amira, ChatTarget::Private, &format!("start {invite}"));
    each_answered(
        &tg,
        std::slice::from_ref(&amira),
        0,
        Duration::from_secs(15),
        &bot.log(),
    )
    .await;
    let not_saved = i18n.render(Lang::Ar, &Msg::new("error-not-saved"));
    let got = messages_to(&tg, amira.id, 0);
    assert_eq!(got.len(), 1);
    assert_eq!(
        got[0].text.as_deref(),
        Some(not_saved.as_str()),
        "{}",
        bot.log()
    );
    let log = bot.stop();
    assert!(!log.contains("panicked"), "{log}");

    assert_eq!(integrity(&folder).await, "ok");
    assert_eq!(count(&folder, "SELECT COUNT(*) FROM staff").await, 0);
    assert_eq!(count(&folder, "SELECT uses FROM invites").await, 0);
    assert_eq!(
        count(&folder, "SELECT COUNT(*) FROM processed_updates").await,
        0
    );
    let check = folder
        .command(&["check"], &[("DATABASE_URL", read_only.as_str())])
        .output()
        .unwrap();
    let report = String::from_utf8_lossy(&check.stdout);
    assert!(
        !check.status.success() && report.contains("FAIL database: not writable"),
        "{report}"
    );

    // Writable again: the same link works.
    let bot = folder.spawn_bot(&tg.url(), &[], "rw.log");
    let from = tg.sent().len();
    tg.send_command(&amira, ChatTarget::Private, &format!("start {invite}"));
    each_answered(
        &tg,
        std::slice::from_ref(&amira),
        from,
        Duration::from_secs(15),
        &bot.log(),
    )
    .await;
    assert!(tg.quiet_within(Duration::from_secs(10)).await);
    bot.stop();
    assert_eq!(count(&folder, "SELECT COUNT(*) FROM staff").await, 1);
}

/// Fills `dir` with one file until the file system says it is full; the file's path.
fn fill_up(dir: &std::path::Path) -> std::path::PathBuf {
    use std::io::Write;
    let path = dir.join("filler");
    let mut f = std::fs::File::create(&path).expect("filler");
    let block = vec![0u8; 16 * 1024];
    while f.write_all(&block).and_then(|_| f.flush()).is_ok() {}
    // What is left is less than a block: take it too, byte by byte.
    while f.write_all(&[0]).is_ok() {}
    path
}

/// The disk fills up (here a tmpfs of its own under the database, mounted by the test, which
/// needs root; CI runs as root): reading still works, the person whose action needs a write is
/// told in their language that nothing was saved, nothing is half-written and
/// `integrity_check` stays `ok`; once there is room again the same action works, without a
/// restart.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_full_disk_tells_the_person_nothing_was_saved_and_recovers_when_space_returns() {
    let Some(folder) = Folder::with_small_disk("6m") else {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI must be able to mount a tmpfs (run as root) for the full-disk test"
        );
        eprintln!("skipped: mounting a tmpfs needs root");
        return;
    };
    let tg = Emulator::start().await;
    let invite = org_and_invite(&folder, "5");
    let i18n = I18n::load().unwrap();
    let bot = folder.spawn_bot(&tg.url(), &[("RUST_LOG", "info")], "full.log");
    // Running and answering, before the disk fills.
    let first = tg.user(6000, "First", Some("nl"));
    tg.send_command(&first, ChatTarget::Private, &format!("start {invite}"));
    each_answered(
        &tg,
        std::slice::from_ref(&first),
        0,
        Duration::from_secs(15),
        &bot.log(),
    )
    .await;
    assert!(tg.quiet_within(Duration::from_secs(10)).await);
    assert_eq!(count(&folder, "SELECT COUNT(*) FROM staff").await, 1);

    let filler = fill_up(folder.disk().expect("small disk"));
    let from = tg.sent().len();
    let someone = tg.user(6001, "Someone", Some("en"));
    tg.send_command(&someone, ChatTarget::Private, "start");
    let amira = tg.user(6002, "Amira", Some("ar"));
    tg.send_command(&amira, ChatTarget::Private, &format!("start {invite}"));
    each_answered(
        &tg,
        &[someone.clone(), amira.clone()],
        from,
        Duration::from_secs(20),
        &bot.log(),
    )
    .await;
    assert!(tg.quiet_within(Duration::from_secs(5)).await);
    let welcome = i18n.render(Lang::En, &Msg::new("stranger-welcome"));
    assert_eq!(
        messages_to(&tg, someone.id, from)[0].text.as_deref(),
        Some(welcome.as_str()),
        "reading works on a full disk"
    );
    let not_saved = i18n.render(Lang::Ar, &Msg::new("error-not-saved"));
    let got = messages_to(&tg, amira.id, from);
    assert_eq!(got.len(), 1, "{}", bot.log());
    assert_eq!(
        got[0].text.as_deref(),
        Some(not_saved.as_str()),
        "{}",
        bot.log()
    );
    assert_eq!(integrity(&folder).await, "ok");
    assert_eq!(
        count(&folder, "SELECT COUNT(*) FROM staff").await,
        1,
        "Amira not half-joined"
    );
    assert_eq!(count(&folder, "SELECT uses FROM invites").await, 1);

    // Room again: the same link works, the bot was not restarted.
    std::fs::remove_file(&filler).unwrap();
    let from = tg.sent().len();
    tg.send_command(&amira, ChatTarget::Private, &format!("start {invite}"));
    each_answered(
        &tg,
        std::slice::from_ref(&amira),
        from,
        Duration::from_secs(15),
        &bot.log(),
    )
    .await;
    assert!(tg.quiet_within(Duration::from_secs(10)).await);
    let log = bot.stop();
    assert!(!log.contains("panicked"), "{log}");
    assert_ne!(
        messages_to(&tg, amira.id, from)[0].text.as_deref(),
        Some(not_saved.as_str()),
        "{log}"
    );
    assert_eq!(
        count(&folder, "SELECT COUNT(*) FROM staff").await,
        2,
        "{:?}\n{log}",
        messages_to(&tg, amira.id, from)
    );
    assert_eq!(integrity(&folder).await, "ok");
}
