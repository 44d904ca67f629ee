//! An admin ends a caseworker's access (`driegesprek staff revoke <id>`, issue 12): at once off
//! every case (their old buttons are then refused like a stranger's), their reminders and offers
//! cancelled, and each affected case told: the remaining staff and groups that the case has no
//! contact of that organisation any more, with a single-use invite for a colleague there to
//! join; the status holder that this contact person is gone. The notices go through the outbox,
//! so the running bot sends them (the command line only writes them).

use crate::app::life::about;
use crate::app::{App, Outgoing};
use crate::domain::{CaseId, InvitePurpose, Party, StaffId};
use crate::i18n::Msg;
use crate::store;

/// What a revoke did: whom, and the cases they were on (with whether someone of their side is
/// still on it).
#[derive(Debug, Clone, PartialEq)]
pub struct Revoked {
    pub staff: StaffId,
    pub cases: Vec<(CaseId, bool)>,
}

impl App {
    /// Ends the staff member's access in one transaction; `None` if there is no such active
    /// staff member.
    pub async fn revoke_staff(&self, id: StaffId) -> anyhow::Result<Option<Revoked>> {
        let now = self.clock.now();
        let mut tx = self.begin().await?;
        let Some(staff) = store::staff::revoke(&mut tx, id, now).await? else {
            return Ok(None);
        };
        let cases = store::life::remove_staff_everywhere(&mut tx, staff.user, now).await?;
        let mut report = Vec::new();
        for (case_id, party) in cases {
            let Some(case) = store::cases::get(&mut tx, case_id).await? else {
                continue;
            };
            let members = store::cases::members(&mut tx, case_id).await?;
            let covered = members.iter().any(|m| m.party == party);
            let org = self.org_name(&mut tx, &case, party).await?;
            let msg = if covered {
                about("life-revoked-colleagues", &case).name("who", staff.name.clone())
            } else {
                let side = match party {
                    Party::Coa => case.coa_org,
                    _ => case.gemeente_org,
                };
                let invite = self
                    .case_invite(&mut tx, InvitePurpose::CaseStaff, case_id, Some(side))
                    .await?;
                about("life-revoked-nobody", &case)
                    .name("who", staff.name.clone())
                    .name("org", org.clone())
                    .code("link", invite.link)
                    .date_time("expires", invite.expires_at)
            };
            let mut outs: Vec<Outgoing> = self.to_case_staff(&mut tx, case_id, None, msg).await?;
            if !covered {
                let holder = Msg::new("life-revoked-holder")
                    .name("who", staff.name.clone())
                    .name("org", org);
                outs.extend(self.to_holder(&mut tx, case_id, holder).await?);
            }
            self.queue(&mut tx, case_id, outs).await?;
            store::audit(
                &mut tx,
                now,
                None,
                "staff_revoked",
                Some(case_id.0),
                Some(id.0),
            )
            .await?;
            report.push((case_id, covered));
        }
        store::audit(&mut tx, now, None, "staff_revoked", None, Some(id.0)).await?;
        tx.commit().await?;
        tracing::info!(staff = id.0, cases = report.len(), "staff access revoked");
        Ok(Some(Revoked {
            staff: id,
            cases: report,
        }))
    }
}
