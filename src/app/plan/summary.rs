//! The plan's summary document for the case file (issue 3): staff press "Summary" under the
//! plan and get an HTML document with the plan, who confirmed which version and when, and the
//! whole history. The app only describes it (`SummaryDoc`: messages and values); the words and
//! the HTML are made at the edge, in Dutch and the status holder's language.

use anyhow::Context;
use sqlx::SqliteConnection;

use crate::app::common::error::{AppResult, ensure, refuse};
use crate::app::common::words::{due_msg, item_what};
use crate::app::plan::access::Access;
use crate::app::{App, Attachment, AttachmentKind, Ctx, Reply, recipient_lang};
use crate::domain::{CaseId, Lang, Party};
use crate::i18n::{Msg, SummaryDoc, SummaryTable};
use crate::store::{self, cases::Member, plan::EventRow, plan::Item};
use crate::workflow::plan::ItemKind;
use crate::workflow::plan::rules::is_late;

impl App {
    /// Staff ask for the summary document of a case they are on.
    #[tracing::instrument(skip_all, fields(case = case.0))]
    pub(crate) async fn plan_summary(&self, ctx: &Ctx<'_>, case: CaseId) -> AppResult<Reply> {
        let mut conn = self.pool.acquire().await?;
        let access = self.plan_access(&mut conn, ctx, case).await?;
        ensure(access.party.is_staff(), Msg::new("error-staff-only"))?;
        let Some(doc) = self.summary_doc(&mut conn, &access).await? else {
            return refuse(Msg::new("plan-none"));
        };
        drop(conn);
        // Every export is on the audit trail (issue 14).
        let mut tx = self.begin().await?;
        let actor = Some(ctx.inc.actor.user.0);
        store::audit(
            &mut tx,
            self.clock.now(),
            actor,
            "summary_exported",
            Some(case.0),
            None,
        )
        .await?;
        tx.commit().await?;
        let reference = access.case.reference.clone();
        let safe: String = reference
            .chars()
            .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
            .collect();
        let mut out = ctx
            .out(Msg::new("plan-summary-caption").code("reference", reference))
            .attach(Attachment {
                kind: AttachmentKind::Document,
                file_name: format!("plan-{safe}.html"),
                bytes: Vec::new(),
            });
        out.summary = Some(Box::new(doc));
        Ok(Reply::one(out))
    }

