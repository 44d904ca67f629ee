//! The scheduling story, second half: Sanne confirms the time that suits all (each party hears
//! it in their language, staff get an `.ics` that parses back), presses that come too late
//! change nothing, the meeting moves (the `.ics` SEQUENCE goes up), Amal cannot come, and after
//! a no-show reported to the reminder worker's question a new round starts from the group.

use std::sync::Arc;

use chrono::{DateTime, Duration, Utc};
use driegesprek::app::{App, Links};
use driegesprek::domain::Lang;
use driegesprek::i18n::{I18n, Msg};
use driegesprek::reminders::Worker;
use driegesprek::telegram::send::TelegramMessenger;

use super::{Cast, at, exact, has, ics_lines, starting};
use crate::fake_telegram::{BOT_USERNAME, ChatTarget, Sent};
use crate::support::{AMAL, JOOST, SANNE, TEAM, manual};

/// Sanne confirms the first time; returns her message with the `.ics`.
pub(super) async fn confirm(c: &Cast, slots: [DateTime<Utc>; 3], suits: Sent) -> Sent {
    let tg = &c.bot.tg;
    let team = &c.team;
    // Sanne confirms: each party hears it in their language, staff get the .ics.
    let m = tg.mark();
    tg.press_button(&c.sanne, team, suits.message_id, &starting(&suits, "✅"));
    let confirmed = Msg::new("meeting-confirmed")
        .date_time("at", slots[0])
        .msg(
            "place",
            Msg::new("meeting-where-video").code("link", "https://meet.example.nl/abc"),
        )
        .msg(
            "interpreter",
            Msg::new("meeting-interpreter-yes").lang("language", Lang::Ti),
        );
    let amal_ok = c
        .bot
        .expect_text(m, AMAL, &c.bot.text(Lang::Ti, confirmed.clone()))
        .await;
    assert!(
        amal_ok.file_bytes.is_none(),
        "no calendar file for the status holder"
    );
    let joost_ics = tg
        .wait_for_since(m, JOOST, |s| s.method == "sendDocument")
        .await;
    assert_eq!(crate::driver::text_of(&joost_ics), c.nl(confirmed));
    let lines = ics_lines(&joost_ics);
    for want in [
        "METHOD:PUBLISH",
        "UID:meeting-1@driegesprek",
        "SEQUENCE:0",
        "DTSTART:20260402T080000Z",
        "DTEND:20260402T090000Z",
    ] {
        assert!(has(&lines, want), "{want} in {lines:?}");
    }
    // Its words come from the locale, in the reader's language (here Joost's Dutch).
    let title = c.nl(Msg::new("meeting-ics-title").code("reference", "UTR-7"));
    assert!(has(&lines, &format!("SUMMARY:{title}")), "{lines:?}");
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("LOCATION:") && l.len() > 9),
        "{lines:?}"
    );
    assert!(
        !lines.iter().any(|l| l.contains("Amal")),
        "no status holder details in the .ics"
    );
    tg.wait_for_since(m, SANNE, |s| s.method == "sendDocument")
        .await
}

/// The other slot and Amal's old buttons, pressed after the confirmation.
pub(super) async fn too_late(c: &Cast, suits: Sent, amal_ask: Sent) {
    let tg = &c.bot.tg;
    let team = &c.team;
    // Too late for the other slot and for Amal's old buttons: told, nothing changes.
    tg.quiet().await;
    let late = c.alert(&c.sanne, team, &suits, &suits.buttons()[1].1).await;
    assert_eq!(late, c.nl(Msg::new("meeting-changed-meanwhile")));
    let old = c
        .alert(
            &c.amal,
            ChatTarget::Private,
            &amal_ask,
            &exact(&amal_ask, "✅ 2"),
        )
        .await;
    assert_eq!(old, c.bot.text(Lang::Ti, Msg::new("meeting-slot-outdated")));
}

/// Sanne moves the meeting; returns the new time and Amal's notice of the move.
pub(super) async fn move_it(
    c: &Cast,
    slots: [DateTime<Utc>; 3],
    sanne_ics: Sent,
) -> (DateTime<Utc>, Sent) {
    let tg = &c.bot.tg;
    // Sanne moves it to Thursday 9 April 11:00 from her private chat: SEQUENCE goes up.
    let cal = c
        .press(
            &c.sanne,
            ChatTarget::Private,
            &sanne_ics,
            &starting(&sanne_ics, "🔁"),
            SANNE,
        )
        .await;
    let cal = c
        .next_month(&c.sanne, ChatTarget::Private, &cal, SANNE)
        .await;
    let m = tg.mark();
    let q = c
        .press(
            &c.sanne,
            ChatTarget::Private,
            &cal,
            &exact(&cal, "9"),
            SANNE,
        )
        .await;
    tg.press_button(
        &c.sanne,
        ChatTarget::Private,
        q.message_id,
        &exact(&q, "11:00"),
    );
    let moved_at = at("2026-04-09T09:00:00Z");
    let joost_moved = tg
        .wait_for_since(m, JOOST, |s| s.method == "sendDocument")
        .await;
    let lines = ics_lines(&joost_moved);
    for want in [
        "UID:meeting-1@driegesprek",
        "SEQUENCE:1",
        "DTSTART:20260409T090000Z",
    ] {
        assert!(has(&lines, want), "{want} in {lines:?}");
    }
    let moved = Msg::new("meeting-moved")
        .date_time("from", slots[0])
        .date_time("at", moved_at)
        .msg(
            "place",
            Msg::new("meeting-where-video").code("link", "https://meet.example.nl/abc"),
        )
        .msg(
            "interpreter",
            Msg::new("meeting-interpreter-yes").lang("language", Lang::Ti),
        );
    let amal_moved = c
        .bot
        .expect_text(m, AMAL, &c.bot.text(Lang::Ti, moved))
        .await;
    let soon: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM reminders WHERE kind = 'meeting_soon' AND status = 'pending'",
    )
    .fetch_one(&c.bot.pool)
    .await
    .unwrap();
    let groups: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM group_links")
        .fetch_one(&c.bot.pool)
        .await
        .unwrap();
    assert_eq!(
        soon,
        (3 + groups) * 2 + 1,
        "two per listener (3 people, {groups} team groups) and the after-check"
    );
    (moved_at, amal_moved)
}

