//! The bot is removed from a team group (left or kicked): the group's links end, so adding the
//! bot again starts unlinked, and the staff who linked it hear of it privately (issue 10).
//!
//! ```text
//! (someone removes the bot from "Team Utrecht")
//! Bot -> Sanne (private)   The bot was removed from the group Team Utrecht. That group no
//!                          longer follows any cases. …
//! ```

use crate::app::{App, Ctx, Outgoing, Reply, recipient_lang};
use crate::domain::{ChatId, Lang};
use crate::i18n::Msg;
use crate::store;

impl App {
    /// Ends the links of the group the bot was removed from and tells whoever linked it. The
    /// group's title goes only into the message, never into a log line.
    pub(crate) async fn group_removed(&self, ctx: &Ctx<'_>, title: &str) -> anyhow::Result<Reply> {
        let now = self.clock.now();
        let chat = ctx.inc.chat;
        let mut tx = self.begin().await?;
        let linkers = store::groups::unlink(&mut tx, chat).await?;
        let cancelled = store::outbox::cancel_chat(&mut tx, chat, "bot_removed", now).await?;
        // Half-finished conversations there (a case being opened, a time being typed) end too:
        // added again, the group starts afresh.
        let dialogs = store::dialogs::clear_chat(&mut tx, chat).await?;
        if linkers.is_empty() && cancelled == 0 && dialogs == 0 {
            return Ok(Reply::default());
        }
        store::audit(
            &mut tx,
            now,
            Some(ctx.inc.actor.user.0),
            "group_unlinked_bot_removed",
            None,
            Some(chat.0),
        )
        .await?;
        let mut messages = Vec::new();
        for user in linkers {
            let lang = recipient_lang(&mut tx, user, Lang::Nl).await?;
            let msg = Msg::new("group-removed-unlinked").name("group", title);
            messages.push(Outgoing::new(ChatId::from(user), lang, msg));
        }
        tx.commit().await?;
        tracing::info!(
            chat = chat.0,
            user = ctx.inc.actor.user.0,
            told = messages.len(),
            reminders_cancelled = cancelled,
            dialogs_ended = dialogs,
            "bot removed from a group; its links ended"
        );
        // Sent at once, not through the outbox: an outbox row belongs to a case, and a group
        // linked to the whole organisation has none. The links have ended either way.
        Ok(Reply {
            messages,
            ..Reply::default()
        })
    }
}
