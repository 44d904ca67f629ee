//! One claimed row, from claim to record: too old or of an unknown kind → dropped; its chat
//! busy → back for the second the chat is free; composed from current data → sent, dropped with
//! the composer's reason, or (on a failed send) retried, backed off or failed. A chat that is
//! gone gets nothing more, and the case's staff are told.

use std::collections::BTreeMap;
use std::panic::AssertUnwindSafe;

use chrono::{DateTime, Duration, TimeZone, Utc};
use futures_util::FutureExt;

use super::{Compose, Report, Worker, backoff};
use crate::app::{Composed, DueReminder, Messenger, Outgoing, SendError};
use crate::domain::{CaseId, ChatId, ReminderKind};
use crate::i18n::Msg;
use crate::store::outbox::{self, Claimed, End};

/// A stored unix second as an instant.
pub(super) fn instant(secs: i64) -> DateTime<Utc> {
    Utc.timestamp_opt(secs, 0).single().unwrap_or_default()
}

/// A claimed row as the composer sees it.
pub(super) fn due_reminder(row: &Claimed, kind: ReminderKind, late: bool) -> DueReminder {
    DueReminder {
        id: row.id,
        kind,
        case: CaseId(row.case_id),
        subject: row.subject_id,
        chat: ChatId(row.chat_id),
        due_at: instant(row.due_at),
        late,
    }
}

/// A claimed row composed and ready to send.
pub(super) struct Ready {
    pub row: Claimed,
    pub due: DueReminder,
    pub outs: Vec<Outgoing>,
    /// Claimed before it is due, only to join a digest: it goes back to its own time when it
    /// does not.
    pub early: bool,
}

/// At most this many messages in one digest (each names its case in a few lines; Telegram's
/// limit is 4,096 characters, and a longer text is split at the edge anyway).
const DIGEST_MAX: usize = 12;

/// Whether this message can go out as a part of a digest: plain words to a group, nothing to
/// press, edit, reply to or open.
fn digestible(out: &Outgoing) -> bool {
    out.chat.is_group()
        && out.buttons.is_empty()
        && out.attachment.is_none()
        && out.edit.is_none()
        && out.reply_to.is_none()
        && !out.force_reply
        && out.summary.is_none()
        && out.calendar.is_none()
        && out.board.is_none()
}

/// One message for several to one group (issue 12: a quiet group): a count, then each message
/// under the name of its case, a blank line between them.
fn digest(parts: &[&Outgoing]) -> Option<Outgoing> {
    let first = parts.first()?;
    let items = parts
        .iter()
        .map(|o| match &o.case {
            Some(tag) => tag.above(o.text.clone()),
            None => o.text.clone(),
        })
        .collect();
    let count = i64::try_from(parts.len()).unwrap_or(i64::MAX);
    Some(Outgoing::new(
        first.chat,
        first.lang,
        Msg::new("digest")
            .num("count", count)
            .paragraphs("items", items),
    ))
}

