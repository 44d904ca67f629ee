//! The inline month calendar for picking slot dates (issue 4): weeks from Monday to Sunday,
//! days before today disabled, paging limited to today's month and a year ahead. Pure.

use chrono::{Datelike, Months, NaiveDate};

/// How far ahead meetings can be proposed.
pub const MONTHS_AHEAD: u32 = 12;

/// One cell of the grid.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cell {
    Empty,
    Day { date: NaiveDate, enabled: bool },
}

/// The first day of the month of `date`.
pub fn month_of(date: NaiveDate) -> NaiveDate {
    date.with_day(1).unwrap_or(date)
}

/// Rows of seven cells (Monday first) for the month starting at `first`.
pub fn grid(first: NaiveDate, today: NaiveDate) -> Vec<[Cell; 7]> {
    let first = month_of(first);
    let offset = first.weekday().num_days_from_monday() as usize;
    let mut rows = Vec::new();
    let mut row = [Cell::Empty; 7];
    let mut col = offset;
    let mut day = first;
    while day.month() == first.month() {
        if let Some(cell) = row.get_mut(col) {
            *cell = Cell::Day {
                date: day,
                enabled: day >= today,
            };
        }
        col += 1;
        if col == 7 {
            rows.push(row);
            row = [Cell::Empty; 7];
            col = 0;
        }
        match day.succ_opt() {
            Some(next) => day = next,
            None => break,
        }
    }
    if col > 0 {
        rows.push(row);
    }
    rows
}

/// The month before, if it is not before today's month.
pub fn prev(first: NaiveDate, today: NaiveDate) -> Option<NaiveDate> {
    let p = month_of(first).checked_sub_months(Months::new(1))?;
    (p >= month_of(today)).then_some(p)
}

/// The month after, if it is within `MONTHS_AHEAD` of today.
pub fn next(first: NaiveDate, today: NaiveDate) -> Option<NaiveDate> {
    let n = month_of(first).checked_add_months(Months::new(1))?;
    let limit = month_of(today).checked_add_months(Months::new(MONTHS_AHEAD))?;
    (n <= limit).then_some(n)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn march_2026_starts_on_a_sunday_and_past_days_are_disabled() {
        let rows = grid(d(2026, 3, 1), d(2026, 3, 30));
        assert_eq!(rows.len(), 6);
        assert_eq!(
            rows[0][6],
            Cell::Day {
                date: d(2026, 3, 1),
                enabled: false
            }
        );
        assert_eq!(rows[0][0], Cell::Empty);
        assert_eq!(
            rows[5][0],
            Cell::Day {
                date: d(2026, 3, 30),
                enabled: true
            }
        );
        assert_eq!(
            rows[5][1],
            Cell::Day {
                date: d(2026, 3, 31),
                enabled: true
            }
        );
        assert_eq!(rows[5][2], Cell::Empty);
    }

    #[test]
    fn paging_stops_at_this_month_and_a_year_ahead() {
        let today = d(2026, 3, 30);
        assert_eq!(prev(d(2026, 3, 1), today), None);
        assert_eq!(prev(d(2026, 4, 1), today), Some(d(2026, 3, 1)));
        assert_eq!(next(d(2026, 12, 1), today), Some(d(2027, 1, 1)));
        assert_eq!(next(d(2027, 3, 1), today), None);
    }
}
