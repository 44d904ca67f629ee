//! A stand-in for the Telegram Bot API, in memory, on 127.0.0.1 (issue 13): users, chats,
//! groups and messages, the methods the bot uses (method names matched case-insensitively, as
//! Telegram does), long polling with `getUpdates`, multipart uploads, and Telegram's own
//! refusals (too long texts and captions, bad reply markup, callback data over 64 bytes,
//! "message is not modified"). The end-to-end tests and `driegesprek playground` both run the
//! real bot against it: `Bot::new(TOKEN).set_api_url(emulator.url())`.
//!
//! Clients (a test, or the playground's page) push what a Telegram app would send: a user
//! writes, replies, presses a button, adds the bot to a group. The bot fetches those updates
//! with `getUpdates`, and clients read back what it sent (`sent`, `wait_for`, `chat_messages`).
//! Answers are complete objects, because teloxide parses them strictly.
//!
//! Like the real Bot API in privacy mode, group messages reach the bot only when they are
//! commands, replies to the bot or mention it (`set_privacy_mode(false)` turns this off).
//!
//! It depends on nothing else in the crate: it is Telegram, not a part of the bot.

mod client;
mod messages;
mod observe;
mod refusals;
mod server;
mod state;
mod upload;

use std::net::{Ipv4Addr, SocketAddr};
use std::sync::{Arc, Mutex, MutexGuard};

use serde_json::{Value, json};
use tokio::sync::{Notify, watch};

pub use client::ClientError;
use state::State;

pub const TOKEN: &str = "123456:TEST";
pub const BOT_ID: i64 = 123456;
pub const BOT_USERNAME: &str = "driegesprek_test_bot";

/// A Telegram user. A private chat with them has the user's id.
#[derive(Clone, Debug)]
pub struct TgUser {
    pub id: i64,
    pub first_name: String,
    /// What the user's Telegram app sends as its interface language (`language_code`).
    pub language_code: Option<String>,
    pub username: Option<String>,
}

/// A group chat (negative id; ids below -1e12, like -100…, are supergroups).
#[derive(Clone, Debug)]
pub struct TgChat {
    pub id: i64,
    pub title: String,
}

/// Where a user's message goes: their private chat with the bot, or a group (`&group`).
#[derive(Clone, Debug)]
pub enum ChatTarget {
    Private,
    Group(TgChat),
}

impl From<&TgChat> for ChatTarget {
    fn from(chat: &TgChat) -> Self {
        ChatTarget::Group(chat.clone())
    }
}

/// A scripted failure for the next call of a method to a chat (see `fail_next`).
#[derive(Clone, Debug)]
pub enum Fault {
    /// HTTP 429 with `parameters.retry_after`; teloxide turns it into `RequestError::RetryAfter`.
    TooManyRequests { retry_after: u32 },
    /// HTTP 500. Note: teloxide sleeps 10 s on any 5xx before it reports the error.
    ServerError,
    /// HTTP 403 "Forbidden: bot was blocked by the user" (`ApiError::BotBlocked`).
    Blocked,
    /// Headers go out, then the connection breaks (`RequestError::Network`).
    DropConnection,
    /// Any other error answer, e.g. 400 "Bad Request: chat not found".
    Api { status: u16, description: String },
}

/// One message-level action of the bot: a send, an edit or a deletion.
#[derive(Clone, Debug)]
pub struct Sent {
    /// Canonical Bot API name, e.g. `sendMessage` (teloxide sends `SendMessage`).
    pub method: String,
    pub chat_id: i64,
    pub message_id: i32,
    /// The text or caption exactly as sent (HTML tags included).
    pub text: Option<String>,
    pub reply_markup: Option<Value>,
    pub file_name: Option<String>,
    pub file_bytes: Option<Vec<u8>>,
    /// The request parameters (multipart text fields as strings, JSON fields parsed).
    pub raw: Value,
}

impl Sent {
    /// `(text, callback_data or url)` of every keyboard button, row by row.
    pub fn buttons(&self) -> Vec<(String, String)> {
        self.reply_markup.as_ref().map(buttons).unwrap_or_default()
    }
}

/// `(text, callback_data or url)` of every button of a reply markup, row by row.
pub fn buttons(markup: &Value) -> Vec<(String, String)> {
    let rows = markup
        .get("inline_keyboard")
        .or_else(|| markup.get("keyboard"));
    let buttons = rows.and_then(Value::as_array).into_iter().flatten();
    let buttons = buttons.filter_map(Value::as_array).flatten();
    let field = |b: &Value, k: &str| b.get(k).and_then(Value::as_str).map(str::to_owned);
    buttons
        .map(|b| {
            let target = field(b, "callback_data").or_else(|| field(b, "url"));
            (
                field(b, "text").unwrap_or_default(),
                target.unwrap_or_default(),
            )
        })
        .collect()
}

