# Preparing a meeting: questionnaire, consent, checklists (issue 6).
# The questions are read by status holders: plain words, one question per message.

prep-step = ({ $n }/{ $total }) { $question }
prep-ask-education = 🎓 Dugsigee ayaad dhammaysay?
prep-ask-work-years = 💼 Immisa sano ayaad shaqaysay?
prep-ask-work-field = 🛠️ Shaqo noocee ah?
prep-ask-dutch = 🇳🇱 Muddo intee le'eg ayaad casharro luqadda Nederlandka qaadanaysay?
prep-ask-goal = 🎯 Maxaad ugu badan rabtaa?
prep-ask-household = 🏠 Yaad la nooshahay?
prep-ask-reunification = 👪 Ma sugaysaa qoys u imanaya Nederland?
prep-ask-health = 🩺 Ma jiraa wax ku saabsan caafimaadkaaga ama daryeelkaaga oo aad rabto inaad ka hadasho? Ha qorin waxa uu yahay.
prep-ask-moment = 🕐 Goorma ayaa ugu fiican in lagu soo xiriiro?
prep-ask-channel = 📱 Sidee ayaa ugu fiican in lagu soo xiriiro?
prep-ask-interpreter = 🌍 Ma rabtaa turjumaan inta lagu jiro kulanka?
prep-ask-without-partner = 🗣️ Ma rabtaa inaad sidoo kale hadasho adigoon lammaanahaaga joogin?
prep-ask-own-questions = ❓ Ma qabtaa su'aalo kulanka loogu talagalay? Halkan ku qor. Ama taabo Ka bood.
prep-own-saved = ✅ Su'aalahaaga waa la keydiyay.

prep-label-education = 🎓 Dugsi
prep-label-work-years = 💼 Sannadaha shaqada
prep-label-work-field = 🛠️ Nooca shaqada
prep-label-dutch = 🇳🇱 Casharrada Nederlandka
prep-label-goal = 🎯 Rabitaan
prep-label-household = 🏠 Qoyska
prep-label-reunification = 👪 Qoys imanaya
prep-label-health = 🩺 Ka hadal caafimaad ama daryeel
prep-label-moment = 🕐 Waqtiga ugu fiican
prep-label-channel = 📱 Habka ugu fiican
prep-label-interpreter = 🌍 Turjumaan ayuu rabaa
prep-label-without-partner = 🗣️ Sidoo kale hadal la'aan lammaane

prep-edu-none = Dugsi ma aadin
prep-edu-primary = Dugsi hoose
prep-edu-secondary = Dugsi sare
prep-edu-vocational = Tababar xirfadeed
prep-edu-university = Kulliyad ama jaamacad
prep-years-none = Weligay ma shaqayn
prep-years-few = 1 ama 2 sano
prep-years-some = 3 ilaa 5 sano
prep-years-many = Ka badan 5 sano
prep-field-building = 🔧 Dhismo ama farsamo
prep-field-care = 🤲 Daryeel
prep-field-food = 🍽️ Maqaayad ama cunto
prep-field-transport = 🚚 Gaadiid
prep-field-farming = 🌾 Beeraha
prep-field-shop = 🛒 Dukaan ama ganacsi
prep-field-office = 💻 Xafiis ama kombiyuutar
prep-field-other = Shaqo kale
prep-dutch-none = Weli cashar ma jiro
prep-dutch-short = Ka yar 3 bilood
prep-dutch-year = 3 ilaa 12 bilood
prep-dutch-long = Ka badan hal sano
prep-goal-work = 💼 Shaqo
prep-goal-study = 📚 Waxbarasho
prep-goal-both = Shaqo iyo waxbarasho
prep-goal-unsure = Weli ma garanayo
prep-house-alone = Keligay
prep-house-partner = Lammaanahayga
prep-house-children = Carruurtayda
prep-house-family = Lammaanahayga iyo carruurtayda
prep-yes = ✅ Haa
prep-no = ❌ Maya
prep-rather-not-say = Ma doonayo inaan sheego
prep-moment-morning = 🌅 Subax
prep-moment-afternoon = ☀️ Galab
prep-moment-evening = 🌙 Fiid
prep-channel-message = 💬 Fariin
prep-channel-call = 📞 Taleefan
prep-channel-either = Waxba igama galo
prep-interp-own = Haa, luqaddayda
prep-interp-other = Haa, luqad kale
prep-interp-no = Maya, luqadda Nederlandka si fiican ayaan ugu hadlaa
prep-interp-unsure = Ma garanayo
prep-ask-interpreter-language = 🌍 Waxaad rabtaa turjumaan luqad kale. Luqaddee?
prep-label-interpreter-language = 🌍 Luqadda turjumaanka

