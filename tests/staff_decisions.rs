//! Staff decisions on what the reader could not read (issue 11):
//! `review resolve MSGID --status STATUS [--url URL ...]`, `mark …
//! --evidence MSGID`, and `explain` saying why an email is not understood.
//! Driven through the built binary.

mod common;

use common::*;

const CSV: &str = "ref,platform,sent_at,due_at,url\n\
KCSC-240901-01,telegram,2024-09-01,2024-09-08,https://t.me/chan/1\n\
KCSC-240901-01,telegram,2024-09-01,2024-09-08,https://t.me/chan/2\n\
KCSC-240901-01,telegram,2024-09-01,2024-09-08,https://t.me/chan/3\n\
KCSC-240903-01,x,2024-09-03,2024-09-10,https://x.com/u/status/1830000000000000001\n";

fn env_with_requests() -> Env {
    let env = Env::with_config(MINI_CONFIG);
    let csv = env.write("r.csv", CSV);
    env.ok(&["request", "import", csv.to_str().unwrap()]);
    env
}

/// Runs takedown with `args`, returning its output whatever the exit code.
fn run(env: &Env, args: &[&str]) -> std::process::Output {
    env.cmd().args(args).output().expect("takedown runs")
}

fn items(env: &Env, reference: &str) -> serde_json::Value {
    env.json(&["show", reference, "--json", "--history"])["items"].clone()
}

/// A trusted Telegram email that names two requested items in words the
/// reader does not understand, and an X item it has no say about.
const VAGUE: &str = "Hello,\n\nhttps://t.me/chan/1 and https://t.me/chan/2 were handled under case 8812.\nhttps://x.com/u/status/1830000000000000001 was passed on.\n\nTelegram";

/// The requests, and VAGUE written as a trusted Telegram email `mid`.
fn with_vague_email(file: &str, mid: &str) -> (Env, std::path::PathBuf) {
    let env = env_with_requests();
    let mail = env.write(file, &tg_email(mid, "Re: KCSC-240901-01", VAGUE, true));
    (env, mail)
}

#[test]
fn not_understood_goes_to_review_and_staff_apply_a_status_citing_the_email() {
    let (env, mail) = with_vague_email("v.eml", "v1@telegram.org");
    let out = env.json(&["ingest", mail.to_str().unwrap(), "--json"]);
    assert_eq!(out["outcome"], "review", "{out}");
    assert_eq!(out["review"], "not_understood", "{out}");
    let review = env.json(&["review", "--json"]);
    let detail = review[0]["detail"].as_str().unwrap();
    // The detail quotes the sentence around each requested URL.
    assert!(detail.contains("were handled under case 8812"), "{detail}");
    assert!(detail.contains("https://t.me/chan/2"), "{detail}");

    // --status and --apply exclude each other.
    let both = run(
        &env,
        &[
            "review",
            "resolve",
            "v1@telegram.org",
            "--note",
            "n",
            "--apply",
            "--status",
            "removed",
        ],
    );
    assert_eq!(both.status.code(), Some(2), "{both:?}");

    env.ok(&[
        "review",
        "resolve",
        "<v1@telegram.org>",
        "--status",
        "removed",
        "--note",
        "Telegram confirmed by phone that 'handled' means deleted",
        "--by",
        "kim",
    ]);
    let tg = items(&env, "KCSC-240901-01");
    assert_eq!(tg[0]["status"], "removed");
    assert_eq!(tg[1]["status"], "removed");
    assert_eq!(tg[2]["status"], "pending", "not named by the email");
    let h = &tg[0]["history"][0];
    assert_eq!(h["by"], "kim");
    assert_eq!(
        h["message_id"], "v1@telegram.org",
        "the decision cites the email: {h}"
    );
    // The X item the Telegram email also named is not Telegram's: untouched.
    assert_eq!(items(&env, "KCSC-240903-01")[0]["status"], "pending");
    assert_eq!(env.json(&["review", "--json"]).as_array().unwrap().len(), 0);
    // Resolved once: a second decision is refused and changes nothing.
    let again = run(
        &env,
        &[
            "review",
            "resolve",
            "v1@telegram.org",
            "--status",
            "rejected",
            "--note",
            "n",
        ],
    );
    assert_ne!(again.status.code(), Some(0));
    assert_eq!(items(&env, "KCSC-240901-01")[0]["status"], "removed");
}

