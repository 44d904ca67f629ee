//! Use cases: load, decide (pure, in `workflow`), save in one transaction, then describe what
//! to send. The only module that combines the store, the workflows and the messenger. Knows
//! nothing of Telegram: updates arrive as `Incoming`, messages leave as `Outgoing`.

mod case;
mod caseload;
mod common;
pub(crate) mod explain;
mod holder;
mod life;
mod meeting;
mod plan;
mod prepare;
mod privacy;
mod reminders;

use std::sync::Arc;

use anyhow::Context;
use sqlx::SqliteConnection;

pub use case::invites::{CreatedInvite, InviteSpec};
pub use common::actions::*;
pub use common::commands::Command;
pub use common::io::*;
pub use common::messenger::{Messenger, SendError};
pub use common::notice::Queued;
pub use common::picker::Picker;
pub use common::policy::Policy;
pub use life::revoke::Revoked;
pub use reminders::{Composed, DueReminder};

use crate::clock::Clock;
use crate::domain::{CaseId, Lang, UserId};
use crate::i18n::Msg;
use crate::store::{self, SqlitePool, staff::Staff};
use crate::workflow::Dialog;
use crate::workflow::prepare::PrepareDialog;
use common::error::AppResult;

/// A text that makes handling panic, set only by the tests that prove a panic in one update
/// never stops the service (issue 10). Unset in production, where nothing sets it.
#[doc(hidden)]
pub static PANIC_TRIGGER: std::sync::OnceLock<String> = std::sync::OnceLock::new();

tokio::task_local! {
    /// The id of the update being handled, set by `App::handle`: `App::begin` records it in
    /// the transaction of the update's effect (exactly once per update, issue 10).
    static UPDATE: i64;
}

/// Links into the bot, built from its username.
#[derive(Debug, Clone)]
pub struct Links {
    pub bot_username: String,
}

impl Links {
    /// A deep link that starts a private chat with `payload`.
    pub fn start(&self, payload: &str) -> String {
        format!("https://t.me/{}?start={payload}", self.bot_username)
    }

    /// A link that adds the bot to a group.
    pub fn add_to_group(&self) -> String {
        format!("https://t.me/{}?startgroup=link", self.bot_username)
    }
}

/// The application: the database, the clock and the bot's links.
pub struct App {
    pub pool: SqlitePool,
    pub clock: Arc<dyn Clock>,
    pub links: Links,
    /// When to remind whom of what (issue 5); the defaults unless `with_policy`.
    pub policy: Policy,
}

/// Who the actor is, as far as the database knows.
pub(crate) enum Who {
    Staff(Staff),
    Holder(CaseId),
    Stranger,
}

impl App {
    pub fn new(pool: SqlitePool, clock: Arc<dyn Clock>, links: Links) -> Self {
        App {
            pool,
            clock,
            links,
            policy: Policy::default(),
        }
    }

    /// The same app with this reminder policy (from the configuration).
    pub fn with_policy(mut self, policy: Policy) -> Self {
        self.policy = policy;
        self
    }

    /// Handles one event. Never fails: an internal error is logged with its context (ids only)
    /// and the person gets a short apology in their language.
    pub async fn handle(&self, update_id: Option<i64>, inc: Incoming) -> Reply {
        let handled = match update_id {
            Some(id) => UPDATE.scope(id, self.try_handle(update_id, &inc)).await,
            None => self.try_handle(None, &inc).await,
        };
        match handled {
            Ok(reply) => {
                only_direct_answers(&inc, &reply);
                reply
            }
            Err(err) => {
                tracing::error!(
                    chat = inc.chat.0,
                    user = inc.actor.user.0,
                    error = format!("{err:#}"),
                    "handling an update failed"
                );
                let storage = err
                    .chain()
                    .filter_map(|e| e.downcast_ref::<sqlx::Error>())
                    .any(store::is_storage_failure);
                if storage {
                    self.apology_with(&inc, "error-not-saved")
                } else {
                    self.apology(&inc)
                }
            }
        }
    }

