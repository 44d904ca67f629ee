//! The closed lists of answers to the status holder's questionnaire (issue 6): each value has a
//! short stored code and the message id of its label, so that staff read it in Dutch and the
//! status holder in their own language from the same stored value. Pure.

/// Declares closed lists of answers: per list, each value's stored code and the message id of
/// its label.
macro_rules! choices {
    ($($(#[$doc:meta])* $name:ident { $($var:ident = $code:literal => $msg:literal),+ $(,)? })+) => {$(
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
        pub enum $name { $($var),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$var),+];

            /// The value as stored and as put in callback data (short, ASCII).
            pub fn code(self) -> &'static str {
                match self { $($name::$var => $code),+ }
            }

            pub fn parse(s: &str) -> Option<Self> {
                Self::ALL.iter().copied().find(|v| v.code() == s)
            }

            /// The message id of its label (the same words for the button and for staff).
            pub fn msg_id(self) -> &'static str {
                match self { $($name::$var => $msg),+ }
            }
        }
    )+};
}

choices! {
    /// The highest school finished.
    Education {
        NoSchool = "none" => "prep-edu-none",
        Primary = "prim" => "prep-edu-primary",
        Secondary = "sec" => "prep-edu-secondary",
        Vocational = "voc" => "prep-edu-vocational",
        University = "uni" => "prep-edu-university",
    }

    /// Years of paid work, in bands (exact numbers are not needed to prepare a meeting).
    WorkYears {
        NoWork = "0" => "prep-years-none",
        UpToTwo = "2" => "prep-years-few",
        ThreeToFive = "5" => "prep-years-some",
        MoreThanFive = "6" => "prep-years-many",
    }

    /// The field of that work, from a short list.
    WorkField {
        BuildingTech = "bt" => "prep-field-building",
        Care = "ca" => "prep-field-care",
        FoodHospitality = "fh" => "prep-field-food",
        Transport = "tr" => "prep-field-transport",
        Farming = "fa" => "prep-field-farming",
        ShopTrade = "sh" => "prep-field-shop",
        OfficeIt = "of" => "prep-field-office",
        OtherField = "ot" => "prep-field-other",
    }

    /// Dutch lessons so far (COA's programme or elsewhere).
    DutchLessons {
        NoLessons = "0" => "prep-dutch-none",
        UnderThreeMonths = "3" => "prep-dutch-short",
        UpToAYear = "12" => "prep-dutch-year",
        MoreThanAYear = "13" => "prep-dutch-long",
    }

    /// What the person wants most.
    Goal {
        Work = "w" => "prep-goal-work",
        Study = "s" => "prep-goal-study",
        Both = "b" => "prep-goal-both",
        NotSure = "n" => "prep-goal-unsure",
    }

    /// Who the person lives with (or will).
    Household {
        Alone = "a" => "prep-house-alone",
        Partner = "p" => "prep-house-partner",
        Children = "c" => "prep-house-children",
        PartnerChildren = "pc" => "prep-house-family",
    }

    /// A plain yes or no.
    YesNo {
        Yes = "y" => "prep-yes",
        No = "n" => "prep-no",
    }

    /// Whether there is a health or care matter to discuss: never what it is.
    Health {
        Discuss = "y" => "prep-yes",
        Nothing = "n" => "prep-no",
        RatherNotSay = "x" => "prep-rather-not-say",
    }

    /// When the person prefers to be contacted.
    Moment {
        Morning = "m" => "prep-moment-morning",
        Afternoon = "a" => "prep-moment-afternoon",
        Evening = "e" => "prep-moment-evening",
    }

    /// How the person prefers to be contacted.
    Channel {
        Message = "m" => "prep-channel-message",
        Call = "c" => "prep-channel-call",
        Either = "e" => "prep-channel-either",
    }

    /// Whether the person wants an interpreter at the meeting. "Another language" means staff
    /// ask which one: the list stays closed, so it is read in Dutch from the same value.
    InterpreterWish {
        OwnLanguage = "own" => "prep-interp-own",
        OtherLanguage = "other" => "prep-interp-other",
        NoNeed = "no" => "prep-interp-no",
        NotSure = "unsure" => "prep-interp-unsure",
    }
}
