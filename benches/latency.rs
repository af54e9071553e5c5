//! Latency (issue 7): the daemon (`takedown run`, IMAP IDLE) idles on a
//! Dovecot INBOX on 127.0.0.1; another client APPENDs N generated replies one
//! at a time; for each, the time from the APPEND's tagged OK to the moment the
//! first item it answers shows its new status in the ledger (a read-only SQLite
//! connection polled every millisecond, which is what `takedown show` reads).
//!
//!     cargo bench --bench latency -- [--emails 100]
//!
//! Prints p50, p90, p99 and max. Dovecot announces new mail 500 ms after it
//! sees it (NOTIFY_DELAY_MSECS, shared/mailenv/README.md): that is the floor.

#[path = "support/imap.rs"]
mod imap;
#[path = "support/mailgen.rs"]
mod mailgen;
#[path = "../tests/support/mailservers.rs"]
mod mailservers;

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use mailservers::{Dovecot, DovecotOptions};
use rusqlite::{Connection, OpenFlags};

fn main() {
    let mut n = 100;
    let mut it = std::env::args().skip(1);
    while let Some(a) = it.next() {
        if a == "--emails" {
            n = it.next().and_then(|v| v.parse().ok()).expect("--emails N");
        }
    }
    let corpus = mailgen::generate(&mailgen::Spec::backlog(n, 21));
    let dc = Dovecot::start(DovecotOptions::default()).expect("start dovecot");
    let work = tempfile::tempdir().unwrap();
    let dir = work.path();
    let mailbox = format!(
        "[mailbox]\nkind = \"imap\"\nhost = \"127.0.0.1\"\nport = {}\ntls = \"none\"\nusername = \"{}\"\npassword_env = \"BENCH_IMAP_PASSWORD\"\nidle = true\n",
        dc.imap_port, dc.user
    );
    std::fs::write(
        dir.join("config.toml"),
        mailgen::config_toml("ledger.db", &mailbox),
    )
    .unwrap();
    std::fs::write(dir.join("requests.csv"), corpus.requests_csv()).unwrap();
    let bin = env!("CARGO_BIN_EXE_takedown");
    let st = Command::new(bin)
        .arg("--config")
        .arg(dir.join("config.toml"))
        .args(["request", "import"])
        .arg(dir.join("requests.csv"))
        .output()
        .unwrap();
    assert!(
        st.status.success(),
        "{}",
        String::from_utf8_lossy(&st.stderr)
    );
    let mut daemon = Command::new(bin)
        .arg("--config")
        .arg(dir.join("config.toml"))
        .arg("run")
        .env("BENCH_IMAP_PASSWORD", &dc.password)
        .env("TAKEDOWN_LOG", "warn")
        .stdout(Stdio::null())
        .spawn()
        .expect("start daemon");
    // Into IDLE on an empty INBOX.
    std::thread::sleep(Duration::from_secs(2));
    let db = Connection::open_with_flags(dir.join("ledger.db"), OpenFlags::SQLITE_OPEN_READ_ONLY)
        .unwrap();
    let mut client = imap::Imap::connect(dc.imap_port);
    client.cmd(&format!("LOGIN {} {}", dc.user, dc.password));
    let mut lat = Vec::with_capacity(n);
    for (i, raw) in corpus.emails.iter().enumerate() {
        let req = &corpus.requests[i];
        let url = &req.urls[0];
        let want = corpus
            .expected
            .iter()
            .find(|(r, u, _)| r == &req.reference && u == url)
            .map(|e| e.2)
            .unwrap();
        client.append("INBOX", raw);
        let t = Instant::now();
        loop {
            let got: String = db
                .query_row(
                    "SELECT i.status FROM items i JOIN requests r ON r.id = i.request_id WHERE r.ref = ?1 AND i.url = ?2",
                    [&req.reference, url],
                    |r| r.get(0),
                )
                .unwrap_or_default();
            if got == want {
                break;
            }
            assert!(
                t.elapsed() < Duration::from_secs(30),
                "email {i} not applied after 30 s"
            );
            std::thread::sleep(Duration::from_millis(1));
        }
        lat.push(t.elapsed().as_secs_f64() * 1000.0);
        // Let Dovecot's notify timer for this delivery expire before the next one.
        std::thread::sleep(Duration::from_millis(100));
    }
    let _ = daemon.kill();
    let _ = daemon.wait();
    lat.sort_by(|a, b| a.partial_cmp(b).unwrap());
    let p = |q: f64| lat[((lat.len() as f64 - 1.0) * q).round() as usize];
    println!(
        "latency APPEND -> status visible, {} emails: p50 {:.0} ms, p90 {:.0} ms, p99 {:.0} ms, max {:.0} ms, min {:.0} ms (targets p50 <= 600, p99 <= 800; Dovecot floor 500)",
        lat.len(),
        p(0.5),
        p(0.9),
        p(0.99),
        lat[lat.len() - 1],
        lat[0]
    );
}
