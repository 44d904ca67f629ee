//! Preparing the driegesprek (issue 6), the agenda: staff of either organisation reorder the
//! generated agenda of a meeting, add points of their own (kept as typed, shown as not
//! translated) and send it round to all three, each in their language. The agenda also travels
//! with the meeting's confirmation (`meeting/notify.rs`). Every button carries the agenda's
//! version: a press on an older agenda message is refused instead of moving the wrong point.

use anyhow::Context;
use sqlx::SqliteConnection;
use tracing::field::Empty;

use crate::app::AgendaOp;
use crate::app::common::error::{AppError, AppResult, OrRefuse, ensure, refuse};
use crate::app::common::words::agenda_lines;
use crate::app::prepare::agenda_view::{pbutton, points_of, versioned_points, when_msg};
use crate::app::{App, Button, Ctx, Input, Outgoing, Reply};
use crate::app::{PrepareAction, prepare::text_problem};
use crate::domain::TextProblem;
use crate::i18n::Msg;
use crate::store::{self, cases::Case, meetings::Meeting, meetings::Status};
use crate::workflow::Dialog;
use crate::workflow::access::Need;
use crate::workflow::prepare::PrepareDialog;
use crate::workflow::prepare::agenda::{
    Edit, EditProblem, POINT_MAX, POINTS_MAX, Point, apply, point_text,
};

impl AgendaOp {
    fn edit(self) -> Edit {
        match self {
            AgendaOp::Up(i) => Edit::Up(i.into()),
            AgendaOp::Down(i) => Edit::Down(i.into()),
            AgendaOp::Remove(i) => Edit::Remove(i.into()),
        }
    }
}

impl App {
    /// The meeting and its case, if this staff member in this chat may edit its agenda: the
    /// meeting is still to come (proposed or confirmed) and they are on its case.
    async fn agenda_access(
        &self,
        conn: &mut SqliteConnection,
        ctx: &Ctx<'_>,
        meeting: i64,
    ) -> AppResult<(Meeting, Case)> {
        ensure(ctx.staff().is_some(), Msg::new("error-staff-only"))?;
        let Some(m) = store::meetings::get(conn, meeting)
            .await
            .context("store::meetings::get")?
        else {
            return refuse(Msg::new("error-not-on-case"));
        };
        tracing::Span::current().record("case", m.case.0);
        let c = self
            .allowed(conn, ctx, m.case, Need::EditAgenda)
            .await?
            .case;
        ensure(
            matches!(m.status, Status::Proposed | Status::Confirmed),
            Msg::new("prep-agenda-meeting-over"),
        )?;
        Ok((m, c))
    }

    /// The agenda editor: the numbered points with buttons to move them, remove own points,
    /// add one and send the agenda round. Edits the pressed message in place.
    #[tracing::instrument(skip_all, fields(meeting = meeting, case = Empty))]
    pub(in crate::app) async fn agenda_show(
        &self,
        ctx: &Ctx<'_>,
        meeting: i64,
    ) -> AppResult<Reply> {
        let mut conn = self.pool.acquire().await?;
        let (m, c) = self.agenda_access(&mut conn, ctx, meeting).await?;
        let (version, points) = versioned_points(&mut conn, &m).await?;
        let no = store::agenda::meeting_no(&mut conn, m.case)
            .await
            .context("store::agenda::meeting_no")?;
        let items = if points.is_empty() {
            vec![Msg::new("prep-none")]
        } else {
            agenda_lines(&points)
        };
        let text = Msg::new("prep-agenda-editor")
            .num("number", no)
            .code("reference", c.reference.clone())
            .name("name", c.holder_name.clone())
            .msg("when", when_msg(&m))
            .lines("items", items);
        let mut rows = edit_rows(meeting, version, &points);
        rows.push(vec![
            pbutton(
                Msg::new("prep-agenda-add-button"),
                PrepareAction::AgendaAdd(meeting),
            ),
            pbutton(
                Msg::new("prep-agenda-send-button"),
                PrepareAction::AgendaSend(meeting),
            ),
        ]);
        rows.push(vec![pbutton(
            Msg::new("prep-agenda-back-button"),
            PrepareAction::Show(c.id),
        )]);
        let mut out = ctx.out(text).buttons(rows);
        if matches!(ctx.inc.input, Input::Button(_)) {
            out.edit = ctx.inc.message_id;
        }
        Ok(Reply::one(out))
    }

