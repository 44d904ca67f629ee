//! The bot as an IT admin runs it: the `driegesprek run` process against the fake Bot API,
//! stopped the way systemd stops it.

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use driegesprek::domain::Lang;
use driegesprek::i18n::{I18n, Msg};

use crate::fake_telegram::{BOT_USERNAME, ChatTarget, FakeTelegram, TOKEN};

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
