//! The plan's reminders (issue 3): a day before an item is due (to its owner), a day after
//! (to its owner and the groups following the case), and a "does the plan still hold?" after a
//! long quiet period. Scheduled in the caller's transaction; composed at send time from the data
//! as it is then, and dropped when the item is done, cancelled or moved.

use chrono::{DateTime, Days, NaiveDate, TimeZone, Utc};
use sqlx::SqliteConnection;

use crate::app::common::words::{due_msg, item_what_for};
use crate::app::{App, Composed, DueReminder, Outgoing, recipient_lang};
use crate::domain::{CaseId, ChatId, Lang, Party, ReminderKind, UserId};
use crate::i18n::Msg;
use crate::store::{self, cases::Case, outbox::NewReminder};
use crate::workflow::plan::rules::ItemStatus;

/// 09:00 in Amsterdam on a date (07:00 or 08:00 UTC); the worker respects quiet hours anyway.
fn morning(date: NaiveDate) -> Option<DateTime<Utc>> {
    let local = date.and_hms_opt(9, 0, 0)?;
    chrono_tz::Europe::Amsterdam
        .from_local_datetime(&local)
        .earliest()
        .map(|t| t.with_timezone(&Utc))
}

impl App {
    /// The private chats of the members who own an item (COA staff, municipal staff or the
    /// status holder).
    async fn owner_chats(
        &self,
        conn: &mut SqliteConnection,
        case: CaseId,
        owner: Party,
    ) -> sqlx::Result<Vec<ChatId>> {
        Ok(store::cases::members(conn, case)
            .await?
            .into_iter()
            .filter(|m| m.party == owner)
            .map(|m| ChatId::from(m.user))
            .collect())
    }

    pub(crate) async fn schedule_item_reminders(
        &self,
        conn: &mut SqliteConnection,
        case: &Case,
        item: i64,
        owner: Party,
        due: Option<NaiveDate>,
        now: DateTime<Utc>,
    ) -> anyhow::Result<()> {
        let Some(due) = due else { return Ok(()) };
        // Whole days before, so the reminder comes in the morning (REMINDER_AGREEMENT_BEFORE).
        let days_before = u64::try_from(self.policy.agreement_due_before.num_days()).unwrap_or(0);
        let soon = due
            .checked_sub_days(Days::new(days_before))
            .and_then(morning);
        let late = due.checked_add_days(Days::new(1)).and_then(morning);
        let owners = self.owner_chats(conn, case.id, owner).await?;
        let groups =
            store::groups::following(conn, case.id, case.coa_org, case.gemeente_org).await?;
        let plan = [
            (ReminderKind::AgreementDueSoon, soon, owners.clone()),
            (
                ReminderKind::AgreementOverdue,
                late,
                [owners, groups].concat(),
            ),
        ];
        for (kind, at, chats) in plan {
            let Some(at) = at.filter(|t| *t > now) else {
                continue;
            };
            for chat in chats {
                let r = NewReminder {
                    kind,
                    case: case.id,
                    subject: Some(item),
                    chat,
                    due_at: at,
                };
                store::outbox::schedule(conn, &r, now).await?;
            }
        }
        Ok(())
    }

    pub(crate) async fn cancel_item_reminders(
        &self,
        conn: &mut SqliteConnection,
        item: i64,
        now: DateTime<Utc>,
    ) -> anyhow::Result<()> {
        for kind in [
            ReminderKind::AgreementDueSoon,
            ReminderKind::AgreementOverdue,
        ] {
            store::outbox::cancel(conn, kind, item, now).await?;
        }
        Ok(())
    }

    /// Activity on the case: the long-wait question moves to `policy.long_wait_after` from now.
    pub(crate) async fn touch_long_wait(
        &self,
        conn: &mut SqliteConnection,
        case: CaseId,
        now: DateTime<Utc>,
    ) -> anyhow::Result<()> {
        store::outbox::cancel(conn, ReminderKind::LongWait, case.0, now).await?;
        let Some(at) = now.checked_add_signed(self.policy.long_wait_after) else {
            return Ok(());
        };
        for m in store::cases::members(conn, case).await? {
            if m.party == Party::Coa {
                continue;
            }
            let r = NewReminder {
                kind: ReminderKind::LongWait,
                case,
                subject: Some(case.0),
                chat: ChatId::from(m.user),
                due_at: at,
            };
            store::outbox::schedule(conn, &r, now).await?;
        }
        Ok(())
    }

    /// Renders a due plan reminder from the data as it is now, or drops it.
    pub(crate) async fn compose_plan_reminder(
        &self,
        conn: &mut SqliteConnection,
        r: &DueReminder,
    ) -> anyhow::Result<Composed> {
        let Some(case) = store::cases::get(conn, r.case).await? else {
            return Ok(Composed::Drop("gone"));
        };
        if !case.open {
            return Ok(Composed::Drop("closed"));
        }
        let lang = match r.chat.is_group() {
            true => Lang::Nl,
            false => recipient_lang(conn, UserId(r.chat.0), Lang::En).await?,
        };
        let mut buttons = Vec::new();
        // "No activity" counts everything recorded on the case, not only the plan (issue 12):
        // something happened since the question was planned, so it waits from then.
        let mut quiet_days = self.policy.long_wait_after.num_days();
        if r.kind == ReminderKind::LongWait
            && let Some(last) = store::life::last_activity(conn, case.id).await?
        {
            let due = last + self.policy.long_wait_after;
            let now = self.clock.now();
            if due > now + chrono::Duration::hours(1) {
                let again = NewReminder {
                    kind: ReminderKind::LongWait,
                    case: case.id,
                    subject: Some(case.id.0),
                    chat: r.chat,
                    due_at: due,
                };
                store::outbox::schedule(conn, &again, now).await?;
                return Ok(Composed::Drop("activity_since"));
            }
            quiet_days = (now - last).num_days();
        }
        let msg = if r.kind == ReminderKind::LongWait {
            let holder = crate::app::plan::access::holder_of(conn, case.id).await?;
            let is_holder = holder == Some(UserId(r.chat.0));
            // Staff buttons are the same for either organisation.
            let party = if is_holder {
                Party::Holder
            } else {
                Party::Gemeente
            };
            buttons = crate::app::plan::long_wait::long_wait_buttons(case.id, party);
            match is_holder {
                true => Msg::new("plan-long-wait-holder"),
                false => Msg::new("plan-long-wait-staff-days")
                    .code("reference", case.reference)
                    .num("days", quiet_days),
            }
        } else {
            let Some(item) = store::plan::item(conn, r.subject.unwrap_or(-1)).await? else {
                return Ok(Composed::Drop("gone"));
            };
            if item.status != ItemStatus::Planned {
                return Ok(Composed::Drop("done"));
            }
            let id = match r.kind {
                ReminderKind::AgreementDueSoon => "plan-due-soon",
                _ => "plan-overdue",
            };
            // To the status holder in plain words (issue 15).
            let holder = crate::app::plan::access::holder_of(conn, case.id).await?;
            let reader = if holder == Some(UserId(r.chat.0)) {
                Party::Holder
            } else {
                Party::Gemeente
            };
            Msg::new(id)
                .code("reference", case.reference)
                .msg("what", item_what_for(&item, reader))
                .msg("due", due_msg(item.due))
        };
        Ok(Composed::Send(vec![
            Outgoing::new(r.chat, lang, msg).buttons(buttons),
        ]))
    }
}
