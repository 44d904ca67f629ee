//! How well the handovers go (issue 17): anonymous figures over the cases an organisation
//! opened in a period, computed from what the bot already records. Pure: the store loads plain
//! facts per case (`store::figures`), this module counts, and small numbers never show: a count
//! of 1 to 4 is "< 5" ([`Count::Small`]), and a share or a spread over fewer than 5 cases is not
//! given at all, so that no figure points at one person.
//!
//! The "move" is the expected housing date as the bot knows it last; a case without one has not
//! moved yet.

use chrono::NaiveDate;
use serde::Serialize;

use crate::domain::{HandoverOption, Lang, Party};

/// Below this, a count is shown as "< 5" and a share or spread is not shown.
pub const SMALL: usize = 5;

/// Ten weeks after matching a status holder is expected to have a home (issue 17).
pub const LONG_WAIT_DAYS: i64 = 70;

/// What happened to a meeting, as far as the figures care.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MeetingEnd {
    Open,
    Cancelled,
    Held,
    Absent(Party),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MeetingFacts {
    /// The day it was proposed.
    pub proposed: NaiveDate,
    /// The day it was (or is) to take place, once a time was chosen.
    pub on: Option<NaiveDate>,
    pub end: MeetingEnd,
    pub interpreter: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AgreementFacts {
    pub due: Option<NaiveDate>,
    /// The day it was marked done.
    pub done: Option<NaiveDate>,
    pub cancelled: bool,
}

/// One case, as plain facts (no name, no reference).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaseFacts {
    pub opened: NaiveDate,
    pub matching: NaiveDate,
    pub housing: Option<NaiveDate>,
    pub option: Option<HandoverOption>,
    pub holder_lang: Option<Lang>,
    pub meetings: Vec<MeetingFacts>,
    pub agreements: Vec<AgreementFacts>,
}

/// A number of cases, meetings or agreements; 1 to 4 are not told apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Count {
    Small,
    N(usize),
}

impl Count {
    pub fn of(n: usize) -> Count {
        if n > 0 && n < SMALL {
            Count::Small
        } else {
            Count::N(n)
        }
    }
}

impl std::fmt::Display for Count {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Count::Small => f.write_str("< 5"),
            Count::N(n) => write!(f, "{n}"),
        }
    }
}

impl Serialize for Count {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Count::Small => s.serialize_str("< 5"),
            Count::N(n) => s.serialize_u64(u64::try_from(*n).unwrap_or(u64::MAX)),
        }
    }
}

/// Days from matching to a first event: the median and the 80th percentile, over at least
/// `SMALL` cases (else `None`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Spread {
    pub median: i64,
    pub p80: i64,
}

/// The figures of one organisation for one period.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Figures {
    pub cases: Count,
    /// Percent of the cases with a held three-way meeting before the move, after it, or none.
    pub held_before_move_pct: Option<u32>,
    pub held_after_move_pct: Option<u32>,
    pub no_meeting_held_pct: Option<u32>,
    pub days_to_first_proposed: Option<Spread>,
    pub days_to_first_held: Option<Spread>,
    pub agreements_done_on_time: Count,
    pub agreements_done_late: Count,
    pub agreements_overdue: Count,
    pub no_shows_holder: Count,
    pub no_shows_coa: Count,
    pub no_shows_gemeente: Count,
    pub meetings_with_interpreter: Count,
    /// Cases still without a home (no housing date yet, or one still ahead) more than ten weeks
    /// after matching.
    pub waiting_over_ten_weeks: Count,
    /// Cases per chosen option (1, 2, 3) and without one yet.
    pub option_1: Count,
    pub option_2: Count,
    pub option_3: Count,
    pub option_none: Count,
    /// Cases per status holder's language, most first (languages with the same count by id).
    pub languages: Vec<(&'static str, Count)>,
}

