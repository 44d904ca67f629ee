-- Notices to other parties go through the outbox (issue 10): a row of kind 'notice' in
-- `reminders`, written in the same transaction as the change it tells about. `payload` is the
-- message as the app described it (JSON: message id and arguments, buttons, attachment), never
-- rendered text; it is cleared once the notice is sent, dropped, failed or cancelled, so names
-- do not linger in the outbox.
ALTER TABLE reminders ADD COLUMN payload TEXT;

-- The worker prunes the ids of updates handled more than a week ago, a page at a time.
CREATE INDEX processed_updates_age ON processed_updates (processed_at);
