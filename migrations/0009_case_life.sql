-- A case's life (issue 12). A case is closed with a reason and can be reopened within 30 days;
-- `closed_by` is the Telegram user id of the staff member who closed it.
ALTER TABLE cases ADD COLUMN closed_at TEXT;
ALTER TABLE cases ADD COLUMN closed_reason TEXT
    CHECK (closed_reason IN ('handed_over', 'moved_elsewhere', 'not_required', 'other'));
ALTER TABLE cases ADD COLUMN closed_by INTEGER;
-- When the municipal contact was asked once whether to close the case (housing date passed,
-- the meeting held), so the question is not asked again.
ALTER TABLE cases ADD COLUMN close_suggested_at TEXT;

-- A staff member offers a case to a colleague of the same organisation; the colleague accepts or
-- declines with a button. At most one open offer per case and side.
CREATE TABLE handovers (
    id          INTEGER PRIMARY KEY,
    case_id     INTEGER NOT NULL REFERENCES cases (id),
    party       TEXT NOT NULL CHECK (party IN ('coa', 'gemeente')),
    from_user   INTEGER NOT NULL,
    to_user     INTEGER NOT NULL,
    status      TEXT NOT NULL DEFAULT 'offered'
                CHECK (status IN ('offered', 'accepted', 'declined', 'void')),
    created_at  TEXT NOT NULL,
    done_at     TEXT
);
CREATE UNIQUE INDEX handovers_one_open ON handovers (case_id, party) WHERE status = 'offered';

-- An admin ended this staff member's access (`driegesprek staff revoke`): the row stays (their
-- name in the history) but they are no longer staff.
ALTER TABLE staff ADD COLUMN revoked_at TEXT;
