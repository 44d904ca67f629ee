//! What the emulated Telegram holds: users, chats, every message as it is now, the update
//! queue, what the bot did, and the JSON shapes of users, chats and photos.

use std::collections::{HashMap, VecDeque};
use std::time::{Instant, SystemTime, UNIX_EPOCH};

use serde_json::{Value, json};

use super::{BOT_ID, BOT_USERNAME, CallbackAnswer, ChatTarget, Fault, Sent, TgUser};

#[derive(Default)]
pub(super) struct State {
    pub next_update_id: u32,
    pub updates: VecDeque<(u32, Value)>,
    pub last_message_id: HashMap<i64, i32>,
    pub users: HashMap<i64, TgUser>,
    pub chats: HashMap<i64, Value>,
    pub messages: HashMap<(i64, i32), Value>,
    pub sent: Vec<Sent>,
    pub calls: Vec<(String, Value)>,
    pub log: Vec<String>,
    pub faults: HashMap<(String, i64), VecDeque<Fault>>,
    pub last_activity: Option<Instant>,
    pub callbacks: u32,
    /// Who pressed which button: callback id -> (user, chat).
    pub pressed: HashMap<String, (i64, i64)>,
    pub answers: Vec<CallbackAnswer>,
    pub read_all_group_messages: bool,
}

impl State {
    pub fn chat_json(&self, chat_id: i64) -> Value {
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

    pub fn next_message_id(&mut self, chat_id: i64) -> i32 {
        let id = self.last_message_id.entry(chat_id).or_insert(0);
        *id += 1;
        *id
    }

    pub fn push_update(&mut self, kind: &str, payload: Value) {
        let id = self.next_update_id;
        self.next_update_id += 1;
        let mut update = json!({ "update_id": id });
        if let Some(fields) = update.as_object_mut() {
            fields.insert(kind.to_owned(), payload);
        }
        self.updates.push_back((id, update));
        self.last_activity = Some(Instant::now());
    }

    /// Privacy mode: what a bot without "read all group messages" receives.
    pub fn delivered(&self, message: &Value) -> bool {
        let private = at(message, "/chat/type") == "private";
        let text = at(message, "/text").as_str().unwrap_or_default();
        let to_bot = at(message, "/reply_to_message/from/id") == BOT_ID;
        let service = message.get("new_chat_members").is_some();
        self.read_all_group_messages
            || private
            || text.starts_with('/')
            || text.contains(&format!("@{BOT_USERNAME}"))
            || to_bot
            || service
    }
}

pub fn bot_user() -> Value {
    json!({"id": BOT_ID, "is_bot": true, "first_name": "Driegesprek", "username": BOT_USERNAME})
}

pub fn me_json() -> Value {
    let mut me = bot_user();
    merge(
        &mut me,
        json!({"can_join_groups": true, "can_read_all_group_messages": false,
        "supports_inline_queries": false, "can_connect_to_business": false, "has_main_web_app": false}),
    );
    me
}

pub fn user_json(user: &TgUser) -> Value {
    let mut json = json!({"id": user.id, "is_bot": false, "first_name": user.first_name});
    merge(
        &mut json,
        json!({"language_code": user.language_code, "username": user.username}),
    );
    json
}

pub fn private_chat_json(user: &TgUser) -> Value {
    let mut json = json!({"id": user.id, "type": "private", "first_name": user.first_name});
    merge(&mut json, json!({ "username": user.username }));
    json
}

pub fn photo_sizes(file_id: &str, size: usize) -> Value {
    let photo = |w: u32, h: u32, s: usize| {
        json!({"file_id": format!("{file_id}-{w}"), "file_unique_id": format!("{file_id}-u{w}"),
            "file_size": s, "width": w, "height": h})
    };
    json!([photo(90, 90, size / 10), photo(800, 800, size)])
}

/// Only inline keyboards come back in a Message; reply keyboards are not echoed by Telegram.
pub fn inline_markup(markup: &Value) -> Option<Value> {
    markup
        .get("inline_keyboard")
        .is_some()
        .then(|| markup.clone())
}

pub fn chat_id_of(user: &TgUser, chat: &ChatTarget) -> i64 {
    match chat {
        ChatTarget::Private => user.id,
        ChatTarget::Group(group) => group.id,
    }
}

/// Copies the non-null fields of `extra` into `target` (both objects).
pub fn merge(target: &mut Value, extra: Value) {
    if let (Some(target), Value::Object(extra)) = (target.as_object_mut(), extra) {
        target.extend(extra.into_iter().filter(|(_, v)| !v.is_null()));
    }
}

/// Sets one field of a JSON object (nothing happens to anything else).
pub fn set(target: &mut Value, key: &str, value: Value) {
    if let Some(fields) = target.as_object_mut() {
        fields.insert(key.to_owned(), value);
    }
}

static NULL: Value = Value::Null;

/// The value at a JSON pointer (`/chat/id`), or null: reading never fails.
pub fn at<'a>(value: &'a Value, pointer: &str) -> &'a Value {
    value.pointer(pointer).unwrap_or(&NULL)
}

/// A number that may arrive as JSON number or (multipart) string.
pub fn int(value: &Value) -> Option<i64> {
    value
        .as_i64()
        .or_else(|| value.as_str().and_then(|s| s.parse().ok()))
}

/// One line for the request log: the message id and the start of the text.
pub fn summary(value: &Value) -> String {
    let text = at(value, "/text")
        .as_str()
        .or_else(|| at(value, "/caption").as_str())
        .or_else(|| at(value, "/data").as_str());
    let id = int(at(value, "/message_id"))
        .map(|id| format!(" message_id={id}"))
        .unwrap_or_default();
    let text: String = text.unwrap_or_default().chars().take(60).collect();
    if text.is_empty() {
        id
    } else {
        format!("{id} {text:?}")
    }
}

pub fn now() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64)
}
