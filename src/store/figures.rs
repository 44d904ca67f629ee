//! The plain facts behind the figures (issue 17, `workflow::figures`): per case of an
//! organisation its dates, option, the status holder's language, its meetings and agreements.
//! Three queries whatever the number of cases; no name, reference or chat id leaves here.

use std::collections::HashMap;

use chrono::{DateTime, NaiveDate, Utc};
use sqlx::SqliteConnection;

use crate::domain::{HandoverOption, Lang, Party};
use crate::workflow::case_life::local_day as amsterdam_date;
use crate::workflow::figures::{AgreementFacts, CaseFacts, MeetingEnd, MeetingFacts};

/// Every case of this organisation (as COA or as municipality), with its meetings and
/// agreements.
pub async fn of_org(conn: &mut SqliteConnection, org: i64) -> sqlx::Result<Vec<CaseFacts>> {
    type CaseRow = (
        i64,
        DateTime<Utc>,
        NaiveDate,
        Option<NaiveDate>,
        Option<String>,
        Option<String>,
    );
    let rows: Vec<CaseRow> = sqlx::query_as(
        "SELECT c.id, c.created_at, c.matching_date, c.housing_date, p.option, u.lang
         FROM cases c
         LEFT JOIN plans p ON p.case_id = c.id
         LEFT JOIN case_members m ON m.case_id = c.id AND m.party = 'holder'
         LEFT JOIN users u ON u.tg_user_id = m.tg_user_id
         WHERE c.coa_org_id = ?1 OR c.gemeente_org_id = ?1
         ORDER BY c.id",
    )
    .bind(org)
    .fetch_all(&mut *conn)
    .await?;
    type MeetingRow = (
        i64,
        DateTime<Utc>,
        Option<DateTime<Utc>>,
        String,
        Option<String>,
        Option<String>,
    );
    let meetings: Vec<MeetingRow> = sqlx::query_as(
        "SELECT mt.case_id, mt.created_at, mt.starts_at, mt.status, mt.absent_party,
             mt.interpreter_lang
         FROM meetings mt JOIN cases c ON c.id = mt.case_id
         WHERE c.coa_org_id = ?1 OR c.gemeente_org_id = ?1",
    )
    .bind(org)
    .fetch_all(&mut *conn)
    .await?;
    type ItemRow = (i64, Option<NaiveDate>, String, Option<DateTime<Utc>>);
    let items: Vec<ItemRow> = sqlx::query_as(
        "SELECT i.case_id, i.due_date, i.status,
             (SELECT MIN(e.at) FROM plan_events e
              WHERE e.item_id = i.id AND e.field = 'status' AND e.new = 'done')
         FROM plan_items i JOIN cases c ON c.id = i.case_id
         WHERE c.coa_org_id = ?1 OR c.gemeente_org_id = ?1",
    )
    .bind(org)
    .fetch_all(&mut *conn)
    .await?;

    let mut by_case: HashMap<i64, CaseFacts> = HashMap::new();
    let mut order = Vec::with_capacity(rows.len());
    for (id, created, matching, housing, option, lang) in rows {
        order.push(id);
        by_case.insert(
            id,
            CaseFacts {
                opened: amsterdam_date(created),
                matching,
                housing,
                option: option.as_deref().and_then(HandoverOption::parse),
                holder_lang: lang.as_deref().and_then(Lang::from_id),
                meetings: Vec::new(),
                agreements: Vec::new(),
            },
        );
    }
    for (case, created, starts, status, absent, interpreter) in meetings {
        let end = match (status.as_str(), absent.as_deref().and_then(Party::parse)) {
            ("held", _) => MeetingEnd::Held,
            ("cancelled", _) => MeetingEnd::Cancelled,
            ("absent", Some(p)) => MeetingEnd::Absent(p),
            _ => MeetingEnd::Open,
        };
        if let Some(c) = by_case.get_mut(&case) {
            c.meetings.push(MeetingFacts {
                proposed: amsterdam_date(created),
                on: starts.map(amsterdam_date),
                end,
                interpreter: interpreter.is_some(),
            });
        }
    }
    for (case, due, status, done) in items {
        if let Some(c) = by_case.get_mut(&case) {
            c.agreements.push(AgreementFacts {
                due,
                done: if status == "done" {
                    done.map(amsterdam_date)
                } else {
                    None
                },
                cancelled: status == "cancelled",
            });
        }
    }
    Ok(order
        .into_iter()
        .filter_map(|id| by_case.remove(&id))
        .collect())
}
