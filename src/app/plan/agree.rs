//! Adding an agreement (issue 3): a kind from the list of common kinds or free text, then the
//! owner (buttons), then the due date (buttons or typed). Saved with its history entry and its
//! reminders in one transaction; a plan already sent round goes round again.

use anyhow::Context;
use chrono::{Days, NaiveDate};
use sqlx::SqliteConnection;

use crate::app::Action;
use crate::app::PlanAction;
use crate::app::common::error::{AppResult, OrStale, refuse};
use crate::app::common::words::{due_msg, item_what};
use crate::app::{App, Button, Ctx, Outgoing, Reply};
use crate::domain::{CaseId, Party, UserId};
use crate::i18n::Msg;
use crate::store::{self, plan::Event};
use crate::workflow::Dialog;
use crate::workflow::plan::rules::{DueProblem, check_due};
use crate::workflow::plan::{
    AgreementDraft, AgreementKind, DateProblem, ItemKind, PlanDialog, due_date, free_text,
};

/// The due-date buttons: in one, two and four weeks.
pub(crate) const DUE_OFFSETS: [u32; 3] = [7, 14, 28];

pub(crate) fn due_problem(p: DateProblem) -> Msg {
    Msg::new(match p {
        DateProblem::NotADate => "error-not-a-date",
        DateProblem::Due(DueProblem::BeforeMatching) => "plan-due-before-matching",
        DateProblem::Due(DueProblem::InPast) => "plan-due-in-past",
        DateProblem::Due(DueProblem::AfterTerm) => "plan-due-after-term",
    })
}

impl App {
    /// Where the question of this person's conversation went (the edge tells once it was
    /// sent, `Outgoing::prompt`): kept with the agreement being drafted, so that a typed due
    /// date takes the day buttons away. A failure only leaves the buttons (they then answer
    /// that they no longer work).
    pub async fn record_prompt(&self, inc: &crate::app::Incoming, message_id: i32) {
        let recorded = async {
            let mut conn = self.pool.acquire().await?;
            let dialog = store::dialogs::get(&mut conn, inc.chat, inc.actor.user).await?;
            if let Some(Dialog::Plan(PlanDialog::Agreement { case, mut draft })) = dialog {
                draft.due_asked_in = Some(message_id);
                let d = Dialog::Plan(PlanDialog::Agreement { case, draft });
                store::dialogs::put(&mut conn, inc.chat, inc.actor.user, &d, self.clock.now())
                    .await?;
            }
            anyhow::Ok(())
        };
        if let Err(e) = recorded.await {
            tracing::warn!(chat = inc.chat.0, error = %e, "recording a question's message failed");
        }
    }

    pub(crate) async fn put_dialog(
        &self,
        conn: &mut SqliteConnection,
        ctx: &Ctx<'_>,
        d: PlanDialog,
    ) -> anyhow::Result<()> {
        self.set_dialog(conn, ctx, &Dialog::Plan(d)).await
    }

    /// A typed question, with a reply prompt in groups.
    pub(crate) fn typed(&self, ctx: &Ctx<'_>, msg: Msg) -> Reply {
        let mut out = ctx.out(msg);
        out.force_reply = ctx.inc.chat.is_group();
        Reply::one(out)
    }

    /// Staff: which kind of agreement?
    #[tracing::instrument(skip_all, fields(case = case.0))]
    pub(crate) async fn agreement_kinds(&self, ctx: &Ctx<'_>, case: CaseId) -> AppResult<Reply> {
        let mut conn = self.pool.acquire().await?;
        self.plan_edit_access(&mut conn, ctx, case, false).await?;
        if store::plan::get(&mut conn, case)
            .await
            .context("store::plan::get")?
            .is_none()
        {
            return refuse(Msg::new("plan-none"));
        }
        let mut rows: Vec<Vec<Button>> = AgreementKind::ALL
            .into_iter()
            .map(|k| {
                let kind = ItemKind::Agreement(k);
                vec![Button::new(
                    Msg::new("plan-kind").code("kind", kind.as_str()),
                    Action::Plan(PlanAction::Kind(case, kind)),
                )]
            })
            .collect();
        rows.push(vec![Button::new(
            Msg::new("button-plan-free"),
            Action::Plan(PlanAction::Kind(case, ItemKind::Free)),
        )]);
        Ok(Reply::one(ctx.out(Msg::new("plan-ask-kind")).buttons(rows)))
    }

