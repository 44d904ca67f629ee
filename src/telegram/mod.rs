//! The only module that knows Telegram: it turns updates into `app::Incoming`, renders
//! `app::Outgoing` into messages and keyboards, answers button presses, and publishes the
//! command menus. Long polling by default (no public address needed).

pub mod callback;
mod callback_life;
mod callback_meeting;
mod callback_plan;
mod callback_prepare;
mod callback_privacy;
pub mod health;
pub mod inbox;
pub mod parse;
pub mod send;
mod split;

use std::sync::Arc;

use teloxide::dispatching::{DefaultKey, UpdateHandler};
use teloxide::prelude::*;
use teloxide::types::{BotCommand, BotCommandScope, InlineKeyboardMarkup, Me, MessageId};

use crate::app::{App, Command, Links, Messenger};
use crate::clock::Clock;
use crate::domain::Lang;
use crate::i18n::{I18n, Msg};
use crate::reminders::{Settings, Worker};
use crate::store::SqlitePool;
use send::TelegramMessenger;

type HandlerError = Box<dyn std::error::Error + Send + Sync>;

/// Everything a handler needs, shared across updates.
pub struct Bridge {
    pub app: App,
    pub out: TelegramMessenger<Bot>,
    /// The reminder worker, which also delivers the notices an update wrote to the outbox.
    pub courier: Arc<Worker<App, TelegramMessenger<Bot>>>,
    pub bot_username: String,
    /// Where a handled update is marked, so that the inbox lets it go (`inbox`).
    pub handled: inbox::Handled,
}

/// Builds the dispatcher: one endpoint for every update. Updates of one chat are handled in
/// order (teloxide's default distribution), different chats in parallel.
pub fn dispatcher(bot: Bot, bridge: Arc<Bridge>) -> Dispatcher<Bot, HandlerError, DefaultKey> {
    Dispatcher::builder(bot, schema())
        .dependencies(dptree::deps![bridge])
        .default_handler(|_| async {})
        .build()
}

fn schema() -> UpdateHandler<HandlerError> {
    dptree::entry().endpoint(on_update)
}

async fn on_update(bot: Bot, update: Update, bridge: Arc<Bridge>) -> Result<(), HandlerError> {
    let update_id = i64::from(update.id.0);
    if let Some(inc) = parse::incoming(&update, &bridge.bot_username) {
        answer(bot, update, inc, &bridge).await;
    }
    // Also when nothing came of it: it is not handed out again after a restart.
    bridge.handled.done(update_id);
    Ok(())
}

async fn answer(bot: Bot, update: Update, inc: crate::app::Incoming, bridge: &Arc<Bridge>) {
    let update_id = i64::from(update.id.0);
    let pressed = match &update.kind {
        teloxide::types::UpdateKind::CallbackQuery(q) => Some(q.clone()),
        _ => None,
    };
    // Each update is handled in its own task: a panic there is caught here (teloxide does not
    // contain it, stack-notes trap 16: the chat's worker would die and the dispatcher with it),
    // logged with ids, and answered with the apology; everyone else is served on. The task also
    // keeps the use case's future on the heap instead of the dispatcher's stack (issue 18).
    let handling = {
        let bridge = bridge.clone();
        let inc = inc.clone();
        tokio::spawn(async move { bridge.app.handle(Some(update_id), inc).await })
    };
    let reply = match handling.await {
        Ok(reply) => reply,
        Err(e) => {
            tracing::error!(
                update_id,
                chat = inc.chat.0,
                user = inc.actor.user.0,
                panicked = e.is_panic(),
                "handling an update panicked; the person gets the apology"
            );
            bridge.app.apology(&inc)
        }
    };
    for msg in &reply.messages {
        match bridge.out.send(msg).await {
            Ok(Some(id)) if msg.board.is_some() => bridge.app.record_board(msg, id).await,
            Ok(Some(id)) if msg.prompt => bridge.app.record_prompt(&inc, id).await,
            Ok(_) => {}
            Err(e) => {
                tracing::warn!(chat = msg.chat.0, message_id = msg.text.id, error = %e, "send failed")
            }
        }
    }
    // Notices to the other parties are in the outbox already; what fails here is sent later
    // by the worker's step.
    let sent = bridge
        .courier
        .deliver_now(&reply.notices, bridge.app.clock.now())
        .await;
    if !(sent.errors.is_empty() && sent.retried.is_empty() && sent.failed.is_empty()) {
        tracing::warn!(
            update_id,
            retried = ?sent.retried,
            failed = ?sent.failed,
            errors = ?sent.errors,
            "some notices were not delivered at once; they stay in the outbox"
        );
    }
    if let Some(q) = pressed {
        let mut answer = bot.answer_callback_query(q.id.clone());
        if let Some((lang, msg)) = &reply.notice {
            answer = answer
                .text(bridge.out.i18n.render(*lang, msg))
                .show_alert(true);
        } else if let Some((lang, msg)) = &reply.toast {
            answer = answer.text(bridge.out.i18n.render(*lang, msg));
        }
        if let Err(e) = answer.await {
            tracing::warn!(chat = inc.chat.0, error = %e, "answering a button failed");
        }
        if reply.clear_keyboard
            && let Some(m) = &q.message
        {
            let empty = InlineKeyboardMarkup::new(Vec::<Vec<_>>::new());
            let res = bot
                .edit_message_reply_markup(m.chat().id, MessageId(m.id().0))
                .reply_markup(empty)
                .await;
            if let Err(e) = res {
                tracing::debug!(chat = inc.chat.0, error = %e, "clearing a keyboard failed");
            }
        }
    }
}

