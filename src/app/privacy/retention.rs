//! Retention (issue 14): once an hour the worker anonymises the cases closed longer ago than
//! the retention period (`Policy::retention_closed`, `RETENTION_CLOSED`, twelve months unless
//! configured), by the same code path as an erasure on request, and removes the traces that can
//! no longer matter (invites expired and conversations left a month ago). Nobody is told: the
//! case ended long before.

use chrono::{DateTime, Utc};

use crate::app::App;
use crate::store;
use crate::workflow::privacy::{anonymise_closed_before, traces_before};

/// Cases anonymised in one pass (the rest in the next hour).
const PAGE: u32 = 100;

impl App {
    /// Anonymises the cases whose retention period ran out and prunes stale traces; returns
    /// how many cases were anonymised.
    pub(crate) async fn retention_sweep(&self, now: DateTime<Utc>) -> anyhow::Result<u64> {
        let before = anonymise_closed_before(now, self.policy.retention_closed);
        let mut tx = store::begin(&self.pool).await?;
        let due = store::privacy::retention_due(&mut tx, before, PAGE).await?;
        let mut anonymised = 0;
        for case in due {
            if store::privacy::erase(&mut tx, case, now).await?.is_some() {
                store::audit(&mut tx, now, None, "case_anonymised", Some(case.0), None).await?;
                anonymised += 1;
            }
        }
        let pruned = store::privacy::prune(&mut tx, traces_before(now)).await?;
        tx.commit().await?;
        if anonymised > 0 || pruned > 0 {
            tracing::info!(anonymised, pruned, "retention: closed cases anonymised");
        }
        Ok(anonymised)
    }
}
