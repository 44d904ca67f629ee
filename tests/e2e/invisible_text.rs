//! Names and typed text cannot reorder a screen (issue 10, finding 5): a holder name typed with
//! a right-to-left override, zero-width spaces and isolates is stored without them, and every
//! Dutch message that shows it holds it inside one balanced FSI…PDI isolate.

use driegesprek::domain::is_invisible;

use crate::bad_input::{open_case_as, sanne_opening_a_case};

const FSI: char = '\u{2068}';
const PDI: char = '\u{2069}';

#[tokio::test]
async fn a_holder_name_with_an_override_and_zero_width_characters_is_stored_and_shown_without_them()
{
    let (bot, sanne) = sanne_opening_a_case().await;
    let m = bot.tg.mark();
    // "Amal" with an RLO that would turn the rest of the line around, a zero-width space, a
    // stray LRI, a BOM and an RLM; the reference with an LRO. ZWNJ in a Persian name stays.
    open_case_as(
        &bot,
        &sanne,
        "\u{202E}Am\u{200B}al\u{2066} \u{FEFF}می\u{200C}نا\u{200F}",
        "GEM-\u{202D}9",
    )
    .await;
    bot.tg.quiet().await;

    let (name, reference): (String, String) =
        sqlx::query_as("SELECT holder_name, reference FROM cases")
            .fetch_one(&bot.pool)
            .await
            .unwrap();
    assert_eq!(name, "Amal می\u{200C}نا");
    assert_eq!(reference, "GEM-9");
    let stored = bot.rows_of(&["cases", "dialogs", "invites"]).await;
    assert!(!stored.chars().any(is_invisible), "{stored:?}");

    let shown: Vec<String> = bot
        .tg
        .sent_since(m)
        .into_iter()
        .filter_map(|s| s.text)
        .filter(|t| t.contains("Amal"))
        .collect();
    assert!(shown.len() >= 2, "the name is shown back: {shown:?}");
    for text in &shown {
        let foreign: Vec<char> = text
            .chars()
            .filter(|c| is_invisible(*c) && *c != FSI && *c != PDI)
            .collect();
        assert!(foreign.is_empty(), "{foreign:?} in {text:?}");
        assert!(
            text.contains(&format!("{FSI}Amal می\u{200C}نا{PDI}")),
            "the name is isolated: {text:?}"
        );
        assert_eq!(text.matches(FSI).count(), text.matches(PDI).count());
        // The reference is a code: shown without marks, so it can be copied.
        if text.contains("GEM-9") {
            assert!(!text.contains(&format!("{FSI}GEM-9")), "{text:?}");
        }
    }
    bot.stop().await;
}
