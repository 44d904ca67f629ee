//! Each person's language choice. Telegram's `language_code` is only a first guess; an explicit
//! choice wins and is kept (stack-notes trap 9).

use chrono::{DateTime, Utc};
use sqlx::SqliteConnection;

use crate::domain::{Lang, UserId};

/// The stored language and whether the person chose it themselves.
pub async fn lang(conn: &mut SqliteConnection, user: UserId) -> sqlx::Result<Option<(Lang, bool)>> {
    let row: Option<(String, bool)> =
        sqlx::query_as("SELECT lang, lang_explicit FROM users WHERE tg_user_id = ?")
            .bind(user.0)
            .fetch_optional(conn)
            .await?;
    Ok(row.and_then(|(l, e)| Lang::from_id(&l).map(|l| (l, e))))
}

/// Stores a language. A guess never overwrites an explicit choice.
pub async fn set_lang(
    conn: &mut SqliteConnection,
    user: UserId,
    lang: Lang,
    explicit: bool,
    now: DateTime<Utc>,
) -> sqlx::Result<()> {
    sqlx::query(
        "INSERT INTO users (tg_user_id, lang, lang_explicit, created_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (tg_user_id) DO UPDATE SET lang = excluded.lang,
             lang_explicit = excluded.lang_explicit
         WHERE excluded.lang_explicit = 1 OR users.lang_explicit = 0",
    )
    .bind(user.0)
    .bind(lang.id())
    .bind(explicit)
    .bind(now)
    .execute(conn)
    .await?;
    Ok(())
}
