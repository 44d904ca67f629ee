//! Preparing the driegesprek (issue 6), the status holder's side: the questionnaire (one
//! question per message, buttons, skippable, changeable, resumable days later from the stored
//! answers), their own questions as typed, their consent per part, and their documents to
//! bring. The staff side is `staff`; the messages are built in `view`; the meeting's agenda in
//! `agenda` and `agenda_view`; its reminders in `remind`.
//!
//! ```text
//! Amanuel: /prepare
//! Bot:     (1/11) 🎓 Which school did you finish?  [No school] [Primary] ... [⏭ Skip]
//! Amanuel: <taps Secondary>
//! Bot:     (2/11) 💼 How many years did you work?  ...
//! ... (days later) /prepare -> the first question not answered yet
//! Bot:     ❓ Questions for the meeting? Type them.  [⏭ Skip]
//! Bot:     🔒 Who sees your answers ...  [✅ Share my answers] [✅ Share my questions]
//! ```
//!
//! May use: `app` (App, Ctx), `app/common`, `store`, `workflow`, `domain`, `i18n`.

pub(in crate::app) mod agenda;
pub(in crate::app) mod agenda_view;
pub(in crate::app) mod remind;
pub(in crate::app) mod staff;
pub(in crate::app) mod view;

use anyhow::Context;
use sqlx::SqliteConnection;

use crate::app::PrepareAction;
use crate::app::common::error::{AppResult, ensure, refuse};
use crate::app::{App, Ctx, Input, Outgoing, Reply, Who};
use crate::domain::{CaseId, ChatId, Lang, Party, TextProblem, UserId};
use crate::i18n::Msg;
use crate::store;
use crate::workflow::Dialog;
use crate::workflow::access::Need;
use crate::workflow::prepare::checklist::Item;
use crate::workflow::prepare::consent::{Consent, NOTICE_VERSION, Part};
use crate::workflow::prepare::questions::next_question;
use crate::workflow::prepare::{PrepareDialog, own_questions};

/// The status holder acting in their private chat.
pub(in crate::app) struct Holder {
    pub(in crate::app) case: CaseId,
    pub(in crate::app) user: UserId,
    pub(in crate::app) chat: ChatId,
    pub(in crate::app) lang: Lang,
}

impl App {
    /// `/prepare`: the status holder resumes their questionnaire; staff get their cases.
    #[tracing::instrument(skip_all)]
    pub(crate) async fn prepare_command(&self, ctx: &Ctx<'_>) -> AppResult<Reply> {
        match &ctx.who {
            Who::Staff(_) => self.prepare_cases(ctx).await,
            Who::Holder(_) if ctx.inc.chat.is_group() => refuse(Msg::new("private-only-command")),
            Who::Holder(_) => self.prep_holder_action(ctx, PrepareAction::Start).await,
            Who::Stranger => Ok(ctx.say(Msg::new("stranger-welcome"))),
        }
    }

    pub(crate) async fn prepare_button(
        &self,
        ctx: &Ctx<'_>,
        action: PrepareAction,
    ) -> AppResult<Reply> {
        match action {
            PrepareAction::Show(case) => self.prepare_show(ctx, case).await,
            PrepareAction::StaffTick(case, item) => self.prepare_staff_tick(ctx, case, item).await,
            PrepareAction::Agenda(m) => self.agenda_show(ctx, m).await,
            PrepareAction::AgendaEdit(m, version, op) => {
                self.agenda_edit(ctx, m, version, op).await
            }
            PrepareAction::AgendaAdd(m) => self.agenda_ask_point(ctx, m).await,
            PrepareAction::AgendaSend(m) => self.agenda_send(ctx, m).await,
            _ => self.prep_holder_action(ctx, action).await,
        }
    }

    /// Typed text while the bot waits for the status holder's own questions.
    pub(crate) async fn prepare_dialog_input(
        &self,
        ctx: &Ctx<'_>,
        state: PrepareDialog,
    ) -> AppResult<Reply> {
        let case = match state {
            PrepareDialog::OwnQuestions { case } => case,
            PrepareDialog::AgendaPoint { meeting } => {
                return self.agenda_add_point(ctx, meeting).await;
            }
        };
        let Some(holder) = self.prep_holder(ctx).await? else {
            return refuse(Msg::new("error-not-on-case"));
        };
        ensure(holder.case == case, Msg::new("error-button-stale"))?;
        let problem = match &ctx.inc.input {
            Input::Text(t) => match own_questions(t) {
                Ok(text) => return Ok(self.prep_save_own_questions(&holder, Some(text)).await?),
                Err(p) => text_problem(p),
            },
            _ => Msg::new("error-expected-text"),
        };
        let mut reply = Reply::one(ctx.out(problem));
        reply.messages.push(self.prep_ask_own_questions(&holder));
        Ok(reply)
    }

