//! The status and due dates of plan items and agreements (issue 3): which due dates staff may
//! choose (between today, the matching and the end of the three-year term) and when an item is
//! late (derived, never stored). Split from `rules.rs`, which re-exports these. Pure:
//! `today` is a parameter.

use chrono::{Days, NaiveDate};

/// The integration term: three years from the PIP; we keep it simple and count from the matching.
pub const TERM_DAYS: u64 = 3 * 365;

/// Why a due date typed by staff is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DueProblem {
    InPast,
    BeforeMatching,
    AfterTerm,
}

/// Checks a due date staff chose for an agreement or a moved item.
pub fn check_due(date: NaiveDate, matching: NaiveDate, today: NaiveDate) -> Result<(), DueProblem> {
    if date < matching {
        return Err(DueProblem::BeforeMatching);
    }
    if date < today {
        return Err(DueProblem::InPast);
    }
    match matching.checked_add_days(Days::new(TERM_DAYS)) {
        Some(end) if date <= end => Ok(()),
        _ => Err(DueProblem::AfterTerm),
    }
}

/// The status of an item or agreement; "late" is derived, never stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ItemStatus {
    Planned,
    Done,
    Cancelled,
}

impl ItemStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            ItemStatus::Planned => "planned",
            ItemStatus::Done => "done",
            ItemStatus::Cancelled => "cancelled",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        [ItemStatus::Planned, ItemStatus::Done, ItemStatus::Cancelled]
            .into_iter()
            .find(|x| x.as_str() == s)
    }
}

/// Late: still planned and its date has passed.
pub fn is_late(status: ItemStatus, due: Option<NaiveDate>, today: NaiveDate) -> bool {
    status == ItemStatus::Planned && due.is_some_and(|d| d < today)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    /// The matching date of every case here.
    fn m() -> NaiveDate {
        d(2026, 3, 30)
    }

    #[test]
    fn due_dates_must_fall_between_today_and_the_end_of_the_term() {
        let today = d(2026, 4, 10);
        let cases = [
            (d(2026, 3, 1), Err(DueProblem::BeforeMatching)),
            (d(2026, 4, 1), Err(DueProblem::InPast)),
            (d(2026, 4, 10), Ok(())),
            (d(2029, 3, 28), Ok(())),
            (d(2029, 4, 1), Err(DueProblem::AfterTerm)),
        ];
        for (date, want) in cases {
            assert_eq!(check_due(date, m(), today), want, "{date}");
        }
    }

    #[test]
    fn only_planned_items_past_their_date_are_late() {
        let today = d(2026, 5, 1);
        let cases = [
            (ItemStatus::Planned, Some(d(2026, 4, 30)), true),
            (ItemStatus::Planned, Some(d(2026, 5, 1)), false),
            (ItemStatus::Planned, None, false),
            (ItemStatus::Done, Some(d(2026, 4, 1)), false),
            (ItemStatus::Cancelled, Some(d(2026, 4, 1)), false),
        ];
        for (status, due, want) in cases {
            assert_eq!(is_late(status, due, today), want, "{status:?} {due:?}");
        }
    }
}
