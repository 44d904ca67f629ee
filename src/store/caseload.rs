//! What the caseload overview (`/cases`) needs of many cases at once, in three queries whatever
//! the number of cases: the cases with their option and status holder, their meetings not yet
//! over, and their dated planned items (late is derived in `workflow::caseload`, with the plan's
//! own rule). `workflow::caseload` orders them.

use chrono::{DateTime, NaiveDate, Utc};
use sqlx::SqliteConnection;

use crate::domain::{CaseId, HandoverOption, OrgId};
use crate::workflow::caseload::{CaseFacts, Holder, OpenMeeting};
use crate::workflow::plan::status::ItemStatus;

/// Which open cases to load: all of an organisation's (as COA location or municipality), or
/// the one case a group follows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    Org(OrgId),
    Case(CaseId),
}

impl Scope {
    /// The two parameters every query below takes: `?1` a case id, `?2` an organisation id;
    /// the unused one is NULL, so its comparison never matches.
    pub(crate) fn params(self) -> (Option<i64>, Option<i64>) {
        match self {
            Scope::Org(o) => (None, Some(o.0)),
            Scope::Case(c) => (Some(c.0), None),
        }
    }
}

/// Everything the overview needs of the cases in a scope.
pub struct Caseload {
    pub cases: Vec<CaseFacts>,
    pub meetings: Vec<(CaseId, OpenMeeting)>,
    pub items: Vec<(CaseId, ItemStatus, Option<NaiveDate>)>,
}

#[derive(sqlx::FromRow)]
struct CaseRow {
    id: i64,
    reference: String,
    holder_name: String,
    housing_date: Option<NaiveDate>,
    option: Option<String>,
    holder_user: Option<i64>,
    holder_ack: Option<String>,
}

#[derive(sqlx::FromRow)]
struct MeetingRow {
    case_id: i64,
    status: String,
    starts_at: Option<DateTime<Utc>>,
    ends_at: Option<DateTime<Utc>>,
}

#[derive(sqlx::FromRow)]
struct ItemRow {
    case_id: i64,
    status: String,
    due_date: Option<NaiveDate>,
}

/// Loads the open cases of a scope with their proposed and confirmed meetings and their dated
/// planned items.
pub async fn load(conn: &mut SqliteConnection, scope: Scope) -> sqlx::Result<Caseload> {
    let (case, org) = scope.params();
    let rows: Vec<CaseRow> = sqlx::query_as(
        "SELECT c.id, c.reference, c.holder_name, c.housing_date, p.option,
             m.tg_user_id AS holder_user, m.privacy_ack_at AS holder_ack
         FROM cases c
         LEFT JOIN plans p ON p.case_id = c.id
         LEFT JOIN case_members m ON m.case_id = c.id AND m.party = 'holder'
         WHERE c.status = 'open' AND (c.id = ?1 OR c.coa_org_id = ?2 OR c.gemeente_org_id = ?2)",
    )
    .bind(case)
    .bind(org)
    .fetch_all(&mut *conn)
    .await?;
    let meetings: Vec<MeetingRow> = sqlx::query_as(
        "SELECT mt.case_id, mt.status, mt.starts_at, mt.ends_at
         FROM meetings mt JOIN cases c ON c.id = mt.case_id
         WHERE mt.status IN ('proposed', 'confirmed') AND c.status = 'open'
             AND (c.id = ?1 OR c.coa_org_id = ?2 OR c.gemeente_org_id = ?2)",
    )
    .bind(case)
    .bind(org)
    .fetch_all(&mut *conn)
    .await?;
    let items: Vec<ItemRow> = sqlx::query_as(
        "SELECT i.case_id, i.status, i.due_date
         FROM plan_items i JOIN cases c ON c.id = i.case_id
         WHERE i.status = 'planned' AND i.due_date IS NOT NULL AND c.status = 'open'
             AND (c.id = ?1 OR c.coa_org_id = ?2 OR c.gemeente_org_id = ?2)",
    )
    .bind(case)
    .bind(org)
    .fetch_all(&mut *conn)
    .await?;
    Ok(Caseload {
        cases: rows.into_iter().map(case_facts).collect(),
        meetings: meetings.into_iter().filter_map(open_meeting).collect(),
        items: items
            .into_iter()
            .filter_map(|r| Some((CaseId(r.case_id), ItemStatus::parse(&r.status)?, r.due_date)))
            .collect(),
    })
}

fn case_facts(r: CaseRow) -> CaseFacts {
    let holder = match (r.holder_user, r.holder_ack) {
        (Some(_), Some(_)) => Holder::Joined,
        (Some(_), None) => Holder::Choosing,
        (None, _) => Holder::Invited,
    };
    CaseFacts {
        id: CaseId(r.id),
        reference: r.reference,
        holder_name: r.holder_name,
        option: r.option.as_deref().and_then(HandoverOption::parse),
        holder,
        housing: r.housing_date,
    }
}

/// A confirmed meeting without times cannot happen; it is skipped rather than shown wrongly.
fn open_meeting(r: MeetingRow) -> Option<(CaseId, OpenMeeting)> {
    let m = match (r.status.as_str(), r.starts_at, r.ends_at) {
        ("proposed", _, _) => OpenMeeting::Proposed,
        ("confirmed", Some(starts), ends) => OpenMeeting::Confirmed {
            starts,
            ends: ends.unwrap_or(starts),
        },
        _ => return None,
    };
    Some((CaseId(r.case_id), m))
}