    /// The acting status holder, if they are one, in a private chat, past the privacy notice,
    /// on an open case (the one access rule, `app/access.rs`).
    async fn prep_holder(&self, ctx: &Ctx<'_>) -> anyhow::Result<Option<Holder>> {
        let Who::Holder(case) = ctx.who else {
            return Ok(None);
        };
        let mut conn = self.pool.acquire().await?;
        if self
            .access(&mut conn, ctx, case, Need::OwnPreparation)
            .await?
            .is_err()
        {
            return Ok(None);
        }
        let me = store::cases::member(&mut conn, case, ctx.inc.actor.user)
            .await
            .context("store::cases::member")?;
        Ok(me.filter(|m| m.privacy_ack).map(|_| Holder {
            case,
            user: ctx.inc.actor.user,
            chat: ctx.inc.chat,
            lang: ctx.lang,
        }))
    }

    #[tracing::instrument(skip_all, fields(case = tracing::field::Empty))]
    async fn prep_holder_action(&self, ctx: &Ctx<'_>, action: PrepareAction) -> AppResult<Reply> {
        let Some(h) = self.prep_holder(ctx).await? else {
            return refuse(match ctx.who {
                Who::Staff(_) => Msg::new("prep-holder-only"),
                Who::Holder(_) => Msg::new("prep-holder-not-ready"),
                Who::Stranger => Msg::new("error-not-on-case"),
            });
        };
        tracing::Span::current().record("case", h.case.0);
        let now = self.clock.now();
        let mut tx = self.begin().await?;
        let out = match action {
            PrepareAction::Answer(a) => {
                store::prepare::put_answer(&mut tx, h.case, a.question(), Some(a), now)
                    .await
                    .context("store::prepare::put_answer")?;
                self.prep_holder_next(&mut tx, &h).await?
            }
            PrepareAction::Skip(q) => {
                store::prepare::put_answer(&mut tx, h.case, q, None, now)
                    .await
                    .context("store::prepare::put_answer")?;
                self.prep_holder_next(&mut tx, &h).await?
            }
            PrepareAction::Change(q) => self.prep_question_msg(&h, q, None),
            PrepareAction::SkipOwn => {
                let no = store::agenda::meeting_no(&mut tx, h.case)
                    .await
                    .context("store::agenda::meeting_no")?;
                store::prepare::put_own_questions(&mut tx, h.case, no, None, now)
                    .await
                    .context("store::prepare::put_own_questions")?;
                store::dialogs::clear(&mut tx, h.chat, h.user)
                    .await
                    .context("store::dialogs::clear")?;
                self.prep_holder_next(&mut tx, &h).await?
            }
            PrepareAction::EditOwn => {
                self.prep_start_own_questions(&mut tx, &h).await?;
                self.prep_ask_own_questions(&h)
            }
            PrepareAction::Review => self.prep_review_msg(&mut tx, &h).await?,
            PrepareAction::Sharing => self.prep_sharing_msg(&mut tx, &h).await?,
            PrepareAction::Consent(part, granted) => {
                self.prep_record_consent(&mut tx, &h, part, granted).await?;
                self.prep_sharing_msg(&mut tx, &h).await?
            }
            PrepareAction::Checklist => self.prep_checklist_msg(&mut tx, &h).await?,
            PrepareAction::HolderAgenda => match self.prep_holder_agenda(&mut tx, &h).await? {
                Some(agenda) => agenda,
                None => return refuse(Msg::new("error-button-stale")),
            },
            PrepareAction::Tick(item) => {
                ensure(
                    item.party() == Party::Holder,
                    Msg::new("error-button-stale"),
                )?;
                self.prep_toggle_item(&mut tx, h.case, item, h.user).await?;
                self.prep_checklist_msg(&mut tx, &h).await?
            }
            PrepareAction::Start => self.prep_holder_next(&mut tx, &h).await?,
            PrepareAction::Show(_)
            | PrepareAction::StaffTick(..)
            | PrepareAction::Agenda(_)
            | PrepareAction::AgendaEdit(..)
            | PrepareAction::AgendaAdd(_)
            | PrepareAction::AgendaSend(_) => {
                return refuse(Msg::new("error-staff-only"));
            }
        };
        tx.commit().await.context("commit")?;
        // Ticking a paper changes the list it is on, in place (issue 12: it sent a new copy).
        let in_place = matches!(action, PrepareAction::Tick(_)) && ctx.inc.message_id.is_some();
        let mut out = out;
        if in_place {
            out.edit = ctx.inc.message_id;
        }
        let mut reply = Reply::one(out);
        reply.clear_keyboard = matches!(ctx.inc.input, Input::Button(_)) && !in_place;
        Ok(reply)
    }

