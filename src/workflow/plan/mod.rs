//! The handover plan's typed-answer conversation and its item kinds (issue 3). Staff build an
//! agreement with buttons; only free text, a typed due date, a new housing date and a question
//! are typed:
//!
//! ```text
//! Sanne:  <taps ➕ Afspraak>          Bot: Which kind?  [Brings documents] ... [Free text]
//! Sanne:  <taps Brings documents>     Bot: Who does it?  [COA] [Gemeente] [Status holder]
//! Sanne:  <taps Status holder>        Bot: By when?  [In 1 week] [2 weeks] [4 weeks] or 30-04-2026
//! Sanne:  30-04-2026                  Bot: Agreement added (plan version 3).
//! ```
//!
//! Pure: `today` is a parameter; the date rules are in `rules`.

/// The date rules of the five standard items per option, and moving them with the housing date.
pub mod rules;
/// An item's status, its term and whether it is late.
pub mod status;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::dates::parse_date;
use crate::domain::{CaseId, Party, PlanItemKind};
use rules::{DueProblem, check_due};

/// The common kinds of further agreements (domain.md, "What comes out").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum AgreementKind {
    BringsDocuments,
    ProfileUpdate,
    InterpreterBooking,
    NextContact,
    BroadIntakeDate,
    PipDate,
}

impl AgreementKind {
    pub const ALL: [AgreementKind; 6] = [
        AgreementKind::BringsDocuments,
        AgreementKind::ProfileUpdate,
        AgreementKind::InterpreterBooking,
        AgreementKind::NextContact,
        AgreementKind::BroadIntakeDate,
        AgreementKind::PipDate,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            AgreementKind::BringsDocuments => "documents",
            AgreementKind::ProfileUpdate => "profile_update",
            AgreementKind::InterpreterBooking => "interpreter",
            AgreementKind::NextContact => "next_contact",
            AgreementKind::BroadIntakeDate => "intake_date",
            AgreementKind::PipDate => "pip_date",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        AgreementKind::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

/// What a plan item is: one of the five standard items, a common agreement, or free text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ItemKind {
    Standard(PlanItemKind),
    Agreement(AgreementKind),
    /// Staff's own words, shown as typed and marked "not translated".
    Free,
}

impl ItemKind {
    /// The stored form, also the selector key of the `plan-item-kind` message.
    pub fn as_str(self) -> &'static str {
        match self {
            ItemKind::Standard(k) => k.as_str(),
            ItemKind::Agreement(k) => k.as_str(),
            ItemKind::Free => "free",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        if s == "free" {
            return Some(ItemKind::Free);
        }
        PlanItemKind::parse(s)
            .map(ItemKind::Standard)
            .or_else(|| AgreementKind::parse(s).map(ItemKind::Agreement))
    }
}

/// An agreement being put together.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AgreementDraft {
    pub kind: ItemKind,
    pub text: Option<String>,
    pub owner: Option<Party>,
    /// The message that asks for the due date with its day buttons: once a date is typed
    /// instead, its buttons are taken away (issue 12). (`default`: a draft saved before.)
    #[serde(default)]
    pub due_asked_in: Option<i32>,
}

/// What a person in the plan conversation is asked to type (or pick with a button).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum PlanDialog {
    /// The words of a free-text agreement.
    FreeText { case: CaseId },
    /// The owner (a button) and then the due date (a button or a typed date).
    Agreement { case: CaseId, draft: AgreementDraft },
    /// The new expected housing date.
    Housing { case: CaseId },
    /// A question about this version of the plan.
    Question { case: CaseId, version: i64 },
    /// Staff: a new due date for one agreement, seen at `version`.
    EditDue {
        case: CaseId,
        item: i64,
        version: i64,
    },
    /// Staff: the new words of one free-text agreement, seen at `version`.
    EditText {
        case: CaseId,
        item: i64,
        version: i64,
    },
}

impl PlanDialog {
    pub fn case(&self) -> CaseId {
        match self {
            PlanDialog::FreeText { case }
            | PlanDialog::Agreement { case, .. }
            | PlanDialog::Housing { case }
            | PlanDialog::Question { case, .. }
            | PlanDialog::EditDue { case, .. }
            | PlanDialog::EditText { case, .. } => *case,
        }
    }
}

/// Why a typed date was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateProblem {
    NotADate,
    Due(DueProblem),
}

/// A typed due date, checked against the matching, today and the integration term.
pub fn due_date(
    raw: &str,
    matching: NaiveDate,
    today: NaiveDate,
) -> Result<NaiveDate, DateProblem> {
    let date = parse_date(raw).ok_or(DateProblem::NotADate)?;
    check_due(date, matching, today).map_err(DateProblem::Due)?;
    Ok(date)
}

/// The longest free text or question we keep (a sentence, not a report).
pub const MAX_TEXT: usize = 300;

/// Typed free text: trimmed, one line, not empty (nor only combining marks), not too long.
pub fn free_text(raw: &str) -> Option<String> {
    let t = raw.trim();
    let ok = !crate::domain::is_blank(t)
        && t.chars().count() <= MAX_TEXT
        && !t.chars().any(char::is_control);
    ok.then(|| t.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn item_kinds_round_trip_through_their_stored_names() {
        let mut all = vec![ItemKind::Free];
        all.extend(PlanItemKind::ALL.map(ItemKind::Standard));
        all.extend(AgreementKind::ALL.map(ItemKind::Agreement));
        for k in all {
            assert_eq!(ItemKind::parse(k.as_str()), Some(k));
        }
        assert_eq!(ItemKind::parse("nonsense"), None);
    }

    #[test]
    fn typed_due_dates_are_checked_against_matching_today_and_term() {
        let (matching, today) = (d(2026, 3, 30), d(2026, 4, 1));
        let cases = [
            ("15-04-2026", Ok(d(2026, 4, 15))),
            ("morgen", Err(DateProblem::NotADate)),
            (
                "01-03-2026",
                Err(DateProblem::Due(DueProblem::BeforeMatching)),
            ),
            ("31-03-2026", Err(DateProblem::Due(DueProblem::InPast))),
            ("01-01-2030", Err(DateProblem::Due(DueProblem::AfterTerm))),
        ];
        for (raw, want) in cases {
            assert_eq!(due_date(raw, matching, today), want, "{raw}");
        }
    }

    #[test]
    fn free_text_is_one_short_line() {
        assert_eq!(free_text("  Bel de tolk  "), Some("Bel de tolk".into()));
        assert_eq!(free_text("   "), None);
        assert_eq!(free_text("\u{0301}"), None, "a lone combining mark");
        assert_eq!(free_text("مرحبا بكم 🙂"), Some("مرحبا بكم 🙂".into()));
        assert_eq!(free_text("a\nb"), None);
        assert_eq!(free_text(&"x".repeat(301)), None);
    }
}
