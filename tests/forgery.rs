//! Forged, replayed, tampered (issue 12): hostile emails written for each
//! way a false status could reach the ledger, and edits of the ledger file
//! behind takedown's back. Each forgery is recorded, sent to review with a
//! clear reason, and changes nothing; each control (the same email made
//! honest) does apply, so that the forgeries are refused for the reason
//! tested and not by accident.

mod common;

use common::*;

const CSV: &str = "ref,platform,sent_at,due_at,url\n\
KCSC-240901-01,telegram,2024-09-01,2024-09-08,https://t.me/chan/1\n\
KCSC-240901-01,telegram,2024-09-01,2024-09-08,https://t.me/chan/2\n\
KCSC-240901-01,telegram,2024-09-01,2024-09-08,https://t.me/chan/3\n\
KCSC-240901-02,x,2024-09-01,2024-09-08,https://x.com/someone/status/42\n";

const REF: &str = "KCSC-240901-01";

fn config() -> String {
    format!(
        "{MINI_CONFIG}[mailbox]\nkind = \"maildir\"\npath = \"inbox\"\naddresses = [\"takedown@kcsc.example\"]\n"
    )
}

fn setup() -> Env {
    let env = Env::with_config(&config());
    std::fs::create_dir_all(env.path("inbox/cur")).expect("maildir");
    let csv = env.write("r.csv", CSV);
    env.ok(&["request", "import", csv.to_str().unwrap()]);
    env
}

/// An email from Telegram with the given header lines above the usual ones.
fn email(extra_headers: &str, to: &str, date: &str, mid: &str, body: &str) -> String {
    format!(
        "{extra_headers}From: Telegram <abuse@telegram.org>\nTo: {to}\nSubject: Re: {REF}\nDate: {date}\nMessage-ID: <{mid}>\nContent-Type: text/plain; charset=utf-8\n\n{body}\n"
    )
}

const DATE: &str = "Mon, 2 Sep 2024 10:00:00 +0900";
const US: &str = "takedown@kcsc.example";

/// Ingests `text` as a file and returns the JSON report.
fn ingest(env: &Env, name: &str, text: &str) -> serde_json::Value {
    let f = env.write(name, text);
    let out = env.ok(&["ingest", "--json", f.to_str().unwrap()]);
    serde_json::from_str(out.trim()).unwrap_or_else(|e| panic!("{e}: {out}"))
}

fn statuses(env: &Env, reference: &str) -> Vec<String> {
    env.json(&["show", reference, "--json"])["items"]
        .as_array()
        .expect("items")
        .iter()
        .map(|i| i["status"].as_str().unwrap_or("").to_string())
        .collect()
}

/// The email went to review with `reason`, its detail contains `why`, and no
/// item of the request changed.
fn refused(env: &Env, v: &serde_json::Value, reason: &str, why: &str) {
    assert_eq!(v["outcome"], "review", "{v:#}");
    assert_eq!(v["review"], reason, "{v:#}");
    let all = format!("{} {}", v["detail"], v["trust_reason"]);
    assert!(all.contains(why), "expected `{why}` in: {all}");
    assert_eq!(v["changes"].as_array().map(Vec::len), Some(0), "{v:#}");
    assert_eq!(statuses(env, REF), ["pending", "pending", "pending"]);
    let review = env.json(&["review", "--json"]);
    assert!(
        review
            .as_array()
            .expect("review list")
            .iter()
            .any(|e| e["reason"] == reason && e["message_id"] == v["message_id"]),
        "not in the review queue: {review:#}"
    );
}

const AR_OK: &str = "Authentication-Results: mx.kcsc.example; dkim=pass header.d=telegram.org; dmarc=pass header.from=telegram.org\n";

#[test]
fn control_an_honest_statement_applies() {
    let env = setup();
    let v = ingest(
        &env,
        "ok.eml",
        &email(
            AR_OK,
            US,
            DATE,
            "ok@telegram.org",
            "Removed: https://t.me/chan/1",
        ),
    );
    assert_eq!(v["outcome"], "applied", "{v:#}");
    assert_eq!(statuses(&env, REF), ["removed", "pending", "pending"]);
}

