//! One access rule (issue 10, finding 2): a group nobody linked may hold anyone, so staff
//! typing `/meet` there see no case and start nothing, only how to link the group; and a
//! colleague of the same municipality who is not on the case cannot open its preparation
//! overview or its agenda (the status holder's answers are sensitive), by command or by a
//! forged button, in private or in the team group.

use chrono::Duration;
use driegesprek::domain::Lang;
use driegesprek::i18n::Msg;

use crate::bad_input::{refused, refused_button};
use crate::fake_telegram::{ChatTarget, Mark, TgUser};
use crate::support::{
    PIETER, SANNE, START, TEAM, TestBot, ThreeParties, insert_meeting, spawn_case,
};

/// A group the bot was added to but that nobody linked (a family group, say).
const FAMILY: i64 = -100_555;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn meet_in_a_group_that_is_not_linked_lists_no_case_and_starts_nothing() {
    let bot = spawn_case(&ThreeParties {
        holder_privacy_ack: Some("2026-03-01T00:00:00+00:00"),
        ..ThreeParties::default()
    })
    .await;
    let (_, m) = sanne_meets_in_the_family_group(&bot).await;
    let said: Vec<String> = bot
        .tg
        .sent_since(m)
        .into_iter()
        .filter_map(|s| s.text)
        .collect();
    assert_eq!(said.len(), 1, "{said:?}");
    assert!(
        said.iter()
            .all(|t| !t.contains("UTR-7") && !t.contains("Amal")),
        "{said:?}"
    );
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn meet_in_a_group_that_is_not_linked_lists_none_of_several_cases() {
    let bot = spawn_case(&ThreeParties::default()).await;
    second_case_of_sanne(&bot).await;
    let (sanne, m) = sanne_meets_in_the_family_group(&bot).await;
    for sent in bot.tg.sent_since(m) {
        assert!(sent.buttons().is_empty(), "{sent:?}");
        let text = sent.text.unwrap_or_default();
        assert!(!text.contains("UTR-") && !text.contains("Amal"), "{text}");
    }
    // In her linked team group and in private she still gets both cases to choose from.
    for (chat, id) in [
        (ChatTarget::from(&bot.tg.group(TEAM, "Team")), TEAM),
        (ChatTarget::Private, SANNE),
    ] {
        let m = bot.tg.mark();
        bot.tg.send_command(&sanne, chat, "meet");
        let pick = bot.next_message(m, id).await;
        assert_eq!(pick.buttons().len(), 2, "{pick:?}");
    }
    bot.stop().await;
}

/// Sanne types `/meet` in the family group: she is told how to link it and nothing changes.
/// Returns her and the mark before it.
async fn sanne_meets_in_the_family_group(bot: &TestBot) -> (TgUser, Mark) {
    let sanne = bot.tg.user(SANNE, "Sanne", Some("nl"));
    let family = bot.tg.group(FAMILY, "Familie");
    let m = bot.tg.mark();
    refused(
        bot,
        FAMILY,
        &bot.text(Lang::Nl, Msg::new("group-not-linked")),
        || {
            bot.tg.send_command(&sanne, &family, "meet");
        },
    )
    .await;
    (sanne, m)
}

/// Case 2 `UTR-8` of Bilal, with Sanne on it (alone).
async fn second_case_of_sanne(bot: &TestBot) {
    sqlx::raw_sql(
        "INSERT INTO cases (id, reference, holder_name, owner_org_id, coa_org_id,
             gemeente_org_id, matching_date, housing_date, created_by, created_at)
         VALUES (2, 'UTR-8', 'Bilal', 2, 1, 2, '2026-03-01', NULL, 1, 'x');
         INSERT INTO case_members (case_id, tg_user_id, party, joined_at)
         VALUES (2, 1001, 'gemeente', 'e');",
    )
    .execute(&bot.pool)
    .await
    .expect("seed a second case");
}

