//! The reminder worker against the fake Bot API, driven step by step with the test's clock
//! (issue 5): sent once and recorded, late ones marked in the reader's language, too old ones
//! dropped, quiet hours, Telegram's per-chat and per-group limits. The faults are in
//! `reminder_faults.rs`. The kinds' own texts belong to their features; here a scripted
//! composer sends a fixed message, through the real framework (case checks, late marker,
//! staff notices), the real `TelegramMessenger` and the real outbox.

use std::sync::Arc;

use chrono::{DateTime, Duration, Utc};
use driegesprek::app::{App, Composed, DueReminder, Links, Outgoing};
use driegesprek::domain::{CaseId, ChatId, Lang, ReminderKind};
use driegesprek::i18n::{I18n, Msg};
use driegesprek::reminders::{Compose, Settings, Worker};
use driegesprek::store::{self, outbox};
use driegesprek::telegram::send::TelegramMessenger;

use crate::fake_telegram::BOT_USERNAME;
pub use crate::support::manual;
pub use crate::support::{AMAL, JOOST, SANNE, TEAM};
use crate::support::{START, TestBot, ThreeParties, spawn_case};

pub const CASE: CaseId = CaseId(1);

/// The message the scripted composer sends.
pub fn reminder_msg() -> Msg {
    Msg::new("hint-use-menu")
}

/// Composes every kind as `reminder_msg()` in the recipient's stored language, after the real
/// framework's checks (case gone or closed) and with the real late marker.
pub struct Scripted {
    pub app: App,
}

impl Compose for Scripted {
    async fn compose(&self, r: &DueReminder) -> anyhow::Result<Composed> {
        let mut tx = self.app.pool.begin().await?;
        if let Some(reason) = self.app.reminder_void(&mut tx, r).await? {
            return Ok(Composed::Drop(reason));
        }
        let lang = store::users::lang(&mut tx, driegesprek::domain::UserId(r.chat.0))
            .await?
            .map_or(Lang::Nl, |(l, _)| l);
        tx.commit().await?;
        let composed = Composed::Send(vec![Outgoing::new(r.chat, lang, reminder_msg())]);
        Ok(if r.late {
            composed.marked_late()
        } else {
            composed
        })
    }

    async fn unreachable(&self, r: &DueReminder) -> anyhow::Result<Vec<Outgoing>> {
        Compose::unreachable(&self.app, r).await
    }
}

pub type TestWorker = Worker<Scripted, TelegramMessenger<teloxide::Bot>>;

/// A case of Gemeente Utrecht and COA Ter Apel: Sanne (municipality), Joost (COA), Amal (the
/// status holder, reading `holder_lang`), and Sanne's team group following the municipality.
pub async fn case_with_three(holder_lang: Lang) -> TestBot {
    spawn_case(&ThreeParties {
        holder_lang,
        ..ThreeParties::default()
    })
    .await
}

pub fn worker(bot: &TestBot, settings: Settings) -> TestWorker {
    let links = Links {
        bot_username: BOT_USERNAME.to_string(),
    };
    let app =
        App::new(bot.pool.clone(), bot.clock.clone(), links).with_policy(settings.policy.clone());
    let i18n = Arc::new(I18n::load().expect("locales"));
    let messenger = TelegramMessenger::new(bot.tg.bot(), i18n);
    Worker::new(bot.pool.clone(), Scripted { app }, messenger, settings)
}

pub fn at(s: &str) -> DateTime<Utc> {
    s.parse().expect("a time")
}

pub fn start() -> DateTime<Utc> {
    at(START)
}

/// Schedules a meeting reminder to `chat` due at `due`; returns its id.
pub async fn remind(bot: &TestBot, chat: i64, due: DateTime<Utc>) -> i64 {
    let mut conn = bot.pool.acquire().await.expect("connection");
    let r = outbox::NewReminder {
        kind: ReminderKind::MeetingSoon,
        case: CASE,
        subject: Some(1),
        chat: ChatId(chat),
        due_at: due,
    };
    outbox::schedule(&mut conn, &r, start())
        .await
        .expect("schedule")
}

