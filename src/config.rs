//! Configuration: one clap struct per command, every setting also from the environment, with
//! safe defaults and one clear line for anything missing or wrong.

use clap::{Args, Parser, Subcommand};

use crate::app::Policy;
use crate::reminders::settings::{parse_duration, parse_durations};
use crate::reminders::{QuietHours, Settings};

#[derive(Debug, Parser)]
#[command(
    name = "driegesprek",
    version,
    about = "Telegram bot for the warm handover (driegesprek) from COA to the municipality"
)]
pub struct Cli {
    /// The SQLite database: a file path or a sqlite: URL.
    #[arg(
        long,
        env = "DATABASE_URL",
        default_value = "driegesprek.db",
        global = true
    )]
    pub database_url: String,

    #[command(flatten)]
    pub reminders: ReminderArgs,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run the bot with long polling (the default).
    Run(RunArgs),
    /// Apply database migrations and exit.
    Migrate,
    /// Organisations: COA locations and municipalities.
    #[command(subcommand)]
    Org(OrgCommand),
    /// Invite links.
    #[command(subcommand)]
    Invite(InviteCommand),
    /// Staff members: list them, end a caseworker's access.
    #[command(subcommand)]
    Staff(StaffCommand),
    /// For translators: every message of a locale in context.
    #[command(subcommand)]
    Locale(LocaleCommand),
    /// Check the configuration and the database (and, with --online, the token): one line per
    /// finding, exit code 1 if anything is wrong. Changes nothing.
    Check {
        /// Also ask Telegram whether the token is valid.
        #[arg(long)]
        online: bool,
        #[command(flatten)]
        telegram: Telegram,
    },
    /// The audit trail for an admin or the privacy officer (ids only): who saw, exported,
    /// changed or erased what, and when. One of --case or --staff.
    Audit {
        /// A case's reference, e.g. UTR-7 (every organisation's case with it, unless --org).
        #[arg(long, conflicts_with = "staff", required_unless_present = "staff")]
        case: Option<String>,
        /// Only the case of this organisation (its id, see `org list`).
        #[arg(long, requires = "case")]
        org: Option<i64>,
        /// A staff member's id (see `staff list`): what they did, and their access ending.
        #[arg(long)]
        staff: Option<i64>,
    },
    /// Anonymous figures of the handovers (issue 17): per organisation, over the cases it opened
    /// from --from to --to. Counts of 1 to 4 show as "< 5"; shares and spreads over fewer than
    /// 5 cases are left out.
    Figures {
        /// The organisation's id (see `org list`).
        #[arg(long, conflicts_with = "all", required_unless_present = "all")]
        org: Option<i64>,
        /// One row per organisation (for a regional or national overview).
        #[arg(long)]
        all: bool,
        /// The first day of the period (YYYY-MM-DD).
        #[arg(long)]
        from: chrono::NaiveDate,
        /// The last day of the period (YYYY-MM-DD), included.
        #[arg(long)]
        to: chrono::NaiveDate,
        /// md (a table to read), csv (one row per organisation) or json.
        #[arg(long, default_value = "md", value_parser = ["md", "csv", "json"])]
        format: String,
    },
    /// Write a consistent copy of the database to a file.
    Backup {
        /// Where to write the copy (must not exist yet).
        dest: String,
    },
    /// Put a backup back in place of the database: checks the copy's integrity and schema
    /// version first, and refuses while a bot (or anything else) has the database open.
    Restore {
        /// The copy to restore (made by `backup`).
        source: String,
    },
    /// Try the bot without Telegram: the three parties' chats side by side in a browser, on
    /// the real bot and an emulated Bot API, with a clock you can move (http://127.0.0.1:8080).
    Playground(PlaygroundArgs),
}

#[derive(Debug, Clone, Args)]
pub struct PlaygroundArgs {
    /// The port of the page, on 127.0.0.1 only.
    #[arg(long, default_value_t = 8080)]
    pub port: u16,
    /// Where the clock starts (RFC 3339, e.g. 2026-03-30T08:00:00Z); now if not given.
    #[arg(long)]
    pub start_at: Option<String>,
    /// Start empty, without the sample organisations, staff and cases.
    #[arg(long)]
    pub no_seed: bool,
}

#[derive(Debug, Clone, Default, Args)]
pub struct RunArgs {
    #[command(flatten)]
    pub telegram: Telegram,
    /// Answer `GET /health` and `GET /live` on this address (e.g. 127.0.0.1:8089), for
    /// monitoring and an orchestrator's probes. Off when not set.
    #[arg(long, env = "HEALTH_LISTEN")]
    pub health_listen: Option<String>,
    /// Receive updates through a webhook at this public HTTPS URL instead of long polling
    /// (behind a reverse proxy that forwards it to --listen).
    #[arg(long, env = "WEBHOOK_URL", requires = "listen")]
    pub webhook: Option<String>,
    /// Where the webhook listens locally, e.g. 127.0.0.1:8443 (with --webhook).
    #[arg(long, env = "WEBHOOK_LISTEN", requires = "webhook")]
    pub listen: Option<String>,
}

