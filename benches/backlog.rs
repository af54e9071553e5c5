//! End-to-end backlog benchmark (issue 7): a year of replies already waiting
//! in INBOX when takedown starts.
//!
//!     cargo bench --bench backlog -- [--emails 10000] [--rounds 3] [--mode imap|maildir] [--seed 7]
//!
//! Generates N realistic confirmation emails and their requests
//! (`support/mailgen.rs`), loads them into a fresh Dovecot INBOX on 127.0.0.1
//! (`deliver_many`), and then times, in the same run and in alternating order
//! each round:
//!
//! * `mbsync` (isync, default settings: `FSync yes`) pulling INBOX into an
//!   empty Maildir;
//! * the floor: a minimal client doing `UID FETCH lo:hi BODY.PEEK[]` in
//!   ranges of 500 UIDs and discarding the bytes;
//! * `takedown run --once` on an IMAP mailbox config (mode `imap`, the default)
//!   — fetch, parse, extract, match, commit durably, move to the processed
//!   folder — or `takedown ingest` of the same emails as a Maildir (mode `maildir`:
//!   the pipeline alone, no IMAP).
//!
//! Each round starts a fresh Dovecot and a fresh ledger (requests imported,
//! not timed). After every takedown run the ledger is checked: every email
//! applied once, every item in the status its reply gave. Prints per-round
//! times, medians, emails/s and the ratios; exits non-zero when a check fails.
//! Only 127.0.0.1 is contacted.

#[path = "support/imap.rs"]
mod imap;
#[path = "support/mailgen.rs"]
mod mailgen;
#[path = "../tests/support/mailservers.rs"]
mod mailservers;
#[path = "support/verify.rs"]
mod verify;

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;

use mailservers::{Dovecot, DovecotOptions};

struct Args {
    emails: usize,
    rounds: usize,
    mode: String,
    seed: u64,
    keep: bool,
}

fn args() -> Args {
    let mut a = Args {
        emails: 10_000,
        rounds: 3,
        mode: "imap".into(),
        seed: 7,
        keep: false,
    };
    let mut it = std::env::args().skip(1);
    while let Some(x) = it.next() {
        match x.as_str() {
            "--emails" => a.emails = it.next().and_then(|v| v.parse().ok()).expect("--emails N"),
            "--rounds" => a.rounds = it.next().and_then(|v| v.parse().ok()).expect("--rounds N"),
            "--mode" => a.mode = it.next().expect("--mode imap|maildir"),
            "--seed" => a.seed = it.next().and_then(|v| v.parse().ok()).expect("--seed N"),
            "--keep" => a.keep = true,
            // `cargo bench` passes --bench; filters are not used here.
            _ => {}
        }
    }
    assert!(
        a.mode == "imap" || a.mode == "maildir",
        "--mode imap|maildir"
    );
    a
}

pub fn takedown_bin() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_takedown"))
}

fn median(xs: &[f64]) -> f64 {
    let mut v = xs.to_vec();
    v.sort_by(|a, b| a.partial_cmp(b).unwrap());
    let n = v.len();
    if n % 2 == 1 {
        v[n / 2]
    } else {
        (v[n / 2 - 1] + v[n / 2]) / 2.0
    }
}

/// Whole-process wall time of a command; panics with its stderr on failure.
fn timed(cmd: &mut Command, what: &str) -> f64 {
    let t = Instant::now();
    let out = cmd
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .output()
        .unwrap_or_else(|e| panic!("{what}: {e}"));
    let s = t.elapsed().as_secs_f64();
    if !out.status.success() {
        panic!(
            "{what} failed ({}): {}",
            out.status,
            String::from_utf8_lossy(&out.stderr)
        );
    }
    s
}

fn mbsync(dc: &Dovecot, work: &Path) -> f64 {
    let dir = work.join("mbsync");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("local")).unwrap();
    let rc = dir.join("mbsyncrc");
    std::fs::write(
        &rc,
        format!(
            "IMAPAccount local\nHost 127.0.0.1\nPort {}\nUser {}\nPass {}\nSSLType None\nAuthMechs LOGIN\n\n\
             IMAPStore far\nAccount local\n\n\
             MaildirStore near\nPath ./local/\nInbox ./local/INBOX\n\n\
             Channel pull\nFar :far:INBOX\nNear :near:INBOX\nSync Pull\nCreate Near\nExpunge None\nSyncState *\n",
            dc.imap_port, dc.user, dc.password
        ),
    )
    .unwrap();
    let s = timed(
        Command::new("mbsync")
            .arg("-q")
            .arg("-c")
            .arg(&rc)
            .arg("pull")
            .current_dir(&dir),
        "mbsync",
    );
    let got = std::fs::read_dir(dir.join("local/INBOX/cur"))
        .map(|d| d.count())
        .unwrap_or(0)
        + std::fs::read_dir(dir.join("local/INBOX/new"))
            .map(|d| d.count())
            .unwrap_or(0);
    let _ = std::fs::remove_dir_all(&dir);
    assert!(got > 0, "mbsync pulled nothing");
    s
}

