//! Answers to proposed slots (issue 4): per party and per slot, can / cannot / can if needed.
//! An unanswered slot is never "cannot" (DESIGN.md, conversation rules). Pure.

use serde::{Deserialize, Serialize};

use crate::domain::Party;

/// The three parties that must all be able to come, in the order they are shown.
pub const PARTIES: [Party; 3] = [Party::Gemeente, Party::Coa, Party::Holder];

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum SlotAnswer {
    Can,
    Cannot,
    IfNeeded,
}

impl SlotAnswer {
    pub const ALL: [SlotAnswer; 3] = [SlotAnswer::Can, SlotAnswer::IfNeeded, SlotAnswer::Cannot];

    pub fn as_str(self) -> &'static str {
        match self {
            SlotAnswer::Can => "can",
            SlotAnswer::Cannot => "cannot",
            SlotAnswer::IfNeeded => "if_needed",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        SlotAnswer::ALL.into_iter().find(|a| a.as_str() == s)
    }

    fn ok(self) -> bool {
        !matches!(self, SlotAnswer::Cannot)
    }
}

/// One slot and the answers given so far (a party missing from `answers` has not answered).
#[derive(Debug, Clone, PartialEq)]
pub struct SlotAnswers {
    pub slot: i64,
    pub answers: Vec<(Party, SlotAnswer)>,
}

impl SlotAnswers {
    pub fn of(&self, party: Party) -> Option<SlotAnswer> {
        self.answers
            .iter()
            .find(|(p, _)| *p == party)
            .map(|(_, a)| *a)
    }

    /// All three parties can, or can if needed.
    pub fn suits_all(&self) -> bool {
        PARTIES
            .iter()
            .all(|p| self.of(*p).is_some_and(SlotAnswer::ok))
    }

    /// Someone said "cannot": this slot can no longer suit all.
    pub fn blocked(&self) -> bool {
        self.answers.iter().any(|(_, a)| !a.ok())
    }
}

/// Where a round of proposed slots stands.
#[derive(Debug, Clone, PartialEq)]
pub enum Round {
    /// Still waiting for answers that could make a slot suit all.
    Open,
    /// These slots suit all three.
    Suits(Vec<i64>),
    /// Every slot has a "cannot": these parties could not (in `PARTIES` order).
    NoneSuits(Vec<Party>),
}

pub fn round(slots: &[SlotAnswers]) -> Round {
    let suits: Vec<i64> = slots
        .iter()
        .filter(|s| s.suits_all())
        .map(|s| s.slot)
        .collect();
    if !suits.is_empty() {
        return Round::Suits(suits);
    }
    if slots.is_empty() || !slots.iter().all(SlotAnswers::blocked) {
        return Round::Open;
    }
    let could_not = PARTIES
        .into_iter()
        .filter(|p| slots.iter().any(|s| s.of(*p) == Some(SlotAnswer::Cannot)))
        .collect();
    Round::NoneSuits(could_not)
}

/// Whether `party` has answered every slot.
pub fn answered_all(slots: &[SlotAnswers], party: Party) -> bool {
    slots.iter().all(|s| s.of(party).is_some())
}

#[cfg(test)]
mod tests {
    use super::*;
    use Party::{Coa, Gemeente, Holder};
    use SlotAnswer::{Can, Cannot, IfNeeded};

    fn slot(id: i64, answers: &[(Party, SlotAnswer)]) -> SlotAnswers {
        SlotAnswers {
            slot: id,
            answers: answers.to_vec(),
        }
    }

    #[test]
    fn a_slot_suits_all_only_when_all_three_can_or_can_if_needed() {
        for (answers, want) in [
            (vec![(Gemeente, Can), (Coa, Can), (Holder, Can)], true),
            (
                vec![(Gemeente, Can), (Coa, IfNeeded), (Holder, IfNeeded)],
                true,
            ),
            (vec![(Gemeente, Can), (Coa, Can)], false),
            (vec![(Gemeente, Can), (Coa, Can), (Holder, Cannot)], false),
            (vec![], false),
        ] {
            assert_eq!(slot(1, &answers).suits_all(), want, "{answers:?}");
        }
    }

    #[test]
    fn an_unanswered_slot_is_never_counted_as_cannot() {
        let s = slot(1, &[(Gemeente, Can)]);
        assert!(!s.blocked());
        assert_eq!(round(&[s]), Round::Open);
    }

    #[test]
    fn the_round_says_which_slots_suit_or_who_could_not() {
        let all_can = [(Gemeente, Can), (Coa, Can), (Holder, IfNeeded)];
        let cases = [
            (
                vec![slot(1, &all_can), slot(2, &[(Holder, Cannot)])],
                Round::Suits(vec![1]),
            ),
            (
                vec![
                    slot(1, &[(Holder, Cannot)]),
                    slot(2, &[(Coa, Cannot), (Holder, Can)]),
                ],
                Round::NoneSuits(vec![Coa, Holder]),
            ),
            (
                vec![slot(1, &[(Holder, Cannot)]), slot(2, &[(Coa, Can)])],
                Round::Open,
            ),
            (vec![], Round::Open),
        ];
        for (slots, want) in cases {
            assert_eq!(round(&slots), want, "{slots:?}");
        }
    }

    #[test]
    fn answers_round_trip_through_their_names() {
        for a in SlotAnswer::ALL {
            assert_eq!(SlotAnswer::parse(a.as_str()), Some(a));
        }
        assert_eq!(SlotAnswer::parse("maybe"), None);
    }
}
