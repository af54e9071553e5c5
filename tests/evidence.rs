//! Evidence that holds up: the byte-identical archive, reprocessing, the
//! online backup, the tamper-evident history (edited behind the tool's back
//! with the sqlite3 shell), takedown's own DKIM verdict as staff see it, and
//! a long sqlite3 read transaction while takedown writes.

mod common;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

use common::*;

const CSV: &str = "ref,platform,sent_at,due_at,url\n\
KCSC-240901-01,telegram,2024-09-01,2024-09-08,https://t.me/chan/1\n\
KCSC-240901-01,telegram,2024-09-01,2024-09-08,https://t.me/chan/2\n\
KCSC-240901-01,telegram,2024-09-01,2024-09-08,https://t.me/chan/3\n";

fn env_with_requests() -> Env {
    let env = Env::with_config(MINI_CONFIG);
    let csv = env.write("r.csv", CSV);
    env.ok(&["request", "import", csv.to_str().unwrap()]);
    env
}

fn ingest(env: &Env, name: &str, text: &str) -> serde_json::Value {
    let p = env.write(name, text);
    let out = env.ok(&["ingest", "--json", p.to_str().unwrap()]);
    serde_json::from_str(out.trim()).expect("one NDJSON line")
}

fn sqlite3() -> bool {
    Command::new("sqlite3")
        .arg("-version")
        .output()
        .is_ok_and(|o| o.status.success())
}

fn sql(db: &Path, script: &str) -> String {
    let out = Command::new("sqlite3")
        .arg(db)
        .arg(script)
        .output()
        .expect("sqlite3");
    assert!(
        out.status.success(),
        "sqlite3 {script}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).trim().to_string()
}

/// A ledger with history: two applied emails and a staff decision.
fn ledger_with_history() -> Env {
    let env = env_with_requests();
    ingest(
        &env,
        "a.eml",
        &tg_email(
            "a1@telegram.org",
            "Re: KCSC-240901-01",
            "The following have been removed:\nhttps://t.me/chan/1\nhttps://t.me/chan/2",
            true,
        ),
    );
    ingest(
        &env,
        "b.eml",
        &tg_email(
            "b1@telegram.org",
            "Re: KCSC-240901-01",
            "https://t.me/chan/3 has been restricted in Korea",
            true,
        ),
    );
    env.ok(&[
        "mark",
        "KCSC-240901-01",
        "https://t.me/chan/2",
        "pending",
        "--note",
        "came back online",
        "--by",
        "kim",
    ]);
    env
}

#[test]
fn evidence_is_exported_byte_identical_and_never_overwritten() {
    let env = env_with_requests();
    // CRLF, trailing spaces, 8-bit bytes: all must survive exactly.
    let text = tg_email(
        "ev1@telegram.org",
        "Re: KCSC-240901-01",
        "https://t.me/chan/1 removed  \r\n\u{d55c}\u{ad6d}\r\n",
        true,
    )
    .replace('\n', "\r\n");
    let v = ingest(&env, "ev.eml", &text);
    assert_eq!(v["outcome"], "applied");
    let show = env.json(&["show", "KCSC-240901-01", "--json"]);
    let item = &show["items"][0];
    assert_eq!(item["evidence"], "ev1@telegram.org");
    assert_eq!(item["evidence_sha256"], v["sha256"]);
    assert!(
        item["evidence_trust"]
            .as_str()
            .unwrap()
            .contains("dmarc=pass"),
        "{item}"
    );
    let shown = env.ok(&["show", "KCSC-240901-01"]);
    assert!(
        shown.contains("evidence <ev1@telegram.org> sha256"),
        "{shown}"
    );

    let out = env.path("out/evidence.eml");
    std::fs::create_dir_all(out.parent().unwrap()).unwrap();
    env.ok(&[
        "evidence",
        "<ev1@telegram.org>",
        "--export",
        out.to_str().unwrap(),
    ]);
    assert_eq!(
        std::fs::read(&out).unwrap(),
        text.as_bytes(),
        "byte-identical"
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(
            std::fs::metadata(&out).unwrap().permissions().mode() & 0o777,
            0o600
        );
    }
    // Never over an existing file without --force.
    std::fs::write(&out, "something else").unwrap();
    let o = env
        .cmd()
        .args([
            "evidence",
            "ev1@telegram.org",
            "--export",
            out.to_str().unwrap(),
        ])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stderr).contains("--force"));
    assert_eq!(std::fs::read(&out).unwrap(), b"something else");
    env.ok(&[
        "evidence",
        "ev1@telegram.org",
        "--export",
        out.to_str().unwrap(),
        "--force",
    ]);
    assert_eq!(std::fs::read(&out).unwrap(), text.as_bytes());
    // By SHA-256 too, and to standard output.
    let sha = v["sha256"].as_str().unwrap();
    let o = env
        .cmd()
        .args(["evidence", sha, "--export", "-"])
        .output()
        .unwrap();
    assert_eq!(o.stdout, text.as_bytes());
    let info = env.json(&["evidence", "ev1@telegram.org", "--json"]);
    assert_eq!(info["integrity"], "ok");
    assert_eq!(info["sha256"], sha);
    assert_eq!(info["events"], 1);
    let o = env
        .cmd()
        .args(["evidence", "nope@nowhere"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1));
}

