//! The conversations as state machines: pure functions from (state, answer, today) to the next
//! state or a problem to tell the user. No I/O and no clock: `today` is a parameter.

/// The one access rule: who may do what with a case, in which chat.
pub mod access;
pub mod case_life;
pub mod case_opening;
pub mod caseload;
pub mod dates;
/// Explainers of the handover's terms (issue 15).
pub mod explain;
pub mod figures;
/// Scheduling the driegesprek: the proposal draft (here), answers, the calendar, the
/// meeting's life and typed slots.
pub mod meeting;
/// The handover plan: its dialogue (here), the date rules and the items' status.
pub mod plan;
/// Preparing the driegesprek: the holder's dialogue (here), agenda, checklist, choices,
/// consent and the questionnaire.
pub mod prepare;
/// The status holder's rights: why data is kept, when it is anonymised (issue 14).
pub mod privacy;

use serde::{Deserialize, Serialize};

/// What a user is in the middle of, per chat and per user (so three people in one team group
/// each have their own). Stored as JSON by `store::dialogs`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Dialog {
    OpenCase(case_opening::OpenCase),
    /// Typed answers while editing the plan (issue 3).
    Plan(plan::PlanDialog),
    /// Typed answers while scheduling a meeting (issue 4).
    Meeting(meeting::MeetingDialog),
    /// Typed answers while preparing a meeting (issue 6).
    Prepare(prepare::PrepareDialog),
}
