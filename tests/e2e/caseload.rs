//! `/cases` as a caseload overview: one line per open case, what needs the caseworker first
//! (late agreements, a meeting this week, cases waiting for an action, then the rest by housing
//! date), each with its few facts in Dutch. The same list in Sanne's private chat and her team
//! group; Joost sees the cases of his COA location; nobody sees another organisation's cases.

use chrono::{DateTime, Duration, NaiveDate, Utc};
use driegesprek::clock::Clock;
use driegesprek::domain::Lang;
use driegesprek::i18n::Msg;

use crate::fake_telegram::ChatTarget;
use crate::support::{JOOST, SANNE, TEAM, TestBot, ThreeParties, insert_meeting, spawn_case};

/// A case straight in the database: id, reference, first name, COA and municipality ids,
/// expected housing date.
async fn add_case(
    bot: &TestBot,
    id: i64,
    reference: &str,
    name: &str,
    orgs: (i64, i64),
    housing: Option<&str>,
) {
    sqlx::query(
        "INSERT INTO cases (id, reference, holder_name, owner_org_id, coa_org_id, gemeente_org_id,
             matching_date, housing_date, created_by, created_at)
         VALUES (?, ?, ?, ?, ?, ?, '2026-03-01', ?, 1, 'x')",
    )
    .bind(id)
    .bind(reference)
    .bind(name)
    .bind(orgs.1)
    .bind(orgs.0)
    .bind(orgs.1)
    .bind(housing)
    .execute(&bot.pool)
    .await
    .unwrap();
}

/// The status holder of a case: joined (privacy acknowledged) or still choosing a language.
async fn add_holder(bot: &TestBot, case: i64, user: i64, joined: bool) {
    sqlx::query(
        "INSERT INTO case_members (case_id, tg_user_id, party, joined_at, privacy_ack_at)
         VALUES (?, ?, 'holder', 'c', ?)",
    )
    .bind(case)
    .bind(user)
    .bind(joined.then_some("2026-03-02T00:00:00+00:00"))
    .execute(&bot.pool)
    .await
    .unwrap();
}

async fn add_plan(bot: &TestBot, case: i64, option: &str) {
    sqlx::query(
        "INSERT INTO plans (case_id, option, programme, updated_at) VALUES (?, ?, 'asked', 'x')",
    )
    .bind(case)
    .bind(option)
    .execute(&bot.pool)
    .await
    .unwrap();
}

async fn add_item(bot: &TestBot, case: i64, due: &str, status: &str) {
    sqlx::query(
        "INSERT INTO plan_items (case_id, kind, owner, due_date, status, created_at)
         VALUES (?, 'client_profile', 'coa', ?, ?, 'x')",
    )
    .bind(case)
    .bind(due)
    .bind(status)
    .execute(&bot.pool)
    .await
    .unwrap();
}

async fn add_meeting(bot: &TestBot, case: i64, status: &str, starts: Option<DateTime<Utc>>) {
    insert_meeting(bot, case, status, starts, "azc", None).await;
}

