//! The reminder worker (issue 5): sends what the outbox says is due. One step (`run_once`) takes
//! back claims whose lease ran out, fits new rows around the quiet hours, claims a page of due
//! rows in one statement, composes each from the data as it is now (`Compose`, which is
//! `App::compose_reminder`), sends it through the `Messenger` within Telegram's limits and
//! records the result. A tokio task runs the step every second with the app's clock; tests run
//! it themselves with theirs. Depends on `app` (composing, the messenger port) and `store`.
//!
//! Delivery is at least once: a crash after Telegram accepted a message but before the row was
//! recorded as sent sends it again once the lease (two minutes) has run out. In normal operation
//! each row is claimed by one step and sent once.

pub mod backoff;
pub mod quiet;
pub mod rate;
pub mod settings;
mod step;

use std::future::Future;
use std::sync::{Arc, Mutex, MutexGuard};

use anyhow::Context;
use chrono::{DateTime, Utc};

use crate::app::{App, Composed, DueReminder, Messenger, Outgoing, Queued};
use crate::clock::Clock;
use crate::store::{self, SqlitePool};
pub use quiet::QuietHours;
pub use rate::RateLimiter;
pub use settings::Settings;

/// How far ahead rows are fitted around the quiet hours (so a reminder can be brought forward
/// to the evening before), and how many per step.
const PLAN_AHEAD: chrono::Duration = chrono::Duration::hours(24);
const PLAN_PAGE: u32 = 500;

/// How long the ids of handled updates are kept (Telegram redelivers for at most a day), and
/// how many are forgotten per step.
const UPDATES_KEPT: chrono::Duration = chrono::Duration::days(7);
/// Messages to a group due this much later join a digest going out now (issue 12).
const DIGEST_WINDOW: chrono::Duration = chrono::Duration::minutes(5);
const PRUNE_PAGE: u32 = 1000;
const PRUNE_EVERY: chrono::Duration = chrono::Duration::hours(1);

/// Renders a due reminder from current data, and the notice to staff when a chat is gone.
/// `App` implements it; tests plug in their own.
pub trait Compose: Send + Sync {
    fn compose(&self, r: &DueReminder) -> impl Future<Output = anyhow::Result<Composed>> + Send;
    /// Tell the case's staff that `r.chat` cannot be reached anymore (never to that chat).
    fn unreachable(
        &self,
        r: &DueReminder,
    ) -> impl Future<Output = anyhow::Result<Vec<Outgoing>>> + Send;
    /// Once an hour: questions that depend on the date rather than on a row (e.g. "close this
    /// case?", issue 12), written to the outbox as notices. How many were written.
    fn hourly(&self, _now: DateTime<Utc>) -> impl Future<Output = anyhow::Result<u64>> + Send {
        async { Ok(0) }
    }
}

impl Compose for App {
    async fn compose(&self, r: &DueReminder) -> anyhow::Result<Composed> {
        if r.kind == crate::domain::ReminderKind::Notice {
            // Only reads its own row: no write transaction needed.
            let mut conn = self.pool.acquire().await.context("composing: connection")?;
            return self.compose_reminder(&mut conn, r).await;
        }
        let mut tx = crate::store::begin(&self.pool)
            .await
            .context("composing: begin")?;
        let composed = self.compose_reminder(&mut tx, r).await?;
        tx.commit().await.context("composing: commit")?;
        Ok(composed)
    }

    async fn unreachable(&self, r: &DueReminder) -> anyhow::Result<Vec<Outgoing>> {
        let mut conn = self
            .pool
            .acquire()
            .await
            .context("unreachable: connection")?;
        self.chat_unreachable_notices(&mut conn, r).await
    }

    async fn hourly(&self, now: DateTime<Utc>) -> anyhow::Result<u64> {
        let suggested = self.suggest_closing(now).await?;
        self.retention_sweep(now).await?;
        Ok(suggested)
    }
}

impl<T: Compose> Compose for Arc<T> {
    fn compose(&self, r: &DueReminder) -> impl Future<Output = anyhow::Result<Composed>> + Send {
        (**self).compose(r)
    }
    fn unreachable(
        &self,
        r: &DueReminder,
    ) -> impl Future<Output = anyhow::Result<Vec<Outgoing>>> + Send {
        (**self).unreachable(r)
    }
    fn hourly(&self, now: DateTime<Utc>) -> impl Future<Output = anyhow::Result<u64>> + Send {
        (**self).hourly(now)
    }
}

