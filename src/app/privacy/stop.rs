//! `/stop`: the status holder withdraws from the bot. Their staff are told, every pending row to
//! their chat is cancelled and the outbox writes any new one as cancelled
//! (`store::outbox::schedule`); `/start` brings them back. While stopped, what they send gets a
//! short answer saying so; seeing and erasing their data still work.

use crate::app::common::error::{AppResult, refuse};
use crate::app::privacy::{holder_case, not_a_holder};
use crate::app::{Action, App, Button, Command, Ctx, Input, PrivacyAction, Reply};
use crate::i18n::Msg;
use crate::store;

impl App {
    /// "Get no more messages?"
    pub(super) async fn stop_ask(&self, ctx: &Ctx<'_>) -> AppResult<Reply> {
        let Some(_) = holder_case(ctx) else {
            return refuse(not_a_holder(ctx));
        };
        let rows = vec![vec![
            Button::new(
                Msg::new("privacy-button-stop-yes"),
                Action::Privacy(PrivacyAction::StopYes),
            ),
            Button::new(
                Msg::new("privacy-button-no"),
                Action::Privacy(PrivacyAction::Never),
            ),
        ]];
        Ok(Reply::one(
            ctx.out(Msg::new("privacy-stop-ask")).buttons(rows),
        ))
    }

    /// Stops every message to the status holder's chat; their staff are told.
    pub(super) async fn stop(&self, ctx: &Ctx<'_>) -> AppResult<Reply> {
        let Some(case) = holder_case(ctx) else {
            return refuse(not_a_holder(ctx));
        };
        let now = self.clock.now();
        let user = ctx.inc.actor.user;
        let mut tx = self.begin().await?;
        if !store::privacy::stop(&mut tx, ctx.inc.chat, now).await? {
            return Ok(Reply::one(ctx.in_place(Msg::new("privacy-stopped-you"))));
        }
        let cancelled = store::outbox::cancel_chat(&mut tx, ctx.inc.chat, "stopped", now).await?;
        store::audit(
            &mut tx,
            now,
            Some(user.0),
            "holder_stopped",
            Some(case.0),
            None,
        )
        .await?;
        let notices = self
            .tell_staff_about_holder(&mut tx, case, "privacy-stopped-staff")
            .await?;
        tx.commit().await?;
        tracing::info!(
            case = case.0,
            reminders_cancelled = cancelled,
            "status holder stopped"
        );
        let mut reply = Reply::one(ctx.in_place(Msg::new("privacy-stopped-you")));
        reply.notices = notices;
        Ok(reply)
    }

    /// A stopped status holder's input: `None` to handle it as usual (their rights, `/help`,
    /// and `/start`, which brings them back), else the short answer that they stopped.
    pub(crate) async fn while_stopped(&self, ctx: &Ctx<'_>) -> AppResult<Option<Reply>> {
        let Some(case) = holder_case(ctx) else {
            return Ok(None);
        };
        if !ctx.stopped {
            return Ok(None);
        }
        match &ctx.inc.input {
            Input::Command { name, arg } => match Command::parse(name) {
                Some(Command::Start) if arg.is_empty() => self.resume(ctx, case).await.map(Some),
                Some(Command::MyData | Command::Delete | Command::Stop | Command::Help) => Ok(None),
                _ => Ok(Some(ctx.say(Msg::new("privacy-stopped-hint")))),
            },
            Input::Button(Some(Action::Privacy(_))) => Ok(None),
            _ => Ok(Some(ctx.say(Msg::new("privacy-stopped-hint")))),
        }
    }

    /// `/start` after `/stop`: messages come again; their staff are told.
    async fn resume(&self, ctx: &Ctx<'_>, case: crate::domain::CaseId) -> AppResult<Reply> {
        let now = self.clock.now();
        let user = ctx.inc.actor.user;
        let mut tx = self.begin().await?;
        let mut notices = Vec::new();
        if store::privacy::resume(&mut tx, ctx.inc.chat).await? {
            store::audit(
                &mut tx,
                now,
                Some(user.0),
                "holder_resumed",
                Some(case.0),
                None,
            )
            .await?;
            notices = self
                .tell_staff_about_holder(&mut tx, case, "privacy-resumed-staff")
                .await?;
        }
        let overview = self
            .holder_overview(&mut tx, case, ctx.inc.chat, ctx.lang)
            .await?;
        tx.commit().await?;
        tracing::info!(case = case.0, "status holder resumed");
        let mut reply = Reply::one(ctx.out(Msg::new("privacy-resumed-you")));
        reply.messages.push(overview);
        reply.notices = notices;
        Ok(reply)
    }

    /// The case's staff and groups told `id` about its status holder (reference and name).
    async fn tell_staff_about_holder(
        &self,
        conn: &mut sqlx::SqliteConnection,
        case: crate::domain::CaseId,
        id: &'static str,
    ) -> anyhow::Result<Vec<crate::app::Queued>> {
        let Some(c) = store::cases::get(conn, case).await? else {
            return Ok(Vec::new());
        };
        let msg = Msg::new(id)
            .code("reference", c.reference)
            .name("name", c.holder_name);
        let outs = self.to_case_staff(conn, case, None, msg).await?;
        self.queue(conn, case, outs).await
    }
}
