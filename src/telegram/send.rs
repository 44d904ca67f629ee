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
use super::split::{CAPTION_MAX, TEXT_MAX, chunks, units};
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

    /// The words of a message in its reader's language; to staff and groups under the name of
    /// the case it is about, unless the words name it already (issue 12).
    fn text_of(&self, out: &Outgoing) -> String {
        let body = self.i18n.render(out.lang, &out.text);
        match &out.case {
            Some(tag) if !body.contains(&tag.reference) => {
                self.i18n.render(out.lang, &tag.above(out.text.clone()))
            }
            _ => body,
        }
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
    async fn send(&self, out: &Outgoing) -> Result<Option<i32>, SendError> {
        let text = self.text_of(out);
        let chat = teloxide::types::ChatId(out.chat.0);
        let markup = self.keyboard(out);
        let reply = out
            .reply_to
            .map(|id| ReplyParameters::new(MessageId(id)).allow_sending_without_reply());
        match (&out.attachment, out.edit) {
            (Some(_), _) if units(&text) > CAPTION_MAX => {
                // Too long for a caption: the words go first as messages, the file follows
                // with the buttons.
                self.send_texts(chat, &text, None, reply.clone()).await?;
                self.send_file(out, chat, None, markup, reply).await
            }
            (Some(_), _) => self.send_file(out, chat, Some(text), markup, reply).await,
            (None, Some(message)) if units(&text) <= TEXT_MAX => {
                let mut req = self.bot.edit_message_text(chat, MessageId(message), text);
                if let Some(ReplyMarkup::InlineKeyboard(k)) = markup {
                    req = req.reply_markup(k);
                }
                match req.await {
                    Ok(m) => Ok(Some(m.id.0)),
                    // The same words and buttons again (the same answer pressed twice): fine.
                    Err(RequestError::Api(ApiError::MessageNotModified)) => Ok(Some(message)),
                    Err(e) => Err(classify(e)),
                }
            }
            // A message, or an edit that would be too long: sent as new messages instead.
            (None, _) => self.send_texts(chat, &text, markup, reply).await,
        }
    }
}

impl<B> TelegramMessenger<B>
where
    B: Requester<Err = RequestError> + Send + Sync,
    B::SendMessage: Send,
    B::SendPhoto: Send,
    B::SendDocument: Send,
{
    /// The text as one message, or several split at line ends when it is longer than Telegram
    /// allows: the first one replies, the last one carries the buttons.
    async fn send_texts(
        &self,
        chat: teloxide::types::ChatId,
        text: &str,
        markup: Option<ReplyMarkup>,
        reply: Option<ReplyParameters>,
    ) -> Result<Option<i32>, SendError> {
        let pieces = chunks(text, TEXT_MAX);
        let last = pieces.len().saturating_sub(1);
        let mut id = None;
        for (i, piece) in pieces.into_iter().enumerate() {
            let mut req = self.bot.send_message(chat, piece);
            if let (true, Some(m)) = (i == last, markup.clone()) {
                req = req.reply_markup(m);
            }
            if let (0, Some(r)) = (i, reply.clone()) {
                req = req.reply_parameters(r);
            }
            id = Some(req.await.map_err(classify)?.id.0);
        }
        Ok(id)
    }

    /// The photo or document of `out`, with `caption` (at most `CAPTION_MAX`) if any.
    async fn send_file(
        &self,
        out: &Outgoing,
        chat: teloxide::types::ChatId,
        caption: Option<String>,
        markup: Option<ReplyMarkup>,
        reply: Option<ReplyParameters>,
    ) -> Result<Option<i32>, SendError> {
        let Some(file) = &out.attachment else {
            return Ok(None);
        };
        // The plan summary is rendered here, where the words are (issue 3).
        // So is a meeting's calendar entry, in the reader's language (issue 11).
        let bytes = match (&out.summary, &out.calendar) {
            (Some(doc), _) => summary_html(&self.i18n, Lang::Nl, doc.holder_lang, doc).into_bytes(),
            (None, Some(cal)) => {
                let summary = self.i18n.render(out.lang, &cal.title);
                let location = self.i18n.render(out.lang, &cal.location);
                let entry = crate::ics::Entry {
                    meeting: cal.meeting,
                    sequence: cal.sequence,
                    start: cal.start,
                    end: cal.end,
                    summary: &summary,
                    location: &location,
                    cancelled: cal.cancelled,
                };
                crate::ics::event(&entry, cal.stamp).into_bytes()
            }
            (None, None) => file.bytes.clone(),
        };
        let input = InputFile::memory(bytes).file_name(file.file_name.clone());
        // Photos and documents take the same options; one place sets them.
        macro_rules! send_with_options {
            ($req:expr) => {{
                let mut req = $req;
                if let Some(c) = caption {
                    req = req.caption(c);
                }
                if let Some(m) = markup {
                    req = req.reply_markup(m);
                }
                if let Some(r) = reply {
                    req = req.reply_parameters(r);
                }
                req.await.map(|m| Some(m.id.0))
            }};
        }
        let result = match file.kind {
            AttachmentKind::Photo => send_with_options!(self.bot.send_photo(chat, input)),
            AttachmentKind::Document => send_with_options!(self.bot.send_document(chat, input)),
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
