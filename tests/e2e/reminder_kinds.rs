//! Every kind of reminder produced by its real flow and sent by the real worker (issue 5):
//! Sanne proposes a meeting in her private chat, Joost answers, Amal (Arabic, right-to-left)
//! and Sanne are nudged after 24 hours, the meeting is confirmed for Monday 6 April 10:00, and
//! the preparation, interpreter and meeting reminders follow; the plan's agreements remind
//! their owner the day before and the day after. The worker is stepped with the test's clock.
//! The long-wait question is covered in `reminders.rs`
//! (`the_long_wait_question_reaches_the_holder_in_arabic_and_the_caseworker_in_dutch`).
//! Here: the shared case, the flows' steps and the worker's clock; the tests are in
//! `reminder_kinds/meeting.rs` and `reminder_kinds/plan.rs`.

mod meeting;
mod plan;

use std::collections::HashMap;
use std::sync::Arc;

use chrono::{DateTime, Utc};
use driegesprek::app::{App, Links};
use driegesprek::domain::Lang;
use driegesprek::i18n::{I18n, Msg};
use driegesprek::reminders::Worker;
use driegesprek::telegram::send::TelegramMessenger;

use crate::driver::text_of;
use crate::fake_telegram::{BOT_USERNAME, ChatTarget, Sent, TgUser};
use crate::support::{AMAL, JOOST, SANNE, TEAM, TestBot, ThreeParties, button, manual, spawn_case};

const REF: &str = "UTR-7";

struct Cast {
    bot: TestBot,
    sanne: TgUser,
    joost: TgUser,
    amal: TgUser,
    worker: Worker<App, TelegramMessenger<teloxide::Bot>>,
}

fn at(s: &str) -> DateTime<Utc> {
    s.parse().expect("a time")
}

/// The meeting everyone agrees on: Monday 6 April 2026, 10:00 in Amsterdam.
fn meeting_start() -> DateTime<Utc> {
    at("2026-04-06T08:00:00Z")
}

/// Case UTR-7 of Gemeente Utrecht and COA Ter Apel (matched 25 March, housing 1 June): Sanne
/// (municipality) and Joost (COA) read Dutch, Amal reads Arabic; Sanne's team group follows
/// the municipality. With the real worker and the real composer (`App`), stepped by the test.
async fn cast() -> Cast {
    let bot = spawn_case(&ThreeParties {
        holder_lang: Lang::Ar,
        holder_privacy_ack: Some("2026-03-01T00:00:00+00:00"),
        matching_date: "2026-03-25",
        housing_date: Some("2026-06-01"),
        ..ThreeParties::default()
    })
    .await;
    let links = Links {
        bot_username: BOT_USERNAME.to_string(),
    };
    let app = App::new(bot.pool.clone(), bot.clock.clone(), links).with_policy(manual().policy);
    let messenger = TelegramMessenger::new(bot.tg.bot(), Arc::new(I18n::load().expect("i18n")));
    let worker = Worker::new(bot.pool.clone(), app, messenger, manual());
    Cast {
        sanne: bot.tg.user(SANNE, "Sanne", Some("nl")),
        joost: bot.tg.user(JOOST, "Joost", Some("nl")),
        amal: bot.tg.user(AMAL, "Amal", Some("ar")),
        bot,
        worker,
    }
}

fn has_exact(sent: &Sent, label: &str) -> bool {
    sent.buttons().iter().any(|(t, _)| t == label)
}

fn exact(sent: &Sent, label: &str) -> String {
    sent.buttons()
        .into_iter()
        .find(|(t, _)| t == label)
        .map(|(_, data)| data)
        .unwrap_or_else(|| panic!("no button {label:?} in {:?}", sent.buttons()))
}

/// Written in Arabic script (Arabic, Persian…): read right to left.
fn right_to_left(text: &str) -> bool {
    text.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c))
}

impl Cast {
    fn text(&self, lang: Lang, msg: Msg) -> String {
        self.bot.text(lang, msg)
    }

    /// Presses `data` under `sent` in `who`'s private chat; the next message with buttons there.
    async fn press(&self, who: &TgUser, sent: &Sent, data: &str) -> Sent {
        let m = self.bot.tg.mark();
        self.bot
            .tg
            .press_button(who, ChatTarget::Private, sent.message_id, data);
        self.bot
            .tg
            .wait_for_since(m, who.id, |s| !s.buttons().is_empty())
            .await
    }

