//! Scheduling a meeting, part 2 (issue 4): the calendar and time keyboards, the place and
//! interpreter questions, and saving a proposed round (meeting, slots, "not answered yet"
//! reminders) in one transaction before asking all three parties.

use anyhow::Context;
use chrono::{Datelike, NaiveDate};

use crate::app::common::error::{AppResult, ensure, refuse};
use crate::app::common::words::{place_msg, where_msg};
use crate::app::{App, Button, Ctx, Outgoing, Reply, recipient_lang};
use crate::app::{MeetingAction as A, meeting::mbutton};
use crate::domain::{ChatId, Lang, Party, ReminderKind};
use crate::i18n::Msg;
use crate::store::{self, meetings::NewMeeting, outbox::NewReminder};
use crate::workflow::meeting::calendar::{Cell, grid};
use crate::workflow::meeting::slots::{MAX_SLOTS, MIN_SLOTS};
use crate::workflow::meeting::{Draft, MeetingDialog, Place};

/// The time buttons offered for a picked day (typing another time is always possible).
const TIMES: [u16; 8] = [540, 600, 660, 720, 780, 840, 900, 960];

impl App {
    /// The month calendar; `edit` pages an earlier calendar message in place.
    pub(in crate::app) fn calendar(
        &self,
        ctx: &Ctx<'_>,
        draft: &Draft,
        edit: Option<i32>,
    ) -> Outgoing {
        let today = self.clock.today();
        let mut rows: Vec<Vec<Button>> = vec![vec![
            mbutton(Msg::new("meeting-button-prev"), A::PrevMonth),
            mbutton(Msg::new("meeting-button-next"), A::NextMonth),
        ]];
        // The weekdays above the days, short and in the reader's language (issue 12): any
        // Monday-to-Sunday week will do, the calendar starts on Monday.
        let monday = NaiveDate::from_ymd_opt(2026, 3, 30).unwrap_or(today);
        rows.push(
            monday
                .iter_days()
                .take(7)
                .map(|d| mbutton(Msg::new("meeting-weekday").weekday("day", d), A::Noop))
                .collect(),
        );
        for week in grid(draft.month, today) {
            rows.push(week.iter().map(|cell| day_button(*cell)).collect());
        }
        let mut last = Vec::new();
        if draft.slots.len() >= MIN_SLOTS && draft.moving.is_none() {
            last.push(mbutton(Msg::new("meeting-button-slots-done"), A::SlotsDone));
        }
        last.push(mbutton(Msg::new("button-cancel"), A::Abort));
        rows.push(last);
        let text = if draft.moving.is_some() {
            Msg::new("meeting-pick-day-move").date("month", draft.month)
        } else {
            Msg::new("meeting-pick-day")
                .num("n", draft.slots.len() as i64 + 1)
                .num("max", MAX_SLOTS as i64)
                .date("month", draft.month)
        };
        let mut out = ctx.out(text).buttons(rows);
        out.edit = edit;
        out
    }

    pub(in crate::app) fn time_question(&self, ctx: &Ctx<'_>, day: NaiveDate) -> Outgoing {
        let mut rows: Vec<Vec<Button>> = TIMES
            .chunks(4)
            .map(|chunk| {
                chunk
                    .iter()
                    .map(|m| {
                        let label = format!("{:02}:{:02}", m / 60, m % 60);
                        mbutton(Msg::new("meeting-time").code("time", label), A::Time(*m))
                    })
                    .collect()
            })
            .collect();
        rows.push(vec![
            mbutton(Msg::new("meeting-button-type-time"), A::TypeTime),
            mbutton(Msg::new("button-cancel"), A::Abort),
        ]);
        ctx.out(Msg::new("meeting-pick-time").date("day", day))
            .buttons(rows)
    }

    pub(in crate::app) async fn slots_done(&self, ctx: &Ctx<'_>, draft: Draft) -> AppResult<Reply> {
        ensure(
            draft.slots.len() >= MIN_SLOTS,
            Msg::new("meeting-slot-too-few"),
        )?;
        let rows = Place::ALL
            .iter()
            .map(|p| vec![mbutton(place_msg(*p), A::Place(*p))])
            .chain([vec![mbutton(Msg::new("button-cancel"), A::Abort)]])
            .collect();
        Ok(Reply::one(ctx.out(Msg::new("meeting-ask-place")).buttons(rows)).answered())
    }

