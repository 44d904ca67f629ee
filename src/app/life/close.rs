//! Closing and reopening a case, and the list of closed cases.

use crate::app::common::error::{AppResult, OrRefuse, refuse};
use crate::app::life::about;
use crate::app::{Action, App, Button, Ctx, LifeAction, Reply};
use crate::domain::{CaseId, Party};
use crate::i18n::Msg;
use crate::store;
use crate::workflow::access::Need;
use crate::workflow::case_life::{CloseReason, listed_since, local_day, may_reopen, reopen_until};
use anyhow::Context;

/// At most this many "reopen" buttons under the list of closed cases.
const MAX_REOPEN_BUTTONS: usize = 8;

fn reason_msg(reason: CloseReason) -> Msg {
    Msg::new("close-reason").code("reason", reason.as_str())
}

impl App {
    /// A change of the case's life told to everyone but the person acting (who sees it in the
    /// chat they acted in): staff and groups, the status holder in their language; audited.
    async fn tell_everyone(
        &self,
        conn: &mut sqlx::SqliteConnection,
        ctx: &Ctx<'_>,
        case: CaseId,
        staff_msg: Msg,
        holder_msg: Msg,
        action: &str,
    ) -> anyhow::Result<Vec<crate::app::Queued>> {
        let user = ctx.inc.actor.user;
        let mut outs = self
            .to_case_staff(conn, case, Some(user), staff_msg)
            .await?;
        // The chat acted in sees the answer in place of the question.
        outs.retain(|o| o.chat != ctx.inc.chat);
        outs.extend(self.to_holder(conn, case, holder_msg).await?);
        let notices = self.queue(conn, case, outs).await?;
        let now = self.clock.now();
        store::audit(conn, now, Some(user.0), action, Some(case.0), None)
            .await
            .context("store::audit")?;
        Ok(notices)
    }

    /// "Close case": why?
    #[tracing::instrument(skip_all, fields(case = case.0))]
    pub(super) async fn close_ask(&self, ctx: &Ctx<'_>, case: CaseId) -> AppResult<Reply> {
        let mut conn = self.pool.acquire().await?;
        let access = self.allowed(&mut conn, ctx, case, Need::CloseCase).await?;
        let mut rows: Vec<Vec<Button>> = CloseReason::ALL
            .into_iter()
            .map(|r| {
                vec![Button::new(
                    Msg::new("button-close-reason").code("reason", r.as_str()),
                    Action::Life(LifeAction::Reason(case, r)),
                )]
            })
            .collect();
        rows.push(vec![Button::new(
            Msg::new("button-close-no"),
            Action::Life(LifeAction::Keep(case)),
        )]);
        let msg = about("life-close-ask-reason", &access.case);
        Ok(Reply::one(ctx.out(msg).buttons(rows)))
    }

    /// The reason picked: close it, really?
    #[tracing::instrument(skip_all, fields(case = case.0))]
    pub(super) async fn close_confirm(
        &self,
        ctx: &Ctx<'_>,
        case: CaseId,
        reason: CloseReason,
    ) -> AppResult<Reply> {
        let mut conn = self.pool.acquire().await?;
        let access = self.allowed(&mut conn, ctx, case, Need::CloseCase).await?;
        let msg = about("life-close-confirm", &access.case).msg("reason", reason_msg(reason));
        let rows = vec![vec![
            Button::new(
                Msg::new("button-close-yes"),
                Action::Life(LifeAction::Confirm(case, reason)),
            ),
            Button::new(
                Msg::new("button-close-no"),
                Action::Life(LifeAction::Keep(case)),
            ),
        ]];
        Ok(Reply::one(ctx.in_place(msg).buttons(rows)))
    }

    #[tracing::instrument(skip_all, fields(case = case.0))]
    pub(super) async fn close_keep(&self, ctx: &Ctx<'_>, case: CaseId) -> AppResult<Reply> {
        let mut conn = self.pool.acquire().await?;
        let Some(c) = store::cases::get(&mut conn, case)
            .await
            .context("store::cases::get")?
        else {
            return refuse(Msg::new("error-button-stale"));
        };
        Ok(Reply::one(ctx.in_place(about("life-close-kept", &c))))
    }

