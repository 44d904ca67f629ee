//! The command line an admin uses: a missing or malformed token, an unreachable API or an
//! unwritable database gives one clear line and a non-zero exit, never a panic; the admin
//! commands work; a translator can print a locale in context.

use std::process::{Command, Output};

fn driegesprek(args: &[&str], env: &[(&str, &str)], dir: &std::path::Path) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_driegesprek"));
    cmd.args(args)
        .current_dir(dir)
        .env_remove("TELOXIDE_TOKEN")
        .env_remove("TELOXIDE_API_URL")
        .env_remove("BOT_USERNAME")
        .env("DATABASE_URL", dir.join("cli.db").display().to_string())
        .env("RUST_LOG", "off");
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd.output().expect("run the binary")
}

/// Fails with exactly one line on stderr that contains `needle`.
fn fails_with_one_line(out: &Output, needle: &str) {
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success(), "should fail: {stderr}");
    assert_eq!(stderr.trim().lines().count(), 1, "one line, got: {stderr}");
    assert!(stderr.contains(needle), "{needle:?} not in: {stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
}

#[test]
fn running_without_a_token_says_how_to_get_one() {
    let dir = tempfile::tempdir().unwrap();
    let out = driegesprek(&[], &[], dir.path());
    fails_with_one_line(&out, "TELOXIDE_TOKEN is not set");
    assert!(String::from_utf8_lossy(&out.stderr).contains("@BotFather"));
}

#[test]
fn a_malformed_token_is_refused_before_anything_starts() {
    let dir = tempfile::tempdir().unwrap();
    let out = driegesprek(&["run"], &[("TELOXIDE_TOKEN", "not-a-token")], dir.path());
    fails_with_one_line(&out, "TELOXIDE_TOKEN is malformed");
    assert!(
        !dir.path().join("cli.db").exists(),
        "no database was created"
    );
}

#[test]
fn an_unreachable_bot_api_gives_one_clear_line() {
    let dir = tempfile::tempdir().unwrap();
    // Nothing listens on port 9 of the loopback address.
    let env = [
        ("TELOXIDE_TOKEN", "123456:TEST"),
        ("TELOXIDE_API_URL", "http://127.0.0.1:9/"),
    ];
    let out = driegesprek(&["run"], &env, dir.path());
    fails_with_one_line(&out, "cannot reach the Telegram Bot API");
}

#[test]
fn an_unwritable_database_gives_one_clear_line() {
    let dir = tempfile::tempdir().unwrap();
    let env = [
        ("TELOXIDE_TOKEN", "123456:TEST"),
        ("DATABASE_URL", "/proc/driegesprek/no/such/dir/bot.db"),
    ];
    let out = driegesprek(&["run"], &env, dir.path());
    fails_with_one_line(&out, "cannot open the database");
}

#[test]
fn an_admin_adds_organisations_and_makes_a_staff_invite_with_a_qr_code() {
    let dir = tempfile::tempdir().unwrap();
    let out = driegesprek(
        &["org", "add", "--kind", "coa", "--name", "COA Ter Apel"],
        &[],
        dir.path(),
    );
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).starts_with("1\tcoa\tCOA Ter Apel"));
    let again = driegesprek(
        &["org", "add", "--kind", "coa", "--name", "COA Ter Apel"],
        &[],
        dir.path(),
    );
    fails_with_one_line(&again, "exists already");

    let wrong_role = driegesprek(
        &[
            "invite",
            "staff",
            "--org",
            "1",
            "--role",
            "gemeente",
            "--bot-username",
            "b",
        ],
        &[],
        dir.path(),
    );
    fails_with_one_line(&wrong_role, "is a coa, not a gemeente");

    let out = driegesprek(
        &[
            "invite",
            "staff",
            "--org",
            "1",
            "--role",
            "coa",
            "--bot-username",
            "driegesprek_bot",
            "--uses",
            "3",
        ],
        &[],
        dir.path(),
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    let link = stdout.lines().next().unwrap();
    assert!(
        link.starts_with("https://t.me/driegesprek_bot?start="),
        "{link}"
    );
    let token = link.rsplit('=').next().unwrap();
    assert_eq!(token.len(), 40, "160 random bits");
    let png = std::fs::read(dir.path().join("invite.png")).unwrap();
    assert!(png.starts_with(b"\x89PNG"));

    // Only the hash of the token is stored.
    let db = std::fs::read(dir.path().join("cli.db")).unwrap();
    let wal = std::fs::read(dir.path().join("cli.db-wal")).unwrap_or_default();
    for bytes in [db, wal] {
        assert!(!String::from_utf8_lossy(&bytes).contains(token));
    }
}

