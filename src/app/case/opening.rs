//! Opening a case (the conversation is `workflow::case_opening`; this file loads and saves it
//! and turns each question into a message).

use crate::app::Action;
use crate::app::common::error::{AppResult, refuse};
use crate::app::{
    App, Attachment, AttachmentKind, Button, Ctx, Input, OpenAction, Outgoing, Reply,
};
use crate::domain::{InvitePurpose, OrgKind, TextProblem};
use crate::i18n::Msg;
use crate::store::{self, cases::Sides};
use crate::workflow::Dialog;
use crate::workflow::case_opening::{Answer, CaseDraft, OpenCase, Outcome, Problem, step};
use anyhow::Context;

impl App {
    /// `/newcase`: staff only; starts the questions.
    #[tracing::instrument(skip_all)]
    pub(crate) async fn start_case(&self, ctx: &Ctx<'_>) -> AppResult<Reply> {
        let Some(staff) = ctx.staff() else {
            return refuse(Msg::new("error-staff-only"));
        };
        let mut conn = self.pool.acquire().await?;
        if ctx.inc.chat.is_group()
            && let Some(link) = store::groups::get(&mut conn, ctx.inc.chat)
                .await
                .context("store::groups::get")?
            && link.org != staff.org
        {
            return refuse(Msg::new("group-other-org"));
        }
        let state = OpenCase::AskName;
        let dialog = Dialog::OpenCase(state.clone());
        self.set_dialog(&mut conn, ctx, &dialog).await?;
        let mut reply = Reply::one(
            self.question(ctx, &state, staff.org_kind, &mut conn)
                .await?,
        );
        reply.clear_keyboard = matches!(ctx.inc.input, Input::Button(_));
        Ok(reply)
    }

    /// `/cancel`: drops the conversation in progress, if any.
    #[tracing::instrument(skip_all)]
    pub(crate) async fn cancel(&self, ctx: &Ctx<'_>) -> AppResult<Reply> {
        let mut conn = self.pool.acquire().await?;
        let had = store::dialogs::get(&mut conn, ctx.inc.chat, ctx.inc.actor.user)
            .await
            .context("store::dialogs::get")?;
        if had.is_none() {
            return refuse(Msg::new("cancel-nothing"));
        }
        store::dialogs::clear(&mut conn, ctx.inc.chat, ctx.inc.actor.user)
            .await
            .context("store::dialogs::clear")?;
        Ok(ctx.say(Msg::new("case-cancelled")))
    }

    /// Typed text (or a sticker, photo…) while the case-opening conversation waits for an answer.
    #[tracing::instrument(skip_all)]
    pub(crate) async fn case_dialog_input(
        &self,
        ctx: &Ctx<'_>,
        state: OpenCase,
    ) -> AppResult<Reply> {
        if ctx.staff().is_none() {
            return refuse(Msg::new("error-staff-only"));
        }
        match &ctx.inc.input {
            Input::Text(t) => self.answer_case(ctx, &state, Answer::Text(t.clone())).await,
            _ => {
                self.reask(ctx, &state, Msg::new("error-expected-text"))
                    .await
            }
        }
    }

    /// A button of the case-opening conversation.
    #[tracing::instrument(skip_all)]
    pub(crate) async fn case_button(&self, ctx: &Ctx<'_>, action: OpenAction) -> AppResult<Reply> {
        let Some(staff) = ctx.staff() else {
            return refuse(Msg::new("error-staff-only"));
        };
        let mut conn = self.pool.acquire().await?;
        let Some(Dialog::OpenCase(state)) =
            store::dialogs::get(&mut conn, ctx.inc.chat, ctx.inc.actor.user)
                .await
                .context("store::dialogs::get")?
        else {
            return refuse(Msg::new("error-button-stale"));
        };
        let answer = match action {
            OpenAction::Cancel => {
                store::dialogs::clear(&mut conn, ctx.inc.chat, ctx.inc.actor.user)
                    .await
                    .context("store::dialogs::clear")?;
                return Ok(Reply::one(ctx.out(Msg::new("case-cancelled"))).answered());
            }
            OpenAction::Counterpart(org) => {
                let ok = store::orgs::get(&mut conn, org)
                    .await
                    .context("store::orgs::get")?
                    .is_some_and(|o| o.kind == staff.org_kind.counterpart());
                if !ok {
                    return refuse(Msg::new("error-button-stale"));
                }
                Answer::Org(org)
            }
            OpenAction::DaysAgo(n) => Answer::DaysAgo(n),
            OpenAction::HousingUnknown => Answer::HousingUnknown,
            OpenAction::Confirm => Answer::Confirm,
        };
        drop(conn);
        self.answer_case(ctx, &state, answer).await
    }

