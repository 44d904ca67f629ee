//! A fake Telegram Bot API server for the end-to-end tests.
//!
//! The bot under test talks to it through `FakeTelegram::bot()` (or
//! `Bot::new(TOKEN).set_api_url(fake.url())`). Tests push updates (a user writes, presses a
//! button, adds the bot to a group), the real dispatcher fetches them with `getUpdates`, and the
//! tests read back what the bot sent. Answers are complete objects, because teloxide parses them
//! strictly; a malformed `Message` silently turns into an empty one rather than failing.
//!
//! Like the real Bot API in privacy mode, group messages reach the bot only when they are
//! commands, replies to the bot or mention it (`set_privacy_mode(false)` turns this off).

#![allow(dead_code)] // a toolbox for every e2e module; no single test uses all of it

use std::collections::{HashMap, VecDeque};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use axum::Router;
use axum::body::{Body, Bytes};
use axum::extract::{DefaultBodyLimit, FromRequest, Multipart, Path, Request, State as Shared};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Json, Response};
use axum::routing::post;
use serde_json::{Map, Value, json};
use tokio::sync::Notify;

pub const TOKEN: &str = "123456:TEST";
pub const BOT_ID: i64 = 123456;
pub const BOT_USERNAME: &str = "driegesprek_test_bot";
const WAIT_LIMIT: Duration = Duration::from_secs(10);
const POLL_EVERY: Duration = Duration::from_millis(10);
const QUIET_FOR: Duration = Duration::from_millis(150);
const UPLOAD_LIMIT: usize = 50 * 1024 * 1024;
/// Multipart text fields that carry JSON (every other field stays a string).
const JSON_FIELDS: [&str; 5] = [
    "reply_markup",
    "reply_parameters",
    "caption_entities",
    "entities",
    "link_preview_options",
];
const NOT_MODIFIED: &str = "message is not modified: specified new message content \
    and reply markup are exactly the same as a current content and reply markup of the message";

/// A Telegram user the test plays. A private chat with them has the user's id.
#[derive(Clone, Debug)]
pub struct TgUser {
    pub id: i64,
    pub first_name: String,
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
        let markup = self.reply_markup.as_ref();
        let rows = markup.and_then(|m| m.get("inline_keyboard").or_else(|| m.get("keyboard")));
        let buttons = rows.and_then(Value::as_array).into_iter().flatten();
        let buttons = buttons.filter_map(Value::as_array).flatten();
        let field = |b: &Value, k: &str| b[k].as_str().map(str::to_owned);
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
}

/// A position in the list of sent messages, to wait only for what comes after it.
#[derive(Clone, Copy, Debug)]
pub struct Mark(usize);

#[derive(Clone)]
pub struct FakeTelegram {
    inner: Arc<Inner>,
}

struct Inner {
    state: Mutex<State>,
    new_update: Notify,
    url: url::Url,
}

type Files = HashMap<String, (Option<String>, Vec<u8>)>;

#[derive(Default)]
struct State {
    next_update_id: u32,
    updates: VecDeque<(u32, Value)>,
    last_message_id: HashMap<i64, i32>,
    users: HashMap<i64, TgUser>,
    chats: HashMap<i64, Value>,
    messages: HashMap<(i64, i32), Value>,
    sent: Vec<Sent>,
    calls: Vec<(String, Value)>,
    log: Vec<String>,
    faults: HashMap<(String, i64), VecDeque<Fault>>,
    last_activity: Option<Instant>,
    callbacks: u32,
    read_all_group_messages: bool,
}

