//! The `driegesprek` binary: run the bot, or administer organisations, invites and backups.

#![deny(
    clippy::string_slice,
    clippy::indexing_slicing,
    clippy::unwrap_used,
    clippy::expect_used
)]

use std::process::ExitCode;
use std::sync::Arc;

use anyhow::{Context, bail};
use clap::{CommandFactory, FromArgMatches};
use driegesprek::app::{App, InviteSpec, Links};
use driegesprek::clock::{Clock, SystemClock};
use driegesprek::config::{
    Cli, Command, InviteCommand, LocaleCommand, OrgCommand, RunArgs, StaffCommand, Telegram,
    check_token, database_url, database_url_is_explicit,
};
use driegesprek::domain::{InvitePurpose, Lang, OrgKind, OrgName};
use driegesprek::i18n::I18n;
use driegesprek::telegram::health;
use driegesprek::{qr, store, telegram};
use teloxide::Bot;

#[tokio::main]
async fn main() -> ExitCode {
    if let Err(e) = init_logs() {
        eprintln!("error: {e}");
        return ExitCode::FAILURE;
    }
    let matches = Cli::command().get_matches();
    let explicit_db = database_url_is_explicit(&matches);
    let cli = match Cli::from_arg_matches(&matches) {
        Ok(cli) => cli,
        Err(e) => e.exit(),
    };
    match run(cli, explicit_db).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::FAILURE
        }
    }
}

/// Logs go to stderr, as text (the default) or, with `LOG_FORMAT=json`, one JSON object per
/// line: `timestamp`, `level`, `target`, `message` and the event's fields (ids only).
fn init_logs() -> Result<(), String> {
    let filter = tracing_subscriber::EnvFilter::try_from_env("RUST_LOG")
        .unwrap_or_else(|_| "info,teloxide=warn,sqlx=warn".into());
    let format = std::env::var("LOG_FORMAT").unwrap_or_default();
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr);
    match format.trim().to_ascii_lowercase().as_str() {
        "" | "text" => builder.init(),
        "json" => builder
            .json()
            .flatten_event(true)
            .with_current_span(false)
            .with_span_list(false)
            .init(),
        other => return Err(format!("LOG_FORMAT must be text or json, not {other:?}")),
    }
    Ok(())
}

