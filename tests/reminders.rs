//! Reminders, the digest and the outbox, through the built binary and real
//! mail servers: the aiosmtpd sink (scripts/smtp_sink.py) and, end to end,
//! Dovecot. The clock is fixed with --now; every server runs on 127.0.0.1.

mod common;
#[path = "support/mailservers.rs"]
mod mailservers;

use std::path::Path;

use common::*;
use mail_parser::{MessageParser, MimeHeaders};
use mailservers::{Dovecot, DovecotOptions, SmtpOptions, SmtpSink, header_value};

const REF: &str = "KCSC-240901-01";
const URL_REMOVED: &str = "https://t.me/chan/1";
const URL_PENDING: &str = "https://t.me/chan/2";
const URL_RESTRICTED: &str = "https://t.me/chan/3";
/// Pending, and written oddly on purpose: reminders list URLs exactly as imported.
const URL_ODD: &str = "https://t.me/Chan/4?utm_source=x&Ref=1";

const CSV: &str = "ref,platform,sent_at,due_at,url,message_id\n\
KCSC-240901-01,telegram,2024-09-01,2024-09-08,https://t.me/chan/1,<req-240901-01@kcsc.example>\n\
KCSC-240901-01,telegram,2024-09-01,2024-09-08,https://t.me/chan/2,<req-240901-01@kcsc.example>\n\
KCSC-240901-01,telegram,2024-09-01,2024-09-08,https://t.me/chan/3,<req-240901-01@kcsc.example>\n\
KCSC-240901-01,telegram,2024-09-01,2024-09-08,https://t.me/Chan/4?utm_source=x&Ref=1,<req-240901-01@kcsc.example>\n";

/// Tuesday after the deadline (2024-09-08) and the one-day grace: reminder 1.
const NOW1: &str = "2024-09-10T10:00:00+09:00";
/// Three days later: reminder 2.
const NOW2: &str = "2024-09-13T10:00:00+09:00";

fn config(smtp: &str, reminders_extra: &str) -> String {
    format!(
        r#"
timezone = "Asia/Seoul"
[database]
path = "t.db"
[trust]
authserv_id = "mx.kcsc.example"
require = "dmarc"
[[platforms]]
id = "telegram"
name = "Telegram"
senders = ["telegram.org"]
reminder_to = ["dsa@telegram.org"]
reminder_cc = ["legal@telegram.org"]
[[platforms]]
id = "x"
senders = ["x.com"]
reminder_to = ["legal-kr@x.com"]
[smtp]
{smtp}
from = "KCSC Takedown <takedown@kcsc.example>"
timeout = "10s"
[reminders]
grace = "1d"
interval = "3d"
max = 2
escalate_to = ["team-lead@kcsc.example"]
staff_cc = ["staff@kcsc.example"]
{reminders_extra}
"#
    )
}

fn plain_smtp(sink: &SmtpSink) -> String {
    format!(
        "kind = \"smtp\"\nhost = \"127.0.0.1\"\nport = {}\ntls = \"none\"",
        sink.port
    )
}

/// A ledger with request KCSC-240901-01: item 1 removed, 3 restricted, 2 and 4 pending.
fn ledger(config: &str) -> Env {
    let env = Env::with_config(config);
    let csv = env.write("requests.csv", CSV);
    env.ok(&[
        "--now",
        "2024-09-01T12:00:00+09:00",
        "request",
        "import",
        csv.to_str().unwrap(),
    ]);
    env.ok(&[
        "--now",
        "2024-09-05T12:00:00+09:00",
        "mark",
        REF,
        URL_REMOVED,
        "removed",
        "--note",
        "seen gone",
        "--by",
        "kim",
    ]);
    env.ok(&[
        "--now",
        "2024-09-05T12:00:00+09:00",
        "mark",
        REF,
        URL_RESTRICTED,
        "restricted",
        "--note",
        "geo-blocked",
        "--by",
        "kim",
    ]);
    env
}

fn sink(dir: &Path, opts: SmtpOptions) -> SmtpSink {
    SmtpSink::start(&dir.join("Maildir"), opts).unwrap_or_else(|e| panic!("SmtpSink::start: {e}"))
}

/// A sink and a ledger sending to it; None when the sink cannot run and
/// TAKEDOWN_SKIP_MAILSERVER_TESTS=1 says to skip. Keep the TempDir alive.
fn with_sink(
    opts: SmtpOptions,
    reminders_extra: &str,
) -> Option<(tempfile::TempDir, SmtpSink, Env)> {
    if !mailservers::require_smtp_sink() {
        return None;
    }
    let dir = tempfile::tempdir().unwrap();
    let sink = sink(dir.path(), opts);
    let env = ledger(&config(&plain_smtp(&sink), reminders_extra));
    Some((dir, sink, env))
}

/// (exit code, stdout, stderr)
fn run(env: &Env, args: &[&str], vars: &[(&str, &str)]) -> (Option<i32>, String, String) {
    let mut c = env.cmd();
    for (k, v) in vars {
        c.env(k, v);
    }
    let o = c.args(args).output().expect("run takedown");
    (
        o.status.code(),
        String::from_utf8_lossy(&o.stdout).to_string(),
        String::from_utf8_lossy(&o.stderr).to_string(),
    )
}

