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
//! - `fa` serves both Persian and Dari speakers and uses plain `fa`: Gregorian month names as
//!   used in Iran ("مارس" for March) and Persian digits. `fa-AF` would give the Afghan names
//!   ("مارچ"); if Dari ever gets its own locale id, map it to `fa-AF` (not `prs`, which has no data).
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
pub const LOCALES: [(&str, &str); 12] = [
    ("nl", "nl"),
    ("en", "en"),
    ("ar", "ar"),
    ("ti", "ti"),
    ("tr", "tr"),
    ("kmr", "ku"),
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
mod tests {
    use super::*;
    use chrono::TimeZone;
    use std::collections::HashSet;

    fn utc(y: i32, mo: u32, d: u32, h: u32, mi: u32) -> chrono::DateTime<Utc> {
        Utc.with_ymd_and_hms(y, mo, d, h, mi, 0)
            .single()
            .expect("a valid UTC time in the test")
    }

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("a valid date in the test")
    }

    fn our_ids() -> impl Iterator<Item = &'static str> {
        LOCALES.iter().map(|&(id, _)| id)
    }

    #[test]
    fn the_formatter_can_be_shared_across_tasks() {
        fn assert_send_sync<T: Send + Sync + 'static>() {}
        assert_send_sync::<DateFormatter>();
    }

    #[test]
    fn every_locale_has_all_its_formatters() {
        let f = DateFormatter::new();
        for l in &f.locales {
            assert!(l.date_time.is_some(), "{}: date_time", l.id);
            assert!(l.date.is_some(), "{}: date", l.id);
            assert!(l.weekday.is_some(), "{}: weekday", l.id);
            assert!(l.time.is_some(), "{}: time", l.id);
        }
        assert_eq!(f.locales.len(), 12);
    }

    #[test]
    fn a_summer_appointment_in_dutch_reads_maandag_30_maart_2026_at_nine() {
        let f = DateFormatter::new();
        // 07:00 UTC is 09:00 in Amsterdam in summer time (UTC+2).
        let s = f.date_time("nl", utc(2026, 3, 30, 7, 0));
        assert!(s.contains("maandag 30 maart 2026"), "{s}");
        assert!(s.contains("09:00"), "{s}");
        assert_eq!(s, "maandag 30 maart 2026 om 09:00");
        assert_eq!(f.date("nl", day(2026, 3, 30)), "maandag 30 maart 2026");
        assert_eq!(f.time("nl", utc(2026, 3, 30, 7, 0)), "09:00");
    }

    #[test]
    fn a_winter_appointment_is_one_hour_ahead_of_utc() {
        let f = DateFormatter::new();
        // 07:00 UTC is 08:00 in Amsterdam in winter time (UTC+1).
        let s = f.date_time("nl", utc(2026, 1, 12, 7, 0));
        assert_eq!(s, "maandag 12 januari 2026 om 08:00");
        assert_eq!(f.time("nl", utc(2026, 1, 12, 7, 0)), "08:00");
    }

    #[test]
    fn the_clocks_go_forward_on_29_march_2026() {
        let f = DateFormatter::new();
        // 00:30 UTC is still winter time; at 01:00 UTC the clock jumps from 02:00 to 03:00.
        assert_eq!(f.time("nl", utc(2026, 3, 29, 0, 30)), "01:30");
        assert_eq!(f.time("nl", utc(2026, 3, 29, 1, 30)), "03:30");
        assert_eq!(
            f.date_time("nl", utc(2026, 3, 29, 1, 30)),
            "zondag 29 maart 2026 om 03:30"
        );
    }

    #[test]
    fn half_past_two_happens_twice_on_25_october_2026() {
        let f = DateFormatter::new();
        // 00:30 UTC is 02:30 summer time (UTC+2), 01:30 UTC is 02:30 winter time (UTC+1).
        assert_eq!(f.time("nl", utc(2026, 10, 25, 0, 30)), "02:30");
        assert_eq!(f.time("nl", utc(2026, 10, 25, 1, 30)), "02:30");
        assert_eq!(f.time("nl", utc(2026, 10, 25, 2, 30)), "03:30");
        assert_eq!(
            f.date_time("nl", utc(2026, 10, 25, 1, 30)),
            "zondag 25 oktober 2026 om 02:30"
        );
    }

    #[test]
    fn the_clocks_go_forward_on_28_march_2027() {
        let f = DateFormatter::new();
        assert_eq!(f.time("nl", utc(2027, 3, 28, 0, 30)), "01:30");
        assert_eq!(f.time("nl", utc(2027, 3, 28, 1, 30)), "03:30");
        assert_eq!(
            f.date_time("nl", utc(2027, 3, 28, 1, 30)),
            "zondag 28 maart 2027 om 03:30"
        );
    }

    #[test]
    fn half_past_two_happens_twice_on_31_october_2027() {
        let f = DateFormatter::new();
        assert_eq!(f.time("nl", utc(2027, 10, 31, 0, 30)), "02:30");
        assert_eq!(f.time("nl", utc(2027, 10, 31, 1, 30)), "02:30");
        assert_eq!(f.time("nl", utc(2027, 10, 31, 2, 30)), "03:30");
        assert_eq!(
            f.date_time("nl", utc(2027, 10, 31, 0, 30)),
            "zondag 31 oktober 2027 om 02:30"
        );
    }

    #[test]
    fn persian_shows_the_gregorian_month_and_a_24_hour_time() {
        let f = DateFormatter::new();
        // 13:05 UTC is 15:05 in Amsterdam.
        let s = f.date_time("fa", utc(2026, 3, 30, 13, 5));
        assert!(s.contains("مارس"), "Gregorian March expected: {s}");
        assert!(!s.contains("فروردین"), "Solar Hijri month found: {s}");
        assert!(s.contains("۲۰۲۶"), "Gregorian year 2026 expected: {s}");
        assert!(!s.contains("۱۴۰۵"), "Solar Hijri year found: {s}");
        assert!(
            s.contains("۱۵:۰۵"),
            "24-hour time in Persian digits expected: {s}"
        );
    }

    #[test]
    fn pashto_shows_the_gregorian_calendar_too() {
        let f = DateFormatter::new();
        let s = f.date("ps", day(2026, 3, 30));
        assert!(s.contains("۲۰۲۶"), "Gregorian year expected: {s}");
        assert!(!s.contains("۱۴۰۵"), "Solar Hijri year found: {s}");
    }

    #[test]
    fn arabic_uses_western_digits_and_a_24_hour_clock() {
        let f = DateFormatter::new();
        let s = f.date_time("ar", utc(2026, 3, 30, 13, 5));
        assert!(s.contains("30"), "{s}");
        assert!(s.contains("مارس"), "{s}");
        assert!(s.contains("15:05"), "{s}");
        assert!(!s.contains("3:05"), "{s}");
        // The morning/afternoon markers are "ص" and "م" standing alone.
        assert!(!s.split_whitespace().any(|w| w == "ص" || w == "م"), "{s}");
        assert_eq!(f.time("ar", utc(2026, 3, 30, 13, 5)), "15:05");
    }

    #[test]
    fn the_twelve_hour_locales_get_a_24_hour_clock() {
        let f = DateFormatter::new();
        let afternoon = utc(2026, 3, 30, 13, 5); // 15:05 in Amsterdam
        for locale in ["en", "ti", "am", "so", "ar"] {
            assert_eq!(f.time(locale, afternoon), "15:05", "{locale}");
            let s = f.date_time(locale, afternoon);
            assert!(s.contains("15:05"), "{locale}: {s}");
            assert!(!s.contains("PM") && !s.contains("AM"), "{locale}: {s}");
        }
        // Markers these locales would have put after 3:05.
        assert!(!f.date_time("ti", afternoon).contains("ድ.ቀ."));
        assert!(!f.date_time("am", afternoon).contains("ከሰዓት"));
        assert!(!f.date_time("so", afternoon).contains("GD"));
    }

    #[test]
    fn every_locale_shows_the_afternoon_in_its_own_digits() {
        let f = DateFormatter::new();
        let afternoon = utc(2026, 3, 30, 13, 5);
        let expected = [
            ("nl", "15:05"),
            ("en", "15:05"),
            ("ar", "15:05"),
            ("ti", "15:05"),
            ("tr", "15:05"),
            ("kmr", "15:05"),
            ("fa", "۱۵:۰۵"),
            ("so", "15:05"),
            ("ckb", "١٥:٠٥"),
            ("ps", "۱۵:۰۵"),
            ("am", "15:05"),
            ("fr", "15:05"),
        ];
        for (locale, time) in expected {
            assert_eq!(f.time(locale, afternoon), time, "{locale}");
        }
    }

    #[test]
    fn every_locale_names_the_seven_weekdays_differently() {
        let f = DateFormatter::new();
        for locale in our_ids() {
            // Monday 30 March to Sunday 5 April 2026.
            let names: Vec<String> = (0..7)
                .map(|n| f.weekday(locale, day(2026, 3, 30) + chrono::Days::new(n)))
                .collect();
            assert!(names.iter().all(|n| !n.is_empty()), "{locale}: {names:?}");
            let distinct: HashSet<&String> = names.iter().collect();
            assert_eq!(distinct.len(), 7, "{locale}: {names:?}");
            // A weekday name is a word, not a number or a pattern letter from root data.
            assert!(
                names.iter().all(|n| !n.chars().any(|c| c.is_ascii_digit())),
                "{locale}: {names:?}"
            );
            // And the full date starts or ends with it, or holds it.
            let monday = f.date(locale, day(2026, 3, 30));
            assert!(monday.contains(names[0].as_str()), "{locale}: {monday}");
        }
    }

    #[test]
    fn only_english_uses_the_english_weekday_names() {
        let f = DateFormatter::new();
        let monday = day(2026, 3, 30);
        for locale in our_ids().filter(|&l| l != "en") {
            assert_ne!(f.weekday(locale, monday), "Monday", "{locale}");
        }
        assert_eq!(f.weekday("en", monday), "Monday");
    }

    #[test]
    fn kurmanji_uses_the_kurdish_data_not_english_or_root() {
        let f = DateFormatter::new();
        let s = f.date_time("kmr", utc(2026, 3, 30, 7, 0));
        assert_ne!(s, f.date_time("en", utc(2026, 3, 30, 7, 0)));
        // "adar" is March and "duşem" Monday in Kurmanji; root data would give "M03" and "Mon".
        assert!(s.contains("adar"), "{s}");
        assert!(s.contains("duşem"), "{s}");
        assert!(!s.contains("M03"), "{s}");
    }

    #[test]
    fn sorani_has_its_own_data() {
        let f = DateFormatter::new();
        let s = f.date("ckb", day(2026, 3, 30));
        assert!(s.contains("ئازار"), "March in Sorani expected: {s}");
        assert!(
            s.contains("٢٠٢٦"),
            "2026 in Arabic-Indic digits expected: {s}"
        );
    }

    #[test]
    fn an_unknown_locale_falls_back_to_english() {
        let f = DateFormatter::new();
        let at = utc(2026, 3, 30, 7, 0);
        let english = f.date_time("en", at);
        assert_eq!(f.date_time("xx", at), english);
        assert_eq!(f.date_time("", at), english);
        assert_eq!(
            f.date_time("kmr-Arab-x-whatever", at),
            f.date_time("kmr", at)
        );
        assert_eq!(f.date_time("NL", at), f.date_time("nl", at));
    }

    #[test]
    fn a_locale_without_formatters_gets_iso_like_dates() {
        // The path that cannot happen with compiled data, forced here.
        let f = DateFormatter {
            locales: vec![LocaleFormatters::empty("en")],
        };
        let at = utc(2026, 3, 30, 7, 0);
        assert_eq!(f.date_time("nl", at), "2026-03-30 09:00");
        assert_eq!(f.date("nl", day(2026, 3, 30)), "2026-03-30");
        assert_eq!(f.time("nl", at), "09:00");
        assert_eq!(f.weekday("nl", day(2026, 3, 30)), "Monday");
        let empty = DateFormatter { locales: vec![] };
        assert_eq!(empty.date_time("en", at), "2026-03-30 09:00");
    }

    #[test]
    fn the_samples_for_the_docs_are_what_each_locale_shows() {
        let f = DateFormatter::new();
        let at = utc(2026, 3, 30, 7, 0);
        let expected = [
            ("nl", "maandag 30 maart 2026 om 09:00"),
            ("en", "Monday, March 30, 2026 at 09:00"),
            ("ar", "الاثنين، 30 مارس 2026 في 09:00"),
            ("ti", "ሰኑይ, መጋቢት 30, 2026 ሰዓት 09:00"),
            ("tr", "30 Mart 2026 Pazartesi 09:00"),
            ("kmr", "30 adar 2026, duşem 09:00"),
            ("fa", "دوشنبه ۳۰ مارس ۲۰۲۶ ساعت ۹:۰۰"),
            ("so", "Isniin, Maarso 30, 2026 ee 09:00"),
            ("ckb", "دووشەممە، ٣٠ی ئازاری ٢٠٢٦ ٠٩:٠٠"),
            ("ps", "دوشنبه, ۳۰ مارچ ۲۰۲۶ په ۰۹:۰۰"),
            ("am", "ሰኞ፣ ማርች 30 2026 09:00"),
            ("fr", "lundi 30 mars 2026 à 09:00"),
        ];
        for (locale, sample) in expected {
            let shown = f.date_time(locale, at);
            println!("{locale:>3} | {shown}");
            assert_eq!(shown, sample, "{locale}");
        }
    }

    #[test]
    fn formatting_is_fast_enough_to_do_per_message() {
        let started = std::time::Instant::now();
        let f = DateFormatter::new();
        let built = started.elapsed();
        let at = utc(2026, 3, 30, 7, 0);
        let started = std::time::Instant::now();
        let mut total = 0;
        for _ in 0..100 {
            for locale in our_ids() {
                total += f.date_time(locale, at).len();
            }
        }
        let per_call = started.elapsed() / 1200;
        println!("new(): {built:?}, date_time(): {per_call:?} per call");
        assert!(total > 0);
        // Generous bounds, for a loaded debug build: only absurd slowness fails.
        assert!(built < std::time::Duration::from_secs(2), "{built:?}");
        assert!(
            per_call < std::time::Duration::from_millis(5),
            "{per_call:?}"
        );
    }
}
