//! Long polling that loses nothing (issue 14). teloxide's own polling tells Telegram an update
//! arrived (the next `getUpdates` offset) as soon as it has queued it, before it is handled, so
//! a process killed in between lost what it had fetched. This listener first writes each batch
//! to the inbox (`store::inbox`, one transaction), and asks for the next batch — which is what
//! confirms this one — only after that. Each handled update is marked by the dispatcher's
//! handler (`Handled::done`) and cleared in the next batch's transaction. At start-up, what was
//! kept but not handled is handed out first, and polling resumes after the newest update kept.
//!
//! After a crash an update can be handled twice, never lost: one whose effect was committed is
//! skipped by its recorded id (`store::updates`); one that only read (a menu) is answered again.
//! When the inbox cannot be written (a full disk, a read-only database) the batch is handed out
//! anyway, as teloxide would, so that each person is told their action was not saved.

use std::collections::VecDeque;
use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use futures_util::stream::BoxStream;
use teloxide::prelude::*;
use teloxide::stop::{StopFlag, StopToken, mk_stop_token};
use teloxide::types::{AllowedUpdate, Update};
use teloxide::update_listeners::{AsUpdateStream, UpdateListener};
use teloxide::{ApiError, RequestError};

use crate::clock::Clock;
use crate::store::{self, SqlitePool};

/// How long one `getUpdates` waits for something to happen (Telegram's long polling).
const POLL_TIMEOUT_SECS: u32 = 10;
/// Telegram keeps an update for at most a day: an older kept id says nothing of the offset.
const OFFSET_MEMORY: chrono::Duration = chrono::Duration::hours(24);

/// The ids of the updates handled since the inbox was last written; shared between the
/// listener and the handler.
#[derive(Clone, Default)]
pub struct Handled(Option<Arc<Mutex<Vec<i64>>>>);

impl Handled {
    /// For a listener without an inbox (the webhook): nothing is kept.
    pub fn none() -> Handled {
        Handled(None)
    }

    /// For the durable long polling.
    pub fn tracking() -> Handled {
        Handled(Some(Arc::default()))
    }

    /// This update has been handled (whatever came of it).
    pub fn done(&self, update_id: i64) {
        if let Some(ids) = &self.0 {
            ids.lock()
                .unwrap_or_else(|p| p.into_inner())
                .push(update_id);
        }
    }

    /// Writes down what was handled since the last batch (at a stop, once nothing is in
    /// progress any more), so that a graceful restart hands out nothing again.
    pub async fn write_down(&self, pool: &SqlitePool, now: chrono::DateTime<chrono::Utc>) {
        let ids = self.take();
        if ids.is_empty() {
            return;
        }
        let written = async {
            let mut conn = pool.acquire().await?;
            store::inbox::keep(&mut conn, &[], &ids, now).await
        };
        if let Err(e) = written.await {
            tracing::warn!(updates = ids.len(), error = %e, "writing down the handled updates failed");
        }
    }

    fn take(&self) -> Vec<i64> {
        match &self.0 {
            Some(ids) => std::mem::take(&mut *ids.lock().unwrap_or_else(|p| p.into_inner())),
            None => Vec::new(),
        }
    }

    fn put_back(&self, mut ids: Vec<i64>) {
        if let Some(shared) = &self.0 {
            let mut now = shared.lock().unwrap_or_else(|p| p.into_inner());
            ids.append(&mut now);
            *now = ids;
        }
    }
}

/// The listener: give it to `Dispatcher::dispatch_with_listener`, and call
/// [`Handled::done`] from the handler for every update it gets.
pub struct DurablePolling {
    bot: Bot,
    pool: SqlitePool,
    clock: Arc<dyn Clock>,
    handled: Handled,
    allowed: Option<Vec<AllowedUpdate>>,
    token: StopToken,
    flag: Option<StopFlag>,
}

impl DurablePolling {
    /// Also removes a webhook left from an earlier start (Telegram refuses `getUpdates` while
    /// one is set), as teloxide's default polling does.
    pub async fn new(
        bot: Bot,
        pool: SqlitePool,
        clock: Arc<dyn Clock>,
        handled: Handled,
    ) -> DurablePolling {
        match bot.get_webhook_info().await {
            Ok(info) if info.url.is_some() => {
                if let Err(e) = bot.delete_webhook().await {
                    tracing::warn!(error = %e, "removing the old webhook failed");
                }
            }
            Ok(_) => {}
            Err(e) => tracing::warn!(error = %e, "asking for the webhook failed"),
        }
        let (token, flag) = mk_stop_token();
        DurablePolling {
            bot,
            pool,
            clock,
            handled,
            allowed: None,
            token,
            flag: Some(flag),
        }
    }
}