fn outbox(env: &Env) -> Vec<serde_json::Value> {
    env.json(&["outbox", "--json"])
        .as_array()
        .cloned()
        .unwrap_or_default()
}

fn subject(raw: &[u8]) -> String {
    MessageParser::default()
        .parse(raw)
        .and_then(|m| m.subject().map(str::to_string))
        .unwrap_or_default()
}

fn body(raw: &[u8]) -> String {
    let m = MessageParser::default().parse(raw).expect("an email");
    m.body_text(0)
        .map(|b| b.replace("\r\n", "\n"))
        .unwrap_or_default()
}

fn rcpts(raw: &[u8]) -> String {
    header_value(raw, "X-Rcpt-To").unwrap_or_default()
}

#[test]
fn reminders_arrive_once_with_the_right_headers_and_only_the_pending_items() {
    let Some((_dir, sink, env)) = with_sink(SmtpOptions::default(), "") else {
        return;
    };

    // Before the grace period has passed: nothing.
    let out = env.ok(&["--now", "2024-09-09T20:00:00+09:00", "remind"]);
    assert_eq!(out.trim(), "nothing due");
    assert!(sink.messages().is_empty());

    let out = env.ok(&["--now", NOW1, "remind"]);
    assert!(
        out.starts_with("sent       reminder KCSC-240901-01 #1"),
        "{out}"
    );
    let msgs = sink.messages();
    assert_eq!(msgs.len(), 1, "{}", sink.log_tail(20));
    let raw = &msgs[0];
    assert_eq!(
        header_value(raw, "Return-Path").as_deref(),
        Some("<takedown@kcsc.example>")
    );
    assert_eq!(
        rcpts(raw),
        "<dsa@telegram.org>, <legal@telegram.org>, <staff@kcsc.example>"
    );
    assert_eq!(
        subject(raw),
        "[KCSC-240901-01] Reminder 1: 2 of 4 items still pending since 2024-09-08 / 1차 재요청"
    );
    assert_eq!(
        header_value(raw, "Message-ID").as_deref(),
        Some("<reminder.KCSC-240901-01.1@kcsc.example>")
    );
    assert_eq!(
        header_value(raw, "In-Reply-To").as_deref(),
        Some("<req-240901-01@kcsc.example>")
    );
    assert_eq!(
        header_value(raw, "References").as_deref(),
        Some("<req-240901-01@kcsc.example>")
    );
    assert_eq!(
        header_value(raw, "Auto-Submitted").as_deref(),
        Some("auto-generated")
    );
    let reply_to = header_value(raw, "Reply-To").unwrap_or_default();
    assert!(
        reply_to.ends_with("<takedown+KCSC-240901-01@kcsc.example>"),
        "{reply_to}"
    );
    assert!(
        header_value(raw, "Cc")
            .unwrap_or_default()
            .contains("staff@kcsc.example")
    );

    let text = body(raw);
    assert!(
        text.contains(&format!("1. {URL_PENDING}\n2. {URL_ODD}\n")),
        "{text}"
    );
    assert!(
        !text.contains(URL_REMOVED) && !text.contains(URL_RESTRICTED),
        "{text}"
    );
    assert!(
        text.contains("2024-09-01") && text.contains("2024-09-08 23:59 KST"),
        "{text}"
    );
    let m = MessageParser::default().parse(raw).unwrap();
    let csv = m.attachments().next().expect("the CSV of pending items");
    assert_eq!(csv.attachment_name(), Some("KCSC-240901-01-pending.csv"));
    let csv_text = String::from_utf8_lossy(csv.contents()).replace("\r\n", "\n");
    assert_eq!(
        csv_text,
        format!("url,status\n{URL_PENDING},\n{URL_ODD},\n")
    );

    // Again, the same minute and the next day: nothing new.
    assert_eq!(env.ok(&["--now", NOW1, "remind"]).trim(), "nothing due");
    assert_eq!(
        env.ok(&["--now", "2024-09-11T10:00:00+09:00", "remind"])
            .trim(),
        "nothing due"
    );
    assert_eq!(sink.messages().len(), 1);

    let rows = outbox(&env);
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0]["state"], "sent");
    assert_eq!(rows[0]["dedup_key"], "reminder:KCSC-240901-01:1");
    assert_eq!(rows[0]["sent_at"], "2024-09-10T10:00:00+09:00");
    assert!(
        rows[0]["server_reply"]
            .as_str()
            .unwrap_or("")
            .starts_with("250"),
        "{:?}",
        rows[0]
    );

    // Reminder 2, three days later, continues the thread.
    env.ok(&["--now", NOW2, "remind"]);
    let msgs = sink.messages();
    assert_eq!(msgs.len(), 2);
    assert_eq!(
        header_value(&msgs[1], "References").as_deref(),
        Some("<req-240901-01@kcsc.example> <reminder.KCSC-240901-01.1@kcsc.example>")
    );
    assert!(subject(&msgs[1]).starts_with("[KCSC-240901-01] Reminder 2: 2 of 4"));
    let human = env.ok(&["outbox"]);
    assert!(
        human.contains("KCSC-240901-01 #2") && human.contains("sent 2024-09-13 10:00"),
        "{human}"
    );
}

