//! Following the plan up (issue 3): items marked done by their owner (or by any staff once
//! late), with a version check so a second editor is told and nothing is lost; and a moved
//! housing date, which moves the dependent dates by the rules and tells every party.

use anyhow::Context;
use chrono::NaiveDate;
use sqlx::SqliteConnection;

use crate::app::common::error::{AppResult, OrStale, refuse};
use crate::app::common::words::{due_msg, item_what};
use crate::app::plan::access::{Access, holder_of};
use crate::app::plan::agree::due_problem;
use crate::app::plan::view::may_mark_done;
use crate::app::{App, Ctx, Outgoing, Reply, recipient_lang};
use crate::domain::{CaseId, ChatId, HandoverOption, Lang, Party, UserId};
use crate::i18n::Msg;
use crate::store::{self, cases::Case, plan::Event, plan::Item};
use crate::workflow::dates::parse_date;
use crate::workflow::plan::rules::{ItemStatus, check_due, moved};
use crate::workflow::plan::{DateProblem, ItemKind, PlanDialog};

impl App {
    /// Marks an item done: its owner, or staff of the case once it is late. A stale version
    /// (someone else changed it since the button was made) is refused and nothing changes.
    #[tracing::instrument(skip_all, fields(item = id))]
    pub(crate) async fn item_done(&self, ctx: &Ctx<'_>, id: i64, seen: i64) -> AppResult<Reply> {
        let now = self.clock.now();
        let mut tx = self.begin().await?;
        let item = store::plan::item(&mut tx, id)
            .await
            .context("store::plan::item")?
            .or_stale()?;
        let access = self.plan_access(&mut tx, ctx, item.case).await?;
        if let Some(why) = done_refused(&item, &access, self.clock.today()) {
            return refuse(Msg::new(why));
        }
        if item.version != seen
            || !store::plan::set_status(&mut tx, id, seen, ItemStatus::Done)
                .await
                .context("store::plan::set_status")?
        {
            return refuse(Msg::new("plan-edit-conflict"));
        }
        let event = Event {
            case: item.case,
            item: Some(id),
            actor: Some(ctx.inc.actor.user),
            field: "status",
            old: Some("planned".into()),
            new: Some("done".into()),
        };
        store::plan::event(&mut tx, &event, now)
            .await
            .context("store::plan::event")?;
        self.cancel_item_reminders(&mut tx, id, now).await?;
        self.touch_long_wait(&mut tx, item.case, now).await?;
        let msg = Msg::new("plan-item-done")
            .code("reference", access.case.reference.clone())
            .msg("what", item_what(&item));
        let mut reply = Reply::one(ctx.out(msg.clone())).answered();
        let staff = self
            .to_case_staff(&mut tx, item.case, Some(ctx.inc.actor.user), msg)
            .await?;
        reply.notices = self.queue(&mut tx, item.case, staff).await?;
        tx.commit().await.context("commit")?;
        Ok(reply)
    }

    #[tracing::instrument(skip_all, fields(case = case.0))]
    pub(crate) async fn ask_housing(&self, ctx: &Ctx<'_>, case: CaseId) -> AppResult<Reply> {
        let mut conn = self.pool.acquire().await?;
        self.plan_edit_access(&mut conn, ctx, case, true).await?;
        self.put_dialog(&mut conn, ctx, PlanDialog::Housing { case })
            .await?;
        Ok(self.typed(ctx, Msg::new("plan-ask-housing")).answered())
    }

