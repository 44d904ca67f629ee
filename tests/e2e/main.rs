mod bad_input;
mod fake_selftest;
mod fake_telegram;
mod story;
mod support;