    /// Where the status holder is: the next open question, then their own questions, then
    /// the consent screen (until they decided once), then their answers.
    async fn prep_holder_next(
        &self,
        conn: &mut SqliteConnection,
        h: &Holder,
    ) -> anyhow::Result<Outgoing> {
        let answers = store::prepare::answers(conn, h.case)
            .await
            .context("store::prepare::answers")?;
        if let Some(q) = next_question(&answers) {
            return Ok(self.prep_question_msg(h, q, Some(&answers)));
        }
        let no = store::agenda::meeting_no(conn, h.case)
            .await
            .context("store::agenda::meeting_no")?;
        if store::prepare::own_questions(conn, h.case, no)
            .await
            .context("store::prepare::own_questions")?
            .is_none()
        {
            self.prep_start_own_questions(conn, h).await?;
            return Ok(self.prep_ask_own_questions(h));
        }
        if store::prepare::consents(conn, h.case)
            .await
            .context("store::prepare::consents")?
            .is_empty()
        {
            return self.prep_sharing_msg(conn, h).await;
        }
        self.prep_review_msg(conn, h).await
    }

    async fn prep_start_own_questions(
        &self,
        conn: &mut SqliteConnection,
        h: &Holder,
    ) -> anyhow::Result<()> {
        let dialog = Dialog::Prepare(PrepareDialog::OwnQuestions { case: h.case });
        store::dialogs::put(conn, h.chat, h.user, &dialog, self.clock.now()).await
    }

    async fn prep_save_own_questions(
        &self,
        h: &Holder,
        text: Option<String>,
    ) -> anyhow::Result<Reply> {
        let now = self.clock.now();
        let mut tx = self.begin().await?;
        let no = store::agenda::meeting_no(&mut tx, h.case)
            .await
            .context("store::agenda::meeting_no")?;
        store::prepare::put_own_questions(&mut tx, h.case, no, text.as_deref(), now)
            .await
            .context("store::prepare::put_own_questions")?;
        store::dialogs::clear(&mut tx, h.chat, h.user)
            .await
            .context("store::dialogs::clear")?;
        let next = self.prep_holder_next(&mut tx, h).await?;
        tx.commit().await.context("commit")?;
        let saved = Outgoing::new(h.chat, h.lang, Msg::new("prep-own-saved"));
        Ok(Reply {
            messages: vec![saved, next],
            ..Reply::default()
        })
    }

    /// Appends the decision to the history; tells the case's staff (ids and the part only).
    async fn prep_record_consent(
        &self,
        conn: &mut SqliteConnection,
        h: &Holder,
        part: Part,
        granted: bool,
    ) -> anyhow::Result<()> {
        let consent = Consent {
            part,
            granted,
            notice_version: NOTICE_VERSION,
            at: self.clock.now(),
        };
        store::prepare::add_consent(conn, h.case, h.user, &consent)
            .await
            .context("store::prepare::add_consent")?;
        let action = if granted {
            "prep_consent_given"
        } else {
            "prep_consent_withdrawn"
        };
        store::audit(
            conn,
            consent.at,
            Some(h.user.0),
            action,
            Some(h.case.0),
            None,
        )
        .await
        .context("store::audit")?;
        tracing::info!(
            case = h.case.0,
            part = part.code(),
            granted,
            "consent recorded"
        );
        Ok(())
    }

    pub(in crate::app) async fn prep_toggle_item(
        &self,
        conn: &mut SqliteConnection,
        case: CaseId,
        item: Item,
        by: UserId,
    ) -> anyhow::Result<()> {
        let no = store::agenda::meeting_no(conn, case)
            .await
            .context("store::agenda::meeting_no")?;
        if store::prepare::ticks(conn, case, no)
            .await
            .context("store::prepare::ticks")?
            .contains_key(&item)
        {
            store::prepare::untick(conn, case, no, item)
                .await
                .context("store::prepare::untick")?;
        } else {
            store::prepare::tick(conn, case, no, item, by, self.clock.now())
                .await
                .context("store::prepare::tick")?;
        }
        Ok(())
    }
}

pub(in crate::app) fn text_problem(p: TextProblem) -> Msg {
    match p {
        TextProblem::Empty => Msg::new("error-text-empty"),
        TextProblem::TooLong { max } => {
            Msg::new("error-text-too-long").num("max", i64::try_from(max).unwrap_or(i64::MAX))
        }
        TextProblem::ControlCharacters => Msg::new("error-text-one-line"),
        TextProblem::LooksLikeNationalNumber => Msg::new("prep-own-no-numbers"),
    }
}
