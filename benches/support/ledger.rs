//! The large ledger for the matching micro-benchmark and the staff-query
//! benchmark: 100,000 requests with about 1,000,000 items, 20,000 replies
//! ingested through the real pipeline (every 20th one failing DMARC, so the
//! review queue holds 1,000 entries). Built once into `target/bench-data/`
//! (a minute or two) and reused; delete the file to rebuild it.
//!
//! Include with `#[path = "support/ledger.rs"] mod ledger;` next to `mailgen`.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use takedown::config::Settings;
use takedown::extract::urls;
use takedown::pipeline::{IngestOptions, ingest_batch};
use takedown::source::{Origin, RawEmail};
use takedown::store::{NewRequestItem, Store};

use super::mailgen;

pub const REQUESTS: usize = 100_000;
pub const REPLIES: usize = 20_000;
const SEED: u64 = 1_000_000;
const VERSION: u32 = 1;

/// The generated corpus the ledger was built from (regenerated, ~5 s).
pub fn corpus() -> mailgen::Corpus {
    let mut c = mailgen::generate(&mailgen::Spec {
        requests: REQUESTS,
        emails: REPLIES,
        min_urls: 5,
        max_urls: 15,
        seed: SEED,
    });
    for (i, e) in c.emails.iter_mut().enumerate() {
        if i % 20 == 19 {
            let s = String::from_utf8_lossy(e).replacen("dmarc=pass", "dmarc=fail", 1);
            *e = s.into_bytes();
        }
    }
    c
}

pub fn data_dir() -> PathBuf {
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("target"));
    target.join("bench-data")
}

/// Writes the benchmark config next to the ledger and returns its path.
pub fn config_path() -> PathBuf {
    let dir = data_dir();
    std::fs::create_dir_all(&dir).expect("bench-data dir");
    let p = dir.join("ledger-1m.toml");
    std::fs::write(
        &p,
        mailgen::config_toml(&format!("ledger-1m-v{VERSION}.db"), ""),
    )
    .expect("write config");
    p
}

pub fn settings() -> Settings {
    Settings::load(&config_path()).expect("bench config")
}

/// The path of the 1M-item ledger, built first when absent.
pub fn big_ledger() -> PathBuf {
    let cfg = config_path();
    let db = data_dir().join(format!("ledger-1m-v{VERSION}.db"));
    if db.exists() {
        return db;
    }
    let t = Instant::now();
    eprintln!("building {} (once)...", db.display());
    let settings = Settings::load(&cfg).expect("bench config");
    let tmp = db.with_extension("db.partial");
    let _ = std::fs::remove_file(&tmp);
    let store = Store::open(&tmp, 0o600, Duration::from_secs(5)).expect("open ledger");
    let c = corpus();
    let ts = |t: i64| jiff::Timestamp::from_second(t).expect("time");
    let mut rows = Vec::new();
    for r in &c.requests {
        for u in &r.urls {
            rows.push(NewRequestItem {
                reference: r.reference.clone(),
                platform: r.platform.id().to_string(),
                sent_at: ts(r.sent),
                sent_at_given: "time",
                due_at: ts(r.due),
                url: u.clone(),
                url_key: urls::normalize(u).expect("generated URLs normalize"),
                category: Some("deepfake-sexual-abuse".into()),
                message_id: Some(r.message_id.clone()),
                note: None,
                origin: "bench".into(),
            });
        }
        if rows.len() >= 50_000 {
            store
                .import_requests(&rows, false, ts(mailgen::rfc3339_epoch()))
                .expect("import");
            rows.clear();
        }
    }
    store
        .import_requests(&rows, false, ts(mailgen::rfc3339_epoch()))
        .expect("import");
    eprintln!(
        "  {} requests imported in {:.1}s",
        c.requests.len(),
        t.elapsed().as_secs_f64()
    );
    let raws: Vec<RawEmail> = c
        .emails
        .into_iter()
        .enumerate()
        .map(|(i, b)| RawEmail::new(b, Origin::Stored { id: i as i64 }))
        .collect();
    for chunk in raws.chunks(500) {
        ingest_batch(
            &store,
            &settings,
            chunk,
            ts(mailgen::rfc3339_epoch() + 400 * 86_400),
            &IngestOptions::default(),
            |_, r| {
                r.expect("no panic").expect("recorded");
                true
            },
        )
        .expect("begin");
        store.commit_batch().expect("commit");
    }
    drop(store);
    std::fs::rename(&tmp, &db).expect("rename ledger");
    eprintln!("  built in {:.1}s", t.elapsed().as_secs_f64());
    db
}