/// Amal cannot come to the moved meeting.
pub(super) async fn cant_come(c: &Cast, amal_moved: Sent, moved_at: DateTime<Utc>) {
    let tg = &c.bot.tg;
    // Amal cannot come (no transport): the team hears it.
    let reasons = c
        .press(
            &c.amal,
            ChatTarget::Private,
            &amal_moved,
            &starting(&amal_moved, "🙁"),
            AMAL,
        )
        .await;
    let m = tg.mark();
    tg.press_button(
        &c.amal,
        ChatTarget::Private,
        reasons.message_id,
        &starting(&reasons, "🚌"),
    );
    let cant = Msg::new("meeting-cant-come")
        .msg("party", Msg::new("meeting-party").code("party", "holder"))
        .msg(
            "reason",
            Msg::new("meeting-reason").code("reason", "travel"),
        )
        .date_time("at", moved_at);
    c.bot.expect_text(m, TEAM, &c.nl(cant)).await;
    // Amal herself reads "you" and what happens next, in Tigrinya; no "don't forget" for
    // that date comes to her any more, while Joost's and Sanne's reminders stay.
    let you = Msg::new("meeting-cant-come-you")
        .date_time("at", moved_at)
        .msg(
            "reason",
            Msg::new("meeting-reason").code("reason", "travel"),
        );
    c.bot.expect_text(m, AMAL, &c.bot.text(Lang::Ti, you)).await;
    let pending: Vec<(i64, String)> = sqlx::query_as(
        "SELECT chat_id, status FROM reminders WHERE kind = 'meeting_soon' AND due_at < ?
             AND chat_id IN (?, ?) ORDER BY chat_id, id",
    )
    .bind(moved_at.timestamp())
    .bind(AMAL)
    .bind(JOOST)
    .fetch_all(&c.bot.pool)
    .await
    .unwrap();
    assert!(
        pending
            .iter()
            .any(|(chat, st)| *chat == AMAL && st == "cancelled"),
        "{pending:?}"
    );
    assert!(
        pending
            .iter()
            .all(|(chat, st)| *chat != AMAL || st == "cancelled"),
        "{pending:?}"
    );
    assert!(
        pending
            .iter()
            .any(|(chat, st)| *chat == JOOST && st == "pending"),
        "{pending:?}"
    );
}

/// The worker's question after the meeting, a no-show, and a new round from the group.
pub(super) async fn no_show_and_new_round(c: &Cast, moved_at: DateTime<Utc>) {
    let tg = &c.bot.tg;
    let team = &c.team;
    // After the end time, the worker asks Sanne's group what happened; Amal did not come.
    let app = App::new(
        c.bot.pool.clone(),
        c.bot.clock.clone(),
        Links {
            bot_username: BOT_USERNAME.into(),
        },
    )
    .with_policy(manual().policy);
    let messenger = TelegramMessenger::new(tg.bot(), Arc::new(I18n::load().unwrap()));
    let worker = Worker::new(c.bot.pool.clone(), app, messenger, manual());
    let after = moved_at + Duration::hours(1);
    c.bot.clock.set(after);
    let m = tg.mark();
    worker.run_once(after).await;
    let question = c
        .bot
        .expect_text(
            m,
            TEAM,
            &c.nl(Msg::new("meeting-what-happened").date_time("at", moved_at)),
        )
        .await;
    let m = tg.mark();
    tg.press_button(
        &c.sanne,
        team,
        question.message_id,
        &starting(&question, "🚫 Niet gekomen: statushouder"),
    );
    let absent =
        Msg::new("meeting-absent").msg("party", Msg::new("meeting-party").code("party", "holder"));
    c.bot
        .expect_text(m, AMAL, &c.bot.text(Lang::Ti, absent.clone()))
        .await;
    let news = c.bot.expect_text(m, TEAM, &c.nl(absent)).await;

    // A new round starts from the group.
    let cal = c
        .press(&c.sanne, team, &news, &starting(&news, "📅"), TEAM)
        .await;
    let text = crate::driver::text_of(&cal);
    assert!(text.starts_with("Tijd 1 "), "{text}");
}
