//! The staff commands, driven through the built binary.

mod common;

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

#[test]
fn samples_end_in_their_expected_statuses() {
    let env = Env::shipped(&repo().join("samples/inbox"));
    let csv = repo().join("samples/requests.csv");
    env.ok(&["request", "import", csv.to_str().unwrap()]);
    env.ok(&["run", "--once"]);
    // Twice: the second pass must change nothing.
    let second = env.ok(&["run", "--once", "--json"]);
    for line in second.lines() {
        let v: serde_json::Value = serde_json::from_str(line).expect("NDJSON");
        assert_eq!(v["outcome"], "duplicate", "{line}");
    }
    let expected = std::fs::read_to_string(repo().join("samples/expected.csv")).unwrap();
    let mut mismatches = Vec::new();
    let mut shown = std::collections::BTreeMap::new();
    for line in expected.lines().skip(1) {
        let f: Vec<&str> = line.split(',').collect();
        let (r, url, status) = (f[0], f[1], f[2]);
        let show = shown
            .entry(r.to_string())
            .or_insert_with(|| env.json(&["show", r, "--json"]));
        let item = show["items"]
            .as_array()
            .unwrap()
            .iter()
            .find(|i| i["url"] == url)
            .unwrap_or_else(|| panic!("{url} missing"));
        if item["status"] != status {
            mismatches.push(format!(
                "{r} {url}: expected {status}, got {}",
                item["status"]
            ));
        }
    }
    assert!(
        mismatches.is_empty(),
        "sample statuses differ:\n{}",
        mismatches.join("\n")
    );
    let review = env.json(&["review", "--json"]);
    let reasons: Vec<&str> = review
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["reason"].as_str().unwrap())
        .collect();
    // The spoof, and the promise about two named items ("will be removed
    // within 24 hours if they violate our terms"): seen, never ignored.
    assert_eq!(reasons, vec!["untrusted", "not_understood"], "{review:#}");
    assert_eq!(review[0]["message_id"], "spoof-0904@mailer.example");
}

