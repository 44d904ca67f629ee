//! Proposed meeting times (issue 4): a local date and time in Europe/Amsterdam becomes one UTC
//! instant, or a clear problem. Pure: `now` is a parameter.
//!
//! Daylight saving (stack-notes trap 7): a time in the spring-forward gap (e.g. 2026-03-29 02:30)
//! does not exist and is refused. A time in the autumn hour that happens twice (e.g. 2026-10-25
//! 02:30) is resolved to the FIRST occurrence (still summer time) and the proposer is told so
//! with a `FirstOfTwo` warning: never shifted silently.

use chrono::{DateTime, Datelike, LocalResult, NaiveDate, NaiveTime, TimeZone, Timelike, Utc};
use chrono::{Duration, Weekday};
use chrono_tz::Europe::Amsterdam;

/// At least two and at most six slots per round (issue 4).
pub const MIN_SLOTS: usize = 2;
pub const MAX_SLOTS: usize = 6;
/// How long a meeting lasts unless told otherwise.
pub const DEFAULT_LENGTH_MINUTES: i64 = 60;

/// Why a slot cannot be added.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SlotProblem {
    /// The clocks jump over this time (spring forward): it does not exist in Amsterdam.
    DoesNotExist,
    InPast,
    Duplicate,
    TooMany,
}

/// Allowed, but worth a second look.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SlotWarning {
    /// Between 22:00 and 07:00 local time.
    Night,
    Sunday,
    /// The local time happens twice (autumn); the first one (summer time) was taken.
    FirstOfTwo,
}

/// A local time resolved to UTC, and whether it was one of two.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Resolved {
    pub at: DateTime<Utc>,
    pub first_of_two: bool,
}

/// Europe/Amsterdam wall-clock time to UTC: refused in the gap, the earlier one when ambiguous.
pub fn to_utc(date: NaiveDate, time: NaiveTime) -> Result<Resolved, SlotProblem> {
    match Amsterdam.from_local_datetime(&date.and_time(time)) {
        LocalResult::Single(t) => Ok(Resolved {
            at: t.with_timezone(&Utc),
            first_of_two: false,
        }),
        LocalResult::Ambiguous(a, b) => Ok(Resolved {
            at: a.with_timezone(&Utc).min(b.with_timezone(&Utc)),
            first_of_two: true,
        }),
        LocalResult::None => Err(SlotProblem::DoesNotExist),
    }
}

/// The Amsterdam calendar date of an instant.
pub fn local_date(at: DateTime<Utc>) -> NaiveDate {
    at.with_timezone(&Amsterdam).date_naive()
}

/// Checks a new slot against those already chosen; returns its instant and any warnings.
pub fn add_slot(
    chosen: &[DateTime<Utc>],
    date: NaiveDate,
    time: NaiveTime,
    now: DateTime<Utc>,
) -> Result<(DateTime<Utc>, Vec<SlotWarning>), SlotProblem> {
    if chosen.len() >= MAX_SLOTS {
        return Err(SlotProblem::TooMany);
    }
    let resolved = to_utc(date, time)?;
    if resolved.at <= now {
        return Err(SlotProblem::InPast);
    }
    if chosen.contains(&resolved.at) {
        return Err(SlotProblem::Duplicate);
    }
    Ok((resolved.at, warnings(date, time, resolved.first_of_two)))
}

fn warnings(date: NaiveDate, time: NaiveTime, first_of_two: bool) -> Vec<SlotWarning> {
    let mut w = Vec::new();
    if time.hour() < 7 || time.hour() >= 22 {
        w.push(SlotWarning::Night);
    }
    if date.weekday() == Weekday::Sun {
        w.push(SlotWarning::Sunday);
    }
    if first_of_two {
        w.push(SlotWarning::FirstOfTwo);
    }
    w
}

/// A time typed by staff: `14:30`, `9:00`, `14.30` or `1430`, in any digits.
pub fn parse_time(raw: &str) -> Option<NaiveTime> {
    let s = crate::domain::ascii_digits(raw.trim());
    if s.is_empty() || s.chars().count() > 5 {
        return None;
    }
    let (h, m) = match s.split_once([':', '.']) {
        Some((h, m)) => (h, m),
        // `1430`: only four ASCII digits can be split in two (never cut inside a character).
        None if s.len() == 4 && s.bytes().all(|b| b.is_ascii_digit()) => s.split_at_checked(2)?,
        None => return None,
    };
    let num = |p: &str, max_len: usize| -> Option<u32> {
        (!p.is_empty() && p.len() <= max_len && p.bytes().all(|b| b.is_ascii_digit()))
            .then(|| p.parse().ok())
            .flatten()
    };
    if m.len() != 2 {
        return None;
    }
    NaiveTime::from_hms_opt(num(h, 2)?, num(m, 2)?, 0)
}