#[test]
fn a_backup_is_a_complete_copy_and_never_overwrites() {
    let dir = tempfile::tempdir().unwrap();
    driegesprek(
        &[
            "org",
            "add",
            "--kind",
            "gemeente",
            "--name",
            "Gemeente Utrecht",
        ],
        &[],
        dir.path(),
    );
    let out = driegesprek(&["backup", "copy.db"], &[], dir.path());
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let list = driegesprek(&["org", "list"], &[("DATABASE_URL", "copy.db")], dir.path());
    assert!(String::from_utf8_lossy(&list.stdout).contains("Gemeente Utrecht"));
    let again = driegesprek(&["backup", "copy.db"], &[], dir.path());
    fails_with_one_line(&again, "exists already");
}

#[test]
fn a_translator_sees_every_message_of_a_locale_beside_the_dutch() {
    let dir = tempfile::tempdir().unwrap();
    let out = driegesprek(&["locale", "show", "ti"], &[], dir.path());
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("==== holder.ftl ===="));
    assert!(text.contains("[holder-privacy-notice-v2]"));
    assert!(text.contains("\nnl: ") && text.contains("\nti: "));
    // Sample values are filled in: no Fluent placeholders left.
    assert!(
        !text.contains("{$") && !text.contains("{ $"),
        "unfilled variables"
    );
    let bad = driegesprek(&["locale", "show", "xx"], &[], dir.path());
    fails_with_one_line(&bad, "unknown locale xx");
}

/// `driegesprek check` (issue 14): passes on a fresh database, and names the problem on a
/// missing one, a file that is not a database, and one that lacks a migration. It changes
/// nothing it checks.
#[test]
fn check_passes_on_a_fresh_database_and_names_the_problem_on_a_broken_one() {
    let dir = tempfile::tempdir().unwrap();
    let stdout = |out: &Output| String::from_utf8_lossy(&out.stdout).into_owned();

    // No database yet: named, exit 1, and none is created.
    let out = driegesprek(&["check"], &[], dir.path());
    assert!(!out.status.success());
    assert!(stdout(&out).contains("FAIL database:") && stdout(&out).contains("does not exist"));
    assert!(!dir.path().join("cli.db").exists(), "check created nothing");

    // A fresh database: every line ok, exit 0.
    assert!(driegesprek(&["migrate"], &[], dir.path()).status.success());
    let out = driegesprek(&["check"], &[("TELOXIDE_TOKEN", "123456:TEST")], dir.path());
    let text = stdout(&out);
    assert!(out.status.success(), "{text}");
    assert!(!text.contains("FAIL"), "{text}");
    for finding in [
        "integrity check passed",
        "writable",
        "applied",
        "token: well-formed",
    ] {
        assert!(text.contains(finding), "{finding:?} missing: {text}");
    }

    // A migration missing (an older binary's database): named with what to do.
    let db = dir.path().join("cli.db");
    let url = format!("sqlite://{}", db.display());
    let rt = tokio::runtime::Runtime::new().unwrap();
    rt.block_on(async {
        let pool = sqlx::SqlitePool::connect(&url).await.unwrap();
        sqlx::query("DELETE FROM _sqlx_migrations WHERE version = (SELECT MAX(version) FROM _sqlx_migrations)")
            .execute(&pool)
            .await
            .unwrap();
        pool.close().await;
    });
    let out = driegesprek(&["check"], &[], dir.path());
    assert!(!out.status.success());
    assert!(
        stdout(&out).contains("FAIL migrations: 1 of")
            && stdout(&out).contains("driegesprek migrate"),
        "{}",
        stdout(&out)
    );

    // A file that is not a database.
    std::fs::write(&db, b"this is not a database, just some text").unwrap();
    let _ = std::fs::remove_file(dir.path().join("cli.db-wal"));
    let _ = std::fs::remove_file(dir.path().join("cli.db-shm"));
    let out = driegesprek(&["check"], &[], dir.path());
    assert!(!out.status.success());
    assert!(stdout(&out).contains("FAIL database"), "{}", stdout(&out));
    assert!(!String::from_utf8_lossy(&out.stderr).contains("panicked"));
}

#[test]
fn the_playground_on_a_port_in_use_says_so_in_one_line() {
    let dir = tempfile::tempdir().unwrap();
    let taken = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = taken.local_addr().unwrap().port().to_string();
    let out = driegesprek(&["playground", "--port", &port], &[], dir.path());
    fails_with_one_line(&out, &format!("port {port} on 127.0.0.1 is in use"));
}

