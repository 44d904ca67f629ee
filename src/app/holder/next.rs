//! What happens next for a status holder, as `/menu` shows it below their contacts (DESIGN:
//! Amanuel must always know, in his language, what happens next, when, where and what to
//! bring): their next meeting (its time and place, or that a time is being chosen), the papers
//! still to bring to it, and their own next task from the plan. A fresh case, with none of
//! these, keeps the general steps ("the municipality chooses ..., you get a message ...").

use sqlx::SqliteConnection;

use crate::app::common::words::{due_msg, item_what_for, open_papers, where_msg};
use crate::domain::{CaseId, Party};
use crate::i18n::Msg;
use crate::store::{self, meetings::Meeting, meetings::Status, plan::Item as PlanItem};
use crate::workflow::plan::rules::ItemStatus;
use crate::workflow::prepare::checklist::Ticks;

/// The parts below the contacts, one `.lines()` entry each, in reading order.
/// `meeting` is the case's next meeting to prepare (`store::meetings::upcoming`), read with it.
pub(in crate::app) async fn next_parts(
    conn: &mut SqliteConnection,
    case: CaseId,
    meeting: Option<&Meeting>,
) -> anyhow::Result<Vec<Msg>> {
    let task = own_next_task(store::plan::items(conn, case).await?);
    let mut parts = Vec::new();
    match meeting {
        Some(m) => {
            parts.push(meeting_msg(m));
            // The checklist belongs to the meeting being prepared (1 + meetings held).
            parts.push(bring_msg(&store::prepare::ticks_now(conn, case).await?));
        }
        None if task.is_none() => return Ok(vec![Msg::new("holder-next-fresh")]),
        None => parts.push(Msg::new("holder-next-none")),
    }
    parts.extend(task.as_ref().map(task_msg));
    Ok(parts)
}

/// A confirmed meeting with its time and place; otherwise a time is still being chosen.
fn meeting_msg(m: &Meeting) -> Msg {
    match (m.status, m.starts_at) {
        (Status::Confirmed, Some(at)) => Msg::new("holder-next-meeting")
            .date_time("at", at)
            .msg("where", where_msg(m)),
        _ => Msg::new("holder-next-choosing"),
    }
}

/// The holder's papers not yet ticked, or that everything is ready.
fn bring_msg(ticks: &Ticks) -> Msg {
    let open = open_papers(ticks);
    if open.is_empty() {
        Msg::new("holder-next-bring-all")
    } else {
        Msg::new("holder-next-bring").lines("items", open)
    }
}

/// The holder's own open item due first (`items` come sorted by due date, undated last).
fn own_next_task(items: Vec<PlanItem>) -> Option<PlanItem> {
    items
        .into_iter()
        .find(|i| i.owner == Party::Holder && i.status == ItemStatus::Planned)
}

fn task_msg(item: &PlanItem) -> Msg {
    Msg::new("holder-next-task")
        .msg("what", item_what_for(item, Party::Holder))
        .msg("due", due_msg(item.due))
}

#[cfg(test)]
mod tests {
    use chrono::{DateTime, NaiveDate, Utc};

    use super::*;
    use crate::domain::{ChatId, PlanItemKind, UserId};
    use crate::workflow::meeting::Place;
    use crate::workflow::plan::ItemKind;
    use crate::workflow::prepare::checklist::Item;

    fn meeting(status: Status, starts_at: Option<DateTime<Utc>>) -> Meeting {
        Meeting {
            id: 1,
            case: CaseId(1),
            proposer: UserId(1),
            proposer_chat: ChatId(1),
            place: Place::Azc,
            video_link: None,
            interpreter: None,
            interpreter_by: None,
            interpreter_due: None,
            interpreter_booked: false,
            status,
            starts_at,
            ends_at: None,
            sequence: 0,
        }
    }

    fn item(id: i64, owner: Party, status: ItemStatus, due: Option<NaiveDate>) -> PlanItem {
        PlanItem {
            id,
            case: CaseId(1),
            kind: ItemKind::Standard(PlanItemKind::Introduction),
            text: None,
            owner,
            due,
            place: None,
            status,
            version: 1,
        }
    }

    #[test]
    fn only_a_confirmed_meeting_with_a_time_shows_when_and_where() {
        let at: DateTime<Utc> = "2026-04-02T08:00:00Z".parse().unwrap();
        let cases = [
            (Status::Confirmed, Some(at), "holder-next-meeting"),
            (Status::Confirmed, None, "holder-next-choosing"),
            (Status::Proposed, None, "holder-next-choosing"),
            (Status::Proposed, Some(at), "holder-next-choosing"),
        ];
        for (status, starts, id) in cases {
            assert_eq!(meeting_msg(&meeting(status, starts)).id, id, "{status:?}");
        }
    }

    #[test]
    fn the_papers_to_bring_leave_out_what_is_ticked_and_staff_items() {
        let at: DateTime<Utc> = "2026-03-20T08:00:00Z".parse().unwrap();
        let ticks: Ticks = [(Item::Permit, at), (Item::ClientProfile, at)].into();
        let open = |i: Item| Msg::new("prep-check-open").msg("item", Msg::new(i.msg_id()));
        assert_eq!(
            bring_msg(&ticks),
            Msg::new("holder-next-bring").lines(
                "items",
                vec![open(Item::BsnLetter), open(Item::Diplomas), open(Item::Cv)]
            )
        );
        let all: Ticks = Item::of(Party::Holder)
            .into_iter()
            .map(|i| (i, at))
            .collect();
        assert_eq!(bring_msg(&all), Msg::new("holder-next-bring-all"));
    }

    #[test]
    fn the_next_task_is_the_holders_own_first_open_item() {
        let d = |day| NaiveDate::from_ymd_opt(2026, 4, day);
        let items = vec![
            item(1, Party::Holder, ItemStatus::Done, d(1)),
            item(2, Party::Gemeente, ItemStatus::Planned, d(2)),
            item(3, Party::Holder, ItemStatus::Planned, d(5)),
            item(4, Party::Holder, ItemStatus::Planned, None),
        ];
        assert_eq!(own_next_task(items).map(|i| i.id), Some(3));
        let none = vec![item(1, Party::Coa, ItemStatus::Planned, d(1))];
        assert_eq!(own_next_task(none).map(|i| i.id), None);
    }
}