impl<C: Compose, M: Messenger> Worker<C, M> {
    /// Sends these composed rows: the plain messages for one group (in one language) that fall
    /// due together and concern more than one case go out as one digest per group (at most
    /// `DIGEST_MAX` each), the rest one by one. Each row is recorded as it would be alone.
    ///
    /// `paced`: the worker's own step checks Telegram's limits again right before each send
    /// (its rows were composed first); an update's notices go out at once, as they always did.
    pub(super) async fn send_all(
        &self,
        ready: Vec<Ready>,
        paced: bool,
        now: DateTime<Utc>,
        report: &mut Report,
    ) {
        let mut groups: BTreeMap<(i64, &'static str), Vec<usize>> = BTreeMap::new();
        for (i, r) in ready.iter().enumerate() {
            if let [out] = r.outs.as_slice()
                && digestible(out)
            {
                groups
                    .entry((out.chat.0, out.lang.id()))
                    .or_default()
                    .push(i);
            }
        }
        let mut together = vec![false; ready.len()];
        // Only where they are about more than one case: several messages about one case (one
        // action's notices) stay as they are, each already named.
        let cases = |idx: &Vec<usize>| {
            let mut refs: Vec<&str> = idx
                .iter()
                .filter_map(|&i| ready.get(i)?.outs.first()?.case.as_ref())
                .map(|t| t.reference.as_str())
                .collect();
            refs.sort_unstable();
            refs.dedup();
            refs.len()
        };
        // And only with something due now: what is early alone waits for its own time.
        let due_now =
            |idx: &Vec<usize>| idx.iter().any(|&i| ready.get(i).is_some_and(|r| !r.early));
        for idx in groups.into_values().filter(|v| cases(v) > 1 && due_now(v)) {
            for chunk in idx.chunks(DIGEST_MAX) {
                let rows: Vec<&Ready> = chunk.iter().filter_map(|&i| ready.get(i)).collect();
                let parts: Vec<&Outgoing> = rows.iter().filter_map(|r| r.outs.first()).collect();
                if let Some(out) = digest(&parts)
                    && (!paced || self.chat_free(&rows, now, report).await)
                {
                    self.deliver_digest(&rows, &out, now, report).await;
                }
                for &i in chunk {
                    if let Some(t) = together.get_mut(i) {
                        *t = true;
                    }
                }
            }
        }
        for (r, _) in ready.iter().zip(together).filter(|(_, t)| !t) {
            if r.early {
                // Not part of a digest after all: back to its own time, untouched.
                self.release(&r.row, instant(r.row.next_attempt_at), false, report)
                    .await;
                continue;
            }
            if !paced || self.chat_free(&[r], now, report).await {
                self.deliver(&r.row, &r.due, &r.outs, now, report).await;
            }
        }
    }

    /// Whether these rows' chat may get a message now (Telegram's limits, `rate`), checked
    /// again right before sending, since the rows of one step were all composed first; if not,
    /// they go back for the second it is free.
    async fn chat_free(&self, rows: &[&Ready], now: DateTime<Utc>, report: &mut Report) -> bool {
        let Some(first) = rows.first() else {
            return false;
        };
        let Err(free) = self.limiter().check(first.row.chat_id, now.timestamp()) else {
            return true;
        };
        for r in rows {
            if self.release(&r.row, instant(free), false, report).await {
                report.deferred.push(r.row.id);
            }
        }
        false
    }

    async fn deliver_digest(
        &self,
        rows: &[&Ready],
        out: &Outgoing,
        now: DateTime<Utc>,
        report: &mut Report,
    ) {
        match self.messenger.send(out).await {
            Ok(_) => {
                self.limiter().record(out.chat.0, now.timestamp());
                let mut conn = match self.pool.acquire().await {
                    Ok(c) => c,
                    Err(e) => return report.errors.push(format!("recording a digest: {e}")),
                };
                for r in rows {
                    match outbox::mark_sent(&mut conn, &r.row, now).await {
                        Ok(true) => report.sent.push(r.row.id),
                        Ok(false) => {
                            tracing::warn!(
                                reminder = r.row.id,
                                "sent, but the claim was taken back"
                            )
                        }
                        Err(e) => report
                            .errors
                            .push(format!("recording {} as sent: {e}", r.row.id)),
                    }
                }
            }
            Err(e) => {
                for (n, r) in rows.iter().enumerate() {
                    match &e {
                        // The group is gone: its staff are told once.
                        SendError::Permanent(_) if n > 0 => {
                            self.end(&r.row, End::Failed, "chat_unreachable", now, report)
                                .await
                        }
                        _ => {
                            self.send_failed(&r.row, &r.due, e.clone(), now, report)
                                .await
                        }
                    }
                }
            }
        }
    }

    /// Checks and composes one claimed row; `None` when it was dropped, released or failed
    /// instead (recorded here).
    pub(super) async fn compose_row(
        &self,
        row: Claimed,
        early: bool,
        now: DateTime<Utc>,
        report: &mut Report,
    ) -> Option<Ready> {
        let Some(kind) = ReminderKind::parse(&row.kind) else {
            self.end(&row, End::Dropped, "unknown_kind", now, report)
                .await;
            return None;
        };
        let due = instant(row.due_at);
        if now - due > self.settings.max_age(kind) {
            self.end(&row, End::Dropped, "too_old", now, report).await;
            return None;
        }
        let busy = self.limiter().check(row.chat_id, now.timestamp());
        if let Err(free) = busy {
            // A row claimed early goes back no sooner than its own time.
            let free = if early {
                free.max(row.next_attempt_at)
            } else {
                free
            };
            if self.release(&row, instant(free), false, report).await {
                report.deferred.push(row.id);
            }
            return None;
        }
        let planned = instant(row.send_at.unwrap_or(row.due_at));
        let r = due_reminder(&row, kind, now - planned > self.settings.late_after);
        // A panic while composing one reminder (a bug for one kind or one case's data) must
        // not stop the worker: that row is retried, then failed, and the others go on.
        let composed = AssertUnwindSafe(self.composer.compose(&r))
            .catch_unwind()
            .await;
        let Ok(composed) = composed else {
            tracing::error!(reminder = row.id, kind = %row.kind, "composing panicked");
            report
                .errors
                .push(format!("composing {}: panicked", row.id));
            self.failed_attempt(&row, "compose_panic", now, report)
                .await;
            return None;
        };
        match composed {
            Ok(Composed::Drop(reason)) => {
                self.end(&row, End::Dropped, reason, now, report).await;
                None
            }
            Ok(Composed::Send(outs)) => Some(Ready {
                row,
                due: r,
                outs,
                early,
            }),
            Err(e) => {
                tracing::warn!(
                    reminder = row.id,
                    error = format!("{e:#}"),
                    "composing failed"
                );
                report.errors.push(format!("composing {}: {e:#}", row.id));
                self.failed_attempt(&row, "compose_error", now, report)
                    .await;
                None
            }
        }
    }

    pub(super) async fn deliver(
        &self,
        row: &Claimed,
        r: &DueReminder,
        outs: &[Outgoing],
        now: DateTime<Utc>,
        report: &mut Report,
    ) {
        let mut boards = Vec::new();
        for out in outs {
            match self.messenger.send(out).await {
                Ok(id) => {
                    self.limiter().record(out.chat.0, now.timestamp());
                    if let (Some(meeting), Some(id)) = (out.board, id) {
                        boards.push((meeting, out.chat, id));
                    }
                }
                Err(e) => return self.send_failed(row, r, e, now, report).await,
            }
        }
        if boards.is_empty() {
            let mut conn = match self.pool.acquire().await {
                Ok(c) => c,
                Err(e) => return report.errors.push(format!("recording {}: {e}", row.id)),
            };
            let sent = outbox::mark_sent(&mut conn, row, now).await;
            return self.recorded(row, sent, report);
        }
        // A board's message id and the row's "sent" in one write transaction (issue 16).
        let mut tx = match crate::store::begin(&self.pool).await {
            Ok(tx) => tx,
            Err(e) => return report.errors.push(format!("recording {}: {e}", row.id)),
        };
        for (meeting, chat, id) in boards {
            if let Err(e) = crate::store::meetings::set_board(&mut tx, meeting, chat, id).await {
                report
                    .errors
                    .push(format!("recording board {meeting}: {e}"));
            }
        }
        let sent = match outbox::mark_sent(&mut tx, row, now).await {
            Ok(marked) => tx.commit().await.map(|()| marked),
            Err(e) => Err(e),
        };
        self.recorded(row, sent, report);
    }

    /// What recording a sent row as sent came to.
    fn recorded(&self, row: &Claimed, sent: sqlx::Result<bool>, report: &mut Report) {
        match sent {
            Ok(true) => report.sent.push(row.id),
            Ok(false) => tracing::warn!(reminder = row.id, "sent, but the claim was taken back"),
            // The duplicate window: sent but not recorded; the lease brings it back.
            Err(e) => report
                .errors
                .push(format!("recording {} as sent: {e}", row.id)),
        }
    }

    async fn send_failed(
        &self,
        row: &Claimed,
        r: &DueReminder,
        err: SendError,
        now: DateTime<Utc>,
        report: &mut Report,
    ) {
        tracing::info!(reminder = row.id, chat = row.chat_id, error = %err, "reminder not delivered");
        match err {
            SendError::RetryAfter(wait) => {
                let wait = Duration::from_std(wait).unwrap_or(Duration::seconds(1));
                let at = now + wait;
                self.limiter().block(row.chat_id, at.timestamp());
                if self.release(row, at, false, report).await {
                    report.retried.push(row.id);
                }
            }
            SendError::Transient(_) => self.failed_attempt(row, "gave_up", now, report).await,
            SendError::Permanent(_) => self.unreachable(row, r, now, report).await,
        }
    }

    /// A passing failure: back off, or give up after the last allowed attempt.
    async fn failed_attempt(
        &self,
        row: &Claimed,
        reason: &str,
        now: DateTime<Utc>,
        report: &mut Report,
    ) {
        let attempts = u32::try_from(row.attempts)
            .unwrap_or(u32::MAX)
            .saturating_add(1);
        if attempts >= self.settings.max_attempts {
            return self.end(row, End::Failed, reason, now, report).await;
        }
        let wait = backoff::delay(
            attempts,
            self.settings.backoff_base,
            self.settings.backoff_cap,
        );
        if self.release(row, now + wait, true, report).await {
            report.retried.push(row.id);
        }
    }

    /// The chat is gone (blocked, deleted, bot removed): fail this row, cancel the chat's
    /// other reminders, and tell the case's staff elsewhere.
    async fn unreachable(
        &self,
        row: &Claimed,
        r: &DueReminder,
        now: DateTime<Utc>,
        report: &mut Report,
    ) {
        self.end(row, End::Failed, "chat_unreachable", now, report)
            .await;
        match self.pool.acquire().await {
            Ok(mut conn) => {
                match outbox::cancel_chat(&mut conn, r.chat, "chat_unreachable", now).await {
                    Ok(n) => report.cancelled += n,
                    Err(e) => report
                        .errors
                        .push(format!("cancelling chat {}: {e}", row.chat_id)),
                }
            }
            Err(e) => report
                .errors
                .push(format!("cancelling chat {}: {e}", row.chat_id)),
        }
        let notices = match self.composer.unreachable(r).await {
            Ok(n) => n,
            Err(e) => {
                return report
                    .errors
                    .push(format!("unreachable notice {}: {e:#}", row.id));
            }
        };
        for out in notices.iter().filter(|o| o.chat != r.chat) {
            match self.messenger.send(out).await {
                Ok(_) => self.limiter().record(out.chat.0, now.timestamp()),
                Err(e) => tracing::warn!(chat = out.chat.0, error = %e, "telling staff failed"),
            }
        }
    }

    async fn end(
        &self,
        row: &Claimed,
        end: End,
        reason: &str,
        now: DateTime<Utc>,
        report: &mut Report,
    ) {
        let result = match self.pool.acquire().await {
            Ok(mut conn) => outbox::mark_end(&mut conn, row, end, reason, now).await,
            Err(e) => Err(e),
        };
        match (result, end) {
            (Ok(true), End::Dropped) => report.dropped.push((row.id, reason.to_string())),
            (Ok(true), End::Failed) => report.failed.push((row.id, reason.to_string())),
            (Ok(false), _) => tracing::warn!(reminder = row.id, "the claim was taken back"),
            (Err(e), _) => report.errors.push(format!("recording {}: {e}", row.id)),
        }
    }

    async fn release(
        &self,
        row: &Claimed,
        at: DateTime<Utc>,
        failed: bool,
        report: &mut Report,
    ) -> bool {
        let result = match self.pool.acquire().await {
            Ok(mut conn) => outbox::release(&mut conn, row, at, failed).await,
            Err(e) => Err(e),
        };
        match result {
            Ok(done) => done,
            Err(e) => {
                report.errors.push(format!("releasing {}: {e}", row.id));
                false
            }
        }
    }
}
