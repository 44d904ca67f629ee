//! Checks the fake Bot API against the real teloxide client and dispatcher.

use std::time::Duration;

use teloxide::dispatching::UpdateHandler;
use teloxide::prelude::*;
use teloxide::types::{
    BotCommand, InlineKeyboardButton, InlineKeyboardMarkup, InputFile, MessageEntityKind,
    UpdateKind,
};
use teloxide::{ApiError, RequestError};
use tokio::task::JoinHandle;

use crate::fake_telegram::{ChatTarget, FakeTelegram, Fault};

const PNG: &[u8] = b"\x89PNG\r\n\x1a\n-not-really-a-picture-";

struct Running {
    token: teloxide::dispatching::ShutdownToken,
    task: JoinHandle<()>,
}

fn spawn_dispatcher(fake: &FakeTelegram, handler: UpdateHandler<RequestError>) -> Running {
    let mut dispatcher = Dispatcher::builder(fake.bot(), handler).build();
    let token = dispatcher.shutdown_token();
    let task = tokio::spawn(async move { dispatcher.dispatch().await });
    Running { token, task }
}

impl Running {
    async fn stop(self) {
        for _ in 0..500 {
            if let Ok(done) = self.token.shutdown() {
                done.await;
                self.task.await.expect("dispatcher task");
                return;
            }
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
        panic!("the dispatcher never started");
    }
}

#[tokio::test]
async fn fake_api_records_a_text_reply_from_a_real_dispatcher() {
    async fn echo(bot: Bot, msg: Message) -> ResponseResult<()> {
        let text = msg.text().unwrap_or("(no text)");
        bot.send_message(msg.chat.id, format!("echo: {text}"))
            .await?;
        Ok(())
    }
    let fake = FakeTelegram::start().await;
    let running = spawn_dispatcher(&fake, Update::filter_message().endpoint(echo));
    let alice = fake.user(42, "Alice", Some("nl"));

    fake.send_text(&alice, ChatTarget::Private, "hallo");
    let reply = fake.wait_for_text(42, "echo: hallo").await;
    assert_eq!(reply.method, "sendMessage");
    fake.send_sticker(&alice, ChatTarget::Private);
    fake.wait_for_text(42, "echo: (no text)").await;
    fake.quiet().await;

    assert_eq!(fake.sent_to(42).len(), 2, "{}", fake.dump_chat(42));
    assert_eq!(fake.calls("getMe").len(), 1);
    running.stop().await;
}

#[tokio::test]
async fn fake_api_records_an_answered_callback_query_and_the_edit_it_caused() {
    async fn ask(bot: Bot, msg: Message) -> ResponseResult<()> {
        let keyboard = InlineKeyboardMarkup::new([[InlineKeyboardButton::callback("Ja", "yes")]]);
        bot.send_message(msg.chat.id, "Doorgaan?")
            .reply_markup(keyboard)
            .await?;
        Ok(())
    }
    async fn pressed(bot: Bot, query: CallbackQuery) -> ResponseResult<()> {
        bot.answer_callback_query(query.id.clone())
            .text("OK")
            .await?;
        if let Some(msg) = query.regular_message() {
            let data = query.data.clone().unwrap_or_default();
            bot.edit_message_text(msg.chat.id, msg.id, format!("Gekozen: {data}"))
                .await?;
        }
        Ok(())
    }
    let fake = FakeTelegram::start().await;
    let handler = dptree::entry()
        .branch(Update::filter_message().endpoint(ask))
        .branch(Update::filter_callback_query().endpoint(pressed));
    let running = spawn_dispatcher(&fake, handler);
    let bob = fake.user(7, "Bob", None);
    let group = fake.group(-100, "Driegesprek");

    fake.send_command(&bob, &group, "/start");
    let question = fake.wait_for_text(-100, "Doorgaan?").await;
    assert_eq!(question.buttons(), [("Ja".to_owned(), "yes".to_owned())]);
    let callback = fake.press_button(&bob, &group, question.message_id, "yes");

    assert_eq!(fake.wait_answer_callback(&callback).await["text"], "OK");
    let edit = fake.wait_for(-100, |s| s.method == "editMessageText").await;
    assert_eq!(
        (edit.message_id, edit.text.as_deref()),
        (question.message_id, Some("Gekozen: yes"))
    );
    assert!(edit.buttons().is_empty());
    running.stop().await;
}

#[tokio::test]
async fn fake_api_keeps_the_bytes_and_name_of_an_uploaded_photo() {
    async fn card(bot: Bot, msg: Message) -> ResponseResult<()> {
        let keyboard =
            InlineKeyboardMarkup::new([[InlineKeyboardButton::callback("Nog een", "again")]]);
        let photo = InputFile::memory(PNG).file_name("kaart.png");
        bot.send_photo(msg.chat.id, photo)
            .caption("Uw kaart")
            .reply_markup(keyboard)
            .await?;
        Ok(())
    }
    let fake = FakeTelegram::start().await;
    let running = spawn_dispatcher(&fake, Update::filter_message().endpoint(card));
    let carol = fake.user(9, "Carol", Some("ar"));

    fake.send_photo_msg(&carol, ChatTarget::Private, Some("mijn brief"));
    let sent = fake.wait_for(9, |s| s.method == "sendPhoto").await;

    assert_eq!(sent.file_bytes.as_deref(), Some(PNG));
    assert_eq!(sent.file_name.as_deref(), Some("kaart.png"));
    assert_eq!(sent.text.as_deref(), Some("Uw kaart"));
    assert_eq!(sent.buttons(), [("Nog een".to_owned(), "again".to_owned())]);
    running.stop().await;
}

#[tokio::test]
async fn answers_to_sends_and_edits_parse_as_complete_teloxide_messages() {
    let fake = FakeTelegram::start().await;
    let bot = fake.bot();
    fake.user(3, "Eve", None);
    let chat = ChatId(3);
    let keyboard = InlineKeyboardMarkup::new([[InlineKeyboardButton::callback("A", "a")]]);

    let text = bot
        .send_message(chat, "Hallo")
        .reply_markup(keyboard.clone())
        .await
        .expect("send");
    assert_eq!(text.text(), Some("Hallo"));
    assert!(text.reply_markup().is_some() && text.from.as_ref().is_some_and(|u| u.is_bot));
    let photo = bot
        .send_photo(chat, InputFile::memory(PNG))
        .caption("Foto")
        .await
        .expect("photo");
    assert!(photo.photo().is_some() && photo.caption() == Some("Foto"));
    let pdf = InputFile::memory(b"%PDF-1.4".to_vec()).file_name("brief.pdf");
    let document = bot.send_document(chat, pdf).await.expect("document");
    assert_eq!(
        document.document().and_then(|d| d.file_name.as_deref()),
        Some("brief.pdf")
    );

    let edited = bot
        .edit_message_text(chat, text.id, "Dag")
        .await
        .expect("edit");
    assert_eq!(edited.text(), Some("Dag"));
    assert!(edited.reply_markup().is_none() && edited.edit_date().is_some());
    let again = bot.edit_message_text(chat, text.id, "Dag").await;
    assert!(
        matches!(again, Err(RequestError::Api(ApiError::MessageNotModified))),
        "{again:?}"
    );
    let marked = bot
        .edit_message_reply_markup(chat, text.id)
        .reply_markup(keyboard)
        .await
        .expect("markup");
    assert!(marked.reply_markup().is_some());
    bot.delete_message(chat, text.id).await.expect("delete");

    let commands = [BotCommand::new("start", "Beginnen")];
    bot.set_my_commands(commands.clone())
        .await
        .expect("setMyCommands");
    assert_eq!(
        bot.get_my_commands().await.expect("getMyCommands"),
        commands
    );
    let methods: Vec<_> = fake.sent_to(3).into_iter().map(|s| s.method).collect();
    let expected = [
        "sendMessage",
        "sendPhoto",
        "sendDocument",
        "editMessageText",
        "editMessageReplyMarkup",
        "deleteMessage",
    ];
    assert_eq!(methods, expected);
}

#[tokio::test]
async fn every_scripted_update_parses_as_the_teloxide_type_it_imitates() {
    let fake = FakeTelegram::start().await;
    let bot = fake.bot();
    let dana = fake.user(11, "Dana", Some("so"));
    let group = fake.group(-1_001_234, "Team");
    let question = bot
        .send_message(ChatId(11), "Vraag")
        .await
        .expect("send to the fake");

    fake.send_text(&dana, ChatTarget::Private, "hoi");
    fake.send_command(&dana, &group, "start abc");
    fake.send_text(&dana, &group, "not for the bot, privacy mode drops it");
    fake.reply_to(&dana, ChatTarget::Private, question.id.0, "antwoord");
    fake.press_button(&dana, ChatTarget::Private, question.id.0, "x");
    fake.send_sticker(&dana, ChatTarget::Private);
    fake.send_photo_msg(&dana, ChatTarget::Private, None);
    fake.send_voice(&dana, ChatTarget::Private);
    fake.edit_text(&dana, ChatTarget::Private, 2, "hoi!");
    fake.bot_added_to_group(&dana, &group);
    fake.bot_removed_from_group(&dana, &group, true);

    let updates = bot.get_updates().await.expect("getUpdates");
    let kinds: Vec<String> = updates.iter().map(describe).collect();
    let expected = [
        "text hoi",
        "command /start@driegesprek_test_bot abc",
        "reply to Vraag",
        "callback x on Vraag",
        "sticker",
        "photo",
        "voice",
        "edited hoi!",
        "bot member",
        "new members 1",
        "bot kicked",
    ];
    assert_eq!(kinds, expected);
}

fn describe(update: &Update) -> String {
    match &update.kind {
        UpdateKind::Message(m) if m.reply_to_message().is_some() => {
            format!(
                "reply to {}",
                m.reply_to_message()
                    .and_then(|r| r.text())
                    .unwrap_or_default()
            )
        }
        UpdateKind::Message(m)
            if m.entities()
                .and_then(<[_]>::first)
                .is_some_and(|e| e.kind == MessageEntityKind::BotCommand) =>
        {
            format!("command {}", m.text().unwrap_or_default())
        }
        UpdateKind::Message(m) if m.text().is_some() => {
            format!("text {}", m.text().unwrap_or_default())
        }
        UpdateKind::Message(m) if m.sticker().is_some() => "sticker".into(),
        UpdateKind::Message(m) if m.photo().is_some() => "photo".into(),
        UpdateKind::Message(m) if m.voice().is_some() => "voice".into(),
        UpdateKind::Message(m) if m.new_chat_members().is_some() => {
            format!("new members {}", m.new_chat_members().map_or(0, <[_]>::len))
        }
        UpdateKind::EditedMessage(m) => format!("edited {}", m.text().unwrap_or_default()),
        UpdateKind::CallbackQuery(q) => {
            let on = q
                .regular_message()
                .and_then(|m| m.text())
                .unwrap_or_default();
            format!("callback {} on {on}", q.data.as_deref().unwrap_or_default())
        }
        UpdateKind::MyChatMember(m) if m.new_chat_member.is_member() => "bot member".into(),
        UpdateKind::MyChatMember(m) if m.new_chat_member.is_banned() => "bot kicked".into(),
        other => format!("unexpected {other:?}"),
    }
}

#[tokio::test]
async fn scripted_faults_reach_teloxide_as_the_matching_errors() {
    let fake = FakeTelegram::start().await;
    let bot = fake.bot();
    fake.fail_next("sendMessage", 5, Fault::Blocked);
    fake.fail_next("sendMessage", 5, Fault::TooManyRequests { retry_after: 3 });
    fake.fail_next("sendMessage", 5, Fault::DropConnection);

    let blocked = bot.send_message(ChatId(5), "a").await;
    assert!(
        matches!(blocked, Err(RequestError::Api(ApiError::BotBlocked))),
        "{blocked:?}"
    );
    let limited = bot.send_message(ChatId(5), "b").await;
    assert!(
        matches!(&limited, Err(RequestError::RetryAfter(s)) if s.seconds() == 3),
        "{limited:?}"
    );
    let dropped = bot.send_message(ChatId(5), "c").await;
    assert!(
        matches!(dropped, Err(RequestError::Network(_))),
        "{dropped:?}"
    );
    let unknown = bot
        .send_chat_action(ChatId(5), teloxide::types::ChatAction::Typing)
        .await;
    assert!(unknown.is_err());

    bot.send_message(ChatId(5), "d")
        .await
        .expect("the fourth send succeeds");
    let texts: Vec<_> = fake.sent_to(5).into_iter().filter_map(|s| s.text).collect();
    assert_eq!(texts, ["d"]);
    assert_eq!(
        fake.all_request_log().len(),
        5,
        "{:#?}",
        fake.all_request_log()
    );
}

#[tokio::test]
async fn the_emulator_refuses_what_telegram_refuses_and_answers_chat_lookups() {
    let fake = FakeTelegram::start().await;
    let bot = fake.bot();
    let alice = fake.user(42, "Alice", Some("nl"));
    let group = fake.group(-100_555, "Team");

    let too_much =
        InlineKeyboardMarkup::new([[InlineKeyboardButton::callback("Ja", "x".repeat(65))]]);
    let refused = bot
        .send_message(ChatId(42), "Doorgaan?")
        .reply_markup(too_much)
        .await;
    assert!(
        matches!(refused, Err(RequestError::Api(ApiError::ButtonDataInvalid))),
        "{refused:?}"
    );
    let refused = bot.send_message(ChatId(42), "é".repeat(4097)).await;
    assert!(
        matches!(refused, Err(RequestError::Api(ApiError::MessageIsTooLong))),
        "{refused:?}"
    );
    let sent = bot.send_message(ChatId(42), "Hallo").await.expect("sent");
    let same = bot.edit_message_text(ChatId(42), sent.id, "Hallo").await;
    assert!(
        matches!(same, Err(RequestError::Api(ApiError::MessageNotModified))),
        "{same:?}"
    );

    let chat = bot.get_chat(ChatId(group.id)).await.expect("getChat");
    assert_eq!(chat.title(), Some("Team"));
    let member = bot
        .get_chat_member(ChatId(group.id), UserId(42))
        .await
        .expect("getChatMember");
    assert!(member.is_present());

    // A negative offset keeps only the last updates, as Telegram does.
    for text in ["een", "twee", "drie"] {
        fake.send_text(&alice, ChatTarget::Private, text);
    }
    let last = bot.get_updates().offset(-1).await.expect("getUpdates");
    assert_eq!(last.len(), 1);
    let UpdateKind::Message(message) = &last[0].kind else {
        panic!("{:?}", last[0].kind);
    };
    assert_eq!(message.text(), Some("drie"));
}
