//! The scheduling story, first half: Sanne proposes three times from her team group with the
//! calendar (one typed as a reply), a video link that must be https and an interpreter; the
//! times reach Amal in Tigrinya and Joost and Sanne in Dutch, Joost cannot answer for Amal, and
//! everyone's answers arrive in the group until one time suits all. The test runs the whole
//! story; its later steps (confirmed, moved, cannot come, no-show) are in `confirmed.rs`.

use chrono::{DateTime, Utc};
use driegesprek::domain::{Lang, Party};
use driegesprek::i18n::Msg;

use super::confirmed;
use super::{Cast, at, cast, exact, starting};
use crate::fake_telegram::{ChatTarget, Mark, Sent};
use crate::support::{AMAL, JOOST, SANNE, TEAM};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn three_parties_find_a_time_confirm_it_move_it_and_start_again_after_a_no_show() {
    let c = cast().await;
    // A real caseload (issue 12): UTR-7 is one of sixty cases of Gemeente Utrecht and COA Ter
    // Apel, and COA's team group follows all of them as the municipal team group does.
    sixty_cases_and_a_coa_team(&c).await;
    let link_q = propose_three_times(&c).await;
    let m = video_link_and_interpreter(&c, link_q).await;
    let (slots, [amal_ask, joost_ask, sanne_ask]) = times_reach_everyone(&c, m).await;
    let suits = everyone_answers(&c, slots, amal_ask.clone(), joost_ask, sanne_ask).await;
    let sanne_ics = confirmed::confirm(&c, slots, suits.clone()).await;
    // The whole round in the group: the board (edited in place), the match, the confirmation.
    c.bot.tg.quiet().await;
    let added: Vec<String> = c
        .bot
        .tg
        .sent_since(m)
        .into_iter()
        .filter(|s| s.chat_id == TEAM && s.method.starts_with("send"))
        .map(|s| crate::driver::text_of(&s))
        .collect();
    assert!(
        added.len() <= 4,
        "{} group messages: {added:#?}",
        added.len()
    );
    let coa_added = c
        .bot
        .tg
        .sent_since(m)
        .into_iter()
        .filter(|s| s.chat_id == COA_TEAM && s.method.starts_with("send"))
        .count();
    assert!(coa_added <= 4, "{coa_added} messages to the COA team group");
    confirmed::too_late(&c, suits, amal_ask).await;
    let (moved_at, amal_moved) = confirmed::move_it(&c, slots, sanne_ics).await;
    confirmed::cant_come(&c, amal_moved, moved_at).await;
    confirmed::no_show_and_new_round(&c, moved_at).await;
    c.bot.tg.quiet().await;
    crate::driver::assert_every_staff_message_names(
        &c.bot,
        &[SANNE, JOOST, TEAM, COA_TEAM],
        "UTR-7",
        &[],
    );
    assert!(
        !c.bot.tg.sent_to(COA_TEAM).is_empty(),
        "the COA team follows UTR-7 too"
    );
    c.bot.stop().await;
}

/// COA Ter Apel's team group, linked to the organisation.
const COA_TEAM: i64 = -100_779;

/// Fifty-nine more cases of the same two organisations (other caseworkers' cases, so Sanne's
/// and Joost's own pickers still hold UTR-7 alone), and COA's team group following them all.
async fn sixty_cases_and_a_coa_team(c: &Cast) {
    for n in 2..=60i64 {
        sqlx::query(
            "INSERT INTO cases (id, reference, holder_name, owner_org_id, coa_org_id,
                 gemeente_org_id, matching_date, created_by, created_at)
             VALUES (?, ?, 'Sara', 2, 1, 2, '2026-03-01', 1, 'x')",
        )
        .bind(n)
        .bind(format!("UTR-{}", n + 100))
        .execute(&c.bot.pool)
        .await
        .expect("a case");
    }
    sqlx::query(
        "INSERT INTO group_links (chat_id, org_id, case_id, linked_by, linked_at)
         VALUES (?, 1, NULL, 2, 'x')",
    )
    .bind(COA_TEAM)
    .execute(&c.bot.pool)
    .await
    .expect("the COA team group");
}

