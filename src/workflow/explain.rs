//! Explainers (issue 15): the terms of the handover a newcomer has never heard, and which of
//! them a plan item or an approach uses, so that the message showing it can offer "❓ What does
//! … mean?". Pure; the words are Fluent messages (`explain-term`, `explain-text`).

use crate::domain::HandoverOption;
use crate::workflow::plan::ItemKind;

/// A term with a short plain explanation in every locale.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum Term {
    /// How the warm handover works, in three steps (the first screen offers it).
    Handover,
    FastStart,
    Combined,
    AfterHousing,
    BroadIntake,
    LearnabilityTest,
    Pip,
    B1Route,
    EducationRoute,
    ZRoute,
    Knm,
    Map,
    ParticipationStatement,
    ClientProfile,
    CoaProgramme,
}

impl Term {
    pub const ALL: [Term; 15] = [
        Term::Handover,
        Term::FastStart,
        Term::Combined,
        Term::AfterHousing,
        Term::BroadIntake,
        Term::LearnabilityTest,
        Term::Pip,
        Term::B1Route,
        Term::EducationRoute,
        Term::ZRoute,
        Term::Knm,
        Term::Map,
        Term::ParticipationStatement,
        Term::ClientProfile,
        Term::CoaProgramme,
    ];

    /// The selector key of `explain-term` and `explain-text`, and the callback word.
    pub fn as_str(self) -> &'static str {
        match self {
            Term::Handover => "handover",
            Term::FastStart => "fast_start",
            Term::Combined => "combined",
            Term::AfterHousing => "after_housing",
            Term::BroadIntake => "broad_intake",
            Term::LearnabilityTest => "learnability",
            Term::Pip => "pip",
            Term::B1Route => "b1_route",
            Term::EducationRoute => "education_route",
            Term::ZRoute => "z_route",
            Term::Knm => "knm",
            Term::Map => "map",
            Term::ParticipationStatement => "participation",
            Term::ClientProfile => "client_profile",
            Term::CoaProgramme => "coa_programme",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|t| t.as_str() == s)
    }

    /// The terms this term's explanation leads on to (shown as buttons under it).
    pub fn related(self) -> &'static [Term] {
        match self {
            Term::Handover => &[Term::FastStart, Term::Combined, Term::AfterHousing],
            Term::FastStart | Term::Combined | Term::AfterHousing => {
                &[Term::BroadIntake, Term::CoaProgramme]
            }
            Term::BroadIntake => &[Term::LearnabilityTest, Term::Pip],
            Term::LearnabilityTest => &[Term::BroadIntake],
            Term::Pip => &[Term::B1Route, Term::EducationRoute, Term::ZRoute],
            Term::B1Route | Term::EducationRoute | Term::ZRoute => &[Term::Pip],
            Term::Knm | Term::Map | Term::ParticipationStatement => &[Term::Pip],
            Term::ClientProfile => &[Term::BroadIntake],
            Term::CoaProgramme => &[Term::Knm],
        }
    }
}

/// The approach's own explanation.
pub fn of_option(option: HandoverOption) -> Term {
    match option {
        HandoverOption::FastStart => Term::FastStart,
        HandoverOption::Combined => Term::Combined,
        HandoverOption::AfterHousing => Term::AfterHousing,
    }
}

/// The term a plan item's words use, if any.
pub fn of_item(kind: ItemKind) -> Option<Term> {
    match kind.as_str() {
        "introduction" => Some(Term::Pip),
        "programme_alignment" => Some(Term::CoaProgramme),
        "broad_intake" | "intake_date" => Some(Term::BroadIntake),
        "client_profile" | "profile_update" => Some(Term::ClientProfile),
        "pip_date" => Some(Term::Pip),
        _ => None,
    }
}

/// The terms worth a button under a plan with this approach and these items: the approach
/// first, then each item's term once in the order of the path (intake before plan before
/// profile), at most `max`.
pub fn for_plan(
    option: HandoverOption,
    items: impl IntoIterator<Item = ItemKind>,
    max: usize,
) -> Vec<Term> {
    let mut used: Vec<Term> = items.into_iter().filter_map(of_item).collect();
    used.sort_by_key(|t| Term::ALL.iter().position(|x| x == t));
    used.dedup();
    let mut terms = vec![of_option(option)];
    terms.extend(used);
    terms.truncate(max);
    terms
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_term_survives_a_round_trip_and_leads_on_to_others() {
        for t in Term::ALL {
            assert_eq!(Term::parse(t.as_str()), Some(t));
            assert!(!t.related().contains(&t), "{t:?} leads to itself");
        }
        assert_eq!(Term::parse("brede intake"), None);
    }

    #[test]
    fn a_plan_offers_its_approach_then_each_items_term_once() {
        let kinds = [
            "client_profile",
            "broad_intake",
            "intake_date",
            "pip_date",
            "free",
        ]
        .map(|k| ItemKind::parse(k).unwrap());
        assert_eq!(
            for_plan(HandoverOption::Combined, kinds, 3),
            [Term::Combined, Term::BroadIntake, Term::Pip]
        );
        assert_eq!(
            for_plan(HandoverOption::FastStart, [], 3),
            [Term::FastStart]
        );
    }
}
