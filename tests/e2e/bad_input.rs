//! Bad input gets a clear, translated answer and changes nothing (issue 2): unknown, expired and
//! used invites, strangers, forged buttons, text where a button was expected, huge or odd text,
//! edited messages, stickers, photos and voice notes.

use chrono::Duration;
use driegesprek::domain::Lang;
use driegesprek::i18n::Msg;

use crate::fake_telegram::{ChatTarget, TgChat, TgUser};
use crate::support::{TestBot, button, link_in, spawn_bot, token_of};

/// A municipality with Sanne on it, a COA location, and Sanne's private chat half-way through
/// opening a case (asked for the name).
pub(crate) async fn sanne_opening_a_case() -> (TestBot, TgUser) {
    let bot = spawn_bot().await;
    let org = bot.add_org("gemeente", "Gemeente Utrecht");
    bot.add_org("coa", "COA Ter Apel");
    let invite = bot.staff_invite(&org, "gemeente");
    let sanne = bot.tg.user(1001, "Sanne", Some("nl"));
    let m = bot.tg.mark();
    bot.tg
        .send_command(&sanne, ChatTarget::Private, &format!("start {invite}"));
    bot.next_message(m, sanne.id).await;
    let m = bot.tg.mark();
    bot.tg.send_command(&sanne, ChatTarget::Private, "newcase");
    bot.expect_text(m, sanne.id, &bot.text(Lang::Nl, Msg::new("case-ask-name")))
        .await;
    (bot, sanne)
}

/// Sends, waits for the answer `want` (in `chat`), and checks that the database is unchanged.
pub(crate) async fn refused(bot: &TestBot, chat: i64, want: &str, act: impl FnOnce()) {
    bot.tg.quiet().await;
    let before = bot.snapshot().await;
    let m = bot.tg.mark();
    act();
    bot.expect_text(m, chat, want).await;
    bot.tg.quiet().await;
    assert_eq!(bot.snapshot().await, before, "the database changed");
}

/// Like `refused`, for a button: the answer is an alert on the button press.
pub(crate) async fn refused_button(
    bot: &TestBot,
    user: &TgUser,
    chat: ChatTarget,
    message_id: i32,
    data: &str,
    want: &str,
) {
    bot.tg.quiet().await;
    let before = bot.snapshot().await;
    let id = bot.tg.press_button(user, chat, message_id, data);
    let answer = bot.tg.wait_answer_callback(&id).await;
    assert_eq!(answer["text"].as_str(), Some(want), "{answer}");
    assert_eq!(answer["show_alert"].as_bool(), Some(true));
    bot.tg.quiet().await;
    assert_eq!(bot.snapshot().await, before, "the database changed");
}

#[tokio::test]
async fn an_unknown_or_malformed_invite_is_refused_in_the_strangers_language() {
    let bot = spawn_bot().await;
    let stranger = bot.tg.user(5005, "Guess", Some("ar"));
    let want = bot.text(Lang::Ar, Msg::new("invite-unknown"));
    for payload in [
        "0123456789abcdef0123456789abcdef01234567",
        "hello",
        "../../etc/passwd",
        &"a".repeat(64),
    ] {
        refused(&bot, stranger.id, &want, || {
            bot.tg
                .send_command(&stranger, ChatTarget::Private, &format!("start {payload}"));
        })
        .await;
    }
    bot.stop().await;
}

#[tokio::test]
async fn a_stranger_without_an_invite_is_told_how_to_get_one() {
    let bot = spawn_bot().await;
    let stranger = bot.tg.user(5006, "Someone", Some("en"));
    let want = bot.text(Lang::En, Msg::new("stranger-welcome"));
    refused(&bot, stranger.id, &want, || {
        bot.tg.send_command(&stranger, ChatTarget::Private, "start");
    })
    .await;
    let staff_only = bot.text(Lang::En, Msg::new("error-staff-only"));
    refused(&bot, stranger.id, &staff_only, || {
        bot.tg
            .send_command(&stranger, ChatTarget::Private, "newcase");
    })
    .await;
    bot.stop().await;
}

#[tokio::test]
async fn an_expired_staff_invite_is_refused() {
    let bot = spawn_bot().await;
    let org = bot.add_org("coa", "COA Budel");
    // The command line uses the real clock; the bot's clock jumps past the 14 days.
    let invite = bot.staff_invite(&org, "coa");
    bot.clock.set(chrono::Utc::now() + Duration::days(15));
    let joost = bot.tg.user(2002, "Joost", Some("nl"));
    let want = bot.text(Lang::Nl, Msg::new("invite-expired"));
    refused(&bot, joost.id, &want, || {
        bot.tg
            .send_command(&joost, ChatTarget::Private, &format!("start {invite}"));
    })
    .await;
    bot.stop().await;
}

async fn open_case(bot: &TestBot, sanne: &TgUser) -> (String, String) {
    open_case_as(bot, sanne, "Amanuel", "GEM-1").await
}

