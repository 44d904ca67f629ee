//! The status holder's first steps: choose a language, read the privacy notice, meet their
//! contacts (here); what happens next for them (`next`); the `/menu` of every party (`menu`).
//! Also the language choice for anyone (`/language`) and the staff notices of the case
//! (`to_case_staff`).
//!
//! ```text
//! Amanuel: <opens the invite link>
//! Bot:     Choose your language  [العربية] [ትግርኛ] [Türkçe] ...
//! Amanuel: <taps ትግርኛ>
//! Bot:     (in Tigrinya) what we keep about you, who sees it, your rights.  [I understand]
//! Amanuel: <taps>
//! Bot:     (in Tigrinya) your COA contact is Joost (COA Ter Apel), your municipality contact
//!          is Sanne (Gemeente Utrecht). What happens next ...
//! ```
//!
//! May use: `app` (App, Ctx), `app/common`, `store`, `workflow`, `domain`, `i18n`.

pub(in crate::app) mod menu;
pub(in crate::app) mod next;

use anyhow::Context;
use sqlx::SqliteConnection;

use crate::app::common::error::{AppResult, ensure, refuse};
use crate::app::{App, Button, Ctx, Outgoing, Reply, Who, recipient_lang};
use crate::domain::{CaseId, ChatId, Lang, Party, UserId};
use crate::i18n::Msg;
use crate::store;

use crate::app::Action;

impl App {
    /// The language picker: each language's own name in its own script, two per row.
    pub(crate) fn language_picker(&self, ctx: &Ctx<'_>) -> Reply {
        Reply::one(
            ctx.out(Msg::new("language-choose"))
                .buttons(Button::languages(Action::PickLang)),
        )
    }

    /// What a new status holder sees first: the picker, its prompt in every script the bot
    /// offers (no language is known yet; Telegram's guess is often wrong).
    pub(crate) fn holder_joined_reply(&self, ctx: &Ctx<'_>) -> Reply {
        Reply::one(
            ctx.out(Msg::new("language-choose-any"))
                .buttons(Button::languages(Action::PickLang)),
        )
    }

    #[tracing::instrument(skip_all)]
    pub(crate) async fn pick_language(&self, ctx: &Ctx<'_>, lang: Lang) -> AppResult<Reply> {
        let user = ctx.inc.actor.user;
        let now = self.clock.now();
        let mut tx = self.begin().await.context("begin")?;
        ensure(
            !matches!(ctx.who, Who::Stranger),
            Msg::new("stranger-welcome"),
        )?;
        store::users::set_lang(&mut tx, user, lang, true, now)
            .await
            .context("store::users::set_lang")?;
        let mut reply = match ctx.who {
            Who::Holder(case) => {
                let me = store::cases::member(&mut tx, case, user)
                    .await
                    .context("store::cases::member")?;
                if me.is_some_and(|m| !m.privacy_ack) {
                    let notice =
                        Outgoing::new(ctx.inc.chat, lang, Msg::new("holder-privacy-notice-v2"))
                            .buttons(vec![vec![Button::new(
                                Msg::new("button-privacy-ok"),
                                Action::PrivacyOk(case),
                            )]]);
                    Reply::one(notice)
                } else {
                    let mut r = Reply::one(Outgoing::new(
                        ctx.inc.chat,
                        lang,
                        Msg::new("language-set").lang("language", lang),
                    ));
                    r.messages.push(
                        self.holder_overview(&mut tx, case, ctx.inc.chat, lang)
                            .await?,
                    );
                    r
                }
            }
            _ => Reply::one(Outgoing::new(
                ctx.inc.chat,
                lang,
                Msg::new("language-set").lang("language", lang),
            )),
        };
        tx.commit().await.context("commit")?;
        tracing::info!(user = user.0, lang = lang.id(), "language chosen");
        // The picker itself now shows the choice, in its own script (issue 12).
        let mut picked = Outgoing::new(
            ctx.inc.chat,
            lang,
            Msg::new("language-picked")
                .msg("language", Msg::new("language-native").lang("code", lang)),
        );
        picked.edit = ctx.inc.message_id;
        reply.messages.insert(0, picked);
        Ok(reply)
    }

