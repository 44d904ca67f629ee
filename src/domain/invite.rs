//! Invite tokens: random, at least 128 bits, shown once in a link and stored only as a hash
//! (DESIGN.md, "Identity and access").

use sha2::{Digest, Sha256};

/// What an invite admits its holder to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InvitePurpose {
    /// A new staff member of an organisation (made by an admin on the command line).
    Staff,
    /// A staff member of the counterpart organisation, straight onto one case.
    CaseStaff,
    /// The status holder of one case.
    Holder,
}

impl InvitePurpose {
    pub fn as_str(self) -> &'static str {
        match self {
            InvitePurpose::Staff => "staff",
            InvitePurpose::CaseStaff => "case_staff",
            InvitePurpose::Holder => "holder",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "staff" => Some(InvitePurpose::Staff),
            "case_staff" => Some(InvitePurpose::CaseStaff),
            "holder" => Some(InvitePurpose::Holder),
            _ => None,
        }
    }
}

/// The secret part of an invite link: 160 random bits as 40 lowercase hex characters, which fits
/// Telegram's deep-link payload (at most 64 of `A-Z a-z 0-9 _ -`).
#[derive(Clone, PartialEq, Eq)]
pub struct InviteToken(String);

/// Never print the token itself, not even in debug output.
impl std::fmt::Debug for InviteToken {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("InviteToken(..)")
    }
}

impl InviteToken {
    const BYTES: usize = 20;

    /// A fresh token from the operating system's random source.
    pub fn generate() -> Result<Self, getrandom::Error> {
        let mut buf = [0u8; Self::BYTES];
        getrandom::fill(&mut buf)?;
        Ok(InviteToken(
            buf.iter().map(|b| format!("{b:02x}")).collect(),
        ))
    }

    /// Accepts only what `generate` can produce, so a deep-link payload of any other shape is
    /// refused before it reaches the database.
    pub fn parse(raw: &str) -> Option<Self> {
        let ok = raw.len() == Self::BYTES * 2
            && raw
                .bytes()
                .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b));
        ok.then(|| InviteToken(raw.to_string()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn hash(&self) -> TokenHash {
        let digest = Sha256::digest(self.0.as_bytes());
        TokenHash(digest.iter().map(|b| format!("{b:02x}")).collect())
    }
}

/// What the database keeps of a token.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TokenHash(pub String);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generated_tokens_are_unique_and_fit_a_deep_link() {
        let a = InviteToken::generate().unwrap();
        let b = InviteToken::generate().unwrap();
        assert_ne!(a, b);
        assert!(a.as_str().len() <= 64);
        assert_eq!(InviteToken::parse(a.as_str()), Some(a.clone()));
    }

    #[test]
    fn a_payload_of_another_shape_is_not_a_token() {
        for bad in ["", "link", "../../etc", &"A".repeat(40), &"0".repeat(39)] {
            assert_eq!(InviteToken::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn the_hash_is_stable_and_hides_the_token() {
        let t = InviteToken::generate().unwrap();
        assert_eq!(t.hash(), t.hash());
        assert!(!t.hash().0.contains(t.as_str()));
        assert_eq!(format!("{t:?}"), "InviteToken(..)");
    }
}