#[test]
fn auth_by_password_env_file_and_command_over_starttls() {
    if !mailservers::require_smtp_sink() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let opts = SmtpOptions {
        auth: Some(("takedown".into(), "s3cret".into())),
        tls: true,
        require_starttls: true,
        fail_first: 0,
    };
    let sink = sink(dir.path(), opts);
    let ca = sink.ca_cert.clone().expect("test CA");
    let tls = format!(
        "kind = \"smtp\"\nhost = \"127.0.0.1\"\nport = {}\ntls = \"starttls\"\nca_file = \"{}\"\nusername = \"takedown\"",
        sink.port,
        ca.display()
    );

    let env = ledger(&config(
        &format!("{tls}\npassword_env = \"TD_TEST_SMTP_PW\""),
        "",
    ));
    let (code, out, err) = run(
        &env,
        &["--now", NOW1, "remind"],
        &[("TD_TEST_SMTP_PW", "s3cret")],
    );
    assert_eq!(code, Some(0), "{out}\n{err}\n{}", sink.log_tail(30));
    assert_eq!(sink.messages().len(), 1);

    // A wrong password: not sent, retried later; the server is not hammered.
    let env = ledger(&config(
        &format!("{tls}\npassword_env = \"TD_TEST_SMTP_PW\""),
        "",
    ));
    let (code, out, _) = run(
        &env,
        &["--now", NOW1, "remind"],
        &[("TD_TEST_SMTP_PW", "wrong")],
    );
    assert_eq!(code, Some(1), "{out}");
    assert!(out.contains("failed") && out.contains("AUTH"), "{out}");
    let rows = outbox(&env);
    assert_eq!(rows[0]["state"], "failed");
    assert_eq!(rows[0]["next_attempt"], "2024-09-10T10:05:00+09:00");
    assert_eq!(sink.messages().len(), 1);

    let pw = dir.path().join("smtp-password");
    std::fs::write(&pw, "s3cret\n").unwrap();
    let env = ledger(&config(
        &format!("{tls}\npassword_file = \"{}\"", pw.display()),
        "",
    ));
    env.ok(&["--now", NOW1, "remind"]);
    let env = ledger(&config(
        &format!("{tls}\npassword_command = \"printf s3cret\""),
        "",
    ));
    env.ok(&["--now", NOW1, "remind"]);
    assert_eq!(sink.messages().len(), 3);
}

#[test]
fn smtp_down_means_failed_with_a_retry_time_then_delivered_once() {
    let Some((_dir, mut sink, env)) = with_sink(SmtpOptions::default(), "") else {
        return;
    };
    sink.stop();

    let (code, out, _) = run(&env, &["--now", NOW1, "remind"], &[]);
    assert_eq!(code, Some(1));
    assert!(
        out.contains("failed") && out.contains("next attempt 2024-09-10T10:05:00+09:00"),
        "{out}"
    );
    let rows = outbox(&env);
    assert_eq!(
        (rows[0]["state"].as_str(), rows[0]["attempts"].as_u64()),
        (Some("failed"), Some(1))
    );

    // Before the retry time nothing is tried.
    let out = env.ok(&["--now", "2024-09-10T10:01:00+09:00", "remind"]);
    assert!(out.starts_with("deferred   reminder KCSC-240901-01 #1 until 2024-09-10T10:05:00+09:00 (waiting to retry)"), "{out}");
    // Still down at the retry: the wait doubles.
    let (code, out, _) = run(&env, &["--now", "2024-09-10T10:05:00+09:00", "remind"], &[]);
    assert_eq!(code, Some(1));
    assert!(
        out.contains("next attempt 2024-09-10T10:15:00+09:00"),
        "{out}"
    );

    sink.restart().unwrap();
    let out = env.ok(&["--now", "2024-09-10T10:15:00+09:00", "remind"]);
    assert!(out.starts_with("sent"), "{out}");
    env.ok(&["--now", "2024-09-10T10:30:00+09:00", "remind"]);
    let msgs = sink.messages();
    assert_eq!(msgs.len(), 1);
    assert_eq!(
        header_value(&msgs[0], "Message-ID").as_deref(),
        Some("<reminder.KCSC-240901-01.1@kcsc.example>")
    );
    let rows = outbox(&env);
    assert_eq!(
        (rows[0]["state"].as_str(), rows[0]["attempts"].as_u64()),
        (Some("sent"), Some(3))
    );
}

#[test]
fn a_refused_message_is_retried_with_the_list_as_it_is_then() {
    // 451 after DATA: the server took nothing.
    let Some((_dir, sink, env)) = with_sink(
        SmtpOptions {
            fail_first: 1,
            ..Default::default()
        },
        "",
    ) else {
        return;
    };
    let (code, out, _) = run(&env, &["--now", NOW1, "remind"], &[]);
    assert_eq!(code, Some(1));
    assert!(out.contains("451"), "{out}");
    assert_eq!(outbox(&env)[0]["state"], "failed");

    // Meanwhile the platform answers for one item: the retry lists only the other.
    env.ok(&[
        "--now",
        "2024-09-10T10:02:00+09:00",
        "mark",
        REF,
        URL_ODD,
        "removed",
        "--note",
        "checked",
        "--by",
        "kim",
    ]);
    env.ok(&["--now", "2024-09-10T10:05:00+09:00", "remind"]);
    let msgs = sink.messages();
    assert_eq!(msgs.len(), 1);
    assert!(
        subject(&msgs[0]).contains("1 of 4 items"),
        "{}",
        subject(&msgs[0])
    );
    let text = body(&msgs[0]);
    assert!(
        text.contains(URL_PENDING) && !text.contains(URL_ODD),
        "{text}"
    );
}

