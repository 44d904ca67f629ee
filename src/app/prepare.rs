//! SCAFFOLD for issue 6: the entry points the router calls. Replace with the real feature.

use super::{App, Ctx, Reply};
use crate::i18n::Msg;
use crate::workflow::prepare::PrepareDialog;

/// A button of this feature (encoded in `telegram/callback_prepare.rs`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PrepareAction {
    Show,
}

impl App {
    pub(crate) async fn prepare_command(&self, ctx: &Ctx<'_>) -> anyhow::Result<Reply> {
        Ok(ctx.say(Msg::new("error-unknown-command")))
    }

    pub(crate) async fn prepare_button(
        &self,
        ctx: &Ctx<'_>,
        _action: PrepareAction,
    ) -> anyhow::Result<Reply> {
        Ok(ctx.notice(Msg::new("error-button-stale")))
    }

    pub(crate) async fn prepare_dialog_input(
        &self,
        ctx: &Ctx<'_>,
        _state: PrepareDialog,
    ) -> anyhow::Result<Reply> {
        Ok(ctx.say(Msg::new("hint-use-menu")))
    }
}