/// A "removed" statement for chan/1 under the forged header lines `headers`:
/// refused as untrusted, with `why` in the reason.
fn refuses_forged_header(headers: &str, why: &str) {
    let env = setup();
    let v = ingest(
        &env,
        "forged.eml",
        &email(
            headers,
            US,
            DATE,
            "forged@evil.example",
            "Removed: https://t.me/chan/1",
        ),
    );
    refused(&env, &v, "untrusted", why);
    assert_eq!(v["trusted"], false);
}

#[test]
fn dmarc_pass_hidden_in_a_quoted_envelope_sender_is_not_trusted() {
    // Receiving servers copy the envelope sender into smtp.mailfrom=; its
    // quoted local part is the sender's to choose.
    refuses_forged_header(
        "Authentication-Results: mx.kcsc.example;\n spf=pass smtp.mailfrom=\"x;dmarc=pass;y\"@evil.example;\n dkim=none; dmarc=fail (p=reject) header.from=telegram.org\n",
        "dmarc=fail",
    );
}

#[test]
fn a_second_dmarc_result_in_our_header_is_not_trusted() {
    refuses_forged_header(
        "Authentication-Results: mx.kcsc.example; dmarc=pass; dmarc=fail header.from=telegram.org\n",
        "2 DMARC results",
    );
}

#[test]
fn dmarc_pass_without_header_from_is_not_trusted() {
    refuses_forged_header(
        "Authentication-Results: mx.kcsc.example; dmarc=pass\n",
        "no header.from",
    );
}

#[test]
fn a_comment_or_an_unclosed_quote_in_our_header_cannot_smuggle_a_result() {
    // The comment holds the only dmarc=pass: comments are not results.
    refuses_forged_header(
        "Authentication-Results: mx.kcsc.example; spf=pass smtp.mailfrom=evil.example (; dmarc=pass header.from=telegram.org)\n",
        "no DMARC result",
    );
    // A quote opened by the sender and never closed: the header does not parse.
    refuses_forged_header(
        "Authentication-Results: mx.kcsc.example; spf=pass smtp.mailfrom=\"a@evil.example; dmarc=pass header.from=telegram.org\n",
        "does not parse",
    );
}

#[test]
fn two_from_header_fields_are_not_trusted() {
    // mail-parser keeps the last From; the receiving server judged the first.
    refuses_forged_header(
        &format!("{AR_OK}From: Somebody <x@evil.example>\n"),
        "2 From header fields",
    );
}

/// An uploader's appeal answer: genuine, authenticated, about our URL, but
/// written to the uploader and forwarded unchanged into our intake.
fn appeal(extra: &str, to: &str, date: &str) -> String {
    email(
        &format!("{AR_OK}{extra}"),
        to,
        date,
        "appeal-77@telegram.org",
        "Hello,\n\nAfter review, your content https://t.me/chan/2 does not violate our Terms of Service and has not been removed.\n\nTelegram Trust & Safety",
    )
}

#[test]
fn a_statement_written_to_somebody_else_is_not_applied() {
    let env = setup();
    // Our own server adds Delivered-To to everything it delivers to us, a
    // replay included: it does not make the statement one written to us.
    let v = ingest(
        &env,
        "replay.eml",
        &appeal(
            "Delivered-To: takedown@kcsc.example\nX-Original-To: takedown@kcsc.example\n",
            "uploader@example.com",
            DATE,
        ),
    );
    refused(&env, &v, "not_addressed_to_us", "uploader@example.com");
    // Control: the same statement written to us (a plus-address) applies.
    let env = setup();
    let v = ingest(
        &env,
        "direct.eml",
        &appeal("", "KCSC <takedown+KCSC-240901-01@kcsc.example>", DATE),
    );
    assert_eq!(v["outcome"], "applied", "{v:#}");
    assert_eq!(statuses(&env, REF), ["pending", "rejected", "pending"]);
}

#[test]
fn a_reply_in_our_thread_counts_as_addressed_to_us() {
    // The request's Message-ID: a platform replying from a ticketing system
    // that puts its own address in To still answers our request.
    let env = Env::with_config(&config());
    let csv = env.write(
        "r.csv",
        "ref,platform,sent_at,due_at,url,category,message_id\nKCSC-240901-01,telegram,2024-09-01,2024-09-08,https://t.me/chan/1,,<req-1@kcsc.example>\n",
    );
    env.ok(&["request", "import", csv.to_str().unwrap()]);
    let text = email(
        &format!("{AR_OK}In-Reply-To: <req-1@kcsc.example>\n"),
        "tickets@telegram.org",
        DATE,
        "thread@telegram.org",
        "Removed: https://t.me/chan/1",
    );
    let v = ingest(&env, "thread.eml", &text);
    assert_eq!(v["outcome"], "applied", "{v:#}");
}

