//! Preparing the driegesprek (issue 6): a Tigrinya-speaking status holder fills in the
//! questionnaire partly, comes back days later, shares part of it; the municipal contact sees
//! exactly that in Dutch; a withdrawal hides it again, even behind an old button; forged
//! buttons show nothing and change nothing; each party ticks its checklist. Here: the shared
//! case and helpers; the sharing story is in `prepare/sharing.rs`, late and changed answers in
//! `prepare/answers.rs`, the checklist in `prepare/checklist.rs`, the reminder before a meeting
//! in `prepare/reminder.rs`, the bad input in `prepare/bad_input.rs`.

mod answers;
mod bad_input;
mod checklist;
mod reminder;
mod sharing;

use driegesprek::domain::Lang;
use driegesprek::i18n::Msg;

use crate::fake_telegram::{ChatTarget, Sent, TgUser};
use crate::support::{TestBot, button, link_in, spawn_bot, token_of};

/// Sanne (municipality), Joost (COA) and Amanuel (Tigrinya, privacy notice read) on one case.
pub(crate) struct Setup {
    pub bot: TestBot,
    pub sanne: TgUser,
    pub joost: TgUser,
    pub amanuel: TgUser,
    pub case: i64,
}

async fn join_staff(bot: &TestBot, user: &TgUser, token: &str) {
    let m = bot.tg.mark();
    bot.tg
        .send_command(user, ChatTarget::Private, &format!("start {token}"));
    bot.next_message(m, user.id).await;
}

pub(crate) async fn case_with_tigrinya_holder() -> Setup {
    case_with_holder("Amanuel", None, "ትግርኛ").await
}

/// The same case with a status holder called `name`, whose Telegram app says `client_lang`
/// (None: nothing), who picks the language whose button reads `native` and reads the privacy
/// notice. The holder is `Setup::amanuel` whatever the name.
pub(crate) async fn case_with_holder(name: &str, client_lang: Option<&str>, native: &str) -> Setup {
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
    for answer in [name, "GEM-2026-0042"] {
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

    let amanuel = tg.user(3003, name, client_lang);
    let m = tg.mark();
    let start = format!("start {}", token_of(&link_in(&photo)));
    tg.send_command(&amanuel, ChatTarget::Private, &start);
    let picker = bot.next_message(m, amanuel.id).await;
    let m = tg.mark();
    tg.press_button(
        &amanuel,
        ChatTarget::Private,
        picker.message_id,
        &button(&picker, native),
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

pub(crate) async fn command(bot: &TestBot, user: &TgUser, cmd: &str) -> Sent {
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
