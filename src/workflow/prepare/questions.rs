//! The status holder's questionnaire (issue 6): the questions, in the order they are asked, and
//! the answers as closed lists. Every answer is a value of an enum, never free text, so that staff
//! read it in Dutch and the status holder in their own language from the same stored value
//! (DESIGN.md, "Conversation rules"). Health is asked only as "is there something to discuss",
//! never the details (domain.md, "Privacy"). The interpreter wish is asked of everyone: staff
//! book the interpreter. "Another language" is followed by "which language?", one of the thirteen
//! the bot speaks, stored as its code and shown to each reader by its name. Pure: no I/O.

use std::collections::BTreeMap;

use crate::domain::Lang;

pub use super::choices::{
    Channel, DutchLessons, Education, Goal, Health, Household, InterpreterWish, Moment, WorkField,
    WorkYears, YesNo,
};

/// The questions, in the order they are asked.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
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
    /// Only after "yes, in another language". Asked last so that the order of the questions
    /// before it stays as it was; its text says which answer it follows up.
    InterpreterLanguage,
}

/// One answer: the question it answers is part of the value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
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
    InterpreterLanguage(Lang),
}

impl Question {
    pub const ALL: [Question; 13] = [
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
        // Right after "yes, in another language", while the person still has it in mind.
        Question::InterpreterLanguage,
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
            Question::InterpreterLanguage => "interp_lang",
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
            Question::InterpreterLanguage => "prep-ask-interpreter-language",
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
            Question::InterpreterLanguage => "prep-label-interpreter-language",
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
            Question::InterpreterLanguage => all(&Lang::ALL, Answer::InterpreterLanguage),
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
            Answer::InterpreterLanguage(_) => Question::InterpreterLanguage,
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
            Answer::InterpreterLanguage(l) => l.id(),
        }
    }

    /// The message id of its label. A language is `language-name` with `$language` set to it
    /// (see `language`): its name in the reader's language.
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
            Answer::InterpreterLanguage(_) => "language-name",
        }
    }

    /// The language this answer names, if it is one.
    pub fn language(self) -> Option<Lang> {
        match self {
            Answer::InterpreterLanguage(l) => Some(l),
            _ => None,
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

/// Whether a question makes sense given the answers so far: no field of work without work, no
/// interpreter's language unless they want one in another language.
pub fn applies(question: Question, answers: &Answers) -> bool {
    match question {
        Question::InterpreterLanguage => matches!(
            answers.get(&Question::Interpreter),
            Some(Some(Answer::Interpreter(InterpreterWish::OtherLanguage)))
        ),
        Question::WorkField => !matches!(
            answers.get(&Question::WorkYears),
            Some(Some(Answer::WorkYears(WorkYears::NoWork)))
        ),
        _ => true,
    }
}

/// The question a follow-up question details (asked right after it, only when it applies).
pub fn follow_up_of(question: Question) -> Option<Question> {
    match question {
        Question::InterpreterLanguage => Some(Question::Interpreter),
        Question::WorkField => Some(Question::WorkYears),
        _ => None,
    }
}

/// The counter shown with a question, "(n/total)": the questions that are always asked count,
/// a follow-up has no number of its own (it details the answer just given). So the total never
/// changes with the answers and the number only ever goes up by one (issue 12: it jumped from
/// n/12 to n/11 when "no work" made the field of work not apply). `None` for a follow-up.
pub fn step(question: Question) -> Option<(usize, usize)> {
    if follow_up_of(question).is_some() {
        return None;
    }
    let main = || {
        Question::ALL
            .into_iter()
            .filter(|q| follow_up_of(*q).is_none())
    };
    let n = main().position(|q| q == question)? + 1;
    Some((n, main().count()))
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
#[path = "questions_tests.rs"]
mod tests;