    #[tracing::instrument(skip_all, fields(case = case.0))]
    pub(crate) async fn privacy_ok(&self, ctx: &Ctx<'_>, case: CaseId) -> AppResult<Reply> {
        let user = ctx.inc.actor.user;
        let now = self.clock.now();
        let mut tx = self.begin().await.context("begin")?;
        let me = store::cases::member(&mut tx, case, user)
            .await
            .context("store::cases::member")?;
        let Some(me) = me.filter(|m| m.party == Party::Holder) else {
            return refuse(Msg::new("error-not-on-case"));
        };
        let first_time = !me.privacy_ack;
        store::cases::ack_privacy(&mut tx, case, user, now)
            .await
            .context("store::cases::ack_privacy")?;
        let mut reply = Reply::one(
            self.holder_overview(&mut tx, case, ctx.inc.chat, ctx.lang)
                .await?,
        );
        if first_time {
            store::audit(
                &mut tx,
                now,
                Some(user.0),
                "privacy_notice_read",
                Some(case.0),
                None,
            )
            .await?;
            let c = store::cases::get(&mut tx, case)
                .await
                .context("store::cases::get")?
                .with_context(|| format!("case {case} vanished"))?;
            let msg = Msg::new("holder-joined-staff")
                .code("reference", c.reference.clone())
                .name("name", c.holder_name.clone())
                .lang("language", ctx.lang);
            let staff = self.to_case_staff(&mut tx, case, Some(user), msg).await?;
            reply.notices = self.queue(&mut tx, case, staff).await?;
        }
        tx.commit().await.context("commit")?;
        Ok(reply.answered())
    }

    /// The status holder's overview: who their contacts are and what happens next for their
    /// case now (`next.rs`).
    pub(crate) async fn holder_overview(
        &self,
        conn: &mut SqliteConnection,
        case: CaseId,
        chat: ChatId,
        lang: Lang,
    ) -> anyhow::Result<Outgoing> {
        let Some(o) = store::overview::holder(conn, case).await? else {
            anyhow::bail!("case {case} vanished");
        };
        self.overview_of(conn, o, chat, lang).await
    }

    /// `holder_overview` of a case already read (`store::overview::holder`).
    pub(crate) async fn overview_of(
        &self,
        conn: &mut SqliteConnection,
        o: store::overview::Overview,
        chat: ChatId,
        lang: Lang,
    ) -> anyhow::Result<Outgoing> {
        let members = &o.members;
        let contact = |party: Party| -> Msg {
            match members
                .iter()
                .find(|m| m.party == party)
                .and_then(|m| m.staff_name.clone())
            {
                Some(name) => Msg::new("contact-named").name("name", name),
                None => Msg::new("contact-unknown"),
            }
        };
        let next =
            crate::app::holder::next::next_parts(conn, o.case.id, o.upcoming.as_ref()).await?;
        let msg = Msg::new("holder-overview-v2")
            .name("coa", o.coa.clone().unwrap_or_default())
            .msg("coa_contact", contact(Party::Coa))
            .name("gemeente", o.gemeente.clone().unwrap_or_default())
            .msg("gemeente_contact", contact(Party::Gemeente))
            .lines("next", next);
        Ok(Outgoing::new(chat, lang, msg).buttons(vec![
            vec![Button::new(
                Msg::new("prep-button-review"),
                Action::Prepare(crate::app::PrepareAction::Start),
            )],
            vec![Button::new(
                Msg::new("explain-button-how"),
                Action::Explain(crate::app::ExplainAction::Show(
                    crate::workflow::explain::Term::Handover,
                )),
            )],
            vec![
                Button::new(
                    Msg::new("button-language"),
                    Action::Menu(crate::app::MenuAction::Language),
                ),
                Button::new(
                    Msg::new("privacy-button-menu"),
                    Action::Privacy(crate::app::PrivacyAction::Menu),
                ),
            ],
        ]))
    }

    /// The same message to every staff member on the case (private chat, their language) and to
    /// every group that follows it (Dutch), leaving out `except`.
    pub(crate) async fn to_case_staff(
        &self,
        conn: &mut SqliteConnection,
        case: CaseId,
        except: Option<UserId>,
        msg: Msg,
    ) -> anyhow::Result<Vec<Outgoing>> {
        let Some(c) = store::cases::get(conn, case).await? else {
            anyhow::bail!("case {case} vanished");
        };
        let mut out = Vec::new();
        for m in store::cases::members(conn, case).await? {
            if m.party.is_staff() && Some(m.user) != except {
                let lang = recipient_lang(conn, m.user, Lang::Nl).await?;
                out.push(Outgoing::new(ChatId::from(m.user), lang, msg.clone()));
            }
        }
        for chat in store::groups::following(conn, case, c.coa_org, c.gemeente_org).await? {
            out.push(Outgoing::new(chat, Lang::Nl, msg.clone()));
        }
        Ok(out)
    }

    /// When staff of the counterpart join a case: tell the others and the groups.
    pub(crate) async fn staff_joined_case_notices(
        &self,
        conn: &mut SqliteConnection,
        case: CaseId,
        user: UserId,
    ) -> anyhow::Result<Vec<Outgoing>> {
        let Some(c) = store::cases::get(conn, case).await? else {
            anyhow::bail!("case {case} vanished");
        };
        let Some(staff) = store::staff::by_user(conn, user).await? else {
            anyhow::bail!("staff member {user} vanished");
        };
        let msg = Msg::new("staff-joined-case")
            .name("name", staff.name)
            .name("org", staff.org_name)
            .code("reference", c.reference);
        self.to_case_staff(conn, case, Some(user), msg).await
    }
}
