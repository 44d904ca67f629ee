//! Exactly once per update (issue 10, finding 4): the id of an update is recorded in the
//! transaction of its effect. An update whose effect failed is handled again when Telegram
//! delivers it again; one whose effect was saved is not. Before, the id was committed on its
//! own before the use case ran, so a failure in between lost the action for good. The ids are
//! forgotten after a week.

use driegesprek::app::{Action, Actor, App, Incoming, Input, Links};
use driegesprek::domain::{ChatId, Lang, UserId};
use driegesprek::i18n::Msg;

use crate::fake_telegram::BOT_USERNAME;
use crate::support::{AMAL, TestBot, ThreeParties, spawn_case};

fn app(bot: &TestBot) -> App {
    let links = Links {
        bot_username: BOT_USERNAME.to_string(),
    };
    App::new(bot.pool.clone(), bot.clock.clone(), links)
}

/// Amal taps ትግርኛ in the language picker.
fn amal_picks_tigrinya() -> Incoming {
    Incoming {
        chat: ChatId(AMAL),
        actor: Actor {
            user: UserId(AMAL),
            display_name: "Amal".into(),
            language_code: Some("ar".into()),
        },
        message_id: None,
        input: Input::Button(Some(Action::PickLang(Lang::Ti))),
    }
}

async fn amal_lang(bot: &TestBot) -> String {
    sqlx::query_scalar("SELECT lang FROM users WHERE tg_user_id = ?")
        .bind(AMAL)
        .fetch_one(&bot.pool)
        .await
        .unwrap()
}

async fn recorded(bot: &TestBot) -> Vec<i64> {
    sqlx::query_scalar("SELECT update_id FROM processed_updates ORDER BY update_id")
        .fetch_all(&bot.pool)
        .await
        .unwrap()
}

#[tokio::test]
async fn an_update_whose_effect_failed_is_handled_when_delivered_again_and_only_once_after() {
    let bot = spawn_case(&ThreeParties {
        holder_lang: Lang::Ar,
        holder_privacy_ack: Some("2026-03-02T09:00:00Z"),
        ..ThreeParties::default()
    })
    .await;
    let app = app(&bot);
    // The database refuses the change (a full disk, a fault): the effect fails.
    sqlx::raw_sql(
        "CREATE TRIGGER refuse_insert BEFORE INSERT ON users
             BEGIN SELECT RAISE(ABORT, 'test fault'); END;
         CREATE TRIGGER refuse_update BEFORE UPDATE ON users
             BEGIN SELECT RAISE(ABORT, 'test fault'); END;",
    )
    .execute(&bot.pool)
    .await
    .unwrap();
    let failed = app.handle(Some(9001), amal_picks_tigrinya()).await;
    let apology = Msg::new("error-internal");
    assert_eq!(failed.notice, Some((Lang::Ar, apology)), "{failed:?}");
    assert_eq!(amal_lang(&bot).await, "ar");
    assert!(
        recorded(&bot).await.is_empty(),
        "no effect, nothing recorded"
    );

    // The fault is gone; Telegram delivers the same update again: now it takes effect.
    sqlx::raw_sql("DROP TRIGGER refuse_insert; DROP TRIGGER refuse_update;")
        .execute(&bot.pool)
        .await
        .unwrap();
    let done = app.handle(Some(9001), amal_picks_tigrinya()).await;
    assert!(done.notice.is_none(), "{done:?}");
    assert!(!done.messages.is_empty(), "the overview in Tigrinya");
    assert!(done.messages.iter().all(|m| m.lang == Lang::Ti));
    assert_eq!(amal_lang(&bot).await, "ti");
    assert_eq!(recorded(&bot).await, [9001]);

    // Delivered a third time (a restart before Telegram heard the offset): nothing happens.
    let before = bot.snapshot().await;
    let again = app.handle(Some(9001), amal_picks_tigrinya()).await;
    assert_eq!(again, Default::default(), "skipped without an answer");
    assert_eq!(bot.snapshot().await, before);
    bot.stop().await;
}

#[tokio::test]
async fn an_update_that_only_reads_records_nothing_and_ids_are_forgotten_after_a_week() {
    let bot = spawn_case(&ThreeParties::default()).await;
    let app = app(&bot);
    let menu = Incoming {
        input: Input::Command {
            name: "menu".into(),
            arg: String::new(),
        },
        ..amal_picks_tigrinya()
    };
    let shown = app.handle(Some(42), menu).await;
    assert_eq!(shown.messages.len(), 1, "{shown:?}");
    assert!(recorded(&bot).await.is_empty(), "a read writes nothing");

    app.handle(Some(43), amal_picks_tigrinya()).await;
    assert_eq!(recorded(&bot).await, [43]);
    bot.clock.advance(chrono::Duration::days(6));
    assert_eq!(bot.run_reminders().await.pruned, 0);
    assert_eq!(recorded(&bot).await, [43]);
    bot.clock
        .advance(chrono::Duration::days(1) + chrono::Duration::minutes(1));
    assert_eq!(bot.run_reminders().await.pruned, 1);
    assert!(recorded(&bot).await.is_empty());
    bot.stop().await;
}
