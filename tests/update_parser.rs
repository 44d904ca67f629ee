//! Property tests for the update parser (issue 10): arbitrary messages, button presses and
//! membership changes, as Telegram would send them as JSON, never panic `telegram::parse`, and
//! each comes out as what a person did: a command for this bot with its name lowercased, text
//! as typed (without invisible format characters), the button's own decoding, a removal only when the bot left or was kicked from a
//! group. Updates that do not even deserialise are skipped by teloxide before the parser.

use driegesprek::app::Input;
use driegesprek::domain::strip_invisible;
use driegesprek::telegram::{callback, parse};
use proptest::prelude::*;
use serde_json::{Value, json};
use teloxide::types::{Update, UpdateKind};

const BOT: &str = "driegesprek_bot";

fn typed() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        any::<char>().prop_map(String::from),
        "/[a-zA-Z_]{0,8}(@[A-Za-z_]{0,16})?",
        "/(start|menu|plan|meet)@(driegesprek_bot|Driegesprek_Bot|other_bot)",
        "[ \t\n]{1,2}",
        "[٠-٩۰-۹０-９]{1,4}",
        "[\u{0300}-\u{036f}\u{200b}-\u{200f}\u{202a}-\u{202e}\u{2066}-\u{2069}]",
        "[\u{0600}-\u{06ff}\u{1200}-\u{137f}]{1,6}",
        "(🙂|👍🏽|👨‍👩‍👧|🇳🇱)",
    ];
    prop::collection::vec(piece, 0..8).prop_map(|v| v.concat())
}

#[derive(Debug, Clone)]
enum Chat {
    Private,
    Group,
    Supergroup,
    Channel,
}

fn chat() -> impl Strategy<Value = Chat> {
    prop_oneof![
        Just(Chat::Private),
        Just(Chat::Group),
        Just(Chat::Supergroup),
        Just(Chat::Channel),
    ]
}

fn chat_json(chat: &Chat, user: i64, title: &str) -> Value {
    match chat {
        Chat::Private => json!({"id": user, "type": "private", "first_name": "A"}),
        Chat::Group => json!({"id": -77, "type": "group", "title": title}),
        Chat::Supergroup => json!({"id": -100_777, "type": "supergroup", "title": title}),
        Chat::Channel => json!({"id": -100_888, "type": "channel", "title": title}),
    }
}

fn user_json(id: i64, name: &str, is_bot: bool, lang: &Option<String>) -> Value {
    let mut u = json!({"id": id, "is_bot": is_bot, "first_name": name});
    if let Some(l) = lang {
        u["language_code"] = json!(l);
    }
    u
}

fn message_json(chat: &Chat, from: &Value, text: &str, title: &str) -> Value {
    let user = from["id"].as_i64().unwrap_or(1);
    json!({
        "message_id": 5,
        "date": 1_700_000_000,
        "chat": chat_json(chat, user, title),
        "from": from,
        "text": text,
    })
}

