//! The future that handles one update must stay small: tokio's worker threads have 2 MiB
//! stacks, and a debug build keeps several copies of a large future on the stack while it is
//! built and polled (stack-notes, trap 17). Measured, not guessed.

use std::sync::Arc;

use driegesprek::app::{Actor, App, Incoming, Input, Links};
use driegesprek::clock::ManualClock;
use driegesprek::domain::{ChatId, UserId};

#[tokio::test]
async fn the_future_that_handles_one_update_is_small() {
    let dir = tempfile::tempdir().expect("temp dir");
    let url = format!("sqlite://{}", dir.path().join("size.db").display());
    let pool = driegesprek::store::connect(&url).await.expect("database");
    let clock = Arc::new(ManualClock::new(chrono::Utc::now()));
    let app = App::new(
        pool,
        clock,
        Links {
            bot_username: "b".into(),
        },
    );
    let inc = Incoming {
        chat: ChatId(-100),
        actor: Actor {
            user: UserId(1),
            display_name: String::new(),
            language_code: None,
        },
        message_id: None,
        input: Input::Text("x".into()),
    };
    let fut = app.handle(Some(1), inc);
    let size = std::mem::size_of_val(&fut);
    eprintln!("App::handle future: {size} bytes");
    assert!(size <= 64 * 1024, "App::handle's future is {size} bytes");
}
