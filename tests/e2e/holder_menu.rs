//! The status holder's `/menu` says what is true now for her case, in her language: her next
//! meeting (when and where, or that a time is being chosen), the papers she still has to bring
//! to it, and her own next task from the plan; a fresh case keeps the general steps.

use chrono::{DateTime, Utc};
use driegesprek::domain::Lang;
use driegesprek::i18n::Msg;

use crate::fake_telegram::{ChatTarget, TgUser};
use crate::support::{AMAL, TestBot, ThreeParties, insert_meeting, spawn_case};

/// Thursday 2 April 2026, 10:00 in Amsterdam.
const THURSDAY: &str = "2026-04-02T08:00:00Z";

/// Case UTR-7 with Amal past the privacy notice, reading `lang`.
async fn case(lang: Lang) -> (TestBot, TgUser) {
    let bot = spawn_case(&ThreeParties {
        holder_lang: lang,
        holder_privacy_ack: Some("2026-03-01T00:00:00+00:00"),
        ..ThreeParties::default()
    })
    .await;
    let amal = bot.tg.user(AMAL, "Amal", Some(lang.id()));
    (bot, amal)
}

/// What Amal reads when she types /menu.
async fn menu(bot: &TestBot, amal: &TgUser) -> String {
    let m = bot.tg.mark();
    bot.tg.send_command(amal, ChatTarget::Private, "menu");
    bot.next_message(m, AMAL).await.text.unwrap_or_default()
}

/// The overview with her contacts and these parts below them.
fn overview(next: Vec<Msg>) -> Msg {
    Msg::new("holder-overview-v2")
        .name("coa", "COA Ter Apel")
        .msg(
            "coa_contact",
            Msg::new("contact-named").name("name", "Joost"),
        )
        .name("gemeente", "Gemeente Utrecht")
        .msg(
            "gemeente_contact",
            Msg::new("contact-named").name("name", "Sanne"),
        )
        .lines("next", next)
}

/// A meeting of case 1 straight in the database (scheduling itself is tested in meeting.rs).
async fn meeting(bot: &TestBot, status: &str, place: &str, link: Option<&str>) -> i64 {
    let at: DateTime<Utc> = THURSDAY.parse().unwrap();
    let at = (status == "confirmed").then_some(at);
    insert_meeting(bot, 1, status, at, place, link).await
}

/// A plan (option 2) with a municipal item due first and Amal's own "bring documents" item.
async fn plan(bot: &TestBot) {
    sqlx::raw_sql(
        "INSERT INTO plans (case_id, option, programme, updated_at)
             VALUES (1, 'combined', 'asked', 'x');
         INSERT INTO plan_items (case_id, kind, owner, due_date, status, created_at) VALUES
             (1, 'broad_intake', 'gemeente', '2026-04-01', 'planned', 'x'),
             (1, 'documents', 'holder', '2026-04-20', 'done', 'x'),
             (1, 'documents', 'holder', '2026-04-10', 'planned', 'x');",
    )
    .execute(&bot.pool)
    .await
    .unwrap();
}

/// Amal ticks a paper on her checklist, as its button does.
async fn tick(bot: &TestBot, amal: &TgUser, code: &str) {
    bot.tg
        .press_button(amal, ChatTarget::Private, 1, &format!("q:t:{code}"));
    bot.tg.quiet().await;
}

