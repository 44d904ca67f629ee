//! Property tests: every parser of typed input gets arbitrary Unicode (emoji, Arabic-Indic and
//! full-width digits, combining marks, right-to-left text, huge lines) and must answer without
//! panicking; every real value round-trips. Issue 10: no input can panic.

use chrono::{NaiveDate, NaiveTime, Timelike};
use driegesprek::domain::{
    CaseReference, HolderName, InviteToken, OrgName, is_invisible, strip_invisible,
};
use driegesprek::reminders::settings::{parse_duration, parse_durations};
use driegesprek::telegram::callback;
use driegesprek::workflow::dates::parse_date;
use driegesprek::workflow::meeting::parse_video_link;
use driegesprek::workflow::meeting::slots::parse_time;
use proptest::prelude::*;

/// Text as people type it on a phone: any scalar value, weighted towards the scripts and
/// characters that broke byte-index code before.
fn typed() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        any::<char>().prop_map(String::from),
        "[0-9:.\\-/ hmd]{1,4}",
        "[٠-٩۰-۹０-９]{1,4}",
        "[\u{0300}-\u{036f}\u{200b}-\u{200f}\u{202a}-\u{202e}\u{2066}-\u{2069}]",
        "[\u{061c}\u{180e}\u{2060}-\u{206f}\u{feff}\u{200c}\u{200d}]",
        "[\u{0600}-\u{06ff}\u{1200}-\u{137f}]{1,6}",
        "(🙂|👍🏽|👨‍👩‍👧|🇳🇱)",
    ];
    prop::collection::vec(piece, 0..12).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn typed_text_never_panics_a_parser(s in typed()) {
        let _ = parse_time(&s);
        let _ = parse_date(&s);
        let _ = parse_duration(&s);
        let _ = parse_durations(&s);
        let _ = parse_video_link(&s);
        let _ = HolderName::parse(&s);
        let _ = CaseReference::parse(&s);
        let _ = OrgName::parse(&s);
        let _ = InviteToken::parse(&s);
        let _ = callback::decode(&s);
    }

    #[test]
    fn any_string_never_panics_a_parser(s in any::<String>()) {
        let _ = parse_time(&s);
        let _ = parse_date(&s);
        let _ = parse_duration(&s);
        let _ = parse_video_link(&s);
        let _ = HolderName::parse(&s);
        let _ = CaseReference::parse(&s);
        let _ = callback::decode(&s);
    }

    /// Callback data is whatever a forged client sends: arbitrary bytes, read as Telegram
    /// would hand them over (UTF-8, invalid sequences replaced).
    #[test]
    fn arbitrary_callback_bytes_are_refused_or_decoded(bytes in prop::collection::vec(any::<u8>(), 0..80)) {
        let data = String::from_utf8_lossy(&bytes);
        if let Some(action) = callback::decode(&data) {
            // Whatever decodes is a real button: encoding it again gives data that decodes
            // to the same button and fits Telegram's 64 bytes.
            let again = callback::encode(action);
            prop_assert!(again.len() <= 64);
            prop_assert_eq!(callback::decode(&again), Some(action));
        }
    }

    #[test]
    fn a_typed_date_round_trips(days in 0i64..40_000) {
        let date = NaiveDate::from_ymd_opt(1990, 1, 1).unwrap() + chrono::Duration::days(days);
        prop_assert_eq!(parse_date(&date.format("%d-%m-%Y").to_string()), Some(date));
        prop_assert_eq!(parse_date(&date.format("%Y-%m-%d").to_string()), Some(date));
        prop_assert_eq!(parse_date(&date.format("%d/%m/%Y").to_string()), Some(date));
    }

    #[test]
    fn a_typed_time_round_trips(h in 0u32..24, m in 0u32..60) {
        let time = NaiveTime::from_hms_opt(h, m, 0).unwrap();
        prop_assert_eq!(parse_time(&format!("{h:02}:{m:02}")), Some(time));
        prop_assert_eq!(parse_time(&format!("{h:02}{m:02}")), Some(time));
        let parsed = parse_time(&format!("{h}.{m:02}")).unwrap();
        prop_assert_eq!((parsed.hour(), parsed.minute()), (h, m));
    }

    /// Issue 10: after stripping, no bidi control or invisible format character is left, ZWNJ
    /// and ZWJ (and everything else) are kept in order, and stripping twice changes nothing.
    #[test]
    fn stripping_removes_every_invisible_control_keeps_joiners_and_is_idempotent(s in typed()) {
        let stripped = strip_invisible(&s);
        prop_assert!(!stripped.chars().any(is_invisible));
        for c in [
            '\u{061C}', '\u{200B}', '\u{200E}', '\u{200F}', '\u{202A}', '\u{202E}',
            '\u{2060}', '\u{2064}', '\u{2066}', '\u{2069}', '\u{206A}', '\u{206F}',
            '\u{FEFF}', '\u{180E}',
        ] {
            prop_assert!(!stripped.contains(c), "{:?} left in {:?}", c, stripped);
        }
        let kept: String = s.chars().filter(|c| !is_invisible(*c)).collect();
        prop_assert_eq!(stripped.as_ref(), kept.as_str());
        for joiner in ['\u{200C}', '\u{200D}'] {
            prop_assert_eq!(stripped.matches(joiner).count(), s.matches(joiner).count());
        }
        let twice = strip_invisible(&stripped).into_owned();
        prop_assert_eq!(twice.as_str(), stripped.as_ref());
    }

    #[test]
    fn a_clean_name_or_reference_parses_to_itself(s in typed()) {
        if let Ok(name) = HolderName::parse(&s) {
            prop_assert_eq!(HolderName::parse(name.as_str()).ok(), Some(name.clone()));
        }
        if let Ok(reference) = CaseReference::parse(&s) {
            prop_assert_eq!(CaseReference::parse(reference.as_str()).ok(), Some(reference.clone()));
        }
    }
}

#[test]
fn every_prefix_of_a_real_button_is_refused_or_decoded_without_panic() {
    let token = InviteToken::generate().expect("random token");
    assert_eq!(InviteToken::parse(token.as_str()), Some(token.clone()));
    for data in [
        "link:org",
        "link:choose",
        "open:cancel",
        "open:ago:0",
        "open:org:2",
    ] {
        assert!(callback::decode(data).is_some(), "{data} is a real button");
        for (i, _) in data.char_indices() {
            let prefix = data.get(..i).unwrap_or_default();
            let _ = callback::decode(prefix);
        }
    }
}
