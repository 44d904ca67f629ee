//! Staff giving one agreement to another party, or new words for a free-text agreement (issue
//! 3), from the same edit menu as moving and cancelling (`edit`) and with the same version
//! check. Here too: what each saved change writes to the history, which reminders it cancels and
//! schedules again (a new owner gets the due-soon and overdue reminders from then on), and what
//! every party is told. Known kinds are translated texts and have no words to edit.
//!
//! ```text
//! Sanne:  <taps ✏️ Book interpreter>   Bot: … [👤 → municipality] [👤 → status holder] …
//! Sanne:  <taps 👤 → status holder>    Bot (to all): Case UTR-7: Book interpreter: COA → status holder.
//! Sanne:  <taps ✏️ New words>          Bot: Type the new words of the agreement on one line.
//! Sanne:  Call the interpreter today   Bot (to all): Case UTR-7: new words: "…" → "…" (not translated)
//! ```

use anyhow::Context;
use sqlx::SqliteConnection;

use crate::app::Action;
use crate::app::PlanAction;
use crate::app::common::error::{AppResult, ensure};
use crate::app::common::words::{due_msg, item_what};
use crate::app::plan::edit::Change;
use crate::app::{App, Button, Ctx, Reply};
use crate::domain::{Party, UserId};
use crate::i18n::Msg;
use crate::store::{self, cases::Case, plan::Event, plan::Item};
use crate::workflow::plan::{ItemKind, MAX_TEXT, PlanDialog, free_text};

/// The edit menu's owner buttons (every party but the current owner) and, for free text only,
/// "new words".
pub(crate) fn field_rows(item: &Item) -> Vec<Vec<Button>> {
    let owners = [Party::Coa, Party::Gemeente, Party::Holder]
        .into_iter()
        .filter(|p| *p != item.owner)
        .map(|p| {
            Button::new(
                Msg::new("button-plan-owner-to").code("owner", p.as_str()),
                Action::Plan(PlanAction::SetOwner(item.id, item.version, p)),
            )
        })
        .collect();
    let mut rows = vec![owners];
    if item.kind == ItemKind::Free {
        rows.push(vec![Button::new(
            Msg::new("button-plan-reword"),
            Action::Plan(PlanAction::Reword(item.id, item.version)),
        )]);
    }
    rows
}

/// A change that would change nothing (the same owner, the same words) or does not apply (words
/// for a known kind): refused like an outdated button, with no history entry.
pub(crate) fn not_a_change(item: &Item, change: &Change) -> bool {
    match change {
        Change::Owner(p) => *p == item.owner,
        Change::Text(t) => item.kind != ItemKind::Free || item.text.as_deref() == Some(t.as_str()),
        Change::Due(_) | Change::Cancel => false,
    }
}

/// The history entry of a change: field, old and new value.
fn history(item: &Item, change: &Change) -> (&'static str, Option<String>, String) {
    match change {
        Change::Due(due) => ("due_date", item.due.map(|d| d.to_string()), due.to_string()),
        Change::Cancel => ("status", Some("planned".into()), "cancelled".into()),
        Change::Owner(p) => ("owner", Some(item.owner.as_str().into()), p.as_str().into()),
        Change::Text(t) => ("text", item.text.clone(), t.clone()),
    }
}

impl App {
    /// An owner button from the edit menu.
    #[tracing::instrument(skip_all, fields(item = id))]
    pub(crate) async fn set_owner(
        &self,
        ctx: &Ctx<'_>,
        id: i64,
        seen: i64,
        owner: Party,
    ) -> AppResult<Reply> {
        self.change_item(ctx, id, seen, Change::Owner(owner)).await
    }

    /// "New words" from the edit menu: checked like the menu itself, then a typed line.
    #[tracing::instrument(skip_all, fields(item = id))]
    pub(crate) async fn ask_reword(&self, ctx: &Ctx<'_>, id: i64, seen: i64) -> AppResult<Reply> {
        let mut conn = self.pool.acquire().await?;
        let item = self.item_to_edit(&mut conn, ctx, id, seen).await?;
        ensure(item.kind == ItemKind::Free, Msg::new("error-button-stale"))?;
        let dialog = PlanDialog::EditText {
            case: item.case,
            item: id,
            version: seen,
        };
        self.put_dialog(&mut conn, ctx, dialog).await?;
        Ok(self.typed(ctx, Msg::new("plan-ask-reword")).answered())
    }

    /// Typed new words: one line, the same limits as a new free-text agreement.
    #[tracing::instrument(skip_all, fields(item = id))]
    pub(crate) async fn edit_typed_text(
        &self,
        ctx: &Ctx<'_>,
        id: i64,
        seen: i64,
        raw: &str,
    ) -> AppResult<Reply> {
        let Some(text) = free_text(raw) else {
            let max = i64::try_from(MAX_TEXT).unwrap_or(i64::MAX);
            let mut r = Reply::one(ctx.out(Msg::new("plan-free-bad").num("max", max)));
            r.messages
                .extend(self.typed(ctx, Msg::new("plan-ask-reword")).messages);
            return Ok(r);
        };
        self.change_item(ctx, id, seen, Change::Text(text)).await
    }

