//! Scheduling a meeting, part 4 (issue 4): after confirmation. Any party can say "I can't
//! come"; staff move or cancel (everyone told, updated `.ics`, reminders cancelled and
//! re-scheduled in the same transaction); the interpreter is marked booked; after the end time
//! the proposer says what happened.

use anyhow::Context;
use chrono::{DateTime, Utc};
use tracing::field::Empty;

use crate::app::common::error::{AppResult, OrStale, ensure, refuse};
use crate::app::meeting::answer::about;
use crate::app::meeting::propose::party_msg;
use crate::app::{App, Ctx, Outgoing, Reply};
use crate::app::{MeetingAction as A, meeting::mbutton};
use crate::domain::{CaseId, ChatId, Party, ReminderKind};
use crate::i18n::Msg;
use crate::store::{self, meetings::Meeting, meetings::Status};
use crate::workflow::access::Need;
use crate::workflow::meeting::life::{Event, next};
use crate::workflow::meeting::slots::end_of;
use crate::workflow::meeting::{CantReason, Outcome};

const MEETING_KINDS: [ReminderKind; 4] = [
    ReminderKind::MeetingSoon,
    ReminderKind::InterpreterNotBooked,
    ReminderKind::SlotsUnanswered,
    ReminderKind::PreparationOpen,
];

impl App {
    /// The meeting and the actor's party, if they may answer about it here (any party).
    async fn my_meeting(
        &self,
        conn: &mut sqlx::SqliteConnection,
        ctx: &Ctx<'_>,
        id: i64,
    ) -> AppResult<(Meeting, Party)> {
        let m = store::meetings::get(conn, id)
            .await
            .context("loading the meeting")?
            .or_stale()?;
        about(&m);
        let a = self.allowed(conn, ctx, m.case, Need::AnswerMeeting).await?;
        Ok((m, a.party))
    }

    #[tracing::instrument(skip_all, fields(meeting = Empty, case = Empty))]
    pub(in crate::app) async fn cant_come(&self, ctx: &Ctx<'_>, id: i64) -> AppResult<Reply> {
        let mut conn = self.pool.acquire().await?;
        let (m, _) = self.my_meeting(&mut conn, ctx, id).await?;
        ensure(
            m.status == Status::Confirmed,
            Msg::new("meeting-changed-meanwhile"),
        )?;
        let rows = CantReason::ALL
            .iter()
            .map(|r| vec![mbutton(reason_msg(*r), A::Reason(id, *r))])
            .collect();
        Ok(Reply::one(
            ctx.out(Msg::new("meeting-ask-reason")).buttons(rows),
        ))
    }

    #[tracing::instrument(skip_all, fields(meeting = Empty, case = Empty))]
    pub(in crate::app) async fn cant_come_reason(
        &self,
        ctx: &Ctx<'_>,
        id: i64,
        reason: CantReason,
    ) -> AppResult<Reply> {
        let now = self.clock.now();
        let mut tx = self.begin().await.context("beginning \"I can't come\"")?;
        let (m, party) = self.my_meeting(&mut tx, ctx, id).await?;
        let (Status::Confirmed, Some(start)) = (m.status, m.starts_at) else {
            return refuse(Msg::new("meeting-changed-meanwhile"));
        };
        store::audit(
            &mut tx,
            now,
            Some(ctx.inc.actor.user.0),
            "meeting_cant_come",
            Some(m.case.0),
            Some(m.id),
        )
        .await
        .context("auditing \"I can't come\"")?;
        // No "don't forget" for this date to the person who cannot come (issue 12).
        let me = ChatId::from(ctx.inc.actor.user);
        let kinds = [ReminderKind::MeetingSoon, ReminderKind::PreparationOpen];
        store::outbox::cancel_to_chat(&mut tx, &kinds, m.id, me, now)
            .await
            .context("cancelling their reminders")?;
        let mut out = Vec::new();
        for l in self.listeners(&mut tx, m.case).await? {
            if party == Party::Holder && l.chat == me {
                // The holder's own words: "you", and what happens next.
                let msg = Msg::new("meeting-cant-come-you")
                    .date_time("at", start)
                    .msg("reason", reason_msg(reason));
                out.push(Outgoing::new(l.chat, l.lang, msg));
                continue;
            }
            let msg = Msg::new("meeting-cant-come")
                .msg("party", party_msg(party))
                .msg("reason", reason_msg(reason))
                .date_time("at", start);
            let mut o = Outgoing::new(l.chat, l.lang, msg);
            if l.party.is_some_and(Party::is_staff) {
                o = o.buttons(vec![vec![
                    mbutton(Msg::new("meeting-button-move"), A::Move(m.id)),
                    mbutton(Msg::new("meeting-button-cancel"), A::Cancel(m.id)),
                ]]);
            }
            out.push(o);
        }
        let reply = self.told(&mut tx, m.case, out).await?;
        tx.commit().await.context("committing \"I can't come\"")?;
        Ok(reply)
    }

