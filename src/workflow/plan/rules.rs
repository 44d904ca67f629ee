//! The date rules of the handover plan (domain.md, "The three options"): one table that says, per
//! option and per plan item, who owns it, where it happens, and its target date as an offset from
//! the matching date or from the expected housing date. A municipality that works differently
//! changes `RULES` (and the README section "For caseworkers") and nothing else. Pure: `today` is
//! a parameter.

use chrono::{Days, NaiveDate};

pub use super::status::{DueProblem, ItemStatus, TERM_DAYS, check_due, is_late};
use crate::domain::{HandoverOption, Party, PlanItemKind};

/// What a target date is counted from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Anchor {
    Matching,
    /// The expected housing date: no date while it is unknown ("waits for housing date").
    Housing,
}

/// Where an item happens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    /// At the asylum centre (azc), before the move.
    Azc,
    /// In the new municipality, after the move.
    Municipality,
}

impl Place {
    pub fn as_str(self) -> &'static str {
        match self {
            Place::Azc => "azc",
            Place::Municipality => "gemeente",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        [Place::Azc, Place::Municipality]
            .into_iter()
            .find(|p| p.as_str() == s)
    }
}

/// One row of the table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rule {
    pub option: HandoverOption,
    pub item: PlanItemKind,
    pub owner: Party,
    pub place: Place,
    pub anchor: Anchor,
    /// Days after (positive) or before (negative) the anchor.
    pub offset_days: i64,
}

const fn rule(
    option: HandoverOption,
    item: PlanItemKind,
    owner: Party,
    place: Place,
    anchor: Anchor,
    offset_days: i64,
) -> Rule {
    Rule {
        option,
        item,
        owner,
        place,
        anchor,
        offset_days,
    }
}

use Anchor::{Housing, Matching};
use HandoverOption::{AfterHousing, Combined, FastStart};
use Party::{Coa, Gemeente};
use Place::{Azc, Municipality};
use PlanItemKind::{
    BroadIntake, ClientProfile, HandoverConversation, Introduction, ProgrammeAlignment,
};

/// The table. Option 1 starts early at the azc (everything counted from the matching but the
/// handover conversation near the move); option 2 does the broad intake at the azc and the
/// handover near the move; option 3 counts mostly from the housing date.
pub const RULES: [Rule; 15] = [
    rule(FastStart, Introduction, Gemeente, Azc, Matching, 14),
    rule(FastStart, ProgrammeAlignment, Coa, Azc, Matching, 14),
    rule(FastStart, BroadIntake, Gemeente, Azc, Matching, 28),
    rule(FastStart, ClientProfile, Coa, Azc, Matching, 21),
    rule(FastStart, HandoverConversation, Gemeente, Azc, Housing, -14),
    rule(Combined, Introduction, Gemeente, Azc, Matching, 21),
    rule(Combined, ProgrammeAlignment, Coa, Azc, Matching, 28),
    rule(Combined, BroadIntake, Gemeente, Azc, Matching, 42),
    rule(Combined, ClientProfile, Coa, Azc, Matching, 35),
    rule(Combined, HandoverConversation, Gemeente, Azc, Housing, -14),
    rule(AfterHousing, Introduction, Gemeente, Azc, Housing, -28),
    rule(AfterHousing, ProgrammeAlignment, Coa, Azc, Matching, 28),
    rule(
        AfterHousing,
        BroadIntake,
        Gemeente,
        Municipality,
        Housing,
        14,
    ),
    rule(AfterHousing, ClientProfile, Coa, Azc, Housing, -21),
    rule(
        AfterHousing,
        HandoverConversation,
        Gemeente,
        Azc,
        Housing,
        -14,
    ),
];

/// The rule for one item of one option.
pub fn rule_for(option: HandoverOption, item: PlanItemKind) -> Rule {
    RULES
        .into_iter()
        .find(|r| r.option == option && r.item == item)
        // The table has a row for every pair (a unit test checks it); this fallback is unreachable.
        .unwrap_or(rule(option, item, Gemeente, Azc, Matching, 14))
}

/// The target date of a rule, or `None` while the housing date it counts from is unknown. Never
/// before the matching (a housing date close to the matching would otherwise give past dates).
pub fn target(rule: &Rule, matching: NaiveDate, housing: Option<NaiveDate>) -> Option<NaiveDate> {
    let base = match rule.anchor {
        Matching => matching,
        Housing => housing?,
    };
    let date = if rule.offset_days >= 0 {
        base.checked_add_days(Days::new(rule.offset_days.unsigned_abs()))
    } else {
        base.checked_sub_days(Days::new(rule.offset_days.unsigned_abs()))
    }?;
    Some(date.max(matching))
}

/// One item of a fresh plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DraftItem {
    pub kind: PlanItemKind,
    pub owner: Party,
    pub place: Place,
    pub due: Option<NaiveDate>,
}