prep-button-skip = ⏭️ Ka bood
prep-skipped = laga booday
prep-not-answered = weli lama jawaabin
prep-none = —
prep-line = { $label }: { $value }
prep-list = { $lines }
prep-own-as-typed = { $text } (lama turjumin)
prep-review =
    📋 Jawaabahaaga
    { $answers }
    ❓ Su'aalahaaga: { $own }

    Taabo badhan si aad wax u beddesho.
prep-button-own-questions = ❓ Su'aalahayga
prep-button-sharing = 🔒 Waxa aan wadaago
prep-button-documents = 🎒 Waraaqaha
prep-button-review = 📋 Jawaabahayga

prep-consent-notice-v2 =
    🔒 Yaa arka jawaabahaaga?
    Qofka aad la xiriirto ee COA iyo dawladda hoose. Sidaas ayay si fiican ugu diyaargaroobi karaan kulankaaga.
    Adigaa dooranaya. Waxaad sidoo kale dooran kartaa inaadan waxba wadaagin.
    Markasta goor dambe ayaad tan ku beddeli kartaa badhamadan.

    📋 Jawaabahaaga: { $answers }
    ❓ Su'aalahaaga: { $questions }
prep-shared-yes = ✅ la wadaagay
prep-shared-no = 🚫 lama wadaagin
prep-button-share-answers = ✅ Wadaag jawaabahayga
prep-button-stop-answers = 🚫 Jooji wadaagista jawaabahayga
prep-button-share-questions = ✅ Wadaag su'aalahayga
prep-button-stop-questions = 🚫 Jooji wadaagista su'aalahayga

prep-documents =
    🎒 Waraaqahan keen kulanka.
    Taabo waraaq marka ay diyaar tahay.
prep-check-done-button = ✅ { $item }
prep-check-open-button = ⬜ { $item }
prep-item-permit = 🪪 Sharciga deganaanshaha
prep-item-bsn = ✉️ Warqadda leh lambarka BSN
prep-item-diplomas = 🎓 Shahaadooyinka
prep-item-cv = 📄 CV
prep-item-profile = Xogta macmiilka waa la wareejiyay
prep-item-programme = Barnaamijka la raacay waa la gudbiyay
prep-item-need-to-know = Waxa ay dawladda hoose u baahan tahay inay hore u ogaato waa la gudbiyay
prep-item-options = Doorashooyinka waa la sharaxay
prep-item-intake = Wareysiga ballaaran waa la qorsheeyay
prep-item-contact = Qofka xiriirka waa la magacaabay

prep-holder-only = Su'aalahan waxaa loogu talagalay qofka sharciga haysta.
prep-holder-not-ready = Marka hore dooro luqaddaada oo akhri sharaxaadda. Qor /menu.
prep-cases = 📋 Diyaarin: dooro kiis.
prep-case-button = { $reference } · { $name }
prep-button-refresh = 🔄 Cusboonaysii
prep-staff-not-shared = 🔒 Qofka sharciga haysta ma wadaagin
prep-staff-overview =
    📋 Diyaarin { $reference } ({ $name })

    Su'aalaha:
    { $answers }

    Weli lama jawaabin:
    { $missing }

    Su'aalihiisa:
    { $own }

    Liiska hubinta:
    { $checklist }
