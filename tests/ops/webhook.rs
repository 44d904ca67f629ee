//! Webhook mode (`run --webhook URL --listen ADDR`): the bot registers its URL with a secret
//! token and handles only updates that carry it.

use std::time::{Duration, Instant};

use driegesprek::emulator::Emulator;
use serde_json::{Value, json};

use crate::health::free_port;
use crate::support::Folder;

fn start_update(update_id: i64, user: i64) -> Value {
    json!({
        "update_id": update_id,
        "message": {
            "message_id": update_id,
            "date": 1_764_748_800,
            "chat": {"id": user, "type": "private", "first_name": "Someone"},
            "from": {"id": user, "is_bot": false, "first_name": "Someone", "language_code": "en"},
            "text": "/start",
            "entities": [{"type": "bot_command", "offset": 0, "length": 6}]
        }
    })
}

async fn post(url: &str, secret: Option<&str>, update: &Value) -> u16 {
    let client = reqwest::Client::new();
    let mut request = client.post(url).json(update);
    if let Some(secret) = secret {
        request = request.header("X-Telegram-Bot-Api-Secret-Token", secret);
    }
    request.send().await.unwrap().status().as_u16()
}

fn answers_to(tg: &Emulator, chat: i64) -> usize {
    tg.sent_to(chat)
        .iter()
        .filter(|s| s.method == "sendMessage")
        .count()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_webhook_update_is_handled_only_with_the_right_secret_token() {
    let tg = Emulator::start().await;
    let folder = Folder::new();
    let listen = format!("127.0.0.1:{}", free_port());
    let url = format!("http://{listen}/telegram/hook");
    let bot = folder.spawn_bot(
        &tg.url(),
        &[
            ("WEBHOOK_URL", url.as_str()),
            ("WEBHOOK_LISTEN", listen.as_str()),
        ],
        "webhook.log",
    );
    let started = Instant::now();
    let registered = loop {
        if let Some(call) = tg.calls("setWebhook").into_iter().next() {
            break call;
        }
        assert!(
            started.elapsed() < Duration::from_secs(15),
            "no setWebhook:\n{}",
            bot.log()
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    };
    assert_eq!(registered["url"], url.as_str());
    let secret = registered["secret_token"].as_str().unwrap().to_string();
    assert!(secret.len() >= 32, "a long random secret: {secret:?}");
    // The server answers once the dispatcher runs.
    tokio::time::sleep(Duration::from_millis(300)).await;

    let someone = tg.user(7001, "Someone", Some("en"));
    assert_eq!(post(&url, None, &start_update(1, someone.id)).await, 401);
    assert_eq!(
        post(&url, Some("wrong-secret"), &start_update(2, someone.id)).await,
        401
    );
    assert!(tg.quiet_within(Duration::from_secs(5)).await);
    tokio::time::sleep(Duration::from_millis(500)).await;
    assert_eq!(
        answers_to(&tg, someone.id),
        0,
        "refused updates are not handled"
    );

    assert_eq!(
        post(&url, Some(&secret), &start_update(3, someone.id)).await,
        200
    );
    let started = Instant::now();
    while answers_to(&tg, someone.id) == 0 {
        assert!(
            started.elapsed() < Duration::from_secs(10),
            "no answer:\n{}",
            bot.log()
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert!(
        tg.calls("getUpdates").is_empty(),
        "no long polling in webhook mode"
    );

    let log = bot.stop();
    assert!(!log.contains("panicked"), "{log}");
    assert!(
        !tg.calls("deleteWebhook").is_empty(),
        "the webhook is removed on stop"
    );
    assert_eq!(answers_to(&tg, someone.id), 1);
}

#[test]
fn webhook_needs_both_the_url_and_the_listen_address() {
    let folder = Folder::new();
    let out = folder
        .command(&["run", "--webhook", "https://bot.example.nl/hook"], &[])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success());
    assert!(stderr.contains("--listen"), "{stderr}");
}
