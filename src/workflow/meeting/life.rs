//! A meeting's life as one state machine (issue 11): proposed, then confirmed (one slot
//! chosen), then held, absent (a party did not come) or cancelled; moving keeps it confirmed.
//! Pure: the use cases ask `next` before they change anything, and the store's conditional
//! updates (`WHERE status = …`, so that two people acting at once cannot both win) are tested
//! against this table (`store/meetings.rs`).
//!
//! ```text
//! proposed --confirm--> confirmed --held/absent--> held | absent
//!    |                    |   ^
//!    +------cancel--------+---+--move (stays confirmed)
//!                         v
//!                     cancelled
//! ```

/// Where a meeting is in its life.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Status {
    Proposed,
    Confirmed,
    Cancelled,
    Held,
    Absent,
}

/// What can happen to a meeting.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Event {
    /// Staff choose one of the proposed slots.
    Confirm,
    /// Staff move a confirmed meeting to another time.
    Move,
    /// Staff cancel a round or a confirmed meeting.
    Cancel,
    /// After the meeting: it took place.
    Held,
    /// After the meeting: a party did not come.
    Absent,
}

impl Status {
    pub const ALL: [Status; 5] = [
        Status::Proposed,
        Status::Confirmed,
        Status::Cancelled,
        Status::Held,
        Status::Absent,
    ];

    /// As stored; an unknown value reads as proposed (the migrations allow no other).
    pub fn parse(s: &str) -> Status {
        Status::ALL
            .into_iter()
            .find(|st| st.as_str() == s)
            .unwrap_or(Status::Proposed)
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Status::Proposed => "proposed",
            Status::Confirmed => "confirmed",
            Status::Cancelled => "cancelled",
            Status::Held => "held",
            Status::Absent => "absent",
        }
    }
}

impl Event {
    pub const ALL: [Event; 5] = [
        Event::Confirm,
        Event::Move,
        Event::Cancel,
        Event::Held,
        Event::Absent,
    ];
}

/// The status after `event`, or `None` when it cannot happen now (someone else changed the
/// meeting first, or it is over): the use case then says so and changes nothing.
pub fn next(status: Status, event: Event) -> Option<Status> {
    use Event as E;
    use Status as S;
    match (status, event) {
        (S::Proposed, E::Confirm) => Some(S::Confirmed),
        (S::Confirmed, E::Move) => Some(S::Confirmed),
        (S::Proposed | S::Confirmed, E::Cancel) => Some(S::Cancelled),
        (S::Confirmed, E::Held) => Some(S::Held),
        (S::Confirmed, E::Absent) => Some(S::Absent),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Event as E;
    use Status as S;

    /// Every status against every event: the whole life, written out.
    #[test]
    fn every_transition() {
        let table = [
            (S::Proposed, E::Confirm, Some(S::Confirmed)),
            (S::Proposed, E::Move, None),
            (S::Proposed, E::Cancel, Some(S::Cancelled)),
            (S::Proposed, E::Held, None),
            (S::Proposed, E::Absent, None),
            (S::Confirmed, E::Confirm, None),
            (S::Confirmed, E::Move, Some(S::Confirmed)),
            (S::Confirmed, E::Cancel, Some(S::Cancelled)),
            (S::Confirmed, E::Held, Some(S::Held)),
            (S::Confirmed, E::Absent, Some(S::Absent)),
        ];
        for status in S::ALL {
            for event in E::ALL {
                let want = table
                    .iter()
                    .find(|(s, e, _)| *s == status && *e == event)
                    .and_then(|(_, _, n)| *n);
                assert_eq!(next(status, event), want, "{status:?} + {event:?}");
            }
        }
    }

    #[test]
    fn a_status_reads_back_as_stored() {
        for s in S::ALL {
            assert_eq!(S::parse(s.as_str()), s);
        }
    }
}