#[test]
fn a_statement_older_than_the_request_is_not_applied_to_it() {
    let env = setup();
    // The request's send date is the bare date 2024-09-01 (Asia/Seoul): it
    // counts from 00:00 that day, and ten minutes of clock skew are allowed.
    let v = ingest(
        &env,
        "old.eml",
        &appeal("", US, "Fri, 30 Aug 2024 16:00:00 +0900"),
    );
    refused(
        &env,
        &v,
        "predates_request",
        "before KCSC-240901-01 was sent",
    );
    let v = ingest(
        &env,
        "skew.eml",
        &email(
            AR_OK,
            US,
            "Sat, 31 Aug 2024 23:51:00 +0900",
            "skew@telegram.org",
            "Removed: https://t.me/chan/1",
        ),
    );
    assert_eq!(v["outcome"], "applied", "within the slack: {v:#}");
    let v = ingest(
        &env,
        "morning.eml",
        &email(
            AR_OK,
            US,
            "Sun, 1 Sep 2024 00:05:00 +0900",
            "morning@telegram.org",
            "Removed: https://t.me/chan/3",
        ),
    );
    assert_eq!(
        v["outcome"], "applied",
        "the morning of the send date: {v:#}"
    );
}

#[test]
fn a_send_date_filled_in_by_request_add_is_not_used() {
    let env = Env::with_config(&config());
    env.ok(&[
        "--now",
        "2024-09-05T12:00:00+09:00",
        "request",
        "add",
        "--ref",
        REF,
        "--platform",
        "telegram",
        "--due",
        "2024-09-20",
        "https://t.me/chan/1",
    ]);
    // Registered on the 5th, answered on the 2nd: the request went out
    // before it was registered, which takedown cannot know.
    let v = ingest(
        &env,
        "early.eml",
        &email(
            AR_OK,
            US,
            DATE,
            "e@telegram.org",
            "Removed: https://t.me/chan/1",
        ),
    );
    assert_eq!(v["outcome"], "applied", "{v:#}");
}

#[test]
fn review_resolve_apply_changes_only_the_emails_own_platform() {
    let env = setup();
    // Untrusted, so it waits in review with both claims recorded.
    let text = email(
        "",
        US,
        DATE,
        "both@telegram.org",
        "Removed: https://t.me/chan/3\nRemoved: https://x.com/someone/status/42",
    );
    let v = ingest(&env, "both.eml", &text);
    assert_eq!(v["review"], "untrusted", "{v:#}");
    let out = env.ok(&[
        "review",
        "resolve",
        "<both@telegram.org>",
        "--note",
        "checked by phone",
        "--apply",
        "--by",
        "kim",
    ]);
    assert!(out.contains("https://t.me/chan/3"), "{out}");
    assert!(!out.contains("x.com"), "{out}");
    assert_eq!(statuses(&env, REF), ["pending", "pending", "removed"]);
    assert_eq!(statuses(&env, "KCSC-240901-02"), ["pending"]);
}

#[test]
fn a_forwarded_confirmation_applies_only_to_the_forwarded_platforms_items() {
    // Staff forward a confirmation Telegram sent elsewhere: after checking,
    // `--apply` applies what it says about Telegram's items, not X's.
    let env = setup();
    let inner = email(
        "",
        "legal@kcsc.example",
        DATE,
        "inner@telegram.org",
        "Removed: https://t.me/chan/3\nRemoved: https://x.com/someone/status/42",
    );
    let text = format!(
        "From: Kim <kim@kcsc.example>\nTo: {US}\nSubject: Fwd: {REF}\nDate: {DATE}\nMessage-ID: <fwd-1@kcsc.example>\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"f\"\n\n--f\nContent-Type: text/plain\n\nSee below.\n--f\nContent-Type: message/rfc822\n\n{inner}\n--f--\n"
    );
    let v = ingest(&env, "fwd.eml", &text);
    assert_eq!(v["review"], "forwarded", "{v:#}");
    let out = env.ok(&[
        "review",
        "resolve",
        "<fwd-1@kcsc.example>",
        "--note",
        "Telegram confirmed by phone",
        "--apply",
        "--by",
        "kim",
    ]);
    assert!(
        out.contains("https://t.me/chan/3") && !out.contains("x.com"),
        "{out}"
    );
    assert_eq!(statuses(&env, REF), ["pending", "pending", "removed"]);
    assert_eq!(statuses(&env, "KCSC-240901-02"), ["pending"]);
}

