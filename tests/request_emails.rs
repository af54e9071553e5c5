//! Requests that travel by email (issue 17), through the built binary: staff
//! request emails registered (or sent to review with the reason), requests
//! sent by `takedown request send` through the aiosmtpd sink (scripts/smtp_sink.py,
//! on 127.0.0.1), and platform replies matched by In-Reply-To alone.

mod common;
#[path = "support/mailservers.rs"]
mod mailservers;

use common::*;
use mailservers::{SmtpOptions, SmtpSink, header_value};

fn config(smtp: &str) -> String {
    format!(
        r#"
timezone = "Asia/Seoul"
[database]
path = "t.db"
[trust]
authserv_id = "mx.kcsc.example"
require = "dmarc"
[staff]
senders = ["kcsc.example"]
legal_basis = "Test Act, Art. 1"
[[platforms]]
id = "telegram"
name = "Telegram"
senders = ["telegram.org"]
reminder_to = ["dsa@telegram.org"]
deadline = "24h"
[[platforms]]
id = "x"
senders = ["x.com"]
request_to = ["legal-kr@x.com"]
[smtp]
{smtp}
from = "KCSC Takedown <takedown@kcsc.example>"
timeout = "10s"
[reminders]
"#
    )
}

fn file_smtp() -> String {
    "kind = \"file\"\npath = \"outbox\"".into()
}

/// A staff email; `auth` false: no Authentication-Results from our server.
fn staff_email(mid: &str, to: &str, subject: &str, body: &str, auth: bool) -> String {
    let ar = if auth {
        "Authentication-Results: mx.kcsc.example; dkim=pass header.d=kcsc.example; dmarc=pass header.from=kcsc.example\n"
    } else {
        ""
    };
    format!(
        "{ar}From: Kim <kim@kcsc.example>\nTo: {to}\nSubject: {subject}\nDate: Fri, 01 Nov 2024 10:00:00 +0900\nMessage-ID: <{mid}>\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n{body}\n"
    )
}

/// A trusted reply from X that names no reference anywhere: only its In-Reply-To links it.
fn x_reply(mid: &str, parent: &str, body: &str) -> String {
    format!(
        "Authentication-Results: mx.kcsc.example; dkim=pass header.d=x.com; dmarc=pass header.from=x.com\nFrom: X Legal <legal-kr@x.com>\nTo: someone@kcsc.example\nSubject: Re: your email\nDate: Sat, 02 Nov 2024 10:00:00 +0900\nMessage-ID: <{mid}>\nIn-Reply-To: <{parent}>\n\n{body}\n"
    )
}

fn ingest(env: &Env, name: &str, raw: &str) -> serde_json::Value {
    let f = env.write(name, raw);
    env.json(&[
        "--now",
        "2024-11-01T12:00:00+09:00",
        "ingest",
        f.to_str().unwrap(),
        "--json",
    ])
}

/// The statuses of a request's items, in import order.
fn statuses(env: &Env, reference: &str) -> Vec<String> {
    env.json(&["show", reference, "--json"])["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["status"].as_str().unwrap().to_string())
        .collect()
}

/// `request add --send` while the SMTP server is down: exit 1, the email queued.
fn add_and_send_while_down(env: &Env, now: &str, reference: &str, url: &str) -> String {
    let out = env
        .cmd()
        .args([
            "--now",
            now,
            "request",
            "add",
            "--ref",
            reference,
            "--platform",
            "x",
            "--due",
            "2024-11-03",
            url,
            "--send",
        ])
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout).to_string();
    assert_eq!(out.status.code(), Some(1), "{stdout}");
    stdout
}

