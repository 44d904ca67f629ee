//! `HEALTH_LISTEN`: a tiny HTTP endpoint for monitoring and an orchestrator's probes (issue 14).
//!
//! - `GET /live`: the process works: the database answers a query within 2 seconds, and the
//!   update dispatcher and the reminder worker are still running. For a liveness probe that
//!   restarts the bot when it fails.
//! - `GET /health`: `/live`, and Telegram's Bot API answers `getMe` within 5 seconds. For
//!   monitoring and readiness: a Telegram outage shows here, but restarting does not help.
//!
//! Both answer `200` or `503` with a small JSON object naming each part (`ok` or what is
//! wrong); no personal data, no token, nothing to authenticate. Bind it to the loopback
//! interface or a private network.

use std::time::Duration;

use anyhow::Context;
use axum::Json;
use axum::Router;
use axum::extract::State;
use axum::http::StatusCode;
use axum::routing::get;
use serde_json::{Value, json};
use teloxide::Bot;
use teloxide::requests::Requester;
use tokio::task::AbortHandle;

use crate::store::SqlitePool;

/// What the endpoint looks at.
#[derive(Clone)]
pub struct Probe {
    pub pool: SqlitePool,
    pub bot: Bot,
    pub dispatcher: AbortHandle,
    pub reminders: Option<AbortHandle>,
}

/// Binds the address now, so a wrong or taken address stops the start with one line.
pub async fn bind(addr: &str) -> anyhow::Result<tokio::net::TcpListener> {
    let parsed: std::net::SocketAddr = addr
        .trim()
        .parse()
        .with_context(|| format!("HEALTH_LISTEN is not an address like 127.0.0.1:8089: {addr}"))?;
    tokio::net::TcpListener::bind(parsed)
        .await
        .with_context(|| format!("HEALTH_LISTEN {parsed}: cannot listen there"))
}

/// Serves until the process ends.
pub async fn serve(listener: tokio::net::TcpListener, probe: Probe) {
    let app = Router::new()
        .route("/live", get(live))
        .route("/health", get(health))
        .with_state(probe);
    if let Err(e) = axum::serve(listener, app).await {
        tracing::error!(error = %e, "the health endpoint stopped");
    }
}

async fn live(State(probe): State<Probe>) -> (StatusCode, Json<Value>) {
    answer(parts(&probe).await)
}

async fn health(State(probe): State<Probe>) -> (StatusCode, Json<Value>) {
    let mut found = parts(&probe).await;
    let me = tokio::time::timeout(Duration::from_secs(5), probe.bot.get_me()).await;
    let telegram = match me {
        Ok(Ok(_)) => "ok",
        Ok(Err(teloxide::RequestError::Api(_))) => "refused",
        Ok(Err(_)) => "unreachable",
        Err(_) => "no answer within 5 s",
    };
    found.push(("telegram", telegram));
    answer(found)
}

async fn parts(probe: &Probe) -> Vec<(&'static str, &'static str)> {
    let query = sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM _sqlx_migrations");
    let db = tokio::time::timeout(Duration::from_secs(2), query.fetch_one(&probe.pool)).await;
    let database = match db {
        Ok(Ok(_)) => "ok",
        Ok(Err(_)) => "error",
        Err(_) => "no answer within 2 s",
    };
    let running = |h: Option<&AbortHandle>| match h {
        Some(h) if h.is_finished() => "stopped",
        Some(_) => "ok",
        None => "off",
    };
    vec![
        ("database", database),
        ("updates", running(Some(&probe.dispatcher))),
        ("reminders", running(probe.reminders.as_ref())),
    ]
}

fn answer(parts: Vec<(&'static str, &'static str)>) -> (StatusCode, Json<Value>) {
    let ok = parts.iter().all(|(_, v)| *v == "ok" || *v == "off");
    let mut body = serde_json::Map::new();
    body.insert("status".into(), json!(if ok { "ok" } else { "failing" }));
    for (k, v) in parts {
        body.insert(k.into(), json!(v));
    }
    let code = if ok {
        StatusCode::OK
    } else {
        StatusCode::SERVICE_UNAVAILABLE
    };
    (code, Json(Value::Object(body)))
}
