-- The handover plan (issue 3): one plan per case, its items (the five standard items, common
-- agreements and free-text agreements), who confirmed which version, and the append-only history
-- of every change. Times are RFC 3339 text in UTC, bound from Rust; dates are YYYY-MM-DD.

CREATE TABLE plans (
    case_id      INTEGER PRIMARY KEY REFERENCES cases (id),
    option       TEXT NOT NULL CHECK (option IN ('fast_start', 'combined', 'after_housing')),
    -- Whether the status holder follows COA's programme: option 1 'will_not'; else asked first.
    programme    TEXT NOT NULL CHECK (programme IN ('will_not', 'asked', 'agrees', 'declines')),
    -- Goes up on every change that parties must (re)confirm.
    version      INTEGER NOT NULL DEFAULT 1,
    -- The version last sent round for confirmation (NULL: not sent yet).
    sent_version INTEGER,
    updated_at   TEXT NOT NULL
);

CREATE TABLE plan_items (
    id          INTEGER PRIMARY KEY,
    case_id     INTEGER NOT NULL REFERENCES cases (id),
    kind        TEXT NOT NULL,
    -- Staff's own words for a free-text agreement (shown as typed, marked not translated).
    text        TEXT,
    owner       TEXT NOT NULL CHECK (owner IN ('coa', 'gemeente', 'holder')),
    due_date    TEXT,
    place       TEXT,
    status      TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'done', 'cancelled')),
    -- Optimistic concurrency: an edit names the version it saw.
    version     INTEGER NOT NULL DEFAULT 1,
    created_at  TEXT NOT NULL
);
CREATE INDEX plan_items_by_case ON plan_items (case_id);

CREATE TABLE plan_confirmations (
    case_id     INTEGER NOT NULL REFERENCES cases (id),
    tg_user_id  INTEGER NOT NULL,
    version     INTEGER NOT NULL,
    answer      TEXT NOT NULL CHECK (answer IN ('agree', 'question')),
    at          TEXT NOT NULL,
    PRIMARY KEY (case_id, tg_user_id, version)
);

-- Append-only: never updated or deleted.
CREATE TABLE plan_events (
    id          INTEGER PRIMARY KEY,
    case_id     INTEGER NOT NULL REFERENCES cases (id),
    item_id     INTEGER,
    actor       INTEGER,
    at          TEXT NOT NULL,
    field       TEXT NOT NULL,
    old         TEXT,
    new         TEXT
);
CREATE INDEX plan_events_by_case ON plan_events (case_id, id);
