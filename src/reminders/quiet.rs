//! Quiet hours (issue 5): no reminder reaches anyone at night. A reminder due in the quiet hours
//! goes out when they end, unless less than half of its notice would be left by then (a meeting
//! at 08:30 reminded "two hours before" at 06:30): then it goes out when they start, the evening
//! before. Pure: local times are Europe/Amsterdam, instants are UTC, `now` is a parameter.

use chrono::{DateTime, Duration, LocalResult, NaiveDate, NaiveDateTime, NaiveTime, TimeZone, Utc};
use chrono_tz::Europe::Amsterdam;

/// From `start` to `end`, local time in the Netherlands; across midnight when `start > end`.
/// Equal times mean no quiet hours at all.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct QuietHours {
    pub start: NaiveTime,
    pub end: NaiveTime,
}

impl Default for QuietHours {
    fn default() -> Self {
        QuietHours {
            start: NaiveTime::from_hms_opt(21, 0, 0).unwrap_or_default(),
            end: NaiveTime::from_hms_opt(8, 0, 0).unwrap_or_default(),
        }
    }
}

impl QuietHours {
    /// Parses `21:00-08:00`.
    pub fn parse(s: &str) -> Result<Self, String> {
        let (a, b) = s
            .split_once('-')
            .ok_or_else(|| format!("quiet hours look like 21:00-08:00, not {s:?}"))?;
        let time = |t: &str| {
            NaiveTime::parse_from_str(t.trim(), "%H:%M")
                .map_err(|_| format!("{t:?} is not a time like 21:00"))
        };
        Ok(QuietHours {
            start: time(a)?,
            end: time(b)?,
        })
    }

    /// The quiet window (start, end) that `at` falls in, if any.
    pub fn window(&self, at: DateTime<Utc>) -> Option<(DateTime<Utc>, DateTime<Utc>)> {
        if self.start == self.end {
            return None;
        }
        let local = at.with_timezone(&Amsterdam).naive_local();
        let (day, t) = (local.date(), local.time());
        let (from, to) = if self.start < self.end {
            (self.start <= t && t < self.end).then_some((day, day))?
        } else if t >= self.start {
            (day, day.succ_opt()?)
        } else if t < self.end {
            (day.pred_opt()?, day)
        } else {
            return None;
        };
        Some((instant(from, self.start), instant(to, self.end)))
    }

    /// When a reminder due at `due` (about the moment `about`, if known) should go out, as
    /// planned at `now`.
    pub fn send_at(
        &self,
        due: DateTime<Utc>,
        about: Option<DateTime<Utc>>,
        now: DateTime<Utc>,
    ) -> DateTime<Utc> {
        let Some((start, end)) = self.window(due) else {
            return due;
        };
        let too_late = about.is_some_and(|about| (about - end) * 2 < about - due);
        if !too_late {
            return end;
        }
        // The evening before is gone already: keep the original time rather than lose the
        // reminder's purpose.
        if start >= now { start } else { due }
    }
}

