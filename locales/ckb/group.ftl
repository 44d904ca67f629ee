# Team group chats. Read by staff.

group-welcome = سڵاو تیم! ئەم گرووپە ببەستنەوە بە ڕێکخراوەکەتان (ئەوسا گرووپەکە چاودێری هەموو دۆسیەکان دەکات) یان بە یەک دۆسیە.
group-not-staff = ببورن، تەنها کارمەندانی تۆمارکراوی COA یان شارەوانی دەتوانن ئەمە بکەن. هیچ شتێک نەگۆڕا.
group-other-org = ئەم گرووپە بە ڕێکخراوێکی ترەوە بەستراوەتەوە. هیچ شتێک نەگۆڕا.
button-link-org = 🏢 هەموو دۆسیەکانی { $org }
button-link-case = 📁 یەک دۆسیە
group-pick-case = ئەم گرووپە چاودێری کام دۆسیە بکات؟
button-case = { $reference } – { $name }
group-linked-org = ✅ ئەم گرووپە ئێستا چاودێری هەموو دۆسیەکانی { $org } دەکات.
group-linked-case = ✅ ئەم گرووپە ئێستا چاودێری دۆسیەی { $reference } دەکات.
group-not-linked = ئەم گرووپە هێشتا نەبەستراوەتەوە. بۆ ئەم کارە /link بنووسن.
group-follows-case = ئەم گرووپە چاودێری دۆسیەی { $reference } دەکات.
group-follows-org = ئەم گرووپە چاودێری هەموو دۆسیەکانی { $org } دەکات.

# access
access-group-not-following = ئەم گرووپە بەدواداچوون بۆ ئەم دۆسیەیە ناکات. هیچ شتێک نەگۆڕا.