/// Fetch-and-discard of the whole INBOX in UID ranges of 500; returns (seconds, emails, bytes).
fn floor(dc: &Dovecot) -> (f64, usize, usize) {
    let t = Instant::now();
    let mut c = imap::Imap::connect(dc.imap_port);
    c.cmd(&format!("LOGIN {} {}", dc.user, dc.password));
    c.cmd("SELECT INBOX");
    let (search, _) = c.cmd("UID SEARCH ALL");
    let uids: Vec<u32> = search
        .iter()
        .filter(|l| l.starts_with("* SEARCH"))
        .flat_map(|l| {
            l.split_whitespace()
                .skip(2)
                .filter_map(|x| x.parse().ok())
                .collect::<Vec<u32>>()
        })
        .collect();
    let mut bytes = 0;
    for chunk in uids.chunks(500) {
        let (_, b) = c.cmd(&format!(
            "UID FETCH {}:{} (BODY.PEEK[])",
            chunk[0],
            chunk[chunk.len() - 1]
        ));
        bytes += b;
    }
    c.cmd("LOGOUT");
    (t.elapsed().as_secs_f64(), uids.len(), bytes)
}

// ---------------------------------------------------------------------------
// takedown.

struct Ledger {
    dir: PathBuf,
}

fn fresh_ledger(work: &Path, round: usize, corpus: &mailgen::Corpus, mailbox: &str) -> Ledger {
    let dir = work.join(format!("ledger-{round}"));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("config.toml"),
        mailgen::config_toml("ledger.db", mailbox),
    )
    .unwrap();
    std::fs::write(dir.join("requests.csv"), corpus.requests_csv()).unwrap();
    let out = Command::new(takedown_bin())
        .arg("--config")
        .arg(dir.join("config.toml"))
        .args(["request", "import"])
        .arg(dir.join("requests.csv"))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "import: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    Ledger { dir }
}

fn imap_mailbox(dc: &Dovecot) -> String {
    format!(
        "[mailbox]\nkind = \"imap\"\nhost = \"127.0.0.1\"\nport = {}\ntls = \"none\"\nusername = \"{}\"\npassword_env = \"BENCH_IMAP_PASSWORD\"\nidle = false\n",
        dc.imap_port, dc.user
    )
}

fn takedown_run(l: &Ledger, dc: &Dovecot) -> f64 {
    timed(
        Command::new(takedown_bin())
            .arg("--config")
            .arg(l.dir.join("config.toml"))
            .args(["run", "--once"])
            .env("BENCH_IMAP_PASSWORD", &dc.password)
            .env("TAKEDOWN_LOG", "warn"),
        "takedown run --once",
    )
}

fn takedown_ingest(l: &Ledger, maildir: &Path) -> f64 {
    timed(
        Command::new(takedown_bin())
            .arg("--config")
            .arg(l.dir.join("config.toml"))
            .arg("ingest")
            .arg(maildir)
            .env("TAKEDOWN_LOG", "warn"),
        "takedown ingest",
    )
}

fn folder_count(dc: &Dovecot, folder: &str) -> usize {
    let out = dc.doveadm(&["mailbox", "status", "-u", &dc.user, "messages", folder]);
    String::from_utf8_lossy(&out.stdout)
        .trim()
        .trim_start_matches("messages=")
        .parse()
        .unwrap_or(0)
}

fn machine() -> String {
    let cpu = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("model name"))
                .map(|l| l.split(':').nth(1).unwrap_or("").trim().to_string())
        })
        .unwrap_or_default();
    let mem = std::fs::read_to_string("/proc/meminfo")
        .ok()
        .and_then(|s| {
            s.lines().next().map(|l| {
                l.split_whitespace()
                    .nth(1)
                    .unwrap_or("0")
                    .parse::<u64>()
                    .unwrap_or(0)
                    / 1024
                    / 1024
            })
        })
        .unwrap_or(0);
    let cores = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(0);
    format!("{cores} cores ({cpu}), {mem} GiB")
}

