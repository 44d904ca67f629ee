//! A case's life (issue 12), played through the bot with an Arabic-reading status holder: Sanne
//! closes the case with a reason after confirming, everyone is told in their language, its
//! reminders stop and it leaves `/cases`; she reopens it from the closed view, which later
//! refuses once 30 days have passed. She hands the case to Pieter, who accepts; an admin ends
//! Joost's access from the command line. COA staff and the holder cannot close; second presses
//! and stale buttons change nothing.

use chrono::Duration;
use driegesprek::domain::Lang;
use driegesprek::i18n::Msg;

use crate::driver::{
    alert, assert_every_staff_message_names, press_data_in_place, press_next, text_of,
};
use crate::fake_telegram::{ChatTarget, Sent, TgUser};
use crate::support::{
    AMAL, JOOST, PIETER, SANNE, TEAM, TestBot, ThreeParties, button, spawn_case, token_of,
};

const REF: &str = "UTR-7";

struct Cast {
    bot: TestBot,
    sanne: TgUser,
    joost: TgUser,
    amal: TgUser,
}

/// Case UTR-7 with Sanne (municipality), Joost (COA) and Amal, who reads Arabic; the team group
/// follows the municipality; one meeting reminder is still to come.
async fn cast() -> Cast {
    let bot = spawn_case(&ThreeParties {
        holder_lang: Lang::Ar,
        holder_privacy_ack: Some("2026-03-01T00:00:00+00:00"),
        ..ThreeParties::default()
    })
    .await;
    sqlx::query(
        "INSERT INTO reminders (kind, case_id, chat_id, due_at, next_attempt_at, created_at)
         VALUES ('meeting_soon', 1, ?, 1900000000, 1900000000, 0)",
    )
    .bind(AMAL)
    .execute(&bot.pool)
    .await
    .unwrap();
    let tg = &bot.tg;
    let (sanne, joost, amal) = (
        tg.user(SANNE, "Sanne", Some("nl")),
        tg.user(JOOST, "Joost", Some("nl")),
        tg.user(AMAL, "Amal", Some("ar")),
    );
    Cast {
        bot,
        sanne,
        joost,
        amal,
    }
}

fn nl(bot: &TestBot, msg: Msg) -> String {
    bot.text(Lang::Nl, msg)
}

fn about(id: &'static str) -> Msg {
    Msg::new(id).code("reference", REF).name("name", "Amal")
}

fn reason(code: &str) -> Msg {
    Msg::new("close-reason").code("reason", code.to_string())
}

async fn plan_view(bot: &TestBot, who: &TgUser) -> Sent {
    let m = bot.tg.mark();
    bot.tg.send_command(who, ChatTarget::Private, "plan");
    bot.next_message(m, who.id).await
}

fn right_to_left(text: &str) -> bool {
    text.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c))
}

async fn status_of_reminders(bot: &TestBot) -> Vec<(String, String, Option<String>)> {
    sqlx::query_as("SELECT kind, status, outcome FROM reminders WHERE kind <> 'notice' ORDER BY id")
        .fetch_all(&bot.pool)
        .await
        .unwrap()
}

