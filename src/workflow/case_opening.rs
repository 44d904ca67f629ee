//! Opening a case, one question at a time (issue 2). A staff member answers in a private chat
//! or, in a team group, by replying to the bot's question:
//!
//! ```text
//! Sanne:  /newcase
//! Bot:    What is the status holder's first name or initials?
//! Sanne:  Amanuel
//! Bot:    What is your own case reference? Never a BSN or V-number.
//! Sanne:  GEM-2026-0042
//! Bot:    Which COA location is the counterpart?   [COA Ter Apel] [COA Budel]
//! Sanne:  <taps COA Ter Apel>
//! Bot:    Date of the matching?   [Today] [Yesterday]   (or type 30-03-2026)
//! Sanne:  <taps Today>
//! Bot:    Expected housing date?  [Not known yet]        (or type a date)
//! Sanne:  01-06-2026
//! Bot:    Summary ... [Open case] [Cancel]
//! ```
//!
//! A wrong answer re-asks the same question and keeps what was gathered.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::dates::parse_date;
use crate::domain::{CaseReference, HolderName, OrgId, TextProblem};

/// Everything needed to open a case.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CaseDraft {
    pub name: HolderName,
    pub reference: CaseReference,
    pub counterpart: OrgId,
    pub matching: NaiveDate,
    pub housing: Option<NaiveDate>,
}

/// The question being asked, carrying the answers so far.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum OpenCase {
    AskName,
    AskReference {
        name: HolderName,
    },
    AskCounterpart {
        name: HolderName,
        reference: CaseReference,
    },
    AskMatching {
        name: HolderName,
        reference: CaseReference,
        counterpart: OrgId,
    },
    AskHousing {
        name: HolderName,
        reference: CaseReference,
        counterpart: OrgId,
        matching: NaiveDate,
    },
    Confirm(CaseDraft),
}

/// An answer, already parsed from a message or a button.
#[derive(Debug, Clone, PartialEq)]
pub enum Answer {
    Text(String),
    Org(OrgId),
    /// A date button: today minus this many days.
    DaysAgo(u32),
    HousingUnknown,
    Confirm,
}

/// Why an answer was refused; the question is asked again.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Problem {
    Text(TextProblem),
    /// A button was expected here, not typed text.
    ExpectedButton,
    /// Typed text was expected here, not a button.
    UnexpectedButton,
    NotADate,
    MatchingInFuture,
    MatchingTooOld,
    HousingBeforeMatching,
    HousingInPast,
}

/// What the conversation does next.
#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    Ask(OpenCase),
    Open(CaseDraft),
    Refused(Problem),
}

/// The matching is at most this long ago: older cases belong in the organisation's own system.
const MATCHING_MAX_AGE_DAYS: i64 = 3 * 365;

fn matching_date(answer: Answer, today: NaiveDate) -> Result<NaiveDate, Problem> {
    let date = match answer {
        Answer::Text(t) => parse_date(&t).ok_or(Problem::NotADate)?,
        Answer::DaysAgo(n) => today - chrono::Days::new(u64::from(n)),
        _ => return Err(Problem::UnexpectedButton),
    };
    if date > today {
        return Err(Problem::MatchingInFuture);
    }
    if (today - date).num_days() > MATCHING_MAX_AGE_DAYS {
        return Err(Problem::MatchingTooOld);
    }
    Ok(date)
}

fn housing_date(
    answer: Answer,
    matching: NaiveDate,
    today: NaiveDate,
) -> Result<Option<NaiveDate>, Problem> {
    let date = match answer {
        Answer::HousingUnknown => return Ok(None),
        Answer::Text(t) => parse_date(&t).ok_or(Problem::NotADate)?,
        _ => return Err(Problem::UnexpectedButton),
    };
    if date < matching {
        return Err(Problem::HousingBeforeMatching);
    }
    if date < today {
        return Err(Problem::HousingInPast);
    }
    Ok(Some(date))
}

