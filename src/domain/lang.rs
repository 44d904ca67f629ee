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
    Prs,
    So,
    Ckb,
    Ps,
    Am,
    Fr,
}

impl Lang {
    /// Every locale, in the order the language picker shows them: the languages most status
    /// holders need first, then French, English and Dutch.
    pub const ALL: [Lang; 13] = [
        Lang::Ar,
        Lang::Ti,
        Lang::Tr,
        Lang::Kmr,
        Lang::Prs,
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
            Lang::Prs => "prs",
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
        matches!(self, Lang::Ar | Lang::Prs | Lang::Fa | Lang::Ckb | Lang::Ps)
    }

    /// Telegram's `language_code` is a first guess only (stack-notes trap 9 and 15): it is a
    /// two-letter ISO 639-1 code, `ku` for Kurdish and nothing at all for Sorani or Dari. A
    /// Telegram app in Persian says `fa`, which is Persian until the person picks Dari; only an
    /// explicit Dari tag (`prs`, or `fa-AF`, Persian as written in Afghanistan) guesses Dari.
    pub fn from_telegram(code: &str) -> Option<Lang> {
        let code = code.to_ascii_lowercase().replace('_', "-");
        let mut subtags = code.split('-');
        let primary = subtags.next()?;
        match primary {
            "ku" | "kmr" => Some(Lang::Kmr),
            "prs" => Some(Lang::Prs),
            "fa" if subtags.next() == Some("af") => Some(Lang::Prs),
            other => Lang::from_id(other),
        }
    }

    /// The code Telegram uses for this language in `setMyCommands`, where it has one.
    pub fn telegram_code(self) -> Option<&'static str> {
        match self {
            Lang::Kmr => Some("ku"),
            // Telegram has no interface language for Sorani or Dari.
            Lang::Ckb | Lang::Prs => None,
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
        assert_eq!(Lang::from_telegram("prs"), Some(Lang::Prs));
        assert_eq!(Lang::from_telegram("fa-AF"), Some(Lang::Prs));
        assert_eq!(Lang::from_telegram("fa_af"), Some(Lang::Prs));
        assert_eq!(Lang::from_telegram("de"), None);
        assert_eq!(Lang::from_telegram(""), None);
    }

    #[test]
    fn arabic_dari_persian_sorani_and_pashto_are_right_to_left() {
        let rtl: Vec<_> = Lang::ALL.into_iter().filter(|l| l.is_rtl()).collect();
        assert_eq!(
            rtl,
            vec![Lang::Ar, Lang::Prs, Lang::Fa, Lang::Ckb, Lang::Ps]
        );
    }

    /// Telegram has no Dari interface: a Persian app says `fa`, and that stays Persian (a holder
    /// who reads Dari picks دری in the picker); `fa` and `prs` are two locales, two database values.
    #[test]
    fn a_persian_telegram_app_gets_persian_and_dari_is_its_own_locale() {
        assert_eq!(Lang::from_telegram("fa"), Some(Lang::Fa));
        assert_eq!(Lang::from_telegram("fa-IR"), Some(Lang::Fa));
        assert_eq!(Lang::from_id("fa"), Some(Lang::Fa));
        assert_eq!(Lang::from_id("prs"), Some(Lang::Prs));
        assert_ne!(Lang::Fa.id(), Lang::Prs.id());
        assert_eq!(Lang::Prs.telegram_code(), None);
        assert_eq!(Lang::Fa.telegram_code(), Some("fa"));
    }

    #[test]
    fn sorani_has_no_telegram_code_and_kurmanji_uses_ku() {
        assert_eq!(Lang::Ckb.telegram_code(), None);
        assert_eq!(Lang::Kmr.telegram_code(), Some("ku"));
    }
}
