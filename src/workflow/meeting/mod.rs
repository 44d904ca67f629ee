//! Proposing meeting slots (issue 4): the draft a staff member builds with the calendar and
//! time buttons, kept per chat and per user. Buttons change the draft; typed answers (a time,
//! a video link) are only read in the two `Type…` states. Pure.
//!
//! ```text
//! Sanne:  /meet
//! Bot:    Pick a day for time option 1.   [calendar of April 2026]
//! Sanne:  <taps 2>                  Bot: What time on Thursday 2 April?  [09:00] … [Type a time]
//! Sanne:  <taps 10:00>              Bot: Option 1: Thursday 2 April 2026 10:00. Pick a day for option 2.
//! …                                 Bot: Where?  [At the azc] [At the town hall] [Video] [Phone]
//! Sanne:  <taps Phone>              Bot: Interpreter needed?  [Yes, Tigrinya] [No]
//! Sanne:  <taps Yes>                Bot: Sent to all three parties.
//! ```

/// Each party's answers per slot, and whether a time suits all three (or none any more).
pub mod answers;
/// The month calendar of the proposal form.
pub mod calendar;
/// A meeting's life: which event may follow which status.
pub mod life;
/// Typed times and the rules for a slot (in the future, not twice, warnings).
pub mod slots;

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use crate::domain::CaseId;

/// Where the meeting takes place.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Place {
    Azc,
    TownHall,
    Video,
    Phone,
}

impl Place {
    pub const ALL: [Place; 4] = [Place::Azc, Place::TownHall, Place::Video, Place::Phone];

    pub fn as_str(self) -> &'static str {
        match self {
            Place::Azc => "azc",
            Place::TownHall => "townhall",
            Place::Video => "video",
            Place::Phone => "phone",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Place::ALL.into_iter().find(|p| p.as_str() == s)
    }
}

/// What has been gathered so far.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Draft {
    pub case: CaseId,
    /// Set when moving an existing meeting: one new time, no answers round.
    pub moving: Option<i64>,
    pub slots: Vec<DateTime<Utc>>,
    /// The first day of the month the calendar shows.
    pub month: NaiveDate,
    /// The day picked, waiting for a time.
    pub day: Option<NaiveDate>,
    pub place: Option<Place>,
    pub link: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum MeetingDialog {
    /// Buttons: calendar, times, place, interpreter.
    Picking(Draft),
    /// Waiting for a typed time for `draft.day`.
    TypeTime(Draft),
    /// Waiting for a typed video link.
    TypeLink(Draft),
}

impl MeetingDialog {
    pub fn draft(&self) -> &Draft {
        match self {
            MeetingDialog::Picking(d) | MeetingDialog::TypeTime(d) | MeetingDialog::TypeLink(d) => {
                d
            }
        }
    }
}

/// A video link must be a plain `https` URL (no spaces, at most 300 characters).
pub fn parse_video_link(raw: &str) -> Option<String> {
    let s = raw.trim();
    if s.is_empty() || s.len() > 300 || s.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return None;
    }
    let url = url::Url::parse(s).ok()?;
    (url.scheme() == "https" && url.host_str().is_some_and(|h| h.contains('.')))
        .then(|| url.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_https_links_are_accepted_for_video() {
        for (raw, ok) in [
            ("https://meet.example.nl/abc-def", true),
            (" https://teams.microsoft.com/l/meetup-join/x ", true),
            ("http://meet.example.nl/abc", false),
            ("meet.example.nl/abc", false),
            ("javascript:alert(1)", false),
            ("https://exa mple.nl", false),
            ("https://localhost/x", false),
            ("", false),
        ] {
            assert_eq!(parse_video_link(raw).is_some(), ok, "{raw:?}");
        }
    }

    #[test]
    fn places_round_trip_through_their_names() {
        for p in Place::ALL {
            assert_eq!(Place::parse(p.as_str()), Some(p));
        }
    }
}

/// Why a party cannot come (buttons, so every party reads it in their own language).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum CantReason {
    Ill,
    Travel,
    Clash,
    Other,
}

impl CantReason {
    pub const ALL: [CantReason; 4] = [
        CantReason::Ill,
        CantReason::Travel,
        CantReason::Clash,
        CantReason::Other,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            CantReason::Ill => "ill",
            CantReason::Travel => "travel",
            CantReason::Clash => "clash",
            CantReason::Other => "other",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        CantReason::ALL.into_iter().find(|r| r.as_str() == s)
    }
}

/// What the proposer says happened after the meeting's end time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Outcome {
    Held,
    Absent(crate::domain::Party),
    Cancelled,
}
