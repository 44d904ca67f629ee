//! `/menu`, `/help` and `/cases`: where am I, what is open, what can I do.

use super::io::Action;
use super::{App, Button, Ctx, MenuAction, Reply, Who};
use crate::i18n::Msg;
use crate::store::{self, cases::Case};

/// At most this many cases in one list message (Telegram allows 4,096 characters).
const MAX_LISTED: usize = 40;

impl App {
    pub(crate) async fn menu(&self, ctx: &Ctx<'_>) -> anyhow::Result<Reply> {
        match &ctx.who {
            Who::Staff(staff) => {
                let mut conn = self.pool.acquire().await?;
                let cases = store::cases::for_member(&mut conn, staff.user).await?;
                let msg = Msg::new("menu-staff")
                    .name("name", staff.name.clone())
                    .name("org", staff.org_name.clone())
                    .num("cases", i64::try_from(cases.len()).unwrap_or(i64::MAX));
                Ok(Reply::one(ctx.out(msg).buttons(staff_menu_buttons())))
            }
            Who::Holder(case) => {
                let mut conn = self.pool.acquire().await?;
                let me = store::cases::member(&mut conn, *case, ctx.inc.actor.user).await?;
                if me.is_some_and(|m| !m.privacy_ack) {
                    // Still choosing a language: show the picker again.
                    return Ok(self.language_picker(ctx));
                }
                let out = self
                    .holder_overview(&mut conn, *case, ctx.inc.chat, ctx.lang)
                    .await?;
                Ok(Reply::one(out))
            }
            Who::Stranger => Ok(ctx.say(Msg::new("stranger-welcome"))),
        }
    }

    pub(crate) fn help(&self, ctx: &Ctx<'_>) -> Reply {
        let msg = match ctx.who {
            Who::Staff(_) => Msg::new("help-staff").code("group_link", self.links.add_to_group()),
            Who::Holder(_) => Msg::new("help-holder"),
            Who::Stranger => Msg::new("stranger-welcome"),
        };
        ctx.say(msg)
    }

    /// The cases a staff member follows: in a group, those the group follows; in a private
    /// chat, those of their organisation.
    pub(crate) async fn list_cases(&self, ctx: &Ctx<'_>) -> anyhow::Result<Reply> {
        let Some(staff) = ctx.staff() else {
            return Ok(ctx.say(Msg::new("error-staff-only")));
        };
        let mut conn = self.pool.acquire().await?;
        let link = if ctx.inc.chat.is_group() {
            store::groups::get(&mut conn, ctx.inc.chat).await?
        } else {
            None
        };
        let cases: Vec<Case> = match link {
            Some(l) if l.org != staff.org => return Ok(ctx.say(Msg::new("group-other-org"))),
            Some(l) => match l.case {
                Some(c) => store::cases::get(&mut conn, c).await?.into_iter().collect(),
                None => store::cases::for_org(&mut conn, l.org).await?,
            },
            None => store::cases::for_org(&mut conn, staff.org).await?,
        };
        if cases.is_empty() {
            return Ok(ctx.say(Msg::new("cases-none")));
        }
        let total = cases.len();
        let mut items = Vec::new();
        for c in cases.into_iter().take(MAX_LISTED) {
            let members = store::cases::members(&mut conn, c.id).await?;
            let holder = members.iter().find(|m| !m.party.is_staff());
            let status = match holder {
                Some(h) if h.privacy_ack => "holder-status-joined",
                Some(_) => "holder-status-choosing",
                None => "holder-status-invited",
            };
            items.push(
                Msg::new("cases-item")
                    .code("reference", c.reference)
                    .name("name", c.holder_name)
                    .msg("status", Msg::new(status)),
            );
        }
        let hidden = total.saturating_sub(MAX_LISTED);
        if hidden > 0 {
            items.push(Msg::new("cases-more").num("hidden", i64::try_from(hidden).unwrap_or(0)));
        }
        let msg = Msg::new("cases-list")
            .num("count", i64::try_from(total).unwrap_or(i64::MAX))
            .lines("items", items);
        // Also for a menu button: a list is a message, not an alert.
        Ok(Reply::one(ctx.out(msg)))
    }
}

pub(crate) fn staff_menu_buttons() -> Vec<Vec<Button>> {
    vec![
        vec![Button::new(
            Msg::new("button-new-case"),
            Action::Menu(MenuAction::NewCase),
        )],
        vec![Button::new(
            Msg::new("button-my-cases"),
            Action::Menu(MenuAction::Cases),
        )],
        vec![Button::new(
            Msg::new("button-language"),
            Action::Menu(MenuAction::Language),
        )],
    ]
}