/// What one step did, by reminder id.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Report {
    pub sent: Vec<i64>,
    /// No longer applies, with the reason code.
    pub dropped: Vec<(i64, String)>,
    /// A send failed in passing (429, 5xx, network): back to pending for a later attempt.
    pub retried: Vec<i64>,
    /// Held back by a rate limit: back to pending for the second its chat is free.
    pub deferred: Vec<i64>,
    /// Will not be sent (chat unreachable, too many attempts), with the reason code.
    pub failed: Vec<(i64, String)>,
    /// Pending rows to a chat found unreachable, cancelled.
    pub cancelled: u64,
    /// Claims taken back after their lease ran out.
    pub reclaimed: u64,
    /// Rows fitted around the quiet hours.
    pub planned: usize,
    /// Ids of handled updates older than a week, forgotten.
    pub pruned: u64,
    /// Questions of the hourly pass written to the outbox ("close this case?").
    pub suggested: u64,
    /// Database or composing errors; the rows involved stay in the outbox.
    pub errors: Vec<String>,
}

impl Report {
    pub fn is_idle(&self) -> bool {
        *self == Report::default()
    }
}

/// The worker: the database, a composer, a messenger, the settings and the rate limiter.
pub struct Worker<C, M> {
    pool: SqlitePool,
    composer: C,
    messenger: M,
    settings: Settings,
    limiter: Mutex<RateLimiter>,
    /// When old update ids were last forgotten (unix seconds): once an hour is enough, not
    /// every step.
    pruned_at: Mutex<Option<i64>>,
}

impl<C: Compose, M: Messenger> Worker<C, M> {
    pub fn new(pool: SqlitePool, composer: C, messenger: M, settings: Settings) -> Self {
        Worker {
            pool,
            composer,
            messenger,
            settings,
            limiter: Mutex::new(RateLimiter::default()),
            pruned_at: Mutex::new(None),
        }
    }

    pub fn messenger(&self) -> &M {
        &self.messenger
    }

    /// Whether an hour has passed since old update ids were last forgotten (and now counts as
    /// the last time).
    fn prune_due(&self, now: DateTime<Utc>) -> bool {
        let mut last = self.pruned_at.lock().unwrap_or_else(|p| p.into_inner());
        let due = last.is_none_or(|at| now.timestamp() - at >= PRUNE_EVERY.num_seconds());
        if due {
            *last = Some(now.timestamp());
        }
        due
    }

    fn limiter(&self) -> MutexGuard<'_, RateLimiter> {
        self.limiter.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// One step at `now`: take back stale claims, plan, claim a page, send, record.
    pub async fn run_once(&self, now: DateTime<Utc>) -> Report {
        let mut report = Report::default();
        if let Err(e) = self.prepare(now, &mut report).await {
            report.errors.push(format!("{e:#}"));
        }
        let budget = self
            .limiter()
            .budget(now.timestamp())
            .min(self.settings.page);
        if budget == 0 {
            return report;
        }
        let claimed = match self.claim(now, budget).await {
            Ok(rows) => rows,
            Err(e) => {
                report.errors.push(format!("{e:#}"));
                return report;
            }
        };
        // What the same groups would get in the next few minutes joins them (a digest); what
        // does not fit into one goes back to its own time.
        let mut groups: Vec<i64> = claimed
            .iter()
            .map(|r| r.chat_id)
            .filter(|c| *c < 0)
            .collect();
        groups.sort_unstable();
        groups.dedup();
        let room = budget.saturating_sub(u32::try_from(claimed.len()).unwrap_or(u32::MAX));
        let soon = if groups.is_empty() || room == 0 {
            Vec::new()
        } else {
            let until = now + DIGEST_WINDOW;
            match self.pool.acquire().await {
                Ok(mut conn) => {
                    store::outbox::claim_soon_for_groups(&mut conn, &groups, now, until, room)
                        .await
                        .unwrap_or_else(|e| {
                            report.errors.push(format!("claiming for a digest: {e}"));
                            Vec::new()
                        })
                }
                Err(e) => {
                    report.errors.push(format!("claiming for a digest: {e}"));
                    Vec::new()
                }
            }
        };
        let mut ready = Vec::with_capacity(claimed.len() + soon.len());
        for (row, early) in claimed
            .into_iter()
            .map(|r| (r, false))
            .chain(soon.into_iter().map(|r| (r, true)))
        {
            if let Some(r) = self.compose_row(row, early, now, &mut report).await {
                ready.push(r);
            }
        }
        self.send_all(ready, true, now, &mut report).await;
        report
    }

