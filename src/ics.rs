//! The `.ics` calendar entry staff get for a confirmed, moved or cancelled meeting (RFC 5545,
//! written by hand: one event, times in UTC so no VTIMEZONE is needed). One UID per meeting;
//! SEQUENCE rises on every change so calendars replace the old entry; a cancellation is
//! `METHOD:CANCEL`. It carries the case reference and place only, never the status holder's
//! name or contact details. Pure.

use chrono::{DateTime, Utc};

use crate::store::meetings::{Meeting, Status};
use crate::workflow::meeting::Place;

/// The calendar file for the meeting as it is now.
pub fn event(m: &Meeting, reference: &str, now: DateTime<Utc>) -> String {
    let cancelled = m.status == Status::Cancelled;
    let start = m.starts_at.unwrap_or(now);
    let end = m.ends_at.unwrap_or(start);
    let location = match (m.place, &m.video_link) {
        (Place::Video, Some(link)) => link.clone(),
        (Place::Video, None) => "video".to_string(),
        (Place::Azc, _) => "azc".to_string(),
        (Place::TownHall, _) => "gemeentehuis".to_string(),
        (Place::Phone, _) => "telefonisch".to_string(),
    };
    let lines = [
        "BEGIN:VCALENDAR".to_string(),
        "VERSION:2.0".to_string(),
        "PRODID:-//driegesprek//driegesprek//NL".to_string(),
        "CALSCALE:GREGORIAN".to_string(),
        format!("METHOD:{}", if cancelled { "CANCEL" } else { "REQUEST" }),
        "BEGIN:VEVENT".to_string(),
        format!("UID:meeting-{}@driegesprek", m.id),
        format!("SEQUENCE:{}", m.sequence),
        format!("DTSTAMP:{}", stamp(now)),
        format!("DTSTART:{}", stamp(start)),
        format!("DTEND:{}", stamp(end)),
        format!("SUMMARY:{}", text(&format!("Driegesprek {reference}"))),
        format!("LOCATION:{}", text(&location)),
        format!(
            "STATUS:{}",
            if cancelled { "CANCELLED" } else { "CONFIRMED" }
        ),
        "END:VEVENT".to_string(),
        "END:VCALENDAR".to_string(),
    ];
    lines.iter().map(|l| fold(l)).collect()
}

fn stamp(at: DateTime<Utc>) -> String {
    at.format("%Y%m%dT%H%M%SZ").to_string()
}

/// RFC 5545 TEXT escaping.
fn text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Folds a content line at 75 octets (never inside a character) and ends it with CRLF.
fn fold(line: &str) -> String {
    let mut out = String::new();
    let mut width = 0;
    for c in line.chars() {
        if width + c.len_utf8() > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += c.len_utf8();
    }
    out.push_str("\r\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{CaseId, ChatId, UserId};

    fn meeting(status: Status, sequence: i64) -> Meeting {
        Meeting {
            id: 7,
            case: CaseId(1),
            proposer: UserId(1),
            proposer_chat: ChatId(1),
            place: Place::Video,
            video_link: Some(format!("https://meet.example.nl/{}", "x".repeat(80))),
            interpreter: None,
            interpreter_by: None,
            interpreter_due: None,
            interpreter_booked: false,
            status,
            starts_at: Some("2026-10-25T00:30:00Z".parse().unwrap()),
            ends_at: Some("2026-10-25T01:30:00Z".parse().unwrap()),
            sequence,
        }
    }

    fn unfolded(ics: &str) -> Vec<String> {
        ics.replace("\r\n ", "")
            .split("\r\n")
            .map(str::to_string)
            .collect()
    }

    #[test]
    fn a_confirmed_meeting_is_a_request_in_utc_with_a_stable_uid() {
        let now = "2026-10-01T10:00:00Z".parse().unwrap();
        let ics = event(&meeting(Status::Confirmed, 0), "GEM-1", now);
        assert!(ics.lines().all(|l| l.len() <= 76), "{ics}");
        let lines = unfolded(&ics);
        for want in [
            "METHOD:REQUEST",
            "UID:meeting-7@driegesprek",
            "SEQUENCE:0",
            "DTSTART:20261025T003000Z",
            "DTEND:20261025T013000Z",
            "SUMMARY:Driegesprek GEM-1",
        ] {
            assert!(lines.iter().any(|l| l == want), "{want} in {ics}");
        }
        assert!(
            lines
                .iter()
                .any(|l| l.starts_with("LOCATION:https://meet.example.nl/xxx"))
        );
    }

    #[test]
    fn a_cancelled_meeting_is_a_cancel_with_the_same_uid_and_a_higher_sequence() {
        let now = "2026-10-01T10:00:00Z".parse().unwrap();
        let lines = unfolded(&event(&meeting(Status::Cancelled, 2), "GEM-1", now));
        for want in [
            "METHOD:CANCEL",
            "UID:meeting-7@driegesprek",
            "SEQUENCE:2",
            "STATUS:CANCELLED",
        ] {
            assert!(lines.iter().any(|l| l == want), "{want}");
        }
    }

    #[test]
    fn text_values_are_escaped() {
        assert_eq!(text("a;b,c\\d\ne"), "a\\;b\\,c\\\\d\\ne");
    }
}