    /// A new expected housing date: the dependent dates move by the rules; everyone is told.
    #[tracing::instrument(skip_all, fields(case = case.0))]
    pub(crate) async fn housing_typed(
        &self,
        ctx: &Ctx<'_>,
        case: CaseId,
        raw: &str,
    ) -> AppResult<Reply> {
        let now = self.clock.now();
        let user = ctx.inc.actor.user;
        let mut tx = self.begin().await?;
        let access = self.plan_edit_access(&mut tx, ctx, case, true).await?;
        let c = access.case.clone();
        let new = match housing_date(raw, c.matching, self.clock.today()) {
            Ok(d) => d,
            Err(p) => {
                let mut r = Reply::one(ctx.out(due_problem(p)));
                r.messages
                    .extend(self.typed(ctx, Msg::new("plan-ask-housing")).messages);
                return Ok(r);
            }
        };
        let Some(plan) = store::plan::get(&mut tx, case)
            .await
            .context("store::plan::get")?
        else {
            return refuse(Msg::new("plan-none"));
        };
        store::plan::set_housing(&mut tx, case, new)
            .await
            .context("store::plan::set_housing")?;
        let event = Event {
            case,
            item: None,
            actor: Some(user),
            field: "housing_date",
            old: c.housing.map(|d| d.to_string()),
            new: Some(new.to_string()),
        };
        store::plan::event(&mut tx, &event, now)
            .await
            .context("store::plan::event")?;
        let lines = self
            .move_dependent(&mut tx, &c, plan.option, Some(new), user)
            .await?;
        store::plan::bump(&mut tx, case, now)
            .await
            .context("store::plan::bump")?;
        self.touch_long_wait(&mut tx, case, now).await?;
        store::dialogs::clear(&mut tx, ctx.inc.chat, user)
            .await
            .context("store::dialogs::clear")?;
        let msg = Msg::new("plan-housing-moved")
            .code("reference", c.reference.clone())
            .date("date", new)
            .lines("changes", lines);
        let mut outs = self.tell_plan_parties(&mut tx, ctx, case, msg).await?;
        let case = Case {
            housing: Some(new),
            ..c
        };
        let access = Access { case, ..access };
        outs.extend(self.reconfirm(&mut tx, &access).await?);
        let reply = self.split(&mut tx, ctx, access.case.id, outs).await?;
        tx.commit().await.context("commit")?;
        Ok(reply)
    }

    /// Moves the planned standard items that count from the housing date; one line per change.
    async fn move_dependent(
        &self,
        conn: &mut SqliteConnection,
        c: &Case,
        option: HandoverOption,
        new: Option<NaiveDate>,
        user: UserId,
    ) -> anyhow::Result<Vec<Msg>> {
        let now = self.clock.now();
        let items = store::plan::items(conn, c.id)
            .await
            .context("store::plan::items")?;
        let mut lines = Vec::new();
        for (kind, old, new_due) in moved(option, c.matching, c.housing, new) {
            let found = items
                .iter()
                .find(|i| i.kind == ItemKind::Standard(kind) && i.status == ItemStatus::Planned);
            let Some(item) = found else { continue };
            if !store::plan::set_due(conn, item.id, item.version, new_due)
                .await
                .context("store::plan::set_due")?
            {
                continue;
            }
            let event = Event {
                case: c.id,
                item: Some(item.id),
                actor: Some(user),
                field: "due_date",
                old: old.map(|d| d.to_string()),
                new: new_due.map(|d| d.to_string()),
            };
            store::plan::event(conn, &event, now)
                .await
                .context("store::plan::event")?;
            self.cancel_item_reminders(conn, item.id, now).await?;
            self.schedule_item_reminders(conn, c, item.id, item.owner, new_due, now)
                .await?;
            lines.push(
                Msg::new("plan-change-line")
                    .msg("what", item_what(item))
                    .msg("old", due_msg(old))
                    .msg("new", due_msg(new_due)),
            );
        }
        Ok(lines)
    }

    /// The actor, the case's other staff and groups, and the status holder in their language.
    pub(crate) async fn tell_plan_parties(
        &self,
        conn: &mut SqliteConnection,
        ctx: &Ctx<'_>,
        case: CaseId,
        msg: Msg,
    ) -> anyhow::Result<Vec<Outgoing>> {
        let user = ctx.inc.actor.user;
        let mut out = vec![ctx.out(msg.clone())];
        out.extend(
            self.to_case_staff(conn, case, Some(user), msg.clone())
                .await?,
        );
        if let Some(holder) = holder_of(conn, case).await?
            && holder != user
        {
            let lang = recipient_lang(conn, holder, Lang::En).await?;
            out.push(Outgoing::new(ChatId::from(holder), lang, msg));
        }
        Ok(out)
    }
}

/// A typed housing date: a date, not before the matching, not in the past, within the term.
fn housing_date(
    raw: &str,
    matching: NaiveDate,
    today: NaiveDate,
) -> Result<NaiveDate, DateProblem> {
    let d = parse_date(raw).ok_or(DateProblem::NotADate)?;
    check_due(d, matching, today).map_err(DateProblem::Due)?;
    Ok(d)
}

/// Why this party may not mark this item done now, if they may not.
fn done_refused(item: &Item, access: &Access, today: NaiveDate) -> Option<&'static str> {
    if !access.case.open {
        return Some("plan-case-closed");
    }
    if may_mark_done(item, access.party, today) {
        return None;
    }
    Some(if item.status != ItemStatus::Planned {
        // Someone else was first: nothing of theirs is lost, this press changes nothing.
        "plan-edit-conflict"
    } else if access.party == Party::Holder {
        "plan-holder-cannot-change"
    } else {
        "plan-not-yours"
    })
}
