//! The bot's commands as one typed list (issue 11): parsing a typed `/name`, the command menus
//! Telegram shows per chat type and language (`telegram::publish_commands`), and their
//! descriptions (`command-*` messages) all come from here, so a command cannot be added to one
//! and forgotten in another.

/// A command, as typed after `/` (lowercased, without `@botname`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Command {
    Start,
    Menu,
    Help,
    Language,
    NewCase,
    Cases,
    Case,
    Plan,
    Meet,
    Prepare,
    Link,
    Cancel,
    /// The status holder's rights (issue 14): what is kept about me, erase it, stop messages.
    MyData,
    Delete,
    Stop,
    /// Explainers of the handover's terms (issue 15).
    Explain,
}

impl Command {
    pub const ALL: [Command; 16] = [
        Command::Start,
        Command::Menu,
        Command::Help,
        Command::Language,
        Command::NewCase,
        Command::Cases,
        Command::Case,
        Command::Plan,
        Command::Meet,
        Command::Prepare,
        Command::Link,
        Command::Cancel,
        Command::MyData,
        Command::Delete,
        Command::Stop,
        Command::Explain,
    ];

    /// The menu of private chats, in its order.
    pub const PRIVATE_MENU: [Command; 11] = [
        Command::Menu,
        Command::Plan,
        Command::Prepare,
        Command::Explain,
        Command::Help,
        Command::Language,
        Command::NewCase,
        Command::Cases,
        Command::Case,
        Command::Meet,
        Command::Cancel,
    ];

    /// The menu of groups, in its order.
    pub const GROUP_MENU: [Command; 8] = [
        Command::Menu,
        Command::Plan,
        Command::Case,
        Command::Meet,
        Command::Prepare,
        Command::Link,
        Command::NewCase,
        Command::Cancel,
    ];

    /// What is typed after `/`.
    pub fn name(self) -> &'static str {
        match self {
            Command::Start => "start",
            Command::Menu => "menu",
            Command::Help => "help",
            Command::Language => "language",
            Command::NewCase => "newcase",
            Command::Cases => "cases",
            Command::Case => "case",
            Command::Plan => "plan",
            Command::Meet => "meet",
            Command::Prepare => "prepare",
            Command::Link => "link",
            Command::Cancel => "cancel",
            Command::MyData => "mydata",
            Command::Delete => "delete",
            Command::Stop => "stop",
            Command::Explain => "explain",
        }
    }

    pub fn parse(name: &str) -> Option<Self> {
        Command::ALL.into_iter().find(|c| c.name() == name)
    }

    /// The message id of its description in the menus (`/start` has none: it is never listed).
    pub fn description(self) -> &'static str {
        match self {
            Command::Start | Command::Menu => "command-menu",
            Command::Help => "command-help",
            Command::Language => "command-language",
            Command::NewCase => "command-newcase",
            Command::Cases => "command-cases",
            Command::Case => "command-case",
            Command::Plan => "command-plan",
            Command::Meet => "command-meet",
            Command::Prepare => "command-prepare",
            Command::Link => "command-link",
            Command::Cancel => "command-cancel",
            Command::MyData => "command-mydata",
            Command::Delete => "command-delete",
            Command::Stop => "command-stop",
            Command::Explain => "command-explain",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_command_parses_from_its_name_and_nothing_else_does() {
        for c in Command::ALL {
            assert_eq!(Command::parse(c.name()), Some(c));
        }
        assert_eq!(Command::parse("Menu"), None, "names arrive lowercased");
        assert_eq!(Command::parse("unknown"), None);
    }

    #[test]
    fn the_menus_list_each_command_once_and_never_start() {
        for menu in [&Command::PRIVATE_MENU[..], &Command::GROUP_MENU[..]] {
            let mut seen = std::collections::HashSet::new();
            assert!(menu.iter().all(|c| seen.insert(*c)), "{menu:?}");
            assert!(!menu.contains(&Command::Start));
        }
        assert!(
            !Command::PRIVATE_MENU.contains(&Command::Link),
            "/link is for groups"
        );
        assert!(
            !Command::GROUP_MENU.contains(&Command::Language),
            "/language is private"
        );
    }
}