#[derive(Debug, Clone, Default, Args)]
pub struct Telegram {
    /// The bot token from @BotFather.
    #[arg(long, env = "TELOXIDE_TOKEN", hide_env_values = true)]
    pub token: Option<String>,
    /// Another Bot API server (a local one, or a fake in tests).
    #[arg(long, env = "TELOXIDE_API_URL")]
    pub api_url: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum OrgCommand {
    /// Add a COA location or a municipality.
    Add {
        /// `coa` or `gemeente`.
        #[arg(long)]
        kind: String,
        /// The name people know it by, e.g. "COA Ter Apel" or "Gemeente Utrecht".
        #[arg(long)]
        name: String,
    },
    /// List the organisations with their ids.
    List,
}

#[derive(Debug, Subcommand)]
pub enum StaffCommand {
    /// The staff of an organisation: id, name, since when, open cases, whether revoked.
    List {
        /// The organisation's id (see `org list`).
        #[arg(long)]
        org: i64,
    },
    /// End a staff member's access at once: off every case, their buttons refused, each case's
    /// other parties told (with an invite for a colleague where nobody of their side is left).
    /// The running bot sends those messages.
    Revoke {
        /// The staff member's id (see `staff list`).
        id: i64,
        /// The bot's username, for the invite links; asked from Telegram with the token if not
        /// given.
        #[arg(long, env = "BOT_USERNAME")]
        bot_username: Option<String>,
        #[command(flatten)]
        telegram: Telegram,
    },
}

#[derive(Debug, Subcommand)]
pub enum LocaleCommand {
    /// Print every message of a locale with sample values, beside the Dutch source, by screen.
    Show {
        /// The locale id, e.g. `ti` (see `locales/`).
        locale: String,
    },
}

#[derive(Debug, Subcommand)]
pub enum InviteCommand {
    /// An invite link (and QR code) for staff of an organisation.
    Staff {
        /// The organisation's id (see `org list`).
        #[arg(long)]
        org: i64,
        /// `coa` or `gemeente`: must match the organisation's kind.
        #[arg(long)]
        role: String,
        /// How many people may use the link.
        #[arg(long, default_value_t = 1)]
        uses: i64,
        /// How many days the link stays valid.
        #[arg(long, default_value_t = 14)]
        days: i64,
        /// Where to write the QR code image.
        #[arg(long, default_value = "invite.png")]
        qr: String,
        /// The bot's username; asked from Telegram with the token if not given.
        #[arg(long, env = "BOT_USERNAME")]
        bot_username: Option<String>,
        #[command(flatten)]
        telegram: Telegram,
    },
}

/// Reminder offsets and quiet hours (README, "Reminders"). Durations are written `90m`, `24h`,
/// `3d` or `4w`; times are local time in the Netherlands.
#[derive(Debug, Clone, Args)]
pub struct ReminderArgs {
    /// No reminders between these local times; due then, they wait for the morning.
    #[arg(
        long,
        env = "REMINDER_QUIET_HOURS",
        default_value = "21:00-08:00",
        global = true
    )]
    pub quiet_hours: String,
    /// How long before a confirmed meeting each party is reminded (comma-separated).
    #[arg(
        long,
        env = "REMINDER_MEETING_BEFORE",
        default_value = "2d,2h",
        global = true
    )]
    pub meeting_before: String,
    /// Nudge whoever has not answered proposed slots after this long.
    #[arg(
        long,
        env = "REMINDER_SLOTS_AFTER",
        default_value = "24h",
        global = true
    )]
    pub slots_after: String,
    /// Remind of open preparation items this long before the meeting.
    #[arg(
        long,
        env = "REMINDER_PREPARATION_BEFORE",
        default_value = "3d",
        global = true
    )]
    pub preparation_before: String,
    /// Remind that no interpreter is booked this long before the meeting.
    #[arg(
        long,
        env = "REMINDER_INTERPRETER_BEFORE",
        default_value = "3d",
        global = true
    )]
    pub interpreter_before: String,
    /// Remind the owner of an agreement this long before it is due.
    #[arg(
        long,
        env = "REMINDER_AGREEMENT_BEFORE",
        default_value = "1d",
        global = true
    )]
    pub agreement_before: String,
    /// Ask whether the plan still holds after this long without activity.
    #[arg(
        long,
        env = "REMINDER_LONG_WAIT_AFTER",
        default_value = "30d",
        global = true
    )]
    pub long_wait_after: String,
    /// Anonymise a closed case this long after it was closed (the privacy officer's retention
    /// period; issue 14).
    #[arg(long, env = "RETENTION_CLOSED", default_value = "365d", global = true)]
    pub retention_closed: String,
}

