//! `/menu` and `/help`: where am I, what is open, what can I do (`/cases` is in `caseload.rs`).

use crate::app::Action;
use crate::app::{App, Button, Ctx, MenuAction, Reply, Who};
use crate::i18n::Msg;
use crate::store;

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
                let Some(o) = store::overview::holder(&mut conn, *case).await? else {
                    anyhow::bail!("case {case} vanished");
                };
                let me = o.members.iter().find(|m| m.user == ctx.inc.actor.user);
                if me.is_some_and(|m| !m.privacy_ack) {
                    // Still choosing a language: show the picker again.
                    return Ok(self.holder_joined_reply(ctx));
                }
                // A closed case (issue 12): what that means, not an overview of the past.
                if !o.case.open {
                    let org = o.gemeente.unwrap_or_default();
                    return Ok(ctx.say(Msg::new("life-closed-holder").name("org", org)));
                }
                let out = self
                    .overview_of(&mut conn, o, ctx.inc.chat, ctx.lang)
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
