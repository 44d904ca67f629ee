//! What the page shows, as one JSON document: the clock, the people, every chat's messages as
//! a Telegram app would show them (text, buttons, files, what they reply to), the answers to
//! button presses; and the moves of the clock.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use chrono::{DateTime, Duration, Utc};
use chrono_tz::Europe::Amsterdam;
use serde_json::{Value, json};
use tokio::sync::watch;

use super::cast::{PEOPLE, TEAM_ID, TEAM_TITLE};
use crate::clock::{Clock, ManualClock};
use crate::emulator::{Emulator, Sent};
use crate::store::{self, SqlitePool};

/// The running playground, shared by the page's handlers.
#[derive(Clone)]
pub struct Playground {
    pub tg: Emulator,
    clock: Arc<ManualClock>,
    pool: SqlitePool,
    clock_moved: Arc<watch::Sender<u64>>,
    bot_in_group: Arc<AtomicBool>,
}

/// How far "⏩ skip time" moves the clock.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Skip {
    Hour,
    Day,
    /// To the moment the next pending reminder or notice is due.
    NextReminder,
}

impl Playground {
    pub fn new(tg: Emulator, clock: Arc<ManualClock>, pool: SqlitePool) -> Playground {
        tg.group(TEAM_ID, TEAM_TITLE);
        for p in PEOPLE {
            tg.user(p.id, p.name, p.telegram_lang);
        }
        Playground {
            tg,
            clock,
            pool,
            clock_moved: Arc::new(watch::channel(0).0),
            bot_in_group: Arc::new(AtomicBool::new(false)),
        }
    }

    pub fn now(&self) -> DateTime<Utc> {
        self.clock.now()
    }

    pub fn clock(&self) -> Arc<ManualClock> {
        self.clock.clone()
    }

    pub fn pool(&self) -> &SqlitePool {
        &self.pool
    }

    /// Moves the clock; `false` when there is no reminder to skip to.
    pub async fn skip(&self, skip: Skip) -> anyhow::Result<bool> {
        let now = self.clock.now();
        let to = match skip {
            Skip::Hour => now + Duration::hours(1),
            Skip::Day => now + Duration::days(1),
            Skip::NextReminder => {
                let mut conn = self.pool.acquire().await?;
                match store::outbox::next_due_after(&mut conn, now).await? {
                    Some(at) => at,
                    None => return Ok(false),
                }
            }
        };
        self.clock.set(to);
        tracing::info!(to = %to, "playground clock moved");
        self.clock_moved.send_modify(|n| *n += 1);
        Ok(true)
    }

    /// Adds the bot to the team group, as Sanne, once.
    pub fn add_bot_to_group(&self) -> bool {
        if self.bot_in_group.swap(true, Ordering::SeqCst) {
            return false;
        }
        let Some(sanne) = self.tg.find_user(super::cast::SANNE.id) else {
            return false;
        };
        let Some(team) = self.tg.find_group(TEAM_ID) else {
            return false;
        };
        self.tg.bot_added_to_group(&sanne, &team);
        true
    }

    /// Receivers that change with every chat and with the clock.
    pub fn changes(&self) -> (watch::Receiver<u64>, watch::Receiver<u64>) {
        (self.tg.changes(), self.clock_moved.subscribe())
    }

    /// Everything the page shows, as one JSON document.
    pub async fn snapshot(&self) -> Value {
        let now = self.clock.now();
        let next = match self.pool.acquire().await {
            Ok(mut conn) => store::outbox::next_due_after(&mut conn, now)
                .await
                .ok()
                .flatten(),
            Err(_) => None,
        };
        let people: Vec<Value> = PEOPLE
            .iter()
            .map(|p| {
                let lang = self.tg.find_user(p.id).and_then(|u| u.language_code);
                json!({"id": p.id, "name": p.name, "role": p.role, "about": p.about,
                    "telegram_lang": lang, "messages": self.chat(p.id)})
            })
            .collect();
        let answers: Vec<Value> = self
            .tg
            .callback_answers()
            .into_iter()
            .filter_map(|a| {
                let text = a.text?;
                Some(
                    json!({"id": a.callback_id, "user": a.user_id, "chat": a.chat_id,
                    "text": text, "alert": a.show_alert}),
                )
            })
            .collect();
        json!({
            "now": now.to_rfc3339(),
            "now_local": now.with_timezone(&Amsterdam).format("%a %d-%m-%Y %H:%M").to_string(),
            "next_due": next.map(|t| t.with_timezone(&Amsterdam).format("%a %d-%m %H:%M").to_string()),
            "people": people,
            "group": {"id": TEAM_ID, "title": TEAM_TITLE,
                "bot_member": self.bot_in_group.load(Ordering::SeqCst),
                "messages": self.chat(TEAM_ID)},
            "answers": answers,
        })
    }

    /// One chat's messages as the page draws them.
    fn chat(&self, chat_id: i64) -> Vec<Value> {
        let sent = self.tg.sent_to(chat_id);
        self.tg
            .chat_messages(chat_id)
            .iter()
            .map(|m| message(chat_id, m, &sent))
            .collect()
    }
}

/// A Bot API message, reduced to what a chat app draws.
fn message(chat_id: i64, m: &Value, sent: &[Sent]) -> Value {
    let id = m.get("message_id").and_then(Value::as_i64).unwrap_or(0);
    let from = m.get("from");
    let from_bot = from
        .and_then(|f| f.get("is_bot"))
        .and_then(Value::as_bool)
        .unwrap_or(false);
    let name = from.and_then(|f| f.get("first_name")).cloned();
    let text = m.get("text").or_else(|| m.get("caption")).cloned();
    let rows: Vec<Vec<Value>> = m
        .pointer("/reply_markup/inline_keyboard")
        .and_then(Value::as_array)
        .map(|rows| {
            rows.iter()
                .filter_map(Value::as_array)
                .map(|row| row.iter().map(button).collect())
                .collect()
        })
        .unwrap_or_default();
    // A ForceReply is not echoed in the message; the request that sent it shows it.
    let force_reply = sent.iter().any(|s| {
        s.message_id as i64 == id
            && s.method == "sendMessage"
            && s.raw
                .pointer("/reply_markup/force_reply")
                .is_some_and(|v| v.as_bool() == Some(true) || v.as_str() == Some("true"))
    });
    let file = file(chat_id, id, m);
    let reply_to = m.get("reply_to_message").map(|r| {
        json!({"id": r.get("message_id"),
            "text": r.get("text").or_else(|| r.get("caption"))})
    });
    let joined = m.get("new_chat_members").is_some();
    json!({"id": id, "from_bot": from_bot, "from": name, "text": text, "buttons": rows,
        "force_reply": force_reply, "file": file, "reply_to": reply_to,
        "edited": m.get("edit_date").is_some(), "bot_added": joined})
}

fn button(b: &Value) -> Value {
    json!({"text": b.get("text"), "data": b.get("callback_data"), "url": b.get("url")})
}

fn file(chat_id: i64, id: i64, m: &Value) -> Option<Value> {
    let url = format!("/api/file/{chat_id}/{id}");
    if m.get("photo").is_some() {
        return Some(json!({"kind": "photo", "name": "photo.png", "url": url}));
    }
    let doc = m.get("document")?;
    Some(json!({"kind": "document", "name": doc.get("file_name"), "url": url}))
}
