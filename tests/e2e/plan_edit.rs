//! Staff changing one agreement (issue 3): Sanne moves the interpreter agreement to a typed
//! date (history entry, reminders moved, every party told in their language), then cancels it
//! (reminders cancelled); Amal's forged edit buttons (date, cancel, owner, words) are refused
//! and change nothing. Owner and words: `plan_owner.rs`.

use chrono::{DateTime, NaiveDate};
use driegesprek::domain::Lang;
use driegesprek::i18n::Msg;

pub(crate) use crate::driver::{alert, day, press, text_of};
use crate::fake_telegram::{ChatTarget, Sent, TgUser};
use crate::support::{AMAL, JOOST, SANNE, TestBot, ThreeParties, button, spawn_case};
use sqlx::Row;

const REF: &str = "UTR-7";

/// Case UTR-7 (matched 25 March 2026, housing 1 June): Sanne (municipality), Joost (COA) and
/// Amal (status holder, Arabic).
async fn plan_case() -> TestBot {
    spawn_case(&ThreeParties {
        holder_lang: Lang::Ar,
        matching_date: "2026-03-25",
        housing_date: Some("2026-06-01"),
        team_group: false,
        ..ThreeParties::default()
    })
    .await
}

pub fn interpreter() -> Msg {
    Msg::new("plan-kind").code("kind", "interpreter")
}

async fn plan_view(bot: &TestBot, who: &TgUser) -> Sent {
    let m = bot.tg.mark();
    bot.tg.send_command(who, ChatTarget::Private, "plan");
    bot.tg
        .wait_for_since(m, who.id, |s| text_of(s).starts_with("📋"))
        .await
}

/// Every plan row, item, confirmation, history entry and reminder, as text.
pub async fn plan_rows(bot: &TestBot) -> String {
    let tables = ["plans", "plan_items", "plan_events", "reminders"];
    bot.snapshot().await + &bot.rows_of(&tables).await
}

/// The pending reminders of an item, as the UTC day they are due.
async fn pending_days(bot: &TestBot, item: i64) -> Vec<NaiveDate> {
    let rows = sqlx::query(
        "SELECT due_at FROM reminders WHERE subject_id = ? AND status = 'pending'
         AND kind IN ('agreement_due_soon', 'agreement_overdue') ORDER BY due_at",
    )
    .bind(item)
    .fetch_all(&bot.pool)
    .await
    .unwrap();
    rows.iter()
        .map(|r| {
            DateTime::from_timestamp(r.get::<i64, _>(0), 0)
                .unwrap()
                .date_naive()
        })
        .collect()
}

/// The history entries of an item: field, actor, old, new.
async fn history(
    bot: &TestBot,
    item: i64,
) -> Vec<(String, Option<i64>, Option<String>, Option<String>)> {
    sqlx::query_as("SELECT field, actor, old, new FROM plan_events WHERE item_id = ? ORDER BY id")
        .bind(item)
        .fetch_all(&bot.pool)
        .await
        .unwrap()
}

