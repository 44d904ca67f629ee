//! Short texts that staff type: the status holder's first name or initials, the organisation's
//! own case reference, an organisation's name. Parsed once, so the rest of the code can trust
//! them (domain.md, "Privacy": store the least that works, never a BSN or V-number).

use std::borrow::Cow;

use icu_properties::CodePointMapData;
use icu_properties::props::{GeneralCategory, GeneralCategoryGroup};
use serde::{Deserialize, Serialize};

/// Why a typed text was refused; each maps to a translated message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextProblem {
    Empty,
    TooLong {
        max: usize,
    },
    /// Nine digits in a row, or a V-number: looks like a BSN or V-number.
    LooksLikeNationalNumber,
    ControlCharacters,
}

fn clean(raw: &str, max: usize) -> Result<String, TextProblem> {
    let trimmed = raw.trim();
    if is_blank(trimmed) {
        return Err(TextProblem::Empty);
    }
    if trimmed.chars().count() > max {
        return Err(TextProblem::TooLong { max });
    }
    // Bidi controls and invisible format characters were removed at the edge
    // (`strip_invisible`, issue 10); ZWNJ and ZWJ stay, Persian, Pashto, Sorani and emoji need
    // them. Control characters such as newlines and NUL are refused.
    if trimmed.chars().any(|c| c.is_control()) {
        return Err(TextProblem::ControlCharacters);
    }
    Ok(trimmed.to_string())
}

/// Whether `c` is one of the invisible characters that can reorder or hide text: the Arabic
/// letter mark, zero-width space, LRM and RLM, bidi embeddings, overrides and isolates, the
/// invisible operators and deprecated format characters, the BOM and the Mongolian vowel
/// separator. ZWNJ (U+200C) and ZWJ (U+200D) are not among them.
pub fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{061C}'
            | '\u{200B}'
            | '\u{200E}'
            | '\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{2064}'
            | '\u{2066}'..='\u{2069}'
            | '\u{206A}'..='\u{206F}'
            | '\u{FEFF}'
            | '\u{180E}'
    )
}

/// `raw` without the characters of `is_invisible` (issue 10, "Names and typed text cannot
/// reorder a screen"). Applied to every typed text where it enters (`telegram::parse`) and
/// again where typed text is shown to others.
pub fn strip_invisible(raw: &str) -> Cow<'_, str> {
    if raw.chars().any(is_invisible) {
        Cow::Owned(raw.chars().filter(|c| !is_invisible(*c)).collect())
    } else {
        Cow::Borrowed(raw)
    }
}

/// Whether the text has nothing to see: no character that is not white space, not a combining
/// mark (a lone U+0301 has nothing to sit on) and not ZWNJ, ZWJ or a variation selector. Such
/// a text counts as empty wherever something must be typed.
pub fn is_blank(s: &str) -> bool {
    let gc = CodePointMapData::<GeneralCategory>::new();
    !s.chars().any(|c| {
        !c.is_whitespace()
            && !is_invisible(c)
            && !matches!(c, '\u{200C}' | '\u{200D}' | '\u{FE00}'..='\u{FE0F}')
            && !GeneralCategoryGroup::Mark.contains(gc.get(c))
    })
}

/// Arabic-Indic (٠-٩) and Persian (۰-۹) digits as ASCII digits, so that a date or a BSN typed on
/// an Arabic or Persian keyboard is understood (and refused) like one typed in Latin digits.
pub fn ascii_digits(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '\u{0660}'..='\u{0669}' => char::from(b'0' + (c as u32 - 0x0660) as u8),
            '\u{06F0}'..='\u{06F9}' => char::from(b'0' + (c as u32 - 0x06F0) as u8),
            _ => c,
        })
        .collect()
}

fn longest_digit_run(s: &str) -> usize {
    let mut best = 0;
    let mut run = 0;
    for c in ascii_digits(s).chars() {
        if c.is_ascii_digit() {
            run += 1;
            best = best.max(run);
        } else if c != ' ' && c != '.' && c != '-' {
            run = 0;
        }
    }
    best
}

/// Free text that contains a number as long as a BSN or V-number (nine digits or more, also in
/// Arabic or Persian digits and with spaces, dots or dashes): never stored (domain.md, "Privacy").
pub fn has_national_number(s: &str) -> bool {
    longest_digit_run(s) >= 9
}

/// A V-number (vreemdelingennummer) is ten digits, often written with a leading "V".
fn looks_like_national_number(s: &str) -> bool {
    let digits = longest_digit_run(s);
    let lower = s.to_lowercase();
    digits >= 9
        || lower.contains("bsn")
        || lower
            .strip_prefix('v')
            .is_some_and(|rest| longest_digit_run(rest) >= 8)
}

