//! Callback data of the plan's buttons (issue 3), after the `p:` prefix: short, at most 60
//! bytes, and only ids and fixed words (never an authority: `app` re-checks every action).

use crate::app::{LongWaitAnswer, PlanAction};
use crate::domain::{CaseId, HandoverOption, Party};
use crate::workflow::plan::ItemKind;

pub fn encode(action: PlanAction) -> String {
    match action {
        PlanAction::Show(c) => format!("show:{}", c.0),
        PlanAction::Options(c) => format!("opts:{}", c.0),
        PlanAction::Choose(c, o) => format!("ch:{}:{}", c.0, o.number()),
        PlanAction::Programme(c, yes) => format!("prog:{}:{}", c.0, u8::from(yes)),
        PlanAction::Add(c) => format!("add:{}", c.0),
        PlanAction::Kind(c, k) => format!("kind:{}:{}", c.0, k.as_str()),
        PlanAction::Owner(p) => format!("own:{}", p.as_str()),
        PlanAction::DueIn(d) => format!("due:{d}"),
        PlanAction::Done(i, v) => format!("done:{i}:{v}"),
        PlanAction::Send(c) => format!("send:{}", c.0),
        PlanAction::Agree(c, v) => format!("ok:{}:{v}", c.0),
        PlanAction::Question(c, v) => format!("ask:{}:{v}", c.0),
        PlanAction::Housing(c) => format!("house:{}", c.0),
        PlanAction::Summary(c) => format!("sum:{}", c.0),
        PlanAction::LongWait(c, a) => format!("lw:{}:{}", c.0, a.as_str()),
        PlanAction::Edit(i, v) => format!("ed:{i}:{v}"),
        PlanAction::MoveDue(i, v, d) => format!("mv:{i}:{v}:{d}"),
        PlanAction::CancelItem(i, v) => format!("cx:{i}:{v}"),
        PlanAction::SetOwner(i, v, p) => format!("ow:{i}:{v}:{}", p.as_str()),
        PlanAction::Reword(i, v) => format!("rw:{i}:{v}"),
    }
}

fn id(s: &str) -> Option<i64> {
    (!s.is_empty() && s.len() <= 18 && s.bytes().all(|b| b.is_ascii_digit()))
        .then(|| s.parse().ok())
        .flatten()
}

pub fn decode(data: &str) -> Option<PlanAction> {
    if data.len() > 60 {
        return None;
    }
    let parts: Vec<&str> = data.split(':').collect();
    let case = |s: &str| id(s).map(CaseId);
    Some(match parts.as_slice() {
        ["show", c] => PlanAction::Show(case(c)?),
        ["opts", c] => PlanAction::Options(case(c)?),
        ["ch", c, n] => PlanAction::Choose(
            case(c)?,
            HandoverOption::ALL
                .into_iter()
                .find(|o| o.number().to_string() == *n)?,
        ),
        ["prog", c, "1"] => PlanAction::Programme(case(c)?, true),
        ["prog", c, "0"] => PlanAction::Programme(case(c)?, false),
        ["add", c] => PlanAction::Add(case(c)?),
        ["kind", c, k] => PlanAction::Kind(case(c)?, ItemKind::parse(k)?),
        ["own", p] => PlanAction::Owner(Party::parse(p)?),
        ["due", d] => PlanAction::DueIn(u32::try_from(id(d)?).ok().filter(|d| *d <= 366)?),
        ["done", i, v] => PlanAction::Done(id(i)?, id(v)?),
        ["send", c] => PlanAction::Send(case(c)?),
        ["ok", c, v] => PlanAction::Agree(case(c)?, id(v)?),
        ["ask", c, v] => PlanAction::Question(case(c)?, id(v)?),
        ["house", c] => PlanAction::Housing(case(c)?),
        ["sum", c] => PlanAction::Summary(case(c)?),
        ["lw", c, a] => PlanAction::LongWait(case(c)?, LongWaitAnswer::parse(a)?),
        ["ed", i, v] => PlanAction::Edit(id(i)?, id(v)?),
        ["mv", i, v, d] => PlanAction::MoveDue(
            id(i)?,
            id(v)?,
            u32::try_from(id(d)?).ok().filter(|d| *d <= 366)?,
        ),
        ["cx", i, v] => PlanAction::CancelItem(id(i)?, id(v)?),
        ["ow", i, v, p] => PlanAction::SetOwner(id(i)?, id(v)?, Party::parse(p)?),
        ["rw", i, v] => PlanAction::Reword(id(i)?, id(v)?),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::PlanItemKind;
    use crate::workflow::plan::AgreementKind;

    #[test]
    fn every_plan_action_survives_a_round_trip_within_60_bytes() {
        let big = CaseId(999_999_999_999_999_999);
        let actions = [
            PlanAction::Show(big),
            PlanAction::Options(big),
            PlanAction::Choose(big, HandoverOption::AfterHousing),
            PlanAction::Programme(big, true),
            PlanAction::Programme(big, false),
            PlanAction::Add(big),
            PlanAction::Kind(big, ItemKind::Agreement(AgreementKind::InterpreterBooking)),
            PlanAction::Kind(big, ItemKind::Standard(PlanItemKind::HandoverConversation)),
            PlanAction::Kind(big, ItemKind::Free),
            PlanAction::Owner(Party::Holder),
            PlanAction::DueIn(28),
            PlanAction::Done(999_999_999_999_999_999, 999_999_999_999_999_999),
            PlanAction::Send(big),
            PlanAction::Agree(big, 999_999_999_999_999_999),
            PlanAction::Question(big, 3),
            PlanAction::Housing(big),
            PlanAction::Summary(big),
            PlanAction::LongWait(big, LongWaitAnswer::Nothing),
            PlanAction::Edit(999_999_999_999_999_999, 999_999_999_999_999_999),
            PlanAction::MoveDue(999_999_999_999_999_999, 999_999_999_999_999_999, 366),
            PlanAction::CancelItem(999_999_999_999_999_999, 999_999_999_999_999_999),
            PlanAction::SetOwner(
                999_999_999_999_999_999,
                999_999_999_999_999_999,
                Party::Gemeente,
            ),
            PlanAction::Reword(999_999_999_999_999_999, 999_999_999_999_999_999),
        ];
        for a in actions {
            let data = encode(a);
            assert!(data.len() <= 60, "{data}");
            assert_eq!(decode(&data), Some(a), "{data}");
        }
    }

    #[test]
    fn forged_plan_data_is_not_an_action() {
        for bad in [
            "",
            "ch:1:4",
            "prog:1:2",
            "own:admin",
            "done:-1:1",
            "due:9999",
            "kind:1:x",
            "lw:1:maybe",
            "mv:1:1:9999",
            "ed:1:-1",
            "ow:1:1:admin",
            "ow:1:1",
            "rw:1:x",
        ] {
            assert_eq!(decode(bad), None, "{bad}");
        }
    }
}
