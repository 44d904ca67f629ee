//! The bot as an IT admin runs it: the `driegesprek run` process against the fake Bot API,
//! stopped the way systemd stops it.

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use driegesprek::domain::Lang;
use driegesprek::i18n::{I18n, Msg};

use crate::fake_telegram::{BOT_USERNAME, ChatTarget, FakeTelegram, Sent, TOKEN};
use crate::support::{button, token_of};

/// `systemctl stop` sends SIGTERM: the bot finishes what it is doing, releases the database and
/// exits cleanly, quickly, and can be started again on the same database.
#[cfg(unix)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_running_service_answers_and_stops_cleanly_on_sigterm() {
    let tg = FakeTelegram::start().await;
    let dir = tempfile::tempdir().expect("temp dir");
    let db = format!("sqlite://{}", dir.path().join("bot.db").display());
    let i18n = I18n::load().expect("locales");
    let welcome = i18n.render(Lang::En, &Msg::new("stranger-welcome"));
    for round in 0..2 {
        let mut child = Command::new(env!("CARGO_BIN_EXE_driegesprek"))
            .arg("run")
            .env("TELOXIDE_TOKEN", TOKEN)
            .env("TELOXIDE_API_URL", tg.url().as_str())
            .env("DATABASE_URL", &db)
            .env("BOT_USERNAME", BOT_USERNAME)
            .env("RUST_LOG", "info")
            .current_dir(dir.path())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("start driegesprek run");
        let someone = tg.user(7000 + round, "Someone", Some("en"));
        let m = tg.mark();
        tg.send_command(&someone, ChatTarget::Private, "start");
        let answer = tg
            .wait_for_since(m, someone.id, |s| s.method == "sendMessage")
            .await;
        assert_eq!(answer.text.as_deref(), Some(welcome.as_str()));

        let term = Command::new("kill")
            .args(["-TERM", &child.id().to_string()])
            .status()
            .expect("kill -TERM");
        assert!(term.success());
        let asked = Instant::now();
        let status = loop {
            if let Some(status) = child.try_wait().expect("wait for the bot") {
                break status;
            }
            if asked.elapsed() > Duration::from_secs(25) {
                let _ = child.kill();
                panic!("the bot did not stop within 25 s of SIGTERM (round {round})");
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        };
        let mut stderr = String::new();
        if let Some(mut err) = child.stderr.take() {
            use std::io::Read;
            let _ = err.read_to_string(&mut stderr);
        }
        assert!(status.success(), "exit {status:?} after SIGTERM:\n{stderr}");
        assert!(
            stderr.contains("stopping"),
            "no word that it stopped:\n{stderr}"
        );
        assert!(!stderr.contains("panicked"), "{stderr}");
    }
}

