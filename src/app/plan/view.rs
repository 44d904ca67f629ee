//! How the plan reads (issue 3): one message per reader, items of a known kind fully translated,
//! free text as typed and marked "not translated", the status holder's own open items first, and
//! the buttons this reader may use. Also `/case`, the staff overview.

use chrono::NaiveDate;
use sqlx::SqliteConnection;

use crate::app::Action;
use crate::app::common::words::{due_msg, item_what, item_what_for};
use crate::app::explain::term_button;
use crate::app::plan::access::Access;
use crate::app::{App, Button, Ctx, Outgoing};
use crate::app::{ExplainAction, LifeAction, PlanAction};
use crate::domain::{ChatId, Lang, Party};
use crate::i18n::Msg;
use crate::store::{self, cases::Case, plan::Item, plan::Plan};
use crate::workflow::explain;
use crate::workflow::plan::rules::{ItemStatus, is_late};

/// At most this many "done" buttons under a plan.
const MAX_DONE_BUTTONS: usize = 8;

/// At most this many "what does … mean?" buttons under the holder's plan.
const MAX_EXPLAIN_BUTTONS: usize = 3;

/// At most this many cases in `/case`.
const MAX_OVERVIEW: usize = 20;

/// One line of the plan.
pub(crate) fn item_line(item: &Item, today: NaiveDate, reader: Party) -> Msg {
    let status = if is_late(item.status, item.due, today) {
        "late"
    } else {
        item.status.as_str()
    };
    // The status holder reads plain words and "you" (issue 15); staff their terms.
    let id = if reader == Party::Holder {
        "plan-item-holder"
    } else {
        "plan-item"
    };
    let line = Msg::new(id)
        .code("status", status)
        .msg("what", item_what_for(item, reader))
        .code("owner", item.owner.as_str())
        .msg("due", due_msg(item.due));
    match item.place {
        Some(p) => Msg::new("plan-item-at")
            .msg("item", line)
            .code("place", p.as_str()),
        None => line,
    }
}

/// Items in reading order: for the status holder, their own open items first.
fn ordered(mut items: Vec<Item>, reader: Party) -> Vec<Item> {
    if reader == Party::Holder {
        items.sort_by_key(|i| !(i.owner == Party::Holder && i.status == ItemStatus::Planned));
    }
    items
}

/// Whether this reader may mark this item done: its owner, or any staff once it is late.
pub(crate) fn may_mark_done(item: &Item, party: Party, today: NaiveDate) -> bool {
    item.status == ItemStatus::Planned
        && (item.owner == party || (party.is_staff() && is_late(item.status, item.due, today)))
}

/// The buttons under the plan for this reader: "done" for items they may mark, and for staff
/// adding agreements; the municipality also sends round, moves the housing date, changes the
/// option.
fn plan_buttons(
    items: &[Item],
    option: crate::domain::HandoverOption,
    access: &Access,
    today: NaiveDate,
) -> Vec<Vec<Button>> {
    let c = &access.case;
    let mut rows: Vec<Vec<Button>> = items
        .iter()
        .filter(|i| may_mark_done(i, access.party, today))
        .take(MAX_DONE_BUTTONS)
        .map(|i| {
            vec![Button::new(
                Msg::new("button-plan-done").msg("what", item_what_for(i, access.party)),
                Action::Plan(PlanAction::Done(i.id, i.version)),
            )]
        })
        .collect();
    if access.party.is_staff() && c.open {
        rows.extend(
            items
                .iter()
                .filter(|i| crate::app::plan::edit::editable(i))
                .take(MAX_DONE_BUTTONS)
                .map(|i| {
                    vec![Button::new(
                        Msg::new("button-plan-edit").msg("what", item_what(i)),
                        Action::Plan(PlanAction::Edit(i.id, i.version)),
                    )]
                }),
        );
        rows.push(vec![Button::new(
            Msg::new("button-plan-add"),
            Action::Plan(PlanAction::Add(c.id)),
        )]);
    }
    if access.party.is_staff() {
        rows.push(vec![
            Button::new(
                Msg::new("button-plan-summary"),
                Action::Plan(PlanAction::Summary(c.id)),
            ),
            Button::new(
                Msg::new("explain-button-send"),
                Action::Explain(ExplainAction::Pick(c.id)),
            ),
        ]);
    } else {
        // The words of the plan a newcomer may not know, explained (issue 15).
        let planned = items
            .iter()
            .filter(|i| i.status == ItemStatus::Planned)
            .map(|i| i.kind);
        rows.extend(
            explain::for_plan(option, planned, MAX_EXPLAIN_BUTTONS)
                .into_iter()
                .map(|t| vec![term_button(t)]),
        );
    }
    if access.party == Party::Gemeente && c.open {
        rows.push(vec![
            Button::new(
                Msg::new("button-plan-send"),
                Action::Plan(PlanAction::Send(c.id)),
            ),
            Button::new(
                Msg::new("button-plan-housing"),
                Action::Plan(PlanAction::Housing(c.id)),
            ),
        ]);
        rows.push(vec![Button::new(
            Msg::new("button-plan-options"),
            Action::Plan(PlanAction::Options(c.id)),
        )]);
    }
    rows.extend(life_row(access));
    rows
}

/// A case's life (issue 12): staff hand their place over; the municipality closes the case.
fn life_row(access: &Access) -> Option<Vec<Button>> {
    let c = &access.case;
    if !access.party.is_staff() || !c.open {
        return None;
    }
    let mut row = vec![Button::new(
        Msg::new("button-case-handover"),
        Action::Life(LifeAction::HandOver(c.id)),
    )];
    if access.party == Party::Gemeente {
        row.push(Button::new(
            Msg::new("button-case-close"),
            Action::Life(LifeAction::Close(c.id)),
        ));
    }
    Some(row)
}

