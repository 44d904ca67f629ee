//! Numeric ids. Telegram ids stay Telegram's; our own rows get their own types so that a
//! case id can never be passed where an organisation id is meant.

use serde::{Deserialize, Serialize};

macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        pub struct $name(pub i64);

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                self.0.fmt(f)
            }
        }
    };
}

id_type!(
    /// A Telegram user (a person).
    UserId
);
id_type!(
    /// A Telegram chat: a private chat has the user's id, groups are negative.
    ChatId
);
id_type!(
    /// A handover case.
    CaseId
);
id_type!(
    /// A COA location or a municipality.
    OrgId
);
id_type!(
    /// A staff member's row.
    StaffId
);

impl ChatId {
    /// Private chats have positive ids; groups and supergroups negative ones.
    pub fn is_group(self) -> bool {
        self.0 < 0
    }
}

impl From<UserId> for ChatId {
    fn from(user: UserId) -> Self {
        ChatId(user.0)
    }
}