impl ReminderArgs {
    /// The settings, or one clear line naming the variable that is wrong.
    pub fn settings(&self) -> Result<Settings, String> {
        fn named(var: &'static str) -> impl Fn(String) -> String {
            move |e| format!("{var}: {e}")
        }
        Ok(Settings {
            quiet: QuietHours::parse(&self.quiet_hours).map_err(named("REMINDER_QUIET_HOURS"))?,
            policy: Policy {
                meeting_before: parse_durations(&self.meeting_before)
                    .map_err(named("REMINDER_MEETING_BEFORE"))?,
                slots_unanswered_after: parse_duration(&self.slots_after)
                    .map_err(named("REMINDER_SLOTS_AFTER"))?,
                preparation_before: parse_duration(&self.preparation_before)
                    .map_err(named("REMINDER_PREPARATION_BEFORE"))?,
                interpreter_before: parse_duration(&self.interpreter_before)
                    .map_err(named("REMINDER_INTERPRETER_BEFORE"))?,
                agreement_due_before: parse_duration(&self.agreement_before)
                    .map_err(named("REMINDER_AGREEMENT_BEFORE"))?,
                long_wait_after: parse_duration(&self.long_wait_after)
                    .map_err(named("REMINDER_LONG_WAIT_AFTER"))?,
                retention_closed: parse_duration(&self.retention_closed)
                    .map_err(named("RETENTION_CLOSED"))?,
            },
            ..Settings::default()
        })
    }
}

/// A bot token looks like `123456789:AA...`: digits, a colon, then letters, digits, `_` or `-`.
pub fn check_token(token: Option<&str>) -> Result<String, &'static str> {
    let Some(token) = token.map(str::trim).filter(|t| !t.is_empty()) else {
        return Err("TELOXIDE_TOKEN is not set: get a token from @BotFather and set it");
    };
    let ok = token.split_once(':').is_some_and(|(id, secret)| {
        !id.is_empty()
            && id.bytes().all(|b| b.is_ascii_digit())
            && !secret.is_empty()
            && secret
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
    });
    if ok {
        Ok(token.to_string())
    } else {
        Err("TELOXIDE_TOKEN is malformed: it looks like 123456789:AAE... (from @BotFather)")
    }
}

/// Whether `--database-url` was typed on the command line: only then may the playground use a
/// real database file (a `DATABASE_URL` in the environment may be production's).
pub fn database_url_is_explicit(matches: &clap::ArgMatches) -> bool {
    matches.value_source("database_url") == Some(clap::parser::ValueSource::CommandLine)
}

/// Accepts a plain file path as well as a `sqlite:` URL.
pub fn database_url(raw: &str) -> String {
    if raw.starts_with("sqlite:") {
        raw.to_string()
    } else {
        format!("sqlite://{raw}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_missing_or_malformed_token_is_refused_with_a_clear_reason() {
        assert!(check_token(None).unwrap_err().contains("not set"));
        assert!(check_token(Some("  ")).unwrap_err().contains("not set"));
        for bad in ["abc", "123:", ":abc", "12a:abc", "123:ab c"] {
            assert!(
                check_token(Some(bad)).unwrap_err().contains("malformed"),
                "{bad}"
            );
        }
        assert_eq!(
            check_token(Some("123456:AAE_x-9")).unwrap(),
            "123456:AAE_x-9"
        );
    }

    #[test]
    fn the_documented_reminder_defaults_are_the_settings_defaults() {
        let cli = Cli::parse_from(["driegesprek"]);
        assert_eq!(cli.reminders.settings(), Ok(Settings::default()));
        let cli = Cli::parse_from(["driegesprek", "--quiet-hours", "22:00-7h"]);
        assert!(
            cli.reminders
                .settings()
                .unwrap_err()
                .contains("REMINDER_QUIET_HOURS")
        );
    }

    #[test]
    fn only_a_database_url_typed_on_the_command_line_counts_as_explicit() {
        use clap::CommandFactory;
        let explicit = |args: &[&str]| {
            let matches = Cli::command().try_get_matches_from(args).unwrap();
            database_url_is_explicit(&matches)
        };
        assert!(!explicit(&["driegesprek", "playground"]));
        assert!(explicit(&[
            "driegesprek",
            "playground",
            "--database-url",
            "x.db"
        ]));
        assert!(explicit(&[
            "driegesprek",
            "--database-url",
            "x.db",
            "playground"
        ]));
    }

    #[test]
    fn a_plain_path_becomes_a_sqlite_url() {
        assert_eq!(database_url("driegesprek.db"), "sqlite://driegesprek.db");
        assert_eq!(database_url("sqlite::memory:"), "sqlite::memory:");
    }
}
