//! The caseload overview behind `/cases`: which of a caseworker's open cases need them first.
//! Pure: `now` and `today` (Europe/Amsterdam) are parameters; `app::menu` loads the facts in a
//! bounded number of queries (`store::caseload`) and renders one line per case.
//!
//! The order, most urgent first:
//!
//! 1. **Overdue**: at least one plan item or agreement is late (still planned, its date before
//!    today, the same rule as the plan: [`is_late`]). The case whose oldest late date lies furthest
//!    back comes first; then the case with more late items.
//! 2. **Meeting this week**: a confirmed meeting starts within the next 7 days. Soonest first.
//! 3. **Waiting for an action**: no option chosen yet, a proposed meeting whose time is still
//!    being chosen, or a status holder who has not joined yet (invited, or still choosing a
//!    language).
//! 4. **The rest**.
//!
//! Within groups 3 and 4, the earliest expected housing date comes first (the move is when the
//! handover must be done), unknown housing dates last. Remaining ties go by reference, with the
//! numbers in a reference compared as numbers (`UTR-9` before `UTR-10`).
//!
//! At most 40 lines are shown, and never more than fit in one Telegram message ([`listed`]
//! counts each line at its longest Dutch width); the rest is summed up as "… and N more".

use std::cmp::Ordering;

use chrono::{DateTime, Duration, NaiveDate, Utc};

use crate::domain::{CaseId, HandoverOption};
use crate::workflow::plan::status::{ItemStatus, is_late};

/// How far ahead a confirmed meeting counts as "this week".
pub const MEETING_SOON_DAYS: i64 = 7;

/// Telegram's limit for one message, in UTF-16 code units.
pub const MESSAGE_LIMIT: usize = 4096;

/// Room kept for the count, the legend and "… and N more" (about 170 in Dutch), with a margin
/// for languages whose words run longer than the Dutch widths in [`width`].
const HEADER_ROOM: usize = 300;

/// Whether the status holder is on the case yet.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Holder {
    /// Joined and acknowledged the privacy notice.
    Joined,
    /// Used the link but is still choosing a language.
    Choosing,
    /// Not on the case yet: the invitation is still open.
    Invited,
}

/// What the overview needs of a case itself.
#[derive(Debug, Clone, PartialEq)]
pub struct CaseFacts {
    pub id: CaseId,
    pub reference: String,
    pub holder_name: String,
    pub option: Option<HandoverOption>,
    pub holder: Holder,
    pub housing: Option<NaiveDate>,
}

/// A meeting that is not over: proposed (time being chosen) or confirmed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OpenMeeting {
    Proposed,
    Confirmed {
        starts: DateTime<Utc>,
        ends: DateTime<Utc>,
    },
}

/// The next meeting as the overview shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NextMeeting {
    Confirmed(DateTime<Utc>),
    BeingChosen,
}

/// How urgent a case is; earlier variants come first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Urgency {
    Overdue,
    MeetingSoon,
    Waiting,
    Rest,
}

/// One line of the overview.
#[derive(Debug, Clone, PartialEq)]
pub struct Line {
    pub case: CaseFacts,
    pub urgency: Urgency,
    /// How many items are late, and the oldest late date.
    pub late: usize,
    pub oldest_late: Option<NaiveDate>,
    pub meeting: Option<NextMeeting>,
}

/// The lines of these cases, most urgent first. `meetings` and `items` may hold rows of any of
/// the cases (and of others, which are ignored).
pub fn overview(
    cases: Vec<CaseFacts>,
    meetings: &[(CaseId, OpenMeeting)],
    items: &[(CaseId, ItemStatus, Option<NaiveDate>)],
    now: DateTime<Utc>,
    today: NaiveDate,
) -> Vec<Line> {
    let mut lines: Vec<Line> = cases
        .into_iter()
        .map(|case| {
            let late: Vec<NaiveDate> = items
                .iter()
                .filter(|(c, s, due)| *c == case.id && is_late(*s, *due, today))
                .filter_map(|(_, _, due)| *due)
                .collect();
            let meeting = next_meeting(meetings.iter().filter(|(c, _)| *c == case.id), now);
            let urgency = urgency(&case, late.len(), meeting, now);
            Line {
                case,
                urgency,
                late: late.len(),
                oldest_late: late.into_iter().min(),
                meeting,
            }
        })
        .collect();
    lines.sort_by(compare);
    lines
}

/// The soonest confirmed meeting not yet over; else "being chosen" if one is proposed.
fn next_meeting<'a>(
    meetings: impl Iterator<Item = &'a (CaseId, OpenMeeting)>,
    now: DateTime<Utc>,
) -> Option<NextMeeting> {
    let mut confirmed: Option<DateTime<Utc>> = None;
    let mut proposed = false;
    for (_, m) in meetings {
        match *m {
            OpenMeeting::Confirmed { starts, ends } if ends > now => {
                confirmed = Some(confirmed.map_or(starts, |c| c.min(starts)));
            }
            OpenMeeting::Confirmed { .. } => {}
            OpenMeeting::Proposed => proposed = true,
        }
    }
    match confirmed {
        Some(at) => Some(NextMeeting::Confirmed(at)),
        None if proposed => Some(NextMeeting::BeingChosen),
        None => None,
    }
}

