//! The status holder's rights (issue 14), played through the bot. Amanuel reads Tigrinya: he
//! prepares his meeting and types his own question, asks what is kept about him (`/mydata`:
//! a message in Tigrinya and the same as a JSON file), then asks to delete it; COA cannot
//! decide, Sanne (municipality) erases it after confirming, and afterwards nothing of him is
//! left: not in any table, not in the database file's bytes after `VACUUM`. Amal (Arabic) asks
//! too and is told in Arabic why the municipality keeps her data; she stops all messages and
//! gets none until she sends `/start`. Retention anonymises a case a year after it closed.

use chrono::{DateTime, Duration, Utc};
use driegesprek::domain::Lang;
use driegesprek::i18n::Msg;
use sqlx::{Column, Row, TypeInfo};

use crate::driver::{alert, press_data_in_place, press_data_next, text_of};
use crate::fake_telegram::ChatTarget;
use crate::prepare::{Setup, case_with_tigrinya_holder, command};
use crate::support::{AMAL, JOOST, SANNE, TEAM, TestBot, ThreeParties, spawn_case};

/// Everything Amanuel typed or is called, that must be gone after the erasure.
const TYPED_QUESTION: &str = "ሓፍተይ ሳባ ተስፋይ ምሳይ ክትመጽእ ትኽእል ዶ?";
const FREE_TEXT: &str = "Amanuel belt de huisarts in Utrecht";
const AGENDA_POINT: &str = "Amanuel wil praten over zijn diploma";
const VIDEO_LINK: &str = "https://meet.example.org/amanuel-3003";

/// Every cell of every table as text, with its table and column, for the scans below.
async fn every_cell(bot: &TestBot) -> Vec<(String, String, String)> {
    let tables: Vec<String> = sqlx::query_scalar(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
    )
    .fetch_all(&bot.pool)
    .await
    .unwrap();
    let mut cells = Vec::new();
    for table in tables {
        let rows = sqlx::query(sqlx::AssertSqlSafe(format!("SELECT * FROM \"{table}\"")))
            .fetch_all(&bot.pool)
            .await
            .unwrap();
        for row in rows {
            for (i, col) in row.columns().iter().enumerate() {
                let value = match col.type_info().name() {
                    "INTEGER" => row
                        .try_get::<Option<i64>, _>(i)
                        .ok()
                        .flatten()
                        .map(|v| v.to_string()),
                    _ => row.try_get::<Option<String>, _>(i).ok().flatten(),
                };
                if let Some(v) = value {
                    cells.push((table.clone(), col.name().to_string(), v));
                }
            }
        }
    }
    cells
}