/// The figures over the cases opened from `from` to `to` (both included), on `today`.
pub fn figures(all: &[CaseFacts], from: NaiveDate, to: NaiveDate, today: NaiveDate) -> Figures {
    let cases: Vec<&CaseFacts> = all
        .iter()
        .filter(|c| c.opened >= from && c.opened <= to)
        .collect();
    let n = cases.len();
    let share = |k: usize| -> Option<u32> {
        (n >= SMALL).then(|| u32::try_from((k * 100 + n / 2) / n).unwrap_or(u32::MAX))
    };
    let first_held = |c: &CaseFacts| {
        c.meetings
            .iter()
            .filter(|m| m.end == MeetingEnd::Held)
            .filter_map(|m| m.on)
            .min()
    };
    let moved = |c: &CaseFacts| c.housing.filter(|h| *h <= today);
    let (mut before, mut after, mut none) = (0, 0, 0);
    for c in &cases {
        match (first_held(c), moved(c)) {
            (None, _) => none += 1,
            (Some(held), Some(moved)) if held > moved => after += 1,
            (Some(_), _) => before += 1,
        }
    }
    let to_proposed = spread(
        cases
            .iter()
            .filter_map(|c| {
                let first = c.meetings.iter().map(|m| m.proposed).min()?;
                Some((first - c.matching).num_days())
            })
            .collect(),
    );
    let to_held = spread(
        cases
            .iter()
            .filter_map(|c| Some((first_held(c)? - c.matching).num_days()))
            .collect(),
    );
    let agreements = || cases.iter().flat_map(|c| c.agreements.iter());
    let on_time = agreements().filter(|a| done_late(a) == Some(false)).count();
    let late = agreements().filter(|a| done_late(a) == Some(true)).count();
    let overdue = agreements()
        .filter(|a| !a.cancelled && a.done.is_none() && a.due.is_some_and(|d| d < today))
        .count();
    let meetings = || cases.iter().flat_map(|c| c.meetings.iter());
    let absent = |p: Party| {
        meetings()
            .filter(|m| m.end == MeetingEnd::Absent(p))
            .count()
    };
    let interpreter = meetings().filter(|m| m.interpreter).count();
    let waiting = cases
        .iter()
        .filter(|c| (today - c.matching).num_days() > LONG_WAIT_DAYS && moved(c).is_none())
        .count();
    let option = |o: Option<HandoverOption>| cases.iter().filter(|c| c.option == o).count();
    let mut languages: Vec<(&'static str, usize)> = Vec::new();
    for c in &cases {
        let id = c.holder_lang.map_or("unknown", Lang::id);
        match languages.iter_mut().find(|(l, _)| *l == id) {
            Some((_, k)) => *k += 1,
            None => languages.push((id, 1)),
        }
    }
    languages.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    Figures {
        cases: Count::of(n),
        held_before_move_pct: share(before),
        held_after_move_pct: share(after),
        no_meeting_held_pct: share(none),
        days_to_first_proposed: to_proposed,
        days_to_first_held: to_held,
        agreements_done_on_time: Count::of(on_time),
        agreements_done_late: Count::of(late),
        agreements_overdue: Count::of(overdue),
        no_shows_holder: Count::of(absent(Party::Holder)),
        no_shows_coa: Count::of(absent(Party::Coa)),
        no_shows_gemeente: Count::of(absent(Party::Gemeente)),
        meetings_with_interpreter: Count::of(interpreter),
        waiting_over_ten_weeks: Count::of(waiting),
        option_1: Count::of(option(Some(HandoverOption::FastStart))),
        option_2: Count::of(option(Some(HandoverOption::Combined))),
        option_3: Count::of(option(Some(HandoverOption::AfterHousing))),
        option_none: Count::of(option(None)),
        languages: languages
            .into_iter()
            .map(|(l, k)| (l, Count::of(k)))
            .collect(),
    }
}

impl Figures {
    /// Each figure as a column name and its value, in a fixed order (for the admin's CSV and
    /// table; "-" where a share or spread is not shown).
    pub fn columns(&self) -> Vec<(String, String)> {
        let pct = |v: Option<u32>| v.map_or_else(|| "-".to_string(), |p| p.to_string());
        let days = |v: Option<Spread>, which: fn(Spread) -> i64| {
            v.map_or_else(|| "-".to_string(), |s| which(s).to_string())
        };
        let mut cols: Vec<(String, String)> = [
            ("cases_opened", self.cases.to_string()),
            ("held_before_move_pct", pct(self.held_before_move_pct)),
            ("held_after_move_pct", pct(self.held_after_move_pct)),
            ("no_meeting_held_pct", pct(self.no_meeting_held_pct)),
            (
                "days_to_first_proposed_median",
                days(self.days_to_first_proposed, |s| s.median),
            ),
            (
                "days_to_first_proposed_p80",
                days(self.days_to_first_proposed, |s| s.p80),
            ),
            (
                "days_to_first_held_median",
                days(self.days_to_first_held, |s| s.median),
            ),
            (
                "days_to_first_held_p80",
                days(self.days_to_first_held, |s| s.p80),
            ),
            (
                "agreements_done_on_time",
                self.agreements_done_on_time.to_string(),
            ),
            (
                "agreements_done_late",
                self.agreements_done_late.to_string(),
            ),
            ("agreements_overdue", self.agreements_overdue.to_string()),
            ("no_shows_holder", self.no_shows_holder.to_string()),
            ("no_shows_coa", self.no_shows_coa.to_string()),
            ("no_shows_gemeente", self.no_shows_gemeente.to_string()),
            (
                "meetings_with_interpreter",
                self.meetings_with_interpreter.to_string(),
            ),
            (
                "waiting_over_ten_weeks",
                self.waiting_over_ten_weeks.to_string(),
            ),
            ("option_1", self.option_1.to_string()),
            ("option_2", self.option_2.to_string()),
            ("option_3", self.option_3.to_string()),
            ("option_none", self.option_none.to_string()),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_string(), v))
        .collect();
        cols.extend(
            self.languages
                .iter()
                .map(|(l, c)| (format!("language_{l}"), c.to_string())),
        );
        cols
    }
}

/// Whether a done agreement was done after its date (`None`: not done). Without a date it was
/// on time.
fn done_late(a: &AgreementFacts) -> Option<bool> {
    let done = a.done?;
    Some(a.due.is_some_and(|due| done > due))
}

/// The median and the 80th percentile (nearest rank) of at least `SMALL` values.
fn spread(mut days: Vec<i64>) -> Option<Spread> {
    if days.len() < SMALL {
        return None;
    }
    days.sort_unstable();
    let rank = |p: usize| {
        let i = (p * days.len()).div_ceil(100).saturating_sub(1);
        days.get(i).copied().unwrap_or_default()
    };
    Some(Spread {
        median: rank(50),
        p80: rank(80),
    })
}

#[cfg(test)]
#[path = "figures_tests.rs"]
mod tests;
