//! Preparing the driegesprek (issue 6): a Tigrinya-speaking status holder fills in the
//! questionnaire partly, comes back days later, shares part of it; the municipal contact sees
//! exactly that in Dutch; a withdrawal hides it again, even behind an old button; forged
//! buttons show nothing and change nothing; each party ticks its checklist.

use chrono::Duration;
use driegesprek::domain::Lang;
use driegesprek::i18n::Msg;

use crate::fake_telegram::{ChatTarget, Sent, TgUser};
use crate::support::{TestBot, button, link_in, spawn_bot, token_of};

/// Sanne (municipality), Joost (COA) and Amanuel (Tigrinya, privacy notice read) on one case.
struct Setup {
    bot: TestBot,
    sanne: TgUser,
    joost: TgUser,
    amanuel: TgUser,
    case: i64,
}

async fn join_staff(bot: &TestBot, user: &TgUser, token: &str) {
    let m = bot.tg.mark();
    bot.tg
        .send_command(user, ChatTarget::Private, &format!("start {token}"));
    bot.next_message(m, user.id).await;
}

async fn case_with_tigrinya_holder() -> Setup {
    let bot = spawn_bot().await;
    let tg = &bot.tg;
    let utrecht = bot.add_org("gemeente", "Gemeente Utrecht");
    let ter_apel = bot.add_org("coa", "COA Ter Apel");
    let sanne = tg.user(1001, "Sanne", Some("nl"));
    let joost = tg.user(2002, "Joost", Some("nl"));
    join_staff(&bot, &sanne, &bot.staff_invite(&utrecht, "gemeente")).await;
    join_staff(&bot, &joost, &bot.staff_invite(&ter_apel, "coa")).await;

    let m = tg.mark();
    tg.send_command(&sanne, ChatTarget::Private, "newcase");
    bot.next_message(m, sanne.id).await;
    for answer in ["Amanuel", "GEM-2026-0042"] {
        let m = tg.mark();
        tg.send_text(&sanne, ChatTarget::Private, answer);
        bot.next_message(m, sanne.id).await;
    }
    let q = tg.sent_to(sanne.id).pop().unwrap();
    let m = tg.mark();
    tg.press_button(
        &sanne,
        ChatTarget::Private,
        q.message_id,
        &button(&q, "COA Ter Apel"),
    );
    let q = bot.next_message(m, sanne.id).await;
    let m = tg.mark();
    tg.press_button(
        &sanne,
        ChatTarget::Private,
        q.message_id,
        &button(&q, "Gisteren"),
    );
    bot.next_message(m, sanne.id).await;
    let m = tg.mark();
    tg.send_text(&sanne, ChatTarget::Private, "01-06-2026");
    let summary = bot.next_message(m, sanne.id).await;
    let m = tg.mark();
    let open = button(&summary, "Casus openen");
    tg.press_button(&sanne, ChatTarget::Private, summary.message_id, &open);
    let photo = tg
        .wait_for_since(m, sanne.id, |s| s.method == "sendPhoto")
        .await;
    let counterpart = tg
        .wait_for_since(m, sanne.id, |s| {
            s.text
                .as_deref()
                .is_some_and(|t| t.contains("COA Ter Apel"))
        })
        .await;
    join_staff(&bot, &joost, &token_of(&link_in(&counterpart))).await;

    let amanuel = tg.user(3003, "Amanuel", None);
    let m = tg.mark();
    let start = format!("start {}", token_of(&link_in(&photo)));
    tg.send_command(&amanuel, ChatTarget::Private, &start);
    let picker = bot.next_message(m, amanuel.id).await;
    let m = tg.mark();
    tg.press_button(
        &amanuel,
        ChatTarget::Private,
        picker.message_id,
        &button(&picker, "ትግርኛ"),
    );
    let notice = bot.next_message(m, amanuel.id).await;
    let m = tg.mark();
    tg.press_button(
        &amanuel,
        ChatTarget::Private,
        notice.message_id,
        &button(&notice, ""),
    );
    bot.next_message(m, amanuel.id).await;
    tg.quiet().await;

    let case: i64 = sqlx::query_scalar("SELECT id FROM cases WHERE reference = 'GEM-2026-0042'")
        .fetch_one(&bot.pool)
        .await
        .unwrap();
    Setup {
        bot,
        sanne,
        joost,
        amanuel,
        case,
    }
}