    #[tracing::instrument(skip_all)]
    async fn answer_case(
        &self,
        ctx: &Ctx<'_>,
        state: &OpenCase,
        answer: Answer,
    ) -> AppResult<Reply> {
        let Some(staff) = ctx.staff() else {
            return refuse(Msg::new("error-staff-only"));
        };
        let pressed = matches!(ctx.inc.input, Input::Button(_));
        match step(state, answer, self.clock.today()) {
            Outcome::Refused(problem) => {
                if pressed {
                    return refuse(problem_msg(problem));
                }
                self.reask(ctx, state, problem_msg(problem)).await
            }
            Outcome::Ask(next) => {
                let mut conn = self.pool.acquire().await?;
                let dialog = Dialog::OpenCase(next.clone());
                self.set_dialog(&mut conn, ctx, &dialog).await?;
                let q = self.question(ctx, &next, staff.org_kind, &mut conn).await?;
                let mut reply = Reply::one(q);
                reply.clear_keyboard = pressed;
                Ok(reply)
            }
            Outcome::Open(draft) => self.open_case(ctx, draft).await,
        }
    }

    /// The same question again, after telling what was wrong.
    #[tracing::instrument(skip_all)]
    async fn reask(&self, ctx: &Ctx<'_>, state: &OpenCase, problem: Msg) -> AppResult<Reply> {
        let Some(staff) = ctx.staff() else {
            return refuse(Msg::new("error-staff-only"));
        };
        let mut conn = self.pool.acquire().await?;
        let mut reply = Reply::one(ctx.out(problem));
        reply
            .messages
            .push(self.question(ctx, state, staff.org_kind, &mut conn).await?);
        Ok(reply)
    }

    async fn question(
        &self,
        ctx: &Ctx<'_>,
        state: &OpenCase,
        own_kind: OrgKind,
        conn: &mut sqlx::SqliteConnection,
    ) -> anyhow::Result<Outgoing> {
        let cancel = || Button::new(Msg::new("button-cancel"), Action::Open(OpenAction::Cancel));
        let typed = |id| {
            let mut out = ctx.out(Msg::new(id));
            out.force_reply = ctx.inc.chat.is_group();
            out
        };
        Ok(match state {
            OpenCase::AskName => typed("case-ask-name"),
            OpenCase::AskReference { .. } => typed("case-ask-reference"),
            OpenCase::AskCounterpart { .. } => {
                let kind = own_kind.counterpart();
                let orgs = store::orgs::list_kind(conn, kind)
                    .await
                    .context("store::orgs::list_kind")?;
                if orgs.is_empty() {
                    store::dialogs::clear(conn, ctx.inc.chat, ctx.inc.actor.user)
                        .await
                        .context("store::dialogs::clear")?;
                    return Ok(
                        ctx.out(Msg::new("case-no-counterpart-orgs").code("kind", kind.as_str()))
                    );
                }
                let mut rows: Vec<Vec<Button>> = orgs
                    .into_iter()
                    .map(|o| {
                        vec![Button::new(
                            Msg::new("button-org").name("org", o.name),
                            Action::Open(OpenAction::Counterpart(o.id)),
                        )]
                    })
                    .collect();
                rows.push(vec![cancel()]);
                ctx.out(Msg::new("case-ask-counterpart").code("kind", kind.as_str()))
                    .buttons(rows)
            }
            OpenCase::AskMatching { .. } => ctx.out(Msg::new("case-ask-matching")).buttons(vec![
                vec![
                    Button::new(
                        Msg::new("button-today"),
                        Action::Open(OpenAction::DaysAgo(0)),
                    ),
                    Button::new(
                        Msg::new("button-yesterday"),
                        Action::Open(OpenAction::DaysAgo(1)),
                    ),
                ],
                vec![cancel()],
            ]),
            OpenCase::AskHousing { .. } => ctx.out(Msg::new("case-ask-housing")).buttons(vec![
                vec![Button::new(
                    Msg::new("button-housing-unknown"),
                    Action::Open(OpenAction::HousingUnknown),
                )],
                vec![cancel()],
            ]),
            OpenCase::Confirm(draft) => {
                let counterpart = store::orgs::get(conn, draft.counterpart)
                    .await
                    .context("store::orgs::get")?
                    .map(|o| o.name)
                    .unwrap_or_default();
                ctx.out(summary(draft, counterpart)).buttons(vec![vec![
                    Button::new(
                        Msg::new("button-open-case"),
                        Action::Open(OpenAction::Confirm),
                    ),
                    cancel(),
                ]])
            }
        })
    }