fn main() {
    let a = args();
    if !Dovecot::available() {
        eprintln!("dovecot is not installed: apt-get install -y dovecot-imapd isync");
        std::process::exit(2);
    }
    let date = Command::new("date")
        .arg("-u")
        .arg("+%Y-%m-%d %H:%M UTC")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
        .unwrap_or_default();
    println!(
        "backlog benchmark: {} emails, {} rounds, mode {}, seed {}",
        a.emails, a.rounds, a.mode, a.seed
    );
    println!("machine: {}; {date}", machine());
    let t = Instant::now();
    let corpus = mailgen::generate(&mailgen::Spec::backlog(a.emails, a.seed));
    let items: usize = corpus.requests.iter().map(|r| r.urls.len()).sum();
    println!(
        "generated {} emails ({:.1} MB, {:.1} KB each on average), {} requests, {} items in {:.1}s",
        corpus.emails.len(),
        corpus.total_bytes() as f64 / 1e6,
        corpus.total_bytes() as f64 / 1e3 / corpus.emails.len() as f64,
        corpus.requests.len(),
        items,
        t.elapsed().as_secs_f64()
    );
    let work = tempfile::Builder::new()
        .prefix("takedown-backlog-")
        .tempdir()
        .unwrap();
    let work_path = if a.keep {
        work.keep()
    } else {
        work.path().to_path_buf()
    };
    let maildir = work_path.join("maildir");
    if a.mode == "maildir" {
        mailgen::write_maildir(&maildir, &corpus.emails);
    }

    let n = corpus.emails.len() as f64;
    let (mut t_mbsync, mut t_floor, mut t_td) = (Vec::new(), Vec::new(), Vec::new());
    let mut failed = false;
    for round in 0..a.rounds {
        let load = || {
            let dc = Dovecot::start(DovecotOptions::default()).expect("start dovecot");
            let t = Instant::now();
            dc.deliver_many("INBOX", &corpus.emails)
                .expect("deliver_many");
            (dc, t.elapsed().as_secs_f64())
        };
        let (mut dc, loaded) = load();
        let mut line = format!("round {}: loaded in {loaded:.1}s;", round + 1);
        let mut ledger = None;
        // Alternate the order: round r starts with tool r mod 3.
        for k in 0..3 {
            match (round + k) % 3 {
                0 => {
                    let s = mbsync(&dc, &work_path);
                    t_mbsync.push(s);
                    line += &format!(" mbsync {s:.2}s;");
                }
                1 => {
                    let (s, got, bytes) = floor(&dc);
                    assert_eq!(got, corpus.emails.len(), "floor fetched {got} emails");
                    assert!(bytes >= corpus.total_bytes(), "floor fetched {bytes} bytes");
                    t_floor.push(s);
                    line += &format!(" floor {s:.2}s;");
                }
                _ => {
                    let mailbox = if a.mode == "imap" {
                        imap_mailbox(&dc)
                    } else {
                        String::new()
                    };
                    let l = fresh_ledger(&work_path, round, &corpus, &mailbox);
                    if a.mode == "imap" {
                        let s = takedown_run(&l, &dc);
                        t_td.push(s);
                        line += &format!(" takedown run --once {s:.2}s;");
                        let left = folder_count(&dc, "INBOX");
                        if left != 0 {
                            line += &format!(" {left} email(s) left in INBOX!");
                            failed = true;
                        }
                        if k < 2 {
                            // INBOX is empty now: a fresh server, loaded again, for the others.
                            drop(dc);
                            dc = load().0;
                        }
                    } else {
                        let s = takedown_ingest(&l, &maildir);
                        t_td.push(s);
                        line += &format!(" takedown ingest {s:.2}s;");
                    }
                    ledger = Some(l);
                }
            }
        }
        let ledger = ledger.expect("takedown ran");
        let v = verify::verify(&ledger.dir.join("ledger.db"), &corpus);
        line += &format!(
            " check: {} emails, {} applied, {}/{} items right",
            v.messages, v.applied, v.items_right, v.items
        );
        println!("{line}");
        if !v.ok() {
            failed = true;
            for p in &v.problems {
                println!("  CHECK FAILED: {p}");
            }
        }
        drop(dc);
        if !a.keep {
            let _ = std::fs::remove_dir_all(&ledger.dir);
        }
    }
    let (m, f, d) = (median(&t_mbsync), median(&t_floor), median(&t_td));
    let what = if a.mode == "imap" {
        "takedown run --once (IMAP)"
    } else {
        "takedown ingest (Maildir)"
    };
    println!();
    println!(
        "medians over {} rounds, {} emails:",
        a.rounds,
        corpus.emails.len()
    );
    println!(
        "  mbsync (FSync yes)          {m:7.2}s  {:8.0} emails/s",
        n / m
    );
    println!(
        "  floor (UID FETCH, discard)  {f:7.2}s  {:8.0} emails/s",
        n / f
    );
    println!("  {what:<27} {d:7.2}s  {:8.0} emails/s", n / d);
    println!("  ratio takedown/mbsync = {:.2} (target <= 0.5)", d / m);
    println!("  ratio takedown/floor  = {:.2} (target <= 6)", d / f);
    if a.keep {
        println!("kept {}", work_path.display());
    }
    if failed {
        println!("CHECK FAILED");
        std::process::exit(1);
    }
}