#[test]
fn audit_verify_passes_on_an_untouched_ledger() {
    let env = ledger_with_history();
    let r = env.json(&["audit", "verify", "--json"]);
    assert_eq!(r["ok"], true, "{r:#}");
    assert_eq!(r["events"], 4);
    let head = r["head"].as_str().unwrap().to_string();
    assert_eq!(head.len(), 64);
    let text = env.ok(&["audit", "verify"]);
    assert!(
        text.contains(&format!("chain head {head}")) && text.contains("OK"),
        "{text}"
    );
    // The head kept elsewhere is in the chain; a made-up one is not.
    env.ok(&["audit", "verify", "--head", &head]);
    let o = env
        .cmd()
        .args(["audit", "verify", "--head", &"ab".repeat(32)])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1));
}

/// Applies `script` to a copy of a ledger with history, runs `audit verify`,
/// and returns its exit code, JSON report and text output.
fn tampered(script: &str) -> (Option<i32>, serde_json::Value, String) {
    let env = ledger_with_history();
    let db = env.path("t.db");
    sql(&db, script);
    let o = env
        .cmd()
        .args(["audit", "verify", "--json"])
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("JSON");
    let t = env.cmd().args(["audit", "verify"]).output().unwrap();
    (
        o.status.code(),
        v,
        String::from_utf8_lossy(&t.stdout).to_string(),
    )
}

#[test]
fn audit_catches_edits_made_behind_its_back() {
    if !available(sqlite3(), "the sqlite3 shell (apt-get install sqlite3)") {
        return;
    }
    // An event's status rewritten.
    let (code, v, text) = tampered(
        "DROP TRIGGER item_events_no_update; UPDATE item_events SET new_status = 'rejected' WHERE id = 2;",
    );
    assert_eq!(code, Some(1), "{v:#}");
    assert_eq!(v["first_broken"]["kind"], "hash", "{v:#}");
    assert_eq!(v["first_broken"]["event"], 2, "{v:#}");
    assert_eq!(v["first_broken"]["url"], "https://t.me/chan/2", "{v:#}");
    assert!(
        text.contains("BROKEN: first broken link: event 2"),
        "{text}"
    );
    assert!(text.contains("chain head"), "{text}");

    // An event deleted from the middle.
    let (code, v, _) =
        tampered("DROP TRIGGER item_events_no_delete; DELETE FROM item_events WHERE id = 2;");
    assert_eq!(code, Some(1));
    let kinds: Vec<&str> = v["problems"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["kind"].as_str().unwrap())
        .collect();
    assert!(kinds.contains(&"gap") && kinds.contains(&"chain"), "{v:#}");
    assert_eq!(v["first_broken"]["event"], 3, "{v:#}");

    // The newest event deleted: the chain stays whole, but the item's status no longer has its event.
    let (code, v, _) =
        tampered("DROP TRIGGER item_events_no_delete; DELETE FROM item_events WHERE id = 4;");
    assert_eq!(code, Some(1));
    assert_eq!(v["first_broken"]["kind"], "status", "{v:#}");

    // A raw email replaced (by another stored email's bytes).
    let (code, v, _) = tampered(
        "DROP TRIGGER messages_raw_immutable; UPDATE messages SET raw = (SELECT raw FROM messages WHERE id = 2) WHERE id = 1;",
    );
    assert_eq!(code, Some(1));
    let kinds: Vec<&str> = v["problems"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["kind"].as_str().unwrap())
        .collect();
    assert!(kinds.contains(&"email") && kinds.contains(&"hash"), "{v:#}");
    assert_eq!(
        v["first_broken"]["event"], 1,
        "the first event cites the altered email: {v:#}"
    );

    // The raw email and its recorded SHA-256 changed together: the events still hash the old one.
    let (code, v, _) = tampered(
        "DROP TRIGGER messages_raw_immutable; UPDATE messages SET raw = (SELECT raw FROM messages WHERE id = 2), sha256 = 'x' || sha256 WHERE id = 1;",
    );
    assert_eq!(code, Some(1), "{v:#}");

    // items.status changed directly.
    let (code, v, _) =
        tampered("UPDATE items SET status = 'removed' WHERE url = 'https://t.me/chan/2';");
    assert_eq!(code, Some(1));
    assert_eq!(v["first_broken"]["kind"], "status", "{v:#}");
    assert!(
        v["first_broken"]["detail"]
            .as_str()
            .unwrap()
            .contains("events say pending"),
        "{v:#}"
    );
}

