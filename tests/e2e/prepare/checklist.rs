//! The checklist: each party ticks only its own items (Amanuel his documents, Joost COA's
//! client profile) and staff see the progress; Sanne cannot tick COA's items.

use driegesprek::domain::Lang;
use driegesprek::i18n::Msg;

use super::{Setup, case_with_tigrinya_holder, command, prep_rows};
use crate::driver::{press_data_in_place, press_data_next};
use crate::fake_telegram::ChatTarget;

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
    // The list changes in place (issue 12: ticking sent a new copy of it).
    let docs = press_data_in_place(&bot, &amanuel, &docs, "q:t:permit").await;
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
    let view = press_data_next(&bot, &joost, &list, &format!("q:v:{case}")).await;
    let view = press_data_in_place(&bot, &joost, &view, &format!("q:tc:{case}:prof")).await;
    let text = view.text.unwrap_or_default();
    assert!(
        text.contains("✅ Klantprofiel overgedragen (maandag 30 maart 2026"),
        "{text}"
    );
    assert!(text.contains("✅ 🪪 Verblijfsvergunning"), "{text}");
    assert!(text.contains("⬜ Brede intake gepland"), "{text}");

    let list = command(&bot, &sanne, "prepare").await;
    let view = press_data_next(&bot, &sanne, &list, &format!("q:v:{case}")).await;
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
