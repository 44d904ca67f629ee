//! The update benchmark (issue 16): the full path of an update (long polling, the store, the
//! messages) in the release build of the bot, against the fake Bot API of the load harness in
//! `../shared/bench/` (`BENCH_DIR`), beside a bare teloxide echo bot run the same way in the
//! same batch. Run: `cargo run --release --example load`.
//!
//! For each scale (`CASES`, default `1000,100000` cases in the database) it seeds a database
//! through the store API (`seed.rs`: the first `USERS` holders are the harness's users), then
//! runs, interleaved `RUNS` times, each on a fresh copy of that database:
//!
//! - `echo`: the teloxide echo peer, answering `/menu` with its echo;
//! - `unknown`: `/menu` from people the bot does not know (the holders moved out of range);
//! - `menu`: `/menu` from status holders (their overview: the full read path);
//! - `answer`: holders answering their meeting's first time, `can` and `cannot` in turn (the
//!   write path: their answer, the proposer's board and the notice, in one transaction).
//!
//! Closed loop (`UPDATES` updates from `USERS` users, one in flight each) and then a fixed
//! `RATE` (200 updates/s, `RATE=0` to skip). It prints one table: updates/s, the ratio to the
//! echo bot of the same batch, p50/p99 latency and peak RSS (medians over the runs).
//! Knobs (environment): `BENCH_DIR`, `BENCH_TARGET` (where the harness builds, default
//! `target/bench`), `CASES`, `USERS=1000`, `UPDATES=20000`, `RUNS=3`, `RATE=200`, `KINDS`
//! (default `echo,unknown,menu,answer`), `PIN=1` (bot on one core; `PIN=0`: both cores),
//! `RESULTS` (the harness's JSON lines, default `target/bench/results-<time>.jsonl`), `BOT_BIN`
//! (another build of the bot to measure; default: this one, built first).
//! Everything binds to and talks to 127.0.0.1 only.

mod seed;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use anyhow::{Context, bail};
use chrono::Utc;
use driegesprek::store;

fn env_or(name: &str, default: &str) -> String {
    std::env::var(name)
        .ok()
        .filter(|v| !v.trim().is_empty())
        .unwrap_or_else(|| default.to_string())
}

fn env_num(name: &str, default: i64) -> anyhow::Result<i64> {
    env_or(name, &default.to_string())
        .trim()
        .parse()
        .with_context(|| format!("{name} is not a number"))
}

/// One kind of update the bot is driven with.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug)]
enum Kind {
    Echo,
    Unknown,
    Menu,
    Answer,
}

impl Kind {
    fn parse(s: &str) -> Option<Kind> {
        Some(match s.trim() {
            "echo" => Kind::Echo,
            "unknown" => Kind::Unknown,
            "menu" => Kind::Menu,
            "answer" => Kind::Answer,
            _ => return None,
        })
    }

    fn name(self) -> &'static str {
        match self {
            Kind::Echo => "echo",
            Kind::Unknown => "unknown",
            Kind::Menu => "menu",
            Kind::Answer => "answer",
        }
    }
}

struct Bench {
    dir: PathBuf,
    target: PathBuf,
    work: PathBuf,
    bot: PathBuf,
    echo: PathBuf,
    results: PathBuf,
    users: i64,
    updates: i64,
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let manifest = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let dir = PathBuf::from(env_or(
        "BENCH_DIR",
        &manifest.join("../shared/bench").display().to_string(),
    ));
    if !dir.join("run.sh").is_file() {
        bail!(
            "the load harness is not at {} (set BENCH_DIR to the folder with run.sh and fakeapi/)",
            dir.display()
        );
    }
    // This example runs from target/release/examples/: the bot binary is two folders up.
    let exe = std::env::current_exe()?;
    let release = exe
        .parent()
        .and_then(Path::parent)
        .context("where the example runs from")?
        .to_path_buf();
    let target = PathBuf::from(env_or(
        "BENCH_TARGET",
        &release.join("../bench").display().to_string(),
    ));
    std::fs::create_dir_all(&target)?;
    let stamp = Utc::now().format("%Y%m%dT%H%M%S").to_string();
    let results = PathBuf::from(env_or(
        "RESULTS",
        &target
            .join(format!("results-{stamp}.jsonl"))
            .display()
            .to_string(),
    ));
    let kinds: Vec<Kind> = env_or("KINDS", "echo,unknown,menu,answer")
        .split(',')
        .map(|k| Kind::parse(k).with_context(|| format!("KINDS: unknown kind {k:?}")))
        .collect::<anyhow::Result<_>>()?;
    let scales: Vec<i64> = env_or("CASES", "1000,100000")
        .split(',')
        .map(|n| n.trim().parse().context("CASES: a list of numbers"))
        .collect::<anyhow::Result<_>>()?;
    let runs = env_num("RUNS", 3)?;
    let rate = env_num("RATE", 200)?;

