//! The plan's reminders: an agreement due tomorrow (to its owner) and overdue (to its owner
//! and the team group), produced by choosing an option and adding an agreement in `/plan`.

use chrono::NaiveDate;
use driegesprek::domain::Lang;
use driegesprek::i18n::Msg;

use super::{AMAL, Cast, REF, SANNE, TEAM, at, cast, got, right_to_left, text_of};
use crate::driver::day;
use crate::fake_telegram::ChatTarget;
use crate::support::button;

fn plan_reminder(id: &'static str, what: &str, due: NaiveDate) -> Msg {
    reminder_with(id, Msg::new("plan-kind").code("kind", what), due)
}

/// The same reminder as the status holder reads it: the item in plain words (issue 15).
fn holder_reminder(id: &'static str, what: &str, due: NaiveDate) -> Msg {
    reminder_with(id, Msg::new("plan-kind-holder").code("kind", what), due)
}

fn reminder_with(id: &'static str, what: Msg, due: NaiveDate) -> Msg {
    Msg::new(id)
        .code("reference", REF)
        .msg("what", what)
        .msg("due", Msg::new("value-date").date("date", due))
}

impl Cast {
    /// Sanne chooses option 2 ("Gecombineerd") from `/plan`: the introduction is the
    /// municipality's, due 15 April. Then she adds "bring documents" for Amal, due 20 April.
    async fn plan_with_agreements(&self) {
        let tg = &self.bot.tg;
        let m = tg.mark();
        tg.send_command(&self.sanne, ChatTarget::Private, "plan");
        let none = self.bot.next_message(m, SANNE).await;
        let picker = self
            .press(&self.sanne, &none, &button(&none, "Aanpak kiezen"))
            .await;
        let m = tg.mark();
        tg.press_button(
            &self.sanne,
            ChatTarget::Private,
            picker.message_id,
            &button(&picker, "Gecombineerd"),
        );
        let view = tg
            .wait_for_since(m, SANNE, |s| text_of(s).starts_with("📋"))
            .await;
        tg.quiet().await;
        let kinds = self
            .press(&self.sanne, &view, &button(&view, "Afspraak"))
            .await;
        let owner = self
            .press(&self.sanne, &kinds, &button(&kinds, "Documenten"))
            .await;
        let when = self
            .press(&self.sanne, &owner, &button(&owner, "statushouder"))
            .await;
        let _ = when;
        let m = tg.mark();
        tg.send_text(&self.sanne, ChatTarget::Private, "20-04-2026");
        tg.wait_for_since(m, SANNE, |s| text_of(s).contains("afspraak toegevoegd"))
            .await;
        tg.quiet().await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn agreements_remind_their_owner_the_day_before_and_the_owner_and_team_the_day_after() {
    let c = cast().await;
    c.plan_with_agreements().await;

    // The municipality's introduction (15 April): Sanne the day before, in Dutch.
    let intro = day(2026, 4, 15);
    let news = c.step(at("2026-04-14T07:00:00Z")).await;
    let soon = c.text(
        Lang::Nl,
        plan_reminder("plan-due-soon", "introduction", intro),
    );
    assert!(got(&news, SANNE).contains(&soon), "{news:?}");
    assert!(
        !got(&news, TEAM).contains(&soon),
        "the day before: the owner only"
    );
    let news = c.step(at("2026-04-16T07:00:00Z")).await;
    let late = c.text(
        Lang::Nl,
        plan_reminder("plan-overdue", "introduction", intro),
    );
    assert!(got(&news, SANNE).contains(&late), "{news:?}");
    assert!(got(&news, TEAM).contains(&late), "{news:?}");
    assert!(got(&news, AMAL).is_empty(), "not Amal's: {news:?}");

    // Amal's documents (20 April): Amal in Arabic; overdue also to the team, in Dutch.
    let docs = day(2026, 4, 20);
    let news = c.step(at("2026-04-19T07:00:00Z")).await;
    let soon = holder_reminder("plan-due-soon", "documents", docs);
    let ar = c.text(Lang::Ar, soon);
    assert!(right_to_left(&ar), "{ar}");
    assert_eq!(got(&news, AMAL), [ar]);
    let news = c.step(at("2026-04-21T07:00:00Z")).await;
    let late = plan_reminder("plan-overdue", "documents", docs);
    let late_holder = holder_reminder("plan-overdue", "documents", docs);
    assert_eq!(got(&news, AMAL), [c.text(Lang::Ar, late_holder)]);
    assert!(
        got(&news, TEAM).contains(&c.text(Lang::Nl, late)),
        "{news:?}"
    );
    c.bot.tg.quiet().await;
    crate::driver::assert_every_staff_message_names(
        &c.bot,
        &[
            crate::support::SANNE,
            crate::support::JOOST,
            crate::support::TEAM,
        ],
        "UTR-7",
        &[],
    );
}
