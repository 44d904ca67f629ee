//! The browser side of the playground test: a minimal W3C WebDriver client over chromedriver
//! (session, url, execute, screenshot), the page's helpers in JavaScript, and the child
//! processes (the playground, chromedriver) that stop when the test ends.

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use base64::Engine;
use serde_json::{Value, json};

pub const CHROMIUM: [&str; 2] = ["/usr/bin/chromium", "/usr/bin/chromium-browser"];
pub const DRIVER: [&str; 2] = ["/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver"];
const WAIT: Duration = Duration::from_secs(20);

/// A child process that is stopped when the test ends, however it ends: asked first (SIGTERM,
/// so the playground removes its temporary database), killed if it does not stop in 5 s.
pub struct Running(Child);

impl Drop for Running {
    fn drop(&mut self) {
        let pid = self.0.id().to_string();
        let _ = Command::new("kill").args(["-TERM", &pid]).status();
        for _ in 0..50 {
            if matches!(self.0.try_wait(), Ok(Some(_))) {
                return;
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn free_port() -> u16 {
    let socket = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    socket.local_addr().unwrap().port()
}

pub fn installed(paths: &[&'static str]) -> Option<&'static str> {
    paths
        .iter()
        .copied()
        .find(|p| std::path::Path::new(p).exists())
}

/// The playground on a free port, its clock on Monday 30 March 2026, 10:00 in Amsterdam;
/// returns once the sample caseload is in and the page is served.
pub fn start_playground() -> (Running, String) {
    let port = free_port();
    let mut child = Command::new(env!("CARGO_BIN_EXE_driegesprek"))
        .args(["playground", "--port", &port.to_string()])
        .args(["--start-at", "2026-03-30T08:00:00Z"])
        .env_remove("DATABASE_URL")
        .env("RUST_LOG", "warn")
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("start driegesprek playground");
    let stdout = child.stdout.take().expect("its stdout");
    let running = Running(child);
    let mut line = String::new();
    BufReader::new(stdout)
        .read_line(&mut line)
        .expect("the playground's first line");
    assert!(line.contains("playground: open"), "unexpected: {line:?}");
    (running, format!("http://127.0.0.1:{port}/"))
}

/// A minimal W3C WebDriver client over chromedriver.
pub struct Browser {
    http: reqwest::Client,
    session: String,
    _driver: Running,
}

impl Browser {
    pub async fn start(chromium: &str, driver: &str) -> Browser {
        let port = free_port();
        let child = Command::new(driver)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start chromedriver");
        let driver = Running(child);
        let http = reqwest::Client::new();
        let base = format!("http://127.0.0.1:{port}");
        let started = Instant::now();
        while !http
            .get(format!("{base}/status"))
            .send()
            .await
            .is_ok_and(|r| r.status().is_success())
        {
            assert!(started.elapsed() < WAIT, "chromedriver did not start");
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        let caps = json!({"capabilities": {"alwaysMatch": {"browserName": "chrome",
            "goog:chromeOptions": {"binary": chromium, "args": ["--headless=new", "--no-sandbox",
                "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1600,1000",
                "--lang=en"]}}}});
        let answer: Value = http
            .post(format!("{base}/session"))
            .json(&caps)
            .send()
            .await
            .expect("new session")
            .json()
            .await
            .expect("session answer");
        let id = answer["value"]["sessionId"]
            .as_str()
            .unwrap_or_else(|| panic!("no session: {answer}"));
        Browser {
            http,
            session: format!("{base}/session/{id}"),
            _driver: driver,
        }
    }

    async fn command(&self, path: &str, body: Value) -> Value {
        let answer: Value = self
            .http
            .post(format!("{}/{path}", self.session))
            .json(&body)
            .send()
            .await
            .expect("webdriver request")
            .json()
            .await
            .expect("webdriver answer");
        assert!(answer["value"].get("error").is_none(), "{path}: {answer}");
        answer["value"].clone()
    }

    pub async fn open(&self, url: &str) {
        self.command("url", json!({ "url": url })).await;
    }

    /// Runs `script` (a function body; the page helpers below are in scope) with `args`.
    pub async fn js(&self, script: &str, args: Value) -> Value {
        let script = format!("{HELPERS}\n{script}");
        self.command("execute/sync", json!({"script": script, "args": args}))
            .await
    }

    /// Runs `script` until it returns something truthy; panics with `what` after 20 s.
    pub async fn until(&self, what: &str, script: &str, args: Value) -> Value {
        let started = Instant::now();
        loop {
            let got = self.js(script, args.clone()).await;
            if !(got.is_null() || got == false || got == "") {
                return got;
            }
            if started.elapsed() > WAIT {
                let panes = self.js("return dump();", json!([])).await;
                panic!("waited in vain for {what}; the panes:\n{panes}");
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    pub async fn screenshot(&self) -> Vec<u8> {
        let answer: Value = self
            .http
            .get(format!("{}/screenshot", self.session))
            .send()
            .await
            .expect("screenshot")
            .json()
            .await
            .expect("screenshot answer");
        let data = answer["value"].as_str().expect("base64 PNG");
        base64::engine::general_purpose::STANDARD
            .decode(data)
            .expect("PNG bytes")
    }
}

/// What a person does and sees in the page, as JavaScript: panes by their role, messages by
/// what they say (Fluent's invisible isolation marks left out), buttons by their label.
const HELPERS: &str = r#"
const norm = s => (s || "").replace(/[\u2068\u2069]/g, "");
const pane = k => document.querySelector('[data-pane="' + k + '"]');
const bubbles = k => [...pane(k).querySelectorAll(".msg")];
const texts = k => bubbles(k).map(b => norm(b.textContent));
const lastWith = (k, needle) => bubbles(k).filter(b => norm(b.textContent).includes(norm(needle))).pop();
function press(k, inMessage, label) {
  const b = lastWith(k, inMessage);
  const kbd = b && b.nextElementSibling;
  if (!kbd || !kbd.classList.contains("kbd")) return false;
  const btn = [...kbd.querySelectorAll("button")].find(x => norm(x.textContent).includes(norm(label)));
  if (!btn) return false;
  btn.click();
  return true;
}
function type(k, text) {
  const input = pane(k).querySelector(".composer input");
  input.value = text;
  pane(k).querySelector(".composer .row button").click();
  return true;
}
function choose(selector, value) {
  const s = document.querySelector(selector);
  s.value = value;
  s.dispatchEvent(new Event("change"));
  return s.value === value;
}
function dump() {
  return ["holder", "coa", "gemeente", "group"].map(k => "== " + k + " (notice: " +
    norm(pane(k).querySelector(".notice").textContent) + ")\n" + texts(k).slice(-4).join("\n--\n")).join("\n");
}
"#;