impl UpdateListener for DurablePolling {
    type Err = RequestError;

    fn stop_token(&mut self) -> StopToken {
        self.token.clone()
    }

    fn hint_allowed_updates(&mut self, hint: &mut dyn Iterator<Item = AllowedUpdate>) {
        self.allowed = Some(hint.collect());
    }
}

impl<'a> AsUpdateStream<'a> for DurablePolling {
    type StreamErr = RequestError;
    type Stream = BoxStream<'a, Result<Update, RequestError>>;

    fn as_stream(&'a mut self) -> Self::Stream {
        let flag = match self.flag.take() {
            Some(flag) => flag,
            None => {
                // A second stream: the token handed out before stops the first one only.
                let (token, flag) = mk_stop_token();
                self.token = token;
                flag
            }
        };
        let state = Poller {
            bot: self.bot.clone(),
            pool: self.pool.clone(),
            clock: self.clock.clone(),
            handled: self.handled.clone(),
            allowed: self.allowed.clone(),
            flag: Box::pin(flag),
            offset: None,
            buffer: VecDeque::new(),
            resumed: false,
            stopping: false,
            finished: false,
            errors: 0,
            pause: None,
        };
        Box::pin(futures_util::stream::unfold(state, |mut st| async move {
            st.next().await.map(|item| (item, st))
        }))
    }
}

struct Poller {
    bot: Bot,
    pool: SqlitePool,
    clock: Arc<dyn Clock>,
    handled: Handled,
    allowed: Option<Vec<AllowedUpdate>>,
    flag: Pin<Box<StopFlag>>,
    offset: Option<i32>,
    buffer: VecDeque<Update>,
    resumed: bool,
    stopping: bool,
    finished: bool,
    errors: u32,
    pause: Option<Duration>,
}

impl Poller {
    async fn next(&mut self) -> Option<Result<Update, RequestError>> {
        loop {
            if let Some(update) = self.buffer.pop_front() {
                return Some(Ok(update));
            }
            if self.finished {
                return None;
            }
            if !self.resumed {
                self.resumed = true;
                self.resume().await;
                continue;
            }
            if self.stopping {
                self.confirm().await;
                self.finished = true;
                continue;
            }
            if let Some(pause) = self.pause.take() {
                tokio::select! {
                    _ = &mut self.flag => self.stopping = true,
                    _ = tokio::time::sleep(pause) => {}
                }
                continue;
            }
            let mut request = self.bot.get_updates().timeout(POLL_TIMEOUT_SECS);
            if let Some(offset) = self.offset {
                request = request.offset(offset);
            }
            if let Some(allowed) = self.allowed.clone() {
                request = request.allowed_updates(allowed);
            }
            let fetched = tokio::select! {
                _ = &mut self.flag => {
                    self.stopping = true;
                    continue;
                }
                fetched = request.send() => fetched,
            };
            match fetched {
                Ok(updates) => {
                    self.errors = 0;
                    self.keep(updates).await;
                }
                Err(e) => {
                    self.pause = Some(match &e {
                        RequestError::RetryAfter(after) => after.duration(),
                        _ => backoff(self.errors),
                    });
                    self.errors = self.errors.saturating_add(1);
                    if matches!(e, RequestError::Api(ApiError::InvalidToken)) {
                        tracing::error!("Telegram refused the token while polling");
                    }
                    return Some(Err(e));
                }
            }
        }
    }

