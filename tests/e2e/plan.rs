//! The handover plan end to end (issue 3): Sanne (municipality) chooses option 2, the five items
//! are drafted, agreements are added, the plan goes round and is confirmed in Arabic and Dutch,
//! a question reaches staff and the group, items are done and run late (the real reminder
//! worker, driven with the test's clock), the housing date moves, and a summary document comes
//! out. Then the bad input: wrong dates, a closed case, a forged button, two editors, an old
//! version. Here: the shared case and steps; the story is in `plan/round.rs` (its later steps
//! in `plan/follow_up.rs` and `plan/summary.rs`), the bad input in `plan/bad_input.rs`.

mod bad_input;
mod delivery;
mod follow_up;
mod round;
mod summary;

use std::sync::Arc;

use driegesprek::app::{App, Links};
use driegesprek::domain::Lang;
use driegesprek::i18n::{I18n, Msg};
use driegesprek::reminders::Worker;
use driegesprek::telegram::send::TelegramMessenger;

use crate::driver::{alert, day, press, text_of};
use crate::fake_telegram::{BOT_USERNAME, ChatTarget, Sent, TgUser};
use crate::support::{AMAL, JOOST, PIETER, SANNE, TEAM, TestBot, ThreeParties, manual, spawn_case};

const REF: &str = "UTR-7";

/// Case UTR-7 of Gemeente Utrecht and COA Ter Apel, matched on Wednesday 25 March 2026, housing
/// expected Monday 1 June: Sanne and Pieter (municipality), Joost (COA), Amal (status holder,
/// Arabic), and the municipality's team group.
async fn plan_case() -> TestBot {
    spawn_case(&ThreeParties {
        holder_lang: Lang::Ar,
        matching_date: "2026-03-25",
        housing_date: Some("2026-06-01"),
        with_pieter: true,
        ..ThreeParties::default()
    })
    .await
}

type PlanWorker = Worker<App, TelegramMessenger<teloxide::Bot>>;

/// The real reminder worker with the real composer (`App`), stepped by the test.
fn worker(bot: &TestBot) -> PlanWorker {
    let links = Links {
        bot_username: BOT_USERNAME.to_string(),
    };
    let app = App::new(bot.pool.clone(), bot.clock.clone(), links).with_policy(manual().policy);
    let messenger = TelegramMessenger::new(bot.tg.bot(), Arc::new(I18n::load().expect("i18n")));
    Worker::new(bot.pool.clone(), app, messenger, manual())
}

fn users(bot: &TestBot) -> [TgUser; 4] {
    [
        bot.tg.user(SANNE, "Sanne", Some("nl")),
        bot.tg.user(JOOST, "Joost", Some("nl")),
        bot.tg.user(AMAL, "Amal", Some("ar")),
        bot.tg.user(PIETER, "Pieter", Some("nl")),
    ]
}

fn kind(k: &str) -> Msg {
    Msg::new("plan-kind").code("kind", k)
}

/// An item's kind as the status holder reads it: plain words (issue 15).
fn holder_kind(k: &str) -> Msg {
    Msg::new("plan-kind-holder").code("kind", k)
}

/// `/plan` in a private chat; the plan message that comes back.
async fn plan_view(bot: &TestBot, who: &TgUser) -> Sent {
    let m = bot.tg.mark();
    bot.tg.send_command(who, ChatTarget::Private, "plan");
    bot.next_message(m, who.id).await
}

/// Every plan row, item, confirmation, history entry and reminder, as text.
async fn plan_rows(bot: &TestBot) -> String {
    let tables = [
        "plans",
        "plan_items",
        "plan_confirmations",
        "plan_events",
        "reminders",
    ];
    bot.snapshot().await + &bot.rows_of(&tables).await
}

/// Sanne chooses option 2 from `/plan`; returns her plan view after it.
async fn choose_combined(bot: &TestBot, sanne: &TgUser) -> Sent {
    let none = plan_view(bot, sanne).await;
    assert_eq!(text_of(&none), bot.text(Lang::Nl, Msg::new("plan-none")));
    let m = press(bot, sanne, &none, "Aanpak kiezen");
    let picker = bot.next_message(m, SANNE).await;
    let m = press(bot, sanne, &picker, "Gecombineerd");
    let chosen = Msg::new("plan-option-chosen")
        .code("reference", REF)
        .msg("option", Msg::new("plan-option").code("option", "combined"));
    bot.expect_text(m, SANNE, &bot.text(Lang::Nl, chosen.clone()))
        .await;
    for chat in [JOOST, PIETER, TEAM] {
        bot.expect_text(m, chat, &bot.text(Lang::Nl, chosen.clone()))
            .await;
    }
    bot.tg
        .wait_for_since(m, SANNE, |s| text_of(s).starts_with("📋"))
        .await
}

/// Adds an agreement of `kind_label` for `owner_label`; `due` is typed or a button label.
async fn add_agreement(
    bot: &TestBot,
    sanne: &TgUser,
    view: &Sent,
    kind_label: &str,
    owner_label: &str,
    due: &str,
) -> Sent {
    let m = press(bot, sanne, view, "Afspraak");
    let kinds = bot.next_message(m, SANNE).await;
    let m = press(bot, sanne, &kinds, kind_label);
    let mut ask = bot.next_message(m, SANNE).await;
    if kind_label == "Eigen tekst" {
        let m = bot.tg.mark();
        bot.tg.send_text(
            sanne,
            ChatTarget::Private,
            "Bel de tolk <b>Tigrinya</b> & bevestig",
        );
        ask = bot.next_message(m, SANNE).await;
    }
    assert_eq!(
        text_of(&ask),
        bot.text(Lang::Nl, Msg::new("plan-ask-owner"))
    );
    let m = press(bot, sanne, &ask, owner_label);
    let when = bot.next_message(m, SANNE).await;
    assert_eq!(text_of(&when), bot.text(Lang::Nl, Msg::new("plan-ask-due")));
    let m = if due.contains('-') {
        let m = bot.tg.mark();
        bot.tg.send_text(sanne, ChatTarget::Private, due);
        m
    } else {
        press(bot, sanne, &when, due)
    };
    bot.tg
        .wait_for_since(m, SANNE, |s| text_of(s).contains("afspraak toegevoegd"))
        .await
}