#[test]
fn a_crash_between_marking_and_sending_leaves_the_row_uncertain_and_it_is_never_sent_again() {
    let Some((_dir, sink, env)) = with_sink(
        SmtpOptions::default(),
        "staff_digest_to = [\"digest@kcsc.example\"]\ndigest_time = \"08:00\"",
    ) else {
        return;
    };

    // The process dies right after the row is marked `sending`.
    let (code, _, _) = run(
        &env,
        &["--now", NOW1, "remind"],
        &[("TAKEDOWN_TEST_EXIT_AFTER_MARKING", "1")],
    );
    if !cfg!(debug_assertions) {
        // The hook exists in debug builds only: a release build sends as usual.
        assert_eq!(
            code,
            Some(0),
            "the test hook must not exist in a release build"
        );
        return;
    }
    assert_eq!(code, Some(86));
    let rows = outbox(&env);
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0]["state"], "sending");

    // The next run cannot know whether it went out: uncertain, not resent.
    let out = env.ok(&["--now", "2024-09-10T10:10:00+09:00", "remind"]);
    assert!(
        out.starts_with("uncertain  reminder KCSC-240901-01 #1"),
        "{out}"
    );
    let rows = outbox(&env);
    assert_eq!(rows[0]["state"], "uncertain");
    // Only the digest went out, and it counts the uncertain row.
    let msgs = sink.messages();
    assert_eq!(msgs.len(), 1);
    assert_eq!(rcpts(&msgs[0]), "<digest@kcsc.example>");
    assert!(
        body(&msgs[0]).contains("Outbox / 발송함: 1 uncertain, 0 failed"),
        "{}",
        body(&msgs[0])
    );

    assert_eq!(
        env.ok(&["--now", "2024-09-11T07:00:00+09:00", "remind"])
            .trim(),
        "nothing due"
    );
    assert!(env.ok(&["outbox"]).contains("uncertain"));

    // The next step, in its time, goes normally (and threads to the uncertain one).
    env.ok(&["--now", NOW2, "remind"]);
    let reminders: Vec<Vec<u8>> = sink
        .messages()
        .into_iter()
        .filter(|m| rcpts(m).contains("dsa@telegram.org"))
        .collect();
    assert_eq!(reminders.len(), 1);
    assert_eq!(
        header_value(&reminders[0], "Message-ID").as_deref(),
        Some("<reminder.KCSC-240901-01.2@kcsc.example>")
    );
    assert!(
        header_value(&reminders[0], "References")
            .unwrap_or_default()
            .contains("reminder.KCSC-240901-01.1@kcsc.example")
    );
}

#[test]
fn send_window_and_holidays_defer_until_the_next_allowed_moment() {
    let extra = "send_window = \"Mon-Fri 09:00-18:00\"\nholidays = [\"2024-09-16\", \"2024-09-17\", \"2024-09-18\"]";
    let Some((_dir, sink, env)) = with_sink(SmtpOptions::default(), extra) else {
        return;
    };
    // Saturday; Monday to Wednesday are Chuseok holidays.
    let out = env.ok(&["--now", "2024-09-14T10:00:00+09:00", "remind"]);
    assert_eq!(
        out.trim(),
        "deferred   reminder KCSC-240901-01 #1 until 2024-09-19T09:00:00+09:00 (outside the send window)"
    );
    let out = env.ok(&["--now", "2024-09-17T11:00:00+09:00", "remind"]);
    assert!(
        out.contains("until 2024-09-19T09:00:00+09:00 (holiday)"),
        "{out}"
    );
    env.ok(&["--now", "2024-09-19T08:59:00+09:00", "remind"]);
    assert!(sink.messages().is_empty());
    let out = env.ok(&["--now", "2024-09-19T09:00:00+09:00", "remind"]);
    assert!(out.starts_with("sent"), "{out}");
    assert_eq!(sink.messages().len(), 1);
    assert_eq!(outbox(&env)[0]["dedup_key"], "reminder:KCSC-240901-01:1");
}

