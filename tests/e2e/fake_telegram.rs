//! The end-to-end tests' Bot API: the crate's emulator (`src/emulator/`), under the names the
//! tests have always used.

#[allow(unused_imports)] // a toolbox for every e2e module; no single test uses all of it
pub use driegesprek::emulator::{
    BOT_ID, BOT_USERNAME, ChatTarget, Emulator as FakeTelegram, Fault, Mark, Sent, TOKEN, TgChat,
    TgUser,
};
