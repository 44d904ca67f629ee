//! Notices to other parties (issue 10): what one person's action tells the others (a meeting
//! fixed, an answer seen, the plan round, "I can't come") is written into the outbox in the
//! transaction of the change, as the message the app described, not as rendered text. After
//! the commit the update's handler sends them at once (`Reply::notices`); whatever that could
//! not deliver (a 429 in a busy group, a network error, a crash in between) the reminder worker
//! sends later, with backoff, and records as sent. Only the direct answer to the person acting
//! is sent straight away without a row.

use sqlx::SqliteConnection;

use crate::app::{App, CaseTag, Composed, DueReminder, Outgoing};
use crate::domain::{CaseId, ChatId, Party};
use crate::store;

/// A notice written to the outbox: its row and its message, to send after the commit.
#[derive(Debug, Clone, PartialEq)]
pub struct Queued {
    pub id: i64,
    pub out: Outgoing,
}

impl App {
    /// Writes these messages about `case` to the outbox, in the caller's transaction.
    pub(in crate::app) async fn queue(
        &self,
        conn: &mut SqliteConnection,
        case: CaseId,
        outs: Vec<Outgoing>,
    ) -> anyhow::Result<Vec<Queued>> {
        let now = self.clock.now();
        let outs = self.tag_for_staff(conn, case, outs).await?;
        let mut queued = Vec::with_capacity(outs.len());
        for out in outs {
            let payload = serde_json::to_string(&out)?;
            let id = store::outbox::notice(conn, case, out.chat, &payload, now).await?;
            queued.push(Queued { id, out });
        }
        Ok(queued)
    }

    /// Writes one message about `case` to the outbox as it is, without the case's name line:
    /// the status holder's last message after their case was erased (issue 14), when they are
    /// no longer on it and `queue` could not tell their chat from a staff member's.
    pub(in crate::app) async fn queue_untagged(
        &self,
        conn: &mut SqliteConnection,
        case: CaseId,
        out: Outgoing,
    ) -> anyhow::Result<Vec<Queued>> {
        let payload = serde_json::to_string(&out)?;
        let id = store::outbox::notice(conn, case, out.chat, &payload, self.clock.now()).await?;
        Ok(vec![Queued { id, out }])
    }

    /// These messages about `case`, each one to staff or a group naming it (issue 12); the
    /// status holder's private chat is left as it is.
    pub(in crate::app) async fn tag_for_staff(
        &self,
        conn: &mut SqliteConnection,
        case: CaseId,
        mut outs: Vec<Outgoing>,
    ) -> anyhow::Result<Vec<Outgoing>> {
        if outs.iter().all(|o| o.case.is_some()) {
            return Ok(outs);
        }
        let Some(c) = store::cases::get(conn, case).await? else {
            return Ok(outs);
        };
        let holders: Vec<ChatId> = store::cases::members(conn, case)
            .await?
            .into_iter()
            .filter(|m| m.party == Party::Holder)
            .map(|m| ChatId::from(m.user))
            .collect();
        let tag = CaseTag {
            reference: c.reference,
            name: c.holder_name,
        };
        for o in outs
            .iter_mut()
            .filter(|o| o.case.is_none() && !holders.contains(&o.chat))
        {
            o.case = Some(tag.clone());
        }
        Ok(outs)
    }

    /// Messages for several parties: those to the chat the person acted in are the direct
    /// answer (`messages`); every other one is a notice, written to the outbox in the caller's
    /// transaction.
    pub(in crate::app) async fn split(
        &self,
        conn: &mut SqliteConnection,
        ctx: &crate::app::Ctx<'_>,
        case: CaseId,
        outs: Vec<Outgoing>,
    ) -> anyhow::Result<crate::app::Reply> {
        let (direct, others): (Vec<_>, Vec<_>) =
            outs.into_iter().partition(|o| o.chat == ctx.inc.chat);
        Ok(crate::app::Reply {
            messages: direct,
            notices: self.queue(conn, case, others).await?,
            ..crate::app::Reply::default()
        })
    }

    /// The answer to a pressed button (its keyboard cleared) with these notices to every party
    /// in the outbox.
    pub(in crate::app) async fn told(
        &self,
        conn: &mut SqliteConnection,
        case: CaseId,
        outs: Vec<Outgoing>,
    ) -> anyhow::Result<crate::app::Reply> {
        let mut reply = crate::app::Reply::default().answered();
        reply.notices = self.queue(conn, case, outs).await?;
        Ok(reply)
    }

    /// A notice the worker found due (not sent right after its commit): the message as
    /// written. Not dropped when the case closed meanwhile: a notice tells what happened.
    pub(in crate::app) async fn compose_notice(
        &self,
        conn: &mut SqliteConnection,
        r: &DueReminder,
    ) -> anyhow::Result<Composed> {
        let Some(payload) = store::outbox::payload(conn, r.id).await? else {
            return Ok(Composed::Drop("notice_empty"));
        };
        match serde_json::from_str::<Outgoing>(&payload) {
            Ok(out) => Ok(Composed::Send(vec![out])),
            Err(e) => {
                tracing::error!(reminder = r.id, error = %e, "a notice's payload is unreadable");
                Ok(Composed::Drop("notice_unreadable"))
            }
        }
    }
}
