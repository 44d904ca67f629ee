//! `/newcase`: the holder's name, the case reference and the typed matching date.

use driegesprek::domain::Lang;
use driegesprek::i18n::Msg;

use super::{
    ARABIC_TIME, EMOJI, FULL_WIDTH, MARK, RTL, all_inputs, count, isolated, long_line, refused,
    someone_else_is_answered, typed,
};
use crate::bad_input::{open_case_as, sanne_opening_a_case};
use crate::fake_telegram::{ChatTarget, TgUser};
use crate::support::{TestBot, button};

async fn newcase(bot: &TestBot, sanne: &TgUser) {
    let m = bot.tg.mark();
    bot.tg.send_command(sanne, ChatTarget::Private, "newcase");
    bot.expect_text(m, sanne.id, &bot.text(Lang::Nl, Msg::new("case-ask-name")))
        .await;
}

fn nl(bot: &TestBot, msg: Msg) -> String {
    bot.text(Lang::Nl, msg)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn odd_names_are_refused_when_too_long_or_empty_and_kept_as_typed_otherwise() {
    let (bot, sanne) = sanne_opening_a_case().await;
    let too_long = nl(&bot, Msg::new("error-text-too-long").num("max", 40));
    refused(&bot, &sanne, "long", &long_line(), &too_long).await;
    let empty = nl(&bot, Msg::new("error-text-empty"));
    refused(&bot, &sanne, "mark", MARK, &empty).await;

    for (i, name) in [EMOJI, ARABIC_TIME, FULL_WIDTH, RTL]
        .into_iter()
        .enumerate()
    {
        if i > 0 {
            newcase(&bot, &sanne).await;
        }
        let m = bot.tg.mark();
        open_case_as(&bot, &sanne, name, &format!("N-{i}")).await;
        bot.tg.quiet().await;
        assert_eq!(count(&bot, "cases", "holder_name", name).await, 1, "{name}");
        let shown = bot.tg.sent_since(m).into_iter().filter_map(|s| s.text);
        assert!(
            shown.into_iter().any(|t| t.contains(&isolated(name))),
            "{name} shown back"
        );
    }
    someone_else_is_answered(&bot).await;
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn odd_references_are_refused_when_too_long_or_empty_and_kept_as_typed_otherwise() {
    let (bot, sanne) = sanne_opening_a_case().await;
    typed(&bot, &sanne, "Amal").await;
    let too_long = nl(&bot, Msg::new("error-text-too-long").num("max", 32));
    refused(&bot, &sanne, "long", &long_line(), &too_long).await;
    let empty = nl(&bot, Msg::new("error-text-empty"));
    refused(&bot, &sanne, "mark", MARK, &empty).await;

    for reference in [EMOJI, ARABIC_TIME, FULL_WIDTH, RTL] {
        newcase(&bot, &sanne).await;
        let m = bot.tg.mark();
        open_case_as(&bot, &sanne, "Amal", reference).await;
        bot.tg.quiet().await;
        assert_eq!(count(&bot, "cases", "reference", reference).await, 1);
        // A reference is a code: shown as typed, without marks around it.
        let opened = nl(&bot, Msg::new("case-opened").code("reference", reference));
        bot.expect_text(m, sanne.id, &opened).await;
    }
    someone_else_is_answered(&bot).await;
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn no_odd_input_is_a_matching_date() {
    let (bot, sanne) = sanne_opening_a_case().await;
    typed(&bot, &sanne, "Amal").await;
    let q = typed(&bot, &sanne, "D-1").await;
    let m = bot.tg.mark();
    bot.tg.press_button(
        &sanne,
        ChatTarget::Private,
        q.message_id,
        &button(&q, "COA Ter Apel"),
    );
    let ask = nl(&bot, Msg::new("case-ask-matching"));
    bot.expect_text(m, sanne.id, &ask).await;
    let not_a_date = nl(&bot, Msg::new("error-not-a-date"));
    for (label, text) in all_inputs() {
        refused(&bot, &sanne, label, &text, &not_a_date).await;
    }
    someone_else_is_answered(&bot).await;
    bot.stop().await;
}