/// The five items of a plan for this option, in timeline order of the domain brief.
pub fn draft(
    option: HandoverOption,
    matching: NaiveDate,
    housing: Option<NaiveDate>,
) -> Vec<DraftItem> {
    PlanItemKind::ALL
        .into_iter()
        .map(|kind| {
            let r = rule_for(option, kind);
            DraftItem {
                kind,
                owner: r.owner,
                place: r.place,
                due: target(&r, matching, housing),
            }
        })
        .collect()
}

/// The dates that change when the housing date moves: `(item, old, new)` for each standard item
/// whose rule counts from the housing date.
pub fn moved(
    option: HandoverOption,
    matching: NaiveDate,
    old: Option<NaiveDate>,
    new: Option<NaiveDate>,
) -> Vec<(PlanItemKind, Option<NaiveDate>, Option<NaiveDate>)> {
    PlanItemKind::ALL
        .into_iter()
        .filter_map(|kind| {
            let r = rule_for(option, kind);
            let (a, b) = (target(&r, matching, old), target(&r, matching, new));
            (a != b).then_some((kind, a, b))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    const MATCHING: (i32, u32, u32) = (2026, 3, 30);

    fn m() -> NaiveDate {
        d(MATCHING.0, MATCHING.1, MATCHING.2)
    }

    #[test]
    fn the_table_has_exactly_one_rule_per_option_and_item() {
        for o in HandoverOption::ALL {
            for k in PlanItemKind::ALL {
                let n = RULES
                    .iter()
                    .filter(|r| r.option == o && r.item == k)
                    .count();
                assert_eq!(n, 1, "{o:?} {k:?}");
            }
        }
    }

    #[test]
    fn each_option_dates_its_five_items_by_its_own_rules() {
        let housing = Some(d(2026, 8, 1));
        let cases = [
            (FastStart, Introduction, Gemeente, Azc, Some(d(2026, 4, 13))),
            (FastStart, BroadIntake, Gemeente, Azc, Some(d(2026, 4, 27))),
            (
                FastStart,
                HandoverConversation,
                Gemeente,
                Azc,
                Some(d(2026, 7, 18)),
            ),
            (Combined, Introduction, Gemeente, Azc, Some(d(2026, 4, 20))),
            (Combined, BroadIntake, Gemeente, Azc, Some(d(2026, 5, 11))),
            (Combined, ClientProfile, Coa, Azc, Some(d(2026, 5, 4))),
            (
                AfterHousing,
                Introduction,
                Gemeente,
                Azc,
                Some(d(2026, 7, 4)),
            ),
            (
                AfterHousing,
                BroadIntake,
                Gemeente,
                Municipality,
                Some(d(2026, 8, 15)),
            ),
            (AfterHousing, ClientProfile, Coa, Azc, Some(d(2026, 7, 11))),
            (
                AfterHousing,
                ProgrammeAlignment,
                Coa,
                Azc,
                Some(d(2026, 4, 27)),
            ),
        ];
        for (option, kind, owner, place, due) in cases {
            let item = draft(option, m(), housing)
                .into_iter()
                .find(|i| i.kind == kind)
                .unwrap();
            assert_eq!(
                item,
                DraftItem {
                    kind,
                    owner,
                    place,
                    due
                },
                "{option:?} {kind:?}"
            );
        }
    }

    #[test]
    fn an_unknown_housing_date_leaves_only_housing_items_without_a_date() {
        for (option, undated) in [(FastStart, 1), (Combined, 1), (AfterHousing, 4)] {
            let items = draft(option, m(), None);
            assert_eq!(items.len(), 5);
            assert_eq!(
                items.iter().filter(|i| i.due.is_none()).count(),
                undated,
                "{option:?}"
            );
        }
    }

    #[test]
    fn a_moved_housing_date_moves_only_the_dependent_dates() {
        let old = Some(d(2026, 8, 1));
        let new = Some(d(2026, 10, 1));
        let changes = moved(AfterHousing, m(), old, new);
        assert_eq!(changes.len(), 4);
        assert!(changes.contains(&(BroadIntake, Some(d(2026, 8, 15)), Some(d(2026, 10, 15)))));
        let changes = moved(FastStart, m(), old, new);
        assert_eq!(
            changes,
            vec![(
                HandoverConversation,
                Some(d(2026, 7, 18)),
                Some(d(2026, 9, 17))
            )]
        );
        assert_eq!(moved(Combined, m(), None, new).len(), 1);
        assert!(moved(Combined, m(), new, new).is_empty());
    }

    #[test]
    fn a_housing_date_close_to_the_matching_never_dates_items_before_it() {
        let items = draft(AfterHousing, m(), Some(d(2026, 4, 5)));
        assert!(items.iter().all(|i| i.due.unwrap() >= m()));
    }
}