async fn run(cli: Cli, explicit_db: bool) -> anyhow::Result<()> {
    let db = database_url(&cli.database_url);
    let reminders = cli.reminders.clone();
    match cli.command.unwrap_or(Command::Run(RunArgs::default())) {
        Command::Run(args) => {
            let settings = reminders.settings().map_err(anyhow::Error::msg)?;
            run_bot(&db, args, settings).await
        }
        Command::Playground(args) => {
            let settings = reminders.settings().map_err(anyhow::Error::msg)?;
            let start_at = match args.start_at.as_deref() {
                Some(at) => Some(at.parse().with_context(|| {
                    format!("--start-at is not a time like 2026-03-30T08:00:00Z: {at}")
                })?),
                None => None,
            };
            let options = driegesprek::playground::Options {
                port: args.port,
                database: explicit_db.then(|| db.clone()),
                env_database: std::env::var_os("DATABASE_URL").is_some(),
                start_at,
                seed: !args.no_seed,
                settings,
            };
            driegesprek::playground::run(options, stop_signal()).await
        }
        Command::Migrate => {
            store::connect(&db).await?;
            println!("database is up to date");
            Ok(())
        }
        Command::Org(OrgCommand::Add { kind, name }) => {
            let Some(kind) = OrgKind::parse(&kind) else {
                bail!("--kind must be coa or gemeente");
            };
            let name = OrgName::parse(&name)
                .map_err(|p| anyhow::anyhow!("--name is not usable: {p:?}"))?;
            let pool = store::connect(&db).await?;
            let mut conn = pool.acquire().await?;
            match store::orgs::insert(&mut conn, kind, &name, SystemClock.now()).await {
                Ok(id) => println!("{id}\t{}\t{}", kind.as_str(), name.as_str()),
                Err(e) if store::is_unique_violation(&e) => {
                    bail!("that organisation exists already")
                }
                Err(e) => return Err(e.into()),
            }
            Ok(())
        }
        Command::Org(OrgCommand::List) => {
            let pool = store::connect(&db).await?;
            let mut conn = pool.acquire().await?;
            for org in store::orgs::list(&mut conn).await? {
                println!("{}\t{}\t{}", org.id, org.kind.as_str(), org.name);
            }
            Ok(())
        }
        Command::Invite(InviteCommand::Staff {
            org,
            role,
            uses,
            days,
            qr: qr_path,
            bot_username,
            telegram: tg,
        }) => {
            let Some(role) = OrgKind::parse(&role) else {
                bail!("--role must be coa or gemeente");
            };
            if !(1..=500).contains(&uses) || !(1..=90).contains(&days) {
                bail!("--uses must be 1 to 500 and --days 1 to 90");
            }
            let pool = store::connect(&db).await?;
            let mut conn = pool.acquire().await?;
            let Some(found) = store::orgs::get(&mut conn, driegesprek::domain::OrgId(org)).await?
            else {
                bail!("no organisation with id {org} (see `driegesprek org list`)");
            };
            if found.kind != role {
                bail!(
                    "organisation {org} is a {}, not a {}",
                    found.kind.as_str(),
                    role.as_str()
                );
            }
            let app = cli_app(&pool, bot_username, &tg).await?;
            let spec = InviteSpec {
                purpose: InvitePurpose::Staff,
                org: Some(found.id),
                case: None,
                max_uses: uses,
                valid_for: chrono::Duration::days(days),
            };
            let invite = app.create_invite(&mut conn, &spec).await?;
            std::fs::write(&qr_path, qr::png(&invite.link)?)
                .with_context(|| format!("cannot write the QR code to {qr_path}"))?;
            println!("{}", invite.link);
            println!(
                "valid until {} (UTC), {uses} use(s); QR code: {qr_path}",
                invite.expires_at.format("%Y-%m-%d %H:%M")
            );
            Ok(())
        }
        Command::Staff(StaffCommand::List { org }) => {
            let pool = store::connect(&db).await?;
            let mut conn = pool.acquire().await?;
            let org = driegesprek::domain::OrgId(org);
            if store::orgs::get(&mut conn, org).await?.is_none() {
                bail!(
                    "no organisation with id {} (see `driegesprek org list`)",
                    org.0
                );
            }
            println!("id\tname\tjoined\topen cases\tstatus");
            for s in store::staff::list(&mut conn, org).await? {
                let status = if s.revoked { "revoked" } else { "active" };
                println!(
                    "{}\t{}\t{}\t{}\t{status}",
                    s.id.0, s.name, s.joined_at, s.open_cases
                );
            }
            Ok(())
        }
        Command::Staff(StaffCommand::Revoke {
            id,
            bot_username,
            telegram: tg,
        }) => {
            let pool = store::connect(&db).await?;
            let app = cli_app(&pool, bot_username, &tg).await?;
            let Some(done) = app.revoke_staff(driegesprek::domain::StaffId(id)).await? else {
                bail!("no active staff member with id {id} (see `driegesprek staff list`)");
            };
            let uncovered = done.cases.iter().filter(|(_, covered)| !covered).count();
            println!(
                "staff member {id} revoked: taken off {} open case(s); {uncovered} of them now \
                 have nobody of that organisation and got an invite link for a colleague",
                done.cases.len()
            );
            Ok(())
        }
        Command::Locale(LocaleCommand::Show { locale }) => {
            let Some(lang) = Lang::from_id(&locale) else {
                bail!("unknown locale {locale}; see the folders in locales/");
            };
            print!("{}", driegesprek::i18n::review(&I18n::load()?, lang));
            Ok(())
        }
        Command::Check {
            online,
            telegram: tg,
        } => check(&db, &reminders, tg, online).await,
        Command::Figures {
            org,
            all,
            from,
            to,
            format,
        } => {
            let pool = store::connect(&db).await?;
            let mut conn = pool.acquire().await?;
            let orgs: Vec<_> = store::orgs::list(&mut conn)
                .await?
                .into_iter()
                .filter(|o| all || Some(o.id.0) == org)
                .collect();
            if orgs.is_empty() {
                bail!(
                    "no organisation {} (see `org list`)",
                    org.unwrap_or_default()
                );
            }
            let today = SystemClock.today();
            let mut table = Vec::new();
            for o in orgs {
                let facts = store::figures::of_org(&mut conn, o.id.0).await?;
                let f = driegesprek::workflow::figures::figures(&facts, from, to, today);
                table.push((o, f));
            }
            print_figures(&table, from, to, &format)?;
            Ok(())
        }
        Command::Audit { case, org, staff } => {
            let pool = store::connect(&db).await?;
            let mut conn = pool.acquire().await?;
            let lines = match (case, staff) {
                (Some(reference), _) => {
                    store::privacy::audit_of_case(&mut conn, &reference, org).await?
                }
                (None, Some(id)) => store::privacy::audit_of_staff(&mut conn, id).await?,
                (None, None) => bail!("give --case REF or --staff ID"),
            };
            println!("when (Europe/Amsterdam)\tcase\tactor (Telegram id)\taction\tsubject");
            for l in &lines {
                let at = l.at.with_timezone(&chrono_tz::Europe::Amsterdam);
                let opt = |v: Option<i64>| v.map_or_else(|| "-".to_string(), |v| v.to_string());
                println!(
                    "{}\t{}\t{}\t{}\t{}",
                    at.format("%Y-%m-%d %H:%M:%S"),
                    l.reference.as_deref().unwrap_or("-"),
                    opt(l.actor),
                    l.action,
                    opt(l.subject)
                );
            }
            eprintln!("{} line(s)", lines.len());
            Ok(())
        }
        Command::Backup { dest } => {
            if std::path::Path::new(&dest).exists() {
                bail!("{dest} exists already; choose a new file name");
            }
            let pool = store::connect(&db).await?;
            store::backup(&pool, &dest).await?;
            println!("backup written to {dest}");
            Ok(())
        }
        Command::Restore { source } => {
            let done = store::restore::restore(std::path::Path::new(&source), &db).await?;
            println!("{source} restored into {db}");
            if done.pending > 0 {
                println!(
                    "it lacks {} migration(s); the bot applies them when it starts",
                    done.pending
                );
            }
            Ok(())
        }
    }
}

