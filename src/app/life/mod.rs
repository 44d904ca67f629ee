//! A case's life (issue 12): the municipality closes a case with a reason after a confirmation
//! step (every party told in their language, open reminders cancelled in the same transaction),
//! lists the cases closed in the last 90 days and reopens one within 30 days; a staff member hands
//! their place on a case to a colleague of the same organisation, who accepts with a button.
//! What an admin's `driegesprek staff revoke` tells the cases is in `revoke.rs`.
//!
//! ```text
//! Sanne:  (under the plan) 🗂 Close case
//! Bot:    Why are you closing case UTR-7 (Amal)?  [🏠 Moved and handed over] [🚚 …] [📄 …] [✏️ …]
//! Sanne:  🏠 Moved and handed over
//! Bot:    Close case UTR-7 (Amal)? Reason: moved and handed over. …   [✅ Yes, close] [↩️ No]
//! Sanne:  ✅ Yes, close
//! Bot:    ✅ Case UTR-7 (Amal) is closed. … You can reopen it until Fri 1 May 2026 10:00 …
//! Joost, the team group:  🗂 Case UTR-7 (Amal) was closed by Sanne. …
//! Amal (Arabic):          Gemeente Utrecht has finished the guidance in this chat. …
//! ```
//!
//! May use: `app` (App, Ctx), `app/common`, `app/holder` (the case's staff), `store`,
//! `workflow`, `domain`, `i18n`.

mod close;
mod handover;
pub(crate) mod revoke;
mod suggest;

use sqlx::SqliteConnection;

use crate::app::common::error::AppResult;
use crate::app::{App, Ctx, LifeAction, Outgoing, Reply, recipient_lang};
use crate::domain::{CaseId, ChatId, Lang, Party};
use crate::i18n::Msg;
use crate::store::{self, cases::Case};

impl App {
    pub(crate) async fn life_button(&self, ctx: &Ctx<'_>, a: LifeAction) -> AppResult<Reply> {
        match a {
            LifeAction::Close(case) => self.close_ask(ctx, case).await,
            LifeAction::Reason(case, reason) => self.close_confirm(ctx, case, reason).await,
            LifeAction::Confirm(case, reason) => self.close_case(ctx, case, reason).await,
            LifeAction::Keep(case) => self.close_keep(ctx, case).await,
            LifeAction::Closed => self.closed_cases(ctx).await,
            LifeAction::Reopen(case) => self.reopen_case(ctx, case).await,
            LifeAction::HandOver(case) => self.handover_pick(ctx, case).await,
            LifeAction::HandTo(case, staff) => self.handover_offer(ctx, case, staff).await,
            LifeAction::Accept(id) => self.handover_answer(ctx, id, true).await,
            LifeAction::Decline(id) => self.handover_answer(ctx, id, false).await,
        }
    }

    /// The status holder's message about their case, in their language (none before they
    /// joined).
    pub(in crate::app) async fn to_holder(
        &self,
        conn: &mut SqliteConnection,
        case: CaseId,
        msg: Msg,
    ) -> anyhow::Result<Vec<Outgoing>> {
        let members = store::cases::members(conn, case).await?;
        let mut out = Vec::new();
        for m in members.iter().filter(|m| m.party == Party::Holder) {
            let lang = recipient_lang(conn, m.user, Lang::En).await?;
            out.push(Outgoing::new(ChatId::from(m.user), lang, msg.clone()));
        }
        Ok(out)
    }

    /// The name of the case's organisation on this side.
    pub(in crate::app) async fn org_name(
        &self,
        conn: &mut SqliteConnection,
        case: &Case,
        party: Party,
    ) -> anyhow::Result<String> {
        let id = match party {
            Party::Coa => case.coa_org,
            _ => case.gemeente_org,
        };
        Ok(store::orgs::get(conn, id)
            .await?
            .map(|o| o.name)
            .unwrap_or_default())
    }
}

/// A message naming a case by reference and first name.
pub(in crate::app) fn about(id: &'static str, case: &Case) -> Msg {
    Msg::new(id)
        .code("reference", case.reference.clone())
        .name("name", case.holder_name.clone())
}
