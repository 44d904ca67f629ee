//! What comes in (an update, already parsed at the edge) and what goes out (messages described
//! by id and arguments, rendered per recipient at the edge).

use crate::app::Action;
use crate::domain::{ChatId, Lang, UserId};
use crate::i18n::{Msg, SummaryDoc};

/// The person acting, as Telegram tells it. `language_code` is only a first guess.
#[derive(Debug, Clone)]
pub struct Actor {
    pub user: UserId,
    /// First and last name as Telegram shows them; stored only for staff.
    pub display_name: String,
    pub language_code: Option<String>,
}

/// One incoming event.
#[derive(Debug, Clone)]
pub struct Incoming {
    pub chat: ChatId,
    pub actor: Actor,
    /// The id of the person's message, for replying to it in a group.
    pub message_id: Option<i32>,
    pub input: Input,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Input {
    /// `/name arg`, with the `@botname` suffix already removed and the name lowercased.
    Command {
        name: String,
        arg: String,
    },
    Text(String),
    /// A sticker, photo, voice note or anything else that is not text.
    NotText,
    /// A message edited after it was sent.
    Edited,
    /// A button press; `None` when its data is not one of ours (forged or outdated).
    Button(Option<Action>),
    /// The bot was added to a group.
    AddedToGroup,
    /// The bot was removed from a group (left or kicked); the group's title as it was then.
    RemovedFromGroup {
        title: String,
    },
}

/// An inline button: a label and the action it asks for.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Button {
    pub label: Label,
    pub action: Action,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub enum Label {
    Msg(Msg),
    /// A language's own name in its own script, the same for every reader.
    Native(Lang),
}

/// A file sent with a message: a photo (a QR code) or a document (an `.ics` calendar entry, an
/// HTML summary).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Attachment {
    pub kind: AttachmentKind,
    pub file_name: String,
    pub bytes: Vec<u8>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum AttachmentKind {
    Photo,
    Document,
}

/// One message to send.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Outgoing {
    pub chat: ChatId,
    pub lang: Lang,
    pub text: Msg,
    pub buttons: Vec<Vec<Button>>,
    /// Sent as a photo or document with `text` as its caption (at most 1,024 characters).
    pub attachment: Option<Attachment>,
    /// Replace the text and buttons of this earlier bot message instead of sending a new one
    /// (e.g. paging a calendar). Not combined with an attachment.
    pub edit: Option<i32>,
    /// Reply to this message of the person's (in groups, so the question reaches them).
    pub reply_to: Option<i32>,
    /// Ask the client to reply to this message (how a group member answers a typed question).
    pub force_reply: bool,
    /// The plan's summary document (issue 3): rendered at the edge, in Dutch and the status
    /// holder's language, into the bytes of the document attachment.
    #[serde(default)]
    pub summary: Option<Box<SummaryDoc>>,
    /// A meeting's calendar entry: rendered at the edge, in the reader's language, into the
    /// bytes of the document attachment (`ics`). (`default`: a notice written to the outbox
    /// before a field existed still reads back.)
    #[serde(default)]
    pub calendar: Option<Box<CalendarDoc>>,
    /// The case this message to staff or a group is about (issue 12): shown above the text,
    /// reference and first name, unless the text names the reference already. Never set for
    /// the status holder, who has one case and their own chat.
    #[serde(default)]
    pub case: Option<CaseTag>,
    /// This message is the answers board of this meeting in its chat (issue 12): once sent,
    /// its message id is recorded so that later answers edit it instead of adding messages.
    #[serde(default)]
    pub board: Option<i64>,
    /// This message asks the question of the sender's conversation in progress with buttons
    /// that typing can also answer: once sent, its id is kept (`App::record_prompt`) so that a
    /// typed answer takes the buttons away (issue 12).
    #[serde(default)]
    pub prompt: bool,
}

/// How staff tell a case apart in every message: its reference and the holder's first name.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct CaseTag {
    pub reference: String,
    pub name: String,
}

impl CaseTag {
    /// `body` under the case's name line (`about-case`), for the edge to render.
    pub fn above(&self, body: Msg) -> Msg {
        Msg::new("about-case")
            .code("reference", self.reference.clone())
            .name("name", self.name.clone())
            .msg("body", body)
    }
}

/// What a meeting's `.ics` says, as values and messages (the words come from Fluent).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CalendarDoc {
    pub meeting: i64,
    pub sequence: i64,
    pub start: chrono::DateTime<chrono::Utc>,
    pub end: chrono::DateTime<chrono::Utc>,
    pub title: Msg,
    pub location: Msg,
    pub cancelled: bool,
    /// When it was made (DTSTAMP).
    pub stamp: chrono::DateTime<chrono::Utc>,
}

impl Outgoing {
    pub fn new(chat: ChatId, lang: Lang, text: Msg) -> Self {
        Outgoing {
            chat,
            lang,
            text,
            buttons: Vec::new(),
            attachment: None,
            edit: None,
            reply_to: None,
            force_reply: false,
            summary: None,
            calendar: None,
            case: None,
            board: None,
            prompt: false,
        }
    }

    pub fn buttons(mut self, rows: Vec<Vec<Button>>) -> Self {
        self.buttons = rows;
        self
    }

    pub fn attach(mut self, attachment: Attachment) -> Self {
        self.attachment = Some(attachment);
        self
    }
}

/// Everything the app wants done after handling one event.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Reply {
    pub messages: Vec<Outgoing>,
    /// For a button press: a short notice shown as an alert (refusals), in the actor's language.
    pub notice: Option<(Lang, Msg)>,
    /// For a button press: a short confirmation shown for a moment, not an alert to dismiss.
    pub toast: Option<(Lang, Msg)>,
    /// For a button press: remove the keyboard of the pressed message (it has been answered).
    pub clear_keyboard: bool,
    /// Notices to other parties, already in the outbox (`app::notice`): sent after `messages`.
    pub notices: Vec<crate::app::Queued>,
}

impl Reply {
    pub fn one(out: Outgoing) -> Self {
        Reply {
            messages: vec![out],
            ..Reply::default()
        }
    }

    pub fn notice(lang: Lang, msg: Msg) -> Self {
        Reply {
            notice: Some((lang, msg)),
            ..Reply::default()
        }
    }

    /// This reply followed by `other`'s messages and notices (and its alert, if it has one).
    pub fn and(mut self, other: Reply) -> Self {
        self.messages.extend(other.messages);
        self.notices.extend(other.notices);
        self.notice = other.notice.or(self.notice);
        self.clear_keyboard |= other.clear_keyboard;
        self
    }

    pub fn answered(mut self) -> Self {
        self.clear_keyboard = true;
        self
    }
}

impl Button {
    pub fn new(label: Msg, action: Action) -> Self {
        Button {
            label: Label::Msg(label),
            action,
        }
    }

    /// Every language by its own name, two per row, each asking for `action` of it.
    pub fn languages(action: impl Fn(Lang) -> Action) -> Vec<Vec<Button>> {
        Lang::ALL
            .chunks(2)
            .map(|pair| {
                pair.iter()
                    .map(|l| Button {
                        label: Label::Native(*l),
                        action: action(*l),
                    })
                    .collect()
            })
            .collect()
    }
}
