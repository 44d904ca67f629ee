//! The words of the handover, as types: ids, parties, languages, invite tokens and the
//! short texts people type. Pure: no teloxide, sqlx, tokio or clock. Values are parsed once at
//! the edge (`telegram/`, the command line) and trusted everywhere after that.

mod handover;
mod ids;
mod invite;
mod lang;
mod party;
mod reminder;
mod text;

pub use handover::{HandoverOption, PlanItemKind};
pub use ids::{CaseId, ChatId, OrgId, StaffId, UserId};
pub use invite::{InvitePurpose, InviteToken, TokenHash};
pub use lang::Lang;
pub use party::{OrgKind, Party};
pub use reminder::ReminderKind;
pub use text::{
    CaseReference, HolderName, OrgName, TextProblem, ascii_digits, has_national_number, is_blank,
    is_invisible, strip_invisible,
};
