//! Callback data of a case's life (issue 12), after the `l:` prefix: ids and fixed words only
//! (never an authority: `app` re-checks every action).

use crate::app::LifeAction;
use crate::domain::{CaseId, StaffId};
use crate::workflow::case_life::CloseReason;

pub fn encode(action: LifeAction) -> String {
    match action {
        LifeAction::Close(c) => format!("close:{}", c.0),
        LifeAction::Reason(c, r) => format!("why:{}:{}", c.0, r.as_str()),
        LifeAction::Confirm(c, r) => format!("yes:{}:{}", c.0, r.as_str()),
        LifeAction::Keep(c) => format!("keep:{}", c.0),
        LifeAction::Closed => "closed".into(),
        LifeAction::Reopen(c) => format!("reopen:{}", c.0),
        LifeAction::HandOver(c) => format!("hand:{}", c.0),
        LifeAction::HandTo(c, s) => format!("to:{}:{}", c.0, s.0),
        LifeAction::Accept(h) => format!("take:{h}"),
        LifeAction::Decline(h) => format!("nottake:{h}"),
    }
}

fn id(s: &str) -> Option<i64> {
    (!s.is_empty() && s.len() <= 18 && s.bytes().all(|b| b.is_ascii_digit()))
        .then(|| s.parse().ok())
        .flatten()
}

pub fn decode(data: &str) -> Option<LifeAction> {
    if data.len() > 60 {
        return None;
    }
    let parts: Vec<&str> = data.split(':').collect();
    let case = |s: &str| id(s).map(CaseId);
    Some(match parts.as_slice() {
        ["close", c] => LifeAction::Close(case(c)?),
        ["why", c, r] => LifeAction::Reason(case(c)?, CloseReason::parse(r)?),
        ["yes", c, r] => LifeAction::Confirm(case(c)?, CloseReason::parse(r)?),
        ["keep", c] => LifeAction::Keep(case(c)?),
        ["closed"] => LifeAction::Closed,
        ["reopen", c] => LifeAction::Reopen(case(c)?),
        ["hand", c] => LifeAction::HandOver(case(c)?),
        ["to", c, s] => LifeAction::HandTo(case(c)?, StaffId(id(s)?)),
        ["take", h] => LifeAction::Accept(id(h)?),
        ["nottake", h] => LifeAction::Decline(id(h)?),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_life_action_survives_a_round_trip_within_the_limit() {
        let big = CaseId(999_999_999_999_999_999);
        let mut actions = vec![
            LifeAction::Close(big),
            LifeAction::Keep(big),
            LifeAction::Closed,
            LifeAction::Reopen(big),
            LifeAction::HandOver(big),
            LifeAction::HandTo(big, StaffId(999_999_999_999_999_999)),
            LifeAction::Accept(999_999_999_999_999_999),
            LifeAction::Decline(1),
        ];
        for r in CloseReason::ALL {
            actions.push(LifeAction::Reason(big, r));
            actions.push(LifeAction::Confirm(big, r));
        }
        for a in actions {
            let data = encode(a);
            assert!(data.len() <= 60, "{data}");
            assert_eq!(decode(&data), Some(a), "{data}");
        }
    }

    #[test]
    fn forged_or_odd_life_data_is_not_an_action() {
        for bad in [
            "",
            "close",
            "close:",
            "close:-1",
            "why:1:fired",
            "yes:1",
            "to:1:x",
            "take:1e3",
            "closed:1",
            "reopen:99999999999999999999",
        ] {
            assert_eq!(decode(bad), None, "{bad}");
        }
    }
}
