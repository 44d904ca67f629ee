//! The status holder's rights (issue 14), in their own chat and language: `/mydata` shows
//! everything recorded about them and sends the same as a JSON file; `/delete` asks the
//! municipality to erase it, which erases it (`store::privacy::erase`, the one code path that the
//! retention period uses too) or says why it must keep it, in words the holder reads in their
//! language; `/stop` ends every message from the bot until they send `/start` again. The
//! retention sweep of the worker's hourly pass is in `retention.rs`.
//!
//! ```text
//! Amanuel: /delete
//! Bot:     (in Tigrinya) Ask your municipality to delete your data? …  [🗑 Yes, ask] [↩️ No]
//! Amanuel: 🗑 Yes, ask
//! Bot:     (in Tigrinya) Your municipality has been asked. You get the answer here.
//! Sanne:   📁 UTR-7 · Amanuel — asks to delete their data. …  [🗑 Erase] [📜 Keep: say why]
//! Sanne:   🗑 Erase   →   Erase everything of UTR-7? This cannot be undone.  [✅ Yes, erase]
//! Sanne:   ✅ Yes, erase
//! Bot:     🗑 UTR-7 is erased: …
//! Amanuel: (in Tigrinya) Your data has been deleted. …
//! ```
//!
//! May use: `app` (App, Ctx), `app/common`, `app/holder` (the case's staff), `app/plan` and
//! `app/prepare` (the words of their lines), `store`, `workflow`, `domain`, `i18n`.

mod erasure;
mod mydata;
pub(crate) mod retention;
mod stop;

use crate::app::common::error::AppResult;
use crate::app::{Action, App, Button, Ctx, PrivacyAction, Reply, Who};
use crate::domain::CaseId;
use crate::i18n::Msg;

impl App {
    pub(crate) async fn privacy_button(&self, ctx: &Ctx<'_>, a: PrivacyAction) -> AppResult<Reply> {
        match a {
            PrivacyAction::Menu => Ok(self.privacy_menu(ctx)),
            PrivacyAction::MyData => self.my_data(ctx).await,
            PrivacyAction::Delete => self.delete_ask(ctx).await,
            PrivacyAction::DeleteYes => self.delete_request(ctx).await,
            PrivacyAction::Stop => self.stop_ask(ctx).await,
            PrivacyAction::StopYes => self.stop(ctx).await,
            PrivacyAction::Never => Ok(Reply::one(ctx.in_place(Msg::new("privacy-never")))),
            PrivacyAction::Erase(id) => self.erase_ask(ctx, id).await,
            PrivacyAction::EraseYes(id) => self.erase(ctx, id).await,
            PrivacyAction::Keep(id) => self.keep_data_ask(ctx, id).await,
            PrivacyAction::KeepFor(id, why) => self.keep_data(ctx, id, why).await,
            PrivacyAction::Request(id) => self.request_again(ctx, id).await,
        }
    }

    /// What the status holder can do with their data: see it, ask to erase it, stop messages.
    pub(crate) fn privacy_menu(&self, ctx: &Ctx<'_>) -> Reply {
        let Some(_) = holder_case(ctx) else {
            return ctx.say(not_a_holder(ctx));
        };
        let button = |id, a| vec![Button::new(Msg::new(id), Action::Privacy(a))];
        let rows = vec![
            button("privacy-button-mydata", PrivacyAction::MyData),
            button("privacy-button-delete", PrivacyAction::Delete),
            button("privacy-button-stop", PrivacyAction::Stop),
        ];
        Reply::one(ctx.out(Msg::new("privacy-menu")).buttons(rows))
    }
}

/// The case of a status holder acting in their private chat.
fn holder_case(ctx: &Ctx<'_>) -> Option<CaseId> {
    match ctx.who {
        Who::Holder(case) if !ctx.inc.chat.is_group() => Some(case),
        _ => None,
    }
}

/// Why these rights are not this person's to use here: staff have their own answer, anyone
/// else has nothing recorded about them as a status holder.
fn not_a_holder(ctx: &Ctx<'_>) -> Msg {
    match ctx.who {
        _ if ctx.inc.chat.is_group() => Msg::new("private-only-command"),
        Who::Staff(_) => Msg::new("privacy-staff"),
        _ => Msg::new("privacy-nothing-kept"),
    }
}
