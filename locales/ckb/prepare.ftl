# Preparing a meeting: questionnaire, consent, checklists (issue 6).
# The questions are read by status holders: plain words, one question per message.

prep-step = ({ $n }/{ $total }) { $question }
prep-ask-education = 🎓 کام قوتابخانەتان تەواو کردووە؟
prep-ask-work-years = 💼 چەند ساڵ کارتان کردووە؟
prep-ask-work-field = 🛠️ لە چ جۆرە کارێکدا؟
prep-ask-dutch = 🇳🇱 چەند ماوەیە وانەی زمانی هۆڵەندی دەخوێنن؟
prep-ask-goal = 🎯 زیاتر لە هەموو شتێک چیتان دەوێت؟
prep-ask-household = 🏠 لەگەڵ کێ دەژین؟
prep-ask-reunification = 👪 چاوەڕێی خێزانەکەتان دەکەن کە بێنە هۆڵەندا؟
prep-ask-health = 🩺 شتێک هەیە دەربارەی تەندروستی یان چاودێرییەکەتان کە بتانەوێت قسەی لەسەر بکەن؟ مەینووسن کە چییە.
prep-ask-moment = 🕐 باشترین کات بۆ پەیوەندی کردن پێتانەوە کەیە؟
prep-ask-channel = 📱 باشترین ڕێگا بۆ پەیوەندی کردن پێتانەوە چییە؟
prep-ask-interpreter = 🌍 وەرگێڕتان دەوێت لە دیدارەکەدا؟
prep-ask-without-partner = 🗣️ دەتانەوێت هەروەها بەبێ ئامادەبوونی هاوسەرەکەتان قسە بکەن؟
prep-ask-own-questions = ❓ پرسیارتان هەیە بۆ دیدارەکە؟ لێرە بیاننووسن. یان «تێپەڕاندن» دابگرن.
prep-own-saved = ✅ پرسیارەکانتان پاشەکەوت کران.

prep-label-education = 🎓 قوتابخانە
prep-label-work-years = 💼 ساڵانی کار
prep-label-work-field = 🛠️ جۆری کار
prep-label-dutch = 🇳🇱 وانەی هۆڵەندی
prep-label-goal = 🎯 ئارەزوو
prep-label-household = 🏠 خێزان
prep-label-reunification = 👪 خێزانی چاوەڕوانکراو
prep-label-health = 🩺 قسە لەسەر تەندروستی یان چاودێری
prep-label-moment = 🕐 باشترین کات
prep-label-channel = 📱 باشترین ڕێگا
prep-label-interpreter = 🌍 وەرگێڕی دەوێت
prep-label-without-partner = 🗣️ قسەکردن بەبێ هاوسەریش

prep-edu-none = قوتابخانەم نەخوێندووە
prep-edu-primary = قوتابخانەی سەرەتایی
prep-edu-secondary = قوتابخانەی ناوەندی یان ئامادەیی
prep-edu-vocational = ڕاهێنانی پیشەیی
prep-edu-university = پەیمانگا یان زانکۆ
prep-years-none = هەرگیز کارم نەکردووە
prep-years-few = ١ یان ٢ ساڵ
prep-years-some = ٣ بۆ ٥ ساڵ
prep-years-many = زیاتر لە ٥ ساڵ
prep-field-building = 🔧 بیناسازی یان تەکنیک
prep-field-care = 🤲 چاودێری
prep-field-food = 🍽️ چێشتخانە یان خواردن
prep-field-transport = 🚚 گواستنەوە
prep-field-farming = 🌾 کشتوکاڵ
prep-field-shop = 🛒 دوکان یان بازرگانی
prep-field-office = 💻 نووسینگە یان کۆمپیوتەر
prep-field-other = کاری تر
prep-dutch-none = هێشتا وانەم نەبووە
prep-dutch-short = کەمتر لە ٣ مانگ
prep-dutch-year = ٣ بۆ ١٢ مانگ
prep-dutch-long = زیاتر لە ساڵێک
prep-goal-work = 💼 کارکردن
prep-goal-study = 📚 خوێندن
prep-goal-both = کار و خوێندن
prep-goal-unsure = هێشتا نازانم
prep-house-alone = بە تەنیا
prep-house-partner = لەگەڵ هاوسەر
prep-house-children = لەگەڵ منداڵ
prep-house-family = لەگەڵ هاوسەر و منداڵ
prep-yes = ✅ بەڵێ
prep-no = ❌ نەخێر
prep-rather-not-say = پێم باشترە نەیڵێم
prep-moment-morning = 🌅 بەیانی
prep-moment-afternoon = ☀️ دوای نیوەڕۆ
prep-moment-evening = 🌙 ئێوارە
prep-channel-message = 💬 نامە
prep-channel-call = 📞 تەلەفۆن
prep-channel-either = گرنگ نییە
prep-interp-own = بەڵێ، بە زمانی خۆم
prep-interp-other = بەڵێ، بە زمانێکی تر
prep-interp-no = نەخێر، هۆڵەندی بە ئەندازەی پێویست باش دەزانم
prep-interp-unsure = نازانم
prep-ask-interpreter-language = 🌍 وەرگێڕتان بە زمانێکی تر دەوێت. بە چ زمانێک؟
prep-label-interpreter-language = 🌍 زمانی وەرگێڕ

