//! Rendering and sending: `app::Outgoing` into Telegram messages, in the recipient's language.
//! Plain text (no parse mode), so nothing a person typed can break the formatting.

use std::sync::Arc;
use std::time::Duration;

use teloxide::ApiError;
use teloxide::RequestError;
use teloxide::prelude::*;
use teloxide::types::{
    ForceReply, InlineKeyboardButton, InlineKeyboardMarkup, InputFile, MessageId, ReplyMarkup,
    ReplyParameters,
};

use super::callback;
use crate::app::{AttachmentKind, Label, Messenger, Outgoing, SendError};
use crate::domain::Lang;
use crate::i18n::{I18n, Msg, summary_html};

/// Sends through any Telegram requester (the plain bot, or the throttled one for pushes).
pub struct TelegramMessenger<B> {
    pub bot: B,
    pub i18n: Arc<I18n>,
}

impl<B> TelegramMessenger<B> {
    pub fn new(bot: B, i18n: Arc<I18n>) -> Self {
        TelegramMessenger { bot, i18n }
    }

    fn keyboard(&self, out: &Outgoing) -> Option<ReplyMarkup> {
        if out.force_reply {
            return Some(ReplyMarkup::ForceReply(ForceReply::new().selective()));
        }
        if out.buttons.is_empty() {
            return None;
        }
        let rows = out.buttons.iter().map(|row| {
            row.iter()
                .map(|b| {
                    let label = match &b.label {
                        Label::Msg(m) => self.i18n.render(out.lang, m),
                        Label::Native(l) => self
                            .i18n
                            .render(Lang::Nl, &Msg::new("language-native").lang("code", *l)),
                    };
                    InlineKeyboardButton::callback(label, callback::encode(b.action))
                })
                .collect::<Vec<_>>()
        });
        Some(ReplyMarkup::InlineKeyboard(InlineKeyboardMarkup::new(rows)))
    }
}

impl<B> Messenger for TelegramMessenger<B>
where
    B: Requester<Err = RequestError> + Send + Sync,
    B::SendMessage: Send,
    B::SendPhoto: Send,
    B::SendDocument: Send,
    B::EditMessageText: Send,
{
    async fn send(&self, out: &Outgoing) -> Result<(), SendError> {
        let text = self.i18n.render(out.lang, &out.text);
        let chat = teloxide::types::ChatId(out.chat.0);
        let markup = self.keyboard(out);
        let reply = out
            .reply_to
            .map(|id| ReplyParameters::new(MessageId(id)).allow_sending_without_reply());
        let result = match (&out.attachment, out.edit) {
            (Some(file), _) => {
                // The plan summary is rendered here, where the words are (issue 3).
                let bytes = match &out.summary {
                    Some(doc) => {
                        summary_html(&self.i18n, Lang::Nl, doc.holder_lang, doc).into_bytes()
                    }
                    None => file.bytes.clone(),
                };
                let input = InputFile::memory(bytes).file_name(file.file_name.clone());
                match file.kind {
                    AttachmentKind::Photo => {
                        let mut req = self.bot.send_photo(chat, input).caption(text);
                        if let Some(m) = markup {
                            req = req.reply_markup(m);
                        }
                        if let Some(r) = reply {
                            req = req.reply_parameters(r);
                        }
                        req.await.map(|_| ())
                    }
                    AttachmentKind::Document => {
                        let mut req = self.bot.send_document(chat, input).caption(text);
                        if let Some(m) = markup {
                            req = req.reply_markup(m);
                        }
                        if let Some(r) = reply {
                            req = req.reply_parameters(r);
                        }
                        req.await.map(|_| ())
                    }
                }
            }
            (None, Some(message)) => {
                let mut req = self.bot.edit_message_text(chat, MessageId(message), text);
                if let Some(ReplyMarkup::InlineKeyboard(k)) = markup {
                    req = req.reply_markup(k);
                }
                req.await.map(|_| ())
            }
            (None, None) => {
                let mut req = self.bot.send_message(chat, text);
                if let Some(m) = markup {
                    req = req.reply_markup(m);
                }
                if let Some(r) = reply {
                    req = req.reply_parameters(r);
                }
                req.await.map(|_| ())
            }
        };
        result.map_err(classify)
    }
}

/// Sorts Telegram's errors by what to do about them. The error text is kept short and never
/// includes the message (teloxide's JSON errors may quote it).
pub fn classify(err: RequestError) -> SendError {
    match err {
        RequestError::RetryAfter(s) => {
            SendError::RetryAfter(s.duration().max(Duration::from_secs(1)))
        }
        RequestError::Network(_) | RequestError::Io(_) => SendError::Transient("network".into()),
        RequestError::InvalidJson { .. } => SendError::Transient("invalid response".into()),
        RequestError::MigrateToChatId(_) => SendError::Permanent("group migrated".into()),
        RequestError::Api(api) => match api {
            ApiError::BotBlocked
            | ApiError::BotKicked
            | ApiError::BotKickedFromSupergroup
            | ApiError::UserDeactivated
            | ApiError::ChatNotFound
            | ApiError::CantInitiateConversation
            | ApiError::CantTalkWithBots
            | ApiError::GroupDeactivated => SendError::Permanent(format!("{api:?}")),
            ApiError::Unknown(_) => SendError::Transient("unknown api error".into()),
            other => SendError::Permanent(format!("{other:?}")),
        },
    }
}
