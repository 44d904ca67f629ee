//! Every locale is complete and consistent with the Dutch source: the same message ids, the same
//! variables, no syntax errors, the glossary's terms used, and every id the code uses exists.

use std::collections::{BTreeMap, BTreeSet};

use driegesprek::i18n::{FILES, SOURCES};
use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use fluent_syntax::parser;

/// Per message: its variables, the messages it references, and its text without placeables.
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
            PatternElement::Placeable { expression } => walk_expr(expression, info),
        }
    }
}

fn walk_expr(e: &Expression<&str>, info: &mut Info) {
    match e {
        Expression::Select { selector, variants } => {
            walk_inline(selector, info);
            for v in variants {
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
fn twelve_locales_are_shipped() {
    let ids: BTreeSet<&str> = SOURCES.iter().map(|(id, _)| *id).collect();
    let want: BTreeSet<&str> = [
        "nl", "en", "ar", "ti", "tr", "kmr", "fa", "so", "ckb", "ps", "am", "fr",
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
