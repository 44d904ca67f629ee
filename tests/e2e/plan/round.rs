//! The plan's story, first half: option 2 chosen, agreements added, the plan sent round,
//! confirmed in Arabic and Dutch and questioned by COA. The test runs the whole story; its later
//! steps are in `follow_up.rs` and `summary.rs`.

use driegesprek::domain::Lang;
use driegesprek::i18n::Msg;

use super::{
    REF, add_agreement, choose_combined, day, holder_kind, kind, plan_case, plan_view, press,
    text_of, users, worker,
};
use super::{follow_up, summary};
use crate::fake_telegram::{ChatTarget, Sent, TgUser};
use crate::support::{AMAL, JOOST, SANNE, TEAM, TestBot};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_plan_is_chosen_agreed_confirmed_followed_up_and_moved_with_the_housing_date() {
    let bot = plan_case().await;
    let [sanne, joost, amal, _pieter] = users(&bot);
    choose_option_two(&bot, &sanne, &amal).await;
    add_agreements(&bot, &sanne).await;
    let round = send_round(&bot, &sanne).await;
    confirm_and_ask(&bot, &sanne, &joost, &amal, &round).await;
    let worker = worker(&bot);
    follow_up::done_and_late(&bot, &joost, &amal, &worker).await;
    follow_up::move_housing(&bot, &sanne, &amal, &round).await;
    follow_up::long_wait(&bot, &sanne, &amal, &worker).await;
    summary::document_and_history(&bot, &sanne).await;
    bot.tg.quiet().await;
    crate::driver::assert_every_staff_message_names(
        &bot,
        &[
            crate::support::SANNE,
            crate::support::JOOST,
            crate::support::PIETER,
            crate::support::TEAM,
        ],
        "UTR-7",
        &[],
    );
    bot.stop().await;
}

/// What each party received when the plan went round, and Amal's "I agree" label in Arabic.
pub(super) struct Round {
    pub for_amal: Sent,
    pub for_joost: Sent,
    pub for_sanne: Sent,
    pub agree_ar: String,
}

/// Option 2 is chosen; Amal says yes to COA's programme in Arabic.
pub(super) async fn choose_option_two(bot: &TestBot, sanne: &TgUser, amal: &TgUser) {
    let tg = &bot.tg;
    // Option 2: the five items are drafted by the date rules, counted from the matching
    // (25 March) and the housing date (1 June).
    let m0 = tg.mark();
    let view = choose_combined(bot, sanne).await;
    let text = text_of(&view);
    for (k, date) in [
        ("introduction", day(2026, 4, 15)),
        ("programme_alignment", day(2026, 4, 22)),
        ("client_profile", day(2026, 4, 29)),
        ("broad_intake", day(2026, 5, 6)),
        ("handover_conversation", day(2026, 5, 18)),
    ] {
        assert!(text.contains(&bot.text(Lang::Nl, kind(k))), "{k}: {text}");
        let date = bot.text(Lang::Nl, Msg::new("value-date").date("date", date));
        assert!(text.contains(&date), "{k} on {date}: {text}");
    }

    // Amal reads what option 2 means in Arabic and says yes to COA's programme.
    let explain = Msg::new("plan-ask-programme").msg(
        "explanation",
        Msg::new("plan-option-holder").code("option", "combined"),
    );
    let ask = bot
        .expect_text(m0, AMAL, &bot.text(Lang::Ar, explain))
        .await;
    let m = press(
        bot,
        amal,
        &ask,
        &bot.text(Lang::Ar, Msg::new("button-plan-yes")),
    );
    let agrees = Msg::new("plan-programme").code("value", "agrees");
    bot.expect_text(
        m,
        AMAL,
        &bot.text(
            Lang::Ar,
            Msg::new("plan-programme-thanks").msg("value", agrees.clone()),
        ),
    )
    .await;
    let staff_msg = Msg::new("plan-programme-staff")
        .name("name", "Amal")
        .code("reference", REF)
        .msg("value", agrees);
    bot.expect_text(m, SANNE, &bot.text(Lang::Nl, staff_msg.clone()))
        .await;
    bot.expect_text(m, TEAM, &bot.text(Lang::Nl, staff_msg))
        .await;
}

/// Two agreements: one with a typed date, one in Sanne's own words.
pub(super) async fn add_agreements(bot: &TestBot, sanne: &TgUser) {
    // Agreements: Amal brings documents (a typed date); Sanne's own words for the interpreter
    // (a button: in 7 days), shown as typed and marked not translated.
    let view = plan_view(bot, sanne).await;
    let added = add_agreement(
        bot,
        sanne,
        &view,
        "Documenten",
        "statushouder",
        "20-04-2026",
    )
    .await;
    let want = Msg::new("plan-agreement-added")
        .code("reference", REF)
        .msg("what", kind("documents"))
        .code("owner", "holder")
        .msg("due", Msg::new("value-date").date("date", day(2026, 4, 20)));
    assert_eq!(text_of(&added), bot.text(Lang::Nl, want));
    let view = plan_view(bot, sanne).await;
    let added = add_agreement(bot, sanne, &view, "Eigen tekst", "gemeente", "over 7 dagen").await;
    assert!(
        text_of(&added)
            .contains("\u{2068}Bel de tolk <b>Tigrinya</b> & bevestig\u{2069} (niet vertaald)"),
        "{}",
        text_of(&added)
    );
}