    pub(in crate::app) async fn pick_place(
        &self,
        ctx: &Ctx<'_>,
        mut draft: Draft,
        place: Place,
    ) -> AppResult<Reply> {
        ensure(
            draft.slots.len() >= MIN_SLOTS,
            Msg::new("error-button-stale"),
        )?;
        draft.place = Some(place);
        draft.link = None;
        if place == Place::Video {
            self.keep(ctx, MeetingDialog::TypeLink(draft)).await?;
            return Ok(Reply::one(self.typed_question(ctx, "meeting-ask-link")).answered());
        }
        self.keep(ctx, MeetingDialog::Picking(draft.clone()))
            .await?;
        Ok(self.interpreter_question(ctx, &draft).await?.answered())
    }

    pub(in crate::app) async fn holder_lang(
        &self,
        conn: &mut sqlx::SqliteConnection,
        case: crate::domain::CaseId,
    ) -> anyhow::Result<Lang> {
        let members = store::cases::members(conn, case).await?;
        Ok(match members.iter().find(|m| m.party == Party::Holder) {
            Some(h) => recipient_lang(conn, h.user, Lang::En).await?,
            None => Lang::En,
        })
    }

    /// Saves the round and asks every party; the proposer sees the summary.
    #[tracing::instrument(skip_all, fields(case = draft.case.0))]
    pub(in crate::app) async fn propose(
        &self,
        ctx: &Ctx<'_>,
        draft: Draft,
        interpreter: bool,
        chosen: Option<Lang>,
    ) -> AppResult<Reply> {
        let Some(place) = draft.place else {
            return refuse(Msg::new("error-button-stale"));
        };
        let now = self.clock.now();
        let mut tx = self.begin().await.context("beginning the proposal")?;
        let (case, party) = self.staff_case(&mut tx, ctx, draft.case).await?;
        let in_future = draft.slots.iter().all(|s| *s > now);
        ensure(
            draft.slots.len() >= MIN_SLOTS && in_future,
            Msg::new("meeting-slot-past"),
        )?;
        let lang = self.holder_lang(&mut tx, case.id).await?;
        let new = NewMeeting {
            case: case.id,
            proposer: ctx.inc.actor.user,
            proposer_chat: ctx.inc.chat,
            place,
            video_link: draft.link.as_deref(),
            // "Another language" overrides the status holder's own language.
            interpreter: interpreter.then_some(chosen.unwrap_or(lang)),
            interpreter_by: interpreter.then_some(party),
        };
        // A new round replaces a round still waiting for answers: its buttons stop counting.
        let replaced = store::meetings::proposed_for_case(&mut tx, case.id)
            .await
            .context("loading the rounds it replaces")?;
        for old in replaced {
            store::meetings::cancel(&mut tx, old, now).await?;
            store::meetings::withdraw_slots(&mut tx, old).await?;
            store::outbox::cancel(&mut tx, ReminderKind::SlotsUnanswered, old, now).await?;
        }
        let meeting = store::meetings::insert(&mut tx, &new, now)
            .await
            .context("saving the meeting")?;
        for at in &draft.slots {
            store::meetings::add_slot(&mut tx, meeting, *at).await?;
        }
        let mut asks = Vec::new();
        for m in store::cases::members(&mut tx, case.id).await? {
            let chat = ChatId::from(m.user);
            let r = NewReminder {
                kind: ReminderKind::SlotsUnanswered,
                case: case.id,
                subject: Some(meeting),
                chat,
                due_at: now + self.policy.slots_unanswered_after,
            };
            store::outbox::schedule(&mut tx, &r, now).await?;
            asks.push(
                self.slots_request(&mut tx, meeting, m.user, m.party)
                    .await?,
            );
        }
        store::dialogs::clear(&mut tx, ctx.inc.chat, ctx.inc.actor.user).await?;
        store::audit(
            &mut tx,
            now,
            Some(ctx.inc.actor.user.0),
            "meeting_proposed",
            Some(case.id.0),
            Some(meeting),
        )
        .await?;
        let notices = self.queue(&mut tx, case.id, asks).await?;
        // The answer here is the round's board: later answers edit it (issue 12).
        let m = store::meetings::get(&mut tx, meeting)
            .await?
            .with_context(|| format!("meeting {meeting} vanished"))?;
        let mut board = self.board(&mut tx, &m, ctx.lang).await?;
        board.chat = ctx.inc.chat;
        board.reply_to = ctx.out(Msg::new("meeting-proposed")).reply_to;
        tx.commit().await.context("committing the proposal")?;
        tracing::info!(case = case.id.0, meeting, "meeting proposed");
        let mut reply = Reply::one(board);
        reply.notices = notices;
        Ok(reply.answered())
    }

