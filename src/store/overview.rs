//! What a status holder's overview shows, read together (issue 16): their case with the names
//! of its COA location and municipality, its members, and its next meeting to prepare, in one
//! query; the plan's items and the checklist stay their own (`plan::items`,
//! `prepare::ticks_now`).

use sqlx::SqliteConnection;

use super::cases::{Case, Member};
use super::meetings::Meeting;
use crate::domain::{CaseId, Party, UserId};

/// A case as its holder's overview needs it.
#[derive(Debug, Clone, PartialEq)]
pub struct Overview {
    pub case: Case,
    /// The COA location's name (`None`: the organisation is gone).
    pub coa: Option<String>,
    /// The municipality's name.
    pub gemeente: Option<String>,
    /// As `cases::members`: by joining time, then Telegram id.
    pub members: Vec<Member>,
    /// As `agenda::upcoming`: the earliest meeting proposed or confirmed.
    pub upcoming: Option<Meeting>,
}

#[derive(sqlx::FromRow)]
struct Row {
    #[sqlx(flatten)]
    case: super::cases::Row,
    coa_name: Option<String>,
    gemeente_name: Option<String>,
    members: String,
    #[sqlx(flatten)]
    meeting: super::meetings::MaybeRow,
}

pub async fn holder(conn: &mut SqliteConnection, case: CaseId) -> sqlx::Result<Option<Overview>> {
    let row: Option<Row> = sqlx::query_as(
        "SELECT c.id, c.reference, c.holder_name, c.owner_org_id, c.coa_org_id,
             c.gemeente_org_id, c.matching_date, c.housing_date, c.status,
             co.name AS coa_name, go.name AS gemeente_name,
             (SELECT json_group_array(json_array(cm.tg_user_id, cm.party,
                         cm.privacy_ack_at IS NOT NULL, s.display_name)
                         ORDER BY cm.joined_at, cm.tg_user_id)
              FROM case_members cm LEFT JOIN staff s ON s.tg_user_id = cm.tg_user_id
              WHERE cm.case_id = c.id) AS members,
             m.id AS m_id, m.case_id AS m_case_id, m.proposer AS m_proposer,
             m.proposer_chat AS m_proposer_chat, m.place AS m_place, m.video_link AS m_video_link,
             m.interpreter_lang AS m_interpreter_lang, m.interpreter_by AS m_interpreter_by,
             m.interpreter_due AS m_interpreter_due,
             m.interpreter_booked_at AS m_interpreter_booked_at, m.status AS m_status,
             m.starts_at AS m_starts_at, m.ends_at AS m_ends_at, m.sequence AS m_sequence
         FROM cases c
         LEFT JOIN orgs co ON co.id = c.coa_org_id
         LEFT JOIN orgs go ON go.id = c.gemeente_org_id
         LEFT JOIN meetings m ON m.id = (
             SELECT id FROM meetings WHERE case_id = c.id AND status IN ('proposed', 'confirmed')
             ORDER BY starts_at IS NULL, starts_at, id LIMIT 1)
         WHERE c.id = ?",
    )
    .bind(case.0)
    .fetch_optional(conn)
    .await?;
    let Some(row) = row else {
        return Ok(None);
    };
    let members: Vec<(i64, String, i64, Option<String>)> =
        serde_json::from_str(&row.members).map_err(|e| sqlx::Error::Decode(Box::new(e)))?;
    Ok(Some(Overview {
        case: Case::from(row.case),
        coa: row.coa_name,
        gemeente: row.gemeente_name,
        members: members
            .into_iter()
            .filter_map(|(user, party, ack, staff_name)| {
                Some(Member {
                    user: UserId(user),
                    party: Party::parse(&party)?,
                    privacy_ack: ack != 0,
                    staff_name,
                })
            })
            .collect(),
        upcoming: row.meeting.into_meeting(),
    }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::{agenda, cases, meetings, orgs};

    #[tokio::test]
    async fn the_overview_reads_what_the_single_queries_read() {
        let (_dir, pool) = crate::store::test_db().await;
        sqlx::raw_sql(
            "INSERT INTO orgs (id, kind, name, created_at) VALUES
                 (1, 'coa', 'COA Ter Apel', 'x'), (2, 'gemeente', 'Gemeente Utrecht', 'x');
             INSERT INTO staff (id, tg_user_id, org_id, display_name, joined_at) VALUES
                 (1, 1001, 2, 'Sanne', 'x'), (2, 2002, 1, 'Joost', 'x'), (3, 1004, 2, 'Pieter', 'x');
             INSERT INTO cases (id, reference, holder_name, owner_org_id, coa_org_id,
                 gemeente_org_id, matching_date, created_by, created_at)
                 VALUES (1, 'UTR-7', 'Amal', 2, 1, 2, '2026-03-01', 1, 'x');
             INSERT INTO case_members (case_id, tg_user_id, party, joined_at, privacy_ack_at) VALUES
                 (1, 1004, 'gemeente', 'b', NULL), (1, 1001, 'gemeente', 'a', NULL),
                 (1, 3003, 'holder', 'c', '2026-03-02T00:00:00Z'), (1, 2002, 'coa', 'b', NULL);
             INSERT INTO meetings (case_id, proposer, proposer_chat, place, status, starts_at,
                 created_at, updated_at) VALUES
                 (1, 1001, 1001, 'azc', 'held', '2026-03-10T08:00:00Z', 'x', 'x'),
                 (1, 1001, 1001, 'video', 'proposed', NULL, 'x', 'x');",
        )
        .execute(&pool)
        .await
        .unwrap();
        let mut conn = pool.acquire().await.unwrap();
        let o = holder(&mut conn, CaseId(1)).await.unwrap().unwrap();
        assert_eq!(
            Some(o.case.clone()),
            cases::get(&mut conn, CaseId(1)).await.unwrap()
        );
        assert_eq!(
            o.members,
            cases::members(&mut conn, CaseId(1)).await.unwrap()
        );
        let names: Vec<_> = o.members.iter().map(|m| m.user.0).collect();
        assert_eq!(names, [1001, 1004, 2002, 3003], "by joining time, then id");
        let coa = orgs::get(&mut conn, o.case.coa_org).await.unwrap();
        assert_eq!(o.coa, coa.map(|c| c.name));
        assert_eq!(o.gemeente.as_deref(), Some("Gemeente Utrecht"));
        let id = agenda::upcoming(&mut conn, CaseId(1))
            .await
            .unwrap()
            .unwrap();
        assert_eq!(o.upcoming, meetings::get(&mut conn, id).await.unwrap());
        assert_eq!(holder(&mut conn, CaseId(2)).await.unwrap(), None);
    }
}