/// `driegesprek check`: each finding on its own line (`ok` or `FAIL`), exit code 1 if any failed.
/// The figures as a table to read (md), one row per organisation (csv) or json.
fn print_figures(
    table: &[(store::orgs::Org, driegesprek::workflow::figures::Figures)],
    from: chrono::NaiveDate,
    to: chrono::NaiveDate,
    format: &str,
) -> anyhow::Result<()> {
    match format {
        "json" => {
            let rows: Vec<serde_json::Value> = table
                .iter()
                .map(|(o, f)| {
                    serde_json::json!({
                        "org": o.id.0, "name": o.name, "kind": o.kind.as_str(),
                        "from": from, "to": to, "figures": f,
                    })
                })
                .collect();
            println!("{}", serde_json::to_string_pretty(&rows)?);
        }
        "csv" => {
            // Every language seen in any row gets a column.
            let mut names: Vec<String> = Vec::new();
            for (_, f) in table {
                for (k, _) in f.columns() {
                    if !names.contains(&k) {
                        names.push(k);
                    }
                }
            }
            let quote = |v: &str| format!("\"{}\"", v.replace('"', "\"\""));
            println!("org,name,kind,from,to,{}", names.join(","));
            for (o, f) in table {
                let cols = f.columns();
                let values: Vec<String> = names
                    .iter()
                    .map(|n| {
                        cols.iter()
                            .find(|(k, _)| k == n)
                            .map_or_else(|| "0".to_string(), |(_, v)| v.clone())
                    })
                    .collect();
                println!(
                    "{},{},{},{from},{to},{}",
                    o.id.0,
                    quote(&o.name),
                    o.kind.as_str(),
                    values.join(",")
                );
            }
        }
        _ => {
            for (o, f) in table {
                println!("## {} ({}), {from} to {to}\n", o.name, o.kind.as_str());
                println!("| figure | value |\n|---|---|");
                for (k, v) in f.columns() {
                    println!("| {k} | {v} |");
                }
                println!();
            }
        }
    }
    Ok(())
}

