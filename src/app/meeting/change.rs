//! Scheduling a meeting, part 4 (issue 4): after confirmation. Any party can say "I can't
//! come"; staff move or cancel (everyone told, updated `.ics`, reminders cancelled and
//! re-scheduled in the same transaction); the interpreter is marked booked; after the end time
//! the proposer says what happened.

use crate::workflow::meeting_life::{Event, next};
use chrono::{DateTime, Utc};

use crate::app::meeting::propose::party_msg;
use crate::app::{App, Ctx, Outgoing, Reply};
use crate::app::{MeetingAction as A, meeting::mbutton};
use crate::domain::{CaseId, ChatId, Party, ReminderKind};
use crate::i18n::Msg;
use crate::store::{self, meetings::Meeting, meetings::Status};
use crate::workflow::access::Need;
use crate::workflow::meeting::{CantReason, Outcome};
use crate::workflow::meeting_slots::end_of;

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
    ) -> anyhow::Result<Result<(Meeting, Party), Msg>> {
        let Some(m) = store::meetings::get(conn, id).await? else {
            return Ok(Err(Msg::new("error-button-stale")));
        };
        Ok(self
            .access(conn, ctx, m.case, Need::AnswerMeeting)
            .await?
            .map(|a| (m, a.party)))
    }

    pub(in crate::app) async fn cant_come(&self, ctx: &Ctx<'_>, id: i64) -> anyhow::Result<Reply> {
        let mut conn = self.pool.acquire().await?;
        let (m, _) = match self.my_meeting(&mut conn, ctx, id).await? {
            Ok(found) => found,
            Err(refusal) => return Ok(ctx.notice(refusal)),
        };
        if m.status != Status::Confirmed {
            return Ok(ctx.notice(Msg::new("meeting-changed-meanwhile")));
        }
        let rows = CantReason::ALL
            .iter()
            .map(|r| vec![mbutton(reason_msg(*r), A::Reason(id, *r))])
            .collect();
        Ok(Reply::one(
            ctx.out(Msg::new("meeting-ask-reason")).buttons(rows),
        ))
    }

    pub(in crate::app) async fn cant_come_reason(
        &self,
        ctx: &Ctx<'_>,
        id: i64,
        reason: CantReason,
    ) -> anyhow::Result<Reply> {
        let now = self.clock.now();
        let mut tx = self.begin().await?;
        let (m, party) = match self.my_meeting(&mut tx, ctx, id).await? {
            Ok(found) => found,
            Err(refusal) => return Ok(ctx.notice(refusal)),
        };
        let (Status::Confirmed, Some(start)) = (m.status, m.starts_at) else {
            return Ok(ctx.notice(Msg::new("meeting-changed-meanwhile")));
        };
        store::audit(
            &mut tx,
            now,
            Some(ctx.inc.actor.user.0),
            "meeting_cant_come",
            Some(m.case.0),
            Some(m.id),
        )
        .await?;
        // No "don't forget" for this date to the person who cannot come (issue 12).
        let me = ChatId::from(ctx.inc.actor.user);
        let kinds = [ReminderKind::MeetingSoon, ReminderKind::PreparationOpen];
        store::outbox::cancel_to_chat(&mut tx, &kinds, m.id, me, now).await?;
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
        tx.commit().await?;
        Ok(reply)
    }

    /// Staff start picking one new time for a confirmed meeting.
    pub(in crate::app) async fn move_meeting(
        &self,
        ctx: &Ctx<'_>,
        id: i64,
    ) -> anyhow::Result<Reply> {
        let mut conn = self.pool.acquire().await?;
        let m = match self.staff_meeting(&mut conn, ctx, id).await? {
            Ok(m) => m,
            Err(refusal) => return Ok(ctx.notice(refusal)),
        };
        if next(m.status, Event::Move).is_none() {
            return Ok(ctx.notice(Msg::new("meeting-changed-meanwhile")));
        }
        drop(conn);
        self.start_proposal(ctx, m.case, Some(id)).await
    }

    /// Moves the meeting to `at`: SEQUENCE up, reminders follow, everyone told with the .ics.
    pub(in crate::app) async fn move_to(
        &self,
        ctx: &Ctx<'_>,
        case: CaseId,
        id: i64,
        at: DateTime<Utc>,
    ) -> anyhow::Result<Reply> {
        let now = self.clock.now();
        let mut tx = self.begin().await?;
        let Some(old) = store::meetings::get(&mut tx, id).await? else {
            return Ok(ctx.notice(Msg::new("error-button-stale")));
        };
        if old.case != case {
            return Ok(ctx.notice(Msg::new("error-not-on-case")));
        }
        if let Err(refusal) = self.staff_case(&mut tx, ctx, case).await? {
            return Ok(ctx.notice(refusal));
        }
        let due = old.interpreter.map(|_| at - self.policy.interpreter_before);
        if !store::meetings::move_to(&mut tx, id, at, end_of(at), due, now).await? {
            store::dialogs::clear(&mut tx, ctx.inc.chat, ctx.inc.actor.user).await?;
            tx.commit().await?;
            return Ok(ctx.notice(Msg::new("meeting-changed-meanwhile")));
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
        tx.commit().await?;
        tracing::info!(meeting = id, "meeting moved");
        Ok(reply)
    }

    pub(in crate::app) async fn cancel_meeting(
        &self,
        ctx: &Ctx<'_>,
        id: i64,
    ) -> anyhow::Result<Reply> {
        let now = self.clock.now();
        let mut tx = self.begin().await?;
        let m = match self.staff_meeting(&mut tx, ctx, id).await? {
            Ok(m) => m,
            Err(refusal) => return Ok(ctx.notice(refusal)),
        };
        let was_confirmed = m.status == Status::Confirmed;
        if !store::meetings::cancel(&mut tx, id, now).await? {
            return Ok(ctx.notice(Msg::new("meeting-changed-meanwhile")));
        }
        store::meetings::withdraw_slots(&mut tx, id).await?;
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
        tx.commit().await?;
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
            store::outbox::cancel(conn, kind, id, now).await?;
        }
        let actor = Some(ctx.inc.actor.user.0);
        store::audit(conn, now, actor, action, Some(case.0), Some(id)).await?;
        let Some(m) = store::meetings::get(conn, id).await? else {
            anyhow::bail!("meeting vanished");
        };
        Ok(m)
    }

    pub(in crate::app) async fn interpreter_booked(
        &self,
        ctx: &Ctx<'_>,
        id: i64,
    ) -> anyhow::Result<Reply> {
        let now = self.clock.now();
        let mut tx = self.begin().await?;
        let m = match self.staff_meeting(&mut tx, ctx, id).await? {
            Ok(m) => m,
            Err(refusal) => return Ok(ctx.notice(refusal)),
        };
        if !store::meetings::interpreter_booked(&mut tx, id, now).await? {
            return Ok(ctx.notice(Msg::new("meeting-interpreter-already")));
        }
        store::outbox::cancel(&mut tx, ReminderKind::InterpreterNotBooked, id, now).await?;
        let msg = Msg::new("meeting-interpreter-booked")
            .lang("language", m.interpreter.unwrap_or(crate::domain::Lang::Nl));
        let out = self.to_case_staff(&mut tx, m.case, None, msg).await?;
        let reply = Reply {
            notices: self.queue(&mut tx, m.case, out).await?,
            ..Reply::default()
        };
        tx.commit().await?;
        Ok(reply)
    }

    /// The proposer's answer to "what happened?" after the meeting.
    pub(in crate::app) async fn meeting_outcome(
        &self,
        ctx: &Ctx<'_>,
        id: i64,
        outcome: Outcome,
    ) -> anyhow::Result<Reply> {
        let now = self.clock.now();
        let mut tx = self.begin().await?;
        let m = match self.staff_meeting(&mut tx, ctx, id).await? {
            Ok(m) => m,
            Err(refusal) => return Ok(ctx.notice(refusal)),
        };
        let event = match outcome {
            Outcome::Held => Event::Held,
            Outcome::Absent(_) => Event::Absent,
            Outcome::Cancelled => Event::Cancel,
        };
        if next(m.status, event).is_none() {
            return Ok(ctx.notice(Msg::new("meeting-changed-meanwhile")));
        }
        if m.ends_at.is_none_or(|end| end > now) {
            return Ok(ctx.notice(Msg::new("meeting-not-over")));
        }
        let done = match outcome {
            Outcome::Held => store::meetings::finish(&mut tx, id, None, now).await?,
            Outcome::Absent(p) => store::meetings::finish(&mut tx, id, Some(p), now).await?,
            Outcome::Cancelled => store::meetings::cancel(&mut tx, id, now).await?,
        };
        if !done {
            return Ok(ctx.notice(Msg::new("meeting-changed-meanwhile")));
        }
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
        tx.commit().await?;
        Ok(reply)
    }
}

pub(in crate::app) fn reason_msg(r: CantReason) -> Msg {
    Msg::new("meeting-reason").code("reason", r.as_str())
}