    /// Staff start picking one new time for a confirmed meeting.
    #[tracing::instrument(skip_all, fields(meeting = id, case = Empty))]
    pub(in crate::app) async fn move_meeting(&self, ctx: &Ctx<'_>, id: i64) -> AppResult<Reply> {
        let mut conn = self.pool.acquire().await?;
        let m = self.staff_meeting(&mut conn, ctx, id).await?;
        ensure(
            next(m.status, Event::Move).is_some(),
            Msg::new("meeting-changed-meanwhile"),
        )?;
        drop(conn);
        self.start_proposal(ctx, m.case, Some(id)).await
    }

    /// Moves the meeting to `at`: SEQUENCE up, reminders follow, everyone told with the .ics.
    #[tracing::instrument(skip_all, fields(case = case.0, meeting = id))]
    pub(in crate::app) async fn move_to(
        &self,
        ctx: &Ctx<'_>,
        case: CaseId,
        id: i64,
        at: DateTime<Utc>,
    ) -> AppResult<Reply> {
        let now = self.clock.now();
        let mut tx = self.begin().await.context("beginning the move")?;
        let old = store::meetings::get(&mut tx, id)
            .await
            .context("loading the meeting")?
            .or_stale()?;
        ensure(old.case == case, Msg::new("error-not-on-case"))?;
        self.staff_case(&mut tx, ctx, case).await?;
        let due = old.interpreter.map(|_| at - self.policy.interpreter_before);
        let moved = store::meetings::move_to(&mut tx, id, at, end_of(at), due, now)
            .await
            .context("moving the meeting")?;
        if !moved {
            // The draft is over either way: that is saved, the move is refused.
            store::dialogs::clear(&mut tx, ctx.inc.chat, ctx.inc.actor.user).await?;
            tx.commit()
                .await
                .context("committing the end of the draft")?;
            return refuse(Msg::new("meeting-changed-meanwhile"));
        }
        let m = self
            .settle_change(&mut tx, ctx, case, id, "meeting_moved", now)
            .await?;
        self.schedule_meeting_reminders(&mut tx, &m).await?;
        store::dialogs::clear(&mut tx, ctx.inc.chat, ctx.inc.actor.user).await?;
        let from = old.starts_at.unwrap_or(at);
        let out = self
            .tell_all(&mut tx, &m, |_| {
                Msg::new("meeting-moved").date_time("from", from)
            })
            .await?;
        let reply = self.told(&mut tx, case, out).await?;
        tx.commit().await.context("committing the move")?;
        tracing::info!(meeting = id, "meeting moved");
        Ok(reply)
    }

    #[tracing::instrument(skip_all, fields(meeting = id, case = Empty))]
    pub(in crate::app) async fn cancel_meeting(&self, ctx: &Ctx<'_>, id: i64) -> AppResult<Reply> {
        let now = self.clock.now();
        let mut tx = self.begin().await.context("beginning the cancellation")?;
        let m = self.staff_meeting(&mut tx, ctx, id).await?;
        let was_confirmed = m.status == Status::Confirmed;
        let cancelled = store::meetings::cancel(&mut tx, id, now)
            .await
            .context("cancelling the meeting")?;
        ensure(cancelled, Msg::new("meeting-changed-meanwhile"))?;
        store::meetings::withdraw_slots(&mut tx, id)
            .await
            .context("withdrawing the slots")?;
        let m = self
            .settle_change(&mut tx, ctx, m.case, id, "meeting_cancelled", now)
            .await?;
        let out = if was_confirmed {
            self.tell_all(&mut tx, &m, |_| Msg::new("meeting-cancelled"))
                .await?
        } else {
            let mut out = Vec::new();
            for l in self.listeners(&mut tx, m.case).await? {
                out.push(Outgoing::new(
                    l.chat,
                    l.lang,
                    Msg::new("meeting-round-cancelled"),
                ));
            }
            out
        };
        let reply = self.told(&mut tx, m.case, out).await?;
        tx.commit().await.context("committing the cancellation")?;
        tracing::info!(meeting = id, "meeting cancelled");
        Ok(reply)
    }

