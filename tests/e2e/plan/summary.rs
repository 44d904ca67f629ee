//! The end of the plan's story: the bilingual summary document (Dutch, then Arabic right to
//! left; typed text escaped and marked not translated) and the history of every change.

use driegesprek::domain::Lang;
use driegesprek::i18n::Msg;
use driegesprek::i18n::summary::html_text;

use super::{REF, day, kind, plan_view, press, text_of};
use crate::fake_telegram::{Sent, TgUser};
use crate::support::{SANNE, TestBot};

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

/// The summary document in both languages and the history of every change.
pub(super) async fn document_and_history(bot: &TestBot, sanne: &TgUser) {
    // Sanne asks for the summary document: self-contained HTML, Dutch then Arabic (right to
    // left), typed text escaped and marked not translated, who confirmed what, the history.
    let (doc, html) = summary(bot, sanne).await;
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
        let t = |m: Msg| html_text(&bot.text(lang, m));
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
            t(Msg::new("plan-summary-title").name("reference", REF)),
            format!("<bdi>{REF}</bdi>"),
            "<bdi>Amal</bdi>".to_string(),
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
}
