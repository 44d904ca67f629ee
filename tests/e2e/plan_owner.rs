//! Staff giving an agreement to another party and rewording a free-text one (issue 3): Sanne
//! gives the interpreter agreement from COA to Amal (Amal told in Arabic, Joost in Dutch, a
//! history entry, the reminders now go to Amal, confirmation asked again), rewords a free-text
//! agreement in the team group (the new words shown as typed, marked not translated); a second
//! caseworker's outdated buttons and typed words are refused and change nothing.

use chrono::{DateTime, Utc};
use driegesprek::domain::Lang;
use driegesprek::i18n::Msg;

use crate::fake_telegram::{ChatTarget, Mark, Sent, TgUser};
use crate::plan_edit::{alert, day, interpreter, plan_rows, text_of};
use crate::support::{AMAL, JOOST, PIETER, SANNE, TEAM, TestBot, ThreeParties, button, spawn_case};

const REF: &str = "UTR-7";

/// Case UTR-7 (matched 25 March 2026, housing 1 June): Sanne and Pieter (municipality), Joost
/// (COA), Amal (status holder, Arabic); the team group only when asked.
async fn owner_case(team_group: bool) -> TestBot {
    spawn_case(&ThreeParties {
        holder_lang: Lang::Ar,
        matching_date: "2026-03-25",
        housing_date: Some("2026-06-01"),
        with_pieter: true,
        team_group,
        ..ThreeParties::default()
    })
    .await
}

fn free(text: &str) -> Msg {
    Msg::new("plan-free-text").name("text", text)
}

fn owner(p: &str) -> Msg {
    Msg::new("plan-owner").code("owner", p)
}

async fn plan_view(bot: &TestBot, who: &TgUser, chat: ChatTarget, chat_id: i64) -> Sent {
    let m = bot.tg.mark();
    bot.tg.send_command(who, chat, "plan");
    bot.tg
        .wait_for_since(m, chat_id, |s| text_of(s).starts_with("📋"))
        .await
}

fn press(bot: &TestBot, who: &TgUser, chat: ChatTarget, sent: &Sent, label: &str) -> Mark {
    let m = bot.tg.mark();
    let data = button(sent, label);
    bot.tg.press_button(who, chat, sent.message_id, &data);
    m
}

/// The pending agreement reminders of an item: kind and chat.
async fn reminder_chats(bot: &TestBot, item: i64) -> Vec<(String, i64)> {
    sqlx::query_as(
        "SELECT kind, chat_id FROM reminders WHERE subject_id = ? AND status = 'pending'
         AND kind IN ('agreement_due_soon', 'agreement_overdue') ORDER BY due_at, chat_id",
    )
    .bind(item)
    .fetch_all(&bot.pool)
    .await
    .unwrap()
}

async fn last_history(bot: &TestBot, item: i64) -> (String, Option<i64>, Option<String>, String) {
    sqlx::query_as(
        "SELECT field, actor, old, new FROM plan_events WHERE item_id = ? ORDER BY id DESC LIMIT 1",
    )
    .bind(item)
    .fetch_one(&bot.pool)
    .await
    .unwrap()
}

/// Option 2 chosen (by Sanne, privately) and one agreement for COA due 30 April: of this kind,
/// or free text when `words` are given. Returns the item's id.
async fn with_agreement(bot: &TestBot, sanne: &TgUser, words: Option<&str>) -> i64 {
    let private = || ChatTarget::Private;
    let m = bot.tg.mark();
    bot.tg.send_command(sanne, private(), "plan");
    let none = bot.next_message(m, SANNE).await;
    if button_exists(&none, "Aanpak kiezen") {
        let m = press(bot, sanne, private(), &none, "Aanpak kiezen");
        let picker = bot.next_message(m, SANNE).await;
        press(bot, sanne, private(), &picker, "Gecombineerd");
        bot.tg.quiet().await;
    }
    let view = plan_view(bot, sanne, private(), SANNE).await;
    let m = press(bot, sanne, private(), &view, "Afspraak");
    let kinds = bot.next_message(m, SANNE).await;
    let m = match words {
        None => press(bot, sanne, private(), &kinds, "Tolk"),
        Some(words) => {
            let m = press(bot, sanne, private(), &kinds, "Eigen tekst");
            bot.next_message(m, SANNE).await;
            let m = bot.tg.mark();
            bot.tg.send_text(sanne, private(), words);
            m
        }
    };
    let who = bot.next_message(m, SANNE).await;
    let m = press(bot, sanne, private(), &who, "COA");
    bot.next_message(m, SANNE).await;
    let m = bot.tg.mark();
    bot.tg.send_text(sanne, private(), "30-04-2026");
    bot.tg
        .wait_for_since(m, SANNE, |s| text_of(s).contains("afspraak toegevoegd"))
        .await;
    bot.tg.quiet().await;
    sqlx::query_scalar("SELECT max(id) FROM plan_items")
        .fetch_one(&bot.pool)
        .await
        .unwrap()
}

fn button_exists(sent: &Sent, label: &str) -> bool {
    sent.buttons().iter().any(|(t, _)| t.contains(label))
}

