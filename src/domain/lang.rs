//! The languages the bot speaks (domain.md, "Languages"), in the order status holders need them.

use serde::{Deserialize, Serialize};

/// One of the shipped locales. The id is the folder name under `locales/`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Lang {
    Nl,
    En,
    Ar,
    Ti,
    Tr,
    Kmr,
    Fa,
    So,
    Ckb,
    Ps,
    Am,
    Fr,
}

impl Lang {
    /// Every locale, in the order the language picker shows them: the languages most status
    /// holders need first, then French, English and Dutch.
    pub const ALL: [Lang; 12] = [
        Lang::Ar,
        Lang::Ti,
        Lang::Tr,
        Lang::Kmr,
        Lang::Fa,
        Lang::So,
        Lang::Ckb,
        Lang::Ps,
        Lang::Am,
        Lang::Fr,
        Lang::En,
        Lang::Nl,
    ];

    /// The locale id, as used for `locales/<id>/` and in the database.
    pub fn id(self) -> &'static str {
        match self {
            Lang::Nl => "nl",
            Lang::En => "en",
            Lang::Ar => "ar",
            Lang::Ti => "ti",
            Lang::Tr => "tr",
            Lang::Kmr => "kmr",
            Lang::Fa => "fa",
            Lang::So => "so",
            Lang::Ckb => "ckb",
            Lang::Ps => "ps",
            Lang::Am => "am",
            Lang::Fr => "fr",
        }
    }

    pub fn from_id(id: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.id() == id)
    }

    /// Written right to left.
    pub fn is_rtl(self) -> bool {
        matches!(self, Lang::Ar | Lang::Fa | Lang::Ckb | Lang::Ps)
    }

    /// Telegram's `language_code` is a first guess only (stack-notes trap 9 and 15): it is a
    /// two-letter ISO 639-1 code, `ku` for Kurdish and nothing at all for Sorani.
    pub fn from_telegram(code: &str) -> Option<Lang> {
        let primary = code.split(['-', '_']).next()?.to_ascii_lowercase();
        match primary.as_str() {
            "ku" | "kmr" => Some(Lang::Kmr),
            "prs" => Some(Lang::Fa),
            other => Lang::from_id(other),
        }
    }

    /// The code Telegram uses for this language in `setMyCommands`, where it has one.
    pub fn telegram_code(self) -> Option<&'static str> {
        match self {
            Lang::Kmr => Some("ku"),
            Lang::Ckb => None,
            other => Some(other.id()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_locale_id_round_trips() {
        for lang in Lang::ALL {
            assert_eq!(Lang::from_id(lang.id()), Some(lang));
        }
    }

    #[test]
    fn telegram_language_codes_map_to_our_locales() {
        assert_eq!(Lang::from_telegram("ku"), Some(Lang::Kmr));
        assert_eq!(Lang::from_telegram("en-US"), Some(Lang::En));
        assert_eq!(Lang::from_telegram("ar"), Some(Lang::Ar));
        assert_eq!(Lang::from_telegram("de"), None);
        assert_eq!(Lang::from_telegram(""), None);
    }

    #[test]
    fn arabic_persian_sorani_and_pashto_are_right_to_left() {
        let rtl: Vec<_> = Lang::ALL.into_iter().filter(|l| l.is_rtl()).collect();
        assert_eq!(rtl, vec![Lang::Ar, Lang::Fa, Lang::Ckb, Lang::Ps]);
    }

    #[test]
    fn sorani_has_no_telegram_code_and_kurmanji_uses_ku() {
        assert_eq!(Lang::Ckb.telegram_code(), None);
        assert_eq!(Lang::Kmr.telegram_code(), Some("ku"));
    }
}
