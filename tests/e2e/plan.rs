//! The handover plan end to end (issue 3): Sanne (municipality) chooses option 2, the five items
//! are drafted, agreements are added, the plan goes round and is confirmed in Arabic and Dutch,
//! a question reaches staff and the group, items are done and run late (the real reminder
//! worker, driven with the test's clock), the housing date moves, and a summary document comes
//! out. Then the bad input: wrong dates, a closed case, a forged button, two editors, an old
//! version.

use std::sync::Arc;

use chrono::NaiveDate;
use driegesprek::app::{App, Links};
use driegesprek::clock::Clock;
use driegesprek::domain::Lang;
use driegesprek::i18n::summary::escape;
use driegesprek::i18n::{I18n, Msg};
use driegesprek::reminders::{Settings, Worker};
use driegesprek::telegram::send::TelegramMessenger;

use crate::fake_telegram::{BOT_USERNAME, ChatTarget, Mark, Sent, TgUser};
use crate::support::{TestBot, button, spawn_bot_with};

const SANNE: i64 = 1001;
const JOOST: i64 = 2002;
const AMAL: i64 = 3003;
const PIETER: i64 = 1004;
const TEAM: i64 = -100_777;
const REF: &str = "UTR-7";

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn manual() -> Settings {
    Settings {
        poll_every: None,
        ..Settings::default()
    }
}

/// Case UTR-7 of Gemeente Utrecht and COA Ter Apel, matched on Wednesday 25 March 2026, housing
/// expected Monday 1 June: Sanne and Pieter (municipality), Joost (COA), Amal (status holder,
/// Arabic), and the municipality's team group.
async fn plan_case() -> TestBot {
    let bot = spawn_bot_with(manual()).await;
    let seed = format!(
        "INSERT INTO orgs (id, kind, name, created_at) VALUES
             (1, 'coa', 'COA Ter Apel', 'x'), (2, 'gemeente', 'Gemeente Utrecht', 'x');
         INSERT INTO staff (id, tg_user_id, org_id, display_name, joined_at) VALUES
             (1, {SANNE}, 2, 'Sanne', 'x'), (2, {JOOST}, 1, 'Joost', 'x'),
             (3, {PIETER}, 2, 'Pieter', 'x');
         INSERT INTO users (tg_user_id, lang, lang_explicit, created_at) VALUES
             ({SANNE}, 'nl', 1, 'x'), ({JOOST}, 'nl', 1, 'x'), ({PIETER}, 'nl', 1, 'x'),
             ({AMAL}, 'ar', 1, 'x');
         INSERT INTO cases (id, reference, holder_name, owner_org_id, coa_org_id, gemeente_org_id,
             matching_date, housing_date, created_by, created_at)
             VALUES (1, '{REF}', 'Amal', 2, 1, 2, '2026-03-25', '2026-06-01', 1, 'x');
         INSERT INTO case_members (case_id, tg_user_id, party, joined_at) VALUES
             (1, {SANNE}, 'gemeente', 'a'), (1, {JOOST}, 'coa', 'b'), (1, {AMAL}, 'holder', 'c'),
             (1, {PIETER}, 'gemeente', 'd');
         INSERT INTO group_links (chat_id, org_id, case_id, linked_by, linked_at)
             VALUES ({TEAM}, 2, NULL, 1, 'x');"
    );
    sqlx::raw_sql(sqlx::AssertSqlSafe(seed))
        .execute(&bot.pool)
        .await
        .expect("seed");
    bot
}

/// The real reminder worker with the real composer (`App`), stepped by the test.
fn worker(bot: &TestBot) -> Worker<App, TelegramMessenger<teloxide::Bot>> {
    let links = Links {
        bot_username: BOT_USERNAME.to_string(),
    };
    let app = App::new(bot.pool.clone(), bot.clock.clone(), links).with_settings(manual());
    let messenger = TelegramMessenger::new(bot.tg.bot(), Arc::new(I18n::load().expect("i18n")));
    Worker::new(bot.pool.clone(), app, messenger, manual())
}

