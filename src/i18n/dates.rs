//! Dates and times in the user's own language, for Dutch appointments.
//!
//! Every date the bot shows is an appointment in the Netherlands, so:
//!
//! - the instant is always shown as wall-clock time in `Europe/Amsterdam` (chrono-tz turns the UTC
//!   instant into the local wall time, so summer and winter time are right; ICU only formats it);
//! - always the Gregorian calendar, also for Persian, Dari and Pashto, where ICU would otherwise
//!   pick the Solar Hijri calendar (30 March 2026 would read "10 Farvardin 1405");
//! - always a 24-hour clock, also where the locale prefers 12 hours (ar, ti, so, am, en);
//! - words (weekday, month) and digits are the locale's own, from ICU4X's compiled CLDR data.
//!
//! Our locale ids map to ICU locales as follows (see [`LOCALES`]):
//!
//! - `kmr` (Kurmanji) has no data of its own in CLDR; its data lives under `ku`, which is
//!   Kurmanji in Latin script. Asking ICU for `kmr` gives a raw root pattern ("2026 M03 30, Mon").
//! - `fa` (Persian) uses plain `fa`: Gregorian month names as used in Iran ("مارس" for March,
//!   "ژوئن" for June) and Persian digits.
//! - `prs` (Dari) has no data of its own in CLDR (asking for `prs` gives the root pattern); it
//!   uses `fa-AF`, Persian as written in Afghanistan: the Gregorian month names Afghans write
//!   ("مارچ" for March, "جون" for June, "جنوری" for January) and Persian digits.
//! - `ckb` (Sorani) has its own data in CLDR (Arabic script, Arabic-Indic digits) and is used as is.
//! - `ar` is plain `ar` on purpose: Western digits and the standard month names ("مارس"). A
//!   region such as `ar-SY` would switch to Arabic-Indic digits and Levantine months ("آذار").
//! - an id we do not know is shown in English.
//!
//! All formatters are built once, in [`DateFormatter::new`], and only read afterwards; the ICU
//! `sync` feature makes them `Send + Sync`, so one `DateFormatter` can be shared across tasks.

use std::fmt::{self, Write as _};

use chrono::{Datelike, NaiveDate, NaiveDateTime, NaiveTime, Timelike, Utc};
use chrono_tz::Europe::Amsterdam;
use icu_calendar::{Date, Gregorian};
use icu_datetime::fieldsets::{E, T, YMDE, YMDET};
use icu_datetime::input::{DateTime, Time};
use icu_datetime::preferences::HourCycle;
use icu_datetime::{
    DateTimeFormatterPreferences, FixedCalendarDateTimeFormatter, NoCalendarFormatter,
};
use icu_locale_core::Locale;

/// Our locale ids and the ICU locale whose data each one uses.
pub const LOCALES: [(&str, &str); 13] = [
    ("nl", "nl"),
    ("en", "en"),
    ("ar", "ar"),
    ("ti", "ti"),
    ("tr", "tr"),
    ("kmr", "ku"),
    ("prs", "fa-AF"),
    ("fa", "fa"),
    ("so", "so"),
    ("ckb", "ckb"),
    ("ps", "ps"),
    ("am", "am"),
    ("fr", "fr"),
];

/// The locale id used for ids we do not know.
const FALLBACK_LOCALE: &str = "en";

/// Localised date and time formatting for our locales; cheap to share (`Send + Sync`).
pub struct DateFormatter {
    locales: Vec<LocaleFormatters>,
}

/// The formatters of one locale. A formatter is `None` only if ICU could not build it, which
/// cannot happen with the compiled data for these locales (see [`DateFormatter::new`]); the
/// methods then fall back to an ISO-like string.
struct LocaleFormatters {
    id: &'static str,
    date_time: Option<FixedCalendarDateTimeFormatter<Gregorian, YMDET>>,
    date: Option<FixedCalendarDateTimeFormatter<Gregorian, YMDE>>,
    weekday: Option<FixedCalendarDateTimeFormatter<Gregorian, E>>,
    /// The short weekday ("ma", "Mon", "Pzt"), for the calendar's header row.
    weekday_short: Option<FixedCalendarDateTimeFormatter<Gregorian, E>>,
    time: Option<NoCalendarFormatter<T>>,
}

impl DateFormatter {
    /// Builds the formatters for all our locales (a few milliseconds; do it once at start-up).
    ///
    /// Construction can only fail if the compiled data lacks what a field set needs. ICU4X's
    /// compiled data always has root data for every field set, and falls back to it for a locale
    /// without data, so with `compiled_data` this does not happen; the tests check every locale.
    /// Should it happen anyway (a future ICU release, a bad locale string), that locale shows
    /// ISO-like dates ("2026-03-30 09:00") instead of the bot failing.
    pub fn new() -> Self {
        let locales = LOCALES
            .iter()
            .map(|&(id, icu_id)| LocaleFormatters::new(id, icu_id))
            .collect();
        Self { locales }
    }

    /// Weekday, day, month name, year and 24-hour time of the instant in `Europe/Amsterdam`,
    /// e.g. "maandag 30 maart 2026 om 09:00" (the word between date and time is the locale's).
    pub fn date_time(&self, locale: &str, at: chrono::DateTime<Utc>) -> String {
        let local = amsterdam_wall_time(at);
        let fallback = || local.format("%Y-%m-%d %H:%M").to_string();
        let Some(formatter) = self.formatters(locale).date_time.as_ref() else {
            return fallback();
        };
        let Some(input) = icu_date_time(local) else {
            return fallback();
        };
        render(formatter.format(&input)).unwrap_or_else(fallback)
    }

