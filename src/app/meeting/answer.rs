//! Scheduling a meeting, part 3 (issue 4): answers per party per slot, the proposer watching
//! them arrive, and confirming a slot (messages in each reader's language, `.ics` for staff,
//! reminders in the same transaction).

use anyhow::Context;
use sqlx::SqliteConnection;
use tracing::field::Empty;

use crate::app::common::error::{AppResult, OrStale, ensure};
use crate::app::meeting::propose::{party_msg, slots_message};
use crate::app::{App, CaseTag, Ctx, Outgoing, Reply, recipient_lang};
use crate::app::{MeetingAction as A, meeting::mbutton};
use crate::domain::{ChatId, Lang, Party, ReminderKind};
use crate::i18n::Msg;
use crate::store::{self, meetings::Meeting, meetings::Status};
use crate::workflow::access::Need;
use crate::workflow::meeting::answers::{Round, SlotAnswer, SlotAnswers, round};
use crate::workflow::meeting::slots::end_of;

impl App {
    /// A party's answer to one slot. The party in the button must be the presser's own.
    #[tracing::instrument(skip_all, fields(slot = slot, meeting = Empty, case = Empty))]
    pub(in crate::app) async fn answer_slot(
        &self,
        ctx: &Ctx<'_>,
        slot: i64,
        party: Party,
        answer: SlotAnswer,
    ) -> AppResult<Reply> {
        let now = self.clock.now();
        let mut tx = self.begin().await.context("beginning the answer")?;
        let (s, m) = store::meetings::slot_with_meeting(&mut tx, slot)
            .await
            .context("loading the slot and its meeting")?
            .or_stale()?;
        about(&m);
        let me = self
            .allowed(&mut tx, ctx, m.case, Need::AnswerMeeting)
            .await?;
        ensure(me.party == party, Msg::new("meeting-not-your-party"))?;
        ensure(
            !s.withdrawn && m.status == Status::Proposed,
            Msg::new("meeting-slot-outdated"),
        )?;
        // Read once: the open slots and their answers; the new answer is applied to them here
        // as the store applies it (one answer per party and slot).
        let slots = store::meetings::open_slots(&mut tx, m.id)
            .await
            .context("loading the slots")?;
        let previous = store::meetings::answers_to(&mut tx, m.id, &slots)
            .await
            .context("loading the answers")?;
        let before = round(&previous);
        store::meetings::answer(&mut tx, slot, party, ctx.inc.actor.user, answer, now)
            .await
            .context("saving the answer")?;
        let answers = with_answer(&previous, slot, party, answer);
        let after = round(&answers);
        let unchanged = answer_of(&previous, slot, party) == Some(answer);
        // The presser's own times message shows their answer now, in place, with a short
        // toast instead of an alert to dismiss (issue 12).
        let own_lang =
            ctx.stored_lang
                .unwrap_or(if party.is_staff() { Lang::Nl } else { Lang::En });
        let mut own = slots_message(&m, &slots, &answers, ctx.inc.actor.user, party, own_lang);
        own.chat = ctx.inc.chat;
        own.edit = ctx.inc.message_id;
        let mut reply = Reply::one(own);
        reply.toast = Some((ctx.lang, Msg::new("meeting-answer-saved")));
        if !unchanged {
            // The proposer's chat has one board per round, edited as answers come in.
            let (board, proposer_lang) = if m.proposer_chat.is_group() {
                let board = store::meetings::board(&mut tx, m.id, m.proposer_chat).await?;
                (board, Lang::Nl)
            } else {
                let (board, stored) =
                    store::meetings::board_and_lang(&mut tx, m.id, m.proposer_chat).await?;
                (board, stored.unwrap_or(Lang::Nl))
            };
            let mut news = vec![board_message(
                &me.case.reference,
                &m,
                &slots,
                &answers,
                proposer_lang,
                board,
            )];
            news.extend(round_news(&m, &slots, &before, &after, proposer_lang));
            // To the proposer, staff or their group: each names the case (issue 12), as
            // `queue` would after reading the case again.
            let tag = CaseTag {
                reference: me.case.reference.clone(),
                name: me.case.holder_name.clone(),
            };
            for n in news.iter_mut().filter(|n| n.case.is_none()) {
                n.case = Some(tag.clone());
            }
            reply.notices = self.queue(&mut tx, m.case, news).await?;
        }
        tx.commit().await.context("committing the answer")?;
        tracing::info!(
            meeting = m.id,
            slot,
            party = party.as_str(),
            "slot answered"
        );
        Ok(reply)
    }