async fn check(
    db: &str,
    reminders: &driegesprek::config::ReminderArgs,
    tg: Telegram,
    online: bool,
) -> anyhow::Result<()> {
    use store::health;
    let mut failed = 0;
    let mut line = |ok: bool, what: &str, detail: String| {
        if !ok {
            failed += 1;
        }
        println!("{} {what}: {detail}", if ok { "ok  " } else { "FAIL" });
    };
    match reminders.settings() {
        Ok(_) => line(true, "configuration", "reminder settings are valid".into()),
        Err(e) => line(false, "configuration", e),
    }
    let token = tg.token.or_else(|| std::env::var("TELOXIDE_TOKEN").ok());
    match (check_token(token.as_deref()), online) {
        (Ok(_), false) => line(
            true,
            "token",
            "well-formed (not checked with Telegram)".into(),
        ),
        (Ok(t), true) => {
            let tg = Telegram {
                token: Some(t),
                api_url: tg
                    .api_url
                    .or_else(|| std::env::var("TELOXIDE_API_URL").ok()),
            };
            match telegram::whoami(&bot(&tg)?).await {
                Ok(me) => line(
                    true,
                    "token",
                    format!(
                        "Telegram knows the bot as @{}",
                        me.username.clone().unwrap_or_default()
                    ),
                ),
                Err(e) => line(false, "token", format!("{e:#}")),
            }
        }
        (Err(e), false) if token.is_none() => {
            line(true, "token", format!("not set here ({e}); `run` needs it"))
        }
        (Err(e), _) => line(false, "token", e.to_string()),
    }
    // The file without the URL's `?mode=…` options; an in-memory database always "exists".
    let exists = store::restore::file_of(db).is_none_or(|p| p.exists());
    if !exists {
        line(
            false,
            "database",
            format!("{db} does not exist (`driegesprek migrate` creates it)"),
        );
    } else {
        match health::open_existing(db).await {
            Err(e) => line(false, "database", format!("{e:#}")),
            Ok(pool) => {
                match health::integrity(&pool).await {
                    Ok(Ok(())) => line(true, "database", "integrity check passed".into()),
                    Ok(Err(problem)) => line(false, "database", format!("integrity: {problem}")),
                    Err(e) => line(false, "database", format!("cannot be read: {e:#}")),
                }
                match health::writable(&pool).await {
                    Ok(Ok(())) => line(true, "database", "writable".into()),
                    Ok(Err(e)) => line(false, "database", format!("not writable: {e}")),
                    Err(e) => line(false, "database", format!("not writable: {e:#}")),
                }
                match health::migrations(&pool).await {
                    Ok(m) if !m.unknown.is_empty() => line(
                        false,
                        "migrations",
                        format!(
                            "the database has migration(s) {:?} this binary does not know: it \
                             was used by a newer version",
                            m.unknown
                        ),
                    ),
                    Ok(m) if !m.pending.is_empty() => line(
                        false,
                        "migrations",
                        format!(
                            "{} of {} pending {:?} (`driegesprek migrate`, after a backup)",
                            m.pending.len(),
                            m.known,
                            m.pending
                        ),
                    ),
                    Ok(m) => line(true, "migrations", format!("all {} applied", m.known)),
                    Err(e) => line(false, "migrations", format!("{e:#}")),
                }
                pool.close().await;
            }
        }
    }
    if failed > 0 {
        bail!("{failed} problem(s) found");
    }
    Ok(())
}