/// When a meeting that starts at `start` ends.
pub fn end_of(start: DateTime<Utc>) -> DateTime<Utc> {
    start + Duration::minutes(DEFAULT_LENGTH_MINUTES)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }
    fn t(h: u32, m: u32) -> NaiveTime {
        NaiveTime::from_hms_opt(h, m, 0).unwrap()
    }
    fn utc(s: &str) -> DateTime<Utc> {
        s.parse().unwrap()
    }

    #[test]
    fn amsterdam_times_convert_to_utc_in_winter_and_summer() {
        for (date, time, want) in [
            (d(2026, 3, 28), t(10, 0), "2026-03-28T09:00:00Z"),
            (d(2026, 3, 30), t(10, 0), "2026-03-30T08:00:00Z"),
            (d(2026, 10, 26), t(10, 0), "2026-10-26T09:00:00Z"),
            (d(2027, 3, 29), t(9, 30), "2027-03-29T07:30:00Z"),
            (d(2027, 11, 1), t(9, 30), "2027-11-01T08:30:00Z"),
            (d(2026, 3, 29), t(3, 0), "2026-03-29T01:00:00Z"),
            (d(2026, 3, 29), t(1, 59), "2026-03-29T00:59:00Z"),
        ] {
            let r = to_utc(date, time).unwrap();
            assert_eq!((r.at, r.first_of_two), (utc(want), false), "{date} {time}");
        }
    }

    #[test]
    fn a_time_in_the_spring_forward_gap_is_refused_in_2026_and_2027() {
        for date in [d(2026, 3, 29), d(2027, 3, 28)] {
            for time in [t(2, 0), t(2, 30), t(2, 59)] {
                assert_eq!(to_utc(date, time), Err(SlotProblem::DoesNotExist));
            }
        }
    }

    #[test]
    fn the_autumn_hour_that_happens_twice_takes_the_first_and_says_so() {
        for (date, want) in [
            (d(2026, 10, 25), "2026-10-25T00:30:00Z"),
            (d(2027, 10, 31), "2027-10-31T00:30:00Z"),
        ] {
            let r = to_utc(date, t(2, 30)).unwrap();
            assert_eq!(r.at, utc(want), "{date}");
            assert!(r.first_of_two);
            let now = utc("2026-01-01T00:00:00Z");
            let (_, w) = add_slot(&[], date, t(2, 30), now).unwrap();
            assert!(w.contains(&SlotWarning::FirstOfTwo), "{date}: {w:?}");
        }
    }

    #[test]
    fn slots_in_the_past_twice_or_beyond_six_are_refused() {
        let now = utc("2026-03-30T08:00:00Z");
        let day = d(2026, 4, 2);
        let taken: Vec<_> = (9..15).map(|h| to_utc(day, t(h, 0)).unwrap().at).collect();
        let cases = [
            (
                &taken[..0],
                d(2026, 3, 30),
                t(9, 0),
                Err(SlotProblem::InPast),
            ),
            (
                &taken[..0],
                d(2026, 3, 30),
                t(10, 0),
                Err(SlotProblem::InPast),
            ),
            (&taken[..2], day, t(9, 0), Err(SlotProblem::Duplicate)),
            (&taken[..], day, t(16, 0), Err(SlotProblem::TooMany)),
            (
                &taken[..0],
                d(2026, 3, 29),
                t(2, 30),
                Err(SlotProblem::DoesNotExist),
            ),
        ];
        for (chosen, date, time, want) in cases {
            assert_eq!(
                add_slot(chosen, date, time, now).map(|_| ()),
                want,
                "{date} {time}"
            );
        }
        assert!(add_slot(&taken[..5], day, t(16, 0), now).is_ok());
    }

    #[test]
    fn night_times_and_sundays_are_allowed_with_a_warning() {
        let now = utc("2026-03-30T08:00:00Z");
        for (date, time, want) in [
            (d(2026, 4, 2), t(3, 0), vec![SlotWarning::Night]),
            (d(2026, 4, 5), t(10, 0), vec![SlotWarning::Sunday]),
            (
                d(2026, 4, 5),
                t(22, 30),
                vec![SlotWarning::Night, SlotWarning::Sunday],
            ),
            (d(2026, 4, 2), t(9, 0), vec![]),
        ] {
            assert_eq!(
                add_slot(&[], date, time, now).unwrap().1,
                want,
                "{date} {time}"
            );
        }
    }

    #[test]
    fn typed_times_are_understood_or_refused() {
        for (raw, want) in [
            ("14:30", Some(t(14, 30))),
            ("9:05", Some(t(9, 5))),
            (" 14.30 ", Some(t(14, 30))),
            ("1430", Some(t(14, 30))),
            ("١٤:٣٠", Some(t(14, 30))),
            ("24:00", None),
            ("14:3", None),
            ("half drie", None),
            ("", None),
            ("14:30:00", None),
            // Four bytes that are not four characters used to be cut inside a character.
            ("🙂", None),
            ("a€", None),
            ("١٤٣٠", Some(t(14, 30))),
            ("14:3\u{FF10}", None),
            ("\u{0301}", None),
        ] {
            assert_eq!(parse_time(raw), want, "{raw:?}");
        }
    }

    #[test]
    fn no_typed_text_of_up_to_four_characters_makes_parse_time_panic() {
        let alphabet = [
            '1', '4', ':', '.', '🙂', '€', '٣', '\u{0301}', 'a', ' ', '\u{FF10}',
        ];
        let n = alphabet.len();
        // Every string of up to four characters from the alphabet, and a spread of longer ones.
        for len in 0..=4u32 {
            for code in 0..n.pow(len) {
                let mut c = code;
                let s: String = (0..len)
                    .map(|_| {
                        let ch = alphabet[c % n];
                        c /= n;
                        ch
                    })
                    .collect();
                let _ = parse_time(&s);
            }
        }
    }
}
