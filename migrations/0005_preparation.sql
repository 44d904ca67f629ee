-- Preparing the driegesprek (issue 6): the status holder's questionnaire answers, their own
-- questions as typed, their consent history (append-only) and the checklist per party.
-- Times are RFC 3339 text in UTC, always bound from Rust. Kept per case; meetings (issue 4) can
-- later add a meeting_id column.

-- One row per question asked: `value` is the stored code of the answer, NULL when skipped.
CREATE TABLE prep_answers (
    case_id      INTEGER NOT NULL REFERENCES cases (id),
    question     TEXT NOT NULL,
    value        TEXT,
    answered_at  TEXT NOT NULL,
    PRIMARY KEY (case_id, question)
);

-- "Questions I want to ask", as typed (at most 500 characters); NULL text: skipped.
CREATE TABLE prep_own_questions (
    case_id      INTEGER PRIMARY KEY REFERENCES cases (id),
    text         TEXT,
    updated_at   TEXT NOT NULL
);

-- Every consent decision, never updated or deleted: the latest per part counts.
CREATE TABLE prep_consents (
    id              INTEGER PRIMARY KEY,
    case_id         INTEGER NOT NULL REFERENCES cases (id),
    tg_user_id      INTEGER NOT NULL,
    part            TEXT NOT NULL CHECK (part IN ('answers', 'questions')),
    granted         INTEGER NOT NULL CHECK (granted IN (0, 1)),
    notice_version  INTEGER NOT NULL,
    at              TEXT NOT NULL
);
CREATE INDEX prep_consents_by_case ON prep_consents (case_id, part);

-- Ticked checklist items; unticking deletes the row.
CREATE TABLE prep_checks (
    case_id      INTEGER NOT NULL REFERENCES cases (id),
    item         TEXT NOT NULL,
    done_at      TEXT NOT NULL,
    done_by      INTEGER NOT NULL,
    PRIMARY KEY (case_id, item)
);