    /// Begins a write transaction (`BEGIN IMMEDIATE`). While an update is handled its id is
    /// recorded in the same transaction, so "this update was handled" commits with its effect,
    /// or not at all (a refusal that drops the transaction records nothing). Notices to other
    /// parties are written into it as well (`App::queue`).
    pub(crate) async fn begin(&self) -> sqlx::Result<store::Tx> {
        let mut tx = store::begin(&self.pool).await?;
        if let Ok(id) = UPDATE.try_with(|id| *id) {
            store::updates::record(&mut tx, id, self.clock.now()).await?;
        }
        Ok(tx)
    }

    /// The answers to a staff member in this event are about `case` (a step of a conversation
    /// about it): they name it (issue 12). Whether they may act on it is checked where they do.
    pub(crate) async fn focus_on(
        &self,
        conn: &mut SqliteConnection,
        ctx: &Ctx<'_>,
        case: CaseId,
    ) -> anyhow::Result<()> {
        if ctx.staff().is_some()
            && let Some(c) = store::cases::get(conn, case).await?
        {
            ctx.focus(&c);
        }
        Ok(())
    }

    /// Keeps the conversation this person is having in this chat (the next typed line answers
    /// it).
    pub(crate) async fn set_dialog(
        &self,
        conn: &mut SqliteConnection,
        ctx: &Ctx<'_>,
        dialog: &Dialog,
    ) -> anyhow::Result<()> {
        store::dialogs::put(
            conn,
            ctx.inc.chat,
            ctx.inc.actor.user,
            dialog,
            self.clock.now(),
        )
        .await
    }

    /// The short translated apology for an update that could not be handled (an internal
    /// error, or a panic caught at the edge): an alert for a button, a message otherwise.
    pub fn apology(&self, inc: &Incoming) -> Reply {
        self.apology_with(inc, "error-internal")
    }

    /// The apology with this message: `error-not-saved` when the database could not store the
    /// action (read-only, disk full), so the person knows nothing was kept.
    fn apology_with(&self, inc: &Incoming, id: &'static str) -> Reply {
        let lang = self.guess_lang(&inc.actor, Lang::En);
        let msg = Msg::new(id);
        if matches!(inc.input, Input::Button(_)) {
            Reply::notice(lang, msg)
        } else {
            Reply::one(Outgoing::new(inc.chat, lang, msg))
        }
    }

    async fn try_handle(&self, update_id: Option<i64>, inc: &Incoming) -> anyhow::Result<Reply> {
        if let Input::Text(text) = &inc.input
            && PANIC_TRIGGER.get().is_some_and(|t| t == text)
        {
            panic!("test-only panic trigger");
        }
        let mut conn = self.pool.acquire().await.context("database connection")?;
        // Whether it was handled before, who sent it, their language and `/stop`: one query.
        let sender = store::actor::sender(&mut conn, update_id, inc.actor.user, inc.chat).await?;
        drop(conn);
        if let Some(id) = update_id
            && sender.seen
        {
            tracing::info!(update_id = id, "update seen before, skipped");
            return Ok(Reply::default());
        }
        let who = match (sender.staff, sender.holder_case) {
            (Some(staff), _) => Who::Staff(staff),
            (None, Some(case)) => Who::Holder(case),
            (None, None) => Who::Stranger,
        };
        let lang = self.lang_of(sender.lang, &inc.actor, &who);
        let ctx = Ctx {
            inc,
            who,
            lang,
            stored_lang: sender.lang.map(|(l, _)| l),
            stopped: sender.stopped,
            focus: std::sync::Mutex::new(None),
        };
        let handled = if ctx.inc.chat.is_group() {
            self.in_group(&ctx).await
        } else {
            self.in_private(&ctx).await
        };
        let mut reply = ctx.answer(handled)?;
        if let Some(tag) = ctx.focused() {
            for m in reply.messages.iter_mut().filter(|m| m.case.is_none()) {
                m.case = Some(tag.clone());
            }
        }
        Ok(reply)
    }

