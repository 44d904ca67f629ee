//! Preparing the driegesprek (issue 6), the staff side: `/prepare` lists the cases this chat may
//! see, and a case's one-screen preparation overview shows exactly what the status holder
//! shares now (in the reader's language, Dutch by default), what is still missing, and each
//! party's checklist. Every button re-checks access: a status holder or another organisation's
//! staff pressing a forged or old button sees nothing and changes nothing.

use crate::app::common::error::{AppResult, ensure, refuse};
use crate::app::prepare::view::checklist_rows;
use anyhow::Context;
use std::collections::BTreeSet;

use sqlx::SqliteConnection;

use crate::app::Action;
use crate::app::PrepareAction;
use crate::app::common::picker::{Picked, Picker, not_found, typed_reference};
use crate::app::prepare::agenda_view::when_msg;
use crate::app::prepare::view::answer_line;
use crate::app::{App, Button, Ctx, Input, Reply};
use crate::domain::{CaseId, Party};
use crate::i18n::Msg;
use crate::store::meetings::Meeting;
use crate::store::{self, cases::Case};
use crate::workflow::access::Need;
use crate::workflow::prepare::checklist::{Item, Progress, progress};
use crate::workflow::prepare::consent::{
    Part, Prepared, Shown, StaffView, granted, visible_to_staff,
};
use crate::workflow::prepare::late_questions;
use crate::workflow::prepare::questions::Question;

impl App {
    /// `/prepare` by staff: a button per case of this chat that they are on.
    pub(in crate::app) async fn prepare_cases(&self, ctx: &Ctx<'_>) -> AppResult<Reply> {
        self.prepare_picker(ctx, 0).await
    }

    /// The cases to prepare, a page at a time (or the typed one).
    #[tracing::instrument(skip_all)]
    pub(crate) async fn prepare_picker(&self, ctx: &Ctx<'_>, page: usize) -> AppResult<Reply> {
        let button = |c: &crate::store::cases::Case| {
            Button::new(
                Msg::new("prep-case-button")
                    .code("reference", c.reference.clone())
                    .name("name", c.holder_name.clone()),
                Action::Prepare(PrepareAction::Show(c.id)),
            )
        };
        // Even one case is a button here: the overview is one tap away, as before.
        match self.case_picker(ctx, Picker::Prepare, page, button).await? {
            Picked::Nothing => Ok(ctx.say(Msg::new("cases-none"))),
            Picked::NotFound(typed) => Ok(ctx.say(not_found(typed))),
            Picked::One(one) if typed_reference(ctx).is_some() => {
                self.prepare_show(ctx, one.id).await
            }
            Picked::One(one) => Ok(Reply::one(
                ctx.in_place(Msg::new("prep-cases"))
                    .buttons(vec![vec![button(&one)]]),
            )),
            Picked::Page(rows) => Ok(Reply::one(
                ctx.in_place(Msg::new("prep-cases")).buttons(rows),
            )),
        }
    }

    /// The case, if the actor is on it and may see its preparation in this chat.
    pub(in crate::app) async fn prep_staff_case(
        &self,
        conn: &mut SqliteConnection,
        ctx: &Ctx<'_>,
        case: CaseId,
    ) -> AppResult<Case> {
        Ok(self.allowed(conn, ctx, case, Need::PrepareView).await?.case)
    }

    /// The one-screen preparation overview of a case, built from the data as it is now.
    #[tracing::instrument(skip_all, fields(case = case.0))]
    pub(in crate::app) async fn prepare_show(
        &self,
        ctx: &Ctx<'_>,
        case: CaseId,
    ) -> AppResult<Reply> {
        let Some(staff) = ctx.staff() else {
            return refuse(Msg::new("error-staff-only"));
        };
        let mut conn = self.pool.acquire().await?;
        let c = self.prep_staff_case(&mut conn, ctx, case).await?;
        let no = store::agenda::meeting_no(&mut conn, case)
            .await
            .context("store::agenda::meeting_no")?;
        let prepared = Prepared {
            answers: store::prepare::answers(&mut conn, case)
                .await
                .context("store::prepare::answers")?,
            own_questions: store::prepare::own_questions(&mut conn, case, no)
                .await
                .context("store::prepare::own_questions")?
                .flatten(),
        };
        let history = store::prepare::consents(&mut conn, case)
            .await
            .context("store::prepare::consents")?;
        let view = visible_to_staff(&prepared, &history);
        let ticks = store::prepare::ticks(&mut conn, case, no)
            .await
            .context("store::prepare::ticks")?;
        tracing::info!(case = case.0, staff = staff.id.0, "preparation shown");
        if Part::ALL.into_iter().any(|p| granted(&history, p)) {
            // A view of what the status holder shared is on the audit trail (issue 14).
            let mut tx = self.begin().await?;
            let now = self.clock.now();
            let actor = Some(ctx.inc.actor.user.0);
            store::audit(
                &mut tx,
                now,
                actor,
                "preparation_viewed",
                Some(case.0),
                None,
            )
            .await?;
            tx.commit().await?;
        }
        let late = self.prep_late(&mut conn, case).await?;
        let msg = overview(&c, &prepared, &view, &progress(&ticks), &late);
        let upcoming = match store::agenda::upcoming(&mut conn, case)
            .await
            .context("store::agenda::upcoming")?
        {
            Some(id) => store::meetings::get(&mut conn, id)
                .await
                .context("store::meetings::get")?,
            None => None,
        };
        let msg = for_meeting(msg, no, upcoming.as_ref());
        let party = staff.org_kind.party();
        let mut rows = checklist_rows(party, &ticks, |item| {
            Action::Prepare(PrepareAction::StaffTick(case, item))
        });
        let mut last = Vec::new();
        if let Some(m) = &upcoming {
            last.push(Button::new(
                Msg::new("prep-agenda-button"),
                Action::Prepare(PrepareAction::Agenda(m.id)),
            ));
        }
        last.push(Button::new(
            Msg::new("prep-button-refresh"),
            Action::Prepare(PrepareAction::Show(case)),
        ));
        rows.push(last);
        let mut reply = Reply::one(ctx.out(msg).buttons(rows));
        reply.clear_keyboard = matches!(ctx.inc.input, Input::Button(_));
        Ok(reply)
    }

