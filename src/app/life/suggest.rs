//! Once the expected housing date has passed and the driegesprek was held, the municipal
//! contact is asked once whether the case can be closed (issue 12), with the close button.

use chrono::{DateTime, Utc};

use crate::app::life::about;
use crate::app::{Action, App, Button, LifeAction, Outgoing, recipient_lang};
use crate::domain::{ChatId, Lang, Party};
use crate::i18n::Msg;
use crate::store;
use crate::workflow::case_life::{local_day, suggest_closing};

/// Cases asked about in one hourly pass (the rest in the next).
const PAGE: u32 = 50;

impl App {
    /// Asks the municipal staff of each case that is due, once. How many cases were asked about.
    pub(crate) async fn suggest_closing(&self, now: DateTime<Utc>) -> anyhow::Result<u64> {
        let today = local_day(now);
        let mut conn = self.pool.acquire().await?;
        let due = store::life::close_suggestions_due(&mut conn, today, PAGE).await?;
        drop(conn);
        let mut asked = 0;
        for id in due {
            let mut tx = self.begin().await?;
            let Some(case) = store::cases::get(&mut tx, id).await? else {
                continue;
            };
            // The store's query and the rule agree; the rule decides.
            if !suggest_closing(case.housing, true, false, today)
                || !store::life::mark_close_suggested(&mut tx, id, now).await?
            {
                continue;
            }
            let Some(housing) = case.housing else {
                continue;
            };
            let msg = about("life-close-suggest", &case).date("date", housing);
            let button = vec![vec![Button::new(
                Msg::new("button-case-close"),
                Action::Life(LifeAction::Close(id)),
            )]];
            let mut outs = Vec::new();
            for m in store::cases::members(&mut tx, id).await? {
                if m.party == Party::Gemeente {
                    let lang = recipient_lang(&mut tx, m.user, Lang::Nl).await?;
                    outs.push(
                        Outgoing::new(ChatId::from(m.user), lang, msg.clone())
                            .buttons(button.clone()),
                    );
                }
            }
            self.queue(&mut tx, id, outs).await?;
            tx.commit().await?;
            asked += 1;
        }
        Ok(asked)
    }
}
