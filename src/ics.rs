//! The `.ics` calendar entry staff get for a confirmed, moved or cancelled meeting (RFC 5545,
//! written by hand: one event, times in UTC so no VTIMEZONE is needed). One UID per meeting;
//! SEQUENCE rises on every change so calendars replace the old entry. It is published
//! (`METHOD:PUBLISH`, RFC 5546): an invitation (`REQUEST`) or `CANCEL` must name an ORGANIZER
//! whose mail address would receive the replies, and the bot has none; a cancellation is the
//! same event with `STATUS:CANCELLED` and a higher SEQUENCE. It carries the case reference and
//! place only, never the status holder's name or contact details. Pure: built from plain
//! values (the words already rendered from Fluent at the edge), not from a database row.

use chrono::{DateTime, Utc};

/// What the calendar entry says.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry<'a> {
    /// The meeting's id: the UID, stable across changes.
    pub meeting: i64,
    pub sequence: i64,
    pub start: DateTime<Utc>,
    pub end: DateTime<Utc>,
    /// The title, e.g. "Driegesprek UTR-7" (never the status holder's name).
    pub summary: &'a str,
    /// Where, in words, or the video link.
    pub location: &'a str,
    pub cancelled: bool,
}

/// The calendar file for the meeting as it is now.
pub fn event(e: &Entry<'_>, now: DateTime<Utc>) -> String {
    let (start, end, cancelled) = (e.start, e.end, e.cancelled);
    let lines = [
        "BEGIN:VCALENDAR".to_string(),
        "VERSION:2.0".to_string(),
        "PRODID:-//driegesprek//driegesprek//NL".to_string(),
        "CALSCALE:GREGORIAN".to_string(),
        "METHOD:PUBLISH".to_string(),
        "BEGIN:VEVENT".to_string(),
        format!("UID:meeting-{}@driegesprek", e.meeting),
        format!("SEQUENCE:{}", e.sequence),
        format!("DTSTAMP:{}", stamp(now)),
        format!("DTSTART:{}", stamp(start)),
        format!("DTEND:{}", stamp(end)),
        format!("SUMMARY:{}", text(e.summary)),
        format!("LOCATION:{}", text(e.location)),
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

    fn entry(cancelled: bool, sequence: i64, link: &str) -> Entry<'_> {
        Entry {
            meeting: 7,
            sequence,
            start: "2026-10-25T00:30:00Z".parse().unwrap(),
            end: "2026-10-25T01:30:00Z".parse().unwrap(),
            summary: "Driegesprek GEM-1",
            location: link,
            cancelled,
        }
    }

    fn unfolded(ics: &str) -> Vec<String> {
        ics.replace("\r\n ", "")
            .split("\r\n")
            .map(str::to_string)
            .collect()
    }

    #[test]
    fn a_confirmed_meeting_is_published_in_utc_with_a_stable_uid() {
        let now = "2026-10-01T10:00:00Z".parse().unwrap();
        let link = format!("https://meet.example.nl/{}", "x".repeat(80));
        let ics = event(&entry(false, 0, &link), now);
        assert!(ics.lines().all(|l| l.len() <= 76), "{ics}");
        let lines = unfolded(&ics);
        for want in [
            "METHOD:PUBLISH",
            "UID:meeting-7@driegesprek",
            "SEQUENCE:0",
            "DTSTART:20261025T003000Z",
            "DTEND:20261025T013000Z",
            "SUMMARY:Driegesprek GEM-1",
            "STATUS:CONFIRMED",
        ] {
            assert!(lines.iter().any(|l| l == want), "{want} in {ics}");
        }
        assert!(
            lines
                .iter()
                .any(|l| l.starts_with("LOCATION:https://meet.example.nl/xxx"))
        );
        // Without an ORGANIZER, REQUEST and CANCEL are not valid iTIP (RFC 5546).
        assert!(!lines.iter().any(|l| l.starts_with("ORGANIZER")));
        assert!(!ics.contains("METHOD:REQUEST") && !ics.contains("METHOD:CANCEL"));
    }

    #[test]
    fn a_cancelled_meeting_is_the_same_event_cancelled_with_a_higher_sequence() {
        let now = "2026-10-01T10:00:00Z".parse().unwrap();
        let lines = unfolded(&event(&entry(true, 2, "https://x.nl"), now));
        for want in [
            "METHOD:PUBLISH",
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
