//! One access rule (issue 10): who may do what with a case, and in which chat. Pure: the app
//! loads the facts (the actor's relation to the case, what the chat is linked to, whether the
//! case is open) with one query and asks `decide`; a refusal says why, so the reply can too.
//!
//! The rule, in words (DESIGN "Identity and access"):
//! - The status holder acts only on their own case, and only in their private chat.
//! - Staff act only on cases they joined, as their own organisation's party. A colleague of the
//!   same organisation who did not join sees the case in the caseload (`/cases`), but cannot
//!   open its plan, meetings, preparation or agenda: the status holder's answers are sensitive.
//! - A group nobody linked may hold anyone (a family group), so it gets no case, only how to
//!   link it. A linked group acts on the cases it follows: linked to the case, or to all cases
//!   of one of the case's two organisations. The preparation, the agenda and any list of cases
//!   only in a group of the actor's own organisation.
//! - Everything but reading the plan and answering about a meeting needs an open case.

use crate::domain::Party;

/// The actor's relation to the case.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Relation {
    /// The status holder of this case.
    Holder,
    /// The status holder of another case.
    OtherHolder,
    /// Staff on the case, as their own organisation's party (`Coa` or `Gemeente`).
    Staff(Party),
    /// Staff of one of the case's organisations who did not join the case.
    Colleague,
    /// On the case, but not as their organisation's party, or for an organisation that is no
    /// longer on the case: treated as not on the case.
    WrongSide,
    /// Staff of an organisation that is not on the case.
    Unrelated,
    /// Neither staff nor a status holder.
    Stranger,
}

/// The chat the actor acts in, as far as this case is concerned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Chat {
    Private,
    /// A group nobody linked.
    Unlinked,
    /// A group linked to all cases of an organisation: the actor's own (`own`), and one of the
    /// case's two (`on_case`).
    Org {
        own: bool,
        on_case: bool,
    },
    /// A group linked to one case: this one (`this`), linked by the actor's organisation (`own`).
    Case {
        this: bool,
        own: bool,
    },
}

/// What the actor wants to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Need {
    /// See the plan (and its summary), confirm it, answer the programme question.
    ViewPlan,
    /// Change the plan: agreements, their dates, owners and words (staff).
    EditPlan,
    /// Change what only the municipality decides: the option, sending the plan round.
    EditPlanGemeente,
    /// Propose, confirm, move or cancel a meeting, say what happened (staff).
    Meeting,
    /// Say "I can't come" to a confirmed meeting (any party).
    AnswerMeeting,
    /// The staff preparation overview and their checklist.
    PrepareView,
    /// The agenda editor: reorder, add, send.
    EditAgenda,
    /// The status holder's own questionnaire, consent and checklist.
    OwnPreparation,
    /// Close a case (the municipality, on an open case).
    CloseCase,
    /// Reopen a closed case (the municipality).
    ReopenCase,
    /// Hand one's own place on an open case to a colleague (staff).
    HandOver,
    /// Erase a status holder's data on their request, or say why it is kept (the
    /// municipality, on an open or closed case; in a group only its own, issue 14).
    DecideErasure,
    /// A list of cases to pick from (`/cases`, `/meet`, `/plan`, `/prepare`); the case does not
    /// matter, only whether the actor is staff and which organisation the group is linked to.
    CaseList,
}

/// Why not, so the reply can say what to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    NotOnCase,
    StaffOnly,
    HolderOnly,
    PrivateOnly,
    /// A group nobody linked: link it first (`/link`).
    LinkGroupFirst,
    /// A group linked to another organisation.
    GroupOtherOrg,
    /// A linked group that does not follow this case.
    GroupNotFollowing,
    HolderCannotChange,
    GemeenteOnly,
    CaseClosed,
}

/// What is allowed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Allowed {
    /// Acting on the case as this party.
    As(Party),
    /// Listing the cases the chat may see.
    List,
}

