//! Making invites (admins on the command line, staff when they open a case) and redeeming them
//! with `/start <token>` in a private chat.

use chrono::{DateTime, Duration, Utc};
use sqlx::SqliteConnection;

use crate::app::{App, Ctx, Outgoing, Reply, Who};
use crate::domain::{CaseId, InvitePurpose, InviteToken, Lang, OrgId, Party};
use crate::i18n::Msg;
use crate::store::{self, invites::NewInvite};

/// What an invite is for and how long it lives.
pub struct InviteSpec {
    pub purpose: InvitePurpose,
    pub org: Option<OrgId>,
    pub case: Option<CaseId>,
    pub max_uses: i64,
    pub valid_for: Duration,
}

/// A new invite: the link is shown once; only the token's hash is stored.
pub struct CreatedInvite {
    pub link: String,
    pub expires_at: DateTime<Utc>,
}

/// How long the invites made while opening a case stay valid.
const CASE_INVITE_DAYS: i64 = 30;

impl App {
    /// Who else works on this case, for a staff member who just joined it (issue 12): each
    /// colleague by name and organisation, or that they are the first.
    async fn others_on_case(
        &self,
        conn: &mut sqlx::SqliteConnection,
        case: crate::domain::CaseId,
        me: crate::domain::UserId,
    ) -> anyhow::Result<Msg> {
        let mut people = Vec::new();
        for m in store::cases::members(conn, case).await? {
            if m.party.is_staff()
                && m.user != me
                && let Some(s) = store::staff::by_user(conn, m.user).await?
            {
                people.push(
                    Msg::new("staff-joined-person")
                        .name("who", s.name)
                        .name("org", s.org_name),
                );
            }
        }
        Ok(if people.is_empty() {
            Msg::new("staff-joined-first")
        } else {
            Msg::new("staff-joined-with").lines("people", people)
        })
    }

    /// Stores a new invite and returns its link.
    pub async fn create_invite(
        &self,
        conn: &mut SqliteConnection,
        spec: &InviteSpec,
    ) -> anyhow::Result<CreatedInvite> {
        let now = self.clock.now();
        let token = InviteToken::generate()
            .map_err(|e| anyhow::anyhow!("no randomness for an invite token: {e}"))?;
        let expires_at = now + spec.valid_for;
        let new = NewInvite {
            purpose: spec.purpose,
            org: spec.org,
            case: spec.case,
            max_uses: spec.max_uses,
            expires_at,
        };
        store::invites::insert(conn, &token.hash(), &new, now).await?;
        Ok(CreatedInvite {
            link: self.links.start(token.as_str()),
            expires_at,
        })
    }

    /// A single-use invite for a case (the status holder, or the counterpart's staff).
    pub(crate) async fn case_invite(
        &self,
        conn: &mut SqliteConnection,
        purpose: InvitePurpose,
        case: CaseId,
        org: Option<OrgId>,
    ) -> anyhow::Result<CreatedInvite> {
        let spec = InviteSpec {
            purpose,
            org,
            case: Some(case),
            max_uses: 1,
            valid_for: Duration::days(CASE_INVITE_DAYS),
        };
        self.create_invite(conn, &spec).await
    }

    /// `/start <token>`: admits the actor to what the invite is for, or says why not. After
    /// `MAX_FAILURES` unknown, expired or used links within an hour, the actor's links are not
    /// checked at all until the oldest of those is an hour old (issue 10: no guessing).
    pub(crate) async fn redeem_invite(
        &self,
        ctx: &Ctx<'_>,
        payload: &str,
    ) -> anyhow::Result<Reply> {
        let user = ctx.inc.actor.user;
        let now = self.clock.now();
        let mut conn = self.pool.acquire().await?;
        if store::invite_tries::blocked(&mut conn, user, now).await? {
            tracing::info!(user = user.0, "invite not checked: too many failed tries");
            return Ok(ctx.say(Msg::new("invite-too-many-tries")));
        }
        drop(conn);
        match self.try_redeem(ctx, payload, now).await? {
            Redeemed::Answer(reply) => Ok(reply),
            Redeemed::Failed(msg) => {
                let mut conn = self.pool.acquire().await?;
                store::invite_tries::record_failure(&mut conn, user, now).await?;
                tracing::debug!(user = user.0, "invite try failed");
                Ok(ctx.say(msg))
            }
        }
    }

