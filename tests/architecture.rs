//! The architecture holds (issue 11): no import cycle between the modules of `src/` (`app` as
//! one), none between the feature folders of `src/app/`, `app/common/` uses no feature, and the
//! pure core (`domain/`, `workflow/`) names neither teloxide, sqlx, tokio nor the clock. Read
//! from the source text: a `crate::…` path is an import of that module (use lines and inline
//! paths alike); comments and `#[cfg(test)] mod tests { … }` are left out. Calls through
//! `impl App` methods are not imports; `app/mod.rs`, the router, is not a feature.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

type Graph = BTreeMap<String, BTreeSet<String>>;

const FEATURES: [&str; 11] = [
    "case",
    "caseload",
    "common",
    "explain",
    "holder",
    "life",
    "meeting",
    "plan",
    "prepare",
    "privacy",
    "reminders",
];

/// The unit a module path belongs to: a top-level module, or `app::<feature>`.
fn unit(path: &[&str]) -> Option<String> {
    let first = *path.first()?;
    if first == "app"
        && let Some(f) = path.get(1)
        && FEATURES.contains(f)
    {
        return Some(format!("app::{f}"));
    }
    Some(first.to_string())
}

/// The source without comments and without its test module.
fn code(src: &str) -> String {
    let src = match src.find("#[cfg(test)]\nmod tests {") {
        Some(i) => &src[..i],
        None => src,
    };
    src.lines()
        .map(|l| match l.find("//") {
            Some(i) => &l[..i],
            None => l,
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Every `crate::a::b…` path in the code, and the members of `crate::app::{…}` groups.
fn imports(code: &str) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    for (i, _) in code.match_indices("crate::") {
        let rest = &code[i + "crate::".len()..];
        let path: String = rest
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == ':')
            .collect();
        let parts: Vec<String> = path
            .split("::")
            .filter(|p| !p.is_empty())
            .map(String::from)
            .collect();
        let after = &rest[path.len()..];
        if after.starts_with('{')
            && let Some(end) = after.find('}')
        {
            for member in after[1..end].split(',') {
                let mut p = parts.clone();
                p.extend(member.trim().split("::").map(|s| s.trim().to_string()));
                out.push(p);
            }
        }
        out.push(parts);
    }
    out
}

fn walk(dir: &Path, files: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            walk(&path, files);
        } else if path.extension().is_some_and(|e| e == "rs") {
            files.push(path);
        }
    }
}

/// The module path of a file under `src/`.
fn module_of(file: &Path) -> Vec<String> {
    let rel = file.strip_prefix("src").unwrap().with_extension("");
    let mut parts: Vec<String> = rel
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    if parts.last().is_some_and(|p| p == "mod") {
        parts.pop();
    }
    parts
}

fn graph() -> (Graph, BTreeMap<String, String>) {
    let mut files = Vec::new();
    walk(Path::new("src"), &mut files);
    let mut graph = Graph::new();
    let mut sources = BTreeMap::new();
    for file in files {
        let module = module_of(&file);
        if module == ["lib"] || module == ["main"] {
            continue;
        }
        let parts: Vec<&str> = module.iter().map(String::as_str).collect();
        let Some(me) = unit(&parts) else { continue };
        let text = code(&std::fs::read_to_string(&file).unwrap());
        for import in imports(&text) {
            let p: Vec<&str> = import.iter().map(String::as_str).collect();
            if let Some(u) = unit(&p)
                && u != me
            {
                graph.entry(me.clone()).or_default().insert(u);
            }
        }
        sources
            .entry(parts[0].to_string())
            .and_modify(|s: &mut String| s.push_str(&text))
            .or_insert(text);
    }
    (graph, sources)
}

/// The cycles of a graph (strongly connected components of more than one node).
fn cycles(graph: &Graph) -> Vec<Vec<String>> {
    fn visit(
        v: &str,
        graph: &Graph,
        seen: &mut BTreeSet<String>,
        stack: &mut Vec<String>,
        found: &mut BTreeSet<Vec<String>>,
    ) {
        if let Some(at) = stack.iter().position(|s| s == v) {
            let mut cycle = stack[at..].to_vec();
            cycle.sort();
            found.insert(cycle);
            return;
        }
        if !seen.insert(v.to_string()) && !stack.is_empty() {
            return;
        }
        stack.push(v.to_string());
        for w in graph.get(v).into_iter().flatten() {
            visit(w, graph, seen, stack, found);
        }
        stack.pop();
    }
    let mut found = BTreeSet::new();
    for v in graph.keys() {
        let mut seen = BTreeSet::new();
        visit(v, graph, &mut seen, &mut Vec::new(), &mut found);
    }
    found.into_iter().collect()
}

/// `app` as one unit: `app::…` units folded into it.
fn top_level(graph: &Graph) -> Graph {
    let fold = |u: &str| u.split("::").next().unwrap_or(u).to_string();
    let mut out = Graph::new();
    for (from, tos) in graph {
        for to in tos {
            let (f, t) = (fold(from), fold(to));
            if f != t {
                out.entry(f).or_default().insert(t);
            }
        }
    }
    out
}

/// The features of `app` among themselves (the router `app` itself left out).
fn features(graph: &Graph) -> Graph {
    let mut out = Graph::new();
    for (from, tos) in graph {
        if !from.starts_with("app::") {
            continue;
        }
        for to in tos.iter().filter(|t| t.starts_with("app::")) {
            out.entry(from.clone()).or_default().insert(to.clone());
        }
    }
    out
}

#[test]
fn the_cycle_check_finds_a_cycle() {
    let mut g = Graph::new();
    g.entry("a".into()).or_default().insert("b".into());
    g.entry("b".into()).or_default().insert("c".into());
    assert!(cycles(&g).is_empty());
    g.entry("c".into()).or_default().insert("a".into());
    assert_eq!(cycles(&g), [vec!["a", "b", "c"]]);
}

#[test]
fn no_import_cycle_between_the_modules_of_src() {
    let (graph, _) = graph();
    assert!(graph.contains_key("telegram") && graph.contains_key("app::meeting"));
    let found = cycles(&top_level(&graph));
    assert!(found.is_empty(), "import cycles between modules: {found:?}");
}

#[test]
fn no_import_cycle_between_the_features_of_app() {
    let (graph, _) = graph();
    let features = features(&graph);
    let found = cycles(&features);
    assert!(
        found.is_empty(),
        "import cycles between features: {found:?}"
    );
    let common: Vec<_> = features
        .get("app::common")
        .into_iter()
        .flatten()
        .filter(|f| *f != "app::common")
        .collect();
    assert!(common.is_empty(), "app/common imports features: {common:?}");
}

#[test]
fn the_pure_core_names_no_io() {
    let (_, sources) = graph();
    for core in ["domain", "workflow"] {
        let text = &sources[core];
        for word in ["teloxide", "sqlx", "tokio", "crate::clock"] {
            assert!(!text.contains(word), "{core}/ uses {word}");
        }
    }
}
