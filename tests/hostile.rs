//! Hostile input and a hostile environment: the malformed corpus (and
//! mail-parser's own torture tests when present) is ingested without a panic
//! or a hang, limits hold, a panic or an overrun in one email sends it to
//! review and the next email goes on; secrets stay out of Debug output; the
//! ledger file gets its configured mode; TLS verification cannot be switched off.

mod common;

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use common::*;
use jiff::Timestamp;
use takedown::config::Settings;
use takedown::pipeline::{IngestOptions, Understanding, ingest_one, ingest_one_with};
use takedown::source::RawEmail;
use takedown::store::Store;

/// Tight limits, so that the committed (small) corpus reaches every limit.
const LIMITS: &str = r#"
[limits]
max_parts = 200
max_depth = 8
max_attachment_bytes = 262144
max_table_rows = 1000
max_urls_per_email = 1000
max_line_bytes = 16384
time_budget = "20s"
"#;

fn hostile_config() -> String {
    format!("{MINI_CONFIG}{LIMITS}")
}

fn settings(text: &str) -> Settings {
    Settings::from_toml(Path::new("/nonexistent/config.toml"), text).expect("test config")
}

fn now() -> Timestamp {
    "2024-09-10T09:00:00+09:00".parse().expect("fixed clock")
}

fn raw(bytes: Vec<u8>, origin: &str) -> RawEmail {
    RawEmail::new(bytes, takedown::source::Origin::File(PathBuf::from(origin)))
}

fn store_with_request() -> Store {
    let store = Store::open_in_memory().expect("store");
    let s = settings(&hostile_config());
    let rows: Vec<_> = (1..=3)
        .map(|i| takedown::store::NewRequestItem {
            reference: "KCSC-240901-01".into(),
            platform: "telegram".into(),
            sent_at: "2024-09-01T00:00:00Z".parse().unwrap(),
            sent_at_given: "time",
            due_at: "2024-09-08T00:00:00Z".parse().unwrap(),
            url: format!("https://t.me/chan/{i}"),
            url_key: takedown::extract::urls::normalize(&format!("https://t.me/chan/{i}")).unwrap(),
            category: None,
            message_id: None,
            note: None,
            origin: "test".into(),
        })
        .collect();
    store.import_requests(&rows, false, now()).expect("import");
    let _ = s;
    store
}

fn eml_files(dir: &Path) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|d| {
            d.filter_map(|e| e.ok())
                .map(|e| e.path())
                .filter(|p| p.is_file() && p.extension().is_some_and(|x| x == "eml"))
                .collect()
        })
        .unwrap_or_default();
    v.sort();
    v
}

/// Ingests every file of `dir`; returns (name, review reason or outcome, ms).
fn ingest_dir(dir: &Path, s: &Settings) -> Vec<(String, String, u128)> {
    let store = store_with_request();
    let mut out = Vec::new();
    for p in eml_files(dir) {
        let bytes = std::fs::read(&p).expect("read corpus file");
        let name = p.file_name().unwrap().to_string_lossy().to_string();
        let t = Instant::now();
        let r = ingest_one(&store, s, &raw(bytes, &name), now())
            .unwrap_or_else(|e| panic!("{name}: store error {e}"));
        let ms = t.elapsed().as_millis();
        let what = r
            .review
            .clone()
            .unwrap_or_else(|| r.outcome.as_str().to_string());
        println!(
            "{name:<40} {what:<22} {ms:>6} ms  {}",
            r.detail.chars().take(100).collect::<String>()
        );
        out.push((name, what, ms));
    }
    out
}

/// A caught panic is a bug to fix. An overrun of the time budget is a
/// bounded outcome (the email waits in review, the run goes on): printed,
/// not failed, since how long an email takes depends on the machine and
/// the build (debug builds run the regex engines many times slower).
fn check_outcomes(results: &[(String, String, u128)]) {
    for (name, what, _) in results {
        assert!(what != "internal_error", "{name}: {what}");
    }
    let slow: Vec<&str> = results
        .iter()
        .filter(|(_, w, _)| w == "time_budget")
        .map(|(n, _, _)| n.as_str())
        .collect();
    if !slow.is_empty() {
        println!(
            "NOTE: over limits.time_budget here, sent to review: {}",
            slow.join(", ")
        );
    }
}

