//! Callback data of issue 3's buttons (after the feature prefix). SCAFFOLD: replace.

use crate::app::PlanAction;

pub fn encode(action: PlanAction) -> String {
    match action {
        PlanAction::Show => "show".into(),
    }
}

pub fn decode(data: &str) -> Option<PlanAction> {
    match data {
        "show" => Some(PlanAction::Show),
        _ => None,
    }
}