#[test]
fn a_sender_that_is_no_platform_needs_explicit_urls() {
    let env = env_with_requests();
    let mail = env.write(
        "s.eml",
        "Authentication-Results: mx.kcsc.example; dkim=pass header.d=desk.example; dmarc=pass header.from=desk.example\n\
From: Desk <a@desk.example>\nTo: takedown@kcsc.example\nSubject: KCSC-240901-01\n\
Date: Mon, 2 Sep 2024 10:00:00 +0900\nMessage-ID: <s1@desk.example>\nContent-Type: text/plain\n\n\
We have received your report about https://t.me/chan/3.\n",
    );
    let out = env.json(&["ingest", mail.to_str().unwrap(), "--json"]);
    // A receipt, but from a sender that is no platform and names our item: seen.
    assert_eq!(out["review"], "unknown_sender", "{out}");
    let no_url = run(
        &env,
        &[
            "review",
            "resolve",
            "s1@desk.example",
            "--status",
            "removed",
            "--note",
            "n",
        ],
    );
    assert_eq!(no_url.status.code(), Some(2), "{no_url:?}");
    assert_eq!(items(&env, "KCSC-240901-01")[2]["status"], "pending");
    // A URL that is no requested item is refused, nothing written.
    let bad = run(
        &env,
        &[
            "review",
            "resolve",
            "s1@desk.example",
            "--status",
            "removed",
            "--note",
            "n",
            "--url",
            "https://t.me/chan/3",
            "--url",
            "https://t.me/other/9",
        ],
    );
    assert_ne!(bad.status.code(), Some(0));
    assert_eq!(items(&env, "KCSC-240901-01")[2]["status"], "pending");
    env.ok(&[
        "review",
        "resolve",
        "s1@desk.example",
        "--status",
        "not_found",
        "--url",
        "https://t.me/chan/3",
        "--note",
        "checked: the post is gone",
    ]);
    let it = &items(&env, "KCSC-240901-01")[2];
    assert_eq!(it["status"], "not_found");
    assert_eq!(it["history"][0]["message_id"], "s1@desk.example");
}

#[test]
fn mark_cites_an_email_as_evidence() {
    let (env, mail) = with_vague_email("e.eml", "e1@telegram.org");
    env.ok(&["ingest", mail.to_str().unwrap()]);
    // An unknown Message-ID is refused and nothing changes.
    let bad = run(
        &env,
        &[
            "mark",
            "KCSC-240901-01",
            "https://t.me/chan/2",
            "removed",
            "--note",
            "n",
            "--evidence",
            "nope@nowhere",
        ],
    );
    assert_ne!(bad.status.code(), Some(0));
    assert_eq!(items(&env, "KCSC-240901-01")[1]["status"], "pending");
    let out = env.ok(&[
        "mark",
        "KCSC-240901-01",
        "https://t.me/chan/2",
        "removed",
        "--note",
        "the email's 'handled' confirmed",
        "--evidence",
        "<e1@telegram.org>",
    ]);
    assert!(out.contains("evidence <e1@telegram.org>"), "{out}");
    let it = &items(&env, "KCSC-240901-01")[1];
    assert_eq!(it["status"], "removed");
    assert_eq!(it["history"][0]["message_id"], "e1@telegram.org");
}

#[test]
fn explain_says_why_an_email_is_not_understood() {
    let (env, mail) = with_vague_email("x.eml", "x1@telegram.org");
    let out = env.ok(&["explain", mail.to_str().unwrap()]);
    assert!(out.contains("not understood:"), "{out}");
    assert!(out.contains("were handled under case 8812"), "{out}");
    let v = env.json(&["explain", mail.to_str().unwrap(), "--json"]);
    assert!(v["not_understood"].is_string(), "{v}");
    assert_eq!(v["unstated"].as_array().unwrap().len(), 3, "{v}");
}
