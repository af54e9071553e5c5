//! Staff queries at scale (issue 7): `show REF`, `requests --overdue` and
//! `review` on the 1,000,000-item ledger of `support/ledger.rs` (100,000
//! requests, 20,000 replies, 1,000 open review entries), each as the whole
//! `takedown` process a person runs, output discarded.
//!
//!     cargo bench --bench staff -- [--runs 7]
//!
//! Prints each command's median and worst wall time over the runs (after one
//! warm-up run), and the row counts, with the clock fixed (`--now`) so that
//! about half the requests are overdue.
//!
//! Then the staff pages and `/api/` (issue 16): `takedown serve` on a free
//! loopback port over the same ledger, each URL requested the same number of
//! times after a warm-up, timed from sending the request to reading the last
//! byte (an upper bound of the server time); and `takedown report` in each
//! format as a whole process.

#[path = "support/ledger.rs"]
mod ledger;
#[path = "support/mailgen.rs"]
mod mailgen;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::process::{Command, Stdio};
use std::time::Instant;

fn main() {
    let mut runs = 7;
    let mut it = std::env::args().skip(1);
    while let Some(a) = it.next() {
        if a == "--runs" {
            runs = it.next().and_then(|v| v.parse().ok()).expect("--runs N");
        }
    }
    let db = ledger::big_ledger();
    let cfg = ledger::config_path();
    let size = std::fs::metadata(&db).map(|m| m.len()).unwrap_or(0);
    println!("ledger {} ({:.0} MB)", db.display(), size as f64 / 1e6);
    // Mid-way through the corpus's 1,000 days of requests.
    let now = mailgen::rfc3339(mailgen::rfc3339_epoch() + 500 * 86_400);
    let bin = env!("CARGO_BIN_EXE_takedown");
    let show_ref = "KCSC-250515-42";
    let cmds: Vec<(&str, Vec<&str>)> = vec![
        ("show REF --json", vec!["show", show_ref, "--json"]),
        (
            "show REF --history --json",
            vec!["show", show_ref, "--history", "--json"],
        ),
        (
            "requests --overdue --json",
            vec!["requests", "--overdue", "--json"],
        ),
        ("requests --json (all)", vec!["requests", "--json"]),
        ("review --json", vec!["review", "--json"]),
    ];
    for (name, args) in &cmds {
        let mut times = Vec::new();
        let mut bytes = 0;
        for k in 0..=runs {
            let t = Instant::now();
            let out = Command::new(bin)
                .arg("--config")
                .arg(&cfg)
                .arg("--now")
                .arg(&now)
                .args(args)
                .stderr(Stdio::piped())
                .output()
                .expect("run takedown");
            let s = t.elapsed().as_secs_f64() * 1000.0;
            assert!(
                out.status.success(),
                "{name}: {}",
                String::from_utf8_lossy(&out.stderr)
            );
            bytes = out.stdout.len();
            if k > 0 {
                times.push(s);
            }
        }
        times.sort_by(|a, b| a.partial_cmp(b).unwrap());
        let rows = match serde_json::from_slice::<serde_json::Value>(&{
            let o = Command::new(bin)
                .arg("--config")
                .arg(&cfg)
                .arg("--now")
                .arg(&now)
                .args(args)
                .output()
                .unwrap();
            o.stdout
        }) {
            Ok(serde_json::Value::Array(a)) => a.len().to_string(),
            Ok(v) => format!(
                "{} items",
                v["items"].as_array().map(|a| a.len()).unwrap_or(0)
            ),
            Err(_) => "?".into(),
        };
        println!(
            "{name:<28} median {:7.1} ms  max {:7.1} ms  ({rows} rows, {:.1} KB)  target <= 200 ms",
            times[times.len() / 2],
            times[times.len() - 1],
            bytes as f64 / 1e3
        );
    }
    pages(bin, &cfg, &db, &now, runs);
}

