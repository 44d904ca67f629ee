-- The reminder outbox (issue 5): one row per message to push at a given time, written in the
-- same transaction as the change that causes it. Times are Unix seconds (UTC), so that the due
-- index compares integers. Rows are never deleted by the app: their status records what happened.

CREATE TABLE reminders (
    id               INTEGER PRIMARY KEY,
    kind             TEXT NOT NULL,
    case_id          INTEGER NOT NULL REFERENCES cases (id),
    -- What the reminder is about, per kind: a meeting, an agreement item, ... (NULL: the case).
    subject_id       INTEGER,
    -- Where it goes: a person's private chat or a group chat.
    chat_id          INTEGER NOT NULL,
    -- When it is due, and when the worker may next try (quiet hours, backoff).
    due_at           INTEGER NOT NULL,
    next_attempt_at  INTEGER NOT NULL,
    -- The moment the reminder is about (a meeting's start), when the scheduler knows it: the
    -- quiet hours never defer a reminder so far that less than half of its notice is left.
    about_at         INTEGER,
    -- When it is meant to go out once fitted around the quiet hours; NULL until the worker has
    -- planned it (it plans a day ahead, so that it can also move a reminder earlier).
    send_at          INTEGER,
    status           TEXT NOT NULL DEFAULT 'pending'
                     CHECK (status IN ('pending', 'claimed', 'sent', 'dropped', 'failed', 'cancelled')),
    attempts         INTEGER NOT NULL DEFAULT 0,
    claimed_at       INTEGER,
    done_at          INTEGER,
    -- Why it was dropped, failed or cancelled (a fixed reason code, never message text).
    outcome          TEXT,
    created_at       INTEGER NOT NULL
);

-- The worker's query: planned pending rows whose next attempt is due, oldest first.
CREATE INDEX reminders_pending ON reminders (next_attempt_at)
    WHERE status = 'pending' AND send_at IS NOT NULL;
-- Rows still to fit around the quiet hours.
CREATE INDEX reminders_unplanned ON reminders (next_attempt_at)
    WHERE status = 'pending' AND send_at IS NULL;
-- Claims whose lease ran out (the process died between claiming and recording).
CREATE INDEX reminders_claimed ON reminders (claimed_at) WHERE status = 'claimed';
-- Cancelling or moving the reminders of one subject.
CREATE INDEX reminders_subject ON reminders (kind, subject_id);
-- Stopping every reminder to a chat that can no longer be reached.
CREATE INDEX reminders_chat ON reminders (chat_id) WHERE status = 'pending';
