//! The one error type of the use cases (issue 11, after realworld's `http/error.rs` and
//! triagebot's `UserError`). A refusal the person can understand is `User` with the translated
//! message to show them; anything else is `Internal`, logged once by the router with its whole
//! context chain (ids only) and answered with the short apology. `?` works on store calls
//! (`sqlx::Error`) and on everything that returns `anyhow::Result`.
//!
//! `AppError` is deliberately not a `std::error::Error`: `?` in a function that returns
//! `anyhow::Result` cannot turn a refusal into an internal error by accident.
//!
//! May use: `app` (Ctx, Reply), `i18n`.

use crate::app::{Ctx, Reply};
use crate::i18n::Msg;

/// Why a use case did not answer as asked.
#[derive(Debug)]
pub(crate) enum AppError {
    /// A refusal: this message to the person acting, in their language (an alert for a button,
    /// a message in the chat otherwise), and nothing saved.
    User(Msg),
    /// A fault: logged with its context chain, the person gets the apology.
    Internal(anyhow::Error),
}

/// What a use case returns.
pub(crate) type AppResult<T> = Result<T, AppError>;

impl From<anyhow::Error> for AppError {
    fn from(e: anyhow::Error) -> Self {
        AppError::Internal(e)
    }
}

impl From<sqlx::Error> for AppError {
    fn from(e: sqlx::Error) -> Self {
        AppError::Internal(e.into())
    }
}

/// Refuses with `msg`: `return refuse(msg)`.
pub(crate) fn refuse<T>(msg: Msg) -> AppResult<T> {
    Err(AppError::User(msg))
}

/// Refuses with `msg` unless `cond` holds: `ensure(ok, msg)?`.
pub(crate) fn ensure(cond: bool, msg: Msg) -> AppResult<()> {
    if cond { Ok(()) } else { refuse(msg) }
}

/// A check whose `Err` is the refusal to show (the access rule's answer, a stale button).
pub(crate) trait OrRefuse<T> {
    /// `Err(msg)` as `AppError::User(msg)`.
    fn or_refuse(self) -> AppResult<T>;
}

impl<T> OrRefuse<T> for Result<T, Msg> {
    fn or_refuse(self) -> AppResult<T> {
        self.map_err(AppError::User)
    }
}

/// Something that must be there, else the button is stale (`error-button-stale`).
pub(crate) trait OrStale<T> {
    fn or_stale(self) -> AppResult<T>;
}

impl<T> OrStale<T> for Option<T> {
    fn or_stale(self) -> AppResult<T> {
        self.ok_or_else(|| AppError::User(Msg::new("error-button-stale")))
    }
}

impl Ctx<'_> {
    /// The answer a use case's result gives: a refusal as `say` shows it (an alert for a
    /// button, a message otherwise); a fault stays a fault for the router to log.
    pub(crate) fn answer(&self, result: AppResult<Reply>) -> anyhow::Result<Reply> {
        match result {
            Ok(reply) => Ok(reply),
            Err(AppError::User(msg)) => Ok(self.say(msg)),
            Err(AppError::Internal(e)) => Err(e),
        }
    }

    /// For a caller that goes on after a refusal of the use case it called: the refusal as the
    /// alert it was before, a fault as a fault.
    pub(crate) fn alert_on_refusal(&self, result: AppResult<Reply>) -> AppResult<Reply> {
        match result {
            Err(AppError::User(msg)) => Ok(self.notice(msg)),
            other => other,
        }
    }
}
