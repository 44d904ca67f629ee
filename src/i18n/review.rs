//! For translators: every message of a locale beside the Dutch source, with sample arguments,
//! grouped by file (one file per screen or feature). `driegesprek locale show <id>` prints it.

use chrono::{NaiveDate, TimeZone, Utc};
use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};

use super::{FILES, I18n, Msg, SOURCES};
use crate::domain::Lang;

/// The variables a pattern uses, in order of first use.
fn variables(pattern: &Pattern<&'static str>, out: &mut Vec<&'static str>) {
    for el in &pattern.elements {
        if let PatternElement::Placeable { expression } = el {
            expression_vars(expression, out);
        }
    }
}

fn expression_vars(e: &Expression<&'static str>, out: &mut Vec<&'static str>) {
    match e {
        Expression::Select { selector, variants } => {
            inline_vars(selector, out);
            for v in variants {
                variables(&v.value, out);
            }
        }
        Expression::Inline(i) => inline_vars(i, out),
    }
}

fn inline_vars(i: &InlineExpression<&'static str>, out: &mut Vec<&'static str>) {
    match i {
        InlineExpression::VariableReference { id } if !out.contains(&id.name) => {
            out.push(id.name);
        }
        InlineExpression::Placeable { expression } => expression_vars(expression, out),
        // A referenced message sees the same arguments: its variables count as ours.
        InlineExpression::MessageReference { id, .. } => {
            if let Some(pattern) = dutch_pattern(id.name) {
                variables(&pattern, out);
            }
        }
        _ => {}
    }
}

/// The Dutch pattern of a message, from any file.
fn dutch_pattern(id: &str) -> Option<Pattern<&'static str>> {
    let (_, files) = SOURCES.iter().find(|(l, _)| *l == "nl")?;
    files.iter().find_map(|src| {
        fluent_syntax::parser::parse(*src)
            .ok()?
            .body
            .into_iter()
            .find_map(|e| match e {
                Entry::Message(m) if m.id.name == id => m.value,
                _ => None,
            })
    })
}

/// A plausible value for a variable, chosen by its name.
fn sample(msg: Msg, var: &'static str) -> Msg {
    let key = var;
    let at = Utc
        .with_ymd_and_hms(2026, 3, 30, 8, 0, 0)
        .single()
        .unwrap_or_default();
    let day = NaiveDate::from_ymd_opt(2026, 6, 1).unwrap_or_default();
    match var {
        "language" | "code" => msg.lang(key, Lang::Ti),
        "kind" => msg.code(key, "gemeente"),
        "link" | "group_link" | "url" => {
            msg.code(key, "https://t.me/driegesprek_bot?start=0123abcd")
        }
        "reference" => msg.code(key, "GEM-2026-0042"),
        v if v.contains("count")
            || v.contains("cases")
            || ["max", "hidden", "days", "n"].contains(&v) =>
        {
            msg.num(key, 2)
        }
        v if v.contains("expires") || v.ends_with("_at") || v == "at" || v == "when" => {
            msg.date_time(key, at)
        }
        v if v.contains("date")
            || v.contains("matching")
            || v.contains("housing")
            || v.contains("due") =>
        {
            msg.date(key, day)
        }
        v if v.contains("org") || v == "coa" || v == "gemeente" || v == "counterpart" => {
            msg.name(key, "Gemeente Utrecht")
        }
        _ => msg.name(key, "Amanuel"),
    }
}

/// Every message of `lang`, file by file, with the Dutch source above it.
pub fn review(i18n: &I18n, lang: Lang) -> String {
    let mut out = String::new();
    let Some((_, nl_files)) = SOURCES.iter().find(|(id, _)| *id == "nl") else {
        return out;
    };
    for (file, source) in FILES.iter().zip(nl_files.iter()) {
        out.push_str(&format!("\n==== {file} ====\n"));
        let Ok(resource) = fluent_syntax::parser::parse(*source) else {
            continue;
        };
        for entry in resource.body {
            let Entry::Message(m) = entry else { continue };
            let mut vars = Vec::new();
            if let Some(p) = &m.value {
                variables(p, &mut vars);
            }
            let id = m.id.name;
            let msg = vars.iter().fold(Msg::new(id), |msg, v| sample(msg, v));
            out.push_str(&format!("\n[{id}]\n"));
            if lang != Lang::Nl {
                out.push_str(&format!("nl: {}\n", indent(&i18n.render(Lang::Nl, &msg))));
            }
            out.push_str(&format!(
                "{}: {}\n",
                lang.id(),
                indent(&i18n.render(lang, &msg))
            ));
        }
    }
    out
}

fn indent(text: &str) -> String {
    text.replace('\n', "\n    ")
}
