//! Short texts that staff type: the status holder's first name or initials, the organisation's
//! own case reference, an organisation's name. Parsed once, so the rest of the code can trust
//! them (domain.md, "Privacy": store the least that works, never a BSN or V-number).

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
    if trimmed.is_empty() {
        return Err(TextProblem::Empty);
    }
    if trimmed.chars().count() > max {
        return Err(TextProblem::TooLong { max });
    }
    // Bidi and zero-width format characters are allowed (names in Arabic script need them);
    // control characters such as newlines and NUL are not.
    if trimmed.chars().any(|c| c.is_control()) {
        return Err(TextProblem::ControlCharacters);
    }
    Ok(trimmed.to_string())
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