fn day(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

/// One expected line, built from the same messages the bot uses.
struct Expect {
    reference: &'static str,
    name: &'static str,
    late: i64,
    meeting: Option<Msg>,
    option: Option<i64>,
    holder: Option<&'static str>,
    housing: Option<&'static str>,
}

fn fact(m: Msg) -> Msg {
    Msg::new("cases-fact").msg("fact", m)
}

fn none() -> Msg {
    Msg::new("cases-fact-none")
}

fn line(e: Expect) -> Msg {
    Msg::new("cases-line")
        .code("reference", e.reference)
        .name("name", e.name)
        .msg(
            "late",
            match e.late {
                0 => none(),
                n => fact(Msg::new("cases-late").num("late", n)),
            },
        )
        .msg("meeting", e.meeting.map(fact).unwrap_or_else(none))
        .msg(
            "option",
            fact(match e.option {
                Some(n) => Msg::new("cases-option").num("option", n),
                None => Msg::new("plan-option-none"),
            }),
        )
        .msg(
            "holder",
            e.holder.map(|h| fact(Msg::new(h))).unwrap_or_else(none),
        )
        .msg(
            "housing",
            e.housing
                .map(|d| fact(Msg::new("cases-housing").date("date", day(d))))
                .unwrap_or_else(none),
        )
}

fn list(total: i64, lines: Vec<Msg>) -> Msg {
    Msg::new("cases-list")
        .num("count", total)
        .lines("items", lines)
}

/// What `who` gets after typing /cases in `chat`.
async fn cases_of(bot: &TestBot, who: i64, name: &str, chat: ChatTarget, chat_id: i64) -> String {
    let user = bot.tg.user(who, name, Some("nl"));
    let m = bot.tg.mark();
    bot.tg.send_command(&user, chat, "cases");
    bot.next_message(m, chat_id).await.text.unwrap_or_default()
}

/// Seven cases: six of Gemeente Utrecht (one at COA Budel), one of Gemeente Amersfoort at COA
/// Ter Apel. Monday 30 March 2026, 10:00.
async fn seed_caseload() -> TestBot {
    let bot = spawn_case(&ThreeParties {
        holder_privacy_ack: Some("2026-03-01T00:00:00+00:00"),
        housing_date: Some("2026-07-01"),
        ..ThreeParties::default()
    })
    .await;
    sqlx::raw_sql(
        "INSERT INTO orgs (id, kind, name, created_at) VALUES
             (3, 'coa', 'COA Budel', 'x'), (4, 'gemeente', 'Gemeente Amersfoort', 'x');",
    )
    .execute(&bot.pool)
    .await
    .unwrap();
    let now = bot.clock.now();
    // UTR-7 (Amal): option 2, a confirmed meeting in three days.
    add_plan(&bot, 1, "combined").await;
    add_meeting(
        &bot,
        1,
        "confirmed",
        Some(now + Duration::days(3) + Duration::hours(4)),
    )
    .await;
    add_item(&bot, 1, "2026-04-10", "planned").await;
    // UTR-8 (Bilal): option 1, two agreements late, one done long ago.
    add_case(&bot, 2, "UTR-8", "Bilal", (1, 2), Some("2026-09-01")).await;
    add_holder(&bot, 2, 3010, true).await;
    add_plan(&bot, 2, "fast_start").await;
    add_item(&bot, 2, "2026-03-20", "planned").await;
    add_item(&bot, 2, "2026-03-27", "planned").await;
    add_item(&bot, 2, "2026-03-01", "done").await;
    // UTR-9 (Dawit): a meeting being scheduled, no option, still choosing a language.
    add_case(&bot, 3, "UTR-9", "Dawit", (1, 2), None).await;
    add_holder(&bot, 3, 3011, false).await;
    add_meeting(&bot, 3, "proposed", None).await;
    // UTR-10 (Hanna): option 3, the status holder not on the case yet.
    add_case(&bot, 4, "UTR-10", "Hanna", (1, 2), Some("2026-06-01")).await;
    add_plan(&bot, 4, "after_housing").await;
    // UTR-11 (Samir): nothing waits; a cancelled meeting does not count.
    add_case(&bot, 5, "UTR-11", "Samir", (1, 2), Some("2026-08-15")).await;
    add_holder(&bot, 5, 3012, true).await;
    add_plan(&bot, 5, "combined").await;
    add_meeting(&bot, 5, "cancelled", Some(now + Duration::days(1))).await;
    // UTR-12 (Yonas) lives at COA Budel.
    add_case(&bot, 6, "UTR-12", "Yonas", (3, 2), None).await;
    add_holder(&bot, 6, 3013, true).await;
    add_plan(&bot, 6, "fast_start").await;
    // AMF-1 (Rahel): Gemeente Amersfoort, at COA Ter Apel.
    add_case(&bot, 7, "AMF-1", "Rahel", (1, 4), None).await;
    bot
}

fn expected_for_sanne(bot: &TestBot) -> Msg {
    let meeting = bot.clock.now() + Duration::days(3) + Duration::hours(4);
    list(
        6,
        vec![
            line(Expect {
                reference: "UTR-8",
                name: "Bilal",
                late: 2,
                meeting: None,
                option: Some(1),
                holder: None,
                housing: Some("2026-09-01"),
            }),
            line(Expect {
                reference: "UTR-7",
                name: "Amal",
                late: 0,
                meeting: Some(Msg::new("cases-meeting").date_time("when", meeting)),
                option: Some(2),
                holder: None,
                housing: Some("2026-07-01"),
            }),
            line(Expect {
                reference: "UTR-10",
                name: "Hanna",
                late: 0,
                meeting: None,
                option: Some(3),
                holder: Some("cases-holder-invited"),
                housing: Some("2026-06-01"),
            }),
            line(Expect {
                reference: "UTR-9",
                name: "Dawit",
                late: 0,
                meeting: Some(Msg::new("cases-meeting-proposed")),
                option: None,
                holder: Some("cases-holder-choosing"),
                housing: None,
            }),
            line(Expect {
                reference: "UTR-11",
                name: "Samir",
                late: 0,
                meeting: None,
                option: Some(2),
                holder: None,
                housing: Some("2026-08-15"),
            }),
            line(Expect {
                reference: "UTR-12",
                name: "Yonas",
                late: 0,
                meeting: None,
                option: Some(1),
                holder: None,
                housing: None,
            }),
        ],
    )
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sanne_sees_what_needs_her_first_in_her_private_chat_and_her_team_group() {
    let bot = seed_caseload().await;
    let want = bot.text(Lang::Nl, expected_for_sanne(&bot));

    let private = cases_of(&bot, SANNE, "Sanne", ChatTarget::Private, SANNE).await;
    assert_eq!(private, want);
    // What she reads, in Dutch, for the two most urgent cases; the names are typed text, each
    // inside an isolate (FSI…PDI, invisible) so they cannot reorder the line (issue 10).
    let lines: Vec<&str> = private.lines().collect();
    assert_eq!(
        lines[2],
        "• UTR-8 – \u{2068}Bilal\u{2069} · ⚠️ 2 afspraken te laat · aanpak 1 · 🏠 dinsdag 1 september 2026"
    );
    assert_eq!(
        lines[3],
        "• UTR-7 – \u{2068}Amal\u{2069} · 📅 donderdag 2 april 2026 om 14:00 · aanpak 2 · 🏠 woensdag 1 juli 2026"
    );
    assert!(!private.contains("AMF-1"), "another municipality's case");

    let team = bot.tg.group(TEAM, "Team Inburgering Utrecht");
    let in_group = cases_of(&bot, SANNE, "Sanne", (&team).into(), TEAM).await;
    assert_eq!(in_group, want);
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn joost_sees_the_cases_of_his_coa_location_whatever_the_municipality() {
    let bot = seed_caseload().await;
    let got = cases_of(&bot, JOOST, "Joost", ChatTarget::Private, JOOST).await;
    let refs: Vec<&str> = got
        .lines()
        .filter_map(|l| l.strip_prefix("• "))
        .filter_map(|l| l.split(' ').next())
        .collect();
    // Late, meeting this week, waiting (by housing date, unknown last, then by reference).
    assert_eq!(
        refs,
        ["UTR-8", "UTR-7", "UTR-10", "AMF-1", "UTR-9", "UTR-11"]
    );
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_group_of_another_organisation_is_refused() {
    let bot = seed_caseload().await;
    sqlx::query(
        "INSERT INTO group_links (chat_id, org_id, case_id, linked_by, linked_at)
         VALUES (-100888, 4, NULL, 1, 'x')",
    )
    .execute(&bot.pool)
    .await
    .unwrap();
    let group = bot.tg.group(-100_888, "Team Amersfoort");
    let got = cases_of(&bot, SANNE, "Sanne", (&group).into(), -100_888).await;
    assert_eq!(got, bot.text(Lang::Nl, Msg::new("group-other-org")));
    bot.stop().await;
}

/// A group nobody linked may hold anyone: it lists no case, only how to link it.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_group_that_is_not_linked_lists_nothing() {
    let bot = seed_caseload().await;
    let group = bot.tg.group(-100_999, "Koffie");
    let got = cases_of(&bot, SANNE, "Sanne", (&group).into(), -100_999).await;
    assert_eq!(got, bot.text(Lang::Nl, Msg::new("group-not-linked")));
    assert!(!got.contains("UTR-"), "{got}");
    bot.stop().await;
}

/// Sanne's municipality with case 1 and `extra` more cases: a housing date, no option and the
/// status holder not on the case yet (a fresh caseload); `heavy` ones also have a meeting and
/// late agreements.
async fn many_cases(
    extra: i64,
    reference: impl Fn(i64) -> String,
    name: &str,
    heavy: impl Fn(i64) -> bool,
) -> (TestBot, String) {
    let bot = spawn_case(&ThreeParties::default()).await;
    let now = bot.clock.now();
    for i in 2..=extra + 1 {
        let housing = format!("2026-09-{:02}", (i % 28) + 1);
        add_case(&bot, i, &reference(i), name, (1, 2), Some(&housing)).await;
        if heavy(i) {
            add_meeting(&bot, i, "confirmed", Some(now + Duration::days(30 + i))).await;
            add_item(&bot, i, "2026-03-10", "planned").await;
        }
    }
    let got = cases_of(&bot, SANNE, "Sanne", ChatTarget::Private, SANNE).await;
    (bot, got)
}

fn utf16(s: &str) -> usize {
    s.encode_utf16().count()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn forty_five_cases_show_forty_lines_and_how_many_more_within_one_message() {
    let (bot, got) = many_cases(
        44,
        |i| format!("UTR-{}", 1000 + i),
        "Mohammed",
        |i| i % 20 == 0,
    )
    .await;
    let lines: Vec<&str> = got.lines().collect();
    assert_eq!(lines[0], "45 casussen:");
    assert_eq!(lines.iter().filter(|l| l.starts_with("• ")).count(), 40);
    assert_eq!(
        *lines.last().unwrap(),
        bot.text(Lang::Nl, Msg::new("cases-more").num("hidden", 5))
    );
    assert!(utf16(&got) < 4096, "{} characters", utf16(&got));
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn very_long_lines_show_fewer_cases_rather_than_a_message_telegram_refuses() {
    let (bot, got) = many_cases(
        44,
        |i| format!("GEMEENTE-UTRECHT-2026-{i:06}"),
        "Mohammed Abdirahman",
        |_| true,
    )
    .await;
    let shown = got.lines().filter(|l| l.starts_with("• ")).count();
    assert!((10..40).contains(&shown), "{shown} lines");
    let more = bot.text(
        Lang::Nl,
        Msg::new("cases-more").num("hidden", 45 - shown as i64),
    );
    assert_eq!(got.lines().last(), Some(more.as_str()));
    assert!(utf16(&got) < 4096, "{} characters", utf16(&got));
    bot.stop().await;
}

/// Sixty cases of Sanne's: `/plan` shows 8 a page with ◀️ ▶️ (the same message edited), each
/// by reference and first name; `/plan UTR-130` picks one straight away; a reference that is
/// none of hers is answered, and changes nothing.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sixty_cases_page_eight_at_a_time_and_a_typed_reference_picks_one() {
    let bot = spawn_case(&ThreeParties::default()).await;
    for n in 2..=60 {
        // UTR-150 is housed first: in the order of /cases it leads the picker (all are waiting
        // for an option; the earliest housing date first, then by reference).
        let housing = (n == 50).then_some("2026-04-20");
        add_case(
            &bot,
            n,
            &format!("UTR-{}", n + 100),
            "Sara",
            (1, 2),
            housing,
        )
        .await;
        sqlx::query(
            "INSERT INTO case_members (case_id, tg_user_id, party, joined_at)
             VALUES (?, ?, 'gemeente', 'a')",
        )
        .bind(n)
        .bind(SANNE)
        .execute(&bot.pool)
        .await
        .unwrap();
    }
    let tg = &bot.tg;
    let sanne = tg.user(SANNE, "Sanne", Some("nl"));
    let m = tg.mark();
    tg.send_command(&sanne, ChatTarget::Private, "plan");
    let first = bot.next_message(m, SANNE).await;
    let labels = |s: &crate::fake_telegram::Sent| -> Vec<String> {
        s.buttons().into_iter().map(|(l, _)| l).collect()
    };
    let page1 = labels(&first);
    assert_eq!(page1.len(), 9, "8 cases and ▶️: {page1:?}");
    assert_eq!(page1.last().map(String::as_str), Some("▶️"));
    assert!(
        page1
            .iter()
            .take(8)
            .all(|l| l.starts_with("Casus UTR-") && l.contains('·')),
        "{page1:?}"
    );
    assert!(
        page1[0].starts_with("Casus UTR-150 "),
        "as /cases: {page1:?}"
    );
    assert!(
        page1[1].starts_with("Casus UTR-7 "),
        "then by reference: {page1:?}"
    );
    assert!(
        page1[2].starts_with("Casus UTR-102 "),
        "as numbers: {page1:?}"
    );
    // ▶️ edits the same message: the next 8, with ◀️ and ▶️.
    let next = crate::support::button(&first, "▶️");
    let page2 = crate::driver::press_data_in_place(&bot, &sanne, &first, &next).await;
    let labels2 = labels(&page2);
    assert_eq!(labels2.len(), 10, "{labels2:?}");
    assert_eq!(&labels2[8..], ["◀️", "▶️"]);
    assert!(
        labels2.iter().all(|l| !page1[..8].contains(l)),
        "a new page"
    );
    // The last page has only ◀️.
    let last = format!("pg:plan:{}", 59 / 8);
    let page8 = crate::driver::press_data_in_place(&bot, &sanne, &first, &last).await;
    assert_eq!(labels(&page8).last().map(String::as_str), Some("◀️"));
    assert_eq!(labels(&page8).len(), 60 % 8 + 1);

    // A typed reference goes straight to that case's plan.
    let m = tg.mark();
    tg.send_command(&sanne, ChatTarget::Private, "plan utr-130");
    let plan = bot.next_message(m, SANNE).await;
    assert_eq!(
        plan.text.as_deref(),
        Some(
            format!(
                "📁 UTR-130 · \u{2068}Sara\u{2069}\n{}",
                bot.text(Lang::Nl, Msg::new("plan-none"))
            )
            .as_str()
        )
    );
    let before = bot.snapshot().await;
    let m = tg.mark();
    tg.send_command(&sanne, ChatTarget::Private, "meet GEM-1");
    bot.expect_text(
        m,
        SANNE,
        &bot.text(
            Lang::Nl,
            Msg::new("picker-not-found").code("reference", "GEM-1"),
        ),
    )
    .await;
    // Odd input after the command: answered, shown back at most 32 characters long.
    let long = "x".repeat(4000);
    let cut = format!("{}…", "x".repeat(32));
    for (typed, shown) in [
        ("😀🇳🇱", "😀🇳🇱"),
        ("١٢٣", "١٢٣"),
        (long.as_str(), cut.as_str()),
    ] {
        let m = tg.mark();
        tg.send_command(&sanne, ChatTarget::Private, &format!("prepare {typed}"));
        bot.expect_text(
            m,
            SANNE,
            &bot.text(
                Lang::Nl,
                Msg::new("picker-not-found").code("reference", shown.to_string()),
            ),
        )
        .await;
    }
    tg.quiet().await;
    assert_eq!(bot.snapshot().await, before);
    bot.stop().await;
}

/// Linking a new team group to one case of twenty: the picker shows 8 a page, by reference and
/// first name in the order of `/cases`, paged in place; a case on page 3 links the group.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn linking_a_group_to_one_of_twenty_cases_pages_in_place() {
    let bot = spawn_case(&ThreeParties::default()).await;
    for n in 2..=20 {
        add_case(&bot, n, &format!("UTR-{}", n + 100), "Sara", (1, 2), None).await;
    }
    let tg = &bot.tg;
    let sanne = tg.user(SANNE, "Sanne", Some("nl"));
    let group = tg.group(-100_555, "Team Zuilen");
    let m = tg.mark();
    tg.bot_added_to_group(&sanne, &group);
    let screen = bot.next_message(m, group.id).await;
    let choose = crate::support::button(&screen, &bot.text(Lang::Nl, Msg::new("button-link-case")));
    let in_place = |m, id: i32| {
        tg.wait_for_since(m, group.id, move |s| {
            s.method == "editMessageText" && s.message_id == id
        })
    };
    let m = tg.mark();
    tg.press_button(&sanne, &group, screen.message_id, &choose);
    let page1 = in_place(m, screen.message_id).await;
    let labels = |s: &crate::fake_telegram::Sent| -> Vec<String> {
        s.buttons().into_iter().map(|(l, _)| l).collect()
    };
    let l1 = labels(&page1);
    assert_eq!(l1.len(), 9, "8 cases and ▶️: {l1:?}");
    assert!(
        l1[0].starts_with("UTR-7 "),
        "as /cases, by reference: {l1:?}"
    );
    assert!(l1[1].starts_with("UTR-102 "), "{l1:?}");
    assert_eq!(l1[8], "▶️");
    let m = tg.mark();
    tg.press_button(&sanne, &group, screen.message_id, "pg:link:2");
    let page3 = in_place(m, screen.message_id).await;
    let l3 = labels(&page3);
    assert_eq!(l3.len(), 20 - 16 + 1, "the last 4 and ◀️: {l3:?}");
    assert_eq!(l3.last().map(String::as_str), Some("◀️"));
    let last = crate::support::button(&page3, &l3[3]);
    let m = tg.mark();
    tg.press_button(&sanne, &group, screen.message_id, &last);
    let reference = l3[3].split(' ').next().unwrap_or_default().to_string();
    bot.expect_text(
        m,
        group.id,
        &bot.text(
            Lang::Nl,
            Msg::new("group-linked-case").code("reference", reference.as_str()),
        ),
    )
    .await;
    let linked: i64 = sqlx::query_scalar("SELECT case_id FROM group_links WHERE chat_id = ?")
        .bind(group.id)
        .fetch_one(&bot.pool)
        .await
        .unwrap();
    assert_eq!(linked, 20, "{reference} is case 20");
    bot.stop().await;
}
