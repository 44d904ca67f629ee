//! The whole rule as one table: every need, for every relation, in every chat, for an open and
//! a closed case. A change of the rule shows up here as a changed line.
//!
//! Cells: `h`, `c`, `g` allowed as holder, COA, municipality; `Y` a list is allowed. Refusals:
//! `-` not on the case, `S` staff only, `Q` holder only, `P` private chat only, `L` link the
//! group first, `O` group of another organisation, `F` group does not follow the case, `H` the
//! holder cannot change it, `G` municipality only, `X` case closed.
//!
//! Chats: `prv` private; `unl` unlinked group; groups linked to all cases of an organisation:
//! `org` the actor's and on the case, `org~` another one on the case, `xo` the actor's but not
//! on the case, `xo~` neither; groups linked to one case: `cs` this case by the actor's
//! organisation, `cs~` this case by another, `oc` another case by the actor's, `oc~` another
//! case by another.

use super::*;

const RELATIONS: [(&str, Relation); 8] = [
    ("holder", Relation::Holder),
    ("other-holder", Relation::OtherHolder),
    ("staff-coa", Relation::Staff(Party::Coa)),
    ("staff-gemeente", Relation::Staff(Party::Gemeente)),
    ("colleague", Relation::Colleague),
    ("wrong-side", Relation::WrongSide),
    ("unrelated", Relation::Unrelated),
    ("stranger", Relation::Stranger),
];

const CHATS: [Chat; 10] = [
    Chat::Private,
    Chat::Unlinked,
    Chat::Org {
        own: true,
        on_case: true,
    },
    Chat::Org {
        own: false,
        on_case: true,
    },
    Chat::Org {
        own: true,
        on_case: false,
    },
    Chat::Org {
        own: false,
        on_case: false,
    },
    Chat::Case {
        this: true,
        own: true,
    },
    Chat::Case {
        this: true,
        own: false,
    },
    Chat::Case {
        this: false,
        own: true,
    },
    Chat::Case {
        this: false,
        own: false,
    },
];

const NEEDS: [(&str, Need); 13] = [
    ("view-plan", Need::ViewPlan),
    ("edit-plan", Need::EditPlan),
    ("edit-plan-gem", Need::EditPlanGemeente),
    ("meeting", Need::Meeting),
    ("answer-meeting", Need::AnswerMeeting),
    ("prepare-view", Need::PrepareView),
    ("edit-agenda", Need::EditAgenda),
    ("own-prep", Need::OwnPreparation),
    ("close-case", Need::CloseCase),
    ("reopen-case", Need::ReopenCase),
    ("hand-over", Need::HandOver),
    ("erasure", Need::DecideErasure),
    ("case-list", Need::CaseList),
];

fn cell(r: Result<Allowed, Refusal>) -> &'static str {
    match r {
        Ok(Allowed::As(Party::Holder)) => "h",
        Ok(Allowed::As(Party::Coa)) => "c",
        Ok(Allowed::As(Party::Gemeente)) => "g",
        Ok(Allowed::List) => "Y",
        Err(Refusal::NotOnCase) => "-",
        Err(Refusal::StaffOnly) => "S",
        Err(Refusal::HolderOnly) => "Q",
        Err(Refusal::PrivateOnly) => "P",
        Err(Refusal::LinkGroupFirst) => "L",
        Err(Refusal::GroupOtherOrg) => "O",
        Err(Refusal::GroupNotFollowing) => "F",
        Err(Refusal::HolderCannotChange) => "H",
        Err(Refusal::GemeenteOnly) => "G",
        Err(Refusal::CaseClosed) => "X",
    }
}

/// The column labels and their widths (a cell is padded to its label).
const HEADER: [&str; 10] = [
    "prv", "unl", "org", "org~", "xo", "xo~", "cs", "cs~", "oc", "oc~",
];

fn table(open: bool) -> String {
    let mut out = format!("{:<14} {:<14} {}\n", "need", "relation", HEADER.join(" "));
    for (need_name, need) in NEEDS {
        for (rel_name, rel) in RELATIONS {
            let cells: Vec<String> = CHATS
                .iter()
                .zip(HEADER)
                .map(|(chat, label)| {
                    let c = cell(decide(rel, *chat, need, open));
                    format!("{c:<w$}", w = label.len())
                })
                .collect();
            let line = format!("{need_name:<14} {rel_name:<14} {}", cells.join(" "));
            out.push_str(line.trim_end());
            out.push('\n');
        }
    }
    out
}

