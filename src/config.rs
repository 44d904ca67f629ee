//! Configuration: one clap struct per command, every setting also from the environment, with
//! safe defaults and one clear line for anything missing or wrong.

use clap::{Args, Parser, Subcommand};

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

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run the bot with long polling (the default).
    Run(Telegram),
    /// Apply database migrations and exit.
    Migrate,
    /// Organisations: COA locations and municipalities.
    #[command(subcommand)]
    Org(OrgCommand),
    /// Invite links.
    #[command(subcommand)]
    Invite(InviteCommand),
    /// For translators: every message of a locale in context.
    #[command(subcommand)]
    Locale(LocaleCommand),
    /// Write a consistent copy of the database to a file.
    Backup {
        /// Where to write the copy (must not exist yet).
        dest: String,
    },
}

#[derive(Debug, Clone, Args)]
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
    fn a_plain_path_becomes_a_sqlite_url() {
        assert_eq!(database_url("driegesprek.db"), "sqlite://driegesprek.db");
        assert_eq!(database_url("sqlite::memory:"), "sqlite::memory:");
    }
}