#[test]
fn malformed_corpus_is_harmless() {
    let dir = repo().join("tests/malformed");
    let s = settings(&hostile_config());
    let started = Instant::now();
    let results = ingest_dir(&dir, &s);
    println!(
        "{} malformed emails in {} ms",
        results.len(),
        started.elapsed().as_millis()
    );
    assert!(
        results.len() >= 40,
        "the corpus is missing: run tests/malformed/make_malformed.py"
    );
    let by_name = |n: &str| {
        results
            .iter()
            .find(|(name, _, _)| name == n)
            .map(|(_, w, _)| w.as_str())
            .unwrap_or("missing")
    };
    check_outcomes(&results);
    assert_eq!(by_name("zip-bomb-xlsx.eml"), "unreadable_attachment");
    assert_eq!(
        by_name("zip-many-entries-xlsx.eml"),
        "unreadable_attachment"
    );
    assert_eq!(
        by_name("huge-base64-attachment.eml"),
        "unreadable_attachment"
    );
}

#[test]
fn mime_torture_corpus_is_harmless() {
    let dir = shared_corpus("mime-torture");
    if !available(
        dir.is_dir(),
        &format!("the shared mime-torture corpus ({})", dir.display()),
    ) {
        return;
    }
    let s = settings(&hostile_config());
    let started = Instant::now();
    let mut all = ingest_dir(&dir, &s);
    // Files there without the .eml extension too.
    let others: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map(|d| {
            d.filter_map(|e| e.ok())
                .map(|e| e.path())
                .filter(|p| p.is_file() && p.extension().is_none_or(|x| x != "eml"))
                .collect()
        })
        .unwrap_or_default();
    let store = store_with_request();
    for p in others {
        let bytes = std::fs::read(&p).expect("read");
        let t = Instant::now();
        let r =
            ingest_one(&store, &s, &raw(bytes, &p.display().to_string()), now()).expect("store");
        all.push((
            p.display().to_string(),
            r.review.unwrap_or_default(),
            t.elapsed().as_millis(),
        ));
    }
    println!(
        "{} mime-torture emails in {} ms",
        all.len(),
        started.elapsed().as_millis()
    );
    check_outcomes(&all);
}

#[test]
fn limits_are_enforced() {
    let s = settings(&hostile_config());
    let dir = repo().join("tests/malformed");
    let read = |n: &str| std::fs::read(dir.join(n)).expect("corpus file");
    // MIME parts.
    let p = takedown::parse::parse(&read("many-parts.eml"), &s.limits);
    assert!(
        p.problems.iter().any(|x| x.contains("MIME parts")),
        "{:?}",
        p.problems
    );
    assert!(p.text.len() <= s.limits.max_parts);
    // Nesting of attached emails.
    let p = takedown::parse::parse(&read("deep-rfc822.eml"), &s.limits);
    let mut depth = 0;
    let mut cur = &p;
    while let Some(inner) = cur.forwarded.first() {
        depth += 1;
        cur = inner;
    }
    assert!(depth < s.limits.max_depth, "nested {depth} deep");
    // Attachment size.
    let p = takedown::parse::parse(&read("huge-base64-attachment.eml"), &s.limits);
    assert!(
        p.attachments
            .iter()
            .all(|a| a.data.len() as u64 <= s.limits.max_attachment_bytes)
    );
    // URLs per email, table rows, line length.
    let x = |n: &str| {
        let p = takedown::parse::parse(&read(n), &s.limits);
        takedown::extract::extract(&p, s.platform("telegram"), &s)
    };
    let many = x("many-urls.eml");
    assert!(
        many.claims.len() <= s.limits.max_urls_per_email,
        "{}",
        many.claims.len()
    );
    assert!(
        many.notes.iter().any(|n| n.contains("limit")),
        "{:?}",
        many.notes
    );
    let csv = x("csv-many-rows.eml");
    assert!(
        csv.claims.len() <= s.limits.max_table_rows,
        "{}",
        csv.claims.len()
    );
    let long = x("line-200k-urls.eml");
    assert!(
        long.claims.len() + long.hedged.len() < 10_000,
        "a 200 KB line is cut at max_line_bytes"
    );
    // The zip bomb is refused before calamine inflates it.
    let p = takedown::parse::parse(
        &read("zip-bomb-xlsx.eml"),
        &takedown::config::Limits::default(),
    );
    let xlsx = p
        .attachments
        .iter()
        .find(|a| a.name.ends_with(".xlsx"))
        .expect("the xlsx attachment");
    let t = Instant::now();
    let err =
        takedown::extract::tables::xlsx_rows(&xlsx.data, 1000).expect_err("a zip bomb is refused");
    assert!(err.contains("zip bomb"), "{err}");
    println!("zip bomb refused in {} ms", t.elapsed().as_millis());
}

