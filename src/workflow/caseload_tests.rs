//! The order of the caseload overview, as a table of cases.

use super::*;

fn d(m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, m, day).unwrap()
}

/// Monday 30 March 2026, 10:00 in Amsterdam.
fn now() -> DateTime<Utc> {
    "2026-03-30T08:00:00Z".parse().unwrap()
}

fn at(s: &str) -> DateTime<Utc> {
    s.parse().unwrap()
}

fn confirmed(starts: &str) -> OpenMeeting {
    let starts = at(starts);
    OpenMeeting::Confirmed {
        starts,
        ends: starts + Duration::hours(1),
    }
}

/// A case with an option chosen and its status holder joined: nothing waits.
fn case(id: i64, reference: &str, housing: Option<NaiveDate>) -> CaseFacts {
    CaseFacts {
        id: CaseId(id),
        reference: reference.to_string(),
        holder_name: "X".to_string(),
        option: Some(HandoverOption::Combined),
        holder: Holder::Joined,
        housing,
    }
}

fn order(
    cases: Vec<CaseFacts>,
    meetings: &[(CaseId, OpenMeeting)],
    items: &[(CaseId, ItemStatus, Option<NaiveDate>)],
) -> Vec<(String, Urgency)> {
    overview(cases, meetings, items, now(), d(3, 30))
        .into_iter()
        .map(|l| (l.case.reference, l.urgency))
        .collect()
}

#[test]
fn overdue_first_then_meetings_this_week_then_waiting_then_the_rest() {
    let no_option = CaseFacts {
        option: None,
        ..case(5, "E-no-option", Some(d(9, 1)))
    };
    let invited = CaseFacts {
        holder: Holder::Invited,
        ..case(6, "F-invited", Some(d(8, 1)))
    };
    let cases = vec![
        case(1, "A-rest", Some(d(6, 1))),
        case(2, "B-late", None),
        case(3, "C-meeting", None),
        case(4, "D-proposed", Some(d(10, 1))),
        no_option,
        invited,
        case(7, "G-meeting-later", Some(d(5, 1))),
    ];
    let meetings = [
        (CaseId(3), confirmed("2026-04-02T12:00:00Z")),
        (CaseId(4), OpenMeeting::Proposed),
        (CaseId(7), confirmed("2026-04-20T12:00:00Z")),
    ];
    let items = [(CaseId(2), ItemStatus::Planned, Some(d(3, 20)))];
    assert_eq!(
        order(cases, &meetings, &items),
        [
            ("B-late".to_string(), Urgency::Overdue),
            ("C-meeting".to_string(), Urgency::MeetingSoon),
            ("F-invited".to_string(), Urgency::Waiting),
            ("E-no-option".to_string(), Urgency::Waiting),
            ("D-proposed".to_string(), Urgency::Waiting),
            ("G-meeting-later".to_string(), Urgency::Rest),
            ("A-rest".to_string(), Urgency::Rest),
        ]
    );
}

#[test]
fn the_most_overdue_case_comes_first_then_the_one_with_more_late_items() {
    let cases = vec![
        case(1, "one-recent", None),
        case(2, "two-old", None),
        case(3, "three-old-twice", None),
    ];
    let items = [
        (CaseId(1), ItemStatus::Planned, Some(d(3, 29))),
        (CaseId(2), ItemStatus::Planned, Some(d(3, 1))),
        (CaseId(3), ItemStatus::Planned, Some(d(3, 1))),
        (CaseId(3), ItemStatus::Planned, Some(d(3, 25))),
    ];
    let refs: Vec<String> = order(cases, &[], &items)
        .into_iter()
        .map(|(r, _)| r)
        .collect();
    assert_eq!(refs, ["three-old-twice", "two-old", "one-recent"]);
}

#[test]
fn only_planned_items_before_today_count_as_late() {
    let cases = vec![case(1, "A", None)];
    let items = [
        (CaseId(1), ItemStatus::Planned, Some(d(3, 30))),
        (CaseId(1), ItemStatus::Planned, None),
        (CaseId(1), ItemStatus::Done, Some(d(3, 1))),
        (CaseId(1), ItemStatus::Cancelled, Some(d(3, 1))),
        (CaseId(2), ItemStatus::Planned, Some(d(3, 1))),
    ];
    let lines = overview(cases, &[], &items, now(), d(3, 30));
    assert_eq!((lines[0].late, lines[0].urgency), (0, Urgency::Rest));
}