    /// The answers board of a round for the proposer's chat: the proposal's words, then per
    /// time each party's mark; it edits the board sent before (issue 12).
    pub(in crate::app) async fn board(
        &self,
        conn: &mut SqliteConnection,
        m: &Meeting,
        lang: Lang,
    ) -> anyhow::Result<Outgoing> {
        let Some(case) = store::cases::get(conn, m.case).await? else {
            anyhow::bail!("case {} vanished", m.case);
        };
        let slots = store::meetings::open_slots(conn, m.id).await?;
        let answers = store::meetings::answers_to(conn, m.id, &slots).await?;
        let edit = store::meetings::board(conn, m.id, m.proposer_chat).await?;
        Ok(board_message(
            &case.reference,
            m,
            &slots,
            &answers,
            lang,
            edit,
        ))
    }

    /// The language to write to a chat in: a person's own, Dutch for groups.
    pub(in crate::app) async fn chat_lang(
        &self,
        conn: &mut SqliteConnection,
        chat: ChatId,
    ) -> anyhow::Result<Lang> {
        if chat.is_group() {
            return Ok(Lang::Nl);
        }
        Ok(recipient_lang(conn, crate::domain::UserId(chat.0), Lang::Nl).await?)
    }

    /// Staff confirm a slot: the meeting is fixed, everyone is told, reminders are scheduled.
    #[tracing::instrument(skip_all, fields(slot = slot, meeting = Empty, case = Empty))]
    pub(in crate::app) async fn confirm_slot(&self, ctx: &Ctx<'_>, slot: i64) -> AppResult<Reply> {
        let now = self.clock.now();
        let mut tx = self.begin().await.context("beginning the confirmation")?;
        let (s, m) = slot_of_meeting(&mut tx, slot).await?.or_stale()?;
        about(&m);
        self.staff_case(&mut tx, ctx, m.case).await?;
        let changed = Msg::new("meeting-changed-meanwhile");
        ensure(!s.withdrawn && s.starts_at > now, changed.clone())?;
        let due = m
            .interpreter
            .map(|_| s.starts_at - self.policy.interpreter_before);
        let end = end_of(s.starts_at);
        let confirmed = store::meetings::confirm(&mut tx, m.id, s.starts_at, end, due, now)
            .await
            .context("confirming the meeting")?;
        ensure(confirmed, changed)?;
        store::meetings::withdraw_slots(&mut tx, m.id)
            .await
            .context("withdrawing the other slots")?;
        store::outbox::cancel(&mut tx, ReminderKind::SlotsUnanswered, m.id, now)
            .await
            .context("cancelling the answer reminders")?;
        let m = store::meetings::get(&mut tx, m.id)
            .await?
            .context("meeting vanished")?;
        self.schedule_meeting_reminders(&mut tx, &m).await?;
        store::audit(
            &mut tx,
            now,
            Some(ctx.inc.actor.user.0),
            "meeting_confirmed",
            Some(m.case.0),
            Some(m.id),
        )
        .await?;
        let out = self
            .tell_all(&mut tx, &m, |_| Msg::new("meeting-confirmed"))
            .await?;
        let mut reply = Reply::default().answered();
        reply.notices = self.queue(&mut tx, m.case, out).await?;
        tx.commit().await.context("committing the confirmation")?;
        tracing::info!(meeting = m.id, "meeting confirmed");
        Ok(reply)
    }
}

