//! Bad input while scheduling: the status holder and a stranger cannot plan, forged buttons do
//! nothing, a button of a month no longer shown, the same time twice, a typed time that is not
//! a time, a night-time warning and a time already past. Nothing is proposed.

use driegesprek::domain::Lang;
use driegesprek::i18n::Msg;

use super::{at, cast, exact, starting};
use crate::fake_telegram::ChatTarget;
use crate::support::{AMAL, SANNE};

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
