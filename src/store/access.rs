//! The facts one access decision needs (`workflow::access`), in one query: the case, the actor's
//! membership of it, and what the chat is linked to.

use sqlx::SqliteConnection;

use super::cases::Case;
use super::groups::GroupLink;
use crate::domain::{CaseId, ChatId, OrgId, Party, UserId};

/// The case, the party the user is on it as (if any), and the chat's group link (if any).
#[derive(Debug, Clone, PartialEq)]
pub struct Facts {
    pub case: Case,
    pub member: Option<Party>,
    pub link: Option<GroupLink>,
}

/// A case row (as `cases` reads it) with the membership and the chat's link beside it.
#[derive(sqlx::FromRow)]
struct Row {
    #[sqlx(flatten)]
    case: super::cases::Row,
    member_party: Option<String>,
    link_org: Option<i64>,
    link_case: Option<i64>,
}

/// The facts for `user` acting on `case` in `chat`; `None` if there is no such case (or it
/// was anonymised: nothing can be done with it any more).
pub async fn facts(
    conn: &mut SqliteConnection,
    case: CaseId,
    user: UserId,
    chat: ChatId,
) -> sqlx::Result<Option<Facts>> {
    let row: Option<Row> = sqlx::query_as(
        "SELECT c.id, c.reference, c.holder_name, c.owner_org_id, c.coa_org_id,
             c.gemeente_org_id, c.matching_date, c.housing_date, c.status,
             m.party AS member_party, g.org_id AS link_org, g.case_id AS link_case
         FROM cases c
         LEFT JOIN case_members m ON m.case_id = c.id AND m.tg_user_id = ?2
         LEFT JOIN group_links g ON g.chat_id = ?3
         WHERE c.id = ?1 AND c.erased_at IS NULL",
    )
    .bind(case.0)
    .bind(user.0)
    .bind(chat.0)
    .fetch_optional(conn)
    .await?;
    Ok(row.map(|r| Facts {
        member: r.member_party.as_deref().and_then(Party::parse),
        link: r.link_org.map(|org| GroupLink {
            chat,
            org: OrgId(org),
            case: r.link_case.map(CaseId),
        }),
        case: Case::from(r.case),
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn facts_hold_the_case_the_membership_and_the_link_of_this_chat_only() {
        let (_dir, pool) = super::super::test_db().await;
        sqlx::raw_sql(
            "INSERT INTO orgs (id, kind, name, created_at) VALUES
                 (1, 'coa', 'COA', 'x'), (2, 'gemeente', 'Gemeente', 'x');
             INSERT INTO staff (id, tg_user_id, org_id, display_name, joined_at)
                 VALUES (1, 1001, 2, 'Sanne', 'x');
             INSERT INTO cases (id, reference, holder_name, owner_org_id, coa_org_id,
                 gemeente_org_id, matching_date, created_by, created_at)
                 VALUES (1, 'UTR-7', 'Amal', 2, 1, 2, '2026-03-01', 1, 'x');
             INSERT INTO case_members (case_id, tg_user_id, party, joined_at)
                 VALUES (1, 1001, 'gemeente', 'a');
             INSERT INTO group_links (chat_id, org_id, case_id, linked_by, linked_at)
                 VALUES (-100777, 2, NULL, 1, 'x'), (-100666, 2, 1, 1, 'x');",
        )
        .execute(&pool)
        .await
        .unwrap();
        let mut conn = pool.acquire().await.unwrap();
        let (case, sanne, other) = (CaseId(1), UserId(1001), UserId(1004));

        let f = facts(&mut conn, case, sanne, ChatId(1001))
            .await
            .unwrap()
            .unwrap();
        assert_eq!((f.case.reference.as_str(), f.case.open), ("UTR-7", true));
        assert_eq!((f.member, f.link), (Some(Party::Gemeente), None));

        let f = facts(&mut conn, case, other, ChatId(-100777))
            .await
            .unwrap()
            .unwrap();
        let org_wide = GroupLink {
            chat: ChatId(-100777),
            org: OrgId(2),
            case: None,
        };
        assert_eq!((f.member, f.link), (None, Some(org_wide)));

        let f = facts(&mut conn, case, sanne, ChatId(-100666))
            .await
            .unwrap()
            .unwrap();
        assert_eq!(f.link.and_then(|l| l.case), Some(case));

        assert_eq!(
            facts(&mut conn, CaseId(2), sanne, ChatId(1001))
                .await
                .unwrap(),
            None
        );
    }
}