    /// Moves or removes a point, if the pressed button belongs to the agenda as it is now.
    #[tracing::instrument(skip_all, fields(meeting = meeting, version = version, case = Empty))]
    pub(in crate::app) async fn agenda_edit(
        &self,
        ctx: &Ctx<'_>,
        meeting: i64,
        version: i64,
        op: AgendaOp,
    ) -> AppResult<Reply> {
        let mut tx = self.begin().await?;
        let (m, _) = self.agenda_access(&mut tx, ctx, meeting).await?;
        let (current, mut points) = versioned_points(&mut tx, &m).await?;
        ensure(current == version, Msg::new("error-button-stale"))?;
        apply(&mut points, op.edit())
            .map_err(edit_problem)
            .or_refuse()?;
        store::agenda::put(&mut tx, meeting, &points)
            .await
            .context("store::agenda::put")?;
        tx.commit().await.context("commit")?;
        tracing::info!(meeting, staff = ctx.inc.actor.user.0, "agenda edited");
        self.agenda_show(ctx, meeting).await
    }

    /// "➕ Add a point": asks for one line of text (a forced reply in a group).
    #[tracing::instrument(skip_all, fields(meeting = meeting, case = Empty))]
    pub(in crate::app) async fn agenda_ask_point(
        &self,
        ctx: &Ctx<'_>,
        meeting: i64,
    ) -> AppResult<Reply> {
        let mut tx = self.begin().await?;
        self.agenda_access(&mut tx, ctx, meeting).await?;
        let dialog = Dialog::Prepare(PrepareDialog::AgendaPoint { meeting });
        let (chat, user) = (ctx.inc.chat, ctx.inc.actor.user);
        store::dialogs::put(&mut tx, chat, user, &dialog, self.clock.now())
            .await
            .context("store::dialogs::put")?;
        tx.commit().await.context("commit")?;
        Ok(Reply::one(ask_point(ctx)))
    }

    /// The typed point: added at the end, then the editor again; a bad line is explained and
    /// asked again, and changes nothing.
    #[tracing::instrument(skip_all, fields(meeting = meeting, case = Empty))]
    pub(in crate::app) async fn agenda_add_point(
        &self,
        ctx: &Ctx<'_>,
        meeting: i64,
    ) -> AppResult<Reply> {
        let problem = match &ctx.inc.input {
            Input::Text(t) => match point_text(t) {
                Ok(text) => return self.agenda_save_point(ctx, meeting, text).await,
                Err(TextProblem::LooksLikeNationalNumber) => Msg::new("prep-agenda-no-numbers"),
                Err(TextProblem::ControlCharacters) => {
                    Msg::new("plan-free-bad").num("max", POINT_MAX as i64)
                }
                Err(p) => text_problem(p),
            },
            _ => Msg::new("error-expected-text"),
        };
        Ok(Reply {
            messages: vec![ctx.out(problem), ask_point(ctx)],
            ..Reply::default()
        })
    }

