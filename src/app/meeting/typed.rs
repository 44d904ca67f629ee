//! Scheduling a meeting, typed answers (issue 4): a time typed for the picked day (`14:30`) or
//! the video link, and adding a slot (or moving the meeting) with the warnings the proposer
//! must see. Rules are in `workflow::meeting::slots`.

use chrono::NaiveTime;

use crate::app::common::error::{AppResult, refuse};
use crate::app::{App, Ctx, Input, Reply};
use crate::i18n::Msg;
use crate::workflow::meeting::slots::{SlotProblem, SlotWarning, add_slot, parse_time};
use crate::workflow::meeting::{Draft, MeetingDialog};

impl App {
    /// Typed text during the proposal: a time or a video link.
    #[tracing::instrument(skip_all, fields(case = state.draft().case.0))]
    pub(crate) async fn meeting_dialog_input(
        &self,
        ctx: &Ctx<'_>,
        state: MeetingDialog,
    ) -> AppResult<Reply> {
        let mut conn = self.pool.acquire().await?;
        self.staff_case(&mut conn, ctx, state.draft().case).await?;
        drop(conn);
        let text = match &ctx.inc.input {
            Input::Text(t) => t.clone(),
            _ => return refuse(Msg::new("error-expected-text")),
        };
        match state {
            MeetingDialog::TypeTime(draft) => match parse_time(&text) {
                Some(time) => self.pick_time(ctx, draft, time).await,
                None => Ok(Reply::one(ctx.out(Msg::new("meeting-bad-time")))
                    .with(self.typed_question(ctx, "meeting-ask-time"))),
            },
            MeetingDialog::TypeLink(mut draft) => {
                match crate::workflow::meeting::parse_video_link(&text) {
                    Some(link) => {
                        draft.link = Some(link);
                        self.keep(ctx, MeetingDialog::Picking(draft.clone()))
                            .await?;
                        Ok(self.interpreter_question(ctx, &draft).await?)
                    }
                    None => Ok(Reply::one(ctx.out(Msg::new("meeting-bad-link")))
                        .with(self.typed_question(ctx, "meeting-ask-link"))),
                }
            }
            MeetingDialog::Picking(_) => refuse(Msg::new("error-expected-button")),
        }
    }

    /// A time for the picked day: add the slot (or move the meeting there).
    pub(in crate::app) async fn pick_time(
        &self,
        ctx: &Ctx<'_>,
        mut draft: Draft,
        time: NaiveTime,
    ) -> AppResult<Reply> {
        let Some(day) = draft.day else {
            return refuse(Msg::new("meeting-calendar-stale"));
        };
        let chosen = if draft.moving.is_some() {
            &[][..]
        } else {
            &draft.slots[..]
        };
        let (at, warnings) = match add_slot(chosen, day, time, self.clock.now()) {
            Ok(ok) => ok,
            Err(problem) => return refuse(slot_problem(problem)),
        };
        let mut reply = Reply::default();
        for w in warnings {
            reply.messages.push(ctx.out(slot_warning(w, at)));
        }
        if let Some(meeting) = draft.moving {
            // A refusal to move stays an alert beside the warnings, as it always was.
            let moved = ctx.alert_on_refusal(self.move_to(ctx, draft.case, meeting, at).await)?;
            reply.messages.extend(moved.messages);
            reply.notices.extend(moved.notices);
            reply.notice = moved.notice;
            return Ok(reply.answered());
        }
        draft.slots.push(at);
        draft.slots.sort();
        draft.day = None;
        self.keep(ctx, MeetingDialog::Picking(draft.clone()))
            .await?;
        reply.messages.push(
            ctx.out(
                Msg::new("meeting-slot-added")
                    .num("n", draft.slots.len() as i64)
                    .date_time("at", at),
            ),
        );
        reply.messages.push(self.calendar(ctx, &draft, None));
        Ok(reply.answered())
    }
}

pub(in crate::app) fn slot_problem(p: SlotProblem) -> Msg {
    Msg::new(match p {
        SlotProblem::DoesNotExist => "meeting-slot-gap",
        SlotProblem::InPast => "meeting-slot-past",
        SlotProblem::Duplicate => "meeting-slot-twice",
        SlotProblem::TooMany => "meeting-slot-too-many",
    })
}

fn slot_warning(w: SlotWarning, at: chrono::DateTime<chrono::Utc>) -> Msg {
    match w {
        SlotWarning::Night => Msg::new("meeting-warn-night").date_time("at", at),
        SlotWarning::Sunday => Msg::new("meeting-warn-sunday").date_time("at", at),
        SlotWarning::FirstOfTwo => Msg::new("meeting-warn-first-of-two").date_time("at", at),
    }
}