    #[tracing::instrument(skip_all, fields(case = case.0))]
    pub(crate) async fn agreement_kind(
        &self,
        ctx: &Ctx<'_>,
        case: CaseId,
        kind: ItemKind,
    ) -> AppResult<Reply> {
        let mut conn = self.pool.acquire().await?;
        self.plan_edit_access(&mut conn, ctx, case, false).await?;
        if matches!(kind, ItemKind::Standard(_)) {
            return refuse(Msg::new("error-button-stale"));
        }
        if kind == ItemKind::Free {
            self.put_dialog(&mut conn, ctx, PlanDialog::FreeText { case })
                .await?;
            return Ok(self.typed(ctx, Msg::new("plan-ask-free")).answered());
        }
        let draft = AgreementDraft {
            kind,
            text: None,
            owner: None,
            due_asked_in: None,
        };
        self.put_dialog(&mut conn, ctx, PlanDialog::Agreement { case, draft })
            .await?;
        Ok(Reply::one(owner_question(ctx)).answered())
    }

    #[tracing::instrument(skip_all, fields(case = case.0))]
    pub(crate) async fn agreement_free_text(
        &self,
        ctx: &Ctx<'_>,
        case: CaseId,
        raw: &str,
    ) -> AppResult<Reply> {
        let Some(text) = free_text(raw) else {
            let mut r = Reply::one(ctx.out(Msg::new("plan-free-bad").num("max", 300)));
            r.messages
                .extend(self.typed(ctx, Msg::new("plan-ask-free")).messages);
            return Ok(r);
        };
        let mut conn = self.pool.acquire().await?;
        let draft = AgreementDraft {
            kind: ItemKind::Free,
            text: Some(text),
            owner: None,
            due_asked_in: None,
        };
        self.put_dialog(&mut conn, ctx, PlanDialog::Agreement { case, draft })
            .await?;
        Ok(Reply::one(owner_question(ctx)))
    }

    #[tracing::instrument(skip_all)]
    pub(crate) async fn agreement_owner(&self, ctx: &Ctx<'_>, party: Party) -> AppResult<Reply> {
        let mut conn = self.pool.acquire().await?;
        let Some(Dialog::Plan(PlanDialog::Agreement { case, mut draft })) =
            store::dialogs::get(&mut conn, ctx.inc.chat, ctx.inc.actor.user)
                .await
                .context("store::dialogs::get")?
        else {
            return refuse(Msg::new("error-button-stale"));
        };
        draft.owner = Some(party);
        self.focus_on(&mut conn, ctx, case).await?;
        self.put_dialog(&mut conn, ctx, PlanDialog::Agreement { case, draft })
            .await?;
        let rows = vec![
            DUE_OFFSETS
                .into_iter()
                .map(|d| {
                    Button::new(
                        Msg::new("button-plan-in-days").num("days", i64::from(d)),
                        Action::Plan(PlanAction::DueIn(d)),
                    )
                })
                .collect(),
        ];
        let mut out = ctx.out(Msg::new("plan-ask-due")).buttons(rows);
        out.force_reply = false;
        // Its message id is kept with the draft once sent (`App::record_prompt`), so that a
        // typed date can take its buttons away.
        out.prompt = true;
        Ok(Reply::one(out).answered())
    }

    #[tracing::instrument(skip_all)]
    pub(crate) async fn agreement_due_in(&self, ctx: &Ctx<'_>, days: u32) -> AppResult<Reply> {
        let mut conn = self.pool.acquire().await?;
        let Some(Dialog::Plan(PlanDialog::Agreement { case, draft })) =
            store::dialogs::get(&mut conn, ctx.inc.chat, ctx.inc.actor.user)
                .await
                .context("store::dialogs::get")?
        else {
            // The question was answered by a typed date (or ended): its buttons go (issue 12).
            return Ok(ctx.notice(Msg::new("error-button-stale")).answered());
        };
        drop(conn);
        let today = self.clock.today();
        let Some(due) = today.checked_add_days(Days::new(u64::from(days))) else {
            return refuse(Msg::new("error-button-stale"));
        };
        self.save_agreement(ctx, case, draft, due).await
    }

