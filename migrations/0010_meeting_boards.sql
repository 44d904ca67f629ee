-- The one message per meeting round in the proposer's chat (a team group, mostly) that shows
-- every party's answer per time and is edited in place as answers arrive (issue 12): its
-- Telegram message id, recorded once it was sent.
CREATE TABLE meeting_boards (
    meeting_id  INTEGER NOT NULL REFERENCES meetings (id),
    chat_id     INTEGER NOT NULL,
    message_id  INTEGER NOT NULL,
    PRIMARY KEY (meeting_id, chat_id)
);