/// Sanne picks two times in the calendar, types a third and chooses video; returns the
/// question for the link.
async fn propose_three_times(c: &Cast) -> Sent {
    let tg = &c.bot.tg;
    let team = &c.team;
    // Sanne proposes three times from her team group: the calendar opens on March 2026.
    let m = tg.mark();
    tg.send_command(&c.sanne, team, "meet");
    let cal = c.bot.next_message(m, TEAM).await;
    assert_eq!(
        cal.buttons()
            .iter()
            .filter(|(t, _)| t == "30" || t == "31")
            .count(),
        2
    );
    assert!(
        !cal.buttons().iter().any(|(t, _)| t == "29"),
        "past days are disabled"
    );
    let cal = c.next_month(&c.sanne, team, &cal, TEAM).await;
    // Above the days, the weekdays in Dutch, Monday first (issue 12).
    let labels: Vec<String> = cal.buttons().into_iter().map(|(l, _)| l).collect();
    assert_eq!(
        labels[2..9],
        ["ma", "di", "wo", "do", "vr", "za", "zo"],
        "{labels:?}"
    );
    let cal = c.pick(&c.sanne, team, &cal, "2", "10:00", TEAM).await;
    let cal = c.pick(&c.sanne, team, &cal, "3", "14:00", TEAM).await;
    // The third one is typed, as a reply in the group.
    let q = c.press(&c.sanne, team, &cal, &exact(&cal, "7"), TEAM).await;
    let ask = c.press(&c.sanne, team, &q, &starting(&q, "⌨️"), TEAM).await;
    assert_eq!(
        crate::driver::text_of(&ask),
        c.nl(Msg::new("meeting-ask-time"))
    );
    assert_eq!(
        ask.reply_markup
            .as_ref()
            .and_then(|r| r["force_reply"].as_bool()),
        Some(true)
    );
    let m = tg.mark();
    tg.reply_to(&c.sanne, team, ask.message_id, "9:30");
    let cal = tg
        .wait_for_since(m, TEAM, |s| !s.buttons().is_empty())
        .await;
    let place = c
        .press(&c.sanne, team, &cal, &starting(&cal, "✅"), TEAM)
        .await;
    assert_eq!(
        crate::driver::text_of(&place),
        c.nl(Msg::new("meeting-ask-place"))
    );
    c.press(&c.sanne, team, &place, &starting(&place, "💻"), TEAM)
        .await
}

/// The link (http refused, https taken) and the interpreter; returns the mark before the
/// proposal went out.
async fn video_link_and_interpreter(c: &Cast, link_q: Sent) -> Mark {
    let tg = &c.bot.tg;
    let team = &c.team;
    // A link that is not https is refused; an https one is taken.
    let m = tg.mark();
    tg.reply_to(
        &c.sanne,
        team,
        link_q.message_id,
        "http://meet.example.nl/abc",
    );
    c.bot
        .expect_text(m, TEAM, &c.nl(Msg::new("meeting-bad-link")))
        .await;
    let link_q = tg
        .wait_for_since(m, TEAM, |s| {
            crate::driver::text_of(s) == c.nl(Msg::new("meeting-ask-link"))
        })
        .await;
    let m = tg.mark();
    tg.reply_to(
        &c.sanne,
        team,
        link_q.message_id,
        "https://meet.example.nl/abc",
    );
    let interp = c.bot.next_message(m, TEAM).await;
    assert!(
        interp.text.clone().unwrap_or_default().contains("Tigrinya"),
        "pre-filled language"
    );
    let m = tg.mark();
    tg.press_button(&c.sanne, team, interp.message_id, &starting(&interp, "Ja"));
    // The answer in the group is the round's board: every time, nobody answered yet.
    c.bot
        .expect_text(m, TEAM, &board(c, [["none"; 3]; 3]))
        .await;
    m
}

/// The round's board in the group as it should read, with each party's answer per time
/// (`[gemeente, coa, holder]` codes; `none` for not yet).
fn board(c: &Cast, marks: [[&str; 3]; 3]) -> String {
    let times = [
        at("2026-04-02T08:00:00Z"),
        at("2026-04-03T12:00:00Z"),
        at("2026-04-07T07:30:00Z"),
    ];
    let party = |p: Party, code: &str| {
        Msg::new("meeting-board-party")
            .msg("party", Msg::new("meeting-party").code("party", p.as_str()))
            .msg(
                "mark",
                Msg::new("meeting-board-mark").code("answer", code.to_string()),
            )
    };
    let lines = times
        .iter()
        .zip(marks)
        .enumerate()
        .map(|(i, (t, [g, co, h]))| {
            Msg::new("meeting-board-line")
                .num("n", i as i64 + 1)
                .date_time("at", *t)
                .msg("gemeente", party(Party::Gemeente, g))
                .msg("coa", party(Party::Coa, co))
                .msg("holder", party(Party::Holder, h))
        })
        .collect();
    c.nl(Msg::new("meeting-board")
        .msg(
            "head",
            Msg::new("meeting-proposed")
                .code("reference", "UTR-7")
                .num("slots", 3),
        )
        .lines("lines", lines))
}

