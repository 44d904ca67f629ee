//! The reminder worker's benchmark (issue 5): one million pending reminders, 100,000 of them due
//! at 08:00 as the quiet hours end. Measures the due query at 1M rows (it must use the partial
//! index, < 5 ms), the memory while handing out the 100,000 (flat: one page per step), and
//! checks with a simulated clock that they go out at the allowed rate without breaking the
//! per-chat or per-group limits. Run: `cargo run --release --example reminder_bench`.

use std::collections::{HashMap, VecDeque};
use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Instant;

use chrono::{DateTime, Duration, Utc};
use driegesprek::app::{Composed, DueReminder, Messenger, Outgoing, SendError};
use driegesprek::domain::Lang;
use driegesprek::i18n::Msg;
use driegesprek::reminders::{Compose, Settings, Worker};
use driegesprek::store;

const TOTAL: i64 = 1_000_000;
const DUE: i64 = 100_000;

/// Renders nothing from the database: this measures the engine, not a kind's queries.
struct Fixed;

impl Compose for Fixed {
    async fn compose(&self, r: &DueReminder) -> anyhow::Result<Composed> {
        Ok(Composed::Send(vec![Outgoing::new(
            r.chat,
            Lang::Nl,
            Msg::new("hint-use-menu"),
        )]))
    }
    async fn unreachable(&self, _: &DueReminder) -> anyhow::Result<Vec<Outgoing>> {
        Ok(Vec::new())
    }
}

/// Counts each send with the simulated second it happened in.
struct Counting {
    second: Arc<AtomicI64>,
    log: Mutex<Vec<(i64, i64)>>,
}

impl Messenger for Counting {
    async fn send(&self, out: &Outgoing) -> Result<Option<i32>, SendError> {
        let now = self.second.load(Ordering::Relaxed);
        self.log.lock().unwrap().push((out.chat.0, now));
        Ok(None)
    }
}

fn rss_kb() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let line = status
        .lines()
        .find(|l| l.starts_with("VmRSS:"))
        .unwrap_or("");
    line.split_whitespace()
        .nth(1)
        .and_then(|n| n.parse().ok())
        .unwrap_or(0)
}

async fn seed(pool: &store::SqlitePool, eight: DateTime<Utc>) -> anyhow::Result<()> {
    sqlx::raw_sql(
        "INSERT INTO orgs (id, kind, name, created_at) VALUES (1, 'coa', 'A', 'x'), (2, 'gemeente', 'B', 'x');
         INSERT INTO staff (id, tg_user_id, org_id, display_name, joined_at) VALUES (1, 10, 1, 'S', 'x');
         INSERT INTO cases (id, reference, holder_name, owner_org_id, coa_org_id, gemeente_org_id,
             matching_date, created_by, created_at) VALUES (1, 'R', 'H', 2, 1, 2, '2026-01-01', 1, 'x');",
    )
    .execute(pool)
    .await?;
    // 900,000 planned rows spread over the next two months; 100,000 due at 08:00, not planned
    // yet (the worker plans them while it sends): 90% to 50,000 private chats (two each at
    // most), 10% to 500 groups (20 each).
    sqlx::query(
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?1)
         INSERT INTO reminders (kind, case_id, subject_id, chat_id, due_at, next_attempt_at,
             send_at, created_at)
         SELECT 'meeting_soon', 1, i,
             CASE WHEN i % 10 = 0 THEN -(i % 500) - 1 ELSE i % 50000 + 1 END,
             CASE WHEN i <= ?2 THEN ?3 ELSE ?3 + 86400 + (i * 37) % 5184000 END,
             CASE WHEN i <= ?2 THEN ?3 ELSE ?3 + 86400 + (i * 37) % 5184000 END,
             CASE WHEN i <= ?2 THEN NULL ELSE ?3 + 86400 + (i * 37) % 5184000 END,
             0
         FROM n",
    )
    .bind(TOTAL)
    .bind(DUE)
    .bind(eight.timestamp())
    .execute(pool)
    .await?;
    Ok(())
}

