//! Callback data of issue 4's buttons (after the feature prefix). SCAFFOLD: replace.

use crate::app::MeetingAction;

pub fn encode(action: MeetingAction) -> String {
    match action {
        MeetingAction::Show => "show".into(),
    }
}

pub fn decode(data: &str) -> Option<MeetingAction> {
    match data {
        "show" => Some(MeetingAction::Show),
        _ => None,
    }
}
