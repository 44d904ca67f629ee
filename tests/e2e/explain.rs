//! Explainers (issue 15): Amanuel reads Tigrinya. Under his plan he taps "❓ Broad intake" and
//! reads what it is in Tigrinya, with the terms it leads on to; `/explain` lists every term; the
//! first screen's "❓ How does this work?" names his own contacts. Sanne sends him the
//! explanation of the personal plan (PIP) from her plan view; he gets it in Tigrinya, she a
//! short confirmation. A forged term and a stranger's send change nothing.
//!
//! Zahra reads Dari. Her Telegram app is in Persian (`fa`: Telegram has no Dari), so the picker
//! offers دری and فارسی apart and she taps دری; she then reads the same explainers in Dari, with
//! the Afghan words (شاروالی for the municipality, not the Persian شهرداری), and so does Sanne's
//! send. A Persian app without a choice gets Persian, and a stored choice of Persian stays.

use driegesprek::domain::Lang;
use driegesprek::i18n::Msg;

use crate::driver::{alert, press_data_next, text_of};
use crate::fake_telegram::ChatTarget;
use crate::prepare::{Setup, case_with_holder, case_with_tigrinya_holder, command};
use crate::support::button;

fn ethiopic(text: &str) -> bool {
    text.chars().any(|c| ('\u{1200}'..='\u{137F}').contains(&c))
}

