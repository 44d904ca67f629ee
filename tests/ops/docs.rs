//! The operations guide names every environment variable the binary reads, and the deploy
//! files keep their hardening.

use std::path::Path;

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// `env = "X"` (clap) and `env::var("X")` / `var_os("X")` outside test files.
fn variables_read() -> Vec<String> {
    let mut files = Vec::new();
    rust_files(Path::new("src"), &mut files);
    let mut found = Vec::new();
    for file in files {
        if file.to_string_lossy().contains("tests") {
            continue;
        }
        let text = std::fs::read_to_string(&file).unwrap();
        for pattern in ["env = \"", "env::var(\"", "env::var_os(\""] {
            for (i, _) in text.match_indices(pattern) {
                let rest = &text[i + pattern.len()..];
                let name: String = rest.chars().take_while(|c| *c != '"').collect();
                if !found.contains(&name) {
                    found.push(name);
                }
            }
        }
    }
    found.sort();
    found
}

#[test]
fn the_operations_guide_names_every_variable_the_binary_reads() {
    let guide = std::fs::read_to_string("docs/operations.md").unwrap();
    let vars = variables_read();
    for expected in [
        "DATABASE_URL",
        "TELOXIDE_TOKEN",
        "LOG_FORMAT",
        "REMINDER_QUIET_HOURS",
    ] {
        assert!(
            vars.iter().any(|v| v == expected),
            "{expected} not found in src: {vars:?}"
        );
    }
    let missing: Vec<&String> = vars
        .iter()
        .filter(|v| !guide.contains(&format!("| `{v}` |")))
        .collect();
    assert!(
        missing.is_empty(),
        "not in the table of docs/operations.md: {missing:?}"
    );
}

#[test]
fn the_systemd_unit_runs_unprivileged_with_only_its_state_directory_writable() {
    let unit = std::fs::read_to_string("deploy/driegesprek.service").unwrap();
    let lines: Vec<&str> = unit.lines().map(str::trim).collect();
    for directive in [
        "User=driegesprek",
        "NoNewPrivileges=yes",
        "ProtectSystem=strict",
        "StateDirectory=driegesprek",
        "ReadWritePaths=/var/lib/driegesprek",
        "PrivateTmp=yes",
        "ProtectHome=yes",
        "CapabilityBoundingSet=",
        "EnvironmentFile=/etc/driegesprek/driegesprek.env",
        "ExecStart=/usr/local/bin/driegesprek run",
    ] {
        assert!(lines.contains(&directive), "{directive} missing");
    }
    let writable: Vec<&&str> = lines
        .iter()
        .filter(|l| l.starts_with("ReadWritePaths="))
        .collect();
    assert_eq!(writable.len(), 1, "{writable:?}");
    assert!(!unit.contains("TELOXIDE_TOKEN=1"), "no token in the unit");

    let image = std::fs::read_to_string("deploy/Containerfile").unwrap();
    assert!(image.matches("\nFROM ").count() + usize::from(image.starts_with("FROM ")) >= 2);
    assert!(image.contains("\nUSER 10001"), "runs as non-root");
    assert!(image.contains("VOLUME [\"/data\"]") && image.contains("DATABASE_URL=/data/"));
}