    /// In Sanne's calendar: pages to the next month when `day` is not shown, picks it and `time`.
    async fn pick(&self, cal: &Sent, day: &str, time: &str) -> Sent {
        let mut cal = cal.clone();
        if !has_exact(&cal, day) {
            cal = self
                .press(&self.sanne, &cal, &exact(&cal, "Volgende maand ▶️"))
                .await;
        }
        let q = self.press(&self.sanne, &cal, &exact(&cal, day)).await;
        self.press(&self.sanne, &q, &exact(&q, time)).await
    }

    /// Sanne proposes Monday 6 April 10:00 and 14:00 at the azc with an interpreter; the
    /// questions Amal, Joost and Sanne get.
    async fn propose(&self) -> [Sent; 3] {
        let tg = &self.bot.tg;
        let m = tg.mark();
        tg.send_command(&self.sanne, ChatTarget::Private, "meet");
        let cal = tg
            .wait_for_since(m, SANNE, |s| !s.buttons().is_empty())
            .await;
        let cal = self.pick(&cal, "6", "10:00").await;
        let cal = self.pick(&cal, "6", "14:00").await;
        let place = self.press(&self.sanne, &cal, &button(&cal, "✅")).await;
        let interp = self
            .press(&self.sanne, &place, &button(&place, "azc"))
            .await;
        let m = tg.mark();
        tg.press_button(
            &self.sanne,
            ChatTarget::Private,
            interp.message_id,
            &button(&interp, "Ja"),
        );
        let asks = [
            ask_since(self, m, AMAL).await,
            ask_since(self, m, JOOST).await,
            ask_since(self, m, SANNE).await,
        ];
        tg.quiet().await;
        asks
    }

    /// `who` presses each of `labels` under `ask`.
    async fn answer(&self, who: &TgUser, ask: &Sent, labels: &[&str]) {
        for label in labels {
            self.bot
                .tg
                .press_button(who, ChatTarget::Private, ask.message_id, &exact(ask, label));
            self.bot.tg.quiet().await;
        }
    }

    /// Sanne confirms the time that suits everyone (she proposed it from her private chat).
    async fn confirm(&self, since: crate::fake_telegram::Mark) {
        let suits = self
            .bot
            .tg
            .wait_for_since(since, SANNE, |s| {
                s.buttons().iter().any(|(t, _)| t.starts_with("✅ ")) && !has_exact(s, "✅ 1")
            })
            .await;
        let m = self.bot.tg.mark();
        self.bot.tg.press_button(
            &self.sanne,
            ChatTarget::Private,
            suits.message_id,
            &suits.buttons()[0].1,
        );
        self.bot.next_message(m, AMAL).await;
        self.bot.tg.quiet().await;
    }

    /// Proposes, lets everyone answer and confirms: the meeting of 6 April 10:00 is fixed.
    async fn confirmed_meeting(&self) {
        let [amal_ask, joost_ask, sanne_ask] = self.propose().await;
        self.answer(&self.joost, &joost_ask, &["✅ 1", "✅ 2"])
            .await;
        let m = self.bot.tg.mark();
        self.answer(&self.amal, &amal_ask, &["✅ 1"]).await;
        self.answer(&self.sanne, &sanne_ask, &["✅ 1"]).await;
        self.confirm(m).await;
    }

    /// Moves the clock to `when` and steps the worker for ten seconds (one message per second
    /// per chat); what each chat received meanwhile, as texts.
    async fn step(&self, when: DateTime<Utc>) -> HashMap<i64, Vec<String>> {
        let before: HashMap<i64, usize> = [SANNE, JOOST, AMAL, TEAM]
            .into_iter()
            .map(|c| (c, self.bot.tg.sent_to(c).len()))
            .collect();
        for s in 0..10 {
            let now = when + chrono::Duration::seconds(s);
            self.bot.clock.set(now);
            let report = self.worker.run_once(now).await;
            assert!(report.errors.is_empty(), "{report:?}");
        }
        self.bot.tg.quiet().await;
        before
            .into_iter()
            .map(|(c, n)| {
                let news = self.bot.tg.sent_to(c)[n..].iter().map(text_of).collect();
                (c, news)
            })
            .collect()
    }
}

/// The next question with the slot buttons to `chat` after `m`.
async fn ask_since(c: &Cast, m: crate::fake_telegram::Mark, chat: i64) -> Sent {
    c.bot
        .tg
        .wait_for_since(m, chat, |s| has_exact(s, "✅ 1"))
        .await
}

fn got(news: &HashMap<i64, Vec<String>>, chat: i64) -> &[String] {
    news.get(&chat).map(Vec::as_slice).unwrap_or_default()
}