fn panics(_: &[u8], _: &Settings, _: &takedown::trust::dkim::Source) -> Understanding {
    panic!("deliberate test panic")
}

fn hangs(raw: &[u8], s: &Settings, src: &takedown::trust::dkim::Source) -> Understanding {
    std::thread::sleep(Duration::from_secs(3));
    takedown::pipeline::understand_with(raw, s, src)
}

#[test]
fn a_panic_goes_to_review_and_the_next_email_goes_on() {
    let s = settings(&hostile_config());
    let store = store_with_request();
    let opts = IngestOptions {
        understand: panics,
        ..IngestOptions::default()
    };
    let bad = tg_email(
        "p1@telegram.org",
        "Re: KCSC-240901-01",
        "https://t.me/chan/1 removed",
        true,
    );
    let r = ingest_one_with(&store, &s, &raw(bad.into_bytes(), "bad.eml"), now(), &opts)
        .expect("recorded");
    assert_eq!(r.review.as_deref(), Some("internal_error"), "{r:?}");
    assert!(r.detail.contains("deliberate test panic"), "{}", r.detail);
    let good = tg_email(
        "p2@telegram.org",
        "Re: KCSC-240901-01",
        "https://t.me/chan/2 removed",
        true,
    );
    let r = ingest_one(&store, &s, &raw(good.into_bytes(), "good.eml"), now()).expect("recorded");
    assert_eq!(r.outcome.as_str(), "applied", "{r:?}");
    let review = store.review_list(false).expect("review");
    assert!(
        review
            .iter()
            .any(|e| e.reason == "internal_error" && e.message_id.is_none())
    );
}

#[test]
fn an_overrun_of_the_time_budget_goes_to_review() {
    let text = hostile_config().replace("time_budget = \"20s\"", "time_budget = \"300ms\"");
    let s = settings(&text);
    let store = store_with_request();
    let opts = IngestOptions {
        understand: hangs,
        ..IngestOptions::default()
    };
    let slow = tg_email(
        "t1@telegram.org",
        "Re: KCSC-240901-01",
        "https://t.me/chan/1 removed",
        true,
    );
    let t = Instant::now();
    let r = ingest_one_with(
        &store,
        &s,
        &raw(slow.into_bytes(), "slow.eml"),
        now(),
        &opts,
    )
    .expect("recorded");
    let took = t.elapsed();
    println!("overrun detected after {} ms", took.as_millis());
    assert_eq!(r.review.as_deref(), Some("time_budget"), "{r:?}");
    assert!(
        took < Duration::from_secs(2),
        "the daemon must not wait for the stuck email: {took:?}"
    );
    // The next email goes on (with room for the first, slow, regex compilation of a debug build).
    let s = settings(&hostile_config());
    let good = tg_email(
        "t2@telegram.org",
        "Re: KCSC-240901-01",
        "https://t.me/chan/2 removed",
        true,
    );
    let r = ingest_one(&store, &s, &raw(good.into_bytes(), "good.eml"), now()).expect("recorded");
    assert_eq!(r.outcome.as_str(), "applied", "{r:?}");
    // A real email over a 1 ms budget.
    let s = settings(&hostile_config().replace("time_budget = \"20s\"", "time_budget = \"1ms\""));
    let big = std::fs::read(repo().join("tests/malformed/line-200k-urls.eml")).expect("corpus");
    let r = ingest_one(&store, &s, &raw(big, "big.eml"), now()).expect("recorded");
    assert_eq!(r.review.as_deref(), Some("time_budget"), "{r:?}");
}