/// One GET over a fresh connection; the status and the body's length.
fn get(addr: SocketAddr, path: &str) -> (u16, usize) {
    let mut s = TcpStream::connect(addr).expect("connect");
    write!(
        s,
        "GET {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut raw = Vec::new();
    s.read_to_end(&mut raw).expect("read");
    let status = String::from_utf8_lossy(&raw[..raw.len().min(16)])
        .split_whitespace()
        .nth(1)
        .and_then(|c| c.parse().ok())
        .unwrap_or(0);
    let body = raw
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .map(|p| raw.len() - p - 4)
        .unwrap_or(0);
    (status, body)
}

fn median_max(mut times: Vec<f64>) -> (f64, f64) {
    times.sort_by(|a, b| a.partial_cmp(b).unwrap());
    (times[times.len() / 2], times[times.len() - 1])
}

fn pages(bin: &str, cfg: &std::path::Path, db: &std::path::Path, now: &str, runs: usize) {
    let conn = rusqlite::Connection::open(db).expect("open ledger");
    let evidence: String = conn
        .query_row(
            "SELECT message_id FROM messages WHERE outcome = 'applied' AND message_id IS NOT NULL ORDER BY id LIMIT 1 OFFSET 5000",
            [],
            |r| r.get(0),
        )
        .expect("an applied email");
    let url: String = conn
        .query_row("SELECT url FROM items WHERE id = 500000", [], |r| r.get(0))
        .expect("an item");
    drop(conn);
    // The URL's last two path segments: what a person pastes to find it.
    let part: String = url
        .rsplitn(3, '/')
        .take(2)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect::<Vec<_>>()
        .join("/");
    let enc = |s: &str| s.replace('/', "%2F").replace('@', "%40");
    let mut child = Command::new(bin)
        .arg("--config")
        .arg(cfg)
        .args(["--now", now, "serve", "--listen", "127.0.0.1:0"])
        .env("TAKEDOWN_LOG", "warn")
        .stdout(Stdio::piped())
        .spawn()
        .expect("start takedown serve");
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let addr: SocketAddr = line
        .trim()
        .trim_start_matches("listening on http://")
        .trim_end_matches('/')
        .parse()
        .expect("listening line");
    let show_ref = "KCSC-250515-42";
    let urls: Vec<(String, String)> = vec![
        ("/ (overview)".into(), "/".into()),
        ("/requests".into(), "/requests".into()),
        (
            "/requests?state=overdue".into(),
            "/requests?state=overdue".into(),
        ),
        (
            "/requests?state=overdue&page=400".into(),
            "/requests?state=overdue&page=400".into(),
        ),
        (
            "/requests?platform&due range".into(),
            "/requests?platform=telegram&due_from=2025-01-01&due_to=2025-01-31".into(),
        ),
        (
            "/requests?q=REF part".into(),
            "/requests?q=KCSC-2505".into(),
        ),
        (
            "/requests?q=URL part".into(),
            format!("/requests?q={}", enc(&part)),
        ),
        ("/requests/REF".into(), format!("/requests/{show_ref}")),
        ("/review".into(), "/review".into()),
        (
            "/evidence/MSGID".into(),
            format!("/evidence/{}", enc(&evidence)),
        ),
        (
            "/evidence/MSGID/raw".into(),
            format!("/evidence/{}/raw", enc(&evidence)),
        ),
        ("/report (all months)".into(), "/report".into()),
        ("/api/overview".into(), "/api/overview".into()),
        ("/api/requests".into(), "/api/requests".into()),
        (
            "/api/requests/REF".into(),
            format!("/api/requests/{show_ref}"),
        ),
        ("/api/review".into(), "/api/review".into()),
        (
            "/api/evidence/MSGID".into(),
            format!("/api/evidence/{}", enc(&evidence)),
        ),
        ("/api/report (all months)".into(), "/api/report".into()),
    ];
    println!("\nstaff pages: takedown serve on {addr} (URL search for `{part}`)");
    for (name, path) in &urls {
        let mut times = Vec::new();
        let mut size = 0;
        for k in 0..=runs {
            let t = Instant::now();
            let (status, n) = get(addr, path);
            let ms = t.elapsed().as_secs_f64() * 1000.0;
            assert_eq!(status, 200, "{path}");
            size = n;
            if k > 0 {
                times.push(ms);
            }
        }
        let (med, max) = median_max(times);
        let target = if name.contains("report") { 2000 } else { 200 };
        println!(
            "{name:<36} median {med:7.1} ms  max {max:7.1} ms  ({:.1} KB)  target <= {target} ms",
            size as f64 / 1e3
        );
    }
    let _ = child.kill();
    let _ = child.wait();
    println!("\nreport (whole process, every month from the first request):");
    for format in ["csv", "json", "html"] {
        let mut times = Vec::new();
        let mut bytes = 0;
        for k in 0..=runs.min(3) {
            let t = Instant::now();
            let out = Command::new(bin)
                .arg("--config")
                .arg(cfg)
                .args(["--now", now, "report", "--format", format])
                .stderr(Stdio::piped())
                .output()
                .expect("run takedown report");
            assert!(
                out.status.success(),
                "{}",
                String::from_utf8_lossy(&out.stderr)
            );
            bytes = out.stdout.len();
            if k > 0 {
                times.push(t.elapsed().as_secs_f64() * 1000.0);
            }
        }
        let (med, max) = median_max(times);
        println!(
            "report --format {format:<5}               median {med:7.1} ms  max {max:7.1} ms  ({:.1} KB)  target <= 2000 ms",
            bytes as f64 / 1e3
        );
    }
}