prep-button-skip = ⏭️ تێپەڕاندن
prep-skipped = تێپەڕێنرا
prep-not-answered = هێشتا وەڵام نەدراوەتەوە
prep-none = —
prep-line = { $label }: { $value }
prep-list = { $lines }
prep-own-as-typed = { $text } (وەرنەگێڕدراوە)
prep-review =
    📋 وەڵامەکانتان
    { $answers }
    ❓ پرسیارەکانتان: { $own }

    دوگمەیەک دابگرن بۆ گۆڕینی شتێک.
prep-button-own-questions = ❓ پرسیارەکانم
prep-button-sharing = 🔒 ئەوەی هاوبەشی دەکەم
prep-button-documents = 🎒 بەڵگەنامەکان
prep-button-review = 📋 وەڵامەکانم

prep-consent-notice-v2 =
    🔒 کێ وەڵامەکانتان دەبینێت؟
    بەرپرسەکەتان لە COA و لە شارەوانی. بەم شێوەیە دەتوانن باش خۆیان ئامادە بکەن بۆ دیدارەکە لەگەڵتان.
    خۆتان هەڵدەبژێرن. دەتوانن هیچ شتێکیش هاوبەش نەکەن.
    دواتر هەمیشە دەتوانن ئەمە بەم دوگمانە بگۆڕن.

    📋 وەڵامەکانتان: { $answers }
    ❓ پرسیارەکانتان: { $questions }
prep-shared-yes = ✅ هاوبەش کراوە
prep-shared-no = 🚫 هاوبەش نەکراوە
prep-button-share-answers = ✅ وەڵامەکانم هاوبەش بکە
prep-button-stop-answers = 🚫 هاوبەشکردنی وەڵامەکانم بوەستێنە
prep-button-share-questions = ✅ پرسیارەکانم هاوبەش بکە
prep-button-stop-questions = 🚫 هاوبەشکردنی پرسیارەکانم بوەستێنە

prep-documents =
    🎒 ئەم بەڵگەنامانە بهێنن بۆ دیدارەکە.
    کاتێک بەڵگەنامەیەک ئامادەیە، دایبگرن.
prep-check-done-button = ✅ { $item }
prep-check-open-button = ⬜ { $item }
prep-item-permit = 🪪 مۆڵەتی نیشتەجێبوون
prep-item-bsn = ✉️ ئەو نامەیەی ژمارەی BSN ی تێدایە
prep-item-diplomas = 🎓 بڕوانامەکان
prep-item-cv = 📄 CV (ژیاننامە)
prep-item-profile = پرۆفایلی بەکارهێنەر ڕادەست کرا
prep-item-programme = بەرنامەی بەشداربوو ڕاگەیەنرا
prep-item-need-to-know = ئەوەی شارەوانی دەبێت پێشتر بیزانێت ڕاگەیەنرا
prep-item-options = بژاردەکان ڕوون کرانەوە
prep-item-intake = چاوپێکەوتنی گشتگیر پلان کرا
prep-item-contact = بەرپرسەکە دیاری کرا

prep-holder-only = ئەم پرسیارانە بۆ خاوەن مۆڵەتی نیشتەجێبوونن.
prep-holder-not-ready = سەرەتا زمانەکەتان هەڵبژێرن و ڕوونکردنەوەکە بخوێننەوە. /menu بنووسن.
prep-cases = 📋 ئامادەکاری: دۆسیەیەک هەڵبژێرن.
prep-case-button = { $reference } · { $name }
prep-button-refresh = 🔄 نوێکردنەوە
prep-staff-not-shared = 🔒 خاوەن مۆڵەت هاوبەشی نەکردووە
prep-staff-overview =
    📋 ئامادەکاری { $reference } ({ $name })

    پرسیارنامە:
    { $answers }

    هێشتا وەڵام نەدراوەتەوە:
    { $missing }

    پرسیارەکانی خۆی:
    { $own }

    لیستی پشکنین:
    { $checklist }
