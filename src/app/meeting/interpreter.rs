//! Scheduling a meeting, the interpreter question (issue 4): yes in the status holder's
//! language, no, or another language picked from the thirteen the bot speaks (shown by their own
//! names, like the holder's language picker). The chosen language is saved on the meeting by
//! `propose`, so the confirmation, reminders and the booking agreement all name it. When the
//! status holder shares their preparation answers, their own interpreter wish is shown with the
//! question, with the language they named for "another language", which is then offered first.

use crate::app::Action;
use crate::app::common::error::{AppResult, ensure};
use crate::app::{App, Button, Ctx, Reply};
use crate::app::{MeetingAction as A, meeting::mbutton};
use crate::domain::{CaseId, Lang};
use crate::i18n::Msg;
use crate::store;
use crate::workflow::meeting::Draft;
use crate::workflow::prepare::consent::{Prepared, Shown, visible_to_staff};
use crate::workflow::prepare::questions::Answer;

/// The status holder's own answer to "do you want an interpreter?" (issue 6) and the language
/// they named after "another language", only when they share their answers with staff: the
/// proposer sees it beside the interpreter question.
async fn shared_interpreter_wish(
    conn: &mut sqlx::SqliteConnection,
    case: CaseId,
) -> anyhow::Result<Option<(Answer, Option<Lang>)>> {
    let prepared = Prepared {
        answers: store::prepare::answers(conn, case).await?,
        own_questions: None,
    };
    let history = store::prepare::consents(conn, case).await?;
    let Shown::Shared(given) = visible_to_staff(&prepared, &history).answers else {
        return Ok(None);
    };
    let language = given.iter().find_map(|a| a.language());
    Ok(given
        .into_iter()
        .find(|a| matches!(a, Answer::Interpreter(_)))
        .map(|wish| (wish, language)))
}

/// "Yes, in another language: Arabic", or the wish alone.
fn wish_text(wish: Answer, language: Option<Lang>) -> Msg {
    let said = Msg::new(wish.msg_id());
    match language {
        Some(l) => Msg::new("meeting-interpreter-wish-language")
            .msg("wish", said)
            .lang("language", l),
        None => said,
    }
}

impl App {
    /// Interpreter yes/no/another language, pre-filled with the status holder's language.
    pub(in crate::app) async fn interpreter_question(
        &self,
        ctx: &Ctx<'_>,
        draft: &Draft,
    ) -> anyhow::Result<Reply> {
        let mut conn = self.pool.acquire().await?;
        let lang = self.holder_lang(&mut conn, draft.case).await?;
        let mut ask = Msg::new("meeting-ask-interpreter").lang("language", lang);
        let mut rows = Vec::new();
        if let Some((wish, wished)) = shared_interpreter_wish(&mut conn, draft.case).await? {
            ask = Msg::new("meeting-ask-interpreter-wish")
                .msg("ask", ask)
                .msg("wish", wish_text(wish, wished));
            // The language they named, first, unless it is theirs (the next button is).
            if let Some(l) = wished.filter(|l| *l != lang) {
                rows.push(vec![mbutton(
                    Msg::new("meeting-button-interpreter-yes").lang("language", l),
                    A::InterpreterIn(l),
                )]);
            }
        }
        rows.extend([
            vec![
                mbutton(
                    Msg::new("meeting-button-interpreter-yes").lang("language", lang),
                    A::Interpreter(true),
                ),
                mbutton(
                    Msg::new("meeting-button-interpreter-no"),
                    A::Interpreter(false),
                ),
            ],
            vec![mbutton(
                Msg::new("meeting-button-interpreter-other"),
                A::InterpreterOther,
            )],
            vec![mbutton(Msg::new("button-cancel"), A::Abort)],
        ]);
        Ok(Reply::one(ctx.out(ask).buttons(rows)))
    }

    /// The thirteen languages for the interpreter; only offered once the place is known, so an
    /// old button of an earlier step cannot skip the form.
    pub(in crate::app) fn interpreter_languages(
        &self,
        ctx: &Ctx<'_>,
        draft: &Draft,
    ) -> AppResult<Reply> {
        ensure(draft.place.is_some(), Msg::new("error-button-stale"))?;
        let mut rows = Button::languages(|l| Action::Meeting(A::InterpreterIn(l)));
        rows.push(vec![mbutton(Msg::new("button-cancel"), A::Abort)]);
        Ok(Reply::one(
            ctx.out(Msg::new("meeting-ask-interpreter-language"))
                .buttons(rows),
        )
        .answered())
    }
}
