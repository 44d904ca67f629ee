//! Telegram updates into `app::Incoming`. Pure: no I/O.

use teloxide::types::{ChatMemberUpdated, Message, Update, UpdateKind, User};

use super::callback;
use crate::app::{Actor, Incoming, Input};
use crate::domain::{ChatId, UserId, strip_invisible};

/// The app's view of an update, or `None` for updates the bot ignores (channel posts, service
/// messages, commands meant for another bot).
pub fn incoming(update: &Update, bot_username: &str) -> Option<Incoming> {
    match &update.kind {
        UpdateKind::Message(m) => message(m, bot_username),
        UpdateKind::EditedMessage(m) => {
            let from = m.from.as_ref()?;
            Some(Incoming {
                chat: ChatId(m.chat.id.0),
                actor: actor(from),
                message_id: Some(m.id.0),
                input: Input::Edited,
            })
        }
        UpdateKind::CallbackQuery(q) => {
            let msg = q.message.as_ref()?;
            Some(Incoming {
                chat: ChatId(msg.chat().id.0),
                actor: actor(&q.from),
                message_id: Some(msg.id().0),
                input: Input::Button(q.data.as_deref().and_then(callback::decode)),
            })
        }
        UpdateKind::MyChatMember(u) => removed(u),
        _ => None,
    }
}

/// The bot's own membership changed: only its removal from a group (left or kicked) matters;
/// being added arrives as the `new_chat_members` service message as well.
fn removed(u: &ChatMemberUpdated) -> Option<Incoming> {
    let gone = u.new_chat_member.is_left() || u.new_chat_member.is_banned();
    if !gone || !(u.chat.is_group() || u.chat.is_supergroup()) {
        return None;
    }
    Some(Incoming {
        chat: ChatId(u.chat.id.0),
        actor: actor(&u.from),
        message_id: None,
        input: Input::RemovedFromGroup {
            title: strip_invisible(u.chat.title().unwrap_or_default()).into_owned(),
        },
    })
}

fn actor(user: &User) -> Actor {
    Actor {
        user: UserId(i64::try_from(user.id.0).unwrap_or(i64::MAX)),
        display_name: strip_invisible(&user.full_name()).into_owned(),
        language_code: user.language_code.clone(),
    }
}

fn message(m: &Message, bot_username: &str) -> Option<Incoming> {
    let from = m.from.as_ref()?;
    if from.is_bot {
        return None;
    }
    let input = if let Some(members) = m.new_chat_members() {
        let bot_added = members.iter().any(|u| {
            u.username
                .as_deref()
                .is_some_and(|n| n.eq_ignore_ascii_case(bot_username))
        });
        if !bot_added {
            return None;
        }
        Input::AddedToGroup
    } else if let Some(typed) = m.text() {
        // Bidi controls and zero-width characters go before anything reads the text, so no
        // name or answer can reorder a screen (issue 10); a text of only those becomes empty.
        let text = strip_invisible(typed);
        let text = text.as_ref();
        match command(text, bot_username) {
            Some(Ok(input)) => input,
            Some(Err(())) => return None,
            None => Input::Text(text.to_string()),
        }
    } else if is_service(m) {
        return None;
    } else {
        Input::NotText
    };
    Some(Incoming {
        chat: ChatId(m.chat.id.0),
        actor: actor(from),
        message_id: Some(m.id.0),
        input,
    })
}

/// Service messages (members leaving, title changes, pinned messages...) are not for us.
fn is_service(m: &Message) -> bool {
    m.left_chat_member().is_some()
        || m.new_chat_title().is_some()
        || m.pinned_message().is_some()
        || m.group_chat_created().is_some()
        || m.super_group_chat_created().is_some()
        || m.migrate_from_chat_id().is_some()
        || m.migrate_to_chat_id().is_some()
}

/// `/name@bot arg`: `None` if not a command, `Err` if addressed to another bot.
fn command(text: &str, bot_username: &str) -> Option<Result<Input, ()>> {
    let rest = text.strip_prefix('/')?;
    let (head, arg) = rest.split_once(char::is_whitespace).unwrap_or((rest, ""));
    let (name, target) = head.split_once('@').unwrap_or((head, ""));
    if !target.is_empty() && !target.eq_ignore_ascii_case(bot_username) {
        return Some(Err(()));
    }
    if name.is_empty()
        || name.len() > 32
        || !name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
    {
        return None;
    }
    Some(Ok(Input::Command {
        name: name.to_ascii_lowercase(),
        arg: arg.trim().to_string(),
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cmd(name: &str, arg: &str) -> Option<Result<Input, ()>> {
        Some(Ok(Input::Command {
            name: name.into(),
            arg: arg.into(),
        }))
    }

    #[test]
    fn commands_are_parsed_with_or_without_the_bot_name() {
        assert_eq!(command("/start abc", "my_bot"), cmd("start", "abc"));
        assert_eq!(command("/Menu@My_Bot", "my_bot"), cmd("menu", ""));
        assert_eq!(command("/newcase@other_bot", "my_bot"), Some(Err(())));
        assert_eq!(command("hello", "my_bot"), None);
        assert_eq!(command("/ hi", "my_bot"), None);
        assert_eq!(command("/عربي", "my_bot"), None);
    }

    fn text_message(text: &str, first_name: &str) -> Message {
        serde_json::from_value(serde_json::json!({
            "message_id": 7,
            "date": 1_774_857_600,
            "chat": {"id": 42, "type": "private", "first_name": "x"},
            "from": {"id": 42, "is_bot": false, "first_name": first_name},
            "text": text,
        }))
        .unwrap()
    }

    #[test]
    fn bidi_controls_are_stripped_from_texts_arguments_and_names_but_zwnj_is_kept() {
        let m = text_message(
            "Ama\u{202E}l\u{200B} می\u{200C}خواهم",
            "Sa\u{2066}nne\u{FEFF}",
        );
        let incoming = message(&m, "my_bot").unwrap();
        assert_eq!(incoming.input, Input::Text("Amal می\u{200C}خواهم".into()));
        assert_eq!(incoming.actor.display_name, "Sanne");
        let m = text_message("/start\u{200F} abc\u{202E}", "x");
        assert_eq!(
            message(&m, "my_bot").unwrap().input,
            cmd("start", "abc").unwrap().unwrap()
        );
        let m = text_message("\u{202E}\u{2069}", "x");
        assert_eq!(
            message(&m, "my_bot").unwrap().input,
            Input::Text(String::new())
        );
    }
}
