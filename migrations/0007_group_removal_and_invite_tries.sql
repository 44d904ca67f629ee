-- Issue 10. Removing the bot from a group ends its links: the row in group_links is deleted
-- (the audit log keeps that it happened), so no schema change is needed for that.
--
-- Invite guessing is limited: every unknown, used or expired invite link a Telegram user opens
-- is one row here; ten within an hour block that user's links for the rest of that hour. Rows
-- older than an hour no longer matter and are deleted whenever a new one is written.
CREATE TABLE invite_failures (
    id          INTEGER PRIMARY KEY,
    tg_user_id  INTEGER NOT NULL,
    at          TEXT NOT NULL
);

CREATE INDEX invite_failures_by_user ON invite_failures (tg_user_id, at);
CREATE INDEX invite_failures_by_time ON invite_failures (at);
