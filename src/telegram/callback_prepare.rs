//! Callback data of the preparation buttons (issue 6), after the "q:" prefix. Opaque keys: the
//! status holder's buttons carry no case at all (their case is looked up from who pressed), and
//! a staff button's case id is re-checked against the staff member in `app::prepare_staff`.

use crate::app::{AgendaOp, PrepareAction};
use crate::domain::CaseId;
use crate::workflow::prepare::checklist::Item;
use crate::workflow::prepare::consent::Part;
use crate::workflow::prepare::questions::{Answer, Question};

pub fn encode(action: PrepareAction) -> String {
    match action {
        PrepareAction::Start => "go".into(),
        PrepareAction::Answer(a) => format!("a:{}:{}", a.question().code(), a.code()),
        PrepareAction::Skip(q) => format!("s:{}", q.code()),
        PrepareAction::Change(q) => format!("c:{}", q.code()),
        PrepareAction::SkipOwn => "so".into(),
        PrepareAction::EditOwn => "eo".into(),
        PrepareAction::Review => "r".into(),
        PrepareAction::Sharing => "k".into(),
        PrepareAction::Consent(p, yes) => format!("k:{}:{}", p.code(), u8::from(yes)),
        PrepareAction::Checklist => "l".into(),
        PrepareAction::Tick(i) => format!("t:{}", i.code()),
        PrepareAction::HolderAgenda => "h".into(),
        PrepareAction::Show(c) => format!("v:{}", c.0),
        PrepareAction::StaffTick(c, i) => format!("tc:{}:{}", c.0, i.code()),
        PrepareAction::Agenda(m) => format!("g:{m}"),
        PrepareAction::AgendaEdit(m, v, op) => {
            let (code, at) = match op {
                AgendaOp::Up(i) => ("u", i),
                AgendaOp::Down(i) => ("d", i),
                AgendaOp::Remove(i) => ("x", i),
            };
            format!("g{code}:{m}:{v}:{at}")
        }
        PrepareAction::AgendaAdd(m) => format!("ga:{m}"),
        PrepareAction::AgendaSend(m) => format!("gs:{m}"),
    }
}

/// `None` for anything we did not make.
pub fn decode(data: &str) -> Option<PrepareAction> {
    let case = |s: &str| -> Option<CaseId> {
        (!s.is_empty() && s.len() <= 19 && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse().ok().map(CaseId))
            .flatten()
    };
    let id = |s: &str| case(s).map(|c| c.0);
    let at = |s: &str| -> Option<u8> {
        (!s.is_empty() && s.len() <= 3 && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse().ok())
            .flatten()
    };
    let parts: Vec<&str> = data.split(':').collect();
    Some(match parts.as_slice() {
        ["go"] => PrepareAction::Start,
        ["a", q, v] => PrepareAction::Answer(Answer::parse(Question::parse(q)?, v)?),
        ["s", q] => PrepareAction::Skip(Question::parse(q)?),
        ["c", q] => PrepareAction::Change(Question::parse(q)?),
        ["so"] => PrepareAction::SkipOwn,
        ["eo"] => PrepareAction::EditOwn,
        ["r"] => PrepareAction::Review,
        ["k"] => PrepareAction::Sharing,
        ["k", p, "1"] => PrepareAction::Consent(Part::parse(p)?, true),
        ["k", p, "0"] => PrepareAction::Consent(Part::parse(p)?, false),
        ["l"] => PrepareAction::Checklist,
        ["t", i] => PrepareAction::Tick(Item::parse(i)?),
        ["h"] => PrepareAction::HolderAgenda,
        ["v", c] => PrepareAction::Show(case(c)?),
        ["tc", c, i] => PrepareAction::StaffTick(case(c)?, Item::parse(i)?),
        ["g", m] => PrepareAction::Agenda(id(m)?),
        ["gu", m, v, i] => PrepareAction::AgendaEdit(id(m)?, id(v)?, AgendaOp::Up(at(i)?)),
        ["gd", m, v, i] => PrepareAction::AgendaEdit(id(m)?, id(v)?, AgendaOp::Down(at(i)?)),
        ["gx", m, v, i] => PrepareAction::AgendaEdit(id(m)?, id(v)?, AgendaOp::Remove(at(i)?)),
        ["ga", m] => PrepareAction::AgendaAdd(id(m)?),
        ["gs", m] => PrepareAction::AgendaSend(id(m)?),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::Action;
    use crate::telegram::callback;

    fn all_actions() -> Vec<PrepareAction> {
        let mut out = vec![
            PrepareAction::Start,
            PrepareAction::SkipOwn,
            PrepareAction::EditOwn,
            PrepareAction::Review,
            PrepareAction::Sharing,
            PrepareAction::Checklist,
            PrepareAction::HolderAgenda,
            PrepareAction::Show(CaseId(i64::MAX)),
            PrepareAction::Agenda(i64::MAX),
            PrepareAction::AgendaAdd(i64::MAX),
            PrepareAction::AgendaSend(i64::MAX),
        ];
        for op in [AgendaOp::Up(255), AgendaOp::Down(0), AgendaOp::Remove(11)] {
            out.push(PrepareAction::AgendaEdit(i64::MAX, i64::MAX, op));
        }
        for q in Question::ALL {
            out.push(PrepareAction::Skip(q));
            out.push(PrepareAction::Change(q));
            out.extend(q.choices().into_iter().map(PrepareAction::Answer));
        }
        for p in Part::ALL {
            out.push(PrepareAction::Consent(p, true));
            out.push(PrepareAction::Consent(p, false));
        }
        for i in Item::ALL {
            out.push(PrepareAction::Tick(i));
            out.push(PrepareAction::StaffTick(CaseId(i64::MAX), i));
        }
        out
    }

    #[test]
    fn every_preparation_button_survives_a_round_trip_within_64_bytes() {
        for a in all_actions() {
            let data = callback::encode(Action::Prepare(a));
            assert!(data.len() <= 64, "{data}");
            assert_eq!(callback::decode(&data), Some(Action::Prepare(a)), "{data}");
        }
    }

    #[test]
    fn forged_preparation_data_is_not_an_action() {
        for bad in [
            "",
            "a:edu:phd",
            "a:hlth:cancer",
            "a:nope:y",
            "k:answers:2",
            "k:all:1",
            "v:-1",
            "v:1e5",
            "v:99999999999999999999",
            "tc:1:bsn-number",
            "go:1",
            "gu:1:1:256",
            "gx:1:-1:0",
            "gd:1:1",
            "g:",
        ] {
            assert_eq!(decode(bad), None, "{bad}");
        }
    }
}