/// Runs the `driegesprek` binary's admin command line against `db`; its standard output.
fn admin(db: &str, dir: &std::path::Path, args: &[&str]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_driegesprek"))
        .args(args)
        .env("DATABASE_URL", db)
        .env("BOT_USERNAME", BOT_USERNAME)
        .env_remove("TELOXIDE_TOKEN")
        .current_dir(dir)
        .output()
        .expect("run driegesprek");
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// A caseworker opens a case from her team group and types both dates, against the binary
/// `cargo test` builds (a debug build, on tokio's 2 MiB worker stacks): it used to abort with
/// a stack overflow at the last date (issue 18). The process must answer every step and still
/// be running afterwards.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_debug_binary_opens_a_case_in_a_group_with_typed_dates_and_keeps_running() {
    let tg = FakeTelegram::start().await;
    let dir = tempfile::tempdir().expect("temp dir");
    let db = format!("sqlite://{}", dir.path().join("bot.db").display());
    let org = admin(
        &db,
        dir.path(),
        &[
            "org",
            "add",
            "--kind",
            "gemeente",
            "--name",
            "Gemeente Utrecht",
        ],
    );
    let org = org
        .split('\t')
        .next()
        .unwrap_or_default()
        .trim()
        .to_string();
    admin(
        &db,
        dir.path(),
        &["org", "add", "--kind", "coa", "--name", "COA Ter Apel"],
    );
    let invite = admin(
        &db,
        dir.path(),
        &["invite", "staff", "--org", &org, "--role", "gemeente"],
    );
    let invite = token_of(invite.lines().next().unwrap_or_default());
    let i18n = I18n::load().expect("locales");
    // A file, not a pipe: at trace level the log outgrows a pipe's buffer
    // and the bot would block writing it.
    let log = dir.path().join("stderr.log");
    let mut child = Command::new(env!("CARGO_BIN_EXE_driegesprek"))
        .arg("run")
        .env("TELOXIDE_TOKEN", TOKEN)
        .env("TELOXIDE_API_URL", tg.url().as_str())
        .env("DATABASE_URL", &db)
        .env("BOT_USERNAME", BOT_USERNAME)
        .env("RUST_LOG", "trace")
        .current_dir(dir.path())
        .stdout(Stdio::null())
        .stderr(std::fs::File::create(&log).expect("log file"))
        .spawn()
        .expect("start driegesprek run");

    let sanne = tg.user(1001, "Sanne", Some("nl"));
    let team = tg.group(-5001, "Team statushouders");
    let m = tg.mark();
    tg.send_command(&sanne, ChatTarget::Private, &format!("start {invite}"));
    tg.wait_for_since(m, sanne.id, |s| s.method == "sendMessage")
        .await;
    let m = tg.mark();
    tg.bot_added_to_group(&sanne, &team);
    let screen = tg
        .wait_for_since(m, team.id, |s| s.method == "sendMessage")
        .await;
    let m = tg.mark();
    tg.press_button(
        &sanne,
        &team,
        screen.message_id,
        &button(&screen, "Gemeente Utrecht"),
    );
    tg.wait_for_since(m, team.id, |s| s.method == "sendMessage")
        .await;

    let next = |m| tg.wait_for_since(m, team.id, |s: &Sent| s.method == "sendMessage");
    let m = tg.mark();
    tg.send_command(&sanne, &team, "newcase");
    let mut q = next(m).await;
    for answer in ["Amanuel", "GEM-2026-0042"] {
        let m = tg.mark();
        tg.reply_to(&sanne, &team, q.message_id, answer);
        q = next(m).await;
    }
    let m = tg.mark();
    tg.press_button(&sanne, &team, q.message_id, &button(&q, "COA Ter Apel"));
    q = next(m).await;
    for date in ["15-11-2026", "20-06-2027"] {
        let m = tg.mark();
        tg.reply_to(&sanne, &team, q.message_id, date);
        q = next(m).await;
    }
    let summary = q.text.clone().unwrap_or_default();
    assert!(
        summary.contains("GEM-2026-0042") && summary.contains("2027"),
        "{summary}"
    );
    let m = tg.mark();
    tg.press_button(&sanne, &team, q.message_id, &button(&q, "Casus openen"));
    let opened = i18n.render(
        Lang::Nl,
        &Msg::new("case-opened").code("reference", "GEM-2026-0042"),
    );
    tg.wait_for_since(m, team.id, |s| s.text.as_deref() == Some(opened.as_str()))
        .await;

    // Still alive, and still answering someone else.
    assert!(child.try_wait().expect("wait").is_none(), "the bot exited");
    let someone = tg.user(7100, "Someone", Some("en"));
    let welcome = i18n.render(Lang::En, &Msg::new("stranger-welcome"));
    let m = tg.mark();
    tg.send_command(&someone, ChatTarget::Private, "start");
    let answer = tg
        .wait_for_since(m, someone.id, |s| s.method == "sendMessage")
        .await;
    assert_eq!(answer.text.as_deref(), Some(welcome.as_str()));
    let _ = child.kill();
    let _ = child.wait();
    let stderr = std::fs::read_to_string(&log).unwrap_or_default();
    assert!(
        !stderr.contains("overflow") && !stderr.contains("panicked"),
        "{stderr}"
    );
}
