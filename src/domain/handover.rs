//! The three handover options and the five things every option agrees on (domain.md, "The three
//! options").

use serde::{Deserialize, Serialize};

/// The option the municipality chooses per person (scenario 1, 2 or 3).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum HandoverOption {
    /// 1: the regular integration trajectory starts at the azc, before housing (snelle start).
    FastStart,
    /// 2: broad intake (and PIP or PIP advice) at the azc; trajectory after housing
    /// (gecombineerde aanpak).
    Combined,
    /// 3: everything starts after the move (start na huisvesting).
    AfterHousing,
}

impl HandoverOption {
    pub const ALL: [HandoverOption; 3] = [
        HandoverOption::FastStart,
        HandoverOption::Combined,
        HandoverOption::AfterHousing,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            HandoverOption::FastStart => "fast_start",
            HandoverOption::Combined => "combined",
            HandoverOption::AfterHousing => "after_housing",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        HandoverOption::ALL.into_iter().find(|o| o.as_str() == s)
    }

    /// The number caseworkers use for it (1, 2 or 3).
    pub fn number(self) -> i64 {
        match self {
            HandoverOption::FastStart => 1,
            HandoverOption::Combined => 2,
            HandoverOption::AfterHousing => 3,
        }
    }
}

/// The five items every option agrees on, each with its own moment on the timeline.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum PlanItemKind {
    /// Introduction and choice of route (kennismaking en keuze route).
    Introduction,
    /// Alignment with COA's programme (aansluiting programma-aanbod COA).
    ProgrammeAlignment,
    /// Start of the broad intake (start brede intake).
    BroadIntake,
    /// The client profile (klantprofiel) COA hands over.
    ClientProfile,
    /// The handover conversation (overdrachtsgesprek).
    HandoverConversation,
}

impl PlanItemKind {
    pub const ALL: [PlanItemKind; 5] = [
        PlanItemKind::Introduction,
        PlanItemKind::ProgrammeAlignment,
        PlanItemKind::BroadIntake,
        PlanItemKind::ClientProfile,
        PlanItemKind::HandoverConversation,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            PlanItemKind::Introduction => "introduction",
            PlanItemKind::ProgrammeAlignment => "programme_alignment",
            PlanItemKind::BroadIntake => "broad_intake",
            PlanItemKind::ClientProfile => "client_profile",
            PlanItemKind::HandoverConversation => "handover_conversation",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        PlanItemKind::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn options_and_items_round_trip_through_their_names() {
        for o in HandoverOption::ALL {
            assert_eq!(HandoverOption::parse(o.as_str()), Some(o));
        }
        for k in PlanItemKind::ALL {
            assert_eq!(PlanItemKind::parse(k.as_str()), Some(k));
        }
        assert_eq!(HandoverOption::FastStart.number(), 1);
        assert_eq!(HandoverOption::AfterHousing.number(), 3);
    }
}
