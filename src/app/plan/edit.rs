//! Staff changing one agreement (issue 3): a new due date (buttons for common offsets or a
//! typed date, checked like a new agreement), another owner or new words (`edit_fields`),
//! or cancelling it. The version the button was made for is checked, so a concurrent edit is
//! told and nothing is lost; the history entry, the item's reminders and the plan's new version
//! are saved in one transaction; every party is told in their language and a plan already sent
//! round goes round again.
//!
//! ```text
//! Sanne:  <taps ✏️ Brings documents>   Bot: Brings documents, now due 15-04. [in 7 days] … [Cancel]
//! Sanne:  30-04-2026                   Bot (to all): Case GEM-…: Brings documents moved 15-04 → 30-04.
//! ```

use anyhow::Context;
use chrono::{Days, NaiveDate};
use sqlx::SqliteConnection;

use crate::app::Action;
use crate::app::PlanAction;
use crate::app::common::error::{AppResult, OrStale, ensure, refuse};
use crate::app::common::words::{due_msg, item_what};
use crate::app::plan::agree::{DUE_OFFSETS, due_problem};
use crate::app::{App, Button, Ctx, Input, Reply};
use crate::domain::{CaseId, Party};
use crate::i18n::Msg;
use crate::store::{self, plan::Item};
use crate::workflow::plan::rules::{ItemStatus, check_due};
use crate::workflow::plan::{DateProblem, ItemKind, PlanDialog, due_date};

/// What staff do to one agreement.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Change {
    Due(NaiveDate),
    Cancel,
    /// Another party does it from now on (its reminders go to them).
    Owner(Party),
    /// New words for a free-text agreement (already checked by `free_text`).
    Text(String),
}

/// Only staff's further agreements are edited here, and only while planned; the five standard
/// items follow the option's date rules.
pub(crate) fn editable(item: &Item) -> bool {
    item.status == ItemStatus::Planned && !matches!(item.kind, ItemKind::Standard(_))
}

impl App {
    /// The agreement behind an edit button, if this staff member may edit it now: it exists,
    /// they are on its case, it is an open agreement (not one of the five plan items), and the
    /// button saw its current version. Otherwise what to tell them.
    pub(crate) async fn item_to_edit(
        &self,
        conn: &mut SqliteConnection,
        ctx: &Ctx<'_>,
        id: i64,
        seen: i64,
    ) -> AppResult<Item> {
        let item = store::plan::item(conn, id)
            .await
            .context("store::plan::item")?
            .or_stale()?;
        self.plan_edit_access(conn, ctx, item.case, false).await?;
        ensure(editable(&item), Msg::new("error-button-stale"))?;
        ensure(item.version == seen, Msg::new("plan-edit-conflict"))?;
        Ok(item)
    }

    /// Staff tapped ✏️ under an agreement: offer new due dates, a typed date, or cancelling.
    #[tracing::instrument(skip_all, fields(item = id))]
    pub(crate) async fn edit_item(&self, ctx: &Ctx<'_>, id: i64, seen: i64) -> AppResult<Reply> {
        let mut conn = self.pool.acquire().await?;
        let item = self.item_to_edit(&mut conn, ctx, id, seen).await?;
        let dialog = PlanDialog::EditDue {
            case: item.case,
            item: id,
            version: seen,
        };
        self.put_dialog(&mut conn, ctx, dialog).await?;
        let offsets = DUE_OFFSETS
            .into_iter()
            .map(|d| {
                Button::new(
                    Msg::new("button-plan-in-days").num("days", i64::from(d)),
                    Action::Plan(PlanAction::MoveDue(id, seen, d)),
                )
            })
            .collect();
        let mut rows = vec![offsets];
        rows.extend(crate::app::plan::edit_fields::field_rows(&item));
        rows.push(vec![Button::new(
            Msg::new("button-plan-cancel-item"),
            Action::Plan(PlanAction::CancelItem(id, seen)),
        )]);
        let msg = Msg::new("plan-edit-menu")
            .msg("what", item_what(&item))
            .msg("due", due_msg(item.due));
        Ok(Reply::one(ctx.out(msg).buttons(rows)).answered())
    }

    /// A due-date button: that many days from today.
    #[tracing::instrument(skip_all, fields(item = id))]
    pub(crate) async fn move_due_in(
        &self,
        ctx: &Ctx<'_>,
        id: i64,
        seen: i64,
        days: u32,
    ) -> AppResult<Reply> {
        let Some(due) = self
            .clock
            .today()
            .checked_add_days(Days::new(u64::from(days)))
        else {
            return refuse(Msg::new("error-button-stale"));
        };
        self.change_item(ctx, id, seen, Change::Due(due)).await
    }

