//! Picking one case from many (issue 12): `/plan`, `/meet` and `/prepare` with a caseload of 60
//! show 8 cases a page, each by reference and first name, in the order of `/cases` (most urgent
//! first), with ◀️ ▶️ to page (the same message edited); `/plan UTR-7` (a typed reference) picks
//! the case straight away.

use anyhow::Context;

use crate::app::common::error::{AppResult, OrRefuse, ensure};
use crate::app::{Action, App, Button, Ctx, Input};
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
    /// The case a team group is linked to (`case/groups.rs`).
    Link,
}

impl Picker {
    pub const ALL: [Picker; 4] = [Picker::Plan, Picker::Meet, Picker::Prepare, Picker::Link];

    pub fn as_str(self) -> &'static str {
        match self {
            Picker::Plan => "plan",
            Picker::Meet => "meet",
            Picker::Prepare => "prep",
            Picker::Link => "link",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|p| p.as_str() == s)
    }
}

/// What a picker shows.
pub(crate) enum Picked {
    /// No case to pick from.
    Nothing,
    /// Exactly one case: go straight to it (one case, or the typed reference).
    One(Case),
    /// A typed reference that is none of these cases.
    NotFound(String),
    /// The buttons of page `page`, with ◀️ ▶️ where there is more.
    Page(Vec<Vec<Button>>),
}

impl App {
    /// The picker over the open cases of this chat that the staff member is on (`/plan`,
    /// `/meet`, `/prepare`): refused when they are not staff or the chat refuses (the one
    /// access rule). The picker's message replaces itself when paged (`Ctx::in_place`).
    pub(crate) async fn case_picker(
        &self,
        ctx: &Ctx<'_>,
        picker: Picker,
        page: usize,
        button: impl Fn(&Case) -> Button,
    ) -> AppResult<Picked> {
        ensure(ctx.staff().is_some(), Msg::new("error-staff-only"))?;
        let mut conn = self.pool.acquire().await?;
        // Only the cases they are on: one they are not on would only be refused.
        let mut cases = self
            .my_cases_here(&mut conn, ctx)
            .await
            .context("the cases here")?
            .or_refuse()?;
        if cases.len() > 1
            && typed_reference(ctx).is_none()
            && let Ok(scope) = self.case_list_scope(&mut conn, ctx).await?
        {
            self.in_caseload_order(&mut conn, scope, &mut cases).await?;
        }
        Ok(pick(ctx, cases, picker, page, button))
    }

    /// Sorts these cases as `/cases` lists them, most urgent first (`workflow::caseload`), so
    /// that page 1 of a picker holds what needs the reader now. `scope` holds them all.
    pub(crate) async fn in_caseload_order(
        &self,
        conn: &mut sqlx::SqliteConnection,
        scope: crate::store::caseload::Scope,
        cases: &mut [Case],
    ) -> anyhow::Result<()> {
        let load = crate::store::caseload::load(conn, scope)
            .await
            .context("store::caseload::load")?;
        let rank: std::collections::HashMap<_, _> = crate::workflow::caseload::overview(
            load.cases,
            &load.meetings,
            &load.items,
            self.clock.now(),
            self.clock.today(),
        )
        .into_iter()
        .enumerate()
        .map(|(i, line)| (line.case.id, i))
        .collect();
        cases.sort_by_key(|c| rank.get(&c.id).copied().unwrap_or(usize::MAX));
        Ok(())
    }
}

/// The reference typed after the command (`/plan UTR-7`), if any.
pub(crate) fn typed_reference(ctx: &Ctx<'_>) -> Option<String> {
    match &ctx.inc.input {
        Input::Command { arg, .. } if !arg.trim().is_empty() => Some(arg.trim().to_string()),
        _ => None,
    }
}

/// The picker for `cases` (in the order given) at `page`, or the one case.
fn pick(
    ctx: &Ctx<'_>,
    mut cases: Vec<Case>,
    picker: Picker,
    page: usize,
    button: impl Fn(&Case) -> Button,
) -> Picked {
    if let Some(typed) = typed_reference(ctx) {
        return match cases
            .iter()
            .position(|c| c.reference.to_lowercase() == typed.to_lowercase())
        {
            Some(i) => Picked::One(cases.swap_remove(i)),
            None => Picked::NotFound(typed),
        };
    }
    if cases.len() <= 1 {
        return cases.pop().map_or(Picked::Nothing, Picked::One);
    }
    Picked::Page(page_rows(&cases, picker, page, button))
}

/// The buttons of page `page` of `cases` (the last page when it is beyond), with ◀️ ▶️ where
/// there is more: 8 cases a page.
pub(crate) fn page_rows(
    cases: &[Case],
    picker: Picker,
    page: usize,
    button: impl Fn(&Case) -> Button,
) -> Vec<Vec<Button>> {
    let pages = cases.len().div_ceil(PER_PAGE);
    let page = page.min(pages.saturating_sub(1));
    let mut rows: Vec<Vec<Button>> = cases
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
    rows
}

/// The answer to a typed reference that is none of the reader's cases here. What they typed is
/// shown back at most as long as a reference can be (`CaseReference::MAX`), cut with "…".
pub(crate) fn not_found(reference: String) -> Msg {
    let max = crate::domain::CaseReference::MAX;
    let shown = match reference.chars().nth(max) {
        Some(_) => reference.chars().take(max).chain(['…']).collect(),
        None => reference,
    };
    Msg::new("picker-not-found").code("reference", shown)
}