/// An open case.
const OPEN: &str = "\
need           relation       prv unl org org~ xo xo~ cs cs~ oc oc~
view-plan      holder         h   -   -   -    -  -   -  -   -  -
view-plan      other-holder   -   -   -   -    -  -   -  -   -  -
view-plan      staff-coa      c   L   c   c    F  F   c  c   F  F
view-plan      staff-gemeente g   L   g   g    F  F   g  g   F  F
view-plan      colleague      -   -   -   -    -  -   -  -   -  -
view-plan      wrong-side     -   -   -   -    -  -   -  -   -  -
view-plan      unrelated      -   -   -   -    -  -   -  -   -  -
view-plan      stranger       -   -   -   -    -  -   -  -   -  -
edit-plan      holder         H   -   -   -    -  -   -  -   -  -
edit-plan      other-holder   -   -   -   -    -  -   -  -   -  -
edit-plan      staff-coa      c   L   c   c    F  F   c  c   F  F
edit-plan      staff-gemeente g   L   g   g    F  F   g  g   F  F
edit-plan      colleague      -   -   -   -    -  -   -  -   -  -
edit-plan      wrong-side     -   -   -   -    -  -   -  -   -  -
edit-plan      unrelated      -   -   -   -    -  -   -  -   -  -
edit-plan      stranger       -   -   -   -    -  -   -  -   -  -
edit-plan-gem  holder         H   -   -   -    -  -   -  -   -  -
edit-plan-gem  other-holder   -   -   -   -    -  -   -  -   -  -
edit-plan-gem  staff-coa      G   L   G   G    F  F   G  G   F  F
edit-plan-gem  staff-gemeente g   L   g   g    F  F   g  g   F  F
edit-plan-gem  colleague      -   -   -   -    -  -   -  -   -  -
edit-plan-gem  wrong-side     -   -   -   -    -  -   -  -   -  -
edit-plan-gem  unrelated      -   -   -   -    -  -   -  -   -  -
edit-plan-gem  stranger       -   -   -   -    -  -   -  -   -  -
meeting        holder         -   -   -   -    -  -   -  -   -  -
meeting        other-holder   -   -   -   -    -  -   -  -   -  -
meeting        staff-coa      c   L   c   c    F  F   c  c   F  F
meeting        staff-gemeente g   L   g   g    F  F   g  g   F  F
meeting        colleague      -   -   -   -    -  -   -  -   -  -
meeting        wrong-side     -   -   -   -    -  -   -  -   -  -
meeting        unrelated      -   -   -   -    -  -   -  -   -  -
meeting        stranger       -   -   -   -    -  -   -  -   -  -
answer-meeting holder         h   -   -   -    -  -   -  -   -  -
answer-meeting other-holder   -   -   -   -    -  -   -  -   -  -
answer-meeting staff-coa      c   L   c   c    F  F   c  c   F  F
answer-meeting staff-gemeente g   L   g   g    F  F   g  g   F  F
answer-meeting colleague      -   -   -   -    -  -   -  -   -  -
answer-meeting wrong-side     -   -   -   -    -  -   -  -   -  -
answer-meeting unrelated      -   -   -   -    -  -   -  -   -  -
answer-meeting stranger       -   -   -   -    -  -   -  -   -  -
prepare-view   holder         S   S   S   S    S  S   S  S   S  S
prepare-view   other-holder   S   S   S   S    S  S   S  S   S  S
prepare-view   staff-coa      c   L   c   O    F  F   c  O   F  F
prepare-view   staff-gemeente g   L   g   O    F  F   g  O   F  F
prepare-view   colleague      -   -   -   -    -  -   -  -   -  -
prepare-view   wrong-side     -   -   -   -    -  -   -  -   -  -
prepare-view   unrelated      -   -   -   -    -  -   -  -   -  -
prepare-view   stranger       S   S   S   S    S  S   S  S   S  S
edit-agenda    holder         S   S   S   S    S  S   S  S   S  S
edit-agenda    other-holder   S   S   S   S    S  S   S  S   S  S
edit-agenda    staff-coa      c   L   c   O    F  F   c  O   F  F
edit-agenda    staff-gemeente g   L   g   O    F  F   g  O   F  F
edit-agenda    colleague      -   -   -   -    -  -   -  -   -  -
edit-agenda    wrong-side     -   -   -   -    -  -   -  -   -  -
edit-agenda    unrelated      -   -   -   -    -  -   -  -   -  -
edit-agenda    stranger       S   S   S   S    S  S   S  S   S  S
own-prep       holder         h   P   P   P    P  P   P  P   P  P
own-prep       other-holder   -   -   -   -    -  -   -  -   -  -
own-prep       staff-coa      Q   Q   Q   Q    Q  Q   Q  Q   Q  Q
own-prep       staff-gemeente Q   Q   Q   Q    Q  Q   Q  Q   Q  Q
own-prep       colleague      Q   Q   Q   Q    Q  Q   Q  Q   Q  Q
own-prep       wrong-side     Q   Q   Q   Q    Q  Q   Q  Q   Q  Q
own-prep       unrelated      Q   Q   Q   Q    Q  Q   Q  Q   Q  Q
own-prep       stranger       -   -   -   -    -  -   -  -   -  -
close-case     holder         S   S   S   S    S  S   S  S   S  S
close-case     other-holder   S   S   S   S    S  S   S  S   S  S
close-case     staff-coa      G   L   G   G    F  F   G  G   F  F
close-case     staff-gemeente g   L   g   g    F  F   g  g   F  F
close-case     colleague      -   -   -   -    -  -   -  -   -  -
close-case     wrong-side     -   -   -   -    -  -   -  -   -  -
close-case     unrelated      -   -   -   -    -  -   -  -   -  -
close-case     stranger       S   S   S   S    S  S   S  S   S  S
reopen-case    holder         S   S   S   S    S  S   S  S   S  S
reopen-case    other-holder   S   S   S   S    S  S   S  S   S  S
reopen-case    staff-coa      G   L   G   G    F  F   G  G   F  F
reopen-case    staff-gemeente g   L   g   g    F  F   g  g   F  F
reopen-case    colleague      -   -   -   -    -  -   -  -   -  -
reopen-case    wrong-side     -   -   -   -    -  -   -  -   -  -
reopen-case    unrelated      -   -   -   -    -  -   -  -   -  -
reopen-case    stranger       S   S   S   S    S  S   S  S   S  S
hand-over      holder         S   S   S   S    S  S   S  S   S  S
hand-over      other-holder   S   S   S   S    S  S   S  S   S  S
hand-over      staff-coa      c   L   c   c    F  F   c  c   F  F
hand-over      staff-gemeente g   L   g   g    F  F   g  g   F  F
hand-over      colleague      -   -   -   -    -  -   -  -   -  -
hand-over      wrong-side     -   -   -   -    -  -   -  -   -  -
hand-over      unrelated      -   -   -   -    -  -   -  -   -  -
hand-over      stranger       S   S   S   S    S  S   S  S   S  S
erasure        holder         S   S   S   S    S  S   S  S   S  S
erasure        other-holder   S   S   S   S    S  S   S  S   S  S
erasure        staff-coa      G   L   G   O    F  F   G  O   F  F
erasure        staff-gemeente g   L   g   O    F  F   g  O   F  F
erasure        colleague      -   -   -   -    -  -   -  -   -  -
erasure        wrong-side     -   -   -   -    -  -   -  -   -  -
erasure        unrelated      -   -   -   -    -  -   -  -   -  -
erasure        stranger       S   S   S   S    S  S   S  S   S  S
case-list      holder         S   S   S   S    S  S   S  S   S  S
case-list      other-holder   S   S   S   S    S  S   S  S   S  S
case-list      staff-coa      Y   L   Y   O    Y  O   Y  O   Y  O
case-list      staff-gemeente Y   L   Y   O    Y  O   Y  O   Y  O
case-list      colleague      Y   L   Y   O    Y  O   Y  O   Y  O
case-list      wrong-side     Y   L   Y   O    Y  O   Y  O   Y  O
case-list      unrelated      Y   L   Y   O    Y  O   Y  O   Y  O
case-list      stranger       S   S   S   S    S  S   S  S   S  S
";

