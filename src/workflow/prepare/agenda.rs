//! The agenda of a driegesprek: the five things every option agrees on, in the order that
//! option needs them (domain.md, "The three options"), which staff may reorder and extend with
//! points of their own for one meeting. Pure.
//!
//! ```text
//! Sanne:  🗒 Agenda           Bot: 1. Introduction ... 5. Handover conversation
//!                                  [⬆️ 2] [⬇️ 2] ... [➕ Add a point] [📨 Send to all three]
//! Sanne:  <taps ⬆️ 3>         Bot: (the same message, 3 now second)
//! Sanne:  <taps ➕>, types "Bring the school certificate from Eritrea"
//!                              Bot: 6. Bring the school certificate ... (not translated)
//! ```

use crate::domain::{HandoverOption, PlanItemKind, TextProblem};

/// The longest point staff can add: one line, read aloud by an interpreter.
pub const POINT_MAX: usize = 200;
/// At most this many points: a meeting with an interpreter takes about an hour.
pub const POINTS_MAX: usize = 12;

/// One point of a meeting's agenda.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Point {
    /// One of the five plan items: translated for every reader.
    Plan(PlanItemKind),
    /// A point a staff member typed: shown as typed, marked as not translated.
    Own(String),
}

/// A change to an agenda; positions are 0-based indexes into the current list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Edit {
    Up(usize),
    Down(usize),
    /// Only a staff member's own point can be removed: the five items are what every option
    /// agrees on.
    Remove(usize),
    Add(String),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EditProblem {
    /// No point there, or it cannot move further that way (an old or forged button).
    NoSuchPoint,
    /// One of the five plan items cannot be removed.
    NotOwn,
    Full,
}

/// The agenda a meeting starts with: the option's five items, or nothing before an option is
/// chosen (staff can still add their own points).
pub fn generated(option: Option<HandoverOption>) -> Vec<Point> {
    option
        .map(|o| agenda(o).into_iter().map(Point::Plan).collect())
        .unwrap_or_default()
}

/// Applies one edit; on a problem the agenda is unchanged.
pub fn apply(points: &mut Vec<Point>, edit: Edit) -> Result<(), EditProblem> {
    let len = points.len();
    match edit {
        Edit::Up(i) if i > 0 && i < len => points.swap(i - 1, i),
        Edit::Down(i) if i + 1 < len => points.swap(i, i + 1),
        Edit::Remove(i) => match points.get(i) {
            Some(Point::Own(_)) => {
                points.remove(i);
            }
            Some(Point::Plan(_)) => return Err(EditProblem::NotOwn),
            None => return Err(EditProblem::NoSuchPoint),
        },
        Edit::Add(text) if len < POINTS_MAX => points.push(Point::Own(text)),
        Edit::Add(_) => return Err(EditProblem::Full),
        Edit::Up(_) | Edit::Down(_) => return Err(EditProblem::NoSuchPoint),
    }
    Ok(())
}

/// A typed point as kept: trimmed, one line, at most `POINT_MAX` characters, and never a
/// BSN- or V-number-long number (domain.md, "Privacy").
pub fn point_text(raw: &str) -> Result<String, TextProblem> {
    let text = raw.trim();
    if crate::domain::is_blank(text) {
        return Err(TextProblem::Empty);
    }
    if text.chars().count() > POINT_MAX {
        return Err(TextProblem::TooLong { max: POINT_MAX });
    }
    if text.chars().any(char::is_control) {
        return Err(TextProblem::ControlCharacters);
    }
    if crate::domain::has_national_number(text) {
        return Err(TextProblem::LooksLikeNationalNumber);
    }
    Ok(text.to_string())
}

