//! The meeting's reminders: slots unanswered, preparation open, interpreter not booked and
//! the meeting soon, each produced by the real proposal, answers and confirmation.

use driegesprek::domain::{Lang, Party};
use driegesprek::i18n::Msg;
use driegesprek::workflow::prepare::checklist::Item;

use super::{AMAL, JOOST, SANNE, TEAM, at, cast, got, has_exact, meeting_start, right_to_left};
use crate::fake_telegram::ChatTarget;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn unanswered_slots_nudge_amal_in_arabic_and_sanne_in_dutch_but_never_joost_who_answered() {
    let c = cast().await;
    let [_, joost_ask, _] = c.propose().await;
    c.answer(&c.joost, &joost_ask, &["✅ 1", "✅ 2"]).await;

    let early = c.step(at("2026-03-31T07:59:00Z")).await;
    assert!(got(&early, AMAL).is_empty(), "not before 24 hours");
    let news = c.step(at("2026-03-31T08:00:00Z")).await;
    let nudge = Msg::new("meeting-slots-reminder");
    let amal = got(&news, AMAL);
    assert_eq!(amal.first(), Some(&c.text(Lang::Ar, nudge.clone())));
    assert!(right_to_left(&amal[0]), "{amal:?}");
    assert_eq!(got(&news, SANNE).first(), Some(&c.text(Lang::Nl, nudge)));
    assert!(got(&news, JOOST).is_empty(), "Joost answered every time");
    // The nudge comes with the question again, so Amal can answer right there.
    let again = c
        .bot
        .tg
        .sent_to(AMAL)
        .last()
        .cloned()
        .expect("the question again");
    assert!(has_exact(&again, "✅ 1"), "{:?}", again.buttons());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_confirmed_meeting_brings_preparation_interpreter_and_meeting_reminders_in_each_language()
{
    let c = cast().await;
    c.confirmed_meeting().await;
    let start = meeting_start();

    // Three days before: what is still open (Amal's papers in Arabic, the overview for staff)
    // and Sanne, who asked for the interpreter, is reminded to book one.
    let news = c.step(at("2026-04-03T08:00:00Z")).await;
    let open: Vec<Msg> = Item::of(Party::Holder)
        .into_iter()
        .map(|i| Msg::new("prep-check-open").msg("item", Msg::new(i.msg_id())))
        .collect();
    let papers = Msg::new("prep-reminder-holder")
        .date_time("start", start)
        .lines("items", open);
    assert_eq!(got(&news, AMAL), [c.text(Lang::Ar, papers)]);
    let staff_head = c.text(
        Lang::Nl,
        Msg::new("prep-reminder-staff")
            .date_time("start", start)
            .name("overview", ""),
    );
    let head = staff_head.lines().next().expect("a first line").to_string();
    assert!(head.contains("10:00"), "{head}");
    for chat in [JOOST, TEAM] {
        assert_eq!(got(&news, chat).len(), 1, "{chat}: {news:?}");
        assert!(got(&news, chat)[0].starts_with(&head), "{chat}: {news:?}");
    }
    let interpreter = Msg::new("meeting-interpreter-reminder")
        .lang("language", Lang::Ar)
        .date_time("at", start);
    let sanne = got(&news, SANNE);
    assert!(sanne.iter().any(|t| t.starts_with(&head)), "{sanne:?}");
    assert!(sanne.contains(&c.text(Lang::Nl, interpreter)), "{sanne:?}");

    // Two days and two hours before: everyone, each in their language, with the place.
    for when in ["2026-04-04T08:00:00Z", "2026-04-06T06:00:00Z"] {
        let news = c.step(at(when)).await;
        let soon = Msg::new("meeting-soon")
            .date_time("at", start)
            .msg("place", Msg::new("meeting-place").code("place", "azc"));
        let ar = c.text(Lang::Ar, soon.clone());
        assert!(right_to_left(&ar), "{ar}");
        // 10:00 in Amsterdam, whichever digits Arabic uses.
        assert!(ar.contains("10:00") || ar.contains("١٠:٠٠"), "{ar}");
        assert_eq!(got(&news, AMAL), [ar], "{when}");
        let nl = c.text(Lang::Nl, soon);
        assert!(nl.contains("10:00"), "{nl}");
        for chat in [SANNE, JOOST, TEAM] {
            assert_eq!(
                got(&news, chat),
                std::slice::from_ref(&nl),
                "{when}: {chat}"
            );
        }
        // Each person can say "I can't come" right under the reminder; the group cannot.
        let last = |chat| c.bot.tg.sent_to(chat).last().cloned().expect("a reminder");
        for chat in [AMAL, SANNE, JOOST] {
            let labels: Vec<String> = last(chat).buttons().into_iter().map(|b| b.0).collect();
            assert_eq!(labels.len(), 1, "{chat}: {labels:?}");
        }
        assert!(last(TEAM).buttons().is_empty());
    }
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
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_interpreter_reminder_is_rendered_in_the_language_the_proposer_reads_when_it_is_due() {
    let c = cast().await;
    c.confirmed_meeting().await;
    // Sanne switches to Persian (right to left) after the meeting was fixed.
    let m = c.bot.tg.mark();
    c.bot
        .tg
        .send_command(&c.sanne, ChatTarget::Private, "language");
    let picker = c
        .bot
        .tg
        .wait_for_since(m, SANNE, |s| !s.buttons().is_empty())
        .await;
    let m = c.bot.tg.mark();
    c.bot
        .tg
        .press_button(&c.sanne, ChatTarget::Private, picker.message_id, "lang:fa");
    c.bot.next_message(m, SANNE).await;
    c.bot.tg.quiet().await;

    let news = c.step(at("2026-04-03T08:00:00Z")).await;
    let interpreter = Msg::new("meeting-interpreter-reminder")
        .lang("language", Lang::Ar)
        .date_time("at", meeting_start());
    let fa = c.text(Lang::Fa, interpreter);
    assert!(right_to_left(&fa), "{fa}");
    assert!(got(&news, SANNE).contains(&fa), "{news:?}");
}
