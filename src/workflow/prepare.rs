//! Preparing the driegesprek (issue 6): the typed-answer state of the status holder's
//! questionnaire. Everything else of the questionnaire is answered with buttons and resumes from
//! the stored answers (`prepare_questions::next_question`), so the only state kept here is "the
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

use serde::{Deserialize, Serialize};

use super::prepare_consent::OWN_QUESTIONS_MAX;
use crate::domain::{CaseId, TextProblem};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum PrepareDialog {
    /// Waiting for the status holder to type the questions they want to ask.
    OwnQuestions { case: CaseId },
}

/// The typed questions as kept: trimmed, at most `OWN_QUESTIONS_MAX` characters, line breaks
/// allowed (several questions), other control characters not.
pub fn own_questions(raw: &str) -> Result<String, TextProblem> {
    let text = raw.trim();
    if text.is_empty() {
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
    Ok(text.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn own_questions_are_kept_as_typed_within_limits() {
        assert_eq!(
            own_questions("  ኣብ ቤት ትምህርቲ?\nWhen?  "),
            Ok("ኣብ ቤት ትምህርቲ?\nWhen?".to_string())
        );
        assert_eq!(own_questions("   "), Err(TextProblem::Empty));
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
    }
}
