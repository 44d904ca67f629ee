//! Cases and who is on them.

use chrono::{DateTime, NaiveDate, Utc};
use sqlx::SqliteConnection;

use crate::domain::{CaseId, OrgId, Party, StaffId, UserId};
use crate::workflow::case_opening::CaseDraft;

#[derive(Debug, Clone, PartialEq)]
pub struct Case {
    pub id: CaseId,
    pub reference: String,
    pub holder_name: String,
    pub owner_org: OrgId,
    pub coa_org: OrgId,
    pub gemeente_org: OrgId,
    pub matching: NaiveDate,
    pub housing: Option<NaiveDate>,
    pub open: bool,
}

#[derive(sqlx::FromRow)]
pub(super) struct Row {
    id: i64,
    reference: String,
    holder_name: String,
    owner_org_id: i64,
    coa_org_id: i64,
    gemeente_org_id: i64,
    matching_date: NaiveDate,
    housing_date: Option<NaiveDate>,
    status: String,
}

impl From<Row> for Case {
    fn from(r: Row) -> Self {
        Case {
            id: CaseId(r.id),
            reference: r.reference,
            holder_name: r.holder_name,
            owner_org: OrgId(r.owner_org_id),
            coa_org: OrgId(r.coa_org_id),
            gemeente_org: OrgId(r.gemeente_org_id),
            matching: r.matching_date,
            housing: r.housing_date,
            open: r.status == "open",
        }
    }
}

/// The organisations on both sides of a new case.
pub struct Sides {
    pub owner: OrgId,
    pub coa: OrgId,
    pub gemeente: OrgId,
}

/// Inserts a case. A reference the owner organisation already uses is a unique violation.
pub async fn insert(
    conn: &mut SqliteConnection,
    draft: &CaseDraft,
    sides: &Sides,
    created_by: StaffId,
    now: DateTime<Utc>,
) -> sqlx::Result<CaseId> {
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO cases (reference, holder_name, owner_org_id, coa_org_id, gemeente_org_id,
             matching_date, housing_date, created_by, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
    )
    .bind(draft.reference.as_str())
    .bind(draft.name.as_str())
    .bind(sides.owner.0)
    .bind(sides.coa.0)
    .bind(sides.gemeente.0)
    .bind(draft.matching)
    .bind(draft.housing)
    .bind(created_by.0)
    .bind(now)
    .fetch_one(conn)
    .await?;
    Ok(CaseId(id))
}

pub async fn get(conn: &mut SqliteConnection, id: CaseId) -> sqlx::Result<Option<Case>> {
    let row: Option<Row> = sqlx::query_as(
        "SELECT id, reference, holder_name, owner_org_id, coa_org_id, gemeente_org_id,
             matching_date, housing_date, status
         FROM cases WHERE id = ?",
    )
    .bind(id.0)
    .fetch_optional(conn)
    .await?;
    Ok(row.map(Case::from))
}

/// The open cases an organisation is on (as COA location or as municipality), newest first.
pub async fn for_org(conn: &mut SqliteConnection, org: OrgId) -> sqlx::Result<Vec<Case>> {
    let rows: Vec<Row> = sqlx::query_as(
        "SELECT id, reference, holder_name, owner_org_id, coa_org_id, gemeente_org_id,
             matching_date, housing_date, status
         FROM cases WHERE (coa_org_id = ?1 OR gemeente_org_id = ?1) AND status = 'open'
         ORDER BY id DESC",
    )
    .bind(org.0)
    .fetch_all(conn)
    .await?;
    Ok(rows.into_iter().map(Case::from).collect())
}

/// The open cases a person is a member of, newest first.
pub async fn for_member(conn: &mut SqliteConnection, user: UserId) -> sqlx::Result<Vec<Case>> {
    let rows: Vec<Row> = sqlx::query_as(
        "SELECT c.id, c.reference, c.holder_name, c.owner_org_id, c.coa_org_id, c.gemeente_org_id,
             c.matching_date, c.housing_date, c.status
         FROM cases c JOIN case_members m ON m.case_id = c.id
         WHERE m.tg_user_id = ? AND c.status = 'open'
         ORDER BY c.id DESC",
    )
    .bind(user.0)
    .fetch_all(conn)
    .await?;
    Ok(rows.into_iter().map(Case::from).collect())
}

/// A person on a case.
#[derive(Debug, Clone, PartialEq)]
pub struct Member {
    pub user: UserId,
    pub party: Party,
    pub privacy_ack: bool,
    /// The staff member's name; `None` for the status holder.
    pub staff_name: Option<String>,
}

#[derive(sqlx::FromRow)]
struct MemberRow {
    tg_user_id: i64,
    party: String,
    privacy_ack_at: Option<DateTime<Utc>>,
    display_name: Option<String>,
}

pub async fn add_member(
    conn: &mut SqliteConnection,
    case: CaseId,
    user: UserId,
    party: Party,
    now: DateTime<Utc>,
) -> sqlx::Result<()> {
    sqlx::query(
        "INSERT INTO case_members (case_id, tg_user_id, party, joined_at) VALUES (?, ?, ?, ?)",
    )
    .bind(case.0)
    .bind(user.0)
    .bind(party.as_str())
    .bind(now)
    .execute(conn)
    .await?;
    Ok(())
}

pub async fn members(conn: &mut SqliteConnection, case: CaseId) -> sqlx::Result<Vec<Member>> {
    let rows: Vec<MemberRow> = sqlx::query_as(
        "SELECT m.tg_user_id, m.party, m.privacy_ack_at, s.display_name
         FROM case_members m LEFT JOIN staff s ON s.tg_user_id = m.tg_user_id
         WHERE m.case_id = ? ORDER BY m.joined_at, m.tg_user_id",
    )
    .bind(case.0)
    .fetch_all(conn)
    .await?;
    Ok(rows
        .into_iter()
        .filter_map(|r| {
            Some(Member {
                user: UserId(r.tg_user_id),
                party: Party::parse(&r.party)?,
                privacy_ack: r.privacy_ack_at.is_some(),
                staff_name: r.display_name,
            })
        })
        .collect())
}

pub async fn member(
    conn: &mut SqliteConnection,
    case: CaseId,
    user: UserId,
) -> sqlx::Result<Option<Member>> {
    Ok(members(conn, case)
        .await?
        .into_iter()
        .find(|m| m.user == user))
}

/// The case a status holder is on, if any (the newest one).
pub async fn holder_case(
    conn: &mut SqliteConnection,
    user: UserId,
) -> sqlx::Result<Option<CaseId>> {
    let id: Option<i64> = sqlx::query_scalar(
        "SELECT case_id FROM case_members WHERE tg_user_id = ? AND party = 'holder'
         ORDER BY joined_at DESC LIMIT 1",
    )
    .bind(user.0)
    .fetch_optional(conn)
    .await?;
    Ok(id.map(CaseId))
}

pub async fn ack_privacy(
    conn: &mut SqliteConnection,
    case: CaseId,
    user: UserId,
    now: DateTime<Utc>,
) -> sqlx::Result<()> {
    sqlx::query(
        "UPDATE case_members SET privacy_ack_at = ? WHERE case_id = ? AND tg_user_id = ?
         AND privacy_ack_at IS NULL",
    )
    .bind(now)
    .bind(case.0)
    .bind(user.0)
    .execute(conn)
    .await?;
    Ok(())
}
