# Team group chats. Read by staff.

group-welcome = سلام ټیمه! دا ګروپ له خپلې ادارې سره وتړئ (بیا ګروپ ټولې دوسیې څاري) یا له یوې دوسیې سره.
group-not-staff = بښنه غواړو، دا کار یوازې د COA یا ښاروالۍ ثبت شوي کارکوونکي کولی شي. هېڅ شی بدل نه شو.
group-other-org = دا ګروپ له بلې ادارې سره تړل شوی دی. هېڅ شی بدل نه شو.
button-link-org = 🏢 د { $org } ټولې دوسیې
button-link-case = 📁 یوه دوسیه
group-pick-case = دا ګروپ کومه دوسیه وڅاري؟
button-case = { $reference } – { $name }
group-linked-org = ✅ دا ګروپ اوس د { $org } ټولې دوسیې څاري.
group-linked-case = ✅ دا ګروپ اوس د { $reference } دوسیه څاري.
group-not-linked = دا ګروپ لا تړل شوی نه دی. د دې کار لپاره /link ولیکئ.
group-follows-case = دا ګروپ د { $reference } دوسیه څاري.
group-follows-org = دا ګروپ د { $org } ټولې دوسیې څاري.

# access
access-group-not-following = دا ګروپ دا دوسیه نه تعقیبوي. هېڅ شی بدل نه شو.

# groups: removal
group-removed-unlinked = بوټ د { $group } له ګروپ څخه لرې شو. نو دا ګروپ نور هېڅ دوسیه نه څاري. که تاسو وروسته بوټ بیا ورزیات کړئ، نو بیا به وټاکئ چې ګروپ څه وڅاري.