#[test]
fn after_max_reminders_the_escalation_contacts_are_copied() {
    if !mailservers::require_smtp_sink() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let sink = sink(dir.path(), SmtpOptions::default());
    let cfg = config(&plain_smtp(&sink), "").replace("max = 2", "max = 1").replace(
        "reminder_cc = [\"legal@telegram.org\"]",
        "reminder_cc = [\"legal@telegram.org\"]\nescalate_to = [\"legal-lead@telegram.org\", \"team-lead@kcsc.example\"]",
    );
    let env = ledger(&cfg);
    env.ok(&["--now", NOW1, "remind"]);
    // The escalated one waits for escalation_interval (7 days by default).
    assert_eq!(env.ok(&["--now", NOW2, "remind"]).trim(), "nothing due");
    env.ok(&["--now", "2024-09-17T10:00:00+09:00", "remind"]);
    let msgs = sink.messages();
    assert_eq!(msgs.len(), 2);
    assert!(!rcpts(&msgs[0]).contains("lead"), "{}", rcpts(&msgs[0]));
    assert_eq!(
        rcpts(&msgs[1]),
        "<dsa@telegram.org>, <legal@telegram.org>, <staff@kcsc.example>, <legal-lead@telegram.org>, <team-lead@kcsc.example>"
    );
    assert!(
        header_value(&msgs[1], "Cc")
            .unwrap_or_default()
            .contains("legal-lead@telegram.org")
    );
    assert!(
        subject(&msgs[1]).starts_with("[KCSC-240901-01] Reminder 2 (escalated): 2 of 4"),
        "{}",
        subject(&msgs[1])
    );
    assert!(body(&msgs[1]).contains("escalation contacts"));
    let rows = outbox(&env);
    assert_eq!(
        (rows[1]["escalated"].as_bool(), rows[1]["step"].as_u64()),
        (Some(true), Some(2))
    );
}

#[test]
fn the_daily_digest() {
    if !mailservers::require_smtp_sink() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let sink = sink(dir.path(), SmtpOptions::default());
    let env = Env::with_config(&config(
        &plain_smtp(&sink),
        "staff_digest_to = [\"digest@kcsc.example\"]\ndigest_time = \"08:30\"",
    ));
    let csv = env.write("requests.csv", CSV);
    env.ok(&[
        "--now",
        "2024-09-01T12:00:00+09:00",
        "request",
        "import",
        csv.to_str().unwrap(),
    ]);
    // A genuine removal (the platform wrote it on 2 Sept; recorded on the 9th) and a spoof.
    let genuine = tg_email(
        "tg-1@telegram.org",
        "Re: [KCSC-240901-01]",
        &format!("Removed: {URL_REMOVED}"),
        true,
    );
    let spoof = tg_email(
        "spoof-1@mailer.example",
        "Re: [KCSC-240901-01] all done",
        &format!("Removed: {URL_PENDING}"),
        false,
    );
    let g = env.write("genuine.eml", &genuine);
    let s = env.write("spoof.eml", &spoof);
    env.ok(&[
        "--now",
        "2024-09-09T12:00:00+09:00",
        "ingest",
        g.to_str().unwrap(),
        s.to_str().unwrap(),
    ]);

    env.ok(&["--now", "2024-09-10T08:29:00+09:00", "remind"]);
    assert!(
        sink.messages()
            .iter()
            .all(|m| !rcpts(m).contains("digest@")),
        "not before digest_time"
    );
    env.ok(&["--now", "2024-09-10T08:30:00+09:00", "remind"]);
    let digests: Vec<Vec<u8>> = sink
        .messages()
        .into_iter()
        .filter(|m| rcpts(m) == "<digest@kcsc.example>")
        .collect();
    assert_eq!(digests.len(), 1);
    let raw = &digests[0];
    assert_eq!(
        subject(raw),
        "[takedown] 2024-09-10: 1 overdue request(s), 1 possible spoofing, 1 awaiting review"
    );
    assert_eq!(
        header_value(raw, "Message-ID").as_deref(),
        Some("<digest.2024-09-10@kcsc.example>")
    );
    let text = body(raw);
    let at = |s: &str| {
        text.find(s)
            .unwrap_or_else(|| panic!("digest lacks {s:?}:\n{text}"))
    };
    // Possible spoofing comes first.
    assert!(at("Possible spoofing / 발신 위조 의심: 1") < at("Overdue requests"));
    assert!(at("\"Re: [KCSC-240901-01] all done\"") < at("Overdue requests"));
    at("<spoof-1@mailer.example>");
    at("KCSC-240901-01  due 2024-09-08  3 of 4 pending  reminder 1 sent 2024-09-10");
    at("Awaiting review / 검토 대기: 1");
    at("- untrusted: 1");
    at("Removals since 2024-09-09 08:30 KST / 삭제 확인: 1");
    at(&format!(
        "2024-09-09 12:00 KST  KCSC-240901-01  {URL_REMOVED}"
    ));
    // Answered on 2 Sept (its Date), within the deadline; 10 hours after the request.
    at(
        "Telegram: 1 of 4 item(s) answered within the deadline (25%); median time to removal 10h 0m (1 removed)",
    );
    at("Outbox / 발송함: 0 uncertain, 0 failed");
    let db = rusqlite::Connection::open(env.path("t.db")).unwrap();
    let head: String = db
        .query_row(
            "SELECT hash FROM item_events ORDER BY id DESC LIMIT 1",
            [],
            |r| r.get(0),
        )
        .unwrap();
    at(&format!("Audit chain head / 감사 체인 최신 해시: {head}"));

    // Once a day.
    env.ok(&["--now", "2024-09-10T20:00:00+09:00", "remind"]);
    env.ok(&["--now", "2024-09-11T08:29:00+09:00", "remind"]);
    assert_eq!(
        sink.messages()
            .iter()
            .filter(|m| rcpts(m) == "<digest@kcsc.example>")
            .count(),
        1
    );
    env.ok(&["--now", "2024-09-11T08:30:00+09:00", "remind"]);
    let digests: Vec<Vec<u8>> = sink
        .messages()
        .into_iter()
        .filter(|m| rcpts(m) == "<digest@kcsc.example>")
        .collect();
    assert_eq!(digests.len(), 2);
    // The second covers the time since the first: no removal since.
    assert!(
        body(&digests[1]).contains("Removals since 2024-09-10 08:30 KST / 삭제 확인: 0"),
        "{}",
        body(&digests[1])
    );
}

