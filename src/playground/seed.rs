//! The sample caseload, played in through the bot as its users would, so that it stays right
//! as the bot changes: the admin adds Gemeente Utrecht and COA Ter Apel and invites Sanne and
//! Joost (as `driegesprek org add` and `invite staff` do); Sanne adds the bot to her team group
//! and opens three cases there:
//!
//! ```text
//! UTR-7 Amal     Joost and Amal join (Arabic); Sanne proposes two times: being scheduled
//! UTR-8 Amanuel  Joost and Amanuel join (Tigrinya); option 1, the plan goes round, all agree
//! UTR-9 Dawit    just opened: his invitation (QR code and link) waits in the group
//! ```
//!
//! Each step waits for the button or question it needs (at most 10 s), and presses the button
//! the bot actually showed; a step that does not come stops the seed with the step's name.

use std::time::Duration;

use anyhow::{Context, anyhow};
use chrono::{Datelike, NaiveDate};

use super::cast::{AMAL, AMANUEL, JOOST, Person, SANNE, TEAM_ID};
use super::state::Playground;
use crate::app::{App, InviteSpec, Links};
use crate::domain::{InvitePurpose, Lang, OrgKind, OrgName};
use crate::emulator::{BOT_USERNAME, ChatTarget, Emulator, Mark, Sent};
use crate::i18n::{I18n, Msg};
use crate::store::{self, SqlitePool};

const STEP_LIMIT: Duration = Duration::from_secs(10);

/// Only an empty database gets the sample caseload (never one with organisations in it).
pub async fn wanted(pool: &SqlitePool) -> anyhow::Result<bool> {
    let mut conn = pool.acquire().await?;
    Ok(store::orgs::list(&mut conn).await?.is_empty())
}

pub async fn run(play: &Playground, i18n: &I18n) -> anyhow::Result<()> {
    let (sanne_token, joost_token) = admin(play).await?;
    let mut p = Player {
        tg: &play.tg,
        i18n,
        mark: play.tg.mark(),
    };
    p.command(SANNE, SANNE.id, &format!("start {sanne_token}"))?;
    p.wait_text(SANNE.id, "Sanne's welcome").await?;
    p.command(JOOST, JOOST.id, &format!("start {joost_token}"))?;
    p.wait_text(JOOST.id, "Joost's welcome").await?;
    p.mark = play.tg.mark();
    play.add_bot_to_group();
    p.press(SANNE, TEAM_ID, "Alle casussen").await?;
    p.wait_text(TEAM_ID, "the group linked").await?;

    let amal = p.open_case("Amal", "UTR-7").await?;
    p.join(JOOST, &amal.counterpart).await?;
    p.join_holder(AMAL, &amal.holder, Lang::Ar).await?;
    let amanuel = p.open_case("Amanuel", "UTR-8").await?;
    p.join(JOOST, &amanuel.counterpart).await?;
    p.join_holder(AMANUEL, &amanuel.holder, Lang::Ti).await?;
    p.plan_round("UTR-8", AMANUEL, Lang::Ti).await?;
    p.propose("UTR-7", play.now().date_naive()).await?;
    p.open_case("Dawit", "UTR-9").await?;
    tracing::info!("playground: sample caseload ready");
    Ok(())
}

/// What the admin does on the command line: two organisations and a staff invite for each.
async fn admin(play: &Playground) -> anyhow::Result<(String, String)> {
    let pool = play.pool();
    let mut conn = pool.acquire().await?;
    let app = App::new(
        pool.clone(),
        play.clock(),
        Links {
            bot_username: BOT_USERNAME.to_owned(),
        },
    );
    let mut tokens = Vec::new();
    for (kind, name) in [
        (OrgKind::Gemeente, "Gemeente Utrecht"),
        (OrgKind::Coa, "COA Ter Apel"),
    ] {
        let name = OrgName::parse(name).map_err(|p| anyhow!("organisation name: {p:?}"))?;
        let org = store::orgs::insert(&mut conn, kind, &name, play.now()).await?;
        let spec = InviteSpec {
            purpose: InvitePurpose::Staff,
            org: Some(org),
            case: None,
            max_uses: 5,
            valid_for: chrono::Duration::days(14),
        };
        let invite = app.create_invite(&mut conn, &spec).await?;
        tokens.push(token_of(&invite.link).to_owned());
    }
    match tokens.as_slice() {
        [sanne, joost] => Ok((sanne.clone(), joost.clone())),
        _ => Err(anyhow!("two invites expected")),
    }
}

/// The payload of a `t.me/<bot>?start=<payload>` link.
fn token_of(link: &str) -> &str {
    link.split_once("?start=")
        .map_or("", |(_, t)| t.split_whitespace().next().unwrap_or(""))
}

