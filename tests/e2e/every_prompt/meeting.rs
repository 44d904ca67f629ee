//! `/meet`: the typed time of a day, then the video link.

use driegesprek::domain::Lang;
use driegesprek::i18n::Msg;

use super::{ARABIC_TIME, all_inputs, refused, someone_else_is_answered};
use crate::driver::{press_next, text_of};
use crate::fake_telegram::ChatTarget;
use crate::support::{SANNE, ThreeParties, spawn_case};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn only_a_time_in_arabic_indic_digits_is_a_time_and_no_odd_input_is_a_link() {
    let bot = spawn_case(&ThreeParties {
        holder_privacy_ack: Some("2026-03-01T00:00:00+00:00"),
        ..ThreeParties::default()
    })
    .await;
    let sanne = bot.tg.user(SANNE, "Sanne", Some("nl"));
    let nl = |id| bot.text(Lang::Nl, Msg::new(id));
    let m = bot.tg.mark();
    bot.tg.send_command(&sanne, ChatTarget::Private, "meet");
    let march = bot.next_message(m, SANNE).await;
    let times = press_next(&bot, &sanne, &march, "31").await;
    let ask = press_next(&bot, &sanne, &times, "⌨️").await;
    assert_eq!(text_of(&ask), nl("meeting-ask-time"));

    let bad_time = nl("meeting-bad-time");
    for (label, text) in all_inputs().into_iter().filter(|(_, t)| t != ARABIC_TIME) {
        refused(&bot, &sanne, label, &text, &bad_time).await;
    }
    // Arabic-Indic digits are read as digits: Tuesday 31 March, 14:30 in Amsterdam (12:30
    // UTC), once in the proposal being made, and the calendar comes back.
    bot.tg.quiet().await;
    let m = bot.tg.mark();
    bot.tg.send_text(&sanne, ChatTarget::Private, ARABIC_TIME);
    let cal = bot
        .tg
        .wait_for_since(m, SANNE, |s| !s.buttons().is_empty())
        .await;
    bot.tg.quiet().await;
    let state: String = sqlx::query_scalar("SELECT state FROM dialogs")
        .fetch_one(&bot.pool)
        .await
        .unwrap();
    assert_eq!(state.matches("2026-03-31T12:30:00").count(), 1, "{state}");
    assert!(
        bot.snapshot().await.matches("12:30").count() == 1,
        "stored once"
    );

    // A second time by button (a proposal has at least two), then the place and the link.
    let times = press_next(&bot, &sanne, &cal, "30").await;
    let m = bot.tg.mark();
    bot.tg.press_button(
        &sanne,
        ChatTarget::Private,
        times.message_id,
        &crate::support::button(&times, "16:00"),
    );
    let cal = bot
        .tg
        .wait_for_since(m, SANNE, |s| {
            s.buttons().iter().any(|(t, _)| t.starts_with("✅"))
        })
        .await;
    let place = press_next(&bot, &sanne, &cal, "✅").await;
    let link = press_next(&bot, &sanne, &place, "💻").await;
    assert_eq!(text_of(&link), nl("meeting-ask-link"));
    let bad_link = nl("meeting-bad-link");
    for (label, text) in all_inputs() {
        refused(&bot, &sanne, label, &text, &bad_link).await;
    }
    someone_else_is_answered(&bot).await;
    bot.stop().await;
}