fn users(bot: &TestBot) -> [TgUser; 4] {
    [
        bot.tg.user(SANNE, "Sanne", Some("nl")),
        bot.tg.user(JOOST, "Joost", Some("nl")),
        bot.tg.user(AMAL, "Amal", Some("ar")),
        bot.tg.user(PIETER, "Pieter", Some("nl")),
    ]
}

fn kind(k: &str) -> Msg {
    Msg::new("plan-kind").code("kind", k)
}

fn text_of(s: &Sent) -> String {
    s.text.clone().unwrap_or_default()
}

/// `/plan` in a private chat; the plan message that comes back.
async fn plan_view(bot: &TestBot, who: &TgUser) -> Sent {
    let m = bot.tg.mark();
    bot.tg.send_command(who, ChatTarget::Private, "plan");
    bot.next_message(m, who.id).await
}

/// Presses the button whose label contains `label` under `sent` in `who`'s private chat.
fn press(bot: &TestBot, who: &TgUser, sent: &Sent, label: &str) -> Mark {
    let m = bot.tg.mark();
    bot.tg.press_button(
        who,
        ChatTarget::Private,
        sent.message_id,
        &button(sent, label),
    );
    m
}

/// The alert shown for a button press.
async fn alert(bot: &TestBot, who: &TgUser, sent: &Sent, data: &str) -> String {
    let id = bot
        .tg
        .press_button(who, ChatTarget::Private, sent.message_id, data);
    let answer = bot.tg.wait_answer_callback(&id).await;
    answer["text"].as_str().unwrap_or_default().to_string()
}

/// Every plan row, item, confirmation, history entry and reminder, as text.
async fn plan_rows(bot: &TestBot) -> String {
    let tables = [
        "plans",
        "plan_items",
        "plan_confirmations",
        "plan_events",
        "reminders",
    ];
    bot.snapshot().await + &bot.rows_of(&tables).await
}

/// Sanne chooses option 2 from `/plan`; returns her plan view after it.
async fn choose_combined(bot: &TestBot, sanne: &TgUser) -> Sent {
    let none = plan_view(bot, sanne).await;
    assert_eq!(text_of(&none), bot.text(Lang::Nl, Msg::new("plan-none")));
    let m = press(bot, sanne, &none, "Aanpak kiezen");
    let picker = bot.next_message(m, SANNE).await;
    let m = press(bot, sanne, &picker, "Gecombineerd");
    let chosen = Msg::new("plan-option-chosen")
        .code("reference", REF)
        .msg("option", Msg::new("plan-option").code("option", "combined"));
    bot.expect_text(m, SANNE, &bot.text(Lang::Nl, chosen.clone()))
        .await;
    for chat in [JOOST, PIETER, TEAM] {
        bot.expect_text(m, chat, &bot.text(Lang::Nl, chosen.clone()))
            .await;
    }
    bot.tg
        .wait_for_since(m, SANNE, |s| text_of(s).starts_with("📋"))
        .await
}

