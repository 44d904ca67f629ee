//! Every locale is complete and consistent with the Dutch source: the same message ids, the same
//! variables, no syntax errors, the glossary's terms used, and every id the code uses exists.

use std::collections::{BTreeMap, BTreeSet};

use driegesprek::i18n::{FILES, SOURCES};
use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use fluent_syntax::parser;

/// Per message: its variables, the messages it references, and its text without placeables
/// (a space where a placeable was, a line break before each variant of a selector).
#[derive(Default, Debug)]
struct Info {
    vars: BTreeSet<String>,
    refs: BTreeSet<String>,
    text: String,
}

fn walk_pattern(p: &Pattern<&str>, info: &mut Info) {
    for el in &p.elements {
        match el {
            PatternElement::TextElement { value } => info.text.push_str(value),
            PatternElement::Placeable { expression } => {
                // A placeable separates words: "{ $version }. sürüm" must not glue to the word before.
                info.text.push(' ');
                walk_expr(expression, info);
            }
        }
    }
}

fn walk_expr(e: &Expression<&str>, info: &mut Info) {
    match e {
        Expression::Select { selector, variants } => {
            walk_inline(selector, info);
            for v in variants {
                // One variant's last word and the next one's first word are not one word.
                info.text.push('\n');
                walk_pattern(&v.value, info);
            }
        }
        Expression::Inline(i) => walk_inline(i, info),
    }
}

fn walk_inline(i: &InlineExpression<&str>, info: &mut Info) {
    match i {
        InlineExpression::VariableReference { id } => {
            info.vars.insert(id.name.to_string());
        }
        InlineExpression::MessageReference { id, .. } => {
            info.refs.insert(id.name.to_string());
        }
        InlineExpression::FunctionReference { arguments, .. }
        | InlineExpression::TermReference {
            arguments: Some(arguments),
            ..
        } => {
            for a in &arguments.positional {
                walk_inline(a, info);
            }
            for n in &arguments.named {
                walk_inline(&n.value, info);
            }
        }
        InlineExpression::Placeable { expression } => walk_expr(expression, info),
        _ => {}
    }
}

/// All messages of a locale, failing on any syntax error or duplicate id.
fn load(locale: &str, files: &[&str]) -> BTreeMap<String, Info> {
    let mut out = BTreeMap::new();
    for (name, src) in FILES.iter().zip(files) {
        let res = match parser::parse(*src) {
            Ok(r) => r,
            Err((_, errs)) => panic!("locales/{locale}/{name} has syntax errors: {errs:?}"),
        };
        for entry in res.body {
            match entry {
                Entry::Message(m) => {
                    let mut info = Info::default();
                    if let Some(v) = &m.value {
                        walk_pattern(v, &mut info);
                    }
                    let id = m.id.name.to_string();
                    assert!(
                        out.insert(id.clone(), info).is_none(),
                        "locales/{locale}: {id} is defined twice"
                    );
                }
                Entry::Junk { content } => panic!("locales/{locale}/{name}: junk {content:?}"),
                _ => {}
            }
        }
    }
    out
}

/// Variables a message uses, including those of the messages it references.
fn all_vars(msgs: &BTreeMap<String, Info>, id: &str, depth: usize) -> BTreeSet<String> {
    let Some(info) = msgs.get(id) else {
        return BTreeSet::new();
    };
    let mut vars = info.vars.clone();
    if depth < 5 {
        for r in &info.refs {
            vars.extend(all_vars(msgs, r, depth + 1));
        }
    }
    vars
}

fn locales() -> BTreeMap<&'static str, BTreeMap<String, Info>> {
    SOURCES
        .iter()
        .map(|(id, files)| (*id, load(id, files)))
        .collect()
}

