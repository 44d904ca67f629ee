//! A meeting's proposed slots and each party's answers to them (issue 4, migration 0004).
//! Split from `meetings.rs`, which re-exports these so callers keep `store::meetings::…`;
//! a withdrawn slot stays in the table (answers keep their slot) but no longer counts.

use chrono::{DateTime, Utc};
use sqlx::SqliteConnection;

use crate::domain::{Party, UserId};
use crate::workflow::meeting::answers::{SlotAnswer, SlotAnswers};

pub async fn add_slot(
    conn: &mut SqliteConnection,
    meeting: i64,
    at: DateTime<Utc>,
) -> sqlx::Result<i64> {
    sqlx::query_scalar(
        "INSERT INTO meeting_slots (meeting_id, starts_at) VALUES (?, ?) RETURNING id",
    )
    .bind(meeting)
    .bind(at)
    .fetch_one(conn)
    .await
}

/// A slot: its meeting, time, and whether it still counts.
#[derive(Debug, Clone, Copy, PartialEq, sqlx::FromRow)]
pub struct Slot {
    pub id: i64,
    pub meeting_id: i64,
    pub starts_at: DateTime<Utc>,
    pub withdrawn: bool,
}

pub async fn slot(conn: &mut SqliteConnection, id: i64) -> sqlx::Result<Option<Slot>> {
    sqlx::query_as("SELECT id, meeting_id, starts_at, withdrawn FROM meeting_slots WHERE id = ?")
        .bind(id)
        .fetch_optional(conn)
        .await
}

/// The slots of a meeting that still count, earliest first.
pub async fn open_slots(conn: &mut SqliteConnection, meeting: i64) -> sqlx::Result<Vec<Slot>> {
    sqlx::query_as(
        "SELECT id, meeting_id, starts_at, withdrawn FROM meeting_slots
         WHERE meeting_id = ? AND withdrawn = 0 ORDER BY starts_at, id",
    )
    .bind(meeting)
    .fetch_all(conn)
    .await
}

pub async fn withdraw_slots(conn: &mut SqliteConnection, meeting: i64) -> sqlx::Result<()> {
    sqlx::query("UPDATE meeting_slots SET withdrawn = 1 WHERE meeting_id = ?")
        .bind(meeting)
        .execute(conn)
        .await?;
    Ok(())
}

/// Records (or replaces) a party's answer to a slot.
pub async fn answer(
    conn: &mut SqliteConnection,
    slot: i64,
    party: Party,
    user: UserId,
    answer: SlotAnswer,
    now: DateTime<Utc>,
) -> sqlx::Result<()> {
    sqlx::query(
        "INSERT INTO slot_answers (slot_id, party, tg_user_id, answer, answered_at)
         VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (slot_id, party) DO UPDATE SET tg_user_id = excluded.tg_user_id,
             answer = excluded.answer, answered_at = excluded.answered_at",
    )
    .bind(slot)
    .bind(party.as_str())
    .bind(user.0)
    .bind(answer.as_str())
    .bind(now)
    .execute(conn)
    .await?;
    Ok(())
}

/// The answers to every open slot of a meeting, earliest slot first.
pub async fn answers(conn: &mut SqliteConnection, meeting: i64) -> sqlx::Result<Vec<SlotAnswers>> {
    let slots = open_slots(conn, meeting).await?;
    answers_to(conn, meeting, &slots).await
}

/// `answers` when the open slots were read already (`open_slots`).
pub async fn answers_to(
    conn: &mut SqliteConnection,
    meeting: i64,
    slots: &[Slot],
) -> sqlx::Result<Vec<SlotAnswers>> {
    let rows: Vec<(i64, String, String)> = sqlx::query_as(
        "SELECT a.slot_id, a.party, a.answer FROM slot_answers a
         JOIN meeting_slots s ON s.id = a.slot_id
         WHERE s.meeting_id = ? AND s.withdrawn = 0",
    )
    .bind(meeting)
    .fetch_all(conn)
    .await?;
    Ok(slots
        .iter()
        .map(|s| SlotAnswers {
            slot: s.id,
            answers: rows
                .iter()
                .filter(|(id, _, _)| *id == s.id)
                .filter_map(|(_, p, a)| Some((Party::parse(p)?, SlotAnswer::parse(a)?)))
                .collect(),
        })
        .collect())
}

/// The message id of a meeting's answers board in a private chat and the language stored for
/// that chat's person, in one query (`board` and `users::lang`).
pub async fn board_and_lang(
    conn: &mut SqliteConnection,
    meeting: i64,
    chat: crate::domain::ChatId,
) -> sqlx::Result<(Option<i32>, Option<crate::domain::Lang>)> {
    let (board, lang): (Option<i32>, Option<String>) = sqlx::query_as(
        "SELECT (SELECT message_id FROM meeting_boards WHERE meeting_id = ?1 AND chat_id = ?2),
             (SELECT lang FROM users WHERE tg_user_id = ?2)",
    )
    .bind(meeting)
    .bind(chat.0)
    .fetch_one(conn)
    .await?;
    Ok((
        board,
        lang.as_deref().and_then(crate::domain::Lang::from_id),
    ))
}

/// The message id of a meeting's answers board in a chat, once it was sent (issue 12).
pub async fn board(
    conn: &mut SqliteConnection,
    meeting: i64,
    chat: crate::domain::ChatId,
) -> sqlx::Result<Option<i32>> {
    sqlx::query_scalar("SELECT message_id FROM meeting_boards WHERE meeting_id = ? AND chat_id = ?")
        .bind(meeting)
        .bind(chat.0)
        .fetch_optional(conn)
        .await
}

/// Records where a meeting's answers board was sent (a newer one replaces it).
pub async fn set_board(
    conn: &mut SqliteConnection,
    meeting: i64,
    chat: crate::domain::ChatId,
    message_id: i32,
) -> sqlx::Result<()> {
    sqlx::query(
        "INSERT INTO meeting_boards (meeting_id, chat_id, message_id) VALUES (?, ?, ?)
         ON CONFLICT (meeting_id, chat_id) DO UPDATE SET message_id = excluded.message_id",
    )
    .bind(meeting)
    .bind(chat.0)
    .bind(message_id)
    .execute(conn)
    .await?;
    Ok(())
}
