//! Preparing the driegesprek (issue 6): the typed-answer state of the status holder's
//! questionnaire. Everything else of the questionnaire is answered with buttons and resumes from
//! the stored answers (`questions::next_question`), so the only state kept here is "the
//! bot asked for your own questions and waits for you to type them". Pure.
//!
//! ```text
//! Bot:     (in Tigrinya) 🎓 Which school did you finish?  [None] [Primary] ... [⏭ Skip]
//! Amanuel: <taps Secondary>
//! Bot:     💼 How many years did you work?  ...
//! ...
//! Bot:     ❓ Do you have questions for the meeting? Type them here.  [⏭ Skip]
//! Amanuel: Can I keep my Dutch teacher?
//! Bot:     🔒 Who sees your answers ...  [✅ Share my answers] [✅ Share my questions]
//! ```

/// The agenda of a meeting: generated per option, reordered and extended by staff.
pub mod agenda;
/// The documents and tasks to bring, per party.
pub mod checklist;
/// The answer choices of the questionnaire, as one table.
pub mod choices;
/// Consent per part, and what staff may see of the answers.
pub mod consent;
/// The questionnaire: its questions, which apply, the next one open.
pub mod questions;

use std::collections::{BTreeMap, BTreeSet};

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::domain::{CaseId, TextProblem};
use consent::OWN_QUESTIONS_MAX;
use questions::Question;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum PrepareDialog {
    /// Waiting for the status holder to type the questions they want to ask.
    OwnQuestions { case: CaseId },
    /// Waiting for a staff member to type a point for this meeting's agenda.
    AgendaPoint { meeting: i64 },
}

/// The typed questions as kept: trimmed, at most `OWN_QUESTIONS_MAX` characters, line breaks
/// allowed (several questions), other control characters not.
pub fn own_questions(raw: &str) -> Result<String, TextProblem> {
    let text = raw.trim();
    if crate::domain::is_blank(text) {
        return Err(TextProblem::Empty);
    }
    if text.chars().count() > OWN_QUESTIONS_MAX {
        return Err(TextProblem::TooLong {
            max: OWN_QUESTIONS_MAX,
        });
    }
    if text.chars().any(|c| c.is_control() && c != '\n') {
        return Err(TextProblem::ControlCharacters);
    }
    if crate::domain::has_national_number(text) {
        return Err(TextProblem::LooksLikeNationalNumber);
    }
    Ok(text.to_string())
}

/// A meeting of the case that is held or confirmed (others never make an answer late).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PastMeeting {
    pub held: bool,
    pub starts_at: Option<DateTime<Utc>>,
}

/// Whether an answer given at `answered_at` came after the case's meeting took place: a held
/// meeting that started at or before it (a held one without a start time counts as past), or a
/// confirmed one that started before it. Judged against the answer's own time, so answers given
/// before the meeting stay on time when the meeting is marked held later.
pub fn is_late(answered_at: DateTime<Utc>, meetings: &[PastMeeting]) -> bool {
    meetings.iter().any(|m| match (m.held, m.starts_at) {
        (true, None) => true,
        (true, Some(start)) => start <= answered_at,
        (false, Some(start)) => start < answered_at,
        (false, None) => false,
    })
}

/// The questions whose (latest) answer is late.
pub fn late_questions(
    answered: &BTreeMap<Question, DateTime<Utc>>,
    meetings: &[PastMeeting],
) -> BTreeSet<Question> {
    answered
        .iter()
        .filter(|(_, at)| is_late(**at, meetings))
        .map(|(q, _)| *q)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s).unwrap().to_utc()
    }

    #[test]
    fn an_answer_is_late_only_after_a_meeting_took_place() {
        let start = Some(t("2026-03-30T08:00:00Z"));
        let held = PastMeeting {
            held: true,
            starts_at: start,
        };
        let confirmed = PastMeeting {
            held: false,
            starts_at: start,
        };
        let undated_held = PastMeeting {
            held: true,
            starts_at: None,
        };
        let undated = PastMeeting {
            held: false,
            starts_at: None,
        };
        let (before, at, after) = (
            t("2026-03-30T07:59:00Z"),
            t("2026-03-30T08:00:00Z"),
            t("2026-03-31T10:00:00Z"),
        );
        let cases: &[(&[PastMeeting], DateTime<Utc>, bool)] = &[
            (&[], after, false),
            (&[held], before, false),
            (&[held], at, true),
            (&[held], after, true),
            (&[confirmed], before, false),
            (&[confirmed], at, false),
            (&[confirmed], after, true),
            (&[undated_held], before, true),
            (&[undated], after, false),
            (&[undated, confirmed], after, true),
        ];
        for (meetings, answered, late) in cases {
            assert_eq!(
                is_late(*answered, meetings),
                *late,
                "{meetings:?} {answered}"
            );
        }
    }

    #[test]
    fn only_the_questions_answered_after_the_meeting_are_late() {
        let held = PastMeeting {
            held: true,
            starts_at: Some(t("2026-03-30T08:00:00Z")),
        };
        let answered = BTreeMap::from([
            (Question::ALL[0], t("2026-03-29T10:00:00Z")),
            (Question::ALL[1], t("2026-03-31T10:00:00Z")),
        ]);
        assert_eq!(
            late_questions(&answered, &[held]),
            BTreeSet::from([Question::ALL[1]])
        );
        assert!(late_questions(&answered, &[]).is_empty());
    }

    #[test]
    fn own_questions_are_kept_as_typed_within_limits() {
        assert_eq!(
            own_questions("  ኣብ ቤት ትምህርቲ?\nWhen?  "),
            Ok("ኣብ ቤት ትምህርቲ?\nWhen?".to_string())
        );
        assert_eq!(own_questions("   "), Err(TextProblem::Empty));
        assert_eq!(own_questions(" \u{0301} "), Err(TextProblem::Empty));
        assert_eq!(
            own_questions(&"a".repeat(OWN_QUESTIONS_MAX + 1)),
            Err(TextProblem::TooLong {
                max: OWN_QUESTIONS_MAX
            })
        );
        assert_eq!(
            own_questions("a\u{0}b"),
            Err(TextProblem::ControlCharacters)
        );
        for with_number in [
            "Mijn BSN is 123456782",
            "V-nummer 12345 67890?",
            "۱۲۳۴۵۶۷۸۹۰",
        ] {
            assert_eq!(
                own_questions(with_number),
                Err(TextProblem::LooksLikeNationalNumber),
                "{with_number}"
            );
        }
        assert!(own_questions("Wat is een BSN? Kan ik om 9 uur komen?").is_ok());
    }
}