/// The two invitation links a new case comes with.
struct Invites {
    holder: String,
    counterpart: String,
}

struct Player<'a> {
    tg: &'a Emulator,
    i18n: &'a I18n,
    /// Steps wait only for what the bot sent after this.
    mark: Mark,
}

impl Player<'_> {
    fn text(&self, lang: Lang, id: &'static str) -> String {
        self.i18n.render(lang, &Msg::new(id))
    }

    fn target(&self, chat: i64) -> anyhow::Result<ChatTarget> {
        if chat > 0 {
            return Ok(ChatTarget::Private);
        }
        let group = self.tg.find_group(chat).context("the team group")?;
        Ok(ChatTarget::Group(group))
    }

    fn user(&self, who: Person) -> anyhow::Result<crate::emulator::TgUser> {
        self.tg.find_user(who.id).context("a playground person")
    }

    fn command(&mut self, who: Person, chat: i64, command: &str) -> anyhow::Result<()> {
        let (user, target) = (self.user(who)?, self.target(chat)?);
        self.mark = self.tg.mark();
        self.tg.send_command(&user, target, command);
        Ok(())
    }

    async fn wait(
        &self,
        chat: i64,
        step: &str,
        pred: impl Fn(&Sent) -> bool,
    ) -> anyhow::Result<Sent> {
        self.tg
            .wait_since(self.mark, chat, STEP_LIMIT, pred)
            .await
            .with_context(|| format!("the seed's step {step:?} did not come"))
    }

    async fn wait_text(&self, chat: i64, step: &str) -> anyhow::Result<Sent> {
        self.wait(chat, step, |s| s.method == "sendMessage").await
    }

    /// Waits for a button whose label contains `label` and presses it.
    async fn press(&mut self, who: Person, chat: i64, label: &str) -> anyhow::Result<Sent> {
        let has = |s: &Sent| s.buttons().iter().any(|(t, _)| t.contains(label));
        let on = self.wait(chat, label, has).await?;
        let data = on
            .buttons()
            .into_iter()
            .find(|(t, _)| t.contains(label))
            .map(|(_, d)| d)
            .unwrap_or_default();
        self.press_data(who, chat, &on, &data)?;
        Ok(on)
    }

    fn press_data(&mut self, who: Person, chat: i64, on: &Sent, data: &str) -> anyhow::Result<()> {
        let (user, target) = (self.user(who)?, self.target(chat)?);
        self.mark = self.tg.mark();
        self.tg
            .try_press_button(&user, target, on.message_id, data)?;
        Ok(())
    }

    /// Waits for the bot's question (ForceReply in the group) and answers it.
    async fn answer(&mut self, who: Person, chat: i64, text: &str) -> anyhow::Result<()> {
        let asks = |s: &Sent| s.raw.pointer("/reply_markup/force_reply").is_some();
        let question = self.wait(chat, text, asks).await?;
        let (user, target) = (self.user(who)?, self.target(chat)?);
        self.mark = self.tg.mark();
        self.tg
            .try_reply_to(&user, target, question.message_id, text)?;
        Ok(())
    }

    /// Sanne opens a case from the team group; the links it comes with.
    async fn open_case(&mut self, name: &str, reference: &str) -> anyhow::Result<Invites> {
        self.command(SANNE, TEAM_ID, "newcase")?;
        self.answer(SANNE, TEAM_ID, name).await?;
        self.answer(SANNE, TEAM_ID, reference).await?;
        self.press(SANNE, TEAM_ID, "COA Ter Apel").await?;
        self.press(SANNE, TEAM_ID, &self.text(Lang::Nl, "button-yesterday"))
            .await?;
        self.press(
            SANNE,
            TEAM_ID,
            &self.text(Lang::Nl, "button-housing-unknown"),
        )
        .await?;
        self.press(SANNE, TEAM_ID, &self.text(Lang::Nl, "button-open-case"))
            .await?;
        let link = |s: &Sent| s.text.as_deref().is_some_and(|t| t.contains("?start="));
        let holder = self
            .wait(TEAM_ID, "the holder's invitation", |s| {
                s.method == "sendPhoto" && link(s)
            })
            .await?;
        let counterpart = self
            .wait(TEAM_ID, "the COA invitation", |s| {
                s.method == "sendMessage" && link(s)
            })
            .await?;
        let link_in = |s: &Sent| {
            let text = s.text.clone().unwrap_or_default();
            token_of(&text).to_owned()
        };
        Ok(Invites {
            holder: link_in(&holder),
            counterpart: link_in(&counterpart),
        })
    }

    /// A caseworker opens the case link they were sent.
    async fn join(&mut self, who: Person, token: &str) -> anyhow::Result<()> {
        self.command(who, who.id, &format!("start {token}"))?;
        self.wait_text(who.id, "joined the case").await?;
        Ok(())
    }

    /// A status holder opens their link, picks their language and reads the privacy notice.
    async fn join_holder(&mut self, who: Person, token: &str, lang: Lang) -> anyhow::Result<()> {
        self.command(who, who.id, &format!("start {token}"))?;
        let native = self
            .i18n
            .render(lang, &Msg::new("language-native").lang("code", lang));
        self.press(who, who.id, &native).await?;
        self.press(who, who.id, &self.text(lang, "button-privacy-ok"))
            .await?;
        self.wait_text(who.id, "the holder's overview").await?;
        Ok(())
    }

    /// Sanne chooses option 1 for the case, sends the plan round, and all three agree.
    async fn plan_round(
        &mut self,
        reference: &str,
        holder: Person,
        lang: Lang,
    ) -> anyhow::Result<()> {
        self.command(SANNE, SANNE.id, "plan")?;
        let choose = self.text(Lang::Nl, "button-plan-options");
        let which = |s: &Sent| {
            s.buttons()
                .iter()
                .any(|(t, _)| t.contains(reference) || t.contains(&choose))
        };
        let first = self.wait(SANNE.id, "the plan", which).await?;
        if !first.buttons().iter().any(|(t, _)| t.contains(&choose)) {
            self.press(SANNE, SANNE.id, reference).await?;
        }
        self.press(SANNE, SANNE.id, &choose).await?;
        self.press(SANNE, SANNE.id, "Snelle start").await?;
        self.press(SANNE, SANNE.id, &self.text(Lang::Nl, "button-plan-send"))
            .await?;
        let round = self.mark;
        let agree_nl = self.text(Lang::Nl, "button-plan-agree");
        let agree = self.text(lang, "button-plan-agree");
        for (who, label) in [
            (holder, agree),
            (JOOST, agree_nl.clone()),
            (SANNE, agree_nl),
        ] {
            self.mark = round;
            self.press(who, who.id, &label).await?;
            self.wait(who.id, "thanks for agreeing", |s| s.method == "sendMessage")
                .await?;
        }
        Ok(())
    }

    /// Sanne proposes two times from the team group, two and three days from today, at the
    /// azc with an interpreter.
    async fn propose(&mut self, reference: &str, today: NaiveDate) -> anyhow::Result<()> {
        self.command(SANNE, TEAM_ID, "meet")?;
        let calendar = |s: &Sent| s.buttons().iter().any(|(_, d)| d.contains("d:"));
        let chooser = |s: &Sent| s.buttons().iter().any(|(t, _)| t.contains(reference));
        let first = self
            .wait(TEAM_ID, "the calendar", |s| calendar(s) || chooser(s))
            .await?;
        if !calendar(&first) {
            self.press(SANNE, TEAM_ID, reference).await?;
        }
        for (days, time) in [(2, "10:00"), (3, "14:00")] {
            let day = today + chrono::Duration::days(days);
            self.pick_day(day).await?;
            self.press(SANNE, TEAM_ID, time).await?;
        }
        self.press(
            SANNE,
            TEAM_ID,
            &self.text(Lang::Nl, "meeting-button-slots-done"),
        )
        .await?;
        self.press(SANNE, TEAM_ID, "Op het azc").await?;
        self.press(SANNE, TEAM_ID, "Ja, tolk").await?;
        self.wait_text(AMAL.id, "the times for Amal").await?;
        Ok(())
    }

    /// Presses `day` in the calendar, a month further on if it is not in the one shown.
    async fn pick_day(&mut self, day: NaiveDate) -> anyhow::Result<()> {
        let data = format!("d:{}", day.format("%Y%m%d"));
        let label = day.day().to_string();
        let calendar = |s: &Sent| s.buttons().iter().any(|(_, d)| d.contains("d:"));
        let shown = self.wait(TEAM_ID, "the calendar", calendar).await?;
        let find = |s: &Sent| {
            s.buttons()
                .into_iter()
                .find(|(t, d)| *t == label && d.ends_with(&data))
                .map(|(_, d)| d)
        };
        if let Some(d) = find(&shown) {
            return self.press_data(SANNE, TEAM_ID, &shown, &d);
        }
        self.press(SANNE, TEAM_ID, &self.text(Lang::Nl, "meeting-button-next"))
            .await?;
        let next = self
            .wait(TEAM_ID, "the next month", |s| find(s).is_some())
            .await?;
        let d = find(&next).unwrap_or_default();
        self.press_data(SANNE, TEAM_ID, &next, &d)
    }
}
