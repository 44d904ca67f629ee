-- Preparation kept per meeting (issue 6). A case's meetings are prepared one after the other:
-- `meeting_no` is the meeting being prepared, 1 + the number of the case's meetings held before
-- it. A cancelled or missed meeting is not held, so its preparation carries over to the new date
-- (the papers to bring are still the same); after a held meeting the next one starts afresh.
-- The questionnaire answers stay per case: they describe the person, not a meeting, and asking
-- a person who reads little the same eleven questions again would be unkind.

CREATE TABLE prep_checks_v2 (
    case_id      INTEGER NOT NULL REFERENCES cases (id),
    meeting_no   INTEGER NOT NULL CHECK (meeting_no >= 1),
    item         TEXT NOT NULL,
    done_at      TEXT NOT NULL,
    done_by      INTEGER NOT NULL,
    PRIMARY KEY (case_id, meeting_no, item)
);
INSERT INTO prep_checks_v2 (case_id, meeting_no, item, done_at, done_by)
    SELECT c.case_id,
           1 + (SELECT COUNT(*) FROM meetings m WHERE m.case_id = c.case_id AND m.status = 'held'),
           c.item, c.done_at, c.done_by
    FROM prep_checks c;
DROP TABLE prep_checks;
ALTER TABLE prep_checks_v2 RENAME TO prep_checks;

CREATE TABLE prep_own_questions_v2 (
    case_id      INTEGER NOT NULL REFERENCES cases (id),
    meeting_no   INTEGER NOT NULL CHECK (meeting_no >= 1),
    text         TEXT,
    updated_at   TEXT NOT NULL,
    PRIMARY KEY (case_id, meeting_no)
);
INSERT INTO prep_own_questions_v2 (case_id, meeting_no, text, updated_at)
    SELECT q.case_id,
           1 + (SELECT COUNT(*) FROM meetings m WHERE m.case_id = q.case_id AND m.status = 'held'),
           q.text, q.updated_at
    FROM prep_own_questions q;
DROP TABLE prep_own_questions;
ALTER TABLE prep_own_questions_v2 RENAME TO prep_own_questions;

-- A meeting's agenda once staff reorder or extend it; until then it is generated from the
-- case's option (workflow::prepare_agenda). A point is one of the five plan items (`kind`,
-- translated for every reader) or a point staff typed (`text`, shown as typed).
CREATE TABLE meeting_agenda (
    meeting_id   INTEGER NOT NULL REFERENCES meetings (id),
    pos          INTEGER NOT NULL,
    kind         TEXT,
    text         TEXT,
    CHECK ((kind IS NULL) <> (text IS NULL)),
    PRIMARY KEY (meeting_id, pos)
);
-- Raised on every agenda edit: a button from an older agenda message is refused, not applied to
-- a list that has changed under it.
ALTER TABLE meetings ADD COLUMN agenda_version INTEGER NOT NULL DEFAULT 0;
