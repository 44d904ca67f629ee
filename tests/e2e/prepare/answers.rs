//! Answers given late or changed: an answer given after the meeting is kept and marked late for
//! the municipality; a skipped interpreter wish shows as missing for staff until Amanuel changes
//! it from his overview (to another language, then which one: Arabic).

use chrono::Duration;
use driegesprek::domain::Lang;
use driegesprek::i18n::Msg;

use super::{Setup, case_with_tigrinya_holder, command, line, overview, step};
use crate::driver::press_data_next;
use crate::fake_telegram::{ChatTarget, TgUser};
use crate::support::TestBot;

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
    let q = press_data_next(&bot, &amanuel, &q, "q:a:edu:sec").await;
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
    let next = press_data_next(&bot, &amanuel, &q, "q:a:yrs:5").await;
    assert_eq!(
        next.text,
        Some(bot.text(Lang::Ti, Msg::new("prep-ask-work-field"))),
        "a follow-up has no number of its own"
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
    let view = press_data_next(&bot, &sanne, &list, &format!("q:v:{case}")).await;
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
            assert_eq!(q.text, Some(step(&bot, ti, 10, 11, "prep-ask-interpreter")));
        }
        q = press_data_next(&bot, &amanuel, &q, &format!("q:s:{code}")).await;
    }
    let notice = press_data_next(&bot, &amanuel, &q, "q:so").await;
    let notice = press_data_next(&bot, &amanuel, &notice, "q:k:answers:1").await;

    // Sanne sees no answers, and the interpreter wish among what is missing, in Dutch.
    let list = command(&bot, &sanne, "prepare").await;
    let show = format!("q:v:{case}");
    let view = press_data_next(&bot, &sanne, &list, &show).await;
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
    let review = press_data_next(&bot, &amanuel, &notice, "q:r").await;
    let change = bot.text(ti, Msg::new("prep-label-interpreter"));
    assert!(
        review
            .buttons()
            .contains(&(change, "q:c:interp".to_string())),
        "{:?}",
        review.buttons()
    );
    let ask = press_data_next(&bot, &amanuel, &review, "q:c:interp").await;
    assert_eq!(
        ask.text,
        Some(bot.text(ti, Msg::new("prep-ask-interpreter")))
    );
    let which = press_data_next(&bot, &amanuel, &ask, "q:a:interp:other").await;
    // "Another language" is followed by which one: the thirteen by their own names.
    let ask_lang = "prep-ask-interpreter-language";
    assert_eq!(which.text, Some(bot.text(ti, Msg::new(ask_lang))));
    let arabic = ("العربية".to_string(), "q:a:interp_lang:ar".to_string());
    assert!(which.buttons().contains(&arabic), "{:?}", which.buttons());
    // Every language, and the skip button.
    assert_eq!(
        which.buttons().len(),
        Lang::ALL.len() + 1,
        "{:?}",
        which.buttons()
    );
    let review = press_data_next(&bot, &amanuel, &which, "q:a:interp_lang:ar").await;
    let mine = bot.text(ti, line("prep-label-interpreter", "prep-interp-other"));
    let text = review.text.unwrap_or_default();
    assert!(text.contains(&mine), "{text}");

    // Sanne now reads his wish in Dutch, from the same stored value.
    let view = press_data_next(&bot, &sanne, &view, &show).await;
    let answers = Msg::new("prep-list").lines(
        "lines",
        vec![
            line("prep-label-interpreter", "prep-interp-other"),
            Msg::new("prep-line")
                .msg("label", Msg::new("prep-label-interpreter-language"))
                .msg(
                    "value",
                    Msg::new("language-name").lang("language", Lang::Ar),
                ),
        ],
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
    assert!(text.contains("🌍 Taal van de tolk: Arabisch"), "{text}");
    let stored: Option<String> = sqlx::query_scalar(
        "SELECT value FROM prep_answers WHERE case_id = ? AND question = 'interp'",
    )
    .bind(case)
    .fetch_one(&bot.pool)
    .await
    .unwrap();
    assert_eq!(stored.as_deref(), Some("other"));
    let stored: Option<String> = sqlx::query_scalar(
        "SELECT value FROM prep_answers WHERE case_id = ? AND question = 'interp_lang'",
    )
    .bind(case)
    .fetch_one(&bot.pool)
    .await
    .unwrap();
    assert_eq!(stored.as_deref(), Some("ar"));
    bot.stop().await;
}
