//! The preparation reminder before a confirmed meeting, as composed at send time: staff get the
//! overview for that meeting, the status holder the papers to bring in Tigrinya, and once the
//! meeting has begun the reminder is dropped.

use chrono::Duration;
use driegesprek::domain::Lang;
use driegesprek::i18n::Msg;

use super::{Setup, case_with_tigrinya_holder, overview_for};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn before_a_confirmed_meeting_staff_get_the_overview_and_the_holder_the_papers_to_bring() {
    use driegesprek::app::{App, Composed, DueReminder, Links};
    use driegesprek::clock::Clock;
    use driegesprek::domain::{CaseId, ChatId, ReminderKind};

    let Setup {
        bot,
        sanne,
        amanuel,
        case,
        ..
    } = case_with_tigrinya_holder().await;
    let now = bot.clock.now();
    let starts = now + Duration::days(3);
    let meeting: i64 = sqlx::query_scalar(
        "INSERT INTO meetings (case_id, proposer, proposer_chat, place, status, starts_at,
             ends_at, created_at, updated_at)
         VALUES (?, ?, ?, 'video', 'confirmed', ?, ?, ?, ?) RETURNING id",
    )
    .bind(case)
    .bind(sanne.id)
    .bind(sanne.id)
    .bind(starts)
    .bind(starts + Duration::hours(1))
    .bind(now)
    .bind(now)
    .fetch_one(&bot.pool)
    .await
    .unwrap();
    let links = Links {
        bot_username: "test_bot".into(),
    };
    let app = App::new(bot.pool.clone(), bot.clock.clone(), links);
    let due = |chat: i64| DueReminder {
        id: 1,
        kind: ReminderKind::PreparationOpen,
        case: CaseId(case),
        subject: Some(meeting),
        chat: ChatId(chat),
        due_at: now,
        late: false,
    };
    let mut conn = bot.pool.acquire().await.unwrap();
    let rendered = |c: Composed| match c {
        Composed::Send(outs) => outs
            .into_iter()
            .map(|o| bot.text(o.lang, o.text))
            .collect::<Vec<_>>(),
        Composed::Drop(why) => vec![format!("dropped: {why}")],
    };

    let staff = rendered(
        app.compose_reminder(&mut conn, &due(sanne.id))
            .await
            .unwrap(),
    );
    let hidden = || Msg::new("prep-staff-not-shared");
    let when = Msg::new("prep-agenda-when").date_time("at", starts);
    let want = overview_for(&bot, hidden(), hidden(), hidden(), when);
    assert_eq!(staff.len(), 1);
    assert!(
        staff[0].starts_with('⏰') && staff[0].ends_with(&want),
        "{staff:?}"
    );

    let holder = rendered(
        app.compose_reminder(&mut conn, &due(amanuel.id))
            .await
            .unwrap(),
    );
    let items = [
        "prep-item-permit",
        "prep-item-bsn",
        "prep-item-diplomas",
        "prep-item-cv",
    ]
    .map(|i| Msg::new("prep-check-open").msg("item", Msg::new(i)))
    .to_vec();
    let want = bot.text(
        Lang::Ti,
        Msg::new("prep-reminder-holder")
            .date_time("start", starts)
            .lines("items", items),
    );
    assert_eq!(holder, vec![want]);

    // Once the meeting has begun the reminder no longer applies.
    bot.clock.advance(Duration::days(3));
    let late = rendered(
        app.compose_reminder(&mut conn, &due(sanne.id))
            .await
            .unwrap(),
    );
    assert_eq!(late, vec!["dropped: meeting_passed".to_string()]);
    drop(conn);
    bot.stop().await;
}
