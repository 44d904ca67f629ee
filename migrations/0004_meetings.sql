-- Meetings (issue 4): a case can have any number. A meeting is proposed with 2 to 6 slots, each
-- party answers per slot, the proposer confirms one; then it can move, be cancelled, and end as
-- held or with someone absent. Times are RFC 3339 text in UTC, always bound from Rust.
-- Append-only: never edit this file once released; add a new migration instead.

CREATE TABLE meetings (
    id                     INTEGER PRIMARY KEY,
    case_id                INTEGER NOT NULL REFERENCES cases (id),
    -- Who proposed it and where they did (a group or their private chat): asked to confirm
    -- and, after the meeting, what happened.
    proposer               INTEGER NOT NULL,
    proposer_chat          INTEGER NOT NULL,
    place                  TEXT NOT NULL CHECK (place IN ('azc', 'townhall', 'video', 'phone')),
    video_link             TEXT,
    -- NULL: no interpreter needed.
    interpreter_lang       TEXT,
    interpreter_by         TEXT CHECK (interpreter_by IN ('coa', 'gemeente')),
    interpreter_due        TEXT,
    interpreter_booked_at  TEXT,
    status                 TEXT NOT NULL DEFAULT 'proposed'
                           CHECK (status IN ('proposed', 'confirmed', 'cancelled', 'held', 'absent')),
    starts_at              TEXT,
    ends_at                TEXT,
    -- RFC 5545 SEQUENCE of the calendar entry: raised on every move or cancellation.
    sequence               INTEGER NOT NULL DEFAULT 0,
    absent_party           TEXT CHECK (absent_party IN ('coa', 'gemeente', 'holder')),
    created_at             TEXT NOT NULL,
    updated_at             TEXT NOT NULL
);
CREATE INDEX meetings_by_case ON meetings (case_id);

-- The proposed times of a meeting; `withdrawn` once the meeting is confirmed, moved or
-- re-proposed, so old buttons no longer count.
CREATE TABLE meeting_slots (
    id          INTEGER PRIMARY KEY,
    meeting_id  INTEGER NOT NULL REFERENCES meetings (id),
    starts_at   TEXT NOT NULL,
    withdrawn   INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX meeting_slots_by_meeting ON meeting_slots (meeting_id);

-- One answer per party per slot (the latest counts); missing means unanswered, never "cannot".
CREATE TABLE slot_answers (
    slot_id      INTEGER NOT NULL REFERENCES meeting_slots (id),
    party        TEXT NOT NULL CHECK (party IN ('coa', 'gemeente', 'holder')),
    tg_user_id   INTEGER NOT NULL,
    answer       TEXT NOT NULL CHECK (answer IN ('can', 'cannot', 'if_needed')),
    answered_at  TEXT NOT NULL,
    PRIMARY KEY (slot_id, party)
);
