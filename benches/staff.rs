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

#[path = "support/ledger.rs"]
mod ledger;
#[path = "support/mailgen.rs"]
mod mailgen;

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
}
