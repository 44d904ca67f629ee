//! Backoff for passing failures (5xx, timeouts, refused connections): the wait doubles with each
//! failed attempt up to a cap, and after the last allowed attempt the reminder fails for good.
//! Pure; no jitter, because one worker sends and the rate limiter already spreads the load.

use chrono::Duration;

/// How long to wait after the `attempts`-th failed attempt (1-based).
pub fn delay(attempts: u32, base: Duration, cap: Duration) -> Duration {
    let factor = 1_i32
        .checked_shl(attempts.saturating_sub(1).min(30))
        .unwrap_or(i32::MAX);
    base.checked_mul(factor).map_or(cap, |d| d.min(cap))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_wait_doubles_until_the_cap() {
        let (base, cap) = (Duration::seconds(30), Duration::hours(1));
        let cases = [(1, 30), (2, 60), (3, 120), (7, 1920), (8, 3600), (40, 3600)];
        for (attempts, secs) in cases {
            assert_eq!(
                delay(attempts, base, cap),
                Duration::seconds(secs),
                "{attempts}"
            );
        }
    }
}
