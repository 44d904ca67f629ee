//! Sending the plan round and confirming it (issue 3): each party gets the whole plan in their
//! language with "I agree" / "I have a question" for that version; a change after sending asks
//! again; a confirmation of an older version is refused; a question reaches staff and groups.

use anyhow::Context;
use sqlx::SqliteConnection;

use crate::app::Action;
use crate::app::PlanAction;
use crate::app::common::error::{AppResult, OrStale, refuse};
use crate::app::plan::access::Access;
use crate::app::{App, Button, Ctx, Outgoing, Reply, recipient_lang};
use crate::domain::{CaseId, ChatId, Lang, Party, UserId};
use crate::i18n::Msg;
use crate::store::{self, plan::Event};
use crate::workflow::plan::{PlanDialog, free_text};

impl App {
    /// The municipality sends the plan round: each party gets it in their language with
    /// "I agree" / "I have a question".
    #[tracing::instrument(skip_all, fields(case = case.0))]
    pub(crate) async fn send_round(&self, ctx: &Ctx<'_>, case: CaseId) -> AppResult<Reply> {
        let mut tx = self.begin().await?;
        let access = self.plan_edit_access(&mut tx, ctx, case, true).await?;
        let Some(plan) = store::plan::get(&mut tx, case)
            .await
            .context("store::plan::get")?
        else {
            return refuse(Msg::new("plan-none"));
        };
        store::plan::mark_sent(&mut tx, case, plan.version)
            .await
            .context("store::plan::mark_sent")?;
        let event = Event {
            case,
            item: None,
            actor: Some(ctx.inc.actor.user),
            field: "sent",
            old: None,
            new: Some(plan.version.to_string()),
        };
        store::plan::event(&mut tx, &event, self.clock.now())
            .await
            .context("store::plan::event")?;
        let mut reply = Reply::one(
            ctx.out(
                Msg::new("plan-sent")
                    .code("reference", access.case.reference.clone())
                    .num("version", plan.version),
            ),
        )
        .answered();
        let others = self.plan_to_members(&mut tx, &access, plan.version).await?;
        reply = reply.and(self.split(&mut tx, ctx, case, others).await?);
        tx.commit().await.context("commit")?;
        Ok(reply)
    }

    /// The plan to every member in their own language, with the confirm buttons of `version`.
    pub(crate) async fn plan_to_members(
        &self,
        conn: &mut SqliteConnection,
        access: &Access,
        version: i64,
    ) -> anyhow::Result<Vec<Outgoing>> {
        let mut out = Vec::new();
        for m in store::cases::members(conn, access.case.id)
            .await
            .context("store::cases::members")?
        {
            let default = if m.party.is_staff() {
                Lang::Nl
            } else {
                Lang::En
            };
            let lang = recipient_lang(conn, m.user, default).await?;
            let theirs = Access {
                case: access.case.clone(),
                party: m.party,
            };
            let mut msg = self
                .plan_message(conn, &theirs, ChatId::from(m.user), lang)
                .await?;
            let case = access.case.id;
            msg.buttons = vec![vec![
                Button::new(
                    Msg::new("button-plan-agree"),
                    Action::Plan(PlanAction::Agree(case, version)),
                ),
                Button::new(
                    Msg::new("button-plan-question"),
                    Action::Plan(PlanAction::Question(case, version)),
                ),
            ]];
            out.push(msg);
        }
        Ok(out)
    }

    /// After a change to a plan that was sent round: everyone is asked to confirm again.
    pub(crate) async fn reconfirm(
        &self,
        conn: &mut SqliteConnection,
        access: &Access,
    ) -> anyhow::Result<Vec<Outgoing>> {
        let Some(plan) = store::plan::get(conn, access.case.id)
            .await
            .context("store::plan::get")?
        else {
            return Ok(Vec::new());
        };
        if plan.sent_version.is_none() {
            return Ok(Vec::new());
        }
        store::plan::mark_sent(conn, access.case.id, plan.version)
            .await
            .context("store::plan::mark_sent")?;
        self.plan_to_members(conn, access, plan.version).await
    }