#[test]
fn every_locale_has_exactly_the_dutch_messages_with_the_same_variables() {
    let all = locales();
    let nl = &all["nl"];
    let mut problems = Vec::new();
    for (locale, msgs) in &all {
        for id in nl.keys() {
            match msgs.get(id) {
                None => problems.push(format!("{locale}: missing {id}")),
                Some(_) => {
                    let want = all_vars(nl, id, 0);
                    let got = all_vars(msgs, id, 0);
                    if want != got {
                        problems.push(format!("{locale}: {id} uses {got:?}, nl uses {want:?}"));
                    }
                }
            }
        }
        for id in msgs.keys() {
            if !nl.contains_key(id) {
                problems.push(format!("{locale}: {id} is not in nl"));
            }
            for r in &msgs[id].refs {
                if !msgs.contains_key(r) {
                    problems.push(format!("{locale}: {id} references missing {r}"));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn thirteen_locales_are_shipped() {
    let ids: BTreeSet<&str> = SOURCES.iter().map(|(id, _)| *id).collect();
    let want: BTreeSet<&str> = [
        "nl", "en", "ar", "ti", "tr", "kmr", "prs", "fa", "so", "ckb", "ps", "am", "fr",
    ]
    .into();
    assert_eq!(ids, want);
}

#[test]
fn every_message_id_the_code_uses_exists_in_dutch() {
    let all = locales();
    let nl = &all["nl"];
    let mut missing = Vec::new();
    let mut stack = vec![std::path::PathBuf::from("src")];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            let src = std::fs::read_to_string(&path).unwrap();
            for part in src.split("Msg::new(\"").skip(1) {
                let id = part.split('"').next().unwrap();
                if !nl.contains_key(id) {
                    missing.push(format!("{}: {id}", path.display()));
                }
            }
        }
    }
    assert!(
        missing.is_empty(),
        "ids used in code but missing in nl:\n{}",
        missing.join("\n")
    );
}

/// The glossary: per locale, term id -> forms (lowercased).
fn glossary() -> BTreeMap<String, BTreeMap<String, Vec<String>>> {
    let text = std::fs::read_to_string("locales/GLOSSARY.md").unwrap();
    let mut out: BTreeMap<String, BTreeMap<String, Vec<String>>> = BTreeMap::new();
    let mut current: Option<String> = None;
    for line in text.lines() {
        if let Some(id) = line.strip_prefix("## ") {
            current = Some(id.trim().to_string());
            continue;
        }
        let Some(locale) = &current else { continue };
        let cells: Vec<&str> = line
            .trim()
            .trim_matches('|')
            .split('|')
            .map(str::trim)
            .collect();
        if cells.len() != 2 || cells[0] == "term" || cells[0].starts_with("---") {
            continue;
        }
        let forms = cells[1]
            .split(" ; ")
            .map(|f| f.trim().to_lowercase())
            .filter(|f| !f.is_empty())
            .collect();
        out.entry(locale.clone())
            .or_default()
            .insert(cells[0].to_string(), forms);
    }
    out
}

/// A Dutch form used as a whole word (so "coa" does not match "coaching").
fn uses_word(text: &str, form: &str) -> bool {
    let text = text.to_lowercase();
    text.match_indices(form).any(|(i, _)| {
        let before = text[..i].chars().next_back();
        let after = text[i + form.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

#[test]
fn translations_use_the_glossary_terms_of_their_dutch_source() {
    let all = locales();
    let gloss = glossary();
    let nl_terms = &gloss["nl"];
    let mut problems = Vec::new();
    for (locale, msgs) in &all {
        if *locale == "nl" {
            continue;
        }
        let Some(terms) = gloss.get(*locale) else {
            problems.push(format!("{locale}: no section in locales/GLOSSARY.md"));
            continue;
        };
        for (id, info) in &all["nl"] {
            if id.starts_with("language-") {
                continue;
            }
            let Some(translated) = msgs.get(id) else {
                continue;
            };
            let translated = translated.text.to_lowercase();
            for (term, nl_forms) in nl_terms {
                if !nl_forms.iter().any(|f| uses_word(&info.text, f)) {
                    continue;
                }
                let forms = terms.get(term).cloned().unwrap_or_default();
                if !forms.iter().any(|f| translated.contains(f.as_str())) {
                    problems.push(format!("{locale}: {id} should use {term} ({forms:?})"));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_readme_states_the_review_status_of_every_locale() {
    let readme = std::fs::read_to_string("README.md").unwrap();
    let statuses = ["source", "machine-prepared", "reviewed", "in use"];
    for (id, _) in SOURCES {
        let row = readme
            .lines()
            .find(|l| l.starts_with(&format!("| {id} |")))
            .unwrap_or_else(|| panic!("README lists no status for {id}"));
        let status = row
            .trim_end_matches('|')
            .rsplit('|')
            .next()
            .unwrap_or("")
            .trim();
        assert!(
            statuses.contains(&status),
            "{id}: unknown status {status:?}"
        );
    }
}

/// Messages in these files are all read by the status holder (the preparation questionnaire with
/// its answers, consent and checklists; the privacy notice and overview). prepare.ftl also holds
/// a few staff-side messages (agenda editor, staff overview); they are held to the same register,
/// which does no harm: one register per locale.
const HOLDER_FILES: [&str; 2] = ["holder.ftl", "prepare.ftl"];

/// Messages from the other files that the status holder reads: the translation review's sample
/// (`../shared/reviews/translations-2026-12.md`) and what `src/app/` sends to the holder's chat.
const HOLDER_IDS: &[&str] = &[
    // plan.ftl: the plan's items in plain words (issue 15)
    "plan-kind-holder",
    "plan-owner-holder",
    "plan-item-holder",
    // common.ftl
    "language-choose",
    "language-set",
    "help-holder",
    "error-expected-text",
    "error-button-stale",
    "error-not-saved",
    "hint-use-menu",
    // plan.ftl
    "plan-option-holder",
    "plan-ask-programme",
    "plan-programme-thanks",
    "plan-kind",
    "button-plan-agree",
    "button-plan-question",
    "plan-thanks",
    "plan-question-sent",
    "plan-ask-question",
    "plan-holder-cannot-change",
    "plan-long-wait-holder",
    "plan-outdated",
    // meeting.ftl
    "meeting-slots-ask",
    "meeting-answer-saved",
    "meeting-not-your-party",
    "meeting-confirmed",
    "meeting-place",
    "meeting-button-cant-come",
    "meeting-ask-reason",
    "meeting-reason",
    "meeting-cant-come",
    "meeting-party",
    "meeting-moved",
    "meeting-cancelled",
    "meeting-round-cancelled",
    "meeting-slots-reminder",
    "meeting-soon",
    // life.ftl
    "life-closed-holder",
];

/// A form that must not be used when speaking to the status holder. Words are runs of
/// alphanumeric characters (so Ethiopic ። and ፡, Arabic ، and ؟, and the zero-width non-joiner
/// end a word), compared in lower case.
enum Informal {
    /// This word on its own.
    Word(&'static str),
    /// A word ending in this suffix (and longer than it).
    Ending(&'static str),
    /// A word that starts with one of these prefixes and ends in the suffix.
    Verb(&'static [&'static str], &'static str),
}

/// Per locale, the informal or wrong forms of "you" that must not reach the status holder:
/// - nl: the source says "u", never "je/jij/jouw".
/// - ti: polite plural ‑ኩም/‑ኹም; informal masculine singular ‑ካ/‑ኻ (ሰብካ, ኢኻ, ሕቶኻ) and
///   feminine ‑ኺ are out (review T1–T5).
/// - ckb: plural ئێوە/‑تان; singular تۆ, خۆت, ‑ەکەت/‑ەکانت ("your" on a definite noun),
///   دەتەوێت/بتەوێت and 2nd singular verbs دە‑/نا‑/ب‑ … ‑یت (دەتوانیت, بکەیت) are out (C1).
/// - kmr: "hûn/we"; the pronoun "te" and 2nd singular verbs di‑/bi‑ … ‑î (dixwazî, dikarî,
///   biaxivî; nikarî, naxwazî) are out (R1). "tu" itself is not banned: it is also "any/no"
///   (tu dosya, tu hevdîtin), and a singular "tu" always comes with such a verb. (A verb whose
///   stem ends in î, like "dijî" in "ew dijî", would be flagged wrongly; none is used today.)
/// - fr: vous; tu, te, toi, ton, ta, tes are out.
/// - tr: siz; sen, seni, sana, senin, sende are out.
/// - fa: شما; تو and خودت are out.
/// - prs (Dari): شما, as in fa; تو, خودت, برایت and the 2nd singular verbs می‌توانی/نمی‌توانی and
///   می‌خواهی are out (the zero-width non-joiner ends the word, so "می‌توانی" is "می" and "توانی").
/// - am: እርስዎ; አንተ, አንቺ, ያንተ, ያንቺ are out.
///
/// ar (masculine singular, the usual UI register), so (no formal "you"), ps and en are consistent
/// and have no list.
fn informal_forms(locale: &str) -> &'static [Informal] {
    use Informal::*;
    match locale {
        "nl" => &[Word("je"), Word("jij"), Word("jou"), Word("jouw")],
        "ti" => &[Ending("ካ"), Ending("ኻ"), Ending("ኺ")],
        "ckb" => &[
            Word("تۆ"),
            Word("خۆت"),
            Ending("ەکەت"),
            Ending("ەکانت"),
            Word("دەتەوێت"),
            Word("بتەوێت"),
            Verb(&["دە", "نا", "ب"], "یت"),
        ],
        "kmr" => &[Word("te"), Verb(&["di", "bi", "nikar", "naxwaz"], "î")],
        "fr" => &[
            Word("tu"),
            Word("te"),
            Word("toi"),
            Word("ton"),
            Word("ta"),
            Word("tes"),
        ],
        "tr" => &[
            Word("sen"),
            Word("seni"),
            Word("sana"),
            Word("senin"),
            Word("sende"),
        ],
        "fa" => &[Word("تو"), Word("خودت")],
        "prs" => &[
            Word("تو"),
            Word("خودت"),
            Word("برایت"),
            Word("توانی"),
            Word("خواهی"),
        ],
        "am" => &[Word("አንተ"), Word("አንቺ"), Word("ያንተ"), Word("ያንቺ")],
        _ => &[],
    }
}

/// The informal forms a text uses, as found.
fn informal_uses(text: &str, forms: &[Informal]) -> Vec<String> {
    let text = text.to_lowercase();
    let words: Vec<&str> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let is_verb = |w: &str, prefixes: &[&str], suffix: &str| {
        w.len() > suffix.len() && w.ends_with(suffix) && prefixes.iter().any(|p| w.starts_with(p))
    };
    let mut found = Vec::new();
    for w in &words {
        for form in forms {
            let hit = match form {
                Informal::Word(f) => w == f,
                Informal::Ending(s) => w.len() > s.len() && w.ends_with(s),
                Informal::Verb(prefixes, suffix) => is_verb(w, prefixes, suffix),
            };
            if hit {
                found.push(w.to_string());
            }
        }
    }
    found
}

/// The ids of the messages the status holder reads: every message in `HOLDER_FILES`, and
/// `HOLDER_IDS`.
fn holder_ids() -> BTreeSet<String> {
    let mut ids: BTreeSet<String> = HOLDER_IDS.iter().map(|s| s.to_string()).collect();
    let (_, nl_files) = SOURCES.iter().find(|(id, _)| *id == "nl").unwrap();
    for (name, src) in FILES.iter().zip(nl_files) {
        if !HOLDER_FILES.contains(name) {
            continue;
        }
        let res = parser::parse(*src).expect("nl parses");
        for entry in res.body {
            if let Entry::Message(m) = entry {
                ids.insert(m.id.name.to_string());
            }
        }
    }
    ids
}

/// The register check: each locale speaks to the status holder in one form of "you" (polite
/// plural in ti, ckb and kmr; vous, siz, شما (fa and prs), እርስዎ; "u" in Dutch). A message the holder reads
/// (see `holder_ids`) must not use a form from `informal_forms`. The review of December 2026
/// found ti plan.ftl, ckb plan/meeting/prepare and kmr prepare.ftl slipping into the informal
/// singular; this keeps that from coming back.
#[test]
fn messages_to_the_status_holder_keep_the_register_of_their_locale() {
    let all = locales();
    let ids = holder_ids();
    for id in HOLDER_IDS {
        assert!(all["nl"].contains_key(*id), "HOLDER_IDS: {id} is not in nl");
    }
    let mut problems = Vec::new();
    for (locale, msgs) in &all {
        let forms = informal_forms(locale);
        for id in &ids {
            let Some(info) = msgs.get(id) else { continue };
            let used = informal_uses(&info.text, forms);
            if !used.is_empty() {
                problems.push(format!("{locale}: {id} uses informal {used:?}"));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_register_check_finds_informal_forms_and_spares_look_alikes() {
    let forms = |l| informal_forms(l);
    assert_eq!(
        informal_uses("ሕቶኻ ጽሓፍ። ናይ ርክብ ሰብካ", forms("ti")),
        ["ሕቶኻ", "ሰብካ"]
    );
    assert!(informal_uses("ሕቶኹም ጽሓፉ። ናይ ርክብ ሰብኩም", forms("ti")).is_empty());
    assert_eq!(
        informal_uses("ناتوانیت ئەمە بگۆڕیت. بەرپرسەکەت", forms("ckb")),
        ["ناتوانیت", "بگۆڕیت", "بەرپرسەکەت"]
    );
    assert!(informal_uses("ناتوانن ئەمە بگۆڕن. بەرپرسەکەتان، پیت، پەشتۆ", forms("ckb")).is_empty());
    assert_eq!(
        informal_uses(
            "Tu di hevdîtinê de wergêrekî dixwazî? Pirsên te",
            forms("kmr")
        ),
        ["dixwazî", "te"]
    );
    assert!(informal_uses("Hêj tu hevdîtin nîne. Hûn dixwazin, nivîsî", forms("kmr")).is_empty());
    assert_eq!(
        informal_uses("Tu peux choisir ta langue", forms("fr")),
        ["tu", "ta"]
    );
    assert!(informal_uses("Vous choisissez. Notez", forms("fr")).is_empty());
    assert_eq!(
        informal_uses("تو نمی‌توانی بیایی؟ برایت می‌فرستم", forms("prs")),
        ["تو", "توانی", "برایت"]
    );
    assert!(informal_uses("شما آمده نمی‌توانید؟ برای شما می‌فرستیم. توافق", forms("prs")).is_empty());
}

/// Words of Iranian Persian that a Dari reader writes otherwise: the municipality شاروالی (not
/// شهرداری), the interpreter ترجمان (مترجم), Dutch هالندی (هلندی), a case file دوسیه (پرونده),
/// information معلومات (اطلاعات), yes بلی (بله), thank you تشکر (متشکرم), now حالا (الان),
/// telephone تیلفون (تلفن), school مکتب (مدرسه), computer کمپیوتر (کامپیوتر). `prs` must not use
/// them; its Persian neighbour `fa` may (the language's own names in `language-native` and
/// `language-choose-any` are the same in every locale and not checked).
const IRANIAN_NOT_DARI: &[&str] = &[
    "شهرداری",
    "مترجم",
    "هلند",
    "هلندی",
    "پرونده",
    "اطلاعات",
    "بله",
    "متشکرم",
    "الان",
    "تلفن",
    "تلفنی",
    "مدرسه",
    "کامپیوتر",
];

#[test]
fn dari_uses_the_afghan_words_where_persian_has_others() {
    let all = locales();
    let forms: Vec<Informal> = IRANIAN_NOT_DARI.iter().map(|w| Informal::Word(w)).collect();
    let mut problems = Vec::new();
    for (id, info) in &all["prs"] {
        if id == "language-native" || id == "language-choose-any" {
            continue;
        }
        let used = informal_uses(&info.text, &forms);
        if !used.is_empty() {
            problems.push(format!("prs: {id} uses {used:?}"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    // The check finds them, and the Persian texts do use them, so the two locales differ.
    assert_eq!(
        informal_uses("شهرداری‌ها و مترجم", &forms),
        ["شهرداری", "مترجم"]
    );
    let fa_uses = all["fa"]
        .values()
        .any(|info| !informal_uses(&info.text, &forms).is_empty());
    assert!(fa_uses, "fa should be Persian as written in Iran");
}
