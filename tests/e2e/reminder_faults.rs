//! The reminder worker under faults (issue 5), against the fake Bot API with the test's clock:
//! 429 with retry_after, 500, a dropped connection, a blocked bot; the process killed between
//! claiming and sending and between sending and recording; the database locked by another
//! writer; a case closed or deleted meanwhile; a meeting moved twice in a minute.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use chrono::Duration;
use driegesprek::app::{Composed, DueReminder, Messenger, Outgoing, SendError};
use driegesprek::domain::{ChatId, Lang, ReminderKind};
use driegesprek::i18n::{I18n, Msg};
use driegesprek::reminders::{Compose, Settings, Worker};
use driegesprek::store::outbox;
use driegesprek::telegram::send::TelegramMessenger;

use crate::fake_telegram::Fault;
use crate::reminders::{
    AMAL, CASE, JOOST, SANNE, Scripted, TEAM, case_with_three, manual, remind, reminder_msg, start,
    status, texts, worker,
};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_429_is_honoured_for_that_chat_only() {
    let bot = case_with_three(Lang::Nl).await;
    let w = worker(&bot, manual());
    let amal = remind(&bot, AMAL, start()).await;
    let sanne = remind(&bot, SANNE, start()).await;
    bot.tg.fail_next(
        "sendMessage",
        AMAL,
        Fault::TooManyRequests { retry_after: 3 },
    );
    let report = w.run_once(start()).await;
    assert_eq!((report.sent, report.retried), (vec![sanne], vec![amal]));
    assert!(
        w.run_once(start() + Duration::seconds(2))
            .await
            .sent
            .is_empty()
    );
    assert_eq!(
        w.run_once(start() + Duration::seconds(3)).await.sent,
        vec![amal]
    );
    assert_eq!(texts(&bot, AMAL), vec![bot.text(Lang::Nl, reminder_msg())]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_server_error_is_retried_with_backoff() {
    let bot = case_with_three(Lang::Nl).await;
    let w = worker(&bot, manual());
    let id = remind(&bot, AMAL, start()).await;
    bot.tg.fail_next("sendMessage", AMAL, Fault::ServerError);
    assert_eq!(w.run_once(start()).await.retried, vec![id]);
    assert!(
        w.run_once(start() + Duration::seconds(29))
            .await
            .sent
            .is_empty()
    );
    assert_eq!(
        w.run_once(start() + Duration::seconds(30)).await.sent,
        vec![id]
    );
    assert_eq!(texts(&bot, AMAL).len(), 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_dropped_connection_is_retried_until_the_last_attempt_then_fails() {
    let bot = case_with_three(Lang::Nl).await;
    let settings = Settings {
        max_attempts: 3,
        ..manual()
    };
    let w = worker(&bot, settings);
    let id = remind(&bot, AMAL, start()).await;
    let other = remind(&bot, SANNE, start()).await;
    for _ in 0..3 {
        bot.tg.fail_next("sendMessage", AMAL, Fault::DropConnection);
    }
    bot.tg
        .fail_next("sendMessage", SANNE, Fault::DropConnection);
    let first = w.run_once(start()).await;
    assert_eq!(first.retried, vec![id, other]);
    // 30 s after the first failure, then 60 s after the second; the third is the last.
    let second = w.run_once(start() + Duration::seconds(30)).await;
    assert_eq!((second.sent, second.retried), (vec![other], vec![id]));
    assert!(w.run_once(start() + Duration::seconds(89)).await.is_idle());
    let last = w.run_once(start() + Duration::seconds(90)).await;
    assert_eq!(last.failed, vec![(id, "gave_up".to_string())]);
    assert_eq!(
        status(&bot, id).await,
        ("failed".into(), Some("gave_up".into()))
    );
    assert!(bot.tg.sent_to(AMAL).is_empty());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_blocked_bot_sends_nothing_more_to_that_chat_and_tells_the_staff() {
    let bot = case_with_three(Lang::Ti).await;
    let w = worker(&bot, manual());
    let now_due = remind(&bot, AMAL, start()).await;
    let later = remind(&bot, AMAL, start() + Duration::hours(1)).await;
    bot.tg.fail_next("sendMessage", AMAL, Fault::Blocked);
    let report = w.run_once(start()).await;
    assert_eq!(
        report.failed,
        vec![(now_due, "chat_unreachable".to_string())]
    );
    assert_eq!(report.cancelled, 1);
    assert_eq!(
        status(&bot, later).await,
        ("cancelled".into(), Some("chat_unreachable".into()))
    );
    let notice = Msg::new("reminder-chat-unreachable")
        .code("kind", "holder")
        .name("name", "Amal")
        .code("case", "UTR-7");
    let told = bot.text(Lang::Nl, notice);
    for chat in [SANNE, JOOST, TEAM] {
        assert_eq!(texts(&bot, chat), vec![told.clone()], "chat {chat}");
    }
    w.run_once(start() + Duration::hours(2)).await;
    assert!(
        bot.tg.sent_to(AMAL).is_empty(),
        "nothing reached the blocked chat"
    );
}

/// A composer that never returns the first time: the process is killed (the step's task
/// aborted) while it composes, after claiming and before sending.
struct DiesOnce {
    inner: Scripted,
    died: AtomicBool,
    entered: Arc<tokio::sync::Notify>,
}

impl Compose for DiesOnce {
    async fn compose(&self, r: &DueReminder) -> anyhow::Result<Composed> {
        if !self.died.swap(true, Ordering::SeqCst) {
            self.entered.notify_one();
            std::future::pending::<()>().await;
        }
        self.inner.compose(r).await
    }
    async fn unreachable(&self, r: &DueReminder) -> anyhow::Result<Vec<Outgoing>> {
        self.inner.unreachable(r).await
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_process_killed_between_claiming_and_sending_loses_nothing() {
    let bot = case_with_three(Lang::Nl).await;
    let id = remind(&bot, AMAL, start()).await;
    let dying = worker(&bot, manual());
    let entered = Arc::new(tokio::sync::Notify::new());
    let dies = DiesOnce {
        inner: worker_parts(&bot),
        died: AtomicBool::new(false),
        entered: entered.clone(),
    };
    let w = Arc::new(worker_with(&bot, dies, manual()));
    let crashed = tokio::spawn(async move { w.run_once(start()).await });
    entered.notified().await;
    crashed.abort();
    assert!(crashed.await.is_err(), "the step died");
    assert_eq!(status(&bot, id).await.0, "claimed");
    // A new process within the lease leaves the claim alone; after it, sends once.
    assert!(
        dying
            .run_once(start() + Duration::minutes(1))
            .await
            .sent
            .is_empty()
    );
    let report = dying.run_once(start() + Duration::minutes(3)).await;
    assert_eq!((report.reclaimed, report.sent), (1, vec![id]));
    assert_eq!(texts(&bot, AMAL).len(), 1);
}

/// A worker with this composer and the real Telegram messenger.
fn worker_with<C: Compose>(
    bot: &crate::support::TestBot,
    composer: C,
    settings: Settings,
) -> Worker<C, TelegramMessenger<teloxide::Bot>> {
    let i18n = Arc::new(I18n::load().unwrap());
    Worker::new(
        bot.pool.clone(),
        composer,
        TelegramMessenger::new(bot.tg.bot(), i18n),
        settings,
    )
}

fn worker_parts(bot: &crate::support::TestBot) -> Scripted {
    let links = driegesprek::app::Links {
        bot_username: crate::fake_telegram::BOT_USERNAME.into(),
    };
    Scripted {
        app: driegesprek::app::App::new(bot.pool.clone(), bot.clock.clone(), links),
    }
}

/// A messenger that dies right after Telegram accepted the message.
struct DiesAfterSending(TelegramMessenger<teloxide::Bot>);

impl Messenger for DiesAfterSending {
    async fn send(&self, out: &Outgoing) -> Result<Option<i32>, SendError> {
        self.0.send(out).await?;
        panic!("killed between sending and recording (on purpose)");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_process_killed_between_sending_and_recording_sends_again_after_the_lease() {
    let bot = case_with_three(Lang::Nl).await;
    let id = remind(&bot, AMAL, start()).await;
    let i18n = Arc::new(I18n::load().unwrap());
    let dies = DiesAfterSending(TelegramMessenger::new(bot.tg.bot(), i18n));
    let w = Arc::new(Worker::new(
        bot.pool.clone(),
        worker_parts(&bot),
        dies,
        manual(),
    ));
    assert!(
        tokio::spawn(async move { w.run_once(start()).await })
            .await
            .is_err()
    );
    assert_eq!(texts(&bot, AMAL).len(), 1);
    // The documented duplicate window: the row was never recorded as sent, so once the lease
    // ran out it is sent again. Exactly once more.
    let fresh = worker(&bot, manual());
    assert!(
        fresh
            .run_once(start() + Duration::seconds(119))
            .await
            .sent
            .is_empty()
    );
    assert_eq!(
        fresh.run_once(start() + Duration::minutes(3)).await.sent,
        vec![id]
    );
    assert_eq!(
        fresh.run_once(start() + Duration::minutes(6)).await.sent,
        Vec::<i64>::new()
    );
    assert_eq!(texts(&bot, AMAL).len(), 2);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_database_locked_by_another_writer_delays_the_step_and_loses_nothing() {
    let bot = case_with_three(Lang::Nl).await;
    let w = worker(&bot, manual());
    let id = remind(&bot, AMAL, start()).await;
    let mut other = bot.pool.acquire().await.unwrap();
    sqlx::query("BEGIN IMMEDIATE")
        .execute(&mut *other)
        .await
        .unwrap();
    let holder = tokio::spawn(async move {
        tokio::time::sleep(std::time::Duration::from_millis(700)).await;
        sqlx::query("COMMIT").execute(&mut *other).await.unwrap();
    });
    let report = w.run_once(start()).await;
    holder.await.unwrap();
    // SQLite's busy timeout (5 s) waits for the writer; a longer lock would be reported in
    // `errors` and the row simply stay pending for the next step.
    assert_eq!(report.sent, vec![id], "{report:?}");
    assert_eq!(status(&bot, id).await.0, "sent");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_reminder_for_a_case_closed_or_deleted_meanwhile_is_dropped_with_a_reason() {
    let bot = case_with_three(Lang::Nl).await;
    let w = worker(&bot, manual());
    let id = remind(&bot, AMAL, start()).await;
    sqlx::query("UPDATE cases SET status = 'closed' WHERE id = 1")
        .execute(&bot.pool)
        .await
        .unwrap();
    assert_eq!(
        w.run_once(start()).await.dropped,
        vec![(id, "case_closed".into())]
    );
    let id = remind(&bot, SANNE, start()).await;
    let mut conn = bot.pool.acquire().await.unwrap();
    sqlx::raw_sql(
        "PRAGMA foreign_keys = OFF; DELETE FROM case_members; DELETE FROM cases;
                   PRAGMA foreign_keys = ON;",
    )
    .execute(&mut *conn)
    .await
    .unwrap();
    drop(conn);
    assert_eq!(
        w.run_once(start()).await.dropped,
        vec![(id, "case_gone".into())]
    );
    assert!(bot.tg.sent().is_empty());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_meeting_moved_twice_in_a_minute_keeps_only_the_latest_reminders() {
    let bot = case_with_three(Lang::Nl).await;
    let w = worker(&bot, manual());
    let mut last = 0;
    for (i, hours) in [2, 5, 7].into_iter().enumerate() {
        let now = start() + Duration::seconds(20 * i as i64);
        let mut tx = bot.pool.begin().await.unwrap();
        outbox::cancel(&mut tx, ReminderKind::MeetingSoon, 1, now)
            .await
            .unwrap();
        let r = outbox::NewReminder {
            kind: ReminderKind::MeetingSoon,
            case: CASE,
            subject: Some(1),
            chat: ChatId(AMAL),
            due_at: start() + Duration::hours(hours),
        };
        last = outbox::schedule(&mut tx, &r, now).await.unwrap();
        tx.commit().await.unwrap();
    }
    let pending: Vec<i64> = sqlx::query_scalar("SELECT id FROM reminders WHERE status = 'pending'")
        .fetch_all(&bot.pool)
        .await
        .unwrap();
    assert_eq!(pending, vec![last]);
    for h in [2, 5, 7] {
        w.run_once(start() + Duration::hours(h)).await;
    }
    assert_eq!(texts(&bot, AMAL).len(), 1);
    assert_eq!(status(&bot, last).await.0, "sent");
}

/// A composer that panics for one chat's reminders (a bug in one kind or one case's data).
struct PanicsFor {
    inner: Scripted,
    chat: i64,
}

impl Compose for PanicsFor {
    async fn compose(&self, r: &DueReminder) -> anyhow::Result<Composed> {
        if r.chat.0 == self.chat {
            panic!("a bug while composing (on purpose)");
        }
        self.inner.compose(r).await
    }
    async fn unreachable(&self, r: &DueReminder) -> anyhow::Result<Vec<Outgoing>> {
        self.inner.unreachable(r).await
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_panic_while_composing_one_reminder_is_retried_then_failed_and_the_others_are_sent() {
    let bot = case_with_three(Lang::Nl).await;
    let settings = Settings {
        max_attempts: 2,
        ..manual()
    };
    let id = remind(&bot, AMAL, start()).await;
    let other = remind(&bot, SANNE, start()).await;
    let panics = PanicsFor {
        inner: worker_parts(&bot),
        chat: AMAL,
    };
    let w = worker_with(&bot, panics, settings);
    let first = w.run_once(start()).await;
    assert_eq!((&first.sent, &first.retried), (&vec![other], &vec![id]));
    assert!(
        first.errors.iter().any(|e| e.contains("panicked")),
        "{first:?}"
    );
    assert_eq!(texts(&bot, SANNE).len(), 1, "the other reminder went out");
    let last = w.run_once(start() + Duration::seconds(30)).await;
    assert_eq!(last.failed, vec![(id, "compose_panic".to_string())]);
    assert_eq!(
        status(&bot, id).await,
        ("failed".into(), Some("compose_panic".into()))
    );
    assert!(bot.tg.sent_to(AMAL).is_empty());
    // The worker itself still runs: a new reminder for the other chat is sent.
    let later = remind(&bot, SANNE, start() + Duration::minutes(5)).await;
    assert_eq!(
        w.run_once(start() + Duration::minutes(5)).await.sent,
        vec![later]
    );
}
