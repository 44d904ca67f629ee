//! The status holder's rights (issue 14), as pure rules: why the municipality may keep data a
//! status holder asked to erase, when a closed case is anonymised, and when the traces that can
//! no longer matter (expired invites, stale conversation state) are removed. No I/O, no clock.

use chrono::{DateTime, Duration, Utc};

/// Why the municipality keeps the data a status holder asked to erase: a fixed list, so the
/// holder reads the reason in their own language (staff cannot type one).
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum KeepReason {
    /// The municipality must keep the integration plan for its task under the Civic
    /// Integration Act 2021 while the integration runs.
    IntegrationDuty,
    /// The Archives Act (Archiefwet) makes it keep the file for a fixed period.
    ArchiveLaw,
    /// The data is needed for an objection, appeal or other procedure that is still running.
    LegalClaim,
}

impl KeepReason {
    pub const ALL: [KeepReason; 3] = [
        KeepReason::IntegrationDuty,
        KeepReason::ArchiveLaw,
        KeepReason::LegalClaim,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            KeepReason::IntegrationDuty => "integration_duty",
            KeepReason::ArchiveLaw => "archive_law",
            KeepReason::LegalClaim => "legal_claim",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|r| r.as_str() == s)
    }
}

/// How long a closed case is kept before it is anonymised, unless configured
/// (`RETENTION_CLOSED`): twelve months.
pub fn default_retention() -> Duration {
    Duration::days(365)
}

/// Cases closed before this moment are anonymised at `now`.
pub fn anonymise_closed_before(now: DateTime<Utc>, retention: Duration) -> DateTime<Utc> {
    now - retention
}

/// Invites expired, and conversations untouched, this long ago no longer matter: a link that
/// stopped working a month ago is not tried again, and a conversation left for a month is not
/// continued (the person starts over from `/menu`).
pub const TRACES_KEPT_DAYS: i64 = 30;

/// Invites expired and conversation state untouched before this moment are removed at `now`.
pub fn traces_before(now: DateTime<Utc>) -> DateTime<Utc> {
    now - Duration::days(TRACES_KEPT_DAYS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_keep_reason_survives_a_round_trip_and_nothing_else_parses() {
        for r in KeepReason::ALL {
            assert_eq!(KeepReason::parse(r.as_str()), Some(r));
        }
        assert_eq!(KeepReason::parse("because"), None);
        assert_eq!(KeepReason::parse(""), None);
    }

    #[test]
    fn a_case_closed_a_year_and_a_day_ago_is_due_and_one_closed_yesterday_is_not() {
        let now: DateTime<Utc> = "2027-04-01T10:00:00Z".parse().unwrap();
        let before = anonymise_closed_before(now, default_retention());
        let long_ago: DateTime<Utc> = "2026-03-31T10:00:00Z".parse().unwrap();
        let yesterday: DateTime<Utc> = "2027-03-31T10:00:00Z".parse().unwrap();
        assert!(long_ago < before);
        assert!(yesterday > before);
        assert_eq!(traces_before(now), now - Duration::days(30));
    }
}
