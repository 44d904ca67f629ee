//! Consent to share the preparation with staff (issue 6; domain.md, "Privacy"). The status
//! holder agrees per part: the questionnaire answers, and their own questions (as typed). Every
//! decision is a row in an append-only history with the time and the version of the notice they
//! read; the latest decision per part counts. Nothing is shown to staff without a "yes", and a
//! withdrawal hides that part from then on. Pure: `visible_to_staff` decides what staff see.

use chrono::{DateTime, Utc};

use super::questions::{Answer, Answers, Question, applies, missing};

/// The version of the notice (`prep-consent-notice-v2`). A notice whose words change gets a new
/// message id and a new version, so every consent row says which words were agreed to.
///
/// Version 2 changed wording only: the contact person is called by the same word as everywhere
/// else (tr, fa, so, ckb, ps and am used another word in version 1). The same parts are
/// shared with the same people, so consents given under version 1 stay valid: `granted` reads
/// the latest decision whatever its version.
pub const NOTICE_VERSION: i64 = 2;

/// Longest "questions I want to ask" text we keep (a few questions, not a letter).
pub const OWN_QUESTIONS_MAX: usize = 500;

/// What the status holder can agree to share, separately.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum Part {
    /// The questionnaire answers.
    Answers,
    /// The free text "questions I want to ask".
    OwnQuestions,
}

impl Part {
    pub const ALL: [Part; 2] = [Part::Answers, Part::OwnQuestions];

    pub fn code(self) -> &'static str {
        match self {
            Part::Answers => "answers",
            Part::OwnQuestions => "questions",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Part::ALL.into_iter().find(|p| p.code() == s)
    }
}

/// One consent decision, as recorded.
#[derive(Debug, Clone, PartialEq)]
pub struct Consent {
    pub part: Part,
    pub granted: bool,
    pub notice_version: i64,
    pub at: DateTime<Utc>,
}

/// Whether `part` is shared now: the latest decision for it is a "yes". No decision is no.
pub fn granted(history: &[Consent], part: Part) -> bool {
    history
        .iter()
        .filter(|c| c.part == part)
        .max_by_key(|c| c.at)
        .is_some_and(|c| c.granted)
}

/// A part as staff see it: its content, or only that it is not shared.
#[derive(Debug, Clone, PartialEq)]
pub enum Shown<T> {
    Shared(T),
    NotShared,
}

/// Everything the status holder prepared, as stored.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Prepared {
    pub answers: Answers,
    /// `None`: not asked yet or skipped.
    pub own_questions: Option<String>,
}

/// What staff may see of it.
#[derive(Debug, Clone, PartialEq)]
pub struct StaffView {
    /// The given answers (skipped ones and those to questions that no longer apply, such as
    /// the interpreter's language after "own language", left out), in questionnaire order.
    pub answers: Shown<Vec<Answer>>,
    /// The questions that still lack an answer (only when the answers are shared).
    pub missing: Shown<Vec<Question>>,
    pub own_questions: Shown<Option<String>>,
}

