//! The two ways teloxide sends parameters: a JSON body, or `multipart/form-data` when a file
//! goes with them (text fields as strings, a few of them JSON, file parts by field name).

use std::collections::HashMap;

use axum::extract::{FromRequest, Multipart, Request};
use axum::http::header;
use serde_json::{Map, Value, json};

/// Uploaded files by field name: (file name, bytes).
pub(super) type Files = HashMap<String, (Option<String>, Vec<u8>)>;

/// The largest request accepted (Telegram's own limit for uploads by bots).
pub(super) const UPLOAD_LIMIT: usize = 50 * 1024 * 1024;

/// Multipart text fields that carry JSON (every other field stays a string).
const JSON_FIELDS: [&str; 5] = [
    "reply_markup",
    "reply_parameters",
    "caption_entities",
    "entities",
    "link_preview_options",
];

/// JSON bodies as they are; multipart text fields as strings (JSON fields parsed), file parts
/// by field name (teloxide names them by a random id and refers to it as `attach://<id>`).
pub(super) async fn read_params(request: Request) -> Result<(Value, Files), String> {
    let content_type = request
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok());
    if !content_type.is_some_and(|t| t.starts_with("multipart/form-data")) {
        let body = axum::body::to_bytes(request.into_body(), UPLOAD_LIMIT)
            .await
            .map_err(|e| e.to_string())?;
        let params = if body.is_empty() {
            json!({})
        } else {
            serde_json::from_slice(&body).map_err(|e| e.to_string())?
        };
        return Ok((params, Files::new()));
    }
    let mut form = Multipart::from_request(request, &())
        .await
        .map_err(|e| e.body_text())?;
    let (mut params, mut files) = (Map::new(), Files::new());
    while let Some(field) = form.next_field().await.map_err(|e| e.body_text())? {
        let name = field.name().unwrap_or_default().to_owned();
        let file_name = field.file_name().map(str::to_owned);
        let data = field.bytes().await.map_err(|e| e.body_text())?;
        if let Some(file_name) = file_name {
            files.insert(
                name,
                (Some(file_name).filter(|n| !n.is_empty()), data.to_vec()),
            );
            continue;
        }
        let text = String::from_utf8_lossy(&data).into_owned();
        let parsed = JSON_FIELDS
            .contains(&name.as_str())
            .then(|| serde_json::from_str(&text).ok())
            .flatten();
        params.insert(name, parsed.unwrap_or(Value::String(text)));
    }
    Ok((Value::Object(params), files))
}
