//! Telegram's answers: `{"ok": true, "result": …}`, its error shape, and what it refuses: a
//! text over 4096 or a caption over 1024 characters (UTF-16 code units, as Telegram counts),
//! reply markup it cannot parse, callback data over 64 bytes, an edit that changes nothing;
//! and the scripted faults of the tests.

use axum::Json;
use axum::body::{Body, Bytes};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde_json::{Value, json};

use super::Fault;

pub(super) const TEXT_MAX: usize = 4096;
pub(super) const CAPTION_MAX: usize = 1024;
const CALLBACK_DATA_MAX: usize = 64;
pub(super) const NOT_MODIFIED: &str = "message is not modified: specified new message content \
    and reply markup are exactly the same as a current content and reply markup of the message";

pub(super) fn too_long(text: &Value, max: usize) -> bool {
    text.as_str()
        .is_some_and(|t| t.encode_utf16().count() > max)
}

/// Why Telegram would refuse this `reply_markup`, if it would.
pub(super) fn bad_markup(markup: &Value) -> Option<String> {
    if markup.is_null() {
        return None;
    }
    if markup.get("force_reply").is_some() || markup.get("remove_keyboard").is_some() {
        return None;
    }
    let Some(rows) = markup
        .get("inline_keyboard")
        .or_else(|| markup.get("keyboard"))
        .and_then(Value::as_array)
    else {
        return Some("can't parse reply keyboard markup JSON object".to_owned());
    };
    let inline = markup.get("inline_keyboard").is_some();
    for row in rows {
        let Some(row) = row.as_array() else {
            return Some("field \"inline_keyboard\" must be an Array of Arrays".to_owned());
        };
        for button in row {
            if let Some(problem) = bad_button(button, inline) {
                return Some(problem);
            }
        }
    }
    None
}

fn bad_button(button: &Value, inline: bool) -> Option<String> {
    if button
        .get("text")
        .and_then(Value::as_str)
        .is_none_or(str::is_empty)
    {
        return Some("can't parse inline keyboard button: Text must be non-empty".to_owned());
    }
    if !inline {
        return None;
    }
    let actions = [
        "callback_data",
        "url",
        "switch_inline_query",
        "web_app",
        "pay",
    ];
    let given = actions.iter().filter(|a| button.get(**a).is_some()).count();
    if given != 1 {
        return Some(
            "can't parse inline keyboard button: exactly one of the optional fields must be used"
                .to_owned(),
        );
    }
    let data = button.get("callback_data").and_then(Value::as_str);
    if data.is_some_and(|d| d.is_empty() || d.len() > CALLBACK_DATA_MAX) {
        return Some("BUTTON_DATA_INVALID".to_owned());
    }
    None
}

pub(super) fn fault_response(fault: Fault) -> Response {
    match fault {
        Fault::TooManyRequests { retry_after } => api_error(
            StatusCode::TOO_MANY_REQUESTS,
            &format!("Too Many Requests: retry after {retry_after}"),
            Some(json!({ "retry_after": retry_after })),
        ),
        Fault::ServerError => api_error(
            StatusCode::INTERNAL_SERVER_ERROR,
            "Internal Server Error",
            None,
        ),
        Fault::Blocked => api_error(
            StatusCode::FORBIDDEN,
            "Forbidden: bot was blocked by the user",
            None,
        ),
        Fault::Api {
            status,
            description,
        } => api_error(
            StatusCode::from_u16(status).unwrap_or(StatusCode::BAD_REQUEST),
            &description,
            None,
        ),
        Fault::DropConnection => {
            // A body that fails makes hyper abort the connection after the status line.
            let broken = futures_util::stream::once(async {
                Err::<Bytes, _>(std::io::Error::other("dropped"))
            });
            Response::new(Body::from_stream(broken))
        }
    }
}

pub(super) fn ok(result: Value) -> Response {
    Json(json!({ "ok": true, "result": result })).into_response()
}

pub(super) fn bad_request(what: &str) -> Response {
    api_error(
        StatusCode::BAD_REQUEST,
        &format!("Bad Request: {what}"),
        None,
    )
}

pub(super) fn api_error(
    status: StatusCode,
    description: &str,
    parameters: Option<Value>,
) -> Response {
    let mut body = json!({"ok": false, "error_code": status.as_u16(), "description": description});
    if let (Some(parameters), Some(fields)) = (parameters, body.as_object_mut()) {
        fields.insert("parameters".to_owned(), parameters);
    }
    (status, Json(body)).into_response()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn telegram_refuses_markup_it_cannot_parse_and_callback_data_over_64_bytes() {
        let ok = json!({"inline_keyboard": [[{"text": "Ja", "callback_data": "x"}]]});
        assert_eq!(bad_markup(&ok), None);
        assert_eq!(bad_markup(&json!({"force_reply": true})), None);
        assert_eq!(bad_markup(&Value::Null), None);
        let long = "é".repeat(33); // 66 bytes, 33 characters
        let cases = [
            json!({"inline_keyboard": [[{"text": "Ja", "callback_data": long}]]}),
            json!({"inline_keyboard": [[{"text": "", "callback_data": "x"}]]}),
            json!({"inline_keyboard": [[{"text": "Ja"}]]}),
            json!({"inline_keyboard": [{"text": "Ja", "callback_data": "x"}]}),
            json!({"inline_keyboard": "nope"}),
        ];
        for case in cases {
            assert!(bad_markup(&case).is_some(), "{case}");
        }
    }
}