    /// Sends the notices an update has just committed, at once. Their rows are claimed first,
    /// so a step running meanwhile cannot send them too; a notice that fails (a 429, a network
    /// error) goes back to the outbox for a later step, exactly as a reminder would.
    pub async fn deliver_now(&self, queued: &[Queued], now: DateTime<Utc>) -> Report {
        let mut report = Report::default();
        if queued.is_empty() {
            return report;
        }
        let ids: Vec<i64> = queued.iter().map(|q| q.id).collect();
        let claimed = match self.pool.acquire().await {
            Ok(mut conn) => store::outbox::claim_ids(&mut conn, &ids, now).await,
            Err(e) => Err(e),
        };
        let claimed = match claimed {
            Ok(rows) => rows,
            Err(e) => {
                report.errors.push(format!("claiming notices: {e}"));
                return report;
            }
        };
        let mut ready = Vec::with_capacity(claimed.len());
        for row in claimed {
            let Some(q) = queued.iter().find(|q| q.id == row.id) else {
                continue;
            };
            let due = step::due_reminder(&row, crate::domain::ReminderKind::Notice, false);
            ready.push(step::Ready {
                row,
                due,
                outs: vec![q.out.clone()],
                early: false,
            });
        }
        self.send_all(ready, false, now, &mut report).await;
        report
    }

    async fn claim(
        &self,
        now: DateTime<Utc>,
        n: u32,
    ) -> anyhow::Result<Vec<store::outbox::Claimed>> {
        let mut conn = self.pool.acquire().await.context("claiming: connection")?;
        store::outbox::claim(&mut conn, now, n)
            .await
            .context("claiming due reminders")
    }

    /// Stale claims back to pending; the next day's new rows fitted around the quiet hours.
    async fn prepare(&self, now: DateTime<Utc>, report: &mut Report) -> anyhow::Result<()> {
        let mut conn = self.pool.acquire().await.context("preparing: connection")?;
        report.reclaimed = store::outbox::reclaim_stale(&mut conn, now - self.settings.lease)
            .await
            .context("taking back stale claims")?;
        if self.prune_due(now) {
            report.pruned = store::updates::prune(&mut conn, now - UPDATES_KEPT, PRUNE_PAGE)
                .await
                .context("forgetting old update ids")?;
            if report.pruned == u64::from(PRUNE_PAGE) {
                // A full page: more are waiting, the next step goes on.
                *self.pruned_at.lock().unwrap_or_else(|p| p.into_inner()) = None;
            }
            drop(conn);
            report.suggested = self
                .composer
                .hourly(now)
                .await
                .context("the hourly questions")?;
        } else {
            drop(conn);
        }
        let mut tx = crate::store::begin(&self.pool)
            .await
            .context("planning: begin")?;
        let rows = store::outbox::unplanned(&mut tx, now + PLAN_AHEAD, PLAN_PAGE)
            .await
            .context("planning: unplanned rows")?;
        for row in &rows {
            let due = step::instant(row.next_attempt_at);
            let about = row.about_at.map(step::instant);
            let at = self.settings.quiet.send_at(due, about, now);
            store::outbox::set_plan(&mut tx, row.id, at)
                .await
                .context("planning a row")?;
        }
        tx.commit().await.context("planning: commit")?;
        report.planned = rows.len();
        Ok(())
    }
}

impl<C, M> Worker<C, M>
where
    C: Compose + 'static,
    M: Messenger + 'static,
{
    /// Runs a step every `poll_every` with the clock's time until `stop` turns true (or the pool
    /// is closed). A step that filled its page runs the next one at once. A stop request waits
    /// for the step in progress to record what it sent, so stopping never causes a resend.
    pub fn spawn(
        self: Arc<Self>,
        clock: Arc<dyn Clock>,
        mut stop: tokio::sync::watch::Receiver<bool>,
    ) -> Option<tokio::task::JoinHandle<()>> {
        let every = self.settings.poll_every?;
        let worker = self;
        Some(tokio::spawn(async move {
            while !*stop.borrow() && !worker.pool.is_closed() {
                let report = worker.run_once(clock.now()).await;
                log(&report);
                if report.sent.len() < worker.settings.page as usize {
                    // Wakes early when asked to stop; a dropped sender also ends the loop.
                    tokio::select! {
                        _ = tokio::time::sleep(every) => {}
                        _ = stop.changed() => {}
                    }
                }
            }
        }))
    }
}

fn log(report: &Report) {
    if !report.errors.is_empty() {
        tracing::warn!(errors = ?report.errors, "reminder step had errors; rows stay in the outbox");
    }
    if !(report.sent.is_empty() && report.dropped.is_empty() && report.failed.is_empty()) {
        tracing::info!(
            sent = ?report.sent,
            dropped = ?report.dropped,
            failed = ?report.failed,
            retried = ?report.retried,
            "reminders"
        );
    }
}