/// Sanne answers the case-opening questions (the holder's `name`, the `reference`, COA Ter
/// Apel, matched today, housing unknown) and confirms; the holder's and COA's invite tokens.
pub(crate) async fn open_case_as(
    bot: &TestBot,
    sanne: &TgUser,
    name: &str,
    reference: &str,
) -> (String, String) {
    for a in [name, reference] {
        let m = bot.tg.mark();
        bot.tg.send_text(sanne, ChatTarget::Private, a);
        bot.next_message(m, sanne.id).await;
    }
    let q = bot.tg.sent_to(sanne.id).last().cloned().expect("question");
    let m = bot.tg.mark();
    bot.tg.press_button(
        sanne,
        ChatTarget::Private,
        q.message_id,
        &button(&q, "COA Ter Apel"),
    );
    let q = bot.next_message(m, sanne.id).await;
    let m = bot.tg.mark();
    bot.tg.press_button(
        sanne,
        ChatTarget::Private,
        q.message_id,
        &button(&q, "Vandaag"),
    );
    let q = bot.next_message(m, sanne.id).await;
    let m = bot.tg.mark();
    bot.tg.press_button(
        sanne,
        ChatTarget::Private,
        q.message_id,
        &button(&q, "Nog onbekend"),
    );
    let q = bot.next_message(m, sanne.id).await;
    let m = bot.tg.mark();
    bot.tg.press_button(
        sanne,
        ChatTarget::Private,
        q.message_id,
        &button(&q, "Casus openen"),
    );
    let holder = bot
        .tg
        .wait_for_since(m, sanne.id, |s| s.method == "sendPhoto")
        .await;
    let other = bot
        .tg
        .wait_for_since(m, sanne.id, |s| {
            s.text
                .as_deref()
                .is_some_and(|t| t.contains("COA Ter Apel"))
        })
        .await;
    (token_of(&link_in(&holder)), token_of(&link_in(&other)))
}

#[tokio::test]
async fn a_used_holder_invite_cannot_be_used_by_someone_else() {
    let (bot, sanne) = sanne_opening_a_case().await;
    let (holder_token, _) = open_case(&bot, &sanne).await;
    let amanuel = bot.tg.user(3003, "Amanuel", None);
    let m = bot.tg.mark();
    bot.tg.send_command(
        &amanuel,
        ChatTarget::Private,
        &format!("start {holder_token}"),
    );
    bot.next_message(m, amanuel.id).await;
    let other = bot.tg.user(3004, "Other", Some("tr"));
    let want = bot.text(Lang::Tr, Msg::new("invite-used"));
    refused(&bot, other.id, &want, || {
        bot.tg.send_command(
            &other,
            ChatTarget::Private,
            &format!("start {holder_token}"),
        );
    })
    .await;
    bot.stop().await;
}

#[tokio::test]
async fn buttons_pressed_by_someone_not_on_the_case_change_nothing() {
    let (bot, sanne) = sanne_opening_a_case().await;
    let (holder_token, _) = open_case(&bot, &sanne).await;
    let amanuel = bot.tg.user(3003, "Amanuel", None);
    let m = bot.tg.mark();
    bot.tg.send_command(
        &amanuel,
        ChatTarget::Private,
        &format!("start {holder_token}"),
    );
    let picker = bot.next_message(m, amanuel.id).await;
    let m = bot.tg.mark();
    bot.tg.press_button(
        &amanuel,
        ChatTarget::Private,
        picker.message_id,
        &button(&picker, "ትግርኛ"),
    );
    let notice = bot.next_message(m, amanuel.id).await;
    let privacy_data = button(&notice, "");

    // A stranger replays Amanuel's privacy button (callback data copied from his chat).
    let stranger = bot.tg.user(6006, "Mallory", Some("en"));
    let m = bot.tg.mark();
    bot.tg.send_text(&stranger, ChatTarget::Private, "hi");
    let hint = bot.next_message(m, stranger.id).await;
    refused_button(
        &bot,
        &stranger,
        ChatTarget::Private,
        hint.message_id,
        &privacy_data,
        &bot.text(Lang::En, Msg::new("error-not-on-case")),
    )
    .await;
    // ... and the case-opening and group buttons of staff.
    for data in ["open:confirm", "menu:newcase"] {
        refused_button(
            &bot,
            &stranger,
            ChatTarget::Private,
            hint.message_id,
            data,
            &bot.text(Lang::En, Msg::new("error-staff-only")),
        )
        .await;
    }
    // Made-up data is not ours at all.
    for data in ["admin:grant", "privacy:99999999999999999999", "lang:xx"] {
        refused_button(
            &bot,
            &stranger,
            ChatTarget::Private,
            hint.message_id,
            data,
            &bot.text(Lang::En, Msg::new("error-button-stale")),
        )
        .await;
    }
    // Amanuel cannot act as staff with a forged button.
    refused_button(
        &bot,
        &amanuel,
        ChatTarget::Private,
        notice.message_id,
        "link:org",
        &bot.text(Lang::Ti, Msg::new("group-not-staff")),
    )
    .await;
    bot.stop().await;
}