#[test]
fn credentials_never_show_in_debug_or_errors() {
    let secret = "s3cr3t-Pa55word-value";
    let text = format!(
        "{MINI_CONFIG}\n[mailbox]\nkind = \"imap\"\nhost = \"127.0.0.1\"\nport = 9\ntls = \"none\"\nusername = \"takedown\"\npassword_command = \"echo {secret}\"\n"
    );
    let s = settings(&text);
    let dbg = format!("{s:?}");
    assert!(
        !dbg.contains(secret),
        "Settings Debug shows the password command: {dbg}"
    );
    assert!(dbg.contains("command:<hidden>"), "{dbg}");
    let cred = takedown::config::Credential::Command(format!("echo {secret}"));
    assert_eq!(format!("{cred:?}"), "command:<hidden>");
    // A password written into the config is refused without echoing it.
    let bad = format!(
        "{MINI_CONFIG}\n[mailbox]\nkind = \"imap\"\nhost = \"h\"\nusername = \"u\"\npassword = \"{secret}\"\n"
    );
    let e = Settings::from_toml(Path::new("c.toml"), &bad)
        .unwrap_err()
        .to_string();
    assert!(!e.contains(secret), "{e}");
    // Nor does a command that fails show it (the binary, end to end).
    let env = Env::with_config(&text);
    let out = env.cmd().args(["-v", "check"]).output().expect("run");
    let all = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(!all.contains(secret), "{all}");
}

#[test]
fn tls_verification_cannot_be_turned_off() {
    for v in ["off", "insecure", "no-verify", "starttls-insecure", "false"] {
        let text = format!(
            "{MINI_CONFIG}\n[mailbox]\nkind = \"imap\"\nhost = \"h\"\nusername = \"u\"\npassword_env = \"P\"\ntls = \"{v}\"\n"
        );
        let e = Settings::from_toml(Path::new("c.toml"), &text)
            .unwrap_err()
            .to_string();
        assert!(
            e.contains("mailbox.tls") && e.contains("cannot be turned off"),
            "{v}: {e}"
        );
    }
    // No key exists to skip certificate checks.
    let text = format!(
        "{MINI_CONFIG}\n[mailbox]\nkind = \"imap\"\nhost = \"h\"\nusername = \"u\"\npassword_env = \"P\"\ndanger_accept_invalid_certs = true\n"
    );
    assert!(Settings::from_toml(Path::new("c.toml"), &text).is_err());
    // tls = "none" is accepted; towards a non-loopback host it is what the warning is for.
    let text = format!(
        "{MINI_CONFIG}\n[mailbox]\nkind = \"imap\"\nhost = \"relay.internal\"\nusername = \"u\"\npassword_env = \"P\"\ntls = \"none\"\n"
    );
    assert!(Settings::from_toml(Path::new("c.toml"), &text).is_ok());
    use takedown::config::is_loopback;
    for h in [
        "localhost",
        "LOCALHOST",
        "127.0.0.1",
        "127.9.9.9",
        "::1",
        "[::1]",
    ] {
        assert!(is_loopback(h), "{h}");
    }
    for h in [
        "relay.internal",
        "10.0.0.1",
        "192.168.1.1",
        "localhost.evil.example",
        "127.0.0.1.nip.io",
        "::2",
        "",
    ] {
        assert!(!is_loopback(h), "{h}");
    }
}

