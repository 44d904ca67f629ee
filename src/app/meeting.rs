//! SCAFFOLD for issue 4: the entry points the router calls. Replace with the real feature.

use super::{App, Ctx, Reply};
use crate::i18n::Msg;
use crate::workflow::meeting::MeetingDialog;

/// A button of this feature (encoded in `telegram/callback_meeting.rs`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MeetingAction {
    Show,
}

impl App {
    pub(crate) async fn meeting_command(&self, ctx: &Ctx<'_>) -> anyhow::Result<Reply> {
        Ok(ctx.say(Msg::new("error-unknown-command")))
    }

    pub(crate) async fn meeting_button(
        &self,
        ctx: &Ctx<'_>,
        _action: MeetingAction,
    ) -> anyhow::Result<Reply> {
        Ok(ctx.notice(Msg::new("error-button-stale")))
    }

    pub(crate) async fn meeting_dialog_input(
        &self,
        ctx: &Ctx<'_>,
        _state: MeetingDialog,
    ) -> anyhow::Result<Reply> {
        Ok(ctx.say(Msg::new("hint-use-menu")))
    }
}
