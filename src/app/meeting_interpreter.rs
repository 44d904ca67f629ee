//! Scheduling a meeting, the interpreter question (issue 4): yes in the status holder's
//! language, no, or another language picked from the twelve the bot speaks (shown by their own
//! names, like the holder's language picker). The chosen language is saved on the meeting by
//! `propose`, so the confirmation, reminders and the booking agreement all name it.

use super::io::{Action, Label};
use super::meeting::{MeetingAction as A, mbutton};
use super::{App, Button, Ctx, Reply};
use crate::domain::Lang;
use crate::i18n::Msg;
use crate::workflow::meeting::Draft;

impl App {
    /// Interpreter yes/no/another language, pre-filled with the status holder's language.
    pub(super) async fn interpreter_question(
        &self,
        ctx: &Ctx<'_>,
        draft: &Draft,
    ) -> anyhow::Result<Reply> {
        let mut conn = self.pool.acquire().await?;
        let lang = self.holder_lang(&mut conn, draft.case).await?;
        Ok(Reply::one(
            ctx.out(Msg::new("meeting-ask-interpreter").lang("language", lang))
                .buttons(vec![
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
                ]),
        ))
    }

    /// The twelve languages for the interpreter; only offered once the place is known, so an
    /// old button of an earlier step cannot skip the form.
    pub(super) fn interpreter_languages(&self, ctx: &Ctx<'_>, draft: &Draft) -> Reply {
        if draft.place.is_none() {
            return ctx.notice(Msg::new("error-button-stale"));
        }
        let mut rows = language_rows();
        rows.push(vec![mbutton(Msg::new("button-cancel"), A::Abort)]);
        Reply::one(
            ctx.out(Msg::new("meeting-ask-interpreter-language"))
                .buttons(rows),
        )
        .answered()
    }
}

fn language_rows() -> Vec<Vec<Button>> {
    Lang::ALL
        .chunks(2)
        .map(|pair| {
            pair.iter()
                .map(|l| Button {
                    label: Label::Native(*l),
                    action: Action::Meeting(A::InterpreterIn(*l)),
                })
                .collect()
        })
        .collect()
}