#[test]
fn the_playground_never_uses_a_database_url_from_the_environment_unasked() {
    let dir = tempfile::tempdir().unwrap();
    // The helper sets DATABASE_URL, as a production environment file would.
    let out = driegesprek(&["playground", "--port", "0"], &[], dir.path());
    fails_with_one_line(&out, "--database-url");
    assert!(
        !dir.path().join("cli.db").exists(),
        "the production database was not touched"
    );
}

/// The organisations `org list` shows for the database at `db` (a path in `dir`).
fn orgs_in(db: &str, dir: &std::path::Path) -> String {
    let out = driegesprek(&["org", "list"], &[("DATABASE_URL", db)], dir);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// A database with one organisation, and a backup of it in `copy.db`.
fn database_with_a_backup(dir: &std::path::Path) {
    let add = driegesprek(
        &[
            "org",
            "add",
            "--kind",
            "gemeente",
            "--name",
            "Gemeente Utrecht",
        ],
        &[],
        dir,
    );
    assert!(add.status.success());
    let out = driegesprek(&["backup", "copy.db"], &[], dir);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// Runs SQL on a database file directly (to damage or age a copy).
fn sql(path: &std::path::Path, statement: &'static str) {
    let url = format!("sqlite://{}", path.display());
    let rt = tokio::runtime::Runtime::new().unwrap();
    rt.block_on(async {
        let pool = sqlx::SqlitePool::connect(&url).await.unwrap();
        sqlx::query(statement).execute(&pool).await.unwrap();
        pool.close().await;
    });
}

/// The documented pair: `backup`, later changes, `restore` → the database is as it was at the
/// backup, `check` passes on it, and no temporary file is left behind.
#[test]
fn a_backup_is_restored_in_place_and_the_database_is_as_it_was() {
    let dir = tempfile::tempdir().unwrap();
    database_with_a_backup(dir.path());
    let add = driegesprek(
        &["org", "add", "--kind", "coa", "--name", "COA Ter Apel"],
        &[],
        dir.path(),
    );
    assert!(add.status.success());
    assert!(orgs_in("cli.db", dir.path()).contains("COA Ter Apel"));

    let out = driegesprek(&["restore", "copy.db"], &[], dir.path());
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(stdout.contains("restored"), "{stdout}");
    let orgs = orgs_in("cli.db", dir.path());
    assert!(
        orgs.contains("Gemeente Utrecht") && !orgs.contains("COA Ter Apel"),
        "{orgs}"
    );
    let check = driegesprek(&["check"], &[], dir.path());
    assert!(
        check.status.success(),
        "{}",
        String::from_utf8_lossy(&check.stdout)
    );
    let left: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains("restore") || n.ends_with(".tmp"))
        .collect();
    assert!(left.is_empty(), "left behind: {left:?}");
}

/// A damaged copy or a file that is no database is refused, and the database is untouched.
#[test]
fn a_corrupt_copy_is_refused_and_the_database_is_untouched() {
    let dir = tempfile::tempdir().unwrap();
    database_with_a_backup(dir.path());
    // Overwrite a stretch of the copy's pages (past the header) with garbage.
    let copy = dir.path().join("copy.db");
    let mut bytes = std::fs::read(&copy).unwrap();
    assert!(bytes.len() > 8192, "a copy of several pages");
    let end = bytes.len() - 100;
    for b in &mut bytes[4096..end] {
        *b = 0x5a;
    }
    std::fs::write(&copy, &bytes).unwrap();
    let out = driegesprek(&["restore", "copy.db"], &[], dir.path());
    fails_with_one_line(&out, "not restored");

    std::fs::write(
        dir.path().join("notes.db"),
        b"not a database at all, only text",
    )
    .unwrap();
    let out = driegesprek(&["restore", "notes.db"], &[], dir.path());
    fails_with_one_line(&out, "notes.db");

    let out = driegesprek(&["restore", "missing.db"], &[], dir.path());
    fails_with_one_line(&out, "missing.db is not a file");

    assert!(orgs_in("cli.db", dir.path()).contains("Gemeente Utrecht"));
}

/// A copy from a newer version (a migration this binary does not know) is refused.
#[test]
fn a_copy_with_a_newer_schema_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    database_with_a_backup(dir.path());
    sql(
        &dir.path().join("copy.db"),
        "INSERT INTO _sqlx_migrations (version, description, success, checksum, execution_time)
         VALUES (99990101000000, 'from the future', 1, x'00', 0)",
    );
    let add = driegesprek(
        &["org", "add", "--kind", "coa", "--name", "COA Ter Apel"],
        &[],
        dir.path(),
    );
    assert!(add.status.success());
    let out = driegesprek(&["restore", "copy.db"], &[], dir.path());
    fails_with_one_line(&out, "newer version");
    assert!(String::from_utf8_lossy(&out.stderr).contains("99990101000000"));
    assert!(
        orgs_in("cli.db", dir.path()).contains("COA Ter Apel"),
        "untouched"
    );
}