/// The five plan items in the order the chosen option deals with them.
///
/// - Fast start (1): the municipality starts the regular trajectory at the azc, so the meeting
///   is early and opens with introduction and route choice, then stops COA's programme (the
///   person does not use it), then the broad intake, the client profile behind it, and last how
///   things continue through the move (handover conversation).
/// - Combined (2): the meeting is before or at the broad intake at the azc, so the intake comes
///   right after the introduction, fed by the client profile; COA's programme is encouraged
///   while waiting; the handover conversation is a second contact near the move.
/// - After housing (3): the meeting is mostly the handover conversation near the move; the
///   client profile carries most information, COA's programme is encouraged meanwhile, and the
///   broad intake only starts after the move, so it comes last.
pub fn agenda(option: HandoverOption) -> Vec<PlanItemKind> {
    use PlanItemKind::*;
    match option {
        HandoverOption::FastStart => vec![
            Introduction,
            ProgrammeAlignment,
            BroadIntake,
            ClientProfile,
            HandoverConversation,
        ],
        HandoverOption::Combined => vec![
            Introduction,
            BroadIntake,
            ClientProfile,
            ProgrammeAlignment,
            HandoverConversation,
        ],
        HandoverOption::AfterHousing => vec![
            Introduction,
            ClientProfile,
            ProgrammeAlignment,
            HandoverConversation,
            BroadIntake,
        ],
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use PlanItemKind::*;

    fn own(s: &str) -> Point {
        Point::Own(s.to_string())
    }

    #[test]
    fn staff_reorder_and_extend_an_agenda_and_a_wrong_edit_changes_nothing() {
        use Point::Plan as P;
        let start = generated(Some(HandoverOption::Combined));
        type Outcome = Result<Vec<Point>, EditProblem>;
        let cases: Vec<(Vec<Edit>, Outcome)> = vec![
            (
                vec![Edit::Up(2)],
                Ok(vec![
                    P(Introduction),
                    P(ClientProfile),
                    P(BroadIntake),
                    P(ProgrammeAlignment),
                    P(HandoverConversation),
                ]),
            ),
            (
                vec![
                    Edit::Add("Diploma uit Eritrea".into()),
                    Edit::Up(5),
                    Edit::Down(0),
                ],
                Ok(vec![
                    P(BroadIntake),
                    P(Introduction),
                    P(ClientProfile),
                    P(ProgrammeAlignment),
                    own("Diploma uit Eritrea"),
                    P(HandoverConversation),
                ]),
            ),
            (
                vec![
                    Edit::Add("a".into()),
                    Edit::Add("b".into()),
                    Edit::Remove(5),
                ],
                Ok(vec![
                    P(Introduction),
                    P(BroadIntake),
                    P(ClientProfile),
                    P(ProgrammeAlignment),
                    P(HandoverConversation),
                    own("b"),
                ]),
            ),
            (vec![Edit::Up(0)], Err(EditProblem::NoSuchPoint)),
            (vec![Edit::Down(4)], Err(EditProblem::NoSuchPoint)),
            (vec![Edit::Up(99)], Err(EditProblem::NoSuchPoint)),
            (vec![Edit::Remove(5)], Err(EditProblem::NoSuchPoint)),
            (vec![Edit::Remove(0)], Err(EditProblem::NotOwn)),
        ];
        for (edits, want) in cases {
            let mut points = start.clone();
            let mut got = Ok(());
            for e in edits.clone() {
                got = apply(&mut points, e);
                if got.is_err() {
                    break;
                }
            }
            match want {
                Ok(list) => assert_eq!((got, points), (Ok(()), list), "{edits:?}"),
                Err(problem) => {
                    assert_eq!(got, Err(problem), "{edits:?}");
                    assert_eq!(points, start, "{edits:?} changed the agenda");
                }
            }
        }
    }

    #[test]
    fn an_agenda_holds_at_most_twelve_points() {
        let mut points = generated(Some(HandoverOption::FastStart));
        for n in 5..POINTS_MAX {
            assert_eq!(apply(&mut points, Edit::Add(format!("{n}"))), Ok(()));
        }
        let before = points.clone();
        assert_eq!(
            apply(&mut points, Edit::Add("one more".into())),
            Err(EditProblem::Full)
        );
        assert_eq!(points, before);
    }

    #[test]
    fn before_an_option_is_chosen_the_agenda_is_empty_but_can_be_extended() {
        let mut points = generated(None);
        assert!(points.is_empty());
        assert_eq!(apply(&mut points, Edit::Add("Kennismaking".into())), Ok(()));
        assert_eq!(points, vec![own("Kennismaking")]);
    }

    #[test]
    fn a_typed_point_is_one_short_line_without_a_national_number() {
        let long = "x".repeat(POINT_MAX + 1);
        let cases = [
            (
                "  Diploma's meenemen ",
                Ok("Diploma's meenemen".to_string()),
            ),
            ("", Err(TextProblem::Empty)),
            ("   ", Err(TextProblem::Empty)),
            ("\u{0301}", Err(TextProblem::Empty)),
            (long.as_str(), Err(TextProblem::TooLong { max: POINT_MAX })),
            ("twee\nregels", Err(TextProblem::ControlCharacters)),
            (
                "BSN 123456782 checken",
                Err(TextProblem::LooksLikeNationalNumber),
            ),
            ("مستند ١٢٣٤٥٦٧٨٩", Err(TextProblem::LooksLikeNationalNumber)),
            ("ትግርኛ ተርጓሚ", Ok("ትግርኛ ተርጓሚ".to_string())),
        ];
        for (raw, want) in cases {
            assert_eq!(point_text(raw), want, "{raw:?}");
        }
    }

    #[test]
    fn each_option_orders_the_five_items_as_it_needs_them() {
        let cases = [
            (
                HandoverOption::FastStart,
                [
                    Introduction,
                    ProgrammeAlignment,
                    BroadIntake,
                    ClientProfile,
                    HandoverConversation,
                ],
            ),
            (
                HandoverOption::Combined,
                [
                    Introduction,
                    BroadIntake,
                    ClientProfile,
                    ProgrammeAlignment,
                    HandoverConversation,
                ],
            ),
            (
                HandoverOption::AfterHousing,
                [
                    Introduction,
                    ClientProfile,
                    ProgrammeAlignment,
                    HandoverConversation,
                    BroadIntake,
                ],
            ),
        ];
        for (option, want) in cases {
            assert_eq!(agenda(option), want.to_vec(), "{option:?}");
        }
    }

    #[test]
    fn every_agenda_has_each_of_the_five_items_exactly_once() {
        for option in HandoverOption::ALL {
            let items = agenda(option);
            assert_eq!(items.len(), PlanItemKind::ALL.len());
            for kind in PlanItemKind::ALL {
                assert_eq!(items.iter().filter(|k| **k == kind).count(), 1);
            }
        }
    }

    #[test]
    fn only_after_housing_puts_the_broad_intake_after_the_handover_conversation() {
        for option in HandoverOption::ALL {
            let items = agenda(option);
            let pos = |k| items.iter().position(|i| *i == k);
            let after = pos(BroadIntake) > pos(HandoverConversation);
            assert_eq!(after, option == HandoverOption::AfterHousing, "{option:?}");
        }
    }
}
