//! `/mydata`: everything recorded about the status holder, in their language, and the same as a
//! JSON file (`store::privacy::Export`). Every export is audited.

use anyhow::Context;
use sqlx::SqliteConnection;

use crate::app::common::error::{AppResult, refuse};
use crate::app::plan::view::item_line;
use crate::app::prepare::view::answer_line;
use crate::app::privacy::{holder_case, not_a_holder};
use crate::app::{App, Attachment, AttachmentKind, Ctx, Reply};
use crate::domain::{CaseId, Lang};
use crate::i18n::Msg;
use crate::store::{self, privacy::Export};
use crate::workflow::prepare::consent::{Part, granted};
use crate::workflow::prepare::questions::Question;

/// A list, or "none".
fn or_none(lines: Vec<Msg>) -> Vec<Msg> {
    if lines.is_empty() {
        vec![Msg::new("privacy-none")]
    } else {
        lines
    }
}

fn yes_no(yes: bool) -> Msg {
    Msg::new("privacy-yes-no").code("value", if yes { "yes" } else { "no" })
}

impl App {
    pub(super) async fn my_data(&self, ctx: &Ctx<'_>) -> AppResult<Reply> {
        let Some(case) = holder_case(ctx) else {
            return refuse(not_a_holder(ctx));
        };
        let user = ctx.inc.actor.user;
        let now = self.clock.now();
        let mut tx = self.begin().await?;
        let Some(export) = store::privacy::export(&mut tx, case, user).await? else {
            return refuse(not_a_holder(ctx));
        };
        let text = self.my_data_text(&mut tx, case, &export).await?;
        store::audit(
            &mut tx,
            now,
            Some(user.0),
            "mydata_export",
            Some(case.0),
            None,
        )
        .await?;
        tx.commit().await?;
        tracing::info!(case = case.0, "status holder exported their data");
        let file = ctx.out(Msg::new("privacy-mydata-file")).attach(Attachment {
            kind: AttachmentKind::Document,
            file_name: "my-data.json".into(),
            bytes: serde_json::to_vec_pretty(&export).context("the JSON of /mydata")?,
        });
        Ok(Reply {
            messages: vec![ctx.out(text), file],
            ..Reply::default()
        })
    }

    /// The readable half: the facts, the agreements, the meetings, the answers, the sharing.
    async fn my_data_text(
        &self,
        conn: &mut SqliteConnection,
        case: CaseId,
        e: &Export,
    ) -> anyhow::Result<Msg> {
        let c = &e.case;
        let mut facts = vec![
            Msg::new("privacy-fact-name").name("name", c.first_name.clone()),
            Msg::new("privacy-fact-reference").name("reference", c.reference.clone()),
            Msg::new("privacy-fact-orgs")
                .name("coa", c.coa.clone())
                .name("gemeente", c.municipality.clone()),
        ];
        if let Some(lang) = e.language.as_deref().and_then(Lang::from_id) {
            facts.push(Msg::new("privacy-fact-language").lang("language", lang));
        }
        facts.push(Msg::new("privacy-fact-matching").date("date", c.matching_date));
        if let Some(d) = c.housing_date {
            facts.push(Msg::new("privacy-fact-housing").date("date", d));
        }
        facts.push(Msg::new("privacy-fact-joined").date_time("date", c.joined_at));
        if let Some(at) = c.privacy_notice_read_at {
            facts.push(Msg::new("privacy-fact-notice").date_time("date", at));
        }
        if let Some(at) = c.closed_at {
            facts.push(Msg::new("privacy-fact-closed").date_time("date", at));
        }
        if let Some(at) = e.stopped_at {
            facts.push(Msg::new("privacy-fact-stopped").date_time("date", at));
        }
        let today = self.clock.today();
        let agreements = store::plan::items(conn, case)
            .await?
            .iter()
            .map(|i| item_line(i, today, crate::domain::Party::Holder))
            .collect();
        let meetings = e
            .meetings
            .iter()
            .map(|m| {
                let place = Msg::new("meeting-place").code("place", m.place.clone());
                match m.starts_at {
                    Some(at) => Msg::new("privacy-meeting")
                        .code("status", m.status.clone())
                        .date_time("when", at)
                        .msg("place", place),
                    None => Msg::new("privacy-meeting-proposed").msg("place", place),
                }
            })
            .collect();
        let answers = store::prepare::answers(conn, case).await?;
        let answer_lines = Question::ALL
            .into_iter()
            .filter(|q| answers.contains_key(q))
            .map(|q| answer_line(q, &answers))
            .collect();
        let own = e
            .your_own_questions
            .iter()
            .filter_map(|q| q.text.clone())
            .map(|text| Msg::new("privacy-own-question").name("text", text))
            .collect();
        let consents = store::prepare::consents(conn, case).await?;
        let sharing = Msg::new("privacy-sharing")
            .msg("answers", yes_no(granted(&consents, Part::Answers)))
            .msg("questions", yes_no(granted(&consents, Part::OwnQuestions)));
        let time_answers = i64::try_from(e.your_time_answers.len()).unwrap_or(i64::MAX);
        Ok(Msg::new("privacy-mydata")
            .lines("facts", facts)
            .lines("agreements", or_none(agreements))
            .lines("meetings", or_none(meetings))
            .num("time_answers", time_answers)
            .lines("answers", or_none(answer_lines))
            .lines("own", or_none(own))
            .msg("sharing", sharing))
    }
}