/// Option 2 chosen and an interpreter agreement for COA due 30 April; returns its id.
async fn with_agreement(bot: &TestBot, sanne: &TgUser) -> i64 {
    let m = bot.tg.mark();
    bot.tg.send_command(sanne, ChatTarget::Private, "plan");
    let none = bot.next_message(m, SANNE).await;
    let m = press(bot, sanne, &none, "Aanpak kiezen");
    let picker = bot.next_message(m, SANNE).await;
    press(bot, sanne, &picker, "Gecombineerd");
    bot.tg.quiet().await;
    let view = plan_view(bot, sanne).await;
    let m = press(bot, sanne, &view, "Afspraak");
    let kinds = bot.next_message(m, SANNE).await;
    let m = press(bot, sanne, &kinds, "Tolk");
    let owner = bot.next_message(m, SANNE).await;
    let m = press(bot, sanne, &owner, "COA");
    bot.next_message(m, SANNE).await;
    let m = bot.tg.mark();
    bot.tg.send_text(sanne, ChatTarget::Private, "30-04-2026");
    bot.tg
        .wait_for_since(m, SANNE, |s| text_of(s).contains("afspraak toegevoegd"))
        .await;
    bot.tg.quiet().await;
    sqlx::query_scalar("SELECT id FROM plan_items WHERE kind = 'interpreter'")
        .fetch_one(&bot.pool)
        .await
        .unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn staff_move_an_agreement_and_cancel_it_and_every_party_is_told() {
    let bot = plan_case().await;
    let tg = &bot.tg;
    let sanne = tg.user(SANNE, "Sanne", Some("nl"));
    let item = with_agreement(&bot, &sanne).await;
    assert_eq!(
        pending_days(&bot, item).await,
        vec![day(2026, 4, 29), day(2026, 5, 1)]
    );

    // The plan is sent round; then Sanne taps ✏️ under the agreement and types a new date.
    let view = plan_view(&bot, &sanne).await;
    press(&bot, &sanne, &view, "Rondsturen");
    tg.quiet().await;
    let view = plan_view(&bot, &sanne).await;
    let label = format!("✏️ {}", bot.text(Lang::Nl, interpreter()));
    let m = press(&bot, &sanne, &view, &label);
    let ask = Msg::new("plan-edit-menu")
        .msg("what", interpreter())
        .msg("due", Msg::new("value-date").date("date", day(2026, 4, 30)));
    let first_menu = bot.expect_text(m, SANNE, &bot.text(Lang::Nl, ask)).await;
    let m = tg.mark();
    tg.send_text(&sanne, ChatTarget::Private, "15-05-2026");
    let moved = Msg::new("plan-agreement-moved")
        .code("reference", REF)
        .msg("what", interpreter())
        .msg("old", Msg::new("value-date").date("date", day(2026, 4, 30)))
        .msg("new", Msg::new("value-date").date("date", day(2026, 5, 15)));
    bot.expect_text(m, SANNE, &bot.text(Lang::Nl, moved.clone()))
        .await;
    bot.expect_text(m, JOOST, &bot.text(Lang::Nl, moved.clone()))
        .await;
    bot.expect_text(m, AMAL, &bot.text(Lang::Ar, moved)).await;
    // The plan was sent round, so everyone is asked to confirm the new version.
    let (version, sent): (i64, Option<i64>) =
        sqlx::query_as("SELECT version, sent_version FROM plans")
            .fetch_one(&bot.pool)
            .await
            .unwrap();
    assert_eq!(sent, Some(version));
    let agree = format!("p:ok:1:{version}");
    tg.wait_for_since(m, AMAL, |s| s.buttons().iter().any(|(_, d)| *d == agree))
        .await;
    tg.quiet().await;
    let entries = history(&bot, item).await;
    assert_eq!(
        entries.last().unwrap(),
        &(
            "due_date".to_string(),
            Some(SANNE),
            Some("2026-04-30".to_string()),
            Some("2026-05-15".to_string())
        )
    );
    assert_eq!(
        pending_days(&bot, item).await,
        vec![day(2026, 5, 14), day(2026, 5, 16)]
    );

    // The menu from before the move is outdated: cancelling from it is refused, nothing changes.
    let before = plan_rows(&bot).await;
    let stale = button(&first_menu, "Afspraak annuleren");
    let said = alert(&bot, &sanne, first_menu.message_id, &stale).await;
    assert_eq!(said, bot.text(Lang::Nl, Msg::new("plan-edit-conflict")));
    tg.quiet().await;
    assert_eq!(plan_rows(&bot).await, before);

    // Then she cancels it: its reminders are cancelled, everyone is told.
    let view = plan_view(&bot, &sanne).await;
    let m = press(&bot, &sanne, &view, &label);
    let menu = bot.next_message(m, SANNE).await;
    let m = press(&bot, &sanne, &menu, "Afspraak annuleren");
    let cancelled = Msg::new("plan-agreement-cancelled")
        .code("reference", REF)
        .msg("what", interpreter());
    bot.expect_text(m, SANNE, &bot.text(Lang::Nl, cancelled.clone()))
        .await;
    bot.expect_text(m, AMAL, &bot.text(Lang::Ar, cancelled))
        .await;
    tg.quiet().await;
    assert_eq!(pending_days(&bot, item).await, Vec::<NaiveDate>::new());
    let entries = history(&bot, item).await;
    assert_eq!(
        entries.last().unwrap(),
        &(
            "status".to_string(),
            Some(SANNE),
            Some("planned".to_string()),
            Some("cancelled".to_string())
        )
    );
    bot.tg.quiet().await;
    crate::driver::assert_every_staff_message_names(
        &bot,
        &[
            crate::support::SANNE,
            crate::support::JOOST,
            crate::support::TEAM,
        ],
        "UTR-7",
        &[],
    );
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_status_holders_forged_edit_buttons_are_refused_and_change_nothing() {
    let bot = plan_case().await;
    let tg = &bot.tg;
    let sanne = tg.user(SANNE, "Sanne", Some("nl"));
    let amal = tg.user(AMAL, "Amal", Some("ar"));
    let item = with_agreement(&bot, &sanne).await;
    let version: i64 = sqlx::query_scalar("SELECT version FROM plan_items WHERE id = ?")
        .bind(item)
        .fetch_one(&bot.pool)
        .await
        .unwrap();
    let hers = plan_view(&bot, &amal).await;
    assert!(!hers.buttons().iter().any(|(_, d)| d.starts_with("p:ed:")));
    let before = plan_rows(&bot).await;
    let cannot = bot.text(Lang::Ar, Msg::new("plan-holder-cannot-change"));
    for forged in [
        format!("p:ed:{item}:{version}"),
        format!("p:mv:{item}:{version}:7"),
        format!("p:cx:{item}:{version}"),
        format!("p:ow:{item}:{version}:holder"),
        format!("p:ow:{item}:{version}:gemeente"),
        format!("p:rw:{item}:{version}"),
    ] {
        assert_eq!(
            alert(&bot, &amal, hers.message_id, &forged).await,
            cannot,
            "{forged}"
        );
    }
    tg.quiet().await;
    assert_eq!(plan_rows(&bot).await, before);
    bot.stop().await;
}
