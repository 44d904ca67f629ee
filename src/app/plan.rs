//! SCAFFOLD for issue 3: the entry points the router calls. Replace with the real feature.

use super::{App, Ctx, Reply};
use crate::i18n::Msg;
use crate::workflow::plan::PlanDialog;

/// A button of this feature (encoded in `telegram/callback_plan.rs`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlanAction {
    Show,
}

impl App {
    pub(crate) async fn plan_command(&self, ctx: &Ctx<'_>, _name: &str) -> anyhow::Result<Reply> {
        Ok(ctx.say(Msg::new("error-unknown-command")))
    }

    pub(crate) async fn plan_button(
        &self,
        ctx: &Ctx<'_>,
        _action: PlanAction,
    ) -> anyhow::Result<Reply> {
        Ok(ctx.notice(Msg::new("error-button-stale")))
    }

    pub(crate) async fn plan_dialog_input(
        &self,
        ctx: &Ctx<'_>,
        _state: PlanDialog,
    ) -> anyhow::Result<Reply> {
        Ok(ctx.say(Msg::new("hint-use-menu")))
    }
}
