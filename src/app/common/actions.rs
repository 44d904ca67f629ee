//! Every button's action, in one place that imports no feature (issue 11): a button grants
//! nothing, every action is re-checked against the actor by its feature. The Telegram codec is
//! `telegram/callback*.rs`; notices keep their buttons as JSON in the outbox (serde).

use crate::domain::{CaseId, HandoverOption, Lang, OrgId, Party, StaffId};
use crate::workflow::case_life::CloseReason;
use crate::workflow::explain::Term;
use crate::workflow::meeting::answers::SlotAnswer;
use crate::workflow::meeting::{CantReason, Outcome, Place};
use crate::workflow::plan::ItemKind;
use crate::workflow::prepare::checklist::Item;
use crate::workflow::prepare::consent::Part;
use crate::workflow::prepare::questions::{Answer, Question};
use crate::workflow::privacy::KeepReason;

/// What a button asks for. Grants nothing: every action is re-checked against the actor.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Action {
    PickLang(Lang),
    PrivacyOk(CaseId),
    Open(OpenAction),
    Menu(MenuAction),
    Link(LinkAction),
    /// The handover plan and agreements (issue 3, `app/plan.rs`).
    Plan(PlanAction),
    /// Scheduling meetings (issue 4, `app/meeting.rs`).
    Meeting(MeetingAction),
    /// Preparing a meeting: questionnaire, consent, checklists (issue 6, `app/prepare.rs`).
    Prepare(PrepareAction),
    /// A case's life: closing, reopening, handing over (issue 12, `app/life`).
    Life(LifeAction),
    /// Another page of a case picker (issue 12, `common/picker.rs`).
    Page(crate::app::common::picker::Picker, u16),
    /// The status holder's rights: their data, erasure, stopping (issue 14, `app/privacy`).
    Privacy(PrivacyAction),
    /// Explainers of the handover's terms (issue 15, `app/explain`).
    Explain(ExplainAction),
}

/// A button of the explainers (encoded in `telegram/callback.rs`, after `x:`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum ExplainAction {
    /// Every term, as buttons (`/explain`).
    List,
    /// One term's explanation, in the reader's language.
    Show(Term),
    /// Staff: which explanation to send to this case's status holder.
    Pick(CaseId),
    /// Staff: send this explanation to the case's status holder.
    Send(CaseId, Term),
}

/// A button of the status holder's rights (encoded in `telegram/callback_privacy.rs`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum PrivacyAction {
    /// The status holder: what they can do with their data (🔒 under their overview).
    Menu,
    /// The status holder: everything recorded about them, as a message and a file.
    MyData,
    /// The status holder: ask to erase their data (asks to confirm first).
    Delete,
    DeleteYes,
    /// The status holder: get no more messages (asks to confirm first).
    Stop,
    StopYes,
    /// The status holder changed their mind (about erasing or stopping).
    Never,
    /// The municipality, on a request to erase (its id): erase it (asks to confirm first).
    Erase(i64),
    EraseYes(i64),
    /// The municipality: keep it; pick the reason the status holder will read.
    Keep(i64),
    KeepFor(i64, KeepReason),
    /// The municipality: back to the request's question.
    Request(i64),
}