/// The answers board from what was read: the case's reference, the open slots and their
/// answers, and the board's message to edit, if one was sent.
pub(in crate::app) fn board_message(
    reference: &str,
    m: &Meeting,
    slots: &[store::meetings::Slot],
    answers: &[SlotAnswers],
    lang: Lang,
    edit: Option<i32>,
) -> Outgoing {
    let mark = |slot: i64, party: Party| {
        let code = answer_of(answers, slot, party).map_or("none", SlotAnswer::as_str);
        Msg::new("meeting-board-party")
            .msg("party", party_msg(party))
            .msg("mark", Msg::new("meeting-board-mark").code("answer", code))
    };
    let lines = slots
        .iter()
        .enumerate()
        .map(|(i, s)| {
            Msg::new("meeting-board-line")
                .num("n", i as i64 + 1)
                .date_time("at", s.starts_at)
                .msg("gemeente", mark(s.id, Party::Gemeente))
                .msg("coa", mark(s.id, Party::Coa))
                .msg("holder", mark(s.id, Party::Holder))
        })
        .collect();
    let head = Msg::new("meeting-proposed")
        .code("reference", reference.to_owned())
        .num("slots", slots.len() as i64);
    let msg = Msg::new("meeting-board")
        .msg("head", head)
        .lines("lines", lines);
    let mut out = Outgoing::new(m.proposer_chat, lang, msg);
    out.edit = edit;
    out.board = Some(m.id);
    out
}

/// The answers after `party` answered `slot` with `answer` (its answer before replaced).
fn with_answer(
    previous: &[SlotAnswers],
    slot: i64,
    party: Party,
    answer: SlotAnswer,
) -> Vec<SlotAnswers> {
    let mut answers = previous.to_vec();
    if let Some(s) = answers.iter_mut().find(|a| a.slot == slot) {
        s.answers.retain(|(p, _)| *p != party);
        s.answers.push((party, answer));
    }
    answers
}

/// Tells the proposer when a slot starts to suit all, or when none can any more.
fn round_news(
    m: &Meeting,
    slots: &[store::meetings::Slot],
    before: &Round,
    after: &Round,
    lang: Lang,
) -> Option<Outgoing> {
    let msg = match (before, after) {
        (Round::Suits(old), Round::Suits(new)) if new.iter().all(|s| old.contains(s)) => None,
        (_, Round::Suits(suits)) => {
            let fits = |s: &&store::meetings::Slot| suits.contains(&s.id);
            let ordered = slots
                .iter()
                .filter(fits)
                .chain(slots.iter().filter(|s| !fits(s)));
            let rows: Vec<_> = ordered
                .map(|s| {
                    let label = Msg::new("meeting-button-confirm")
                        .date_time("at", s.starts_at)
                        .code("suits", if fits(&s) { "yes" } else { "no" });
                    vec![mbutton(label, A::Confirm(s.id))]
                })
                .collect();
            let first = slots
                .iter()
                .find(|s| suits.contains(&s.id))
                .map(|s| s.starts_at);
            first.map(|at| (Msg::new("meeting-suits-all").date_time("at", at), rows))
        }
        (Round::NoneSuits(_), Round::NoneSuits(_)) => None,
        (_, Round::NoneSuits(parties)) => {
            let lines = parties.iter().map(|p| party_msg(*p)).collect();
            let rows = vec![vec![mbutton(
                Msg::new("meeting-button-new-round"),
                A::Case(m.case),
            )]];
            Some((Msg::new("meeting-none-suits").lines("parties", lines), rows))
        }
        _ => None,
    };
    msg.map(|(text, rows)| Outgoing::new(m.proposer_chat, lang, text).buttons(rows))
}

/// A proposed slot and its meeting, if both still exist.
async fn slot_of_meeting(
    conn: &mut SqliteConnection,
    slot: i64,
) -> anyhow::Result<Option<(store::meetings::Slot, Meeting)>> {
    let Some(s) = store::meetings::slot(conn, slot)
        .await
        .context("loading the slot")?
    else {
        return Ok(None);
    };
    Ok(store::meetings::get(conn, s.meeting_id)
        .await
        .context("loading the slot's meeting")?
        .map(|m| (s, m)))
}

/// The use case's span names the meeting and its case, once they are known (ids only).
pub(in crate::app) fn about(m: &Meeting) {
    let span = tracing::Span::current();
    span.record("meeting", m.id);
    span.record("case", m.case.0);
}

/// A party's answer to a slot, if it gave one.
pub(in crate::app) fn answer_of(
    answers: &[crate::workflow::meeting::answers::SlotAnswers],
    slot: i64,
    party: Party,
) -> Option<SlotAnswer> {
    answers
        .iter()
        .find(|a| a.slot == slot)
        .and_then(|a| a.of(party))
}
