# The handover plan and agreements (issue 3).

plan-pick-case = پلانی کام دۆسیە دەتەوێت ببینیت؟
button-plan-case = دۆسیە { $case }
plan-holder-cannot-change = ناتوانیت ئەمە بگۆڕیت. ڕێنماکەرەکەت ئەوە دەکات.
plan-gemeente-only = ئەمە شارەوانی دەیکات. هیچ شتێک نەگۆڕا.
plan-case-closed = ئەم دۆسیەیە داخراوە. هیچ شتێک نەگۆڕا.
plan-not-yours = ئەم خاڵە هی لایەنێکی ترە. هیچ شتێک نەگۆڕا.
plan-edit-conflict = کەسێکی تر ئێستا ئەم خاڵەی گۆڕی. هیچ شتێک ون نەبوو. بۆ بینینی پلان /plan بنووسە.
plan-option = { $option ->
        [fast_start] 1 · دەستپێکی خێرا
        [combined] 2 · ڕێگای تێکەڵ
       *[after_housing] 3 · دەستپێک دوای خانوو
    }
plan-option-none = هێشتا ڕێگا نییە
plan-choose-option =
    ڕێگا بۆ دۆسیە هەڵبژێرە { $reference }:
    1 · دەستپێکی خێرا: ڕێڕەوی تێکەڵبوون لە کەمپی پەنابەران azc دەست پێدەکات.
    2 · ڕێگای تێکەڵ: چاوپێکەوتنی گشتگیر لە azc، ڕێڕەو دوای گواستنەوە.
    3 · دەستپێک دوای خانوو: هەموو شتێک دوای گواستنەوە دەست پێدەکات.
plan-option-unchanged = ئەم ڕێگایە پێشتر هەڵبژێردراوە.
plan-option-chosen = دۆسیە { $reference }: ڕێگای هەڵبژێردراو { $option }. ڕەشنووسی پلان ئامادەیە.
plan-option-holder = { $option ->
        [fast_start] تێکەڵبوونت ئێستا دەست پێدەکات، کاتێک هێشتا لە کەمپی پەنابەران azc دەژیت. شارەوانی وانەکانت ڕێک دەخات. تۆ بەشداری لە بەرنامەی COA ناکەیت.
        [combined] شارەوانی لەگەڵت قسە دەکات کاتێک هێشتا لە کەمپی پەنابەران azc یت: چاوپێکەوتنی گشتگیر. وانەکانت دوای گواستنەوە دەست پێدەکەن. تا ئەو کاتە دەتوانیت بەشداری لە بەرنامەی COA بکەیت.
       *[after_housing] هەموو شتێک لەگەڵ شارەوانی دوای چوونت بۆ خانووی نوێ دەست پێدەکات. تا ئەو کاتە دەتوانیت بەشداری لە بەرنامەی COA بکەیت.
    }
plan-ask-programme =
    { $explanation }

    دەتەوێت بەشداری لە بەرنامەی COA بکەیت (وانەی هۆڵەندی، زانیاری دەربارەی هۆڵەندا)؟
button-plan-yes = ✅ بەڵێ
button-plan-no = ✖️ نەخێر
plan-programme = { $value ->
        [will_not] بەشداری ناکات (دەستپێکی خێرا)
        [agrees] بەشداری دەکات
        [declines] بەشداری ناکات
       *[asked] هێشتا وەڵام نییە
    }
plan-programme-thanks = سوپاس. بەرنامەی COA: { $value }.
plan-programme-staff = { $name } (دۆسیە { $reference }), بەرنامەی COA: { $value }.
plan-free-text = { $text } (وەرنەگێڕدراوە)
plan-kind = { $kind ->
        [introduction] ناسین و هەڵبژاردنی ڕێڕەو
        [programme_alignment] گونجاندن لەگەڵ بەرنامەی COA
        [broad_intake] دەستپێکی چاوپێکەوتنی گشتگیر
        [client_profile] ڕادەستکردنی پرۆفایلی بەکارهێنەر
        [handover_conversation] گفتوگۆی ڕادەستکردن
        [documents] هێنانی بەڵگەنامەکان
        [profile_update] COA پرۆفایلی بەکارهێنەر نوێ دەکاتەوە
        [interpreter] ڕێکخستنی وەرگێڕ
        [next_contact] پەیوەندی داهاتوو
        [intake_date] ڕێکەوت و شوێنی چاوپێکەوتنی گشتگیر
        [pip_date] ڕێکەوتی PIP
       *[free] ڕێککەوتن
    }
plan-owner = { $owner ->
        [coa] COA
        [gemeente] شارەوانی
       *[holder] خاوەن مۆڵەتی نیشتەجێبوون
    }
plan-due-waits = چاوەڕێی ڕێکەوتی خانوو
plan-item = { $status ->
        [done] ✅
        [cancelled] ✖️
        [late] ⚠️
       *[planned] ▫️
    } { $what } · { plan-owner } · { $due }{ $status ->
        [late] {" "}(دواکەوتوو)
       *[other] {""}
    }