    println!("building the bot (release) and the harness's echo peer and fake Bot API ...");
    let bot = match std::env::var_os("BOT_BIN") {
        // Another build of the bot, e.g. an older one to compare with.
        Some(bin) => PathBuf::from(bin),
        None => {
            let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
            let status = Command::new(&cargo)
                .args(["build", "--release", "--quiet", "--bin", "driegesprek"])
                .current_dir(&manifest)
                .status()?;
            if !status.success() {
                bail!("building the bot failed");
            }
            release.join("driegesprek")
        }
    };
    let echo = Command::new("bash")
        .arg(dir.join("echo_peers.sh"))
        .arg("echo")
        .env("BENCH_TARGET", &target)
        .output()?;
    if !echo.status.success() {
        bail!(
            "building the echo peer failed: {}",
            String::from_utf8_lossy(&echo.stderr)
        );
    }
    let work = target.join(format!("work-{stamp}"));
    std::fs::create_dir_all(&work)?;
    let bench = Bench {
        echo: PathBuf::from(String::from_utf8_lossy(&echo.stdout).trim()),
        bot,
        dir,
        target,
        work,
        results,
        users: env_num("USERS", 1000)?,
        updates: env_num("UPDATES", 20_000)?,
    };
    std::fs::write(
        bench.work.join("answer.jsonl"),
        "{\"callback_data\": \"m:a:{chat}1:h:can\"}\n{\"callback_data\": \"m:a:{chat}1:h:cannot\"}\n",
    )?;

    for &cases in &scales {
        let (base, unknown, staff) = bench.seed(cases).await?;
        for round in 0..runs {
            for &kind in &kinds {
                let label = format!("{}@{cases}", kind.name());
                println!("-- {label}, closed loop, run {}", round + 1);
                bench.run(kind, &label, &base, &unknown, staff, None)?;
            }
        }
        if rate > 0 {
            for &kind in &kinds {
                let label = format!("{}@{cases}/{rate}s", kind.name());
                println!("-- {label}, fixed rate");
                bench.run(kind, &label, &base, &unknown, staff, Some(rate))?;
            }
        }
        let _ = std::fs::remove_file(&base);
        let _ = std::fs::remove_file(&unknown);
    }
    report(&bench.results, &scales, &kinds, rate)?;
    println!(
        "\nraw results: {} (python3 {}/summarize.py FILE --threads for the CPU split)",
        bench.results.display(),
        bench.dir.display()
    );
    let _ = std::fs::remove_dir_all(&bench.work);
    Ok(())
}

impl Bench {
    /// Seeds `cases` cases once; returns the database, its copy for unknown users (the active
    /// holders' Telegram ids moved out of the harness's range) and the caseworkers' chats.
    async fn seed(&self, cases: i64) -> anyhow::Result<(PathBuf, PathBuf, (i64, i64))> {
        let base = self.work.join(format!("base-{cases}.db"));
        let unknown = self.work.join(format!("unknown-{cases}.db"));
        let url = |p: &Path| format!("sqlite://{}", p.display());
        let started = Instant::now();
        let pool = store::connect(&url(&base)).await?;
        let seeded = seed::seed(&pool, cases, self.users.min(cases), Utc::now()).await?;
        store::backup(&pool, &unknown.display().to_string()).await?;
        pool.close().await;
        let size = std::fs::metadata(&base)?.len();
        println!(
            "seeded {cases} cases in {:.1} s ({:.1} MB, {:.1} KB a case)",
            started.elapsed().as_secs_f64(),
            size as f64 / 1e6,
            size as f64 / 1e3 / cases as f64
        );
        let pool = store::connect(&url(&unknown)).await?;
        let last = seed::FIRST_USER + self.users;
        for table in ["case_members", "users"] {
            sqlx::query(sqlx::AssertSqlSafe(format!(
                "UPDATE {table} SET tg_user_id = tg_user_id + 40000000
                 WHERE tg_user_id >= ? AND tg_user_id < ?"
            )))
            .bind(seed::FIRST_USER)
            .bind(last)
            .execute(&pool)
            .await?;
        }
        pool.close().await;
        Ok((base, unknown, seeded.staff_chats))
    }

