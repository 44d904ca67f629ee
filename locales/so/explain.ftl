## Explainers (issue 15): the terms of the handover in plain words, at most about 60 words each:
## what it is, who does it, what it means for you, whether it is required. Written from the
## domain brief only; no legal advice. The Dutch term stays in brackets so people can say it.

explain-button-how = ❓ Sidee ayay u shaqeysaa?
explain-button-all = 📚 Dhammaan sharraxaadaha
explain-button-send = ❓ Dir sharraxaad
explain-list = 📚 Maxay ka dhigan tahay? Riix eray.
explain-button = ❓ { $term ->
        [handover] Sidee ayay u shaqeysaa?
        [fast_start] Habka 1 · Bilow degdeg ah
        [combined] Habka 2 · Isku-dhafan
        [after_housing] Habka 3 · Guuritaanka kadib
        [broad_intake] Wareysiga ballaaran
        [learnability] Imtixaanka awoodda barashada
        [pip] Qorshaha shakhsiga ah (PIP)
        [b1_route] B1-route
        [education_route] Waddada waxbarashada
        [z_route] Z-route
        [knm] KNM
        [map] MAP
        [participation] Bayaanka ka-qaybgalka
        [client_profile] Xogta macmiilka
       *[coa_programme] Barnaamijka COA
    }
explain-handover =
    ❓ Sidee ayay u shaqeysaa?
    1. COA iyo dawladda hoose (gemeente) ayaa kula hadla iyagoo wada jira. Tani waa kulan saddex dhinac ah (driegesprek). Wuxuu sidoo kale noqon karaa video ama telefoon.
    2. Wadajir ayaad ku heshiisaan cidda waxa samaynaysa, iyo goorta. Tani waa qorshahaaga.
    3. Bot-kani wuxuu xasuusiyaa qof walba. Wuxuu qorshaha kuu tusaa luqaddaada.
    Qofka aad la xiriirto ee COA: { $coa }
    Qofka aad la xiriirto ee dawladda hoose: { $gemeente }
explain-text = { $term ->
        [fast_start] Habka 1 · Bilow degdeg ah: isdhexgalkaaga (inburgering) ee dawladda hoose hadda ayuu bilaabmayaa, adigoo weli ku nool azc. Dawladda hoose ayaa diyaarisa casharradaada. Casharradu way sii socdaan markaad guurto kadib. Kama qaybgelaysid barnaamijka COA.
        [combined] Habka 2 · Isku-dhafan: dawladda hoose ayaa horeba kuugula hadlaysa azc: wareysiga ballaaran (brede intake). Casharradaadu waxay bilaabmaan markaad guurto kadib. Ilaa waqtigaas waxaad ka qaybgeli kartaa barnaamijka COA.
        [after_housing] Habka 3 · Bilow guuritaanka kadib: wax walba oo dawladda hoose la xiriira waxay bilaabmaan markaad u guurto gurigaaga cusub. Ilaa waqtigaas waxaad ka qaybgeli kartaa barnaamijka COA.
        [broad_intake] Wareysiga ballaaran (brede intake): kulan lala yeesho dawladda hoose oo adiga kugu saabsan: dugsiga, shaqada, qoyska iyo caafimaadka. Waxaa sidoo kale jira imtixaanka awoodda barashada. Waa inaad ka qaybgashaa. Haddii aadan imaan laba casuumaad kadib, waxaa laga yaabaa in lagu ganaaxo.
        [learnability] Imtixaanka awoodda barashada (leerbaarheidstoets): imtixaan gaaban oo ku saabsan sida aad wax u barato. Waa qayb ka mid ah wareysiga ballaaran. Wuxuu dawladda hoose ka caawiyaa inay doorato waddada kugu habboon.
        [pip] Qorshaha shakhsiga ah (PIP): dawladda hoose ayaa qorta qorshahaaga isdhexgalka: waddadaada (B1-route, waddada waxbarashada ama Z-route) iyo waxyaabaha kale ee aad samaynayso. Marka hore waad ka wada hadlaysaan. 3-da sano ee isdhexgalkaagu waxay bilaabmaan maalinta ka dambaysa PIP-gaaga ugu horreeya.
        [b1_route] B1-route: waxaad baranaysaa Nederlandka ilaa heerka B1, waxaadna u diyaargaroobaysaa shaqo. Dawladda hoose ayaa waddada kula doorata qorshahaaga shakhsiga ah (PIP).
        [education_route] Waddada waxbarashada (onderwijsroute): waxaa loogu talagalay dhalinyarada. Waxaad baranaysaa Nederlandka si aad dugsi u gasho ama wax ugu barato Nederland. Waxaa lagu doortaa qorshahaaga shakhsiga ah (PIP).
        [z_route] Z-route: waxaa loogu talagalay dadka uu heerka B1 aad ugu adag yahay. Waxaad baranaysaa Nederlandka iyo sida aad naftaada ugu maarayn lahayd nolosha maalin kasta. Waxaa lagu doortaa qorshahaaga shakhsiga ah (PIP).
        [knm] KNM (aqoonta bulshada Nederland): casharro ku saabsan nolosha Nederland: daryeelka caafimaadka, shaqada, dugsiga, guryaha iyo sharciga. Waa qayb ka mid ah isdhexgalkaaga.
        [map] MAP (suuqa shaqada iyo ka-qaybgalka): waxaad baranaysaa sida shaqadu uga socoto Nederland iyo sida aad shaqo u heli karto. Waa qayb ka mid ah isdhexgalkaaga.
        [participation] Bayaanka ka-qaybgalka (participatieverklaring): waxaad baranaysaa qiyamka aasaasiga ah ee Nederland, sida xorriyadda iyo sinnaanta. Kadib waxaad saxiixaysaa bayaan. Waa qayb ka mid ah isdhexgalkaaga.
        [client_profile] Xogta macmiilka (klantprofiel): waxa COA kaaga qorto: dugsiga, shaqada, rabitaannada, qoyska iyo luqadda. COA waxay siisaa dawladda hoose, si aadan mar kale wax walba u sheegin.
       *[coa_programme] Barnaamijka COA: inta aad sugayso azc, COA waxay bixisaa casharro Nederlandka ah, macluumaad ku saabsan Nederland iyo hagid. Adiga ayaa go'aansada inaad ka qaybgasho iyo in kale. Waxa dawladda hoose diyaariso ayaa mudnaanta leh.
    }
explain-pick = Sharraxaaddee ayaad rabtaa inaad u dirto { $name } ({ $reference })? Wuxuu ku helayaa luqaddiisa.
explain-sent = ✅ Waxaa loo diray qofka sharciga haysta ee kiiska { $reference }.
explain-no-holder = Qofka sharciga haysta ee kiiska { $reference } weli kuma soo biirin.
explain-sent-holder =
    { $who } ayaa kuu soo diray sharraxaad:

    { $text }