/// A local time on a date as an instant: the earlier one when the clocks go back, an hour
/// later when the time does not exist because the clocks go forward.
fn instant(day: NaiveDate, time: NaiveTime) -> DateTime<Utc> {
    let naive = NaiveDateTime::new(day, time);
    match Amsterdam.from_local_datetime(&naive) {
        LocalResult::Single(t) | LocalResult::Ambiguous(t, _) => t.with_timezone(&Utc),
        LocalResult::None => match Amsterdam.from_local_datetime(&(naive + Duration::hours(1))) {
            LocalResult::Single(t) | LocalResult::Ambiguous(t, _) => t.with_timezone(&Utc),
            LocalResult::None => Utc.from_utc_datetime(&naive),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(s: &str) -> DateTime<Utc> {
        s.parse().unwrap()
    }

    fn hours(s: &str) -> QuietHours {
        QuietHours::parse(s).unwrap()
    }

    #[test]
    fn reminders_are_deferred_or_brought_forward_around_the_night() {
        let q = QuietHours::default();
        let now = t("2026-06-01T08:00:00Z");
        // (due, about, expected send time); June is summer time (UTC+2).
        let cases = [
            // 14:00 local: not quiet, unchanged.
            ("2026-06-10T12:00:00Z", None, "2026-06-10T12:00:00Z"),
            // 23:00 local, nothing known about its purpose: to 08:00 local.
            ("2026-06-10T21:00:00Z", None, "2026-06-11T06:00:00Z"),
            // 06:30 local: to 08:00 the same morning.
            ("2026-06-11T04:30:00Z", None, "2026-06-11T06:00:00Z"),
            // Exactly 21:00 is quiet; exactly 08:00 is not.
            ("2026-06-10T19:00:00Z", None, "2026-06-11T06:00:00Z"),
            ("2026-06-11T06:00:00Z", None, "2026-06-11T06:00:00Z"),
            // Meeting at 08:30, reminded two hours before at 06:30: 21:00 the evening before.
            (
                "2026-06-11T04:30:00Z",
                Some("2026-06-11T06:30:00Z"),
                "2026-06-10T19:00:00Z",
            ),
            // Meeting two days later, reminded at 23:00: 08:00 leaves plenty of notice.
            (
                "2026-06-10T21:00:00Z",
                Some("2026-06-12T21:00:00Z"),
                "2026-06-11T06:00:00Z",
            ),
        ];
        for (due, about, want) in cases {
            assert_eq!(q.send_at(t(due), about.map(t), now), t(want), "due {due}");
        }
    }

    #[test]
    fn a_reminder_too_late_to_defer_whose_evening_has_passed_keeps_its_time() {
        let q = QuietHours::default();
        let (due, about) = (t("2026-06-11T04:30:00Z"), t("2026-06-11T06:30:00Z"));
        assert_eq!(q.send_at(due, Some(about), t("2026-06-10T22:00:00Z")), due);
    }

    #[test]
    fn reminders_at_half_past_two_on_the_nights_the_clocks_change_stay_correct() {
        let q = QuietHours::default();
        let now = t("2026-01-01T00:00:00Z");
        let cases = [
            // 29 March 2026: 02:00 CET jumps to 03:00 CEST. 01:30Z is 03:30 CEST; the night
            // ends 08:00 CEST = 06:00Z and started 21:00 CET = 20:00Z.
            (
                "2026-03-29T01:30:00Z",
                "2026-03-29T06:00:00Z",
                "2026-03-28T20:00:00Z",
            ),
            (
                "2026-03-29T00:30:00Z",
                "2026-03-29T06:00:00Z",
                "2026-03-28T20:00:00Z",
            ),
            // 25 October 2026: 02:30 happens twice (00:30Z and 01:30Z); morning is 08:00 CET.
            (
                "2026-10-25T00:30:00Z",
                "2026-10-25T07:00:00Z",
                "2026-10-24T19:00:00Z",
            ),
            (
                "2026-10-25T01:30:00Z",
                "2026-10-25T07:00:00Z",
                "2026-10-24T19:00:00Z",
            ),
        ];
        for (due, end, start) in cases {
            assert_eq!(q.window(t(due)), Some((t(start), t(end))), "due {due}");
            assert_eq!(q.send_at(t(due), None, now), t(end), "due {due}");
        }
    }

    #[test]
    fn a_quiet_hour_that_does_not_exist_that_night_moves_an_hour_on() {
        // Ending at 02:30 on the spring-forward night: 02:30 does not exist, 03:30 CEST does.
        let q = hours("22:00-02:30");
        let (_, end) = q.window(t("2026-03-28T23:00:00Z")).unwrap();
        assert_eq!(end, t("2026-03-29T01:30:00Z"));
    }

    #[test]
    fn daytime_windows_and_disabled_quiet_hours_work_too() {
        let lunch = hours("12:00-13:00");
        let at = t("2026-06-10T10:30:00Z"); // 12:30 local
        assert_eq!(lunch.send_at(at, None, at), t("2026-06-10T11:00:00Z"));
        let off = hours("00:00-00:00");
        assert_eq!(off.send_at(at, None, at), at);
    }

    #[test]
    fn badly_written_quiet_hours_are_refused() {
        for bad in ["", "21:00", "21-08", "25:00-08:00", "21:00/08:00"] {
            assert!(QuietHours::parse(bad).is_err(), "{bad}");
        }
    }
}
