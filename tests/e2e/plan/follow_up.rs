//! The plan's story, second half: items done and running late (the real reminder worker with
//! the test's clock), the housing date moving every dependent date, and the long-wait question
//! answered in Arabic and Dutch.

use driegesprek::clock::Clock;
use driegesprek::domain::Lang;
use driegesprek::i18n::Msg;

use super::round::Round;
use super::{PlanWorker, REF, alert, day, holder_kind, kind, plan_rows, plan_view, press, text_of};
use crate::fake_telegram::{ChatTarget, TgUser};
use crate::support::{AMAL, JOOST, PIETER, SANNE, TEAM, TestBot, button};

/// Items are done, one reminds its owner and then runs late.
pub(super) async fn done_and_late(
    bot: &TestBot,
    joost: &TgUser,
    amal: &TgUser,
    worker: &PlanWorker,
) {
    let tg = &bot.tg;
    // Amal marks her own item done.
    let mine = plan_view(bot, amal).await;
    let m = press(
        bot,
        amal,
        &mine,
        &bot.text(Lang::Ar, holder_kind("documents")),
    );
    let done = Msg::new("plan-item-done")
        .code("reference", REF)
        .msg("what", kind("documents"));
    bot.expect_text(m, AMAL, &bot.text(Lang::Ar, done.clone()))
        .await;
    bot.expect_text(m, SANNE, &bot.text(Lang::Nl, done)).await;

    // The introduction (municipality, 15 April): due tomorrow on the 14th, late on the 16th.
    let intro = Msg::new("value-date").date("date", day(2026, 4, 15));
    bot.clock.set("2026-04-14T07:05:00Z".parse().unwrap());
    let m = tg.mark();
    let report = worker.run_once(bot.clock.now()).await;
    assert!(report.errors.is_empty(), "{report:?}");
    let soon = Msg::new("plan-due-soon")
        .code("reference", REF)
        .msg("what", kind("introduction"))
        .msg("due", intro.clone());
    bot.expect_text(m, SANNE, &bot.text(Lang::Nl, soon.clone()))
        .await;
    bot.expect_text(m, PIETER, &bot.text(Lang::Nl, soon)).await;
    bot.clock.set("2026-04-16T07:05:00Z".parse().unwrap());
    let m = tg.mark();
    let report = worker.run_once(bot.clock.now()).await;
    assert!(report.errors.is_empty(), "{report:?}");
    let late = Msg::new("plan-overdue")
        .code("reference", REF)
        .msg("what", kind("introduction"))
        .msg("due", intro);
    bot.expect_text(m, SANNE, &bot.text(Lang::Nl, late.clone()))
        .await;
    bot.expect_text(m, TEAM, &bot.text(Lang::Nl, late)).await;

    // Late, so COA's Joost may mark the municipality's item done too.
    let his = plan_view(bot, joost).await;
    assert!(text_of(&his).contains("⚠️"), "{}", text_of(&his));
    let m = press(bot, joost, &his, &bot.text(Lang::Nl, kind("introduction")));
    let done = Msg::new("plan-item-done")
        .code("reference", REF)
        .msg("what", kind("introduction"));
    bot.expect_text(m, JOOST, &bot.text(Lang::Nl, done.clone()))
        .await;
    bot.expect_text(m, TEAM, &bot.text(Lang::Nl, done)).await;
}

