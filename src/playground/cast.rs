//! The people of the playground: Sanne (municipal contact, Gemeente Utrecht), Joost (COA
//! caseworker, COA Ter Apel), three status holders at different stages, and Sanne's team group.

/// Who a person is to the page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Holder,
    Coa,
    Gemeente,
}

/// A person the page plays.
#[derive(Debug, Clone, Copy, serde::Serialize)]
pub struct Person {
    pub id: i64,
    pub name: &'static str,
    pub role: Role,
    /// What their Telegram app sends as its interface language at the start.
    pub telegram_lang: Option<&'static str>,
    /// One line for the page: what stage the sample caseload left their case at.
    pub about: &'static str,
}

pub const SANNE: Person = Person {
    id: 1001,
    name: "Sanne",
    role: Role::Gemeente,
    telegram_lang: Some("nl"),
    about: "regievoerder, Gemeente Utrecht",
};
pub const JOOST: Person = Person {
    id: 2002,
    name: "Joost",
    role: Role::Coa,
    telegram_lang: Some("nl"),
    about: "casemanager, COA Ter Apel",
};
/// Case UTR-7: a meeting time is being chosen; she reads Arabic.
pub const AMAL: Person = Person {
    id: 3003,
    name: "Amal",
    role: Role::Holder,
    telegram_lang: Some("ar"),
    about: "UTR-7 · seeded: a meeting time is being chosen",
};
/// Case UTR-8: the plan is confirmed by all three; he reads Tigrinya (Telegram has none).
pub const AMANUEL: Person = Person {
    id: 3004,
    name: "Amanuel",
    role: Role::Holder,
    telegram_lang: None,
    about: "UTR-8 · seeded: plan confirmed by all three",
};
/// Case UTR-9: just opened; he has not opened his invitation yet.
pub const DAWIT: Person = Person {
    id: 3005,
    name: "Dawit",
    role: Role::Holder,
    telegram_lang: None,
    about: "UTR-9 · seeded: just opened, invitation in the team group",
};

pub const PEOPLE: [Person; 5] = [AMAL, AMANUEL, DAWIT, JOOST, SANNE];

/// Sanne's team group.
pub const TEAM_ID: i64 = -100_777;
pub const TEAM_TITLE: &str = "Team Inburgering Utrecht";

pub fn person(id: i64) -> Option<Person> {
    PEOPLE.iter().copied().find(|p| p.id == id)
}