fn check_limits(log: &[(i64, i64)]) -> (usize, usize, usize) {
    let mut per_second: HashMap<i64, usize> = HashMap::new();
    let mut chat_last: HashMap<i64, i64> = HashMap::new();
    let mut groups: HashMap<i64, VecDeque<i64>> = HashMap::new();
    let (mut chat_breaks, mut group_breaks) = (0, 0);
    for &(chat, s) in log {
        *per_second.entry(s).or_default() += 1;
        if chat_last.insert(chat, s).is_some_and(|last| s - last < 1) {
            chat_breaks += 1;
        }
        if chat < 0 {
            let window = groups.entry(chat).or_default();
            window.push_back(s);
            while window.front().is_some_and(|&f| f <= s - 60) {
                window.pop_front();
            }
            if window.len() > 20 {
                group_breaks += 1;
            }
        }
    }
    (
        per_second.values().copied().max().unwrap_or(0),
        chat_breaks,
        group_breaks,
    )
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let dir = tempfile::tempdir()?;
    let url = format!("sqlite://{}", dir.path().join("bench.db").display());
    let pool = store::connect(&url).await?;
    let eight: DateTime<Utc> = "2026-06-02T06:00:00Z".parse()?; // 08:00 in Amsterdam
    let t = Instant::now();
    seed(&pool, eight).await?;
    println!(
        "seeded {TOTAL} reminders in {:.1} s",
        t.elapsed().as_secs_f64()
    );

    let mut conn = pool.acquire().await?;
    println!(
        "due query plan: {}",
        store::outbox::explain_due(&mut conn).await?
    );
    let polls = 200;
    let t = Instant::now();
    for _ in 0..polls {
        let ids: Vec<i64> = sqlx::query_scalar(
            "SELECT id FROM reminders WHERE status = 'pending' AND send_at IS NOT NULL
               AND next_attempt_at <= ?1 ORDER BY next_attempt_at LIMIT ?2",
        )
        .bind(eight.timestamp() + 3 * 86400)
        .bind(30_i64)
        .fetch_all(&mut *conn)
        .await?;
        assert_eq!(ids.len(), 30);
    }
    let poll_ms = t.elapsed().as_secs_f64() * 1000.0 / f64::from(polls);
    println!("due poll at 1M rows (page of 30): {poll_ms:.3} ms");
    drop(conn);

    let second = Arc::new(AtomicI64::new(0));
    let messenger = Counting {
        second: second.clone(),
        log: Mutex::new(Vec::new()),
    };
    let settings = Settings {
        poll_every: None,
        ..Settings::default()
    };
    let worker = Worker::new(pool.clone(), Fixed, messenger, settings);
    let rss_start = rss_kb();
    let (mut rss_max, mut steps, mut step_time) = (rss_start, 0_u32, 0.0_f64);
    let mut now = eight;
    let t = Instant::now();
    while (worker.messenger().log.lock().unwrap().len() as i64) < DUE {
        second.store(now.timestamp(), Ordering::Relaxed);
        let s = Instant::now();
        let report = worker.run_once(now).await;
        step_time += s.elapsed().as_secs_f64();
        steps += 1;
        assert!(report.errors.is_empty(), "{:?}", report.errors);
        rss_max = rss_max.max(rss_kb());
        now += Duration::seconds(1);
    }
    let simulated = (now - eight).num_seconds();
    let log = worker.messenger().log.lock().unwrap();
    let (max_per_second, chat_breaks, group_breaks) = check_limits(&log);
    println!(
        "handed out {} in {simulated} simulated seconds ({:.1}/s) with {steps} steps, \
         {:.1} s of real time ({:.2} ms per step)",
        log.len(),
        log.len() as f64 / simulated as f64,
        t.elapsed().as_secs_f64(),
        step_time * 1000.0 / f64::from(steps)
    );
    println!(
        "most in one second: {max_per_second}; per-chat breaks: {chat_breaks}; per-group breaks: {group_breaks}"
    );
    println!(
        "memory (RSS): {} MB at start of sending, {} MB at most",
        rss_start / 1024,
        rss_max / 1024
    );
    Ok(())
}