/// What the bot answered to a button press (`answerCallbackQuery`), for the one who pressed.
#[derive(Clone, Debug)]
pub struct CallbackAnswer {
    pub callback_id: String,
    pub user_id: i64,
    pub chat_id: i64,
    pub text: Option<String>,
    pub show_alert: bool,
}

/// A position in the list of sent messages, to wait only for what comes after it.
#[derive(Clone, Copy, Debug)]
pub struct Mark(usize);

/// The emulator: cheap to clone, every clone is the same Telegram.
#[derive(Clone)]
pub struct Emulator {
    inner: Arc<Inner>,
}

struct Inner {
    state: Mutex<State>,
    new_update: Notify,
    /// Counts every change a chat's reader could see (for the playground's live page).
    changes: watch::Sender<u64>,
    url: url::Url,
}

impl Emulator {
    /// Starts the server on 127.0.0.1 with a free port, in the current tokio runtime. For
    /// tests: panics when no port can be had.
    pub async fn start() -> Emulator {
        match Emulator::bind(0).await {
            Ok(emulator) => emulator,
            Err(e) => panic!("the Bot API emulator cannot listen on 127.0.0.1: {e}"),
        }
    }

    /// Starts the server on 127.0.0.1 and `port` (0: any free one). It never listens on any
    /// other address.
    pub async fn bind(port: u16) -> std::io::Result<Emulator> {
        let listener =
            tokio::net::TcpListener::bind(SocketAddr::from((Ipv4Addr::LOCALHOST, port))).await?;
        let addr = listener.local_addr()?;
        let url = url::Url::parse(&format!("http://{addr}/")).map_err(std::io::Error::other)?;
        let inner = Inner {
            state: Mutex::default(),
            new_update: Notify::new(),
            changes: watch::channel(0).0,
            url,
        };
        let emulator = Emulator {
            inner: Arc::new(inner),
        };
        let app = server::router(emulator.clone());
        tokio::spawn(async move {
            if let Err(e) = axum::serve(listener, app).await {
                tracing::error!(error = %e, "the Bot API emulator stopped");
            }
        });
        Ok(emulator)
    }

    /// The base URL for `Bot::set_api_url` (`reqwest::Url` is `url::Url`).
    pub fn url(&self) -> url::Url {
        self.inner.url.clone()
    }

    /// A plain teloxide bot pointed at this server.
    pub fn bot(&self) -> teloxide::Bot {
        teloxide::Bot::new(TOKEN).set_api_url(self.url())
    }

    fn st(&self) -> MutexGuard<'_, State> {
        self.inner
            .state
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Tells long polling and the watchers of `changes` that something happened.
    fn changed(&self) {
        self.inner.new_update.notify_waiters();
        self.inner.changes.send_modify(|n| *n += 1);
    }

    /// A receiver that sees every change a reader of some chat could notice.
    pub fn changes(&self) -> watch::Receiver<u64> {
        self.inner.changes.subscribe()
    }

    /// Makes (or updates) a user; their Telegram app speaks `language_code`.
    pub fn user(&self, id: i64, first_name: &str, language_code: Option<&str>) -> TgUser {
        let user = TgUser {
            id,
            first_name: first_name.to_owned(),
            language_code: language_code.map(str::to_owned),
            username: None,
        };
        self.st().users.insert(id, user.clone());
        self.changed();
        user
    }

    /// A user made before, as they are now.
    pub fn find_user(&self, id: i64) -> Option<TgUser> {
        self.st().users.get(&id).cloned()
    }

    pub fn group(&self, id: i64, title: &str) -> TgChat {
        let kind = if id < -1_000_000_000_000 {
            "supergroup"
        } else {
            "group"
        };
        self.st()
            .chats
            .insert(id, json!({"id": id, "type": kind, "title": title}));
        TgChat {
            id,
            title: title.to_owned(),
        }
    }

    /// A group made before.
    pub fn find_group(&self, id: i64) -> Option<TgChat> {
        let st = self.st();
        let chat = st.chats.get(&id)?;
        let title = chat.get("title").and_then(Value::as_str)?;
        Some(TgChat {
            id,
            title: title.to_owned(),
        })
    }

    /// When on (the default), group messages that are no command, no reply to the bot and no
    /// mention of it are not delivered, as with the real Bot API.
    pub fn set_privacy_mode(&self, on: bool) {
        self.st().read_all_group_messages = !on;
    }

    /// Scripts the answer to the next `method` call for `chat_id` (0: calls without a chat).
    pub fn fail_next(&self, method: &str, chat_id: i64, fault: Fault) {
        let key = (method.to_ascii_lowercase(), chat_id);
        self.st().faults.entry(key).or_default().push_back(fault);
    }
}
