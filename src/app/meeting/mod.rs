//! Scheduling the driegesprek (issue 4): `/meet` and the buttons (here), proposing slots with
//! the inline calendar, time buttons and the place form (`propose`, typed times and links in
//! `typed`, the interpreter in `interpreter`), each party's answers and confirming a slot
//! (`answer`), "I can't come", moving, cancelling and what happened (`change`), who hears what
//! (`notify`) and the reminders (`reminders`). The conversation state is
//! `workflow::meeting::MeetingDialog`.
//!
//! ```text
//! Sanne:  /meet                          Bot: UTR-7 (Amal): pick days  <calendar>
//! Sanne:  <taps 14>, <taps 10:00>, …     Bot: 2 times. Where? [At the azc] [Town hall] [Video]
//! Sanne:  <taps Town hall>, <No interpreter>
//! Bot → Amal (Arabic), Joost:           When can you come? Tue 14 Apr 10:00 [✅ can] [❌ cannot]
//! Amal:   <taps can>                     Bot → Sanne: Amal can on Tue 14 Apr 10:00
//! Sanne:  <taps Confirm Tue 14 Apr 10:00>
//! Bot → everyone: The meeting is fixed … (staff get the .ics)
//! ```
//!
//! May use: `app` (App, Ctx), `app/common`, `app/prepare` (the agenda in the notices), `store`,
//! `workflow`, `domain`, `i18n`, `ics`.

pub(in crate::app) mod answer;
pub(in crate::app) mod change;
pub(in crate::app) mod interpreter;
pub(in crate::app) mod notify;
pub(in crate::app) mod propose;
pub(in crate::app) mod reminders;
pub(in crate::app) mod typed;

use anyhow::Context;
use chrono::{Duration, NaiveTime};

use crate::app::Action;
use crate::app::MeetingAction;
use crate::app::common::error::{AppResult, OrStale, ensure, refuse};
use crate::app::common::picker::{Picked, Picker, not_found};
use crate::app::{App, Button, Ctx, Input, Outgoing, Reply};
use crate::domain::{CaseId, Party};
use crate::i18n::Msg;
use crate::store::{self, cases::Case};
use crate::workflow::Dialog;
use crate::workflow::access::Need;
use crate::workflow::meeting::calendar::month_of;
use crate::workflow::meeting::{Draft, MeetingDialog};

pub(in crate::app) fn mbutton(label: Msg, action: MeetingAction) -> Button {
    Button::new(label, Action::Meeting(action))
}

impl App {
    /// Where a meeting's answers board went (the edge tells once it was sent, issue 12). A
    /// failure only costs the next answer a new board instead of an edit.
    pub async fn record_board(&self, out: &Outgoing, message_id: i32) {
        let Some(meeting) = out.board else {
            return;
        };
        let recorded = match self.pool.acquire().await {
            Ok(mut conn) => store::meetings::set_board(&mut conn, meeting, out.chat, message_id)
                .await
                .map_err(anyhow::Error::from),
            Err(e) => Err(e.into()),
        };
        if let Err(e) = recorded {
            tracing::warn!(meeting, chat = out.chat.0, error = %e, "recording a board failed");
        }
    }

    /// `/meet`: staff pick the case (if more than one) and start proposing.
    pub(crate) async fn meeting_command(&self, ctx: &Ctx<'_>) -> AppResult<Reply> {
        self.meeting_picker(ctx, 0).await
    }

    /// The cases to propose times for, a page at a time (or the one case, or the typed one).
    pub(crate) async fn meeting_picker(&self, ctx: &Ctx<'_>, page: usize) -> AppResult<Reply> {
        // In a group only its cases; in a group nobody linked none, and no flow starts.
        let button = |c: &Case| {
            mbutton(
                Msg::new("meeting-button-case")
                    .code("reference", c.reference.clone())
                    .name("name", c.holder_name.clone()),
                MeetingAction::Case(c.id),
            )
        };
        match self.case_picker(ctx, Picker::Meet, page, button).await? {
            Picked::Nothing => Ok(ctx.say(Msg::new("meeting-no-cases"))),
            Picked::One(one) => self.start_proposal(ctx, one.id, None).await,
            Picked::NotFound(typed) => Ok(ctx.say(not_found(typed))),
            Picked::Page(rows) => Ok(Reply::one(
                ctx.in_place(Msg::new("meeting-choose-case")).buttons(rows),
            )),
        }
    }