impl App {
    /// The whole plan for one reader, with the buttons they may use.
    pub(crate) async fn plan_message(
        &self,
        conn: &mut SqliteConnection,
        access: &Access,
        chat: ChatId,
        lang: Lang,
    ) -> anyhow::Result<Outgoing> {
        let c = &access.case;
        let Some(plan) = store::plan::get(conn, c.id).await? else {
            let mut out = Outgoing::new(chat, lang, Msg::new("plan-none"));
            if access.party == Party::Gemeente && c.open {
                out.buttons = vec![vec![Button::new(
                    Msg::new("button-plan-options"),
                    Action::Plan(PlanAction::Options(c.id)),
                )]];
            }
            out.buttons.extend(life_row(access));
            return Ok(out);
        };
        let today = self.clock.today();
        let items = ordered(store::plan::items(conn, c.id).await?, access.party);
        let lines = items
            .iter()
            .map(|i| item_line(i, today, access.party))
            .collect();
        let confirmed = self.confirmed_lines(conn, c, plan.version).await?;
        let msg = Msg::new("plan-view")
            .code("reference", c.reference.clone())
            .num("version", plan.version)
            .msg(
                "option",
                Msg::new("plan-option").code("option", plan.option.as_str()),
            )
            .msg(
                "programme",
                Msg::new("plan-programme").code("value", plan.programme.as_str()),
            )
            .lines("items", lines)
            .lines("confirmed", confirmed);
        let rows = plan_buttons(&items, plan.option, access, today);
        Ok(Outgoing::new(chat, lang, msg).buttons(rows))
    }

    /// Who has agreed to which version (one line each), for the plan's footer.
    async fn confirmed_lines(
        &self,
        conn: &mut SqliteConnection,
        c: &Case,
        current: i64,
    ) -> anyhow::Result<Vec<Msg>> {
        let members = store::cases::members(conn, c.id).await?;
        let confirmations = store::plan::confirmations(conn, c.id).await?;
        Ok(members
            .iter()
            .map(|m| {
                let last = confirmations
                    .iter()
                    .filter(|x| x.tg_user_id == m.user.0 && x.answer == "agree")
                    .max_by_key(|x| x.version);
                let who = match &m.staff_name {
                    Some(n) => Msg::new("plan-who-staff")
                        .name("name", n.clone())
                        .code("party", m.party.as_str()),
                    None => Msg::new("plan-who-holder").name("name", c.holder_name.clone()),
                };
                match last {
                    Some(x) => Msg::new("plan-confirmed-line")
                        .msg("who", who)
                        .num("version", x.version)
                        .code("current", if x.version == current { "yes" } else { "no" })
                        .date_time("at", x.at),
                    None => Msg::new("plan-unconfirmed-line").msg("who", who),
                }
            })
            .collect())
    }

    /// `/case`: per followed case its option, next item, late items and who has not confirmed.
    pub(crate) async fn case_overview(
        &self,
        conn: &mut SqliteConnection,
        ctx: &Ctx<'_>,
        cases: &[Case],
    ) -> anyhow::Result<Outgoing> {
        if cases.is_empty() {
            return Ok(ctx.out(Msg::new("cases-none")));
        }
        let mut lines = Vec::new();
        for c in cases.iter().take(MAX_OVERVIEW) {
            lines.push(self.case_line(conn, c).await?);
        }
        Ok(ctx.out(Msg::new("plan-case-overview").lines("cases", lines)))
    }

    /// One line of `/case`.
    async fn case_line(&self, conn: &mut SqliteConnection, c: &Case) -> anyhow::Result<Msg> {
        let today = self.clock.today();
        let plan = store::plan::get(conn, c.id).await?;
        let items = store::plan::items(conn, c.id).await?;
        let next = items
            .iter()
            .find(|i| i.status == ItemStatus::Planned && !is_late(i.status, i.due, today))
            .map(|i| {
                Msg::new("plan-next")
                    .msg("what", item_what(i))
                    .msg("due", due_msg(i.due))
            })
            .unwrap_or_else(|| Msg::new("plan-next-none"));
        let late = items
            .iter()
            .filter(|i| is_late(i.status, i.due, today))
            .count();
        let (option, unconfirmed) = match &plan {
            Some(p) => (
                Msg::new("plan-option").code("option", p.option.as_str()),
                self.unconfirmed(conn, p).await?,
            ),
            None => (Msg::new("plan-option-none"), 0),
        };
        Ok(Msg::new("plan-case-line")
            .code("reference", c.reference.clone())
            .name("name", c.holder_name.clone())
            .msg("option", option)
            .msg("next", next)
            .num("late", i64::try_from(late).unwrap_or(0))
            .num("unconfirmed", i64::try_from(unconfirmed).unwrap_or(0)))
    }

    /// How many members have not agreed to the current version of a plan sent round.
    async fn unconfirmed(&self, conn: &mut SqliteConnection, p: &Plan) -> anyhow::Result<usize> {
        if p.sent_version.is_none() {
            return Ok(0);
        }
        let conf = store::plan::confirmations(conn, p.case).await?;
        let members = store::cases::members(conn, p.case).await?;
        Ok(members
            .iter()
            .filter(|m| {
                !conf.iter().any(|x| {
                    x.tg_user_id == m.user.0 && x.version == p.version && x.answer == "agree"
                })
            })
            .count())
    }
}