pub async fn status(bot: &TestBot, id: i64) -> (String, Option<String>) {
    let mut conn = bot.pool.acquire().await.expect("connection");
    outbox::status(&mut conn, id)
        .await
        .expect("status")
        .expect("the row")
}

pub fn texts(bot: &TestBot, chat: i64) -> Vec<String> {
    let sent = bot.tg.sent_to(chat).into_iter();
    sent.map(|s| s.text.unwrap_or_default()).collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_due_reminder_is_sent_once_in_the_readers_language_and_recorded() {
    let bot = case_with_three(Lang::Ti).await;
    let w = worker(&bot, manual());
    let id = remind(&bot, AMAL, start() + Duration::hours(1)).await;
    assert!(w.run_once(start()).await.sent.is_empty(), "not due yet");
    let report = w.run_once(start() + Duration::hours(1)).await;
    assert_eq!(report.sent, vec![id]);
    assert_eq!(texts(&bot, AMAL), vec![bot.text(Lang::Ti, reminder_msg())]);
    let again = w.run_once(start() + Duration::hours(2)).await;
    assert!(again.sent.is_empty(), "{again:?}");
    assert_eq!(texts(&bot, AMAL).len(), 1);
    assert_eq!(status(&bot, id).await, ("sent".into(), None));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_reminder_found_late_is_marked_late_in_arabic_and_in_dutch() {
    let bot = case_with_three(Lang::Ar).await;
    let w = worker(&bot, manual());
    // The server was down from 07:00 to 10:00 (Amsterdam) this morning.
    remind(&bot, AMAL, start() - Duration::hours(3)).await;
    remind(&bot, SANNE, start() - Duration::hours(3)).await;
    let report = w.run_once(start()).await;
    assert_eq!(report.sent.len(), 2, "{report:?}");
    let late = |_: Lang| Msg::new("reminder-late").msg("message", reminder_msg());
    assert_eq!(texts(&bot, AMAL), vec![bot.text(Lang::Ar, late(Lang::Ar))]);
    assert_eq!(texts(&bot, SANNE), vec![bot.text(Lang::Nl, late(Lang::Nl))]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_reminder_older_than_its_kind_allows_is_dropped_with_a_reason() {
    let bot = case_with_three(Lang::En).await;
    let w = worker(&bot, manual());
    let id = remind(&bot, AMAL, start() - Duration::days(2)).await;
    let report = w.run_once(start()).await;
    assert_eq!(report.dropped, vec![(id, "too_old".to_string())]);
    assert!(bot.tg.sent_to(AMAL).is_empty());
    assert_eq!(
        status(&bot, id).await,
        ("dropped".into(), Some("too_old".into()))
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_reminder_due_at_night_waits_for_the_morning_and_is_not_late() {
    let bot = case_with_three(Lang::Nl).await;
    let w = worker(&bot, manual());
    // 23:00 in Amsterdam on Monday 30 March (summer time); the morning is 08:00 = 06:00Z.
    let night = at("2026-03-30T21:00:00Z");
    let id = remind(&bot, AMAL, night).await;
    assert_eq!(w.run_once(start()).await.planned, 1);
    assert!(w.run_once(night).await.sent.is_empty());
    assert!(w.run_once(at("2026-03-31T05:59:59Z")).await.sent.is_empty());
    assert_eq!(w.run_once(at("2026-03-31T06:00:00Z")).await.sent, vec![id]);
    assert_eq!(texts(&bot, AMAL), vec![bot.text(Lang::Nl, reminder_msg())]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_meeting_reminder_that_the_morning_would_make_useless_goes_out_the_evening_before() {
    let bot = case_with_three(Lang::Nl).await;
    let w = worker(&bot, manual());
    // Meeting Tuesday 08:30, reminded two hours before (06:30): sent Monday 21:00 instead.
    let r = outbox::NewReminder {
        kind: ReminderKind::MeetingSoon,
        case: CASE,
        subject: Some(1),
        chat: ChatId(AMAL),
        due_at: at("2026-03-31T04:30:00Z"),
    };
    let mut conn = bot.pool.acquire().await.unwrap();
    let about = Some(at("2026-03-31T06:30:00Z"));
    let id = outbox::schedule_about(&mut conn, &r, about, start())
        .await
        .unwrap();
    drop(conn);
    w.run_once(start()).await;
    assert!(w.run_once(at("2026-03-30T18:59:00Z")).await.sent.is_empty());
    assert_eq!(w.run_once(at("2026-03-30T19:00:00Z")).await.sent, vec![id]);
}

/// Telegram's limits hold while a crowd of reminders falls due at once: one message a second to
/// a chat, twenty a minute to a group (reminders about one case are not gathered into a
/// digest: each is named already).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn one_message_per_second_per_chat_and_twenty_a_minute_per_group() {
    let bot = case_with_three(Lang::Nl).await;
    let w = worker(&bot, manual());
    for _ in 0..3 {
        remind(&bot, AMAL, start()).await;
    }
    for _ in 0..25 {
        remind(&bot, TEAM, start()).await;
    }
    let mut sent_in_first_minute: Vec<i64> = Vec::new();
    for s in 0..60 {
        let report = w.run_once(start() + Duration::seconds(s)).await;
        sent_in_first_minute.extend(report.sent);
        let amal = bot.tg.sent_to(AMAL).len() as i64;
        assert!(amal <= (s + 1).min(3), "second {s}: {amal} to one chat");
    }
    assert_eq!(bot.tg.sent_to(TEAM).len(), 20, "twenty a minute to a group");
    assert_eq!(sent_in_first_minute.len(), 23);
    for s in 60..66 {
        w.run_once(start() + Duration::seconds(s)).await;
    }
    assert_eq!(bot.tg.sent_to(TEAM).len(), 25);
}

/// The plan's long-wait question (issue 3's composer), through the real `App` and the test
/// helper `run_reminders`.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_long_wait_question_reaches_the_holder_in_arabic_and_the_caseworker_in_dutch() {
    let bot = case_with_three(Lang::Ar).await;
    let mut conn = bot.pool.acquire().await.unwrap();
    for chat in [AMAL, SANNE] {
        let r = outbox::NewReminder {
            kind: ReminderKind::LongWait,
            case: CASE,
            subject: Some(CASE.0),
            chat: ChatId(chat),
            due_at: start(),
        };
        outbox::schedule(&mut conn, &r, start()).await.unwrap();
    }
    drop(conn);
    assert_eq!(bot.run_reminders().await.sent.len(), 2);
    let holder = bot.text(Lang::Ar, Msg::new("plan-long-wait-holder"));
    assert_eq!(texts(&bot, AMAL), vec![holder]);
    let staff = Msg::new("plan-long-wait-staff-days")
        .code("reference", "UTR-7")
        .num("days", 30);
    assert_eq!(texts(&bot, SANNE), vec![bot.text(Lang::Nl, staff)]);
}

/// "No activity" counts everything recorded on the case (issue 12): a no-show recorded ten days
/// before the question was due postpones it to thirty days after that, and then it says 30.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_long_wait_question_waits_for_thirty_quiet_days_after_any_recorded_event() {
    let bot = case_with_three(Lang::Ar).await;
    let mut conn = bot.pool.acquire().await.unwrap();
    let r = outbox::NewReminder {
        kind: ReminderKind::LongWait,
        case: CASE,
        subject: Some(CASE.0),
        chat: ChatId(SANNE),
        due_at: start(),
    };
    outbox::schedule(&mut conn, &r, start()).await.unwrap();
    let no_show = start() - Duration::days(10);
    store::audit(
        &mut conn,
        no_show,
        Some(SANNE),
        "meeting_outcome",
        Some(CASE.0),
        None,
    )
    .await
    .unwrap();
    drop(conn);
    let report = bot.run_reminders().await;
    assert!(report.sent.is_empty(), "{report:?}");
    assert_eq!(report.dropped.len(), 1, "{report:?}");
    assert_eq!(report.dropped[0].1, "activity_since");
    assert!(texts(&bot, SANNE).is_empty());

    // Thirty days after the no-show it is asked, and says thirty days.
    bot.clock
        .set(no_show + Duration::days(30) + Duration::minutes(1));
    let report = bot.run_reminders().await;
    assert_eq!(report.sent.len(), 1, "{report:?}");
    let staff = Msg::new("plan-long-wait-staff-days")
        .code("reference", "UTR-7")
        .num("days", 30);
    assert_eq!(texts(&bot, SANNE), vec![bot.text(Lang::Nl, staff)]);
}

/// Three cases' meetings tomorrow at 10:00 and a fourth's at 10:10, all followed by the team
/// group: the real composer's "meeting soon" reminders to the group that fall due within a few
/// minutes (now, now, in 3 minutes) arrive as one message (issue 12: a quiet group) that names
/// each case above its own words; the one due in 10 minutes comes at its own time, alone and
/// without the digest's header. Sanne's private reminder stays a message of its own, with its
/// "I can't come" button.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn reminders_for_one_group_due_within_minutes_arrive_as_one_message_naming_each_case() {
    let bot = case_with_three(Lang::Nl).await;
    for (id, reference, name) in [
        (2, "UTR-8", "Bilal"),
        (3, "UTR-9", "Sara"),
        (4, "UTR-10", "Noor"),
    ] {
        sqlx::query(
            "INSERT INTO cases (id, reference, holder_name, owner_org_id, coa_org_id,
                 gemeente_org_id, matching_date, created_by, created_at)
             VALUES (?, ?, ?, 2, 1, 2, '2026-03-01', 1, 'x')",
        )
        .bind(id)
        .bind(reference)
        .bind(name)
        .execute(&bot.pool)
        .await
        .unwrap();
    }
    let tomorrow = start() + Duration::days(1);
    let mut meetings = Vec::new();
    for case in 1..=4 {
        let at = tomorrow + Duration::minutes(if case == 4 { 10 } else { 0 });
        meetings.push(
            crate::support::insert_meeting(&bot, case, "confirmed", Some(at), "azc", None).await,
        );
    }
    let mut conn = bot.pool.acquire().await.unwrap();
    let rows = [
        (1, TEAM, 0),
        (2, TEAM, 0),
        (3, TEAM, 3),
        (4, TEAM, 10),
        (1, SANNE, 0),
    ];
    for (case, chat, minutes) in rows {
        let r = outbox::NewReminder {
            kind: ReminderKind::MeetingSoon,
            case: CaseId(case),
            subject: Some(meetings[usize::try_from(case - 1).unwrap()]),
            chat: ChatId(chat),
            due_at: start() + Duration::minutes(minutes),
        };
        outbox::schedule(&mut conn, &r, start()).await.unwrap();
    }
    drop(conn);
    let links = Links {
        bot_username: BOT_USERNAME.to_string(),
    };
    let app = App::new(bot.pool.clone(), bot.clock.clone(), links).with_policy(manual().policy);
    let messenger = TelegramMessenger::new(bot.tg.bot(), Arc::new(I18n::load().unwrap()));
    let w = Worker::new(bot.pool.clone(), app, messenger, manual());
    let report = w.run_once(start()).await;
    assert_eq!(report.sent.len(), 4, "{report:?}");

    let private = bot.tg.sent_to(SANNE);
    assert_eq!(private.len(), 1);
    let body = crate::driver::text_of(&private[0]);
    assert!(body.contains("10:00"), "{body}");
    let team = texts(&bot, TEAM);
    assert_eq!(team.len(), 1, "one message for three: {team:#?}");
    let header = bot.text(
        Lang::Nl,
        Msg::new("digest")
            .num("count", 3)
            .paragraphs("items", vec![]),
    );
    let want = format!(
        "{}\n\n📁 UTR-7 · \u{2068}Amal\u{2069}\n{body}\n\n📁 UTR-8 · \u{2068}Bilal\u{2069}\n{body}\n\n📁 UTR-9 · \u{2068}Sara\u{2069}\n{body}",
        header.trim_end()
    );
    assert_eq!(team[0], want);
    assert_eq!(private[0].buttons().len(), 1, "I can't come");

    // Nothing more until the fourth is due; then it comes alone.
    assert!(
        w.run_once(start() + Duration::minutes(9))
            .await
            .sent
            .is_empty()
    );
    let report = w.run_once(start() + Duration::minutes(10)).await;
    assert_eq!(report.sent.len(), 1, "{report:?}");
    let team = bot.tg.sent_to(TEAM);
    assert_eq!(team.len(), 2);
    assert!(
        crate::driver::case_line_of(&team[1]).is_some_and(|l| l.starts_with("📁 UTR-10 · ")),
        "{:?}",
        team[1].text
    );
    assert!(crate::driver::text_of(&team[1]).contains("10:10"));
}

/// Sixty cases across two team groups (issue 12): Sanne's municipal team follows Gemeente
/// Utrecht, Joost's COA team follows COA Ter Apel, and every case has its meeting tomorrow at
/// 10:00. The 120 "meeting soon" reminders to the two groups fall due at once: each group gets a
/// handful of digests instead of sixty messages, never two in one second, every one of the sixty
/// cases is named exactly once in each group, and every message names a case.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sixty_cases_in_two_team_groups_each_group_gets_a_few_digests_naming_every_case() {
    const COA_TEAM: i64 = -100_778;
    let bot = case_with_three(Lang::Nl).await;
    sqlx::query(
        "INSERT INTO group_links (chat_id, org_id, case_id, linked_by, linked_at)
         VALUES (?, 1, NULL, 2, 'x')",
    )
    .bind(COA_TEAM)
    .execute(&bot.pool)
    .await
    .unwrap();
    let names = ["Bilal", "Sara", "Yonas", "Hevin", "Mariam", "Abdi"];
    for n in 2..=60i64 {
        sqlx::query(
            "INSERT INTO cases (id, reference, holder_name, owner_org_id, coa_org_id,
                 gemeente_org_id, matching_date, created_by, created_at)
             VALUES (?, ?, ?, 2, 1, 2, '2026-03-01', 1, 'x')",
        )
        .bind(n)
        .bind(format!("UTR-{}", n + 100))
        .bind(names[usize::try_from(n).unwrap() % names.len()])
        .execute(&bot.pool)
        .await
        .unwrap();
    }
    let tomorrow = start() + Duration::days(1);
    let mut conn = bot.pool.acquire().await.unwrap();
    for case in 1..=60i64 {
        drop(conn);
        let meeting =
            crate::support::insert_meeting(&bot, case, "confirmed", Some(tomorrow), "azc", None)
                .await;
        conn = bot.pool.acquire().await.unwrap();
        for chat in [TEAM, COA_TEAM] {
            let r = outbox::NewReminder {
                kind: ReminderKind::MeetingSoon,
                case: CaseId(case),
                subject: Some(meeting),
                chat: ChatId(chat),
                due_at: start(),
            };
            outbox::schedule(&mut conn, &r, start()).await.unwrap();
        }
    }
    drop(conn);
    let links = Links {
        bot_username: BOT_USERNAME.to_string(),
    };
    let app = App::new(bot.pool.clone(), bot.clock.clone(), links).with_policy(manual().policy);
    let messenger = TelegramMessenger::new(bot.tg.bot(), Arc::new(I18n::load().unwrap()));
    let w = Worker::new(bot.pool.clone(), app, messenger, manual());
    let mut sent = 0;
    for s in 0..60 {
        sent += w.run_once(start() + Duration::seconds(s)).await.sent.len();
        for group in [TEAM, COA_TEAM] {
            let got = bot.tg.sent_to(group).len() as i64;
            assert!(got <= s + 1, "second {s}: {got} messages to {group}");
        }
    }
    assert_eq!(sent, 120, "every reminder recorded as sent");
    let mut references: Vec<String> = vec!["UTR-7".into()];
    references.extend((2..=60).map(|n| format!("UTR-{}", n + 100)));
    for group in [TEAM, COA_TEAM] {
        let got = texts(&bot, group);
        assert_eq!(
            got.len(),
            5,
            "twelve cases a message, not sixty messages: {got:#?}"
        );
        for text in &got {
            assert!(
                references
                    .iter()
                    .any(|r| text.contains(&format!("📁 {r} · "))),
                "names no case: {text}"
            );
        }
        let all = got.join("\n");
        for r in &references {
            assert_eq!(
                all.matches(&format!("📁 {r} · ")).count(),
                1,
                "{r} named once in {group}"
            );
        }
    }
}
