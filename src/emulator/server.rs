//! The HTTP side: `POST /bot<token>/<method>`, each method answered from the state as
//! Telegram would, `getUpdates` waiting for updates (long polling).

use std::collections::VecDeque;
use std::time::{Duration, Instant};

use axum::Router;
use axum::extract::{DefaultBodyLimit, Path, Request, State as Shared};
use axum::http::StatusCode;
use axum::response::Response;
use axum::routing::post;
use serde_json::{Value, json};

use super::messages::{edit, send, send_file, sent};
use super::refusals::{
    CAPTION_MAX, TEXT_MAX, api_error, bad_markup, bad_request, fault_response, ok, too_long,
};
use super::state::{State, at, bot_user, int, me_json, merge, summary, user_json};
use super::upload::{Files, UPLOAD_LIMIT, read_params};
use super::{BOT_ID, CallbackAnswer, Emulator};

/// `getUpdates` waits at most this long for an update, whatever `timeout` asks (Telegram
/// allows 50 s): stopping a bot that is polling then takes a second, not a minute.
const MAX_POLL_WAIT: u64 = 1;

/// The methods the emulator knows, by their canonical names.
const METHODS: [&str; 22] = [
    "getMe",
    "getUpdates",
    "getWebhookInfo",
    "setWebhook",
    "deleteWebhook",
    "setMyCommands",
    "deleteMyCommands",
    "getMyCommands",
    "setChatMenuButton",
    "sendMessage",
    "sendDocument",
    "sendPhoto",
    "editMessageText",
    "editMessageCaption",
    "editMessageReplyMarkup",
    "deleteMessage",
    "answerCallbackQuery",
    "getChat",
    "getChatMember",
    "leaveChat",
    "close",
    "logOut",
];

pub(super) fn router(emulator: Emulator) -> Router {
    Router::new()
        .route("/{token}/{method}", post(handle))
        .fallback(|| async { api_error(StatusCode::NOT_FOUND, "Not Found", None) })
        .layer(DefaultBodyLimit::max(UPLOAD_LIMIT))
        .with_state(emulator)
}

async fn handle(
    Shared(fake): Shared<Emulator>,
    Path((_token, method)): Path<(String, String)>,
    request: Request,
) -> Response {
    let (params, files) = match read_params(request).await {
        Ok(read) => read,
        Err(e) => return bad_request(&e),
    };
    let key = method.to_ascii_lowercase();
    let name = METHODS
        .iter()
        .find(|m| m.eq_ignore_ascii_case(&key))
        .map_or(method, |m| (*m).to_owned());
    let answered = answer(&fake, &key, name, &params, files);
    match answered {
        Some(response) => {
            fake.changed();
            response
        }
        None => get_updates(&fake, &params).await,
    }
}

/// The answer to any method but getUpdates (`None`), which has to wait.
fn answer(
    fake: &Emulator,
    key: &str,
    name: String,
    params: &Value,
    mut files: Files,
) -> Option<Response> {
    let chat_id = int(at(params, "/chat_id")).unwrap_or(0);
    let mut st = fake.st();
    if key != "getupdates" {
        st.last_activity = Some(Instant::now());
    }
    let fault = st
        .faults
        .get_mut(&(key.to_owned(), chat_id))
        .and_then(VecDeque::pop_front);
    if let Some(fault) = fault {
        st.log
            .push(format!("{name} chat={chat_id} -> fault {fault:?}"));
        return Some(fault_response(fault));
    }
    if key == "getupdates" {
        return None;
    }
    let params = params.clone();
    st.log
        .push(format!("{name} chat={chat_id}{}", summary(&params)));
    st.calls.push((name.clone(), params.clone()));
    if let Some(refused) = refusal(key, &params) {
        return Some(refused);
    }
    let response = match key {
        "getme" => ok(me_json()),
        "getwebhookinfo" => {
            ok(json!({"url": "", "has_custom_certificate": false, "pending_update_count": 0}))
        }
        "setwebhook" | "deletewebhook" | "setmycommands" | "deletemycommands"
        | "setchatmenubutton" => ok(json!(true)),
        "answercallbackquery" => answer_callback(&mut st, &params),
        "getmycommands" => ok(my_commands(&st, &params)),
        "getchat" => get_chat(&st, chat_id),
        "getchatmember" => get_chat_member(&st, chat_id, &params),
        "sendmessage" => {
            let content = json!({ "text": at(&params, "/text") });
            send(&mut st, name, chat_id, params, content, None)
        }
        "sendphoto" | "senddocument" => send_file(&mut st, key, name, chat_id, params, &mut files),
        "editmessagetext" | "editmessagecaption" | "editmessagereplymarkup" => {
            edit(&mut st, key, name, chat_id, params)
        }
        "deletemessage" => {
            let message_id = int(at(&params, "/message_id")).unwrap_or(0) as i32;
            if st.messages.remove(&(chat_id, message_id)).is_none() {
                return Some(bad_request("message to delete not found"));
            }
            st.sent.push(sent(name, chat_id, message_id, params, None));
            ok(json!(true))
        }
        _ => api_error(StatusCode::NOT_FOUND, "Not Found: method not found", None),
    };
    Some(response)
}

