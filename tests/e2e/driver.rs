//! The steps every end-to-end test takes, in one place (issue 11): read a message's text, tap a
//! button by its label or data, wait for the answer, read the alert a press got.

use chrono::NaiveDate;

use crate::fake_telegram::{ChatTarget, Mark, Sent, TgUser};
use crate::support::{TestBot, button};

/// The text of a message ("" for a photo without caption).
pub fn text_of(s: &Sent) -> String {
    s.text.clone().unwrap_or_default()
}

pub fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// Taps the button whose label contains `label` under `sent` in `chat`; the mark before it.
pub fn tap(
    bot: &TestBot,
    who: &TgUser,
    chat: impl Into<ChatTarget>,
    sent: &Sent,
    label: &str,
) -> Mark {
    let m = bot.tg.mark();
    bot.tg
        .press_button(who, chat, sent.message_id, &button(sent, label));
    m
}

/// Taps the button labelled `label` in `who`'s private chat; the mark before it.
pub fn press(bot: &TestBot, who: &TgUser, sent: &Sent, label: &str) -> Mark {
    tap(bot, who, ChatTarget::Private, sent, label)
}

/// Taps the button labelled `label` in `who`'s private chat; the next message there.
pub async fn press_next(bot: &TestBot, who: &TgUser, sent: &Sent, label: &str) -> Sent {
    let m = press(bot, who, sent, label);
    bot.next_message(m, who.id).await
}

/// Presses the button with callback data `data` (it must be under `sent`) in `who`'s private
/// chat; the next message there.
pub async fn press_data_next(bot: &TestBot, who: &TgUser, sent: &Sent, data: &str) -> Sent {
    assert!(
        sent.buttons().iter().any(|(_, d)| d == data),
        "no button {data} in {:?}",
        sent.buttons()
    );
    let m = bot.tg.mark();
    bot.tg
        .press_button(who, ChatTarget::Private, sent.message_id, data);
    bot.next_message(m, who.id).await
}

/// Presses the button with callback data `data` under `sent` in `who`'s private chat; the same
/// message as the bot edits it in place (its new text and buttons).
pub async fn press_data_in_place(bot: &TestBot, who: &TgUser, sent: &Sent, data: &str) -> Sent {
    let m = bot.tg.mark();
    bot.tg
        .press_button(who, ChatTarget::Private, sent.message_id, data);
    let id = sent.message_id;
    bot.tg
        .wait_for_since(m, who.id, |s| {
            s.method == "editMessageText" && s.message_id == id
        })
        .await
}

/// Taps the button labelled `label` in `who`'s private chat; the next message with buttons.
pub async fn press_to_buttons(bot: &TestBot, who: &TgUser, sent: &Sent, label: &str) -> Sent {
    let m = tap(bot, who, ChatTarget::Private, sent, label);
    bot.tg
        .wait_for_since(m, who.id, |s| !s.buttons().is_empty())
        .await
}

/// The alert shown for pressing `data` on message `message_id` in `who`'s private chat.
pub async fn alert(bot: &TestBot, who: &TgUser, message_id: i32, data: &str) -> String {
    let id = bot
        .tg
        .press_button(who, ChatTarget::Private, message_id, data);
    let answer = bot.tg.wait_answer_callback(&id).await;
    answer["text"].as_str().unwrap_or_default().to_string()
}
