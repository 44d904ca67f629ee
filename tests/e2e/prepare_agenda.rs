//! The agenda travels with the meeting confirmation (issue 6): once Sanne has chosen option 3
//! for the case, the confirmation of the driegesprek lists the five items in the order that
//! option needs them, for Amal in Tigrinya and for staff in Dutch.

use chrono::{DateTime, Utc};
use driegesprek::domain::Lang;
use driegesprek::i18n::Msg;

use crate::driver::press_to_buttons;
use crate::fake_telegram::{ChatTarget, Sent, TgUser};
use crate::support::{AMAL, JOOST, SANNE, TestBot, ThreeParties, button, spawn_case};

/// Case UTR-7 with Sanne (municipality), Joost (COA) and Amal (Tigrinya) on it.
async fn case() -> (TestBot, [TgUser; 3]) {
    let bot = spawn_case(&ThreeParties {
        holder_lang: Lang::Ti,
        holder_privacy_ack: Some("2026-03-01T00:00:00+00:00"),
        team_group: false,
        ..ThreeParties::default()
    })
    .await;
    let users = [
        bot.tg.user(SANNE, "Sanne", Some("nl")),
        bot.tg.user(JOOST, "Joost", Some("nl")),
        bot.tg.user(AMAL, "Amal", None),
    ];
    (bot, users)
}

async fn command(bot: &TestBot, who: &TgUser, cmd: &str) -> Sent {
    let m = bot.tg.mark();
    bot.tg.send_command(who, ChatTarget::Private, cmd);
    bot.next_message(m, who.id).await
}

/// Sanne proposes Tuesday 31 March 10:00 and 14:00 at the azc with an interpreter, everyone
/// can come to the first, and she confirms it; returns the mark before the confirmation.
async fn agree_on_a_time(
    bot: &TestBot,
    [sanne, joost, amal]: &[TgUser; 3],
) -> crate::fake_telegram::Mark {
    let interp = crate::prepare_meeting::interpreter_question(bot, sanne).await;
    let m = bot.tg.mark();
    bot.tg.press_button(
        sanne,
        ChatTarget::Private,
        interp.message_id,
        &button(&interp, "Ja"),
    );
    let asks = [
        bot.tg
            .wait_for_since(m, AMAL, |s| !s.buttons().is_empty())
            .await,
        bot.tg
            .wait_for_since(m, JOOST, |s| !s.buttons().is_empty())
            .await,
        bot.tg
            .wait_for_since(m, SANNE, |s| s.buttons().iter().any(|(t, _)| t == "✅ 1"))
            .await,
    ];
    bot.tg.quiet().await;
    let m = bot.tg.mark();
    for (who, ask) in [amal, joost, sanne].into_iter().zip(&asks) {
        bot.tg.press_button(
            who,
            ChatTarget::Private,
            ask.message_id,
            &button(ask, "✅ 1"),
        );
        bot.tg.quiet().await;
    }
    let suits = bot
        .tg
        .wait_for_since(m, SANNE, |s| {
            s.buttons().iter().any(|(t, _)| t.starts_with("✅ "))
                && !s.buttons().iter().any(|(t, _)| t == "✅ 1")
        })
        .await;
    let m = bot.tg.mark();
    bot.tg.press_button(
        sanne,
        ChatTarget::Private,
        suits.message_id,
        &suits.buttons()[0].1,
    );
    m
}

