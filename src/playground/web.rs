//! The page and its API, on 127.0.0.1 only. `GET /` serves the page (HTML, CSS and a little
//! JavaScript built into the binary), `GET /api/events` streams the state (server-sent
//! events) whenever a chat or the clock changes, and the POSTs do what a Telegram app does
//! for its user. Malformed or impossible requests get a 400, never a panic.

use std::convert::Infallible;
use std::time::Duration;

use axum::extract::{Path, State};
use axum::http::{StatusCode, header};
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use futures_util::Stream;
use serde::Deserialize;

use super::cast::{Role, TEAM_ID, person};
use super::state::{Playground, Skip};
use crate::emulator::{ChatTarget, TgUser};

const INDEX: &str = include_str!("assets/index.html");
const SCRIPT: &str = include_str!("assets/app.js");
const STYLE: &str = include_str!("assets/style.css");
/// Telegram's own limit on a message's text (UTF-16 code units).
const TEXT_MAX: usize = 4096;
/// Bursts of changes (a notice to three chats) reach the page as one update.
const SETTLE: Duration = Duration::from_millis(30);

pub fn router(play: Playground) -> Router {
    Router::new()
        .route("/", get(|| async { Html(INDEX) }))
        .route(
            "/app.js",
            get(|| async { asset("text/javascript", SCRIPT) }),
        )
        .route("/style.css", get(|| async { asset("text/css", STYLE) }))
        .route("/api/state", get(state))
        .route("/api/events", get(events))
        .route("/api/file/{chat}/{message}", get(file))
        .route("/api/send", post(send))
        .route("/api/press", post(press))
        .route("/api/language", post(language))
        .route("/api/add-bot", post(add_bot))
        .route("/api/skip", post(skip))
        .with_state(play)
}

fn asset(kind: &'static str, body: &'static str) -> Response {
    ([(header::CONTENT_TYPE, kind)], body).into_response()
}

fn refuse(why: &str) -> Response {
    (StatusCode::BAD_REQUEST, why.to_owned()).into_response()
}

async fn state(State(play): State<Playground>) -> Response {
    Json(play.snapshot().await).into_response()
}

async fn events(
    State(play): State<Playground>,
) -> Sse<impl Stream<Item = Result<Event, Infallible>>> {
    let (chats, clock) = play.changes();
    let stream = futures_util::stream::unfold(
        (play, chats, clock, true),
        |(play, mut chats, mut clock, first)| async move {
            if !first {
                tokio::select! {
                    changed = chats.changed() => changed.ok()?,
                    changed = clock.changed() => changed.ok()?,
                }
                tokio::time::sleep(SETTLE).await;
            }
            chats.mark_unchanged();
            clock.mark_unchanged();
            let data = play.snapshot().await.to_string();
            let event = Event::default().event("state").data(data);
            Some((Ok(event), (play, chats, clock, false)))
        },
    );
    Sse::new(stream).keep_alive(KeepAlive::default())
}

/// A file the bot sent, to open in the browser. An HTML document (the plan summary) is shown
/// sandboxed: it cannot run scripts or reach the page.
async fn file(State(play): State<Playground>, Path((chat, message)): Path<(i64, i32)>) -> Response {
    let Some((name, bytes)) = play.tg.file(chat, message) else {
        return (StatusCode::NOT_FOUND, "no such file").into_response();
    };
    let name = name.unwrap_or_else(|| "photo.png".to_owned());
    let kind = match name.rsplit('.').next() {
        Some("ics") => "text/calendar; charset=utf-8",
        Some("html") => "text/html; charset=utf-8",
        Some("png") => "image/png",
        _ if bytes.starts_with(b"\x89PNG") => "image/png",
        _ => "application/octet-stream",
    };
    let safe_name: String = name
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_'))
        .collect();
    let headers = [
        (header::CONTENT_TYPE, kind.to_owned()),
        (
            header::CONTENT_DISPOSITION,
            format!("inline; filename=\"{safe_name}\""),
        ),
        (header::CONTENT_SECURITY_POLICY, "sandbox".to_owned()),
    ];
    (headers, bytes).into_response()
}