fn bring(ids: &[&'static str]) -> Msg {
    let items = ids
        .iter()
        .map(|id| Msg::new("prep-check-open").msg("item", Msg::new(id)))
        .collect();
    Msg::new("holder-next-bring").lines("items", items)
}

fn confirmed_at_azc() -> Msg {
    Msg::new("holder-next-meeting")
        .date_time("at", THURSDAY.parse().unwrap())
        .msg("where", Msg::new("meeting-place").code("place", "azc"))
}

fn task() -> Msg {
    Msg::new("holder-next-task")
        .msg(
            "what",
            Msg::new("plan-kind-holder").code("kind", "documents"),
        )
        .msg(
            "due",
            Msg::new("value-date").date("date", "2026-04-10".parse().unwrap()),
        )
}

#[tokio::test]
async fn amal_reads_in_arabic_when_her_meeting_is_what_to_bring_and_her_next_task() {
    let (bot, amal) = case(Lang::Ar).await;

    // Nothing planned: the general steps.
    let fresh = bot.text(Lang::Ar, overview(vec![Msg::new("holder-next-fresh")]));
    assert_eq!(menu(&bot, &amal).await, fresh);

    // A confirmed meeting: its day and time in Arabic, the place, all four papers.
    meeting(&bot, "confirmed", "azc", None).await;
    let all_papers = [
        "prep-item-permit",
        "prep-item-bsn",
        "prep-item-diplomas",
        "prep-item-cv",
    ];
    let text = menu(&bot, &amal).await;
    assert_eq!(
        text,
        bot.text(
            Lang::Ar,
            overview(vec![confirmed_at_azc(), bring(&all_papers)])
        )
    );
    assert!(text.contains("الخميس"), "{text}");

    // She ticks her residence permit: it is no longer listed.
    tick(&bot, &amal, "permit").await;
    let rest = ["prep-item-bsn", "prep-item-diplomas", "prep-item-cv"];
    assert_eq!(
        menu(&bot, &amal).await,
        bot.text(Lang::Ar, overview(vec![confirmed_at_azc(), bring(&rest)]))
    );

    // A plan with her own open item: her next task and its date.
    plan(&bot).await;
    assert_eq!(
        menu(&bot, &amal).await,
        bot.text(
            Lang::Ar,
            overview(vec![confirmed_at_azc(), bring(&rest), task()])
        )
    );

    // Everything ticked: she has all her papers.
    for code in ["bsn", "dipl", "cv"] {
        tick(&bot, &amal, code).await;
    }
    assert_eq!(
        menu(&bot, &amal).await,
        bot.text(
            Lang::Ar,
            overview(vec![
                confirmed_at_azc(),
                Msg::new("holder-next-bring-all"),
                task()
            ])
        )
    );
}

#[tokio::test]
async fn in_dutch_the_menu_follows_the_case_from_a_task_to_choosing_a_time_to_a_video_call() {
    let (bot, amal) = case(Lang::Nl).await;
    let all_papers = [
        "prep-item-permit",
        "prep-item-bsn",
        "prep-item-diplomas",
        "prep-item-cv",
    ];

    // Her own task, no meeting yet: she will get a message.
    plan(&bot).await;
    let text = menu(&bot, &amal).await;
    assert_eq!(
        text,
        bot.text(
            Lang::Nl,
            overview(vec![Msg::new("holder-next-none"), task()])
        )
    );
    assert!(
        text.contains("✏️ Uw volgende taak: Uw papieren meenemen\nWanneer: "),
        "{text}"
    );

    // A time is being chosen: answer the message with times; the papers to bring already.
    let id = meeting(&bot, "proposed", "video", Some("https://meet.example/utr7")).await;
    assert_eq!(
        menu(&bot, &amal).await,
        bot.text(
            Lang::Nl,
            overview(vec![
                Msg::new("holder-next-choosing"),
                bring(&all_papers),
                task()
            ])
        )
    );

    // Confirmed as a video call: the time and the link.
    sqlx::query(
        "UPDATE meetings SET status = 'confirmed', starts_at = ?, ends_at = ? WHERE id = ?",
    )
    .bind(THURSDAY.parse::<DateTime<Utc>>().unwrap())
    .bind(THURSDAY.parse::<DateTime<Utc>>().unwrap() + chrono::Duration::hours(1))
    .bind(id)
    .execute(&bot.pool)
    .await
    .unwrap();
    let text = menu(&bot, &amal).await;
    let video = Msg::new("holder-next-meeting")
        .date_time("at", THURSDAY.parse().unwrap())
        .msg(
            "where",
            Msg::new("meeting-where-video").code("link", "https://meet.example/utr7"),
        );
    assert_eq!(
        text,
        bot.text(Lang::Nl, overview(vec![video, bring(&all_papers), task()]))
    );
    assert!(
        text.contains("💻 Videogesprek: https://meet.example/utr7"),
        "{text}"
    );
}

/// A voice note, a photo or a typed line nothing asked for: Amal (Arabic) reads that the bot
/// cannot listen, what to do instead, and gets a menu button rather than "type /menu"
/// (issue 15); the button opens her overview. Nothing is stored.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_voice_note_is_answered_with_what_the_bot_can_do_and_a_menu_button() {
    let (bot, amal) = case(Lang::Ar).await;
    bot.tg.quiet().await;
    let before = bot.snapshot().await;
    let m = bot.tg.mark();
    bot.tg.send_voice(&amal, ChatTarget::Private);
    let answer = bot.next_message(m, AMAL).await;
    assert_eq!(
        answer.text,
        Some(bot.text(Lang::Ar, Msg::new("holder-not-text")))
    );
    assert_eq!(
        answer.buttons(),
        [(
            bot.text(Lang::Ar, Msg::new("button-menu-home")),
            "menu:home".to_string()
        )]
    );
    let m = bot.tg.mark();
    bot.tg.send_text(&amal, ChatTarget::Private, "مرحبا");
    let typed = bot.next_message(m, AMAL).await;
    assert_eq!(
        typed.text,
        Some(bot.text(Lang::Ar, Msg::new("holder-use-buttons")))
    );
    let m = bot.tg.mark();
    bot.tg
        .press_button(&amal, ChatTarget::Private, typed.message_id, "menu:home");
    let home = bot.next_message(m, AMAL).await.text.unwrap_or_default();
    assert_eq!(home, menu(&bot, &amal).await, "the button opens her /menu");
    bot.tg.quiet().await;
    assert_eq!(bot.snapshot().await, before);
}