fn requests(env: &Env) -> Vec<String> {
    env.json(&["requests", "--json"])
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["ref"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn a_staff_email_registers_a_request_and_a_reply_threads_to_it() {
    let env = Env::with_config(&config(&file_smtp()));
    let raw = staff_email(
        "req-1@kcsc.example",
        "X Legal <legal-kr@x.com>",
        "[KCSC-241101-01] Removal request",
        "Please remove:\nhttps://x.com/a/status/1\nhttps://x.com/b/status/2\n\n11월 3일까지 조치 바랍니다.",
        true,
    );
    // `explain` says what it would register, without recording anything.
    let f = env.write("req.eml", &raw);
    let x = env.json(&[
        "--now",
        "2024-11-01T12:00:00+09:00",
        "explain",
        f.to_str().unwrap(),
        "--json",
    ]);
    let d = x["staff_request"]["decision"].as_str().unwrap();
    assert!(
        d.starts_with("would register KCSC-241101-01 for x with 2 URL(s)"),
        "{x:#}"
    );
    assert!(requests(&env).is_empty());
    let r = ingest(&env, "req.eml", &raw);
    assert_eq!(r["outcome"], "request_registered", "{r:#}");
    assert_eq!(r["platform"], "x");
    let show = env.json(&["show", "KCSC-241101-01", "--json"]);
    assert_eq!(show["items"].as_array().unwrap().len(), 2, "{show:#}");
    assert_eq!(show["due_at"], "2024-11-03T23:59:59+09:00", "{show:#}");

    // The same email again, and a second copy with other bytes (the Sent
    // folder's): nothing changes.
    let again = ingest(&env, "req.eml", &raw);
    assert_eq!(again["outcome"], "duplicate");
    let copy = ingest(&env, "copy.eml", &format!("X-Copy: sent\n{raw}"));
    assert_eq!(copy["outcome"], "duplicate", "{copy:#}");
    assert_eq!(
        env.json(&["show", "KCSC-241101-01", "--json"])["items"]
            .as_array()
            .unwrap()
            .len(),
        2
    );

    // A reply with no reference anywhere, linked only by In-Reply-To.
    let reply = ingest(
        &env,
        "reply.eml",
        &x_reply(
            "x-1@x.com",
            "req-1@kcsc.example",
            "The following content has been removed:\nhttps://x.com/a/status/1",
        ),
    );
    assert_eq!(reply["outcome"], "applied", "{reply:#}");
    assert_eq!(reply["changes"][0]["ref"], "KCSC-241101-01");
    assert_eq!(statuses(&env, "KCSC-241101-01"), ["removed", "pending"]);

    // A later staff email adds a URL to the same request.
    let more = staff_email(
        "req-2@kcsc.example",
        "legal-kr@x.com",
        "[KCSC-241101-01] one more",
        "https://x.com/c/status/3",
        true,
    );
    let r = ingest(&env, "more.eml", &more);
    assert_eq!(r["outcome"], "request_registered", "{r:#}");
    let show = env.json(&["show", "KCSC-241101-01", "--json"]);
    assert_eq!(show["items"].as_array().unwrap().len(), 3);
    // Both staff emails are kept as the request's evidence.
    let by = show["registered_by"].as_array().unwrap();
    assert_eq!(by.len(), 2, "{show:#}");
    assert_eq!(by[0]["message_id"], "req-1@kcsc.example");
    assert_eq!(by[0]["created"], true);
    assert_eq!(by[1]["message_id"], "req-2@kcsc.example");
    assert_eq!(by[1]["created"], false);
    assert_eq!(show["message_id"], "req-1@kcsc.example");
}

#[test]
fn bad_staff_requests_go_to_review_with_the_reason_and_register_nothing() {
    let env = Env::with_config(&config(&file_smtp()));
    let cases = [
        // (file, email, review reason, words in the detail)
        (
            "untrusted.eml",
            staff_email(
                "u@kcsc.example",
                "legal-kr@x.com",
                "KCSC-241101-02",
                "https://x.com/a/status/1\nDeadline: 2024-11-03",
                false,
            ),
            "untrusted",
            "Authentication-Results",
        ),
        (
            "malformed.eml",
            staff_email(
                "m@kcsc.example",
                "legal-kr@x.com",
                "KCSC-241101-03",
                "https://x.com/a/status/1\nDeadline: 2024-13-45",
                true,
            ),
            "request_unclear",
            "malformed deadline",
        ),
        (
            "unknown.eml",
            staff_email(
                "p@kcsc.example",
                "abuse@unknown-platform.example",
                "KCSC-241101-04",
                "https://unknown-platform.example/p/1\nDeadline: 2024-11-03",
                true,
            ),
            "request_unclear",
            "no platform",
        ),
        (
            "nourl.eml",
            staff_email(
                "n@kcsc.example",
                "legal-kr@x.com",
                "KCSC-241101-05",
                "Please see our earlier letter.\nDeadline: 2024-11-03",
                true,
            ),
            "request_unclear",
            "no URL",
        ),
        (
            "nodeadline.eml",
            staff_email(
                "d@kcsc.example",
                "legal-kr@x.com",
                "KCSC-241101-06",
                "https://x.com/a/status/1",
                true,
            ),
            "request_unclear",
            "no deadline stated",
        ),
    ];
    for (file, raw, reason, words) in &cases {
        let r = ingest(&env, file, raw);
        assert_eq!(r["outcome"], "review", "{file}: {r:#}");
        assert_eq!(r["review"], *reason, "{file}: {r:#}");
        assert!(
            r["detail"].as_str().unwrap().contains(words),
            "{file}: {r:#}"
        );
    }
    assert!(requests(&env).is_empty(), "{:?}", requests(&env));

    // Conflicting data: a registered request, then an email with another deadline.
    let ok = staff_email(
        "c1@kcsc.example",
        "legal-kr@x.com",
        "KCSC-241101-07",
        "https://x.com/a/status/1\nDeadline: 2024-11-03",
        true,
    );
    assert_eq!(ingest(&env, "c1.eml", &ok)["outcome"], "request_registered");
    let other = staff_email(
        "c2@kcsc.example",
        "legal-kr@x.com",
        "KCSC-241101-07",
        "https://x.com/b/status/2\nDeadline: 2024-11-05",
        true,
    );
    let r = ingest(&env, "c2.eml", &other);
    assert_eq!(r["review"], "request_conflict", "{r:#}");
    let show = env.json(&["show", "KCSC-241101-07", "--json"]);
    assert_eq!(
        show["items"].as_array().unwrap().len(),
        1,
        "nothing half-registered: {show:#}"
    );
    assert_eq!(show["due_at"], "2024-11-03T23:59:59+09:00");

    let review = env.json(&["review", "--json"]);
    let reasons: Vec<&str> = review
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["reason"].as_str().unwrap())
        .collect();
    assert_eq!(
        reasons,
        [
            "untrusted",
            "request_unclear",
            "request_unclear",
            "request_unclear",
            "request_unclear",
            "request_conflict"
        ]
    );
}

#[test]
fn a_sent_request_is_threaded_and_refused_twice_unless_resent() {
    let env = Env::with_config(&config(&file_smtp()));
    env.ok(&[
        "--now",
        "2024-11-01T12:00:00+09:00",
        "request",
        "add",
        "--ref",
        "KCSC-241101-10",
        "--platform",
        "telegram",
        "--due",
        "2024-11-03",
        "https://t.me/chan/1",
        "https://t.me/chan/2",
        "--send",
    ]);
    let eml = std::fs::read(env.path("outbox/request-KCSC-241101-10-1.eml"))
        .expect("the .eml is written at once");
    assert_eq!(
        header_value(&eml, "Message-ID").as_deref(),
        Some("<request.KCSC-241101-10.1@kcsc.example>")
    );
    assert_eq!(
        header_value(&eml, "To").as_deref(),
        Some("dsa@telegram.org")
    );
    let reply_to = header_value(&eml, "Reply-To").unwrap();
    assert!(
        reply_to.contains("takedown+KCSC-241101-10@kcsc.example"),
        "{reply_to}"
    );
    let text = String::from_utf8_lossy(&eml);
    assert!(text.contains("filename=\"KCSC-241101-10.csv\""), "{text}");
    let flat = text.replace("\r\n", "\n");
    assert!(
        flat.contains("url,status\nhttps://t.me/chan/1,\nhttps://t.me/chan/2,\n"),
        "{text}"
    );
    assert!(flat.contains("Legal basis: Test Act, Art. 1"), "{text}");
    let show = env.json(&["show", "KCSC-241101-10", "--json"]);
    assert_eq!(
        show["message_id"], "request.KCSC-241101-10.1@kcsc.example",
        "{show:#}"
    );

    // Sending again is refused; --dry-run of --resend says what would go.
    let out = env
        .cmd()
        .args([
            "--now",
            "2024-11-01T13:00:00+09:00",
            "request",
            "send",
            "KCSC-241101-10",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--resend"));
    let dry = env.json(&[
        "--now",
        "2024-11-01T13:00:00+09:00",
        "request",
        "send",
        "KCSC-241101-10",
        "--resend",
        "--dry-run",
        "--json",
    ]);
    assert_eq!(dry["email"]["state"], "would_send");
    assert!(!env.path("outbox/request-KCSC-241101-10-2.eml").exists());
    let resent = env.json(&[
        "--now",
        "2024-11-01T13:00:00+09:00",
        "request",
        "send",
        "KCSC-241101-10",
        "--resend",
        "--json",
    ]);
    assert_eq!(
        resent["email"]["message_id"],
        "request.KCSC-241101-10.2@kcsc.example"
    );
    assert_eq!(
        resent["request_message_id"],
        "request.KCSC-241101-10.1@kcsc.example"
    );
    let eml2 = std::fs::read(env.path("outbox/request-KCSC-241101-10-2.eml")).unwrap();
    assert_eq!(
        header_value(&eml2, "In-Reply-To").as_deref(),
        Some("<request.KCSC-241101-10.1@kcsc.example>")
    );

    // Telegram answers the resent email with no reference anywhere.
    let reply = "Authentication-Results: mx.kcsc.example; dmarc=pass header.from=telegram.org\nFrom: abuse@telegram.org\nTo: takedown@kcsc.example\nSubject: Re: your request\nDate: Sat, 02 Nov 2024 10:00:00 +0900\nMessage-ID: <tg-1@telegram.org>\nIn-Reply-To: <request.KCSC-241101-10.2@kcsc.example>\n\nThe following content has been removed:\nhttps://t.me/chan/2\n";
    let r = ingest(&env, "tg.eml", reply);
    assert_eq!(r["outcome"], "applied", "{r:#}");
    assert_eq!(r["changes"][0]["url"], "https://t.me/chan/2");
}

#[test]
fn smtp_down_during_request_send_queues_and_retries_never_twice() {
    if !mailservers::require_smtp_sink() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let mut sink = SmtpSink::start(&dir.path().join("Maildir"), SmtpOptions::default())
        .unwrap_or_else(|e| panic!("SmtpSink::start: {e}"));
    let env = Env::with_config(&config(&format!(
        "kind = \"smtp\"\nhost = \"127.0.0.1\"\nport = {}\ntls = \"none\"",
        sink.port
    )));
    env.ok(&[
        "--now",
        "2024-11-01T12:00:00+09:00",
        "request",
        "add",
        "--ref",
        "KCSC-241101-20",
        "--platform",
        "x",
        "--due",
        "2024-11-03",
        "https://x.com/a/status/1",
    ]);
    sink.stop();
    let out = env
        .cmd()
        .args([
            "--now",
            "2024-11-01T12:00:00+09:00",
            "request",
            "send",
            "KCSC-241101-20",
            "--json",
        ])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let r: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(r["email"]["state"], "failed", "{r:#}");
    assert!(r["email"]["next_attempt"].is_string(), "{r:#}");
    let rows = env.json(&["outbox", "--json"]);
    assert_eq!(rows.as_array().unwrap().len(), 1);
    assert_eq!(rows[0]["state"], "failed");
    assert_eq!(rows[0]["kind"], "request");
    // The Message-ID was recorded before anything was sent.
    assert_eq!(
        env.json(&["show", "KCSC-241101-20", "--json"])["message_id"],
        "request.KCSC-241101-20.1@kcsc.example"
    );

    sink.restart().unwrap_or_else(|e| panic!("restart: {e}"));
    let r = env.json(&[
        "--now",
        "2024-11-01T12:10:00+09:00",
        "request",
        "send",
        "KCSC-241101-20",
        "--json",
    ]);
    assert_eq!(r["action"], "retry", "{r:#}");
    assert_eq!(r["email"]["state"], "sent", "{r:#}\n{}", sink.log_tail(20));
    let got = sink.messages();
    assert_eq!(got.len(), 1);
    assert_eq!(
        header_value(&got[0], "Message-ID").as_deref(),
        Some("<request.KCSC-241101-20.1@kcsc.example>")
    );
    // Again: refused, and nothing more reaches the server.
    let out = env
        .cmd()
        .args([
            "--now",
            "2024-11-01T12:20:00+09:00",
            "request",
            "send",
            "KCSC-241101-20",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(sink.messages().len(), 1);
    let rows = env.json(&["outbox", "--json"]);
    assert_eq!(rows.as_array().unwrap().len(), 1);
    assert_eq!(rows[0]["state"], "sent");

    // `request add --send` while the server is down: queued; the next
    // reminder run (the daemon's minute tick) sends it once its retry time has come.
    sink.stop();
    let out = add_and_send_while_down(
        &env,
        "2024-11-01T13:00:00+09:00",
        "KCSC-241101-21",
        "https://x.com/b/status/2",
    );
    assert!(out.contains("NOT sent"), "{out}");
    sink.restart().unwrap_or_else(|e| panic!("restart: {e}"));
    let early = env.json(&["--now", "2024-11-01T13:01:00+09:00", "remind", "--json"]);
    assert_eq!(early["emails"].as_array().unwrap().len(), 0, "{early:#}");
    assert_eq!(early["deferred"][0]["kind"], "request", "{early:#}");
    let r = env.json(&["--now", "2024-11-01T13:06:00+09:00", "remind", "--json"]);
    assert_eq!(r["emails"][0]["state"], "sent", "{r:#}");
    assert_eq!(
        r["emails"][0]["message_id"],
        "request.KCSC-241101-21.1@kcsc.example"
    );
    let r = env.json(&["--now", "2024-11-01T13:10:00+09:00", "remind", "--json"]);
    assert_eq!(r["emails"].as_array().unwrap().len(), 0, "{r:#}");
    assert_eq!(sink.messages().len(), 2);
}

#[test]
fn requests_in_the_sent_folder_are_registered_and_never_moved() {
    if !mailservers::require_dovecot() {
        return;
    }
    let dc = mailservers::Dovecot::start(mailservers::DovecotOptions::default())
        .unwrap_or_else(|e| panic!("dovecot: {e}"));
    // The Sent copy carries no Authentication-Results: it is trusted because
    // of where it is read. Another sent email is no request and is left alone.
    let request = staff_email(
        "sent-1@kcsc.example",
        "legal-kr@x.com",
        "[KCSC-241101-30] Removal request",
        "https://x.com/s/status/1\nhttps://x.com/s/status/2\nDeadline: 2024-11-03",
        false,
    );
    let chat = staff_email(
        "sent-2@kcsc.example",
        "friend@example.net",
        "lunch?",
        "see you",
        false,
    );
    dc.deliver("Sent", request.as_bytes()).expect("deliver");
    dc.deliver("Sent", chat.as_bytes()).expect("deliver");
    dc.deliver(
        "INBOX",
        x_reply(
            "x-30@x.com",
            "sent-1@kcsc.example",
            "The following content has been removed:\nhttps://x.com/s/status/2",
        )
        .as_bytes(),
    )
    .expect("deliver");
    let mailbox = format!(
        "[mailbox]\nkind = \"imap\"\nname = \"main\"\nhost = \"127.0.0.1\"\nport = {}\ntls = \"none\"\nusername = \"takedown\"\npassword_env = \"TD_TEST_IMAP_PW\"\nsent_folder = \"Sent\"\ntimeout = \"10s\"\n",
        dc.imap_port
    );
    let env = Env::with_config(&format!("{}{mailbox}", config(&file_smtp())));
    let run = |env: &Env| {
        let o = env
            .cmd()
            .args(["run", "--once", "--json"])
            .env("TD_TEST_IMAP_PW", "secret")
            .output()
            .expect("run");
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        String::from_utf8_lossy(&o.stdout).to_string()
    };
    let out = run(&env);
    let outcomes: Vec<String> = out
        .lines()
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).expect("NDJSON");
            format!(
                "{} {}",
                v["message_id"].as_str().unwrap_or("-"),
                v["outcome"].as_str().unwrap_or("-")
            )
        })
        .collect();
    assert_eq!(
        outcomes,
        [
            "sent-1@kcsc.example request_registered",
            "sent-2@kcsc.example ignored",
            "x-30@x.com applied"
        ],
        "{out}"
    );
    assert_eq!(statuses(&env, "KCSC-241101-30"), ["pending", "removed"]);
    // Both sent emails are still in Sent; the reply was moved out of INBOX.
    assert_eq!(dc.list_folder("Sent").len(), 2);
    assert!(dc.list_folder("INBOX").is_empty());
    // A second pass reads nothing again (the Sent folder has its own UID state).
    assert_eq!(run(&env), "");
    assert!(
        env.json(&["review", "--json"])
            .as_array()
            .unwrap()
            .is_empty()
    );

    // `check` looks at the Sent folder, and fails when it does not exist.
    let check = |env: &Env| {
        env.cmd()
            .arg("check")
            .env("TD_TEST_IMAP_PW", "secret")
            .output()
            .expect("check")
    };
    let o = check(&env);
    let out = String::from_utf8_lossy(&o.stdout).to_string();
    assert!(
        o.status.success() && out.contains("(sent folder, read only) exists"),
        "{out}"
    );
    let env = Env::with_config(&format!(
        "{}{}",
        config(&file_smtp()),
        mailbox.replace("\"Sent\"", "\"Nope\"")
    ));
    let o = check(&env);
    let out = String::from_utf8_lossy(&o.stdout).to_string();
    assert_eq!(o.status.code(), Some(1), "{out}");
    assert!(out.contains("sent_folder Nope does not exist"), "{out}");
}

#[test]
fn import_send_sends_each_new_request_once_with_overridden_templates() {
    let text = config(&file_smtp()).replace("[staff]\n", "[staff]\ntemplate_dir = \"tpl\"\n");
    let env = Env::with_config(&text);
    env.write(
        "tpl/request_subject.txt",
        "Custom {{ ref }} for {{ platform }}",
    );
    let csv = env.write(
        "r.csv",
        "ref,platform,sent_at,due_at,url\n\
         KCSC-241101-40,telegram,2024-11-01,2024-11-03,https://t.me/c/1\n\
         KCSC-241101-40,telegram,2024-11-01,2024-11-03,https://t.me/c/2\n\
         KCSC-241101-41,x,2024-11-01,2024-11-04,https://x.com/d/status/1\n",
    );
    let now = "2024-11-01T12:00:00+09:00";
    let out = env.json(&[
        "--now",
        now,
        "request",
        "import",
        csv.to_str().unwrap(),
        "--send",
        "--json",
    ]);
    assert_eq!(out["import"]["requests_created"], 2, "{out:#}");
    let sent = out["sent"].as_array().unwrap();
    assert_eq!(sent.len(), 2, "{out:#}");
    assert_eq!(
        sent[0]["email"]["subject"],
        "Custom KCSC-241101-40 for Telegram"
    );
    assert_eq!(sent[1]["email"]["recipients"][0], "legal-kr@x.com");
    // Importing the same file again sends nothing: both already have a Message-ID.
    let again = env.json(&[
        "--now",
        now,
        "request",
        "import",
        csv.to_str().unwrap(),
        "--send",
        "--json",
    ]);
    let skipped = again["sent"].as_array().unwrap();
    assert!(
        skipped.iter().all(|s| s["skipped"].is_string()),
        "{again:#}"
    );
    let rows = env.json(&["outbox", "--json"]);
    assert_eq!(rows.as_array().unwrap().len(), 2);
    let eml = std::fs::read(env.path("outbox/request-KCSC-241101-41-1.eml")).unwrap();
    assert_eq!(
        header_value(&eml, "Subject").as_deref(),
        Some("Custom KCSC-241101-41 for x")
    );
}

#[test]
fn without_reminders_the_daemon_retry_sends_a_queued_request_once() {
    if !mailservers::require_smtp_sink() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let mut sink = SmtpSink::start(&dir.path().join("Maildir"), SmtpOptions::default())
        .unwrap_or_else(|e| panic!("SmtpSink::start: {e}"));
    let text = config(&format!(
        "kind = \"smtp\"\nhost = \"127.0.0.1\"\nport = {}\ntls = \"none\"",
        sink.port
    ))
    .replace("[reminders]\n", "");
    let env = Env::with_config(&text);
    sink.stop();
    add_and_send_while_down(
        &env,
        "2024-11-01T12:00:00+09:00",
        "KCSC-241101-50",
        "https://x.com/e/status/1",
    );
    sink.restart().unwrap_or_else(|e| panic!("restart: {e}"));

    // What the daemon runs every minute when [reminders] is absent.
    let settings = takedown::config::Settings::load(&env.path("config.toml")).unwrap();
    let db = &settings.database;
    let store = takedown::store::Store::open(&db.path, db.mode, db.busy_timeout).unwrap();
    let at = |t: &str| t.parse::<jiff::Timestamp>().unwrap();
    let retry = takedown::requests::send::retry_waiting;
    // Before the retry time: nothing.
    assert!(
        retry(&store, &settings, at("2024-11-01T12:01:00+09:00"))
            .unwrap()
            .is_empty()
    );
    let sent = retry(&store, &settings, at("2024-11-01T12:06:00+09:00")).unwrap();
    assert_eq!(sent.len(), 1);
    assert_eq!(sent[0].state, "sent", "{}", sent[0].detail);
    assert!(
        retry(&store, &settings, at("2024-11-01T12:30:00+09:00"))
            .unwrap()
            .is_empty()
    );
    assert_eq!(sink.messages().len(), 1);
}
