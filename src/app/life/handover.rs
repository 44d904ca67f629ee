//! Handing one's place on a case to a colleague of the same organisation: pick them, they get
//! the question in their private chat and accept or decline with a button. On accepting, they
//! take the giver's place: membership, reminders to come, meetings proposed; every party is
//! told. Group links follow by themselves (a group follows an organisation or a case).

use crate::app::common::error::{AppResult, refuse};
use crate::app::life::about;
use crate::app::{Action, App, Button, Ctx, LifeAction, Outgoing, Reply, recipient_lang};
use crate::domain::{CaseId, ChatId, Lang, StaffId};
use crate::i18n::Msg;
use crate::store::{self, staff::Staff};
use crate::workflow::access::Need;
use crate::workflow::case_life::may_accept;
use anyhow::Context;

/// At most this many colleagues to pick from (a team rarely has more who use the bot).
const MAX_COLLEAGUES: usize = 8;

impl App {
    /// "Hand over": the colleagues of the actor's organisation not on the case yet.
    #[tracing::instrument(skip_all, fields(case = case.0))]
    pub(super) async fn handover_pick(&self, ctx: &Ctx<'_>, case: CaseId) -> AppResult<Reply> {
        let mut conn = self.pool.acquire().await?;
        let access = self.allowed(&mut conn, ctx, case, Need::HandOver).await?;
        let Some(me) = ctx.staff() else {
            return refuse(Msg::new("error-staff-only"));
        };
        let colleagues: Vec<_> = colleagues_off_case(&mut conn, me, case)
            .await?
            .into_iter()
            .take(MAX_COLLEAGUES)
            .collect();
        if colleagues.is_empty() {
            let msg = Msg::new("life-handover-none").name("org", me.org_name.clone());
            return Ok(Reply::one(ctx.out(msg)));
        }
        let rows = colleagues
            .iter()
            .map(|s| {
                vec![Button::new(
                    Msg::new("button-colleague").name("name", s.name.clone()),
                    Action::Life(LifeAction::HandTo(case, s.id)),
                )]
            })
            .collect();
        let msg = about("life-handover-pick", &access.case).name("org", me.org_name.clone());
        Ok(Reply::one(ctx.out(msg).buttons(rows)))
    }

    /// A colleague picked: the offer goes to their private chat.
    #[tracing::instrument(skip_all, fields(case = case.0))]
    pub(super) async fn handover_offer(
        &self,
        ctx: &Ctx<'_>,
        case: CaseId,
        to: StaffId,
    ) -> AppResult<Reply> {
        let now = self.clock.now();
        let mut tx = self.begin().await?;
        let access = self.allowed(&mut tx, ctx, case, Need::HandOver).await?;
        let Some(me) = ctx.staff() else {
            return refuse(Msg::new("error-staff-only"));
        };
        let colleague = colleagues_off_case(&mut tx, me, case)
            .await?
            .into_iter()
            .find(|s| s.id == to);
        let Some(colleague) = colleague else {
            return refuse(Msg::new("life-handover-stale"));
        };
        let id = store::life::offer(&mut tx, case, access.party, me.user, colleague.user, now)
            .await
            .context("store::life::offer")?;
        let lang = recipient_lang(&mut tx, colleague.user, Lang::Nl).await?;
        let offer = about("life-handover-offer", &access.case)
            .name("from", me.name.clone())
            .name("org", me.org_name.clone());
        let out = Outgoing::new(ChatId::from(colleague.user), lang, offer).buttons(vec![vec![
            Button::new(
                Msg::new("button-handover-accept"),
                Action::Life(LifeAction::Accept(id)),
            ),
            Button::new(
                Msg::new("button-handover-decline"),
                Action::Life(LifeAction::Decline(id)),
            ),
        ]]);
        let notices = self.queue(&mut tx, case, vec![out]).await?;
        store::audit(
            &mut tx,
            now,
            Some(me.user.0),
            "handover_offered",
            Some(case.0),
            Some(id),
        )
        .await
        .context("store::audit")?;
        tx.commit().await.context("commit")?;
        let msg = about("life-handover-offered", &access.case).name("colleague", colleague.name);
        let mut reply = Reply::one(ctx.in_place(msg));
        reply.notices = notices;
        Ok(reply)
    }