    /// The case and the actor's party, if they may propose or change its meetings here.
    pub(in crate::app) async fn staff_case(
        &self,
        conn: &mut sqlx::SqliteConnection,
        ctx: &Ctx<'_>,
        case: CaseId,
    ) -> AppResult<(Case, Party)> {
        let a = self.allowed(conn, ctx, case, Need::Meeting).await?;
        Ok((a.case, a.party))
    }

    /// A meeting staff may change here: it exists (else the button is stale) and the actor may
    /// change the meetings of its case (the one access rule).
    pub(in crate::app) async fn staff_meeting(
        &self,
        conn: &mut sqlx::SqliteConnection,
        ctx: &Ctx<'_>,
        id: i64,
    ) -> AppResult<store::meetings::Meeting> {
        let m = store::meetings::get(conn, id)
            .await
            .context("loading the meeting")?
            .or_stale()?;
        crate::app::meeting::answer::about(&m);
        self.staff_case(conn, ctx, m.case).await?;
        Ok(m)
    }

    /// Starts the calendar for a new round (or for moving `moving`).
    #[tracing::instrument(skip_all, fields(case = case.0, meeting = moving))]
    pub(in crate::app) async fn start_proposal(
        &self,
        ctx: &Ctx<'_>,
        case: CaseId,
        moving: Option<i64>,
    ) -> AppResult<Reply> {
        let mut conn = self.pool.acquire().await?;
        self.staff_case(&mut conn, ctx, case).await?;
        let members = store::cases::members(&mut conn, case)
            .await
            .context("loading the case's members")?;
        let all_there = [Party::Gemeente, Party::Coa, Party::Holder]
            .iter()
            .all(|p| members.iter().any(|m| m.party == *p));
        ensure(all_there, Msg::new("meeting-parties-missing"))?;
        let draft = Draft {
            case,
            moving,
            slots: Vec::new(),
            month: month_of(self.clock.today()),
            day: None,
            place: None,
            link: None,
        };
        self.save_draft(&mut conn, ctx, MeetingDialog::Picking(draft.clone()))
            .await?;
        let mut reply = Reply::one(self.calendar(ctx, &draft, None));
        reply.clear_keyboard = matches!(ctx.inc.input, Input::Button(_));
        Ok(reply)
    }

    pub(in crate::app) async fn save_draft(
        &self,
        conn: &mut sqlx::SqliteConnection,
        ctx: &Ctx<'_>,
        dialog: MeetingDialog,
    ) -> anyhow::Result<()> {
        let d = Dialog::Meeting(dialog);
        self.set_dialog(conn, ctx, &d).await
    }

    pub(crate) async fn meeting_button(
        &self,
        ctx: &Ctx<'_>,
        action: MeetingAction,
    ) -> AppResult<Reply> {
        use crate::app::MeetingAction as A;
        match action {
            A::Case(case) => self.start_proposal(ctx, case, None).await,
            A::Noop => Ok(Reply::default()),
            A::Answer {
                slot,
                party,
                answer,
            } => self.answer_slot(ctx, slot, party, answer).await,
            A::Confirm(slot) => self.confirm_slot(ctx, slot).await,
            A::CantCome(m) => self.cant_come(ctx, m).await,
            A::Reason(m, r) => self.cant_come_reason(ctx, m, r).await,
            A::Move(m) => self.move_meeting(ctx, m).await,
            A::Cancel(m) => self.cancel_meeting(ctx, m).await,
            A::Booked(m) => self.interpreter_booked(ctx, m).await,
            A::Outcome(m, o) => self.meeting_outcome(ctx, m, o).await,
            _ => self.draft_button(ctx, action).await,
        }
    }