fn file_config(dir: &Path) -> String {
    config(
        &format!("kind = \"file\"\npath = \"{}\"", dir.display()),
        "",
    )
}

/// A delivery report for reminder 1, as a relay writes it; `thread` is the
/// DSN's own In-Reply-To line (or nothing).
fn dsn_for_reminder_1(thread: &str) -> String {
    format!(
        "From: Mail Delivery System <MAILER-DAEMON@mx.kcsc.example>\n\
To: takedown@kcsc.example\n\
Subject: Undelivered Mail Returned to Sender\n\
Date: Tue, 10 Sep 2024 10:01:00 +0900\n\
Message-ID: <dsn-1@mx.kcsc.example>\n\
{thread}Auto-Submitted: auto-replied\n\
MIME-Version: 1.0\n\
Content-Type: multipart/report; report-type=delivery-status; boundary=\"b1\"\n\
\n\
--b1\n\
Content-Type: text/plain\n\
\n\
<dsa@telegram.org>: host mx.telegram.org said: 550 5.1.1 user unknown\n\
--b1\n\
Content-Type: message/delivery-status\n\
\n\
Reporting-MTA: dns; mx.kcsc.example\n\
\n\
Final-Recipient: rfc822; dsa@telegram.org\n\
Action: failed\n\
Status: 5.1.1\n\
--b1\n\
Content-Type: text/rfc822-headers\n\
\n\
From: KCSC Takedown <takedown@kcsc.example>\n\
To: dsa@telegram.org\n\
Subject: [KCSC-240901-01] Reminder 1\n\
Message-ID: <reminder.KCSC-240901-01.1@kcsc.example>\n\
--b1--\n"
    )
}

#[test]
fn a_bounce_of_a_reminder_goes_to_review_and_marks_the_outbox_row() {
    let dir = tempfile::tempdir().unwrap();
    let env = ledger(&file_config(&dir.path().join("out")));
    env.ok(&["--now", NOW1, "remind"]);
    let reminder =
        std::fs::read(dir.path().join("out/reminder-KCSC-240901-01-1.eml")).expect("the .eml file");
    assert_eq!(
        header_value(&reminder, "Message-ID").as_deref(),
        Some("<reminder.KCSC-240901-01.1@kcsc.example>")
    );

    let dsn = dsn_for_reminder_1("In-Reply-To: <reminder.KCSC-240901-01.1@kcsc.example>\n");
    let f = env.write("dsn.eml", &dsn);
    let out = env.ok(&[
        "--now",
        "2024-09-10T10:02:00+09:00",
        "ingest",
        "--json",
        f.to_str().unwrap(),
    ]);
    let v: serde_json::Value = serde_json::from_str(out.trim()).unwrap();
    assert_eq!(v["outcome"], "review", "{v:#}");
    assert_eq!(v["review"], "reminder_bounced");
    assert!(
        v["detail"]
            .as_str()
            .unwrap_or("")
            .contains("reminder 1 of KCSC-240901-01"),
        "{v:#}"
    );
    let review = env.json(&["review", "--json"]);
    assert_eq!(review[0]["reason"], "reminder_bounced");
    let rows = outbox(&env);
    assert_eq!(rows[0]["state"], "bounced");
    // Nothing about the items changed.
    let show = env.json(&["show", REF, "--json"]);
    assert_eq!(
        show["items"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|i| i["status"] == "pending")
            .count(),
        2
    );
}

#[test]
fn a_forged_bounce_outside_our_thread_changes_no_outbox_row() {
    // Reminder Message-IDs are predictable: a report that only names one in
    // its body, from an unauthenticated sender, must not cancel the reminder.
    let dir = tempfile::tempdir().unwrap();
    let env = ledger(&file_config(&dir.path().join("out")));
    env.ok(&["--now", NOW1, "remind"]);
    assert_eq!(outbox(&env)[0]["state"], "sent");
    let f = env.write("forged-dsn.eml", &dsn_for_reminder_1(""));
    let out = env.ok(&[
        "--now",
        "2024-09-10T10:02:00+09:00",
        "ingest",
        "--json",
        f.to_str().unwrap(),
    ]);
    let v: serde_json::Value = serde_json::from_str(out.trim()).unwrap();
    assert_eq!(v["outcome"], "review", "{v:#}");
    assert_eq!(v["review"], "untrusted_bounce", "{v:#}");
    assert_eq!(
        outbox(&env)[0]["state"],
        "sent",
        "a forged report changed the row"
    );
    let review = env.json(&["review", "--json"]);
    assert_eq!(review[0]["reason"], "untrusted_bounce");
    assert!(
        review[0]["detail"]
            .as_str()
            .unwrap_or("")
            .contains("nothing was changed"),
        "{review:#}"
    );
}

