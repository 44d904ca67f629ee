//! Composing reminders when they are due (issue 5): each kind is rendered from the data as it
//! is now, in the recipient's language now, or dropped with a reason when it no longer applies.
//! The worker that claims and sends them is `crate::reminders`.

use sqlx::SqliteConnection;

use super::{App, Outgoing};
use crate::domain::{CaseId, ChatId, Lang, Party, ReminderKind};
use crate::i18n::Msg;
use crate::store;

/// A due reminder as the worker hands it over.
#[derive(Debug, Clone, PartialEq)]
pub struct DueReminder {
    pub id: i64,
    pub kind: ReminderKind,
    pub case: CaseId,
    pub subject: Option<i64>,
    pub chat: ChatId,
    pub due_at: chrono::DateTime<chrono::Utc>,
    /// True when the worker finds it later than it should have been sent.
    pub late: bool,
}

/// What to do with a due reminder.
#[derive(Debug, Clone, PartialEq)]
pub enum Composed {
    Send(Vec<Outgoing>),
    /// No longer applies (the meeting has passed, the item is done): a fixed reason code.
    Drop(&'static str),
}

impl Composed {
    /// Each message prefixed with the translated "sent later than planned" marker.
    pub fn marked_late(self) -> Self {
        match self {
            Composed::Send(outs) => Composed::Send(
                outs.into_iter()
                    .map(|mut o| {
                        o.text = Msg::new("reminder-late").msg("message", o.text);
                        o
                    })
                    .collect(),
            ),
            drop => drop,
        }
    }
}

impl App {
    /// Renders a due reminder, or says why it should be dropped. Common to every kind but the
    /// notices: a case deleted or closed meanwhile gets nothing more. A late one is marked late.
    pub async fn compose_reminder(
        &self,
        conn: &mut SqliteConnection,
        r: &DueReminder,
    ) -> anyhow::Result<Composed> {
        // A notice tells what happened, so a case closed meanwhile does not void it.
        if r.kind != ReminderKind::Notice
            && let Some(reason) = self.reminder_void(conn, r).await?
        {
            return Ok(Composed::Drop(reason));
        }
        let composed = match self.compose_kind(conn, r).await? {
            Composed::Send(outs) => Composed::Send(self.tag_for_staff(conn, r.case, outs).await?),
            drop => drop,
        };
        Ok(if r.late {
            composed.marked_late()
        } else {
            composed
        })
    }

    /// The meeting a reminder is about, or why it cannot be found (the reason it is dropped).
    pub(in crate::app) async fn reminder_meeting(
        &self,
        conn: &mut SqliteConnection,
        r: &DueReminder,
    ) -> anyhow::Result<Result<store::meetings::Meeting, &'static str>> {
        let Some(id) = r.subject else {
            return Ok(Err("no_subject"));
        };
        Ok(store::meetings::get(conn, id).await?.ok_or("meeting_gone"))
    }

    /// Why a reminder no longer applies whatever its kind: its case was deleted or closed.
    pub async fn reminder_void(
        &self,
        conn: &mut SqliteConnection,
        r: &DueReminder,
    ) -> anyhow::Result<Option<&'static str>> {
        Ok(match store::cases::get(conn, r.case).await? {
            None => Some("case_gone"),
            Some(case) if !case.open => Some("case_closed"),
            Some(_) => None,
        })
    }

    /// The staff's notices that a chat of the case cannot be reached anymore: to the case's
    /// staff in their private chats and to the groups following the case, never to that chat.
    pub async fn chat_unreachable_notices(
        &self,
        conn: &mut SqliteConnection,
        r: &DueReminder,
    ) -> anyhow::Result<Vec<Outgoing>> {
        let Some(case) = store::cases::get(conn, r.case).await? else {
            return Ok(Vec::new());
        };
        let members = store::cases::members(conn, r.case).await?;
        let gone = members.iter().find(|m| ChatId::from(m.user) == r.chat);
        let (kind, name) = match gone {
            _ if r.chat.is_group() => ("group", String::new()),
            Some(m) if m.party == Party::Holder => ("holder", case.holder_name.clone()),
            Some(m) => ("staff", m.staff_name.clone().unwrap_or_default()),
            None => ("group", String::new()),
        };
        let msg = Msg::new("reminder-chat-unreachable")
            .code("kind", kind)
            .name("name", name)
            .code("case", case.reference.clone());
        let mut out = Vec::new();
        for m in members.iter().filter(|m| m.party != Party::Holder) {
            let chat = ChatId::from(m.user);
            if chat != r.chat {
                let lang = super::recipient_lang(conn, m.user, Lang::Nl).await?;
                out.push(Outgoing::new(chat, lang, msg.clone()));
            }
        }
        let groups =
            store::groups::following(conn, r.case, case.coa_org, case.gemeente_org).await?;
        for chat in groups.into_iter().filter(|g| *g != r.chat) {
            out.push(Outgoing::new(chat, Lang::Nl, msg.clone()));
        }
        Ok(out)
    }

    /// One arm per kind: each feature renders its own (issues 3, 4 and 6).
    async fn compose_kind(
        &self,
        conn: &mut SqliteConnection,
        r: &DueReminder,
    ) -> anyhow::Result<Composed> {
        match r.kind {
            ReminderKind::MeetingSoon
            | ReminderKind::SlotsUnanswered
            | ReminderKind::InterpreterNotBooked => self.compose_meeting_reminder(conn, r).await,
            ReminderKind::PreparationOpen => self.compose_preparation_reminder(conn, r).await,
            ReminderKind::AgreementDueSoon
            | ReminderKind::AgreementOverdue
            | ReminderKind::LongWait => self.compose_plan_reminder(conn, r).await,
            ReminderKind::Notice => self.compose_notice(conn, r).await,
        }
    }
}
