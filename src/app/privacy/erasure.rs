//! `/delete`: the status holder asks, the municipality erases or says why it keeps the data.
//! Erasing is `store::privacy::erase` in the transaction of the decision; the status holder's
//! last message (that it is done) is the last row that knows their chat, and forgets it once
//! sent (`store::outbox::mark_sent`).

use anyhow::Context;
use sqlx::SqliteConnection;

use crate::app::common::error::{AppResult, OrStale, ensure, refuse};

use crate::app::privacy::{holder_case, not_a_holder};
use crate::app::{Action, App, Button, Ctx, Outgoing, PrivacyAction, Reply, recipient_lang};
use crate::domain::{CaseId, ChatId, Lang, Party};
use crate::i18n::Msg;
use crate::store::{self, cases::Case};
use crate::workflow::access::Need;
use crate::workflow::privacy::KeepReason;

fn button(label: Msg, a: PrivacyAction) -> Button {
    Button::new(label, Action::Privacy(a))
}

fn keep_reason_msg(why: KeepReason) -> Msg {
    Msg::new("privacy-keep-reason").code("reason", why.as_str())
}

/// The request as the municipality sees it, with its two answers.
fn request_question(case: &Case, request: i64) -> (Msg, Vec<Vec<Button>>) {
    let msg = Msg::new("privacy-request-staff")
        .code("reference", case.reference.clone())
        .name("name", case.holder_name.clone());
    let rows = vec![
        vec![button(
            Msg::new("privacy-button-erase"),
            PrivacyAction::Erase(request),
        )],
        vec![button(
            Msg::new("privacy-button-keep"),
            PrivacyAction::Keep(request),
        )],
    ];
    (msg, rows)
}

impl App {
    /// "Ask to delete my data?"
    pub(super) async fn delete_ask(&self, ctx: &Ctx<'_>) -> AppResult<Reply> {
        let Some(_) = holder_case(ctx) else {
            return refuse(not_a_holder(ctx));
        };
        let rows = vec![vec![
            button(
                Msg::new("privacy-button-delete-yes"),
                PrivacyAction::DeleteYes,
            ),
            button(Msg::new("privacy-button-no"), PrivacyAction::Never),
        ]];
        Ok(Reply::one(
            ctx.out(Msg::new("privacy-delete-ask")).buttons(rows),
        ))
    }

    /// The status holder confirmed: the request is recorded and the municipality asked.
    pub(super) async fn delete_request(&self, ctx: &Ctx<'_>) -> AppResult<Reply> {
        let Some(case) = holder_case(ctx) else {
            return refuse(not_a_holder(ctx));
        };
        let now = self.clock.now();
        let user = ctx.inc.actor.user;
        let mut tx = self.begin().await?;
        let Some(c) = store::cases::get(&mut tx, case).await? else {
            return refuse(not_a_holder(ctx));
        };
        let Some(request) = store::privacy::request(&mut tx, case, now).await? else {
            return Ok(Reply::one(ctx.in_place(Msg::new("privacy-delete-pending"))));
        };
        store::audit(
            &mut tx,
            now,
            Some(user.0),
            "erasure_requested",
            Some(case.0),
            Some(request),
        )
        .await?;
        let (msg, rows) = request_question(&c, request);
        let outs = self
            .to_municipality(&mut tx, &c)
            .await?
            .into_iter()
            .map(|(chat, lang)| Outgoing::new(chat, lang, msg.clone()).buttons(rows.clone()))
            .collect();
        let notices = self.queue(&mut tx, case, outs).await?;
        tx.commit().await?;
        tracing::info!(case = case.0, request, "erasure requested");
        let mut reply = Reply::one(ctx.in_place(Msg::new("privacy-delete-asked")));
        reply.notices = notices;
        Ok(reply)
    }

