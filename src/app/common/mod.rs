//! What every feature uses and that uses no feature (issue 11): the types an update comes in
//! and a reply goes out as (`io`), every button's action (`actions`), the commands (`commands`), the one error type of the use cases (`error`), the port messages leave
//! through (`messenger`), the one access rule applied to a chat (`access`), notices written to
//! the outbox with the change (`notice`), the reminder policy (`policy`) and message parts that
//! several features show (`words`). `tests/architecture.rs` fails if it imports a feature.
//!
//! May use: `app` (App, Ctx), `store`, `workflow`, `domain`, `i18n`.

pub(in crate::app) mod access;
pub(in crate::app) mod actions;
pub(in crate::app) mod commands;
pub(in crate::app) mod error;
pub(in crate::app) mod io;
pub(in crate::app) mod messenger;
pub(in crate::app) mod notice;
pub(in crate::app) mod picker;
pub(in crate::app) mod policy;
pub(in crate::app) mod words;
