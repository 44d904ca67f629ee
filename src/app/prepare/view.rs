//! The status holder's preparation screens as messages: one question with its answer buttons,
//! the request for their own questions, their answers in their language, the consent notice
//! with what they share now, and their documents to bring. Only message ids and values here.

use crate::workflow::prepare::checklist::Ticks;
use sqlx::SqliteConnection;

use crate::app::{Action, Label};
use crate::app::{App, Button, Outgoing};
use crate::app::{PrepareAction, prepare::Holder};
use crate::domain::Party;
use crate::i18n::Msg;
use crate::store;
use crate::workflow::prepare::checklist::Item;
use crate::workflow::prepare::consent::{Part, granted};
use crate::workflow::prepare::questions::{Answer, Answers, Question, applies, step};

fn button(label: Msg, action: PrepareAction) -> Button {
    Button::new(label, Action::Prepare(action))
}

/// An answer's words: its label, or a language's name in the reader's language.
pub(crate) fn answer_msg(a: Answer) -> Msg {
    match a.language() {
        Some(lang) => Msg::new(a.msg_id()).lang("language", lang),
        None => Msg::new(a.msg_id()),
    }
}

/// One answer per row; languages two per row by their own names, as the language picker.
fn answer_rows(q: Question) -> Vec<Vec<Button>> {
    let one = |a: Answer| match a.language() {
        Some(lang) => Button {
            label: Label::Native(lang),
            action: Action::Prepare(PrepareAction::Answer(a)),
        },
        None => button(answer_msg(a), PrepareAction::Answer(a)),
    };
    let per_row = if q == Question::InterpreterLanguage {
        2
    } else {
        1
    };
    q.choices()
        .chunks(per_row)
        .map(|row| row.iter().copied().map(one).collect())
        .collect()
}

/// "🎓 School: Secondary school", or "skipped" / "not answered yet".
pub(crate) fn answer_line(q: Question, answers: &Answers) -> Msg {
    let value = match answers.get(&q) {
        Some(Some(a)) => answer_msg(*a),
        Some(None) => Msg::new("prep-skipped"),
        None => Msg::new("prep-not-answered"),
    };
    Msg::new("prep-line")
        .msg("label", Msg::new(q.label_id()))
        .msg("value", value)
}

impl App {
    /// One question, one answer per row, and "skip". With `answers` (the questionnaire in
    /// progress) it carries its number (`questions::step`; a follow-up has none); a changed
    /// question is shown without it.
    pub(in crate::app) fn prep_question_msg(
        &self,
        h: &Holder,
        q: Question,
        answers: Option<&Answers>,
    ) -> Outgoing {
        let mut rows = answer_rows(q);
        rows.push(vec![button(
            Msg::new("prep-button-skip"),
            PrepareAction::Skip(q),
        )]);
        let text = match (answers, step(q)) {
            (Some(_), Some((n, total))) => Msg::new("prep-step")
                .num("n", i64::try_from(n).unwrap_or(0))
                .num("total", i64::try_from(total).unwrap_or(0))
                .msg("question", Msg::new(q.ask_id())),
            _ => Msg::new(q.ask_id()),
        };
        Outgoing::new(h.chat, h.lang, text).buttons(rows)
    }

    pub(in crate::app) fn prep_ask_own_questions(&self, h: &Holder) -> Outgoing {
        Outgoing::new(h.chat, h.lang, Msg::new("prep-ask-own-questions")).buttons(vec![vec![
            button(Msg::new("prep-button-skip"), PrepareAction::SkipOwn),
        ]])
    }

    /// Everything they answered, in their language, with a button to change each.
    pub(in crate::app) async fn prep_review_msg(
        &self,
        conn: &mut SqliteConnection,
        h: &Holder,
    ) -> anyhow::Result<Outgoing> {
        let answers = store::prepare::answers(conn, h.case).await?;
        let no = store::agenda::meeting_no(conn, h.case).await?;
        let own = store::prepare::own_questions(conn, h.case, no)
            .await?
            .flatten();
        let asked: Vec<Question> = Question::ALL
            .into_iter()
            .filter(|q| applies(*q, &answers))
            .collect();
        let lines = asked.iter().map(|q| answer_line(*q, &answers)).collect();
        let own = match own {
            Some(text) => Msg::new("prep-own-as-typed").name("text", text),
            None => Msg::new("prep-none"),
        };
        let mut rows: Vec<Vec<Button>> = asked
            .chunks(2)
            .map(|pair| {
                pair.iter()
                    .map(|q| button(Msg::new(q.label_id()), PrepareAction::Change(*q)))
                    .collect()
            })
            .collect();
        rows.push(vec![button(
            Msg::new("prep-button-own-questions"),
            PrepareAction::EditOwn,
        )]);
        rows.push(vec![
            button(Msg::new("prep-button-sharing"), PrepareAction::Sharing),
            button(Msg::new("prep-button-documents"), PrepareAction::Checklist),
        ]);
        if self.prep_holder_agenda(conn, h).await?.is_some() {
            rows.push(vec![button(
                Msg::new("prep-button-agenda"),
                PrepareAction::HolderAgenda,
            )]);
        }
        let msg = Msg::new("prep-review")
            .lines("answers", lines)
            .msg("own", own);
        Ok(Outgoing::new(h.chat, h.lang, msg).buttons(rows))
    }

