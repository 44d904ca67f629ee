//! What the bot did, read back by a client: every send, edit and deletion in order, the calls
//! of any method, each chat's messages as they are now, the answers to button presses; and
//! waiting for one of them. The waits that panic after 10 s are for tests; `wait_since` gives
//! up with `None` instead.

use std::time::{Duration, Instant};

use serde_json::Value;

use super::state::{State, at};
use super::{CallbackAnswer, Emulator, Mark, Sent};

const WAIT_LIMIT: Duration = Duration::from_secs(10);
const POLL_EVERY: Duration = Duration::from_millis(10);
const QUIET_FOR: Duration = Duration::from_millis(150);

impl Emulator {
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

    /// Every message of a chat as a reader sees it now (edits applied, deletions gone), oldest
    /// first, as Bot API `Message` objects.
    pub fn chat_messages(&self, chat_id: i64) -> Vec<Value> {
        let st = self.st();
        let mut messages: Vec<(i32, Value)> = st
            .messages
            .iter()
            .filter(|((chat, _), _)| *chat == chat_id)
            .map(|((_, id), m)| (*id, m.clone()))
            .collect();
        messages.sort_by_key(|(id, _)| *id);
        messages.into_iter().map(|(_, m)| m).collect()
    }

    /// The file the bot sent as message `message_id` of a chat: its name and bytes.
    pub fn file(&self, chat_id: i64, message_id: i32) -> Option<(Option<String>, Vec<u8>)> {
        let st = self.st();
        let sent = st.sent.iter().rev().find(|s| {
            s.chat_id == chat_id && s.message_id == message_id && s.file_bytes.is_some()
        })?;
        Some((sent.file_name.clone(), sent.file_bytes.clone()?))
    }

    /// What the bot answered to button presses, oldest first.
    pub fn callback_answers(&self) -> Vec<CallbackAnswer> {
        self.st().answers.clone()
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

    /// The first action in `chat_id` after `mark` that matches, or `None` after `limit`.
    pub async fn wait_since(
        &self,
        mark: Mark,
        chat_id: i64,
        limit: Duration,
        pred: impl Fn(&Sent) -> bool,
    ) -> Option<Sent> {
        self.poll(limit, |st| first_after(st, mark, chat_id, &pred))
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
        let find = |st: &State| first_after(st, mark, chat_id, &pred);
        self.wait_until(&format!("{what} in chat {chat_id}"), chat_id, find)
            .await
    }

    /// The parameters of the `answerCallbackQuery` call for `callback_id`.
    pub async fn wait_answer_callback(&self, callback_id: &str) -> Value {
        let find = |st: &State| {
            let mut answers = st.calls.iter().filter(|(m, _)| m == "answerCallbackQuery");
            let answer = answers.find(|(_, p)| at(p, "/callback_query_id") == callback_id);
            answer.map(|(_, p)| p.clone())
        };
        self.wait_until(&format!("answerCallbackQuery {callback_id}"), 0, find)
            .await
    }

    /// Waits until every update was fetched and confirmed and no request came for 150 ms.
    pub async fn quiet(&self) {
        self.wait_until("the bot to go quiet", 0, calm).await
    }

    /// `quiet`, giving up with `false` after `limit`.
    pub async fn quiet_within(&self, limit: Duration) -> bool {
        self.poll(limit, calm).await.is_some()
    }

    async fn poll<T>(&self, limit: Duration, find: impl Fn(&State) -> Option<T>) -> Option<T> {
        let deadline = Instant::now() + limit;
        loop {
            if let Some(found) = find(&self.st()) {
                return Some(found);
            }
            if Instant::now() > deadline {
                return None;
            }
            tokio::time::sleep(POLL_EVERY).await;
        }
    }

    async fn wait_until<T>(
        &self,
        what: &str,
        chat_id: i64,
        find: impl Fn(&State) -> Option<T>,
    ) -> T {
        if let Some(found) = self.poll(WAIT_LIMIT, find).await {
            return found;
        }
        let pending = self.st().updates.len();
        let log = self.all_request_log().join("\n  ");
        panic!(
            "FakeTelegram: waited {WAIT_LIMIT:?} in vain for {what} ({pending} updates not fetched)\n\
             sent to chat {chat_id}:\n{}\nrequest log:\n  {log}",
            self.dump_chat(chat_id)
        );
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

fn first_after(
    st: &State,
    mark: Mark,
    chat_id: i64,
    pred: &impl Fn(&Sent) -> bool,
) -> Option<Sent> {
    let mut after = st.sent.iter().skip(mark.0);
    after.find(|s| s.chat_id == chat_id && pred(s)).cloned()
}

fn calm(st: &State) -> Option<()> {
    let idle = st.last_activity.is_none_or(|at| at.elapsed() >= QUIET_FOR);
    (st.updates.is_empty() && idle).then_some(())
}