/// `None` when teloxide does not accept the JSON as an update of a known kind (it would not
/// reach the parser as one); otherwise what the parser makes of it.
fn parsed(update: Value) -> Option<Option<driegesprek::app::Incoming>> {
    // From text, as teloxide reads the Bot API's answer (`from_value` takes another path).
    let update: Update = serde_json::from_str(&update.to_string()).ok()?;
    if matches!(update.kind, UpdateKind::Error(_)) {
        return None;
    }
    Some(parse::incoming(&update, BOT))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]

    #[test]
    fn a_message_is_a_command_for_this_bot_or_text_as_typed(
        text in typed(),
        name in typed(),
        chat in chat(),
        is_bot in any::<bool>(),
        lang in proptest::option::of("[a-z]{2}(-[A-Z]{2})?"),
        user in 1i64..i64::from(u32::MAX),
    ) {
        let from = user_json(user, &name, is_bot, &lang);
        let update = json!({"update_id": 1, "message": message_json(&chat, &from, &text, &name)});
        // The parser sees the text without invisible format characters (bidi controls).
        let text = strip_invisible(&text).into_owned();
        let Some(inc) = parsed(update) else { return Ok(()) };
        if is_bot {
            prop_assert!(inc.is_none(), "another bot's message is ignored");
            return Ok(());
        }
        let Some(inc) = inc else {
            // Only a command addressed to another bot is ignored.
            let head = text.strip_prefix('/').unwrap_or_default();
            let head = head.split(char::is_whitespace).next().unwrap_or_default();
            let target = head.split_once('@').map(|(_, t)| t).unwrap_or_default();
            prop_assert!(!target.is_empty() && !target.eq_ignore_ascii_case(BOT), "{text:?}");
            return Ok(());
        };
        prop_assert_eq!(inc.actor.user.0, user);
        prop_assert_eq!(inc.message_id, Some(5));
        match inc.input {
            Input::Command { name, arg } => {
                prop_assert!(text.starts_with('/'));
                prop_assert!(!name.is_empty() && name.len() <= 32);
                prop_assert!(name.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_'));
                prop_assert_eq!(arg.trim(), arg.as_str());
            }
            Input::Text(t) => prop_assert_eq!(t, text),
            other => prop_assert!(false, "{other:?} for text {text:?}"),
        }
    }

    #[test]
    fn a_button_press_is_exactly_its_decoded_data(
        data in prop_oneof![
            "[ -~]{0,70}",
            any::<String>(),
            Just("m:c:1".to_string()),
        ],
        chat in chat(),
    ) {
        let from = user_json(3003, "Amal", false, &Some("ar".into()));
        let update = json!({
            "update_id": 2,
            "callback_query": {
                "id": "q1",
                "from": from,
                "chat_instance": "ci",
                "data": data,
                "message": message_json(&chat, &from, "menu", "T"),
            }
        });
        let Some(inc) = parsed(update) else { return Ok(()) };
        let Some(inc) = inc else {
            prop_assert!(false, "a press on a message is never ignored");
            return Ok(());
        };
        prop_assert_eq!(inc.input, Input::Button(callback::decode(&data)));
    }

    #[test]
    fn only_leaving_or_being_kicked_from_a_group_is_a_removal(
        status in prop_oneof![
            Just("member"), Just("left"), Just("kicked"), Just("administrator"), Just("restricted"),
        ],
        chat in chat(),
        title in typed(),
    ) {
        let bot = json!({"id": 42, "is_bot": true, "first_name": "Bot", "username": BOT});
        let mut new = json!({"user": bot, "status": status});
        match status {
            "kicked" => new["until_date"] = json!(0),
            "administrator" => {
                for k in ["can_be_edited", "is_anonymous", "can_manage_chat", "can_delete_messages",
                          "can_manage_video_chats", "can_restrict_members", "can_promote_members",
                          "can_change_info", "can_invite_users", "can_post_stories",
                          "can_edit_stories", "can_delete_stories"] {
                    new[k] = json!(false);
                }
            }
            "restricted" => {
                new["until_date"] = json!(0);
                new["is_member"] = json!(true);
                for k in ["can_send_messages", "can_send_audios", "can_send_documents",
                          "can_send_photos", "can_send_videos", "can_send_video_notes",
                          "can_send_voice_notes", "can_send_polls", "can_send_other_messages",
                          "can_add_web_page_previews", "can_change_info", "can_invite_users",
                          "can_pin_messages", "can_manage_topics"] {
                    new[k] = json!(false);
                }
            }
            _ => {}
        }
        let from = user_json(1001, "Sanne", false, &None);
        let update = json!({
            "update_id": 3,
            "my_chat_member": {
                "chat": chat_json(&chat, 1001, &title),
                "from": from,
                "date": 1_700_000_000,
                "old_chat_member": {"user": bot, "status": "member"},
                "new_chat_member": new,
            }
        });
        let Some(inc) = parsed(update) else { return Ok(()) };
        let in_group = matches!(chat, Chat::Group | Chat::Supergroup);
        let gone = matches!(status, "left" | "kicked");
        match inc {
            Some(inc) => {
                prop_assert!(in_group && gone, "{status} in {chat:?}");
                let is_removal = matches!(inc.input, Input::RemovedFromGroup { .. });
                prop_assert!(is_removal);
            }
            None => prop_assert!(!(in_group && gone), "{status} in {chat:?} was ignored"),
        }
    }
}

/// The generators above must produce updates teloxide accepts, or the properties test nothing.
#[test]
fn the_generated_shapes_deserialise() {
    let from = user_json(1, "A", false, &None);
    for chat in [Chat::Private, Chat::Group, Chat::Supergroup, Chat::Channel] {
        let m = json!({"update_id": 1, "message": message_json(&chat, &from, "/start", "T")});
        assert!(parsed(m).is_some(), "message in {chat:?}");
    }
    let bot = json!({"id": 42, "is_bot": true, "first_name": "Bot", "username": BOT});
    for new in [
        json!({"user": bot, "status": "left"}),
        json!({"user": bot, "status": "kicked", "until_date": 0}),
    ] {
        let u = json!({"update_id": 3, "my_chat_member": {
            "chat": chat_json(&Chat::Group, 1, "T"), "from": from, "date": 1,
            "old_chat_member": {"user": bot, "status": "member"}, "new_chat_member": new}});
        assert!(matches!(parsed(u), Some(Some(_))), "removal");
    }
    let q = json!({"update_id": 2, "callback_query": {"id": "q", "from": from,
        "chat_instance": "c", "data": "x", "message": message_json(&Chat::Private, &from, "m", "T")}});
    assert!(matches!(parsed(q), Some(Some(_))), "press");
}