/// The three times reach all three parties; returns the times and the answer requests of Amal,
/// Joost and Sanne.
async fn times_reach_everyone(c: &Cast, m: Mark) -> ([DateTime<Utc>; 3], [Sent; 3]) {
    // Amal gets the three times in Tigrinya, with weekday, 24-hour time, Amsterdam time.
    let slots = [
        at("2026-04-02T08:00:00Z"),
        at("2026-04-03T12:00:00Z"),
        at("2026-04-07T07:30:00Z"),
    ];
    let lines = |lang| -> Vec<Msg> {
        let _ = lang;
        slots
            .iter()
            .enumerate()
            .map(|(i, s)| {
                Msg::new("meeting-slot-line")
                    .num("n", i as i64 + 1)
                    .date_time("at", *s)
            })
            .collect()
    };
    let ask_msg = Msg::new("meeting-slots-ask")
        .lines("slots", lines(Lang::Ti))
        .msg(
            "place",
            Msg::new("meeting-where-video").code("link", "https://meet.example.nl/abc"),
        )
        .msg(
            "interpreter",
            Msg::new("meeting-interpreter-yes").lang("language", Lang::Ti),
        );
    let amal_ask = c
        .bot
        .expect_text(m, AMAL, &c.bot.text(Lang::Ti, ask_msg.clone()))
        .await;
    let joost_ask = c
        .bot
        .expect_text(m, JOOST, &c.bot.text(Lang::Nl, ask_msg.clone()))
        .await;
    let sanne_ask = c
        .bot
        .expect_text(m, SANNE, &c.bot.text(Lang::Nl, ask_msg))
        .await;
    (slots, [amal_ask, joost_ask, sanne_ask])
}

/// Joost cannot answer for Amal; then everyone answers; returns the "suits all" message.
async fn everyone_answers(
    c: &Cast,
    slots: [DateTime<Utc>; 3],
    amal_ask: Sent,
    joost_ask: Sent,
    sanne_ask: Sent,
) -> Sent {
    let tg = &c.bot.tg;
    // Joost cannot answer for Amal: nothing changes.
    let refused = c
        .alert(
            &c.joost,
            ChatTarget::Private,
            &joost_ask,
            &exact(&amal_ask, "✅ 1"),
        )
        .await;
    assert_eq!(refused, c.nl(Msg::new("meeting-not-your-party")));
    let answers: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM slot_answers")
        .fetch_one(&c.bot.pool)
        .await
        .unwrap();
    assert_eq!(answers, 0);

    // Everyone answers; each answer edits the one board in the group, and the presser's own
    // times message, in place, with a short toast rather than an alert.
    for (who, ask, presses) in [
        (&c.amal, &amal_ask, ["✅ 1", "❌ 2", "🤷 3"]),
        (&c.joost, &joost_ask, ["✅ 1", "✅ 2", "❌ 3"]),
    ] {
        for p in presses {
            let m = tg.mark();
            let id = tg.press_button(who, ChatTarget::Private, ask.message_id, &exact(ask, p));
            tg.wait_for_since(m, TEAM, |s| s.method == "editMessageText")
                .await;
            let own = tg
                .wait_for_since(m, who.id, |s| {
                    s.method == "editMessageText" && s.message_id == ask.message_id
                })
                .await;
            assert_eq!(
                own.buttons(),
                ask.buttons(),
                "the buttons stay to change an answer"
            );
            let toast = tg.wait_answer_callback(&id).await;
            assert!(
                !toast["show_alert"].as_bool().unwrap_or(false),
                "a toast, not an alert: {toast}"
            );
        }
    }
    let board_now = tg
        .sent_to(TEAM)
        .into_iter()
        .rev()
        .find(|s| s.method == "editMessageText")
        .expect("the board was edited");
    assert_eq!(
        crate::driver::text_of(&board_now),
        board(
            c,
            [
                ["none", "can", "can"],
                ["none", "can", "cannot"],
                ["none", "cannot", "if_needed"]
            ]
        )
    );
    // Amal's own message shows her answers after each time, in Tigrinya.
    let amal_now = tg
        .sent_to(AMAL)
        .into_iter()
        .rev()
        .find(|s| s.method == "editMessageText" && s.message_id == amal_ask.message_id)
        .expect("Amal's times message was edited");
    let mark = |code: &str| Msg::new("meeting-board-mark").code("answer", code.to_string());
    let answered = |n: i64, t: &str, code: &str| {
        Msg::new("meeting-slot-line-answered")
            .num("n", n)
            .date_time("at", at(t))
            .msg("mark", mark(code))
    };
    let amal_lines = vec![
        answered(1, "2026-04-02T08:00:00Z", "can"),
        answered(2, "2026-04-03T12:00:00Z", "cannot"),
        answered(3, "2026-04-07T07:30:00Z", "if_needed"),
    ];
    let expected = Msg::new("meeting-slots-ask")
        .lines("slots", amal_lines)
        .msg(
            "place",
            Msg::new("meeting-where-video").code("link", "https://meet.example.nl/abc"),
        )
        .msg(
            "interpreter",
            Msg::new("meeting-interpreter-yes").lang("language", Lang::Ti),
        );
    assert_eq!(
        amal_now.text.as_deref(),
        Some(c.bot.text(Lang::Ti, expected).as_str())
    );
    let _ = slots;
    let m = tg.mark();
    tg.press_button(
        &c.sanne,
        ChatTarget::Private,
        sanne_ask.message_id,
        &exact(&sanne_ask, "✅ 1"),
    );
    c.bot
        .expect_text(
            m,
            TEAM,
            &c.nl(Msg::new("meeting-suits-all").date_time("at", slots[0])),
        )
        .await
}
