//! Store tests of the outbox on a fresh migrated database file.

use chrono::{DateTime, Duration, Utc};

use super::*;
use crate::store;

fn t(s: &str) -> DateTime<Utc> {
    s.parse().unwrap()
}

async fn db() -> (tempfile::TempDir, store::SqlitePool) {
    let (dir, pool) = store::test_db().await;
    sqlx::query(
        "INSERT INTO orgs (id, kind, name, created_at) VALUES (1, 'coa', 'A', 'x'), (2, 'gemeente', 'B', 'x');
         INSERT INTO staff (id, tg_user_id, org_id, display_name, joined_at) VALUES (1, 10, 1, 'S', 'x');
         INSERT INTO cases (id, reference, holder_name, owner_org_id, coa_org_id, gemeente_org_id,
             matching_date, created_by, created_at) VALUES (1, 'R1', 'H', 2, 1, 2, '2026-01-01', 1, 'x');",
    )
    .execute(&pool)
    .await
    .unwrap();
    (dir, pool)
}

fn reminder(chat: i64, due: &str) -> NewReminder {
    NewReminder {
        kind: ReminderKind::MeetingSoon,
        case: CaseId(1),
        subject: Some(5),
        chat: ChatId(chat),
        due_at: t(due),
    }
}

async fn plan_all(conn: &mut SqliteConnection) {
    for row in unplanned(conn, t("2100-01-01T00:00:00Z"), 1000)
        .await
        .unwrap()
    {
        let at = chrono::TimeZone::timestamp_opt(&Utc, row.next_attempt_at, 0).unwrap();
        set_plan(conn, row.id, at).await.unwrap();
    }
}

#[tokio::test]
async fn the_due_query_uses_the_partial_index() {
    let (_dir, pool) = db().await;
    let mut conn = pool.acquire().await.unwrap();
    let plan = explain_due(&mut conn).await.unwrap();
    assert!(plan.contains("USING INDEX reminders_pending"), "{plan}");
}

#[tokio::test]
async fn a_row_is_claimed_once_and_only_when_due_and_planned() {
    let (_dir, pool) = db().await;
    let mut conn = pool.acquire().await.unwrap();
    let now = t("2026-06-01T10:00:00Z");
    let a = schedule(&mut conn, &reminder(7, "2026-06-01T09:00:00Z"), now)
        .await
        .unwrap();
    schedule(&mut conn, &reminder(7, "2026-06-01T11:00:00Z"), now)
        .await
        .unwrap();
    assert!(
        claim(&mut conn, now, 10).await.unwrap().is_empty(),
        "unplanned rows wait"
    );
    plan_all(&mut conn).await;
    let claimed = claim(&mut conn, now, 10).await.unwrap();
    assert_eq!(claimed.iter().map(|c| c.id).collect::<Vec<_>>(), vec![a]);
    assert!(claim(&mut conn, now, 10).await.unwrap().is_empty());
    assert!(mark_sent(&mut conn, &claimed[0], now).await.unwrap());
    assert_eq!(
        status(&mut conn, a).await.unwrap(),
        Some(("sent".into(), None))
    );
}

#[tokio::test]
async fn the_next_due_row_is_the_earliest_pending_one_after_now_sent_or_not_planned() {
    let (_dir, pool) = db().await;
    let mut conn = pool.acquire().await.unwrap();
    let now = t("2026-06-01T10:00:00Z");
    assert_eq!(next_due_after(&mut conn, now).await.unwrap(), None);
    schedule(&mut conn, &reminder(7, "2026-06-01T09:00:00Z"), now)
        .await
        .unwrap();
    let soon = schedule(&mut conn, &reminder(7, "2026-06-01T11:00:00Z"), now)
        .await
        .unwrap();
    schedule(&mut conn, &reminder(7, "2026-06-03T11:00:00Z"), now)
        .await
        .unwrap();
    assert_eq!(
        next_due_after(&mut conn, now).await.unwrap(),
        Some(t("2026-06-01T11:00:00Z")),
        "one already due is the worker's, not next"
    );
    plan_all(&mut conn).await;
    let later = t("2026-06-01T11:00:00Z");
    let claimed = claim(&mut conn, later, 10).await.unwrap();
    assert!(claimed.iter().any(|c| c.id == soon));
    for c in &claimed {
        assert!(mark_sent(&mut conn, c, later).await.unwrap());
    }
    assert_eq!(
        next_due_after(&mut conn, now).await.unwrap(),
        Some(t("2026-06-03T11:00:00Z")),
        "a sent row is no longer next"
    );
}

#[tokio::test]
async fn a_claim_whose_lease_ran_out_comes_back_and_the_old_claim_cannot_record() {
    let (_dir, pool) = db().await;
    let mut conn = pool.acquire().await.unwrap();
    let now = t("2026-06-01T10:00:00Z");
    schedule(&mut conn, &reminder(7, "2026-06-01T09:00:00Z"), now)
        .await
        .unwrap();
    plan_all(&mut conn).await;
    let old = claim(&mut conn, now, 10).await.unwrap().remove(0);
    assert_eq!(
        reclaim_stale(&mut conn, now).await.unwrap(),
        0,
        "lease still running"
    );
    let later = now + Duration::minutes(3);
    assert_eq!(
        reclaim_stale(&mut conn, later - Duration::minutes(2))
            .await
            .unwrap(),
        1
    );
    let new = claim(&mut conn, later, 10).await.unwrap().remove(0);
    assert!(
        !mark_sent(&mut conn, &old, later).await.unwrap(),
        "the old claim is void"
    );
    assert!(mark_sent(&mut conn, &new, later).await.unwrap());
}

#[tokio::test]
async fn an_unreachable_chat_loses_only_its_own_pending_reminders() {
    let (_dir, pool) = db().await;
    let mut conn = pool.acquire().await.unwrap();
    let now = t("2026-06-01T10:00:00Z");
    let a = schedule(&mut conn, &reminder(7, "2026-06-02T09:00:00Z"), now)
        .await
        .unwrap();
    let b = schedule(&mut conn, &reminder(8, "2026-06-02T09:00:00Z"), now)
        .await
        .unwrap();
    assert_eq!(
        cancel_chat(&mut conn, ChatId(7), "chat_unreachable", now)
            .await
            .unwrap(),
        1
    );
    let st = status(&mut conn, a).await.unwrap().unwrap();
    assert_eq!(st, ("cancelled".into(), Some("chat_unreachable".into())));
    assert_eq!(status(&mut conn, b).await.unwrap().unwrap().0, "pending");
}
