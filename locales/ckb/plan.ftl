# The handover plan and agreements (issue 3).

plan-pick-case = پلانی کام دۆسیە دەتەوێت ببینیت؟
button-plan-case = دۆسیە { $reference } · { $name }
plan-holder-cannot-change = ناتوانن ئەمە بگۆڕن. بەرپرسەکەتان ئەوە دەکات.
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
        [fast_start] تێکەڵبوونتان ئێستا دەست پێدەکات، کاتێک هێشتا لە کەمپی پەنابەران (azc) دەژین. شارەوانی وانەکانتان ڕێک دەخات. ئێوە بەشداری لە بەرنامەی COA ناکەن.
        [combined] کاتێک هێشتا لە کەمپی پەنابەران (azc) دەژین، شارەوانی لەگەڵتان قسە دەکات: چاوپێکەوتنی گشتگیر (brede intake). وانەکانتان دوای گواستنەوە دەست پێدەکەن. تا ئەو کاتە دەتوانن بەشداری لە بەرنامەی COA بکەن.
       *[after_housing] هەموو شتێک لەگەڵ شارەوانی دوای چوونتان بۆ ماڵی نوێ دەست پێدەکات. تا ئەو کاتە دەتوانن بەشداری لە بەرنامەی COA بکەن.
    }
plan-ask-programme =
    { $explanation }

    دەتانەوێت بەشداری لە بەرنامەی COA بکەن (وانەی زمانی هۆڵەندی، زانیاری دەربارەی هۆڵەندا)؟
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
plan-outdated = ئەمە وەشانێکی کۆنی پلانە. وەشانێکی نوێ هەیە ({ $version }). بۆ بینینی /plan بنووسن.
plan-thanks = سوپاس. ئێوە ڕازین بە وەشانی { $version }ی پلانەکە.
plan-confirmed-staff = { $who } ڕازییە بە وەشانی { $version }ی پلان (دۆسیە { $reference }).
plan-ask-question = پرسیارەکەتان بنووسن. دەینێرین بۆ بەرپرسەکانتان.
plan-question-staff = پرسیاری { $who } دەربارەی پلان (دۆسیە { $reference }): { $text } (وەرنەگێڕدراوە)
plan-question-sent = پرسیارەکەتان نێردرا. بەرپرسەکەتان وەڵامتان دەداتەوە.
plan-ask-housing = ڕێکەوتی نوێی چاوەڕوانکراوی خانوو چییە؟ بە ڕێکەوتێک وەڵام بدەوە (dd-mm-yyyy).
plan-change-line = • { $what }: { $old } → { $new }
plan-housing-moved =
    🏠 ڕێکەوتی نوێی خانوو ({ $reference }): { $date }.
    چی بەهۆیەوە دەگۆڕێت:
    { $changes }
plan-long-wait-holder = ماوەیەکە بێدەنگە. شتێک گۆڕاوە؟ بە بەرپرسەکەتان بڵێن، یان بۆ بینینی پلان /plan بنووسن.
plan-due-soon = ⏰ سبەی ({ $reference }): { $what }, { $due }.
plan-overdue = ⚠️ دواکەوتوو ({ $reference }): { $what }, { $due }.

# The summary document for the case file (issue 3).
button-plan-summary = 📄 پوختە
plan-summary-caption = پوختەی پلانی دۆسیەی { $reference } بۆ ئەرشیف، بە هۆڵەندی و بە زمانی کڕیار. فایلەکە لە وێبگەڕدا بکەرەوە؛ دەتوانیت وەک PDF چاپی بکەیت.
plan-summary-title = پلانی گواستنەوە { $reference }
plan-summary-note = ئەو دەقەی کارمەندێک نووسیویەتی وەک خۆی پیشان دەدرێت و وەرنەگێڕدراوە.
plan-summary-empty = هیچ.
plan-summary-value = { $value }
plan-summary-at = { $at }
plan-summary-none = –
plan-summary-system = بۆت
plan-summary-unknown = نەناسراو
plan-summary-fact-reference = دۆسیە
plan-summary-fact-name = ناو
plan-summary-fact-option = ڕێگا
plan-summary-fact-programme = بەرنامەی COA
plan-summary-fact-housing = بەرواری چاوەڕوانکراوی خانوو
plan-summary-fact-version = وەشان
plan-summary-fact-made = دروستکراوە لە
plan-summary-items = خاڵەکان و ڕێککەوتنەکان
plan-summary-col-what = چی
plan-summary-col-owner = کێ
plan-summary-col-due = کەی
plan-summary-col-status = دۆخ
plan-summary-confirmations = پشتڕاستکردنەوەکان
plan-summary-col-who = کێ
plan-summary-col-version = وەشان
plan-summary-col-answer = وەڵام
plan-summary-col-at = کات
plan-summary-history = مێژوو
plan-summary-col-change = گۆڕانکاری
plan-summary-col-old = پێشتر
plan-summary-col-new = ئێستا
plan-summary-version = وەشانی { $version }
plan-summary-agreement = { $what } · { plan-owner } · { $due }
plan-summary-field-item = { $field } · { $what }
plan-summary-status = { $status ->
       *[planned] پلاندانراو
        [done] تەواو
        [cancelled] هەڵوەشاوە
        [late] دواکەوتوو
    }