    async fn in_private(&self, ctx: &Ctx<'_>) -> AppResult<Reply> {
        if let Some(reply) = self.while_stopped(ctx).await? {
            return Ok(reply);
        }
        match &ctx.inc.input {
            Input::Command { name, arg } => match Command::parse(name) {
                Some(Command::Start) if !arg.is_empty() => Ok(self.redeem_invite(ctx, arg).await?),
                Some(Command::Start | Command::Menu) => Ok(self.menu(ctx).await?),
                Some(Command::Help) => Ok(self.help(ctx)),
                Some(Command::Language) => Ok(self.language_picker(ctx)),
                Some(Command::NewCase) => self.start_case(ctx).await,
                Some(Command::Cases) => self.list_cases(ctx).await,
                Some(Command::Cancel) => self.cancel(ctx).await,
                Some(Command::Link) => Ok(ctx.say(Msg::new("group-only-command"))),
                Some(c @ (Command::Plan | Command::Case)) => self.plan_command(ctx, c).await,
                Some(Command::Meet) => self.meeting_command(ctx).await,
                Some(Command::Prepare) => self.prepare_command(ctx).await,
                Some(Command::MyData) => self.privacy_button(ctx, PrivacyAction::MyData).await,
                Some(Command::Delete) => self.privacy_button(ctx, PrivacyAction::Delete).await,
                Some(Command::Stop) => self.privacy_button(ctx, PrivacyAction::Stop).await,
                Some(Command::Explain) => Ok(self.explain_list(ctx)),
                None => Ok(ctx.say(Msg::new("error-unknown-command"))),
            },
            Input::Text(_) | Input::NotText => self.dialog_input(ctx).await,
            Input::Edited => Ok(ctx.say(Msg::new("error-edited-ignored"))),
            Input::Button(action) => self.button(ctx, *action).await,
            Input::AddedToGroup | Input::RemovedFromGroup { .. } => Ok(Reply::default()),
        }
    }

    async fn in_group(&self, ctx: &Ctx<'_>) -> AppResult<Reply> {
        match &ctx.inc.input {
            Input::Command { name, .. } => match Command::parse(name) {
                Some(Command::Start | Command::Link) => self.group_link_screen(ctx).await,
                Some(Command::Menu | Command::Help) => Ok(self.group_menu(ctx).await?),
                Some(Command::NewCase) => self.start_case(ctx).await,
                Some(Command::Cases) => self.list_cases(ctx).await,
                Some(Command::Cancel) => self.cancel(ctx).await,
                Some(Command::Language | Command::MyData | Command::Delete | Command::Stop) => {
                    Ok(ctx.say(Msg::new("private-only-command")))
                }
                Some(Command::Explain) => Ok(self.explain_list(ctx)),
                Some(c @ (Command::Plan | Command::Case)) => self.plan_command(ctx, c).await,
                Some(Command::Meet) => self.meeting_command(ctx).await,
                Some(Command::Prepare) => self.prepare_command(ctx).await,
                None => Ok(ctx.say(Msg::new("error-unknown-command"))),
            },
            Input::Text(_) | Input::NotText => self.dialog_input(ctx).await,
            Input::Edited => Ok(Reply::default()),
            Input::Button(action) => self.button(ctx, *action).await,
            Input::AddedToGroup => self.group_link_screen(ctx).await,
            Input::RemovedFromGroup { title } => Ok(self.group_removed(ctx, title).await?),
        }
    }

