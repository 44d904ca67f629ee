//! The `PreparationOpen` reminder (issue 6; subject: a confirmed meeting): shortly before the
//! meeting, staff get the one-screen preparation overview of the case (what is done, what is
//! missing and from whom) and the status holder gets their documents still to bring. Rendered
//! from the data as it is when due; dropped when the meeting is no longer confirmed or has begun.
//! Scheduling belongs to the meeting's confirmation (`meeting/answer.rs`).

use sqlx::SqliteConnection;

use crate::app::common::words::open_papers;
use crate::app::prepare::staff::{for_meeting, overview};
use crate::app::{App, Composed, DueReminder, Outgoing};
use crate::domain::{Party, UserId};
use crate::i18n::Msg;
use crate::store::{self, meetings::Status};
use crate::workflow::prepare::checklist::progress;
use crate::workflow::prepare::consent::{Prepared, visible_to_staff};

impl App {
    pub(in crate::app) async fn compose_preparation_reminder(
        &self,
        conn: &mut SqliteConnection,
        r: &DueReminder,
    ) -> anyhow::Result<Composed> {
        let m = match self.reminder_meeting(conn, r).await? {
            Ok(m) => m,
            Err(reason) => return Ok(Composed::Drop(reason)),
        };
        let (Status::Confirmed, Some(start)) = (m.status, m.starts_at) else {
            return Ok(Composed::Drop("meeting_not_confirmed"));
        };
        if self.clock.now() >= start || m.case != r.case {
            return Ok(Composed::Drop("meeting_passed"));
        }
        let Some(case) = store::cases::get(conn, r.case).await? else {
            return Ok(Composed::Drop("case_gone"));
        };
        let lang = self.chat_lang(conn, r.chat).await?;
        let no = store::agenda::meeting_no(conn, r.case).await?;
        let ticks = store::prepare::ticks(conn, r.case, no).await?;
        let holder = store::cases::member(conn, r.case, UserId(r.chat.0))
            .await?
            .is_some_and(|me| me.party == Party::Holder && !r.chat.is_group());
        let msg = if holder {
            let open = open_papers(&ticks);
            if open.is_empty() {
                return Ok(Composed::Drop("nothing_open"));
            }
            Msg::new("prep-reminder-holder")
                .date_time("start", start)
                .lines("items", open)
        } else {
            let prepared = Prepared {
                answers: store::prepare::answers(conn, r.case).await?,
                own_questions: store::prepare::own_questions(conn, r.case, no)
                    .await?
                    .flatten(),
            };
            let history = store::prepare::consents(conn, r.case).await?;
            let view = visible_to_staff(&prepared, &history);
            let late = self.prep_late(conn, r.case).await?;
            let msg = overview(&case, &prepared, &view, &progress(&ticks), &late);
            Msg::new("prep-reminder-staff")
                .date_time("start", start)
                .msg("overview", for_meeting(msg, no, Some(&m)))
        };
        Ok(Composed::Send(vec![Outgoing::new(r.chat, lang, msg)]))
    }
}
