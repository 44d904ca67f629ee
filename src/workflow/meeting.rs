//! SCAFFOLD for issue 4: the typed-answer conversation state. Replace with the real one.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum MeetingDialog {
    Idle,
}
