//! Scheduling the driegesprek (issue 4) against the fake Bot API: Sanne proposes three times
//! from her team group with the calendar, Amal answers in Tigrinya and Joost in his private
//! chat, a common time is confirmed, staff get an `.ics` that parses back, the meeting moves,
//! Amal cannot come, and after a no-show a new round starts. Plus the bad input. Here: the
//! shared case and helpers; the story is in `meeting/story.rs` (its later steps in
//! `meeting/confirmed.rs`), a new round after no time suits in `meeting/new_round.rs`, the
//! interpreter's language in `meeting/interpreter.rs`, the bad input in `meeting/bad_input.rs`.

mod bad_input;
mod confirmed;
mod interpreter;
mod new_round;
mod story;

use chrono::{DateTime, Utc};
use driegesprek::domain::Lang;
use driegesprek::i18n::Msg;

use crate::fake_telegram::{ChatTarget, Sent, TgChat, TgUser};
use crate::support::{AMAL, JOOST, SANNE, TEAM, TestBot, ThreeParties, spawn_case};

struct Cast {
    bot: TestBot,
    sanne: TgUser,
    joost: TgUser,
    amal: TgUser,
    team: TgChat,
}

/// A case of Gemeente Utrecht and COA Ter Apel with all three parties on it; Amal reads
/// Tigrinya; Sanne's team group follows her municipality.
async fn cast() -> Cast {
    let bot = spawn_case(&ThreeParties {
        holder_lang: Lang::Ti,
        holder_privacy_ack: Some("2026-03-01T00:00:00+00:00"),
        ..ThreeParties::default()
    })
    .await;
    let tg = &bot.tg;
    let (sanne, joost, amal) = (
        tg.user(SANNE, "Sanne", Some("nl")),
        tg.user(JOOST, "Joost", Some("nl")),
        tg.user(AMAL, "Amal", None),
    );
    let team = tg.group(TEAM, "Team Inburgering Utrecht");
    Cast {
        bot,
        sanne,
        joost,
        amal,
        team,
    }
}

fn at(s: &str) -> DateTime<Utc> {
    s.parse().expect("a time")
}

/// The callback data of the button labelled exactly `label`.
fn exact(sent: &Sent, label: &str) -> String {
    sent.buttons()
        .into_iter()
        .find(|(text, _)| text == label)
        .map(|(_, data)| data)
        .unwrap_or_else(|| panic!("no button {label:?} in {:?}", sent.buttons()))
}

fn starting(sent: &Sent, prefix: &str) -> String {
    sent.buttons()
        .into_iter()
        .find(|(text, _)| text.starts_with(prefix))
        .map(|(_, data)| data)
        .unwrap_or_else(|| panic!("no button {prefix:?}… in {:?}", sent.buttons()))
}

impl Cast {
    fn nl(&self, msg: Msg) -> String {
        self.bot.text(Lang::Nl, msg)
    }

    /// Presses `data` under `msg` and returns the next message the bot sends to `to`.
    async fn press(
        &self,
        who: &TgUser,
        chat: impl Into<ChatTarget>,
        msg: &Sent,
        data: &str,
        to: i64,
    ) -> Sent {
        let m = self.bot.tg.mark();
        self.bot.tg.press_button(who, chat, msg.message_id, data);
        self.bot.next_message(m, to).await
    }

    /// Presses `data` and returns the alert text the presser sees.
    async fn alert(
        &self,
        who: &TgUser,
        chat: impl Into<ChatTarget>,
        msg: &Sent,
        data: &str,
    ) -> String {
        let id = self.bot.tg.press_button(who, chat, msg.message_id, data);
        let answer = self.bot.tg.wait_answer_callback(&id).await;
        answer["text"].as_str().unwrap_or_default().to_string()
    }

    /// In the calendar `cal`, page to next month, pick `day` and `time`; returns the calendar
    /// that follows (or the last message to `to`).
    async fn pick(
        &self,
        who: &TgUser,
        chat: impl Into<ChatTarget> + Clone,
        cal: &Sent,
        day: &str,
        time: &str,
        to: i64,
    ) -> Sent {
        let q = self
            .press(who, chat.clone(), cal, &exact(cal, day), to)
            .await;
        let m = self.bot.tg.mark();
        self.bot
            .tg
            .press_button(who, chat, q.message_id, &exact(&q, time));
        self.bot
            .tg
            .wait_for_since(m, to, |s| {
                s.method == "sendMessage" && !s.buttons().is_empty() || s.method == "sendDocument"
            })
            .await
    }

    async fn next_month(
        &self,
        who: &TgUser,
        chat: impl Into<ChatTarget>,
        cal: &Sent,
        to: i64,
    ) -> Sent {
        let m = self.bot.tg.mark();
        self.bot
            .tg
            .press_button(who, chat, cal.message_id, &exact(cal, "Volgende maand ▶️"));
        self.bot
            .tg
            .wait_for_since(m, to, |s| s.method == "editMessageText")
            .await
    }
}

fn ics_lines(sent: &Sent) -> Vec<String> {
    let bytes = sent.file_bytes.clone().expect("an attached file");
    let text = String::from_utf8(bytes).expect("utf-8");
    text.replace("\r\n ", "")
        .split("\r\n")
        .map(str::to_string)
        .collect()
}

fn has(lines: &[String], want: &str) -> bool {
    lines.iter().any(|l| l == want)
}
