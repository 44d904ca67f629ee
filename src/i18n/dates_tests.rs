//! Tests of the date formatting: every locale builds its formatters; appointments read as
//! Amsterdam wall-clock time across the clock changes, in the Gregorian calendar with a 24-hour
//! clock and the locale's own words and digits; an unknown locale falls back to English and a
//! missing formatter to ISO-like dates.

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
    assert_eq!(f.locales.len(), 13);
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

/// Dari readers write the Gregorian months as Afghans do (ICU's `fa-AF` data): جنوری, فبروری,
/// مارچ … not the Iranian ژانویه, فوریه, مارس; the year is Gregorian, not Solar Hijri.
#[test]
fn dari_shows_the_afghan_names_of_the_gregorian_months() {
    let f = DateFormatter::new();
    let afghan = [
        "جنوری",
        "فبروری",
        "مارچ",
        "اپریل",
        "می",
        "جون",
        "جولای",
        "اگست",
        "سپتمبر",
        "اکتوبر",
        "نومبر",
        "دسمبر",
    ];
    for (m, name) in (1..=12).zip(afghan) {
        let dari = f.date("prs", day(2026, m, 15));
        let words: Vec<&str> = dari.split_whitespace().collect();
        assert!(words.contains(&name), "{name} expected: {dari}");
        assert!(words.contains(&"۲۰۲۶"), "Gregorian year expected: {dari}");
        assert_ne!(
            dari,
            f.date("fa", day(2026, m, 15)),
            "month {m}: the Iranian name"
        );
    }
    let s = f.date_time("prs", utc(2026, 6, 1, 13, 5));
    assert!(s.contains("جون") && !s.contains("ژوئن"), "{s}");
    assert!(
        s.contains("۱۵:۰۵"),
        "24-hour time in Persian digits expected: {s}"
    );
    assert!(!s.contains("۱۴۰۵"), "Solar Hijri year found: {s}");
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
        ("prs", "۱۵:۰۵"),
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
        ("prs", "دوشنبه ۳۰ مارچ ۲۰۲۶ ساعت ۹:۰۰"),
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
    let per_call = started.elapsed() / (100 * LOCALES.len() as u32);
    println!("new(): {built:?}, date_time(): {per_call:?} per call");
    assert!(total > 0);
    // Generous bounds, for a loaded debug build: only absurd slowness fails.
    assert!(built < std::time::Duration::from_secs(2), "{built:?}");
    assert!(
        per_call < std::time::Duration::from_millis(5),
        "{per_call:?}"
    );
}

#[test]
fn the_calendar_header_has_seven_different_short_weekdays_in_every_locale() {
    let f = DateFormatter::new();
    for locale in our_ids() {
        let names: Vec<String> = day(2026, 3, 30)
            .iter_days()
            .take(7)
            .map(|d| f.weekday_short(locale, d))
            .collect();
        let distinct: HashSet<&String> = names.iter().collect();
        assert_eq!(distinct.len(), 7, "{locale}: {names:?}");
        for (name, long) in names.iter().zip(
            day(2026, 3, 30)
                .iter_days()
                .take(7)
                .map(|d| f.weekday(locale, d)),
        ) {
            assert!(!name.is_empty() && name.chars().count() <= long.chars().count());
        }
    }
    assert_eq!(f.weekday_short("nl", day(2026, 3, 30)), "ma");
    assert_eq!(f.weekday_short("en", day(2026, 4, 5)), "Sun");
}
