//! Answers to the long-wait question (issue 3): after a quiet period staff are asked whether
//! the plan still holds and the status holder whether anything changed, each with two buttons.
//! An answer is kept in the plan's history (field `long_wait`, so it shows in the summary),
//! reaches the case's staff and groups, and starts the quiet period again.

use crate::app::Action;
use crate::app::LongWaitAnswer;
use crate::app::PlanAction;
use crate::app::common::error::{AppResult, refuse};
use crate::app::plan::confirm::who_msg;
use crate::app::{App, Button, Ctx, Reply};
use crate::domain::{CaseId, Party};
use crate::i18n::Msg;
use crate::store::{self, plan::Event};
use anyhow::Context;

impl LongWaitAnswer {
    pub const ALL: [LongWaitAnswer; 3] = [Self::Holds, Self::Changed, Self::Nothing];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Holds => "holds",
            Self::Changed => "changed",
            Self::Nothing => "nothing",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|a| a.as_str() == s)
    }

    /// Whether this party is offered this answer.
    fn offered_to(self, party: Party) -> bool {
        match self {
            Self::Changed => true,
            Self::Holds => party.is_staff(),
            Self::Nothing => party == Party::Holder,
        }
    }
}

/// The two buttons under the long-wait question for this party.
pub(crate) fn long_wait_buttons(case: CaseId, party: Party) -> Vec<Vec<Button>> {
    let first = match party {
        Party::Holder => (LongWaitAnswer::Nothing, "button-plan-nothing-changed"),
        _ => (LongWaitAnswer::Holds, "button-plan-still-holds"),
    };
    [first, (LongWaitAnswer::Changed, "button-plan-changed")]
        .into_iter()
        .map(|(a, id)| {
            vec![Button::new(
                Msg::new(id),
                Action::Plan(PlanAction::LongWait(case, a)),
            )]
        })
        .collect()
}

impl App {
    /// A press on a long-wait button: kept in the history, told to staff and groups.
    #[tracing::instrument(skip_all, fields(case = case.0))]
    pub(crate) async fn long_wait_answer(
        &self,
        ctx: &Ctx<'_>,
        case: CaseId,
        answer: LongWaitAnswer,
    ) -> AppResult<Reply> {
        let now = self.clock.now();
        let user = ctx.inc.actor.user;
        let mut tx = self.begin().await?;
        let access = self.plan_access(&mut tx, ctx, case).await?;
        if !answer.offered_to(access.party) {
            return refuse(Msg::new("error-button-stale"));
        }
        if !access.case.open {
            return refuse(Msg::new("plan-case-closed"));
        }
        let event = Event {
            case,
            item: None,
            actor: Some(user),
            field: "long_wait",
            old: None,
            new: Some(answer.as_str().to_string()),
        };
        store::plan::event(&mut tx, &event, now)
            .await
            .context("store::plan::event")?;
        self.touch_long_wait(&mut tx, case, now).await?;
        let who = who_msg(&mut tx, &access, user).await?;
        let told = Msg::new("plan-long-wait-answered")
            .code("reference", access.case.reference.clone())
            .msg("who", who)
            .msg(
                "answer",
                Msg::new("plan-summary-long-wait").code("answer", answer.as_str()),
            );
        let thanks = match (access.party.is_staff(), answer) {
            (true, LongWaitAnswer::Changed) => "plan-long-wait-update",
            _ => "plan-long-wait-thanks",
        };
        let mut reply = Reply::one(ctx.out(Msg::new(thanks))).answered();
        let others = self.to_case_staff(&mut tx, case, Some(user), told).await?;
        reply = reply.and(self.split(&mut tx, ctx, case, others).await?);
        tx.commit().await.context("commit")?;
        Ok(reply)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_party_is_offered_its_own_two_answers() {
        for (answer, party, offered) in [
            (LongWaitAnswer::Holds, Party::Gemeente, true),
            (LongWaitAnswer::Holds, Party::Coa, true),
            (LongWaitAnswer::Holds, Party::Holder, false),
            (LongWaitAnswer::Nothing, Party::Holder, true),
            (LongWaitAnswer::Nothing, Party::Gemeente, false),
            (LongWaitAnswer::Changed, Party::Holder, true),
            (LongWaitAnswer::Changed, Party::Coa, true),
        ] {
            assert_eq!(answer.offered_to(party), offered, "{answer:?} {party:?}");
        }
        for a in LongWaitAnswer::ALL {
            assert_eq!(LongWaitAnswer::parse(a.as_str()), Some(a));
        }
    }
}
