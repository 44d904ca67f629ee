//! Scheduling the driegesprek (issue 4) against the fake Bot API: Sanne proposes three times
//! from her team group with the calendar, Amal answers in Tigrinya and Joost in his private
//! chat, a common time is confirmed, staff get an `.ics` that parses back, the meeting moves,
//! Amal cannot come, and after a no-show a new round starts. Plus the bad input.

use std::sync::Arc;

use chrono::{DateTime, Duration, Utc};
use driegesprek::app::{App, Links};
use driegesprek::domain::{Lang, Party};
use driegesprek::i18n::{I18n, Msg};
use driegesprek::reminders::Worker;
use driegesprek::telegram::send::TelegramMessenger;

use crate::fake_telegram::{BOT_USERNAME, ChatTarget, Sent, TgChat, TgUser};
use crate::support::{AMAL, JOOST, SANNE, TEAM, TestBot, ThreeParties, manual, spawn_case};

struct Cast {
    bot: TestBot,
    sanne: TgUser,
    joost: TgUser,
    amal: TgUser,
    team: TgChat,
}

/// A case of Gemeente Utrecht and COA Ter Apel with all three parties on it; Amal reads
/// Tigrinya; Sanne's team group follows her municipality.
async fn cast() -> Cast {
    let bot = spawn_case(&ThreeParties {
        holder_lang: Lang::Ti,
        holder_privacy_ack: Some("2026-03-01T00:00:00+00:00"),
        ..ThreeParties::default()
    })
    .await;
    let tg = &bot.tg;
    let (sanne, joost, amal) = (
        tg.user(SANNE, "Sanne", Some("nl")),
        tg.user(JOOST, "Joost", Some("nl")),
        tg.user(AMAL, "Amal", None),
    );
    let team = tg.group(TEAM, "Team Inburgering Utrecht");
    Cast {
        bot,
        sanne,
        joost,
        amal,
        team,
    }
}

fn at(s: &str) -> DateTime<Utc> {
    s.parse().expect("a time")
}

/// The callback data of the button labelled exactly `label`.
fn exact(sent: &Sent, label: &str) -> String {
    sent.buttons()
        .into_iter()
        .find(|(text, _)| text == label)
        .map(|(_, data)| data)
        .unwrap_or_else(|| panic!("no button {label:?} in {:?}", sent.buttons()))
}

fn starting(sent: &Sent, prefix: &str) -> String {
    sent.buttons()
        .into_iter()
        .find(|(text, _)| text.starts_with(prefix))
        .map(|(_, data)| data)
        .unwrap_or_else(|| panic!("no button {prefix:?}… in {:?}", sent.buttons()))
}

impl Cast {
    fn nl(&self, msg: Msg) -> String {
        self.bot.text(Lang::Nl, msg)
    }

    /// Presses `data` under `msg` and returns the next message the bot sends to `to`.
    async fn press(
        &self,
        who: &TgUser,
        chat: impl Into<ChatTarget>,
        msg: &Sent,
        data: &str,
        to: i64,
    ) -> Sent {
        let m = self.bot.tg.mark();
        self.bot.tg.press_button(who, chat, msg.message_id, data);
        self.bot.next_message(m, to).await
    }

    /// Presses `data` and returns the alert text the presser sees.
    async fn alert(
        &self,
        who: &TgUser,
        chat: impl Into<ChatTarget>,
        msg: &Sent,
        data: &str,
    ) -> String {
        let id = self.bot.tg.press_button(who, chat, msg.message_id, data);
        let answer = self.bot.tg.wait_answer_callback(&id).await;
        answer["text"].as_str().unwrap_or_default().to_string()
    }

    /// In the calendar `cal`, page to next month, pick `day` and `time`; returns the calendar
    /// that follows (or the last message to `to`).
    async fn pick(
        &self,
        who: &TgUser,
        chat: impl Into<ChatTarget> + Clone,
        cal: &Sent,
        day: &str,
        time: &str,
        to: i64,
    ) -> Sent {
        let q = self
            .press(who, chat.clone(), cal, &exact(cal, day), to)
            .await;
        let m = self.bot.tg.mark();
        self.bot
            .tg
            .press_button(who, chat, q.message_id, &exact(&q, time));
        self.bot
            .tg
            .wait_for_since(m, to, |s| {
                s.method == "sendMessage" && !s.buttons().is_empty() || s.method == "sendDocument"
            })
            .await
    }