/// Adds an agreement of `kind_label` for `owner_label`; `due` is typed or a button label.
async fn add_agreement(
    bot: &TestBot,
    sanne: &TgUser,
    view: &Sent,
    kind_label: &str,
    owner_label: &str,
    due: &str,
) -> Sent {
    let m = press(bot, sanne, view, "Afspraak");
    let kinds = bot.next_message(m, SANNE).await;
    let m = press(bot, sanne, &kinds, kind_label);
    let mut ask = bot.next_message(m, SANNE).await;
    if kind_label == "Eigen tekst" {
        let m = bot.tg.mark();
        bot.tg.send_text(
            sanne,
            ChatTarget::Private,
            "Bel de tolk <b>Tigrinya</b> & bevestig",
        );
        ask = bot.next_message(m, SANNE).await;
    }
    assert_eq!(
        text_of(&ask),
        bot.text(Lang::Nl, Msg::new("plan-ask-owner"))
    );
    let m = press(bot, sanne, &ask, owner_label);
    let when = bot.next_message(m, SANNE).await;
    assert_eq!(text_of(&when), bot.text(Lang::Nl, Msg::new("plan-ask-due")));
    let m = if due.contains('-') {
        let m = bot.tg.mark();
        bot.tg.send_text(sanne, ChatTarget::Private, due);
        m
    } else {
        press(bot, sanne, &when, due)
    };
    bot.tg
        .wait_for_since(m, SANNE, |s| text_of(s).contains("afspraak toegevoegd"))
        .await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_plan_is_chosen_agreed_confirmed_followed_up_and_moved_with_the_housing_date() {
    let bot = plan_case().await;
    let tg = &bot.tg;
    let [sanne, joost, amal, _pieter] = users(&bot);

    // Option 2: the five items are drafted by the date rules, counted from the matching
    // (25 March) and the housing date (1 June).
    let m0 = tg.mark();
    let view = choose_combined(&bot, &sanne).await;
    let text = text_of(&view);
    for (k, date) in [
        ("introduction", day(2026, 4, 15)),
        ("programme_alignment", day(2026, 4, 22)),
        ("client_profile", day(2026, 4, 29)),
        ("broad_intake", day(2026, 5, 6)),
        ("handover_conversation", day(2026, 5, 18)),
    ] {
        assert!(text.contains(&bot.text(Lang::Nl, kind(k))), "{k}: {text}");
        let date = bot.text(Lang::Nl, Msg::new("value-date").date("date", date));
        assert!(text.contains(&date), "{k} on {date}: {text}");
    }

    // Amal reads what option 2 means in Arabic and says yes to COA's programme.
    let explain = Msg::new("plan-ask-programme").msg(
        "explanation",
        Msg::new("plan-option-holder").code("option", "combined"),
    );
    let ask = bot
        .expect_text(m0, AMAL, &bot.text(Lang::Ar, explain))
        .await;
    let m = press(
        &bot,
        &amal,
        &ask,
        &bot.text(Lang::Ar, Msg::new("button-plan-yes")),
    );
    let agrees = Msg::new("plan-programme").code("value", "agrees");
    bot.expect_text(
        m,
        AMAL,
        &bot.text(
            Lang::Ar,
            Msg::new("plan-programme-thanks").msg("value", agrees.clone()),
        ),
    )
    .await;
    let staff_msg = Msg::new("plan-programme-staff")
        .name("name", "Amal")
        .code("reference", REF)
        .msg("value", agrees);
    bot.expect_text(m, SANNE, &bot.text(Lang::Nl, staff_msg.clone()))
        .await;
    bot.expect_text(m, TEAM, &bot.text(Lang::Nl, staff_msg))
        .await;

    // Agreements: Amal brings documents (a typed date); Sanne's own words for the interpreter
    // (a button: in 7 days), shown as typed and marked not translated.
    let view = plan_view(&bot, &sanne).await;
    let added = add_agreement(
        &bot,
        &sanne,
        &view,
        "Documenten",
        "statushouder",
        "20-04-2026",
    )
    .await;
    let want = Msg::new("plan-agreement-added")
        .code("reference", REF)
        .msg("what", kind("documents"))
        .code("owner", "holder")
        .msg("due", Msg::new("value-date").date("date", day(2026, 4, 20)));
    assert_eq!(text_of(&added), bot.text(Lang::Nl, want));
    let view = plan_view(&bot, &sanne).await;
    let added = add_agreement(
        &bot,
        &sanne,
        &view,
        "Eigen tekst",
        "gemeente",
        "over 7 dagen",
    )
    .await;
    assert!(
        text_of(&added).contains("Bel de tolk <b>Tigrinya</b> & bevestig (niet vertaald)"),
        "{}",
        text_of(&added)
    );

    // The plan goes round: each party gets it in their language with the confirm buttons.
    let view = plan_view(&bot, &sanne).await;
    let m = press(&bot, &sanne, &view, "Rondsturen");
    let sent = Msg::new("plan-sent")
        .code("reference", REF)
        .num("version", 3);
    bot.expect_text(m, SANNE, &bot.text(Lang::Nl, sent)).await;
    let agree_ar = bot.text(Lang::Ar, Msg::new("button-plan-agree"));
    let for_amal = tg
        .wait_for_since(m, AMAL, |s| s.buttons().iter().any(|(t, _)| *t == agree_ar))
        .await;
    let text = text_of(&for_amal);
    assert!(text.contains("Bel de tolk"), "free text as typed: {text}");
    assert!(
        text.contains(&bot.text(Lang::Ar, kind("documents"))),
        "known kinds translated: {text}"
    );
    let own = text.find(&bot.text(Lang::Ar, kind("documents"))).unwrap();
    let intro = text
        .find(&bot.text(Lang::Ar, kind("introduction")))
        .unwrap();
    assert!(own < intro, "Amal's own open items first: {text}");
    let for_joost = tg
        .wait_for_since(m, JOOST, |s| {
            s.buttons().iter().any(|(t, _)| t.contains("Akkoord"))
        })
        .await;
    let for_sanne = tg
        .wait_for_since(m, SANNE, |s| {
            s.buttons().iter().any(|(t, _)| t.contains("Akkoord"))
        })
        .await;

    // Amal agrees in Arabic, Sanne in Dutch; staff and the group hear of it.
    let m = press(&bot, &amal, &for_amal, &agree_ar);
    let thanks = Msg::new("plan-thanks").num("version", 3);
    bot.expect_text(m, AMAL, &bot.text(Lang::Ar, thanks.clone()))
        .await;
    let amal_ok = Msg::new("plan-confirmed-staff")
        .msg("who", Msg::new("plan-who-holder").name("name", "Amal"))
        .code("reference", REF)
        .num("version", 3);
    bot.expect_text(m, SANNE, &bot.text(Lang::Nl, amal_ok.clone()))
        .await;
    bot.expect_text(m, TEAM, &bot.text(Lang::Nl, amal_ok)).await;
    let m = press(&bot, &sanne, &for_sanne, "Akkoord");
    bot.expect_text(m, SANNE, &bot.text(Lang::Nl, thanks)).await;

    // Joost has a question: it reaches Sanne and the group, marked as not translated.
    let m = press(&bot, &joost, &for_joost, "vraag");
    bot.expect_text(m, JOOST, &bot.text(Lang::Nl, Msg::new("plan-ask-question")))
        .await;
    let m = tg.mark();
    tg.send_text(&joost, ChatTarget::Private, "Wie regelt het vervoer?");
    bot.expect_text(
        m,
        JOOST,
        &bot.text(Lang::Nl, Msg::new("plan-question-sent")),
    )
    .await;
    let question = Msg::new("plan-question-staff")
        .msg(
            "who",
            Msg::new("plan-who-staff")
                .name("name", "Joost")
                .code("party", "coa"),
        )
        .code("reference", REF)
        .name("text", "Wie regelt het vervoer?");
    bot.expect_text(m, SANNE, &bot.text(Lang::Nl, question.clone()))
        .await;
    bot.expect_text(m, TEAM, &bot.text(Lang::Nl, question))
        .await;

    // The plan shows who confirmed which version.
    let view = plan_view(&bot, &sanne).await;
    assert!(
        text_of(&view).contains("Amal: akkoord met versie 3"),
        "{}",
        text_of(&view)
    );
    assert!(
        text_of(&view).contains("Joost (COA): nog niet bevestigd"),
        "{}",
        text_of(&view)
    );

    // Amal marks her own item done.
    let mine = plan_view(&bot, &amal).await;
    let m = press(&bot, &amal, &mine, &bot.text(Lang::Ar, kind("documents")));
    let done = Msg::new("plan-item-done")
        .code("reference", REF)
        .msg("what", kind("documents"));
    bot.expect_text(m, AMAL, &bot.text(Lang::Ar, done.clone()))
        .await;
    bot.expect_text(m, SANNE, &bot.text(Lang::Nl, done)).await;

    // The introduction (municipality, 15 April): due tomorrow on the 14th, late on the 16th.
    let worker = worker(&bot);
    let intro = Msg::new("value-date").date("date", day(2026, 4, 15));
    bot.clock.set("2026-04-14T07:05:00Z".parse().unwrap());
    let m = tg.mark();
    let report = worker.run_once(bot.clock.now()).await;
    assert!(report.errors.is_empty(), "{report:?}");
    let soon = Msg::new("plan-due-soon")
        .code("reference", REF)
        .msg("what", kind("introduction"))
        .msg("due", intro.clone());
    bot.expect_text(m, SANNE, &bot.text(Lang::Nl, soon.clone()))
        .await;
    bot.expect_text(m, PIETER, &bot.text(Lang::Nl, soon)).await;
    bot.clock.set("2026-04-16T07:05:00Z".parse().unwrap());
    let m = tg.mark();
    let report = worker.run_once(bot.clock.now()).await;
    assert!(report.errors.is_empty(), "{report:?}");
    let late = Msg::new("plan-overdue")
        .code("reference", REF)
        .msg("what", kind("introduction"))
        .msg("due", intro);
    bot.expect_text(m, SANNE, &bot.text(Lang::Nl, late.clone()))
        .await;
    bot.expect_text(m, TEAM, &bot.text(Lang::Nl, late)).await;

    // Late, so COA's Joost may mark the municipality's item done too.
    let his = plan_view(&bot, &joost).await;
    assert!(text_of(&his).contains("⚠️"), "{}", text_of(&his));
    let m = press(
        &bot,
        &joost,
        &his,
        &bot.text(Lang::Nl, kind("introduction")),
    );
    let done = Msg::new("plan-item-done")
        .code("reference", REF)
        .msg("what", kind("introduction"));
    bot.expect_text(m, JOOST, &bot.text(Lang::Nl, done.clone()))
        .await;
    bot.expect_text(m, TEAM, &bot.text(Lang::Nl, done)).await;

    // The housing date moves to 15 July: the handover conversation moves with it, and every
    // party is told (Amal in Arabic) and asked to confirm the new version.
    let view = plan_view(&bot, &sanne).await;
    let m = press(&bot, &sanne, &view, "Woningdatum");
    bot.expect_text(m, SANNE, &bot.text(Lang::Nl, Msg::new("plan-ask-housing")))
        .await;
    let m = tg.mark();
    tg.send_text(&sanne, ChatTarget::Private, "15-07-2026");
    let moved = Msg::new("plan-housing-moved")
        .code("reference", REF)
        .date("date", day(2026, 7, 15))
        .lines(
            "changes",
            vec![
                Msg::new("plan-change-line")
                    .msg("what", kind("handover_conversation"))
                    .msg("old", Msg::new("value-date").date("date", day(2026, 5, 18)))
                    .msg("new", Msg::new("value-date").date("date", day(2026, 7, 1))),
            ],
        );
    bot.expect_text(m, SANNE, &bot.text(Lang::Nl, moved.clone()))
        .await;
    bot.expect_text(m, JOOST, &bot.text(Lang::Nl, moved.clone()))
        .await;
    bot.expect_text(m, TEAM, &bot.text(Lang::Nl, moved.clone()))
        .await;
    bot.expect_text(m, AMAL, &bot.text(Lang::Ar, moved)).await;
    tg.wait_for_since(m, AMAL, |s| s.buttons().iter().any(|(t, _)| *t == agree_ar))
        .await;

    // Amal's old "I agree" is for an outdated version: refused, nothing recorded.
    tg.quiet().await;
    let before = plan_rows(&bot).await;
    let data = button(&for_amal, &agree_ar);
    let said = alert(&bot, &amal, &for_amal, &data).await;
    assert_eq!(
        said,
        bot.text(Lang::Ar, Msg::new("plan-outdated").num("version", 4))
    );
    tg.quiet().await;
    assert_eq!(plan_rows(&bot).await, before);

    // A month without activity: staff are asked whether the plan holds, Amal whether anything
    // changed, in Arabic.
    bot.clock.set("2026-05-16T07:10:00Z".parse().unwrap());
    let m = tg.mark();
    let report = worker.run_once(bot.clock.now()).await;
    assert!(report.errors.is_empty(), "{report:?}");
    let staff = Msg::new("plan-long-wait-staff-days")
        .code("reference", REF)
        .num("days", 30);
    let asked_sanne = bot.expect_text(m, SANNE, &bot.text(Lang::Nl, staff)).await;
    let asked_amal = bot
        .expect_text(
            m,
            AMAL,
            &bot.text(Lang::Ar, Msg::new("plan-long-wait-holder")),
        )
        .await;

    // Amal answers in Arabic that nothing changed, Sanne that the plan still holds; both are
    // kept, and the other staff and the group hear of Amal's answer.
    let nothing_ar = bot.text(Lang::Ar, Msg::new("button-plan-nothing-changed"));
    let m = press(&bot, &amal, &asked_amal, &nothing_ar);
    bot.expect_text(
        m,
        AMAL,
        &bot.text(Lang::Ar, Msg::new("plan-long-wait-thanks")),
    )
    .await;
    let answered = Msg::new("plan-long-wait-answered")
        .code("reference", REF)
        .msg("who", Msg::new("plan-who-holder").name("name", "Amal"))
        .msg(
            "answer",
            Msg::new("plan-summary-long-wait").code("answer", "nothing"),
        );
    bot.expect_text(m, SANNE, &bot.text(Lang::Nl, answered.clone()))
        .await;
    bot.expect_text(m, TEAM, &bot.text(Lang::Nl, answered))
        .await;
    let m = press(&bot, &sanne, &asked_sanne, "Plan klopt nog");
    bot.expect_text(
        m,
        SANNE,
        &bot.text(Lang::Nl, Msg::new("plan-long-wait-thanks")),
    )
    .await;
    // A forged "still holds" from the status holder is refused and changes nothing.
    tg.quiet().await;
    let before = plan_rows(&bot).await;
    let said = alert(&bot, &amal, &asked_amal, "p:lw:1:holds").await;
    assert_eq!(said, bot.text(Lang::Ar, Msg::new("error-button-stale")));
    tg.quiet().await;
    assert_eq!(plan_rows(&bot).await, before);

    // Sanne asks for the summary document: self-contained HTML, Dutch then Arabic (right to
    // left), typed text escaped and marked not translated, who confirmed what, the history.
    let (doc, html) = summary(&bot, &sanne).await;
    assert_eq!(doc.method, "sendDocument");
    assert_eq!(doc.file_name.as_deref(), Some("plan-UTR-7.html"));
    let caption = Msg::new("plan-summary-caption").code("reference", REF);
    assert_eq!(text_of(&doc), bot.text(Lang::Nl, caption));
    assert!(html.starts_with("<!DOCTYPE html>"), "{html}");
    assert!(html.contains("<article lang=\"nl\" dir=\"ltr\">"), "{html}");
    assert!(html.contains("<article lang=\"ar\" dir=\"rtl\">"), "{html}");
    assert!(
        html.contains("@media print") && !html.contains("http"),
        "{html}"
    );
    assert!(!html.contains("<b>Tigrinya"), "typed text escaped: {html}");
    let dutch = html.find("<article lang=\"nl\"").unwrap();
    let arabic = html.find("<article lang=\"ar\"").unwrap();
    for (lang, from, to) in [(Lang::Nl, dutch, arabic), (Lang::Ar, arabic, html.len())] {
        let part = &html[from..to];
        let t = |m: Msg| escape(&bot.text(lang, m));
        let free =
            Msg::new("plan-free-text").name("text", "Bel de tolk <b>Tigrinya</b> & bevestig");
        let amal_agreed = format!(
            "<td>{}</td><td>{}</td><td>{}</td>",
            t(Msg::new("plan-who-holder").name("name", "Amal")),
            t(Msg::new("plan-summary-version").num("version", 3)),
            t(Msg::new("plan-summary-answer").code("answer", "agree")),
        );
        let moved = Msg::new("plan-summary-field").code("field", "housing_date");
        for want in [
            t(Msg::new("plan-summary-title").code("reference", REF)),
            t(Msg::new("plan-option").code("option", "combined")),
            t(kind("documents")),
            t(free),
            t(Msg::new("plan-summary-note")),
            amal_agreed,
            t(Msg::new("plan-summary-answer").code("answer", "question")),
            t(moved),
            t(Msg::new("value-date").date("date", day(2026, 7, 15))),
            t(Msg::new("plan-summary-long-wait").code("answer", "nothing")),
            t(Msg::new("plan-summary-long-wait").code("answer", "holds")),
        ] {
            assert!(part.contains(&want), "{lang:?} part lacks {want}: {part}");
        }
    }

    // Every change is in the history, with its actor.
    let fields: Vec<(String, Option<i64>)> =
        sqlx::query_as("SELECT field, actor FROM plan_events ORDER BY id")
            .fetch_all(&bot.pool)
            .await
            .unwrap();
    let names: Vec<&str> = fields.iter().map(|(f, _)| f.as_str()).collect();
    for f in [
        "option",
        "programme",
        "agreement",
        "sent",
        "confirmed",
        "question",
        "status",
        "housing_date",
        "due_date",
    ] {
        assert!(names.contains(&f), "{f} missing from {names:?}");
    }
    assert!(fields.iter().all(|(_, a)| a.is_some()));
    bot.stop().await;
}

/// Sanne presses "Summary" under her plan; the document and its HTML.
async fn summary(bot: &TestBot, sanne: &TgUser) -> (Sent, String) {
    let view = plan_view(bot, sanne).await;
    let m = press(bot, sanne, &view, "Samenvatting");
    let doc = bot
        .tg
        .wait_for_since(m, SANNE, |s| s.method == "sendDocument")
        .await;
    let html = String::from_utf8(doc.file_bytes.clone().expect("the document")).unwrap();
    (doc, html)
}

/// Types `raw` as the due date of a pending agreement; the answer must be `problem`, re-asked.
async fn refused_date(bot: &TestBot, sanne: &TgUser, raw: &str, problem: &'static str) {
    let m = bot.tg.mark();
    bot.tg.send_text(sanne, ChatTarget::Private, raw);
    bot.expect_text(m, SANNE, &bot.text(Lang::Nl, Msg::new(problem)))
        .await;
    bot.expect_text(m, SANNE, &bot.text(Lang::Nl, Msg::new("plan-ask-due")))
        .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn wrong_dates_forged_buttons_a_second_editor_and_a_closed_case_change_nothing() {
    let bot = plan_case().await;
    let tg = &bot.tg;
    let [sanne, _joost, amal, pieter] = users(&bot);
    let m0 = tg.mark();
    let view = choose_combined(&bot, &sanne).await;

    // Due dates before the matching, in the past, after the integration term, or no date.
    let m = press(&bot, &sanne, &view, "Afspraak");
    let kinds = bot.next_message(m, SANNE).await;
    let m = press(&bot, &sanne, &kinds, "Tolk");
    let owner = bot.next_message(m, SANNE).await;
    let m = press(&bot, &sanne, &owner, "COA");
    bot.next_message(m, SANNE).await;
    tg.quiet().await;
    let before = plan_rows(&bot).await;
    refused_date(&bot, &sanne, "20-03-2026", "plan-due-before-matching").await;
    refused_date(&bot, &sanne, "27-03-2026", "plan-due-in-past").await;
    refused_date(&bot, &sanne, "01-06-2029", "plan-due-after-term").await;
    refused_date(&bot, &sanne, "morgen", "error-not-a-date").await;
    tg.quiet().await;
    assert_eq!(plan_rows(&bot).await, before);

    // A new housing date before the matching is refused too.
    let m = press(&bot, &sanne, &view, "Woningdatum");
    bot.next_message(m, SANNE).await;
    let m = tg.mark();
    tg.send_text(&sanne, ChatTarget::Private, "01-01-2026");
    bot.expect_text(
        m,
        SANNE,
        &bot.text(Lang::Nl, Msg::new("plan-due-before-matching")),
    )
    .await;
    tg.quiet().await;
    let dialog = plan_rows(&bot).await;
    assert_eq!(
        dialog
            .lines()
            .filter(|l| !l.starts_with("dialogs"))
            .collect::<Vec<_>>(),
        before
            .lines()
            .filter(|l| !l.starts_with("dialogs"))
            .collect::<Vec<_>>()
    );

    // Amal forges buttons for staff's items: the introduction done, an agreement, an option.
    let ask = tg
        .wait_for_since(m0, AMAL, |s| !s.buttons().is_empty())
        .await;
    let (intro, version): (i64, i64) =
        sqlx::query_as("SELECT id, version FROM plan_items WHERE kind = 'introduction'")
            .fetch_one(&bot.pool)
            .await
            .unwrap();
    let cannot = bot.text(Lang::Ar, Msg::new("plan-holder-cannot-change"));
    for forged in [
        format!("p:done:{intro}:{version}"),
        "p:add:1".into(),
        "p:ch:1:1".into(),
    ] {
        assert_eq!(alert(&bot, &amal, &ask, &forged).await, cannot, "{forged}");
    }
    // A stranger is not on the case.
    let eve = tg.user(6666, "Eve", Some("nl"));
    let m = tg.mark();
    tg.send_command(&eve, ChatTarget::Private, "start");
    let menu = bot.next_message(m, eve.id).await;
    let not_on = alert(&bot, &eve, &menu, "p:show:1").await;
    assert_eq!(not_on, bot.text(Lang::Nl, Msg::new("error-not-on-case")));
    tg.quiet().await;
    assert_eq!(plan_rows(&bot).await, dialog);

    // Sanne and Pieter both mark the introduction done: Pieter is second and is told.
    let hers = plan_view(&bot, &sanne).await;
    let his = plan_view(&bot, &pieter).await;
    let label = bot.text(Lang::Nl, kind("introduction"));
    let m = press(&bot, &sanne, &hers, &label);
    let done = Msg::new("plan-item-done")
        .code("reference", REF)
        .msg("what", kind("introduction"));
    bot.expect_text(m, SANNE, &bot.text(Lang::Nl, done)).await;
    tg.quiet().await;
    let after = plan_rows(&bot).await;
    let data = button(&his, &label);
    let said = alert(&bot, &pieter, &his, &data).await;
    assert_eq!(said, bot.text(Lang::Nl, Msg::new("plan-edit-conflict")));
    tg.quiet().await;
    assert_eq!(plan_rows(&bot).await, after);

    // The case is closed: no more changes.
    sqlx::query("UPDATE cases SET status = 'closed'")
        .execute(&bot.pool)
        .await
        .unwrap();
    let before = plan_rows(&bot).await;
    for label in ["Afspraak", "Rondsturen", "Aanpak kiezen"] {
        let data = button(&hers, label);
        let said = alert(&bot, &sanne, &hers, &data).await;
        assert_eq!(
            said,
            bot.text(Lang::Nl, Msg::new("plan-case-closed")),
            "{label}"
        );
    }
    tg.quiet().await;
    assert_eq!(plan_rows(&bot).await, before);
    bot.stop().await;
}
