-- The status holder's rights (issue 14): seeing their data (/mydata), asking to erase it
-- (/delete) and withdrawing from the bot (/stop); erasure and retention anonymise a case by one
-- code path (`store::privacy::erase`). Times are RFC 3339 text in UTC, always bound from Rust.
-- Append-only: never edit this file once released; add a new migration instead.

-- When a case was anonymised (by a request of its status holder or by the retention period):
-- its name, typed texts, answers, consents and chat ids are gone; the row, its dates and its
-- counts stay, so that the case is known to have existed.
ALTER TABLE cases ADD COLUMN erased_at TEXT;

-- A status holder asked to erase their data; the municipality erases it or says why it must
-- keep it (a fixed reason, so that the holder reads it in their language).
CREATE TABLE erasure_requests (
    id            INTEGER PRIMARY KEY,
    case_id       INTEGER NOT NULL REFERENCES cases (id),
    requested_at  TEXT NOT NULL,
    status        TEXT NOT NULL DEFAULT 'asked' CHECK (status IN ('asked', 'erased', 'kept')),
    keep_reason   TEXT CHECK (keep_reason IN ('integration_duty', 'archive_law', 'legal_claim')),
    decided_by    INTEGER,
    decided_at    TEXT
);
CREATE UNIQUE INDEX erasure_requests_one_open ON erasure_requests (case_id) WHERE status = 'asked';

-- A person who sent /stop: nothing is sent to this chat any more (the outbox writes rows to it
-- as cancelled) until they send /start again. Keyed by chat, since that is where nothing may go.
CREATE TABLE stopped_chats (
    chat_id     INTEGER PRIMARY KEY,
    stopped_at  TEXT NOT NULL
);
