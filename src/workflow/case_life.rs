//! A case's life (issue 12), as pure rules: why a case is closed, how long it can be reopened and
//! listed as closed, whether it is time to ask the municipal contact to close it, and whether a
//! handover offer may be accepted. No I/O and no clock: `now` and `today` are parameters.

use chrono::{DateTime, Duration, NaiveDate, Utc};

use crate::domain::Party;

/// A closed case can be reopened this long after it was closed.
pub const REOPEN_WITHIN_DAYS: i64 = 30;
/// The "closed cases" view lists the cases closed this long ago or less.
pub const CLOSED_LISTED_DAYS: i64 = 90;

/// Why a case is closed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum CloseReason {
    /// The status holder moved and the municipality took over (the usual end).
    HandedOver,
    /// The status holder moved to another municipality.
    MovedElsewhere,
    /// No longer required to integrate (e.g. exempted).
    NotRequired,
    Other,
}

impl CloseReason {
    pub const ALL: [CloseReason; 4] = [
        CloseReason::HandedOver,
        CloseReason::MovedElsewhere,
        CloseReason::NotRequired,
        CloseReason::Other,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            CloseReason::HandedOver => "handed_over",
            CloseReason::MovedElsewhere => "moved_elsewhere",
            CloseReason::NotRequired => "not_required",
            CloseReason::Other => "other",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|r| r.as_str() == s)
    }
}

/// Until when a case closed at `closed_at` can be reopened.
pub fn reopen_until(closed_at: DateTime<Utc>) -> DateTime<Utc> {
    closed_at + Duration::days(REOPEN_WITHIN_DAYS)
}

/// Whether a case closed at `closed_at` can still be reopened at `now`.
pub fn may_reopen(closed_at: DateTime<Utc>, now: DateTime<Utc>) -> bool {
    now <= reopen_until(closed_at)
}

/// The earliest closing time the "closed cases" view lists at `now`.
pub fn listed_since(now: DateTime<Utc>) -> DateTime<Utc> {
    now - Duration::days(CLOSED_LISTED_DAYS)
}

/// The day in the Netherlands of an instant (what "closed on" shows).
pub fn local_day(at: DateTime<Utc>) -> NaiveDate {
    at.with_timezone(&chrono_tz::Europe::Amsterdam).date_naive()
}

/// Whether to ask the municipal contact now whether to close an open case: its expected housing
/// date has passed, a handover meeting was held, and they were not asked before.
pub fn suggest_closing(
    housing: Option<NaiveDate>,
    meeting_held: bool,
    asked_before: bool,
    today: NaiveDate,
) -> bool {
    !asked_before && meeting_held && housing.is_some_and(|h| h < today)
}

/// Whether `taker`, a colleague of side `taker_side`, may accept an offer to take over the
/// `offered_side` role on a case: the offer must name them, be open, and be for their side.
pub fn may_accept(
    offered_to_taker: bool,
    offer_open: bool,
    offered_side: Party,
    taker_side: Party,
) -> bool {
    offered_to_taker && offer_open && offered_side == taker_side
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(s: &str) -> DateTime<Utc> {
        s.parse().unwrap()
    }

    #[test]
    fn every_reason_survives_its_code() {
        for r in CloseReason::ALL {
            assert_eq!(CloseReason::parse(r.as_str()), Some(r));
        }
        assert_eq!(CloseReason::parse("HANDED_OVER"), None);
        assert_eq!(CloseReason::parse(""), None);
    }

    #[test]
    fn a_case_can_be_reopened_for_thirty_days_and_not_a_minute_longer() {
        let closed = at("2026-04-01T10:00:00Z");
        assert!(may_reopen(closed, at("2026-04-01T10:00:01Z")));
        assert!(may_reopen(closed, at("2026-05-01T10:00:00Z")));
        assert!(!may_reopen(closed, at("2026-05-01T10:01:00Z")));
        // Across the change to summer time (29 March 2026) a day is still 24 hours of UTC.
        let before_dst = at("2026-03-20T12:00:00Z");
        assert_eq!(reopen_until(before_dst), at("2026-04-19T12:00:00Z"));
    }

    #[test]
    fn a_case_closed_just_before_midnight_in_amsterdam_was_closed_that_day() {
        // 23:30 in summer time (UTC+2) is 21:30 UTC; in winter (UTC+1) 22:30 UTC.
        let d = |s: &str| s.parse::<NaiveDate>().unwrap();
        assert_eq!(local_day(at("2026-06-30T21:30:00Z")), d("2026-06-30"));
        assert_eq!(local_day(at("2026-06-30T22:30:00Z")), d("2026-07-01"));
        assert_eq!(local_day(at("2026-12-31T22:30:00Z")), d("2026-12-31"));
        assert_eq!(local_day(at("2026-12-31T23:30:00Z")), d("2027-01-01"));
    }

    #[test]
    fn closing_is_suggested_once_after_the_housing_date_when_the_meeting_was_held() {
        let d = |s: &str| s.parse::<NaiveDate>().unwrap();
        let today = d("2026-06-02");
        assert!(suggest_closing(Some(d("2026-06-01")), true, false, today));
        assert!(
            !suggest_closing(Some(d("2026-06-02")), true, false, today),
            "the day itself"
        );
        assert!(
            !suggest_closing(Some(d("2026-06-01")), false, false, today),
            "no meeting"
        );
        assert!(
            !suggest_closing(Some(d("2026-06-01")), true, true, today),
            "asked before"
        );
        assert!(
            !suggest_closing(None, true, false, today),
            "no housing date"
        );
    }

    #[test]
    fn only_the_named_colleague_of_the_same_side_takes_an_open_offer_over() {
        assert!(may_accept(true, true, Party::Gemeente, Party::Gemeente));
        assert!(!may_accept(false, true, Party::Gemeente, Party::Gemeente));
        assert!(!may_accept(true, false, Party::Gemeente, Party::Gemeente));
        assert!(!may_accept(true, true, Party::Gemeente, Party::Coa));
    }
}
