//! The port through which the app's messages leave. `telegram` implements it; another
//! messenger (Signal, Matrix) could later.

use std::future::Future;
use std::time::Duration;

use crate::app::common::io::Outgoing;

/// Why a message could not be delivered, by what to do about it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SendError {
    /// Rate limited: try again after this long.
    #[error("rate limited, retry after {0:?}")]
    RetryAfter(Duration),
    /// A passing failure (server error, timeout, connection refused): retry with backoff.
    #[error("transient failure: {0}")]
    Transient(String),
    /// Will never succeed (blocked by the user, chat gone, bot removed): stop sending there.
    #[error("permanent failure: {0}")]
    Permanent(String),
}

pub trait Messenger: Send + Sync {
    /// Sends (or edits) one message; the id of the message that now shows it (the last one
    /// when it was split), if the platform tells.
    fn send(&self, out: &Outgoing) -> impl Future<Output = Result<Option<i32>, SendError>> + Send;
}
