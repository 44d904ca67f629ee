//! `LOG_FORMAT=json`: every line on stderr is one JSON object with a level and a message, and
//! nothing in it names a person, repeats what they typed or shows the token.

use driegesprek::emulator::{ChatTarget, Emulator, Fault};
use serde_json::Value;

use crate::support::{Folder, SECRET, TOKEN};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn json_logs_are_one_object_per_line_with_ids_and_no_names_texts_or_token() {
    let tg = Emulator::start().await;
    let folder = Folder::new();
    let org = folder.cli(&[
        "org",
        "add",
        "--kind",
        "gemeente",
        "--name",
        "Gemeente Utrecht",
    ]);
    let org = org.split('\t').next().unwrap_or_default().to_string();
    let link = folder.cli(&["invite", "staff", "--org", &org, "--role", "gemeente"]);
    let invite = link
        .lines()
        .next()
        .unwrap()
        .rsplit('=')
        .next()
        .unwrap()
        .to_string();

    let bot = folder.spawn_bot(
        &tg.url(),
        &[
            ("LOG_FORMAT", "json"),
            ("RUST_LOG", "info,driegesprek=debug"),
        ],
        "json.log",
    );
    // A caseworker joins with her invite (logged: "invite redeemed", with ids).
    let sanne = tg.user(1001, "Sanne Zwaneveld", Some("nl"));
    tg.send_command(&sanne, ChatTarget::Private, &format!("start {invite}"));
    tg.wait_for(sanne.id, |s| s.method == "sendMessage").await;
    // A stranger types his name and a wrong invite (logged: a failed try, with his id).
    let stranger = tg.user(2002, "Amanuel Tesfamariam", Some("ti"));
    let m = tg.mark();
    tg.send_text(
        &stranger,
        ChatTarget::Private,
        "ሰላም ኣነ Amanuel Tesfamariam እየ",
    );
    tg.wait_for_since(m, stranger.id, |s| s.method == "sendMessage")
        .await;
    let m = tg.mark();
    tg.send_command(
        &stranger,
        ChatTarget::Private,
        "start Wrong-invite-Tesfamariam",
    );
    tg.wait_for_since(m, stranger.id, |s| s.method == "sendMessage")
        .await;
    // Telegram refuses an answer (logged: "send failed", with the error).
    tg.fail_next(
        "sendMessage",
        stranger.id,
        Fault::Api {
            status: 400,
            description: "Bad Request: chat not found".into(),
        },
    );
    tg.send_command(&stranger, ChatTarget::Private, "help");
    assert!(tg.quiet_within(std::time::Duration::from_secs(10)).await);
    let log = bot.stop();

    let lines: Vec<&str> = log.lines().collect();
    assert!(lines.len() >= 4, "too few log lines:\n{log}");
    let mut messages = Vec::new();
    for line in &lines {
        let v: Value =
            serde_json::from_str(line).unwrap_or_else(|e| panic!("not JSON ({e}): {line}"));
        assert!(
            v["timestamp"].is_string() && v["level"].is_string(),
            "{line}"
        );
        messages.push(v["message"].as_str().unwrap_or_default().to_string());
        for never in [
            "Sanne",
            "Zwaneveld",
            "Amanuel",
            "Tesfamariam",
            "ሰላም",
            "Gemeente Utrecht",
            SECRET,
            TOKEN,
            invite.as_str(),
        ] {
            assert!(!line.contains(never), "{never:?} in a log line: {line}");
        }
    }
    let has = |needle: &str| messages.iter().any(|m| m.contains(needle));
    for expected in [
        "bot started",
        "invite redeemed",
        "invite try failed",
        "send failed",
        "stopping",
    ] {
        assert!(has(expected), "no {expected:?} line in:\n{log}");
    }
    // Ids are fields of their own, as numbers.
    let started: Value = lines
        .iter()
        .filter_map(|l| serde_json::from_str::<Value>(l).ok())
        .find(|v| {
            v["message"]
                .as_str()
                .is_some_and(|m| m.contains("bot started"))
        })
        .unwrap();
    assert_eq!(started["bot_id"], 123456);
    let redeemed: Value = lines
        .iter()
        .filter_map(|l| serde_json::from_str::<Value>(l).ok())
        .find(|v| v["message"] == "invite redeemed")
        .unwrap();
    assert_eq!(redeemed["user"], 1001);
}

#[test]
fn an_unknown_log_format_is_one_clear_line() {
    let folder = Folder::new();
    let out = folder
        .command(&["check"], &[("LOG_FORMAT", "xml")])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success());
    assert_eq!(stderr.trim().lines().count(), 1, "{stderr}");
    assert!(
        stderr.contains("LOG_FORMAT must be text or json"),
        "{stderr}"
    );
}