/// Publishes the command menus in every language Telegram knows, for private chats and groups.
/// The default (for a client language we do not speak) is English.
pub async fn publish_commands(bot: &Bot, i18n: &I18n) -> Result<(), teloxide::RequestError> {
    let commands = |lang: Lang, names: &[Command]| -> Vec<BotCommand> {
        names
            .iter()
            .map(|c| BotCommand::new(c.name(), i18n.render(lang, &Msg::new(c.description()))))
            .collect()
    };
    for (scope, names) in [
        (BotCommandScope::AllPrivateChats, &Command::PRIVATE_MENU[..]),
        (BotCommandScope::AllGroupChats, &Command::GROUP_MENU[..]),
    ] {
        bot.set_my_commands(commands(Lang::En, names))
            .scope(scope.clone())
            .await?;
        for lang in Lang::ALL {
            if let Some(code) = lang.telegram_code() {
                bot.set_my_commands(commands(lang, names))
                    .scope(scope.clone())
                    .language_code(code)
                    .await?;
            }
        }
    }
    Ok(())
}

/// The bot's own account, checked at start-up (a wrong token or an unreachable API fails here,
/// with one clear line, before anything else starts).
pub async fn whoami(bot: &Bot) -> anyhow::Result<Me> {
    bot.get_me().await.map_err(|e| match e {
        teloxide::RequestError::Api(teloxide::ApiError::InvalidToken) => {
            anyhow::anyhow!("Telegram refused the token (check TELOXIDE_TOKEN)")
        }
        teloxide::RequestError::Network(_) => {
            anyhow::anyhow!(
                "cannot reach the Telegram Bot API (check the network or TELOXIDE_API_URL)"
            )
        }
        other => anyhow::anyhow!("the Telegram Bot API answered getMe with an error: {other}"),
    })
}

/// A running bot: stop it with [`Running::stop`].
pub struct Running {
    pub shutdown: teloxide::dispatching::ShutdownToken,
    pub task: tokio::task::JoinHandle<()>,
    pub bot_username: String,
    /// The reminder worker's task (`None` when the settings turn it off).
    pub reminders: Option<tokio::task::JoinHandle<()>>,
    /// Tells the reminder worker to stop after its current step.
    stop_reminders: tokio::sync::watch::Sender<bool>,
    /// What was handled after the last batch, written down at the stop.
    handled: inbox::Handled,
    pool: SqlitePool,
    clock: Arc<dyn Clock>,
}

/// How long `Running::stop` lets updates in progress finish before it gives up on them.
const STOP_GRACE: std::time::Duration = std::time::Duration::from_secs(20);

impl Running {
    /// Stops long polling and the reminder worker, and lets the updates in progress and the
    /// reminder step in progress finish (at most `STOP_GRACE`, then they are cut off: a reminder
    /// cut off while being sent stays claimed and is retried after its lease).
    ///
    /// This waits for the dispatcher's own task rather than the future `ShutdownToken::shutdown`
    /// returns: that future only starts listening when first polled, so a dispatcher that
    /// finishes in between leaves it waiting forever (seen as a hung test under load).
    pub async fn stop(self) {
        let _ = self.stop_reminders.send(true);
        // `Err` means the dispatcher is idle: not started yet or already stopped.
        let stopping = self.shutdown.shutdown().is_ok();
        let mut task = self.task;
        if !stopping {
            // Not yet started: starting it now would only mean stopping it again.
            task.abort();
        }
        let deadline = tokio::time::Instant::now() + STOP_GRACE;
        if tokio::time::timeout_at(deadline, &mut task).await.is_err() {
            tracing::warn!("updates still in progress after the grace period; stopping anyway");
            task.abort();
        }
        self.handled.write_down(&self.pool, self.clock.now()).await;
        if let Some(mut worker) = self.reminders
            && tokio::time::timeout_at(deadline, &mut worker)
                .await
                .is_err()
        {
            tracing::warn!("a reminder step still running after the grace period; stopping it");
            worker.abort();
        }
    }
}

