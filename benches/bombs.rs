//! Bomb benchmark (issue 13): every email of the shared mime-torture corpus
//! (`../shared/corpora/mime-torture`, beside the repository), the committed
//! malformed corpus (`tests/malformed`) and the generated bombs of
//! `tests/support/bombs.rs` (deep message/rfc822 and multipart nesting, an
//! attached-email fan-out, 20,000 parts, 50,000 header fields, 60,000 URLs on
//! one line, 20,000 parts inside a base64 attached email), each ingested by
//! `pipeline::ingest_one` with the default `[limits]` into an in-memory
//! ledger, in a process of its own so that its peak RSS is its own.
//!
//! Prints one line per email: wall time of the ingest (after a warm-up email
//! that compiles the regexes, as a running daemon has), the child's peak RSS
//! (VmHWM, warm-up included), and the outcome or review reason; then the
//! slowest and largest.
//! The target is ≤ 1 s and ≤ 100 MB per email in a release build.
//!
//!     cargo bench --bench bombs

#[path = "../tests/support/bombs.rs"]
mod bombs;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

const CONFIG: &str = r#"
timezone = "Asia/Seoul"
[database]
path = "/nonexistent/ledger.db"
[trust]
require = "none"
[[platforms]]
id = "telegram"
name = "Telegram"
senders = ["telegram.org"]
"#;

fn vm_hwm_kb() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM"))
                .and_then(|l| l.split_whitespace().nth(1)?.parse().ok())
        })
        .unwrap_or(0)
}

/// The child: ingest one file, print "ms kb outcome".
fn one(path: &Path) {
    let settings =
        takedown::config::Settings::from_toml(Path::new("/nonexistent/config.toml"), CONFIG)
            .expect("bench config");
    let store = takedown::store::Store::open_in_memory().expect("ledger");
    let bytes = std::fs::read(path).expect("read email");
    let raw =
        takedown::source::RawEmail::new(bytes, takedown::source::Origin::File(path.to_path_buf()));
    let now: jiff::Timestamp = "2024-09-10T09:00:00+09:00".parse().expect("clock");
    // Warm-up: the first email a process reads compiles the extraction
    // regexes (about half a second); the daemon pays that once, not per email.
    let warm = b"From: a@telegram.org\r\nSubject: warm-up\r\nMessage-ID: <warm@up>\r\n\r\nhttps://t.me/w/1 removed\r\n".to_vec();
    let warm = takedown::source::RawEmail::new(warm, takedown::source::Origin::Stored { id: 0 });
    takedown::pipeline::ingest_one(&store, &settings, &warm, now).expect("warm-up");
    let started = Instant::now();
    let r = takedown::pipeline::ingest_one(&store, &settings, &raw, now).expect("recorded");
    let ms = started.elapsed().as_secs_f64() * 1000.0;
    let what = r.review.unwrap_or_else(|| r.outcome.as_str().to_string());
    println!("{ms:.1} {} {what}", vm_hwm_kb());
}

fn files(dir: &Path) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|d| {
            d.filter_map(|e| e.ok())
                .map(|e| e.path())
                .filter(|p| p.is_file())
                .collect()
        })
        .unwrap_or_default();
    v.retain(|p| p.extension().is_some_and(|x| x == "eml"));
    v.sort();
    v
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if let Some(i) = args.iter().position(|a| a == "--one") {
        one(Path::new(&args[i + 1]));
        return;
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let torture = root.join("../shared/corpora/mime-torture");
    let mut emails: Vec<(String, PathBuf)> = Vec::new();
    let shared = files(&torture);
    if shared.is_empty() {
        eprintln!(
            "mime-torture corpus not found at {} (../shared beside the repository)",
            torture.display()
        );
        std::process::exit(1);
    }
    for p in shared {
        emails.push((
            format!("mime-torture/{}", p.file_name().unwrap().to_string_lossy()),
            p,
        ));
    }
    for p in files(&root.join("tests/malformed")) {
        emails.push((
            format!("malformed/{}", p.file_name().unwrap().to_string_lossy()),
            p,
        ));
    }
    let scratch = tempfile::tempdir().expect("temp dir");
    for (name, bytes) in bombs::all() {
        let p = scratch.path().join(format!("{name}.eml"));
        std::fs::write(&p, bytes).expect("write bomb");
        emails.push((format!("bomb/{name}"), p));
    }
    let me = std::env::current_exe().expect("own path");
    println!(
        "{:<48} {:>10} {:>9} {:>8}  outcome",
        "email", "bytes", "ms", "peak MB"
    );
    let mut rows = Vec::new();
    for (name, path) in &emails {
        let out = Command::new(&me)
            .arg("--one")
            .arg(path)
            .output()
            .expect("child");
        let text = String::from_utf8_lossy(&out.stdout);
        let line = text.lines().last().unwrap_or("").to_string();
        let mut f = line.splitn(3, ' ');
        let ms: f64 = f.next().and_then(|v| v.parse().ok()).unwrap_or(f64::NAN);
        let kb: u64 = f.next().and_then(|v| v.parse().ok()).unwrap_or(0);
        let what = if out.status.success() {
            f.next().unwrap_or("?").to_string()
        } else {
            format!(
                "CHILD FAILED ({}): {}",
                out.status,
                String::from_utf8_lossy(&out.stderr)
                    .lines()
                    .last()
                    .unwrap_or("")
            )
        };
        let size = std::fs::metadata(path).map(|m| m.len()).unwrap_or(0);
        println!(
            "{name:<48} {size:>10} {ms:>9.1} {:>8.1}  {what}",
            kb as f64 / 1024.0
        );
        rows.push((name.clone(), ms, kb));
    }
    let slowest = rows
        .iter()
        .max_by(|a, b| a.1.total_cmp(&b.1))
        .expect("emails");
    let largest = rows.iter().max_by_key(|r| r.2).expect("emails");
    let over: Vec<&str> = rows
        .iter()
        .filter(|r| r.1 > 1000.0 || r.2 > 100 * 1024 || r.1.is_nan())
        .map(|r| r.0.as_str())
        .collect();
    println!();
    println!(
        "{} emails; slowest {} {:.1} ms; largest peak {} {:.1} MB",
        rows.len(),
        slowest.0,
        slowest.1,
        largest.0,
        largest.2 as f64 / 1024.0
    );
    println!(
        "over 1 s or 100 MB: {}",
        if over.is_empty() {
            "none".to_string()
        } else {
            over.join(", ")
        }
    );
}