    async fn next_month(
        &self,
        who: &TgUser,
        chat: impl Into<ChatTarget>,
        cal: &Sent,
        to: i64,
    ) -> Sent {
        let m = self.bot.tg.mark();
        self.bot
            .tg
            .press_button(who, chat, cal.message_id, &exact(cal, "Volgende maand ▶️"));
        self.bot
            .tg
            .wait_for_since(m, to, |s| s.method == "editMessageText")
            .await
    }
}

fn ics_lines(sent: &Sent) -> Vec<String> {
    let bytes = sent.file_bytes.clone().expect("an attached file");
    let text = String::from_utf8(bytes).expect("utf-8");
    text.replace("\r\n ", "")
        .split("\r\n")
        .map(str::to_string)
        .collect()
}

fn has(lines: &[String], want: &str) -> bool {
    lines.iter().any(|l| l == want)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn three_parties_find_a_time_confirm_it_move_it_and_start_again_after_a_no_show() {
    let c = cast().await;
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
    let cal = c.pick(&c.sanne, team, &cal, "2", "10:00", TEAM).await;
    let cal = c.pick(&c.sanne, team, &cal, "3", "14:00", TEAM).await;
    // The third one is typed, as a reply in the group.
    let q = c.press(&c.sanne, team, &cal, &exact(&cal, "7"), TEAM).await;
    let ask = c.press(&c.sanne, team, &q, &starting(&q, "⌨️"), TEAM).await;
    assert_eq!(
        ask.text.as_deref(),
        Some(c.nl(Msg::new("meeting-ask-time")).as_str())
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
        place.text.as_deref(),
        Some(c.nl(Msg::new("meeting-ask-place")).as_str())
    );
    let link_q = c
        .press(&c.sanne, team, &place, &starting(&place, "💻"), TEAM)
        .await;

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
            s.text.as_deref() == Some(&c.nl(Msg::new("meeting-ask-link")))
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
    c.bot
        .expect_text(
            m,
            TEAM,
            &c.nl(Msg::new("meeting-proposed")
                .code("reference", "UTR-7")
                .num("slots", 3)),
        )
        .await;

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

    // Everyone answers; Sanne sees each answer arrive in the group.
    for (who, ask, presses) in [
        (&c.amal, &amal_ask, ["✅ 1", "❌ 2", "🤷 3"]),
        (&c.joost, &joost_ask, ["✅ 1", "✅ 2", "❌ 3"]),
    ] {
        for p in presses {
            let m = tg.mark();
            tg.press_button(who, ChatTarget::Private, ask.message_id, &exact(ask, p));
            c.bot.next_message(m, TEAM).await;
        }
    }
    let seen = c.nl(Msg::new("meeting-answer-seen")
        .msg(
            "party",
            Msg::new("meeting-party").code("party", Party::Holder.as_str()),
        )
        .num("n", 3)
        .date_time("at", slots[2])
        .msg(
            "answer",
            Msg::new("meeting-answer").code("answer", "if_needed"),
        ));
    assert!(
        tg.sent_to(TEAM)
            .iter()
            .any(|s| s.text.as_deref() == Some(&seen)),
        "{seen}"
    );
    let m = tg.mark();
    tg.press_button(
        &c.sanne,
        ChatTarget::Private,
        sanne_ask.message_id,
        &exact(&sanne_ask, "✅ 1"),
    );
    let suits = c
        .bot
        .expect_text(
            m,
            TEAM,
            &c.nl(Msg::new("meeting-suits-all").date_time("at", slots[0])),
        )
        .await;

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
    assert_eq!(joost_ics.text.as_deref(), Some(c.nl(confirmed).as_str()));
    let lines = ics_lines(&joost_ics);
    for want in [
        "METHOD:REQUEST",
        "UID:meeting-1@driegesprek",
        "SEQUENCE:0",
        "DTSTART:20260402T080000Z",
        "DTEND:20260402T090000Z",
    ] {
        assert!(has(&lines, want), "{want} in {lines:?}");
    }
    assert!(
        !lines.iter().any(|l| l.contains("Amal")),
        "no status holder details in the .ics"
    );
    let sanne_ics = tg
        .wait_for_since(m, SANNE, |s| s.method == "sendDocument")
        .await;

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
    assert_eq!(
        soon,
        4 * 2 + 1,
        "two per listener (3 people, 1 group) and the after-check"
    );

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

    // After the end time, the worker asks Sanne's group what happened; Amal did not come.
    let app = App::new(
        c.bot.pool.clone(),
        c.bot.clock.clone(),
        Links {
            bot_username: BOT_USERNAME.into(),
        },
    )
    .with_settings(manual());
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
    let text = cal.text.unwrap_or_default();
    assert!(text.starts_with("Tijd 1 "), "{text}");
    c.bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bad_slots_old_calendars_and_strangers_change_nothing() {
    let c = cast().await;
    let tg = &c.bot.tg;

    // The status holder and a stranger cannot plan; forged buttons do nothing.
    let m = tg.mark();
    tg.send_command(&c.amal, ChatTarget::Private, "meet");
    c.bot
        .expect_text(m, AMAL, &c.bot.text(Lang::Ti, Msg::new("error-staff-only")))
        .await;
    let stranger = tg.user(9009, "Eve", Some("nl"));
    let m = tg.mark();
    tg.send_command(&stranger, ChatTarget::Private, "meet");
    let hello = c.bot.next_message(m, 9009).await;
    let forged = c
        .alert(&stranger, ChatTarget::Private, &hello, "m:a:1:h:can")
        .await;
    assert!(!forged.is_empty());

    // Sanne opens the calendar in her private chat and pages to April.
    let m = tg.mark();
    tg.send_command(&c.sanne, ChatTarget::Private, "meet");
    let march = c.bot.next_message(m, SANNE).await;
    let april = c
        .next_month(&c.sanne, ChatTarget::Private, &march, SANNE)
        .await;
    // A March button pressed after the month changed.
    let stale = c
        .alert(&c.sanne, ChatTarget::Private, &april, "m:d:20260331")
        .await;
    assert_eq!(stale, c.nl(Msg::new("meeting-calendar-stale")));

    // Thursday 2 April 10:00, then the same again.
    let cal = c
        .pick(&c.sanne, ChatTarget::Private, &april, "2", "10:00", SANNE)
        .await;
    let q = c
        .press(
            &c.sanne,
            ChatTarget::Private,
            &cal,
            &exact(&cal, "2"),
            SANNE,
        )
        .await;
    let twice = c
        .alert(&c.sanne, ChatTarget::Private, &q, &exact(&q, "10:00"))
        .await;
    assert_eq!(twice, c.nl(Msg::new("meeting-slot-twice")));
    // A typed time that is not a time.
    let ask = c
        .press(
            &c.sanne,
            ChatTarget::Private,
            &q,
            &starting(&q, "⌨️"),
            SANNE,
        )
        .await;
    let m = tg.mark();
    tg.reply_to(&c.sanne, ChatTarget::Private, ask.message_id, "half drie");
    c.bot
        .expect_text(m, SANNE, &c.nl(Msg::new("meeting-bad-time")))
        .await;
    // 03:00 at night is allowed, with a warning.
    let m = tg.mark();
    tg.send_text(&c.sanne, ChatTarget::Private, "03:00");
    c.bot
        .expect_text(
            m,
            SANNE,
            &c.nl(Msg::new("meeting-warn-night").date_time("at", at("2026-04-02T01:00:00Z"))),
        )
        .await;
    tg.quiet().await;

    // The day that already passed (today 10:00 is gone).
    let m = tg.mark();
    tg.send_command(&c.sanne, ChatTarget::Private, "meet");
    let march = c.bot.next_message(m, SANNE).await;
    let q = c
        .press(
            &c.sanne,
            ChatTarget::Private,
            &march,
            &exact(&march, "30"),
            SANNE,
        )
        .await;
    let past = c
        .alert(&c.sanne, ChatTarget::Private, &q, &exact(&q, "09:00"))
        .await;
    assert_eq!(past, c.nl(Msg::new("meeting-slot-past")));

    let meetings: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM meetings")
        .fetch_one(&c.bot.pool)
        .await
        .unwrap();
    assert_eq!(meetings, 0, "nothing was proposed");
    c.bot.stop().await;
}

impl Cast {
    /// Sanne proposes two times by phone with an interpreter from her private chat: Thursday 2
    /// and Friday 3 April 2026, 10:00. Returns the answer requests of Sanne, Joost and Amal.
    async fn propose_two(&self, cal: Sent) -> [Sent; 3] {
        let tg = &self.bot.tg;
        let me = ChatTarget::Private;
        let cal = self.next_month(&self.sanne, me.clone(), &cal, SANNE).await;
        let cal = self
            .pick(&self.sanne, me.clone(), &cal, "2", "10:00", SANNE)
            .await;
        let cal = self
            .pick(&self.sanne, me.clone(), &cal, "3", "10:00", SANNE)
            .await;
        let place = self
            .press(&self.sanne, me.clone(), &cal, &starting(&cal, "✅"), SANNE)
            .await;
        let interp = self
            .press(
                &self.sanne,
                me.clone(),
                &place,
                &starting(&place, "📞"),
                SANNE,
            )
            .await;
        let m = tg.mark();
        tg.press_button(&self.sanne, me, interp.message_id, &starting(&interp, "Ja"));
        let ask =
            |chat| tg.wait_for_since(m, chat, |s| s.buttons().iter().any(|(t, _)| t == "✅ 1"));
        [ask(SANNE).await, ask(JOOST).await, ask(AMAL).await]
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn when_no_time_suits_a_new_round_follows_then_the_interpreter_is_booked_and_the_meeting_cancelled()
 {
    let c = cast().await;
    let tg = &c.bot.tg;
    let me = ChatTarget::Private;
    let m = tg.mark();
    tg.send_command(&c.sanne, me.clone(), "meet");
    let cal = c.bot.next_message(m, SANNE).await;
    let [_, _, amal_ask] = c.propose_two(cal).await;

    // Amal cannot come at either time: Sanne hears who could not and gets a button.
    let m = tg.mark();
    for p in ["❌ 1", "❌ 2"] {
        tg.press_button(
            &c.amal,
            me.clone(),
            amal_ask.message_id,
            &exact(&amal_ask, p),
        );
    }
    let parties = vec![Msg::new("meeting-party").code("party", "holder")];
    let none = c
        .bot
        .expect_text(
            m,
            SANNE,
            &c.nl(Msg::new("meeting-none-suits").lines("parties", parties)),
        )
        .await;

    // A new round replaces the old one: the old buttons no longer count.
    let cal = c
        .press(&c.sanne, me.clone(), &none, &starting(&none, "📅"), SANNE)
        .await;
    let [sanne_ask, joost_ask, amal_ask2] = c.propose_two(cal).await;
    let old = c
        .alert(&c.amal, me.clone(), &amal_ask, &exact(&amal_ask, "✅ 1"))
        .await;
    assert_eq!(old, c.bot.text(Lang::Ti, Msg::new("meeting-slot-outdated")));
    for (who, ask) in [(&c.amal, &amal_ask2), (&c.joost, &joost_ask)] {
        let m = tg.mark();
        tg.press_button(who, me.clone(), ask.message_id, &exact(ask, "✅ 1"));
        c.bot.next_message(m, SANNE).await;
    }
    let m = tg.mark();
    tg.press_button(
        &c.sanne,
        me.clone(),
        sanne_ask.message_id,
        &exact(&sanne_ask, "🤷 1"),
    );
    let slot = at("2026-04-02T08:00:00Z");
    let suits = c
        .bot
        .expect_text(
            m,
            SANNE,
            &c.nl(Msg::new("meeting-suits-all").date_time("at", slot)),
        )
        .await;
    let m = tg.mark();
    tg.press_button(
        &c.sanne,
        me.clone(),
        suits.message_id,
        &starting(&suits, "✅"),
    );
    let doc = tg
        .wait_for_since(m, SANNE, |s| s.method == "sendDocument")
        .await;
    let joost_doc = tg
        .wait_for_since(m, JOOST, |s| s.method == "sendDocument")
        .await;
    let interpreter_due: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM reminders WHERE kind = 'interpreter_not_booked' AND status = 'pending'",
    )
    .fetch_one(&c.bot.pool)
    .await
    .unwrap();
    assert_eq!(interpreter_due, 1);

    // The interpreter is booked once; a second press changes nothing.
    let m = tg.mark();
    tg.press_button(&c.sanne, me.clone(), doc.message_id, &starting(&doc, "🗣️"));
    let booked = c.nl(Msg::new("meeting-interpreter-booked").lang("language", Lang::Ti));
    c.bot.expect_text(m, JOOST, &booked).await;
    let again = c
        .alert(&c.sanne, me.clone(), &doc, &starting(&doc, "🗣️"))
        .await;
    assert_eq!(again, c.nl(Msg::new("meeting-interpreter-already")));

    // Joost cancels: a METHOD:CANCEL with a higher SEQUENCE; Amal hears it in Tigrinya.
    let m = tg.mark();
    tg.press_button(
        &c.joost,
        me.clone(),
        joost_doc.message_id,
        &starting(&joost_doc, "✖️"),
    );
    let cancel = tg
        .wait_for_since(m, SANNE, |s| s.method == "sendDocument")
        .await;
    let lines = ics_lines(&cancel);
    for want in [
        "METHOD:CANCEL",
        "UID:meeting-2@driegesprek",
        "SEQUENCE:1",
        "STATUS:CANCELLED",
    ] {
        assert!(has(&lines, want), "{want} in {lines:?}");
    }
    let cancelled = Msg::new("meeting-cancelled")
        .date_time("at", slot)
        .msg("place", Msg::new("meeting-place").code("place", "phone"))
        .msg(
            "interpreter",
            Msg::new("meeting-interpreter-yes").lang("language", Lang::Ti),
        );
    c.bot
        .expect_text(m, AMAL, &c.bot.text(Lang::Ti, cancelled))
        .await;
    let pending: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM reminders WHERE subject_id = 2 AND status = 'pending'",
    )
    .fetch_one(&c.bot.pool)
    .await
    .unwrap();
    assert_eq!(
        pending, 0,
        "the cancelled meeting's reminders are cancelled with it"
    );
    c.bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_proposer_picks_an_arabic_interpreter_for_a_tigrinya_speaker_and_the_confirmation_says_arabic()
 {
    let c = cast().await;
    let tg = &c.bot.tg;
    let me = ChatTarget::Private;
    let m = tg.mark();
    tg.send_command(&c.sanne, me.clone(), "meet");
    let cal = c.bot.next_message(m, SANNE).await;
    let cal = c.next_month(&c.sanne, me.clone(), &cal, SANNE).await;
    let cal = c
        .pick(&c.sanne, me.clone(), &cal, "2", "10:00", SANNE)
        .await;
    let cal = c
        .pick(&c.sanne, me.clone(), &cal, "3", "10:00", SANNE)
        .await;
    let place = c
        .press(&c.sanne, me.clone(), &cal, &starting(&cal, "✅"), SANNE)
        .await;
    let interp = c
        .press(&c.sanne, me.clone(), &place, &starting(&place, "📞"), SANNE)
        .await;

    // "Another language" shows the twelve languages by their own names.
    let other = c.nl(Msg::new("meeting-button-interpreter-other"));
    let langs = c
        .press(
            &c.sanne,
            me.clone(),
            &interp,
            &exact(&interp, &other),
            SANNE,
        )
        .await;
    assert_eq!(
        langs.text.as_deref(),
        Some(c.nl(Msg::new("meeting-ask-interpreter-language")).as_str())
    );
    let native = |l: Lang| c.nl(Msg::new("language-native").lang("code", l));
    for l in Lang::ALL {
        exact(&langs, &native(l));
    }
    let m = tg.mark();
    tg.press_button(
        &c.sanne,
        me.clone(),
        langs.message_id,
        &exact(&langs, &native(Lang::Ar)),
    );
    let ask = |chat| tg.wait_for_since(m, chat, |s| s.buttons().iter().any(|(t, _)| t == "✅ 1"));
    let asks = [ask(SANNE).await, ask(JOOST).await, ask(AMAL).await];
    let stored: Option<String> = sqlx::query_scalar("SELECT interpreter_lang FROM meetings")
        .fetch_one(&c.bot.pool)
        .await
        .unwrap();
    assert_eq!(stored.as_deref(), Some("ar"));

    // All three can at the first time; Sanne confirms; Amal reads "interpreter: Arabic".
    for (who, a) in [(&c.amal, &asks[2]), (&c.joost, &asks[1])] {
        let m = tg.mark();
        tg.press_button(who, me.clone(), a.message_id, &exact(a, "✅ 1"));
        c.bot.next_message(m, SANNE).await;
    }
    let m = tg.mark();
    tg.press_button(
        &c.sanne,
        me.clone(),
        asks[0].message_id,
        &exact(&asks[0], "✅ 1"),
    );
    let slot = at("2026-04-02T08:00:00Z");
    let suits = c
        .bot
        .expect_text(
            m,
            SANNE,
            &c.nl(Msg::new("meeting-suits-all").date_time("at", slot)),
        )
        .await;
    let m = tg.mark();
    tg.press_button(
        &c.sanne,
        me.clone(),
        suits.message_id,
        &starting(&suits, "✅"),
    );
    let confirmed = Msg::new("meeting-confirmed")
        .date_time("at", slot)
        .msg("place", Msg::new("meeting-place").code("place", "phone"))
        .msg(
            "interpreter",
            Msg::new("meeting-interpreter-yes").lang("language", Lang::Ar),
        );
    c.bot
        .expect_text(m, AMAL, &c.bot.text(Lang::Ti, confirmed))
        .await;
    c.bot.stop().await;
}