    #[tracing::instrument(skip_all, fields(case = case.0, version = version))]
    pub(crate) async fn agree(
        &self,
        ctx: &Ctx<'_>,
        case: CaseId,
        version: i64,
    ) -> AppResult<Reply> {
        let now = self.clock.now();
        let user = ctx.inc.actor.user;
        let mut tx = self.begin().await?;
        let access = self.plan_access(&mut tx, ctx, case).await?;
        let plan = store::plan::get(&mut tx, case)
            .await
            .context("store::plan::get")?
            .or_stale()?;
        if plan.version != version {
            return refuse(Msg::new("plan-outdated").num("version", plan.version));
        }
        store::plan::confirm(&mut tx, case, user, version, "agree", now)
            .await
            .context("store::plan::confirm")?;
        let event = Event {
            case,
            item: None,
            actor: Some(user),
            field: "confirmed",
            old: None,
            new: Some(version.to_string()),
        };
        store::plan::event(&mut tx, &event, now)
            .await
            .context("store::plan::event")?;
        let mut reply =
            Reply::one(ctx.out(Msg::new("plan-thanks").num("version", version))).answered();
        let who = who_msg(&mut tx, &access, user).await?;
        let msg = Msg::new("plan-confirmed-staff")
            .msg("who", who)
            .code("reference", access.case.reference.clone())
            .num("version", version);
        let others = self.to_case_staff(&mut tx, case, Some(user), msg).await?;
        reply = reply.and(self.split(&mut tx, ctx, case, others).await?);
        tx.commit().await.context("commit")?;
        Ok(reply)
    }

    #[tracing::instrument(skip_all, fields(case = case.0, version = version))]
    pub(crate) async fn ask_question(
        &self,
        ctx: &Ctx<'_>,
        case: CaseId,
        version: i64,
    ) -> AppResult<Reply> {
        let mut conn = self.pool.acquire().await?;
        self.plan_access(&mut conn, ctx, case).await?;
        self.put_dialog(&mut conn, ctx, PlanDialog::Question { case, version })
            .await?;
        Ok(self.typed(ctx, Msg::new("plan-ask-question")))
    }

    #[tracing::instrument(skip_all, fields(case = case.0, version = version))]
    pub(crate) async fn question_typed(
        &self,
        ctx: &Ctx<'_>,
        case: CaseId,
        version: i64,
        raw: &str,
    ) -> AppResult<Reply> {
        let Some(text) = free_text(raw) else {
            return refuse(Msg::new("plan-free-bad").num("max", 300));
        };
        let now = self.clock.now();
        let user = ctx.inc.actor.user;
        let mut tx = self.begin().await?;
        let access = self.plan_access(&mut tx, ctx, case).await?;
        store::plan::confirm(&mut tx, case, user, version, "question", now)
            .await
            .context("store::plan::confirm")?;
        let event = Event {
            case,
            item: None,
            actor: Some(user),
            field: "question",
            old: None,
            new: Some(text.clone()),
        };
        store::plan::event(&mut tx, &event, now)
            .await
            .context("store::plan::event")?;
        store::dialogs::clear(&mut tx, ctx.inc.chat, user)
            .await
            .context("store::dialogs::clear")?;
        let who = who_msg(&mut tx, &access, user).await?;
        let msg = Msg::new("plan-question-staff")
            .msg("who", who)
            .code("reference", access.case.reference.clone())
            .name("text", text);
        let mut reply = Reply::one(ctx.out(Msg::new("plan-question-sent")));
        let others = self.to_case_staff(&mut tx, case, Some(user), msg).await?;
        reply = reply.and(self.split(&mut tx, ctx, case, others).await?);
        tx.commit().await.context("commit")?;
        Ok(reply)
    }
}

/// Who did something, for staff: a staff member by name and party, or the status holder.
pub(crate) async fn who_msg(
    conn: &mut SqliteConnection,
    access: &Access,
    user: UserId,
) -> anyhow::Result<Msg> {
    if access.party == Party::Holder {
        return Ok(Msg::new("plan-who-holder").name("name", access.case.holder_name.clone()));
    }
    let name = store::staff::by_user(conn, user)
        .await
        .context("store::staff::by_user")?
        .map(|s| s.name)
        .unwrap_or_default();
    Ok(Msg::new("plan-who-staff")
        .name("name", name)
        .code("party", access.party.as_str()))
}
