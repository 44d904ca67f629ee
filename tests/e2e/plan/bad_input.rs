//! The plan's bad input: due dates before the matching, in the past or after the term, a
//! housing date before the matching, forged buttons from the status holder and a stranger, two
//! editors at once, and a closed case. Each changes nothing.

use driegesprek::domain::Lang;
use driegesprek::i18n::Msg;

use super::{REF, alert, choose_combined, kind, plan_case, plan_rows, plan_view, press, users};
use crate::fake_telegram::{ChatTarget, TgUser};
use crate::support::{AMAL, SANNE, TestBot, button};

/// Types `raw` as the due date of a pending agreement; the answer must be `problem`, re-asked.
async fn refused_date(bot: &TestBot, sanne: &TgUser, raw: &str, problem: &'static str) {
    let m = bot.tg.mark();
    bot.tg.send_text(sanne, ChatTarget::Private, raw);
    bot.expect_text(m, SANNE, &bot.text(Lang::Nl, Msg::new(problem)))
        .await;
    bot.expect_text(m, SANNE, &bot.text(Lang::Nl, Msg::new("plan-ask-due")))
        .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn wrong_dates_forged_buttons_a_second_editor_and_a_closed_case_change_nothing() {
    let bot = plan_case().await;
    let tg = &bot.tg;
    let [sanne, _joost, amal, pieter] = users(&bot);
    let m0 = tg.mark();
    let view = choose_combined(&bot, &sanne).await;

    // Due dates before the matching, in the past, after the integration term, or no date.
    let m = press(&bot, &sanne, &view, "Afspraak");
    let kinds = bot.next_message(m, SANNE).await;
    let m = press(&bot, &sanne, &kinds, "Tolk");
    let owner = bot.next_message(m, SANNE).await;
    let m = press(&bot, &sanne, &owner, "COA");
    bot.next_message(m, SANNE).await;
    tg.quiet().await;
    let before = plan_rows(&bot).await;
    refused_date(&bot, &sanne, "20-03-2026", "plan-due-before-matching").await;
    refused_date(&bot, &sanne, "27-03-2026", "plan-due-in-past").await;
    refused_date(&bot, &sanne, "01-06-2029", "plan-due-after-term").await;
    refused_date(&bot, &sanne, "morgen", "error-not-a-date").await;
    tg.quiet().await;
    assert_eq!(plan_rows(&bot).await, before);

    // A new housing date before the matching is refused too.
    let m = press(&bot, &sanne, &view, "Woningdatum");
    bot.next_message(m, SANNE).await;
    let m = tg.mark();
    tg.send_text(&sanne, ChatTarget::Private, "01-01-2026");
    bot.expect_text(
        m,
        SANNE,
        &bot.text(Lang::Nl, Msg::new("plan-due-before-matching")),
    )
    .await;
    tg.quiet().await;
    let dialog = plan_rows(&bot).await;
    assert_eq!(
        dialog
            .lines()
            .filter(|l| !l.starts_with("dialogs"))
            .collect::<Vec<_>>(),
        before
            .lines()
            .filter(|l| !l.starts_with("dialogs"))
            .collect::<Vec<_>>()
    );

    // Amal forges buttons for staff's items: the introduction done, an agreement, an option.
    let ask = tg
        .wait_for_since(m0, AMAL, |s| !s.buttons().is_empty())
        .await;
    let (intro, version): (i64, i64) =
        sqlx::query_as("SELECT id, version FROM plan_items WHERE kind = 'introduction'")
            .fetch_one(&bot.pool)
            .await
            .unwrap();
    let cannot = bot.text(Lang::Ar, Msg::new("plan-holder-cannot-change"));
    for forged in [
        format!("p:done:{intro}:{version}"),
        "p:add:1".into(),
        "p:ch:1:1".into(),
    ] {
        assert_eq!(
            alert(&bot, &amal, ask.message_id, &forged).await,
            cannot,
            "{forged}"
        );
    }
    // A stranger is not on the case.
    let eve = tg.user(6666, "Eve", Some("nl"));
    let m = tg.mark();
    tg.send_command(&eve, ChatTarget::Private, "start");
    let menu = bot.next_message(m, eve.id).await;
    let not_on = alert(&bot, &eve, menu.message_id, "p:show:1").await;
    assert_eq!(not_on, bot.text(Lang::Nl, Msg::new("error-not-on-case")));
    tg.quiet().await;
    assert_eq!(plan_rows(&bot).await, dialog);

    // Sanne and Pieter both mark the introduction done: Pieter is second and is told.
    let hers = plan_view(&bot, &sanne).await;
    let his = plan_view(&bot, &pieter).await;
    let label = bot.text(Lang::Nl, kind("introduction"));
    let m = press(&bot, &sanne, &hers, &label);
    let done = Msg::new("plan-item-done")
        .code("reference", REF)
        .msg("what", kind("introduction"));
    bot.expect_text(m, SANNE, &bot.text(Lang::Nl, done)).await;
    tg.quiet().await;
    let after = plan_rows(&bot).await;
    let data = button(&his, &label);
    let said = alert(&bot, &pieter, his.message_id, &data).await;
    assert_eq!(said, bot.text(Lang::Nl, Msg::new("plan-edit-conflict")));
    tg.quiet().await;
    assert_eq!(plan_rows(&bot).await, after);

    // The case is closed: no more changes.
    sqlx::query("UPDATE cases SET status = 'closed'")
        .execute(&bot.pool)
        .await
        .unwrap();
    let before = plan_rows(&bot).await;
    for label in ["Afspraak", "Rondsturen", "Aanpak kiezen"] {
        let data = button(&hers, label);
        let said = alert(&bot, &sanne, hers.message_id, &data).await;
        assert_eq!(
            said,
            bot.text(Lang::Nl, Msg::new("plan-case-closed")),
            "{label}"
        );
    }
    tg.quiet().await;
    assert_eq!(plan_rows(&bot).await, before);
    bot.stop().await;
}
