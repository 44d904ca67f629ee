//! The agenda of a driegesprek: the five things every option agrees on, in the order that
//! option needs them (domain.md, "The three options"). Pure.

use crate::domain::{HandoverOption, PlanItemKind};

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