/// The app as the command line uses it: the real clock, and the bot's username for links
/// (given, or asked from Telegram with the token).
async fn cli_app(
    pool: &store::SqlitePool,
    bot_username: Option<String>,
    tg: &Telegram,
) -> anyhow::Result<App> {
    let username = match bot_username {
        Some(u) => u,
        None => telegram::whoami(&bot(tg)?)
            .await?
            .username
            .clone()
            .unwrap_or_default(),
    };
    Ok(App::new(
        pool.clone(),
        Arc::new(SystemClock),
        Links {
            bot_username: username,
        },
    ))
}

fn bot(tg: &Telegram) -> anyhow::Result<Bot> {
    let token = check_token(tg.token.as_deref()).map_err(anyhow::Error::msg)?;
    let mut bot = Bot::new(token);
    if let Some(url) = &tg.api_url {
        let url = url
            .parse()
            .with_context(|| format!("TELOXIDE_API_URL is not a URL: {url}"))?;
        bot = bot.set_api_url(url);
    }
    Ok(bot)
}

async fn run_bot(
    db: &str,
    args: RunArgs,
    settings: driegesprek::reminders::Settings,
) -> anyhow::Result<()> {
    let tg = args.telegram;
    let health = match &args.health_listen {
        Some(addr) => Some(health::bind(addr).await?),
        None => None,
    };
    let hook = match (&args.webhook, &args.listen) {
        (Some(url), Some(addr)) => {
            let url: url::Url = url
                .parse()
                .with_context(|| format!("--webhook / WEBHOOK_URL is not a URL: {url}"))?;
            let parsed: std::net::SocketAddr = addr.trim().parse().with_context(|| {
                format!("--listen / WEBHOOK_LISTEN is not an address like 127.0.0.1:8443: {addr}")
            })?;
            let listener = tokio::net::TcpListener::bind(parsed)
                .await
                .with_context(|| format!("--listen {parsed}: cannot listen there"))?;
            Some(telegram::Webhook { url, listener })
        }
        _ => None,
    };
    let tg = Telegram {
        token: tg.token.or_else(|| std::env::var("TELOXIDE_TOKEN").ok()),
        api_url: tg
            .api_url
            .or_else(|| std::env::var("TELOXIDE_API_URL").ok()),
    };
    let bot = bot(&tg)?;
    // Held until the process ends: `restore` refuses while it is held, and a second bot on
    // the same database is refused here.
    let _lock = store::restore::hold(db)?;
    let pool = store::connect(db).await?;
    let i18n = Arc::new(I18n::load()?);
    let clock = Arc::new(SystemClock);
    let mut running = match hook {
        None => telegram::start_with(bot.clone(), pool.clone(), clock, i18n, settings).await?,
        Some(hook) => {
            telegram::start_webhook(bot.clone(), pool.clone(), clock, i18n, settings, hook).await?
        }
    };
    if let Some(listener) = health {
        let probe = health::Probe {
            pool: pool.clone(),
            bot,
            dispatcher: running.task.abort_handle(),
            reminders: running.reminders.as_ref().map(|r| r.abort_handle()),
        };
        tokio::spawn(health::serve(listener, probe));
    }
    tokio::select! {
        _ = stop_signal() => {
            tracing::info!("stopping");
            running.stop().await;
        }
        res = &mut running.task => {
            res.context("the bot stopped unexpectedly")?;
        }
    }
    pool.close().await;
    Ok(())
}

/// Ctrl-C, or SIGTERM (what systemd and `kill` send) on Unix.
async fn stop_signal() {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        if let Ok(mut term) = signal(SignalKind::terminate()) {
            tokio::select! {
                _ = tokio::signal::ctrl_c() => {}
                _ = term.recv() => {}
            }
            return;
        }
    }
    let _ = tokio::signal::ctrl_c().await;
}