/// Checks the token, publishes the command menus and starts long polling in a task, with the
/// default reminder settings but **no background reminder worker**: the end-to-end tests run
/// its steps themselves with their own clock (`TestBot::run_reminders`), so that a reminder never
/// slips in between a test's own messages. The binary uses `start_with`, which runs it.
pub async fn start(
    bot: Bot,
    pool: SqlitePool,
    clock: Arc<dyn Clock>,
    i18n: Arc<I18n>,
) -> anyhow::Result<Running> {
    let settings = Settings {
        poll_every: None,
        ..Settings::default()
    };
    start_with(bot, pool, clock, i18n, settings).await
}

/// `start` with these reminder settings; also starts the reminder worker (unless the settings
/// say not to poll). The worker keeps its own rate limiter (`reminders::rate`), so it sends
/// through the plain bot.
pub async fn start_with(
    bot: Bot,
    pool: SqlitePool,
    clock: Arc<dyn Clock>,
    i18n: Arc<I18n>,
    settings: Settings,
) -> anyhow::Result<Running> {
    start_inner(bot, pool, clock, i18n, settings, None).await
}

/// Webhook mode (`run --webhook URL --listen ADDR`): Telegram posts updates to `url`, which a
/// reverse proxy forwards to `listener`. `setWebhook` is called with a fresh random secret
/// token each start; a request without the right `X-Telegram-Bot-Api-Secret-Token` header is
/// refused with 401 (teloxide's axum webhook). Stopping the bot removes the webhook.
pub struct Webhook {
    pub url: url::Url,
    pub listener: tokio::net::TcpListener,
}

/// `start_with`, receiving updates through a webhook instead of long polling.
pub async fn start_webhook(
    bot: Bot,
    pool: SqlitePool,
    clock: Arc<dyn Clock>,
    i18n: Arc<I18n>,
    settings: Settings,
    hook: Webhook,
) -> anyhow::Result<Running> {
    start_inner(bot, pool, clock, i18n, settings, Some(hook)).await
}

async fn start_inner(
    bot: Bot,
    pool: SqlitePool,
    clock: Arc<dyn Clock>,
    i18n: Arc<I18n>,
    settings: Settings,
    hook: Option<Webhook>,
) -> anyhow::Result<Running> {
    let me = whoami(&bot).await?;
    let bot_username = me.username.clone().unwrap_or_default();
    if let Err(e) = publish_commands(&bot, &i18n).await {
        tracing::warn!(error = %e, "publishing the command menus failed; continuing");
    }
    let links = Links {
        bot_username: bot_username.clone(),
    };
    let worker = Arc::new(Worker::new(
        pool.clone(),
        App::new(pool.clone(), clock.clone(), links.clone()).with_policy(settings.policy.clone()),
        TelegramMessenger::new(bot.clone(), i18n.clone()),
        settings.clone(),
    ));
    let (stop_reminders, stop) = tokio::sync::watch::channel(false);
    let reminders = worker.clone().spawn(clock.clone(), stop);
    // Long polling keeps what it fetches in the inbox until handled; a webhook cannot.
    let handled = match hook {
        None => inbox::Handled::tracking(),
        Some(_) => inbox::Handled::none(),
    };
    let bridge = Arc::new(Bridge {
        app: App::new(pool.clone(), clock.clone(), links).with_policy(settings.policy.clone()),
        out: TelegramMessenger::new(bot.clone(), i18n),
        courier: worker,
        bot_username: bot_username.clone(),
        handled: handled.clone(),
    });
    let mut dispatcher = dispatcher(bot.clone(), bridge);
    let shutdown = dispatcher.shutdown_token();
    let task = match hook {
        None => {
            let listener = inbox::DurablePolling::new(
                bot.clone(),
                pool.clone(),
                clock.clone(),
                handled.clone(),
            )
            .await;
            let errors = teloxide::error_handlers::LoggingErrorHandler::with_custom_text(
                "an error from long polling",
            );
            let task =
                tokio::spawn(
                    async move { dispatcher.dispatch_with_listener(listener, errors).await },
                );
            tracing::info!(bot_id = me.id.0, "bot started, long polling");
            task
        }
        Some(hook) => {
            use teloxide::update_listeners::webhooks;
            let address = hook.listener.local_addr()?;
            let options = webhooks::Options::new(address, hook.url);
            let (listener, stopped, app) = webhooks::axum_to_router(bot, options)
                .await
                .map_err(|e| anyhow::anyhow!("Telegram refused the webhook (setWebhook): {e}"))?;
            let server = axum::serve(hook.listener, app).with_graceful_shutdown(stopped);
            tokio::spawn(async move {
                if let Err(e) = server.await {
                    tracing::error!(error = %e, "the webhook server stopped");
                }
            });
            let errors = teloxide::error_handlers::LoggingErrorHandler::with_custom_text(
                "an error from the webhook listener",
            );
            let task =
                tokio::spawn(
                    async move { dispatcher.dispatch_with_listener(listener, errors).await },
                );
            tracing::info!(bot_id = me.id.0, %address, "bot started, webhook");
            task
        }
    };
    Ok(Running {
        shutdown,
        task,
        bot_username,
        reminders,
        stop_reminders,
        handled,
        pool,
        clock,
    })
}
