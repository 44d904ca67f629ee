mod fake_selftest;
mod fake_telegram;