/// Presses the button with this callback data under `sent` (it must be there) and returns the
/// next message to the same chat.
async fn press(bot: &TestBot, user: &TgUser, sent: &Sent, data: &str) -> Sent {
    assert!(
        sent.buttons().iter().any(|(_, d)| d == data),
        "no button {data} in {:?}",
        sent.buttons()
    );
    let m = bot.tg.mark();
    bot.tg
        .press_button(user, ChatTarget::Private, sent.message_id, data);
    bot.next_message(m, user.id).await
}

async fn command(bot: &TestBot, user: &TgUser, cmd: &str) -> Sent {
    let m = bot.tg.mark();
    bot.tg.send_command(user, ChatTarget::Private, cmd);
    bot.next_message(m, user.id).await
}

fn step(bot: &TestBot, lang: Lang, n: i64, total: i64, ask: &'static str) -> String {
    bot.text(
        lang,
        Msg::new("prep-step")
            .num("n", n)
            .num("total", total)
            .msg("question", Msg::new(ask)),
    )
}

/// The preparation tables, for "nothing changed" checks.
async fn prep_rows(bot: &TestBot) -> String {
    let mut out = bot.snapshot().await;
    for sql in [
        "SELECT case_id || '|' || question || '|' || IFNULL(value, 'NULL') FROM prep_answers",
        "SELECT case_id || '|' || IFNULL(text, 'NULL') FROM prep_own_questions",
        "SELECT id || '|' || part || '|' || granted FROM prep_consents",
        "SELECT case_id || '|' || item FROM prep_checks",
    ] {
        let rows: Vec<String> = sqlx::query_scalar(sql).fetch_all(&bot.pool).await.unwrap();
        out.push_str(&rows.join("\n"));
    }
    out
}

/// The staff overview as Sanne should see it, from the same values, for the first meeting,
/// not planned yet.
fn overview(bot: &TestBot, answers: Msg, missing: Msg, own: Msg) -> String {
    let when = Msg::new("prep-meeting-not-planned");
    overview_for(bot, answers, missing, own, when)
}

/// The staff overview for the first meeting at `when` (`prep-agenda-when` and the like).
fn overview_for(bot: &TestBot, answers: Msg, missing: Msg, own: Msg, when: Msg) -> String {
    let open = |id| Msg::new("prep-check-open").msg("item", Msg::new(id));
    let party = |p, items: &[&'static str]| {
        Msg::new("prep-check-party")
            .msg("party", Msg::new(p))
            .lines("items", items.iter().map(|i| open(*i)).collect())
    };
    let overview = Msg::new("prep-staff-overview")
        .code("reference", "GEM-2026-0042")
        .name("name", "Amanuel")
        .msg("answers", answers)
        .msg("missing", missing)
        .msg("own", own)
        .lines(
            "checklist",
            vec![
                party(
                    "prep-party-holder",
                    &[
                        "prep-item-permit",
                        "prep-item-bsn",
                        "prep-item-diplomas",
                        "prep-item-cv",
                    ],
                ),
                party(
                    "prep-party-coa",
                    &[
                        "prep-item-profile",
                        "prep-item-programme",
                        "prep-item-need-to-know",
                    ],
                ),
                party(
                    "prep-party-gemeente",
                    &["prep-item-options", "prep-item-intake", "prep-item-contact"],
                ),
            ],
        );
    let for_meeting = Msg::new("prep-staff-for-meeting")
        .msg("overview", overview)
        .num("number", 1)
        .msg("when", when);
    bot.text(Lang::Nl, for_meeting)
}