/// Sanne closes from her plan view: reason, confirmation, done. Returns the confirmation
/// message (its "yes" button can be pressed again).
async fn close(c: &Cast, reason_label: &str) -> Sent {
    let bot = &c.bot;
    let view = plan_view(bot, &c.sanne).await;
    let why = press_next(bot, &c.sanne, &view, "Casus sluiten").await;
    assert_eq!(text_of(&why), nl(bot, about("life-close-ask-reason")));
    press_data_in_place(bot, &c.sanne, &why, &button(&why, reason_label)).await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sanne_closes_the_case_everyone_is_told_and_she_reopens_it_within_thirty_days() {
    let c = cast().await;
    let bot = &c.bot;

    // Joost (COA) and Amal cannot close the case, even with the button's data.
    let view = plan_view(bot, &c.sanne).await;
    let close_data = button(&view, "Casus sluiten");
    let before = bot.snapshot().await;
    let joost_view = plan_view(bot, &c.joost).await;
    assert!(
        joost_view
            .buttons()
            .iter()
            .all(|(l, _)| !l.contains("sluiten")),
        "no close button for COA: {:?}",
        joost_view.buttons()
    );
    assert!(
        joost_view
            .buttons()
            .iter()
            .any(|(l, _)| l.contains("Overdragen")),
        "COA staff may hand over"
    );
    let refused = alert(bot, &c.joost, joost_view.message_id, &close_data).await;
    assert_eq!(refused, nl(bot, Msg::new("plan-gemeente-only")));
    let amal_view = plan_view(bot, &c.amal).await;
    let refused = alert(bot, &c.amal, amal_view.message_id, &close_data).await;
    assert_eq!(refused, bot.text(Lang::Ar, Msg::new("error-staff-only")));
    bot.tg.quiet().await;
    assert_eq!(bot.snapshot().await, before, "refusals change nothing");

    // Sanne: reason, then "are you sure?", in place; "no" keeps it open.
    let confirm = close(&c, "Verhuisd en overgedragen").await;
    let asked = nl(
        bot,
        about("life-close-confirm").msg("reason", reason("handed_over")),
    );
    assert_eq!(text_of(&confirm), asked);
    let kept = press_data_in_place(bot, &c.sanne, &confirm, &button(&confirm, "Nee")).await;
    assert_eq!(text_of(&kept), nl(bot, about("life-close-kept")));
    bot.tg.quiet().await;
    assert_eq!(
        bot.snapshot().await,
        before,
        "keeping it open changes nothing"
    );

    // Closing for real.
    let confirm = close(&c, "Verhuisd en overgedragen").await;
    let m = bot.tg.mark();
    let yes = button(&confirm, "Ja, sluiten");
    let done = press_data_in_place(bot, &c.sanne, &confirm, &yes).await;
    let until = chrono::DateTime::parse_from_rfc3339(crate::support::START)
        .unwrap()
        .with_timezone(&chrono::Utc)
        + Duration::days(30);
    assert_eq!(
        text_of(&done),
        nl(
            bot,
            about("life-closed-you")
                .msg("reason", reason("handed_over"))
                .date_time("until", until)
        )
    );
    let told = about("life-closed-staff")
        .name("who", "Sanne")
        .msg("reason", reason("handed_over"));
    bot.expect_text(m, JOOST, &nl(bot, told.clone())).await;
    bot.expect_text(m, TEAM, &nl(bot, told)).await;
    let holder = bot.text(
        Lang::Ar,
        Msg::new("life-closed-holder").name("org", "Gemeente Utrecht"),
    );
    assert!(right_to_left(&holder), "{holder}");
    bot.expect_text(m, AMAL, &holder).await;
    // Amal's /menu now says so, instead of an overview of a case that ended.
    let m = bot.tg.mark();
    bot.tg.send_command(&c.amal, ChatTarget::Private, "menu");
    bot.expect_text(m, AMAL, &holder).await;
    bot.tg.quiet().await;
    assert_eq!(
        status_of_reminders(bot).await,
        [(
            "meeting_soon".to_string(),
            "cancelled".to_string(),
            Some("case_closed".to_string())
        )],
        "the case's reminders stop with it"
    );

    // A second press of "yes" is refused and changes nothing.
    let after = bot.snapshot().await;
    let again = alert(bot, &c.sanne, confirm.message_id, &yes).await;
    assert_eq!(again, nl(bot, Msg::new("plan-case-closed")));
    bot.tg.quiet().await;
    assert_eq!(bot.snapshot().await, after);

    // The case left /cases; the closed view lists it with "reopen".
    let m = bot.tg.mark();
    bot.tg.send_command(&c.sanne, ChatTarget::Private, "cases");
    let cases = bot.next_message(m, SANNE).await;
    assert_eq!(text_of(&cases), nl(bot, Msg::new("cases-none")));
    let closed = press_next(bot, &c.sanne, &cases, "Gesloten casussen").await;
    let line = Msg::new("life-closed-line")
        .code("reference", REF)
        .name("name", "Amal")
        .date("date", crate::driver::day(2026, 3, 30))
        .msg("reason", reason("handed_over"));
    assert_eq!(
        text_of(&closed),
        nl(
            bot,
            Msg::new("life-closed-list")
                .num("count", 1)
                .lines("items", vec![line])
        )
    );
    // Joost cannot reopen (COA); Sanne can.
    let reopen = button(&closed, "Heropenen");
    let refused = alert(bot, &c.joost, joost_view.message_id, &reopen).await;
    assert_eq!(refused, nl(bot, Msg::new("plan-gemeente-only")));
    let m = bot.tg.mark();
    bot.tg
        .press_button(&c.sanne, ChatTarget::Private, closed.message_id, &reopen);
    bot.expect_text(m, SANNE, &nl(bot, about("life-reopened-you")))
        .await;
    let told = about("life-reopened-staff").name("who", "Sanne");
    bot.expect_text(m, JOOST, &nl(bot, told.clone())).await;
    bot.expect_text(m, TEAM, &nl(bot, told)).await;
    let holder = bot.text(
        Lang::Ar,
        Msg::new("life-reopened-holder").name("org", "Gemeente Utrecht"),
    );
    bot.expect_text(m, AMAL, &holder).await;
    let m = bot.tg.mark();
    bot.tg.send_command(&c.sanne, ChatTarget::Private, "cases");
    let cases = bot.next_message(m, SANNE).await;
    assert!(text_of(&cases).contains(REF), "{}", text_of(&cases));

    // Closed again, for another reason; 31 days later it can no longer be reopened.
    let confirm = close(&c, "andere gemeente").await;
    let m = bot.tg.mark();
    press_data_in_place(bot, &c.sanne, &confirm, &button(&confirm, "Ja, sluiten")).await;
    bot.expect_text(
        m,
        AMAL,
        &bot.text(
            Lang::Ar,
            Msg::new("life-closed-holder").name("org", "Gemeente Utrecht"),
        ),
    )
    .await;
    bot.clock.advance(Duration::days(31));
    let closed = press_next(bot, &c.sanne, &cases, "Gesloten casussen").await;
    assert!(
        closed.buttons().is_empty(),
        "no reopen after 30 days: {:?}",
        closed.buttons()
    );
    let before = bot.snapshot().await;
    let late = alert(bot, &c.sanne, closed.message_id, &reopen).await;
    assert_eq!(late, nl(bot, about("life-reopen-too-late")));
    bot.tg.quiet().await;
    assert_eq!(bot.snapshot().await, before);

    let caseless = [nl(bot, Msg::new("cases-none"))];
    assert_every_staff_message_names(bot, &[SANNE, JOOST, TEAM], REF, &caseless);
    c.bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sanne_hands_the_case_to_pieter_who_accepts_and_everyone_knows_who_is_the_contact_now() {
    let c = cast().await;
    let bot = &c.bot;
    // Pieter: a colleague of Sanne's at Gemeente Utrecht, not on the case.
    sqlx::raw_sql(
        "INSERT INTO staff (id, tg_user_id, org_id, display_name, joined_at)
             VALUES (3, 1004, 2, 'Pieter', 'x');
         INSERT INTO users (tg_user_id, lang, lang_explicit, created_at)
             VALUES (1004, 'nl', 1, 'x');",
    )
    .execute(&bot.pool)
    .await
    .unwrap();
    let pieter = bot.tg.user(PIETER, "Pieter", Some("nl"));

    let view = plan_view(bot, &c.sanne).await;
    let pick = press_next(bot, &c.sanne, &view, "Overdragen").await;
    assert_eq!(
        text_of(&pick),
        nl(
            bot,
            about("life-handover-pick").name("org", "Gemeente Utrecht")
        )
    );
    let labels: Vec<String> = pick.buttons().into_iter().map(|(l, _)| l).collect();
    assert_eq!(
        labels,
        ["\u{2068}Pieter\u{2069}"],
        "only colleagues not on the case"
    );
    let m = bot.tg.mark();
    let asked = press_data_in_place(bot, &c.sanne, &pick, &button(&pick, "Pieter")).await;
    assert_eq!(
        text_of(&asked),
        nl(
            bot,
            about("life-handover-offered").name("colleague", "Pieter")
        )
    );
    let offer = bot.next_message(m, PIETER).await;
    assert_eq!(
        text_of(&offer),
        nl(
            bot,
            about("life-handover-offer")
                .name("from", "Sanne")
                .name("org", "Gemeente Utrecht")
        )
    );
    // Joost cannot take Pieter's offer.
    let accept = button(&offer, "Overnemen");
    let before = bot.snapshot().await;
    let joost_view = plan_view(bot, &c.joost).await;
    let refused = alert(bot, &c.joost, joost_view.message_id, &accept).await;
    assert_eq!(refused, nl(bot, Msg::new("life-handover-stale")));
    bot.tg.quiet().await;
    assert_eq!(bot.snapshot().await, before);

    // Pieter accepts, in place.
    let m = bot.tg.mark();
    let done = press_data_in_place(bot, &pieter, &offer, &accept).await;
    assert_eq!(text_of(&done), nl(bot, about("life-handover-done-you")));
    let told = about("life-handover-done-staff")
        .name("to", "Pieter")
        .name("from", "Sanne")
        .name("org", "Gemeente Utrecht");
    for chat in [SANNE, JOOST, TEAM] {
        bot.expect_text(m, chat, &nl(bot, told.clone())).await;
    }
    let holder = bot.text(
        Lang::Ar,
        Msg::new("life-handover-done-holder")
            .name("to", "Pieter")
            .name("from", "Sanne")
            .name("org", "Gemeente Utrecht"),
    );
    assert!(right_to_left(&holder), "{holder}");
    bot.expect_text(m, AMAL, &holder).await;

    // Pieter is on the case now, Sanne no longer; a second press is refused.
    let members: Vec<(i64, String)> =
        sqlx::query_as("SELECT tg_user_id, party FROM case_members ORDER BY tg_user_id")
            .fetch_all(&bot.pool)
            .await
            .unwrap();
    assert_eq!(
        members,
        [
            (PIETER, "gemeente".to_string()),
            (JOOST, "coa".to_string()),
            (AMAL, "holder".to_string())
        ]
    );
    let after = bot.snapshot().await;
    let again = alert(bot, &pieter, offer.message_id, &accept).await;
    assert_eq!(again, nl(bot, Msg::new("life-handover-stale")));
    let m = bot.tg.mark();
    bot.tg.send_command(&c.sanne, ChatTarget::Private, "plan");
    let sanne_now = bot.next_message(m, SANNE).await;
    assert!(
        !text_of(&sanne_now).contains("Plan UTR-7"),
        "{}",
        text_of(&sanne_now)
    );
    bot.tg.quiet().await;
    assert_eq!(bot.snapshot().await, after);
    let pieter_view = plan_view(bot, &pieter).await;
    assert!(
        pieter_view
            .buttons()
            .iter()
            .any(|(l, _)| l.contains("Casus sluiten")),
        "Pieter is the municipality's contact now"
    );

    let caseless = [nl(bot, Msg::new("cases-none"))];
    assert_every_staff_message_names(bot, &[SANNE, JOOST, PIETER, TEAM], REF, &caseless);
    c.bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_admin_ends_joosts_access_and_the_case_gets_an_invite_for_another_coa_colleague() {
    let c = cast().await;
    let bot = &c.bot;
    let joost_view = plan_view(bot, &c.joost).await;

    let list = bot.cli(&["staff", "list", "--org", "1"]);
    assert!(list.contains("2\tJoost\t"), "{list}");
    assert!(
        list.contains("\t1\tactive"),
        "Joost is on one open case: {list}"
    );
    let out = bot.cli(&["staff", "revoke", "2"]);
    assert!(out.contains("taken off 1 open case"), "{out}");
    let list = bot.cli(&["staff", "list", "--org", "1"]);
    assert!(list.contains("\t0\trevoked"), "{list}");
    assert!(bot.cli(&["staff", "list", "--org", "1"]).contains("Joost"));

    // The running bot's worker sends what the command wrote (at the real time it wrote it).
    bot.clock.set(chrono::Utc::now() + Duration::seconds(5));
    let m = bot.tg.mark();
    let report = bot.run_reminders().await;
    assert!(report.errors.is_empty(), "{report:?}");
    let sanne_told = bot
        .tg
        .wait_for_since(m, SANNE, |s| text_of(s).contains("Joost"))
        .await;
    let text = text_of(&sanne_told);
    assert!(
        text.contains(REF) && text.contains("COA Ter Apel"),
        "{text}"
    );
    let link = crate::support::link_in(&sanne_told);
    bot.tg.wait_for_since(m, TEAM, |s| text_of(s) == text).await;
    let holder = bot.text(
        Lang::Ar,
        Msg::new("life-revoked-holder")
            .name("who", "Joost")
            .name("org", "COA Ter Apel"),
    );
    bot.expect_text(m, AMAL, &holder).await;

    // Joost's old buttons are refused, as a stranger's; he is no longer staff.
    let before = bot.snapshot().await;
    let refused = alert(
        bot,
        &c.joost,
        joost_view.message_id,
        &button(&joost_view, "Overdragen"),
    )
    .await;
    assert_eq!(refused, nl(bot, Msg::new("error-staff-only")));
    bot.tg.quiet().await;
    assert_eq!(bot.snapshot().await, before);

    // A COA colleague joins the case with the link.
    let anouk = bot.tg.user(2005, "Anouk", Some("nl"));
    let m = bot.tg.mark();
    bot.tg.send_command(
        &anouk,
        ChatTarget::Private,
        &format!("start {}", token_of(&link)),
    );
    bot.expect_text(
        m,
        SANNE,
        &nl(
            bot,
            Msg::new("staff-joined-case")
                .name("name", "Anouk")
                .name("org", "COA Ter Apel")
                .code("reference", REF),
        ),
    )
    .await;
    assert_every_staff_message_names(bot, &[SANNE, TEAM], REF, &[]);
    c.bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn once_the_housing_date_passed_after_a_held_meeting_sanne_is_asked_once_to_close() {
    let bot = spawn_case(&ThreeParties {
        holder_lang: Lang::Ar,
        holder_privacy_ack: Some("2026-03-01T00:00:00+00:00"),
        housing_date: Some("2026-03-29"),
        ..ThreeParties::default()
    })
    .await;
    let sanne = bot.tg.user(SANNE, "Sanne", Some("nl"));
    // No meeting held yet: nobody is asked.
    let report = bot.run_reminders().await;
    assert_eq!(report.suggested, 0, "{report:?}");
    let at: chrono::DateTime<chrono::Utc> = "2026-03-20T09:00:00Z".parse().unwrap();
    crate::support::insert_meeting(&bot, 1, "held", Some(at), "azc", None).await;

    let m = bot.tg.mark();
    let report = bot.run_reminders().await;
    assert_eq!(report.suggested, 1, "{report:?}");
    let asked = about("life-close-suggest").date("date", crate::driver::day(2026, 3, 29));
    let q = bot.expect_text(m, SANNE, &nl(&bot, asked)).await;
    // Asked once: a later pass asks nothing, and nobody else was asked.
    bot.clock.advance(Duration::hours(2));
    let report = bot.run_reminders().await;
    assert_eq!(report.suggested, 0, "{report:?}");
    bot.tg.quiet().await;
    for chat in [JOOST, AMAL, TEAM] {
        assert!(
            bot.tg.sent_since(m).iter().all(|s| s.chat_id != chat),
            "{chat} was not asked"
        );
    }
    // The button under the question starts closing.
    let why = press_next(&bot, &sanne, &q, "Casus sluiten").await;
    assert_eq!(text_of(&why), nl(&bot, about("life-close-ask-reason")));
    bot.stop().await;
}
