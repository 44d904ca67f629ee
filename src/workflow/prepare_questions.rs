//! The status holder's questionnaire (issue 6): the questions, in the order they are asked, and
//! the answers as closed lists. Every answer is a value of an enum, never free text, so that staff
//! read it in Dutch and the status holder in their own language from the same stored value
//! (DESIGN.md, "Conversation rules"). Health is asked only as "is there something to discuss",
//! never the details (domain.md, "Privacy"). The interpreter wish is asked of everyone: staff
//! book the interpreter, and "another language" tells them to ask which. Pure: no I/O.

use std::collections::BTreeMap;

pub use super::prepare_choices::{
    Channel, DutchLessons, Education, Goal, Health, Household, InterpreterWish, Moment, WorkField,
    WorkYears, YesNo,
};

/// The questions, in the order they are asked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Question {
    Education,
    WorkYears,
    WorkField,
    Dutch,
    Goal,
    Household,
    Reunification,
    Health,
    Moment,
    Channel,
    Interpreter,
    WithoutPartner,
}

/// One answer: the question it answers is part of the value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Answer {
    Education(Education),
    WorkYears(WorkYears),
    WorkField(WorkField),
    Dutch(DutchLessons),
    Goal(Goal),
    Household(Household),
    Reunification(YesNo),
    Health(Health),
    Moment(Moment),
    Channel(Channel),
    Interpreter(InterpreterWish),
    WithoutPartner(YesNo),
}

impl Question {
    pub const ALL: [Question; 12] = [
        Question::Education,
        Question::WorkYears,
        Question::WorkField,
        Question::Dutch,
        Question::Goal,
        Question::Household,
        Question::Reunification,
        Question::Health,
        Question::Moment,
        Question::Channel,
        Question::Interpreter,
        Question::WithoutPartner,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Question::Education => "edu",
            Question::WorkYears => "yrs",
            Question::WorkField => "fld",
            Question::Dutch => "nl",
            Question::Goal => "goal",
            Question::Household => "hh",
            Question::Reunification => "reu",
            Question::Health => "hlth",
            Question::Moment => "when",
            Question::Channel => "how",
            Question::Interpreter => "interp",
            Question::WithoutPartner => "alone",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Question::ALL.into_iter().find(|q| q.code() == s)
    }

    /// The question as the status holder reads it.
    pub fn ask_id(self) -> &'static str {
        match self {
            Question::Education => "prep-ask-education",
            Question::WorkYears => "prep-ask-work-years",
            Question::WorkField => "prep-ask-work-field",
            Question::Dutch => "prep-ask-dutch",
            Question::Goal => "prep-ask-goal",
            Question::Household => "prep-ask-household",
            Question::Reunification => "prep-ask-reunification",
            Question::Health => "prep-ask-health",
            Question::Moment => "prep-ask-moment",
            Question::Channel => "prep-ask-channel",
            Question::Interpreter => "prep-ask-interpreter",
            Question::WithoutPartner => "prep-ask-without-partner",
        }
    }

    /// A short label for overviews ("🎓 School").
    pub fn label_id(self) -> &'static str {
        match self {
            Question::Education => "prep-label-education",
            Question::WorkYears => "prep-label-work-years",
            Question::WorkField => "prep-label-work-field",
            Question::Dutch => "prep-label-dutch",
            Question::Goal => "prep-label-goal",
            Question::Household => "prep-label-household",
            Question::Reunification => "prep-label-reunification",
            Question::Health => "prep-label-health",
            Question::Moment => "prep-label-moment",
            Question::Channel => "prep-label-channel",
            Question::Interpreter => "prep-label-interpreter",
            Question::WithoutPartner => "prep-label-without-partner",
        }
    }

    /// Every possible answer, in the order of the buttons.
    pub fn choices(self) -> Vec<Answer> {
        fn all<T: Copy>(list: &[T], f: fn(T) -> Answer) -> Vec<Answer> {
            list.iter().copied().map(f).collect()
        }
        match self {
            Question::Education => all(Education::ALL, Answer::Education),
            Question::WorkYears => all(WorkYears::ALL, Answer::WorkYears),
            Question::WorkField => all(WorkField::ALL, Answer::WorkField),
            Question::Dutch => all(DutchLessons::ALL, Answer::Dutch),
            Question::Goal => all(Goal::ALL, Answer::Goal),
            Question::Household => all(Household::ALL, Answer::Household),
            Question::Reunification => all(YesNo::ALL, Answer::Reunification),
            Question::Health => all(Health::ALL, Answer::Health),
            Question::Moment => all(Moment::ALL, Answer::Moment),
            Question::Channel => all(Channel::ALL, Answer::Channel),
            Question::Interpreter => all(InterpreterWish::ALL, Answer::Interpreter),
            Question::WithoutPartner => all(YesNo::ALL, Answer::WithoutPartner),
        }
    }
}