#[test]
fn reprocess_reports_then_applies_with_the_same_evidence() {
    let env = env_with_requests();
    // chan/9 is not an item yet: the claim matches nothing.
    let v = ingest(
        &env,
        "late.eml",
        &tg_email(
            "late@telegram.org",
            "Re: KCSC-240901-01",
            "https://t.me/chan/9 has been removed",
            true,
        ),
    );
    assert_eq!(v["review"], "unmatched_claims", "{v}");
    let more = env.write("more.csv", "ref,platform,sent_at,due_at,url\nKCSC-240901-01,telegram,2024-09-01,2024-09-08,https://t.me/chan/9\n");
    env.ok(&["request", "import", more.to_str().unwrap()]);
    let status = |env: &Env| {
        let s = env.json(&["show", "KCSC-240901-01", "--json", "--history"]);
        s["items"]
            .as_array()
            .unwrap()
            .iter()
            .find(|i| i["url"] == "https://t.me/chan/9")
            .cloned()
            .unwrap()
    };
    // Dry run: reported, nothing written.
    let r = env.json(&["reprocess", "--json"]);
    assert_eq!(r["applied"], false);
    assert_eq!(r["changed_items"], 1, "{r:#}");
    assert_eq!(r["entries"][0]["message_id"], "late@telegram.org");
    assert_eq!(r["entries"][0]["changes"][0]["to"], "removed");
    assert_eq!(status(&env)["status"], "pending");
    let since_later = env.json(&["reprocess", "--json", "--since", "2999-01-01"]);
    assert_eq!(since_later["emails"], 0);
    // Ordinary ingestion never re-applies: the same bytes are a duplicate.
    let again = ingest(
        &env,
        "late-again.eml",
        &tg_email(
            "late@telegram.org",
            "Re: KCSC-240901-01",
            "https://t.me/chan/9 has been removed",
            true,
        ),
    );
    assert_eq!(again["outcome"], "duplicate");
    assert_eq!(status(&env)["status"], "pending");
    // --apply: a new event citing the same email.
    let r = env.json(&["reprocess", "--apply", "--json", "--by", "lee"]);
    assert_eq!(r["applied"], true);
    assert_eq!(r["changed_items"], 1);
    let item = status(&env);
    assert_eq!(item["status"], "removed");
    assert_eq!(item["evidence"], "late@telegram.org");
    let last = item["history"].as_array().unwrap().last().unwrap().clone();
    assert_eq!(last["source"], "email");
    assert_eq!(last["message_id"], "late@telegram.org");
    assert!(
        last["note"].as_str().unwrap().starts_with("reprocessed"),
        "{last}"
    );
    // Nothing left to do; the history still verifies.
    assert_eq!(env.json(&["reprocess", "--json"])["changed_items"], 0);
    assert_eq!(env.json(&["audit", "verify", "--json"])["ok"], true);
}

