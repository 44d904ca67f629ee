//! What a Telegram app sends for its user: messages, replies, button presses, edits, and the
//! bot being added to or removed from a group. Each becomes an update in the queue that the
//! bot fetches with `getUpdates`. The `try_` forms refuse what no app could send (a reply to a
//! message that does not exist) instead of panicking, for the playground's page.

use serde_json::{Value, json};

use super::state::{
    at, bot_user, chat_id_of, merge, photo_sizes, private_chat_json, set, summary, user_json,
};
use super::{BOT_USERNAME, ChatTarget, Emulator, TgChat, TgUser};

/// Why a client's action cannot happen.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ClientError {
    #[error("no message {message_id} in chat {chat_id}")]
    NoSuchMessage { chat_id: i64, message_id: i32 },
}

impl Emulator {
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
            set(
                &mut content,
                "entities",
                json!([{"type": "bot_command", "offset": 0, "length": length}]),
            );
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

    /// A text reply to an earlier message (usually the bot's), quoted in full. Panics if there
    /// is no such message (tests).
    pub fn reply_to(
        &self,
        user: &TgUser,
        chat: impl Into<ChatTarget>,
        reply_to: i32,
        text: &str,
    ) -> i32 {
        let chat = chat.into();
        let quoted = self.message(user, &chat, reply_to);
        self.push_reply(user, chat, quoted, text)
    }

    /// `reply_to`, or an error if there is no such message.
    pub fn try_reply_to(
        &self,
        user: &TgUser,
        chat: impl Into<ChatTarget>,
        reply_to: i32,
        text: &str,
    ) -> Result<i32, ClientError> {
        let chat = chat.into();
        let quoted = self.try_message(user, &chat, reply_to)?;
        Ok(self.push_reply(user, chat, quoted, text))
    }

    fn push_reply(&self, user: &TgUser, chat: ChatTarget, mut quoted: Value, text: &str) -> i32 {
        if let Some(q) = quoted.as_object_mut() {
            q.remove("reply_to_message");
        }
        let content = json!({"text": text, "reply_to_message": quoted});
        self.push_message(user, chat, content, "message")
    }

    /// A user presses an inline button under message `message_id`. Returns the callback id.
    /// Panics if there is no such message (tests).
    pub fn press_button(
        &self,
        user: &TgUser,
        chat: impl Into<ChatTarget>,
        message_id: i32,
        data: &str,
    ) -> String {
        let chat = chat.into();
        let message = self.message(user, &chat, message_id);
        self.push_press(user, message, data)
    }

    /// `press_button`, or an error if there is no such message. The data is sent as given:
    /// the bot, like with the real Telegram, must not trust it.
    pub fn try_press_button(
        &self,
        user: &TgUser,
        chat: impl Into<ChatTarget>,
        message_id: i32,
        data: &str,
    ) -> Result<String, ClientError> {
        let chat = chat.into();
        let message = self.try_message(user, &chat, message_id)?;
        Ok(self.push_press(user, message, data))
    }

    fn push_press(&self, user: &TgUser, message: Value, data: &str) -> String {
        let chat_id = at(&message, "/chat/id").as_i64().unwrap_or(0);
        let message_id = at(&message, "/message_id").as_i64().unwrap_or(0);
        let mut st = self.st();
        st.callbacks += 1;
        let id = format!("cb{}", st.callbacks);
        let query = json!({
            "id": id, "from": user_json(user), "message": message,
            "chat_instance": format!("ci{chat_id}"), "data": data,
        });
        st.log.push(format!(
            "<- callback_query {id} chat={chat_id} message_id={message_id} {data:?}"
        ));
        st.pressed.insert(id.clone(), (user.id, chat_id));
        st.push_update("callback_query", query);
        drop(st);
        self.changed();
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
        set(&mut message, "text", json!(new_text));
        set(&mut message, "edit_date", json!(super::state::now()));
        let mut st = self.st();
        st.messages.insert(
            (at(&message, "/chat/id").as_i64().unwrap_or(0), message_id),
            message.clone(),
        );
        if st.delivered(&message) {
            st.push_update("edited_message", message);
        }
        drop(st);
        self.changed();
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
                set(&mut m, "until_date", json!(0));
            }
            m
        };
        let mut st = self.st();
        let chat = st.chat_json(group.id);
        let update = json!({"chat": chat, "from": user_json(user), "date": super::state::now(),
            "old_chat_member": member(old), "new_chat_member": member(new)});
        st.log.push(format!(
            "<- my_chat_member chat={} {old} -> {new}",
            group.id
        ));
        st.push_update("my_chat_member", update);
        drop(st);
        self.changed();
    }

    /// The message as it is now; panics with the chat's history if there is none (tests).
    fn message(&self, user: &TgUser, chat: &ChatTarget, message_id: i32) -> Value {
        match self.try_message(user, chat, message_id) {
            Ok(message) => message,
            Err(e) => panic!("{e}\n{}", self.dump_chat(chat_id_of(user, chat))),
        }
    }

    fn try_message(
        &self,
        user: &TgUser,
        chat: &ChatTarget,
        message_id: i32,
    ) -> Result<Value, ClientError> {
        let chat_id = chat_id_of(user, chat);
        let found = self.st().messages.get(&(chat_id, message_id)).cloned();
        found.ok_or(ClientError::NoSuchMessage {
            chat_id,
            message_id,
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
        let mut message = json!({"message_id": message_id, "from": user_json(user),
            "chat": chat_json, "date": super::state::now()});
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
        self.changed();
        message_id
    }
}