/// The housing date moves; Amal's old confirmation is outdated.
pub(super) async fn move_housing(bot: &TestBot, sanne: &TgUser, amal: &TgUser, round: &Round) {
    let tg = &bot.tg;
    // The housing date moves to 15 July: the handover conversation moves with it, and every
    // party is told (Amal in Arabic) and asked to confirm the new version.
    let view = plan_view(bot, sanne).await;
    let m = press(bot, sanne, &view, "Woningdatum");
    bot.expect_text(m, SANNE, &bot.text(Lang::Nl, Msg::new("plan-ask-housing")))
        .await;
    let m = tg.mark();
    tg.send_text(sanne, ChatTarget::Private, "15-07-2026");
    let moved = Msg::new("plan-housing-moved")
        .code("reference", REF)
        .date("date", day(2026, 7, 15))
        .lines(
            "changes",
            vec![
                Msg::new("plan-change-line")
                    .msg("what", kind("handover_conversation"))
                    .msg("old", Msg::new("value-date").date("date", day(2026, 5, 18)))
                    .msg("new", Msg::new("value-date").date("date", day(2026, 7, 1))),
            ],
        );
    bot.expect_text(m, SANNE, &bot.text(Lang::Nl, moved.clone()))
        .await;
    bot.expect_text(m, JOOST, &bot.text(Lang::Nl, moved.clone()))
        .await;
    bot.expect_text(m, TEAM, &bot.text(Lang::Nl, moved.clone()))
        .await;
    bot.expect_text(m, AMAL, &bot.text(Lang::Ar, moved)).await;
    tg.wait_for_since(m, AMAL, |s| {
        s.buttons().iter().any(|(t, _)| *t == round.agree_ar)
    })
    .await;

    // Amal's old "I agree" is for an outdated version: refused, nothing recorded.
    tg.quiet().await;
    let before = plan_rows(bot).await;
    let data = button(&round.for_amal, &round.agree_ar);
    let said = alert(bot, amal, round.for_amal.message_id, &data).await;
    assert_eq!(
        said,
        bot.text(Lang::Ar, Msg::new("plan-outdated").num("version", 4))
    );
    tg.quiet().await;
    assert_eq!(plan_rows(bot).await, before);
}

/// A month without activity: the long-wait question and its answers.
pub(super) async fn long_wait(bot: &TestBot, sanne: &TgUser, amal: &TgUser, worker: &PlanWorker) {
    let tg = &bot.tg;
    // A month without activity: staff are asked whether the plan holds, Amal whether anything
    // changed, in Arabic.
    bot.clock.set("2026-05-16T07:10:00Z".parse().unwrap());
    let m = tg.mark();
    let report = worker.run_once(bot.clock.now()).await;
    assert!(report.errors.is_empty(), "{report:?}");
    let staff = Msg::new("plan-long-wait-staff-days")
        .code("reference", REF)
        .num("days", 30);
    let asked_sanne = bot.expect_text(m, SANNE, &bot.text(Lang::Nl, staff)).await;
    let asked_amal = bot
        .expect_text(
            m,
            AMAL,
            &bot.text(Lang::Ar, Msg::new("plan-long-wait-holder")),
        )
        .await;

    // Amal answers in Arabic that nothing changed, Sanne that the plan still holds; both are
    // kept, and the other staff and the group hear of Amal's answer.
    let nothing_ar = bot.text(Lang::Ar, Msg::new("button-plan-nothing-changed"));
    let m = press(bot, amal, &asked_amal, &nothing_ar);
    bot.expect_text(
        m,
        AMAL,
        &bot.text(Lang::Ar, Msg::new("plan-long-wait-thanks")),
    )
    .await;
    let answered = Msg::new("plan-long-wait-answered")
        .code("reference", REF)
        .msg("who", Msg::new("plan-who-holder").name("name", "Amal"))
        .msg(
            "answer",
            Msg::new("plan-summary-long-wait").code("answer", "nothing"),
        );
    bot.expect_text(m, SANNE, &bot.text(Lang::Nl, answered.clone()))
        .await;
    bot.expect_text(m, TEAM, &bot.text(Lang::Nl, answered))
        .await;
    let m = press(bot, sanne, &asked_sanne, "Plan klopt nog");
    bot.expect_text(
        m,
        SANNE,
        &bot.text(Lang::Nl, Msg::new("plan-long-wait-thanks")),
    )
    .await;
    // A forged "still holds" from the status holder is refused and changes nothing.
    tg.quiet().await;
    let before = plan_rows(bot).await;
    let said = alert(bot, amal, asked_amal.message_id, "p:lw:1:holds").await;
    assert_eq!(said, bot.text(Lang::Ar, Msg::new("error-button-stale")));
    tg.quiet().await;
    assert_eq!(plan_rows(bot).await, before);
}