    /// The colleague's answer: take the case over, or not.
    #[tracing::instrument(skip_all, fields(handover = id))]
    pub(super) async fn handover_answer(
        &self,
        ctx: &Ctx<'_>,
        id: i64,
        accept: bool,
    ) -> AppResult<Reply> {
        let now = self.clock.now();
        let stale = || refuse(Msg::new("life-handover-stale"));
        let Some(me) = ctx.staff() else {
            return stale();
        };
        let mut tx = self.begin().await?;
        let Some(h) = store::life::handover(&mut tx, id)
            .await
            .context("store::life::handover")?
        else {
            return stale();
        };
        let Some(case) = store::cases::get(&mut tx, h.case)
            .await
            .context("store::cases::get")?
        else {
            return stale();
        };
        let side_org = match h.party {
            crate::domain::Party::Coa => case.coa_org,
            _ => case.gemeente_org,
        };
        let giver = store::cases::member(&mut tx, case.id, h.from)
            .await
            .context("store::cases::member")?;
        let acceptable = may_accept(
            h.to == me.user && me.org == side_org,
            h.open && case.open && giver.as_ref().is_some_and(|g| g.party == h.party),
            h.party,
            me.org_kind.party(),
        );
        if !acceptable || ctx.inc.chat != ChatId::from(me.user) {
            return stale();
        }
        if !store::life::finish(&mut tx, id, accept, now)
            .await
            .context("store::life::finish")?
        {
            return stale();
        }
        let from_name = giver.and_then(|g| g.staff_name).unwrap_or_default();
        let giver_lang = recipient_lang(&mut tx, h.from, Lang::Nl).await?;
        let giver_chat = ChatId::from(h.from);
        if !accept {
            let msg = about("life-handover-declined", &case).name("to", me.name.clone());
            let notices = self
                .queue(
                    &mut tx,
                    case.id,
                    vec![Outgoing::new(giver_chat, giver_lang, msg)],
                )
                .await?;
            tx.commit().await.context("commit")?;
            let msg = about("life-handover-declined-you", &case).name("from", from_name);
            let mut reply = Reply::one(ctx.in_place(msg));
            reply.notices = notices;
            return Ok(reply);
        }
        store::life::transfer(&mut tx, case.id, h.party, h.from, me.user, now)
            .await
            .context("store::life::transfer")?;
        let staff_msg = about("life-handover-done-staff", &case)
            .name("to", me.name.clone())
            .name("from", from_name.clone())
            .name("org", me.org_name.clone());
        let mut outs = vec![Outgoing::new(giver_chat, giver_lang, staff_msg.clone())];
        outs.extend(
            self.to_case_staff(&mut tx, case.id, Some(me.user), staff_msg)
                .await?,
        );
        let holder = Msg::new("life-handover-done-holder")
            .name("to", me.name.clone())
            .name("from", from_name)
            .name("org", me.org_name.clone());
        outs.extend(self.to_holder(&mut tx, case.id, holder).await?);
        let notices = self.queue(&mut tx, case.id, outs).await?;
        store::audit(
            &mut tx,
            now,
            Some(me.user.0),
            "handover_accepted",
            Some(case.id.0),
            Some(id),
        )
        .await
        .context("store::audit")?;
        tx.commit().await.context("commit")?;
        tracing::info!(case = case.id.0, handover = id, "case handed over");
        let mut reply = Reply::one(ctx.in_place(about("life-handover-done-you", &case)));
        reply.notices = notices;
        Ok(reply)
    }
}

/// The colleagues of `me`'s organisation who use the bot and are not on the case: whom it can
/// be handed to.
async fn colleagues_off_case(
    conn: &mut sqlx::SqliteConnection,
    me: &Staff,
    case: CaseId,
) -> anyhow::Result<Vec<Staff>> {
    let members = store::cases::members(conn, case)
        .await
        .context("store::cases::members")?;
    Ok(store::staff::colleagues(conn, me.org, me.user)
        .await
        .context("store::staff::colleagues")?
        .into_iter()
        .filter(|s| !members.iter().any(|m| m.user == s.user))
        .collect())
}