/// A closed case: only reading the plan and answering about a meeting remain.
const CLOSED: &str = "\
need           relation       prv unl org org~ xo xo~ cs cs~ oc oc~
view-plan      holder         h   -   -   -    -  -   -  -   -  -
view-plan      other-holder   -   -   -   -    -  -   -  -   -  -
view-plan      staff-coa      c   L   c   c    F  F   c  c   F  F
view-plan      staff-gemeente g   L   g   g    F  F   g  g   F  F
view-plan      colleague      -   -   -   -    -  -   -  -   -  -
view-plan      wrong-side     -   -   -   -    -  -   -  -   -  -
view-plan      unrelated      -   -   -   -    -  -   -  -   -  -
view-plan      stranger       -   -   -   -    -  -   -  -   -  -
edit-plan      holder         H   -   -   -    -  -   -  -   -  -
edit-plan      other-holder   -   -   -   -    -  -   -  -   -  -
edit-plan      staff-coa      X   L   X   X    F  F   X  X   F  F
edit-plan      staff-gemeente X   L   X   X    F  F   X  X   F  F
edit-plan      colleague      -   -   -   -    -  -   -  -   -  -
edit-plan      wrong-side     -   -   -   -    -  -   -  -   -  -
edit-plan      unrelated      -   -   -   -    -  -   -  -   -  -
edit-plan      stranger       -   -   -   -    -  -   -  -   -  -
edit-plan-gem  holder         H   -   -   -    -  -   -  -   -  -
edit-plan-gem  other-holder   -   -   -   -    -  -   -  -   -  -
edit-plan-gem  staff-coa      G   L   G   G    F  F   G  G   F  F
edit-plan-gem  staff-gemeente X   L   X   X    F  F   X  X   F  F
edit-plan-gem  colleague      -   -   -   -    -  -   -  -   -  -
edit-plan-gem  wrong-side     -   -   -   -    -  -   -  -   -  -
edit-plan-gem  unrelated      -   -   -   -    -  -   -  -   -  -
edit-plan-gem  stranger       -   -   -   -    -  -   -  -   -  -
meeting        holder         -   -   -   -    -  -   -  -   -  -
meeting        other-holder   -   -   -   -    -  -   -  -   -  -
meeting        staff-coa      X   L   X   X    F  F   X  X   F  F
meeting        staff-gemeente X   L   X   X    F  F   X  X   F  F
meeting        colleague      -   -   -   -    -  -   -  -   -  -
meeting        wrong-side     -   -   -   -    -  -   -  -   -  -
meeting        unrelated      -   -   -   -    -  -   -  -   -  -
meeting        stranger       -   -   -   -    -  -   -  -   -  -
answer-meeting holder         h   -   -   -    -  -   -  -   -  -
answer-meeting other-holder   -   -   -   -    -  -   -  -   -  -
answer-meeting staff-coa      c   L   c   c    F  F   c  c   F  F
answer-meeting staff-gemeente g   L   g   g    F  F   g  g   F  F
answer-meeting colleague      -   -   -   -    -  -   -  -   -  -
answer-meeting wrong-side     -   -   -   -    -  -   -  -   -  -
answer-meeting unrelated      -   -   -   -    -  -   -  -   -  -
answer-meeting stranger       -   -   -   -    -  -   -  -   -  -
prepare-view   holder         S   S   S   S    S  S   S  S   S  S
prepare-view   other-holder   S   S   S   S    S  S   S  S   S  S
prepare-view   staff-coa      X   L   X   O    F  F   X  O   F  F
prepare-view   staff-gemeente X   L   X   O    F  F   X  O   F  F
prepare-view   colleague      -   -   -   -    -  -   -  -   -  -
prepare-view   wrong-side     -   -   -   -    -  -   -  -   -  -
prepare-view   unrelated      -   -   -   -    -  -   -  -   -  -
prepare-view   stranger       S   S   S   S    S  S   S  S   S  S
edit-agenda    holder         S   S   S   S    S  S   S  S   S  S
edit-agenda    other-holder   S   S   S   S    S  S   S  S   S  S
edit-agenda    staff-coa      X   L   X   O    F  F   X  O   F  F
edit-agenda    staff-gemeente X   L   X   O    F  F   X  O   F  F
edit-agenda    colleague      -   -   -   -    -  -   -  -   -  -
edit-agenda    wrong-side     -   -   -   -    -  -   -  -   -  -
edit-agenda    unrelated      -   -   -   -    -  -   -  -   -  -
edit-agenda    stranger       S   S   S   S    S  S   S  S   S  S
own-prep       holder         X   P   P   P    P  P   P  P   P  P
own-prep       other-holder   -   -   -   -    -  -   -  -   -  -
own-prep       staff-coa      Q   Q   Q   Q    Q  Q   Q  Q   Q  Q
own-prep       staff-gemeente Q   Q   Q   Q    Q  Q   Q  Q   Q  Q
own-prep       colleague      Q   Q   Q   Q    Q  Q   Q  Q   Q  Q
own-prep       wrong-side     Q   Q   Q   Q    Q  Q   Q  Q   Q  Q
own-prep       unrelated      Q   Q   Q   Q    Q  Q   Q  Q   Q  Q
own-prep       stranger       -   -   -   -    -  -   -  -   -  -
close-case     holder         S   S   S   S    S  S   S  S   S  S
close-case     other-holder   S   S   S   S    S  S   S  S   S  S
close-case     staff-coa      G   L   G   G    F  F   G  G   F  F
close-case     staff-gemeente X   L   X   X    F  F   X  X   F  F
close-case     colleague      -   -   -   -    -  -   -  -   -  -
close-case     wrong-side     -   -   -   -    -  -   -  -   -  -
close-case     unrelated      -   -   -   -    -  -   -  -   -  -
close-case     stranger       S   S   S   S    S  S   S  S   S  S
reopen-case    holder         S   S   S   S    S  S   S  S   S  S
reopen-case    other-holder   S   S   S   S    S  S   S  S   S  S
reopen-case    staff-coa      G   L   G   G    F  F   G  G   F  F
reopen-case    staff-gemeente g   L   g   g    F  F   g  g   F  F
reopen-case    colleague      -   -   -   -    -  -   -  -   -  -
reopen-case    wrong-side     -   -   -   -    -  -   -  -   -  -
reopen-case    unrelated      -   -   -   -    -  -   -  -   -  -
reopen-case    stranger       S   S   S   S    S  S   S  S   S  S
hand-over      holder         S   S   S   S    S  S   S  S   S  S
hand-over      other-holder   S   S   S   S    S  S   S  S   S  S
hand-over      staff-coa      X   L   X   X    F  F   X  X   F  F
hand-over      staff-gemeente X   L   X   X    F  F   X  X   F  F
hand-over      colleague      -   -   -   -    -  -   -  -   -  -
hand-over      wrong-side     -   -   -   -    -  -   -  -   -  -
hand-over      unrelated      -   -   -   -    -  -   -  -   -  -
hand-over      stranger       S   S   S   S    S  S   S  S   S  S
erasure        holder         S   S   S   S    S  S   S  S   S  S
erasure        other-holder   S   S   S   S    S  S   S  S   S  S
erasure        staff-coa      G   L   G   O    F  F   G  O   F  F
erasure        staff-gemeente g   L   g   O    F  F   g  O   F  F
erasure        colleague      -   -   -   -    -  -   -  -   -  -
erasure        wrong-side     -   -   -   -    -  -   -  -   -  -
erasure        unrelated      -   -   -   -    -  -   -  -   -  -
erasure        stranger       S   S   S   S    S  S   S  S   S  S
case-list      holder         S   S   S   S    S  S   S  S   S  S
case-list      other-holder   S   S   S   S    S  S   S  S   S  S
case-list      staff-coa      Y   L   Y   O    Y  O   Y  O   Y  O
case-list      staff-gemeente Y   L   Y   O    Y  O   Y  O   Y  O
case-list      colleague      Y   L   Y   O    Y  O   Y  O   Y  O
case-list      wrong-side     Y   L   Y   O    Y  O   Y  O   Y  O
case-list      unrelated      Y   L   Y   O    Y  O   Y  O   Y  O
case-list      stranger       S   S   S   S    S  S   S  S   S  S
";

#[test]
fn the_rule_for_an_open_case_is_this_table() {
    if std::env::var("PRINT_ACCESS_TABLE").is_ok() {
        println!("OPEN\n{}CLOSED\n{}", table(true), table(false));
    }
    assert_eq!(table(true), OPEN);
}

#[test]
fn the_rule_for_a_closed_case_is_this_table() {
    assert_eq!(table(false), CLOSED);
}