/// Exactly the parts the status holder agrees to share now.
pub fn visible_to_staff(prepared: &Prepared, history: &[Consent]) -> StaffView {
    let (answers, missing) = if granted(history, Part::Answers) {
        let given = Question::ALL
            .iter()
            .filter(|q| applies(**q, &prepared.answers))
            .filter_map(|q| prepared.answers.get(q).copied().flatten())
            .collect();
        (
            Shown::Shared(given),
            Shown::Shared(missing(&prepared.answers)),
        )
    } else {
        (Shown::NotShared, Shown::NotShared)
    };
    let own_questions = if granted(history, Part::OwnQuestions) {
        Shown::Shared(prepared.own_questions.clone())
    } else {
        Shown::NotShared
    };
    StaffView {
        answers,
        missing,
        own_questions,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::workflow::prepare::questions::{Goal, Health};

    fn at(minute: u32) -> DateTime<Utc> {
        format!("2026-03-30T08:{minute:02}:00Z").parse().unwrap()
    }

    fn consent(part: Part, granted: bool, minute: u32) -> Consent {
        Consent {
            part,
            granted,
            notice_version: NOTICE_VERSION,
            at: at(minute),
        }
    }

    fn prepared() -> Prepared {
        let mut answers = Answers::new();
        answers.insert(Question::Goal, Some(Answer::Goal(Goal::Study)));
        answers.insert(Question::Health, Some(Answer::Health(Health::Discuss)));
        answers.insert(Question::Education, None);
        Prepared {
            answers,
            own_questions: Some("Where is the school?".into()),
        }
    }

    #[test]
    fn what_a_given_consent_reveals_to_staff() {
        let given = vec![Answer::Goal(Goal::Study), Answer::Health(Health::Discuss)];
        let text = Some("Where is the school?".to_string());
        use Part::*;
        let table: Vec<(Vec<Consent>, bool, bool)> = vec![
            (vec![], false, false),
            (vec![consent(Answers, true, 1)], true, false),
            (vec![consent(OwnQuestions, true, 1)], false, true),
            (
                vec![consent(Answers, true, 1), consent(OwnQuestions, true, 2)],
                true,
                true,
            ),
            // Withdrawn later: hidden from then on.
            (
                vec![consent(Answers, true, 1), consent(Answers, false, 5)],
                false,
                false,
            ),
            // Given again after a withdrawal.
            (
                vec![
                    consent(OwnQuestions, true, 1),
                    consent(OwnQuestions, false, 2),
                    consent(OwnQuestions, true, 3),
                ],
                false,
                true,
            ),
            // The history order in the list does not matter, the time does.
            (
                vec![consent(Answers, false, 9), consent(Answers, true, 1)],
                false,
                false,
            ),
            // A "no" is a "no".
            (vec![consent(Answers, false, 1)], false, false),
        ];
        for (history, answers, questions) in table {
            let view = visible_to_staff(&prepared(), &history);
            let want_answers = if answers {
                Shown::Shared(given.clone())
            } else {
                Shown::NotShared
            };
            assert_eq!(view.answers, want_answers, "{history:?}");
            assert_eq!(
                matches!(view.missing, Shown::Shared(_)),
                answers,
                "{history:?}"
            );
            let want_text = if questions {
                Shown::Shared(text.clone())
            } else {
                Shown::NotShared
            };
            assert_eq!(view.own_questions, want_text, "{history:?}");
        }
    }

    #[test]
    fn the_interpreter_wish_is_shared_with_the_answers_and_not_with_the_own_questions() {
        use crate::workflow::prepare::questions::InterpreterWish;
        let wish = Answer::Interpreter(InterpreterWish::OwnLanguage);
        let mut prepared = prepared();
        prepared.answers.insert(Question::Interpreter, Some(wish));
        let table = [(Part::Answers, true), (Part::OwnQuestions, false)];
        for (part, shown) in table {
            let view = visible_to_staff(&prepared, &[consent(part, true, 1)]);
            let has = matches!(&view.answers, Shown::Shared(a) if a.contains(&wish));
            assert_eq!(has, shown, "{part:?}");
            let withdrawn = [consent(part, true, 1), consent(part, false, 2)];
            let view = visible_to_staff(&prepared, &withdrawn);
            assert_eq!(view.answers, Shown::NotShared, "{part:?}");
        }
    }

    #[test]
    fn a_consent_given_under_notice_version_1_still_counts() {
        let v1 = |granted, minute| Consent {
            notice_version: 1,
            ..consent(Part::Answers, granted, minute)
        };
        let table = [
            (vec![v1(true, 1)], true),
            (vec![v1(true, 1), consent(Part::Answers, false, 2)], false),
            (vec![v1(false, 1), consent(Part::Answers, true, 2)], true),
            (vec![consent(Part::Answers, true, 1), v1(false, 2)], false),
        ];
        for (history, want) in table {
            assert_eq!(granted(&history, Part::Answers), want, "{history:?}");
        }
    }

    #[test]
    fn shared_answers_leave_out_skips_and_list_them_as_missing() {
        let view = visible_to_staff(&prepared(), &[consent(Part::Answers, true, 1)]);
        let Shown::Shared(missing) = view.missing else {
            panic!("not shared")
        };
        assert!(missing.contains(&Question::Education));
        assert!(!missing.contains(&Question::Goal));
    }
}
