//! `/prepare`: a point staff add to a meeting's agenda, and the holder's own questions.

use driegesprek::domain::Lang;
use driegesprek::i18n::Msg;

use super::{
    ARABIC_TIME, EMOJI, FULL_WIDTH, MARK, RTL, count, isolated, long_line, refused,
    someone_else_is_answered,
};
use crate::driver::press_to_buttons;
use crate::fake_telegram::{ChatTarget, Sent};
use crate::support::{AMAL, SANNE, TestBot, ThreeParties, button, insert_meeting, spawn_case};

const ACCEPTED: [&str; 4] = [EMOJI, ARABIC_TIME, FULL_WIDTH, RTL];

/// Case UTR-7 with Amal (Arabic, past the privacy notice) and a meeting on Thursday 2 April.
async fn case_with_meeting() -> TestBot {
    let bot = spawn_case(&ThreeParties {
        holder_lang: Lang::Ar,
        holder_privacy_ack: Some("2026-03-01T00:00:00+00:00"),
        ..ThreeParties::default()
    })
    .await;
    let at = "2026-04-02T08:00:00Z".parse().ok();
    insert_meeting(&bot, 1, "confirmed", at, "azc", None).await;
    bot
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn odd_agenda_points_are_kept_unless_too_long_or_empty() {
    let bot = case_with_meeting().await;
    let sanne = bot.tg.user(SANNE, "Sanne", Some("nl"));
    let nl = |msg: Msg| bot.text(Lang::Nl, msg);
    let m = bot.tg.mark();
    bot.tg.send_command(&sanne, ChatTarget::Private, "prepare");
    let cases = bot.next_message(m, SANNE).await;
    let overview = press_to_buttons(&bot, &sanne, &cases, "UTR-7").await;
    let mut editor = press_to_buttons(&bot, &sanne, &overview, "Agenda").await;
    let ask = nl(Msg::new("prep-agenda-ask-point").num("max", 200));
    let add = |editor: Sent| {
        let bot = &bot;
        let sanne = &sanne;
        let ask = ask.clone();
        async move {
            let m = bot.tg.mark();
            let data = button(&editor, "➕");
            bot.tg
                .press_button(sanne, ChatTarget::Private, editor.message_id, &data);
            bot.expect_text(m, SANNE, &ask).await;
        }
    };
    add(editor.clone()).await;
    let too_long = nl(Msg::new("error-text-too-long").num("max", 200));
    refused(&bot, &sanne, "long", &long_line(), &too_long).await;
    let empty = nl(Msg::new("error-text-empty"));
    refused(&bot, &sanne, "mark", MARK, &empty).await;
    for (i, point) in ACCEPTED.into_iter().enumerate() {
        if i > 0 {
            add(editor.clone()).await;
        }
        let m = bot.tg.mark();
        bot.tg.send_text(&sanne, ChatTarget::Private, point);
        editor = bot
            .tg
            .wait_for_since(m, SANNE, |s| !s.buttons().is_empty())
            .await;
        let shown = editor.text.clone().unwrap_or_default();
        assert!(shown.contains(&isolated(point)), "{point}: {shown}");
        bot.tg.quiet().await;
        assert_eq!(count(&bot, "meeting_agenda", "text", point).await, 1);
    }
    someone_else_is_answered(&bot).await;
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn odd_own_questions_are_kept_unless_too_long_or_empty() {
    let bot = case_with_meeting().await;
    let amal = bot.tg.user(AMAL, "Amal", Some("ar"));
    let ar = |msg: Msg| bot.text(Lang::Ar, msg);
    let ask = ar(Msg::new("prep-ask-own-questions"));
    let skip = ar(Msg::new("prep-button-skip"));
    // He skips every question of the questionnaire to reach his own questions.
    let m = bot.tg.mark();
    bot.tg.send_command(&amal, ChatTarget::Private, "prepare");
    let mut q = bot.next_message(m, AMAL).await;
    for _ in 0..40 {
        if crate::driver::text_of(&q) == ask {
            break;
        }
        q = press_to_buttons(&bot, &amal, &q, &skip).await;
    }
    assert_eq!(q.text.as_deref(), Some(ask.as_str()));

    let too_long = ar(Msg::new("error-text-too-long").num("max", 500));
    refused(&bot, &amal, "long", &long_line(), &too_long).await;
    refused(&bot, &amal, "mark", MARK, &ar(Msg::new("error-text-empty"))).await;
    let saved = ar(Msg::new("prep-own-saved"));
    for (i, text) in ACCEPTED.into_iter().enumerate() {
        if i > 0 {
            // "Change my questions" (`q:eo`) asks again.
            let m = bot.tg.mark();
            bot.tg
                .press_button(&amal, ChatTarget::Private, q.message_id, "q:eo");
            bot.expect_text(m, AMAL, &ask).await;
        }
        let m = bot.tg.mark();
        bot.tg.send_text(&amal, ChatTarget::Private, text);
        bot.expect_text(m, AMAL, &saved).await;
        bot.tg.quiet().await;
        assert_eq!(count(&bot, "prep_own_questions", "text", text).await, 1);
        let rows: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM prep_own_questions")
            .fetch_one(&bot.pool)
            .await
            .unwrap();
        assert_eq!(rows, 1, "one set of questions per meeting");
    }
    someone_else_is_answered(&bot).await;
    bot.stop().await;
}