    async fn button(&self, ctx: &Ctx<'_>, action: Option<Action>) -> AppResult<Reply> {
        let Some(action) = action else {
            return Ok(ctx.notice(Msg::new("error-button-stale")));
        };
        match action {
            Action::PickLang(lang) => self.pick_language(ctx, lang).await,
            Action::PrivacyOk(case) => self.privacy_ok(ctx, case).await,
            Action::Open(open) => self.case_button(ctx, open).await,
            Action::Menu(MenuAction::NewCase) => self.start_case(ctx).await,
            Action::Menu(MenuAction::Cases) => self.list_cases(ctx).await,
            Action::Menu(MenuAction::Language) => Ok(self.language_picker(ctx)),
            Action::Menu(MenuAction::Home) => Ok(self.menu(ctx).await?),
            Action::Link(link) => self.group_link(ctx, link).await,
            Action::Plan(a) => self.plan_button(ctx, a).await,
            Action::Meeting(a) => self.meeting_button(ctx, a).await,
            Action::Prepare(a) => self.prepare_button(ctx, a).await,
            Action::Life(a) => self.life_button(ctx, a).await,
            Action::Privacy(a) => self.privacy_button(ctx, a).await,
            Action::Explain(a) => self.explain_button(ctx, a).await,
            Action::Page(picker, page) => {
                let page = usize::from(page);
                match picker {
                    Picker::Plan => self.plan_picker(ctx, page).await,
                    Picker::Meet => self.meeting_picker(ctx, page).await,
                    Picker::Prepare => self.prepare_picker(ctx, page).await,
                    Picker::Link => self.link_case_picker(ctx, page).await,
                }
            }
        }
    }

    /// Typed text (or a sticker, photo…): an answer to the conversation in progress, if any.
    async fn dialog_input(&self, ctx: &Ctx<'_>) -> AppResult<Reply> {
        let mut conn = self.pool.acquire().await?;
        let dialog = store::dialogs::get(&mut conn, ctx.inc.chat, ctx.inc.actor.user).await?;
        let about = match &dialog {
            Some(Dialog::Plan(d)) => Some(d.case()),
            Some(Dialog::Meeting(d)) => Some(d.draft().case),
            Some(Dialog::Prepare(PrepareDialog::AgendaPoint { meeting })) => {
                store::meetings::get(&mut conn, *meeting)
                    .await?
                    .map(|m| m.case)
            }
            Some(Dialog::Prepare(PrepareDialog::OwnQuestions { .. }) | Dialog::OpenCase(_))
            | None => None,
        };
        if let Some(case) = about {
            self.focus_on(&mut conn, ctx, case).await?;
        }
        drop(conn);
        match dialog {
            Some(Dialog::OpenCase(state)) => self.case_dialog_input(ctx, state).await,
            Some(Dialog::Plan(state)) => self.plan_dialog_input(ctx, state).await,
            Some(Dialog::Meeting(state)) => self.meeting_dialog_input(ctx, state).await,
            Some(Dialog::Prepare(state)) => self.prepare_dialog_input(ctx, state).await,
            None if matches!(ctx.who, Who::Holder(_)) && !ctx.inc.chat.is_group() => {
                // A status holder may not read well or type at all: a voice note or a photo
                // is answered with what the bot can do, and a button instead of "type /menu"
                // (issue 15).
                let hint = match &ctx.inc.input {
                    Input::NotText => "holder-not-text",
                    _ => "holder-use-buttons",
                };
                let home =
                    Button::new(Msg::new("button-menu-home"), Action::Menu(MenuAction::Home));
                Ok(Reply::one(
                    ctx.out(Msg::new(hint)).buttons(vec![vec![home]]),
                ))
            }
            None => {
                let hint = match (&ctx.inc.input, ctx.inc.chat.is_group()) {
                    (Input::NotText, false) => "error-not-text-menu",
                    _ => "hint-use-menu",
                };
                Ok(ctx.say(Msg::new(hint)))
            }
        }
    }

    /// The language to speak to the actor: their stored choice, else Telegram's guess if we
    /// offer it, else Dutch for staff and English for everyone else.
    fn lang_of(&self, stored: Option<(Lang, bool)>, actor: &Actor, who: &Who) -> Lang {
        if let Some((lang, _)) = stored {
            return lang;
        }
        let default = if matches!(who, Who::Staff(_)) {
            Lang::Nl
        } else {
            Lang::En
        };
        self.guess_lang(actor, default)
    }