fn line(label: &'static str, value: &'static str) -> Msg {
    Msg::new("prep-line")
        .msg("label", Msg::new(label))
        .msg("value", Msg::new(value))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_tigrinya_speaker_prepares_in_parts_and_the_municipality_sees_only_what_is_shared() {
    let Setup {
        bot,
        sanne,
        amanuel,
        case,
        ..
    } = case_with_tigrinya_holder().await;
    let ti = Lang::Ti;

    // The first question, in Tigrinya, with buttons and "skip".
    let q = command(&bot, &amanuel, "prepare").await;
    assert_eq!(q.text, Some(step(&bot, ti, 1, 12, "prep-ask-education")));
    let labels: Vec<String> = q.buttons().into_iter().map(|(t, _)| t).collect();
    assert!(labels.contains(&bot.text(ti, Msg::new("prep-edu-secondary"))));
    assert!(labels.contains(&bot.text(ti, Msg::new("prep-button-skip"))));

    // Three answers and a skip, then he stops.
    let q = press(&bot, &amanuel, &q, "q:a:edu:sec").await;
    assert_eq!(q.text, Some(step(&bot, ti, 2, 12, "prep-ask-work-years")));
    let q = press(&bot, &amanuel, &q, "q:a:yrs:5").await;
    assert_eq!(q.text, Some(step(&bot, ti, 3, 12, "prep-ask-work-field")));
    let q = press(&bot, &amanuel, &q, "q:a:fld:ca").await;
    let q = press(&bot, &amanuel, &q, "q:s:nl").await;
    assert_eq!(q.text, Some(step(&bot, ti, 5, 12, "prep-ask-goal")));

    // Three days later he comes back where he left off.
    bot.clock.advance(Duration::days(3));
    let q = command(&bot, &amanuel, "prepare").await;
    assert_eq!(q.text, Some(step(&bot, ti, 5, 12, "prep-ask-goal")));
    let mut q = q;
    for data in [
        "q:a:goal:s",
        "q:a:hh:pc",
        "q:a:reu:y",
        "q:a:hlth:y",
        "q:a:when:m",
        "q:a:how:c",
    ] {
        q = press(&bot, &amanuel, &q, data).await;
    }
    // The interpreter wish, in Tigrinya, with its own buttons and "skip".
    assert_eq!(q.text, Some(step(&bot, ti, 11, 12, "prep-ask-interpreter")));
    let labels: Vec<String> = q.buttons().into_iter().map(|(t, _)| t).collect();
    let want: Vec<String> = [
        "prep-interp-own",
        "prep-interp-other",
        "prep-interp-no",
        "prep-interp-unsure",
        "prep-button-skip",
    ]
    .map(|id| bot.text(ti, Msg::new(id)))
    .to_vec();
    assert_eq!(labels, want);
    let q = press(&bot, &amanuel, &q, "q:a:interp:own").await;
    assert_eq!(
        q.text,
        Some(step(&bot, ti, 12, 12, "prep-ask-without-partner"))
    );
    let ask = press(&bot, &amanuel, &q, "q:s:alone").await;
    assert_eq!(
        ask.text,
        Some(bot.text(ti, Msg::new("prep-ask-own-questions")))
    );

    // His own questions, typed in Tigrinya, then the notice: nothing shared yet.
    let typed = "ናይ ሆላንድኛ መምህረይ ክቕጽል ይኽእል ዶ?";
    let m = bot.tg.mark();
    bot.tg.send_text(&amanuel, ChatTarget::Private, typed);
    let notice_text = |answers, questions| {
        bot.text(
            ti,
            Msg::new("prep-consent-notice-v2")
                .msg("answers", Msg::new(answers))
                .msg("questions", Msg::new(questions)),
        )
    };
    let notice = bot
        .expect_text(
            m,
            amanuel.id,
            &notice_text("prep-shared-no", "prep-shared-no"),
        )
        .await;

    // Before any consent Sanne sees nothing of it.
    let list = command(&bot, &sanne, "prepare").await;
    assert_eq!(list.text, Some(bot.text(Lang::Nl, Msg::new("prep-cases"))));
    let show = format!("q:v:{case}");
    let view = press(&bot, &sanne, &list, &show).await;
    let hidden = || Msg::new("prep-staff-not-shared");
    assert_eq!(
        view.text,
        Some(overview(&bot, hidden(), hidden(), hidden()))
    );

    // He shares his answers, not his own questions.
    let notice = press(&bot, &amanuel, &notice, "q:k:answers:1").await;
    assert_eq!(
        notice.text,
        Some(notice_text("prep-shared-yes", "prep-shared-no"))
    );

    // Sanne sees exactly those answers, in Dutch, and what is missing.
    let view = press(&bot, &sanne, &view, &show).await;
    let answers = Msg::new("prep-list").lines(
        "lines",
        vec![
            line("prep-label-education", "prep-edu-secondary"),
            line("prep-label-work-years", "prep-years-some"),
            line("prep-label-work-field", "prep-field-care"),
            line("prep-label-goal", "prep-goal-study"),
            line("prep-label-household", "prep-house-family"),
            line("prep-label-reunification", "prep-yes"),
            line("prep-label-health", "prep-yes"),
            line("prep-label-moment", "prep-moment-morning"),
            line("prep-label-channel", "prep-channel-call"),
            line("prep-label-interpreter", "prep-interp-own"),
        ],
    );
    let missing = Msg::new("prep-list").lines(
        "lines",
        vec![
            Msg::new("prep-label-dutch"),
            Msg::new("prep-label-without-partner"),
        ],
    );
    let text = view.text.clone().unwrap_or_default();
    assert_eq!(text, overview(&bot, answers, missing.clone(), hidden()));
    assert!(
        text.contains("Middelbare school")
            && text.contains("🌍 Tolk gewenst: Ja, in mijn eigen taal")
            && !text.contains(typed),
        "{text}"
    );

    // Sharing his questions too: shown as typed, marked as not translated.
    let notice = press(&bot, &amanuel, &notice, "q:k:questions:1").await;
    let view2 = press(&bot, &sanne, &view, &show).await;
    let text = view2.text.unwrap_or_default();
    assert!(text.contains(&format!("{typed} (niet vertaald)")), "{text}");

    // He withdraws the answers; Sanne's old button shows nothing of them any more.
    let notice = press(&bot, &amanuel, &notice, "q:k:answers:0").await;
    assert_eq!(
        notice.text,
        Some(notice_text("prep-shared-no", "prep-shared-yes"))
    );
    let m = bot.tg.mark();
    bot.tg
        .press_button(&sanne, ChatTarget::Private, view.message_id, &show);
    let after = bot.next_message(m, sanne.id).await;
    let text = after.text.unwrap_or_default();
    assert!(
        !text.contains("Middelbare school") && !text.contains("Zorg") && !text.contains("Tolk"),
        "{text}"
    );
    assert_eq!(
        text,
        overview(
            &bot,
            hidden(),
            hidden(),
            Msg::new("prep-own-as-typed").name("text", typed)
        )
    );

    // The history keeps every decision with the version of the notice shown (now 2).
    let rows: Vec<(String, i64, i64)> = sqlx::query_as(
        "SELECT part, granted, notice_version FROM prep_consents WHERE case_id = ? ORDER BY id",
    )
    .bind(case)
    .fetch_all(&bot.pool)
    .await
    .unwrap();
    assert_eq!(
        rows,
        vec![
            ("answers".into(), 1, 2),
            ("questions".into(), 1, 2),
            ("answers".into(), 0, 2)
        ]
    );
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_status_holder_forging_a_staff_button_sees_nothing_and_changes_nothing() {
    let Setup {
        bot, amanuel, case, ..
    } = case_with_tigrinya_holder().await;
    let q = command(&bot, &amanuel, "prepare").await;
    press(&bot, &amanuel, &q, "q:a:edu:uni").await;
    bot.tg.quiet().await;
    let before = prep_rows(&bot).await;
    let want = bot.text(Lang::Ti, Msg::new("error-staff-only"));
    for data in [
        format!("q:v:{case}"),
        format!("q:v:{}", case + 1),
        format!("q:tc:{case}:prof"),
        "q:a:hlth:details".to_string(),
    ] {
        let id = bot
            .tg
            .press_button(&amanuel, ChatTarget::Private, q.message_id, &data);
        let answer = bot.tg.wait_answer_callback(&id).await;
        let text = answer["text"].as_str().unwrap_or_default().to_string();
        let stale = bot.text(Lang::Ti, Msg::new("error-button-stale"));
        assert!(text == want || text == stale, "{data}: {answer}");
        assert_eq!(answer["show_alert"].as_bool(), Some(true));
    }
    bot.tg.quiet().await;
    assert_eq!(prep_rows(&bot).await, before, "the database changed");
    assert!(
        bot.tg.sent_to(amanuel.id).iter().all(|s| !s
            .text
            .as_deref()
            .unwrap_or_default()
            .contains("GEM-2026-0042")),
        "the holder saw a staff overview"
    );
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn each_party_ticks_its_own_checklist_and_staff_see_the_progress() {
    let Setup {
        bot,
        sanne,
        joost,
        amanuel,
        case,
    } = case_with_tigrinya_holder().await;
    // Amanuel opens his documents to bring and ticks his permit.
    let q = command(&bot, &amanuel, "prepare").await;
    let m = bot.tg.mark();
    bot.tg
        .press_button(&amanuel, ChatTarget::Private, q.message_id, "q:l");
    let docs = bot.next_message(m, amanuel.id).await;
    assert_eq!(
        docs.text,
        Some(bot.text(Lang::Ti, Msg::new("prep-documents")))
    );
    let docs = press(&bot, &amanuel, &docs, "q:t:permit").await;
    let done = bot.text(
        Lang::Ti,
        Msg::new("prep-check-done-button").msg("item", Msg::new("prep-item-permit")),
    );
    assert!(
        docs.buttons().iter().any(|(t, _)| *t == done),
        "{:?}",
        docs.buttons()
    );

    // Joost (COA) ticks the client profile; Sanne cannot tick COA's items.
    let list = command(&bot, &joost, "prepare").await;
    let view = press(&bot, &joost, &list, &format!("q:v:{case}")).await;
    let view = press(&bot, &joost, &view, &format!("q:tc:{case}:prof")).await;
    let text = view.text.unwrap_or_default();
    assert!(
        text.contains("✅ Klantprofiel overgedragen (maandag 30 maart 2026"),
        "{text}"
    );
    assert!(text.contains("✅ 🪪 Verblijfsvergunning"), "{text}");
    assert!(text.contains("⬜ Brede intake gepland"), "{text}");

    let list = command(&bot, &sanne, "prepare").await;
    let view = press(&bot, &sanne, &list, &format!("q:v:{case}")).await;
    assert!(!view.buttons().iter().any(|(_, d)| d.ends_with(":prof")));
    bot.tg.quiet().await;
    let before = prep_rows(&bot).await;
    let id = bot.tg.press_button(
        &sanne,
        ChatTarget::Private,
        view.message_id,
        &format!("q:tc:{case}:prof"),
    );
    let answer = bot.tg.wait_answer_callback(&id).await;
    assert_eq!(
        answer["text"].as_str(),
        Some(bot.text(Lang::Nl, Msg::new("error-button-stale")).as_str())
    );
    bot.tg.quiet().await;
    assert_eq!(prep_rows(&bot).await, before);
    bot.stop().await;
}

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

/// A held meeting of the case, through the meeting store: proposed, confirmed at `starts`,
/// then recorded as held at `held_at`.
async fn held_meeting(
    bot: &TestBot,
    case: i64,
    by: &TgUser,
    starts: chrono::DateTime<chrono::Utc>,
    held_at: chrono::DateTime<chrono::Utc>,
) {
    use driegesprek::domain::{CaseId, ChatId, UserId};
    use driegesprek::store::meetings::{self, NewMeeting};
    use driegesprek::workflow::meeting::Place;

    let mut tx = bot.pool.begin().await.unwrap();
    let new = NewMeeting {
        case: CaseId(case),
        proposer: UserId(by.id),
        proposer_chat: ChatId(by.id),
        place: Place::TownHall,
        video_link: None,
        interpreter: None,
        interpreter_by: None,
    };
    let id = meetings::insert(&mut tx, &new, starts - Duration::days(7))
        .await
        .unwrap();
    let ends = starts + Duration::hours(1);
    let confirmed = meetings::confirm(&mut tx, id, starts, ends, None, starts)
        .await
        .unwrap();
    assert!(confirmed);
    assert!(meetings::finish(&mut tx, id, None, held_at).await.unwrap());
    tx.commit().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_answer_given_after_the_meeting_is_kept_and_shown_to_the_municipality_as_late() {
    use driegesprek::clock::Clock;

    let Setup {
        bot,
        sanne,
        amanuel,
        case,
        ..
    } = case_with_tigrinya_holder().await;

    // Before the meeting he answers the first question and shares his answers.
    let q = command(&bot, &amanuel, "prepare").await;
    let q = press(&bot, &amanuel, &q, "q:a:edu:sec").await;
    let m = bot.tg.mark();
    bot.tg
        .press_button(&amanuel, ChatTarget::Private, q.message_id, "q:k:answers:1");
    bot.next_message(m, amanuel.id).await;

    // The meeting starts an hour later and is recorded as held.
    let starts = bot.clock.now() + Duration::hours(1);
    bot.clock.advance(Duration::hours(3));
    held_meeting(&bot, case, &sanne, starts, bot.clock.now()).await;

    // A day later he answers the next question: still allowed, and stored.
    bot.clock.advance(Duration::days(1));
    let next = press(&bot, &amanuel, &q, "q:a:yrs:5").await;
    assert_eq!(
        next.text,
        Some(step(&bot, Lang::Ti, 3, 12, "prep-ask-work-field"))
    );
    let stored: Vec<String> =
        sqlx::query_scalar("SELECT value FROM prep_answers WHERE case_id = ? ORDER BY question")
            .bind(case)
            .fetch_all(&bot.pool)
            .await
            .unwrap();
    assert_eq!(stored.len(), 2, "{stored:?}");

    // Sanne sees both answers in Dutch; only the late one is marked.
    let list = command(&bot, &sanne, "prepare").await;
    let view = press(&bot, &sanne, &list, &format!("q:v:{case}")).await;
    let text = view.text.unwrap_or_default();
    let answers = Msg::new("prep-list").lines(
        "lines",
        vec![
            line("prep-label-education", "prep-edu-secondary"),
            Msg::new("prep-answer-late")
                .msg("line", line("prep-label-work-years", "prep-years-some")),
        ],
    );
    assert!(text.contains(&bot.text(Lang::Nl, answers)), "{text}");
    assert_eq!(
        text.matches("(na het gesprek ingevuld)").count(),
        1,
        "{text}"
    );
    bot.stop().await;
}

/// Every question's label, in questionnaire order.
const LABELS: [&str; 12] = [
    "prep-label-education",
    "prep-label-work-years",
    "prep-label-work-field",
    "prep-label-dutch",
    "prep-label-goal",
    "prep-label-household",
    "prep-label-reunification",
    "prep-label-health",
    "prep-label-moment",
    "prep-label-channel",
    "prep-label-interpreter",
    "prep-label-without-partner",
];

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_skipped_interpreter_wish_is_missing_for_staff_until_the_holder_changes_it() {
    let Setup {
        bot,
        sanne,
        amanuel,
        case,
        ..
    } = case_with_tigrinya_holder().await;
    let ti = Lang::Ti;

    // He skips every question, his own questions too, and shares his answers.
    let mut q = command(&bot, &amanuel, "prepare").await;
    let codes = [
        "edu", "yrs", "fld", "nl", "goal", "hh", "reu", "hlth", "when", "how", "interp", "alone",
    ];
    for code in codes {
        if code == "interp" {
            assert_eq!(q.text, Some(step(&bot, ti, 11, 12, "prep-ask-interpreter")));
        }
        q = press(&bot, &amanuel, &q, &format!("q:s:{code}")).await;
    }
    let notice = press(&bot, &amanuel, &q, "q:so").await;
    let notice = press(&bot, &amanuel, &notice, "q:k:answers:1").await;

    // Sanne sees no answers, and the interpreter wish among what is missing, in Dutch.
    let list = command(&bot, &sanne, "prepare").await;
    let show = format!("q:v:{case}");
    let view = press(&bot, &sanne, &list, &show).await;
    let labels = |skip: Option<&str>| {
        let lines = LABELS
            .into_iter()
            .filter(|l| Some(*l) != skip)
            .map(Msg::new)
            .collect();
        Msg::new("prep-list").lines("lines", lines)
    };
    let text = view.text.clone().unwrap_or_default();
    // His own questions (skipped) are not shared: only the answers are.
    let own = || Msg::new("prep-staff-not-shared");
    assert_eq!(
        text,
        overview(&bot, Msg::new("prep-none"), labels(None), own())
    );
    assert!(text.contains("🌍 Tolk gewenst"), "{text}");

    // From his overview he changes it: the question again, without a step number.
    let review = press(&bot, &amanuel, &notice, "q:r").await;
    let change = bot.text(ti, Msg::new("prep-label-interpreter"));
    assert!(
        review
            .buttons()
            .contains(&(change, "q:c:interp".to_string())),
        "{:?}",
        review.buttons()
    );
    let ask = press(&bot, &amanuel, &review, "q:c:interp").await;
    assert_eq!(
        ask.text,
        Some(bot.text(ti, Msg::new("prep-ask-interpreter")))
    );
    let review = press(&bot, &amanuel, &ask, "q:a:interp:other").await;
    let mine = bot.text(ti, line("prep-label-interpreter", "prep-interp-other"));
    let text = review.text.unwrap_or_default();
    assert!(text.contains(&mine), "{text}");

    // Sanne now reads his wish in Dutch, from the same stored value.
    let view = press(&bot, &sanne, &view, &show).await;
    let answers = Msg::new("prep-list").lines(
        "lines",
        vec![line("prep-label-interpreter", "prep-interp-other")],
    );
    let text = view.text.unwrap_or_default();
    assert_eq!(
        text,
        overview(&bot, answers, labels(Some("prep-label-interpreter")), own())
    );
    assert!(
        text.contains("🌍 Tolk gewenst: Ja, in een andere taal"),
        "{text}"
    );
    let stored: Option<String> = sqlx::query_scalar(
        "SELECT value FROM prep_answers WHERE case_id = ? AND question = 'interp'",
    )
    .bind(case)
    .fetch_one(&bot.pool)
    .await
    .unwrap();
    assert_eq!(stored.as_deref(), Some("other"));
    bot.stop().await;
}
