//! Preparation per meeting (issue 6): staff reorder and extend the agenda of one meeting and
//! send it to all three, each in their language; each meeting of a case has its own checklist,
//! which a cancelled meeting hands on to the new date and a held one does not.

use chrono::{DateTime, Utc};
use driegesprek::domain::Lang;
use driegesprek::i18n::Msg;

use crate::driver::{alert, press_to_buttons};
use crate::fake_telegram::{ChatTarget, Sent, TgUser};
use crate::support::{
    AMAL, JOOST, SANNE, TEAM, TestBot, ThreeParties, button, insert_meeting, spawn_case,
};

/// Thursday 2 April 2026, 10:00 in Amsterdam.
const THURSDAY: &str = "2026-04-02T08:00:00Z";

/// Case UTR-7: Sanne (municipality), Joost (COA), Amal (Arabic, past the privacy notice) and
/// Sanne's team group; option 2 (combined) chosen.
async fn case() -> (TestBot, [TgUser; 3]) {
    let bot = spawn_case(&ThreeParties {
        holder_lang: Lang::Ar,
        holder_privacy_ack: Some("2026-03-01T00:00:00+00:00"),
        ..ThreeParties::default()
    })
    .await;
    let users = [
        bot.tg.user(SANNE, "Sanne", Some("nl")),
        bot.tg.user(JOOST, "Joost", Some("nl")),
        bot.tg.user(AMAL, "Amal", Some("ar")),
    ];
    let m = bot.tg.mark();
    bot.tg.send_command(&users[0], ChatTarget::Private, "plan");
    let none = bot.next_message(m, SANNE).await;
    let picker = press_to_buttons(&bot, &users[0], &none, "Aanpak kiezen").await;
    press_to_buttons(&bot, &users[0], &picker, "Gecombineerd").await;
    bot.tg.quiet().await;
    (bot, users)
}

/// A meeting of case 1 straight in the database (scheduling itself is tested in meeting.rs).
async fn meeting(bot: &TestBot, status: &str, starts: Option<&str>) -> i64 {
    let at: Option<DateTime<Utc>> = starts.map(|s| s.parse().unwrap());
    insert_meeting(bot, 1, status, at, "azc", None).await
}

async fn set_status(bot: &TestBot, id: i64, status: &str) {
    sqlx::query("UPDATE meetings SET status = ? WHERE id = ?")
        .bind(status)
        .bind(id)
        .execute(&bot.pool)
        .await
        .unwrap();
}

/// A staff member's preparation overview of the case.
async fn overview(bot: &TestBot, who: &TgUser) -> Sent {
    let m = bot.tg.mark();
    bot.tg.send_command(who, ChatTarget::Private, "prepare");
    let cases = bot.next_message(m, who.id).await;
    press_to_buttons(bot, who, &cases, "UTR-7").await
}

fn kind(k: &str) -> Msg {
    Msg::new("plan-kind").code("kind", k.to_string())
}

fn own(text: &str) -> Msg {
    Msg::new("prep-own-as-typed").name("text", text.to_string())
}

fn numbered(points: Vec<Msg>) -> Vec<Msg> {
    points
        .into_iter()
        .zip(1..)
        .map(|(what, n)| Msg::new("prep-agenda-item").num("n", n).msg("what", what))
        .collect()
}

fn editor(points: Vec<Msg>) -> Msg {
    let at: DateTime<Utc> = THURSDAY.parse().unwrap();
    Msg::new("prep-agenda-editor")
        .num("number", 1)
        .code("reference", "UTR-7")
        .name("name", "Amal")
        .msg("when", Msg::new("prep-agenda-when").date_time("at", at))
        .lines("items", numbered(points))
}

