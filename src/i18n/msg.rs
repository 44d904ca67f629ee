//! A message to show a person: a Fluent message id and typed arguments. Code never formats a
//! sentence; it names a message and hands over values, and `I18n::render` does the rest in the
//! reader's language.

use chrono::{DateTime, NaiveDate, Utc};

use crate::domain::Lang;

/// One argument value. The type decides how it is shown in each locale.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub enum Arg {
    /// Text a person typed or an organisation's name: shown as typed (without bidi controls),
    /// isolated from the surrounding direction in every locale; `<bdi>` in the HTML summary.
    Name(String),
    /// A link, case reference or command: shown as is, never wrapped in invisible marks, so it
    /// survives copying.
    Code(String),
    /// A number, for plural selection and display.
    Num(i64),
    /// A calendar date, shown with weekday in the reader's language.
    Date(NaiveDate),
    /// An instant, shown with weekday, date and 24-hour time in Europe/Amsterdam.
    DateTime(DateTime<Utc>),
    /// The short weekday of a date ("ma", "Mon"), for a calendar's header row.
    Weekday(NaiveDate),
    /// A language, for selectors such as `language-name`.
    Lang(Lang),
    /// Another message, rendered first in the same language.
    Msg(Box<Msg>),
    /// Messages rendered one per line (a list of cases, say).
    Lines(Vec<Msg>),
    /// Messages separated by a blank line.
    Paragraphs(Vec<Msg>),
}

/// A message id with its arguments. Serialisable so that a notice can wait in the outbox
/// (issue 10) and be rendered when it is sent.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Msg {
    pub id: &'static str,
    pub args: Vec<(&'static str, Arg)>,
}

/// Message ids and argument names are `&'static str` in code. Read back from the outbox they
/// are interned: each distinct name is allocated once for the life of the process, so memory
/// is bounded by the names this program writes (a few hundred), not by the rows read.
fn intern(name: String) -> &'static str {
    use std::collections::HashSet;
    use std::sync::{Mutex, OnceLock};
    static NAMES: OnceLock<Mutex<HashSet<&'static str>>> = OnceLock::new();
    let mut names = NAMES
        .get_or_init(Mutex::default)
        .lock()
        .unwrap_or_else(|p| p.into_inner());
    if let Some(known) = names.get(name.as_str()) {
        return known;
    }
    let name: &'static str = Box::leak(name.into_boxed_str());
    names.insert(name);
    name
}

impl<'de> serde::Deserialize<'de> for Msg {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        #[derive(serde::Deserialize)]
        struct Stored {
            id: String,
            args: Vec<(String, Arg)>,
        }
        let m = Stored::deserialize(d)?;
        Ok(Msg {
            id: intern(m.id),
            args: m.args.into_iter().map(|(k, v)| (intern(k), v)).collect(),
        })
    }
}

impl Msg {
    pub fn new(id: &'static str) -> Self {
        Msg {
            id,
            args: Vec::new(),
        }
    }

    pub fn name(mut self, key: &'static str, value: impl Into<String>) -> Self {
        self.args.push((key, Arg::Name(value.into())));
        self
    }

    pub fn code(mut self, key: &'static str, value: impl Into<String>) -> Self {
        self.args.push((key, Arg::Code(value.into())));
        self
    }

    pub fn num(mut self, key: &'static str, value: i64) -> Self {
        self.args.push((key, Arg::Num(value)));
        self
    }

    pub fn date(mut self, key: &'static str, value: NaiveDate) -> Self {
        self.args.push((key, Arg::Date(value)));
        self
    }

    pub fn weekday(mut self, key: &'static str, value: NaiveDate) -> Self {
        self.args.push((key, Arg::Weekday(value)));
        self
    }

    pub fn date_time(mut self, key: &'static str, value: DateTime<Utc>) -> Self {
        self.args.push((key, Arg::DateTime(value)));
        self
    }

    pub fn lang(mut self, key: &'static str, value: Lang) -> Self {
        self.args.push((key, Arg::Lang(value)));
        self
    }

    pub fn lines(mut self, key: &'static str, value: Vec<Msg>) -> Self {
        self.args.push((key, Arg::Lines(value)));
        self
    }

    /// Messages one under the other with a blank line between them (a digest).
    pub fn paragraphs(mut self, key: &'static str, value: Vec<Msg>) -> Self {
        self.args.push((key, Arg::Paragraphs(value)));
        self
    }

    pub fn msg(mut self, key: &'static str, value: Msg) -> Self {
        self.args.push((key, Arg::Msg(Box::new(value))));
        self
    }
}