    #[tracing::instrument(skip_all, fields(case = case.0))]
    pub(crate) async fn agreement_typed_due(
        &self,
        ctx: &Ctx<'_>,
        case: CaseId,
        draft: AgreementDraft,
        raw: &str,
    ) -> AppResult<Reply> {
        if draft.owner.is_none() {
            return Ok(Reply::one(owner_question(ctx)));
        }
        let mut conn = self.pool.acquire().await?;
        let c = store::cases::get(&mut conn, case)
            .await
            .context("store::cases::get")?
            .or_stale()?;
        drop(conn);
        match due_date(raw, c.matching, self.clock.today()) {
            Ok(due) => {
                let asked = draft.due_asked_in;
                let mut reply = self.save_agreement(ctx, case, draft, due).await?;
                // A typed date answers the question: its day buttons go (issue 12).
                if let Some(id) = asked {
                    let mut plain = ctx.out(Msg::new("plan-ask-due"));
                    plain.edit = Some(id);
                    plain.reply_to = None;
                    plain.force_reply = false;
                    reply.messages.push(plain);
                }
                Ok(reply)
            }
            Err(p) => {
                let mut r = Reply::one(ctx.out(due_problem(p)));
                r.messages
                    .extend(self.typed(ctx, Msg::new("plan-ask-due")).messages);
                Ok(r)
            }
        }
    }

    /// Saves a finished agreement, its history, its reminders; the plan gets a new version.
    #[tracing::instrument(skip_all, fields(case = case.0))]
    pub(crate) async fn save_agreement(
        &self,
        ctx: &Ctx<'_>,
        case: CaseId,
        draft: AgreementDraft,
        due: NaiveDate,
    ) -> AppResult<Reply> {
        let now = self.clock.now();
        let user = ctx.inc.actor.user;
        let mut tx = self.begin().await?;
        let access = self.plan_edit_access(&mut tx, ctx, case, false).await?;
        if let Err(p) = check_due(due, access.case.matching, self.clock.today()) {
            return refuse(due_problem(DateProblem::Due(p)));
        }
        let owner = draft.owner.unwrap_or(Party::Gemeente);
        let id = insert_agreement(&mut tx, case, &draft, owner, due, user, now).await?;
        store::plan::bump(&mut tx, case, now)
            .await
            .context("store::plan::bump")?;
        self.schedule_item_reminders(&mut tx, &access.case, id, owner, Some(due), now)
            .await?;
        self.touch_long_wait(&mut tx, case, now).await?;
        store::dialogs::clear(&mut tx, ctx.inc.chat, user)
            .await
            .context("store::dialogs::clear")?;
        let item = store::plan::item(&mut tx, id)
            .await
            .context("store::plan::item")?
            .with_context(|| format!("item {id} vanished"))?;
        let msg = Msg::new("plan-agreement-added")
            .code("reference", access.case.reference.clone())
            .msg("what", item_what(&item))
            .code("owner", owner.as_str())
            .msg("due", due_msg(Some(due)));
        let asks = self.reconfirm(&mut tx, &access).await?;
        let reply = Reply::one(ctx.out(msg))
            .answered()
            .and(self.split(&mut tx, ctx, case, asks).await?);
        tx.commit().await.context("commit")?;
        tracing::info!(case = case.0, item = id, "agreement added");
        Ok(reply)
    }
}

/// "Who does it?" with the three parties as buttons.
pub(crate) fn owner_question(ctx: &Ctx<'_>) -> Outgoing {
    let rows = vec![
        [Party::Coa, Party::Gemeente, Party::Holder]
            .into_iter()
            .map(|p| {
                Button::new(
                    Msg::new("plan-owner").code("owner", p.as_str()),
                    Action::Plan(PlanAction::Owner(p)),
                )
            })
            .collect(),
    ];
    ctx.out(Msg::new("plan-ask-owner")).buttons(rows)
}

/// Inserts an agreement and its history entry; returns the new item's id.
async fn insert_agreement(
    conn: &mut SqliteConnection,
    case: CaseId,
    draft: &AgreementDraft,
    owner: Party,
    due: NaiveDate,
    user: UserId,
    now: chrono::DateTime<chrono::Utc>,
) -> anyhow::Result<i64> {
    let new = store::plan::NewItem {
        kind: draft.kind,
        text: draft.text.as_deref(),
        owner,
        due: Some(due),
        place: None,
    };
    let id = store::plan::insert_item(conn, case, &new, now)
        .await
        .context("store::plan::insert_item")?;
    let event = Event {
        case,
        item: Some(id),
        actor: Some(user),
        field: "agreement",
        old: None,
        new: Some(format!(
            "{}|{}|{due}|{}",
            draft.kind.as_str(),
            owner.as_str(),
            draft.text.clone().unwrap_or_default()
        )),
    };
    store::plan::event(conn, &event, now)
        .await
        .context("store::plan::event")?;
    Ok(id)
}
