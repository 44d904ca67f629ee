//! Team group chats: staff add the bot to their group and link it to their organisation (the
//! group then follows all its cases) or to one case. In a group the bot sees only commands,
//! replies to itself and button presses, so every step here is a button.

use crate::app::Action;
use crate::app::common::error::{AppResult, refuse};
use crate::app::common::picker::{Picker, page_rows};
use crate::app::{App, Button, Ctx, LinkAction, Reply};
use crate::i18n::Msg;
use crate::store;
use anyhow::Context;

impl App {
    /// What a group sees when the bot arrives or someone sends `/link`.
    #[tracing::instrument(skip_all)]
    pub(crate) async fn group_link_screen(&self, ctx: &Ctx<'_>) -> AppResult<Reply> {
        let Some(staff) = ctx.staff() else {
            return refuse(Msg::new("group-not-staff"));
        };
        let mut conn = self.pool.acquire().await?;
        not_another_orgs_group(&mut conn, ctx, staff.org).await?;
        let buttons = vec![
            vec![Button::new(
                Msg::new("button-link-org").name("org", staff.org_name.clone()),
                Action::Link(LinkAction::Org),
            )],
            vec![Button::new(
                Msg::new("button-link-case"),
                Action::Link(LinkAction::ChooseCase),
            )],
        ];
        Ok(Reply::one(
            ctx.out(Msg::new("group-welcome")).buttons(buttons),
        ))
    }

    #[tracing::instrument(skip_all)]
    pub(crate) async fn group_link(&self, ctx: &Ctx<'_>, action: LinkAction) -> AppResult<Reply> {
        let Some(staff) = ctx.staff() else {
            return refuse(Msg::new("group-not-staff"));
        };
        if !ctx.inc.chat.is_group() {
            return refuse(Msg::new("group-only-command"));
        }
        if action == LinkAction::ChooseCase {
            return self.link_case_picker(ctx, 0).await;
        }
        let now = self.clock.now();
        let mut tx = self.begin().await?;
        not_another_orgs_group(&mut tx, ctx, staff.org).await?;
        let reply = match action {
            LinkAction::Org => {
                store::groups::link(&mut tx, ctx.inc.chat, staff.org, None, staff.id, now)
                    .await
                    .context("store::groups::link")?;
                store::audit(
                    &mut tx,
                    now,
                    Some(staff.user.0),
                    "group_linked_org",
                    None,
                    Some(ctx.inc.chat.0),
                )
                .await
                .context("store::audit")?;
                Reply::one(
                    ctx.out(Msg::new("group-linked-org").name("org", staff.org_name.clone())),
                )
            }
            LinkAction::ChooseCase => return self.link_case_picker(ctx, 0).await,
            LinkAction::Case(case) => {
                let Some(c) = store::cases::get(&mut tx, case)
                    .await
                    .context("store::cases::get")?
                else {
                    return refuse(Msg::new("error-button-stale"));
                };
                if c.coa_org != staff.org && c.gemeente_org != staff.org {
                    return refuse(Msg::new("error-not-on-case"));
                }
                store::groups::link(&mut tx, ctx.inc.chat, staff.org, Some(case), staff.id, now)
                    .await
                    .context("store::groups::link")?;
                store::audit(
                    &mut tx,
                    now,
                    Some(staff.user.0),
                    "group_linked_case",
                    Some(case.0),
                    Some(ctx.inc.chat.0),
                )
                .await
                .context("store::audit")?;
                Reply::one(ctx.out(Msg::new("group-linked-case").code("reference", c.reference)))
            }
        };
        tx.commit().await.context("commit")?;
        Ok(reply.answered())
    }

    /// The organisation's open cases to link this group to, in the order of `/cases`, 8 a page
    /// with ◀️ ▶️, in place of the message whose button was pressed.
    #[tracing::instrument(skip_all, fields(page))]
    pub(crate) async fn link_case_picker(&self, ctx: &Ctx<'_>, page: usize) -> AppResult<Reply> {
        let Some(staff) = ctx.staff() else {
            return refuse(Msg::new("group-not-staff"));
        };
        if !ctx.inc.chat.is_group() {
            return refuse(Msg::new("group-only-command"));
        }
        let mut conn = self.pool.acquire().await?;
        not_another_orgs_group(&mut conn, ctx, staff.org).await?;
        let mut cases = store::cases::for_org(&mut conn, staff.org)
            .await
            .context("store::cases::for_org")?;
        if cases.is_empty() {
            return refuse(Msg::new("cases-none"));
        }
        self.in_caseload_order(
            &mut conn,
            store::caseload::Scope::Org(staff.org),
            &mut cases,
        )
        .await?;
        let rows = page_rows(&cases, Picker::Link, page, |c| {
            Button::new(
                Msg::new("button-case")
                    .code("reference", c.reference.clone())
                    .name("name", c.holder_name.clone()),
                Action::Link(LinkAction::Case(c.id)),
            )
        });
        Ok(Reply::one(ctx.in_place(Msg::new("group-pick-case")).buttons(rows)).answered())
    }

    /// `/menu` in a group: what the group follows.
    pub(crate) async fn group_menu(&self, ctx: &Ctx<'_>) -> anyhow::Result<Reply> {
        let mut conn = self.pool.acquire().await?;
        let link = store::groups::get(&mut conn, ctx.inc.chat)
            .await
            .context("store::groups::get")?;
        let msg = match link {
            None => Msg::new("group-not-linked"),
            Some(l) => match l.case {
                Some(case) => {
                    let reference = store::cases::get(&mut conn, case)
                        .await
                        .context("store::cases::get")?
                        .map(|c| c.reference)
                        .unwrap_or_default();
                    Msg::new("group-follows-case").code("reference", reference)
                }
                None => {
                    let org = store::orgs::get(&mut conn, l.org)
                        .await
                        .context("store::orgs::get")?
                        .map(|o| o.name)
                        .unwrap_or_default();
                    Msg::new("group-follows-org").name("org", org)
                }
            },
        };
        let buttons = if ctx.staff().is_some() {
            vec![
                vec![Button::new(
                    Msg::new("button-new-case"),
                    Action::Menu(crate::app::MenuAction::NewCase),
                )],
                vec![Button::new(
                    Msg::new("button-my-cases"),
                    Action::Menu(crate::app::MenuAction::Cases),
                )],
            ]
        } else {
            vec![]
        };
        Ok(Reply::one(ctx.out(msg).buttons(buttons)))
    }
}

/// A group linked to another organisation is refused (whoever linked it keeps it).
async fn not_another_orgs_group(
    conn: &mut sqlx::SqliteConnection,
    ctx: &Ctx<'_>,
    org: crate::domain::OrgId,
) -> AppResult<()> {
    if let Some(link) = store::groups::get(conn, ctx.inc.chat)
        .await
        .context("store::groups::get")?
        && link.org != org
    {
        return refuse(Msg::new("group-other-org"));
    }
    Ok(())
}
