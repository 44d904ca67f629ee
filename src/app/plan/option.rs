//! Choosing the option (issue 3): the municipality picks one of the three options, which drafts
//! the five standard items by the date rules of `workflow::plan::rules`; the status holder is told
//! what it means in their language and, for options 2 and 3, asked about COA's programme.

use anyhow::Context;
use sqlx::SqliteConnection;

use crate::app::Action;
use crate::app::PlanAction;
use crate::app::common::error::{AppResult, OrStale, ensure, refuse};
use crate::app::plan::access::holder_of;
use crate::app::{App, Button, Ctx, Outgoing, Reply, recipient_lang};
use crate::domain::{CaseId, ChatId, HandoverOption, Lang, Party};
use crate::i18n::Msg;
use crate::store::{self, cases::Case, plan::Programme};
use crate::workflow::plan::ItemKind;
use crate::workflow::plan::rules::draft;

impl App {
    /// The three options with a one-line explanation each (municipality staff).
    #[tracing::instrument(skip_all, fields(case = case.0))]
    pub(crate) async fn option_picker(&self, ctx: &Ctx<'_>, case: CaseId) -> AppResult<Reply> {
        let mut conn = self.pool.acquire().await?;
        let access = self.plan_edit_access(&mut conn, ctx, case, true).await?;
        let rows = HandoverOption::ALL
            .into_iter()
            .map(|o| {
                vec![Button::new(
                    Msg::new("plan-option").code("option", o.as_str()),
                    Action::Plan(PlanAction::Choose(case, o)),
                )]
            })
            .collect();
        let msg = Msg::new("plan-choose-option").code("reference", access.case.reference);
        Ok(Reply::one(ctx.out(msg).buttons(rows)))
    }

    /// Chooses (or changes) the option: drafts the five items, keeps the history, tells the
    /// status holder what it means and asks about COA's programme (options 2 and 3).
    #[tracing::instrument(skip_all, fields(case = case.0))]
    pub(crate) async fn choose_option(
        &self,
        ctx: &Ctx<'_>,
        case: CaseId,
        option: HandoverOption,
    ) -> AppResult<Reply> {
        let now = self.clock.now();
        let user = ctx.inc.actor.user;
        let mut tx = self.begin().await?;
        let access = self.plan_edit_access(&mut tx, ctx, case, true).await?;
        let old = store::plan::get(&mut tx, case)
            .await
            .context("store::plan::get")?;
        if old.as_ref().is_some_and(|p| p.option == option) {
            return refuse(Msg::new("plan-option-unchanged"));
        }
        let programme = match option {
            HandoverOption::FastStart => Programme::WillNot,
            _ => Programme::Asked,
        };
        store::plan::set_option(&mut tx, case, option, programme, now)
            .await
            .context("store::plan::set_option")?;
        let event = store::plan::Event {
            case,
            item: None,
            actor: Some(user),
            field: "option",
            old: old.map(|p| p.option.as_str().to_string()),
            new: Some(option.as_str().to_string()),
        };
        store::plan::event(&mut tx, &event, now)
            .await
            .context("store::plan::event")?;
        let c = &access.case;
        self.redraft(&mut tx, c, option).await?;
        self.touch_long_wait(&mut tx, case, now).await?;
        let mut reply = Reply::default().answered();
        let chosen = Msg::new("plan-option-chosen")
            .code("reference", c.reference.clone())
            .msg(
                "option",
                Msg::new("plan-option").code("option", option.as_str()),
            );
        let mut others = self
            .to_case_staff(&mut tx, case, Some(user), chosen.clone())
            .await?;
        reply.messages.push(ctx.out(chosen));
        reply.messages.push(
            self.plan_message(&mut tx, &access, ctx.inc.chat, ctx.lang)
                .await?,
        );
        others.extend(self.explain_to_holder(&mut tx, case, option).await?);
        others.extend(self.reconfirm(&mut tx, &access).await?);
        reply = reply.and(self.split(&mut tx, ctx, case, others).await?);
        tx.commit().await.context("commit")?;
        tracing::info!(
            case = case.0,
            option = option.as_str(),
            "plan option chosen"
        );
        Ok(reply)
    }

