//! Picking one case from many (issue 12): `/plan`, `/meet` and `/prepare` with a caseload of 60
//! show 8 cases a page, each by reference and first name, with ◀️ ▶️ to page (the same message
//! edited); `/plan UTR-7` (a typed reference) picks the case straight away.

use crate::app::{Action, Button, Ctx, Input};
use crate::i18n::Msg;
use crate::store::cases::Case;

/// Cases per page of a picker.
pub(crate) const PER_PAGE: usize = 8;

/// Which command's picker is paged (so one paging action serves them all).
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Picker {
    Plan,
    Meet,
    Prepare,
}

impl Picker {
    pub const ALL: [Picker; 3] = [Picker::Plan, Picker::Meet, Picker::Prepare];

    pub fn as_str(self) -> &'static str {
        match self {
            Picker::Plan => "plan",
            Picker::Meet => "meet",
            Picker::Prepare => "prep",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|p| p.as_str() == s)
    }
}

/// What a picker shows.
pub(crate) enum Picked<'a> {
    /// No case to pick from.
    Nothing,
    /// Exactly one case: go straight to it (one case, or the typed reference).
    One(&'a Case),
    /// A typed reference that is none of these cases.
    NotFound(String),
    /// The buttons of page `page`, with ◀️ ▶️ where there is more.
    Page(Vec<Vec<Button>>),
}

/// The reference typed after the command (`/plan UTR-7`), if any.
pub(crate) fn typed_reference(ctx: &Ctx<'_>) -> Option<String> {
    match &ctx.inc.input {
        Input::Command { arg, .. } if !arg.trim().is_empty() => Some(arg.trim().to_string()),
        _ => None,
    }
}

/// The picker for `cases` (in the order given) at `page`, or the one case.
pub(crate) fn pick<'a>(
    ctx: &Ctx<'_>,
    cases: &'a [Case],
    picker: Picker,
    page: usize,
    button: impl Fn(&Case) -> Button,
) -> Picked<'a> {
    if let Some(typed) = typed_reference(ctx) {
        return match cases
            .iter()
            .find(|c| c.reference.to_lowercase() == typed.to_lowercase())
        {
            Some(c) => Picked::One(c),
            None => Picked::NotFound(typed),
        };
    }
    match cases {
        [] => Picked::Nothing,
        [one] => Picked::One(one),
        many => {
            let pages = many.len().div_ceil(PER_PAGE);
            let page = page.min(pages.saturating_sub(1));
            let mut rows: Vec<Vec<Button>> = many
                .iter()
                .skip(page * PER_PAGE)
                .take(PER_PAGE)
                .map(|c| vec![button(c)])
                .collect();
            let mut nav = Vec::new();
            let to = |p: usize| Action::Page(picker, u16::try_from(p).unwrap_or(u16::MAX));
            if page > 0 {
                nav.push(Button::new(Msg::new("button-page-prev"), to(page - 1)));
            }
            if page + 1 < pages {
                nav.push(Button::new(Msg::new("button-page-next"), to(page + 1)));
            }
            if !nav.is_empty() {
                rows.push(nav);
            }
            Picked::Page(rows)
        }
    }
}

/// The answer to a typed reference that is none of the reader's cases here.
pub(crate) fn not_found(reference: String) -> Msg {
    Msg::new("picker-not-found").code("reference", reference)
}

/// The picker's message: a new one for a command, the same one edited for ◀️ ▶️.
pub(crate) fn picker_out(ctx: &Ctx<'_>, msg: Msg) -> crate::app::Outgoing {
    let mut out = ctx.out(msg);
    if matches!(ctx.inc.input, Input::Button(_)) {
        out.edit = ctx.inc.message_id;
        out.reply_to = None;
    }
    out
}