impl FakeTelegram {
    /// Starts the server on 127.0.0.1 with a free port, in the current tokio runtime.
    pub async fn start() -> FakeTelegram {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind 127.0.0.1:0");
        let addr = listener
            .local_addr()
            .expect("local address of the fake Bot API");
        let url = url::Url::parse(&format!("http://{addr}/")).expect("url of the fake Bot API");
        let inner = Inner {
            state: Mutex::default(),
            new_update: Notify::new(),
            url,
        };
        let fake = FakeTelegram {
            inner: Arc::new(inner),
        };
        let app = Router::new()
            .route("/{token}/{method}", post(handle))
            .fallback(|| async { api_error(StatusCode::NOT_FOUND, "Not Found", None) })
            .layer(DefaultBodyLimit::max(UPLOAD_LIMIT))
            .with_state(fake.clone());
        tokio::spawn(async move {
            axum::serve(listener, app)
                .await
                .expect("fake Bot API server")
        });
        fake
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

    pub fn user(&self, id: i64, first_name: &str, language_code: Option<&str>) -> TgUser {
        let user = TgUser {
            id,
            first_name: first_name.to_owned(),
            language_code: language_code.map(str::to_owned),
            username: None,
        };
        self.st().users.insert(id, user.clone());
        user
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

    // ---- updates pushed by the test ----

    /// A text message; text starting with '/' gets a `bot_command` entity. Returns its id.
    pub fn send_text(&self, user: &TgUser, chat: impl Into<ChatTarget>, text: &str) -> i32 {
        let mut content = json!({ "text": text });
        if text.starts_with('/') {
            let length = text
                .split_whitespace()
                .next()
                .unwrap_or(text)
                .encode_utf16()
                .count();
            content["entities"] = json!([{"type": "bot_command", "offset": 0, "length": length}]);
        }
        self.push_message(user, chat.into(), content, "message")
    }

    /// `/cmd args`; in a group the command is addressed as `/cmd@driegesprek_test_bot`.
    pub fn send_command(&self, user: &TgUser, chat: impl Into<ChatTarget>, command: &str) -> i32 {
        let chat = chat.into();
        let command = format!("/{}", command.trim_start_matches('/'));
        let (word, rest) = command.split_once(' ').unwrap_or((&command, ""));
        let text = match chat {
            ChatTarget::Group(_) if !word.contains('@') => format!("{word}@{BOT_USERNAME} {rest}"),
            _ => command.clone(),
        };
        self.send_text(user, chat, text.trim_end())
    }

    /// A text reply to an earlier message (usually the bot's), quoted in full.
    pub fn reply_to(
        &self,
        user: &TgUser,
        chat: impl Into<ChatTarget>,
        reply_to: i32,
        text: &str,
    ) -> i32 {
        let chat = chat.into();
        let mut quoted = self.message(user, &chat, reply_to);
        if let Some(q) = quoted.as_object_mut() {
            q.remove("reply_to_message");
        }
        let content = json!({"text": text, "reply_to_message": quoted});
        self.push_message(user, chat, content, "message")
    }

    /// A user presses an inline button under message `message_id`. Returns the callback id.
    pub fn press_button(
        &self,
        user: &TgUser,
        chat: impl Into<ChatTarget>,
        message_id: i32,
        data: &str,
    ) -> String {
        let chat = chat.into();
        let message = self.message(user, &chat, message_id);
        let mut st = self.st();
        st.callbacks += 1;
        let id = format!("cb{}", st.callbacks);
        let query = json!({
            "id": id, "from": user_json(user), "message": message,
            "chat_instance": format!("ci{}", message["chat"]["id"]), "data": data,
        });
        st.log.push(format!(
            "<- callback_query {id} chat={} message_id={message_id} {data:?}",
            message["chat"]["id"]
        ));
        st.push_update("callback_query", query);
        drop(st);
        self.inner.new_update.notify_waiters();
        id
    }

    pub fn send_sticker(&self, user: &TgUser, chat: impl Into<ChatTarget>) -> i32 {
        let sticker = json!({"file_id": "sticker-1", "file_unique_id": "s1", "file_size": 1024,
            "type": "regular", "width": 512, "height": 512, "is_animated": false,
            "is_video": false, "emoji": "👍"});
        self.push_message(user, chat.into(), json!({ "sticker": sticker }), "message")
    }

    pub fn send_photo_msg(
        &self,
        user: &TgUser,
        chat: impl Into<ChatTarget>,
        caption: Option<&str>,
    ) -> i32 {
        let photo = photo_sizes("user-photo", 2048);
        self.push_message(
            user,
            chat.into(),
            json!({"photo": photo, "caption": caption}),
            "message",
        )
    }

    pub fn send_voice(&self, user: &TgUser, chat: impl Into<ChatTarget>) -> i32 {
        let voice = json!({"file_id": "voice-1", "file_unique_id": "v1", "file_size": 4096,
            "duration": 3, "mime_type": "audio/ogg"});
        self.push_message(user, chat.into(), json!({ "voice": voice }), "message")
    }

    /// The user edits their earlier text message (an `edited_message` update).
    pub fn edit_text(
        &self,
        user: &TgUser,
        chat: impl Into<ChatTarget>,
        message_id: i32,
        new_text: &str,
    ) {
        let chat = chat.into();
        let mut message = self.message(user, &chat, message_id);
        message["text"] = json!(new_text);
        message["edit_date"] = json!(now());
        let mut st = self.st();
        st.messages.insert(
            (message["chat"]["id"].as_i64().unwrap_or(0), message_id),
            message.clone(),
        );
        if st.delivered(&message) {
            st.push_update("edited_message", message);
        }
        drop(st);
        self.inner.new_update.notify_waiters();
    }

    /// `my_chat_member` (left → member) plus the service message with `new_chat_members`.
    /// Returns the id of that service message.
    pub fn bot_added_to_group(&self, user: &TgUser, group: &TgChat) -> i32 {
        self.push_my_chat_member(user, group, "left", "member");
        let content = json!({ "new_chat_members": [bot_user()] });
        self.push_message(user, ChatTarget::from(group), content, "message")
    }

    /// `user` removes the bot from the group: a `my_chat_member` update (member → kicked, or
    /// member → left when `kicked` is false). As with the real Bot API, no service message
    /// reaches the bot, which is no longer in the group.
    pub fn bot_removed_from_group(&self, user: &TgUser, group: &TgChat, kicked: bool) {
        let new = if kicked { "kicked" } else { "left" };
        self.push_my_chat_member(user, group, "member", new);
    }

    /// A change of the bot's own membership in a group (`my_chat_member`).
    fn push_my_chat_member(&self, user: &TgUser, group: &TgChat, old: &str, new: &str) {
        let member = |status: &str| {
            let mut m = json!({"user": bot_user(), "status": status});
            if status == "kicked" {
                m["until_date"] = json!(0);
            }
            m
        };
        let mut st = self.st();
        let chat = st.chat_json(group.id);
        let update = json!({"chat": chat, "from": user_json(user), "date": now(),
            "old_chat_member": member(old), "new_chat_member": member(new)});
        st.log.push(format!(
            "<- my_chat_member chat={} {old} -> {new}",
            group.id
        ));
        st.push_update("my_chat_member", update);
        drop(st);
        self.inner.new_update.notify_waiters();
    }

    fn message(&self, user: &TgUser, chat: &ChatTarget, message_id: i32) -> Value {
        let chat_id = chat_id_of(user, chat);
        let found = self.st().messages.get(&(chat_id, message_id)).cloned();
        found.unwrap_or_else(|| {
            panic!(
                "no message {message_id} in chat {chat_id}\n{}",
                self.dump_chat(chat_id)
            )
        })
    }

    fn push_message(&self, user: &TgUser, chat: ChatTarget, content: Value, kind: &str) -> i32 {
        let mut st = self.st();
        st.users.entry(user.id).or_insert_with(|| user.clone());
        let chat_id = chat_id_of(user, &chat);
        let chat_json = match chat {
            ChatTarget::Private => private_chat_json(user),
            ChatTarget::Group(_) => st.chat_json(chat_id),
        };
        let message_id = st.next_message_id(chat_id);
        let mut message = json!({"message_id": message_id, "from": user_json(user), "chat": chat_json, "date": now()});
        merge(&mut message, content);
        st.messages.insert((chat_id, message_id), message.clone());
        if st.delivered(&message) {
            st.log
                .push(format!("<- {kind} chat={chat_id}{}", summary(&message)));
            st.push_update(kind, message);
        } else {
            st.log.push(format!(
                "<- (privacy mode: not delivered) chat={chat_id} message_id={message_id}"
            ));
        }
        drop(st);
        self.inner.new_update.notify_waiters();
        message_id
    }

    // ---- what the bot did ----

    pub fn sent(&self) -> Vec<Sent> {
        self.st().sent.clone()
    }

    /// Everything the bot sent or edited after `mark`, in order.
    pub fn sent_since(&self, mark: Mark) -> Vec<Sent> {
        self.st().sent.iter().skip(mark.0).cloned().collect()
    }

    pub fn sent_to(&self, chat_id: i64) -> Vec<Sent> {
        self.st()
            .sent
            .iter()
            .filter(|s| s.chat_id == chat_id)
            .cloned()
            .collect()
    }

    /// Parameters of every answered call of `method` (any method, case-insensitive).
    pub fn calls(&self, method: &str) -> Vec<Value> {
        let st = self.st();
        let matching = st
            .calls
            .iter()
            .filter(|(m, _)| m.eq_ignore_ascii_case(method));
        matching.map(|(_, params)| params.clone()).collect()
    }

    pub fn buttons(sent: &Sent) -> Vec<(String, String)> {
        sent.buttons()
    }

    /// The current end of the sent list, for `wait_for_since`.
    pub fn mark(&self) -> Mark {
        Mark(self.st().sent.len())
    }

    /// The first action in `chat_id` (since the start) that matches; panics after 10 s.
    pub async fn wait_for(&self, chat_id: i64, pred: impl Fn(&Sent) -> bool) -> Sent {
        self.wait_for_since(Mark(0), chat_id, pred).await
    }

    /// The first action in `chat_id` after `mark` that matches; panics after 10 s.
    pub async fn wait_for_since(
        &self,
        mark: Mark,
        chat_id: i64,
        pred: impl Fn(&Sent) -> bool,
    ) -> Sent {
        self.wait_sent(mark, chat_id, "a matching message", pred)
            .await
    }

    /// The first message in `chat_id` whose text or caption contains `needle`.
    pub async fn wait_for_text(&self, chat_id: i64, needle: &str) -> Sent {
        let has = |s: &Sent| s.text.as_deref().is_some_and(|t| t.contains(needle));
        self.wait_sent(
            Mark(0),
            chat_id,
            &format!("a message containing {needle:?}"),
            has,
        )
        .await
    }

    async fn wait_sent(
        &self,
        mark: Mark,
        chat_id: i64,
        what: &str,
        pred: impl Fn(&Sent) -> bool,
    ) -> Sent {
        let find = |st: &State| {
            let mut after = st.sent.iter().skip(mark.0);
            after.find(|s| s.chat_id == chat_id && pred(s)).cloned()
        };
        self.wait_until(&format!("{what} in chat {chat_id}"), chat_id, find)
            .await
    }

    /// The parameters of the `answerCallbackQuery` call for `callback_id`.
    pub async fn wait_answer_callback(&self, callback_id: &str) -> Value {
        let find = |st: &State| {
            let mut answers = st.calls.iter().filter(|(m, _)| m == "answerCallbackQuery");
            let answer = answers.find(|(_, p)| p["callback_query_id"] == callback_id);
            answer.map(|(_, p)| p.clone())
        };
        self.wait_until(&format!("answerCallbackQuery {callback_id}"), 0, find)
            .await
    }

    /// Waits until every update was fetched and confirmed and no request came for 150 ms.
    pub async fn quiet(&self) {
        let calm = |st: &State| {
            let idle = st.last_activity.is_none_or(|at| at.elapsed() >= QUIET_FOR);
            (st.updates.is_empty() && idle).then_some(())
        };
        self.wait_until("the bot to go quiet", 0, calm).await
    }

    async fn wait_until<T>(
        &self,
        what: &str,
        chat_id: i64,
        find: impl Fn(&State) -> Option<T>,
    ) -> T {
        let deadline = Instant::now() + WAIT_LIMIT;
        loop {
            if let Some(found) = find(&self.st()) {
                return found;
            }
            if Instant::now() > deadline {
                let pending = self.st().updates.len();
                let log = self.all_request_log().join("\n  ");
                panic!(
                    "FakeTelegram: waited {WAIT_LIMIT:?} in vain for {what} ({pending} updates not fetched)\n\
                     sent to chat {chat_id}:\n{}\nrequest log:\n  {log}",
                    self.dump_chat(chat_id)
                );
            }
            tokio::time::sleep(POLL_EVERY).await;
        }
    }

    /// Everything the bot did in one chat, one line each.
    pub fn dump_chat(&self, chat_id: i64) -> String {
        let lines = self.sent_to(chat_id).into_iter().enumerate().map(|(i, s)| {
            let buttons = s.buttons();
            format!(
                "  [{i}] {} #{} text={:?} buttons={buttons:?} file={:?}",
                s.method, s.message_id, s.text, s.file_name
            )
        });
        let dump = lines.collect::<Vec<_>>().join("\n");
        if dump.is_empty() {
            "  (nothing)".to_owned()
        } else {
            dump
        }
    }

    /// Every request (and pushed update), one line each: `method chat=…`.
    pub fn all_request_log(&self) -> Vec<String> {
        self.st().log.clone()
    }
}

impl State {
    fn chat_json(&self, chat_id: i64) -> Value {
        if let Some(chat) = self.chats.get(&chat_id) {
            return chat.clone();
        }
        match self.users.get(&chat_id) {
            Some(user) => private_chat_json(user),
            None => {
                json!({"id": chat_id, "type": "private", "first_name": format!("User {chat_id}")})
            }
        }
    }

    fn next_message_id(&mut self, chat_id: i64) -> i32 {
        let id = self.last_message_id.entry(chat_id).or_insert(0);
        *id += 1;
        *id
    }

    fn push_update(&mut self, kind: &str, payload: Value) {
        let id = self.next_update_id;
        self.next_update_id += 1;
        let mut update = json!({ "update_id": id });
        update[kind] = payload;
        self.updates.push_back((id, update));
        self.last_activity = Some(Instant::now());
    }

    /// Privacy mode: what a bot without "read all group messages" receives.
    fn delivered(&self, message: &Value) -> bool {
        let private = message["chat"]["type"] == "private";
        let text = message["text"].as_str().unwrap_or_default();
        let to_bot = message["reply_to_message"]["from"]["id"] == BOT_ID;
        let service = message.get("new_chat_members").is_some();
        self.read_all_group_messages
            || private
            || text.starts_with('/')
            || text.contains(&format!("@{BOT_USERNAME}"))
            || to_bot
            || service
    }
}

// ---- the server ----

async fn handle(
    Shared(fake): Shared<FakeTelegram>,
    Path((_token, method)): Path<(String, String)>,
    request: Request,
) -> Response {
    let (params, files) = match read_params(request).await {
        Ok(read) => read,
        Err(e) => return bad_request(&e),
    };
    let mut chars = method.chars();
    let name: String = chars
        .next()
        .map(|c| c.to_ascii_lowercase())
        .into_iter()
        .chain(chars)
        .collect();
    match answer(&fake, name, &params, files) {
        Some(response) => response,
        None => get_updates(&fake, &params).await,
    }
}

/// The answer to any method but getUpdates (`None`), which has to wait.
fn answer(fake: &FakeTelegram, name: String, params: &Value, mut files: Files) -> Option<Response> {
    let key = name.to_ascii_lowercase();
    let chat_id = int(&params["chat_id"]).unwrap_or(0);
    let mut st = fake.st();
    if key != "getupdates" {
        st.last_activity = Some(Instant::now());
    }
    let fault = st
        .faults
        .get_mut(&(key.clone(), chat_id))
        .and_then(VecDeque::pop_front);
    if let Some(fault) = fault {
        st.log
            .push(format!("{name} chat={chat_id} -> fault {fault:?}"));
        return Some(fault_response(fault));
    }
    if key == "getupdates" {
        return None;
    }
    let params = params.clone();
    st.log
        .push(format!("{name} chat={chat_id}{}", summary(&params)));
    st.calls.push((name.clone(), params.clone()));
    let response = match key.as_str() {
        "getme" => ok(me_json()),
        "getwebhookinfo" => {
            ok(json!({"url": "", "has_custom_certificate": false, "pending_update_count": 0}))
        }
        "deletewebhook"
        | "setmycommands"
        | "deletemycommands"
        | "answercallbackquery"
        | "setchatmenubutton" => ok(json!(true)),
        "getmycommands" => ok(my_commands(&st, &params)),
        "sendmessage" | "editmessagetext" if too_long(&params["text"], TEXT_MAX) => {
            bad_request("message is too long")
        }
        "sendphoto" | "senddocument" if too_long(&params["caption"], CAPTION_MAX) => {
            bad_request("message caption is too long")
        }
        "sendmessage" => match params["text"].as_str() {
            Some(text) if !text.is_empty() => send(
                &mut st,
                name,
                chat_id,
                params.clone(),
                json!({ "text": text }),
                None,
            ),
            _ => bad_request("message text is empty"),
        },
        "sendphoto" | "senddocument" => {
            let field = if key == "sendphoto" {
                "photo"
            } else {
                "document"
            };
            let attached = params[field]
                .as_str()
                .and_then(|v| v.strip_prefix("attach://"));
            let file = files.remove(attached.unwrap_or(field));
            let size = file.as_ref().map_or(0, |(_, bytes)| bytes.len());
            let media = match field {
                "photo" => photo_sizes(&format!("photo-{chat_id}"), size),
                _ => {
                    json!({"file_id": format!("doc-{chat_id}"), "file_unique_id": "d1", "file_size": size,
                    "file_name": file.as_ref().and_then(|(name, _)| name.clone())})
                }
            };
            let content = json!({ field: media, "caption": params["caption"] });
            send(&mut st, name, chat_id, params, content, file)
        }
        "editmessagetext" | "editmessagecaption" | "editmessagereplymarkup" => {
            edit(&mut st, name, chat_id, params)
        }
        "deletemessage" => {
            let message_id = int(&params["message_id"]).unwrap_or(0) as i32;
            if st.messages.remove(&(chat_id, message_id)).is_none() {
                return Some(bad_request("message to delete not found"));
            }
            st.sent.push(sent(name, chat_id, message_id, params, None));
            ok(json!(true))
        }
        _ => api_error(StatusCode::NOT_FOUND, "Not Found: method not found", None),
    };
    Some(response)
}

/// JSON bodies as they are; multipart text fields as strings (JSON fields parsed), file parts
/// by field name (teloxide names them by a random id and refers to it as `attach://<id>`).
async fn read_params(request: Request) -> Result<(Value, Files), String> {
    let content_type = request
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok());
    if !content_type.is_some_and(|t| t.starts_with("multipart/form-data")) {
        let body = axum::body::to_bytes(request.into_body(), UPLOAD_LIMIT)
            .await
            .map_err(|e| e.to_string())?;
        let params = if body.is_empty() {
            json!({})
        } else {
            serde_json::from_slice(&body).map_err(|e| e.to_string())?
        };
        return Ok((params, Files::new()));
    }
    let mut form = Multipart::from_request(request, &())
        .await
        .map_err(|e| e.body_text())?;
    let (mut params, mut files) = (Map::new(), Files::new());
    while let Some(field) = form.next_field().await.map_err(|e| e.body_text())? {
        let name = field.name().unwrap_or_default().to_owned();
        let file_name = field.file_name().map(str::to_owned);
        let data = field.bytes().await.map_err(|e| e.body_text())?;
        if let Some(file_name) = file_name {
            files.insert(
                name,
                (Some(file_name).filter(|n| !n.is_empty()), data.to_vec()),
            );
            continue;
        }
        let text = String::from_utf8_lossy(&data).into_owned();
        let parsed = JSON_FIELDS
            .contains(&name.as_str())
            .then(|| serde_json::from_str(&text).ok())
            .flatten();
        params.insert(name, parsed.unwrap_or(Value::String(text)));
    }
    Ok((Value::Object(params), files))
}

async fn get_updates(fake: &FakeTelegram, params: &Value) -> Response {
    let offset = int(&params["offset"]).unwrap_or(0);
    let limit = int(&params["limit"]).unwrap_or(100).clamp(1, 100) as usize;
    let wait = Duration::from_secs(int(&params["timeout"]).unwrap_or(0).clamp(0, 1) as u64);
    let deadline = tokio::time::Instant::now() + wait;
    loop {
        let notified = fake.inner.new_update.notified();
        tokio::pin!(notified);
        notified.as_mut().enable();
        {
            let mut st = fake.st();
            let before = st.updates.len();
            st.updates.retain(|(id, _)| i64::from(*id) >= offset);
            if st.updates.len() != before {
                st.last_activity = Some(Instant::now());
            }
            if !st.updates.is_empty() {
                let batch: Vec<Value> = st
                    .updates
                    .iter()
                    .take(limit)
                    .map(|(_, u)| u.clone())
                    .collect();
                st.log.push(format!(
                    "getUpdates offset={offset} -> {} updates",
                    batch.len()
                ));
                return ok(Value::Array(batch));
            }
        }
        if tokio::time::timeout_at(deadline, notified).await.is_err() {
            return ok(json!([]));
        }
    }
}

fn send(
    st: &mut State,
    method: String,
    chat_id: i64,
    params: Value,
    content: Value,
    file: Option<(Option<String>, Vec<u8>)>,
) -> Response {
    if chat_id == 0 {
        return bad_request("chat not found");
    }
    let message_id = st.next_message_id(chat_id);
    let mut message = json!({"message_id": message_id, "from": bot_user(), "chat": st.chat_json(chat_id), "date": now()});
    merge(&mut message, content);
    if let Some(markup) = inline_markup(&params["reply_markup"]) {
        message["reply_markup"] = markup;
    }
    st.messages.insert((chat_id, message_id), message.clone());
    st.sent
        .push(sent(method, chat_id, message_id, params, file));
    ok(message)
}

fn edit(st: &mut State, method: String, chat_id: i64, params: Value) -> Response {
    let message_id = int(&params["message_id"]).unwrap_or(0) as i32;
    let Some(old) = st.messages.get(&(chat_id, message_id)).cloned() else {
        return bad_request("message to edit not found");
    };
    if old["from"]["id"] != BOT_ID {
        return bad_request("message can't be edited");
    }
    let mut message = old.clone();
    if let Some(fields) = message.as_object_mut() {
        match method.as_str() {
            "editMessageText" => {
                fields.insert("text".into(), params["text"].clone());
                fields.remove("entities");
            }
            "editMessageCaption" => {
                fields.insert("caption".into(), params["caption"].clone());
            }
            _ => {}
        }
        match inline_markup(&params["reply_markup"]) {
            Some(markup) => fields.insert("reply_markup".into(), markup),
            None => fields.remove("reply_markup"),
        };
        fields.retain(|_, v| !v.is_null());
    }
    if message == old {
        return bad_request(NOT_MODIFIED);
    }
    message["edit_date"] = json!(now());
    st.messages.insert((chat_id, message_id), message.clone());
    st.sent
        .push(sent(method, chat_id, message_id, params, None));
    ok(message)
}

fn sent(
    method: String,
    chat_id: i64,
    message_id: i32,
    raw: Value,
    file: Option<(Option<String>, Vec<u8>)>,
) -> Sent {
    let text = raw["text"]
        .as_str()
        .or_else(|| raw["caption"].as_str())
        .map(str::to_owned);
    let reply_markup = Some(raw["reply_markup"].clone()).filter(|m| !m.is_null());
    let (file_name, file_bytes) = file.map_or((None, None), |(name, bytes)| (name, Some(bytes)));
    Sent {
        method,
        chat_id,
        message_id,
        text,
        reply_markup,
        file_name,
        file_bytes,
        raw,
    }
}

/// The commands of the last setMyCommands for the same scope and language (deleteMyCommands
/// in between clears them).
fn my_commands(st: &State, params: &Value) -> Value {
    let same =
        |p: &Value| p["scope"] == params["scope"] && p["language_code"] == params["language_code"];
    let mut changes = st
        .calls
        .iter()
        .rev()
        .filter(|(m, p)| (m == "setMyCommands" || m == "deleteMyCommands") && same(p));
    match changes.next() {
        Some((m, p)) if m == "setMyCommands" => p["commands"].clone(),
        _ => json!([]),
    }
}

fn fault_response(fault: Fault) -> Response {
    match fault {
        Fault::TooManyRequests { retry_after } => api_error(
            StatusCode::TOO_MANY_REQUESTS,
            &format!("Too Many Requests: retry after {retry_after}"),
            Some(json!({ "retry_after": retry_after })),
        ),
        Fault::ServerError => api_error(
            StatusCode::INTERNAL_SERVER_ERROR,
            "Internal Server Error",
            None,
        ),
        Fault::Blocked => api_error(
            StatusCode::FORBIDDEN,
            "Forbidden: bot was blocked by the user",
            None,
        ),
        Fault::Api {
            status,
            description,
        } => api_error(
            StatusCode::from_u16(status).unwrap_or(StatusCode::BAD_REQUEST),
            &description,
            None,
        ),
        Fault::DropConnection => {
            // A body that fails makes hyper abort the connection after the status line.
            let broken = futures_util::stream::once(async {
                Err::<Bytes, _>(std::io::Error::other("dropped"))
            });
            Response::new(Body::from_stream(broken))
        }
    }
}

fn ok(result: Value) -> Response {
    Json(json!({ "ok": true, "result": result })).into_response()
}

/// Telegram's limits, in UTF-16 code units as Telegram counts them: a message's text and a
/// photo's or document's caption.
const TEXT_MAX: usize = 4096;
const CAPTION_MAX: usize = 1024;

fn too_long(text: &Value, max: usize) -> bool {
    text.as_str()
        .is_some_and(|t| t.encode_utf16().count() > max)
}

fn bad_request(what: &str) -> Response {
    api_error(
        StatusCode::BAD_REQUEST,
        &format!("Bad Request: {what}"),
        None,
    )
}

fn api_error(status: StatusCode, description: &str, parameters: Option<Value>) -> Response {
    let mut body = json!({"ok": false, "error_code": status.as_u16(), "description": description});
    if let Some(parameters) = parameters {
        body["parameters"] = parameters;
    }
    (status, Json(body)).into_response()
}

// ---- JSON builders ----

fn bot_user() -> Value {
    json!({"id": BOT_ID, "is_bot": true, "first_name": "Driegesprek", "username": BOT_USERNAME})
}

fn me_json() -> Value {
    let mut me = bot_user();
    merge(
        &mut me,
        json!({"can_join_groups": true, "can_read_all_group_messages": false,
        "supports_inline_queries": false, "can_connect_to_business": false, "has_main_web_app": false}),
    );
    me
}

fn user_json(user: &TgUser) -> Value {
    let mut json = json!({"id": user.id, "is_bot": false, "first_name": user.first_name});
    merge(
        &mut json,
        json!({"language_code": user.language_code, "username": user.username}),
    );
    json
}

fn private_chat_json(user: &TgUser) -> Value {
    let mut json = json!({"id": user.id, "type": "private", "first_name": user.first_name});
    merge(&mut json, json!({ "username": user.username }));
    json
}

fn photo_sizes(file_id: &str, size: usize) -> Value {
    let photo = |w: u32, h: u32, s: usize| {
        json!({"file_id": format!("{file_id}-{w}"), "file_unique_id": format!("{file_id}-u{w}"),
            "file_size": s, "width": w, "height": h})
    };
    json!([photo(90, 90, size / 10), photo(800, 800, size)])
}

/// Only inline keyboards come back in a Message; reply keyboards are not echoed by Telegram.
fn inline_markup(markup: &Value) -> Option<Value> {
    markup
        .get("inline_keyboard")
        .is_some()
        .then(|| markup.clone())
}

fn chat_id_of(user: &TgUser, chat: &ChatTarget) -> i64 {
    match chat {
        ChatTarget::Private => user.id,
        ChatTarget::Group(group) => group.id,
    }
}

/// Copies the non-null fields of `extra` into `target` (both objects).
fn merge(target: &mut Value, extra: Value) {
    if let (Some(target), Value::Object(extra)) = (target.as_object_mut(), extra) {
        target.extend(extra.into_iter().filter(|(_, v)| !v.is_null()));
    }
}

/// A number that may arrive as JSON number or (multipart) string.
fn int(value: &Value) -> Option<i64> {
    value
        .as_i64()
        .or_else(|| value.as_str().and_then(|s| s.parse().ok()))
}

fn summary(value: &Value) -> String {
    let text = value["text"]
        .as_str()
        .or_else(|| value["caption"].as_str())
        .or_else(|| value["data"].as_str());
    let id = int(&value["message_id"])
        .map(|id| format!(" message_id={id}"))
        .unwrap_or_default();
    let text: String = text.unwrap_or_default().chars().take(60).collect();
    if text.is_empty() {
        id
    } else {
        format!("{id} {text:?}")
    }
}

fn now() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64)
}