    /// The history entry and the item's reminders for a saved change; what every party is told.
    pub(crate) async fn record_change(
        &self,
        conn: &mut SqliteConnection,
        case: &Case,
        item: &Item,
        change: Change,
        user: UserId,
    ) -> anyhow::Result<Msg> {
        let now = self.clock.now();
        let (field, old, new) = history(item, &change);
        let event = Event {
            case: item.case,
            item: Some(item.id),
            actor: Some(user),
            field,
            old,
            new: Some(new),
        };
        store::plan::event(conn, &event, now)
            .await
            .context("store::plan::event")?;
        // The reminders name neither the owner nor the words' author: they are composed at send
        // time, so new words need no new rows. A new date or owner does.
        let (owner, due) = match &change {
            Change::Due(due) => (item.owner, Some(*due)),
            Change::Owner(p) => (*p, item.due),
            Change::Cancel => (item.owner, None),
            Change::Text(_) => return Ok(self.change_msg(case, item, change)),
        };
        self.cancel_item_reminders(conn, item.id, now).await?;
        self.schedule_item_reminders(conn, case, item.id, owner, due, now)
            .await?;
        Ok(self.change_msg(case, item, change))
    }

    /// What every party is told about a saved change, each in their own language.
    fn change_msg(&self, case: &Case, item: &Item, change: Change) -> Msg {
        let reference = case.reference.clone();
        match change {
            Change::Due(due) => Msg::new("plan-agreement-moved")
                .code("reference", reference)
                .msg("what", item_what(item))
                .msg("old", due_msg(item.due))
                .msg("new", due_msg(Some(due))),
            Change::Cancel => Msg::new("plan-agreement-cancelled")
                .code("reference", reference)
                .msg("what", item_what(item)),
            Change::Owner(p) => Msg::new("plan-agreement-owner")
                .code("reference", reference)
                .msg("what", item_what(item))
                .msg(
                    "old",
                    Msg::new("plan-owner").code("owner", item.owner.as_str()),
                )
                .msg("new", Msg::new("plan-owner").code("owner", p.as_str())),
            Change::Text(t) => Msg::new("plan-agreement-reworded")
                .code("reference", reference)
                .msg("old", item_what(item))
                .msg("new", Msg::new("plan-free-text").name("text", t)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::CaseId;
    use crate::workflow::plan::AgreementKind;
    use crate::workflow::plan::rules::ItemStatus;

    fn item(kind: ItemKind, text: Option<&str>) -> Item {
        Item {
            id: 7,
            case: CaseId(1),
            kind,
            text: text.map(str::to_string),
            owner: Party::Coa,
            due: None,
            place: None,
            status: ItemStatus::Planned,
            version: 3,
        }
    }

    #[test]
    fn only_a_real_change_of_owner_or_words_counts() {
        let free = item(ItemKind::Free, Some("Bel de tolk"));
        let known = item(ItemKind::Agreement(AgreementKind::InterpreterBooking), None);
        let cases = [
            (&free, Change::Owner(Party::Coa), true),
            (&free, Change::Owner(Party::Holder), false),
            (&free, Change::Text("Bel de tolk".into()), true),
            (&free, Change::Text("Bel de tolk vandaag".into()), false),
            (&known, Change::Text("Tolk".into()), true),
            (&known, Change::Owner(Party::Gemeente), false),
            (&known, Change::Cancel, false),
        ];
        for (i, change, want) in cases {
            assert_eq!(not_a_change(i, &change), want, "{change:?}");
        }
    }

    #[test]
    fn the_menu_offers_the_other_owners_and_new_words_only_for_free_text() {
        let free = item(ItemKind::Free, Some("Bel de tolk"));
        let known = item(ItemKind::Agreement(AgreementKind::InterpreterBooking), None);
        let actions = |i: &Item| -> Vec<Action> {
            field_rows(i)
                .into_iter()
                .flatten()
                .map(|b| b.action)
                .collect()
        };
        let owner = |p| Action::Plan(PlanAction::SetOwner(7, 3, p));
        assert_eq!(
            actions(&free),
            vec![
                owner(Party::Gemeente),
                owner(Party::Holder),
                Action::Plan(PlanAction::Reword(7, 3))
            ]
        );
        assert_eq!(
            actions(&known),
            vec![owner(Party::Gemeente), owner(Party::Holder)]
        );
    }

    #[test]
    fn history_entries_name_the_field_and_both_values() {
        let free = item(ItemKind::Free, Some("Bel de tolk"));
        assert_eq!(
            history(&free, &Change::Owner(Party::Holder)),
            ("owner", Some("coa".into()), "holder".into())
        );
        assert_eq!(
            history(&free, &Change::Text("Nieuw".into())),
            ("text", Some("Bel de tolk".into()), "Nieuw".into())
        );
    }
}