/// The plan goes round; what each party received.
pub(super) async fn send_round(bot: &TestBot, sanne: &TgUser) -> Round {
    let tg = &bot.tg;
    // The plan goes round: each party gets it in their language with the confirm buttons.
    let view = plan_view(bot, sanne).await;
    let m = press(bot, sanne, &view, "Rondsturen");
    let sent = Msg::new("plan-sent")
        .code("reference", REF)
        .num("version", 3);
    bot.expect_text(m, SANNE, &bot.text(Lang::Nl, sent)).await;
    let agree_ar = bot.text(Lang::Ar, Msg::new("button-plan-agree"));
    let for_amal = tg
        .wait_for_since(m, AMAL, |s| s.buttons().iter().any(|(t, _)| *t == agree_ar))
        .await;
    let text = text_of(&for_amal);
    assert!(text.contains("Bel de tolk"), "free text as typed: {text}");
    assert!(
        text.contains(&bot.text(Lang::Ar, holder_kind("documents"))),
        "known kinds translated, in plain words: {text}"
    );
    let own = text
        .find(&bot.text(Lang::Ar, holder_kind("documents")))
        .unwrap();
    let intro = text
        .find(&bot.text(Lang::Ar, holder_kind("introduction")))
        .unwrap();
    assert!(own < intro, "Amal's own open items first: {text}");
    let for_joost = tg
        .wait_for_since(m, JOOST, |s| {
            s.buttons().iter().any(|(t, _)| t.contains("Akkoord"))
        })
        .await;
    let for_sanne = tg
        .wait_for_since(m, SANNE, |s| {
            s.buttons().iter().any(|(t, _)| t.contains("Akkoord"))
        })
        .await;
    Round {
        for_amal,
        for_joost,
        for_sanne,
        agree_ar,
    }
}

/// Amal and Sanne agree, Joost asks a question, the plan shows who confirmed.
pub(super) async fn confirm_and_ask(
    bot: &TestBot,
    sanne: &TgUser,
    joost: &TgUser,
    amal: &TgUser,
    round: &Round,
) {
    let tg = &bot.tg;
    // Amal agrees in Arabic, Sanne in Dutch; staff and the group hear of it.
    let m = press(bot, amal, &round.for_amal, &round.agree_ar);
    let thanks = Msg::new("plan-thanks").num("version", 3);
    bot.expect_text(m, AMAL, &bot.text(Lang::Ar, thanks.clone()))
        .await;
    let amal_ok = Msg::new("plan-confirmed-staff")
        .msg("who", Msg::new("plan-who-holder").name("name", "Amal"))
        .code("reference", REF)
        .num("version", 3);
    bot.expect_text(m, SANNE, &bot.text(Lang::Nl, amal_ok.clone()))
        .await;
    bot.expect_text(m, TEAM, &bot.text(Lang::Nl, amal_ok)).await;
    let m = press(bot, sanne, &round.for_sanne, "Akkoord");
    bot.expect_text(m, SANNE, &bot.text(Lang::Nl, thanks)).await;

    // Joost has a question: it reaches Sanne and the group, marked as not translated.
    let m = press(bot, joost, &round.for_joost, "vraag");
    bot.expect_text(m, JOOST, &bot.text(Lang::Nl, Msg::new("plan-ask-question")))
        .await;
    let m = tg.mark();
    tg.send_text(joost, ChatTarget::Private, "Wie regelt het vervoer?");
    bot.expect_text(
        m,
        JOOST,
        &bot.text(Lang::Nl, Msg::new("plan-question-sent")),
    )
    .await;
    let question = Msg::new("plan-question-staff")
        .msg(
            "who",
            Msg::new("plan-who-staff")
                .name("name", "Joost")
                .code("party", "coa"),
        )
        .code("reference", REF)
        .name("text", "Wie regelt het vervoer?");
    bot.expect_text(m, SANNE, &bot.text(Lang::Nl, question.clone()))
        .await;
    bot.expect_text(m, TEAM, &bot.text(Lang::Nl, question))
        .await;

    // The plan shows who confirmed which version.
    let view = plan_view(bot, sanne).await;
    assert!(
        text_of(&view).contains("\u{2068}Amal\u{2069}: akkoord met versie 3"),
        "{}",
        text_of(&view)
    );
    assert!(
        text_of(&view).contains("\u{2068}Joost\u{2069} (COA): nog niet bevestigd"),
        "{}",
        text_of(&view)
    );
}
