//! The backlog benchmark's correctness half, small enough for CI: 300
//! generated confirmation emails (the benchmark's generator, mixed layouts)
//! and their requests go through the real binary; every email must be applied
//! exactly once and every item must end in the status its reply gave. No
//! timing is asserted here; `benches/backlog.rs` measures.

#[path = "../benches/support/mailgen.rs"]
mod mailgen;
#[path = "../benches/support/verify.rs"]
mod verify;

use std::path::Path;
use std::process::Command;

fn takedown(dir: &Path, args: &[&str]) -> std::process::Output {
    let out = Command::new(env!("CARGO_BIN_EXE_takedown"))
        .arg("--config")
        .arg(dir.join("config.toml"))
        .args(args)
        .env_remove("TAKEDOWN_NOW")
        .output()
        .expect("run takedown");
    assert!(
        out.status.success(),
        "takedown {args:?} failed: {}\n{}",
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

#[test]
fn backlog_of_300_is_applied_exactly_once_and_every_item_ends_right() {
    let corpus = mailgen::generate(&mailgen::Spec::backlog(300, 7));
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    std::fs::write(
        dir.join("config.toml"),
        mailgen::config_toml("ledger.db", ""),
    )
    .unwrap();
    std::fs::write(dir.join("requests.csv"), corpus.requests_csv()).unwrap();
    mailgen::write_maildir(&dir.join("inbox"), &corpus.emails);

    takedown(
        dir,
        &[
            "request",
            "import",
            dir.join("requests.csv").to_str().unwrap(),
        ],
    );
    let out = takedown(
        dir,
        &["ingest", "--json", dir.join("inbox").to_str().unwrap()],
    );
    let lines: Vec<serde_json::Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 300);
    for l in &lines {
        assert_eq!(l["outcome"], "applied", "{l}");
    }
    let v = verify::verify(&dir.join("ledger.db"), &corpus);
    assert!(v.ok(), "{:#?}", v.problems);
    assert_eq!(v.items_right, v.items);

    // Ingesting the same mailbox again changes nothing: every email is a duplicate.
    let again = takedown(
        dir,
        &["ingest", "--json", dir.join("inbox").to_str().unwrap()],
    );
    let s = String::from_utf8(again.stdout).unwrap();
    assert_eq!(
        s.lines()
            .filter(|l| l.contains("\"outcome\":\"duplicate\""))
            .count(),
        300
    );
    let v = verify::verify(&dir.join("ledger.db"), &corpus);
    assert!(v.ok(), "{:#?}", v.problems);
}

#[test]
fn the_generator_is_deterministic_and_mixes_layouts() {
    let a = mailgen::generate(&mailgen::Spec::backlog(200, 42));
    let b = mailgen::generate(&mailgen::Spec::backlog(200, 42));
    assert_eq!(a.emails, b.emails);
    assert_eq!(a.requests_csv(), b.requests_csv());
    let all: Vec<String> = a
        .emails
        .iter()
        .map(|e| String::from_utf8_lossy(e).into_owned())
        .collect();
    assert!(all.iter().any(|e| e.contains("<table")));
    assert!(all.iter().any(|e| e.contains("multipart/alternative")));
    assert!(
        all.iter()
            .any(|e| e.contains("Content-Transfer-Encoding: base64"))
    );
    assert!(all.iter().any(|e| e.contains("삭제 완료")));
    assert!(all.iter().any(|e| e.contains("wrote:")));
    let sizes: Vec<usize> = a.requests.iter().map(|r| r.urls.len()).collect();
    assert!(sizes.iter().all(|n| (5..=30).contains(n)));
}

#[path = "support/mailservers.rs"]
mod mailservers;

/// The same through IMAP, as the benchmark runs it: `takedown run --once`
/// against a real Dovecot on 127.0.0.1 empties INBOX into the processed folder.
#[test]
fn backlog_of_300_over_imap_is_applied_once_and_moved() {
    if !mailservers::require_dovecot() {
        return;
    }
    let corpus = mailgen::generate(&mailgen::Spec::backlog(300, 11));
    let dc = mailservers::Dovecot::start(mailservers::DovecotOptions::default()).unwrap();
    dc.deliver_many("INBOX", &corpus.emails).unwrap();
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let mailbox = format!(
        "[mailbox]\nkind = \"imap\"\nhost = \"127.0.0.1\"\nport = {}\ntls = \"none\"\nusername = \"{}\"\npassword_env = \"BACKLOG_TEST_PASSWORD\"\nidle = false\n",
        dc.imap_port, dc.user
    );
    std::fs::write(
        dir.join("config.toml"),
        mailgen::config_toml("ledger.db", &mailbox),
    )
    .unwrap();
    std::fs::write(dir.join("requests.csv"), corpus.requests_csv()).unwrap();
    takedown(
        dir,
        &[
            "request",
            "import",
            dir.join("requests.csv").to_str().unwrap(),
        ],
    );
    let out = Command::new(env!("CARGO_BIN_EXE_takedown"))
        .arg("--config")
        .arg(dir.join("config.toml"))
        .args(["run", "--once", "--json"])
        .env("BACKLOG_TEST_PASSWORD", &dc.password)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "run --once: {}\n{}",
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    let applied = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .filter(|l| l.contains("\"outcome\":\"applied\""))
        .count();
    assert_eq!(applied, 300);
    let v = verify::verify(&dir.join("ledger.db"), &corpus);
    assert!(v.ok(), "{:#?}", v.problems);
    assert!(dc.list_folder("INBOX").is_empty(), "INBOX not emptied");
    assert_eq!(
        dc.list_folder(&format!("Takedown{}Processed", dc.separator))
            .len(),
        300
    );
}