#[test]
fn backup_is_consistent_while_the_daemon_writes() {
    let env = ledger_with_history();
    let db = env.path("t.db");
    let settings =
        Arc::new(takedown::config::Settings::load(&env.path("config.toml")).expect("config"));
    // A writer ingesting emails, as the daemon would, on its own connection.
    let writer = {
        let settings = settings.clone();
        let db = db.clone();
        std::thread::spawn(move || {
            let store =
                takedown::store::Store::open(&db, 0o600, Duration::from_secs(5)).expect("open");
            for i in 0..60 {
                let text = tg_email(
                    &format!("w{i}@telegram.org"),
                    "Re: KCSC-240901-01",
                    &format!("https://t.me/chan/{} removed", 1 + i % 3),
                    true,
                );
                let raw = takedown::source::RawEmail::new(
                    text.into_bytes(),
                    takedown::source::Origin::File(PathBuf::from(format!("w{i}"))),
                );
                takedown::pipeline::ingest_one(&store, &settings, &raw, jiff::Timestamp::now())
                    .expect("ingest");
            }
        })
    };
    let mut copies = 0;
    while !writer.is_finished() || copies == 0 {
        let out = env.path(&format!("backup-{copies}.db"));
        let t = Instant::now();
        let r = env.json(&["backup", out.to_str().unwrap(), "--json"]);
        println!(
            "backup {copies}: {} emails, {} events, {} ms",
            r["emails"],
            r["events"],
            t.elapsed().as_millis()
        );
        assert_eq!(r["audit_ok"], true, "{r}");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            assert_eq!(
                std::fs::metadata(&out).unwrap().permissions().mode() & 0o777,
                0o600
            );
        }
        // A rollback-journal file, not WAL: bytes 18 and 19 of the header are 1.
        let header = std::fs::read(&out).expect("backup file");
        assert_eq!(
            &header[18..20],
            &[1, 1],
            "backup {copies} is not in rollback-journal mode"
        );
        if available(sqlite3(), "the sqlite3 shell (apt-get install sqlite3)") {
            assert_eq!(sql(&out, "PRAGMA integrity_check"), "ok");
            assert_eq!(sql(&out, "PRAGMA journal_mode"), "delete");
        }
        copies += 1;
    }
    writer.join().expect("writer");
    let out = env.path("backup-0.db");
    let o = env
        .cmd()
        .args(["backup", out.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(
        o.status.code(),
        Some(1),
        "an existing file is not replaced without --force"
    );
    env.ok(&["backup", out.to_str().unwrap(), "--force"]);
}

#[test]
fn a_long_read_transaction_does_not_block_ingestion() {
    if !available(sqlite3(), "the sqlite3 shell (apt-get install sqlite3)") {
        return;
    }
    let env = ledger_with_history();
    let db = env.path("t.db");
    // A staff member's sqlite3 holding a read transaction open.
    let mut reader = Command::new("sqlite3")
        .arg(&db)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("sqlite3");
    let mut stdin = reader.stdin.take().expect("stdin");
    writeln!(stdin, "BEGIN; SELECT 'before', count(*) FROM messages;").unwrap();
    stdin.flush().unwrap();
    std::thread::sleep(Duration::from_millis(500));
    let t = Instant::now();
    let mail = env.write(
        "c.eml",
        &tg_email(
            "c1@telegram.org",
            "Re: KCSC-240901-01",
            "https://t.me/chan/1 removed",
            true,
        ),
    );
    let out = env.ok(&["ingest", "--json", mail.to_str().unwrap()]);
    let took = t.elapsed();
    println!(
        "ingest while a read transaction is open: {} ms",
        took.as_millis()
    );
    // No timed assertion (a loaded machine makes any limit flaky): a writer
    // that waited on the open read transaction would fail after the busy
    // timeout, and `env.ok` above would have failed; the snapshot checks
    // below show the reader was still inside its transaction.
    assert!(out.contains("\"outcome\""), "{out}");
    // Staff queries go on too.
    env.ok(&["requests"]);
    std::thread::sleep(Duration::from_secs(2));
    // The reader still sees its snapshot, then finishes without waiting.
    let t = Instant::now();
    writeln!(
        stdin,
        "SELECT 'inside', count(*) FROM messages; COMMIT; SELECT 'after', count(*) FROM messages;"
    )
    .unwrap();
    drop(stdin);
    let o = reader.wait_with_output().expect("sqlite3 output");
    println!(
        "reader finished {} ms after the write",
        t.elapsed().as_millis()
    );
    let text = String::from_utf8_lossy(&o.stdout).to_string();
    assert!(
        o.status.success(),
        "{text}{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let count = |tag: &str| {
        text.lines()
            .find(|l| l.starts_with(tag))
            .and_then(|l| l.split('|').nth(1))
            .and_then(|n| n.parse::<i64>().ok())
            .unwrap()
    };
    assert_eq!(
        count("before"),
        count("inside"),
        "a read transaction sees one snapshot:\n{text}"
    );
    assert_eq!(count("after"), count("before") + 1, "{text}");
}

#[test]
fn own_dkim_verdict_is_recorded_and_shown() {
    use takedown::pipeline::{IngestOptions, ingest_one_with};
    use takedown::trust::dkim::{Source, TxtRecords, testing::TestSigner};
    let config = MINI_CONFIG.replace(
        "require = \"dmarc\"",
        "require = \"dmarc\"\nverify = \"dkim\"",
    );
    let env = Env::with_config(&config);
    let csv = env.write("r.csv", CSV);
    env.ok(&["request", "import", csv.to_str().unwrap()]);
    let settings = takedown::config::Settings::load(&env.path("config.toml")).expect("config");
    let store = takedown::store::Store::open(&env.path("t.db"), 0o600, Duration::from_secs(5))
        .expect("open");
    let signer = TestSigner::new("telegram.org", "s2024");
    let mut records = TxtRecords::new();
    records
        .add(&signer.record_name(), &signer.record())
        .unwrap();
    records
        .add("_dmarc.telegram.org", "v=DMARC1; p=reject")
        .unwrap();
    let opts = IngestOptions {
        dkim: Source::Records(Arc::new(records)),
        ..IngestOptions::default()
    };
    let raw = |text: Vec<u8>, n: &str| {
        takedown::source::RawEmail::new(text, takedown::source::Origin::File(PathBuf::from(n)))
    };
    let now = jiff::Timestamp::now();

    // Signed by Telegram's key: trusted by takedown's own check, with no Authentication-Results at all.
    let good = tg_email(
        "dk1@telegram.org",
        "Re: KCSC-240901-01",
        "https://t.me/chan/1 removed",
        false,
    )
    .replace('\n', "\r\n");
    let r = ingest_one_with(
        &store,
        &settings,
        &raw(signer.sign(good.as_bytes()), "good"),
        now,
        &opts,
    )
    .expect("ingest");
    assert!(r.trusted, "{r:?}");
    assert_eq!(r.outcome.as_str(), "applied");
    assert!(
        r.trust_reason.contains("verified by takedown"),
        "{}",
        r.trust_reason
    );

    // A forged Authentication-Results header counts for nothing with verify = "dkim".
    let forged = tg_email(
        "dk2@telegram.org",
        "Re: KCSC-240901-01",
        "https://t.me/chan/2 removed",
        true,
    )
    .replace('\n', "\r\n");
    let r = ingest_one_with(
        &store,
        &settings,
        &raw(forged.into_bytes(), "forged"),
        now,
        &opts,
    )
    .expect("ingest");
    assert!(!r.trusted, "{r:?}");
    assert_eq!(r.review.as_deref(), Some("untrusted"));

    // Signed, then altered in transit.
    let signed = signer.sign(
        tg_email(
            "dk3@telegram.org",
            "Re: KCSC-240901-01",
            "https://t.me/chan/3 restricted",
            false,
        )
        .replace('\n', "\r\n")
        .as_bytes(),
    );
    let altered = String::from_utf8(signed)
        .unwrap()
        .replace("restricted", "removed");
    let r = ingest_one_with(
        &store,
        &settings,
        &raw(altered.into_bytes(), "altered"),
        now,
        &opts,
    )
    .expect("ingest");
    assert!(!r.trusted, "{r:?}");
    drop(store);

    // Staff see the verdicts: review, evidence, show.
    let review = env.json(&["review", "--json"]);
    let reasons: Vec<String> = review
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["trust_reason"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(reasons.len(), 2, "{review:#}");
    assert!(
        reasons.iter().all(|r| r.contains("takedown")),
        "{reasons:?}"
    );
    let ev = env.json(&["evidence", "dk1@telegram.org", "--json"]);
    assert!(
        ev["dkim"]
            .as_str()
            .unwrap()
            .contains("dkim=pass d=telegram.org s=s2024"),
        "{ev}"
    );
    assert!(ev["dkim"].as_str().unwrap().contains("dmarc=pass"), "{ev}");
    let ev = env.json(&["evidence", "dk3@telegram.org", "--json"]);
    assert!(
        ev["dkim"].as_str().unwrap().contains("dkim=neutral")
            || ev["dkim"].as_str().unwrap().contains("dkim=fail"),
        "{ev}"
    );
    let show = env.json(&["show", "KCSC-240901-01", "--json"]);
    assert!(
        show["items"][0]["evidence_trust"]
            .as_str()
            .unwrap()
            .contains("verified by takedown"),
        "{show}"
    );
    // Reprocessing reuses the recorded verdict (no DNS here): nothing changes.
    let r = env.json(&["reprocess", "--json"]);
    assert_eq!(r["changed_items"], 0, "{r:#}");
}