#[tokio::test]
async fn the_meeting_confirmation_carries_the_agenda_of_the_chosen_option_in_each_language() {
    let (bot, users) = case().await;
    let sanne = &users[0];
    let none = command(&bot, sanne, "plan").await;
    let picker = press_to_buttons(&bot, sanne, &none, "Aanpak kiezen").await;
    let m = bot.tg.mark();
    bot.tg.press_button(
        sanne,
        ChatTarget::Private,
        picker.message_id,
        &button(&picker, "Start na huisvesting"),
    );
    bot.next_message(m, SANNE).await;
    bot.tg.quiet().await;

    let m = agree_on_a_time(&bot, &users).await;
    let at: DateTime<Utc> = "2026-03-31T08:00:00Z".parse().unwrap();
    let confirmed = Msg::new("meeting-confirmed")
        .date_time("at", at)
        .msg("place", Msg::new("meeting-place").code("place", "azc"))
        .msg(
            "interpreter",
            Msg::new("meeting-interpreter-yes").lang("language", Lang::Ti),
        );
    // Option 3: the broad intake only starts after the move, so it comes last.
    let items = [
        "introduction",
        "client_profile",
        "programme_alignment",
        "handover_conversation",
        "broad_intake",
    ]
    .into_iter()
    .zip(1..)
    .map(|(kind, n)| {
        Msg::new("prep-agenda-item")
            .num("n", n)
            .msg("what", Msg::new("plan-kind").code("kind", kind))
    })
    .collect::<Vec<_>>();
    let with_agenda = Msg::new("prep-agenda-with")
        .msg("message", confirmed)
        .lines("items", items.clone());
    let amal = bot
        .expect_text(m, AMAL, &bot.text(Lang::Ti, with_agenda.clone()))
        .await;
    let text = amal.text.unwrap_or_default();
    let pos = |k: &str| {
        let name = bot.text(Lang::Ti, Msg::new("plan-kind").code("kind", k.to_string()));
        text.find(&format!(". {name}")).expect(k)
    };
    assert!(pos("client_profile") < pos("programme_alignment"));
    assert!(pos("handover_conversation") < pos("broad_intake"));
    let mut ics = None;
    for chat in [JOOST, SANNE] {
        let staff = bot
            .tg
            .wait_for_since(m, chat, |s| s.method == "sendDocument")
            .await;
        assert_eq!(
            crate::driver::text_of(&staff),
            bot.text(Lang::Nl, with_agenda.clone())
        );
        ics = Some(staff);
    }
    bot.tg.quiet().await;

    // Sanne adds a point of her own to this meeting's agenda (the editor's ➕ button)...
    let ics = ics.unwrap();
    let m = bot.tg.mark();
    bot.tg
        .press_button(sanne, ChatTarget::Private, ics.message_id, "q:ga:1");
    bot.next_message(m, SANNE).await;
    let m = bot.tg.mark();
    bot.tg
        .send_text(sanne, ChatTarget::Private, "Schoolrapport uit Eritrea");
    bot.tg
        .wait_for_since(m, SANNE, |s| !s.buttons().is_empty())
        .await;
    let mut items = items;
    items.push(Msg::new("prep-agenda-item").num("n", 6).msg(
        "what",
        Msg::new("prep-own-as-typed").name("text", "Schoolrapport uit Eritrea"),
    ));

    // ...then moves it to 14:00 the same day: the new message carries the edited agenda.
    let cal = press_to_buttons(&bot, sanne, &ics, "🔁").await;
    let q = press_to_buttons(&bot, sanne, &cal, "31").await;
    let m = bot.tg.mark();
    bot.tg.press_button(
        sanne,
        ChatTarget::Private,
        q.message_id,
        &button(&q, "14:00"),
    );
    let moved = Msg::new("meeting-moved")
        .date_time("from", at)
        .date_time("at", "2026-03-31T12:00:00Z".parse().unwrap())
        .msg("place", Msg::new("meeting-place").code("place", "azc"))
        .msg(
            "interpreter",
            Msg::new("meeting-interpreter-yes").lang("language", Lang::Ti),
        );
    let moved = Msg::new("prep-agenda-with")
        .msg("message", moved)
        .lines("items", items.clone());
    bot.expect_text(m, AMAL, &bot.text(Lang::Ti, moved)).await;
    let nl = bot.text(Lang::Nl, with_agenda);
    assert!(
        nl.ends_with("1. Kennismaking en keuze route\n2. Klantprofiel overdragen\n3. Aansluiting op het programma van COA\n4. Overdrachtsgesprek\n5. Start brede intake"),
        "{nl}"
    );
}
