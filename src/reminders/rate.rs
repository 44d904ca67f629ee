//! Telegram's limits for pushed messages, driven by the worker's `now` rather than by sleeping,
//! so that tests and the benchmark can simulate hours in seconds: at most `per_second` messages
//! in any calendar second overall, one per second per chat, `per_group_minute` per group in any
//! 60 seconds, and no message to a chat before a 429's `retry_after` has passed. Kept in memory:
//! after a restart it starts empty, which at worst lets one more message per chat through.

use std::collections::{HashMap, VecDeque};

/// Counts what was sent, by unix second.
#[derive(Debug)]
pub struct RateLimiter {
    per_second: u32,
    per_group_minute: usize,
    second: i64,
    sent_this_second: u32,
    /// The earliest second each chat may get its next message.
    chat_free_at: HashMap<i64, i64>,
    /// The seconds of each group's messages in the last minute.
    group_sent: HashMap<i64, VecDeque<i64>>,
}

impl Default for RateLimiter {
    fn default() -> Self {
        RateLimiter::new(30, 20)
    }
}

impl RateLimiter {
    pub fn new(per_second: u32, per_group_minute: usize) -> Self {
        RateLimiter {
            per_second,
            per_group_minute,
            second: 0,
            sent_this_second: 0,
            chat_free_at: HashMap::new(),
            group_sent: HashMap::new(),
        }
    }

    /// How many more messages may go out in the second `now`.
    pub fn budget(&mut self, now: i64) -> u32 {
        self.roll(now);
        self.per_second.saturating_sub(self.sent_this_second)
    }

    /// `Ok` when a message to `chat` may go out at `now`; else the second it may.
    pub fn check(&mut self, chat: i64, now: i64) -> Result<(), i64> {
        self.roll(now);
        if self.sent_this_second >= self.per_second {
            return Err(now + 1);
        }
        let mut free = self.chat_free_at.get(&chat).copied().unwrap_or(i64::MIN);
        if chat < 0
            && let Some(sent) = self.group_sent.get(&chat)
            && sent.len() >= self.per_group_minute
            && let Some(oldest) = sent.front()
        {
            free = free.max(oldest + 60);
        }
        if free > now { Err(free) } else { Ok(()) }
    }

    /// Counts a message that went out to `chat` at `now`.
    pub fn record(&mut self, chat: i64, now: i64) {
        self.roll(now);
        self.sent_this_second += 1;
        let free = self.chat_free_at.entry(chat).or_insert(now + 1);
        *free = (*free).max(now + 1);
        if chat < 0 {
            let sent = self.group_sent.entry(chat).or_default();
            sent.push_back(now);
            if sent.len() > self.per_group_minute {
                sent.pop_front();
            }
        }
    }

    /// Telegram said "retry after": nothing more to this chat before `until`.
    pub fn block(&mut self, chat: i64, until: i64) {
        let free = self.chat_free_at.entry(chat).or_insert(until);
        *free = (*free).max(until);
    }

    /// A new second: reset the overall count and forget chats that are free again (memory
    /// stays bounded by the chats of the last minute).
    fn roll(&mut self, now: i64) {
        if now == self.second {
            return;
        }
        self.second = now;
        self.sent_this_second = 0;
        if self.chat_free_at.len() > 4096 {
            self.chat_free_at.retain(|_, free| *free > now);
            self.group_sent
                .retain(|_, sent| sent.back().is_some_and(|last| last + 60 > now));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_message_per_second_per_chat() {
        let mut r = RateLimiter::default();
        assert_eq!(r.check(7, 100), Ok(()));
        r.record(7, 100);
        assert_eq!(r.check(7, 100), Err(101));
        assert_eq!(r.check(8, 100), Ok(()));
        assert_eq!(r.check(7, 101), Ok(()));
    }

    #[test]
    fn at_most_thirty_a_second_overall() {
        let mut r = RateLimiter::default();
        for chat in 0..30 {
            assert_eq!(r.check(chat, 5), Ok(()));
            r.record(chat, 5);
        }
        assert_eq!(r.budget(5), 0);
        assert_eq!(r.check(99, 5), Err(6));
        assert_eq!(r.budget(6), 30);
    }

    #[test]
    fn at_most_twenty_a_minute_per_group() {
        let mut r = RateLimiter::default();
        for s in 0..20 {
            assert_eq!(r.check(-5, 1000 + s), Ok(()));
            r.record(-5, 1000 + s);
        }
        assert_eq!(r.check(-5, 1020), Err(1060));
        assert_eq!(r.check(-5, 1060), Ok(()));
    }

    #[test]
    fn retry_after_blocks_only_that_chat() {
        let mut r = RateLimiter::default();
        r.block(7, 110);
        assert_eq!(r.check(7, 100), Err(110));
        assert_eq!(r.check(8, 100), Ok(()));
        assert_eq!(r.check(7, 110), Ok(()));
    }
}
