//! The handover plan (issue 3): the municipality chooses one of the three options, which drafts
//! the five standard items by the date rules of `workflow::plan::rules`; the status holder is
//! asked whether they follow COA's programme; `/plan` shows the plan to any party in their
//! language, `/case` gives staff an overview. The buttons and typed answers are dispatched from
//! here to: `access` (who may), `option` (choosing the option), `agree` (adding agreements),
//! `edit` and `edit_fields` (a new date, owner or wording, or cancelling one), `confirm`
//! (sending round, confirming), `follow` (done, housing date), `long_wait` (does the plan still
//! hold?), `summary` (the HTML document), `view` (how the plan reads) and `remind` (its
//! reminders).
//!
//! ```text
//! Sanne:   /plan                       Bot: Plan GEM-2026-0042: no option yet [Choose option]
//! Sanne:   <taps Choose option>        Bot: 1 fast start … 2 combined … 3 after housing [1] [2] [3]
//! Sanne:   <taps 2>                    Bot: Option 2 chosen. (the draft plan, five items)
//! Amanuel:                             Bot: (in Tigrinya) what option 2 means for you.
//!                                           Will you follow COA's programme? [Yes] [No]
//! ```
//!
//! May use: `app` (App, Ctx), `app/common`, `store`, `workflow`, `domain`, `i18n`.

pub(in crate::app) mod access;
pub(in crate::app) mod agree;
pub(in crate::app) mod confirm;
pub(in crate::app) mod edit;
pub(in crate::app) mod edit_fields;
pub(in crate::app) mod follow;
pub(in crate::app) mod long_wait;
pub(in crate::app) mod option;
pub(in crate::app) mod remind;
pub(in crate::app) mod summary;
pub(in crate::app) mod view;

use anyhow::Context;
use sqlx::SqliteConnection;

use crate::app::Action;
use crate::app::PlanAction;
use crate::app::common::error::{AppResult, OrRefuse, refuse};
use crate::app::common::picker::{Picked, Picker, not_found};
use crate::app::{App, Button, Ctx, Input, Reply, Who};
use crate::domain::CaseId;
use crate::i18n::Msg;
use crate::store::{self, caseload::Scope, cases::Case};
use crate::workflow::plan::PlanDialog;

impl App {
    /// `/plan` (the plan of one case) and `/case` (staff: an overview of followed cases).
    #[tracing::instrument(skip_all)]
    pub(crate) async fn plan_command(
        &self,
        ctx: &Ctx<'_>,
        command: crate::app::Command,
    ) -> AppResult<Reply> {
        let mut conn = self.pool.acquire().await?;
        if command == crate::app::Command::Case {
            if ctx.staff().is_none() {
                return refuse(Msg::new("error-staff-only"));
            }
            let cases = self.followed_cases(&mut conn, ctx).await?;
            return Ok(Reply::one(
                self.case_overview(&mut conn, ctx, &cases).await?,
            ));
        }
        drop(conn);
        match ctx.who {
            Who::Holder(case) => self.show_plan(ctx, case).await,
            Who::Staff(_) => self.plan_picker(ctx, 0).await,
            Who::Stranger => Ok(ctx.say(Msg::new("error-not-on-case"))),
        }
    }

    /// The cases whose plan to show, a page at a time (or the one case, or the typed one).
    /// Only the cases they are on: one they are not on would only be refused.
    #[tracing::instrument(skip_all)]
    pub(crate) async fn plan_picker(&self, ctx: &Ctx<'_>, page: usize) -> AppResult<Reply> {
        // Named as staff know them: their reference and the first name.
        let button = |c: &Case| {
            let label = Msg::new("button-plan-case")
                .code("reference", c.reference.clone())
                .name("name", c.holder_name.clone());
            Button::new(label, Action::Plan(PlanAction::Show(c.id)))
        };
        match self.case_picker(ctx, Picker::Plan, page, button).await? {
            Picked::Nothing => Ok(ctx.say(Msg::new("cases-none"))),
            Picked::One(one) => self.show_plan(ctx, one.id).await,
            Picked::NotFound(typed) => Ok(ctx.say(not_found(typed))),
            Picked::Page(rows) => Ok(Reply::one(
                ctx.in_place(Msg::new("plan-pick-case")).buttons(rows),
            )),
        }
    }