    /// The municipal staff on the case in their private chats; when none joined yet, the
    /// municipality's team groups that follow it.
    async fn to_municipality(
        &self,
        conn: &mut SqliteConnection,
        c: &Case,
    ) -> anyhow::Result<Vec<(ChatId, Lang)>> {
        let mut out = Vec::new();
        for m in store::cases::members(conn, c.id).await? {
            if m.party == Party::Gemeente {
                out.push((
                    ChatId::from(m.user),
                    recipient_lang(conn, m.user, Lang::Nl).await?,
                ));
            }
        }
        if out.is_empty() {
            for chat in store::groups::following(conn, c.id, c.gemeente_org, c.gemeente_org).await?
            {
                let link = store::groups::get(conn, chat).await?;
                if link.is_some_and(|l| l.org == c.gemeente_org) {
                    out.push((chat, Lang::Nl));
                }
            }
        }
        Ok(out)
    }

    /// The open request `id` and its case, if the actor may decide on it here.
    async fn request_access(
        &self,
        conn: &mut SqliteConnection,
        ctx: &Ctx<'_>,
        id: i64,
    ) -> AppResult<Case> {
        let request = store::privacy::get_request(conn, id)
            .await
            .context("store::privacy::get_request")?
            .or_stale()?;
        let access = self
            .allowed(conn, ctx, request.case, Need::DecideErasure)
            .await?;
        ensure(
            request.open,
            Msg::new("privacy-request-decided").code("reference", access.case.reference.clone()),
        )?;
        Ok(access.case)
    }

    /// Back to the request's question (from the confirmation or the reasons).
    pub(super) async fn request_again(&self, ctx: &Ctx<'_>, id: i64) -> AppResult<Reply> {
        let mut conn = self.pool.acquire().await?;
        let case = self.request_access(&mut conn, ctx, id).await?;
        let (msg, rows) = request_question(&case, id);
        Ok(Reply::one(ctx.in_place(msg).buttons(rows)))
    }

    /// "Erase everything of this case? This cannot be undone."
    pub(super) async fn erase_ask(&self, ctx: &Ctx<'_>, id: i64) -> AppResult<Reply> {
        let mut conn = self.pool.acquire().await?;
        let case = self.request_access(&mut conn, ctx, id).await?;
        let msg = Msg::new("privacy-erase-confirm")
            .code("reference", case.reference.clone())
            .name("name", case.holder_name.clone());
        let rows = vec![vec![
            button(
                Msg::new("privacy-button-erase-yes"),
                PrivacyAction::EraseYes(id),
            ),
            button(Msg::new("privacy-button-back"), PrivacyAction::Request(id)),
        ]];
        Ok(Reply::one(ctx.in_place(msg).buttons(rows)))
    }

    /// Erases the case's data, tells the status holder (the last message to their chat) and
    /// the other staff, in one transaction.
    pub(super) async fn erase(&self, ctx: &Ctx<'_>, id: i64) -> AppResult<Reply> {
        let now = self.clock.now();
        let user = ctx.inc.actor.user;
        let mut tx = self.begin().await?;
        let case = self.request_access(&mut tx, ctx, id).await?;
        // Who to tell, found before the erasure removes them.
        let holder = self.holder_chats(&mut tx, case.id).await?;
        let staff_msg = Msg::new("privacy-erased-staff")
            .code("reference", case.reference.clone())
            .name(
                "who",
                ctx.staff().map(|s| s.name.clone()).unwrap_or_default(),
            );
        let mut staff = self
            .to_case_staff(&mut tx, case.id, Some(user), staff_msg)
            .await?;
        staff.retain(|o| o.chat != ctx.inc.chat);
        store::privacy::decide(&mut tx, id, None, user, now).await?;
        let erased = store::privacy::erase(&mut tx, case.id, now)
            .await
            .context("store::privacy::erase")?
            .or_stale()?;
        store::audit(
            &mut tx,
            now,
            Some(user.0),
            "case_erased",
            Some(case.id.0),
            Some(id),
        )
        .await?;
        let mut notices = self.queue(&mut tx, case.id, staff).await?;
        for (chat, lang) in holder {
            let out = Outgoing::new(chat, lang, Msg::new("privacy-erased-holder"));
            notices.extend(self.queue_untagged(&mut tx, case.id, out).await?);
        }
        tx.commit().await?;
        tracing::info!(
            case = case.id.0,
            request = id,
            removed = erased.rows_removed,
            anonymised = erased.rows_anonymised,
            reminders_cancelled = erased.reminders_cancelled,
            "case erased on request"
        );
        let msg = Msg::new("privacy-erased-you").code("reference", case.reference.clone());
        let mut reply = Reply::one(ctx.in_place(msg));
        reply.notices = notices;
        Ok(reply)
    }