/// A button of a case's life (encoded in `telegram/callback_life.rs`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum LifeAction {
    /// The municipality: close this case (asks why).
    Close(CaseId),
    /// The reason picked: asks to confirm.
    Reason(CaseId, CloseReason),
    Confirm(CaseId, CloseReason),
    /// Changed one's mind: the case stays open.
    Keep(CaseId),
    /// The cases closed in the last 90 days of this chat's scope.
    Closed,
    Reopen(CaseId),
    /// Staff: pick a colleague to hand one's place on this case to.
    HandOver(CaseId),
    HandTo(CaseId, StaffId),
    /// The colleague's answer to an offer (its id).
    Accept(i64),
    Decline(i64),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum OpenAction {
    Counterpart(OrgId),
    DaysAgo(u32),
    HousingUnknown,
    Confirm,
    Cancel,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum MenuAction {
    NewCase,
    Cases,
    Language,
    /// The person's own `/menu` (a button for those who do not type commands).
    Home,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum LinkAction {
    Org,
    ChooseCase,
    Case(CaseId),
}

/// A button of this feature (encoded in `telegram/callback_meeting.rs`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum MeetingAction {
    /// Propose times for this case (also "plan a new round").
    Case(CaseId),
    PrevMonth,
    NextMonth,
    Day(chrono::NaiveDate),
    /// Minutes after midnight.
    Time(u16),
    TypeTime,
    SlotsDone,
    Place(Place),
    Interpreter(bool),
    /// "Another language": show every language the bot speaks.
    InterpreterOther,
    /// An interpreter in this language instead of the status holder's.
    InterpreterIn(Lang),
    Abort,
    Answer {
        slot: i64,
        party: Party,
        answer: SlotAnswer,
    },
    Confirm(i64),
    CantCome(i64),
    Reason(i64, CantReason),
    Move(i64),
    Cancel(i64),
    Booked(i64),
    Outcome(i64, Outcome),
    /// A calendar cell that does nothing (an empty or past day).
    Noop,
}

/// A button of this feature (encoded in `telegram/callback_plan.rs`). Grants nothing: every
/// action re-checks the actor against the case.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum PlanAction {
    Show(CaseId),
    Options(CaseId),
    Choose(CaseId, HandoverOption),
    /// The status holder's answer: will they follow COA's programme?
    Programme(CaseId, bool),
    Add(CaseId),
    Kind(CaseId, ItemKind),
    Owner(Party),
    DueIn(u32),
    /// Mark an item done, at the version the button was made for.
    Done(i64, i64),
    Send(CaseId),
    Agree(CaseId, i64),
    Question(CaseId, i64),
    Housing(CaseId),
    /// Staff: the summary document for the case file.
    Summary(CaseId),
    /// An answer to the long-wait question.
    LongWait(CaseId, LongWaitAnswer),
    /// Staff: change one agreement (item, version seen).
    Edit(i64, i64),
    /// Staff: move an agreement's due date to that many days from today.
    MoveDue(i64, i64, u32),
    /// Staff: cancel an agreement.
    CancelItem(i64, i64),
    /// Staff: give an agreement to another party.
    SetOwner(i64, i64, Party),
    /// Staff: type new words for a free-text agreement.
    Reword(i64, i64),
}

/// An answer to the long-wait question.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum LongWaitAnswer {
    /// Staff: the plan still holds.
    Holds,
    /// Anyone: something changed.
    Changed,
    /// The status holder: nothing changed.
    Nothing,
}

/// A button of this feature (encoded in `telegram/callback_prepare.rs`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum PrepareAction {
    /// Status holder: start or resume the questionnaire.
    Start,
    Answer(Answer),
    Skip(Question),
    /// Status holder: answer this question again.
    Change(Question),
    SkipOwn,
    /// Status holder: type their own questions again.
    EditOwn,
    /// Status holder: their answers, in their language.
    Review,
    /// Status holder: the notice and what they share now.
    Sharing,
    Consent(Part, bool),
    /// Status holder: their documents to bring.
    Checklist,
    /// Status holder: tick or untick one of their items.
    Tick(Item),
    /// Status holder: the agenda of their next meeting, in their language.
    HolderAgenda,
    /// Staff: the preparation overview of a case.
    Show(CaseId),
    /// Staff: tick or untick one of their party's items.
    StaffTick(CaseId, Item),
    /// Staff: the agenda editor of a meeting.
    Agenda(i64),
    /// Staff: move or remove a point of the agenda at this version.
    AgendaEdit(i64, i64, AgendaOp),
    /// Staff: type a point to add.
    AgendaAdd(i64),
    /// Staff: send the agenda to all three.
    AgendaSend(i64),
}

/// One change asked for by an agenda button (`Add` goes through the typed dialog instead).
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum AgendaOp {
    Up(u8),
    Down(u8),
    Remove(u8),
}
