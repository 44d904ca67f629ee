//! Tests of `questions`: the order, who is asked what, resuming, and what is missing.

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
    // Only "another language" brings its follow-up in between.
    assert_eq!(
        pos(Question::InterpreterLanguage),
        pos(Question::Interpreter).map(|p| p + 1)
    );
    assert_eq!(
        pos(Question::WithoutPartner),
        pos(Question::InterpreterLanguage).map(|p| p + 1)
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
        assert_eq!(next_question(&answers), Some(Question::InterpreterLanguage));
        let own = Answer::Interpreter(InterpreterWish::OwnLanguage);
        answers.insert(Question::Interpreter, Some(own));
        assert_eq!(next_question(&answers), Some(Question::WithoutPartner));
    }
}

#[test]
fn the_interpreters_language_is_asked_only_after_another_language_and_resumes_there() {
    let lang = Question::InterpreterLanguage;
    let before_it = |answers: &mut Answers| {
        for q in Question::ALL.into_iter().take_while(|q| *q != lang) {
            answers.entry(q).or_insert(None);
        }
    };
    let wishes = [
        (None, false),
        (Some(None), false),
        (Some(Some(InterpreterWish::OwnLanguage)), false),
        (Some(Some(InterpreterWish::NoNeed)), false),
        (Some(Some(InterpreterWish::NotSure)), false),
        (Some(Some(InterpreterWish::OtherLanguage)), true),
    ];
    for (wish, asked) in wishes {
        let mut answers = Answers::new();
        if let Some(w) = wish {
            answers.insert(Question::Interpreter, w.map(Answer::Interpreter));
        }
        assert_eq!(applies(lang, &answers), asked, "{wish:?}");
        assert_eq!(missing(&answers).contains(&lang), asked, "{wish:?}");
        if wish.is_some() {
            before_it(&mut answers);
            let next = next_question(&answers);
            let want = if asked {
                lang
            } else {
                Question::WithoutPartner
            };
            assert_eq!(next, Some(want), "{wish:?}");
        }
    }
    let other = Some(Answer::Interpreter(InterpreterWish::OtherLanguage));
    let mut answers = Answers::from([(Question::Interpreter, other)]);
    before_it(&mut answers);
    let arabic = Answer::InterpreterLanguage(Lang::Ar);
    assert_eq!(Answer::parse(lang, "ar"), Some(arabic));
    assert_eq!(lang.choices().len(), Lang::ALL.len());
    answers.insert(lang, Some(arabic));
    assert_eq!(next_question(&answers), Some(Question::WithoutPartner));
    assert!(!missing(&answers).contains(&lang));
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

/// Walks the questionnaire answering every question with its first, or every one with its last
/// choice, or asking for an interpreter in another language (so each follow-up is asked on one
/// path and not on another): the numbers shown go
/// 1, 2, 3 … without a gap or a jump, the total never changes, and each follow-up comes right
/// after the question it details.
#[test]
fn the_counter_never_jumps_whatever_is_answered() {
    let mut follow_ups = std::collections::BTreeSet::new();
    for (path, pick_last) in [(0, false), (1, true), (2, false)] {
        let mut answers = Answers::new();
        let mut shown = Vec::new();
        let mut previous: Option<Question> = None;
        while let Some(q) = next_question(&answers) {
            match step(q) {
                Some(counter) => shown.push(counter),
                None => {
                    assert_eq!(follow_up_of(q), previous, "{q:?} right after its question");
                    follow_ups.insert(q);
                }
            }
            let choices = q.choices();
            let a = match (path, q) {
                // The third path asks for an interpreter in another language.
                (2, Question::Interpreter) => {
                    Some(Answer::Interpreter(InterpreterWish::OtherLanguage))
                }
                _ if pick_last => choices.last().copied(),
                _ => choices.first().copied(),
            };
            answers.insert(q, a);
            previous = Some(q);
        }
        let total = shown.first().map(|s| s.1).unwrap_or(0);
        assert_eq!(total, 11, "13 questions, 2 of them follow-ups");
        let expected: Vec<(usize, usize)> = (1..=total).map(|n| (n, total)).collect();
        assert_eq!(shown, expected, "last choices: {pick_last}");
    }
    let all: std::collections::BTreeSet<Question> = Question::ALL
        .into_iter()
        .filter(|q| follow_up_of(*q).is_some())
        .collect();
    assert_eq!(follow_ups, all, "each follow-up asked on one of the paths");
}