impl Answer {
    pub fn question(self) -> Question {
        match self {
            Answer::Education(_) => Question::Education,
            Answer::WorkYears(_) => Question::WorkYears,
            Answer::WorkField(_) => Question::WorkField,
            Answer::Dutch(_) => Question::Dutch,
            Answer::Goal(_) => Question::Goal,
            Answer::Household(_) => Question::Household,
            Answer::Reunification(_) => Question::Reunification,
            Answer::Health(_) => Question::Health,
            Answer::Moment(_) => Question::Moment,
            Answer::Channel(_) => Question::Channel,
            Answer::Interpreter(_) => Question::Interpreter,
            Answer::WithoutPartner(_) => Question::WithoutPartner,
        }
    }

    /// The stored value (within its question).
    pub fn code(self) -> &'static str {
        match self {
            Answer::Education(v) => v.code(),
            Answer::WorkYears(v) => v.code(),
            Answer::WorkField(v) => v.code(),
            Answer::Dutch(v) => v.code(),
            Answer::Goal(v) => v.code(),
            Answer::Household(v) => v.code(),
            Answer::Reunification(v) | Answer::WithoutPartner(v) => v.code(),
            Answer::Health(v) => v.code(),
            Answer::Moment(v) => v.code(),
            Answer::Channel(v) => v.code(),
            Answer::Interpreter(v) => v.code(),
        }
    }

    pub fn msg_id(self) -> &'static str {
        match self {
            Answer::Education(v) => v.msg_id(),
            Answer::WorkYears(v) => v.msg_id(),
            Answer::WorkField(v) => v.msg_id(),
            Answer::Dutch(v) => v.msg_id(),
            Answer::Goal(v) => v.msg_id(),
            Answer::Household(v) => v.msg_id(),
            Answer::Reunification(v) | Answer::WithoutPartner(v) => v.msg_id(),
            Answer::Health(v) => v.msg_id(),
            Answer::Moment(v) => v.msg_id(),
            Answer::Channel(v) => v.msg_id(),
            Answer::Interpreter(v) => v.msg_id(),
        }
    }

    /// The answer to `question` stored as `code`; `None` for anything else.
    pub fn parse(question: Question, code: &str) -> Option<Answer> {
        question.choices().into_iter().find(|a| a.code() == code)
    }
}

/// What the status holder has said so far: per question, an answer or `None` for "skipped".
/// A question without an entry has not been asked yet (an unanswered question is not "no").
pub type Answers = BTreeMap<Question, Option<Answer>>;

/// Whether a question makes sense given the answers so far: no field of work without work.
pub fn applies(question: Question, answers: &Answers) -> bool {
    match question {
        Question::WorkField => !matches!(
            answers.get(&Question::WorkYears),
            Some(Some(Answer::WorkYears(WorkYears::NoWork)))
        ),
        _ => true,
    }
}

/// The first question that applies and has neither an answer nor a skip: where to resume.
pub fn next_question(answers: &Answers) -> Option<Question> {
    Question::ALL
        .into_iter()
        .find(|q| applies(*q, answers) && !answers.contains_key(q))
}