    /// What a move and a cancel share once the meeting row has changed: the meeting's pending
    /// reminders are cancelled, the change is audited, and the meeting is read back as it is
    /// now (for the notices and, after a move, the new reminders).
    async fn settle_change(
        &self,
        conn: &mut sqlx::SqliteConnection,
        ctx: &Ctx<'_>,
        case: CaseId,
        id: i64,
        action: &str,
        now: DateTime<Utc>,
    ) -> anyhow::Result<Meeting> {
        for kind in MEETING_KINDS {
            store::outbox::cancel(conn, kind, id, now)
                .await
                .context("cancelling the meeting's reminders")?;
        }
        let actor = Some(ctx.inc.actor.user.0);
        store::audit(conn, now, actor, action, Some(case.0), Some(id))
            .await
            .context("auditing the change")?;
        store::meetings::get(conn, id)
            .await?
            .context("meeting vanished")
    }

    #[tracing::instrument(skip_all, fields(meeting = id, case = Empty))]
    pub(in crate::app) async fn interpreter_booked(
        &self,
        ctx: &Ctx<'_>,
        id: i64,
    ) -> AppResult<Reply> {
        let now = self.clock.now();
        let mut tx = self.begin().await.context("beginning \"booked\"")?;
        let m = self.staff_meeting(&mut tx, ctx, id).await?;
        let booked = store::meetings::interpreter_booked(&mut tx, id, now)
            .await
            .context("marking the interpreter booked")?;
        ensure(booked, Msg::new("meeting-interpreter-already"))?;
        store::outbox::cancel(&mut tx, ReminderKind::InterpreterNotBooked, id, now)
            .await
            .context("cancelling the booking reminder")?;
        let msg = Msg::new("meeting-interpreter-booked")
            .lang("language", m.interpreter.unwrap_or(crate::domain::Lang::Nl));
        let out = self.to_case_staff(&mut tx, m.case, None, msg).await?;
        let reply = Reply {
            notices: self.queue(&mut tx, m.case, out).await?,
            ..Reply::default()
        };
        tx.commit().await.context("committing \"booked\"")?;
        Ok(reply)
    }

    /// The proposer's answer to "what happened?" after the meeting.
    #[tracing::instrument(skip_all, fields(meeting = id, case = Empty))]
    pub(in crate::app) async fn meeting_outcome(
        &self,
        ctx: &Ctx<'_>,
        id: i64,
        outcome: Outcome,
    ) -> AppResult<Reply> {
        let now = self.clock.now();
        let mut tx = self.begin().await.context("beginning the outcome")?;
        let m = self.staff_meeting(&mut tx, ctx, id).await?;
        let event = match outcome {
            Outcome::Held => Event::Held,
            Outcome::Absent(_) => Event::Absent,
            Outcome::Cancelled => Event::Cancel,
        };
        let changed = Msg::new("meeting-changed-meanwhile");
        ensure(next(m.status, event).is_some(), changed.clone())?;
        ensure(
            m.ends_at.is_some_and(|end| end <= now),
            Msg::new("meeting-not-over"),
        )?;
        let done = match outcome {
            Outcome::Held => store::meetings::finish(&mut tx, id, None, now).await,
            Outcome::Absent(p) => store::meetings::finish(&mut tx, id, Some(p), now).await,
            Outcome::Cancelled => store::meetings::cancel(&mut tx, id, now).await,
        }
        .context("saving the outcome")?;
        ensure(done, changed)?;
        store::audit(
            &mut tx,
            now,
            Some(ctx.inc.actor.user.0),
            "meeting_outcome",
            Some(m.case.0),
            Some(id),
        )
        .await?;
        let mut reply = Reply::default().answered();
        match outcome {
            Outcome::Held => reply.messages.push(ctx.out(Msg::new("meeting-held"))),
            Outcome::Cancelled => reply
                .messages
                .push(ctx.out(Msg::new("meeting-outcome-cancelled"))),
            Outcome::Absent(p) => {
                let mut out = Vec::new();
                for l in self.listeners(&mut tx, m.case).await? {
                    let msg = Msg::new("meeting-absent").msg("party", party_msg(p));
                    let mut o = Outgoing::new(l.chat, l.lang, msg);
                    if l.party.is_some_and(Party::is_staff) || l.party.is_none() {
                        o = o.buttons(vec![vec![mbutton(
                            Msg::new("meeting-button-new-round"),
                            A::Case(m.case),
                        )]]);
                    }
                    out.push(o);
                }
                reply.notices = self.queue(&mut tx, m.case, out).await?;
            }
        }
        tx.commit().await.context("committing the outcome")?;
        Ok(reply)
    }
}

pub(in crate::app) fn reason_msg(r: CantReason) -> Msg {
    Msg::new("meeting-reason").code("reason", r.as_str())
}