fn term(id: &str) -> Msg {
    Msg::new("explain-text").code("term", id.to_string())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_tigrinya_reader_opens_the_broad_intake_from_his_plan_and_sanne_sends_him_the_pip() {
    let Setup {
        bot,
        sanne,
        amanuel,
        case,
        ..
    } = case_with_tigrinya_holder().await;
    let ti = Lang::Ti;

    // Sanne chooses the combined approach.
    let none = command(&bot, &sanne, "plan").await;
    let picker = press_data_next(&bot, &sanne, &none, &button(&none, "Aanpak kiezen")).await;
    press_data_next(&bot, &sanne, &picker, &button(&picker, "Gecombineerd")).await;
    bot.tg.quiet().await;

    // His plan offers the words it uses: the approach, the broad intake, the personal plan.
    let plan = command(&bot, &amanuel, "plan").await;
    let offered: Vec<String> = plan
        .buttons()
        .into_iter()
        .filter(|(_, d)| d.starts_with("x:"))
        .map(|(_, d)| d)
        .collect();
    assert_eq!(offered, ["x:combined", "x:broad_intake", "x:pip"]);
    // Its items read in plain words with the Dutch term in brackets (issue 15), not staff's terms.
    let plain = |kind: &str| bot.text(ti, Msg::new("plan-kind-holder").code("kind", kind));
    let staffs = |kind: &str| bot.text(ti, Msg::new("plan-kind").code("kind", kind));
    let words = plan.text.clone().unwrap_or_default();
    assert!(words.contains(&plain("broad_intake")), "{words}");
    assert!(words.contains("(brede intake)"), "{words}");
    assert!(!words.contains(&staffs("broad_intake")), "{words}");
    let sanne_view = command(&bot, &sanne, "plan").await;
    let sanne_words = sanne_view.text.clone().unwrap_or_default();
    assert!(
        sanne_words
            .contains(&bot.text(Lang::Nl, Msg::new("plan-kind").code("kind", "broad_intake"))),
        "staff keep their terms: {sanne_words}"
    );
    let shown = press_data_next(&bot, &amanuel, &plan, "x:broad_intake").await;
    let text = text_of(&shown);
    assert_eq!(text, bot.text(ti, term("broad_intake")));
    assert!(ethiopic(&text) && text.contains("brede intake"), "{text}");
    let next: Vec<String> = shown.buttons().into_iter().map(|(_, d)| d).collect();
    assert_eq!(next, ["x:learnability", "x:pip", "x:list"]);

    // /explain lists every term; the list leads to each.
    let list = command(&bot, &amanuel, "explain").await;
    assert_eq!(text_of(&list), bot.text(ti, Msg::new("explain-list")));
    assert_eq!(list.buttons().len(), 15);
    let again = press_data_next(&bot, &amanuel, &list, "x:broad_intake").await;
    assert_eq!(text_of(&again), text);

    // "How does this work?" from his first screen names his own contacts.
    let menu = command(&bot, &amanuel, "menu").await;
    let how = press_data_next(&bot, &amanuel, &menu, "x:handover").await;
    assert_eq!(
        text_of(&how),
        bot.text(
            ti,
            Msg::new("explain-handover")
                .msg("coa", Msg::new("contact-named").name("name", "Joost"))
                .msg("gemeente", Msg::new("contact-named").name("name", "Sanne"))
        )
    );

    // Sanne sends him the personal plan's explanation from her plan view.
    let view = command(&bot, &sanne, "plan").await;
    let pick_data = format!("x:pick:{case}");
    let pick = press_data_next(&bot, &sanne, &view, &pick_data).await;
    assert_eq!(
        text_of(&pick),
        bot.text(
            Lang::Nl,
            Msg::new("explain-pick")
                .code("reference", "GEM-2026-0042")
                .name("name", "Amanuel")
        )
    );
    let m = bot.tg.mark();
    let send = format!("x:send:{case}:pip");
    let id = bot
        .tg
        .press_button(&sanne, ChatTarget::Private, pick.message_id, &send);
    let toast = bot.tg.wait_answer_callback(&id).await;
    assert_eq!(
        toast["text"].as_str(),
        Some(
            bot.text(
                Lang::Nl,
                Msg::new("explain-sent").code("reference", "GEM-2026-0042")
            )
            .as_str()
        )
    );
    let got = bot
        .expect_text(
            m,
            amanuel.id,
            &bot.text(
                ti,
                Msg::new("explain-sent-holder")
                    .name("who", "Sanne")
                    .msg("text", term("pip")),
            ),
        )
        .await;
    assert!(ethiopic(&got.text.unwrap_or_default()));

    // A stranger cannot send, a forged term is stale; nothing changes.
    bot.tg.quiet().await;
    let before = bot.snapshot().await;
    let stranger = bot.tg.user(9009, "Someone", Some("ti"));
    let theirs = command(&bot, &stranger, "explain").await;
    let refused = alert(&bot, &stranger, theirs.message_id, &send).await;
    assert!(!refused.is_empty());
    let stale = alert(&bot, &amanuel, list.message_id, "x:inburgering").await;
    assert_eq!(stale, bot.text(ti, Msg::new("error-button-stale")));
    bot.tg.quiet().await;
    assert_eq!(bot.snapshot().await, before);
}

fn arabic_script(text: &str) -> bool {
    text.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_dari_reader_opens_the_broad_intake_in_dari_not_persian_and_sanne_sends_her_the_pip() {
    let Setup {
        bot,
        sanne,
        amanuel: zahra,
        case,
        ..
    } = case_with_holder("Zahra", Some("fa"), "دری").await;
    let prs = Lang::Prs;

    // Her choice is stored as Dari, apart from Persian.
    let stored: (String, i64) =
        sqlx::query_as("SELECT lang, lang_explicit FROM users WHERE tg_user_id = 3003")
            .fetch_one(&bot.pool)
            .await
            .unwrap();
    assert_eq!(stored, ("prs".to_string(), 1));
    // The picker (here again through /language) shows Dari and Persian as two buttons.
    let picker = command(&bot, &zahra, "language").await;
    let langs = picker.buttons();
    assert!(
        langs.contains(&("دری".to_string(), "lang:prs".to_string())),
        "{langs:?}"
    );
    assert!(
        langs.contains(&("فارسی".to_string(), "lang:fa".to_string())),
        "{langs:?}"
    );
    assert_eq!(langs.len(), Lang::ALL.len());

    // Sanne chooses the combined approach.
    let none = command(&bot, &sanne, "plan").await;
    let picker = press_data_next(&bot, &sanne, &none, &button(&none, "Aanpak kiezen")).await;
    press_data_next(&bot, &sanne, &picker, &button(&picker, "Gecombineerd")).await;
    bot.tg.quiet().await;

    // Her plan, in Dari, offers the words it uses; the broad intake reads in Dari.
    let plan = command(&bot, &zahra, "plan").await;
    let offered: Vec<String> = plan
        .buttons()
        .into_iter()
        .filter(|(_, d)| d.starts_with("x:"))
        .map(|(_, d)| d)
        .collect();
    assert_eq!(offered, ["x:combined", "x:broad_intake", "x:pip"]);
    assert!(
        plan.buttons()
            .iter()
            .any(|(label, d)| d == "x:broad_intake" && label.contains("مصاحبه جامع")),
        "{:?}",
        plan.buttons()
    );
    let shown = press_data_next(&bot, &zahra, &plan, "x:broad_intake").await;
    let text = text_of(&shown);
    assert_eq!(text, bot.text(prs, term("broad_intake")));
    assert!(
        arabic_script(&text) && text.contains("brede intake"),
        "{text}"
    );
    // What a Dari reader checks: the municipality is شاروالی, school مکتب, health صحت; the
    // Persian text says شهرداری, مدرسه, سلامتی.
    for word in ["مصاحبه جامع", "شاروالی", "مکتب", "صحت"] {
        assert!(text.contains(word), "{word} expected: {text}");
    }
    for persian in ["شهرداری", "مدرسه", "سلامتی"] {
        assert!(!text.contains(persian), "Persian {persian} found: {text}");
    }
    let persian = bot.text(Lang::Fa, term("broad_intake"));
    assert_ne!(text, persian);
    assert!(persian.contains("شهرداری"), "{persian}");

    // /explain lists every term in Dari; the list leads to the same text.
    let list = command(&bot, &zahra, "explain").await;
    assert_eq!(text_of(&list), bot.text(prs, Msg::new("explain-list")));
    assert_ne!(text_of(&list), bot.text(Lang::Fa, Msg::new("explain-list")));
    assert_eq!(list.buttons().len(), 15);
    assert!(
        list.buttons()
            .iter()
            .any(|(label, d)| d == "x:coa_programme" && label.contains("کورس‌های COA")),
        "{:?}",
        list.buttons()
    );
    let again = press_data_next(&bot, &zahra, &list, "x:broad_intake").await;
    assert_eq!(text_of(&again), text);

    // Sanne sends her the personal plan's explanation; she reads it in Dari.
    let view = command(&bot, &sanne, "plan").await;
    let pick = press_data_next(&bot, &sanne, &view, &format!("x:pick:{case}")).await;
    assert_eq!(
        text_of(&pick),
        bot.text(
            Lang::Nl,
            Msg::new("explain-pick")
                .code("reference", "GEM-2026-0042")
                .name("name", "Zahra")
        )
    );
    let m = bot.tg.mark();
    let id = bot.tg.press_button(
        &sanne,
        ChatTarget::Private,
        pick.message_id,
        &format!("x:send:{case}:pip"),
    );
    bot.tg.wait_answer_callback(&id).await;
    let got = bot
        .expect_text(
            m,
            zahra.id,
            &bot.text(
                prs,
                Msg::new("explain-sent-holder")
                    .name("who", "Sanne")
                    .msg("text", term("pip")),
            ),
        )
        .await;
    let got = got.text.unwrap_or_default();
    assert!(
        got.contains("برنامه شخصی (PIP)") && got.contains("شاروالی"),
        "{got}"
    );
    assert!(!got.contains("شهرداری"), "{got}");

    // A Persian Telegram app with no choice made gets Persian: Telegram has no Dari.
    bot.tg.quiet().await;
    let persian_app = bot.tg.user(9010, "Someone", Some("fa"));
    let theirs = command(&bot, &persian_app, "explain").await;
    assert_eq!(
        text_of(&theirs),
        bot.text(Lang::Fa, Msg::new("explain-list"))
    );
    // Someone who chose Persian before Dari existed keeps it, even where the app says Afghan
    // Persian (fa-AF, which alone would guess Dari).
    sqlx::query("INSERT INTO users (tg_user_id, lang, lang_explicit, created_at) VALUES (9011, 'fa', 1, '2026-11-01T10:00:00Z')")
        .execute(&bot.pool)
        .await
        .unwrap();
    let chose_persian = bot.tg.user(9011, "Someone else", Some("fa-AF"));
    let theirs = command(&bot, &chose_persian, "explain").await;
    assert_eq!(
        text_of(&theirs),
        bot.text(Lang::Fa, Msg::new("explain-list"))
    );
    let afghan_app = bot.tg.user(9012, "A third", Some("fa-AF"));
    let theirs = command(&bot, &afghan_app, "explain").await;
    assert_eq!(text_of(&theirs), bot.text(prs, Msg::new("explain-list")));
}