#[test]
fn a_reply_to_a_reminder_is_matched_and_its_filled_in_csv_applied() {
    let dir = tempfile::tempdir().unwrap();
    let env = ledger(&file_config(&dir.path().join("out")));
    env.ok(&["--now", NOW1, "remind"]);
    let reminder = std::fs::read(dir.path().join("out/reminder-KCSC-240901-01-1.eml")).unwrap();
    let m = MessageParser::default().parse(&reminder).unwrap();
    let csv =
        String::from_utf8_lossy(m.attachments().next().unwrap().contents()).replace("\r\n", "\n");
    let filled = csv
        .replace(
            &format!("{URL_PENDING},"),
            &format!("{URL_PENDING},Removed"),
        )
        .replace(
            &format!("{URL_ODD},"),
            &format!("{URL_ODD},Geo-blocked in Korea"),
        );

    // The only link to the request: In-Reply-To = the reminder's Message-ID.
    let reply = format!(
        "{AR_TELEGRAM}From: Telegram <abuse@telegram.org>\nTo: legal-desk@kcsc.example\nSubject: Re: your reminder\nDate: Wed, 11 Sep 2024 10:00:00 +0900\nMessage-ID: <tg-reply-1@telegram.org>\nIn-Reply-To: <reminder.KCSC-240901-01.1@kcsc.example>\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"b\"\n\n--b\nContent-Type: text/plain; charset=utf-8\n\nPlease find the statuses attached.\n--b\nContent-Type: text/csv; charset=utf-8\nContent-Disposition: attachment; filename=\"KCSC-240901-01-pending.csv\"\n\n{filled}--b--\n"
    );
    let f = env.write("reply.eml", &reply);
    let out = env.ok(&[
        "--now",
        "2024-09-11T10:05:00+09:00",
        "ingest",
        "--json",
        f.to_str().unwrap(),
    ]);
    let v: serde_json::Value = serde_json::from_str(out.trim()).unwrap();
    assert_eq!(v["outcome"], "applied", "{v:#}");
    let show = env.json(&["show", REF, "--json"]);
    let status = |u: &str| {
        show["items"]
            .as_array()
            .unwrap()
            .iter()
            .find(|i| i["url"] == u)
            .map(|i| i["status"].clone())
    };
    assert_eq!(status(URL_PENDING), Some("removed".into()));
    assert_eq!(status(URL_ODD), Some("restricted".into()));
    // Nothing pending: no further reminder.
    assert_eq!(env.ok(&["--now", NOW2, "remind"]).trim(), "nothing due");

    // A reply that lost the thread still comes back by the plus-address.
    let env = ledger(&file_config(&dir.path().join("out2")));
    let reply = format!(
        "{AR_TELEGRAM}From: Telegram <abuse@telegram.org>\nTo: takedown+kcsc-240901-01@kcsc.example\nSubject: Status update\nDate: Wed, 11 Sep 2024 10:00:00 +0900\nMessage-ID: <tg-reply-2@telegram.org>\nContent-Type: text/plain; charset=utf-8\n\nThe following has been removed:\n{URL_PENDING}\n"
    );
    let f = env.write("reply2.eml", &reply);
    let v: serde_json::Value = serde_json::from_str(
        env.ok(&[
            "--now",
            "2024-09-11T10:05:00+09:00",
            "ingest",
            "--json",
            f.to_str().unwrap(),
        ])
        .trim(),
    )
    .unwrap();
    assert_eq!(v["outcome"], "applied", "{v:#}");
}

#[test]
fn dry_run_writes_and_sends_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let env = ledger(&file_config(&dir.path().join("out")));
    let out = env.ok(&["--now", NOW1, "remind", "--dry-run"]);
    assert!(
        out.starts_with("would send reminder KCSC-240901-01 #1"),
        "{out}"
    );
    let v = env.json(&["--now", NOW1, "remind", "--dry-run", "--json"]);
    assert_eq!(v["dry_run"], true);
    assert_eq!(v["emails"][0]["state"], "would_send");
    assert_eq!(
        v["emails"][0]["recipients"],
        serde_json::json!([
            "dsa@telegram.org",
            "legal@telegram.org",
            "staff@kcsc.example"
        ])
    );
    assert!(outbox(&env).is_empty());
    assert!(!dir.path().join("out").exists());
    assert_eq!(env.ok(&["outbox"]).trim(), "the outbox is empty");
}

#[test]
fn without_smtp_and_reminders_nothing_is_sent_and_remind_says_why() {
    let env = Env::with_config(MINI_CONFIG);
    let (code, _, err) = run(&env, &["--now", NOW1, "remind"], &[]);
    assert_eq!(code, Some(2));
    assert!(
        err.contains("no [smtp] and no [reminders] section"),
        "{err}"
    );
    assert_eq!(env.ok(&["outbox", "--json"]).trim(), "[]");
}

// ---------------------------------------------------------------------------
// End to end: the reminder goes through SMTP into the regulator's own
// mailbox (Dovecot), the platform's threaded reply arrives there too, and one
// pass of the daemon marks the items.