// ---------------------------------------------------------------------------
// The ledger file edited behind takedown's back.

fn db(env: &Env) -> rusqlite::Connection {
    rusqlite::Connection::open(env.path("t.db")).expect("open ledger")
}

fn audit(env: &Env) -> (bool, serde_json::Value) {
    let out = env
        .cmd()
        .args(["audit", "verify", "--json"])
        .output()
        .expect("run");
    let v: serde_json::Value =
        serde_json::from_slice(&out.stdout).expect("audit --json prints JSON");
    (out.status.success(), v)
}

fn kinds(v: &serde_json::Value) -> Vec<String> {
    v["problems"]
        .as_array()
        .expect("problems")
        .iter()
        .map(|p| p["kind"].as_str().unwrap_or("").to_string())
        .collect()
}

/// A ledger with item 1 removed by an email, item 2 still pending.
fn applied_env() -> Env {
    let env = setup();
    let v = ingest(
        &env,
        "ok.eml",
        &email(
            AR_OK,
            US,
            DATE,
            "ok@telegram.org",
            "Removed: https://t.me/chan/1",
        ),
    );
    assert_eq!(v["outcome"], "applied");
    let (ok, v) = audit(&env);
    assert!(ok, "a fresh ledger verifies: {v:#}");
    env
}

#[test]
fn identity_columns_cannot_be_changed() {
    let env = applied_env();
    let c = db(&env);
    for sql in [
        "UPDATE items SET url = 'https://t.me/chan/9' WHERE id = 1",
        "UPDATE items SET url_key = 't.me/chan/9' WHERE id = 1",
        "UPDATE items SET request_id = 2 WHERE id = 1",
        "UPDATE requests SET ref = 'KCSC-000000-00' WHERE id = 1",
        "DELETE FROM items WHERE id = 2",
        "DELETE FROM requests WHERE id = 2",
    ] {
        let e = c.execute(sql, []).expect_err(sql);
        assert!(e.to_string().contains("cannot be"), "{sql}: {e}");
    }
    // Platform and dates may change, through `request import --update`,
    // which records the change in the chain of staff acts.
    let csv = env.write(
        "u.csv",
        "ref,platform,sent_at,due_at,url\nKCSC-240901-02,x,2024-09-01,2024-09-15,https://x.com/someone/status/42\n",
    );
    env.ok(&["request", "import", "--update", csv.to_str().unwrap()]);
    let (ok, v) = audit(&env);
    assert!(ok, "{v:#}");
    assert_eq!(v["ledger_events"], 1, "{v:#}");
}

#[test]
fn swapping_urls_between_items_breaks_the_chain_even_with_triggers_restored() {
    let env = applied_env();
    let c = db(&env);
    // The removed item and a pending one trade URLs: the ledger would say the
    // URL still online is gone. Triggers dropped, then put back as they were.
    let trigger: String = c
        .query_row(
            "SELECT sql FROM sqlite_master WHERE name = 'items_identity_immutable'",
            [],
            |r| r.get(0),
        )
        .expect("trigger");
    c.execute_batch(
        "DROP TRIGGER items_identity_immutable;
         UPDATE items SET url = 'tmp', url_key = 'tmp' WHERE id = 1;
         UPDATE items SET url = 'https://t.me/chan/1', url_key = 't.me/chan/1' WHERE id = 2;
         UPDATE items SET url = 'https://t.me/chan/2', url_key = 't.me/chan/2' WHERE id = 1;",
    )
    .expect("tamper");
    let (ok, v) = audit(&env);
    assert!(!ok, "{v:#}");
    assert!(kinds(&v).contains(&"trigger".to_string()), "{v:#}");
    c.execute_batch(&trigger).expect("restore trigger");
    let (ok, v) = audit(&env);
    assert!(!ok, "{v:#}");
    assert_eq!(v["first_broken"]["kind"], "hash", "{v:#}");
    assert_eq!(v["first_broken"]["item"], 1, "{v:#}");
    // Declaring later events to be of the old formula, which did not cover
    // the URL, is itself found.
    c.execute(
        "INSERT INTO chain_formats (from_event, formula, recorded_at) VALUES (2, 1, '2024-01-01T00:00:00Z')",
        [],
    )
    .expect("insert");
    let (ok, v) = audit(&env);
    assert!(!ok);
    assert!(kinds(&v).contains(&"format".to_string()), "{v:#}");
}

