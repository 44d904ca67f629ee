//! Scheduling a meeting, who hears what (issue 4): the listeners of a case, the message with
//! time, place and interpreter in each reader's language (staff also get the `.ics` and the
//! change buttons), and the reminders of a confirmed meeting.

use sqlx::SqliteConnection;

use crate::app::common::words::{agenda_lines, where_msg};
use crate::app::meeting::propose::interpreter_msg;
use crate::app::prepare::agenda_view::points_of;
use crate::app::{App, Attachment, AttachmentKind, CalendarDoc, Outgoing, recipient_lang};
use crate::app::{MeetingAction as A, meeting::mbutton};
use crate::domain::{CaseId, ChatId, Lang, Party, ReminderKind};
use crate::i18n::Msg;
use crate::store::{self, meetings::Meeting, meetings::Status, outbox::NewReminder};
use crate::workflow::prepare::agenda::Point;

/// Who hears about a meeting: each member in a private chat (with their party) and every group
/// following the case (in Dutch).
pub(in crate::app) struct Listener {
    pub chat: ChatId,
    pub lang: Lang,
    pub party: Option<Party>,
}

impl App {
    pub(in crate::app) async fn listeners(
        &self,
        conn: &mut SqliteConnection,
        case: CaseId,
    ) -> anyhow::Result<Vec<Listener>> {
        let Some(c) = store::cases::get(conn, case).await? else {
            anyhow::bail!("case {case} vanished");
        };
        let mut out = Vec::new();
        for m in store::cases::members(conn, case).await? {
            let default = if m.party.is_staff() {
                Lang::Nl
            } else {
                Lang::En
            };
            let lang = recipient_lang(conn, m.user, default).await?;
            out.push(Listener {
                chat: ChatId::from(m.user),
                lang,
                party: Some(m.party),
            });
        }
        for chat in store::groups::following(conn, case, c.coa_org, c.gemeente_org).await? {
            out.push(Listener {
                chat,
                lang: Lang::Nl,
                party: None,
            });
        }
        Ok(out)
    }

    /// MeetingSoon two days and two hours before (each listener its own row), the proposer's
    /// "what happened?" at the end time, and the interpreter check at its due date.
    pub(in crate::app) async fn schedule_meeting_reminders(
        &self,
        conn: &mut SqliteConnection,
        m: &Meeting,
    ) -> anyhow::Result<()> {
        let now = self.clock.now();
        let (Some(start), Some(end)) = (m.starts_at, m.ends_at) else {
            return Ok(());
        };
        let row = |kind, chat, due_at| NewReminder {
            kind,
            case: m.case,
            subject: Some(m.id),
            chat,
            due_at,
        };
        for l in self.listeners(conn, m.case).await? {
            // Preparation still open (issue 6): each party gets what is missing from them.
            let prepare_at = start - self.policy.preparation_before;
            if prepare_at > now {
                let r = row(ReminderKind::PreparationOpen, l.chat, prepare_at);
                store::outbox::schedule_about(conn, &r, Some(start), now).await?;
            }
            // `about` the meeting's start: in the quiet hours a reminder that the morning would
            // make useless goes out the evening before instead.
            for before in self.policy.meeting_before.clone() {
                if start - before > now {
                    let r = row(ReminderKind::MeetingSoon, l.chat, start - before);
                    store::outbox::schedule_about(conn, &r, Some(start), now).await?;
                }
            }
        }
        store::outbox::schedule(
            conn,
            &row(ReminderKind::MeetingSoon, m.proposer_chat, end),
            now,
        )
        .await?;
        if let (Some(_), false, Some(due)) =
            (m.interpreter, m.interpreter_booked, m.interpreter_due)
        {
            store::outbox::schedule(
                conn,
                &row(
                    ReminderKind::InterpreterNotBooked,
                    m.proposer_chat,
                    due.max(now),
                ),
                now,
            )
            .await?;
        }
        Ok(())
    }

    /// One message per listener about a confirmed (or changed) meeting: with the time, place
    /// and interpreter; staff also get the `.ics` and the change buttons.
    pub(in crate::app) async fn tell_all(
        &self,
        conn: &mut SqliteConnection,
        m: &Meeting,
        head: impl Fn(Option<Party>) -> Msg,
    ) -> anyhow::Result<Vec<Outgoing>> {
        let Some(case) = store::cases::get(conn, m.case).await? else {
            anyhow::bail!("case vanished");
        };
        let Some(start) = m.starts_at else {
            anyhow::bail!("meeting {} has no time", m.id);
        };
        let calendar = CalendarDoc {
            meeting: m.id,
            sequence: m.sequence,
            start,
            end: m.ends_at.unwrap_or(start),
            title: Msg::new("meeting-ics-title").code("reference", case.reference.clone()),
            location: where_msg(m),
            cancelled: m.status == Status::Cancelled,
            stamp: self.clock.now(),
        };
        // A confirmed (or moved) meeting carries its agenda (issue 6).
        let agenda = match m.status {
            Status::Confirmed => points_of(conn, m).await?,
            _ => Vec::new(),
        };
        let mut out = Vec::new();
        for l in self.listeners(conn, m.case).await? {
            let msg = head(l.party)
                .date_time("at", start)
                .msg("place", where_msg(m))
                .msg("interpreter", interpreter_msg(m.interpreter));
            let msg = with_agenda(msg, &agenda);
            let mut o = Outgoing::new(l.chat, l.lang, msg);
            if m.status == Status::Confirmed && l.party.is_some() {
                let mut rows = vec![vec![mbutton(
                    Msg::new("meeting-button-cant-come"),
                    A::CantCome(m.id),
                )]];
                if l.party.is_some_and(Party::is_staff) {
                    rows.push(vec![
                        mbutton(Msg::new("meeting-button-move"), A::Move(m.id)),
                        mbutton(Msg::new("meeting-button-cancel"), A::Cancel(m.id)),
                    ]);
                    if m.interpreter.is_some() && !m.interpreter_booked {
                        rows.push(vec![mbutton(
                            Msg::new("meeting-button-interpreter-booked"),
                            A::Booked(m.id),
                        )]);
                    }
                }
                o = o.buttons(rows);
            }
            if l.party.is_some_and(Party::is_staff) {
                o = o.attach(Attachment {
                    kind: AttachmentKind::Document,
                    file_name: format!("driegesprek-{}.ics", m.id),
                    bytes: Vec::new(),
                });
                o.calendar = Some(Box::new(calendar.clone()));
            }
            out.push(o);
        }
        Ok(out)
    }
}

/// The meeting message followed by its numbered agenda; unchanged without one.
fn with_agenda(msg: Msg, agenda: &[Point]) -> Msg {
    if agenda.is_empty() {
        return msg;
    }
    Msg::new("prep-agenda-with")
        .msg("message", msg)
        .lines("items", agenda_lines(agenda))
}
