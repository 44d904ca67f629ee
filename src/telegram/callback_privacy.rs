//! Callback data of the status holder's rights (issue 14), after the `d:` prefix: ids and fixed
//! words only (never an authority: `app` re-checks every action).

use crate::app::PrivacyAction;
use crate::workflow::privacy::KeepReason;

pub fn encode(action: PrivacyAction) -> String {
    match action {
        PrivacyAction::Menu => "menu".into(),
        PrivacyAction::MyData => "mine".into(),
        PrivacyAction::Delete => "del".into(),
        PrivacyAction::DeleteYes => "delyes".into(),
        PrivacyAction::Stop => "stop".into(),
        PrivacyAction::StopYes => "stopyes".into(),
        PrivacyAction::Never => "never".into(),
        PrivacyAction::Erase(r) => format!("erase:{r}"),
        PrivacyAction::EraseYes(r) => format!("eraseyes:{r}"),
        PrivacyAction::Keep(r) => format!("keep:{r}"),
        PrivacyAction::KeepFor(r, why) => format!("keepfor:{r}:{}", why.as_str()),
        PrivacyAction::Request(r) => format!("req:{r}"),
    }
}

fn id(s: &str) -> Option<i64> {
    (!s.is_empty() && s.len() <= 18 && s.bytes().all(|b| b.is_ascii_digit()))
        .then(|| s.parse().ok())
        .flatten()
}

pub fn decode(data: &str) -> Option<PrivacyAction> {
    if data.len() > 60 {
        return None;
    }
    let parts: Vec<&str> = data.split(':').collect();
    Some(match parts.as_slice() {
        ["menu"] => PrivacyAction::Menu,
        ["mine"] => PrivacyAction::MyData,
        ["del"] => PrivacyAction::Delete,
        ["delyes"] => PrivacyAction::DeleteYes,
        ["stop"] => PrivacyAction::Stop,
        ["stopyes"] => PrivacyAction::StopYes,
        ["never"] => PrivacyAction::Never,
        ["erase", r] => PrivacyAction::Erase(id(r)?),
        ["eraseyes", r] => PrivacyAction::EraseYes(id(r)?),
        ["keep", r] => PrivacyAction::Keep(id(r)?),
        ["keepfor", r, why] => PrivacyAction::KeepFor(id(r)?, KeepReason::parse(why)?),
        ["req", r] => PrivacyAction::Request(id(r)?),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_privacy_action_survives_a_round_trip_within_the_limit() {
        let big = 999_999_999_999_999_999;
        let mut actions = vec![
            PrivacyAction::Menu,
            PrivacyAction::MyData,
            PrivacyAction::Delete,
            PrivacyAction::DeleteYes,
            PrivacyAction::Stop,
            PrivacyAction::StopYes,
            PrivacyAction::Never,
            PrivacyAction::Erase(big),
            PrivacyAction::EraseYes(big),
            PrivacyAction::Keep(big),
            PrivacyAction::Request(1),
        ];
        for r in KeepReason::ALL {
            actions.push(PrivacyAction::KeepFor(big, r));
        }
        for a in actions {
            let data = encode(a);
            assert!(data.len() <= 60, "{data}");
            assert_eq!(decode(&data), Some(a), "{data}");
        }
    }

    #[test]
    fn forged_or_odd_privacy_data_is_not_an_action() {
        for bad in [
            "",
            "mine:1",
            "erase",
            "erase:",
            "erase:-1",
            "eraseyes:1e3",
            "keepfor:1",
            "keepfor:1:because",
            "req:99999999999999999999",
            "DEL",
        ] {
            assert_eq!(decode(bad), None, "{bad}");
        }
    }
}
