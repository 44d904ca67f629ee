//! Who may see and change a plan (issue 3): re-checked on the server for every action, whatever
//! the button says, by the one access rule (`app/access.rs`, `workflow::access`).

use sqlx::SqliteConnection;

use crate::app::common::error::AppResult;
use crate::app::{App, Ctx};
use crate::domain::{CaseId, Party, UserId};
use crate::store;
use crate::workflow::access::Need;

pub(crate) use crate::app::common::access::Access;

impl App {
    /// Re-checks on the server that the actor may see this case here, and as which party.
    pub(crate) async fn plan_access(
        &self,
        conn: &mut SqliteConnection,
        ctx: &Ctx<'_>,
        case: CaseId,
    ) -> AppResult<Access> {
        self.allowed(conn, ctx, case, Need::ViewPlan).await
    }

    /// Access for a change: staff (of the municipality only, if `gemeente_only`), on an open
    /// case.
    pub(crate) async fn plan_edit_access(
        &self,
        conn: &mut SqliteConnection,
        ctx: &Ctx<'_>,
        case: CaseId,
        gemeente_only: bool,
    ) -> AppResult<Access> {
        let need = if gemeente_only {
            Need::EditPlanGemeente
        } else {
            Need::EditPlan
        };
        self.allowed(conn, ctx, case, need).await
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
