## Explainers (issue 15): the terms of the handover in plain words, at most about 60 words each:
## what it is, who does it, what it means for you, whether it is required. Written from the
## domain brief only; no legal advice. The Dutch term stays in brackets so people can say it.

explain-button-how = ❓ How does this work?
explain-button-all = 📚 All explanations
explain-button-send = ❓ Send an explanation
explain-list = 📚 What does it mean? Tap a word.
explain-button = ❓ { $term ->
        [handover] How does this work?
        [fast_start] Approach 1 · Fast start
        [combined] Approach 2 · Combined
        [after_housing] Approach 3 · After the move
        [broad_intake] Broad intake
        [learnability] Learnability test
        [pip] Personal plan (PIP)
        [b1_route] B1 route
        [education_route] Education route
        [z_route] Z route
        [knm] KNM
        [map] MAP
        [participation] Participation statement
        [client_profile] Client profile
       *[coa_programme] COA programme
    }
explain-handover =
    ❓ How does this work?
    1. COA and your municipality (gemeente) talk with you together. This is the three-way meeting (driegesprek). It can also be by video or phone.
    2. Together you agree who does what, and when. This is your plan.
    3. This bot reminds everyone. It shows you the plan in your language.
    Your contact person at COA: { $coa }
    Your contact person at the municipality: { $gemeente }
explain-text = { $term ->
        [fast_start] Approach 1 · Fast start: your integration (inburgering) with the municipality starts now, while you still live in the azc. The municipality arranges your lessons. They go on after you move. You do not take part in the COA programme.
        [combined] Approach 2 · Combined: the municipality already talks with you in the azc: the broad intake (brede intake). Your lessons start after you move. Until then you can take part in the COA programme.
        [after_housing] Approach 3 · Start after the move: everything with the municipality starts after you move to your new home. Until then you can take part in the COA programme.
        [broad_intake] Broad intake (brede intake): a meeting with the municipality about you: school, work, family and health. There is also a learnability test. You must take part. If you do not come after two invitations, you can get a fine.
        [learnability] Learnability test (leerbaarheidstoets): a short test of how you learn. It is part of the broad intake. It helps the municipality choose the route that fits you.
        [pip] Personal plan (PIP): the municipality writes down your integration plan: your route (B1 route, education route or Z route) and what else you do. You talk about it first. Your 3 years of integration start the day after your first PIP.
        [b1_route] B1 route: you learn Dutch up to level B1, and you work towards a job. The municipality chooses the route with you in your personal plan (PIP).
        [education_route] Education route (onderwijsroute): for young people. You learn Dutch to go to school or study in the Netherlands. It is chosen in your personal plan (PIP).
        [z_route] Z route: for people for whom level B1 is too hard. You learn Dutch and how to manage on your own in daily life. It is chosen in your personal plan (PIP).
        [knm] KNM (Knowledge of Dutch society): lessons about life in the Netherlands: health care, work, school, housing and the law. It is part of your integration.
        [map] MAP (labour market and participation): you learn how work in the Netherlands works and how to find a job. It is part of your integration.
        [participation] Participation statement (participatieverklaring): you learn about the basic values of the Netherlands, like freedom and equality. Then you sign a statement. It is part of your integration.
        [client_profile] Client profile (klantprofiel): what COA writes down about you: school, work, wishes, family and language. COA gives it to your municipality, so you do not have to tell everything again.
       *[coa_programme] COA programme: while you wait in the azc, COA offers Dutch lessons, information about the Netherlands and coaching. You choose if you take part. What the municipality arranges comes first.
    }
explain-pick = Which explanation do you want to send to { $name } ({ $reference })? They get it in their own language.
explain-sent = ✅ Sent to the status holder of { $reference }.
explain-no-holder = The status holder of { $reference } has not joined yet.
explain-sent-holder =
    { $who } sent you an explanation:

    { $text }