    /// The slots of a meeting with answer buttons, for one person of one party.
    pub(in crate::app) async fn slots_request(
        &self,
        conn: &mut sqlx::SqliteConnection,
        meeting: i64,
        user: crate::domain::UserId,
        party: Party,
    ) -> anyhow::Result<Outgoing> {
        let Some(m) = store::meetings::get(conn, meeting).await? else {
            anyhow::bail!("meeting {meeting} vanished");
        };
        let slots = store::meetings::open_slots(conn, meeting).await?;
        let lang = recipient_lang(
            conn,
            user,
            if party.is_staff() { Lang::Nl } else { Lang::En },
        )
        .await?;
        let answers = store::meetings::answers(conn, meeting).await?;
        Ok(slots_message(&m, &slots, &answers, user, party, lang))
    }
}

/// The slots of a meeting with answer buttons, for one person of one party, from what was read:
/// the open slots and the answers to them.
pub(in crate::app) fn slots_message(
    m: &store::meetings::Meeting,
    slots: &[store::meetings::Slot],
    answers: &[crate::workflow::meeting::answers::SlotAnswers],
    user: crate::domain::UserId,
    party: Party,
    lang: Lang,
) -> Outgoing {
    // What this party answered so far shows after each time (issue 12).
    let lines = slots
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let line = match crate::app::meeting::answer::answer_of(answers, s.id, party) {
                Some(a) => Msg::new("meeting-slot-line-answered").msg(
                    "mark",
                    Msg::new("meeting-board-mark").code("answer", a.as_str()),
                ),
                None => Msg::new("meeting-slot-line"),
            };
            line.num("n", i as i64 + 1).date_time("at", s.starts_at)
        })
        .collect();
    let rows = slots
        .iter()
        .enumerate()
        .map(|(i, s)| {
            [
                crate::workflow::meeting::answers::SlotAnswer::Can,
                crate::workflow::meeting::answers::SlotAnswer::IfNeeded,
                crate::workflow::meeting::answers::SlotAnswer::Cannot,
            ]
            .into_iter()
            .map(|a| {
                mbutton(
                    Msg::new("meeting-answer-button")
                        .code("answer", a.as_str())
                        .num("n", i as i64 + 1),
                    A::Answer {
                        slot: s.id,
                        party,
                        answer: a,
                    },
                )
            })
            .collect()
        })
        .collect();
    let msg = Msg::new("meeting-slots-ask")
        .lines("slots", lines)
        .msg("place", where_msg(m))
        .msg("interpreter", interpreter_msg(m.interpreter));
    Outgoing::new(ChatId::from(user), lang, msg).buttons(rows)
}

fn day_button(cell: Cell) -> Button {
    match cell {
        Cell::Day {
            date,
            enabled: true,
        } => mbutton(
            Msg::new("meeting-day").num("day", i64::from(date.day())),
            A::Day(date),
        ),
        _ => mbutton(Msg::new("meeting-cell-empty"), A::Noop),
    }
}

pub(in crate::app) fn interpreter_msg(lang: Option<Lang>) -> Msg {
    match lang {
        Some(l) => Msg::new("meeting-interpreter-yes").lang("language", l),
        None => Msg::new("meeting-interpreter-no"),
    }
}

pub(in crate::app) fn party_msg(p: Party) -> Msg {
    Msg::new("meeting-party").code("party", p.as_str())
}