    /// Weekday, day, month name and year, e.g. "maandag 30 maart 2026".
    pub fn date(&self, locale: &str, day: NaiveDate) -> String {
        let fallback = || day.format("%Y-%m-%d").to_string();
        let Some(formatter) = self.formatters(locale).date.as_ref() else {
            return fallback();
        };
        let Some(input) = icu_date(day) else {
            return fallback();
        };
        render(formatter.format(&input)).unwrap_or_else(fallback)
    }

    /// The weekday alone, e.g. "maandag".
    pub fn weekday(&self, locale: &str, day: NaiveDate) -> String {
        let fallback = || day.format("%A").to_string();
        let Some(formatter) = self.formatters(locale).weekday.as_ref() else {
            return fallback();
        };
        let Some(input) = icu_date(day) else {
            return fallback();
        };
        render(formatter.format(&input)).unwrap_or_else(fallback)
    }

    /// The short weekday, e.g. "ma" (the calendar's header row, issue 12).
    pub fn weekday_short(&self, locale: &str, day: NaiveDate) -> String {
        let fallback = || day.format("%a").to_string();
        let Some(formatter) = self.formatters(locale).weekday_short.as_ref() else {
            return fallback();
        };
        let Some(input) = icu_date(day) else {
            return fallback();
        };
        render(formatter.format(&input)).unwrap_or_else(fallback)
    }

    /// The 24-hour time of the instant in `Europe/Amsterdam`, e.g. "09:00", in the locale's digits.
    pub fn time(&self, locale: &str, at: chrono::DateTime<Utc>) -> String {
        let local = amsterdam_wall_time(at).time();
        let fallback = || local.format("%H:%M").to_string();
        let Some(formatter) = self.formatters(locale).time.as_ref() else {
            return fallback();
        };
        let Some(input) = icu_time(local) else {
            return fallback();
        };
        render(formatter.format(&input)).unwrap_or_else(fallback)
    }

    /// The formatters for `locale`: matched on its first subtag ("fa-AF" finds "fa"), ignoring
    /// case; an unknown id gets English.
    fn formatters(&self, locale: &str) -> &LocaleFormatters {
        let primary = locale.split(['-', '_']).next().unwrap_or(locale);
        let find = |id: &str| self.locales.iter().find(|f| f.id.eq_ignore_ascii_case(id));
        find(primary)
            .or_else(|| find(FALLBACK_LOCALE))
            .unwrap_or(&EMPTY)
    }
}

impl Default for DateFormatter {
    fn default() -> Self {
        Self::new()
    }
}

impl fmt::Debug for DateFormatter {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("DateFormatter")
            .field(
                "locales",
                &self.locales.iter().map(|l| l.id).collect::<Vec<_>>(),
            )
            .finish()
    }
}

/// Stands in for a locale without formatters; unreachable because `locales` always holds
/// `FALLBACK_LOCALE`, but it lets lookups return a value instead of panicking.
static EMPTY: LocaleFormatters = LocaleFormatters::empty("");

impl LocaleFormatters {
    const fn empty(id: &'static str) -> Self {
        Self {
            id,
            date_time: None,
            date: None,
            weekday: None,
            weekday_short: None,
            time: None,
        }
    }

    fn new(id: &'static str, icu_id: &str) -> Self {
        let Ok(locale) = icu_id.parse::<Locale>() else {
            return Self::empty(id);
        };
        let mut prefs = DateTimeFormatterPreferences::from(&locale);
        // 24-hour clock everywhere. The calendar needs no preference: the fixed-calendar
        // formatters below are Gregorian whatever the locale prefers.
        prefs.hour_cycle = Some(HourCycle::H23);
        Self {
            id,
            date_time: FixedCalendarDateTimeFormatter::try_new(prefs, YMDE::long().with_time_hm())
                .ok(),
            date: FixedCalendarDateTimeFormatter::try_new(prefs, YMDE::long()).ok(),
            weekday: FixedCalendarDateTimeFormatter::try_new(prefs, E::long()).ok(),
            weekday_short: FixedCalendarDateTimeFormatter::try_new(prefs, E::short()).ok(),
            time: NoCalendarFormatter::try_new(prefs, T::hm()).ok(),
        }
    }
}

/// The wall-clock time in the Netherlands at `at`. Going from UTC to local time is never
/// ambiguous, so this is right on both nights the clocks change.
fn amsterdam_wall_time(at: chrono::DateTime<Utc>) -> NaiveDateTime {
    at.with_timezone(&Amsterdam).naive_local()
}

fn icu_date(day: NaiveDate) -> Option<Date<Gregorian>> {
    let month = u8::try_from(day.month()).ok()?;
    let day_of_month = u8::try_from(day.day()).ok()?;
    Date::try_new_gregorian(day.year(), month, day_of_month).ok()
}

/// Minutes are all we show; seconds are dropped (truncated, like `%H:%M`).
fn icu_time(time: NaiveTime) -> Option<Time> {
    let hour = u8::try_from(time.hour()).ok()?;
    let minute = u8::try_from(time.minute()).ok()?;
    Time::try_new(hour, minute, 0, 0).ok()
}

fn icu_date_time(local: NaiveDateTime) -> Option<DateTime<Gregorian>> {
    Some(DateTime {
        date: icu_date(local.date())?,
        time: icu_time(local.time())?,
    })
}

/// Writes a formatted value into a string; `None` (never in practice: writing to a `String`
/// does not fail) instead of the panic `to_string` would give.
fn render(value: impl fmt::Display) -> Option<String> {
    let mut out = String::new();
    write!(out, "{value}").ok()?;
    (!out.is_empty()).then_some(out)
}

#[cfg(test)]
#[path = "dates_tests.rs"]
mod tests;
