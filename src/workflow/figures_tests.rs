//! Tests of `figures` on hand-made case histories: an empty period, one case, a cohort of 4
//! (everything "< 5" or not shown), five and more cases counted by hand, cases that moved before
//! any meeting, and a housing date that moved.

use super::*;

fn d(s: &str) -> NaiveDate {
    s.parse().expect("a date")
}

const TODAY: &str = "2026-07-01";

fn case(opened: &str, housing: Option<&str>) -> CaseFacts {
    CaseFacts {
        opened: d(opened),
        matching: d(opened),
        housing: housing.map(d),
        option: None,
        holder_lang: Some(Lang::Ar),
        meetings: Vec::new(),
        agreements: Vec::new(),
    }
}

fn held(proposed: &str, on: &str) -> MeetingFacts {
    MeetingFacts {
        proposed: d(proposed),
        on: Some(d(on)),
        end: MeetingEnd::Held,
        interpreter: false,
    }
}

fn run(cases: &[CaseFacts]) -> Figures {
    figures(cases, d("2026-01-01"), d("2026-03-31"), d(TODAY))
}

#[test]
fn an_empty_period_counts_zero_and_shows_no_shares() {
    let f = run(&[case("2025-12-31", None), case("2026-04-01", None)]);
    assert_eq!(f.cases, Count::N(0));
    assert_eq!(f.held_before_move_pct, None);
    assert_eq!(f.days_to_first_proposed, None);
    assert!(f.languages.is_empty());
}

#[test]
fn one_case_or_four_are_less_than_five_and_no_share_or_spread_is_shown() {
    let one = run(&[case("2026-02-01", None)]);
    assert_eq!(one.cases, Count::Small);
    assert_eq!(one.cases.to_string(), "< 5");
    let mut four: Vec<CaseFacts> = (1..=4)
        .map(|i| case(&format!("2026-02-0{i}"), None))
        .collect();
    for c in &mut four {
        c.meetings.push(held("2026-02-10", "2026-02-20"));
    }
    let f = run(&four);
    assert_eq!(f.cases, Count::Small);
    assert_eq!(
        f.held_before_move_pct, None,
        "a share over 4 cases is not shown"
    );
    assert_eq!(f.days_to_first_held, None);
    assert_eq!(f.languages, vec![("ar", Count::Small)]);
    assert_eq!(
        serde_json::to_value(f.cases).unwrap(),
        serde_json::json!("< 5")
    );
}

/// Ten cases, counted by hand: 4 held before the move, 2 after it (one of them whose housing
/// date moved to before the meeting), 4 without a held meeting (2 of which moved before any).
#[test]
fn ten_cases_counted_by_hand() {
    let mut cases: Vec<CaseFacts> = Vec::new();
    // 1-4: held on day 20 after matching (01-01 + 19 days), housing in May.
    for i in 1..=4 {
        let mut c = case("2026-01-01", Some("2026-05-01"));
        c.option = Some(HandoverOption::Combined);
        c.meetings.push(held("2026-01-10", "2026-01-20"));
        c.meetings.last_mut().unwrap().interpreter = i <= 2;
        c.agreements.push(AgreementFacts {
            due: Some(d("2026-02-01")),
            done: Some(d(if i == 1 { "2026-02-05" } else { "2026-01-30" })),
            cancelled: false,
        });
        cases.push(c);
    }
    // 5: held on 02-15 but moved on 02-01.
    let mut c = case("2026-01-01", Some("2026-02-01"));
    c.meetings.push(held("2026-01-05", "2026-02-15"));
    cases.push(c);
    // 6: its housing date moved forward from June to 03-01, before the meeting of 03-10.
    let mut c = case("2026-01-01", Some("2026-03-01"));
    c.meetings.push(held("2026-01-31", "2026-03-10"));
    c.option = Some(HandoverOption::FastStart);
    cases.push(c);
    // 7-8: moved in February before any meeting; 7 had one proposed and cancelled.
    let mut c = case("2026-01-01", Some("2026-02-10"));
    c.meetings.push(MeetingFacts {
        proposed: d("2026-02-01"),
        on: Some(d("2026-02-20")),
        end: MeetingEnd::Cancelled,
        interpreter: false,
    });
    cases.push(c);
    cases.push(case("2026-01-01", Some("2026-02-10")));
    // 9: a no-show of the holder; still waiting for a home (matched 01-01, no housing date).
    let mut c = case("2026-01-01", None);
    c.holder_lang = Some(Lang::Ti);
    c.meetings.push(MeetingFacts {
        proposed: d("2026-01-03"),
        on: Some(d("2026-01-12")),
        end: MeetingEnd::Absent(Party::Holder),
        interpreter: true,
    });
    c.agreements.push(AgreementFacts {
        due: Some(d("2026-03-01")),
        done: None,
        cancelled: false,
    });
    cases.push(c);
    // 10: housing ahead (August), so still waiting too; a cancelled agreement is no figure.
    let mut c = case("2026-01-01", Some("2026-08-01"));
    c.holder_lang = Some(Lang::Ti);
    c.option = Some(HandoverOption::AfterHousing);
    c.agreements.push(AgreementFacts {
        due: Some(d("2026-03-01")),
        done: None,
        cancelled: true,
    });
    cases.push(c);

    let f = run(&cases);
    assert_eq!(f.cases, Count::N(10));
    assert_eq!(f.held_before_move_pct, Some(40));
    assert_eq!(f.held_after_move_pct, Some(20));
    assert_eq!(f.no_meeting_held_pct, Some(40));
    // Days to the first proposed: 9,9,9,9 (cases 1-4), 4, 30, 31, 2 → sorted
    // 2,4,9,9,9,9,30,31: median (rank 4) 9, 80th (rank 7) 30.
    assert_eq!(
        f.days_to_first_proposed,
        Some(Spread { median: 9, p80: 30 })
    );
    // Days to the first held: 19 ×4, 45, 68 → 6 values: median (rank 3) 19, 80th (rank 5) 45.
    assert_eq!(
        f.days_to_first_held,
        Some(Spread {
            median: 19,
            p80: 45
        })
    );
    assert_eq!(f.agreements_done_on_time, Count::Small, "3");
    assert_eq!(f.agreements_done_late, Count::Small, "1");
    assert_eq!(
        f.agreements_overdue,
        Count::Small,
        "1 (the cancelled one is not)"
    );
    assert_eq!(f.no_shows_holder, Count::Small);
    assert_eq!(f.no_shows_coa, Count::N(0));
    assert_eq!(f.meetings_with_interpreter, Count::Small, "3");
    assert_eq!(f.waiting_over_ten_weeks, Count::Small, "cases 9 and 10");
    assert_eq!(f.option_2, Count::Small);
    assert_eq!(f.option_none, Count::Small, "4: cases 5, 7, 8, 9");
    assert_eq!(f.languages, vec![("ar", Count::N(8)), ("ti", Count::Small)]);
}

#[test]
fn percentiles_take_the_nearest_rank() {
    assert_eq!(
        spread(vec![5, 1, 4, 2, 3]),
        Some(Spread { median: 3, p80: 4 })
    );
    assert_eq!(spread(vec![1, 2, 3, 4]), None);
    let hundred: Vec<i64> = (1..=100).collect();
    assert_eq!(
        spread(hundred),
        Some(Spread {
            median: 50,
            p80: 80
        })
    );
}