    /// The questions answered (or changed) after the case's meeting took place.
    pub(in crate::app) async fn prep_late(
        &self,
        conn: &mut SqliteConnection,
        case: CaseId,
    ) -> anyhow::Result<BTreeSet<Question>> {
        let answered = store::prepare::answered_at(conn, case)
            .await
            .context("store::prepare::answered_at")?;
        let meetings = store::prepare::past_meetings(conn, case)
            .await
            .context("store::prepare::past_meetings")?;
        Ok(late_questions(&answered, &meetings))
    }

    /// Ticks or unticks one of the staff member's own party's items, then shows the overview.
    #[tracing::instrument(skip_all, fields(case = case.0))]
    pub(in crate::app) async fn prepare_staff_tick(
        &self,
        ctx: &Ctx<'_>,
        case: CaseId,
        item: Item,
    ) -> AppResult<Reply> {
        let Some(staff) = ctx.staff() else {
            return refuse(Msg::new("error-staff-only"));
        };
        ensure(
            item.party() == staff.org_kind.party(),
            Msg::new("error-button-stale"),
        )?;
        let mut tx = self.begin().await?;
        self.prep_staff_case(&mut tx, ctx, case).await?;
        self.prep_toggle_item(&mut tx, case, item, ctx.inc.actor.user)
            .await?;
        tx.commit().await.context("commit")?;
        // The overview with the tick, in place of the one pressed (issue 12).
        let mut reply = self.prepare_show(ctx, case).await?;
        if let [only] = reply.messages.as_mut_slice() {
            only.edit = ctx.inc.message_id;
            reply.clear_keyboard = false;
        }
        Ok(reply)
    }
}

/// The overview message: answers, missing, own questions, checklist per party.
pub(in crate::app) fn overview(
    c: &Case,
    prepared: &Prepared,
    view: &StaffView,
    progress: &[Progress],
    late: &BTreeSet<Question>,
) -> Msg {
    let not_shared = || Msg::new("prep-staff-not-shared");
    let answers = match &view.answers {
        Shown::Shared(given) if given.is_empty() => Msg::new("prep-none"),
        Shown::Shared(given) => Msg::new("prep-list").lines(
            "lines",
            given
                .iter()
                .map(|a| {
                    let line = answer_line(a.question(), &prepared.answers);
                    if late.contains(&a.question()) {
                        Msg::new("prep-answer-late").msg("line", line)
                    } else {
                        line
                    }
                })
                .collect(),
        ),
        Shown::NotShared => not_shared(),
    };
    let missing = match &view.missing {
        Shown::Shared(m) if m.is_empty() => Msg::new("prep-none"),
        Shown::Shared(m) => {
            Msg::new("prep-list").lines("lines", m.iter().map(|q| Msg::new(q.label_id())).collect())
        }
        Shown::NotShared => not_shared(),
    };
    let own = match &view.own_questions {
        Shown::Shared(Some(text)) => Msg::new("prep-own-as-typed").name("text", text.clone()),
        Shown::Shared(None) => Msg::new("prep-none"),
        Shown::NotShared => not_shared(),
    };
    let checklist = progress.iter().map(party_lines).collect();
    Msg::new("prep-staff-overview")
        .code("reference", c.reference.clone())
        .name("name", c.holder_name.clone())
        .msg("answers", answers)
        .msg("missing", missing)
        .msg("own", own)
        .lines("checklist", checklist)
}

/// The overview with the meeting it prepares: its number among the case's meetings and its
/// time (or that none is agreed, or that none is planned yet).
pub(in crate::app) fn for_meeting(overview: Msg, no: i64, upcoming: Option<&Meeting>) -> Msg {
    let when = match upcoming {
        Some(m) => when_msg(m),
        None => Msg::new("prep-meeting-not-planned"),
    };
    Msg::new("prep-staff-for-meeting")
        .msg("overview", overview)
        .num("number", no)
        .msg("when", when)
}

/// "COA: ✅ Client profile handed over (Mon 30 March 10:00) · ⬜ Programme followed".
fn party_lines(p: &Progress) -> Msg {
    let party = match p.party {
        Party::Holder => "prep-party-holder",
        Party::Coa => "prep-party-coa",
        Party::Gemeente => "prep-party-gemeente",
    };
    let mut items: Vec<Msg> = p
        .done
        .iter()
        .map(|(item, at)| {
            Msg::new("prep-check-done")
                .msg("item", Msg::new(item.msg_id()))
                .date_time("at", *at)
        })
        .collect();
    items.extend(
        p.missing
            .iter()
            .map(|item| Msg::new("prep-check-open").msg("item", Msg::new(item.msg_id()))),
    );
    Msg::new("prep-check-party")
        .msg("party", Msg::new(party))
        .lines("items", items)
}
