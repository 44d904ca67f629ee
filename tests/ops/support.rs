//! The bot as a child process: `driegesprek run` on a database in a temporary folder, against
//! an emulator URL, its stderr in a file; and the admin's command line on the same database.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// A token whose secret part must never show up in a log.
pub const TOKEN: &str = "123456:AAE-secret_Part-0042";
pub const SECRET: &str = "AAE-secret_Part-0042";

pub struct Folder {
    pub dir: tempfile::TempDir,
    /// A small file system of its own for the database (a full disk), when mounted.
    small_disk: Option<PathBuf>,
}

impl Folder {
    pub fn new() -> Folder {
        Folder {
            dir: tempfile::tempdir().expect("temp dir"),
            small_disk: None,
        }
    }

    /// A folder whose database lives on a tmpfs of `size` (e.g. "8m") mounted inside it, so
    /// that a test can fill the disk; `None` when mounting is not allowed here (it needs root).
    pub fn with_small_disk(size: &str) -> Option<Folder> {
        let mut folder = Folder::new();
        let disk = folder.path().join("disk");
        std::fs::create_dir(&disk).expect("disk folder");
        let mounted = Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={size}"), "tmpfs"])
            .arg(&disk)
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|s| s.success());
        if !mounted {
            return None;
        }
        folder.small_disk = Some(disk);
        Some(folder)
    }

    /// Where a test may put a file that fills the small disk.
    pub fn disk(&self) -> Option<&Path> {
        self.small_disk.as_deref()
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    pub fn db_file(&self) -> PathBuf {
        self.small_disk
            .as_deref()
            .unwrap_or(self.path())
            .join("bot.db")
    }

    pub fn db_url(&self) -> String {
        format!("sqlite://{}", self.db_file().display())
    }

    /// Runs an admin command on the database; its stdout (panics when it fails).
    pub fn cli(&self, args: &[&str]) -> String {
        let out = self.command(args, &[]).output().expect("run driegesprek");
        assert!(
            out.status.success(),
            "driegesprek {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// The binary with this folder's database and no token, ready to be given more.
    pub fn command(&self, args: &[&str], env: &[(&str, &str)]) -> Command {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_driegesprek"));
        cmd.args(args)
            .current_dir(self.path())
            .env_remove("TELOXIDE_TOKEN")
            .env_remove("TELOXIDE_API_URL")
            .env_remove("LOG_FORMAT")
            .env_remove("HEALTH_LISTEN")
            .env("DATABASE_URL", self.db_url())
            .env("BOT_USERNAME", "driegesprek_test_bot")
            .env("RUST_LOG", "off");
        for (k, v) in env {
            cmd.env(k, v);
        }
        cmd
    }

    /// `driegesprek run` against `api` with these variables; stderr goes to `log_name`.
    pub fn spawn_bot(&self, api: &url::Url, env: &[(&str, &str)], log_name: &str) -> Bot {
        let log = self.path().join(log_name);
        let child = self
            .command(&["run"], env)
            .env("TELOXIDE_TOKEN", TOKEN)
            .env("TELOXIDE_API_URL", api.as_str())
            .stdout(Stdio::null())
            .stderr(std::fs::File::create(&log).expect("log file"))
            .spawn()
            .expect("start driegesprek run");
        Bot { child, log }
    }
}

impl Drop for Folder {
    fn drop(&mut self) {
        if let Some(disk) = &self.small_disk {
            let _ = Command::new("umount").arg("-l").arg(disk).status();
        }
    }
}

pub struct Bot {
    pub child: Child,
    pub log: PathBuf,
}

impl Bot {
    /// What the bot wrote to stderr so far.
    pub fn log(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap_or_default()
    }

    /// SIGTERM, as systemd stops it; waits for the exit (at most 25 s) and returns the log.
    pub fn stop(mut self) -> String {
        let _ = Command::new("kill")
            .args(["-TERM", &self.child.id().to_string()])
            .status();
        let asked = Instant::now();
        loop {
            if let Ok(Some(_)) = self.child.try_wait() {
                break;
            }
            if asked.elapsed() > Duration::from_secs(25) {
                let _ = self.child.kill();
                let _ = self.child.wait();
                panic!("the bot did not stop within 25 s:\n{}", self.log());
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        self.log()
    }

    /// `kill -9`: no chance to finish anything.
    pub fn kill9(mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Drop for Bot {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
