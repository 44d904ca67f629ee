# Opening a case, and the list of cases. Read by staff.

case-ask-name = Waa maxay magaca hore ama xarfaha hore ee qofka sharciga haysta? Ha qorin magaca oo dhan.
case-ask-reference = Waa maxay lambarka faylka ee hay'addaada u leedahay kiiskan? Ha qorin BSN ama lambarka V.
case-ask-counterpart = Kiiskan, { $kind ->
        [coa] goobta COA
       *[gemeente] dawladda hoose
    } ee aad la shaqaynaysaa waa tee?
case-no-counterpart-orgs = Weli lama diiwaangelin { $kind ->
        [coa] goob COA
       *[gemeente] dawlad hoose
    }. Maamulaha ka codso inuu ku daro. Kiiska lama furin.
case-ask-matching = Waa maxay taariikhda isku-xirka? Riix badhan, ama ku jawaab taariikh (maalin-bil-sannad).
case-ask-housing = Goorma ayaa la filayaa in qofka sharciga haysta uu guri helo? Ku jawaab taariikh (maalin-bil-sannad), ama riix badhanka.
case-confirm =
    Tani ma sax baa?
    Qofka sharciga haysta: { $name }
    Lambarka faylka: { $reference }
    La shaqaynaya: { $counterpart }
    Isku-xirka: { $matching }
    Guriga la filayo: { $housing }
case-opened = ✅ Kiiska { $reference } waa la furay.
case-holder-invite =
    Martiqaad loogu talagalay { $name }. Tus koodhkan QR ama dir link-ga. Link-gu hal mar ayuu shaqeeyaa, ilaa { $expires }.
    { $link }
case-counterpart-invite =
    Link-gan u dir qofka aad la xiriirto ee { $org }, si uu ugu biiro kiiska { $reference }. Link-gu hal mar ayuu shaqeeyaa, ilaa { $expires }.
    { $link }
case-cancelled = Waa la joojiyay. Waxba lama kaydin.
case-reference-taken = Hay'addaadu horey ayay u isticmaashay lambarka faylka { $reference }. Dooro lambar kale.

button-org = { $org }
button-today = Maanta
button-yesterday = Shalay
button-housing-unknown = Weli lama oga
button-open-case = ✅ Fur kiiska

error-text-empty = Jawaabtaasi waa madhan. Isku day mar kale.
error-text-too-long = Taasi aad bay u dheer tahay. Isticmaal ugu badnaan { $max ->
        [one] hal xaraf
       *[other] { $max } xaraf
    }.
error-looks-like-bsn = Taasi waxay u egtahay BSN ama lambarka V. Kuwaas ma kaydinno. Isticmaal lambarka faylkaaga ama magaca hore.
error-text-one-line = Isticmaal hal sadar, adigoon sadar cusub bilaabin.
error-expected-button = Riix mid ka mid ah badhamada.
error-not-a-date = Taariikhdaas ma garanayo. Tusaale ahaan qor 30-03-2026.
error-matching-in-future = Taariikhda isku-xirka ma noqon karto mustaqbalka.
error-matching-too-old = Taariikhdaasi waxay ka horreysaa saddex sano. Hubi taariikhda.
error-housing-before-matching = Taariikhda guriga ma noqon karto ka hor isku-xirka.
error-housing-in-past = Taariikhdaas way dhaaftay. Dooro taariikh maanta ama ka dambeysa, ama riix “Weli lama oga”.

cases-list =
    { $count ->
        [one] Hal kiis:
       *[other] { $count } kiis:
    }
    { cases-legend }
    { $items }
cases-more = … iyo { $hidden } kale.
cases-line = • { $reference } – { $name }{ $late }{ $meeting }{ $option }{ $holder }{ $housing }
cases-fact = {" "}· { $fact }
cases-fact-none = {""}
cases-late = ⚠️ heshiisyo dib u dhacay: { $late }
cases-meeting = 📅 { $when }
cases-meeting-proposed = 📅 waqtiga waa la dooranayaa
cases-option = hab { $option }
cases-holder-invited = 👤 waa la casuumay
cases-holder-choosing = 👤 luqad ayuu dooranayaa
cases-legend = Kuwa ugu degdegsan marka hore. ⚠️ dib u dhacay · 📅 kulan · 👤 qofka sharciga haysta · 🏠 guriga la filayo
cases-housing = 🏠 { $date }
cases-none = Weli ma jiraan kiisas furan.
