//! The operator's toolkit (issue 14), tested with the real `driegesprek` binary as a child
//! process against the Bot API emulator on 127.0.0.1: structured logs, the health check, the
//! faults an IT admin will meet (the Bot API gone for a while, `kill -9`, a read-only
//! database), and webhook mode.

mod docs;
mod faults;
mod health;
mod logs;
mod support;
mod webhook;
