# Reminders (issue 5).

# A reminder sent later than planned (the server was down): the marker above the reminder.
reminder-late = ⏰ Planlanandan geç:
    { $message }

# To staff: reminders to a chat of the case stopped because the chat cannot be reached anymore.
reminder-chat-unreachable = { $kind ->
        [holder] ⚠️ Dosya { $case }: bot artık { $name } kişisine mesaj gönderemiyor (sohbet engellendi veya silindi). Bu sohbete hatırlatmalar durduruldu. Lütfen başka bir yolla iletişime geçin.
        [staff] ⚠️ Dosya { $case }: bot artık meslektaşınız { $name } kişisine mesaj gönderemiyor (sohbet engellendi veya silindi). Bu sohbete hatırlatmalar durduruldu.
       *[group] ⚠️ Dosya { $case }: bot artık bir ekip grubuna ulaşamıyor (silindi veya bot çıkarıldı). Bu gruba hatırlatmalar durduruldu.
    }
