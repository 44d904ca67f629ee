//! Removing the bot from a linked group ends the group's links (issue 10): whoever linked it
//! hears so privately, and adding the bot again starts unlinked.

use driegesprek::domain::Lang;
use driegesprek::i18n::Msg;

use crate::fake_telegram::{ChatTarget, TgChat, TgUser};
use crate::support::{TestBot, button, logs, spawn_bot};

const TITLE: &str = "Team Oosterhout Verwijderd";

/// Sanne (staff of Gemeente Utrecht) adds the bot to her team group and links it to her
/// organisation.
async fn sanne_links_her_group() -> (TestBot, TgUser, TgChat) {
    let bot = spawn_bot().await;
    let org = bot.add_org("gemeente", "Gemeente Utrecht");
    let invite = bot.staff_invite(&org, "gemeente");
    let sanne = bot.tg.user(1001, "Sanne", Some("nl"));
    let m = bot.tg.mark();
    bot.tg
        .send_command(&sanne, ChatTarget::Private, &format!("start {invite}"));
    bot.next_message(m, sanne.id).await;
    let team = bot.tg.group(-100_777, TITLE);
    let m = bot.tg.mark();
    bot.tg.bot_added_to_group(&sanne, &team);
    let screen = bot.next_message(m, team.id).await;
    let m = bot.tg.mark();
    bot.tg.press_button(
        &sanne,
        &team,
        screen.message_id,
        &button(&screen, "Gemeente Utrecht"),
    );
    let linked = Msg::new("group-linked-org").name("org", "Gemeente Utrecht");
    bot.expect_text(m, team.id, &bot.text(Lang::Nl, linked))
        .await;
    (bot, sanne, team)
}

async fn dialogs_in(bot: &TestBot, chat: i64) -> i64 {
    sqlx::query_scalar("SELECT COUNT(*) FROM dialogs WHERE chat_id = ?")
        .bind(chat)
        .fetch_one(&bot.pool)
        .await
        .expect("count dialogs")
}

async fn links_of(bot: &TestBot, chat: i64) -> i64 {
    sqlx::query_scalar("SELECT COUNT(*) FROM group_links WHERE chat_id = ?")
        .bind(chat)
        .fetch_one(&bot.pool)
        .await
        .expect("count links")
}

#[tokio::test]
async fn removing_the_bot_ends_the_link_and_adding_it_again_starts_unlinked() {
    let (bot, sanne, team) = sanne_links_her_group().await;
    assert_eq!(links_of(&bot, team.id).await, 1);

    // Sanne had begun opening a case in the group.
    let m = bot.tg.mark();
    bot.tg.send_command(&sanne, &team, "newcase");
    bot.next_message(m, team.id).await;
    assert_eq!(dialogs_in(&bot, team.id).await, 1);

    // A group admin (not staff) kicks the bot; Sanne, who linked the group, is told privately.
    let admin = bot.tg.user(8008, "Beheerder", Some("nl"));
    bot.tg.quiet().await;
    let m = bot.tg.mark();
    bot.tg.bot_removed_from_group(&admin, &team, true);
    let notice = Msg::new("group-removed-unlinked").name("group", TITLE);
    bot.expect_text(m, sanne.id, &bot.text(Lang::Nl, notice))
        .await;
    bot.tg.quiet().await;
    assert_eq!(
        links_of(&bot, team.id).await,
        0,
        "the group is still linked"
    );
    assert_eq!(
        dialogs_in(&bot, team.id).await,
        0,
        "the half-opened case ended"
    );
    let audited: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM audit_log
         WHERE action = 'group_unlinked_bot_removed' AND subject = ? AND actor = ?",
    )
    .bind(team.id)
    .bind(admin.id)
    .fetch_one(&bot.pool)
    .await
    .expect("audit");
    assert_eq!(audited, 1);
    assert!(
        bot.tg.sent_since(m).iter().all(|s| s.chat_id != team.id),
        "nothing is sent to the group the bot left"
    );

    // Added again, the bot asks what the group follows, and the group lists no cases.
    let m = bot.tg.mark();
    bot.tg.bot_added_to_group(&sanne, &team);
    let screen = bot.next_message(m, team.id).await;
    assert_eq!(
        screen.text.as_deref(),
        Some(bot.text(Lang::Nl, Msg::new("group-welcome")).as_str())
    );
    let m = bot.tg.mark();
    bot.tg.send_command(&sanne, &team, "cases");
    bot.expect_text(
        m,
        team.id,
        &bot.text(Lang::Nl, Msg::new("group-not-linked")),
    )
    .await;
    let m = bot.tg.mark();
    bot.tg.send_command(&sanne, &team, "menu");
    bot.expect_text(
        m,
        team.id,
        &bot.text(Lang::Nl, Msg::new("group-not-linked")),
    )
    .await;

    bot.tg.quiet().await;
    let logs = logs();
    let leaks: Vec<&str> = logs.lines().filter(|l| l.contains(TITLE)).collect();
    assert!(
        leaks.is_empty(),
        "the logs contain the group's title: {leaks:#?}"
    );
    bot.stop().await;
}

#[tokio::test]
async fn the_bot_leaving_an_unlinked_group_tells_nobody_and_changes_nothing() {
    let bot = spawn_bot().await;
    let org = bot.add_org("coa", "COA Budel");
    let invite = bot.staff_invite(&org, "coa");
    let joost = bot.tg.user(2002, "Joost", Some("nl"));
    let m = bot.tg.mark();
    bot.tg
        .send_command(&joost, ChatTarget::Private, &format!("start {invite}"));
    bot.next_message(m, joost.id).await;
    let team = bot.tg.group(-100_778, "Koffiehoek");
    let m = bot.tg.mark();
    bot.tg.bot_added_to_group(&joost, &team);
    bot.next_message(m, team.id).await;
    bot.tg.quiet().await;
    let before = bot.snapshot().await;
    let m = bot.tg.mark();
    bot.tg.bot_removed_from_group(&joost, &team, false);
    bot.tg.quiet().await;
    assert!(
        bot.tg.sent_since(m).is_empty(),
        "{:?}",
        bot.tg.sent_since(m)
    );
    assert_eq!(bot.snapshot().await, before);
    bot.stop().await;
}