    /// Closes the case: the status, the reminders cancelled, every party told, in one
    /// transaction.
    #[tracing::instrument(skip_all, fields(case = case.0))]
    pub(super) async fn close_case(
        &self,
        ctx: &Ctx<'_>,
        case: CaseId,
        reason: CloseReason,
    ) -> AppResult<Reply> {
        let now = self.clock.now();
        let user = ctx.inc.actor.user;
        let mut tx = self.begin().await?;
        let access = self.allowed(&mut tx, ctx, case, Need::CloseCase).await?;
        if !store::life::close(&mut tx, case, reason, user, now)
            .await
            .context("store::life::close")?
        {
            return refuse(about("life-already-closed", &access.case));
        }
        let cancelled = store::life::cancel_reminders(&mut tx, case, now)
            .await
            .context("store::life::cancel_reminders")?;
        let who = ctx.staff().map(|s| s.name.clone()).unwrap_or_default();
        let org = self
            .org_name(&mut tx, &access.case, Party::Gemeente)
            .await?;
        let staff_msg = about("life-closed-staff", &access.case)
            .name("who", who)
            .msg("reason", reason_msg(reason));
        let holder = Msg::new("life-closed-holder").name("org", org);
        let notices = self
            .tell_everyone(&mut tx, ctx, case, staff_msg, holder, "case_closed")
            .await?;
        tx.commit().await.context("commit")?;
        tracing::info!(
            case = case.0,
            reminders_cancelled = cancelled,
            "case closed"
        );
        let msg = about("life-closed-you", &access.case)
            .msg("reason", reason_msg(reason))
            .date_time("until", reopen_until(now));
        let mut reply = Reply::one(ctx.in_place(msg));
        reply.notices = notices;
        Ok(reply)
    }

    /// The cases of this chat's scope closed in the last 90 days, with "reopen" for those
    /// closed 30 days ago or less.
    #[tracing::instrument(skip_all)]
    pub(super) async fn closed_cases(&self, ctx: &Ctx<'_>) -> AppResult<Reply> {
        if ctx.staff().is_none() {
            return refuse(Msg::new("error-staff-only"));
        }
        let now = self.clock.now();
        let mut conn = self.pool.acquire().await?;
        let scope = self.case_list_scope(&mut conn, ctx).await?.or_refuse()?;
        let closed = store::life::closed_since(&mut conn, scope, listed_since(now))
            .await
            .context("store::life::closed_since")?;
        if closed.is_empty() {
            return Ok(Reply::one(ctx.out(Msg::new("life-closed-none"))));
        }
        let lines = closed
            .iter()
            .map(|c| {
                Msg::new("life-closed-line")
                    .code("reference", c.reference.clone())
                    .name("name", c.name.clone())
                    .date("date", local_day(c.closed_at))
                    .msg("reason", reason_msg(c.reason))
            })
            .collect();
        let rows = closed
            .iter()
            .filter(|c| may_reopen(c.closed_at, now))
            .take(MAX_REOPEN_BUTTONS)
            .map(|c| {
                vec![Button::new(
                    Msg::new("button-case-reopen")
                        .code("reference", c.reference.clone())
                        .name("name", c.name.clone()),
                    Action::Life(LifeAction::Reopen(c.id)),
                )]
            })
            .collect();
        let msg = Msg::new("life-closed-list")
            .num("count", i64::try_from(closed.len()).unwrap_or(i64::MAX))
            .lines("items", lines);
        Ok(Reply::one(ctx.out(msg).buttons(rows)))
    }

    /// Reopens a case closed at most 30 days ago; every party is told.
    #[tracing::instrument(skip_all, fields(case = case.0))]
    pub(super) async fn reopen_case(&self, ctx: &Ctx<'_>, case: CaseId) -> AppResult<Reply> {
        let now = self.clock.now();
        let mut tx = self.begin().await?;
        let access = self.allowed(&mut tx, ctx, case, Need::ReopenCase).await?;
        let Some((closed_at, _)) = store::life::closed(&mut tx, case)
            .await
            .context("store::life::closed")?
        else {
            return refuse(about("life-not-closed", &access.case));
        };
        if !may_reopen(closed_at, now) {
            return refuse(about("life-reopen-too-late", &access.case));
        }
        store::life::reopen(&mut tx, case)
            .await
            .context("store::life::reopen")?;
        let who = ctx.staff().map(|s| s.name.clone()).unwrap_or_default();
        let org = self
            .org_name(&mut tx, &access.case, Party::Gemeente)
            .await?;
        let staff_msg = about("life-reopened-staff", &access.case).name("who", who);
        let holder = Msg::new("life-reopened-holder").name("org", org);
        let notices = self
            .tell_everyone(&mut tx, ctx, case, staff_msg, holder, "case_reopened")
            .await?;
        tx.commit().await.context("commit")?;
        tracing::info!(case = case.0, "case reopened");
        let mut reply = Reply::one(ctx.out(about("life-reopened-you", &access.case)));
        reply.notices = notices;
        Ok(reply)
    }
}