/// One step of the conversation. The caller checks that a chosen organisation exists and is of
/// the counterpart kind before passing `Answer::Org`.
pub fn step(state: &OpenCase, answer: Answer, today: NaiveDate) -> Outcome {
    use OpenCase::*;
    let next = match (state.clone(), answer) {
        (AskName, Answer::Text(t)) => HolderName::parse(&t)
            .map(|name| AskReference { name })
            .map_err(Problem::Text),
        (AskReference { name }, Answer::Text(t)) => CaseReference::parse(&t)
            .map(|reference| AskCounterpart { name, reference })
            .map_err(Problem::Text),
        (AskCounterpart { name, reference }, Answer::Org(counterpart)) => Ok(AskMatching {
            name,
            reference,
            counterpart,
        }),
        (AskCounterpart { .. }, _) => Err(Problem::ExpectedButton),
        (
            AskMatching {
                name,
                reference,
                counterpart,
            },
            answer,
        ) => matching_date(answer, today).map(|matching| AskHousing {
            name,
            reference,
            counterpart,
            matching,
        }),
        (
            AskHousing {
                name,
                reference,
                counterpart,
                matching,
            },
            answer,
        ) => housing_date(answer, matching, today).map(|housing| {
            Confirm(CaseDraft {
                name,
                reference,
                counterpart,
                matching,
                housing,
            })
        }),
        (Confirm(draft), Answer::Confirm) => return Outcome::Open(draft),
        (Confirm(_), _) => Err(Problem::ExpectedButton),
        (AskName | AskReference { .. }, _) => Err(Problem::UnexpectedButton),
    };
    match next {
        Ok(s) => Outcome::Ask(s),
        Err(p) => Outcome::Refused(p),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 3, 30).unwrap()
    }

    fn text(s: &str) -> Answer {
        Answer::Text(s.to_string())
    }

    fn run(answers: Vec<Answer>) -> Outcome {
        let mut state = OpenCase::AskName;
        for a in answers {
            match step(&state, a, today()) {
                Outcome::Ask(next) => state = next,
                other => return other,
            }
        }
        Outcome::Ask(state)
    }

    #[test]
    fn a_full_conversation_opens_a_case_with_every_answer() {
        let out = run(vec![
            text("Amanuel"),
            text("GEM-42"),
            Answer::Org(OrgId(7)),
            Answer::DaysAgo(1),
            text("01-06-2026"),
            Answer::Confirm,
        ]);
        let Outcome::Open(draft) = out else {
            panic!("not opened: {out:?}")
        };
        assert_eq!(draft.name.as_str(), "Amanuel");
        assert_eq!(draft.reference.as_str(), "GEM-42");
        assert_eq!(draft.counterpart, OrgId(7));
        assert_eq!(
            draft.matching,
            NaiveDate::from_ymd_opt(2026, 3, 29).unwrap()
        );
        assert_eq!(draft.housing, NaiveDate::from_ymd_opt(2026, 6, 1));
    }

    #[test]
    fn an_unknown_housing_date_is_allowed() {
        let out = run(vec![
            text("A.K."),
            text("TA-1"),
            Answer::Org(OrgId(1)),
            text("2026-03-01"),
            Answer::HousingUnknown,
            Answer::Confirm,
        ]);
        assert!(matches!(
            out,
            Outcome::Open(CaseDraft { housing: None, .. })
        ));
    }

    #[test]
    fn a_wrong_answer_is_refused_and_the_question_stays() {
        let cases = vec![
            (vec![text("")], Problem::Text(TextProblem::Empty)),
            (vec![Answer::Confirm], Problem::UnexpectedButton),
            (
                vec![text("A"), text("123456782")],
                Problem::Text(TextProblem::LooksLikeNationalNumber),
            ),
            (
                vec![text("A"), text("R1"), text("COA")],
                Problem::ExpectedButton,
            ),
            (
                vec![
                    text("A"),
                    text("R1"),
                    Answer::Org(OrgId(1)),
                    text("gisteren"),
                ],
                Problem::NotADate,
            ),
            (
                vec![
                    text("A"),
                    text("R1"),
                    Answer::Org(OrgId(1)),
                    text("31-03-2026"),
                ],
                Problem::MatchingInFuture,
            ),
            (
                vec![
                    text("A"),
                    text("R1"),
                    Answer::Org(OrgId(1)),
                    text("01-01-2020"),
                ],
                Problem::MatchingTooOld,
            ),
            (
                vec![
                    text("A"),
                    text("R1"),
                    Answer::Org(OrgId(1)),
                    text("20-03-2026"),
                    text("10-03-2026"),
                ],
                Problem::HousingBeforeMatching,
            ),
            (
                vec![
                    text("A"),
                    text("R1"),
                    Answer::Org(OrgId(1)),
                    text("01-03-2026"),
                    text("10-03-2026"),
                ],
                Problem::HousingInPast,
            ),
        ];
        for (answers, want) in cases {
            assert_eq!(run(answers.clone()), Outcome::Refused(want), "{answers:?}");
        }
    }
}
