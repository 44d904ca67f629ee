//! Who may see and change a plan (issue 3): re-checked on the server for every action, whatever
//! the button says. Staff act on cases they joined, for their own organisation; the status
//! holder only on their own case, in their private chat; changes need an open case.

use sqlx::SqliteConnection;

use super::{App, Ctx, Who};
use crate::domain::{CaseId, Party, UserId};
use crate::i18n::Msg;
use crate::store::{self, cases::Case};

/// Who acts on a case, and as which party.
pub(crate) struct Access {
    pub case: Case,
    pub party: Party,
}

impl App {
    /// Re-checks on the server that the actor may see this case here, and as which party.
    pub(crate) async fn plan_access(
        &self,
        conn: &mut SqliteConnection,
        ctx: &Ctx<'_>,
        case: CaseId,
    ) -> anyhow::Result<Result<Access, Msg>> {
        let refuse = || Ok(Err(Msg::new("error-not-on-case")));
        let Some(c) = store::cases::get(conn, case).await? else {
            return Ok(Err(Msg::new("error-button-stale")));
        };
        // Staff act only on cases they joined, for their own organisation; the status holder
        // only on their own case and only in their private chat.
        let member = store::cases::member(conn, case, ctx.inc.actor.user).await?;
        let party = match (&ctx.who, member) {
            (Who::Staff(s), Some(m))
                if (s.org == c.coa_org || s.org == c.gemeente_org)
                    && m.party == s.org_kind.party() =>
            {
                m.party
            }
            (Who::Holder(_), Some(m)) if m.party == Party::Holder && !ctx.inc.chat.is_group() => {
                Party::Holder
            }
            _ => return refuse(),
        };
        if ctx.inc.chat.is_group()
            && !store::groups::following(conn, case, c.coa_org, c.gemeente_org)
                .await?
                .contains(&ctx.inc.chat)
        {
            return refuse();
        }
        Ok(Ok(Access { case: c, party }))
    }

    /// Access for a change: staff of the municipality only, on an open case.
    pub(crate) async fn plan_edit_access(
        &self,
        conn: &mut SqliteConnection,
        ctx: &Ctx<'_>,
        case: CaseId,
        gemeente_only: bool,
    ) -> anyhow::Result<Result<Access, Msg>> {
        let access = match self.plan_access(conn, ctx, case).await? {
            Ok(a) => a,
            Err(msg) => return Ok(Err(msg)),
        };
        if !access.party.is_staff() {
            return Ok(Err(Msg::new("plan-holder-cannot-change")));
        }
        if gemeente_only && access.party != Party::Gemeente {
            return Ok(Err(Msg::new("plan-gemeente-only")));
        }
        if !access.case.open {
            return Ok(Err(Msg::new("plan-case-closed")));
        }
        Ok(Ok(access))
    }
}

/// The status holder on a case, if they have joined.
pub(crate) async fn holder_of(
    conn: &mut SqliteConnection,
    case: CaseId,
) -> sqlx::Result<Option<UserId>> {
    Ok(store::cases::members(conn, case)
        .await?
        .into_iter()
        .find(|m| m.party == Party::Holder)
        .map(|m| m.user))
}
