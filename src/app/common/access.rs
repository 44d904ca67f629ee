//! Every access check of the app (issue 10): load the facts with one query, ask the one pure
//! rule (`workflow::access::decide`), and turn a refusal into the specific reply. Re-checked on
//! the server for every action, whatever a button says.

use anyhow::Context;
use sqlx::SqliteConnection;

use crate::app::common::error::{AppResult, OrRefuse};
use crate::app::{App, Ctx, Who};
use crate::domain::{CaseId, ChatId, OrgId, Party};
use crate::i18n::Msg;
use crate::store::{self, caseload::Scope, cases::Case, groups::GroupLink};
use crate::workflow::access::{Allowed, Chat, Need, Refusal, Relation, decide};

/// Who acts on a case, and as which party.
pub(crate) struct Access {
    pub case: Case,
    pub party: Party,
}

impl App {
    /// May the actor do `need` with `case` in this chat, and as which party?
    pub(crate) async fn access(
        &self,
        conn: &mut SqliteConnection,
        ctx: &Ctx<'_>,
        case: CaseId,
        need: Need,
    ) -> anyhow::Result<Result<Access, Msg>> {
        let chat = ctx.inc.chat;
        let Some(f) = store::access::facts(conn, case, ctx.inc.actor.user, chat).await? else {
            return Ok(Err(Msg::new("error-button-stale")));
        };
        let rel = relation(&ctx.who, &f.case, f.member);
        let chat = chat_kind(chat, f.link.as_ref(), Some(&f.case), actor_org(ctx));
        Ok(match decide(rel, chat, need, f.case.open) {
            Ok(Allowed::As(party)) => {
                ctx.focus(&f.case);
                Ok(Access {
                    case: f.case,
                    party,
                })
            }
            // Only `Need::CaseList` lists, and that is `case_list_scope`'s.
            Ok(Allowed::List) => Err(Msg::new("error-button-stale")),
            Err(refusal) => Err(refusal_msg(refusal)),
        })
    }

    /// `access` for a use case: the refusal as its `AppError::User`.
    pub(crate) async fn allowed(
        &self,
        conn: &mut SqliteConnection,
        ctx: &Ctx<'_>,
        case: CaseId,
        need: Need,
    ) -> AppResult<Access> {
        self.access(conn, ctx, case, need)
            .await
            .context("checking access")?
            .or_refuse()
    }

    /// The cases a staff member may list in this chat: in a private chat, their organisation's;
    /// in a group, the case or the organisation the group is linked to. A group that is not
    /// linked (anyone may be in it) or is linked to another organisation sees none.
    pub(crate) async fn case_list_scope(
        &self,
        conn: &mut SqliteConnection,
        ctx: &Ctx<'_>,
    ) -> anyhow::Result<Result<Scope, Msg>> {
        let link = if ctx.inc.chat.is_group() {
            store::groups::get(conn, ctx.inc.chat).await?
        } else {
            None
        };
        // For a list only staff or not matters: any staff member counts as of the organisation
        // whose cases are listed.
        let rel = match ctx.staff() {
            Some(_) => Relation::Colleague,
            None => Relation::Stranger,
        };
        let chat = chat_kind(ctx.inc.chat, link.as_ref(), None, actor_org(ctx));
        Ok(
            match (decide(rel, chat, Need::CaseList, true), ctx.staff()) {
                (Ok(_), Some(staff)) => Ok(match link {
                    Some(GroupLink { case: Some(c), .. }) => Scope::Case(c),
                    Some(l) => Scope::Org(l.org),
                    None => Scope::Org(staff.org),
                }),
                (Ok(_), None) => Err(Msg::new("error-staff-only")),
                (Err(refusal), _) => Err(refusal_msg(refusal)),
            },
        )
    }

    /// The open cases of this chat's scope that the actor is on: what `/meet`, `/plan` and
    /// `/prepare` offer to pick from (a case they are not on would only be refused).
    pub(crate) async fn my_cases_here(
        &self,
        conn: &mut SqliteConnection,
        ctx: &Ctx<'_>,
    ) -> anyhow::Result<Result<Vec<Case>, Msg>> {
        let scope = match self.case_list_scope(conn, ctx).await? {
            Ok(scope) => scope,
            Err(refusal) => return Ok(Err(refusal)),
        };
        let mine = store::cases::for_member(conn, ctx.inc.actor.user).await?;
        Ok(Ok(mine
            .into_iter()
            .filter(|c| match scope {
                Scope::Case(id) => c.id == id,
                Scope::Org(org) => c.coa_org == org || c.gemeente_org == org,
            })
            .collect()))
    }
}

fn actor_org(ctx: &Ctx<'_>) -> Option<OrgId> {
    ctx.staff().map(|s| s.org)
}

/// The actor's relation to the case, from who they are and their membership of it.
fn relation(who: &Who, case: &Case, member: Option<Party>) -> Relation {
    match who {
        Who::Holder(_) if member == Some(Party::Holder) => Relation::Holder,
        Who::Holder(_) => Relation::OtherHolder,
        Who::Stranger => Relation::Stranger,
        Who::Staff(s) => {
            let org_on_case = s.org == case.coa_org || s.org == case.gemeente_org;
            match member {
                Some(p) if org_on_case && p == s.org_kind.party() => Relation::Staff(p),
                Some(_) => Relation::WrongSide,
                None if org_on_case => Relation::Colleague,
                None => Relation::Unrelated,
            }
        }
    }
}

/// What the chat is to this case (`None`: no particular case, for a list).
fn chat_kind(
    chat: ChatId,
    link: Option<&GroupLink>,
    case: Option<&Case>,
    actor_org: Option<OrgId>,
) -> Chat {
    if !chat.is_group() {
        return Chat::Private;
    }
    let Some(link) = link else {
        return Chat::Unlinked;
    };
    let own = Some(link.org) == actor_org;
    match link.case {
        Some(linked) => Chat::Case {
            this: case.is_none_or(|c| c.id == linked),
            own,
        },
        None => Chat::Org {
            own,
            on_case: case.is_none_or(|c| link.org == c.coa_org || link.org == c.gemeente_org),
        },
    }
}

/// The reply to a refusal.
pub(crate) fn refusal_msg(refusal: Refusal) -> Msg {
    Msg::new(match refusal {
        Refusal::NotOnCase => "error-not-on-case",
        Refusal::StaffOnly => "error-staff-only",
        Refusal::HolderOnly => "prep-holder-only",
        Refusal::PrivateOnly => "private-only-command",
        Refusal::LinkGroupFirst => "group-not-linked",
        Refusal::GroupOtherOrg => "group-other-org",
        Refusal::GroupNotFollowing => "access-group-not-following",
        Refusal::HolderCannotChange => "plan-holder-cannot-change",
        Refusal::GemeenteOnly => "plan-gemeente-only",
        Refusal::CaseClosed => "plan-case-closed",
    })
}
