//! The three parties of a driegesprek and the two kinds of organisation (domain.md, "The people").

use serde::{Deserialize, Serialize};

/// A COA location (the reception agency) or a municipality (gemeente).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum OrgKind {
    Coa,
    Gemeente,
}

impl OrgKind {
    pub fn as_str(self) -> &'static str {
        match self {
            OrgKind::Coa => "coa",
            OrgKind::Gemeente => "gemeente",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        match s.trim().to_ascii_lowercase().as_str() {
            "coa" => Some(OrgKind::Coa),
            "gemeente" | "municipality" => Some(OrgKind::Gemeente),
            _ => None,
        }
    }

    /// The organisation on the other side of the handover.
    pub fn counterpart(self) -> Self {
        match self {
            OrgKind::Coa => OrgKind::Gemeente,
            OrgKind::Gemeente => OrgKind::Coa,
        }
    }

    pub fn party(self) -> Party {
        match self {
            OrgKind::Coa => Party::Coa,
            OrgKind::Gemeente => Party::Gemeente,
        }
    }
}

/// A member's place in a case.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Party {
    Coa,
    Gemeente,
    Holder,
}

impl Party {
    pub fn as_str(self) -> &'static str {
        match self {
            Party::Coa => "coa",
            Party::Gemeente => "gemeente",
            Party::Holder => "holder",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "coa" => Some(Party::Coa),
            "gemeente" => Some(Party::Gemeente),
            "holder" => Some(Party::Holder),
            _ => None,
        }
    }

    pub fn is_staff(self) -> bool {
        !matches!(self, Party::Holder)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_organisation_kind_has_the_other_as_counterpart() {
        assert_eq!(OrgKind::Coa.counterpart(), OrgKind::Gemeente);
        assert_eq!(OrgKind::Gemeente.counterpart(), OrgKind::Coa);
    }

    #[test]
    fn organisation_kinds_round_trip_through_text() {
        for kind in [OrgKind::Coa, OrgKind::Gemeente] {
            assert_eq!(OrgKind::parse(kind.as_str()), Some(kind));
        }
        assert_eq!(OrgKind::parse("IND"), None);
    }

    #[test]
    fn only_the_status_holder_is_not_staff() {
        assert!(Party::Coa.is_staff());
        assert!(Party::Gemeente.is_staff());
        assert!(!Party::Holder.is_staff());
    }
}
