//! Callback data: the short strings behind inline buttons. An opaque key into an action, never
//! an authority: `app` re-checks every action against the person who pressed it. Telegram allows
//! at most 64 bytes.

use super::{callback_life, callback_meeting, callback_plan, callback_prepare, callback_privacy};
use crate::app::{Action, ExplainAction, LinkAction, MenuAction, OpenAction};
use crate::domain::{CaseId, Lang, OrgId};
use crate::workflow::explain::Term;

pub fn encode(action: Action) -> String {
    match action {
        Action::PickLang(l) => format!("lang:{}", l.id()),
        Action::PrivacyOk(c) => format!("privacy:{}", c.0),
        Action::Open(OpenAction::Counterpart(o)) => format!("open:org:{}", o.0),
        Action::Open(OpenAction::DaysAgo(n)) => format!("open:ago:{n}"),
        Action::Open(OpenAction::HousingUnknown) => "open:unknown".into(),
        Action::Open(OpenAction::Confirm) => "open:confirm".into(),
        Action::Open(OpenAction::Cancel) => "open:cancel".into(),
        Action::Menu(MenuAction::NewCase) => "menu:newcase".into(),
        Action::Menu(MenuAction::Cases) => "menu:cases".into(),
        Action::Menu(MenuAction::Language) => "menu:language".into(),
        Action::Menu(MenuAction::Home) => "menu:home".into(),
        Action::Link(LinkAction::Org) => "link:org".into(),
        Action::Link(LinkAction::ChooseCase) => "link:choose".into(),
        Action::Link(LinkAction::Case(c)) => format!("link:case:{}", c.0),
        Action::Plan(a) => format!("p:{}", callback_plan::encode(a)),
        Action::Meeting(a) => format!("m:{}", callback_meeting::encode(a)),
        Action::Prepare(a) => format!("q:{}", callback_prepare::encode(a)),
        Action::Life(a) => format!("l:{}", callback_life::encode(a)),
        Action::Privacy(a) => format!("d:{}", callback_privacy::encode(a)),
        Action::Explain(ExplainAction::List) => "x:list".into(),
        Action::Explain(ExplainAction::Show(t)) => format!("x:{}", t.as_str()),
        Action::Explain(ExplainAction::Pick(c)) => format!("x:pick:{}", c.0),
        Action::Explain(ExplainAction::Send(c, t)) => format!("x:send:{}:{}", c.0, t.as_str()),
        Action::Page(p, n) => format!("pg:{}:{n}", p.as_str()),
    }
}

/// `None` for anything we did not make (forged, truncated, or from an older version).
pub fn decode(data: &str) -> Option<Action> {
    if data.len() > 64 {
        return None;
    }
    if let Some(rest) = data.strip_prefix("p:") {
        return callback_plan::decode(rest).map(Action::Plan);
    }
    if let Some(rest) = data.strip_prefix("m:") {
        return callback_meeting::decode(rest).map(Action::Meeting);
    }
    if let Some(rest) = data.strip_prefix("q:") {
        return callback_prepare::decode(rest).map(Action::Prepare);
    }
    if let Some(rest) = data.strip_prefix("l:") {
        return callback_life::decode(rest).map(Action::Life);
    }
    if let Some(rest) = data.strip_prefix("d:") {
        return callback_privacy::decode(rest).map(Action::Privacy);
    }
    let parts: Vec<&str> = data.split(':').collect();
    let id = |s: &str| -> Option<i64> {
        (!s.is_empty() && s.len() <= 19 && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse().ok())
            .flatten()
    };
    Some(match parts.as_slice() {
        ["lang", l] => Action::PickLang(Lang::from_id(l)?),
        ["privacy", c] => Action::PrivacyOk(CaseId(id(c)?)),
        ["open", "org", o] => Action::Open(OpenAction::Counterpart(OrgId(id(o)?))),
        ["open", "ago", n] => Action::Open(OpenAction::DaysAgo(
            u32::try_from(id(n)?).ok().filter(|n| *n <= 7)?,
        )),
        ["open", "unknown"] => Action::Open(OpenAction::HousingUnknown),
        ["open", "confirm"] => Action::Open(OpenAction::Confirm),
        ["open", "cancel"] => Action::Open(OpenAction::Cancel),
        ["menu", "newcase"] => Action::Menu(MenuAction::NewCase),
        ["menu", "cases"] => Action::Menu(MenuAction::Cases),
        ["menu", "language"] => Action::Menu(MenuAction::Language),
        ["menu", "home"] => Action::Menu(MenuAction::Home),
        ["link", "org"] => Action::Link(LinkAction::Org),
        ["link", "choose"] => Action::Link(LinkAction::ChooseCase),
        ["link", "case", c] => Action::Link(LinkAction::Case(CaseId(id(c)?))),
        ["x", "list"] => Action::Explain(ExplainAction::List),
        ["x", "pick", c] => Action::Explain(ExplainAction::Pick(CaseId(id(c)?))),
        ["x", "send", c, t] => {
            Action::Explain(ExplainAction::Send(CaseId(id(c)?), Term::parse(t)?))
        }
        ["x", t] => Action::Explain(ExplainAction::Show(Term::parse(t)?)),
        ["pg", p, n] => Action::Page(
            crate::app::Picker::parse(p)?,
            u16::try_from(id(n)?).ok().filter(|n| *n < 1000)?,
        ),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_action_survives_a_round_trip_within_64_bytes() {
        let mut actions = vec![
            Action::PickLang(Lang::Ti),
            Action::PrivacyOk(CaseId(i64::MAX)),
            Action::Open(OpenAction::Counterpart(OrgId(3))),
            Action::Open(OpenAction::DaysAgo(1)),
            Action::Open(OpenAction::HousingUnknown),
            Action::Open(OpenAction::Confirm),
            Action::Open(OpenAction::Cancel),
            Action::Menu(MenuAction::NewCase),
            Action::Menu(MenuAction::Cases),
            Action::Menu(MenuAction::Language),
            Action::Menu(MenuAction::Home),
            Action::Link(LinkAction::Org),
            Action::Link(LinkAction::ChooseCase),
            Action::Link(LinkAction::Case(CaseId(42))),
            Action::Page(crate::app::Picker::Plan, 0),
            Action::Page(crate::app::Picker::Meet, 999),
            Action::Page(crate::app::Picker::Prepare, 7),
            Action::Explain(ExplainAction::List),
            Action::Explain(ExplainAction::Pick(CaseId(i64::MAX))),
        ];
        for t in Term::ALL {
            actions.push(Action::Explain(ExplainAction::Show(t)));
            actions.push(Action::Explain(ExplainAction::Send(CaseId(i64::MAX), t)));
        }
        for a in actions {
            let data = encode(a);
            assert!(data.len() <= 64, "{data}");
            assert_eq!(decode(&data), Some(a), "{data}");
        }
    }

    #[test]
    fn forged_or_odd_data_is_not_an_action() {
        for bad in [
            "",
            "lang:de",
            "privacy:-1",
            "privacy:1e5",
            "open:ago:400",
            "link:case:99999999999999999999",
            "admin:grant",
            "pg:plan:1000",
            "pg:cases:1",
            "pg:plan:-1",
            "x:brede",
            "x:send:1",
            "x:send:1:brede",
            "x:pick:-1",
            "x:list:1",
            &"x".repeat(100),
        ] {
            assert_eq!(decode(bad), None, "{bad}");
        }
    }
}