    #[tracing::instrument(skip_all, fields(item = id))]
    pub(crate) async fn cancel_item(&self, ctx: &Ctx<'_>, id: i64, seen: i64) -> AppResult<Reply> {
        self.change_item(ctx, id, seen, Change::Cancel).await
    }

    /// A typed new due date: the same checks as for a new agreement.
    #[tracing::instrument(skip_all, fields(case = case.0, item = id))]
    pub(crate) async fn edit_typed_due(
        &self,
        ctx: &Ctx<'_>,
        case: CaseId,
        id: i64,
        seen: i64,
        raw: &str,
    ) -> AppResult<Reply> {
        let mut conn = self.pool.acquire().await?;
        let c = store::cases::get(&mut conn, case)
            .await
            .context("store::cases::get")?
            .or_stale()?;
        drop(conn);
        match due_date(raw, c.matching, self.clock.today()) {
            Ok(due) => self.change_item(ctx, id, seen, Change::Due(due)).await,
            Err(p) => {
                let mut r = Reply::one(ctx.out(due_problem(p)));
                r.messages
                    .extend(self.typed(ctx, Msg::new("plan-ask-due")).messages);
                Ok(r)
            }
        }
    }

    /// Saves one change with its history entry and reminders, tells every party, and asks for
    /// confirmation again when the plan was sent round.
    #[tracing::instrument(skip_all, fields(item = id))]
    pub(crate) async fn change_item(
        &self,
        ctx: &Ctx<'_>,
        id: i64,
        seen: i64,
        change: Change,
    ) -> AppResult<Reply> {
        let now = self.clock.now();
        let user = ctx.inc.actor.user;
        let mut tx = self.begin().await?;
        // `say`, not `notice`: a typed date or typed words get a message, a button an alert.
        let item = store::plan::item(&mut tx, id)
            .await
            .context("store::plan::item")?
            .or_stale()?;
        let access = self
            .plan_edit_access(&mut tx, ctx, item.case, false)
            .await?;
        if matches!(item.kind, ItemKind::Standard(_)) {
            return refuse(Msg::new("error-button-stale"));
        }
        let current = item.version == seen && item.status == ItemStatus::Planned;
        if current && crate::app::plan::edit_fields::not_a_change(&item, &change) {
            return refuse(Msg::new("error-button-stale"));
        }
        if let Change::Due(due) = change
            && let Err(p) = check_due(due, access.case.matching, self.clock.today())
        {
            return refuse(due_problem(DateProblem::Due(p)));
        }
        let saved = current
            && match &change {
                Change::Due(due) => store::plan::set_due(&mut tx, id, seen, Some(*due))
                    .await
                    .context("store::plan::set_due")?,
                Change::Cancel => store::plan::set_status(&mut tx, id, seen, ItemStatus::Cancelled)
                    .await
                    .context("store::plan::set_status")?,
                Change::Owner(p) => store::plan::set_owner(&mut tx, id, seen, *p)
                    .await
                    .context("store::plan::set_owner")?,
                Change::Text(t) => store::plan::set_text(&mut tx, id, seen, t)
                    .await
                    .context("store::plan::set_text")?,
            };
        if !saved {
            // Someone else changed it first: their change stays, this one is not made. A typed
            // answer ends its question, so the next line typed is not taken for it again.
            if !matches!(ctx.inc.input, Input::Button(_)) {
                store::dialogs::clear(&mut tx, ctx.inc.chat, user)
                    .await
                    .context("store::dialogs::clear")?;
                tx.commit().await.context("commit")?;
            }
            return refuse(Msg::new("plan-edit-conflict"));
        }
        let msg = self
            .record_change(&mut tx, &access.case, &item, change, user)
            .await?;
        store::plan::bump(&mut tx, item.case, now)
            .await
            .context("store::plan::bump")?;
        self.touch_long_wait(&mut tx, item.case, now).await?;
        store::dialogs::clear(&mut tx, ctx.inc.chat, user)
            .await
            .context("store::dialogs::clear")?;
        let mut outs = self.tell_plan_parties(&mut tx, ctx, item.case, msg).await?;
        outs.extend(self.reconfirm(&mut tx, &access).await?);
        let reply = self.split(&mut tx, ctx, item.case, outs).await?.answered();
        tx.commit().await.context("commit")?;
        tracing::info!(case = item.case.0, item = id, "agreement changed");
        Ok(reply)
    }
}