#[cfg(unix)]
#[test]
fn ledger_file_gets_its_configured_mode() {
    use std::os::unix::fs::PermissionsExt;
    for (mode, expect) in [(None, 0o600), (Some("0640"), 0o640), (Some("0660"), 0o660)] {
        let dir = tempfile::tempdir().expect("tmp");
        let db = dir.path().join("sub/ledger.db");
        let text = match mode {
            Some(m) => MINI_CONFIG.replace(
                "path = \"t.db\"",
                &format!("path = \"{}\"\nmode = \"{m}\"", db.display()),
            ),
            None => MINI_CONFIG.replace("path = \"t.db\"", &format!("path = \"{}\"", db.display())),
        };
        let s = settings(&text);
        let store =
            Store::open(&s.database.path, s.database.mode, s.database.busy_timeout).expect("open");
        drop(store);
        let got = std::fs::metadata(&db).expect("db").permissions().mode() & 0o777;
        assert_eq!(got, expect, "mode {mode:?}");
        for side in ["-wal", "-shm"] {
            if let Ok(m) = std::fs::metadata(format!("{}{side}", db.display())) {
                assert_eq!(m.permissions().mode() & 0o777, expect, "{side}");
            }
        }
    }
}

/// What each fuzz target does with one input, for the seeds and for every
/// crash the fuzzer found (tests/fuzz_regressions/TARGET-*): kept in step
/// with fuzz/fuzz_targets/*.rs, so CI runs them on stable.
fn fuzz_one(target: &str, data: &[u8], s: &Settings, store: &Store) {
    match target {
        "pipeline" => {
            let src = takedown::trust::dkim::Source::Records(std::sync::Arc::new(
                takedown::trust::dkim::TxtRecords::new(),
            ));
            let u = takedown::pipeline::understand_with(data, s, &src);
            let q = takedown::pipeline::view_query(&u, s, now());
            let view = store.ledger_view(&q, &s.tz).expect("view");
            let _ = takedown::matching::decide(&u.extraction, &u.verdict, &view, s);
        }
        "urls" => {
            let text = String::from_utf8_lossy(data);
            let mut last = 0;
            for f in takedown::extract::urls::find_urls(&text) {
                assert!(
                    f.start >= last && f.start < f.end && text[f.start..f.end] == f.raw,
                    "{f:?}"
                );
                last = f.end;
                let _ = takedown::extract::urls::normalize(&f.raw);
            }
            let _ = takedown::extract::urls::normalize(&text);
        }
        "auth_results" => {
            let text = String::from_utf8_lossy(data);
            let _ = takedown::trust::parse_authentication_results(&text);
            let email = takedown::parse::ParsedEmail {
                from: vec!["abuse@telegram.org".into()],
                auth_results: text.lines().map(str::to_string).collect(),
                ..Default::default()
            };
            let _ = takedown::trust::assess(&email, s);
        }
        other => panic!("unknown fuzz target {other}"),
    }
}