/// The one access rule: may an actor with this relation do this in this chat?
pub fn decide(rel: Relation, chat: Chat, need: Need, open: bool) -> Result<Allowed, Refusal> {
    if need == Need::CaseList {
        return list(rel, chat);
    }
    let party = party(rel, chat, need)?;
    if party.is_staff() {
        staff_chat(chat, need)?;
    }
    let needs_open = !matches!(
        need,
        Need::ViewPlan | Need::AnswerMeeting | Need::ReopenCase | Need::DecideErasure
    );
    let gemeente_only = matches!(
        need,
        Need::EditPlanGemeente | Need::CloseCase | Need::ReopenCase | Need::DecideErasure
    );
    if gemeente_only && party != Party::Gemeente {
        return Err(Refusal::GemeenteOnly);
    }
    if needs_open && !open {
        return Err(Refusal::CaseClosed);
    }
    Ok(Allowed::As(party))
}

/// As which party the actor acts, whatever the chat (the holder's chat is checked here too).
fn party(rel: Relation, chat: Chat, need: Need) -> Result<Party, Refusal> {
    use Need as N;
    let group = chat != Chat::Private;
    match rel {
        Relation::Holder => match need {
            N::PrepareView
            | N::EditAgenda
            | N::CloseCase
            | N::ReopenCase
            | N::HandOver
            | N::DecideErasure => Err(Refusal::StaffOnly),
            N::Meeting => Err(Refusal::NotOnCase),
            N::OwnPreparation if group => Err(Refusal::PrivateOnly),
            _ if group => Err(Refusal::NotOnCase),
            N::EditPlan | N::EditPlanGemeente => Err(Refusal::HolderCannotChange),
            _ => Ok(Party::Holder),
        },
        Relation::Staff(_) | Relation::Colleague | Relation::WrongSide | Relation::Unrelated
            if need == N::OwnPreparation =>
        {
            Err(Refusal::HolderOnly)
        }
        Relation::Staff(p) => Ok(p),
        Relation::Colleague | Relation::WrongSide | Relation::Unrelated => Err(Refusal::NotOnCase),
        Relation::OtherHolder | Relation::Stranger => match need {
            N::PrepareView
            | N::EditAgenda
            | N::CloseCase
            | N::ReopenCase
            | N::HandOver
            | N::DecideErasure => Err(Refusal::StaffOnly),
            _ => Err(Refusal::NotOnCase),
        },
    }
}

/// Staff on the case, in a group: it must be linked and follow the case; the preparation and
/// the agenda only in a group of their own organisation.
fn staff_chat(chat: Chat, need: Need) -> Result<(), Refusal> {
    let own = match chat {
        Chat::Private => return Ok(()),
        Chat::Unlinked => return Err(Refusal::LinkGroupFirst),
        Chat::Org { on_case: false, .. } | Chat::Case { this: false, .. } => {
            return Err(Refusal::GroupNotFollowing);
        }
        Chat::Org { own, .. } | Chat::Case { own, .. } => own,
    };
    if !own
        && matches!(
            need,
            Need::PrepareView | Need::EditAgenda | Need::DecideErasure
        )
    {
        return Err(Refusal::GroupOtherOrg);
    }
    Ok(())
}

/// A list of cases: staff only; in a group, only one linked to their own organisation.
fn list(rel: Relation, chat: Chat) -> Result<Allowed, Refusal> {
    if matches!(
        rel,
        Relation::Holder | Relation::OtherHolder | Relation::Stranger
    ) {
        return Err(Refusal::StaffOnly);
    }
    match chat {
        Chat::Private | Chat::Org { own: true, .. } | Chat::Case { own: true, .. } => {
            Ok(Allowed::List)
        }
        Chat::Unlinked => Err(Refusal::LinkGroupFirst),
        Chat::Org { own: false, .. } | Chat::Case { own: false, .. } => Err(Refusal::GroupOtherOrg),
    }
}

#[cfg(test)]
mod tests;