/// Staff open the edit menu of an agreement from their plan.
async fn edit_menu(bot: &TestBot, who: &TgUser, what: Msg) -> Sent {
    let view = plan_view(bot, who, ChatTarget::Private, who.id).await;
    let label = format!("✏️ {}", bot.text(Lang::Nl, what));
    let m = press(bot, who, ChatTarget::Private, &view, &label);
    bot.tg
        .wait_for_since(m, who.id, |s| text_of(s).contains("Nieuwe datum?"))
        .await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sanne_gives_an_agreement_to_the_status_holder_and_its_reminders_go_to_amal() {
    let bot = owner_case(false).await;
    let tg = &bot.tg;
    let sanne = tg.user(SANNE, "Sanne", Some("nl"));
    let item = with_agreement(&bot, &sanne, None).await;
    let both = |chat| {
        vec![
            ("agreement_due_soon".to_string(), chat),
            ("agreement_overdue".to_string(), chat),
        ]
    };
    assert_eq!(reminder_chats(&bot, item).await, both(JOOST));
    let view = plan_view(&bot, &sanne, ChatTarget::Private, SANNE).await;
    press(&bot, &sanne, ChatTarget::Private, &view, "Rondsturen");
    tg.quiet().await;

    // The menu offers the two other parties, not COA itself; a known kind has no words to edit.
    let menu = edit_menu(&bot, &sanne, interpreter()).await;
    let to = |p| bot.text(Lang::Nl, Msg::new("button-plan-owner-to").code("owner", p));
    assert!(!button_exists(&menu, &to("coa")));
    assert!(button_exists(&menu, &to("gemeente")));
    assert!(!button_exists(
        &menu,
        &bot.text(Lang::Nl, Msg::new("button-plan-reword"))
    ));
    let m = press(&bot, &sanne, ChatTarget::Private, &menu, &to("holder"));
    let told = Msg::new("plan-agreement-owner")
        .code("reference", REF)
        .msg("what", interpreter())
        .msg("old", owner("coa"))
        .msg("new", owner("holder"));
    bot.expect_text(m, SANNE, &bot.text(Lang::Nl, told.clone()))
        .await;
    bot.expect_text(m, JOOST, &bot.text(Lang::Nl, told.clone()))
        .await;
    bot.expect_text(m, AMAL, &bot.text(Lang::Ar, told)).await;
    // The plan was sent round: Amal is asked to confirm the new version.
    let version: i64 = sqlx::query_scalar("SELECT version FROM plans")
        .fetch_one(&bot.pool)
        .await
        .unwrap();
    let agree = format!("p:ok:1:{version}");
    tg.wait_for_since(m, AMAL, |s| s.buttons().iter().any(|(_, d)| *d == agree))
        .await;
    tg.quiet().await;
    assert_eq!(
        last_history(&bot, item).await,
        (
            "owner".to_string(),
            Some(SANNE),
            Some("coa".to_string()),
            "holder".to_string()
        )
    );
    assert_eq!(reminder_chats(&bot, item).await, both(AMAL));

    // The day before, the reminder reaches Amal in Arabic, and Joost no more.
    let m = tg.mark();
    let at: DateTime<Utc> = "2026-04-29T07:00:30Z".parse().unwrap();
    bot.clock.set(at);
    bot.run_reminders().await;
    let soon = Msg::new("plan-due-soon")
        .code("reference", REF)
        .msg("what", interpreter())
        .msg("due", Msg::new("value-date").date("date", day(2026, 4, 30)));
    // Amal reads the item in plain words (issue 15).
    let soon_holder = Msg::new("plan-due-soon")
        .code("reference", REF)
        .msg(
            "what",
            Msg::new("plan-kind-holder").code("kind", "interpreter"),
        )
        .msg("due", Msg::new("value-date").date("date", day(2026, 4, 30)));
    bot.expect_text(m, AMAL, &bot.text(Lang::Ar, soon_holder))
        .await;
    tg.quiet().await;
    let joost_soon = bot.text(Lang::Nl, soon);
    assert!(
        !tg.sent_to(JOOST)
            .iter()
            .any(|s| crate::driver::text_of(s) == joost_soon)
    );
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sanne_rewords_a_free_text_agreement_in_the_group_and_everyone_sees_the_new_words_untranslated()
 {
    let bot = owner_case(true).await;
    let tg = &bot.tg;
    let sanne = tg.user(SANNE, "Sanne", Some("nl"));
    let team = tg.group(TEAM, "Team Inburgering Utrecht");
    let item = with_agreement(&bot, &sanne, Some("Bel de tolk")).await;

    let view = plan_view(&bot, &sanne, (&team).into(), TEAM).await;
    let label = format!("✏️ {}", bot.text(Lang::Nl, free("Bel de tolk")));
    let m = press(&bot, &sanne, (&team).into(), &view, &label);
    let menu = bot.next_message(m, TEAM).await;
    let m = press(&bot, &sanne, (&team).into(), &menu, "Nieuwe tekst");
    let ask = bot
        .expect_text(m, TEAM, &bot.text(Lang::Nl, Msg::new("plan-ask-reword")))
        .await;
    let forced = ask
        .reply_markup
        .as_ref()
        .and_then(|r| r["force_reply"].as_bool());
    assert_eq!(forced, Some(true));

    // Two lines are refused and asked again; nothing changes.
    let before = plan_rows(&bot).await;
    let m = tg.mark();
    tg.reply_to(&sanne, &team, ask.message_id, "Bel de tolk\nen de school");
    let bad = Msg::new("plan-free-bad").num("max", 300);
    bot.expect_text(m, TEAM, &bot.text(Lang::Nl, bad)).await;
    let again = bot
        .expect_text(m, TEAM, &bot.text(Lang::Nl, Msg::new("plan-ask-reword")))
        .await;
    tg.quiet().await;
    assert_eq!(plan_rows(&bot).await, before);

    let m = tg.mark();
    let words = "Bel de tolk vóór de brede intake";
    tg.reply_to(&sanne, &team, again.message_id, words);
    let told = Msg::new("plan-agreement-reworded")
        .code("reference", REF)
        .msg("old", free("Bel de tolk"))
        .msg("new", free(words));
    bot.expect_text(m, TEAM, &bot.text(Lang::Nl, told.clone()))
        .await;
    bot.expect_text(m, JOOST, &bot.text(Lang::Nl, told.clone()))
        .await;
    let amal_sees = bot.expect_text(m, AMAL, &bot.text(Lang::Ar, told)).await;
    assert!(text_of(&amal_sees).contains(&bot.text(Lang::Ar, free(words))));
    tg.quiet().await;
    assert_eq!(
        last_history(&bot, item).await,
        (
            "text".to_string(),
            Some(SANNE),
            Some("Bel de tolk".to_string()),
            words.to_string()
        )
    );
    let amal = tg.user(AMAL, "Amal", Some("ar"));
    let hers = plan_view(&bot, &amal, ChatTarget::Private, AMAL).await;
    assert!(text_of(&hers).contains(&bot.text(Lang::Ar, free(words))));
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_second_caseworkers_outdated_owner_button_and_typed_words_change_nothing() {
    let bot = owner_case(false).await;
    let tg = &bot.tg;
    let sanne = tg.user(SANNE, "Sanne", Some("nl"));
    let pieter = tg.user(PIETER, "Pieter", Some("nl"));
    let item = with_agreement(&bot, &sanne, Some("Bel de tolk")).await;

    // Pieter opens the menu and asks to reword; meanwhile Sanne gives the agreement to Amal.
    let his = edit_menu(&bot, &pieter, free("Bel de tolk")).await;
    let m = press(&bot, &pieter, ChatTarget::Private, &his, "Nieuwe tekst");
    let ask = bot.next_message(m, PIETER).await;
    let hers = edit_menu(&bot, &sanne, free("Bel de tolk")).await;
    let m = press(
        &bot,
        &sanne,
        ChatTarget::Private,
        &hers,
        "Naar statushouder",
    );
    bot.tg
        .wait_for_since(m, AMAL, |s| text_of(s).contains(REF))
        .await;
    tg.quiet().await;

    // His owner button is outdated: he is told, nothing changes.
    let before = plan_rows(&bot).await;
    let conflict = bot.text(Lang::Nl, Msg::new("plan-edit-conflict"));
    let stale = button(&his, "Naar gemeente");
    assert_eq!(alert(&bot, &pieter, his.message_id, &stale).await, conflict);
    let stale = button(&his, "Naar statushouder");
    assert_eq!(alert(&bot, &pieter, his.message_id, &stale).await, conflict);
    tg.quiet().await;
    assert_eq!(plan_rows(&bot).await, before);

    // His typed words come too late: he is told, the agreement keeps its words, and his
    // question is over.
    let items = ["plans", "plan_items", "plan_events", "reminders"];
    let before = bot.rows_of(&items).await;
    let m = tg.mark();
    tg.reply_to(&pieter, ChatTarget::Private, ask.message_id, "Tolk boeken");
    bot.expect_text(m, PIETER, &conflict).await;
    tg.quiet().await;
    assert_eq!(bot.rows_of(&items).await, before);
    let dialogs: i64 = sqlx::query_scalar("SELECT count(*) FROM dialogs WHERE tg_user_id = ?")
        .bind(PIETER)
        .fetch_one(&bot.pool)
        .await
        .unwrap();
    assert_eq!(dialogs, 0);

    // On a closed case even a current button is refused with the closed-case message.
    let fresh = edit_menu(&bot, &pieter, free("Bel de tolk")).await;
    sqlx::query("UPDATE cases SET status = 'closed'")
        .execute(&bot.pool)
        .await
        .unwrap();
    let before = plan_rows(&bot).await;
    let data = button(&fresh, "Naar COA");
    let closed = bot.text(Lang::Nl, Msg::new("plan-case-closed"));
    assert_eq!(alert(&bot, &pieter, fresh.message_id, &data).await, closed);
    tg.quiet().await;
    assert_eq!(plan_rows(&bot).await, before);
    assert_eq!(
        last_history(&bot, item).await.0,
        "owner",
        "only Sanne's change is in the history"
    );
    bot.stop().await;
}
