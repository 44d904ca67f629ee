//! The interpreter's language: "another language" lists the thirteen languages by their own
//! names, and an Arabic interpreter chosen for a Tigrinya speaker is stored and named in the
//! confirmation Amal reads.

use driegesprek::domain::Lang;
use driegesprek::i18n::Msg;

use super::{at, cast, exact, starting};
use crate::fake_telegram::ChatTarget;
use crate::support::{AMAL, JOOST, SANNE};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_proposer_picks_an_arabic_interpreter_for_a_tigrinya_speaker_and_the_confirmation_says_arabic()
 {
    let c = cast().await;
    let tg = &c.bot.tg;
    let me = ChatTarget::Private;
    let m = tg.mark();
    tg.send_command(&c.sanne, me.clone(), "meet");
    let cal = c.bot.next_message(m, SANNE).await;
    let cal = c.next_month(&c.sanne, me.clone(), &cal, SANNE).await;
    let cal = c
        .pick(&c.sanne, me.clone(), &cal, "2", "10:00", SANNE)
        .await;
    let cal = c
        .pick(&c.sanne, me.clone(), &cal, "3", "10:00", SANNE)
        .await;
    let place = c
        .press(&c.sanne, me.clone(), &cal, &starting(&cal, "✅"), SANNE)
        .await;
    let interp = c
        .press(&c.sanne, me.clone(), &place, &starting(&place, "📞"), SANNE)
        .await;

    // "Another language" shows the thirteen languages by their own names.
    let other = c.nl(Msg::new("meeting-button-interpreter-other"));
    let langs = c
        .press(
            &c.sanne,
            me.clone(),
            &interp,
            &exact(&interp, &other),
            SANNE,
        )
        .await;
    assert_eq!(
        crate::driver::text_of(&langs),
        c.nl(Msg::new("meeting-ask-interpreter-language"))
    );
    let native = |l: Lang| c.nl(Msg::new("language-native").lang("code", l));
    for l in Lang::ALL {
        exact(&langs, &native(l));
    }
    let m = tg.mark();
    tg.press_button(
        &c.sanne,
        me.clone(),
        langs.message_id,
        &exact(&langs, &native(Lang::Ar)),
    );
    let ask = |chat| tg.wait_for_since(m, chat, |s| s.buttons().iter().any(|(t, _)| t == "✅ 1"));
    let asks = [ask(SANNE).await, ask(JOOST).await, ask(AMAL).await];
    let stored: Option<String> = sqlx::query_scalar("SELECT interpreter_lang FROM meetings")
        .fetch_one(&c.bot.pool)
        .await
        .unwrap();
    assert_eq!(stored.as_deref(), Some("ar"));

    // All three can at the first time; Sanne confirms; Amal reads "interpreter: Arabic".
    for (who, a) in [(&c.amal, &asks[2]), (&c.joost, &asks[1])] {
        let m = tg.mark();
        tg.press_button(who, me.clone(), a.message_id, &exact(a, "✅ 1"));
        // The answer edits the round's board in Sanne's chat (issue 12).
        tg.wait_for_since(m, SANNE, |s| s.method == "editMessageText")
            .await;
    }
    let m = tg.mark();
    tg.press_button(
        &c.sanne,
        me.clone(),
        asks[0].message_id,
        &exact(&asks[0], "✅ 1"),
    );
    let slot = at("2026-04-02T08:00:00Z");
    let suits = c
        .bot
        .expect_text(
            m,
            SANNE,
            &c.nl(Msg::new("meeting-suits-all").date_time("at", slot)),
        )
        .await;
    let m = tg.mark();
    tg.press_button(
        &c.sanne,
        me.clone(),
        suits.message_id,
        &starting(&suits, "✅"),
    );
    let confirmed = Msg::new("meeting-confirmed")
        .date_time("at", slot)
        .msg("place", Msg::new("meeting-place").code("place", "phone"))
        .msg(
            "interpreter",
            Msg::new("meeting-interpreter-yes").lang("language", Lang::Ar),
        );
    c.bot
        .expect_text(m, AMAL, &c.bot.text(Lang::Ti, confirmed))
        .await;
    c.bot.stop().await;
}
