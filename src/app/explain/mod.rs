//! Explainers (issue 15): every term of the handover a newcomer has never heard (brede intake,
//! PIP, the routes, KNM, …) and each of the three approaches has a short plain explanation in
//! every locale. `/explain` lists them; the holder's plan offers the ones its words use; the
//! first screen offers "❓ How does this work?" with the holder's own contacts; staff send one to
//! a case's status holder from the plan.
//!
//! ```text
//! Amanuel: (under his plan) ❓ Broad intake
//! Bot:     (in Tigrinya) Broad intake (brede intake): a conversation with the municipality …
//!          [❓ Learnability test] [❓ Personal plan (PIP)] [📚 All explanations]
//! Sanne:   (under the plan) ❓ Send an explanation  →  [Broad intake] [PIP] …
//! Amanuel: (in Tigrinya) Sanne sent you an explanation: …
//! ```
//!
//! May use: `app` (App, Ctx), `app/common`, `app/life` (the holder's chat), `store`,
//! `workflow`, `domain`, `i18n`.

use sqlx::SqliteConnection;

use crate::app::common::error::{AppResult, ensure};

use crate::app::{Action, App, Button, Ctx, ExplainAction, Reply, Who};
use crate::domain::{CaseId, Party};
use crate::i18n::Msg;
use crate::store;
use crate::workflow::access::Need;
use crate::workflow::explain::Term;

/// A button that opens a term's explanation.
pub(crate) fn term_button(t: Term) -> Button {
    Button::new(
        Msg::new("explain-button").code("term", t.as_str()),
        Action::Explain(ExplainAction::Show(t)),
    )
}

fn rows_of(buttons: Vec<Button>) -> Vec<Vec<Button>> {
    let mut rows = Vec::new();
    let mut it = buttons.into_iter();
    while let Some(a) = it.next() {
        rows.push(match it.next() {
            Some(b) => vec![a, b],
            None => vec![a],
        });
    }
    rows
}

/// The explanation, with the terms it leads on to and "all explanations".
fn explained(text: Msg, t: Term) -> (Msg, Vec<Vec<Button>>) {
    let mut rows = rows_of(t.related().iter().copied().map(term_button).collect());
    rows.push(vec![Button::new(
        Msg::new("explain-button-all"),
        Action::Explain(ExplainAction::List),
    )]);
    (text, rows)
}

impl App {
    pub(crate) async fn explain_button(&self, ctx: &Ctx<'_>, a: ExplainAction) -> AppResult<Reply> {
        match a {
            ExplainAction::List => Ok(self.explain_list(ctx)),
            ExplainAction::Show(t) => self.explain_show(ctx, t).await,
            ExplainAction::Pick(case) => self.explain_pick(ctx, case).await,
            ExplainAction::Send(case, t) => self.explain_send(ctx, case, t).await,
        }
    }

    /// `/explain`: every term, two per row.
    pub(crate) fn explain_list(&self, ctx: &Ctx<'_>) -> Reply {
        let rows = rows_of(Term::ALL.into_iter().map(term_button).collect());
        Reply::one(ctx.out(Msg::new("explain-list")).buttons(rows))
    }

    /// One explanation, for whoever asks (the handover's with the holder's own contacts).
    async fn explain_show(&self, ctx: &Ctx<'_>, t: Term) -> AppResult<Reply> {
        let case = match ctx.who {
            Who::Holder(case) => Some(case),
            _ => None,
        };
        let mut conn = self.pool.acquire().await?;
        let text = self.explanation(&mut conn, t, case).await?;
        let (msg, rows) = explained(text, t);
        Ok(Reply::one(ctx.out(msg).buttons(rows)))
    }

    /// The words of `t`; the handover's names the contacts of `case`.
    async fn explanation(
        &self,
        conn: &mut SqliteConnection,
        t: Term,
        case: Option<CaseId>,
    ) -> anyhow::Result<Msg> {
        if t != Term::Handover {
            return Ok(Msg::new("explain-text").code("term", t.as_str()));
        }
        let members = match case {
            Some(case) => store::cases::members(conn, case).await?,
            None => Vec::new(),
        };
        let contact = |party: Party| match members
            .iter()
            .find(|m| m.party == party)
            .and_then(|m| m.staff_name.clone())
        {
            Some(name) => Msg::new("contact-named").name("name", name),
            None => Msg::new("contact-unknown"),
        };
        Ok(Msg::new("explain-handover")
            .msg("coa", contact(Party::Coa))
            .msg("gemeente", contact(Party::Gemeente)))
    }

    /// Staff, under a case's plan: which explanation to send to its status holder?
    async fn explain_pick(&self, ctx: &Ctx<'_>, case: CaseId) -> AppResult<Reply> {
        let mut conn = self.pool.acquire().await?;
        let access = self.allowed(&mut conn, ctx, case, Need::EditPlan).await?;
        ensure(access.party.is_staff(), Msg::new("error-staff-only"))?;
        let buttons = Term::ALL
            .into_iter()
            .map(|t| {
                Button::new(
                    Msg::new("explain-button").code("term", t.as_str()),
                    Action::Explain(ExplainAction::Send(case, t)),
                )
            })
            .collect();
        let msg = Msg::new("explain-pick")
            .code("reference", access.case.reference.clone())
            .name("name", access.case.holder_name.clone());
        Ok(Reply::one(ctx.out(msg).buttons(rows_of(buttons))))
    }

    /// Staff send an explanation to the case's status holder, in the holder's language.
    async fn explain_send(&self, ctx: &Ctx<'_>, case: CaseId, t: Term) -> AppResult<Reply> {
        let mut tx = self.begin().await?;
        let access = self.allowed(&mut tx, ctx, case, Need::EditPlan).await?;
        ensure(access.party.is_staff(), Msg::new("error-staff-only"))?;
        let text = self.explanation(&mut tx, t, Some(case)).await?;
        let who = ctx.staff().map(|s| s.name.clone()).unwrap_or_default();
        let sent = Msg::new("explain-sent-holder")
            .name("who", who)
            .msg("text", text);
        let outs = self.to_holder(&mut tx, case, sent).await?;
        ensure(
            !outs.is_empty(),
            Msg::new("explain-no-holder").code("reference", access.case.reference.clone()),
        )?;
        let (_, rows) = explained(Msg::new("explain-list"), t);
        let outs = outs.into_iter().map(|o| o.buttons(rows.clone())).collect();
        let notices = self.queue(&mut tx, case, outs).await?;
        tx.commit().await?;
        tracing::info!(
            case = case.0,
            term = t.as_str(),
            "explanation sent to the holder"
        );
        let mut reply = Reply {
            notices,
            ..Reply::default()
        };
        reply.toast = Some((
            ctx.lang,
            Msg::new("explain-sent").code("reference", access.case.reference.clone()),
        ));
        Ok(reply)
    }
}