plan-summary-answer = { $answer ->
       *[question] پرسیار
        [agree] ڕازی
    }
plan-summary-long-wait = { $answer ->
       *[nothing] هیچ نەگۆڕاوە
        [holds] پلان هێشتا ڕاستە
        [changed] شتێک گۆڕاوە
    }
plan-summary-field = { $field ->
       *[other] گۆڕانکاری
        [option] ڕێگا
        [programme] بەرنامەی COA
        [agreement] ڕێککەوتن زیادکرا
        [sent] نێردرا
        [confirmed] پشتڕاستکرایەوە
        [question] پرسیار
        [status] دۆخ
        [housing_date] بەرواری خانوو
        [due_date] بەروار
        [owner] کێ دەیکات
        [text] دەق
        [long_wait] چاوەڕوانی درێژ
    }
# Long-wait answers (issue 3).
plan-long-wait-staff-days = دۆسیە { $reference }: { $days } ڕۆژ هیچ چالاکی نییە. پلان هێشتا ڕاستە؟
button-plan-still-holds = ✅ پلان هێشتا ڕاستە
button-plan-changed = ✏️ شتێک گۆڕاوە
button-plan-nothing-changed = ✅ هیچ نەگۆڕاوە
plan-long-wait-thanks = سوپاس. وەڵامەکەت پاشەکەوت کرا.
plan-long-wait-answered = دۆسیە { $reference }، چاوەڕوانی درێژ: { $who } وەڵام دەداتەوە: { $answer }.
plan-long-wait-update = سوپاس. پلان بە /plan نوێ بکەرەوە.

# Changing one agreement
button-plan-edit = ✏️ { $what }
button-plan-cancel-item = ❌ هەڵوەشاندنەوەی ڕێککەوتن
plan-edit-menu = { $what }: ئێستا { $due }. بەرواری نوێ؟ دوگمەیەک دابگرە، یان بە بەروارێک وەڵام بدەوە (dd-mm-yyyy). بە دوگمەکان دەتوانیت ڕێککەوتنەکە بدەیتە لایەنێکی تر، دەقەکەی بگۆڕیت (تەنها بۆ دەقی خۆت)، یان ڕێککەوتنەکە هەڵبوەشێنیتەوە.
plan-agreement-moved = دۆسیە { $reference }: بەرواری نوێ بۆ { $what }: { $old } → { $new }.
plan-agreement-cancelled = دۆسیە { $reference }: ڕێککەوتن هەڵوەشێنرایەوە: { $what }.
# Another owner or new wording for one agreement (the two notices reach the status holder too)
button-plan-owner-to = 👤 بۆ { plan-owner }
button-plan-reword = ✏️ دەقی نوێ
plan-ask-reword = دەقی نوێی ڕێککەوتنەکە لە یەک دێڕدا بنووسە.
plan-agreement-owner = دۆسیە { $reference }: { $what }: ئێستا کێ دەیکات: { $new } (پێشتر: { $old }).
plan-agreement-reworded = دۆسیە { $reference }: دەقی نوێی ڕێککەوتنێک: { $old } → { $new }.

# holder: the plan's items as the status holder reads them (issue 15): plain words, "you", the
# Dutch term in brackets where staff use one. Staff keep plan-kind and plan-item.
plan-kind-holder = { $kind ->
        [introduction] ناسین و هەڵبژاردنی ڕێگای تێکەڵبوونتان (keuze route)
        [programme_alignment] ئەوەی لە بەرنامەی COA فێری دەبن، لەگەڵ تێکەڵبوونتان دەگونجێت (programma van COA)
        [broad_intake] دیدارێک دەربارەی خوێندن، کار و تەندروستیتان: چاوپێکەوتنی گشتگیر (brede intake)
        [client_profile] COA زانیارییەکانتان دەداتە شارەوانی: پرۆفایلی بەکارهێنەر (klantprofiel)
        [handover_conversation] دیدار لە نێوان ئێوە، COA و شارەوانی: دیداری سێقۆڵی (driegesprek)
        [documents] بەڵگەنامەکانتان بهێنن
        [profile_update] COA زانیارییەکانتان نوێ دەکاتەوە: پرۆفایلی بەکارهێنەر (klantprofiel)
        [interpreter] ڕێکخستنی وەرگێڕ
        [next_contact] دیداری داهاتوو لەگەڵ بەرپرسەکەتان
        [intake_date] ڕێکەوت و شوێنی دیدار دەربارەی خوێندن، کار و تەندروستی: چاوپێکەوتنی گشتگیر (brede intake)
        [pip_date] کەی پلانی کەسیتان ئامادە دەبێت (PIP)
       *[free] ڕێککەوتن
    }
# holder
plan-owner-holder = { $owner ->
        [coa] COA
        [gemeente] شارەوانی
       *[holder] ئێوە
    }
# holder
plan-item-holder = { $status ->
        [done] ✅
        [cancelled] ✖️
        [late] ⚠️
       *[planned] ▫️
    } { $what } · { plan-owner-holder } · { $due }{ $status ->
        [late] {" "}(دواکەوتوو)
       *[other] {""}
    }
