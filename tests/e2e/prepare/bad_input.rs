//! Forged buttons from the status holder (the staff overview of his case or another one, a tick
//! on COA's checklist, an answer to a question he is not being asked) show him nothing and
//! change nothing.

use driegesprek::domain::Lang;
use driegesprek::i18n::Msg;

use super::{Setup, case_with_tigrinya_holder, command, prep_rows};
use crate::driver::press_data_next;
use crate::fake_telegram::ChatTarget;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_status_holder_forging_a_staff_button_sees_nothing_and_changes_nothing() {
    let Setup {
        bot, amanuel, case, ..
    } = case_with_tigrinya_holder().await;
    let q = command(&bot, &amanuel, "prepare").await;
    press_data_next(&bot, &amanuel, &q, "q:a:edu:uni").await;
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