#[test]
fn a_rewritten_review_resolution_or_staff_lock_is_found() {
    let env = setup();
    let text = email(
        "",
        US,
        DATE,
        "u1@telegram.org",
        "Removed: https://t.me/chan/3",
    );
    ingest(&env, "u1.eml", &text);
    env.ok(&[
        "review",
        "resolve",
        "<u1@telegram.org>",
        "--note",
        "bogus",
        "--by",
        "kim",
    ]);
    env.ok(&[
        "mark",
        REF,
        "https://t.me/chan/2",
        "removed",
        "--note",
        "checked the page",
        "--by",
        "lee",
    ]);
    let (ok, v) = audit(&env);
    assert!(ok, "{v:#}");
    assert_eq!(v["ledger_events"], 1);
    let c = db(&env);
    c.execute(
        "UPDATE review SET resolution_note = 'checked with Telegram' WHERE id = 1",
        [],
    )
    .expect("edit");
    let (ok, v) = audit(&env);
    assert!(!ok);
    assert_eq!(kinds(&v), ["review"], "{v:#}");
    c.execute(
        "UPDATE review SET resolution_note = 'bogus' WHERE id = 1",
        [],
    )
    .expect("undo");
    // The lock that keeps platforms from overriding staff, lifted by hand.
    c.execute("UPDATE items SET staff_lock = 0 WHERE id = 2", [])
        .expect("unlock");
    let (ok, v) = audit(&env);
    assert!(!ok);
    assert_eq!(kinds(&v), ["lock"], "{v:#}");
}

#[test]
fn a_headers_only_email_is_rehashed() {
    let env = Env::with_config(&format!("{}[limits]\nmax_message_bytes = 2000\n", config()));
    let csv = env.write("r.csv", CSV);
    env.ok(&["request", "import", csv.to_str().unwrap()]);
    let big = email(
        AR_OK,
        US,
        DATE,
        "big@telegram.org",
        &"Removed: https://t.me/chan/1\n".repeat(200),
    );
    let v = ingest(&env, "big.eml", &big);
    assert_eq!(v["review"], "too_large", "{v:#}");
    let (ok, v) = audit(&env);
    assert!(ok, "{v:#}");
    let c = db(&env);
    let forged =
        takedown::store::compress(b"From: someone-else@evil.example\r\nSubject: x\r\n\r\n");
    c.execute_batch("DROP TRIGGER messages_raw_immutable")
        .expect("drop");
    c.execute(
        "UPDATE messages SET raw = ?1 WHERE message_id = 'big@telegram.org'",
        [&forged],
    )
    .expect("tamper");
    let (ok, v) = audit(&env);
    assert!(!ok);
    assert!(kinds(&v).contains(&"email".to_string()), "{v:#}");
    assert!(
        v["problems"].to_string().contains("header SHA-256"),
        "{v:#}"
    );
}

#[test]
fn check_and_run_warn_when_no_intake_address_is_known() {
    let env = Env::with_config(&format!(
        "{MINI_CONFIG}[mailbox]\nkind = \"maildir\"\npath = \"inbox\"\n"
    ));
    std::fs::create_dir_all(env.path("inbox/cur")).expect("maildir");
    let out = env.cmd().arg("check").output().expect("run");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("intake addresses") && text.contains("WARNING: no intake address"),
        "{text}"
    );
    let out = env.cmd().args(["run", "--once"]).output().expect("run");
    let log = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{log}");
    assert_eq!(
        log.matches("no intake address is known").count(),
        1,
        "run warns once: {log}"
    );
    let env = Env::with_config(&config());
    std::fs::create_dir_all(env.path("inbox/cur")).expect("maildir");
    let out = env.cmd().arg("check").output().expect("run");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("intake addresses") && text.contains("takedown@kcsc.example"),
        "{text}"
    );
    assert!(!text.contains("no intake address"), "{text}");
}