    /// "Why must the data be kept?" (a fixed reason, so the status holder can read it).
    pub(super) async fn keep_data_ask(&self, ctx: &Ctx<'_>, id: i64) -> AppResult<Reply> {
        let mut conn = self.pool.acquire().await?;
        let case = self.request_access(&mut conn, ctx, id).await?;
        let mut rows: Vec<Vec<Button>> = KeepReason::ALL
            .into_iter()
            .map(|why| {
                vec![button(
                    keep_reason_msg(why),
                    PrivacyAction::KeepFor(id, why),
                )]
            })
            .collect();
        rows.push(vec![button(
            Msg::new("privacy-button-back"),
            PrivacyAction::Request(id),
        )]);
        let msg = Msg::new("privacy-keep-ask")
            .code("reference", case.reference.clone())
            .name("name", case.holder_name.clone());
        Ok(Reply::one(ctx.in_place(msg).buttons(rows)))
    }

    /// The data is kept for `why`: the status holder reads why, in their language.
    pub(super) async fn keep_data(
        &self,
        ctx: &Ctx<'_>,
        id: i64,
        why: KeepReason,
    ) -> AppResult<Reply> {
        let now = self.clock.now();
        let user = ctx.inc.actor.user;
        let mut tx = self.begin().await?;
        let case = self.request_access(&mut tx, ctx, id).await?;
        store::privacy::decide(&mut tx, id, Some(why), user, now).await?;
        store::audit(
            &mut tx,
            now,
            Some(user.0),
            "erasure_refused",
            Some(case.id.0),
            Some(id),
        )
        .await?;
        let org = self.org_name(&mut tx, &case, Party::Gemeente).await?;
        let holder_msg = Msg::new("privacy-kept-holder")
            .name("org", org)
            .msg("reason", keep_reason_msg(why));
        let mut outs = self.to_holder(&mut tx, case.id, holder_msg).await?;
        let staff_msg = Msg::new("privacy-kept-staff")
            .code("reference", case.reference.clone())
            .name("name", case.holder_name.clone())
            .name(
                "who",
                ctx.staff().map(|s| s.name.clone()).unwrap_or_default(),
            )
            .msg("reason", keep_reason_msg(why));
        let mut staff = self
            .to_case_staff(&mut tx, case.id, Some(user), staff_msg)
            .await?;
        staff.retain(|o| o.chat != ctx.inc.chat);
        outs.extend(staff);
        let notices = self.queue(&mut tx, case.id, outs).await?;
        tx.commit().await?;
        tracing::info!(
            case = case.id.0,
            request = id,
            reason = why.as_str(),
            "erasure refused"
        );
        let msg = Msg::new("privacy-kept-you")
            .code("reference", case.reference.clone())
            .msg("reason", keep_reason_msg(why));
        let mut reply = Reply::one(ctx.in_place(msg));
        reply.notices = notices;
        Ok(reply)
    }

    /// The status holder's private chat and language (before an erasure removes them).
    async fn holder_chats(
        &self,
        conn: &mut SqliteConnection,
        case: CaseId,
    ) -> anyhow::Result<Vec<(ChatId, Lang)>> {
        let mut out = Vec::new();
        for m in store::cases::members(conn, case).await? {
            if m.party == Party::Holder {
                out.push((
                    ChatId::from(m.user),
                    recipient_lang(conn, m.user, Lang::En).await?,
                ));
            }
        }
        Ok(out)
    }
}