    /// Replaces the standard items by those of `option` (the old ones are cancelled, so the
    /// history keeps them), each with its reminders.
    async fn redraft(
        &self,
        conn: &mut SqliteConnection,
        c: &Case,
        option: HandoverOption,
    ) -> anyhow::Result<()> {
        let now = self.clock.now();
        for id in store::plan::cancel_standard(conn, c.id)
            .await
            .context("store::plan::cancel_standard")?
        {
            self.cancel_item_reminders(conn, id, now).await?;
        }
        for item in draft(option, c.matching, c.housing) {
            let new = store::plan::NewItem {
                kind: ItemKind::Standard(item.kind),
                text: None,
                owner: item.owner,
                due: item.due,
                place: Some(item.place),
            };
            let id = store::plan::insert_item(conn, c.id, &new, now)
                .await
                .context("store::plan::insert_item")?;
            self.schedule_item_reminders(conn, c, id, item.owner, item.due, now)
                .await?;
        }
        Ok(())
    }

    /// The status holder's explanation of the chosen option, in their language; for options 2
    /// and 3 with the question about COA's programme.
    pub(crate) async fn explain_to_holder(
        &self,
        conn: &mut SqliteConnection,
        case: CaseId,
        option: HandoverOption,
    ) -> anyhow::Result<Option<Outgoing>> {
        let Some(holder) = holder_of(conn, case).await? else {
            return Ok(None);
        };
        let lang = recipient_lang(conn, holder, Lang::En).await?;
        let msg = Msg::new("plan-option-holder").code("option", option.as_str());
        let mut out = Outgoing::new(ChatId::from(holder), lang, msg);
        if option != HandoverOption::FastStart {
            out.text = Msg::new("plan-ask-programme").msg("explanation", out.text);
            out.buttons = vec![vec![
                Button::new(
                    Msg::new("button-plan-yes"),
                    Action::Plan(PlanAction::Programme(case, true)),
                ),
                Button::new(
                    Msg::new("button-plan-no"),
                    Action::Plan(PlanAction::Programme(case, false)),
                ),
            ]];
        }
        Ok(Some(out))
    }

    /// The status holder says whether they follow COA's programme; staff are told.
    #[tracing::instrument(skip_all, fields(case = case.0))]
    pub(crate) async fn programme_answer(
        &self,
        ctx: &Ctx<'_>,
        case: CaseId,
        yes: bool,
    ) -> AppResult<Reply> {
        let now = self.clock.now();
        let mut tx = self.begin().await?;
        let access = self.plan_access(&mut tx, ctx, case).await?;
        ensure(access.party == Party::Holder, Msg::new("error-not-on-case"))?;
        let plan = store::plan::get(&mut tx, case)
            .await
            .context("store::plan::get")?
            .or_stale()?;
        if plan.option == HandoverOption::FastStart {
            return refuse(Msg::new("error-button-stale"));
        }
        let answer = if yes {
            Programme::Agrees
        } else {
            Programme::Declines
        };
        store::plan::set_programme(&mut tx, case, answer, now)
            .await
            .context("store::plan::set_programme")?;
        let event = store::plan::Event {
            case,
            item: None,
            actor: Some(ctx.inc.actor.user),
            field: "programme",
            old: Some(plan.programme.as_str().to_string()),
            new: Some(answer.as_str().to_string()),
        };
        store::plan::event(&mut tx, &event, now)
            .await
            .context("store::plan::event")?;
        let value = Msg::new("plan-programme").code("value", answer.as_str());
        let mut reply =
            Reply::one(ctx.out(Msg::new("plan-programme-thanks").msg("value", value.clone())));
        let staff_msg = Msg::new("plan-programme-staff")
            .name("name", access.case.holder_name.clone())
            .code("reference", access.case.reference.clone())
            .msg("value", value);
        let staff = self.to_case_staff(&mut tx, case, None, staff_msg).await?;
        reply.notices = self.queue(&mut tx, case, staff).await?;
        tx.commit().await.context("commit")?;
        Ok(reply.answered())
    }
}
