//! A meeting's agenda as staff edited it (migration 0006), and which meeting a case is
//! preparing. A meeting without rows uses the agenda generated from the case's option.

use sqlx::SqliteConnection;

use crate::domain::{CaseId, PlanItemKind};
use crate::workflow::prepare::agenda::Point;

/// The case's next meeting to prepare: the earliest one proposed or confirmed (by start time,
/// proposals without a time last).
pub async fn upcoming(conn: &mut SqliteConnection, case: CaseId) -> sqlx::Result<Option<i64>> {
    sqlx::query_scalar(
        "SELECT id FROM meetings WHERE case_id = ? AND status IN ('proposed', 'confirmed')
         ORDER BY starts_at IS NULL, starts_at, id LIMIT 1",
    )
    .bind(case.0)
    .fetch_optional(conn)
    .await
}

/// Which of the case's meetings is being prepared: 1 + the meetings held so far.
pub async fn meeting_no(conn: &mut SqliteConnection, case: CaseId) -> sqlx::Result<i64> {
    let held: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM meetings WHERE case_id = ? AND status = 'held'")
            .bind(case.0)
            .fetch_one(conn)
            .await?;
    Ok(held + 1)
}

/// The edited agenda and its version; `None` while staff have not edited it (version 0).
pub async fn get(
    conn: &mut SqliteConnection,
    meeting: i64,
) -> sqlx::Result<(i64, Option<Vec<Point>>)> {
    let version: Option<i64> =
        sqlx::query_scalar("SELECT agenda_version FROM meetings WHERE id = ?")
            .bind(meeting)
            .fetch_optional(&mut *conn)
            .await?;
    let version = version.unwrap_or(0);
    if version == 0 {
        return Ok((0, None));
    }
    let rows: Vec<(Option<String>, Option<String>)> =
        sqlx::query_as("SELECT kind, text FROM meeting_agenda WHERE meeting_id = ? ORDER BY pos")
            .bind(meeting)
            .fetch_all(conn)
            .await?;
    // A kind this version does not know (after a downgrade) is left out rather than guessed.
    let points = rows
        .into_iter()
        .filter_map(|row| match row {
            (Some(kind), _) => PlanItemKind::parse(&kind).map(Point::Plan),
            (None, Some(text)) => Some(Point::Own(text)),
            (None, None) => None,
        })
        .collect();
    Ok((version, Some(points)))
}

/// Replaces the agenda and raises its version.
pub async fn put(conn: &mut SqliteConnection, meeting: i64, points: &[Point]) -> sqlx::Result<()> {
    sqlx::query("DELETE FROM meeting_agenda WHERE meeting_id = ?")
        .bind(meeting)
        .execute(&mut *conn)
        .await?;
    for (pos, point) in points.iter().enumerate() {
        let (kind, text) = match point {
            Point::Plan(k) => (Some(k.as_str()), None),
            Point::Own(t) => (None, Some(t.as_str())),
        };
        sqlx::query("INSERT INTO meeting_agenda (meeting_id, pos, kind, text) VALUES (?, ?, ?, ?)")
            .bind(meeting)
            .bind(i64::try_from(pos).unwrap_or(i64::MAX))
            .bind(kind)
            .bind(text)
            .execute(&mut *conn)
            .await?;
    }
    sqlx::query("UPDATE meetings SET agenda_version = agenda_version + 1 WHERE id = ?")
        .bind(meeting)
        .execute(conn)
        .await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use std::borrow::Cow;

    use sqlx::sqlite::SqlitePoolOptions;

    /// A database of the previous release (migrations 1 to 5) with one case being prepared
    /// for its second meeting, upgraded: what was ticked and asked belongs to meeting 2.
    #[tokio::test]
    async fn upgrading_keeps_what_was_prepared_for_the_meeting_being_prepared() {
        // One connection: every connection to `sqlite::memory:` is a database of its own.
        let pool = SqlitePoolOptions::new()
            .max_connections(1)
            .connect("sqlite::memory:")
            .await
            .unwrap();
        let all = sqlx::migrate!("./migrations");
        let mut before = sqlx::migrate!("./migrations");
        before.migrations = Cow::Owned(all.migrations[..5].to_vec());
        before.run(&pool).await.unwrap();
        sqlx::raw_sql(
            "INSERT INTO orgs (id, kind, name, created_at) VALUES
                 (1, 'coa', 'COA', 'x'), (2, 'gemeente', 'Gemeente', 'x');
             INSERT INTO staff (id, tg_user_id, org_id, display_name, joined_at)
                 VALUES (1, 10, 2, 'S', 'x');
             INSERT INTO cases (id, reference, holder_name, owner_org_id, coa_org_id,
                 gemeente_org_id, matching_date, created_by, created_at)
                 VALUES (1, 'R-1', 'A', 2, 1, 2, '2026-03-01', 1, 'x');
             INSERT INTO meetings (case_id, proposer, proposer_chat, place, status,
                 created_at, updated_at)
                 VALUES (1, 10, 10, 'azc', 'held', 'x', 'x'), (1, 10, 10, 'azc', 'proposed', 'x', 'x');
             INSERT INTO prep_checks (case_id, item, done_at, done_by) VALUES (1, 'permit', 't', 30);
             INSERT INTO prep_own_questions (case_id, text, updated_at) VALUES (1, 'Werk?', 't');",
        )
        .execute(&pool)
        .await
        .unwrap();

        all.run(&pool).await.unwrap();

        let checks: Vec<(i64, i64, String)> =
            sqlx::query_as("SELECT case_id, meeting_no, item FROM prep_checks")
                .fetch_all(&pool)
                .await
                .unwrap();
        assert_eq!(checks, vec![(1, 2, "permit".to_string())]);
        let own: Vec<(i64, Option<String>)> =
            sqlx::query_as("SELECT meeting_no, text FROM prep_own_questions")
                .fetch_all(&pool)
                .await
                .unwrap();
        assert_eq!(own, vec![(2, Some("Werk?".to_string()))]);
        let versions: Vec<i64> = sqlx::query_scalar("SELECT agenda_version FROM meetings")
            .fetch_all(&pool)
            .await
            .unwrap();
        assert_eq!(versions, vec![0, 0]);
    }
}