    /// What the last run kept but did not handle goes first; polling resumes after the newest
    /// update kept (Telegram would otherwise deliver again what was kept and confirmed).
    async fn resume(&mut self) {
        let now = self.clock.now();
        let loaded = async {
            let mut conn = self.pool.acquire().await?;
            let offset = store::inbox::resume_offset(&mut conn, now - OFFSET_MEMORY).await?;
            let waiting = store::inbox::waiting(&mut conn).await?;
            let mut unreadable = Vec::new();
            for (id, body) in waiting {
                match serde_json::from_str::<Update>(&body) {
                    Ok(update) => self.buffer.push_back(update),
                    Err(e) => {
                        tracing::warn!(update_id = id, error = %e, "a kept update could not be read back; dropped");
                        unreadable.push(id);
                    }
                }
            }
            if !unreadable.is_empty() {
                store::inbox::drop_waiting(&mut conn, &unreadable, now).await?;
            }
            Ok::<_, sqlx::Error>(offset)
        };
        match loaded.await {
            Ok(offset) => {
                self.offset = offset.and_then(|o| i32::try_from(o).ok());
                if !self.buffer.is_empty() {
                    tracing::info!(
                        updates = self.buffer.len(),
                        "handling the updates kept before the last stop"
                    );
                }
            }
            Err(e) => tracing::error!(error = %e, "reading the inbox failed; polling without it"),
        }
    }

    /// Writes the batch (and what was handled since) to the inbox, then hands out what is new.
    async fn keep(&mut self, updates: Vec<Update>) {
        let Some(last) = updates.last() else {
            if self.handled_pending() {
                self.write(&[]).await;
            }
            return;
        };
        self.offset = Some(last.id.as_offset());
        let mut rows = Vec::with_capacity(updates.len());
        let mut unkept = Vec::new();
        for u in &updates {
            match serde_json::to_string(u) {
                Ok(body) => rows.push(store::inbox::Fetched {
                    update_id: i64::from(u.id.0),
                    chat_id: u.chat().map_or(0, |c| c.id.0),
                    user_id: u.from().map_or(0, |p| i64::try_from(p.id.0).unwrap_or(0)),
                    body,
                }),
                Err(e) => {
                    tracing::warn!(update_id = u.id.0, error = %e, "an update could not be kept; handled without the inbox");
                    unkept.push(i64::from(u.id.0));
                }
            }
        }
        let fresh = match self.write(&rows).await {
            Some(fresh) => fresh,
            // Not written: handled anyway (not kept, so a kill now would lose it).
            None => rows.iter().map(|r| r.update_id).collect(),
        };
        self.buffer.extend(updates.into_iter().filter(|u| {
            let id = i64::from(u.id.0);
            fresh.contains(&id) || unkept.contains(&id)
        }));
    }

    fn handled_pending(&self) -> bool {
        self.handled
            .0
            .as_ref()
            .is_some_and(|ids| !ids.lock().unwrap_or_else(|p| p.into_inner()).is_empty())
    }

    /// One transaction; `None` (logged) when the database refused it.
    async fn write(&mut self, rows: &[store::inbox::Fetched]) -> Option<Vec<i64>> {
        let handled = self.handled.take();
        let now = self.clock.now();
        let written = async {
            let mut conn = self.pool.acquire().await?;
            store::inbox::keep(&mut conn, rows, &handled, now).await
        };
        match written.await {
            Ok(fresh) => Some(fresh),
            Err(e) => {
                tracing::warn!(updates = rows.len(), error = %e, "the inbox could not be written");
                self.handled.put_back(handled);
                None
            }
        }
    }

    /// A stop: tells Telegram what was kept (so that it is not delivered again) without
    /// taking anything new, and writes down what was handled meanwhile.
    async fn confirm(&mut self) {
        if let Some(offset) = self.offset {
            let confirmed = self
                .bot
                .get_updates()
                .offset(offset)
                .limit(1)
                .timeout(0)
                .await;
            if let Err(e) = confirmed {
                tracing::debug!(error = %e, "confirming the last updates at stop failed");
            }
        }
        if self.handled_pending() {
            self.write(&[]).await;
        }
    }
}

/// 1, 2, 4, … 32 seconds between tries while the Bot API cannot be reached.
fn backoff(errors: u32) -> Duration {
    Duration::from_secs(1u64 << errors.min(5))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_pause_between_tries_grows_to_half_a_minute() {
        let secs: Vec<u64> = (0..8).map(|n| backoff(n).as_secs()).collect();
        assert_eq!(secs, vec![1, 2, 4, 8, 16, 32, 32, 32]);
    }

    #[test]
    fn handled_ids_taken_and_put_back_keep_their_order() {
        let h = Handled::tracking();
        h.done(1);
        h.done(2);
        let taken = h.take();
        assert_eq!(taken, vec![1, 2]);
        h.done(3);
        h.put_back(taken);
        assert_eq!(h.take(), vec![1, 2, 3]);
        Handled::none().done(4);
        assert!(Handled::none().take().is_empty());
    }
}