    /// The cases a staff member follows here: the group's case, the group's organisation's
    /// cases, or (in private) the cases they are a member of. A group nobody linked, or linked
    /// to another organisation, is refused (the one access rule, `app/access.rs`).
    async fn followed_cases(
        &self,
        conn: &mut SqliteConnection,
        ctx: &Ctx<'_>,
    ) -> AppResult<Vec<Case>> {
        if ctx.staff().is_none() {
            return Ok(Vec::new());
        }
        if !ctx.inc.chat.is_group() {
            return Ok(store::cases::for_member(conn, ctx.inc.actor.user)
                .await
                .context("store::cases::for_member")?);
        }
        let scope = self.case_list_scope(conn, ctx).await?.or_refuse()?;
        Ok(match scope {
            Scope::Case(case) => store::cases::get(conn, case)
                .await
                .context("store::cases::get")?
                .into_iter()
                .collect(),
            Scope::Org(org) => store::cases::for_org(conn, org)
                .await
                .context("store::cases::for_org")?,
        })
    }

    pub(crate) async fn plan_button(&self, ctx: &Ctx<'_>, action: PlanAction) -> AppResult<Reply> {
        match action {
            PlanAction::Show(case) => self.show_plan(ctx, case).await,
            PlanAction::Options(case) => self.option_picker(ctx, case).await,
            PlanAction::Choose(case, option) => self.choose_option(ctx, case, option).await,
            PlanAction::Programme(case, yes) => self.programme_answer(ctx, case, yes).await,
            PlanAction::Add(case) => self.agreement_kinds(ctx, case).await,
            PlanAction::Kind(case, kind) => self.agreement_kind(ctx, case, kind).await,
            PlanAction::Owner(party) => self.agreement_owner(ctx, party).await,
            PlanAction::DueIn(days) => self.agreement_due_in(ctx, days).await,
            PlanAction::Done(item, version) => self.item_done(ctx, item, version).await,
            PlanAction::Send(case) => self.send_round(ctx, case).await,
            PlanAction::Agree(case, v) => self.agree(ctx, case, v).await,
            PlanAction::Question(case, v) => self.ask_question(ctx, case, v).await,
            PlanAction::Housing(case) => self.ask_housing(ctx, case).await,
            PlanAction::Summary(case) => self.plan_summary(ctx, case).await,
            PlanAction::LongWait(case, a) => self.long_wait_answer(ctx, case, a).await,
            PlanAction::Edit(item, v) => self.edit_item(ctx, item, v).await,
            PlanAction::MoveDue(item, v, days) => self.move_due_in(ctx, item, v, days).await,
            PlanAction::CancelItem(item, v) => self.cancel_item(ctx, item, v).await,
            PlanAction::SetOwner(item, v, owner) => self.set_owner(ctx, item, v, owner).await,
            PlanAction::Reword(item, v) => self.ask_reword(ctx, item, v).await,
        }
    }

    /// The plan of one case, for whoever asks (re-checked).
    #[tracing::instrument(skip_all, fields(case = case.0))]
    async fn show_plan(&self, ctx: &Ctx<'_>, case: CaseId) -> AppResult<Reply> {
        let mut conn = self.pool.acquire().await?;
        let access = self.plan_access(&mut conn, ctx, case).await?;
        let mut out = self
            .plan_message(&mut conn, &access, ctx.inc.chat, ctx.lang)
            .await?;
        if ctx.inc.chat.is_group() {
            out.reply_to = ctx.inc.message_id;
        }
        Ok(Reply::one(out))
    }

    /// Typed text while a plan question waits for it.
    pub(crate) async fn plan_dialog_input(
        &self,
        ctx: &Ctx<'_>,
        state: PlanDialog,
    ) -> AppResult<Reply> {
        let Input::Text(text) = &ctx.inc.input else {
            return refuse(Msg::new("error-expected-text"));
        };
        match state {
            PlanDialog::FreeText { case } => self.agreement_free_text(ctx, case, text).await,
            PlanDialog::Agreement { case, draft } => {
                self.agreement_typed_due(ctx, case, draft, text).await
            }
            PlanDialog::Housing { case } => self.housing_typed(ctx, case, text).await,
            PlanDialog::Question { case, version } => {
                self.question_typed(ctx, case, version, text).await
            }
            PlanDialog::EditDue {
                case,
                item,
                version,
            } => self.edit_typed_due(ctx, case, item, version, text).await,
            PlanDialog::EditText { item, version, .. } => {
                self.edit_typed_text(ctx, item, version, text).await
            }
        }
    }
}
