//! Callback data of the meeting buttons (issue 4), after the `m:` prefix. Short, because
//! Telegram allows 64 bytes in all; ids are decimal, dates `YYYYMMDD`, times minutes after
//! midnight. Grants nothing: `app` re-checks every action.

use chrono::NaiveDate;

use crate::app::MeetingAction as A;
use crate::domain::{CaseId, Lang, Party};
use crate::workflow::meeting::answers::SlotAnswer;
use crate::workflow::meeting::{CantReason, Outcome, Place};

fn party(p: Party) -> &'static str {
    match p {
        Party::Gemeente => "g",
        Party::Coa => "c",
        Party::Holder => "h",
    }
}

fn parse_party(s: &str) -> Option<Party> {
    [Party::Gemeente, Party::Coa, Party::Holder]
        .into_iter()
        .find(|p| party(*p) == s)
}

pub fn encode(action: A) -> String {
    match action {
        A::Case(c) => format!("c:{}", c.0),
        A::PrevMonth => "<".into(),
        A::NextMonth => ">".into(),
        A::Day(d) => format!("d:{}", d.format("%Y%m%d")),
        A::Time(m) => format!("t:{m}"),
        A::TypeTime => "tt".into(),
        A::SlotsDone => "sd".into(),
        A::Place(p) => format!("pl:{}", p.as_str()),
        A::Interpreter(yes) => format!("i:{}", u8::from(yes)),
        A::InterpreterOther => "io".into(),
        A::InterpreterIn(l) => format!("il:{}", l.id()),
        A::Abort => "x".into(),
        A::Answer {
            slot,
            party: p,
            answer,
        } => {
            format!("a:{slot}:{}:{}", party(p), answer.as_str())
        }
        A::Confirm(slot) => format!("ok:{slot}"),
        A::CantCome(m) => format!("cc:{m}"),
        A::Reason(m, r) => format!("r:{m}:{}", r.as_str()),
        A::Move(m) => format!("mv:{m}"),
        A::Cancel(m) => format!("cx:{m}"),
        A::Booked(m) => format!("ib:{m}"),
        A::Outcome(m, Outcome::Held) => format!("o:{m}:held"),
        A::Outcome(m, Outcome::Cancelled) => format!("o:{m}:cx"),
        A::Outcome(m, Outcome::Absent(p)) => format!("o:{m}:{}", party(p)),
        A::Noop => "_".into(),
    }
}

pub fn decode(data: &str) -> Option<A> {
    let parts: Vec<&str> = data.split(':').collect();
    let id = |s: &str| -> Option<i64> {
        (!s.is_empty() && s.len() <= 18 && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse().ok())
            .flatten()
    };
    Some(match parts.as_slice() {
        ["c", c] => A::Case(CaseId(id(c)?)),
        ["<"] => A::PrevMonth,
        [">"] => A::NextMonth,
        ["d", d] if d.len() == 8 => A::Day(NaiveDate::parse_from_str(d, "%Y%m%d").ok()?),
        ["t", m] => A::Time(u16::try_from(id(m)?).ok().filter(|m| *m < 24 * 60)?),
        ["tt"] => A::TypeTime,
        ["sd"] => A::SlotsDone,
        ["pl", p] => A::Place(Place::parse(p)?),
        ["i", "1"] => A::Interpreter(true),
        ["i", "0"] => A::Interpreter(false),
        ["io"] => A::InterpreterOther,
        ["il", l] => A::InterpreterIn(Lang::from_id(l)?),
        ["x"] => A::Abort,
        ["a", s, p, a] => A::Answer {
            slot: id(s)?,
            party: parse_party(p)?,
            answer: SlotAnswer::parse(a)?,
        },
        ["ok", s] => A::Confirm(id(s)?),
        ["cc", m] => A::CantCome(id(m)?),
        ["r", m, r] => A::Reason(id(m)?, CantReason::parse(r)?),
        ["mv", m] => A::Move(id(m)?),
        ["cx", m] => A::Cancel(id(m)?),
        ["ib", m] => A::Booked(id(m)?),
        ["o", m, "held"] => A::Outcome(id(m)?, Outcome::Held),
        ["o", m, "cx"] => A::Outcome(id(m)?, Outcome::Cancelled),
        ["o", m, p] => A::Outcome(id(m)?, Outcome::Absent(parse_party(p)?)),
        ["_"] => A::Noop,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::Action;
    use crate::telegram::callback;

    #[test]
    fn every_meeting_action_survives_a_round_trip_within_64_bytes() {
        let big = 999_999_999_999_999_999;
        let actions = [
            A::Case(CaseId(big)),
            A::PrevMonth,
            A::NextMonth,
            A::Day(NaiveDate::from_ymd_opt(2026, 10, 25).unwrap()),
            A::Time(23 * 60 + 59),
            A::TypeTime,
            A::SlotsDone,
            A::Place(Place::TownHall),
            A::Interpreter(true),
            A::Interpreter(false),
            A::InterpreterOther,
            A::InterpreterIn(Lang::Ar),
            A::InterpreterIn(Lang::Kmr),
            A::Abort,
            A::Answer {
                slot: big,
                party: Party::Holder,
                answer: SlotAnswer::IfNeeded,
            },
            A::Confirm(big),
            A::CantCome(big),
            A::Reason(big, CantReason::Travel),
            A::Move(big),
            A::Cancel(big),
            A::Booked(big),
            A::Outcome(big, Outcome::Held),
            A::Outcome(big, Outcome::Cancelled),
            A::Outcome(big, Outcome::Absent(Party::Coa)),
            A::Noop,
        ];
        for a in actions {
            let data = callback::encode(Action::Meeting(a));
            assert!(data.len() <= 64, "{data}");
            assert_eq!(callback::decode(&data), Some(Action::Meeting(a)), "{data}");
        }
    }

    #[test]
    fn forged_meeting_data_is_not_an_action() {
        for bad in [
            "",
            "t:1440",
            "d:20260230",
            "a:1:x:can",
            "a:1:h:perhaps",
            "o:1:z",
            "c:-1",
            "i:2",
            "il:xx",
            "il:",
            "io:1",
        ] {
            assert_eq!(decode(bad), None, "{bad}");
        }
    }
}
