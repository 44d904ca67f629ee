//! The steps every end-to-end test takes, in one place (issue 11): read a message's text, tap a
//! button by its label or data, wait for the answer, read the alert a press got.

use chrono::NaiveDate;

use crate::fake_telegram::{ChatTarget, Mark, Sent, TgUser};
use crate::support::{TestBot, button};

/// The words of a message ("" for a photo without caption), below the line that names its case
/// in a message to staff or a group (issue 12; `case_line_of` reads that line).
pub fn text_of(s: &Sent) -> String {
    let text = s.text.as_deref().unwrap_or_default();
    match text.split_once('\n') {
        Some((head, body)) if head.starts_with(CASE_LINE) => body.to_string(),
        _ => text.to_string(),
    }
}

/// How the line naming a message's case begins (`about-case` in every locale).
pub const CASE_LINE: &str = "📁 ";

/// The line naming the case a message to staff or a group is about, if it has one.
pub fn case_line_of(s: &Sent) -> Option<String> {
    let text = s.text.as_deref()?;
    let (head, _) = text.split_once('\n')?;
    head.starts_with(CASE_LINE).then(|| head.to_string())
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

/// Issue 12: every message the bot sent to staff chats and team groups (`chats`) that concerns
/// a case names it. A message concerns no case only when its text is one of `caseless` (a
/// welcome, help, a refusal); everything else must contain `reference`. Checked over the
/// whole of a story, not one message at a time, so a new message that forgets its case fails.
pub fn assert_every_staff_message_names(
    bot: &TestBot,
    chats: &[i64],
    reference: &str,
    caseless: &[String],
) {
    let mut unnamed = Vec::new();
    for chat in chats {
        for s in bot.tg.sent_to(*chat) {
            let Some(text) = s.text.as_deref() else {
                continue;
            };
            if let Some(line) = case_line_of(&s) {
                assert!(
                    line.starts_with(&format!("{CASE_LINE}{reference} · ")),
                    "{line}"
                );
            }
            if text.contains(reference) || caseless.iter().any(|c| c == text) {
                continue;
            }
            unnamed.push(format!("{} to {chat}: {text}", s.method));
        }
    }
    assert!(
        unnamed.is_empty(),
        "{} message(s) to staff or groups do not name case {reference}:\n{}",
        unnamed.len(),
        unnamed.join("\n---\n")
    );
}
