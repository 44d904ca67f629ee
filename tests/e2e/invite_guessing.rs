//! Invite links cannot be guessed (issue 10): after ten unknown, used or expired links within
//! an hour, a Telegram user's links are not checked for the rest of that hour, not even a valid
//! one. Other people are served as before.

use chrono::Duration;
use driegesprek::domain::Lang;
use driegesprek::i18n::Msg;

use crate::fake_telegram::ChatTarget;
use crate::support::spawn_bot;

#[tokio::test]
async fn after_ten_wrong_invite_links_even_a_valid_one_waits_an_hour() {
    let bot = spawn_bot().await;
    let org = bot.add_org("gemeente", "Gemeente Utrecht");
    let invite = bot.staff_invite(&org, "gemeente");
    let guesser = bot.tg.user(5005, "Guess", Some("en"));
    let unknown = bot.text(Lang::En, Msg::new("invite-unknown"));
    let too_many = bot.text(Lang::En, Msg::new("invite-too-many-tries"));
    for i in 0..10 {
        let m = bot.tg.mark();
        let wrong = format!("{i:040x}");
        bot.tg
            .send_command(&guesser, ChatTarget::Private, &format!("start {wrong}"));
        bot.expect_text(m, guesser.id, &unknown).await;
    }
    let m = bot.tg.mark();
    bot.tg.send_command(
        &guesser,
        ChatTarget::Private,
        "start ffffffffffffffffffffffffffffffffffffffff",
    );
    bot.expect_text(m, guesser.id, &too_many).await;
    // A valid link is not even looked at while blocked.
    let m = bot.tg.mark();
    bot.tg
        .send_command(&guesser, ChatTarget::Private, &format!("start {invite}"));
    bot.expect_text(m, guesser.id, &too_many).await;
    bot.tg.quiet().await;
    let staff: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM staff")
        .fetch_one(&bot.pool)
        .await
        .expect("count staff");
    assert_eq!(staff, 0, "the blocked user was admitted");

    // Someone else is served as usual, with the same valid link.
    let sanne = bot.tg.user(1001, "Sanne", Some("nl"));
    let m = bot.tg.mark();
    bot.tg
        .send_command(&sanne, ChatTarget::Private, &format!("start {invite}"));
    let welcome = bot.next_message(m, sanne.id).await;
    assert_ne!(welcome.text.as_deref(), Some(too_many.as_str()));
    assert!(
        welcome
            .text
            .as_deref()
            .is_some_and(|t| t.contains("Gemeente Utrecht")),
        "{welcome:?}"
    );

    // An hour after the first wrong link, the guesser's links are checked again.
    bot.clock.advance(Duration::minutes(61));
    let m = bot.tg.mark();
    bot.tg.send_command(
        &guesser,
        ChatTarget::Private,
        "start eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee",
    );
    bot.expect_text(m, guesser.id, &unknown).await;
    bot.stop().await;
}
