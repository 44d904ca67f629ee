-- Foundation: organisations, staff, users, cases, invites, group chats, dialog state,
-- processed updates and the audit log. Times are RFC 3339 text in UTC, always bound from Rust.
-- Append-only: never edit this file once released; add a new migration instead.

CREATE TABLE orgs (
    id          INTEGER PRIMARY KEY,
    kind        TEXT NOT NULL CHECK (kind IN ('coa', 'gemeente')),
    name        TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    UNIQUE (kind, name)
);

-- Every Telegram user the bot has talked to with a stored language choice.
CREATE TABLE users (
    tg_user_id     INTEGER PRIMARY KEY,
    lang           TEXT NOT NULL,
    lang_explicit  INTEGER NOT NULL DEFAULT 0,
    created_at     TEXT NOT NULL
);

CREATE TABLE staff (
    id            INTEGER PRIMARY KEY,
    tg_user_id    INTEGER NOT NULL UNIQUE,
    org_id        INTEGER NOT NULL REFERENCES orgs (id),
    display_name  TEXT NOT NULL,
    joined_at     TEXT NOT NULL
);

CREATE TABLE cases (
    id                INTEGER PRIMARY KEY,
    reference         TEXT NOT NULL,
    holder_name       TEXT NOT NULL,
    owner_org_id      INTEGER NOT NULL REFERENCES orgs (id),
    coa_org_id        INTEGER NOT NULL REFERENCES orgs (id),
    gemeente_org_id   INTEGER NOT NULL REFERENCES orgs (id),
    matching_date     TEXT NOT NULL,
    housing_date      TEXT,
    status            TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
    created_by        INTEGER NOT NULL REFERENCES staff (id),
    created_at        TEXT NOT NULL,
    UNIQUE (owner_org_id, reference)
);

-- Who is on a case: staff of either organisation, and the status holder.
CREATE TABLE case_members (
    case_id        INTEGER NOT NULL REFERENCES cases (id),
    tg_user_id     INTEGER NOT NULL,
    party          TEXT NOT NULL CHECK (party IN ('coa', 'gemeente', 'holder')),
    joined_at      TEXT NOT NULL,
    privacy_ack_at TEXT,
    PRIMARY KEY (case_id, tg_user_id)
);
-- One status holder per case.
CREATE UNIQUE INDEX case_members_one_holder ON case_members (case_id) WHERE party = 'holder';
CREATE INDEX case_members_by_user ON case_members (tg_user_id);

CREATE TABLE invites (
    id           INTEGER PRIMARY KEY,
    token_hash   TEXT NOT NULL UNIQUE,
    purpose      TEXT NOT NULL CHECK (purpose IN ('staff', 'case_staff', 'holder')),
    org_id       INTEGER REFERENCES orgs (id),
    case_id      INTEGER REFERENCES cases (id),
    max_uses     INTEGER NOT NULL CHECK (max_uses > 0),
    uses         INTEGER NOT NULL DEFAULT 0,
    expires_at   TEXT NOT NULL,
    created_at   TEXT NOT NULL
);

-- A team group follows all cases of its organisation, or one case.
CREATE TABLE group_links (
    chat_id     INTEGER PRIMARY KEY,
    org_id      INTEGER NOT NULL REFERENCES orgs (id),
    case_id     INTEGER REFERENCES cases (id),
    linked_by   INTEGER NOT NULL REFERENCES staff (id),
    linked_at   TEXT NOT NULL
);

-- Conversation state, per chat and per user (three people in one group each have their own).
CREATE TABLE dialogs (
    chat_id     INTEGER NOT NULL,
    tg_user_id  INTEGER NOT NULL,
    state       TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    PRIMARY KEY (chat_id, tg_user_id)
);

CREATE TABLE processed_updates (
    update_id     INTEGER PRIMARY KEY,
    processed_at  TEXT NOT NULL
);

-- Ids only: never names or message text.
CREATE TABLE audit_log (
    id          INTEGER PRIMARY KEY,
    at          TEXT NOT NULL,
    actor       INTEGER,
    action      TEXT NOT NULL,
    case_id     INTEGER,
    subject     INTEGER
);
