//! Every message to another party is delivered once (issue 10, finding 3): the notices of a
//! change are rows in the outbox written with the change, so a 429 in a busy team group delays
//! the group's copy instead of losing it. Before, they were sent after the commit and dropped
//! on any error.

use driegesprek::domain::Lang;
use driegesprek::i18n::Msg;
use sqlx::Row;

use super::{REF, plan_case, plan_view, press, users};
use crate::fake_telegram::Fault;
use crate::support::{JOOST, PIETER, SANNE, TEAM};

/// The outbox rows of kind `notice` to a chat: (status, payload still there).
async fn notices_to(bot: &crate::support::TestBot, chat: i64) -> Vec<(String, bool)> {
    sqlx::query(
        "SELECT status, payload IS NOT NULL AS has_payload FROM reminders
         WHERE kind = 'notice' AND chat_id = ? ORDER BY id",
    )
    .bind(chat)
    .fetch_all(&bot.pool)
    .await
    .unwrap()
    .iter()
    .map(|r| (r.get::<String, _>(0), r.get::<bool, _>(1)))
    .collect()
}

#[tokio::test]
async fn a_notice_refused_with_429_by_the_team_group_reaches_it_once_when_the_limit_is_over() {
    let bot = plan_case().await;
    let [sanne, ..] = users(&bot);
    let chosen = bot.text(
        Lang::Nl,
        Msg::new("plan-option-chosen")
            .code("reference", REF)
            .msg("option", Msg::new("plan-option").code("option", "combined")),
    );
    // The team group is busy: Telegram refuses the next message to it for 30 seconds.
    bot.tg.fail_next(
        "sendMessage",
        TEAM,
        Fault::TooManyRequests { retry_after: 30 },
    );
    let none = plan_view(&bot, &sanne).await;
    let m = press(&bot, &sanne, &none, "Aanpak kiezen");
    let picker = bot.next_message(m, SANNE).await;
    let m = press(&bot, &sanne, &picker, "Gecombineerd");
    for chat in [SANNE, JOOST, PIETER] {
        bot.expect_text(m, chat, &chosen).await;
    }
    bot.tg.quiet().await;
    let in_group = |bot: &crate::support::TestBot| {
        bot.tg
            .sent_to(TEAM)
            .iter()
            .filter(|s| crate::driver::text_of(s) == chosen)
            .count()
    };
    assert_eq!(in_group(&bot), 0, "refused with 429, not delivered yet");
    assert_eq!(
        notices_to(&bot, TEAM).await,
        [("pending".to_string(), true)],
        "the group's notice waits in the outbox"
    );
    // Joost's and Pieter's copies went out at once and are recorded as sent, their text gone.
    assert_eq!(notices_to(&bot, JOOST).await, [("sent".to_string(), false)]);

    // Before the 30 seconds are over the worker does not try again.
    bot.clock.advance(chrono::Duration::seconds(10));
    let early = bot.run_reminders().await;
    assert!(early.sent.is_empty(), "{early:?}");
    bot.clock.advance(chrono::Duration::seconds(25));
    let later = bot.run_reminders().await;
    assert_eq!(later.sent.len(), 1, "{later:?}");
    bot.tg.quiet().await;
    assert_eq!(in_group(&bot), 1);
    assert_eq!(notices_to(&bot, TEAM).await, [("sent".to_string(), false)]);

    // Never twice: later steps send nothing more, to anyone.
    bot.clock.advance(chrono::Duration::minutes(10));
    let again = bot.run_reminders().await;
    assert!(again.sent.is_empty(), "{again:?}");
    bot.tg.quiet().await;
    assert_eq!(in_group(&bot), 1);
    for chat in [JOOST, PIETER] {
        let copies = bot
            .tg
            .sent_to(chat)
            .iter()
            .filter(|s| crate::driver::text_of(s) == chosen)
            .count();
        assert_eq!(copies, 1, "chat {chat}");
    }
    bot.stop().await;
}

#[tokio::test]
async fn a_notice_to_a_chat_that_is_gone_fails_and_its_text_is_not_kept() {
    let bot = plan_case().await;
    let [sanne, ..] = users(&bot);
    // Joost blocked the bot: his copy fails for good, the others go out.
    bot.tg.fail_next("sendMessage", JOOST, Fault::Blocked);
    let none = plan_view(&bot, &sanne).await;
    let m = press(&bot, &sanne, &none, "Aanpak kiezen");
    let picker = bot.next_message(m, SANNE).await;
    let m = press(&bot, &sanne, &picker, "Gecombineerd");
    bot.tg.wait_for_since(m, TEAM, |_| true).await;
    bot.tg.quiet().await;
    assert_eq!(
        notices_to(&bot, JOOST).await,
        [("failed".to_string(), false)]
    );
    assert_eq!(notices_to(&bot, TEAM).await, [("sent".to_string(), false)]);
    bot.stop().await;
}
