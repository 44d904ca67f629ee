//! Explainers (issue 15): Amanuel reads Tigrinya. Under his plan he taps "❓ Broad intake" and
//! reads what it is in Tigrinya, with the terms it leads on to; `/explain` lists every term; the
//! first screen's "❓ How does this work?" names his own contacts. Sanne sends him the
//! explanation of the personal plan (PIP) from her plan view; he gets it in Tigrinya, she a
//! short confirmation. A forged term and a stranger's send change nothing.

use driegesprek::domain::Lang;
use driegesprek::i18n::Msg;

use crate::driver::{alert, press_data_next, text_of};
use crate::fake_telegram::ChatTarget;
use crate::prepare::{Setup, case_with_tigrinya_holder, command};
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