#[test]
fn the_next_meeting_is_the_soonest_confirmed_one_not_yet_over() {
    let cases = [
        // (meetings of the case, what the overview shows, urgency)
        (vec![], None, Urgency::Rest),
        (
            vec![OpenMeeting::Proposed],
            Some(NextMeeting::BeingChosen),
            Urgency::Waiting,
        ),
        (
            vec![
                confirmed("2026-04-05T08:00:00Z"),
                confirmed("2026-04-01T08:00:00Z"),
                OpenMeeting::Proposed,
            ],
            Some(NextMeeting::Confirmed(at("2026-04-01T08:00:00Z"))),
            Urgency::MeetingSoon,
        ),
        // Started half an hour ago and still going.
        (
            vec![confirmed("2026-03-30T07:30:00Z")],
            Some(NextMeeting::Confirmed(at("2026-03-30T07:30:00Z"))),
            Urgency::MeetingSoon,
        ),
        // Over yesterday: nothing to show.
        (vec![confirmed("2026-03-29T08:00:00Z")], None, Urgency::Rest),
        // Exactly seven days ahead is next week.
        (
            vec![confirmed("2026-04-06T08:00:00Z")],
            Some(NextMeeting::Confirmed(at("2026-04-06T08:00:00Z"))),
            Urgency::Rest,
        ),
    ];
    for (ms, want, urgency) in cases {
        let meetings: Vec<(CaseId, OpenMeeting)> = ms.iter().map(|m| (CaseId(1), *m)).collect();
        let lines = overview(vec![case(1, "A", None)], &meetings, &[], now(), d(3, 30));
        assert_eq!(
            (lines[0].meeting, lines[0].urgency),
            (want, urgency),
            "{ms:?}"
        );
    }
}

#[test]
fn meetings_this_week_come_soonest_first() {
    let cases = vec![case(1, "later", None), case(2, "sooner", None)];
    let meetings = [
        (CaseId(1), confirmed("2026-04-03T08:00:00Z")),
        (CaseId(2), confirmed("2026-03-31T08:00:00Z")),
    ];
    let refs: Vec<String> = order(cases, &meetings, &[])
        .into_iter()
        .map(|(r, _)| r)
        .collect();
    assert_eq!(refs, ["sooner", "later"]);
}

#[test]
fn the_rest_goes_by_housing_date_unknown_last_then_by_reference_as_read() {
    let cases = vec![
        case(1, "UTR-10", None),
        case(2, "UTR-9", None),
        case(3, "UTR-100", Some(d(12, 1))),
        case(4, "UTR-2", Some(d(7, 1))),
    ];
    let refs: Vec<String> = order(cases, &[], &[]).into_iter().map(|(r, _)| r).collect();
    assert_eq!(refs, ["UTR-2", "UTR-100", "UTR-9", "UTR-10"]);
}

#[test]
fn references_compare_with_their_numbers_as_numbers() {
    let cases = [
        ("UTR-9", "UTR-10", Ordering::Less),
        ("UTR-010", "UTR-9", Ordering::Greater),
        ("A-2-b", "A-2-a", Ordering::Greater),
        ("A", "A-1", Ordering::Less),
        ("B-1", "A-2", Ordering::Greater),
        ("7", "7", Ordering::Equal),
    ];
    for (a, b, want) in cases {
        assert_eq!(natural(a, b), want, "{a} {b}");
    }
}

#[test]
fn forty_ordinary_lines_fit_in_one_message_and_long_ones_are_cut_earlier() {
    let fresh = |i: i64, reference: String, name: &str| CaseFacts {
        holder_name: name.to_string(),
        option: None,
        holder: Holder::Invited,
        ..case(i, &reference, Some(d(9, 1)))
    };
    let ordinary: Vec<CaseFacts> = (0..45)
        .map(|i| fresh(i, format!("UTR-{}", 1000 + i), "Mohammed"))
        .collect();
    let lines = overview(ordinary, &[], &[], now(), d(3, 30));
    assert_eq!(listed(&lines, 40), 40);
    assert_eq!(listed(&lines[..3], 40), 3);

    // The longest references and names the bot accepts, each with every fact.
    let long: Vec<CaseFacts> = (0..45)
        .map(|i| fresh(i, format!("{:0>32}", i), &"N".repeat(40)))
        .collect();
    let meetings: Vec<(CaseId, OpenMeeting)> = (0..45)
        .map(|i| (CaseId(i), confirmed("2026-09-30T12:00:00Z")))
        .collect();
    let items: Vec<_> = (0..45)
        .map(|i| (CaseId(i), ItemStatus::Planned, Some(d(3, 1))))
        .collect();
    let lines = overview(long, &meetings, &items, now(), d(3, 30));
    let n = listed(&lines, 40);
    assert!((10..40).contains(&n), "{n}");
    let width: usize = lines[..n].iter().map(width).sum();
    assert!(width + HEADER_ROOM <= MESSAGE_LIMIT);
}
