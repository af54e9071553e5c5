//! Output never hurts the pipeline: a closed stdout (`| head -1` that has
//! already gone) or a failing one (/dev/full) ends a command quietly with
//! exit 141, no panic, no backtrace, text and JSON alike; `run --once` keeps
//! recording with nobody reading; control characters from an email never
//! reach the terminal raw.

mod common;

use std::os::fd::{FromRawFd, OwnedFd};
use std::process::{Output, Stdio};

use common::*;

/// A ledger built the way staff build one: the samples' requests, and the
/// sample mailbox read with `run --once`.
fn sample_ledger() -> Env {
    let env = Env::shipped(&repo().join("samples/inbox"));
    let csv = repo().join("samples/requests.csv");
    env.ok(&["request", "import", csv.to_str().unwrap()]);
    env.ok(&["run", "--once"]);
    env
}

/// The write end of a pipe whose read end is already closed: every write
/// fails with EPIPE, as `takedown … | head -1` sees once head has exited.
fn closed_pipe() -> Stdio {
    let mut fds = [0i32; 2];
    // SAFETY: pipe() fills two new descriptors, each owned exactly once below.
    assert_eq!(unsafe { libc::pipe(fds.as_mut_ptr()) }, 0, "pipe()");
    drop(unsafe { OwnedFd::from_raw_fd(fds[0]) });
    Stdio::from(unsafe { OwnedFd::from_raw_fd(fds[1]) })
}

fn run_with_stdout(env: &Env, args: &[&str], stdout: Stdio) -> Output {
    std::process::Command::new(assert_cmd::cargo::cargo_bin("takedown"))
        .arg("--config")
        .arg(env.path("config.toml"))
        .env_remove("TAKEDOWN_CONFIG")
        .env_remove("TAKEDOWN_NOW")
        .env("TAKEDOWN_LOG", "warn")
        .args(args)
        .stdout(stdout)
        .stderr(Stdio::piped())
        .output()
        .expect("run takedown")
}

fn assert_quiet(args: &[&str], o: &Output, codes: &[i32]) {
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        o.status.code().is_some_and(|c| codes.contains(&c)),
        "takedown {args:?}: exit {:?}, expected one of {codes:?}\n{err}",
        o.status.code()
    );
    assert!(
        !err.contains("panicked") && !err.contains("RUST_BACKTRACE"),
        "takedown {args:?}: {err}"
    );
}

const COMMANDS: &[&[&str]] = &[
    &["show", "KCSC-240901-01", "--history"],
    &["show", "KCSC-240901-01", "--json"],
    &["requests"],
    &["requests", "--json"],
    &["requests", "--csv"],
    &["review", "--all"],
    &["review", "--json"],
    &["audit", "verify"],
    &["outbox"],
];

#[test]
fn a_closed_stdout_ends_every_command_quietly() {
    let env = sample_ledger();
    for args in COMMANDS {
        let o = run_with_stdout(&env, args, closed_pipe());
        assert_quiet(args, &o, &[141]);
        assert!(
            o.stderr.is_empty(),
            "takedown {args:?}: a reader that went away is not an error: {}",
            String::from_utf8_lossy(&o.stderr)
        );
    }
}

#[test]
fn a_failing_stdout_ends_every_command_with_one_line() {
    let full = std::path::Path::new("/dev/full");
    if !available(full.exists(), "/dev/full") {
        return;
    }
    let env = sample_ledger();
    for args in COMMANDS {
        let f = std::fs::OpenOptions::new()
            .write(true)
            .open(full)
            .expect("/dev/full");
        let o = run_with_stdout(&env, args, Stdio::from(f));
        assert_quiet(args, &o, &[141]);
        let err = String::from_utf8_lossy(&o.stderr);
        assert_eq!(err.lines().count(), 1, "takedown {args:?}: {err}");
        assert!(err.contains("cannot write the output"), "{err}");
    }
}

#[test]
fn run_once_records_everything_when_nobody_reads_its_report() {
    let env = Env::shipped(&repo().join("samples/inbox"));
    let csv = repo().join("samples/requests.csv");
    env.ok(&["request", "import", csv.to_str().unwrap()]);
    for json in [false, true] {
        let mut args = vec!["run", "--once"];
        if json {
            args.push("--json");
        }
        let o = run_with_stdout(&env, &args, closed_pipe());
        assert_quiet(&args, &o, &[0]);
    }
    // Every email of the sample mailbox was recorded all the same: a pass
    // with a working stdout finds nothing new.
    let again = env.ok(&["run", "--once", "--json"]);
    let lines: Vec<serde_json::Value> = again
        .lines()
        .map(|l| serde_json::from_str(l).expect("NDJSON"))
        .collect();
    assert!(!lines.is_empty());
    for v in &lines {
        assert_eq!(v["outcome"], "duplicate", "{v}");
    }
}

#[test]
fn control_characters_from_an_email_are_escaped() {
    let env = Env::with_config(MINI_CONFIG);
    // ESC sequences in the Subject (encoded word: the raw header has no ESC)
    // and in the sender's name: set the title, clear the screen.
    let email = "From: =?utf-8?q?Evil=1B=5B2J?= <abuse@telegram.org>\nTo: takedown@kcsc.example\nSubject: =?utf-8?q?=1B=5D0=3Bpwned=07Hello=0D=0Afake_line?=\nDate: Mon, 2 Sep 2024 10:00:00 +0900\nMessage-ID: <esc@telegram.org>\nContent-Type: text/plain\n\nhttps://t.me/chan/1 removed\n";
    let p = env.write("esc.eml", email);
    let ingest = env.ok(&["ingest", p.to_str().unwrap()]);
    let review = env.ok(&["review"]);
    let evidence = env.ok(&["evidence", "esc@telegram.org"]);
    for (what, out) in [
        ("ingest", &ingest),
        ("review", &review),
        ("evidence", &evidence),
    ] {
        assert!(
            !out.bytes().any(|b| b == 0x1b || b == 0x07 || b == b'\r'),
            "{what} printed a raw control character: {out:?}"
        );
    }
    assert!(
        evidence.contains("\\u{1b}]0;pwned\\u{7}Hello\\r\\nfake line"),
        "{evidence}"
    );
    // JSON keeps the text exactly (escaped the JSON way).
    let v = env.json(&["review", "--json"]);
    assert!(v.to_string().contains("\\u001b]0;pwned"), "{v}");
}