/// The questions that apply but were skipped or never reached: what staff still miss.
pub fn missing(answers: &Answers) -> Vec<Question> {
    Question::ALL
        .into_iter()
        .filter(|q| applies(*q, answers) && !matches!(answers.get(q), Some(Some(_))))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_answer_round_trips_through_its_question_and_code() {
        for q in Question::ALL {
            assert_eq!(Question::parse(q.code()), Some(q));
            assert!(!q.choices().is_empty());
            for a in q.choices() {
                assert_eq!(a.question(), q);
                assert_eq!(Answer::parse(q, a.code()), Some(a));
            }
        }
        assert_eq!(Answer::parse(Question::Health, "details"), None);
    }

    #[test]
    fn the_questionnaire_resumes_at_the_first_question_not_yet_answered_or_skipped() {
        let mut answers = Answers::new();
        assert_eq!(next_question(&answers), Some(Question::Education));
        answers.insert(Question::Education, None);
        assert_eq!(next_question(&answers), Some(Question::WorkYears));
        answers.insert(
            Question::WorkYears,
            Some(Answer::WorkYears(WorkYears::UpToTwo)),
        );
        assert_eq!(next_question(&answers), Some(Question::WorkField));
        for q in Question::ALL {
            answers.entry(q).or_insert(None);
        }
        assert_eq!(next_question(&answers), None);
    }

    #[test]
    fn no_field_of_work_is_asked_of_someone_who_never_worked() {
        let mut answers = Answers::new();
        answers.insert(Question::Education, None);
        answers.insert(
            Question::WorkYears,
            Some(Answer::WorkYears(WorkYears::NoWork)),
        );
        assert_eq!(next_question(&answers), Some(Question::Dutch));
        assert!(!missing(&answers).contains(&Question::WorkField));
    }

    #[test]
    fn everyone_is_asked_for_their_interpreter_wish_after_the_channel_and_before_the_partner() {
        let pos = |q| Question::ALL.iter().position(|x| *x == q);
        assert_eq!(
            pos(Question::Interpreter),
            pos(Question::Channel).map(|p| p + 1)
        );
        assert_eq!(
            pos(Question::WithoutPartner),
            pos(Question::Interpreter).map(|p| p + 1)
        );
        let no_work = Some(Answer::WorkYears(WorkYears::NoWork));
        let some_work = Some(Answer::WorkYears(WorkYears::MoreThanFive));
        for years in [None, Some(None), Some(no_work), Some(some_work)] {
            let mut answers = Answers::new();
            if let Some(a) = years {
                answers.insert(Question::WorkYears, a);
            }
            assert!(applies(Question::Interpreter, &answers), "{years:?}");
            assert!(missing(&answers).contains(&Question::Interpreter));
            for q in Question::ALL
                .into_iter()
                .take_while(|q| *q != Question::Interpreter)
            {
                answers.entry(q).or_insert(None);
            }
            assert_eq!(next_question(&answers), Some(Question::Interpreter));
            let wish = Answer::Interpreter(InterpreterWish::OtherLanguage);
            assert_eq!(Answer::parse(Question::Interpreter, "other"), Some(wish));
            answers.insert(Question::Interpreter, Some(wish));
            assert!(!missing(&answers).contains(&Question::Interpreter));
            assert_eq!(next_question(&answers), Some(Question::WithoutPartner));
        }
    }

    #[test]
    fn skipped_and_unasked_questions_are_missing_answered_ones_are_not() {
        let mut answers = Answers::new();
        answers.insert(Question::Education, None);
        answers.insert(Question::Goal, Some(Answer::Goal(Goal::Work)));
        let missing = missing(&answers);
        assert!(missing.contains(&Question::Education));
        assert!(missing.contains(&Question::Health));
        assert!(!missing.contains(&Question::Goal));
    }
}
