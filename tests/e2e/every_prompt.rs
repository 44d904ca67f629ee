//! Issue 10, "Done means": six awkward inputs typed at every prompt that waits for typed text.
//! Each is either refused with the prompt's own translated answer and an unchanged database,
//! or, where a person could mean it, accepted, stored once and shown back; afterwards someone
//! else is still answered. One bot per prompt family; the steps are in `every_prompt/`.
//!
//! | prompt (who)                    | 🙂   | ١٤:٣٠       | 14:3０ | 4,000 chars  | lone U+0301 | مرحبا بكم |
//! |---------------------------------|------|-------------|--------|--------------|-------------|-----------|
//! | meeting time (staff)            | bad  | **14:30**   | bad    | bad          | bad         | bad       |
//! | video link (staff)              | bad  | bad         | bad    | bad          | bad         | bad       |
//! | holder's name (staff)           | ok   | ok          | ok     | too long, 40 | empty       | ok        |
//! | case reference (staff)          | ok   | ok          | ok     | too long, 32 | empty       | ok        |
//! | matching date (staff)           | bad  | bad         | bad    | bad          | bad         | bad       |
//! | agreement due date (staff)      | bad  | bad         | bad    | bad          | bad         | bad       |
//! | agreement text (staff)          | ok   | ok          | ok     | one line 300 | one line    | ok        |
//! | agenda point (staff)            | ok   | ok          | ok     | too long 200 | empty       | ok        |
//! | own questions (holder, Arabic)  | ok   | ok          | ok     | too long 500 | empty       | ok        |
//!
//! Why: a time in Arabic-Indic digits is a time (`domain::ascii_digits`); full-width digits
//! are not read as digits anywhere, so `14:3０` is not a time. Links and dates have a fixed
//! form. Names and references are the organisation's own words: any script or emoji is allowed
//! (only a BSN-like number is refused), and a four-digit run makes a name look like a number,
//! which `١٤:٣٠` and `14:3０` do not have. Free texts take what a person writes, up to their
//! length. A lone combining mark has nothing to sit on: it counts as empty (`domain::is_blank`).

mod case_opening;
mod meeting;
mod plan;
mod prepare;

use driegesprek::domain::Lang;
use driegesprek::i18n::Msg;

use crate::fake_telegram::{ChatTarget, Sent, TgUser};
use crate::support::TestBot;

pub(crate) const EMOJI: &str = "🙂";
pub(crate) const ARABIC_TIME: &str = "١٤:٣٠";
pub(crate) const FULL_WIDTH: &str = "14:3０";
pub(crate) const MARK: &str = "\u{0301}";
pub(crate) const RTL: &str = "مرحبا بكم";

/// One line of 4,000 characters (16,000 bytes), mixing Latin, emoji and Arabic so that a byte
/// count or a cut at a byte index would show.
pub(crate) fn long_line() -> String {
    let line = "ab🙂ت".repeat(1000);
    assert_eq!(line.chars().count(), 4000);
    line
}

/// All six, with a label for failure messages.
pub(crate) fn all_inputs() -> Vec<(&'static str, String)> {
    vec![
        ("emoji", EMOJI.into()),
        ("arabic-indic time", ARABIC_TIME.into()),
        ("full-width zero", FULL_WIDTH.into()),
        ("4,000 characters", long_line()),
        ("lone combining mark", MARK.into()),
        ("right to left", RTL.into()),
    ]
}

/// `who` types `text` in their private chat: the answer must be `want`, and nothing changes.
pub(crate) async fn refused(bot: &TestBot, who: &TgUser, label: &str, text: &str, want: &str) {
    bot.tg.quiet().await;
    let before = bot.snapshot().await;
    let m = bot.tg.mark();
    bot.tg.send_text(who, ChatTarget::Private, text);
    bot.expect_text(m, who.id, want).await;
    bot.tg.quiet().await;
    assert_eq!(
        bot.snapshot().await,
        before,
        "{label}: the database changed"
    );
}

/// `who` types `text` in their private chat; the next message to them.
pub(crate) async fn typed(bot: &TestBot, who: &TgUser, text: &str) -> Sent {
    let m = bot.tg.mark();
    bot.tg.send_text(who, ChatTarget::Private, text);
    bot.next_message(m, who.id).await
}

/// A typed value as it is shown inside a sentence: in an isolate (issue 10).
pub(crate) fn isolated(text: &str) -> String {
    format!("\u{2068}{text}\u{2069}")
}

/// How many rows of `table` have exactly `text` in `column`.
pub(crate) async fn count(bot: &TestBot, table: &str, column: &str, text: &str) -> i64 {
    sqlx::query_scalar(sqlx::AssertSqlSafe(format!(
        "SELECT COUNT(*) FROM {table} WHERE {column} = ?"
    )))
    .bind(text)
    .fetch_one(&bot.pool)
    .await
    .expect("count")
}

/// After all that, someone else is still answered: a stranger's `/start`.
pub(crate) async fn someone_else_is_answered(bot: &TestBot) {
    let stranger = bot.tg.user(9_999, "Someone", Some("en"));
    let m = bot.tg.mark();
    bot.tg.send_command(&stranger, ChatTarget::Private, "start");
    bot.expect_text(
        m,
        stranger.id,
        &bot.text(Lang::En, Msg::new("stranger-welcome")),
    )
    .await;
}
