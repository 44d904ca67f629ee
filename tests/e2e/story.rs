//! The whole story of issue 2: the admin invites a municipal and a COA caseworker, the
//! municipal caseworker opens a case from her team group, the COA caseworker joins the case, and
//! the status holder joins with the link, picks Tigrinya, and everyone sees what they should in
//! their own language. Nothing about the status holder reaches the logs.

use driegesprek::domain::Lang;
use driegesprek::i18n::Msg;

use crate::fake_telegram::ChatTarget;
use crate::support::{button, link_in, logs, spawn_bot, token_of};

fn ethiopic(text: &str) -> bool {
    text.chars().any(|c| ('\u{1200}'..='\u{137F}').contains(&c))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn three_parties_meet_in_one_case_each_in_their_own_language() {
    let bot = spawn_bot().await;
    let tg = &bot.tg;

    // The admin adds both organisations and makes an invite for each.
    let utrecht = bot.add_org("gemeente", "Gemeente Utrecht");
    let ter_apel = bot.add_org("coa", "COA Ter Apel");
    let sanne_invite = bot.staff_invite(&utrecht, "gemeente");
    let joost_invite = bot.staff_invite(&ter_apel, "coa");

    // Both caseworkers join with their links.
    let sanne = tg.user(1001, "Sanne", Some("nl"));
    let joost = tg.user(2002, "Joost", Some("nl"));
    let m = tg.mark();
    tg.send_command(
        &sanne,
        ChatTarget::Private,
        &format!("start {sanne_invite}"),
    );
    let welcome = bot.next_message(m, sanne.id).await;
    assert_eq!(
        welcome.text.as_deref(),
        Some(
            bot.text(
                Lang::Nl,
                Msg::new("staff-joined")
                    .name("org", "Gemeente Utrecht")
                    .code("kind", "gemeente")
            )
            .as_str()
        )
    );
    let m = tg.mark();
    tg.send_command(
        &joost,
        ChatTarget::Private,
        &format!("start {joost_invite}"),
    );
    let welcome = bot.next_message(m, joost.id).await;
    assert!(welcome.text.unwrap_or_default().contains("COA Ter Apel"));

    // Sanne adds the bot to her team group and links it to her municipality.
    let team = tg.group(-100_777, "Team Inburgering Utrecht");
    let m = tg.mark();
    tg.bot_added_to_group(&sanne, &team);
    let screen = bot.next_message(m, team.id).await;
    let m = tg.mark();
    tg.press_button(
        &sanne,
        &team,
        screen.message_id,
        &button(&screen, "Gemeente Utrecht"),
    );
    bot.expect_text(
        m,
        team.id,
        &bot.text(
            Lang::Nl,
            Msg::new("group-linked-org").name("org", "Gemeente Utrecht"),
        ),
    )
    .await;

    // She opens a case from the group, answering by replying to the bot.
    let m = tg.mark();
    tg.send_command(&sanne, &team, "newcase");
    let q = bot.next_message(m, team.id).await;
    assert_eq!(
        q.text.as_deref(),
        Some(bot.text(Lang::Nl, Msg::new("case-ask-name")).as_str())
    );
    assert_eq!(
        q.reply_markup
            .as_ref()
            .and_then(|r| r["force_reply"].as_bool()),
        Some(true)
    );
    let m = tg.mark();
    tg.reply_to(&sanne, &team, q.message_id, "Amanuel");
    let q = bot.next_message(m, team.id).await;
    let m = tg.mark();
    tg.reply_to(&sanne, &team, q.message_id, "GEM-2026-0042");
    let q = bot.next_message(m, team.id).await;
    let m = tg.mark();
    tg.press_button(&sanne, &team, q.message_id, &button(&q, "COA Ter Apel"));
    let q = bot.next_message(m, team.id).await;
    let m = tg.mark();
    tg.press_button(&sanne, &team, q.message_id, &button(&q, "Gisteren"));
    let q = bot.next_message(m, team.id).await;
    let m = tg.mark();
    tg.reply_to(&sanne, &team, q.message_id, "01-06-2026");
    let summary = bot.next_message(m, team.id).await;
    let text = summary.text.clone().unwrap_or_default();
    assert!(
        text.contains("Amanuel") && text.contains("GEM-2026-0042"),
        "{text}"
    );
    assert!(
        text.contains("zondag 29 maart 2026"),
        "matching date shown with weekday: {text}"
    );
    assert!(
        text.contains("maandag 1 juni 2026"),
        "housing date shown with weekday: {text}"
    );
    let m = tg.mark();
    tg.press_button(
        &sanne,
        &team,
        summary.message_id,
        &button(&summary, "Casus openen"),
    );
    bot.expect_text(
        m,
        team.id,
        &bot.text(
            Lang::Nl,
            Msg::new("case-opened").code("reference", "GEM-2026-0042"),
        ),
    )
    .await;
    let holder_invite = tg
        .wait_for_since(m, team.id, |s| s.method == "sendPhoto")
        .await;
    assert!(
        holder_invite
            .file_bytes
            .as_deref()
            .is_some_and(|b| b.starts_with(b"\x89PNG"))
    );
    let holder_link = link_in(&holder_invite);
    let counterpart = tg
        .wait_for_since(m, team.id, |s| {
            s.text
                .as_deref()
                .is_some_and(|t| t.contains("COA Ter Apel"))
        })
        .await;
    let counterpart_link = link_in(&counterpart);
    assert_ne!(token_of(&holder_link), token_of(&counterpart_link));

    // Joost joins the case with the counterpart link; the group hears of it.
    let m = tg.mark();
    tg.send_command(
        &joost,
        ChatTarget::Private,
        &format!("start {}", token_of(&counterpart_link)),
    );
    bot.expect_text(
        m,
        team.id,
        &bot.text(
            Lang::Nl,
            Msg::new("staff-joined-case")
                .name("name", "Joost")
                .name("org", "COA Ter Apel")
                .code("reference", "GEM-2026-0042"),
        ),
    )
    .await;
    // Joost himself is told which case he joined, who else is on it and what he can do there.
    bot.expect_text(
        m,
        joost.id,
        &bot.text(
            Lang::Nl,
            Msg::new("staff-joined-this-case")
                .code("reference", "GEM-2026-0042")
                .name("name", "Amanuel")
                .msg(
                    "others",
                    Msg::new("staff-joined-with").lines(
                        "people",
                        vec![
                            Msg::new("staff-joined-person")
                                .name("who", "Sanne")
                                .name("org", "Gemeente Utrecht"),
                        ],
                    ),
                ),
        ),
    )
    .await;

    // Amanuel opens his link. His phone has no Tigrinya: the picker asks in every script the
    // bot offers, his own among them (issue 15), never in English alone.
    let amanuel = tg.user(3003, "Amanuel", None);
    let m = tg.mark();
    tg.send_command(
        &amanuel,
        ChatTarget::Private,
        &format!("start {}", token_of(&holder_link)),
    );
    let picker = bot.next_message(m, amanuel.id).await;
    let prompt = picker.text.clone().unwrap_or_default();
    assert_eq!(prompt, bot.text(Lang::En, Msg::new("language-choose-any")));
    for lang in [Lang::Ti, Lang::Ar, Lang::En] {
        let own = bot.text(lang, Msg::new("language-choose"));
        let own = own.trim_start_matches("🌐 ");
        assert!(prompt.contains(own), "{own} missing from {prompt}");
    }
    let labels: Vec<String> = picker.buttons().into_iter().map(|(t, _)| t).collect();
    assert!(
        labels.contains(&"ትግርኛ".to_string()) && labels.contains(&"العربية".to_string()),
        "{labels:?}"
    );

    let m = tg.mark();
    tg.press_button(
        &amanuel,
        ChatTarget::Private,
        picker.message_id,
        &button(&picker, "ትግርኛ"),
    );
    let notice = bot.next_message(m, amanuel.id).await;
    assert_eq!(
        notice.text.as_deref(),
        Some(
            bot.text(Lang::Ti, Msg::new("holder-privacy-notice-v2"))
                .as_str()
        )
    );
    assert!(ethiopic(notice.text.as_deref().unwrap_or_default()));
    // The picker itself now shows the choice, in its own script, without buttons.
    let picked = tg
        .wait_for_since(m, amanuel.id, |s| {
            s.method == "editMessageText" && s.message_id == picker.message_id
        })
        .await;
    assert_eq!(picked.text.as_deref(), Some("🌐 ✅ ትግርኛ"));
    assert!(picked.buttons().is_empty(), "{:?}", picked.buttons());

    let m = tg.mark();
    tg.press_button(
        &amanuel,
        ChatTarget::Private,
        notice.message_id,
        &button(&notice, ""),
    );
    let overview = bot.next_message(m, amanuel.id).await;
    let text = overview.text.clone().unwrap_or_default();
    assert!(ethiopic(&text), "{text}");
    for who in ["Sanne", "Joost", "Gemeente Utrecht", "COA Ter Apel"] {
        assert!(text.contains(who), "{who} missing from: {text}");
    }

    // Staff hear it in Dutch, in the group and privately.
    let joined = bot.text(
        Lang::Nl,
        Msg::new("holder-joined-staff")
            .code("reference", "GEM-2026-0042")
            .name("name", "Amanuel")
            .lang("language", Lang::Ti),
    );
    assert!(joined.contains("Tigrinya"), "{joined}");
    bot.expect_text(m, team.id, &joined).await;
    bot.expect_text(m, sanne.id, &joined).await;
    bot.expect_text(m, joost.id, &joined).await;

    // Amanuel's choice is stored: /menu answers in Tigrinya again.
    let m = tg.mark();
    tg.send_command(&amanuel, ChatTarget::Private, "menu");
    let again = bot.next_message(m, amanuel.id).await;
    assert_eq!(again.text, overview.text);

    // Command menus were published per language and chat type.
    let scopes = tg.calls("setMyCommands");
    assert!(
        scopes
            .iter()
            .any(|c| c["language_code"] == "ar" && c["scope"]["type"] == "all_private_chats")
    );
    assert!(
        scopes
            .iter()
            .any(|c| c["language_code"] == "nl" && c["scope"]["type"] == "all_group_chats")
    );

    // The logs carry ids only.
    tg.quiet().await;
    let logs = logs();
    for secret in [
        "Amanuel",
        "GEM-2026-0042",
        &token_of(&holder_link),
        &sanne_invite,
        "Sanne",
    ] {
        assert!(!logs.contains(secret), "the logs contain {secret:?}");
    }
    assert!(
        logs.contains("case opened"),
        "the logs do record what happened"
    );
    bot.stop().await;
}
