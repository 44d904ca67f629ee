//! The methods that make or change a message: `sendMessage`, `sendPhoto`, `sendDocument`,
//! the three edits; each keeps the message as it now is and records what the bot did.

use axum::response::Response;
use serde_json::{Value, json};

use super::refusals::{NOT_MODIFIED, bad_request, ok};
use super::state::{State, at, bot_user, inline_markup, int, merge, photo_sizes, set};
use super::upload::Files;
use super::{BOT_ID, Sent};

pub(super) fn send_file(
    st: &mut State,
    key: &str,
    name: String,
    chat_id: i64,
    params: Value,
    files: &mut Files,
) -> Response {
    let field = if key == "sendphoto" {
        "photo"
    } else {
        "document"
    };
    let attached = at(&params, &format!("/{field}"))
        .as_str()
        .and_then(|v| v.strip_prefix("attach://"));
    let file = files.remove(attached.unwrap_or(field));
    let size = file.as_ref().map_or(0, |(_, bytes)| bytes.len());
    let media = match field {
        "photo" => photo_sizes(&format!("photo-{chat_id}"), size),
        _ => {
            json!({"file_id": format!("doc-{chat_id}"), "file_unique_id": "d1", "file_size": size,
            "file_name": file.as_ref().and_then(|(name, _)| name.clone())})
        }
    };
    let content = json!({ field: media, "caption": at(&params, "/caption") });
    send(st, name, chat_id, params, content, file)
}

pub(super) fn send(
    st: &mut State,
    method: String,
    chat_id: i64,
    params: Value,
    content: Value,
    file: Option<(Option<String>, Vec<u8>)>,
) -> Response {
    if chat_id == 0 {
        return bad_request("chat not found");
    }
    let message_id = st.next_message_id(chat_id);
    let mut message = json!({"message_id": message_id, "from": bot_user(),
        "chat": st.chat_json(chat_id), "date": super::state::now()});
    merge(&mut message, content);
    if let Some(markup) = inline_markup(at(&params, "/reply_markup")) {
        set(&mut message, "reply_markup", markup);
    }
    st.messages.insert((chat_id, message_id), message.clone());
    st.sent
        .push(sent(method, chat_id, message_id, params, file));
    ok(message)
}

pub(super) fn edit(
    st: &mut State,
    key: &str,
    method: String,
    chat_id: i64,
    params: Value,
) -> Response {
    let message_id = int(at(&params, "/message_id")).unwrap_or(0) as i32;
    let Some(old) = st.messages.get(&(chat_id, message_id)).cloned() else {
        return bad_request("message to edit not found");
    };
    if at(&old, "/from/id") != BOT_ID {
        return bad_request("message can't be edited");
    }
    let mut message = old.clone();
    if let Some(fields) = message.as_object_mut() {
        match key {
            "editmessagetext" => {
                fields.insert("text".into(), at(&params, "/text").clone());
                fields.remove("entities");
            }
            "editmessagecaption" => {
                fields.insert("caption".into(), at(&params, "/caption").clone());
            }
            _ => {}
        }
        match inline_markup(at(&params, "/reply_markup")) {
            Some(markup) => fields.insert("reply_markup".into(), markup),
            None => fields.remove("reply_markup"),
        };
        fields.retain(|_, v| !v.is_null());
    }
    if message == old {
        return bad_request(NOT_MODIFIED);
    }
    set(&mut message, "edit_date", json!(super::state::now()));
    st.messages.insert((chat_id, message_id), message.clone());
    st.sent
        .push(sent(method, chat_id, message_id, params, None));
    ok(message)
}

pub(super) fn sent(
    method: String,
    chat_id: i64,
    message_id: i32,
    raw: Value,
    file: Option<(Option<String>, Vec<u8>)>,
) -> Sent {
    let text = at(&raw, "/text")
        .as_str()
        .or_else(|| at(&raw, "/caption").as_str())
        .map(str::to_owned);
    let reply_markup = Some(at(&raw, "/reply_markup").clone()).filter(|m| !m.is_null());
    let (file_name, file_bytes) = file.map_or((None, None), |(name, bytes)| (name, Some(bytes)));
    Sent {
        method,
        chat_id,
        message_id,
        text,
        reply_markup,
        file_name,
        file_bytes,
        raw,
    }
}
