//! Preparing the driegesprek (issue 6), the agenda as people read it: a meeting's points as
//! they are now (as staff edited them, or generated from the case's option), numbered and in
//! the reader's language, and the status holder's own look at their next meeting's agenda. The
//! staff editor is `agenda.rs`.

use sqlx::SqliteConnection;

use crate::app::Action;
use crate::app::common::words::agenda_lines;
use crate::app::{App, Button, Outgoing};
use crate::app::{PrepareAction, prepare::Holder};
use crate::i18n::Msg;
use crate::store::{self, meetings::Meeting, meetings::Status};
use crate::workflow::prepare::agenda::{Point, generated};

/// The agenda of a meeting as it is now (as staff edited it, or generated from the option),
/// with its version.
pub(in crate::app) async fn versioned_points(
    conn: &mut SqliteConnection,
    m: &Meeting,
) -> anyhow::Result<(i64, Vec<Point>)> {
    let (version, stored) = store::agenda::get(conn, m.id).await?;
    let points = match stored {
        Some(points) => points,
        None => generated(store::plan::get(conn, m.case).await?.map(|p| p.option)),
    };
    Ok((version, points))
}

/// The agenda of a meeting as it is now.
pub(in crate::app) async fn points_of(
    conn: &mut SqliteConnection,
    m: &Meeting,
) -> anyhow::Result<Vec<Point>> {
    Ok(versioned_points(conn, m).await?.1)
}

/// When the meeting is, or that no time is agreed yet.
pub(in crate::app) fn when_msg(m: &Meeting) -> Msg {
    match (m.status, m.starts_at) {
        (Status::Confirmed, Some(at)) => Msg::new("prep-agenda-when").date_time("at", at),
        _ => Msg::new("prep-agenda-no-time"),
    }
}

pub(in crate::app) fn pbutton(label: Msg, action: PrepareAction) -> Button {
    Button::new(label, Action::Prepare(action))
}

impl App {
    /// The status holder's view of their next meeting's agenda, in their language; `None`
    /// while no meeting is planned or its agenda is empty.
    pub(in crate::app) async fn prep_holder_agenda(
        &self,
        conn: &mut SqliteConnection,
        h: &Holder,
    ) -> anyhow::Result<Option<Outgoing>> {
        let Some(id) = store::agenda::upcoming(conn, h.case).await? else {
            return Ok(None);
        };
        let Some(m) = store::meetings::get(conn, id).await? else {
            return Ok(None);
        };
        let points = points_of(conn, &m).await?;
        if points.is_empty() {
            return Ok(None);
        }
        let text = Msg::new("prep-agenda-updated")
            .msg("when", when_msg(&m))
            .lines("items", agenda_lines(&points));
        let back = pbutton(Msg::new("prep-button-review"), PrepareAction::Review);
        Ok(Some(
            Outgoing::new(h.chat, h.lang, text).buttons(vec![vec![back]]),
        ))
    }
}
