//! Callback data of issue 6's buttons (after the feature prefix). SCAFFOLD: replace.

use crate::app::PrepareAction;

pub fn encode(action: PrepareAction) -> String {
    match action {
        PrepareAction::Show => "show".into(),
    }
}

pub fn decode(data: &str) -> Option<PrepareAction> {
    match data {
        "show" => Some(PrepareAction::Show),
        _ => None,
    }
}
