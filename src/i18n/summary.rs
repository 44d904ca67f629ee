//! The plan's summary document for the case file (issue 3): one self-contained HTML page (inline
//! CSS with print rules, no external resources) with the same content in two languages, one
//! after the other — Dutch for the file and the status holder's language for them. Each part
//! carries its own `lang` and `dir`, so right-to-left text lays out correctly in a browser and
//! in print. Every word comes from a Fluent message; everything rendered is HTML-escaped, so
//! nothing a person typed can become markup. What a person typed (names, agreement texts, the
//! reference) arrives from `I18n::render` inside FSI…PDI; here each such isolate becomes a
//! `<bdi>` element and any other bidi control is dropped, so no typed value can reorder a line
//! of the document (issue 10).

use crate::domain::{Lang, is_invisible};

use super::{FSI, I18n, Msg, PDI};

/// A table of the document: a heading, column titles, rows of cells.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SummaryTable {
    pub heading: Msg,
    pub columns: Vec<Msg>,
    pub rows: Vec<Vec<Msg>>,
}

/// What the document says, as messages and values; rendered per language at the edge.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SummaryDoc {
    /// The language of the second part (the status holder's).
    pub holder_lang: Lang,
    pub title: Msg,
    /// Label and value pairs shown under the title (reference, option, …).
    pub facts: Vec<(Msg, Msg)>,
    /// A note under the facts (e.g. that free text is not translated).
    pub note: Msg,
    pub tables: Vec<SummaryTable>,
    /// Shown in a table without rows.
    pub empty: Msg,
}

const CSS: &str = "\
body{font-family:system-ui,'Noto Sans','Noto Sans Arabic','Noto Sans Ethiopic',Arial,sans-serif;\
margin:2em;color:#111;line-height:1.4}\
article{max-width:60em;margin:0 auto 3em}\
h1{font-size:1.5em;margin:0 0 .5em}h2{font-size:1.15em;margin:1.5em 0 .4em}\
dl{display:grid;grid-template-columns:max-content 1fr;gap:.2em 1em;margin:0}\
dt{font-weight:bold}dd{margin:0}\
.note{font-style:italic;color:#444}\
table{border-collapse:collapse;width:100%}\
th,td{border:1px solid #999;padding:.3em .5em;text-align:start;vertical-align:top}\
th{background:#eee}\
@page{size:A4;margin:15mm}\
@media print{body{margin:0}article{max-width:none}article+article{break-before:page}\
tr{break-inside:avoid}thead{display:table-header-group}th{background:none}}";

/// Escapes text for HTML element content and attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// Rendered text as HTML content: escaped, each FSI…PDI isolate as `<bdi>…</bdi>` (balanced
/// even if the text is not), every other invisible control dropped.
pub fn html_text(rendered: &str) -> String {
    let mut out = String::with_capacity(rendered.len() + 16);
    let mut open = 0usize;
    for c in rendered.chars() {
        match c {
            FSI => {
                open += 1;
                out.push_str("<bdi>");
            }
            PDI if open > 0 => {
                open -= 1;
                out.push_str("</bdi>");
            }
            c if is_invisible(c) => {}
            c => out.push_str(&escape(c.encode_utf8(&mut [0; 4]))),
        }
    }
    for _ in 0..open {
        out.push_str("</bdi>");
    }
    out
}

/// Rendered text where no markup can go (the `<title>`): escaped, without any invisible control.
fn plain_text(rendered: &str) -> String {
    escape(&rendered.replace(is_invisible, ""))
}

/// The whole document: `first` (Dutch, for the file), then `second` (the status holder's
/// language) unless it is the same.
pub fn summary_html(i18n: &I18n, first: Lang, second: Lang, doc: &SummaryDoc) -> String {
    let mut html = format!(
        "<!DOCTYPE html>\n<html lang=\"{}\" dir=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <title>{}</title>\n<style>{CSS}</style>\n</head>\n<body>\n",
        first.id(),
        dir(first),
        plain_text(&i18n.render(first, &doc.title)),
    );
    html.push_str(&part(i18n, first, doc));
    if second != first {
        html.push_str(&part(i18n, second, doc));
    }
    html.push_str("</body>\n</html>\n");
    html
}

fn dir(lang: Lang) -> &'static str {
    if lang.is_rtl() { "rtl" } else { "ltr" }
}