/// A meeting with a video link and an agenda point typed by staff, a time Amanuel answered,
/// and a free-text agreement naming him: rows where his data hides outside his own answers.
async fn staff_rows_about(bot: &TestBot, case: i64, holder: i64) {
    let start: DateTime<Utc> = "2026-04-08T08:00:00Z".parse().unwrap();
    let meeting = crate::support::insert_meeting(
        bot,
        case,
        "confirmed",
        Some(start),
        "video",
        Some(VIDEO_LINK),
    )
    .await;
    sqlx::query("INSERT INTO meeting_slots (id, meeting_id, starts_at) VALUES (900, ?, ?);")
        .bind(meeting)
        .bind(start)
        .execute(&bot.pool)
        .await
        .unwrap();
    sqlx::query(
        "INSERT INTO slot_answers (slot_id, party, tg_user_id, answer, answered_at)
         VALUES (900, 'holder', ?, 'can', ?)",
    )
    .bind(holder)
    .bind(start - Duration::days(3))
    .execute(&bot.pool)
    .await
    .unwrap();
    sqlx::query("INSERT INTO meeting_agenda (meeting_id, pos, text) VALUES (?, 0, ?)")
        .bind(meeting)
        .bind(AGENDA_POINT)
        .execute(&bot.pool)
        .await
        .unwrap();
    sqlx::query(
        "INSERT INTO plan_items (case_id, kind, text, owner, due_date, created_at)
         VALUES (?, 'free', ?, 'holder', '2026-04-20', '2026-03-30T08:00:00Z')",
    )
    .bind(case)
    .bind(FREE_TEXT)
    .execute(&bot.pool)
    .await
    .unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_tigrinya_reader_sees_his_data_asks_to_delete_it_and_nothing_of_him_is_left() {
    let Setup {
        bot,
        sanne,
        joost,
        amanuel,
        case,
    } = case_with_tigrinya_holder().await;
    let ti = Lang::Ti;
    staff_rows_about(&bot, case, amanuel.id).await;

    // He prepares: one answer, then straight to his own question, shared with his contacts.
    let q = command(&bot, &amanuel, "prepare").await;
    let mut q = press_data_next(&bot, &amanuel, &q, "q:a:edu:sec").await;
    while q.text.as_deref() != Some(&bot.text(ti, Msg::new("prep-ask-own-questions"))) {
        let skip = q
            .buttons()
            .into_iter()
            .find(|(_, d)| d.starts_with("q:s:"))
            .expect("a skip button")
            .1;
        q = press_data_next(&bot, &amanuel, &q, &skip).await;
    }
    let m = bot.tg.mark();
    bot.tg
        .send_text(&amanuel, ChatTarget::Private, TYPED_QUESTION);
    let notice = bot
        .tg
        .wait_for_since(m, amanuel.id, |s| {
            s.buttons().iter().any(|(_, d)| d == "q:k:questions:1")
        })
        .await;
    press_data_next(&bot, &amanuel, &notice, "q:k:questions:1").await;

    // Sanne looks at what he shared: that view is on the audit trail.
    let list = command(&bot, &sanne, "prepare").await;
    press_data_next(&bot, &sanne, &list, &format!("q:v:{case}")).await;

    // /mydata: everything, in Tigrinya, and the same as a file.
    let m = bot.tg.mark();
    bot.tg.send_command(&amanuel, ChatTarget::Private, "mydata");
    let shown = bot.next_message(m, amanuel.id).await;
    let text = shown.text.clone().unwrap_or_default();
    let heading = bot.text(ti, Msg::new("privacy-mydata").lines("facts", vec![]));
    let first_line = heading.lines().next().unwrap_or_default();
    assert!(text.starts_with(first_line), "{text}");
    for part in [
        bot.text(ti, Msg::new("privacy-fact-name").name("name", "Amanuel")),
        bot.text(
            ti,
            Msg::new("privacy-fact-reference").name("reference", "GEM-2026-0042"),
        ),
        bot.text(ti, Msg::new("privacy-fact-language").lang("language", ti)),
        bot.text(
            ti,
            Msg::new("privacy-own-question").name("text", TYPED_QUESTION),
        ),
        bot.text(ti, Msg::new("plan-free-text").name("text", FREE_TEXT)),
    ] {
        assert!(text.contains(&part), "{part:?} missing from {text}");
    }
    let file = bot
        .tg
        .wait_for_since(m, amanuel.id, |s| s.method == "sendDocument")
        .await;
    assert_eq!(file.file_name.as_deref(), Some("my-data.json"));
    let json: serde_json::Value =
        serde_json::from_slice(file.file_bytes.as_deref().unwrap_or_default()).unwrap();
    assert_eq!(json["case"]["first_name"], "Amanuel");
    assert_eq!(json["case"]["reference"], "GEM-2026-0042");
    assert_eq!(json["language"], "ti");
    assert_eq!(json["your_own_questions"][0]["text"], TYPED_QUESTION);
    let answered = json["preparation_answers"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    assert!(
        answered
            .iter()
            .any(|a| a["question"] == "edu" && a["value"] == "sec"),
        "{answered:?}"
    );
    assert!(
        answered
            .iter()
            .any(|a| a["question"] == "alone" && a["value"].is_null()),
        "a skipped question is recorded as skipped: {answered:?}"
    );
    assert_eq!(json["your_time_answers"][0]["answer"], "can");
    assert_eq!(json["agreements"][0]["text"], FREE_TEXT);
    assert_eq!(json["sharing_choices"][0]["part"], "questions");

    // /delete: asked to confirm; "no" changes nothing.
    let ask = command(&bot, &amanuel, "delete").await;
    assert_eq!(text_of(&ask), bot.text(ti, Msg::new("privacy-delete-ask")));
    bot.tg.quiet().await;
    let before = bot.snapshot().await;
    let never = press_data_in_place(&bot, &amanuel, &ask, "d:never").await;
    assert_eq!(text_of(&never), bot.text(ti, Msg::new("privacy-never")));
    bot.tg.quiet().await;
    assert_eq!(bot.snapshot().await, before);

    // Yes: the municipality is asked (Sanne, naming the case), COA is not.
    let ask = command(&bot, &amanuel, "delete").await;
    let m = bot.tg.mark();
    let asked = press_data_in_place(&bot, &amanuel, &ask, "d:delyes").await;
    assert_eq!(
        text_of(&asked),
        bot.text(ti, Msg::new("privacy-delete-asked"))
    );
    let request_text = bot.text(
        Lang::Nl,
        Msg::new("privacy-request-staff")
            .code("reference", "GEM-2026-0042")
            .name("name", "Amanuel"),
    );
    let request = bot.expect_text(m, sanne.id, &request_text).await;
    bot.tg.quiet().await;
    assert!(
        bot.tg
            .sent_to(joost.id)
            .iter()
            .all(|s| s.text.as_deref() != Some(&request_text)),
        "only the municipality decides"
    );
    // Asking twice does not ask twice.
    let again = command(&bot, &amanuel, "delete").await;
    let pending = press_data_in_place(&bot, &amanuel, &again, "d:delyes").await;
    assert_eq!(
        text_of(&pending),
        bot.text(ti, Msg::new("privacy-delete-pending"))
    );

    // COA and the holder cannot decide, even with the button's data; a forged id is stale.
    let erase = crate::support::button(&request, "Gegevens wissen");
    bot.tg.quiet().await;
    let before = bot.snapshot().await;
    let joost_menu = command(&bot, &joost, "menu").await;
    let refused = alert(&bot, &joost, joost_menu.message_id, &erase).await;
    assert_eq!(refused, bot.text(Lang::Nl, Msg::new("plan-gemeente-only")));
    let refused = alert(&bot, &amanuel, pending.message_id, &erase).await;
    assert_eq!(refused, bot.text(ti, Msg::new("error-staff-only")));
    let refused = alert(&bot, &sanne, request.message_id, "d:eraseyes:999").await;
    assert_eq!(refused, bot.text(Lang::Nl, Msg::new("error-button-stale")));
    bot.tg.quiet().await;
    assert_eq!(bot.snapshot().await, before, "refusals change nothing");

    // Sanne: erase, "are you sure?", back, erase, yes.
    let confirm = press_data_in_place(&bot, &sanne, &request, &erase).await;
    assert_eq!(
        text_of(&confirm),
        bot.text(
            Lang::Nl,
            Msg::new("privacy-erase-confirm")
                .code("reference", "GEM-2026-0042")
                .name("name", "Amanuel")
        )
    );
    let back = press_data_in_place(
        &bot,
        &sanne,
        &confirm,
        &crate::support::button(&confirm, "Terug"),
    )
    .await;
    assert_eq!(text_of(&back), request_text);
    let confirm = press_data_in_place(&bot, &sanne, &back, &erase).await;
    let m = bot.tg.mark();
    let yes = crate::support::button(&confirm, "Ja, wissen");
    let done = press_data_in_place(&bot, &sanne, &confirm, &yes).await;
    assert_eq!(
        text_of(&done),
        bot.text(
            Lang::Nl,
            Msg::new("privacy-erased-you").code("reference", "GEM-2026-0042")
        )
    );
    bot.expect_text(
        m,
        joost.id,
        &bot.text(
            Lang::Nl,
            Msg::new("privacy-erased-staff")
                .code("reference", "GEM-2026-0042")
                .name("who", "Sanne"),
        ),
    )
    .await;
    let farewell = bot
        .expect_text(
            m,
            amanuel.id,
            &bot.text(ti, Msg::new("privacy-erased-holder")),
        )
        .await;
    assert!(
        farewell
            .text
            .unwrap_or_default()
            .chars()
            .any(|c| ('\u{1200}'..='\u{137F}').contains(&c))
    );
    bot.tg.quiet().await;
    bot.run_reminders().await;

    // A second "yes" is stale; the case is known to have existed, nothing else of him is.
    let again = alert(&bot, &sanne, confirm.message_id, &yes).await;
    assert_eq!(again, bot.text(Lang::Nl, Msg::new("error-button-stale")));
    let (reference, erased): (String, Option<String>) =
        sqlx::query_as("SELECT reference, erased_at FROM cases WHERE id = ?")
            .bind(case)
            .fetch_one(&bot.pool)
            .await
            .unwrap();
    assert_eq!(reference, "GEM-2026-0042");
    assert!(erased.is_some());
    let items: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM plan_items WHERE case_id = ?")
        .bind(case)
        .fetch_one(&bot.pool)
        .await
        .unwrap();
    assert!(
        items >= 1,
        "the agreements still count, without their words"
    );
    let chat = amanuel.id.to_string();
    let leftovers: Vec<_> = every_cell(&bot)
        .await
        .into_iter()
        .filter(|(_, _, v)| {
            v.contains("Amanuel")
                || v.contains(TYPED_QUESTION)
                || v.contains(FREE_TEXT)
                || v.contains(AGENDA_POINT)
                || v.contains(VIDEO_LINK)
                || *v == chat
                || v.contains(&format!("\"chat\":{chat}"))
        })
        .collect();
    assert!(leftovers.is_empty(), "left after erasure: {leftovers:?}");

    // Nor in the file's bytes once SQLite has rewritten it.
    sqlx::query("VACUUM").execute(&bot.pool).await.unwrap();
    sqlx::query("PRAGMA wal_checkpoint(TRUNCATE)")
        .execute(&bot.pool)
        .await
        .unwrap();
    let path = bot.db_url.trim_start_matches("sqlite://").to_string();
    for file in [path.clone(), format!("{path}-wal")] {
        let bytes = std::fs::read(&file).unwrap_or_default();
        for needle in [
            "Amanuel",
            TYPED_QUESTION,
            FREE_TEXT,
            AGENDA_POINT,
            VIDEO_LINK,
        ] {
            assert!(
                !bytes.windows(needle.len()).any(|w| w == needle.as_bytes()),
                "{needle} still in {file}"
            );
        }
    }
    let ok: String = sqlx::query_scalar("PRAGMA integrity_check")
        .fetch_one(&bot.pool)
        .await
        .unwrap();
    assert_eq!(ok, "ok");

    // He is a stranger to the bot now; the audit trail says what happened, ids only.
    let m = bot.tg.mark();
    bot.tg.send_command(&amanuel, ChatTarget::Private, "mydata");
    bot.expect_text(
        m,
        amanuel.id,
        &bot.text(Lang::En, Msg::new("privacy-nothing-kept")),
    )
    .await;
    let audit = bot.cli(&["audit", "--case", "GEM-2026-0042"]);
    for action in [
        "preparation_viewed",
        "prep_consent_given",
        "mydata_export",
        "erasure_requested",
        "case_erased",
    ] {
        assert!(audit.contains(action), "{action} missing from:\n{audit}");
    }
    assert!(
        !audit.contains("Amanuel") && !audit.contains(&chat),
        "{audit}"
    );
}

/// Amal, reading Arabic, on the shared test case (privacy notice read).
async fn amal_case() -> TestBot {
    let bot = spawn_case(&ThreeParties {
        holder_lang: Lang::Ar,
        holder_privacy_ack: Some("2026-03-01T00:00:00+00:00"),
        ..ThreeParties::default()
    })
    .await;
    // The shared seed's join times are placeholders; /mydata shows real ones.
    sqlx::query("UPDATE case_members SET joined_at = '2026-03-01T10:00:00Z'")
        .execute(&bot.pool)
        .await
        .unwrap();
    bot
}

fn right_to_left(text: &str) -> bool {
    text.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_municipality_keeps_the_data_for_a_fixed_reason_that_the_holder_reads_in_arabic() {
    let bot = amal_case().await;
    let tg = &bot.tg;
    let (sanne, amal) = (
        tg.user(SANNE, "Sanne", Some("nl")),
        tg.user(AMAL, "Amal", Some("ar")),
    );
    let ask = command(&bot, &amal, "delete").await;
    let m = tg.mark();
    press_data_in_place(&bot, &amal, &ask, "d:delyes").await;
    let request = bot
        .expect_text(
            m,
            SANNE,
            &bot.text(
                Lang::Nl,
                Msg::new("privacy-request-staff")
                    .code("reference", "UTR-7")
                    .name("name", "Amal"),
            ),
        )
        .await;
    tg.quiet().await;
    assert!(
        tg.sent_to(TEAM).is_empty(),
        "Sanne is on the case: the team group is not asked"
    );
    let reasons = press_data_in_place(
        &bot,
        &sanne,
        &request,
        &crate::support::button(&request, "Bewaren"),
    )
    .await;
    let labels: Vec<String> = reasons.buttons().into_iter().map(|(l, _)| l).collect();
    assert_eq!(labels.len(), 4, "three reasons and back: {labels:?}");
    let m = tg.mark();
    let kept = press_data_in_place(&bot, &sanne, &reasons, "d:keepfor:1:integration_duty").await;
    let reason = Msg::new("privacy-keep-reason").code("reason", "integration_duty");
    assert_eq!(
        text_of(&kept),
        bot.text(
            Lang::Nl,
            Msg::new("privacy-kept-you")
                .code("reference", "UTR-7")
                .msg("reason", reason.clone())
        )
    );
    let told = bot.text(
        Lang::Ar,
        Msg::new("privacy-kept-holder")
            .name("org", "Gemeente Utrecht")
            .msg("reason", reason),
    );
    assert!(right_to_left(&told), "{told}");
    bot.expect_text(m, AMAL, &told).await;
    tg.quiet().await;
    // Her data is all still there; the request is answered once.
    let name: String = sqlx::query_scalar("SELECT holder_name FROM cases WHERE id = 1")
        .fetch_one(&bot.pool)
        .await
        .unwrap();
    assert_eq!(name, "Amal");
    let again = alert(&bot, &sanne, kept.message_id, "d:erase:1").await;
    assert_eq!(
        again,
        bot.text(
            Lang::Nl,
            Msg::new("privacy-request-decided").code("reference", "UTR-7")
        )
    );
    let status: Vec<(String, Option<String>)> =
        sqlx::query_as("SELECT status, keep_reason FROM erasure_requests")
            .fetch_all(&bot.pool)
            .await
            .unwrap();
    assert_eq!(
        status,
        [("kept".to_string(), Some("integration_duty".to_string()))]
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_holder_who_stops_gets_nothing_more_until_she_sends_start() {
    let bot = amal_case().await;
    sqlx::query(
        "INSERT INTO reminders (kind, case_id, chat_id, due_at, next_attempt_at, created_at)
         VALUES ('meeting_soon', 1, ?, 1900000000, 1900000000, 0)",
    )
    .bind(AMAL)
    .execute(&bot.pool)
    .await
    .unwrap();
    let tg = &bot.tg;
    let (sanne, amal) = (
        tg.user(SANNE, "Sanne", Some("nl")),
        tg.user(AMAL, "Amal", Some("ar")),
    );
    let ask = command(&bot, &amal, "stop").await;
    assert_eq!(
        text_of(&ask),
        bot.text(Lang::Ar, Msg::new("privacy-stop-ask"))
    );
    let m = tg.mark();
    let done = press_data_in_place(&bot, &amal, &ask, "d:stopyes").await;
    assert_eq!(
        text_of(&done),
        bot.text(Lang::Ar, Msg::new("privacy-stopped-you"))
    );
    let told = bot.text(
        Lang::Nl,
        Msg::new("privacy-stopped-staff")
            .code("reference", "UTR-7")
            .name("name", "Amal"),
    );
    bot.expect_text(m, JOOST, &told).await;
    bot.expect_text(m, TEAM, &told).await;
    bot.expect_text(m, SANNE, &told).await;
    tg.quiet().await;
    let (status, outcome): (String, Option<String>) =
        sqlx::query_as("SELECT status, outcome FROM reminders WHERE kind = 'meeting_soon'")
            .fetch_one(&bot.pool)
            .await
            .unwrap();
    assert_eq!(
        (status.as_str(), outcome.as_deref()),
        ("cancelled", Some("stopped"))
    );

    // Sanne closes the case: everyone is told but Amal, whose row is written as cancelled.
    let m = tg.mark();
    let view = command(&bot, &sanne, "plan").await;
    let why = press_data_next(
        &bot,
        &sanne,
        &view,
        &crate::support::button(&view, "Casus sluiten"),
    )
    .await;
    let confirm = press_data_in_place(
        &bot,
        &sanne,
        &why,
        &crate::support::button(&why, "Verhuisd"),
    )
    .await;
    press_data_in_place(
        &bot,
        &sanne,
        &confirm,
        &crate::support::button(&confirm, "Ja, sluiten"),
    )
    .await;
    tg.quiet().await;
    bot.run_reminders().await;
    tg.quiet().await;
    let to_amal: Vec<_> = tg
        .sent_since(m)
        .into_iter()
        .filter(|s| s.chat_id == AMAL)
        .map(|s| s.text)
        .collect();
    assert!(
        to_amal.is_empty(),
        "nothing reaches Amal after /stop: {to_amal:?}"
    );

    // What she sends is answered with how to come back; her rights still work.
    let m = tg.mark();
    tg.send_text(&amal, ChatTarget::Private, "مرحبا 👋");
    bot.expect_text(
        m,
        AMAL,
        &bot.text(Lang::Ar, Msg::new("privacy-stopped-hint")),
    )
    .await;
    let m = tg.mark();
    tg.send_command(&amal, ChatTarget::Private, "mydata");
    tg.wait_for_since(m, AMAL, |s| s.method == "sendDocument")
        .await;

    // /start: messages again, her contacts are told.
    let m = tg.mark();
    tg.send_command(&amal, ChatTarget::Private, "start");
    bot.expect_text(
        m,
        AMAL,
        &bot.text(Lang::Ar, Msg::new("privacy-resumed-you")),
    )
    .await;
    bot.expect_text(
        m,
        JOOST,
        &bot.text(
            Lang::Nl,
            Msg::new("privacy-resumed-staff")
                .code("reference", "UTR-7")
                .name("name", "Amal"),
        ),
    )
    .await;
    let stopped: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM stopped_chats")
        .fetch_one(&bot.pool)
        .await
        .unwrap();
    assert_eq!(stopped, 0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_case_closed_a_year_ago_is_anonymised_and_one_closed_last_month_is_not() {
    let bot = amal_case().await;
    let now: DateTime<Utc> = crate::support::START.parse().unwrap();
    sqlx::raw_sql(
        "INSERT INTO cases (id, reference, holder_name, owner_org_id, coa_org_id, gemeente_org_id,
             matching_date, created_by, created_at)
         VALUES (2, 'UTR-8', 'Yonas', 2, 1, 2, '2025-01-01', 1, 'x');
         INSERT INTO case_members (case_id, tg_user_id, party, joined_at)
             VALUES (2, 4004, 'holder', 'x');
         INSERT INTO users (tg_user_id, lang, lang_explicit, created_at)
             VALUES (4004, 'ti', 1, 'x');
         INSERT INTO prep_own_questions (case_id, meeting_no, text, updated_at)
             VALUES (2, 1, 'Waar is de bibliotheek?', 'x');",
    )
    .execute(&bot.pool)
    .await
    .unwrap();
    for (case, closed) in [
        (1, now - Duration::days(30)),
        (2, now - Duration::days(366)),
    ] {
        sqlx::query(
            "UPDATE cases SET status = 'closed', closed_at = ?, closed_reason = 'handed_over'
             WHERE id = ?",
        )
        .bind(closed)
        .bind(case)
        .execute(&bot.pool)
        .await
        .unwrap();
    }
    bot.run_reminders().await;
    let rows: Vec<(i64, String, Option<String>)> =
        sqlx::query_as("SELECT id, holder_name, erased_at FROM cases ORDER BY id")
            .fetch_all(&bot.pool)
            .await
            .unwrap();
    assert_eq!(rows[0].1, "Amal", "closed a month ago: kept");
    assert!(rows[0].2.is_none());
    assert_eq!(rows[1].1, "", "closed a year and a day ago: anonymised");
    assert!(rows[1].2.is_some());
    let left: Vec<String> = every_cell(&bot)
        .await
        .into_iter()
        .filter(|(_, _, v)| v.contains("Yonas") || v.contains("bibliotheek") || v == "4004")
        .map(|(t, c, v)| format!("{t}.{c}={v}"))
        .collect();
    assert!(left.is_empty(), "{left:?}");
    let audit = bot.cli(&["audit", "--case", "UTR-8"]);
    assert!(audit.contains("case_anonymised"), "{audit}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn staff_strangers_and_groups_get_a_clear_answer_and_nothing_changes() {
    let bot = amal_case().await;
    let tg = &bot.tg;
    let sanne = tg.user(SANNE, "Sanne", Some("nl"));
    let stranger = tg.user(9009, "Someone", Some("ar"));
    let team = ChatTarget::from(&tg.group(TEAM, "Team Inburgering Utrecht"));
    bot.tg.quiet().await;
    let before = bot.snapshot().await;
    for cmd in ["mydata", "delete", "stop"] {
        let staff = command(&bot, &sanne, cmd).await;
        assert_eq!(
            text_of(&staff),
            bot.text(Lang::Nl, Msg::new("privacy-staff"))
        );
        let m = tg.mark();
        tg.send_command(&stranger, ChatTarget::Private, cmd);
        bot.expect_text(
            m,
            9009,
            &bot.text(Lang::Ar, Msg::new("privacy-nothing-kept")),
        )
        .await;
        let m = tg.mark();
        tg.send_command(&sanne, team.clone(), cmd);
        bot.expect_text(
            m,
            TEAM,
            &bot.text(Lang::Nl, Msg::new("private-only-command")),
        )
        .await;
    }
    // Forged buttons of the holder's and the municipality's, by a stranger.
    let menu = command(&bot, &stranger, "menu").await;
    for data in [
        "d:delyes",
        "d:stopyes",
        "d:eraseyes:1",
        "d:keepfor:1:archive_law",
    ] {
        let refused = alert(&bot, &stranger, menu.message_id, data).await;
        assert!(!refused.is_empty(), "{data}");
    }
    tg.quiet().await;
    assert_eq!(bot.snapshot().await, before);
}
