//! Who sent an update, in one query (issue 16): whether the update was handled before, the
//! staff member or the status holder's case, their stored language, and whether their chat said
//! `/stop`. Every update starts with this.

use sqlx::SqliteConnection;

use crate::domain::{CaseId, ChatId, Lang, UserId};
use crate::store::staff::Staff;

/// What the database knows about the sender of an update.
#[derive(Debug, Clone, PartialEq)]
pub struct Sender {
    /// The update's effect was saved before (Telegram delivered it again).
    pub seen: bool,
    /// Their staff membership, unless revoked.
    pub staff: Option<Staff>,
    /// The case they are the status holder of (the newest one).
    pub holder_case: Option<CaseId>,
    /// Their stored language and whether they chose it themselves.
    pub lang: Option<(Lang, bool)>,
    /// The chat said `/stop` (issue 14).
    pub stopped: bool,
}

#[derive(sqlx::FromRow)]
struct Row {
    seen: bool,
    #[sqlx(flatten)]
    staff: super::staff::MaybeRow,
    holder_case: Option<i64>,
    lang: Option<String>,
    lang_explicit: Option<bool>,
    stopped: bool,
}

/// The sender of update `update_id` (`None`: not an update, nothing to have seen) by `user` in
/// `chat`: the same answers as `updates::seen`, `staff::by_user`, `cases::holder_case`,
/// `users::lang` and `privacy::stopped` together.
pub async fn sender(
    conn: &mut SqliteConnection,
    update_id: Option<i64>,
    user: UserId,
    chat: ChatId,
) -> sqlx::Result<Sender> {
    let row: Row = sqlx::query_as(
        "SELECT
             EXISTS (SELECT 1 FROM processed_updates WHERE update_id = ?1) AS seen,
             s.id, s.tg_user_id, s.org_id, o.kind, o.name AS org_name, s.display_name,
             (SELECT case_id FROM case_members WHERE tg_user_id = ?2 AND party = 'holder'
              ORDER BY joined_at DESC LIMIT 1) AS holder_case,
             u.lang, u.lang_explicit,
             EXISTS (SELECT 1 FROM stopped_chats WHERE chat_id = ?3) AS stopped
         FROM (SELECT 1)
         LEFT JOIN staff s ON s.tg_user_id = ?2 AND s.revoked_at IS NULL
         LEFT JOIN orgs o ON o.id = s.org_id
         LEFT JOIN users u ON u.tg_user_id = ?2",
    )
    .bind(update_id)
    .bind(user.0)
    .bind(chat.0)
    .fetch_one(conn)
    .await?;
    Ok(Sender {
        seen: row.seen,
        staff: row.staff.into_staff(),
        holder_case: row.holder_case.map(CaseId),
        lang: row
            .lang
            .as_deref()
            .and_then(Lang::from_id)
            .map(|l| (l, row.lang_explicit.unwrap_or(false))),
        stopped: row.stopped,
    })
}
