-- The inbox (issue 14): every update fetched from Telegram is written here before Telegram is
-- told it arrived (the next getUpdates offset), so that a process killed between fetching and
-- handling replays it at the next start instead of losing it. Times are RFC 3339 text in UTC,
-- always bound from Rust.
-- Append-only: never edit this file once released; add a new migration instead.

-- `body` is the update as JSON (it holds what the person typed), kept only until it is handled:
-- then body, chat and user are cleared and the row keeps the update id and its times, so that a
-- restart knows where Telegram's offset stands and a redelivered update is not taken twice. An
-- erasure clears the rows of the holder's chat that are still waiting. Handled rows are pruned
-- after a week, with the processed update ids.
CREATE TABLE inbox (
    update_id    INTEGER PRIMARY KEY,
    chat_id      INTEGER NOT NULL DEFAULT 0,
    user_id      INTEGER NOT NULL DEFAULT 0,
    body         TEXT,
    received_at  TEXT NOT NULL,
    handled_at   TEXT
);
-- The waiting updates, in order (replayed at start-up; an erasure looks among them).
CREATE INDEX inbox_waiting ON inbox (update_id) WHERE body IS NOT NULL;
CREATE INDEX inbox_age ON inbox (received_at);
