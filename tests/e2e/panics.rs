//! A panic while handling one update never stops the service (issue 10): the person gets the
//! translated apology, and everyone, that person included, is served on.

use driegesprek::domain::Lang;
use driegesprek::i18n::Msg;

use crate::fake_telegram::ChatTarget;
use crate::support::spawn_bot;

const TRIGGER: &str = "💥 test-only panic 7c1f";

#[tokio::test]
async fn a_panic_in_one_update_gets_the_apology_and_the_bot_serves_on() {
    let _ = driegesprek::app::PANIC_TRIGGER.set(TRIGGER.to_string());
    let bot = spawn_bot().await;
    let someone = bot.tg.user(7301, "Someone", Some("ar"));
    let other = bot.tg.user(7302, "Other", Some("en"));
    let apology = bot.text(Lang::Ar, Msg::new("error-internal"));
    for _ in 0..2 {
        let m = bot.tg.mark();
        bot.tg.send_text(&someone, ChatTarget::Private, TRIGGER);
        bot.expect_text(m, someone.id, &apology).await;
    }
    let welcome = bot.text(Lang::En, Msg::new("stranger-welcome"));
    let m = bot.tg.mark();
    bot.tg.send_command(&other, ChatTarget::Private, "start");
    bot.expect_text(m, other.id, &welcome).await;
    let m = bot.tg.mark();
    bot.tg.send_command(&someone, ChatTarget::Private, "start");
    bot.expect_text(
        m,
        someone.id,
        &bot.text(Lang::Ar, Msg::new("stranger-welcome")),
    )
    .await;
    bot.stop().await;
}
