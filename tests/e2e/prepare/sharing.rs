//! Sharing the preparation: Amanuel answers the questionnaire in Tigrinya in two sittings three
//! days apart, types his own questions, and shares first his answers, then his questions too;
//! Sanne sees exactly what is shared, in Dutch (his questions as typed, marked not translated),
//! and nothing more once he withdraws, even behind her old button. The consent history keeps
//! the version of the notice shown.

use chrono::Duration;
use driegesprek::domain::Lang;
use driegesprek::i18n::Msg;

use super::{Setup, case_with_tigrinya_holder, command, line, overview, step};
use crate::driver::press_data_next;
use crate::fake_telegram::ChatTarget;

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
    assert_eq!(q.text, Some(step(&bot, ti, 1, 11, "prep-ask-education")));
    let labels: Vec<String> = q.buttons().into_iter().map(|(t, _)| t).collect();
    assert!(labels.contains(&bot.text(ti, Msg::new("prep-edu-secondary"))));
    assert!(labels.contains(&bot.text(ti, Msg::new("prep-button-skip"))));

    // Three answers and a skip, then he stops.
    let q = press_data_next(&bot, &amanuel, &q, "q:a:edu:sec").await;
    assert_eq!(q.text, Some(step(&bot, ti, 2, 11, "prep-ask-work-years")));
    let q = press_data_next(&bot, &amanuel, &q, "q:a:yrs:5").await;
    assert_eq!(q.text, Some(bot.text(ti, Msg::new("prep-ask-work-field"))));
    let q = press_data_next(&bot, &amanuel, &q, "q:a:fld:ca").await;
    let q = press_data_next(&bot, &amanuel, &q, "q:s:nl").await;
    assert_eq!(q.text, Some(step(&bot, ti, 4, 11, "prep-ask-goal")));

    // Three days later he comes back where he left off.
    bot.clock.advance(Duration::days(3));
    let q = command(&bot, &amanuel, "prepare").await;
    assert_eq!(q.text, Some(step(&bot, ti, 4, 11, "prep-ask-goal")));
    let mut q = q;
    for data in [
        "q:a:goal:s",
        "q:a:hh:pc",
        "q:a:reu:y",
        "q:a:hlth:y",
        "q:a:when:m",
        "q:a:how:c",
    ] {
        q = press_data_next(&bot, &amanuel, &q, data).await;
    }
    // The interpreter wish, in Tigrinya, with its own buttons and "skip".
    assert_eq!(q.text, Some(step(&bot, ti, 10, 11, "prep-ask-interpreter")));
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
    let q = press_data_next(&bot, &amanuel, &q, "q:a:interp:own").await;
    assert_eq!(
        q.text,
        Some(step(&bot, ti, 11, 11, "prep-ask-without-partner"))
    );
    let ask = press_data_next(&bot, &amanuel, &q, "q:s:alone").await;
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
    let view = press_data_next(&bot, &sanne, &list, &show).await;
    let hidden = || Msg::new("prep-staff-not-shared");
    assert_eq!(
        view.text,
        Some(overview(&bot, hidden(), hidden(), hidden()))
    );

    // He shares his answers, not his own questions.
    let notice = press_data_next(&bot, &amanuel, &notice, "q:k:answers:1").await;
    assert_eq!(
        notice.text,
        Some(notice_text("prep-shared-yes", "prep-shared-no"))
    );

    // Sanne sees exactly those answers, in Dutch, and what is missing.
    let view = press_data_next(&bot, &sanne, &view, &show).await;
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
    let notice = press_data_next(&bot, &amanuel, &notice, "q:k:questions:1").await;
    let view2 = press_data_next(&bot, &sanne, &view, &show).await;
    let text = view2.text.unwrap_or_default();
    assert!(
        text.contains(&format!("\u{2068}{typed}\u{2069} (niet vertaald)")),
        "{text}"
    );

    // He withdraws the answers; Sanne's old button shows nothing of them any more.
    let notice = press_data_next(&bot, &amanuel, &notice, "q:k:answers:0").await;
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
