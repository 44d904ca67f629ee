//! Composing the meeting reminders when due (issue 4, rows written by `meeting/answer.rs`):
//! each is checked against the meeting as it is now and dropped when it no longer applies.
//! A `MeetingSoon` row due at or after the meeting's end time is the proposer's "what
//! happened?" question (documented in the README).

use sqlx::SqliteConnection;

use crate::app::common::words::where_msg;
use crate::app::{App, Composed, DueReminder, Outgoing};
use crate::app::{MeetingAction as A, meeting::mbutton};
use crate::domain::{Party, ReminderKind, UserId};
use crate::i18n::Msg;
use crate::store::{self, meetings::Status};
use crate::workflow::meeting::Outcome;
use crate::workflow::meeting::answers::answered_all;

impl App {
    pub(in crate::app) async fn compose_meeting_reminder(
        &self,
        conn: &mut SqliteConnection,
        r: &DueReminder,
    ) -> anyhow::Result<Composed> {
        let m = match self.reminder_meeting(conn, r).await? {
            Ok(m) => m,
            Err(reason) => return Ok(Composed::Drop(reason)),
        };
        let lang = self.chat_lang(conn, r.chat).await?;
        let now = self.clock.now();
        match r.kind {
            ReminderKind::MeetingSoon => {
                let (Status::Confirmed, Some(start), Some(end)) =
                    (m.status, m.starts_at, m.ends_at)
                else {
                    return Ok(Composed::Drop("meeting_not_confirmed"));
                };
                if r.due_at >= end {
                    let rows = [
                        Outcome::Held,
                        Outcome::Absent(Party::Holder),
                        Outcome::Absent(Party::Coa),
                        Outcome::Absent(Party::Gemeente),
                        Outcome::Cancelled,
                    ]
                    .into_iter()
                    .map(|o| vec![mbutton(outcome_msg(o), A::Outcome(m.id, o))])
                    .collect();
                    let msg = Msg::new("meeting-what-happened").date_time("at", start);
                    return Ok(Composed::Send(vec![
                        Outgoing::new(r.chat, lang, msg).buttons(rows),
                    ]));
                }
                if start <= now {
                    return Ok(Composed::Drop("meeting_passed"));
                }
                let msg = Msg::new("meeting-soon")
                    .date_time("at", start)
                    .msg("place", where_msg(&m));
                let mut out = Outgoing::new(r.chat, lang, msg);
                // A person can say "I can't come" right there (issue 12); a group cannot.
                if !r.chat.is_group() {
                    out = out.buttons(vec![vec![mbutton(
                        Msg::new("meeting-button-cant-come"),
                        A::CantCome(m.id),
                    )]]);
                }
                Ok(Composed::Send(vec![out]))
            }
            ReminderKind::SlotsUnanswered => {
                if m.status != Status::Proposed || r.chat.is_group() {
                    return Ok(Composed::Drop("round_over"));
                }
                let user = UserId(r.chat.0);
                let Some(me) = store::cases::member(conn, m.case, user).await? else {
                    return Ok(Composed::Drop("not_on_case"));
                };
                let answers = store::meetings::answers(conn, m.id).await?;
                if answered_all(&answers, me.party) {
                    return Ok(Composed::Drop("answered"));
                }
                let ask = self.slots_request(conn, m.id, user, me.party).await?;
                let nudge = Outgoing::new(r.chat, lang, Msg::new("meeting-slots-reminder"));
                Ok(Composed::Send(vec![nudge, ask]))
            }
            ReminderKind::InterpreterNotBooked => {
                let (Status::Confirmed, Some(start), Some(l), false) =
                    (m.status, m.starts_at, m.interpreter, m.interpreter_booked)
                else {
                    return Ok(Composed::Drop("not_needed"));
                };
                if start <= now {
                    return Ok(Composed::Drop("meeting_passed"));
                }
                let msg = Msg::new("meeting-interpreter-reminder")
                    .lang("language", l)
                    .date_time("at", start);
                let rows = vec![vec![mbutton(
                    Msg::new("meeting-button-interpreter-booked"),
                    A::Booked(m.id),
                )]];
                Ok(Composed::Send(vec![
                    Outgoing::new(r.chat, lang, msg).buttons(rows),
                ]))
            }
            _ => Ok(Composed::Drop("not_a_meeting_kind")),
        }
    }
}

fn outcome_msg(o: Outcome) -> Msg {
    match o {
        Outcome::Held => Msg::new("meeting-button-held"),
        Outcome::Cancelled => Msg::new("meeting-button-outcome-cancelled"),
        Outcome::Absent(p) => Msg::new("meeting-button-absent")
            .msg("party", crate::app::meeting::propose::party_msg(p)),
    }
}