/// The person acting and the chat they act in: their own private chat or the team group.
fn actor(play: &Playground, user: i64, chat: i64) -> Result<(TgUser, ChatTarget), &'static str> {
    let p = person(user).ok_or("unknown person")?;
    let tg_user = play.tg.find_user(p.id).ok_or("unknown person")?;
    if chat == p.id {
        return Ok((tg_user, ChatTarget::Private));
    }
    match play.tg.find_group(chat) {
        Some(group) if chat == TEAM_ID && p.role == Role::Gemeente => {
            Ok((tg_user, ChatTarget::Group(group)))
        }
        _ => Err("that person cannot write in that chat"),
    }
}

#[derive(Deserialize)]
struct SendReq {
    user: i64,
    chat: i64,
    text: String,
    reply_to: Option<i32>,
}

async fn send(State(play): State<Playground>, Json(req): Json<SendReq>) -> Response {
    let (user, chat) = match actor(&play, req.user, req.chat) {
        Ok(found) => found,
        Err(why) => return refuse(why),
    };
    let text = req.text.trim();
    if text.is_empty() || text.encode_utf16().count() > TEXT_MAX {
        return refuse("a message has 1 to 4096 characters");
    }
    let sent = match req.reply_to {
        Some(to) => play.tg.try_reply_to(&user, chat, to, text),
        None if text.starts_with('/') && matches!(chat, ChatTarget::Group(_)) => {
            Ok(play.tg.send_command(&user, chat, text))
        }
        None => Ok(play.tg.send_text(&user, chat, text)),
    };
    match sent {
        Ok(id) => Json(serde_json::json!({ "message_id": id })).into_response(),
        Err(e) => refuse(&e.to_string()),
    }
}

#[derive(Deserialize)]
struct PressReq {
    user: i64,
    chat: i64,
    message_id: i32,
    data: String,
}

/// A press of an inline button. The data goes to the bot as the app sends it; a forged press
/// is for the bot to refuse, as it refuses any.
async fn press(State(play): State<Playground>, Json(req): Json<PressReq>) -> Response {
    let (user, chat) = match actor(&play, req.user, req.chat) {
        Ok(found) => found,
        Err(why) => return refuse(why),
    };
    if req.data.is_empty() || req.data.len() > 64 {
        return refuse("callback data has 1 to 64 bytes");
    }
    match play
        .tg
        .try_press_button(&user, chat, req.message_id, &req.data)
    {
        Ok(id) => Json(serde_json::json!({ "callback_id": id })).into_response(),
        Err(e) => refuse(&e.to_string()),
    }
}

#[derive(Deserialize)]
struct LanguageReq {
    user: i64,
    /// A two-letter Telegram language code, or none (an app in a language Telegram lacks).
    lang: Option<String>,
}

async fn language(State(play): State<Playground>, Json(req): Json<LanguageReq>) -> Response {
    let Some(p) = person(req.user) else {
        return refuse("unknown person");
    };
    let lang = req.lang.filter(|l| !l.is_empty());
    if lang
        .as_deref()
        .is_some_and(|l| l.len() > 8 || !l.chars().all(|c| c.is_ascii_alphabetic() || c == '-'))
    {
        return refuse("a language code looks like nl or pt-br");
    }
    play.tg.user(p.id, p.name, lang.as_deref());
    StatusCode::NO_CONTENT.into_response()
}

async fn add_bot(State(play): State<Playground>) -> Response {
    if play.add_bot_to_group() {
        StatusCode::NO_CONTENT.into_response()
    } else {
        refuse("the bot is in the group already")
    }
}

#[derive(Deserialize)]
struct SkipReq {
    by: Skip,
}

async fn skip(State(play): State<Playground>, Json(req): Json<SkipReq>) -> Response {
    match play.skip(req.by).await {
        Ok(true) => Json(serde_json::json!({ "now": play.now().to_rfc3339() })).into_response(),
        Ok(false) => refuse("no reminder is waiting"),
        Err(e) => {
            tracing::error!(error = %e, "moving the playground's clock failed");
            (StatusCode::INTERNAL_SERVER_ERROR, "internal error").into_response()
        }
    }
}