plan-item-at = { $item } · { $place ->
        [azc] کەمپی پەنابەران azc
       *[gemeente] شارەوانی
    }
plan-none = هێشتا پلان نییە.
button-plan-options = 🧭 هەڵبژاردنی ڕێگا
plan-view =
    📋 پلان { $reference } (وەشان { $version })
    ڕێگا: { $option }
    بەرنامەی COA: { $programme }

    { $items }

    { $confirmed }
button-plan-done = ✅ تەواو: { $what }
button-plan-add = ➕ ڕێککەوتن
button-plan-send = 📨 ناردن بۆ هەمووان
button-plan-housing = 🏠 ڕێکەوتی خانوو
plan-who-staff = { $name } ({ $party ->
        [coa] COA
       *[gemeente] شارەوانی
    })
plan-who-holder = { $name }
plan-confirmed-line = { $current ->
        [yes] ✅
       *[no] ⏳
    } { $who }: ڕازییە بە وەشانی { $version }, { $at }
plan-unconfirmed-line = ⏳ { $who }: هێشتا پشتڕاستی نەکردووەتەوە
plan-next = { $what }, { $due }
plan-next-none = چیتر هیچ پلان نەکراوە
plan-case-line = • { $reference } – { $name }: { $option }. داهاتوو: { $next }. دواکەوتوو: { $late }. پشتڕاست نەکراوە: { $unconfirmed }.
plan-case-overview =
    دۆسیەکانت:
    { $cases }
plan-due-before-matching = ئەم ڕێکەوتە پێش بەستنەوە بە شارەوانی یە. ڕێکەوتێکی دواتر هەڵبژێرە.
plan-due-in-past = ئەم ڕێکەوتە تێپەڕیوە. ڕێکەوتێک لە ئەمڕۆوە هەڵبژێرە.
plan-due-after-term = ئەم ڕێکەوتە دوای کۆتایی ماوەی تێکەڵبوونە (سێ ساڵ). ڕێکەوتێکی زووتر هەڵبژێرە.
plan-ask-kind = کام ڕێککەوتن زیاد دەکەیت؟
button-plan-free = ✏️ دەقی خۆت
plan-ask-free = ڕێککەوتنەکە لە یەک دێڕدا بنووسە.
plan-free-bad = یەک دێڕ بە زۆرترین { $max } پیت بەکاربهێنە.
plan-ask-owner = کێ دەیکات؟
plan-ask-due = تا کەی دەبێت تەواو بێت؟ دوگمەیەک دابگرە، یان بە ڕێکەوتێک وەڵام بدەوە (dd-mm-yyyy).
button-plan-in-days = لە { $days } ڕۆژدا
plan-agreement-added = دۆسیە { $reference }: ڕێککەوتن زیادکرا: { $what } · { plan-owner } · { $due }.
plan-item-done = دۆسیە { $reference }: تەواو: { $what }.
plan-sent = پلانی دۆسیەی { $reference } (وەشانی { $version }) بۆ هەمووان نێردرا.
button-plan-agree = 👍 ڕازیم
button-plan-question = ❓ پرسیارم هەیە
plan-outdated = ئەمە وەشانێکی کۆنی پلانە. وەشانێکی نوێ هەیە ({ $version }). بۆ بینینی /plan بنووسە.
plan-thanks = سوپاس. تۆ ڕازیت بە وەشانی { $version }ی پلان.
plan-confirmed-staff = { $who } ڕازییە بە وەشانی { $version }ی پلان (دۆسیە { $reference }).
plan-ask-question = پرسیارەکەت بنووسە. دەینێرین بۆ ڕێنماکەرەکانت.
plan-question-staff = پرسیاری { $who } دەربارەی پلان (دۆسیە { $reference }): { $text } (وەرنەگێڕدراوە)
plan-question-sent = پرسیارەکەت نێردرا. ڕێنماکەرەکەت وەڵام دەداتەوە.
plan-ask-housing = ڕێکەوتی نوێی چاوەڕوانکراوی خانوو چییە؟ بە ڕێکەوتێک وەڵام بدەوە (dd-mm-yyyy).
plan-change-line = • { $what }: { $old } → { $new }
plan-housing-moved =
    🏠 ڕێکەوتی نوێی خانوو ({ $reference }): { $date }.
    چی بەهۆیەوە دەگۆڕێت:
    { $changes }
plan-long-wait-holder = ماوەیەکە بێدەنگە. شتێک گۆڕاوە؟ بە ڕێنماکەرەکەت بڵێ، یان بۆ بینینی پلان /plan بنووسە.
plan-long-wait-staff = دۆسیە { $reference }: ٣٠ ڕۆژ هیچ چالاکی نییە. پلان هێشتا ڕاستە؟ /plan بنووسە.
plan-due-soon = ⏰ سبەی ({ $reference }): { $what }, { $due }.
plan-overdue = ⚠️ دواکەوتوو ({ $reference }): { $what }, { $due }.