#[tokio::test]
async fn a_group_member_who_is_not_staff_gets_a_polite_refusal() {
    let bot = spawn_bot().await;
    let org = bot.add_org("gemeente", "Gemeente Utrecht");
    let invite = bot.staff_invite(&org, "gemeente");
    let sanne = bot.tg.user(1001, "Sanne", Some("nl"));
    let m = bot.tg.mark();
    bot.tg
        .send_command(&sanne, ChatTarget::Private, &format!("start {invite}"));
    bot.next_message(m, sanne.id).await;
    let team: TgChat = bot.tg.group(-100_888, "Team");
    let m = bot.tg.mark();
    bot.tg.bot_added_to_group(&sanne, &team);
    let screen = bot.next_message(m, team.id).await;
    let intern = bot.tg.user(7007, "Intern", Some("nl"));
    let data = button(&screen, "Gemeente Utrecht");
    refused_button(
        &bot,
        &intern,
        (&team).into(),
        screen.message_id,
        &data,
        &bot.text(Lang::Nl, Msg::new("group-not-staff")),
    )
    .await;
    refused(
        &bot,
        team.id,
        &bot.text(Lang::Nl, Msg::new("error-staff-only")),
        || {
            bot.tg.send_command(&intern, &team, "newcase");
        },
    )
    .await;
    bot.stop().await;
}

#[tokio::test]
async fn text_where_a_button_was_expected_re_asks_and_keeps_the_answers() {
    let (bot, sanne) = sanne_opening_a_case().await;
    for a in ["Amanuel", "GEM-1"] {
        let m = bot.tg.mark();
        bot.tg.send_text(&sanne, ChatTarget::Private, a);
        bot.next_message(m, sanne.id).await;
    }
    let want = bot.text(Lang::Nl, Msg::new("error-expected-button"));
    refused(&bot, sanne.id, &want, || {
        bot.tg
            .send_text(&sanne, ChatTarget::Private, "COA Ter Apel");
    })
    .await;
    // The question comes again, with its buttons.
    let q = bot.tg.sent_to(sanne.id).last().cloned().expect("question");
    assert_eq!(
        q.text.as_deref(),
        Some(
            bot.text(
                Lang::Nl,
                Msg::new("case-ask-counterpart").code("kind", "coa")
            )
            .as_str()
        )
    );
    assert!(!q.buttons().is_empty());
    bot.stop().await;
}

#[tokio::test]
async fn a_huge_name_or_a_national_number_is_refused() {
    let (bot, sanne) = sanne_opening_a_case().await;
    let huge = "A".repeat(4000);
    let want = bot.text(Lang::Nl, Msg::new("error-text-too-long").num("max", 40));
    refused(&bot, sanne.id, &want, || {
        bot.tg.send_text(&sanne, ChatTarget::Private, &huge);
    })
    .await;
    let m = bot.tg.mark();
    bot.tg.send_text(&sanne, ChatTarget::Private, "Amanuel");
    bot.next_message(m, sanne.id).await;
    let want = bot.text(Lang::Nl, Msg::new("error-looks-like-bsn"));
    refused(&bot, sanne.id, &want, || {
        bot.tg.send_text(&sanne, ChatTarget::Private, "123456782");
    })
    .await;
    bot.stop().await;
}

#[tokio::test]
async fn emoji_and_right_to_left_names_are_kept_as_typed() {
    let (bot, sanne) = sanne_opening_a_case().await;
    let m = bot.tg.mark();
    bot.tg.send_text(&sanne, ChatTarget::Private, "أحمد 🌻");
    bot.next_message(m, sanne.id).await;
    bot.tg.quiet().await;
    let state: String = sqlx::query_scalar("SELECT state FROM dialogs")
        .fetch_one(&bot.pool)
        .await
        .expect("dialog");
    assert!(state.contains("أحمد 🌻"), "{state}");
    bot.stop().await;
}

#[tokio::test]
async fn edits_stickers_photos_and_voice_notes_change_nothing() {
    let (bot, sanne) = sanne_opening_a_case().await;
    let expected_text = bot.text(Lang::Nl, Msg::new("error-expected-text"));
    refused(&bot, sanne.id, &expected_text, || {
        bot.tg.send_sticker(&sanne, ChatTarget::Private);
    })
    .await;
    refused(&bot, sanne.id, &expected_text, || {
        bot.tg.send_voice(&sanne, ChatTarget::Private);
    })
    .await;
    refused(&bot, sanne.id, &expected_text, || {
        bot.tg.send_photo_msg(&sanne, ChatTarget::Private, None);
    })
    .await;
    let m = bot.tg.mark();
    let first = bot.tg.send_text(&sanne, ChatTarget::Private, "Amanuel");
    bot.next_message(m, sanne.id).await;
    let want = bot.text(Lang::Nl, Msg::new("error-edited-ignored"));
    refused(&bot, sanne.id, &want, || {
        bot.tg
            .edit_text(&sanne, ChatTarget::Private, first, "Someone else");
    })
    .await;
    bot.stop().await;
}