/// While `driegesprek run` serves the database, restore refuses and changes nothing; once the
/// bot is stopped, the same restore goes through.
#[test]
fn restore_refuses_a_database_that_a_running_bot_holds() {
    use driegesprek::emulator::{ChatTarget, Emulator, TOKEN};
    let dir = tempfile::tempdir().unwrap();
    database_with_a_backup(dir.path());
    let add = driegesprek(
        &["org", "add", "--kind", "coa", "--name", "COA Ter Apel"],
        &[],
        dir.path(),
    );
    assert!(add.status.success());

    let rt = tokio::runtime::Runtime::new().unwrap();
    let tg = rt.block_on(Emulator::start());
    let mut bot = Command::new(env!("CARGO_BIN_EXE_driegesprek"))
        .arg("run")
        .current_dir(dir.path())
        .env("TELOXIDE_TOKEN", TOKEN)
        .env("TELOXIDE_API_URL", tg.url().as_str())
        .env(
            "DATABASE_URL",
            dir.path().join("cli.db").display().to_string(),
        )
        .env("RUST_LOG", "off")
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    // The bot answers: it is running.
    let someone = tg.user(7001, "Someone", Some("en"));
    tg.send_command(&someone, ChatTarget::Private, "start");
    rt.block_on(tg.wait_for(someone.id, |s| s.method == "sendMessage"));

    let out = driegesprek(&["restore", "copy.db"], &[], dir.path());
    let _ = bot.kill();
    let _ = bot.wait();
    fails_with_one_line(&out, "stop the running bot first");
    assert!(
        orgs_in("cli.db", dir.path()).contains("COA Ter Apel"),
        "untouched"
    );

    let out = driegesprek(&["restore", "copy.db"], &[], dir.path());
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(!orgs_in("cli.db", dir.path()).contains("COA Ter Apel"));
}

/// Anything else that has the database open (here a plain SQLite connection, as an `sqlite3`
/// shell would) also stops a restore.
#[test]
fn restore_refuses_a_database_open_elsewhere() {
    let dir = tempfile::tempdir().unwrap();
    database_with_a_backup(dir.path());
    let url = format!("sqlite://{}", dir.path().join("cli.db").display());
    let rt = tokio::runtime::Runtime::new().unwrap();
    let pool = rt.block_on(sqlx::SqlitePool::connect(&url)).unwrap();
    let n: i64 = rt
        .block_on(sqlx::query_scalar("SELECT COUNT(*) FROM orgs").fetch_one(&pool))
        .unwrap();
    assert_eq!(n, 1);
    let out = driegesprek(&["restore", "copy.db"], &[], dir.path());
    rt.block_on(pool.close());
    fails_with_one_line(&out, "open in another process");
}