    #[tracing::instrument(skip_all, fields(meeting = meeting, case = Empty))]
    async fn agenda_save_point(
        &self,
        ctx: &Ctx<'_>,
        meeting: i64,
        text: String,
    ) -> AppResult<Reply> {
        let mut tx = self.begin().await?;
        store::dialogs::clear(&mut tx, ctx.inc.chat, ctx.inc.actor.user)
            .await
            .context("store::dialogs::clear")?;
        // The question is over either way: that is saved, a refused point is not.
        let m = match self.agenda_access(&mut tx, ctx, meeting).await {
            Ok((m, _)) => m,
            Err(AppError::User(refusal)) => {
                tx.commit().await.context("commit")?;
                return refuse(refusal);
            }
            Err(fault) => return Err(fault),
        };
        let mut points = points_of(&mut tx, &m).await?;
        if let Err(problem) = apply(&mut points, Edit::Add(text)) {
            tx.commit().await.context("commit")?;
            return refuse(edit_problem(problem));
        }
        store::agenda::put(&mut tx, meeting, &points)
            .await
            .context("store::agenda::put")?;
        tx.commit().await.context("commit")?;
        tracing::info!(meeting, staff = ctx.inc.actor.user.0, "agenda point added");
        self.agenda_show(ctx, meeting).await
    }

    /// Sends the agenda as it is now to every member and following group, each in their
    /// language; the sender is told how many chats got it.
    #[tracing::instrument(skip_all, fields(meeting = meeting, case = Empty))]
    pub(in crate::app) async fn agenda_send(
        &self,
        ctx: &Ctx<'_>,
        meeting: i64,
    ) -> AppResult<Reply> {
        let mut tx = self.begin().await?;
        let conn = &mut *tx;
        let (m, _) = self.agenda_access(conn, ctx, meeting).await?;
        let points = points_of(conn, &m).await?;
        ensure(!points.is_empty(), Msg::new("prep-agenda-empty"))?;
        let text = Msg::new("prep-agenda-updated")
            .msg("when", when_msg(&m))
            .lines("items", agenda_lines(&points));
        let listeners = self.listeners(conn, m.case).await?;
        let round: Vec<Outgoing> = listeners
            .iter()
            .filter(|l| l.chat != ctx.inc.chat)
            .map(|l| Outgoing::new(l.chat, l.lang, text.clone()))
            .collect();
        let count = round.len() as i64;
        let mut reply = Reply::one(ctx.out(Msg::new("prep-agenda-sent").num("count", count)));
        reply.notices = self.queue(conn, m.case, round).await?;
        tx.commit().await.context("commit")?;
        tracing::info!(meeting, chats = count, "agenda sent round");
        Ok(reply)
    }
}

/// Per point: ⬆️ (not for the first), ⬇️ (not for the last), ✖️ (own points only).
fn edit_rows(meeting: i64, version: i64, points: &[Point]) -> Vec<Vec<Button>> {
    let last = points.len().saturating_sub(1);
    points
        .iter()
        .enumerate()
        .filter_map(|(i, point)| {
            let at = u8::try_from(i).ok()?;
            let n = i as i64 + 1;
            let mut row = Vec::new();
            let mut push = |id: &'static str, op: AgendaOp| {
                let action = PrepareAction::AgendaEdit(meeting, version, op);
                row.push(pbutton(Msg::new(id).num("n", n), action));
            };
            if i > 0 {
                push("prep-agenda-up-button", AgendaOp::Up(at));
            }
            if i < last {
                push("prep-agenda-down-button", AgendaOp::Down(at));
            }
            if matches!(point, Point::Own(_)) {
                push("prep-agenda-remove-button", AgendaOp::Remove(at));
            }
            (!row.is_empty()).then_some(row)
        })
        .collect()
}

fn ask_point(ctx: &Ctx<'_>) -> Outgoing {
    let mut out = ctx.out(Msg::new("prep-agenda-ask-point").num("max", POINT_MAX as i64));
    out.force_reply = ctx.inc.chat.is_group();
    out
}

fn edit_problem(problem: EditProblem) -> Msg {
    match problem {
        EditProblem::NoSuchPoint | EditProblem::NotOwn => Msg::new("error-button-stale"),
        EditProblem::Full => Msg::new("prep-agenda-full").num("max", POINTS_MAX as i64),
    }
}
