//! `/cases` and the menu's "my cases" button: the caseload overview. One line per open case,
//! most urgent first (the order is `workflow::caseload`'s), each with the few facts that say why:
//! late items, the next meeting, the option, the status holder if not on the case yet and the
//! expected housing date. Loaded in three queries whatever the number of cases.
//!
//! ```text
//! Sanne:  /cases
//! Bot:    Your cases (3), most urgent first:
//!         UTR-7 Amal: 1 agreement late · meeting Tue 14 Apr 10:00
//!         UTR-9 Bilal: no option yet · status holder not joined
//!         UTR-8 Sara: option 2 · housing expected 1 Jun
//! ```
//!
//! May use: `app` (App, Ctx), `app/common`, `store`, `workflow`, `domain`, `i18n`.

use crate::app::common::error::{AppResult, OrRefuse, ensure};
use crate::app::{Action, App, Button, Ctx, LifeAction, Reply};
use crate::i18n::Msg;
use crate::store;
use crate::workflow::caseload::{Holder, Line, NextMeeting, listed, overview};
use anyhow::Context;

/// At most this many cases in one list message (Telegram allows 4,096 characters; a line is
/// about 40 to 100 characters in Dutch: the facts are short, the header explains the symbols;
/// `listed` shows fewer if the lines are unusually long).
pub(crate) const MAX_LISTED: usize = 40;

impl App {
    /// The cases a staff member follows: in a group, those the group follows; in a private
    /// chat, those of their organisation. A group of another organisation is refused.
    #[tracing::instrument(skip_all)]
    pub(crate) async fn list_cases(&self, ctx: &Ctx<'_>) -> AppResult<Reply> {
        ensure(ctx.staff().is_some(), Msg::new("error-staff-only"))?;
        let mut conn = self.pool.acquire().await?;
        let scope = self.case_list_scope(&mut conn, ctx).await?.or_refuse()?;
        let load = store::caseload::load(&mut conn, scope)
            .await
            .context("store::caseload::load")?;
        let lines = overview(
            load.cases,
            &load.meetings,
            &load.items,
            self.clock.now(),
            self.clock.today(),
        );
        // The closed cases are one tap away (issue 12).
        let closed = vec![vec![Button::new(
            Msg::new("button-cases-closed"),
            Action::Life(LifeAction::Closed),
        )]];
        if lines.is_empty() {
            return Ok(Reply::one(ctx.out(Msg::new("cases-none")).buttons(closed)));
        }
        // Also for a menu button: a list is a message, not an alert.
        Ok(Reply::one(ctx.out(caseload_msg(&lines)).buttons(closed)))
    }
}

/// The whole list: a count, the first lines (at most `MAX_LISTED`, as many as fit in one
/// message), and how many more there are.
pub(crate) fn caseload_msg(lines: &[Line]) -> Msg {
    let total = lines.len();
    let shown = listed(lines, MAX_LISTED);
    let mut items: Vec<Msg> = lines.iter().take(shown).map(line_msg).collect();
    let hidden = total.saturating_sub(shown);
    if hidden > 0 {
        items.push(Msg::new("cases-more").num("hidden", i64::try_from(hidden).unwrap_or(0)));
    }
    Msg::new("cases-list")
        .num("count", i64::try_from(total).unwrap_or(i64::MAX))
        .lines("items", items)
}

/// One case: reference and first name, then each fact that applies (an absent fact renders
/// as nothing, so the separators stay right in every language).
pub(crate) fn line_msg(l: &Line) -> Msg {
    let c = &l.case;
    let late = match l.late {
        0 => Msg::new("cases-fact-none"),
        n => fact(Msg::new("cases-late").num("late", i64::try_from(n).unwrap_or(i64::MAX))),
    };
    let meeting = match l.meeting {
        Some(NextMeeting::Confirmed(at)) => fact(Msg::new("cases-meeting").date_time("when", at)),
        Some(NextMeeting::BeingChosen) => fact(Msg::new("cases-meeting-proposed")),
        None => Msg::new("cases-fact-none"),
    };
    let option = match c.option {
        Some(o) => fact(Msg::new("cases-option").num("option", o.number())),
        None => fact(Msg::new("plan-option-none")),
    };
    let holder = match c.holder {
        Holder::Joined => Msg::new("cases-fact-none"),
        Holder::Choosing => fact(Msg::new("cases-holder-choosing")),
        Holder::Invited => fact(Msg::new("cases-holder-invited")),
    };
    let housing = match c.housing {
        Some(d) => fact(Msg::new("cases-housing").date("date", d)),
        None => Msg::new("cases-fact-none"),
    };
    Msg::new("cases-line")
        .code("reference", c.reference.clone())
        .name("name", c.holder_name.clone())
        .msg("late", late)
        .msg("meeting", meeting)
        .msg("option", option)
        .msg("holder", holder)
        .msg("housing", housing)
}

/// A fact with the separator that goes before it.
fn fact(m: Msg) -> Msg {
    Msg::new("cases-fact").msg("fact", m)
}