fn urgency(
    case: &CaseFacts,
    late: usize,
    meeting: Option<NextMeeting>,
    now: DateTime<Utc>,
) -> Urgency {
    let soon = now + Duration::days(MEETING_SOON_DAYS);
    match meeting {
        _ if late > 0 => Urgency::Overdue,
        Some(NextMeeting::Confirmed(at)) if at < soon => Urgency::MeetingSoon,
        Some(NextMeeting::BeingChosen) => Urgency::Waiting,
        _ if case.option.is_none() || case.holder != Holder::Joined => Urgency::Waiting,
        _ => Urgency::Rest,
    }
}

/// The order of the overview (see the module documentation).
pub fn compare(a: &Line, b: &Line) -> Ordering {
    let within = match a.urgency {
        Urgency::Overdue => a.oldest_late.cmp(&b.oldest_late).then(b.late.cmp(&a.late)),
        Urgency::MeetingSoon => a.meeting_at().cmp(&b.meeting_at()),
        Urgency::Waiting | Urgency::Rest => housing_key(a).cmp(&housing_key(b)),
    };
    a.urgency
        .cmp(&b.urgency)
        .then(within)
        .then_with(|| natural(&a.case.reference, &b.case.reference))
}

impl Line {
    fn meeting_at(&self) -> Option<DateTime<Utc>> {
        match self.meeting {
            Some(NextMeeting::Confirmed(at)) => Some(at),
            _ => None,
        }
    }
}

/// How many of the first lines to show: at most `max`, and never more than fit in one message
/// (long references and names with every fact can make 40 lines too long; the rest is then
/// counted under "… and N more").
pub fn listed(lines: &[Line], max: usize) -> usize {
    let mut used = HEADER_ROOM;
    lines
        .iter()
        .take(max)
        .take_while(|l| {
            used += width(l);
            used <= MESSAGE_LIMIT
        })
        .count()
}

/// The longest a line can render to in Dutch, in UTF-16 code units with its line break: each
/// fact with its separator at its longest (" · 📅 woensdag 30 september 2026 om 14:00").
fn width(l: &Line) -> usize {
    let text = |s: &str| s.encode_utf16().count();
    let late = if l.late > 0 { 26 } else { 0 };
    let meeting = match l.meeting {
        Some(NextMeeting::Confirmed(_)) => 43,
        Some(NextMeeting::BeingChosen) => 24,
        None => 0,
    };
    let option = if l.case.option.is_some() { 11 } else { 18 };
    let holder = match l.case.holder {
        Holder::Joined => 0,
        Holder::Choosing => 20,
        Holder::Invited => 17,
    };
    let housing = if l.case.housing.is_some() { 32 } else { 0 };
    6 + text(&l.case.reference)
        + text(&l.case.holder_name)
        + late
        + meeting
        + option
        + holder
        + housing
}

/// Known housing dates first, earliest first.
fn housing_key(l: &Line) -> (bool, Option<NaiveDate>) {
    (l.case.housing.is_none(), l.case.housing)
}

/// Compares references as people read them: runs of digits as numbers.
fn natural(a: &str, b: &str) -> Ordering {
    let (mut a, mut b) = (a, b);
    loop {
        match (a.chars().next(), b.chars().next()) {
            (None, None) => return Ordering::Equal,
            (None, Some(_)) => return Ordering::Less,
            (Some(_), None) => return Ordering::Greater,
            (Some(x), Some(y)) if x.is_ascii_digit() && y.is_ascii_digit() => {
                let (na, ra) = split_digits(a);
                let (nb, rb) = split_digits(b);
                let na = na.trim_start_matches('0');
                let nb = nb.trim_start_matches('0');
                let ord = na.len().cmp(&nb.len()).then(na.cmp(nb));
                if ord != Ordering::Equal {
                    return ord;
                }
                (a, b) = (ra, rb);
            }
            (Some(x), Some(y)) => {
                if x != y {
                    return x.cmp(&y);
                }
                (a, b) = (
                    a.get(x.len_utf8()..).unwrap_or_default(),
                    b.get(y.len_utf8()..).unwrap_or_default(),
                );
            }
        }
    }
}

fn split_digits(s: &str) -> (&str, &str) {
    let end = s.find(|c: char| !c.is_ascii_digit()).unwrap_or(s.len());
    s.split_at(end)
}

#[cfg(test)]
#[path = "caseload_tests.rs"]
mod tests;
