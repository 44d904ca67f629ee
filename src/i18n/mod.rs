//! Text for people: Fluent bundles for every locale, embedded in the binary, and ICU4X dates.
//! The only module that turns a message id into words. Depends on `domain::Lang` only.
//!
//! Bidi isolation (issue 7): Fluent's automatic FSI/PDI marks around every placeable are turned
//! off, because they break links, case references and commands when copied. Instead the type of
//! each argument decides: in every locale a `Name` (typed text, organisation names) is wrapped
//! in FSI…PDI, so an Arabic name in a Dutch sentence or a Latin name in an Arabic one cannot
//! reorder the sentence around it (issue 10); `Code` values (links, references, commands) are
//! never wrapped. Both lose any bidi control or zero-width character they still carry
//! (`domain::strip_invisible`; the edge removed them already), so the isolate stays balanced.

pub mod dates;
mod msg;
mod review;
pub mod summary;

use std::collections::HashMap;

use anyhow::{Context, anyhow};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

pub use msg::{Arg, Msg};
pub use review::review;
pub use summary::{SummaryDoc, SummaryTable, summary_html};

use crate::domain::{Lang, strip_invisible};
use dates::DateFormatter;

/// The files of each locale, by feature. Every locale has every file.
pub const FILES: [&str; 11] = [
    "common.ftl",
    "case.ftl",
    "holder.ftl",
    "group.ftl",
    "plan.ftl",
    "meeting.ftl",
    "reminder.ftl",
    "prepare.ftl",
    "life.ftl",
    "privacy.ftl",
    "explain.ftl",
];

macro_rules! locale_sources {
    ($($lang:literal),*) => {
        [$(($lang, [
            include_str!(concat!("../../locales/", $lang, "/common.ftl")),
            include_str!(concat!("../../locales/", $lang, "/case.ftl")),
            include_str!(concat!("../../locales/", $lang, "/holder.ftl")),
            include_str!(concat!("../../locales/", $lang, "/group.ftl")),
            include_str!(concat!("../../locales/", $lang, "/plan.ftl")),
            include_str!(concat!("../../locales/", $lang, "/meeting.ftl")),
            include_str!(concat!("../../locales/", $lang, "/reminder.ftl")),
            include_str!(concat!("../../locales/", $lang, "/prepare.ftl")),
            include_str!(concat!("../../locales/", $lang, "/life.ftl")),
            include_str!(concat!("../../locales/", $lang, "/privacy.ftl")),
            include_str!(concat!("../../locales/", $lang, "/explain.ftl")),
        ])),*]
    };
}

/// The text of every shipped locale, compiled in so the binary is all an admin deploys.
pub const SOURCES: [(&str, [&str; FILES.len()]); 13] = locale_sources!(
    "nl", "en", "ar", "ti", "tr", "kmr", "prs", "fa", "so", "ckb", "ps", "am", "fr"
);

pub(crate) const FSI: char = '\u{2068}';
pub(crate) const PDI: char = '\u{2069}';

/// All bundles and the date formatter; built once at start-up and shared.
pub struct I18n {
    bundles: HashMap<Lang, FluentBundle<FluentResource>>,
    dates: DateFormatter,
}

impl I18n {
    /// Parses every embedded locale. Fails on any syntax error or duplicate id, so a broken
    /// translation stops the start-up instead of showing a user a raw message id.
    pub fn load() -> anyhow::Result<Self> {
        let mut bundles = HashMap::new();
        for (id, files) in SOURCES {
            let lang = Lang::from_id(id).ok_or_else(|| anyhow!("unknown locale {id}"))?;
            let langid: LanguageIdentifier =
                id.parse().with_context(|| format!("bad locale id {id}"))?;
            let mut bundle = FluentBundle::new_concurrent(vec![langid]);
            bundle.set_use_isolating(false);
            for (file, source) in FILES.iter().zip(files) {
                let resource = FluentResource::try_new(source.to_string())
                    .map_err(|(_, errs)| anyhow!("locales/{id}/{file}: {errs:?}"))?;
                bundle
                    .add_resource(resource)
                    .map_err(|errs| anyhow!("locales/{id}/{file}: {errs:?}"))?;
            }
            bundles.insert(lang, bundle);
        }
        Ok(I18n {
            bundles,
            dates: DateFormatter::new(),
        })
    }

    /// The message in `lang`, falling back to English and then Dutch for a missing id (the
    /// locale tests make sure that does not happen in a release).
    pub fn render(&self, lang: Lang, msg: &Msg) -> String {
        for candidate in [lang, Lang::En, Lang::Nl] {
            if let Some(text) = self.try_render(candidate, msg) {
                return text;
            }
        }
        tracing::error!(message_id = msg.id, "message missing in every locale");
        msg.id.to_string()
    }

    /// Whether `lang` has this message id.
    pub fn has(&self, lang: Lang, id: &str) -> bool {
        self.bundles.get(&lang).is_some_and(|b| b.has_message(id))
    }

    fn try_render(&self, lang: Lang, msg: &Msg) -> Option<String> {
        let bundle = self.bundles.get(&lang)?;
        let pattern = bundle.get_message(msg.id)?.value()?;
        let mut args = FluentArgs::new();
        for (key, arg) in &msg.args {
            args.set(*key, self.value(lang, arg));
        }
        let mut errors = vec![];
        let text = bundle.format_pattern(pattern, Some(&args), &mut errors);
        if !errors.is_empty() {
            tracing::warn!(
                message_id = msg.id,
                locale = lang.id(),
                ?errors,
                "fluent errors"
            );
        }
        Some(text.into_owned())
    }

    fn value(&self, lang: Lang, arg: &Arg) -> FluentValue<'static> {
        match arg {
            Arg::Name(s) => FluentValue::from(format!("{FSI}{}{PDI}", strip_invisible(s))),
            Arg::Code(s) => FluentValue::from(strip_invisible(s).into_owned()),
            Arg::Num(n) => FluentValue::from(*n),
            Arg::Date(d) => FluentValue::from(self.dates.date(lang.id(), *d)),
            Arg::DateTime(t) => FluentValue::from(self.dates.date_time(lang.id(), *t)),
            Arg::Weekday(d) => FluentValue::from(self.dates.weekday_short(lang.id(), *d)),
            Arg::Lang(l) => FluentValue::from(l.id()),
            Arg::Msg(inner) => FluentValue::from(self.render(lang, inner)),
            Arg::Lines(items) => FluentValue::from(
                items
                    .iter()
                    .map(|m| self.render(lang, m))
                    .collect::<Vec<_>>()
                    .join("\n"),
            ),
            Arg::Paragraphs(items) => FluentValue::from(
                items
                    .iter()
                    .map(|m| self.render(lang, m))
                    .collect::<Vec<_>>()
                    .join("\n\n"),
            ),
        }
    }

    /// The date formatter, for callers that need a bare date (e.g. in button labels).
    pub fn dates(&self) -> &DateFormatter {
        &self.dates
    }
}