/// The status holder's first name or initials: never the full name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HolderName(String);

impl HolderName {
    pub const MAX: usize = 40;

    pub fn parse(raw: &str) -> Result<Self, TextProblem> {
        let s = clean(raw, Self::MAX)?;
        if longest_digit_run(&s) >= 4 {
            return Err(TextProblem::LooksLikeNationalNumber);
        }
        Ok(HolderName(s))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// The organisation's own case reference (its dossier number), never a BSN or V-number.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaseReference(String);

impl CaseReference {
    pub const MAX: usize = 32;

    pub fn parse(raw: &str) -> Result<Self, TextProblem> {
        let s = clean(raw, Self::MAX)?;
        if looks_like_national_number(&s) {
            return Err(TextProblem::LooksLikeNationalNumber);
        }
        Ok(CaseReference(s))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// The name of a COA location or municipality, as the admin typed it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OrgName(String);

impl OrgName {
    pub const MAX: usize = 80;

    pub fn parse(raw: &str) -> Result<Self, TextProblem> {
        clean(raw, Self::MAX).map(OrgName)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_first_name_in_any_script_is_accepted_and_trimmed() {
        for name in ["  Amanuel ", "A.K.", "أحمد", "ኣማኑኤል", "Zeynep 🌻"] {
            assert_eq!(HolderName::parse(name).unwrap().as_str(), name.trim());
        }
    }

    #[test]
    fn an_empty_or_huge_name_is_refused() {
        assert_eq!(HolderName::parse("   "), Err(TextProblem::Empty));
        let huge = "a".repeat(4000);
        assert_eq!(
            HolderName::parse(&huge),
            Err(TextProblem::TooLong {
                max: HolderName::MAX
            })
        );
    }

    #[test]
    fn a_name_with_a_newline_is_refused() {
        assert_eq!(
            HolderName::parse("Ama\nnuel"),
            Err(TextProblem::ControlCharacters)
        );
    }

    #[test]
    fn bidi_controls_and_zero_width_spaces_are_stripped_but_zwnj_and_zwj_are_kept() {
        for (raw, want) in [
            ("Ama\u{202E}lunam", "Amalunam"),
            ("\u{2066}Amal\u{2069}\u{200B}", "Amal"),
            (
                "\u{FEFF}\u{200E}\u{200F}\u{061C}x\u{180E}\u{2060}\u{2064}\u{206A}\u{206F}",
                "x",
            ),
            ("\u{202A}\u{202B}\u{202C}\u{202D}\u{2067}\u{2068}", ""),
            // Persian "mi-khāham" needs its ZWNJ; the family emoji is held together by ZWJs.
            ("می\u{200C}خواهم", "می\u{200C}خواهم"),
            ("👩\u{200D}👩\u{200D}👦", "👩\u{200D}👩\u{200D}👦"),
            ("أحمد 🌻", "أحمد 🌻"),
        ] {
            assert_eq!(strip_invisible(raw), want, "{raw:?}");
        }
        assert!(matches!(strip_invisible("plain"), Cow::Borrowed(_)));
    }

    #[test]
    fn a_name_or_reference_of_only_combining_marks_or_joiners_is_empty() {
        for raw in [
            "\u{0301}",
            " \u{0301}\u{0308} ",
            "\u{200D}",
            "\u{200C}\u{FE0F}",
        ] {
            assert_eq!(HolderName::parse(raw), Err(TextProblem::Empty), "{raw:?}");
            assert_eq!(
                CaseReference::parse(raw),
                Err(TextProblem::Empty),
                "{raw:?}"
            );
        }
        // A mark on a letter is part of a name.
        assert!(HolderName::parse("Jose\u{0301}").is_ok());
    }

    #[test]
    fn a_case_reference_that_looks_like_a_bsn_or_v_number_is_refused() {
        for bad in [
            "123456782",
            "1234.56.782",
            "V1234567890",
            "v 12345678",
            "BSN 1",
            "١٢٣٤٥٦٧٨٢",
            "۱۲۳۴۵۶۷۸۲",
        ] {
            assert_eq!(
                CaseReference::parse(bad),
                Err(TextProblem::LooksLikeNationalNumber),
                "{bad}"
            );
        }
        for good in ["GEM-2026-0042", "TA-17", "2026/113"] {
            assert!(CaseReference::parse(good).is_ok(), "{good}");
        }
    }
}
