//! Dates typed by staff. Status holders never type dates; staff may, as `30-03-2026`,
//! `30/3/2026`, `30.3.2026` or `2026-03-30`.

use chrono::NaiveDate;

/// Parses a calendar date in the forms Dutch staff write, or `None`.
pub fn parse_date(raw: &str) -> Option<NaiveDate> {
    let s = crate::domain::ascii_digits(raw.trim());
    let s = s.as_str();
    if s.len() > 16 {
        return None;
    }
    let parts: Vec<&str> = s.split(['-', '/', '.']).collect();
    let [a, b, c] = parts.as_slice() else {
        return None;
    };
    let num = |p: &str| -> Option<u32> {
        (!p.is_empty() && p.len() <= 4 && p.bytes().all(|b| b.is_ascii_digit()))
            .then(|| p.parse().ok())
            .flatten()
    };
    let (first_len, last_len) = (a.len(), c.len());
    let (a, b, c) = (num(a)?, num(b)?, num(c)?);
    if first_len == 4 {
        NaiveDate::from_ymd_opt(i32::try_from(a).ok()?, b, c)
    } else if last_len == 4 {
        NaiveDate::from_ymd_opt(i32::try_from(c).ok()?, b, a)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn dutch_and_iso_dates_are_understood() {
        for (raw, want) in [
            ("30-03-2026", d(2026, 3, 30)),
            ("30/3/2026", d(2026, 3, 30)),
            (" 1.12.2026 ", d(2026, 12, 1)),
            ("2026-03-30", d(2026, 3, 30)),
            ("٣٠-٠٣-٢٠٢٦", d(2026, 3, 30)),
            ("۳۰/۰۳/۲۰۲۶", d(2026, 3, 30)),
        ] {
            assert_eq!(parse_date(raw), Some(want), "{raw}");
        }
    }

    #[test]
    fn impossible_or_odd_dates_are_refused() {
        for raw in [
            "31-02-2026",
            "30-03-26",
            "morgen",
            "",
            "1-2-3-4",
            "+1-2-2026",
        ] {
            assert_eq!(parse_date(raw), None, "{raw}");
        }
    }
}
