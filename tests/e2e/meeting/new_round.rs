//! When no time suits: Sanne hears who could not and starts a new round that outdates the old
//! buttons; the time then confirmed gets its interpreter booked once, and Joost's cancellation
//! publishes the event as cancelled and cancels the meeting's reminders.

use driegesprek::domain::Lang;
use driegesprek::i18n::Msg;

use super::{Cast, at, cast, exact, has, ics_lines, starting};
use crate::fake_telegram::{ChatTarget, Sent};
use crate::support::{AMAL, JOOST, SANNE};

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
        // The answer edits the round's board in Sanne's chat (issue 12).
        tg.wait_for_since(m, SANNE, |s| s.method == "editMessageText")
            .await;
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

    // Joost cancels: the same event, STATUS:CANCELLED, a higher SEQUENCE; Amal hears it in Tigrinya.
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
        "METHOD:PUBLISH",
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
    c.bot.tg.quiet().await;
    crate::driver::assert_every_staff_message_names(
        &c.bot,
        &[
            crate::support::SANNE,
            crate::support::JOOST,
            crate::support::TEAM,
        ],
        "UTR-7",
        &[],
    );
    c.bot.stop().await;
}
