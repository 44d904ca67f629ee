# Team group chats. Read by staff.

group-welcome = Hello team! Link this group to your organisation (then the group follows all cases) or to one case.
group-not-staff = Sorry, only registered staff of COA or the municipality can do this. Nothing has changed.
group-other-org = This group is linked to another organisation. Nothing has changed.
button-link-org = 🏢 All cases of { $org }
button-link-case = 📁 One case
group-pick-case = Which case should this group follow?
button-case = { $reference } – { $name }
group-linked-org = ✅ This group now follows all cases of { $org }.
group-linked-case = ✅ This group now follows case { $reference }.
group-not-linked = This group is not linked yet. Type /link to do that.
group-follows-case = This group follows case { $reference }.
group-follows-org = This group follows all cases of { $org }.

# access
access-group-not-following = This group does not follow this case. Nothing has changed.

# groups: removal
group-removed-unlinked = The bot was removed from the group { $group }. That group therefore no longer follows any cases. If you add the bot again later, you choose again what the group follows.
