//! The clock, injected so that tests can move time. `domain` and `workflow` never read it:
//! `app` reads it once per action and passes `now` down.

use std::sync::Mutex;

use chrono::{DateTime, NaiveDate, Utc};
use chrono_tz::Europe::Amsterdam;

pub trait Clock: Send + Sync {
    fn now(&self) -> DateTime<Utc>;

    /// Today's date in the Netherlands, where every appointment happens.
    fn today(&self) -> NaiveDate {
        self.now().with_timezone(&Amsterdam).date_naive()
    }
}

/// The real clock.
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> DateTime<Utc> {
        Utc::now()
    }
}

/// A clock that stands still until a test moves it.
pub struct ManualClock(Mutex<DateTime<Utc>>);

impl ManualClock {
    pub fn new(at: DateTime<Utc>) -> Self {
        ManualClock(Mutex::new(at))
    }

    pub fn set(&self, at: DateTime<Utc>) {
        *self.0.lock().unwrap_or_else(|p| p.into_inner()) = at;
    }

    pub fn advance(&self, by: chrono::Duration) {
        let mut t = self.0.lock().unwrap_or_else(|p| p.into_inner());
        *t += by;
    }
}

impl Clock for ManualClock {
    fn now(&self) -> DateTime<Utc> {
        *self.0.lock().unwrap_or_else(|p| p.into_inner())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn today_is_the_dutch_date_even_when_utc_is_still_yesterday() {
        // 23:30 UTC on 29 March 2026 is 01:30 on 30 March in Amsterdam (summer time).
        let clock = ManualClock::new("2026-03-29T23:30:00Z".parse().unwrap());
        assert_eq!(clock.today(), NaiveDate::from_ymd_opt(2026, 3, 30).unwrap());
        clock.advance(chrono::Duration::hours(-2));
        assert_eq!(clock.today(), NaiveDate::from_ymd_opt(2026, 3, 29).unwrap());
    }
}