    /// The notice (what is shared with whom and why), what they share now, and a button per
    /// part to share or to stop sharing.
    pub(in crate::app) async fn prep_sharing_msg(
        &self,
        conn: &mut SqliteConnection,
        h: &Holder,
    ) -> anyhow::Result<Outgoing> {
        let history = store::prepare::consents(conn, h.case).await?;
        let status = |part: Part| {
            if granted(&history, part) {
                Msg::new("prep-shared-yes")
            } else {
                Msg::new("prep-shared-no")
            }
        };
        let toggle = |part: Part, share: &'static str, stop: &'static str| {
            let now = granted(&history, part);
            let label = if now { stop } else { share };
            vec![button(Msg::new(label), PrepareAction::Consent(part, !now))]
        };
        let msg = Msg::new("prep-consent-notice-v2")
            .msg("answers", status(Part::Answers))
            .msg("questions", status(Part::OwnQuestions));
        let rows = vec![
            toggle(
                Part::Answers,
                "prep-button-share-answers",
                "prep-button-stop-answers",
            ),
            toggle(
                Part::OwnQuestions,
                "prep-button-share-questions",
                "prep-button-stop-questions",
            ),
            vec![button(
                Msg::new("prep-button-review"),
                PrepareAction::Review,
            )],
        ];
        Ok(Outgoing::new(h.chat, h.lang, msg).buttons(rows))
    }

    /// The documents to bring: a button per document that ticks or unticks it.
    pub(in crate::app) async fn prep_checklist_msg(
        &self,
        conn: &mut SqliteConnection,
        h: &Holder,
    ) -> anyhow::Result<Outgoing> {
        let no = store::agenda::meeting_no(conn, h.case).await?;
        let ticks = store::prepare::ticks(conn, h.case, no).await?;
        let mut rows = checklist_rows(Party::Holder, &ticks, |item| {
            Action::Prepare(PrepareAction::Tick(item))
        });
        rows.push(vec![button(
            Msg::new("prep-button-review"),
            PrepareAction::Review,
        )]);
        Ok(Outgoing::new(h.chat, h.lang, Msg::new("prep-documents")).buttons(rows))
    }
}

/// A party's papers as buttons, one per row, ticked or not; pressing one asks for `tick`.
pub(in crate::app) fn checklist_rows(
    party: Party,
    ticks: &Ticks,
    tick: impl Fn(Item) -> Action,
) -> Vec<Vec<Button>> {
    Item::of(party)
        .into_iter()
        .map(|item| {
            let mark = if ticks.contains_key(&item) {
                "prep-check-done-button"
            } else {
                "prep-check-open-button"
            };
            vec![Button::new(
                Msg::new(mark).msg("item", Msg::new(item.msg_id())),
                tick(item),
            )]
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use crate::domain::Lang;
    use crate::i18n::I18n;
    use crate::workflow::prepare::checklist::Item;
    use crate::workflow::prepare::questions::Question;

    /// The ids built from the questionnaire's values are not literal message ids in the code, so
    /// the locale test cannot see them: check them here, in every locale.
    #[test]
    fn every_question_answer_and_item_has_words_in_every_locale() {
        let i18n = I18n::load().unwrap();
        let mut ids: Vec<&str> = Vec::new();
        for q in Question::ALL {
            ids.extend([q.ask_id(), q.label_id()]);
            ids.extend(q.choices().into_iter().map(|a| a.msg_id()));
        }
        ids.extend(Item::ALL.map(Item::msg_id));
        for lang in Lang::ALL {
            for id in &ids {
                assert!(i18n.has(lang, id), "{} lacks {id}", lang.id());
            }
        }
    }
}