/// One language's part of the document.
fn part(i18n: &I18n, lang: Lang, doc: &SummaryDoc) -> String {
    let t = |m: &Msg| html_text(&i18n.render(lang, m));
    let mut html = format!(
        "<article lang=\"{}\" dir=\"{}\">\n<h1>{}</h1>\n<dl>\n",
        lang.id(),
        dir(lang),
        t(&doc.title)
    );
    for (label, value) in &doc.facts {
        html.push_str(&format!("<dt>{}</dt><dd>{}</dd>\n", t(label), t(value)));
    }
    html.push_str(&format!("</dl>\n<p class=\"note\">{}</p>\n", t(&doc.note)));
    for table in &doc.tables {
        html.push_str(&format!(
            "<h2>{}</h2>\n<table>\n<thead><tr>",
            t(&table.heading)
        ));
        for c in &table.columns {
            html.push_str(&format!("<th>{}</th>", t(c)));
        }
        html.push_str("</tr></thead>\n<tbody>\n");
        if table.rows.is_empty() {
            html.push_str(&format!(
                "<tr><td colspan=\"{}\">{}</td></tr>\n",
                table.columns.len().max(1),
                t(&doc.empty)
            ));
        }
        for row in &table.rows {
            html.push_str("<tr>");
            for cell in row {
                html.push_str(&format!("<td>{}</td>", t(cell)));
            }
            html.push_str("</tr>\n");
        }
        html.push_str("</tbody>\n</table>\n");
    }
    html.push_str("</article>\n");
    html
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(holder_lang: Lang, typed: &str) -> SummaryDoc {
        SummaryDoc {
            holder_lang,
            title: Msg::new("plan-summary-title").code("reference", "UTR-7"),
            facts: vec![(
                Msg::new("plan-summary-fact-option"),
                Msg::new("plan-option").code("option", "combined"),
            )],
            note: Msg::new("plan-summary-note"),
            tables: vec![SummaryTable {
                heading: Msg::new("plan-summary-items"),
                columns: vec![Msg::new("plan-summary-col-what")],
                rows: vec![vec![Msg::new("plan-free-text").name("text", typed)]],
            }],
            empty: Msg::new("plan-summary-empty"),
        }
    }

    #[test]
    fn escaping_covers_every_markup_character() {
        for (raw, want) in [
            ("plain", "plain"),
            ("<b>", "&lt;b&gt;"),
            ("a & b", "a &amp; b"),
            ("\"q\" 'q'", "&quot;q&quot; &#39;q&#39;"),
            (
                "<script>alert(1)</script>",
                "&lt;script&gt;alert(1)&lt;/script&gt;",
            ),
        ] {
            assert_eq!(escape(raw), want, "{raw}");
        }
    }

    #[test]
    fn typed_text_is_escaped_in_both_languages() {
        let i18n = I18n::load().unwrap();
        let html = summary_html(&i18n, Lang::Nl, Lang::Ar, &doc(Lang::Ar, "<b>x</b> & y"));
        assert!(!html.contains("<b>"), "{html}");
        assert_eq!(
            html.matches("&lt;b&gt;x&lt;/b&gt; &amp; y").count(),
            2,
            "{html}"
        );
    }

    #[test]
    fn the_right_to_left_part_is_marked_and_both_languages_are_there() {
        let i18n = I18n::load().unwrap();
        let d = doc(Lang::Ar, "tolk");
        let html = summary_html(&i18n, Lang::Nl, Lang::Ar, &d);
        assert!(html.contains("<article lang=\"nl\" dir=\"ltr\">"), "{html}");
        assert!(html.contains("<article lang=\"ar\" dir=\"rtl\">"), "{html}");
        for lang in [Lang::Nl, Lang::Ar] {
            assert!(
                html.contains(&escape(&i18n.render(lang, &d.title))),
                "{lang:?}"
            );
            let option = Msg::new("plan-option").code("option", "combined");
            assert!(
                html.contains(&escape(&i18n.render(lang, &option))),
                "{lang:?}"
            );
        }
        assert!(html.contains("@media print"));
        assert!(!html.contains("http"), "no external resources");
    }

    #[test]
    fn typed_text_is_isolated_in_bdi_and_carries_no_bidi_controls() {
        let i18n = I18n::load().unwrap();
        let typed = "Ama\u{202E}l \u{2066}tolk\u{200B} مرحبا\u{2069}";
        let html = summary_html(&i18n, Lang::Nl, Lang::Ar, &doc(Lang::Ar, typed));
        assert!(!html.chars().any(is_invisible), "{html:?}");
        assert_eq!(
            html.matches("<bdi>Amal tolk مرحبا</bdi>").count(),
            2,
            "{html}"
        );
        assert_eq!(
            html.matches("<bdi>").count(),
            html.matches("</bdi>").count()
        );
        // The title carries no markup and no marks.
        let title = html
            .split("<title>")
            .nth(1)
            .unwrap()
            .split("</title>")
            .next()
            .unwrap();
        assert!(
            !title.contains('<') && !title.chars().any(is_invisible),
            "{title:?}"
        );
    }

    #[test]
    fn stray_isolates_never_unbalance_the_html() {
        for (raw, want) in [
            ("a\u{2068}b\u{2069}c", "a<bdi>b</bdi>c"),
            ("a\u{2069}b", "ab"),
            ("\u{2068}<x>", "<bdi>&lt;x&gt;</bdi>"),
            ("\u{202E}\u{2066}x\u{2069}", "x"),
        ] {
            assert_eq!(html_text(raw), want, "{raw:?}");
        }
    }

    #[test]
    fn a_dutch_status_holder_gets_one_part_only() {
        let i18n = I18n::load().unwrap();
        let html = summary_html(&i18n, Lang::Nl, Lang::Nl, &doc(Lang::Nl, "x"));
        assert_eq!(html.matches("<article").count(), 1);
        assert!(!html.contains("rtl"));
    }

    #[test]
    fn an_empty_table_says_so() {
        let i18n = I18n::load().unwrap();
        let mut d = doc(Lang::Fa, "x");
        d.tables[0].rows.clear();
        let html = summary_html(&i18n, Lang::Nl, Lang::Fa, &d);
        let empty = escape(&i18n.render(Lang::Fa, &d.empty));
        assert!(html.contains(&empty), "{html}");
        assert!(html.contains("<article lang=\"fa\" dir=\"rtl\">"));
    }
}