    /// What the document says; `None` when there is no plan yet.
    async fn summary_doc(
        &self,
        conn: &mut SqliteConnection,
        access: &Access,
    ) -> anyhow::Result<Option<SummaryDoc>> {
        let c = &access.case;
        let Some(plan) = store::plan::get(conn, c.id)
            .await
            .context("store::plan::get")?
        else {
            return Ok(None);
        };
        let members = store::cases::members(conn, c.id)
            .await
            .context("store::cases::members")?;
        let holder_lang = match members.iter().find(|m| m.party == Party::Holder) {
            Some(m) => recipient_lang(conn, m.user, Lang::En).await?,
            None => Lang::Nl,
        };
        let items = store::plan::items(conn, c.id)
            .await
            .context("store::plan::items")?;
        let confirmations = store::plan::confirmations(conn, c.id)
            .await
            .context("store::plan::confirmations")?;
        let events = store::plan::events(conn, c.id)
            .await
            .context("store::plan::events")?;
        let who = |actor: Option<i64>| who_msg(&members, &c.holder_name, actor);
        // The reference is typed by staff: isolated like a name in the document (`<bdi>`).
        let value = |s: &str| Msg::new("plan-summary-value").name("value", s.to_string());
        let housing = c.housing.map(|d| Msg::new("value-date").date("date", d));
        let facts = vec![
            (fact("reference"), value(&c.reference)),
            (
                fact("name"),
                Msg::new("plan-summary-value").name("value", c.holder_name.clone()),
            ),
            (fact("option"), plan_option(plan.option.as_str())),
            (
                fact("programme"),
                Msg::new("plan-programme").code("value", plan.programme.as_str()),
            ),
            (
                fact("housing"),
                housing.unwrap_or_else(|| Msg::new("value-unknown")),
            ),
            (fact("version"), version(plan.version)),
            (fact("made"), at(self.clock.now())),
        ];
        let today = self.clock.today();
        let item_rows = items
            .iter()
            .map(|i| {
                let status = if is_late(i.status, i.due, today) {
                    "late"
                } else {
                    i.status.as_str()
                };
                vec![
                    item_what(i),
                    Msg::new("plan-owner").code("owner", i.owner.as_str()),
                    due_msg(i.due),
                    Msg::new("plan-summary-status").code("status", status),
                ]
            })
            .collect();
        let confirmation_rows = confirmations
            .iter()
            .map(|x| {
                vec![
                    who(Some(x.tg_user_id)),
                    version(x.version),
                    Msg::new("plan-summary-answer").code("answer", x.answer.clone()),
                    at(x.at),
                ]
            })
            .collect();
        let history_rows = events
            .iter()
            .map(|e| {
                let item = e.item_id.and_then(|id| items.iter().find(|i| i.id == id));
                let (old, new) = (
                    event_value(e, e.old.as_deref()),
                    event_value(e, e.new.as_deref()),
                );
                vec![at(e.at), who(e.actor), change(e, item), old, new]
            })
            .collect();
        Ok(Some(SummaryDoc {
            holder_lang,
            title: Msg::new("plan-summary-title").name("reference", c.reference.clone()),
            facts,
            note: Msg::new("plan-summary-note"),
            tables: vec![
                table("items", &["what", "owner", "due", "status"], item_rows),
                table(
                    "confirmations",
                    &["who", "version", "answer", "at"],
                    confirmation_rows,
                ),
                table(
                    "history",
                    &["at", "who", "change", "old", "new"],
                    history_rows,
                ),
            ],
            empty: Msg::new("plan-summary-empty"),
        }))
    }
}

fn fact(name: &'static str) -> Msg {
    Msg::new(match name {
        "reference" => "plan-summary-fact-reference",
        "name" => "plan-summary-fact-name",
        "option" => "plan-summary-fact-option",
        "programme" => "plan-summary-fact-programme",
        "housing" => "plan-summary-fact-housing",
        "version" => "plan-summary-fact-version",
        _ => "plan-summary-fact-made",
    })
}

fn column(name: &str) -> Msg {
    Msg::new(match name {
        "what" => "plan-summary-col-what",
        "owner" => "plan-summary-col-owner",
        "due" => "plan-summary-col-due",
        "status" => "plan-summary-col-status",
        "who" => "plan-summary-col-who",
        "version" => "plan-summary-col-version",
        "answer" => "plan-summary-col-answer",
        "change" => "plan-summary-col-change",
        "old" => "plan-summary-col-old",
        "new" => "plan-summary-col-new",
        _ => "plan-summary-col-at",
    })
}

fn table(heading: &str, columns: &[&str], rows: Vec<Vec<Msg>>) -> SummaryTable {
    SummaryTable {
        heading: Msg::new(match heading {
            "items" => "plan-summary-items",
            "confirmations" => "plan-summary-confirmations",
            _ => "plan-summary-history",
        }),
        columns: columns.iter().map(|c| column(c)).collect(),
        rows,
    }
}

fn at(t: chrono::DateTime<chrono::Utc>) -> Msg {
    Msg::new("plan-summary-at").date_time("at", t)
}

fn version(v: i64) -> Msg {
    Msg::new("plan-summary-version").num("version", v)
}

fn plan_option(option: &str) -> Msg {
    Msg::new("plan-option").code("option", option.to_string())
}