    /// One run of the harness; its JSON line goes to `self.results` with this label.
    fn run(
        &self,
        kind: Kind,
        label: &str,
        base: &Path,
        unknown: &Path,
        staff: (i64, i64),
        rate: Option<i64>,
    ) -> anyhow::Result<()> {
        let db = self.work.join("run.db");
        for ext in ["", "-wal", "-shm"] {
            let _ = std::fs::remove_file(format!("{}{ext}", db.display()));
        }
        let mut cmd = Command::new("bash");
        cmd.arg(self.dir.join("run.sh"))
            .args(["-l", label, "--"])
            .env("BENCH_TARGET", &self.target)
            .env("RESULTS", &self.results)
            .env("CALLBACK_EVERY", "0")
            .env("TEXT", "/menu")
            .env("EXTRA_CHATS", format!("{}-{}", staff.0, staff.1))
            .env("RUST_LOG", "info");
        match rate {
            Some(r) => {
                // 15 s at the rate, from 300 users.
                cmd.env("RATE", r.to_string())
                    .env("UPDATES", (r * 15).to_string())
                    .env("USERS", self.users.min(300).to_string());
            }
            None => {
                cmd.env("UPDATES", self.updates.to_string())
                    .env("USERS", self.users.to_string());
            }
        }
        match kind {
            Kind::Echo => {
                cmd.arg(&self.echo);
            }
            Kind::Unknown | Kind::Menu | Kind::Answer => {
                std::fs::copy(if kind == Kind::Unknown { unknown } else { base }, &db)?;
                if kind == Kind::Answer {
                    cmd.env("SCRIPT", self.work.join("answer.jsonl"));
                }
                cmd.env("DATABASE_URL", format!("sqlite://{}", db.display()))
                    .arg(&self.bot)
                    .arg("run");
            }
        }
        let out = cmd.output()?;
        let stdout = String::from_utf8_lossy(&out.stdout);
        match stdout.lines().find(|l| l.starts_with("BENCH ")) {
            Some(line) => println!("   {line}"),
            None => bail!(
                "the harness gave no result for {label}:\n{stdout}\n{}",
                String::from_utf8_lossy(&out.stderr)
            ),
        }
        Ok(())
    }
}

const LATE_ACK: &str = "400 answerCallbackQuery: unknown/old query id";

/// Medians per label from the harness's JSON lines, as one table.
fn report(results: &Path, scales: &[i64], kinds: &[Kind], rate: i64) -> anyhow::Result<()> {
    let mut by_label: BTreeMap<String, Vec<serde_json::Value>> = BTreeMap::new();
    for line in std::fs::read_to_string(results)?.lines() {
        let v: serde_json::Value = serde_json::from_str(line)?;
        let label = v["label"].as_str().unwrap_or_default().to_string();
        by_label.entry(label).or_default().push(v);
    }
    let med = |label: &str, key: &str| -> f64 {
        let mut xs: Vec<f64> = by_label
            .get(label)
            .into_iter()
            .flatten()
            .filter_map(|v| v[key].as_f64())
            .collect();
        xs.sort_by(f64::total_cmp);
        xs.get(xs.len() / 2).copied().unwrap_or(f64::NAN)
    };
    // The fake server counts an update answered at the bot's first reply; a button's update is
    // answered by the edit of its message, so the `answerCallbackQuery` after it finds it done
    // and is counted as a late answer ("late"): the harness's view, not Telegram's.
    let late = |v: &serde_json::Value| v["errors"][LATE_ACK].as_i64().unwrap_or(0);
    let sum = |label: &str, f: &dyn Fn(&serde_json::Value) -> i64| -> i64 {
        by_label.get(label).into_iter().flatten().map(f).sum()
    };
    let errors = |label: &str| {
        sum(label, &|v| {
            v["protocol_errors"].as_i64().unwrap_or(0) - late(v)
                + v["unanswered"].as_i64().unwrap_or(0)
        })
    };
    let lates = |label: &str| sum(label, &late);
    let runs = |label: &str| by_label.get(label).map_or(0, Vec::len);
    println!(
        "\n{:<22} {:>4} {:>9} {:>7} {:>8} {:>8} {:>9} {:>7} {:>7}",
        "kind@cases", "runs", "upd/s", "x echo", "p50 ms", "p99 ms", "RSS MiB", "errors", "late"
    );
    for &cases in scales {
        let echo = med(&format!("echo@{cases}"), "updates_per_s");
        for &kind in kinds {
            let mut labels = vec![format!("{}@{cases}", kind.name())];
            if rate > 0 {
                labels.push(format!("{}@{cases}/{rate}s", kind.name()));
            }
            for label in labels {
                let ups = med(&label, "updates_per_s");
                // At a fixed rate every bot does the rate: no ratio there.
                let ratio = if label.contains('/') {
                    "-".to_string()
                } else {
                    format!("{:.2}", ups / echo)
                };
                println!(
                    "{:<22} {:>4} {:>9.0} {:>7} {:>8.2} {:>8.2} {:>9.1} {:>7} {:>7}",
                    label,
                    runs(&label),
                    ups,
                    ratio,
                    med(&label, "p50_ms"),
                    med(&label, "p99_ms"),
                    med(&label, "peak_rss_mib"),
                    errors(&label),
                    lates(&label)
                );
            }
        }
    }
    println!(
        "medians over the runs; 'x echo' = updates/s over the echo bot's in the same batch (closed \
         loop); errors = protocol errors + unanswered, summed; late = answerCallbackQuery after the \
         button's edit had answered the update (the harness counts it as an error)"
    );
    Ok(())
}