/// On a new machine there is no database yet: restore puts the copy where DATABASE_URL points.
#[test]
fn a_backup_is_restored_onto_a_machine_without_a_database() {
    let dir = tempfile::tempdir().unwrap();
    database_with_a_backup(dir.path());
    let out = driegesprek(
        &["restore", "copy.db"],
        &[("DATABASE_URL", "new.db")],
        dir.path(),
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(orgs_in("new.db", dir.path()).contains("Gemeente Utrecht"));
}

/// `figures` for an admin (issue 17), on six hand-made cases of Gemeente Utrecht and COA Ter
/// Apel, five of them opened in the first quarter: counted by hand, small numbers never shown.
#[test]
fn figures_for_a_quarter_match_the_hand_count_and_hide_small_numbers() {
    let dir = tempfile::tempdir().unwrap();
    for (kind, name) in [("gemeente", "Gemeente Utrecht"), ("coa", "COA Ter Apel")] {
        let out = driegesprek(
            &["org", "add", "--kind", kind, "--name", name],
            &[],
            dir.path(),
        );
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let db = dir.path().join("cli.db");
    sql(
        &db,
        "INSERT INTO staff (id, tg_user_id, org_id, display_name, joined_at)
             VALUES (1, 100, 1, 'Sanne', 'x');
         INSERT INTO cases (id, reference, holder_name, owner_org_id, coa_org_id, gemeente_org_id,
             matching_date, housing_date, created_by, created_at) VALUES
             (1, 'UTR-1', 'A', 1, 2, 1, '2026-01-01', '2026-05-01', 1, '2026-01-15T10:00:00+00:00'),
             (2, 'UTR-2', 'B', 1, 2, 1, '2026-01-01', '2026-05-01', 1, '2026-01-15T10:00:00+00:00'),
             (3, 'UTR-3', 'C', 1, 2, 1, '2026-01-01', '2026-05-01', 1, '2026-01-15T10:00:00+00:00'),
             (4, 'UTR-4', 'D', 1, 2, 1, '2026-01-01', '2026-02-01', 1, '2026-01-15T10:00:00+00:00'),
             (5, 'UTR-5', 'E', 1, 2, 1, '2026-01-01', NULL, 1, '2026-03-31T21:30:00+00:00'),
             (6, 'UTR-6', 'F', 1, 2, 1, '2026-01-01', NULL, 1, '2026-03-31T22:30:00+00:00');
         INSERT INTO meetings (case_id, proposer, proposer_chat, place, status, starts_at,
             ends_at, interpreter_lang, created_at, updated_at) VALUES
             (1, 100, 100, 'azc', 'held', '2026-01-21T09:00:00+00:00', NULL, 'ti', '2026-01-11T09:00:00+00:00', 'x'),
             (2, 100, 100, 'azc', 'held', '2026-01-21T09:00:00+00:00', NULL, NULL, '2026-01-11T09:00:00+00:00', 'x'),
             (3, 100, 100, 'azc', 'held', '2026-01-21T09:00:00+00:00', NULL, NULL, '2026-01-11T09:00:00+00:00', 'x'),
             (4, 100, 100, 'azc', 'held', '2026-02-10T09:00:00+00:00', NULL, NULL, '2026-01-06T09:00:00+00:00', 'x'),
             (5, 100, 100, 'azc', 'cancelled', NULL, NULL, NULL, '2026-01-21T09:00:00+00:00', 'x');",
    );
    let out = driegesprek(
        &[
            "figures",
            "--org",
            "1",
            "--from",
            "2026-01-01",
            "--to",
            "2026-03-31",
            "--format",
            "csv",
        ],
        &[],
        dir.path(),
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let csv = String::from_utf8_lossy(&out.stdout).to_string();
    let mut lines = csv.lines();
    let header: Vec<&str> = lines.next().unwrap().split(',').collect();
    let row: Vec<&str> = lines.next().unwrap().split(',').collect();
    assert_eq!(lines.next(), None, "one organisation: {csv}");
    let value = |name: &str| -> String {
        let i = header
            .iter()
            .position(|h| *h == name)
            .unwrap_or_else(|| panic!("{name} in {csv}"));
        row[i].to_string()
    };
    // Case 5 opened at 23:30 in Amsterdam on 31 March: in the quarter; case 6 on 1 April: not.
    assert_eq!(value("cases_opened"), "5");
    assert_eq!(value("held_before_move_pct"), "60");
    assert_eq!(value("held_after_move_pct"), "20");
    assert_eq!(value("no_meeting_held_pct"), "20");
    // Proposed 10, 10, 10, 5 and 20 days after matching: median 10, 80th percentile 10.
    assert_eq!(value("days_to_first_proposed_median"), "10");
    assert_eq!(value("days_to_first_proposed_p80"), "10");
    // Held in only 4 cases: no spread shown.
    assert_eq!(value("days_to_first_held_median"), "-");
    assert_eq!(value("meetings_with_interpreter"), "< 5");
    assert_eq!(value("no_shows_holder"), "0");
    assert_eq!(value("option_none"), "5");
    assert_eq!(value("language_unknown"), "5");
    assert!(!csv.contains("UTR-"), "no reference in the figures: {csv}");

    // The same as a table to read, and for every organisation at once.
    let out = driegesprek(
        &[
            "figures",
            "--all",
            "--from",
            "2026-01-01",
            "--to",
            "2026-03-31",
        ],
        &[],
        dir.path(),
    );
    let md = String::from_utf8_lossy(&out.stdout).to_string();
    assert_eq!(md.matches("| cases_opened | 5 |").count(), 2, "{md}");
    assert!(md.contains("## Gemeente Utrecht (gemeente)") && md.contains("## COA Ter Apel (coa)"));
    let out = driegesprek(
        &[
            "figures",
            "--org",
            "9",
            "--from",
            "2026-01-01",
            "--to",
            "2026-03-31",
        ],
        &[],
        dir.path(),
    );
    fails_with_one_line(&out, "no organisation 9");
}