    async fn try_redeem(
        &self,
        ctx: &Ctx<'_>,
        payload: &str,
        now: DateTime<Utc>,
    ) -> anyhow::Result<Redeemed> {
        let Some(token) = InviteToken::parse(payload.trim()) else {
            return Ok(Redeemed::Failed(Msg::new("invite-unknown")));
        };
        let mut tx = self.begin().await?;
        let Some(invite) = store::invites::find(&mut tx, &token.hash()).await? else {
            return Ok(Redeemed::Failed(Msg::new("invite-unknown")));
        };
        let user = ctx.inc.actor.user;
        // Opening a link one has already used just shows where one is.
        if let Some(case) = invite.case
            && store::cases::member(&mut tx, case, user).await?.is_some()
        {
            drop(tx);
            return Ok(Redeemed::Answer(self.menu(ctx).await?));
        }
        if invite.expires_at <= now {
            return Ok(Redeemed::Failed(Msg::new("invite-expired")));
        }
        if invite.uses >= invite.max_uses {
            return Ok(Redeemed::Failed(Msg::new("invite-used")));
        }
        let reply = match invite.purpose {
            InvitePurpose::Holder => {
                let Some(case) = invite.case else {
                    anyhow::bail!("holder invite {} without a case", invite.id)
                };
                if !matches!(ctx.who, Who::Stranger) {
                    return Ok(Redeemed::Answer(
                        ctx.say(Msg::new("invite-holder-not-for-you")),
                    ));
                }
                store::cases::add_member(&mut tx, case, user, Party::Holder, now).await?;
                store::audit(
                    &mut tx,
                    now,
                    Some(user.0),
                    "holder_joined",
                    Some(case.0),
                    None,
                )
                .await?;
                self.holder_joined_reply(ctx)
            }
            InvitePurpose::Staff | InvitePurpose::CaseStaff => {
                let Some(org_id) = invite.org else {
                    anyhow::bail!("staff invite {} without an organisation", invite.id)
                };
                let Some(org) = store::orgs::get(&mut tx, org_id).await? else {
                    anyhow::bail!("invite {} for a missing organisation", invite.id)
                };
                let staff_id = match &ctx.who {
                    Who::Holder(_) => {
                        let msg = Msg::new("invite-staff-not-for-you");
                        return Ok(Redeemed::Answer(ctx.say(msg)));
                    }
                    Who::Staff(s) if s.org != org.id => {
                        return Ok(Redeemed::Answer(ctx.say(Msg::new("invite-other-org"))));
                    }
                    Who::Staff(_) if invite.purpose == InvitePurpose::Staff => {
                        return Ok(Redeemed::Answer(ctx.say(Msg::new("staff-already"))));
                    }
                    Who::Staff(s) => s.id,
                    Who::Stranger => {
                        let name = staff_name(&ctx.inc.actor.display_name);
                        let id = store::staff::insert(&mut tx, user, org.id, &name, now).await?;
                        store::users::set_lang(&mut tx, user, Lang::Nl, false, now).await?;
                        id
                    }
                };
                if let Some(case) = invite.case {
                    store::cases::add_member(&mut tx, case, user, org.kind.party(), now).await?;
                }
                store::audit(
                    &mut tx,
                    now,
                    Some(user.0),
                    "staff_joined",
                    invite.case.map(|c| c.0),
                    Some(staff_id.0),
                )
                .await?;
                let lang = if matches!(ctx.who, Who::Stranger) {
                    Lang::Nl
                } else {
                    ctx.lang
                };
                let welcome = Msg::new("staff-joined")
                    .name("org", org.name.clone())
                    .code("kind", org.kind.as_str());
                let mut reply = Reply::one(Outgoing::new(ctx.inc.chat, lang, welcome));
                if let Some(case) = invite.case {
                    // Which case they joined, and what to do next (issue 12).
                    if let Some(c) = store::cases::get(&mut tx, case).await? {
                        let others = self.others_on_case(&mut tx, case, user).await?;
                        let joined = Msg::new("staff-joined-this-case")
                            .code("reference", c.reference)
                            .name("name", c.holder_name)
                            .msg("others", others);
                        reply
                            .messages
                            .push(Outgoing::new(ctx.inc.chat, lang, joined));
                    }
                    let told = self.staff_joined_case_notices(&mut tx, case, user).await?;
                    reply.notices = self.queue(&mut tx, case, told).await?;
                }
                reply
            }
        };
        if !store::invites::use_once(&mut tx, invite.id).await? {
            return Ok(Redeemed::Failed(Msg::new("invite-used")));
        }
        tx.commit().await?;
        tracing::info!(invite = invite.id, user = user.0, "invite redeemed");
        Ok(Redeemed::Answer(reply))
    }
}

/// What one try to redeem an invite came to: an answer, or a failed try (an unknown, expired or
/// used link) that counts towards the guessing limit.
enum Redeemed {
    Answer(Reply),
    Failed(Msg),
}

/// Telegram's display name, trimmed to what fits a staff list.
fn staff_name(raw: &str) -> String {
    let name: String = raw
        .trim()
        .chars()
        .filter(|c| !c.is_control())
        .take(64)
        .collect();
    if name.is_empty() {
        "?".to_string()
    } else {
        name
    }
}