prep-party-holder = خاوەن مۆڵەت
prep-party-coa = COA
prep-party-gemeente = شارەوانی
prep-check-party =
    { $party }:
    { $items }
prep-check-done = ✅ { $item } ({ $at })
prep-check-open = ⬜ { $item }
prep-reminder-staff =
    ⏰ دیدارەکە لە { $start } دایە. دۆخی ئامادەکاری:

    { $overview }
prep-reminder-holder =
    ⏰ دیدارەکەتان لە { $start } دایە. ئەم بەڵگەنامانە بهێنن:
    { $items }
    بۆ نیشانەکردنیان /prepare بنووسن.
prep-agenda-with =
    { $message }

    📋 ئەوەی باسی دەکەین:
    { $items }
prep-agenda-item = { $n }. { $what }

# Shown to staff beside an answer given or changed after the meeting took place.
prep-answer-late = { $line } (دوای دیدارەکە پڕکرایەوە)
prep-own-no-numbers = لێرە ژمارەی BSN یان V-nummer مەنووسن. ئێمە هەڵی ناگرین. پرسیارەکانتان بەبێ ئەو ژمارەیە بنووسن.

## The agenda per meeting (staff reorder and extend it) and which meeting is being prepared.
# Staff overview: the meeting this preparation is for. $when is prep-agenda-when,
# prep-agenda-no-time or prep-meeting-not-planned.
prep-staff-for-meeting =
    { $overview }

    🗓 ئەمە ئامادەکارییە بۆ دیداری { $number } { $when }.
prep-agenda-when = لە { $at }
prep-agenda-no-time = (هێشتا کات دیاری نەکراوە)
prep-meeting-not-planned = (هێشتا ڕێک نەخراوە)
prep-agenda-button = 🗒 ئەجێندا
prep-agenda-editor =
    🗒 ئەجێندای دیداری { $number } { $when }، دۆسیەی { $reference } ({ $name }):
    { $items }

    خاڵێک بە ⬆️ یان ⬇️ بجوڵێنن. خاڵەکانی خۆتان بە ✖️ لابەن. کاتێک ئەجێنداکە ئامادە بوو، بۆ هەمووانی بنێرن.
prep-agenda-up-button = ⬆️ { $n }
prep-agenda-down-button = ⬇️ { $n }
prep-agenda-remove-button = ✖️ { $n }
prep-agenda-add-button = ➕ زیادکردنی خاڵ
prep-agenda-send-button = 📨 ناردن بۆ هەر سێ لایەن
prep-agenda-back-button = ⬅️ ئامادەکاری
prep-agenda-ask-point = خاڵە نوێیەکە لە یەک دێڕدا بنووسن، لانی زۆر { $max } پیت. وەرناگێڕدرێت: بە هۆڵەندییەکی سادە بنووسن، وەرگێڕ بە دەنگی بەرز دەیخوێنێتەوە.
prep-agenda-no-numbers = لە ئەجێنداکەدا ژمارەی BSN یان V-nummer مەنووسن. خاڵەکە بەبێ ئەو ژمارەیە بنووسن.
prep-agenda-full = ئەجێنداکە ئێستا { $max } خاڵی تێدایە. سەرەتا یەکێک لە خاڵەکانی خۆتان لابەن.
prep-agenda-empty = ئەجێنداکە هێشتا بەتاڵە. سەرەتا خاڵێک زیاد بکەن.
prep-agenda-meeting-over = ئەم دیدارە تەواو بووە یان هەڵوەشاوەتەوە. ئەجێنداکەی چیتر ناگۆڕێت.
prep-agenda-sent =
    { $count ->
        [0] کەسی تر نییە ئەجێنداکەی بۆ بنێردرێت.
        [one] ئەجێنداکە بۆ { $count } چات نێردرا.
       *[other] ئەجێنداکە بۆ { $count } چات نێردرا.
    }
# To all three, the status holder in their language: the agenda after staff changed it.
prep-agenda-updated =
    🗒 لە دیدارەکەدا { $when } باسی ئەمانە دەکەین:
    { $items }
# Status holder: a button on their overview that shows the agenda of their next meeting.
prep-button-agenda = 🗒 باسی چی دەکەین