    fn guess_lang(&self, actor: &Actor, default: Lang) -> Lang {
        actor
            .language_code
            .as_deref()
            .and_then(Lang::from_telegram)
            .unwrap_or(default)
    }
}

/// What is sent at once is the answer to the person acting (in the chat they acted in, or in
/// their private chat); a message to anyone else must be a notice in the outbox. A use case
/// that breaks this is a bug: found by the tests (debug builds stop there), logged otherwise.
fn only_direct_answers(inc: &Incoming, reply: &Reply) {
    if matches!(inc.input, Input::RemovedFromGroup { .. }) {
        // The bot left the group: its notices to the linking staff (`group_removal.rs`).
        return;
    }
    let own = crate::domain::ChatId::from(inc.actor.user);
    for m in reply
        .messages
        .iter()
        .filter(|m| m.chat != inc.chat && m.chat != own)
    {
        tracing::error!(
            chat = m.chat.0,
            message_id = m.text.id,
            "a notice bypassed the outbox"
        );
        debug_assert!(false, "a notice bypassed the outbox: {}", m.text.id);
    }
}

/// The language a known person reads: their stored choice, else Dutch for staff.
pub(crate) async fn recipient_lang(
    conn: &mut SqliteConnection,
    user: UserId,
    default: Lang,
) -> sqlx::Result<Lang> {
    Ok(store::users::lang(conn, user)
        .await?
        .map(|(l, _)| l)
        .unwrap_or(default))
}

/// One event being handled: the input, who sent it and the language to answer in.
pub(crate) struct Ctx<'a> {
    pub inc: &'a Incoming,
    pub who: Who,
    pub lang: Lang,
    /// The language stored for the actor (their choice or a guess kept before), if any.
    pub stored_lang: Option<Lang>,
    /// The chat said `/stop` (issue 14), as the database said when the event came in.
    pub stopped: bool,
    /// The case a staff member was let act on while handling this event (set by the access
    /// check): every direct answer to them names it (issue 12).
    pub focus: std::sync::Mutex<Option<CaseTag>>,
}

impl Ctx<'_> {
    /// A message back to the chat the event came from, in the actor's language.
    pub fn out(&self, msg: Msg) -> Outgoing {
        let mut out = Outgoing::new(self.inc.chat, self.lang, msg);
        if self.inc.chat.is_group() {
            out.reply_to = self.inc.message_id;
        }
        out
    }

    /// An answer that replaces the message whose button was pressed (a new message otherwise).
    pub fn in_place(&self, msg: Msg) -> Outgoing {
        let mut out = self.out(msg);
        if matches!(self.inc.input, Input::Button(_)) {
            out.edit = self.inc.message_id;
            out.reply_to = None;
        }
        out
    }

    /// A refusal or short answer: an alert for a button press, a message otherwise.
    pub fn say(&self, msg: Msg) -> Reply {
        if matches!(self.inc.input, Input::Button(_)) {
            Reply::notice(self.lang, msg)
        } else {
            Reply::one(self.out(msg))
        }
    }

    pub fn notice(&self, msg: Msg) -> Reply {
        Reply::notice(self.lang, msg)
    }

    pub fn staff(&self) -> Option<&Staff> {
        match &self.who {
            Who::Staff(s) => Some(s),
            _ => None,
        }
    }

    /// A staff member acts on this case: the answers to them name it.
    pub fn focus(&self, case: &crate::store::cases::Case) {
        if self.staff().is_some() {
            *self.focus.lock().unwrap_or_else(|p| p.into_inner()) = Some(CaseTag {
                reference: case.reference.clone(),
                name: case.holder_name.clone(),
            });
        }
    }

    fn focused(&self) -> Option<CaseTag> {
        self.focus.lock().unwrap_or_else(|p| p.into_inner()).clone()
    }
}
