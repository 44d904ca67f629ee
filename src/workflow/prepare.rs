//! SCAFFOLD for issue 6: the typed-answer conversation state. Replace with the real one.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum PrepareDialog {
    Idle,
}
