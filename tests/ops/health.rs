//! `HEALTH_LISTEN`: what a monitor or an orchestrator's probe sees of the running bot.

use std::time::{Duration, Instant};

use driegesprek::emulator::{Emulator, Fault};
use serde_json::Value;

use crate::support::Folder;

/// A port on 127.0.0.1 that was free a moment ago.
pub fn free_port() -> u16 {
    let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    l.local_addr().unwrap().port()
}

async fn get(url: &str) -> Option<(u16, Value)> {
    let client = reqwest::Client::builder()
        .timeout(Duration::from_secs(10))
        .build()
        .ok()?;
    let response = client.get(url).send().await.ok()?;
    let status = response.status().as_u16();
    Some((status, response.json().await.ok()?))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_health_endpoint_says_ok_and_names_telegram_when_it_is_unreachable() {
    let tg = Emulator::start().await;
    let folder = Folder::new();
    let addr = format!("127.0.0.1:{}", free_port());
    let bot = folder.spawn_bot(&tg.url(), &[("HEALTH_LISTEN", addr.as_str())], "health.log");
    let live = format!("http://{addr}/live");
    let health = format!("http://{addr}/health");

    let started = Instant::now();
    let first = loop {
        if let Some(answer) = get(&live).await {
            break answer;
        }
        assert!(
            started.elapsed() < Duration::from_secs(15),
            "no answer on {live}: {}",
            bot.log()
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    };
    assert_eq!(first.0, 200, "{}", first.1);
    assert_eq!(first.1["status"], "ok");
    assert_eq!(first.1["database"], "ok");
    assert_eq!(first.1["updates"], "ok");
    assert_eq!(first.1["reminders"], "ok");

    let (code, body) = get(&health).await.unwrap();
    assert_eq!(
        (code, body["telegram"].as_str()),
        (200, Some("ok")),
        "{body}"
    );

    // Telegram unreachable: /health says so with 503, /live (the process itself) stays 200.
    tg.fail_next("getMe", 0, Fault::DropConnection);
    let (code, body) = get(&health).await.unwrap();
    assert_eq!(code, 503, "{body}");
    assert_eq!(body["status"], "failing");
    assert_eq!(body["telegram"], "unreachable");
    assert_eq!(body["database"], "ok");
    let (code, _) = get(&live).await.unwrap();
    assert_eq!(code, 200);
    // Back again.
    let (code, body) = get(&health).await.unwrap();
    assert_eq!(code, 200, "{body}");
    let log = bot.stop();
    assert!(!log.contains("panicked"), "{log}");
}

#[test]
fn a_wrong_health_address_stops_the_start_with_one_line() {
    let folder = Folder::new();
    let out = folder
        .command(
            &["run"],
            &[("HEALTH_LISTEN", "localhost"), ("TELOXIDE_TOKEN", "1:A")],
        )
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success());
    assert_eq!(stderr.trim().lines().count(), 1, "{stderr}");
    assert!(
        stderr.contains("HEALTH_LISTEN is not an address"),
        "{stderr}"
    );

    let taken = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = taken.local_addr().unwrap().to_string();
    let out = folder
        .command(
            &["run"],
            &[("HEALTH_LISTEN", addr.as_str()), ("TELOXIDE_TOKEN", "1:A")],
        )
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("cannot listen there"), "{stderr}");
    assert!(!folder.db_file().exists(), "nothing started");
}
