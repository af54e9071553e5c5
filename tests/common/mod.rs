//! Shared helpers for the integration tests: a temp dir with a config that
//! points at it, and the built binary.

#![allow(dead_code)]

use std::path::{Path, PathBuf};

use assert_cmd::Command;

pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// True under CI (`CI=true`), where nothing a test needs may be missing.
pub fn in_ci() -> bool {
    std::env::var("CI").is_ok_and(|v| v == "true" || v == "1")
}

/// Whether a tool (or data) a test needs is there. Missing: a failure under
/// CI, otherwise the test says so and is skipped (returns false).
#[track_caller]
pub fn available(present: bool, what: &str) -> bool {
    if present {
        return true;
    }
    assert!(
        !in_ci(),
        "{what} is missing, and CI=true: install it (scripts/test.sh does)"
    );
    println!("skipped: {what} is missing");
    false
}

/// The shared corpora beside the repository (`../shared/corpora/NAME`).
pub fn shared_corpus(name: &str) -> PathBuf {
    repo().join("../shared/corpora").join(name)
}

pub struct Env {
    pub dir: tempfile::TempDir,
}

impl Env {
    /// A temp dir whose config.toml is the shipped one, with the ledger inside
    /// the temp dir and the mailbox pointing at `mailbox` (absolute).
    pub fn with_config(config: &str) -> Env {
        let dir = tempfile::tempdir().expect("temp dir");
        std::fs::write(dir.path().join("config.toml"), config).expect("write config");
        Env { dir }
    }

    pub fn shipped(mailbox: &Path) -> Env {
        let text =
            std::fs::read_to_string(repo().join("config.toml")).expect("shipped config.toml");
        let text = text.replace(
            "path = \"samples/inbox\"",
            &format!("path = \"{}\"", mailbox.display()),
        );
        Env::with_config(&text)
    }

    pub fn path(&self, p: &str) -> PathBuf {
        self.dir.path().join(p)
    }

    pub fn cmd(&self) -> Command {
        let mut c = Command::cargo_bin("takedown").expect("binary");
        c.arg("--config").arg(self.path("config.toml"));
        c.env_remove("TAKEDOWN_CONFIG")
            .env_remove("TAKEDOWN_NOW")
            .env("TAKEDOWN_LOG", "warn");
        c
    }

    pub fn write(&self, name: &str, text: &str) -> PathBuf {
        let p = self.path(name);
        if let Some(d) = p.parent() {
            std::fs::create_dir_all(d).expect("mkdir");
        }
        std::fs::write(&p, text).expect("write");
        p
    }

    /// Runs and returns stdout, asserting success.
    pub fn ok(&self, args: &[&str]) -> String {
        let out = self.cmd().args(args).output().expect("run");
        assert!(
            out.status.success(),
            "takedown {args:?} failed ({:?}):\nstdout:\n{}\nstderr:\n{}",
            out.status.code(),
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).to_string()
    }

    pub fn json(&self, args: &[&str]) -> serde_json::Value {
        let s = self.ok(args);
        serde_json::from_str(&s)
            .unwrap_or_else(|e| panic!("takedown {args:?}: stdout is not JSON ({e}):\n{s}"))
    }
}

pub const MINI_CONFIG: &str = r#"
timezone = "Asia/Seoul"
[database]
path = "t.db"
[trust]
authserv_id = "mx.kcsc.example"
require = "dmarc"
[[platforms]]
id = "telegram"
senders = ["telegram.org"]
reminder_to = ["dsa@telegram.org"]
[[platforms]]
id = "x"
senders = ["x.com"]
"#;

pub const AR_TELEGRAM: &str = "Authentication-Results: mx.kcsc.example; dkim=pass header.d=telegram.org; dmarc=pass header.from=telegram.org\n";

/// A plain-text email from Telegram.
pub fn tg_email(mid: &str, subject: &str, body: &str, trusted: bool) -> String {
    format!(
        "{}From: Telegram <abuse@telegram.org>\nTo: takedown@kcsc.example\nSubject: {subject}\nDate: Mon, 2 Sep 2024 10:00:00 +0900\nMessage-ID: <{mid}>\nContent-Type: text/plain; charset=utf-8\n\n{body}\n",
        if trusted { AR_TELEGRAM } else { "" }
    )
}