    /// A button of the proposal form: only for the person whose draft it is, in this chat.
    #[tracing::instrument(skip_all, fields(case = tracing::field::Empty))]
    async fn draft_button(&self, ctx: &Ctx<'_>, action: MeetingAction) -> AppResult<Reply> {
        let mut conn = self.pool.acquire().await?;
        let dialog = store::dialogs::get(&mut conn, ctx.inc.chat, ctx.inc.actor.user)
            .await
            .context("loading the draft")?;
        let Some(Dialog::Meeting(dialog)) = dialog else {
            return refuse(Msg::new("error-button-stale"));
        };
        tracing::Span::current().record("case", dialog.draft().case.0);
        self.staff_case(&mut conn, ctx, dialog.draft().case).await?;
        drop(conn);
        let mut draft = dialog.draft().clone();
        let today = self.clock.today();
        use crate::app::MeetingAction as A;
        match action {
            A::PrevMonth | A::NextMonth => {
                let to = if action == A::PrevMonth {
                    crate::workflow::meeting::calendar::prev(draft.month, today)
                } else {
                    crate::workflow::meeting::calendar::next(draft.month, today)
                };
                let Some(month) = to else {
                    return refuse(Msg::new("meeting-calendar-limit"));
                };
                draft.month = month;
                draft.day = None;
                self.keep(ctx, MeetingDialog::Picking(draft.clone()))
                    .await?;
                Ok(Reply::one(self.calendar(ctx, &draft, ctx.inc.message_id)))
            }
            A::Day(day) => {
                let picking = matches!(dialog, MeetingDialog::Picking(_));
                ensure(
                    month_of(day) == draft.month && picking,
                    Msg::new("meeting-calendar-stale"),
                )?;
                ensure(day >= today, Msg::new("meeting-day-past"))?;
                draft.day = Some(day);
                self.keep(ctx, MeetingDialog::Picking(draft.clone()))
                    .await?;
                Ok(Reply::one(self.time_question(ctx, day)).answered())
            }
            A::Time(minutes) => {
                let time = NaiveTime::MIN + Duration::minutes(i64::from(minutes));
                self.pick_time(ctx, draft, time).await
            }
            A::TypeTime => {
                ensure(draft.day.is_some(), Msg::new("meeting-calendar-stale"))?;
                self.keep(ctx, MeetingDialog::TypeTime(draft)).await?;
                Ok(Reply::one(self.typed_question(ctx, "meeting-ask-time")).answered())
            }
            A::SlotsDone => self.slots_done(ctx, draft).await,
            A::Place(place) => self.pick_place(ctx, draft, place).await,
            A::Interpreter(yes) => self.propose(ctx, draft, yes, None).await,
            A::InterpreterOther => self.interpreter_languages(ctx, &draft),
            A::InterpreterIn(lang) => self.propose(ctx, draft, true, Some(lang)).await,
            A::Abort => {
                let mut conn = self.pool.acquire().await?;
                store::dialogs::clear(&mut conn, ctx.inc.chat, ctx.inc.actor.user).await?;
                Ok(Reply::one(ctx.out(Msg::new("meeting-stopped"))).answered())
            }
            _ => refuse(Msg::new("error-button-stale")),
        }
    }

    pub(in crate::app) async fn keep(
        &self,
        ctx: &Ctx<'_>,
        dialog: MeetingDialog,
    ) -> anyhow::Result<()> {
        let mut conn = self.pool.acquire().await?;
        self.save_draft(&mut conn, ctx, dialog).await
    }

    pub(in crate::app) fn typed_question(&self, ctx: &Ctx<'_>, id: &'static str) -> Outgoing {
        let mut out = ctx.out(Msg::new(id));
        out.force_reply = ctx.inc.chat.is_group();
        out
    }
}

impl Reply {
    pub(crate) fn with(mut self, out: Outgoing) -> Self {
        self.messages.push(out);
        self
    }
}
