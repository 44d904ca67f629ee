//! How every locale renders (issue 7): a date on each weekday, plurals of 0, 1, 2, 5 and 11,
//! and right-to-left messages with a Dutch name and a URL that survives intact.

use chrono::NaiveDate;
use driegesprek::domain::Lang;
use driegesprek::i18n::{I18n, Msg};

const FSI: char = '\u{2068}';
const PDI: char = '\u{2069}';

fn i18n() -> I18n {
    I18n::load().expect("locales load")
}

#[test]
fn every_locale_shows_seven_different_weekdays_for_a_week_of_dates() {
    let i18n = i18n();
    for lang in Lang::ALL {
        let days: std::collections::BTreeSet<String> = (0..7)
            .map(|i| {
                let day = NaiveDate::from_ymd_opt(2026, 3, 30).unwrap() + chrono::Days::new(i);
                i18n.render(lang, &Msg::new("value-date").date("date", day))
            })
            .collect();
        assert_eq!(days.len(), 7, "{}: {days:?}", lang.id());
        assert!(
            days.iter().all(|d| !d.is_empty() && !d.contains('{')),
            "{}: {days:?}",
            lang.id()
        );
    }
}

#[test]
fn every_locale_renders_counts_of_0_1_2_5_and_11() {
    let i18n = i18n();
    for lang in Lang::ALL {
        let mut seen = Vec::new();
        for n in [0, 1, 2, 5, 11] {
            let msg = Msg::new("menu-staff")
                .name("name", "Sanne")
                .name("org", "Gemeente Utrecht")
                .num("cases", n);
            let text = i18n.render(lang, &msg);
            assert!(!text.contains('{'), "{} n={n}: {text}", lang.id());
            // Arabic writes two as a dual form ("حالتين"), without the digit.
            if n >= 5 {
                assert!(
                    text.contains(&n.to_string()),
                    "{} shows the number {n}: {text}",
                    lang.id()
                );
            }
            seen.push(text);
        }
        // 2, 5 and 11 differ at least by the number; 0 has its own wording.
        let distinct: std::collections::BTreeSet<_> = seen.iter().collect();
        assert_eq!(distinct.len(), 5, "{}: {seen:?}", lang.id());
    }
}

#[test]
fn every_message_keeps_a_name_isolated_and_a_url_intact() {
    let i18n = i18n();
    let url = "https://t.me/driegesprek_bot?start=0123456789abcdef0123456789abcdef01234567";
    let msg = Msg::new("case-holder-invite")
        .name("name", "Jan de Vries")
        .code("link", url)
        .date_time("expires", "2026-04-29T08:00:00Z".parse().unwrap());
    for lang in Lang::ALL {
        let text = i18n.render(lang, &msg);
        // The link is there byte for byte, with no invisible mark glued to it.
        let at = text
            .find(url)
            .unwrap_or_else(|| panic!("{}: url broken in {text:?}", lang.id()));
        let before = text[..at].chars().next_back();
        let after = text[at + url.len()..].chars().next();
        for c in [before, after].into_iter().flatten() {
            assert!(
                c.is_whitespace() || c.is_ascii_punctuation(),
                "{}: {c:?} touches the url",
                lang.id()
            );
        }
        // The name is isolated in every locale (issue 10): in a left-to-right sentence it may
        // be Arabic, in a right-to-left one Latin; one isolate, nothing else marked.
        assert!(
            text.contains(&format!("{FSI}Jan de Vries{PDI}")),
            "{}: {text:?}",
            lang.id()
        );
        assert_eq!(text.matches(FSI).count(), 1, "{}: {text:?}", lang.id());
    }
}

#[test]
fn a_case_reference_and_a_command_are_never_wrapped_in_marks() {
    let i18n = i18n();
    for lang in Lang::ALL {
        let text = i18n.render(
            lang,
            &Msg::new("case-opened").code("reference", "GEM-2026-0042"),
        );
        assert!(text.contains("GEM-2026-0042"), "{}: {text}", lang.id());
        assert!(
            !text.contains(FSI) && !text.contains(PDI),
            "{}: {text:?}",
            lang.id()
        );
        let help = i18n.render(lang, &Msg::new("help-holder"));
        assert!(
            help.contains("/menu") && help.contains("/language"),
            "{}: {help}",
            lang.id()
        );
    }
}

#[test]
fn persian_dari_and_pashto_readers_see_the_gregorian_date_of_a_dutch_appointment() {
    let i18n = i18n();
    let day = NaiveDate::from_ymd_opt(2026, 3, 30).unwrap();
    let fa = i18n.render(Lang::Fa, &Msg::new("value-date").date("date", day));
    assert!(fa.contains("مارس") && !fa.contains("فروردین"), "{fa}");
    // Dari: the month as Afghans write it (ICU fa-AF), in the same Persian digits.
    let prs = i18n.render(Lang::Prs, &Msg::new("value-date").date("date", day));
    assert!(prs.contains("مارچ") && prs.contains("۲۰۲۶"), "{prs}");
    assert!(!prs.contains("مارس") && !prs.contains("حمل"), "{prs}");
    let june = NaiveDate::from_ymd_opt(2026, 6, 1).unwrap();
    let soon = Msg::new("value-date").date("date", june);
    assert!(i18n.render(Lang::Prs, &soon).contains("جون"));
    assert!(i18n.render(Lang::Fa, &soon).contains("ژوئن"));
    let ps = i18n.render(Lang::Ps, &Msg::new("value-date").date("date", day));
    assert!(ps.contains("مارچ"), "{ps}");
}

/// `/help` names every command a reader can use (issue 12: it listed four of them).
#[test]
fn help_lists_the_commands_of_its_reader_in_every_language() {
    let i18n = i18n();
    for lang in Lang::ALL {
        let staff = i18n.render(
            lang,
            &Msg::new("help-staff").code("group_link", "https://t.me/x?startgroup=link"),
        );
        for command in [
            "/menu",
            "/newcase",
            "/cases",
            "/plan",
            "/meet",
            "/prepare",
            "/language",
            "/cancel",
            "/link",
        ] {
            assert!(
                staff.contains(command),
                "{}: {command} in {staff}",
                lang.id()
            );
        }
        let holder = i18n.render(lang, &Msg::new("help-holder"));
        for command in ["/menu", "/plan", "/prepare", "/language"] {
            assert!(
                holder.contains(command),
                "{}: {command} in {holder}",
                lang.id()
            );
        }
    }
}
