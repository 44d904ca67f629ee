//! driegesprek: a Telegram bot for the warm handover (warme overdracht) of a status holder from
//! COA to the municipality. A guided tour, from the pure core outwards:

// No input can panic: text is cut on character boundaries, never by byte index, and nothing
// a user or the network controls is unwrapped. Tests are exempt (clippy.toml).
#![deny(
    clippy::string_slice,
    clippy::indexing_slicing,
    clippy::unwrap_used,
    clippy::expect_used
)]

/// Use cases: load, decide, save in one transaction, describe the messages to send. One folder
/// per feature (`case`, `holder`, `caseload`, `life`, `meeting`, `plan`, `prepare`,
/// `privacy`, `explain`), what they share in
/// `common` (which uses no feature), the router in `app/mod.rs`.
pub mod app;
/// The injected clock (tests move it).
pub mod clock;
/// Configuration and the command line.
pub mod config;
/// The words of the handover as types: ids, parties, languages, invite tokens, typed texts.
pub mod domain;
/// A stand-in for the Telegram Bot API on 127.0.0.1 (users, chats, messages, long polling,
/// Telegram's refusals): the end-to-end tests and the playground run the real bot against it.
/// It imports nothing else of the crate.
pub mod emulator;
/// Fluent messages for every locale and ICU4X dates: the only module that turns ids into words.
pub mod i18n;
/// The `.ics` calendar entry of a meeting (RFC 5545, hand-written).
pub mod ics;
/// `driegesprek playground`: the real bot against the emulator, a movable clock, a sample
/// caseload and a local web page with the three parties' chats side by side.
pub mod playground;
/// QR codes for invite links.
pub mod qr;
/// The reminder worker: claims due outbox rows, composes them now, sends them within
/// Telegram's limits and the quiet hours, records what happened.
pub mod reminders;
/// SQLite through sqlx: the only module that writes SQL; embedded migrations.
pub mod store;
/// The only module that knows Telegram: updates in, messages and keyboards out.
pub mod telegram;
/// The conversations as pure state machines: `(state, answer, today) -> next or problem`.
/// A folder per feature where it has several files (`meeting`, `plan`, `prepare`), one file
/// otherwise (the access rule, case opening and life, the caseload, dates).
pub mod workflow;