#[test]
fn fuzz_regressions() {
    let s = settings(&hostile_config().replace(
        "require = \"dmarc\"",
        "require = \"dmarc\"\nverify = \"both\"",
    ));
    let store = store_with_request();
    let mut n = 0;
    for target in ["pipeline", "urls", "auth_results"] {
        let mut files: Vec<PathBuf> = std::fs::read_dir(repo().join("fuzz/seeds").join(target))
            .map(|d| d.filter_map(|e| e.ok()).map(|e| e.path()).collect())
            .unwrap_or_default();
        files.extend(
            std::fs::read_dir(repo().join("tests/fuzz_regressions"))
                .map(|d| {
                    d.filter_map(|e| e.ok())
                        .map(|e| e.path())
                        .filter(|p| {
                            p.file_name().is_some_and(|n| {
                                n.to_string_lossy().starts_with(&format!("{target}-"))
                            })
                        })
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default(),
        );
        files.sort();
        for f in files {
            let data = std::fs::read(&f).expect("read");
            fuzz_one(target, &data, &s, &store);
            n += 1;
        }
    }
    println!("{n} fuzz seeds and regressions ran clean");
    assert!(n > 50, "the fuzz seeds are missing");
}

#[path = "support/bombs.rs"]
mod bombs;

/// The generated bombs (BENCHMARKS.md has their timings in a release
/// build): each is recorded, raw bytes kept, and the structural ones are
/// refused before any decoding with the limit they are over.
#[test]
fn bombs_are_recorded_and_refused_before_reading() {
    let s = settings(MINI_CONFIG);
    let store = store_with_request();
    for (name, bytes) in bombs::all() {
        let size = bytes.len();
        let r = ingest_one(&store, &s, &raw(bytes, name), now())
            .unwrap_or_else(|e| panic!("{name}: store error {e}"));
        println!("{name:<28} {size:>9} bytes  {:?} {}", r.review, r.detail);
        let stored = store
            .message_by_sha(&r.sha256)
            .expect("ledger")
            .unwrap_or_else(|| panic!("{name}: not recorded"));
        assert_eq!(stored.disposition, "review", "{name}");
        if name == "urls-60000-one-line" {
            // Within the structural limits: read, its line cut at max_line_bytes.
            assert_ne!(r.review.as_deref(), Some("internal_error"), "{name}");
            continue;
        }
        assert_eq!(
            r.review.as_deref(),
            Some("too_complex"),
            "{name}: {}",
            r.detail
        );
        assert!(r.detail.contains("limits."), "{name}: {}", r.detail);
        // The header block was still read for the ledger (except when the
        // header fields are what is over).
        if name != "header-fields-50000" {
            assert_eq!(r.from.as_deref(), Some("abuse@telegram.org"), "{name}");
        }
    }
}

/// The blow-up found in the shared corpus: mail-parser 0.11 hands an attached
/// email's `raw_message` as the whole outer email, and parsing that again at
/// every level read a 283-byte email k^depth times. Attached emails are now
/// read from mail-parser's own tree: each once.
#[test]
fn attached_emails_are_read_once_each() {
    let limits = takedown::config::Limits::default();
    // Two attached emails inside a multipart inside a multipart, and a third.
    // (The corpus's malformed-012.eml is this shape, with the boundaries left open.)
    let raw = b"Content-Type: multipart/mixed; boundary=\"1\"\n\n--1\nContent-Type: multipart/mixed; boundary=\"2\"\n\n--2\nContent-Type: message/rfc822\n\nContent-Type: text/plain\n\n1\n--2\nContent-Type: message/rfc822\n\nContent-Type: text/plain\n\n22\n--2--\n--1\nContent-Type: message/rfc822\n\nContent-Type: text/plain\n\n333\n--1--\n";
    let p = takedown::parse::parse(raw, &limits);
    fn count(p: &takedown::parse::ParsedEmail) -> usize {
        p.forwarded.len() + p.forwarded.iter().map(count).sum::<usize>()
    }
    assert_eq!(count(&p), 3, "{:?}", p.problems);
    let texts: Vec<&str> = p
        .forwarded
        .iter()
        .flat_map(|f| f.text.iter().map(|t| t.trim()))
        .collect();
    assert_eq!(texts, ["1", "22", "333"]);
}

/// The ledger file of `dns_waits_outside_the_write_transaction`, for the
/// understanding step (a plain fn) to reach.
static LEDGER: std::sync::OnceLock<PathBuf> = std::sync::OnceLock::new();
/// How many emails were read while another connection could not write.
static READ_WHILE_LOCKED: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

/// Stands in for the DKIM check's DNS look-ups: tries to write the ledger from
/// another connection, as `mark` would, while the email is being read.
fn understand_probing_the_lock(
    raw: &[u8],
    s: &Settings,
    _: &takedown::trust::dkim::Source,
) -> Understanding {
    let path = LEDGER.get().expect("ledger path");
    // One probe at a time: two workers probing at once would lock each other out.
    static ONE_PROBE: std::sync::Mutex<()> = std::sync::Mutex::new(());
    let _one = ONE_PROBE.lock().unwrap_or_else(|p| p.into_inner());
    // Opening checks the schema in a write transaction too: busy either way.
    let writable = Store::open(path, 0o600, Duration::ZERO)
        .and_then(|other| other.begin_batch().map(|()| other.rollback_batch()));
    if writable.is_err() {
        READ_WHILE_LOCKED.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
    }
    takedown::pipeline::understand_with(
        raw,
        s,
        &takedown::trust::dkim::Source::Records(Default::default()),
    )
}

/// With `trust.verify = "dkim"` the emails of a batch are all read (DNS
/// asked) before its write transaction opens: `mark` and `remind` never wait
/// on a DNS answer.
#[test]
fn dns_waits_outside_the_write_transaction() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("ledger.db");
    LEDGER.set(path.clone()).expect("set once");
    let text = MINI_CONFIG.replace(
        "require = \"dmarc\"",
        "require = \"dmarc\"\nverify = \"dkim\"",
    );
    let s = settings(&text);
    assert!(takedown::pipeline::checks_dkim(&s));
    let store = Store::open(&path, 0o600, Duration::from_secs(5)).expect("ledger");
    let opts = IngestOptions {
        dkim: takedown::trust::dkim::Source::System,
        understand: understand_probing_the_lock,
    };
    let batch = |range: std::ops::Range<usize>, opts: &IngestOptions| {
        let raws: Vec<RawEmail> = range
            .map(|i| {
                let mid = format!("d{i}@telegram.org");
                let text = tg_email(&mid, "Re: x", "https://t.me/chan/1 removed", false);
                raw(text.into_bytes(), &mid)
            })
            .collect();
        let mut recorded = 0;
        takedown::pipeline::ingest_batch(&store, &s, &raws, now(), opts, |_, r| {
            r.expect("no panic").expect("recorded");
            recorded += 1;
            true
        })
        .expect("begin");
        store.commit_batch().expect("commit");
        assert_eq!(recorded, raws.len());
    };
    batch(0..40, &opts);
    assert_eq!(
        READ_WHILE_LOCKED.load(std::sync::atomic::Ordering::SeqCst),
        0,
        "emails were read (DNS asked) while the batch held the write lock"
    );
    // The control: with no DNS to ask, reading goes on beside recording
    // (inside the transaction), and the probe does see the lock.
    let opts = IngestOptions {
        dkim: takedown::trust::dkim::Source::Records(Default::default()),
        ..opts
    };
    batch(40..80, &opts);
    assert!(
        READ_WHILE_LOCKED.load(std::sync::atomic::Ordering::SeqCst) > 0,
        "the probe cannot see the lock"
    );
}

/// Set when `reads_forever` has stopped.
static FOREVER_STOPPED: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// A reading that would never end on its own, passing checkpoints as
/// parsing and extraction do (per part, per line, per table row).
fn reads_forever(_: &[u8], _: &Settings, _: &takedown::trust::dkim::Source) -> Understanding {
    struct Flag;
    impl Drop for Flag {
        fn drop(&mut self) {
            FOREVER_STOPPED.store(true, std::sync::atomic::Ordering::SeqCst);
        }
    }
    let _flag = Flag;
    loop {
        takedown::stop::checkpoint();
        std::thread::sleep(Duration::from_millis(1));
    }
}

/// An overrun really stops: the abandoned reading unwinds at its next
/// checkpoint and its thread ends, instead of running on in the background.
#[test]
fn an_abandoned_reading_stops_itself() {
    let text = hostile_config().replace("time_budget = \"20s\"", "time_budget = \"200ms\"");
    let s = settings(&text);
    let store = store_with_request();
    let opts = IngestOptions {
        understand: reads_forever,
        ..IngestOptions::default()
    };
    let email = tg_email(
        "f1@telegram.org",
        "Re: x",
        "https://t.me/chan/1 removed",
        true,
    );
    let r = ingest_one_with(
        &store,
        &s,
        &raw(email.into_bytes(), "forever.eml"),
        now(),
        &opts,
    )
    .expect("recorded");
    assert_eq!(r.review.as_deref(), Some("time_budget"), "{r:?}");
    let t = Instant::now();
    while !FOREVER_STOPPED.load(std::sync::atomic::Ordering::SeqCst) {
        assert!(
            t.elapsed() < Duration::from_secs(5),
            "the abandoned reading is still running"
        );
        std::thread::sleep(Duration::from_millis(5));
    }
}
