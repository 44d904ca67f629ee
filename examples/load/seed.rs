//! The benchmark's caseload, written through the store API in one transaction: `cases` open
//! cases spread over 12 municipalities and 4 COA locations (one caseworker each), every case
//! with its status holder (a language chosen, the privacy notice read), option 2 with three plan
//! items, and a meeting proposed with two times. The first `active` holders have the Telegram
//! ids the load harness's fake Bot API uses (`FIRST_USER + i`), and the two slots of holder `i`
//! have the ids `chat * 10 + 1` and `chat * 10 + 2`, so a scripted button `m:a:{chat}1:h:can`
//! answers their own meeting's first time. Also used by `tests/statements.rs`.

use anyhow::{Context, anyhow};
use chrono::{DateTime, Duration, Utc};
use driegesprek::domain::{
    CaseId, CaseReference, ChatId, HandoverOption, HolderName, Lang, OrgId, OrgKind, OrgName,
    Party, PlanItemKind, StaffId, UserId,
};
use driegesprek::store::cases::Sides;
use driegesprek::store::meetings::NewMeeting;
use driegesprek::store::plan::Programme;
use driegesprek::store::plan_items::NewItem;
use driegesprek::store::{self, SqlitePool};
use driegesprek::workflow::case_opening::CaseDraft;
use driegesprek::workflow::meeting::Place;
use driegesprek::workflow::plan::{AgreementKind, ItemKind};

/// The fake Bot API's first user and chat id (`CHAT_BASE` in the harness's `fakeapi`).
pub const FIRST_USER: i64 = 100_000;
/// Caseworkers' Telegram ids start here (their chats get the proposer's board and notices).
pub const FIRST_STAFF: i64 = 9_000_000;
/// Holders beyond the active ones get ids from here (outside the harness's range).
const FIRST_IDLE: i64 = 50_000_000;
const GEMEENTEN: i64 = 12;
const COA: i64 = 4;

/// The languages the holders read, in turn.
const LANGS: [Lang; 6] = [Lang::Ar, Lang::Ti, Lang::Fa, Lang::So, Lang::Tr, Lang::En];

/// What was seeded: the caseworkers' chats (for the harness's `--extra-chats`).
pub struct Seeded {
    pub staff_chats: (i64, i64),
}

/// The first slot id of active holder `i` (the second is one more).
pub fn first_slot(i: i64) -> i64 {
    (FIRST_USER + i) * 10 + 1
}

pub async fn seed(
    pool: &SqlitePool,
    cases: i64,
    active: i64,
    now: DateTime<Utc>,
) -> anyhow::Result<Seeded> {
    let mut tx = store::begin(pool).await?;
    let mut gemeenten: Vec<(OrgId, StaffId, UserId)> = Vec::new();
    let mut coa: Vec<(OrgId, StaffId, UserId)> = Vec::new();
    for k in 0..GEMEENTEN + COA {
        let (kind, name) = if k < GEMEENTEN {
            (OrgKind::Gemeente, format!("Gemeente {k}"))
        } else {
            (OrgKind::Coa, format!("COA {k}"))
        };
        let name = OrgName::parse(&name).map_err(|p| anyhow!("org name: {p:?}"))?;
        let org = store::orgs::insert(&mut tx, kind, &name, now).await?;
        let user = UserId(FIRST_STAFF + k);
        let staff = store::staff::insert(&mut tx, user, org, &format!("Staff {k}"), now).await?;
        store::users::set_lang(&mut tx, user, Lang::Nl, true, now).await?;
        if k < GEMEENTEN {
            gemeenten.push((org, staff, user));
        } else {
            coa.push((org, staff, user));
        }
    }
    let name = HolderName::parse("Amal").map_err(|p| anyhow!("holder name: {p:?}"))?;
    let first = now + Duration::days(30);
    for i in 0..cases {
        let (g_org, g_staff, g_user) = pick(&gemeenten, i)?;
        let (c_org, _, c_user) = pick(&coa, i)?;
        let reference =
            CaseReference::parse(&format!("B-{i}")).map_err(|p| anyhow!("reference: {p:?}"))?;
        let draft = CaseDraft {
            name: name.clone(),
            reference,
            counterpart: c_org,
            matching: now.date_naive(),
            housing: None,
        };
        let sides = Sides {
            owner: g_org,
            coa: c_org,
            gemeente: g_org,
        };
        let case = store::cases::insert(&mut tx, &draft, &sides, g_staff, now).await?;
        let holder = UserId(if i < active { FIRST_USER } else { FIRST_IDLE } + i);
        store::cases::add_member(&mut tx, case, g_user, Party::Gemeente, now).await?;
        store::cases::add_member(&mut tx, case, c_user, Party::Coa, now).await?;
        store::cases::add_member(&mut tx, case, holder, Party::Holder, now).await?;
        store::cases::ack_privacy(&mut tx, case, holder, now).await?;
        let lang = LANGS
            .get(usize::try_from(i).unwrap_or(0) % LANGS.len())
            .copied()
            .unwrap_or(Lang::En);
        store::users::set_lang(&mut tx, holder, lang, true, now).await?;
        plan(&mut tx, case, now).await?;
        let meeting = store::meetings::insert(
            &mut tx,
            &NewMeeting {
                case,
                proposer: g_user,
                proposer_chat: ChatId::from(g_user),
                place: Place::Azc,
                video_link: None,
                interpreter: None,
                interpreter_by: None,
            },
            now,
        )
        .await?;
        for n in 0..2 {
            let slot =
                store::meetings::add_slot(&mut tx, meeting, first + Duration::hours(n)).await?;
            if i < active {
                // The harness's buttons name the slot by the holder's chat (see the top).
                sqlx::query("UPDATE meeting_slots SET id = ? WHERE id = ?")
                    .bind(first_slot(i) + n)
                    .bind(slot)
                    .execute(&mut *tx)
                    .await
                    .context("renumbering a slot")?;
            }
        }
    }
    tx.commit().await?;
    Ok(Seeded {
        staff_chats: (FIRST_STAFF, FIRST_STAFF + GEMEENTEN + COA - 1),
    })
}

fn pick<T: Copy>(v: &[T], i: i64) -> anyhow::Result<T> {
    let n = i64::try_from(v.len())?;
    v.get(usize::try_from(i % n)?)
        .copied()
        .context("no organisations")
}

/// Option 2 (combined) with a municipal item, the holder's "bring your documents" and COA's
/// client profile.
async fn plan(tx: &mut store::Tx, case: CaseId, now: DateTime<Utc>) -> anyhow::Result<()> {
    store::plan::set_option(tx, case, HandoverOption::Combined, Programme::Asked, now).await?;
    let day = |d| Some(now.date_naive() + Duration::days(d));
    let items = [
        (
            ItemKind::Standard(PlanItemKind::BroadIntake),
            Party::Gemeente,
            day(14),
        ),
        (
            ItemKind::Agreement(AgreementKind::BringsDocuments),
            Party::Holder,
            day(10),
        ),
        (
            ItemKind::Standard(PlanItemKind::ClientProfile),
            Party::Coa,
            day(7),
        ),
    ];
    for (kind, owner, due) in items {
        let item = NewItem {
            kind,
            text: None,
            owner,
            due,
            place: None,
        };
        store::plan_items::insert_item(tx, case, &item, now).await?;
    }
    Ok(())
}