prep-party-holder = Qofka sharciga haysta
prep-party-coa = COA
prep-party-gemeente = Dawladda hoose
prep-check-party =
    { $party }:
    { $items }
prep-check-done = ✅ { $item } ({ $at })
prep-check-open = ⬜ { $item }
prep-reminder-staff =
    ⏰ Kulanku waa { $start }. Halkan waa xaaladda diyaarinta:

    { $overview }
prep-reminder-holder =
    ⏰ Kulankaagu waa { $start }. Keen waraaqahan:
    { $items }
    Qor /prepare si aad u calaamadiso.
prep-agenda-with =
    { $message }

    📋 Waxa aan ka hadli doonno:
    { $items }
prep-agenda-item = { $n }. { $what }

# Shown to staff beside an answer given or changed after the meeting took place.
prep-answer-late = { $line } (waxaa la buuxiyay kulanka kadib)
prep-own-no-numbers = Halkan ha ku qorin BSN ama V-nummer. Ma kaydinno. Su'aalahaaga ku qor lambarkaas la'aantiis.

## The agenda per meeting (staff reorder and extend it) and which meeting is being prepared.
# Staff overview: the meeting this preparation is for. $when is prep-agenda-when,
# prep-agenda-no-time or prep-meeting-not-planned.
prep-staff-for-meeting =
    { $overview }

    🗓 Tani waa diyaarinta kulanka { $number } { $when }.
prep-agenda-when = { $at }
prep-agenda-no-time = (weli waqti lama isku raacin)
prep-meeting-not-planned = (weli lama qorsheyn)
prep-agenda-button = 🗒 Ajandaha
prep-agenda-editor =
    🗒 Ajandaha kulanka { $number } { $when }, kiiska { $reference } ({ $name }):
    { $items }

    Qodob ku dhaqaaji ⬆️ ama ⬇️. Qodobbadaada ka saar ✖️. Ajandaha u dir dhammaan marka uu diyaar yahay.
prep-agenda-up-button = ⬆️ { $n }
prep-agenda-down-button = ⬇️ { $n }
prep-agenda-remove-button = ✖️ { $n }
prep-agenda-add-button = ➕ Ku dar qodob
prep-agenda-send-button = 📨 U dir saddexda dhinac
prep-agenda-back-button = ⬅️ Diyaarin
prep-agenda-ask-point = Qodobka cusub ku qor hal sadar, ugu badnaan { $max } xaraf. Lama turjumayo: ku qor luqadda Nederlandka oo fudud, turjumaanku kor ayuu u akhrinayaa.
prep-agenda-no-numbers = Ha ku qorin BSN ama V-nummer ajandaha. Qodobka qor adigoon lambarkaas qorin.
prep-agenda-full = Ajandaha waxaa horeba ugu jira { $max } qodob. Marka hore ka saar mid ka mid ah qodobbadaada.
prep-agenda-empty = Ajandaha weli waa madhan. Marka hore ku dar qodob.
prep-agenda-meeting-over = Kulankan wuu dhammaaday ama waa la joojiyay. Ajandihiisa mar dambe isma beddelayo.
prep-agenda-sent =
    { $count ->
        [0] Ma jiro qof kale oo ajandaha loo diro.
        [one] Ajandaha waxaa loo diray { $count } wada-hadal.
       *[other] Ajandaha waxaa loo diray { $count } wada-hadal.
    }
# To all three, the status holder in their language: the agenda after staff changed it.
prep-agenda-updated =
    🗒 Waa kuwan waxa aan kaga hadli doonno kulanka { $when }:
    { $items }
# Status holder: a button on their overview that shows the agenda of their next meeting.
prep-button-agenda = 🗒 Waxa aan ka hadli doonno
