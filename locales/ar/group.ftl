# Team group chats. Read by staff.

group-welcome = مرحبًا أيها الفريق! اربطوا هذه المجموعة بمنظمتكم (فتتابع المجموعة كل الحالات) أو بحالة واحدة.
group-not-staff = عذرًا، هذا فقط للموظفين المسجلين في COA أو البلدية. لم يتغير شيء.
group-other-org = هذه المجموعة مربوطة بمنظمة أخرى. لم يتغير شيء.
button-link-org = 🏢 كل حالات { $org }
button-link-case = 📁 حالة واحدة
group-pick-case = أي حالة تتابعها هذه المجموعة؟
button-case = { $reference } – { $name }
group-linked-org = ✅ هذه المجموعة تتابع الآن كل حالات { $org }.
group-linked-case = ✅ هذه المجموعة تتابع الآن الحالة { $reference }.
group-not-linked = هذه المجموعة غير مربوطة بعد. اكتب /link لربطها.
group-follows-case = هذه المجموعة تتابع الحالة { $reference }.
group-follows-org = هذه المجموعة تتابع كل حالات { $org }.

# access
access-group-not-following = هذه المجموعة لا تتابع هذه الحالة. لم يتغير شيء.

# groups: removal
group-removed-unlinked = تمت إزالة البوت من المجموعة { $group }. لذلك لم تعد هذه المجموعة تتابع أي حالات. إذا أضفتم البوت مرة أخرى لاحقًا، فستختارون من جديد ما تتابعه المجموعة.