    /// Saves the case, its first member and both invites in one transaction.
    #[tracing::instrument(skip_all)]
    async fn open_case(&self, ctx: &Ctx<'_>, draft: CaseDraft) -> AppResult<Reply> {
        let Some(staff) = ctx.staff() else {
            return refuse(Msg::new("error-staff-only"));
        };
        let now = self.clock.now();
        let user = ctx.inc.actor.user;
        let mut tx = self.begin().await?;
        let Some(counterpart) = store::orgs::get(&mut tx, draft.counterpart)
            .await
            .context("store::orgs::get")?
        else {
            return refuse(Msg::new("error-button-stale"));
        };
        let (coa, gemeente) = match staff.org_kind {
            OrgKind::Coa => (staff.org, counterpart.id),
            OrgKind::Gemeente => (counterpart.id, staff.org),
        };
        let sides = Sides {
            owner: staff.org,
            coa,
            gemeente,
        };
        let case = match store::cases::insert(&mut tx, &draft, &sides, staff.id, now).await {
            Ok(id) => id,
            Err(e) if store::is_unique_violation(&e) => {
                return refuse(
                    Msg::new("case-reference-taken").code("reference", draft.reference.as_str()),
                );
            }
            Err(e) => {
                return Err(anyhow::Error::from(e)
                    .context("store::cases::insert")
                    .into());
            }
        };
        store::cases::add_member(&mut tx, case, user, staff.org_kind.party(), now)
            .await
            .context("store::cases::add_member")?;
        if ctx.inc.chat.is_group()
            && store::groups::get(&mut tx, ctx.inc.chat)
                .await
                .context("store::groups::get")?
                .is_none()
        {
            store::groups::link(&mut tx, ctx.inc.chat, staff.org, Some(case), staff.id, now)
                .await
                .context("store::groups::link")?;
        }
        let holder = self
            .case_invite(&mut tx, InvitePurpose::Holder, case, None)
            .await?;
        let other = self
            .case_invite(
                &mut tx,
                InvitePurpose::CaseStaff,
                case,
                Some(counterpart.id),
            )
            .await?;
        store::dialogs::clear(&mut tx, ctx.inc.chat, user)
            .await
            .context("store::dialogs::clear")?;
        store::audit(
            &mut tx,
            now,
            Some(user.0),
            "case_opened",
            Some(case.0),
            None,
        )
        .await
        .context("store::audit")?;
        tx.commit().await.context("commit")?;
        tracing::info!(case = case.0, staff = staff.id.0, "case opened");

        let reference = draft.reference.as_str().to_string();
        let qr = crate::qr::png(&holder.link)?;
        let mut reply =
            Reply::one(ctx.out(Msg::new("case-opened").code("reference", reference.clone())));
        reply.messages.push(
            ctx.out(
                Msg::new("case-holder-invite")
                    .name("name", draft.name.as_str())
                    .code("link", holder.link.clone())
                    .date_time("expires", holder.expires_at),
            )
            .attach(Attachment {
                kind: AttachmentKind::Photo,
                file_name: format!("uitnodiging-{}.png", case.0),
                bytes: qr,
            }),
        );
        reply.messages.push(
            ctx.out(
                Msg::new("case-counterpart-invite")
                    .name("org", counterpart.name)
                    .code("reference", reference)
                    .code("link", other.link)
                    .date_time("expires", other.expires_at),
            ),
        );
        reply.clear_keyboard = true;
        Ok(reply)
    }
}

fn summary(draft: &CaseDraft, counterpart: String) -> Msg {
    let housing = match draft.housing {
        Some(d) => Msg::new("value-date").date("date", d),
        None => Msg::new("value-unknown"),
    };
    Msg::new("case-confirm")
        .name("name", draft.name.as_str())
        .code("reference", draft.reference.as_str())
        .name("counterpart", counterpart)
        .date("matching", draft.matching)
        .msg("housing", housing)
}

fn problem_msg(problem: Problem) -> Msg {
    match problem {
        Problem::Text(TextProblem::Empty) => Msg::new("error-text-empty"),
        Problem::Text(TextProblem::TooLong { max }) => {
            Msg::new("error-text-too-long").num("max", i64::try_from(max).unwrap_or(i64::MAX))
        }
        Problem::Text(TextProblem::LooksLikeNationalNumber) => Msg::new("error-looks-like-bsn"),
        Problem::Text(TextProblem::ControlCharacters) => Msg::new("error-text-one-line"),
        Problem::ExpectedButton => Msg::new("error-expected-button"),
        Problem::UnexpectedButton => Msg::new("error-button-stale"),
        Problem::NotADate => Msg::new("error-not-a-date"),
        Problem::MatchingInFuture => Msg::new("error-matching-in-future"),
        Problem::MatchingTooOld => Msg::new("error-matching-too-old"),
        Problem::HousingBeforeMatching => Msg::new("error-housing-before-matching"),
        Problem::HousingInPast => Msg::new("error-housing-in-past"),
    }
}
