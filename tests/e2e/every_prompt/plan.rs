//! `/plan`: the typed due date of an agreement, and the words of an agreement of one's own.

use driegesprek::domain::Lang;
use driegesprek::i18n::Msg;

use super::{
    ARABIC_TIME, EMOJI, FULL_WIDTH, MARK, RTL, all_inputs, count, isolated, long_line, refused,
    someone_else_is_answered, typed,
};
use crate::driver::{press_next, text_of};
use crate::fake_telegram::{ChatTarget, Sent, TgUser};
use crate::support::{SANNE, TestBot, ThreeParties, button, spawn_case};

/// `/plan`, then "agreement" and the kind labelled `kind`: the question that follows.
async fn new_agreement(bot: &TestBot, sanne: &TgUser, kind: &str) -> Sent {
    let m = bot.tg.mark();
    bot.tg.send_command(sanne, ChatTarget::Private, "plan");
    let view = bot.next_message(m, SANNE).await;
    let kinds = press_next(bot, sanne, &view, "Afspraak").await;
    press_next(bot, sanne, &kinds, kind).await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn no_odd_input_is_a_due_date_and_odd_agreement_texts_are_kept_unless_too_long_or_empty() {
    let bot = spawn_case(&ThreeParties {
        holder_lang: Lang::Ar,
        matching_date: "2026-03-25",
        housing_date: Some("2026-06-01"),
        ..ThreeParties::default()
    })
    .await;
    let sanne = bot.tg.user(SANNE, "Sanne", Some("nl"));
    let nl = |msg: Msg| bot.text(Lang::Nl, msg);
    let m = bot.tg.mark();
    bot.tg.send_command(&sanne, ChatTarget::Private, "plan");
    let none = bot.next_message(m, SANNE).await;
    let picker = press_next(&bot, &sanne, &none, "Aanpak kiezen").await;
    press_next(&bot, &sanne, &picker, "Gecombineerd").await;
    bot.tg.quiet().await;

    // The due date of an interpreter agreement.
    let owner = new_agreement(&bot, &sanne, "Tolk").await;
    let when = press_next(&bot, &sanne, &owner, "COA").await;
    let m0 = bot.tg.mark();
    assert_eq!(text_of(&when), nl(Msg::new("plan-ask-due")));
    let not_a_date = nl(Msg::new("error-not-a-date"));
    for (label, text) in all_inputs() {
        refused(&bot, &sanne, label, &text, &not_a_date).await;
    }
    // A typed date is taken, and the question's day buttons go at once (issue 12) ...
    let added = typed(&bot, &sanne, "15-06-2026").await;
    assert!(
        text_of(&added).contains("afspraak toegevoegd"),
        "{}",
        text_of(&added)
    );
    let id = when.message_id;
    let plain = bot
        .tg
        .wait_for_since(m0, SANNE, |s| {
            s.method == "editMessageText" && s.message_id == id
        })
        .await;
    assert!(plain.buttons().is_empty(), "{:?}", plain.buttons());
    assert_eq!(text_of(&plain), nl(Msg::new("plan-ask-due")));
    // ... and one pressed from an old copy says it no longer works and clears its keyboard.
    let stale = crate::driver::alert(
        &bot,
        &sanne,
        when.message_id,
        &button(&when, "over 7 dagen"),
    )
    .await;
    assert_eq!(stale, nl(Msg::new("error-button-stale")));
    bot.tg
        .wait_for_since(m0, SANNE, |s| {
            s.method == "editMessageReplyMarkup" && s.message_id == id
        })
        .await;

    // The words of an agreement of her own: too long or nothing to see is refused ...
    let ask = new_agreement(&bot, &sanne, "Eigen tekst").await;
    assert_eq!(text_of(&ask), nl(Msg::new("plan-ask-free")));
    let bad = nl(Msg::new("plan-free-bad").num("max", 300));
    refused(&bot, &sanne, "long", &long_line(), &bad).await;
    refused(&bot, &sanne, "mark", MARK, &bad).await;
    // ... anything else is what she wrote: kept once, shown back as typed, in an isolate.
    for (i, text) in [EMOJI, ARABIC_TIME, FULL_WIDTH, RTL]
        .into_iter()
        .enumerate()
    {
        if i > 0 {
            new_agreement(&bot, &sanne, "Eigen tekst").await;
        }
        let owner = typed(&bot, &sanne, text).await;
        assert_eq!(text_of(&owner), nl(Msg::new("plan-ask-owner")), "{text}");
        let when = press_next(&bot, &sanne, &owner, "gemeente").await;
        let m = bot.tg.mark();
        bot.tg.press_button(
            &sanne,
            ChatTarget::Private,
            when.message_id,
            &button(&when, "over 7 dagen"),
        );
        let added = bot
            .tg
            .wait_for_since(m, SANNE, |s| {
                s.text
                    .as_deref()
                    .is_some_and(|t| t.contains("afspraak toegevoegd"))
            })
            .await;
        let shown = added.text.unwrap_or_default();
        assert!(shown.contains(&isolated(text)), "{text}: {shown}");
        bot.tg.quiet().await;
        assert_eq!(count(&bot, "plan_items", "text", text).await, 1, "{text}");
    }
    someone_else_is_answered(&bot).await;
    bot.stop().await;
}
