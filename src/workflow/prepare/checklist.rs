//! The preparation checklist per party (issue 6; domain.md, "What gets prepared and discussed"):
//! the status holder brings their papers, COA hands over the client profile, the municipality
//! explains the options and names a contact. Kept per case for now; each party ticks only its own
//! items. Pure.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};

use crate::domain::Party;

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
pub enum Item {
    /// Status holder: residence permit to bring.
    Permit,
    /// Status holder: the letter with the BSN (the number itself is never stored).
    BsnLetter,
    Diplomas,
    Cv,
    /// COA: the client profile is handed over (the tick's time is the date shown).
    ClientProfile,
    /// COA: what the person followed of COA's programme is passed on.
    Programme,
    /// COA: anything the municipality must know before the meeting is passed on.
    NeedToKnow,
    /// Municipality: the route options were explained.
    OptionsExplained,
    /// Municipality: the broad intake is planned.
    IntakePlanned,
    /// Municipality: a named contact person.
    ContactNamed,
}

impl Item {
    pub const ALL: [Item; 10] = [
        Item::Permit,
        Item::BsnLetter,
        Item::Diplomas,
        Item::Cv,
        Item::ClientProfile,
        Item::Programme,
        Item::NeedToKnow,
        Item::OptionsExplained,
        Item::IntakePlanned,
        Item::ContactNamed,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Item::Permit => "permit",
            Item::BsnLetter => "bsn",
            Item::Diplomas => "dipl",
            Item::Cv => "cv",
            Item::ClientProfile => "prof",
            Item::Programme => "prog",
            Item::NeedToKnow => "know",
            Item::OptionsExplained => "opts",
            Item::IntakePlanned => "intake",
            Item::ContactNamed => "contact",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Item::ALL.into_iter().find(|i| i.code() == s)
    }

    /// The party whose item it is: only they tick it.
    pub fn party(self) -> Party {
        match self {
            Item::Permit | Item::BsnLetter | Item::Diplomas | Item::Cv => Party::Holder,
            Item::ClientProfile | Item::Programme | Item::NeedToKnow => Party::Coa,
            Item::OptionsExplained | Item::IntakePlanned | Item::ContactNamed => Party::Gemeente,
        }
    }

    pub fn msg_id(self) -> &'static str {
        match self {
            Item::Permit => "prep-item-permit",
            Item::BsnLetter => "prep-item-bsn",
            Item::Diplomas => "prep-item-diplomas",
            Item::Cv => "prep-item-cv",
            Item::ClientProfile => "prep-item-profile",
            Item::Programme => "prep-item-programme",
            Item::NeedToKnow => "prep-item-need-to-know",
            Item::OptionsExplained => "prep-item-options",
            Item::IntakePlanned => "prep-item-intake",
            Item::ContactNamed => "prep-item-contact",
        }
    }

    /// The items of one party, in order.
    pub fn of(party: Party) -> Vec<Item> {
        Item::ALL
            .into_iter()
            .filter(|i| i.party() == party)
            .collect()
    }
}

/// Ticked items and when.
pub type Ticks = BTreeMap<Item, DateTime<Utc>>;

/// One party's progress: what is done (with when) and what is missing.
#[derive(Debug, Clone, PartialEq)]
pub struct Progress {
    pub party: Party,
    pub done: Vec<(Item, DateTime<Utc>)>,
    pub missing: Vec<Item>,
}

/// Progress of all three parties, holder first.
pub fn progress(ticks: &Ticks) -> Vec<Progress> {
    [Party::Holder, Party::Coa, Party::Gemeente]
        .into_iter()
        .map(|party| {
            let (done, missing): (Vec<Item>, Vec<Item>) = Item::of(party)
                .into_iter()
                .partition(|i| ticks.contains_key(i));
            Progress {
                party,
                done: done.into_iter().map(|i| (i, ticks[&i])).collect(),
                missing,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_item_round_trips_and_belongs_to_one_party() {
        for i in Item::ALL {
            assert_eq!(Item::parse(i.code()), Some(i));
        }
        assert_eq!(Item::of(Party::Holder).len(), 4);
        assert_eq!(Item::of(Party::Coa).len(), 3);
        assert_eq!(Item::of(Party::Gemeente).len(), 3);
    }

    #[test]
    fn progress_splits_each_partys_items_into_done_and_missing() {
        let at: DateTime<Utc> = "2026-03-30T08:00:00Z".parse().unwrap();
        let ticks: Ticks = [(Item::Permit, at), (Item::ClientProfile, at)].into();
        let p = progress(&ticks);
        assert_eq!(p[0].party, Party::Holder);
        assert_eq!(p[0].done, vec![(Item::Permit, at)]);
        assert_eq!(
            p[0].missing,
            vec![Item::BsnLetter, Item::Diplomas, Item::Cv]
        );
        assert_eq!(p[1].done, vec![(Item::ClientProfile, at)]);
        assert_eq!(p[2].done, vec![]);
        assert_eq!(p[2].missing.len(), 3);
    }
}