/// Pieter works for the same municipality as Sanne but never joined case 1.
async fn colleague_not_on_the_case(bot: &TestBot) {
    sqlx::raw_sql(
        "INSERT INTO staff (id, tg_user_id, org_id, display_name, joined_at)
             VALUES (3, 1004, 2, 'Pieter', 'x');
         INSERT INTO users (tg_user_id, lang, lang_explicit, created_at)
             VALUES (1004, 'nl', 1, 'x');",
    )
    .execute(&bot.pool)
    .await
    .expect("seed a colleague");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_colleague_not_on_the_case_cannot_open_its_preparation_or_agenda() {
    let bot = spawn_case(&ThreeParties::default()).await;
    colleague_not_on_the_case(&bot).await;
    let start: chrono::DateTime<chrono::Utc> = START.parse().expect("start");
    let meeting = insert_meeting(
        &bot,
        1,
        "confirmed",
        Some(start + Duration::days(3)),
        "azc",
        None,
    )
    .await;
    let pieter = bot.tg.user(PIETER, "Pieter", Some("nl"));
    let team = bot.tg.group(TEAM, "Team Inburgering Utrecht");
    // By command: no case to open, in private or in the team group.
    let none = bot.text(Lang::Nl, Msg::new("cases-none"));
    refused(&bot, PIETER, &none, || {
        bot.tg.send_command(&pieter, ChatTarget::Private, "prepare");
    })
    .await;
    refused(&bot, TEAM, &none, || {
        bot.tg.send_command(&pieter, &team, "prepare");
    })
    .await;
    // By forged button: the overview, a tick, the agenda editor, adding to it and sending it.
    let not_on_case = bot.text(Lang::Nl, Msg::new("error-not-on-case"));
    let forged = [
        "q:v:1".to_string(),
        "q:tc:1:intake".to_string(),
        format!("q:g:{meeting}"),
        format!("q:ga:{meeting}"),
        format!("q:gs:{meeting}"),
    ];
    for (chat, id) in [
        (ChatTarget::Private, PIETER),
        (ChatTarget::from(&team), TEAM),
    ] {
        let shown = bot
            .tg
            .sent_to(id)
            .last()
            .expect("the answer to /prepare")
            .message_id;
        for data in &forged {
            refused_button(&bot, &pieter, chat.clone(), shown, data, &not_on_case).await;
        }
    }
    // Sanne, who is on the case, still gets it offered.
    let sanne = bot.tg.user(SANNE, "Sanne", Some("nl"));
    let m = bot.tg.mark();
    bot.tg.send_command(&sanne, ChatTarget::Private, "prepare");
    let list = bot.next_message(m, SANNE).await;
    assert!(
        list.buttons().iter().any(|(t, _)| t.contains("UTR-7")),
        "{list:?}"
    );
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn forged_buttons_in_a_group_that_does_not_follow_the_case_say_why_and_change_nothing() {
    let bot = spawn_case(&ThreeParties {
        holder_privacy_ack: Some("2026-03-01T00:00:00+00:00"),
        ..ThreeParties::default()
    })
    .await;
    second_case_of_sanne(&bot).await;
    // Sanne's group for case 2 only.
    sqlx::raw_sql(
        "INSERT INTO group_links (chat_id, org_id, case_id, linked_by, linked_at)
         VALUES (-100666, 2, 2, 1, 'x')",
    )
    .execute(&bot.pool)
    .await
    .expect("link a group to case 2");
    let sanne = bot.tg.user(SANNE, "Sanne", Some("nl"));
    let family = bot.tg.group(FAMILY, "Familie");
    let bilal = bot.tg.group(-100_666, "Overdracht Bilal");
    let m = bot.tg.mark();
    bot.tg.send_command(&sanne, &family, "cases");
    let in_family = bot.next_message(m, FAMILY).await;
    let m = bot.tg.mark();
    bot.tg.send_command(&sanne, &bilal, "cases");
    let in_bilal = bot.next_message(m, -100_666).await;
    // The plan and a new meeting round of case 1, by buttons copied from elsewhere.
    for data in ["p:show:1", "m:c:1"] {
        let not_linked = bot.text(Lang::Nl, Msg::new("group-not-linked"));
        let (group, shown) = (ChatTarget::from(&family), in_family.message_id);
        refused_button(&bot, &sanne, group, shown, data, &not_linked).await;
        let not_following = bot.text(Lang::Nl, Msg::new("access-group-not-following"));
        let (group, shown) = (ChatTarget::from(&bilal), in_bilal.message_id);
        refused_button(&bot, &sanne, group, shown, data, &not_following).await;
    }
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn plan_in_the_team_group_offers_only_the_cases_one_is_on() {
    // The team group follows all cases of the municipality; Pieter is on UTR-8 only.
    let bot = spawn_case(&ThreeParties::default()).await;
    second_case_of_sanne(&bot).await;
    colleague_not_on_the_case(&bot).await;
    sqlx::raw_sql(
        "INSERT INTO case_members (case_id, tg_user_id, party, joined_at)
         VALUES (2, 1004, 'gemeente', 'e');",
    )
    .execute(&bot.pool)
    .await
    .unwrap();
    let team = bot.tg.group(TEAM, "Team");
    let picker = bot.text(Lang::Nl, Msg::new("plan-pick-case"));
    let pieter = bot.tg.user(PIETER, "Pieter", Some("nl"));
    let m = bot.tg.mark();
    bot.tg.send_command(&pieter, &team, "plan");
    let answer = bot.next_message(m, TEAM).await;
    let text = answer.text.clone().unwrap_or_default();
    assert_ne!(text, picker, "one case: no picker with the other");
    assert!(!text.contains("UTR-7") && !text.contains("Amal"), "{text}");
    // Sanne is on both: she picks.
    let sanne = bot.tg.user(SANNE, "Sanne", Some("nl"));
    let m = bot.tg.mark();
    bot.tg.send_command(&sanne, &team, "plan");
    let pick = bot.next_message(m, TEAM).await;
    assert_eq!(pick.text.as_deref(), Some(picker.as_str()));
    assert_eq!(pick.buttons().len(), 2, "{pick:?}");
    // Named as she knows them (issue 12: they said "Casus 1" and "Casus 2").
    let labels: Vec<String> = pick.buttons().into_iter().map(|(l, _)| l).collect();
    for (reference, name) in [("UTR-7", "Amal"), ("UTR-8", "Bilal")] {
        let label = bot.text(
            Lang::Nl,
            Msg::new("button-plan-case")
                .code("reference", reference)
                .name("name", name),
        );
        assert!(labels.contains(&label), "{label:?} in {labels:?}");
    }
    bot.stop().await;
}
