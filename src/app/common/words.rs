//! Message parts that several features show: where a meeting is, what a plan item is and when
//! it is due, the lines of an agenda, the papers still to bring. Built from plain values; they
//! decide nothing. Here so that features do not import each other for a phrase (issue 11).

use chrono::NaiveDate;

use crate::domain::Party;
use crate::i18n::Msg;
use crate::store::meetings::Meeting;
use crate::store::plan::Item;
use crate::workflow::meeting::Place;
use crate::workflow::plan::ItemKind;
use crate::workflow::prepare::agenda::Point;
use crate::workflow::prepare::checklist::{Item as Paper, Ticks};

/// A place, translated.
pub(in crate::app) fn place_msg(p: Place) -> Msg {
    Msg::new("meeting-place").code("place", p.as_str())
}

/// The place, with the video link when there is one.
pub(in crate::app) fn where_msg(m: &Meeting) -> Msg {
    match (&m.place, &m.video_link) {
        (Place::Video, Some(link)) => Msg::new("meeting-where-video").code("link", link.clone()),
        (p, _) => place_msg(*p),
    }
}

/// The words for an item as this reader reads them: the status holder gets the plain
/// description with the Dutch term in brackets (`plan-kind-holder`, issue 15), staff their
/// Dutch terms.
pub(in crate::app) fn item_what_for(item: &Item, reader: Party) -> Msg {
    let own_words = item.kind == ItemKind::Free && item.text.is_some();
    if reader == Party::Holder && !own_words {
        Msg::new("plan-kind-holder").code("kind", item.kind.as_str())
    } else {
        item_what(item)
    }
}

/// The words for an item: its kind translated, or staff's text marked as not translated.
pub(in crate::app) fn item_what(item: &Item) -> Msg {
    match (item.kind, &item.text) {
        (ItemKind::Free, Some(text)) => Msg::new("plan-free-text").name("text", text.clone()),
        (kind, _) => Msg::new("plan-kind").code("kind", kind.as_str()),
    }
}

/// A date, or "waits for the housing date" for an item counted from it.
pub(in crate::app) fn due_msg(due: Option<NaiveDate>) -> Msg {
    match due {
        Some(d) => Msg::new("value-date").date("date", d),
        None => Msg::new("plan-due-waits"),
    }
}

/// "1. Introduction and choice of route", "6. Bring the school certificate (not translated)".
pub(in crate::app) fn agenda_lines(points: &[Point]) -> Vec<Msg> {
    points
        .iter()
        .zip(1..)
        .map(|(point, n)| {
            let what = match point {
                Point::Plan(kind) => Msg::new("plan-kind").code("kind", kind.as_str()),
                Point::Own(text) => Msg::new("prep-own-as-typed").name("text", text.clone()),
            };
            Msg::new("prep-agenda-item").num("n", n).msg("what", what)
        })
        .collect()
}

/// The holder's papers not yet ticked, one "⬜ <paper>" line each.
pub(in crate::app) fn open_papers(ticks: &Ticks) -> Vec<Msg> {
    Paper::of(Party::Holder)
        .into_iter()
        .filter(|i| !ticks.contains_key(i))
        .map(|i| Msg::new("prep-check-open").msg("item", Msg::new(i.msg_id())))
        .collect()
}