#[test]
fn import_is_idempotent_and_guards_changes() {
    let env = env_with_requests();
    let csv = env.path("r.csv");
    let again = env.json(&["request", "import", csv.to_str().unwrap(), "--json"]);
    assert_eq!(again["items_added"], 0);
    assert_eq!(again["items_unchanged"], 3);
    // A new URL is added to the existing request.
    let more = env.write("more.csv", "ref,platform,sent_at,due_at,url\nKCSC-240901-01,telegram,2024-09-01,2024-09-08,https://t.me/chan/4\n");
    let out = env.json(&["request", "import", more.to_str().unwrap(), "--json"]);
    assert_eq!(out["items_added"], 1);
    // A changed deadline is refused without --update, accepted with it.
    let moved = env.write("moved.csv", "ref,platform,sent_at,due_at,url\nKCSC-240901-01,telegram,2024-09-01,2024-09-15,https://t.me/chan/1\n");
    let o = env
        .cmd()
        .args(["request", "import", moved.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("--update") && err.contains("due_at"), "{err}");
    env.ok(&["request", "import", moved.to_str().unwrap(), "--update"]);
    let show = env.json(&["show", "KCSC-240901-01", "--json"]);
    assert_eq!(show["due_at"], "2024-09-15T23:59:59+09:00");
    assert_eq!(show["items"].as_array().unwrap().len(), 4);
}

#[test]
fn bad_csv_row_names_line_and_column_and_writes_nothing() {
    let env = Env::with_config(MINI_CONFIG);
    let csv = env.write(
        "bad.csv",
        "ref,platform,sent_at,due_at,url\nKCSC-240901-01,telegram,2024-09-01,2024-09-08,https://t.me/chan/1\nKCSC-240901-02,telegram,2024-09-01,2024-13-08,https://t.me/chan/2\n",
    );
    let o = env
        .cmd()
        .args(["request", "import", csv.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("line 3") && err.contains("due_at"), "{err}");
    let all = env.json(&["requests", "--json"]);
    assert_eq!(
        all.as_array().unwrap().len(),
        0,
        "nothing may be written: {all}"
    );

    let unknown = env.write("p.csv", "ref,platform,sent_at,due_at,url\nKCSC-240901-01,telegrm,2024-09-01,2024-09-08,https://t.me/c/1\n");
    let o = env
        .cmd()
        .args(["request", "import", unknown.to_str().unwrap()])
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("line 2") && err.contains("platform") && err.contains("telegrm"),
        "{err}"
    );
}

#[test]
fn config_errors_are_one_clear_line_with_exit_2() {
    let env = Env::with_config(
        "[database]\npath = \"t.db\"\nbogus_key = 1\n[[platforms]]\nid = \"t\"\nsenders = [\"t.org\"]\n",
    );
    let o = env.cmd().args(["requests"]).output().unwrap();
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("config.toml") && err.contains("bogus_key"),
        "{err}"
    );
    assert_eq!(err.trim().lines().count(), 1, "{err}");

    let o = assert_cmd::Command::cargo_bin("takedown")
        .unwrap()
        .args(["--config", "/nonexistent/takedown.toml", "requests"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("/nonexistent/takedown.toml"));
}

#[test]
fn ingest_applies_reports_and_is_idempotent() {
    let env = env_with_requests();
    let mail = env.write(
        "m1.eml",
        &tg_email(
            "c1@telegram.org",
            "Re: KCSC-240901-01",
            "The following have been removed:\nhttps://t.me/chan/1\nhttps://t.me/chan/2\n",
            true,
        ),
    );
    let out = env.ok(&["ingest", "--json", mail.to_str().unwrap()]);
    let v: serde_json::Value = serde_json::from_str(out.trim()).unwrap();
    assert_eq!(v["outcome"], "applied");
    assert_eq!(v["changes"].as_array().unwrap().len(), 2);
    let again = env.ok(&["ingest", "--json", mail.to_str().unwrap()]);
    let v: serde_json::Value = serde_json::from_str(again.trim()).unwrap();
    assert_eq!(v["outcome"], "duplicate");
    let show = env.json(&["show", "KCSC-240901-01", "--json", "--history"]);
    let items = show["items"].as_array().unwrap();
    assert_eq!(items[0]["status"], "removed");
    assert_eq!(items[0]["evidence"], "c1@telegram.org");
    assert_eq!(
        items[0]["history"].as_array().unwrap().len(),
        1,
        "one event, not two"
    );
    assert_eq!(items[2]["status"], "pending");
    assert_eq!(show["state"], "overdue");
}

#[test]
fn untrusted_goes_to_review_and_can_be_applied_by_staff() {
    let env = env_with_requests();
    let mail = env.write(
        "m.eml",
        &tg_email(
            "u1@telegram.org",
            "KCSC-240901-01",
            "Removed: https://t.me/chan/3",
            false,
        ),
    );
    let out = env.ok(&["ingest", mail.to_str().unwrap()]);
    assert!(out.starts_with("review"), "{out}");
    let review = env.json(&["review", "--json"]);
    assert_eq!(review[0]["reason"], "untrusted");
    assert_eq!(review[0]["message_id"], "u1@telegram.org");
    let show = env.json(&["show", "KCSC-240901-01", "--json"]);
    assert_eq!(show["items"][2]["status"], "pending");
    env.ok(&[
        "review",
        "resolve",
        "<u1@telegram.org>",
        "--note",
        "checked with Telegram by phone",
        "--apply",
        "--by",
        "kim",
    ]);
    let show = env.json(&["show", "KCSC-240901-01", "--json", "--history"]);
    assert_eq!(show["items"][2]["status"], "removed");
    assert_eq!(show["items"][2]["history"][0]["by"], "kim");
    assert_eq!(env.json(&["review", "--json"]).as_array().unwrap().len(), 0);
}

#[test]
fn staff_mark_stands_against_platform() {
    let env = env_with_requests();
    env.ok(&[
        "mark",
        "KCSC-240901-01",
        "https://t.me/chan/1",
        "pending",
        "--note",
        "still online when checked",
        "--by",
        "lee",
    ]);
    let mail = env.write(
        "m.eml",
        &tg_email(
            "c2@telegram.org",
            "KCSC-240901-01",
            "https://t.me/chan/1 - removed",
            true,
        ),
    );
    let out = env.ok(&["ingest", "--json", mail.to_str().unwrap()]);
    let v: serde_json::Value = serde_json::from_str(out.trim()).unwrap();
    assert_eq!(v["outcome"], "review", "{v}");
    assert_eq!(v["review"], "contradicts_staff");
    let show = env.json(&["show", "KCSC-240901-01", "--json"]);
    assert_eq!(show["items"][0]["status"], "pending");
}

#[test]
fn unknown_ref_and_bad_input_exit_codes() {
    let env = env_with_requests();
    let o = env.cmd().args(["show", "KCSC-999999-99"]).output().unwrap();
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stderr).contains("KCSC-999999-99"));
    // A missing file: exit 1, the others are still ingested.
    let good = env.write(
        "g.eml",
        &tg_email(
            "g1@telegram.org",
            "KCSC-240901-01",
            "removed: https://t.me/chan/2",
            true,
        ),
    );
    let o = env
        .cmd()
        .args(["ingest", "/nonexistent.eml", good.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(
        env.json(&["show", "KCSC-240901-01", "--json"])["items"][1]["status"],
        "removed"
    );
    // Not an email: recorded, sent to review, exit 0.
    let junk = env.write("junk.eml", "\u{0}\u{1}binary junk");
    let o = env
        .cmd()
        .args(["ingest", junk.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(0));
    assert_eq!(env.json(&["review", "--json"])[0]["reason"], "malformed");
}

#[test]
fn oversized_email_is_refused_and_recorded() {
    let cfg = format!("{MINI_CONFIG}\n[limits]\nmax_message_bytes = 2000\n");
    let env = Env::with_config(&cfg);
    let big = tg_email(
        "big@telegram.org",
        "KCSC-240901-01",
        &"x".repeat(5000),
        true,
    );
    let p = env.write("big.eml", &big);
    let out = env.ok(&["ingest", "--json", p.to_str().unwrap()]);
    let v: serde_json::Value = serde_json::from_str(out.trim()).unwrap();
    assert_eq!(v["outcome"], "refused");
    let r = env.json(&["review", "--json"]);
    assert_eq!(r[0]["reason"], "too_large");
    assert_eq!(r[0]["message_id"], "big@telegram.org");
}

#[test]
fn requests_listing_formats() {
    let env = env_with_requests();
    let j = env.json(&["--now", "2024-09-05T00:00:00+09:00", "requests", "--json"]);
    assert_eq!(j[0]["state"], "open");
    assert_eq!(j[0]["pending"], 3);
    let over = env.json(&[
        "--now",
        "2024-09-10T00:00:00+09:00",
        "requests",
        "--overdue",
        "--json",
    ]);
    assert_eq!(over.as_array().unwrap().len(), 1);
    let csv = env.ok(&["requests", "--csv"]);
    assert!(
        csv.starts_with("ref,platform,sent_at,due_at,state,items,pending"),
        "{csv}"
    );
    let table = env.ok(&["requests"]);
    assert!(
        table.contains("KCSC-240901-01") && table.starts_with("REF"),
        "{table}"
    );
}