/// What Telegram refuses before it looks at the chat: too long, empty, bad markup.
fn refusal(key: &str, params: &Value) -> Option<Response> {
    let texts = matches!(key, "sendmessage" | "editmessagetext");
    let captions = matches!(key, "sendphoto" | "senddocument" | "editmessagecaption");
    if texts && too_long(at(params, "/text"), TEXT_MAX) {
        return Some(bad_request("message is too long"));
    }
    if texts && at(params, "/text").as_str().is_none_or(str::is_empty) {
        return Some(bad_request("message text is empty"));
    }
    if captions && too_long(at(params, "/caption"), CAPTION_MAX) {
        return Some(bad_request("message caption is too long"));
    }
    let marked = texts || captions || key == "editmessagereplymarkup";
    let problem = marked
        .then(|| bad_markup(at(params, "/reply_markup")))
        .flatten();
    problem.map(|p| bad_request(&p))
}

fn answer_callback(st: &mut State, params: &Value) -> Response {
    let id = at(params, "/callback_query_id")
        .as_str()
        .unwrap_or_default();
    let Some(&(user_id, chat_id)) = st.pressed.get(id) else {
        return bad_request("query is too old and response timeout expired or query ID is invalid");
    };
    let show_alert = at(params, "/show_alert").as_bool().unwrap_or(false)
        || at(params, "/show_alert").as_str() == Some("true");
    st.answers.push(CallbackAnswer {
        callback_id: id.to_owned(),
        user_id,
        chat_id,
        text: at(params, "/text").as_str().map(str::to_owned),
        show_alert,
    });
    ok(json!(true))
}

fn get_chat(st: &State, chat_id: i64) -> Response {
    if chat_id == 0 || (!st.chats.contains_key(&chat_id) && !st.users.contains_key(&chat_id)) {
        return bad_request("chat not found");
    }
    let mut chat = st.chat_json(chat_id);
    merge(
        &mut chat,
        json!({"accent_color_id": 0, "max_reaction_count": 11, "accepted_gift_types":
            {"unlimited_gifts": false, "limited_gifts": false, "unique_gifts": false,
             "premium_subscription": false}}),
    );
    ok(chat)
}

fn get_chat_member(st: &State, chat_id: i64, params: &Value) -> Response {
    let user_id = int(at(params, "/user_id")).unwrap_or(0);
    let user = if user_id == BOT_ID {
        Some(bot_user())
    } else {
        st.users.get(&user_id).map(user_json)
    };
    match user {
        Some(user) if chat_id != 0 => ok(json!({"status": "member", "user": user})),
        _ => bad_request("user not found"),
    }
}

async fn get_updates(fake: &Emulator, params: &Value) -> Response {
    let offset = int(at(params, "/offset")).unwrap_or(0);
    let limit = int(at(params, "/limit")).unwrap_or(100).clamp(1, 100) as usize;
    let timeout = int(at(params, "/timeout")).unwrap_or(0);
    let wait = Duration::from_secs(timeout.clamp(0, MAX_POLL_WAIT as i64) as u64);
    let deadline = tokio::time::Instant::now() + wait;
    loop {
        let notified = fake.inner.new_update.notified();
        tokio::pin!(notified);
        notified.as_mut().enable();
        {
            let mut st = fake.st();
            let before = st.updates.len();
            forget_before(&mut st.updates, offset);
            if st.updates.len() != before {
                st.last_activity = Some(Instant::now());
            }
            if !st.updates.is_empty() {
                let batch: Vec<Value> = st
                    .updates
                    .iter()
                    .take(limit)
                    .map(|(_, u)| u.clone())
                    .collect();
                st.log.push(format!(
                    "getUpdates offset={offset} -> {} updates",
                    batch.len()
                ));
                return ok(Value::Array(batch));
            }
        }
        if tokio::time::timeout_at(deadline, notified).await.is_err() {
            return ok(json!([]));
        }
    }
}

/// Telegram's `offset`: updates before it are confirmed and forgotten; a negative offset
/// keeps only the last `-offset` updates.
fn forget_before(updates: &mut VecDeque<(u32, Value)>, offset: i64) {
    if offset < 0 {
        let keep = usize::try_from(offset.unsigned_abs()).unwrap_or(usize::MAX);
        while updates.len() > keep {
            updates.pop_front();
        }
    } else {
        updates.retain(|(id, _)| i64::from(*id) >= offset);
    }
}

/// The commands of the last setMyCommands for the same scope and language (deleteMyCommands
/// in between clears them).
fn my_commands(st: &State, params: &Value) -> Value {
    let same = |p: &Value| {
        at(p, "/scope") == at(params, "/scope")
            && at(p, "/language_code") == at(params, "/language_code")
    };
    let mut changes = st
        .calls
        .iter()
        .rev()
        .filter(|(m, p)| (m == "setMyCommands" || m == "deleteMyCommands") && same(p));
    match changes.next() {
        Some((m, p)) if m == "setMyCommands" => at(p, "/commands").clone(),
        _ => json!([]),
    }
}