fn platform_reply(in_reply_to: &str) -> String {
    format!(
        "{AR_TELEGRAM}From: Telegram <abuse@telegram.org>\nTo: takedown@kcsc.example\nSubject: Re: your reminder\nDate: Wed, 11 Sep 2024 09:00:00 +0900\nMessage-ID: <tg-e2e@telegram.org>\nIn-Reply-To: <{in_reply_to}>\nReferences: <req-240901-01@kcsc.example> <{in_reply_to}>\nContent-Type: text/plain; charset=utf-8\n\nHello, the following have been removed:\n{URL_PENDING}\n{URL_ODD}\n\nTelegram Abuse Team\n"
    )
}

/// The reminder captured by the sink into Dovecot's INBOX, and the reply
/// delivered there. Returns the reminder's Message-ID.
fn remind_into_dovecot(env: &Env, dc: &Dovecot, sink: &SmtpSink) -> String {
    env.ok(&["--now", NOW1, "remind"]);
    let inbox = dc.list_folder("INBOX");
    assert_eq!(inbox.len(), 1, "{}", sink.log_tail(20));
    let mid = header_value(&inbox[0], "Message-ID").unwrap_or_default();
    let mid = mid.trim_matches(['<', '>']).to_string();
    assert_eq!(mid, "reminder.KCSC-240901-01.1@kcsc.example");
    dc.deliver("INBOX", platform_reply(&mid).as_bytes())
        .unwrap();
    mid
}

fn assert_items_removed(env: &Env) {
    let show = env.json(&["show", REF, "--json"]);
    let status = |u: &str| {
        show["items"]
            .as_array()
            .unwrap()
            .iter()
            .find(|i| i["url"] == u)
            .map(|i| i["status"].clone())
    };
    assert_eq!(status(URL_PENDING), Some("removed".into()), "{show:#}");
    assert_eq!(status(URL_ODD), Some("removed".into()), "{show:#}");
    assert_eq!(env.ok(&["--now", NOW2, "remind"]).trim(), "nothing due");
}

#[test]
fn end_to_end_reminder_reply_and_daemon_over_imap() {
    if !mailservers::require_mail_servers() {
        return;
    }
    let dc =
        Dovecot::start(DovecotOptions::default()).unwrap_or_else(|e| panic!("Dovecot::start: {e}"));
    let sink = SmtpSink::start(&dc.maildir(), SmtpOptions::default())
        .unwrap_or_else(|e| panic!("SmtpSink::start: {e}"));
    let mailbox = format!(
        "[mailbox]\nkind = \"imap\"\nhost = \"127.0.0.1\"\nport = {}\ntls = \"none\"\nusername = \"{}\"\npassword_env = \"TD_TEST_IMAP_PW\"\n",
        dc.imap_port, dc.user
    );
    let cfg = config(&plain_smtp(&sink), "").replace("[trust]", &format!("{mailbox}[trust]"));
    let env = ledger(&cfg);
    let pw = [("TD_TEST_IMAP_PW", dc.password.as_str())];
    // An IMAP mailbox never read holds reminders back (src/freshness.rs): the
    // daemon reads it first, then sends reminder 1 from fresh data.
    let (code, out, err) = run(&env, &["--now", NOW1, "run", "--once"], &pw);
    assert_eq!(code, Some(0), "{out}\n{err}");
    remind_into_dovecot(&env, &dc, &sink);

    let (code, out, err) = run(
        &env,
        &[
            "--now",
            "2024-09-11T09:05:00+09:00",
            "run",
            "--once",
            "--json",
        ],
        &[("TD_TEST_IMAP_PW", &dc.password)],
    );
    assert_eq!(code, Some(0), "{out}\n{err}");
    let reports: Vec<serde_json::Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    // Our own reminder, read back from the mailbox, is recognised as ours and changes nothing.
    let own = reports
        .iter()
        .find(|r| r["message_id"] == "reminder.KCSC-240901-01.1@kcsc.example")
        .expect("the reminder was read");
    assert_eq!(own["outcome"], "ignored", "{own:#}");
    let reply = reports
        .iter()
        .find(|r| r["message_id"] == "tg-e2e@telegram.org")
        .expect("the reply was read");
    assert_eq!(reply["outcome"], "applied", "{reply:#}");
    // A pass at NOW2, so that the reminder check there has fresh data.
    let (code, out, err) = run(&env, &["--now", NOW2, "run", "--once"], &pw);
    assert_eq!(code, Some(0), "{out}\n{err}");
    assert_items_removed(&env);
}

#[test]
fn end_to_end_reminder_reply_and_ingest_of_the_mailbox_files() {
    if !mailservers::require_mail_servers() {
        return;
    }
    let dc =
        Dovecot::start(DovecotOptions::default()).unwrap_or_else(|e| panic!("Dovecot::start: {e}"));
    let sink = SmtpSink::start(&dc.maildir(), SmtpOptions::default())
        .unwrap_or_else(|e| panic!("SmtpSink::start: {e}"));
    let env = ledger(&config(&plain_smtp(&sink), ""));
    remind_into_dovecot(&env, &dc, &sink);
    let out = env.ok(&[
        "--now",
        "2024-09-11T09:05:00+09:00",
        "ingest",
        "--json",
        dc.maildir().to_str().unwrap(),
    ]);
    assert!(
        out.lines()
            .any(|l| l.contains("tg-e2e@telegram.org") && l.contains("\"applied\"")),
        "{out}"
    );
    assert_items_removed(&env);
}
