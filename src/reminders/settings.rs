//! The reminder settings: the application's offsets per kind (`app::Policy`), the quiet hours
//! and the worker's pace, with the defaults documented in the README ("Reminders"). Set from
//! the environment in `config::ReminderArgs`.

use chrono::Duration;

use super::quiet::QuietHours;
use crate::domain::ReminderKind;

#[derive(Debug, Clone, PartialEq)]
pub struct Settings {
    pub quiet: QuietHours,
    /// When to remind whom of what (the application's policy).
    pub policy: crate::app::Policy,
    /// A reminder sent more than this after its planned time is marked late (15 minutes).
    pub late_after: Duration,
    /// A claim not recorded within this long is taken back (the process died; two minutes).
    pub lease: Duration,
    /// Passing failures are retried this many times in all, then the reminder fails (8).
    pub max_attempts: u32,
    pub backoff_base: Duration,
    pub backoff_cap: Duration,
    /// How often the background worker runs a step; `None`: no background worker (tests that
    /// drive `run_once` themselves).
    pub poll_every: Option<std::time::Duration>,
    /// Rows claimed per step at most (a page; never all due rows at once).
    pub page: u32,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            quiet: QuietHours::default(),
            policy: crate::app::Policy::default(),
            late_after: Duration::minutes(15),
            lease: Duration::minutes(2),
            max_attempts: 8,
            backoff_base: Duration::seconds(30),
            backoff_cap: Duration::hours(1),
            poll_every: Some(std::time::Duration::from_secs(1)),
            page: 30,
        }
    }
}

impl Settings {
    /// After this long past its due time a reminder is dropped unread ("too_old"), whatever
    /// its composer would say: a meeting reminder two days late helps nobody.
    pub fn max_age(&self, kind: ReminderKind) -> Duration {
        match kind {
            ReminderKind::MeetingSoon
            | ReminderKind::PreparationOpen
            | ReminderKind::InterpreterNotBooked => Duration::days(1),
            ReminderKind::SlotsUnanswered
            | ReminderKind::AgreementDueSoon
            | ReminderKind::Notice => Duration::days(2),
            ReminderKind::AgreementOverdue | ReminderKind::LongWait => Duration::days(7),
        }
    }
}

/// Parses `90m`, `24h`, `3d` or `4w`.
pub fn parse_duration(s: &str) -> Result<Duration, String> {
    let s = s.trim();
    let bad = || format!("{s:?} is not a duration like 90m, 24h, 3d or 4w");
    // The unit is the last character, whatever its width (`3д` is refused, not a panic).
    let unit_at = s.char_indices().last().map(|(i, _)| i).ok_or_else(bad)?;
    let (n, unit) = s.split_at_checked(unit_at).ok_or_else(bad)?;
    let n: i64 = n.parse().map_err(|_| bad())?;
    if n < 0 {
        return Err(bad());
    }
    match unit {
        "m" => Ok(Duration::minutes(n)),
        "h" => Ok(Duration::hours(n)),
        "d" => Ok(Duration::days(n)),
        "w" => Ok(Duration::weeks(n)),
        _ => Err(bad()),
    }
}

/// Parses a comma-separated list of durations, `2d,2h`.
pub fn parse_durations(s: &str) -> Result<Vec<Duration>, String> {
    s.split(',').map(parse_duration).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_are_written_with_a_unit() {
        let cases = [
            ("90m", 90 * 60),
            ("24h", 86_400),
            ("3d", 259_200),
            ("4w", 2_419_200),
        ];
        for (s, secs) in cases {
            assert_eq!(parse_duration(s), Ok(Duration::seconds(secs)), "{s}");
        }
        for bad in ["", "5", "h", "-1h", "2x", "1.5h", "3д", "д", "🙂", "2🙂h"] {
            assert!(parse_duration(bad).is_err(), "{bad}");
        }
        assert_eq!(
            parse_durations("2d, 2h"),
            Ok(vec![Duration::days(2), Duration::hours(2)])
        );
    }
}