/// Who did it: a member by name and party, the bot (no actor), or someone no longer on the case.
fn who_msg(members: &[Member], holder_name: &str, actor: Option<i64>) -> Msg {
    let Some(actor) = actor else {
        return Msg::new("plan-summary-system");
    };
    match members.iter().find(|m| m.user.0 == actor) {
        Some(m) => match &m.staff_name {
            Some(n) => Msg::new("plan-who-staff")
                .name("name", n.clone())
                .code("party", m.party.as_str()),
            None => Msg::new("plan-who-holder").name("name", holder_name.to_string()),
        },
        None => Msg::new("plan-summary-unknown"),
    }
}

/// What changed: the field, and the item it concerns.
fn change(e: &EventRow, item: Option<&Item>) -> Msg {
    let field = Msg::new("plan-summary-field").code("field", e.field.clone());
    match item {
        Some(i) => Msg::new("plan-summary-field-item")
            .msg("field", field)
            .msg("what", item_what(i)),
        None => field,
    }
}

/// An old or new value of a history entry, in words where the field has them.
fn event_value(e: &EventRow, raw: Option<&str>) -> Msg {
    let Some(raw) = raw else {
        return Msg::new("plan-summary-none");
    };
    let date = |s: &str| {
        s.parse()
            .ok()
            .map(|d| Msg::new("value-date").date("date", d))
    };
    let code = || Msg::new("plan-summary-value").code("value", raw.to_string());
    match e.field.as_str() {
        "option" => plan_option(raw),
        "programme" => Msg::new("plan-programme").code("value", raw.to_string()),
        "status" => Msg::new("plan-summary-status").code("status", raw.to_string()),
        "long_wait" => Msg::new("plan-summary-long-wait").code("answer", raw.to_string()),
        "housing_date" | "due_date" => date(raw).unwrap_or_else(code),
        "sent" | "confirmed" => raw.parse().map(version).unwrap_or_else(|_| code()),
        "question" | "text" => Msg::new("plan-free-text").name("text", raw.to_string()),
        "owner" => Msg::new("plan-owner").code("owner", raw.to_string()),
        "agreement" => agreement_value(raw).unwrap_or_else(code),
        _ => code(),
    }
}

/// An agreement as recorded by `agree`: `kind|owner|due|text`.
fn agreement_value(raw: &str) -> Option<Msg> {
    let mut parts = raw.splitn(4, '|');
    let kind = ItemKind::parse(parts.next()?)?;
    let owner = Party::parse(parts.next()?)?;
    let due = parts.next()?.parse().ok();
    let text = parts.next().unwrap_or_default();
    let what = match kind {
        ItemKind::Free => Msg::new("plan-free-text").name("text", text.to_string()),
        k => Msg::new("plan-kind").code("kind", k.as_str()),
    };
    Some(
        Msg::new("plan-summary-agreement")
            .msg("what", what)
            .code("owner", owner.as_str())
            .msg("due", due_msg(due)),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ev(field: &str) -> EventRow {
        EventRow {
            item_id: None,
            actor: None,
            at: chrono::DateTime::UNIX_EPOCH,
            field: field.to_string(),
            old: None,
            new: None,
        }
    }

    #[test]
    fn history_values_are_put_in_words_where_the_field_has_them() {
        for (field, raw, want) in [
            ("option", "combined", "plan-option"),
            ("programme", "agrees", "plan-programme"),
            ("status", "done", "plan-summary-status"),
            ("long_wait", "holds", "plan-summary-long-wait"),
            ("due_date", "2026-05-18", "value-date"),
            ("due_date", "garbled", "plan-summary-value"),
            ("sent", "3", "plan-summary-version"),
            ("question", "Wie <b>?", "plan-free-text"),
            ("text", "Bel de tolk", "plan-free-text"),
            ("owner", "holder", "plan-owner"),
            (
                "agreement",
                "documents|holder|2026-04-20|",
                "plan-summary-agreement",
            ),
            ("agreement", "nonsense", "plan-summary-value"),
            ("something_new", "x", "plan-summary-value"),
        ] {
            assert_eq!(event_value(&ev(field), Some(raw)).id, want, "{field} {raw}");
        }
        assert_eq!(event_value(&ev("option"), None).id, "plan-summary-none");
    }
}