async fn agenda_rows(bot: &TestBot) -> String {
    bot.rows_of(&["meeting_agenda", "meetings"]).await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn staff_reorder_and_extend_the_agenda_and_all_three_get_it_in_their_language() {
    let (bot, [sanne, joost, amal]) = case().await;
    let id = meeting(&bot, "confirmed", Some(THURSDAY)).await;

    let view = overview(&bot, &sanne).await;
    let at: DateTime<Utc> = THURSDAY.parse().unwrap();
    let when = bot.text(Lang::Nl, Msg::new("prep-agenda-when").date_time("at", at));
    let text = view.text.clone().unwrap_or_default();
    assert!(text.ends_with(&format!("gesprek 1 {when}.")), "{text}");

    // Joost opens the agenda too, and leaves it open.
    let joosts_view = overview(&bot, &joost).await;
    let joosts = press_to_buttons(&bot, &joost, &joosts_view, "Agenda").await;

    // Option 2: the broad intake right after the introduction.
    let first = press_to_buttons(&bot, &sanne, &view, "Agenda").await;
    assert_eq!(first.text, joosts.text);
    let combined = ["introduction", "broad_intake", "client_profile"];
    let rest = ["programme_alignment", "handover_conversation"];
    let five: Vec<Msg> = combined.iter().chain(&rest).map(|k| kind(k)).collect();
    assert_eq!(first.text, Some(bot.text(Lang::Nl, editor(five))));
    let labels: Vec<String> = first.buttons().into_iter().map(|(t, _)| t).collect();
    assert!(labels.contains(&"⬆️ 3".to_string()) && !labels.contains(&"⬆️ 1".to_string()));
    assert!(!labels.iter().any(|l| l.starts_with("✖️")), "{labels:?}");

    // The client profile before the intake that it feeds; edited in place.
    let moved = press_to_buttons(&bot, &sanne, &first, "⬆️ 3").await;
    assert_eq!(moved.message_id, first.message_id);
    let reordered = ["introduction", "client_profile", "broad_intake"];
    let mut points: Vec<Msg> = reordered.iter().chain(&rest).map(|k| kind(k)).collect();
    assert_eq!(moved.text, Some(bot.text(Lang::Nl, editor(points.clone()))));

    // A point of her own, typed.
    let m = bot.tg.mark();
    bot.tg.press_button(
        &sanne,
        ChatTarget::Private,
        moved.message_id,
        &button(&moved, "➕"),
    );
    let ask = Msg::new("prep-agenda-ask-point").num("max", 200);
    bot.expect_text(m, SANNE, &bot.text(Lang::Nl, ask)).await;
    let m = bot.tg.mark();
    let typed = "Diploma uit Eritrea: laten vertalen?";
    bot.tg.send_text(&sanne, ChatTarget::Private, typed);
    let extended = bot.next_message(m, SANNE).await;
    points.push(own(typed));
    assert_eq!(
        extended.text,
        Some(bot.text(Lang::Nl, editor(points.clone())))
    );
    assert!(extended.buttons().iter().any(|(t, _)| t == "✖️ 6"));

    // Joost presses a button of the agenda as he saw it before: refused, nothing moves.
    let before = agenda_rows(&bot).await;
    let stale = button(&joosts, "⬆️ 2");
    let refused = alert(&bot, &joost, joosts.message_id, &stale).await;
    assert_eq!(refused, bot.text(Lang::Nl, Msg::new("error-button-stale")));
    bot.tg.quiet().await;
    assert_eq!(agenda_rows(&bot).await, before);

    // Sent round: Amal in Arabic (her own-typed point marked as not translated), Joost and the
    // team in Dutch; Sanne hears it reached three chats.
    let m = bot.tg.mark();
    bot.tg.press_button(
        &sanne,
        ChatTarget::Private,
        extended.message_id,
        &button(&extended, "📨"),
    );
    let updated = Msg::new("prep-agenda-updated")
        .msg("when", Msg::new("prep-agenda-when").date_time("at", at))
        .lines("items", numbered(points));
    let hers = bot
        .expect_text(m, AMAL, &bot.text(Lang::Ar, updated.clone()))
        .await;
    let hers = hers.text.unwrap_or_default();
    assert!(hers.contains(&bot.text(Lang::Ar, kind("client_profile"))));
    assert!(hers.contains(&bot.text(Lang::Ar, own(typed))));
    bot.expect_text(m, JOOST, &bot.text(Lang::Nl, updated.clone()))
        .await;
    bot.expect_text(m, TEAM, &bot.text(Lang::Nl, updated.clone()))
        .await;
    let sent = Msg::new("prep-agenda-sent").num("count", 3);
    bot.expect_text(m, SANNE, &bot.text(Lang::Nl, sent)).await;
    bot.tg.quiet().await;

    // Later Amal looks it up herself from her overview.
    let m = bot.tg.mark();
    bot.tg.press_button(&amal, ChatTarget::Private, 1, "q:r");
    let review = bot
        .tg
        .wait_for_since(m, AMAL, |s| !s.buttons().is_empty())
        .await;
    let label = bot.text(Lang::Ar, Msg::new("prep-button-agenda"));
    let again = press_to_buttons(&bot, &amal, &review, &label).await;
    assert_eq!(again.text, Some(bot.text(Lang::Ar, updated.clone())));

    // Removing her point puts the agenda back to five; the meeting's agenda is stored.
    let removed = press_to_buttons(&bot, &sanne, &extended, "✖️ 6").await;
    let rows = agenda_rows(&bot).await;
    assert!(!rows.contains(typed), "{rows}");
    assert!(!removed.buttons().iter().any(|(t, _)| t.starts_with("✖️")));
    let _ = id;
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn wrong_agenda_input_is_explained_and_changes_nothing() {
    let (bot, [sanne, _joost, amal]) = case().await;
    let id = meeting(&bot, "confirmed", Some(THURSDAY)).await;
    let view = overview(&bot, &sanne).await;
    let editor_msg = press_to_buttons(&bot, &sanne, &view, "Agenda").await;
    let add = button(&editor_msg, "➕");
    let before = agenda_rows(&bot).await;

    // Amal forges the staff buttons: she is told it is for staff, nothing changes.
    let staff_only = bot.text(Lang::Ar, Msg::new("error-staff-only"));
    for forged in [
        format!("q:g:{id}"),
        format!("q:gu:{id}:0:2"),
        format!("q:ga:{id}"),
        format!("q:gs:{id}"),
    ] {
        assert_eq!(alert(&bot, &amal, 1, &forged).await, staff_only, "{forged}");
    }

    // Sanne types a BSN, a photo, two lines and far too much: each explained, asked again.
    bot.tg
        .press_button(&sanne, ChatTarget::Private, editor_msg.message_id, &add);
    bot.tg.quiet().await;
    let ask = bot.text(Lang::Nl, Msg::new("prep-agenda-ask-point").num("max", 200));
    let cases: [(&str, Msg); 3] = [
        ("BSN 123456782 nakijken", Msg::new("prep-agenda-no-numbers")),
        ("twee\nregels", Msg::new("plan-free-bad").num("max", 200)),
        (
            &"lang ".repeat(60),
            Msg::new("error-text-too-long").num("max", 200),
        ),
    ];
    for (typed, problem) in cases {
        let m = bot.tg.mark();
        bot.tg.send_text(&sanne, ChatTarget::Private, typed);
        bot.expect_text(m, SANNE, &bot.text(Lang::Nl, problem))
            .await;
        bot.expect_text(m, SANNE, &ask).await;
    }
    let m = bot.tg.mark();
    bot.tg.send_sticker(&sanne, ChatTarget::Private);
    let expected = bot.text(Lang::Nl, Msg::new("error-expected-text"));
    bot.expect_text(m, SANNE, &expected).await;
    bot.tg.quiet().await;
    assert_eq!(agenda_rows(&bot).await, before);

    // Once the meeting is held its agenda no longer changes.
    set_status(&bot, id, "held").await;
    let before = agenda_rows(&bot).await;
    let over = bot.text(Lang::Nl, Msg::new("prep-agenda-meeting-over"));
    let up = button(&editor_msg, "⬆️ 2");
    assert_eq!(alert(&bot, &sanne, editor_msg.message_id, &up).await, over);
    bot.tg.quiet().await;
    assert_eq!(agenda_rows(&bot).await, before);
    bot.stop().await;
}

/// Amal's documents to bring as ticked (✅) or not (⬜), from her checklist buttons.
async fn documents(bot: &TestBot, amal: &TgUser) -> Sent {
    let m = bot.tg.mark();
    bot.tg.press_button(amal, ChatTarget::Private, 1, "q:l");
    bot.tg
        .wait_for_since(m, AMAL, |s| !s.buttons().is_empty())
        .await
}

fn ticked(bot: &TestBot, list: &Sent) -> Vec<String> {
    let permit = bot.text(Lang::Ar, Msg::new("prep-item-permit"));
    let diplomas = bot.text(Lang::Ar, Msg::new("prep-item-diplomas"));
    list.buttons()
        .into_iter()
        .filter(|(t, _)| t.starts_with('✅'))
        .map(|(t, _)| {
            if t.contains(&permit) {
                "permit".to_string()
            } else if t.contains(&diplomas) {
                "diplomas".to_string()
            } else {
                t
            }
        })
        .collect()
}

async fn checks(bot: &TestBot) -> Vec<(i64, String)> {
    sqlx::query_as("SELECT meeting_no, item FROM prep_checks ORDER BY meeting_no, item")
        .fetch_all(&bot.pool)
        .await
        .unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn each_meeting_has_its_own_checklist_and_a_cancelled_one_hands_it_on() {
    let (bot, [sanne, _joost, amal]) = case().await;
    let first = meeting(&bot, "confirmed", Some(THURSDAY)).await;
    let list = documents(&bot, &amal).await;
    let permit = bot.text(Lang::Ar, Msg::new("prep-item-permit"));
    let list = press_to_buttons(&bot, &amal, &list, &permit).await;
    assert_eq!(ticked(&bot, &list), ["permit"]);

    // Cancelled and planned again: the permit is still ticked for the new date.
    set_status(&bot, first, "cancelled").await;
    let again = meeting(&bot, "confirmed", Some("2026-04-09T08:00:00Z")).await;
    assert_eq!(ticked(&bot, &documents(&bot, &amal).await), ["permit"]);

    // Held: the next meeting starts with an empty checklist; the first one's is kept.
    set_status(&bot, again, "held").await;
    meeting(&bot, "proposed", None).await;
    let list = documents(&bot, &amal).await;
    assert!(ticked(&bot, &list).is_empty(), "{:?}", list.buttons());
    let diplomas = bot.text(Lang::Ar, Msg::new("prep-item-diplomas"));
    press_to_buttons(&bot, &amal, &list, &diplomas).await;
    bot.tg.quiet().await;
    let want = vec![(1, "permit".to_string()), (2, "dipl".to_string())];
    assert_eq!(checks(&bot).await, want);

    // Sanne's overview is for meeting 2, without a time yet, with an agenda to prepare.
    let view = overview(&bot, &sanne).await;
    let text = view.text.clone().unwrap_or_default();
    let no_time = bot.text(Lang::Nl, Msg::new("prep-agenda-no-time"));
    assert!(text.ends_with(&format!("gesprek 2 {no_time}.")), "{text}");
    assert!(view.buttons().iter().any(|(t, _)| t.contains("Agenda")));
    bot.stop().await;
}

/// Seven points of staff's own make the moved meeting's message too long for the caption of
/// its calendar file (1,024 characters): staff get the words as a message and the `.ics` after
/// it with the buttons; nothing is refused or cut off.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_long_agenda_still_reaches_everyone_when_the_meeting_moves() {
    let (bot, [sanne, _joost, _amal]) = case().await;
    let id = meeting(&bot, "confirmed", Some(THURSDAY)).await;
    let view = overview(&bot, &sanne).await;
    let mut editor_msg = press_to_buttons(&bot, &sanne, &view, "Agenda").await;
    let points: Vec<String> = (1..=7)
        .map(|n| {
            format!(
                "Punt {n}: {}",
                "documenten en afspraken nalopen ".repeat(5).trim()
            )
        })
        .collect();
    for point in &points {
        bot.tg.press_button(
            &sanne,
            ChatTarget::Private,
            editor_msg.message_id,
            &button(&editor_msg, "➕"),
        );
        bot.tg.quiet().await;
        let m = bot.tg.mark();
        bot.tg.send_text(&sanne, ChatTarget::Private, point);
        editor_msg = bot
            .tg
            .wait_for_since(m, SANNE, |s| !s.buttons().is_empty())
            .await;
    }

    // Moved to Tuesday 31 March 10:00.
    let m = bot.tg.mark();
    let data = format!("m:mv:{id}");
    bot.tg
        .press_button(&sanne, ChatTarget::Private, editor_msg.message_id, &data);
    let cal = bot
        .tg
        .wait_for_since(m, SANNE, |s| !s.buttons().is_empty())
        .await;
    let q = press_to_buttons(&bot, &sanne, &cal, "31").await;
    let m = bot.tg.mark();
    bot.tg.press_button(
        &sanne,
        ChatTarget::Private,
        q.message_id,
        &button(&q, "10:00"),
    );
    let ics = bot
        .tg
        .wait_for_since(m, JOOST, |s| s.method == "sendDocument")
        .await;
    bot.tg.quiet().await;
    assert_eq!(ics.text, None, "no caption: it would be too long");
    assert!(ics.buttons().iter().any(|(t, _)| t.contains("🔁")));
    let words: Vec<Sent> = bot
        .tg
        .sent_since(m)
        .into_iter()
        .filter(|s| s.chat_id == JOOST && s.method == "sendMessage")
        .collect();
    assert_eq!(words.len(), 1, "{words:?}");
    let text = words[0].text.clone().unwrap_or_default();
    assert!(text.encode_utf16().count() > 1024);
    assert!(points.iter().all(|p| text.contains(p.as_str())), "{text}");
    let hers = bot.next_message(m, AMAL).await;
    let hers = hers.text.unwrap_or_default();
    assert!(points.iter().all(|p| hers.contains(p.as_str())), "{hers}");
    bot.stop().await;
}

/// Sanne proposes Tuesday 31 March 10:00 and 14:00 at the azc, up to the interpreter question,
/// and returns it.
pub async fn interpreter_question(bot: &TestBot, sanne: &TgUser) -> Sent {
    let m = bot.tg.mark();
    bot.tg.send_command(sanne, ChatTarget::Private, "meet");
    let cal = bot
        .tg
        .wait_for_since(m, SANNE, |s| !s.buttons().is_empty())
        .await;
    let q = press_to_buttons(bot, sanne, &cal, "31").await;
    let cal = press_to_buttons(bot, sanne, &q, "10:00").await;
    let q = press_to_buttons(bot, sanne, &cal, "31").await;
    let cal = press_to_buttons(bot, sanne, &q, "14:00").await;
    let place = press_to_buttons(bot, sanne, &cal, "✅").await;
    press_to_buttons(bot, sanne, &place, "azc").await
}

/// Amal's shared answer "no interpreter, my Dutch is good enough" sits beside the interpreter
/// question when Sanne proposes times; once Amal stops sharing, it is gone.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_proposer_sees_the_holders_interpreter_wish_only_while_it_is_shared() {
    let (bot, [sanne, _joost, _amal]) = case().await;
    sqlx::raw_sql(
        "INSERT INTO prep_answers (case_id, question, value, answered_at)
             VALUES (1, 'interp', 'no', '2026-03-29T10:00:00+00:00');
         INSERT INTO prep_consents (case_id, tg_user_id, part, granted, notice_version, at)
             VALUES (1, 3003, 'answers', 1, 2, '2026-03-29T10:01:00+00:00');",
    )
    .execute(&bot.pool)
    .await
    .unwrap();
    let plain = Msg::new("meeting-ask-interpreter").lang("language", Lang::Ar);
    let with_wish = Msg::new("meeting-ask-interpreter-wish")
        .msg("ask", plain.clone())
        .msg("wish", Msg::new("prep-interp-no"));
    let ask = interpreter_question(&bot, &sanne).await;
    assert_eq!(crate::driver::text_of(&ask), bot.text(Lang::Nl, with_wish));
    let m = bot.tg.mark();
    bot.tg.press_button(
        &sanne,
        ChatTarget::Private,
        ask.message_id,
        &button(&ask, "Stoppen"),
    );
    bot.next_message(m, SANNE).await;

    sqlx::query(
        "INSERT INTO prep_consents (case_id, tg_user_id, part, granted, notice_version, at)
         VALUES (1, 3003, 'answers', 0, 2, '2026-03-30T08:00:00+00:00')",
    )
    .execute(&bot.pool)
    .await
    .unwrap();
    let ask = interpreter_question(&bot, &sanne).await;
    assert_eq!(crate::driver::text_of(&ask), bot.text(Lang::Nl, plain));
    bot.stop().await;
}

/// Amal shared "yes, in another language: Tigrinya": Sanne reads it in Dutch beside the
/// interpreter question, and the first button proposes the times with a Tigrinya interpreter.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_proposer_sees_the_language_the_holder_named_and_can_pick_it_first() {
    let (bot, [sanne, _joost, _amal]) = case().await;
    sqlx::raw_sql(
        "INSERT INTO prep_answers (case_id, question, value, answered_at)
             VALUES (1, 'interp', 'other', '2026-03-29T10:00:00+00:00'),
                    (1, 'interp_lang', 'ti', '2026-03-29T10:00:30+00:00');
         INSERT INTO prep_consents (case_id, tg_user_id, part, granted, notice_version, at)
             VALUES (1, 3003, 'answers', 1, 2, '2026-03-29T10:01:00+00:00');",
    )
    .execute(&bot.pool)
    .await
    .unwrap();
    let wish = Msg::new("meeting-interpreter-wish-language")
        .msg("wish", Msg::new("prep-interp-other"))
        .lang("language", Lang::Ti);
    let with_wish = Msg::new("meeting-ask-interpreter-wish")
        .msg(
            "ask",
            Msg::new("meeting-ask-interpreter").lang("language", Lang::Ar),
        )
        .msg("wish", wish);
    let ask = interpreter_question(&bot, &sanne).await;
    let text = crate::driver::text_of(&ask);
    assert_eq!(text, bot.text(Lang::Nl, with_wish));
    assert!(
        text.contains("Zelf gaf de statushouder aan: Ja, in een andere taal: Tigrinya"),
        "{text}"
    );
    let tigrinya = Msg::new("meeting-button-interpreter-yes").lang("language", Lang::Ti);
    let first = ask.buttons()[0].0.clone();
    assert_eq!(first, bot.text(Lang::Nl, tigrinya));
    let m = bot.tg.mark();
    bot.tg.press_button(
        &sanne,
        ChatTarget::Private,
        ask.message_id,
        &button(&ask, &first),
    );
    bot.next_message(m, SANNE).await;
    bot.tg.quiet().await;
    let booked: Option<String> = sqlx::query_scalar("SELECT interpreter_lang FROM meetings")
        .fetch_one(&bot.pool)
        .await
        .unwrap();
    assert_eq!(booked.as_deref(), Some("ti"));
    bot.stop().await;
}
