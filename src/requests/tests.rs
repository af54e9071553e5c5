use std::collections::BTreeSet;
use std::path::Path;

use jiff::Timestamp;

use super::*;
use crate::config::Settings;

const CONFIG: &str = r#"
timezone = "Asia/Seoul"
[database]
path = "t.db"
[staff]
senders = ["kcsc.example"]
[[platforms]]
id = "telegram"
senders = ["telegram.org"]
reminder_to = ["dsa@telegram.org"]
deadline = "24h"
[[platforms]]
id = "x"
senders = ["x.com"]
request_to = ["legal-kr@x.com"]
"#;

fn settings() -> Settings {
    Settings::from_toml(Path::new("/c/config.toml"), CONFIG).unwrap()
}

fn now() -> Timestamp {
    "2024-11-01T12:00:00+09:00".parse().unwrap()
}

fn email(to: &str, subject: &str, body: &str) -> crate::parse::ParsedEmail {
    let raw = format!(
        "From: Kim <kim@kcsc.example>\r\nTo: {to}\r\nSubject: {subject}\r\nDate: Fri, 01 Nov 2024 10:00:00 +0900\r\nMessage-ID: <req-1@kcsc.example>\r\n\r\n{body}\r\n"
    );
    crate::parse::parse(raw.as_bytes(), &settings().limits)
}

fn decide(to: &str, subject: &str, body: &str, existing: Option<&ExistingRequest>) -> Registration {
    let s = settings();
    let c = read(&email(to, subject, body), &s, now());
    register(&c, existing, &s)
}

#[test]
fn a_complete_request_is_registered() {
    let r = decide(
        "legal-kr@x.com",
        "[KCSC-241101-01] Removal request",
        "Please remove:\r\nhttps://x.com/a/status/1\r\nhttps://x.com/b/status/2\r\nDeadline: 2024-11-03\r\n\r\n--\r\nKCSC https://www.kcsc.example/",
        None,
    );
    let Registration::Register(d) = r else {
        panic!("{r:?}")
    };
    assert_eq!(d.reference, "KCSC-241101-01");
    assert_eq!(d.platform, "x");
    assert_eq!(d.existing, None);
    assert_eq!(d.message_id.as_deref(), Some("req-1@kcsc.example"));
    // The regulator's own link in the signature is no item.
    let urls: Vec<&str> = d.urls.iter().map(|(u, _)| u.as_str()).collect();
    assert_eq!(
        urls,
        ["https://x.com/a/status/1", "https://x.com/b/status/2"]
    );
    assert_eq!(
        d.due_at,
        "2024-11-03T23:59:59+09:00".parse::<Timestamp>().unwrap()
    );
    assert_eq!(
        d.sent_at,
        "2024-11-01T10:00:00+09:00".parse::<Timestamp>().unwrap()
    );
}

#[test]
fn the_platform_default_deadline_applies_when_none_is_stated() {
    let r = decide(
        "dsa@telegram.org",
        "KCSC-241101-02 요청",
        "아래 게시물을 삭제하여 주십시오.\r\nhttps://t.me/chan/5",
        None,
    );
    let Registration::Register(d) = r else {
        panic!("{r:?}")
    };
    assert_eq!(
        d.due_at,
        "2024-11-02T10:00:00+09:00".parse::<Timestamp>().unwrap()
    );
    assert!(d.deadline_from.contains("default"), "{}", d.deadline_from);
}

#[test]
fn what_is_missing_is_named() {
    let unclear = |r: Registration| match r {
        Registration::Unclear(w) => w,
        other => panic!("{other:?}"),
    };
    // No deadline and x has no default.
    let w = unclear(decide(
        "legal-kr@x.com",
        "KCSC-241101-03",
        "https://x.com/a/status/1",
        None,
    ));
    assert!(w.contains("no deadline stated") && w.contains("`x`"), "{w}");
    // Malformed deadline.
    let w = unclear(decide(
        "legal-kr@x.com",
        "KCSC-241101-03",
        "https://x.com/a/status/1\r\nDeadline: 2024-13-45",
        None,
    ));
    assert!(w.contains("malformed deadline"), "{w}");
    // Unknown platform (addressed to nobody configured), no URL, no ref.
    let w = unclear(decide(
        "someone@example.net",
        "KCSC-241101-03",
        "nothing here",
        None,
    ));
    assert!(w.contains("no platform") && w.contains("no URL"), "{w}");
    let w = unclear(decide(
        "legal-kr@x.com",
        "Removal request",
        "https://x.com/a/status/1\r\nDeadline: 2024-11-03",
        None,
    ));
    assert!(w.contains("no reference"), "{w}");
    // Two platforms.
    let w = unclear(decide(
        "legal-kr@x.com, dsa@telegram.org",
        "KCSC-241101-03",
        "https://x.com/a/status/1\r\nDeadline: 2024-11-03",
        None,
    ));
    assert!(w.contains("2 platforms"), "{w}");
}

fn existing(platform: &str, due: &str, keys: &[&str]) -> ExistingRequest {
    ExistingRequest {
        id: 7,
        platform: platform.into(),
        due_at: due.parse().unwrap(),
        message_id: None,
        url_keys: keys.iter().map(|k| k.to_string()).collect::<BTreeSet<_>>(),
    }
}

#[test]
fn an_existing_request_gains_new_urls_and_conflicts_go_to_review() {
    let key = crate::extract::urls::normalize("https://x.com/a/status/1").unwrap();
    let e = existing("x", "2024-11-03T23:59:59+09:00", &[&key]);
    let body = "https://x.com/a/status/1\r\nhttps://x.com/c/status/3\r\nDeadline: 2024-11-03";
    let Registration::Register(d) = decide("legal-kr@x.com", "KCSC-241101-01", body, Some(&e))
    else {
        panic!()
    };
    assert_eq!(d.existing, Some(7));
    assert_eq!(d.known, 1);
    assert_eq!(d.urls.len(), 1);
    // Nothing new: unchanged.
    let r = decide(
        "legal-kr@x.com",
        "KCSC-241101-01",
        "https://x.com/a/status/1",
        Some(&e),
    );
    assert!(
        matches!(r, Registration::Unchanged { request: 7, .. }),
        "{r:?}"
    );
    // Another deadline, another platform: conflicts.
    let r = decide(
        "legal-kr@x.com",
        "KCSC-241101-01",
        "https://x.com/c/status/3\r\n기한: 2024-11-05",
        Some(&e),
    );
    assert!(
        matches!(&r, Registration::Conflict(w) if w.contains("due")),
        "{r:?}"
    );
    let e2 = existing("telegram", "2024-11-03T23:59:59+09:00", &[]);
    let r = decide(
        "legal-kr@x.com",
        "KCSC-241101-01",
        "https://x.com/c/status/3\r\nDeadline: 2024-11-03",
        Some(&e2),
    );
    assert!(
        matches!(&r, Registration::Conflict(w) if w.contains("`telegram`")),
        "{r:?}"
    );
}

#[test]
fn urls_come_from_a_csv_attachment_and_not_from_quotes() {
    let raw = "From: kim@kcsc.example\r\nTo: legal-kr@x.com\r\nSubject: KCSC-241101-04\r\nDate: Fri, 01 Nov 2024 10:00:00 +0900\r\nMessage-ID: <r4@kcsc.example>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nSee the attached list. Deadline: 2024-11-04\r\n\r\nOn Thu someone wrote:\r\n> https://x.com/quoted/status/9\r\n--b\r\nContent-Type: text/csv; name=list.csv\r\nContent-Disposition: attachment; filename=list.csv\r\n\r\nurl\r\nhttps://x.com/a/status/1\r\nhttps://x.com/b/status/2\r\n--b--\r\n";
    let s = settings();
    let parsed = crate::parse::parse(raw.as_bytes(), &s.limits);
    let c = read(&parsed, &s, now());
    let urls: Vec<&str> = c.urls.iter().map(|(u, _)| u.as_str()).collect();
    assert_eq!(
        urls,
        ["https://x.com/a/status/1", "https://x.com/b/status/2"]
    );
}

#[test]
fn replies_forwards_and_unaddressed_mail_are_no_request_attempts() {
    let s = settings();
    let c = crate::extract::Classification::Other;
    assert!(is_request_attempt(
        &email("legal-kr@x.com", "KCSC-241101-01", ""),
        c,
        &s
    ));
    assert!(is_request_attempt(
        &email("someone@example.net", "KCSC-241101-01", ""),
        c,
        &s
    ));
    assert!(!is_request_attempt(
        &email("legal-kr@x.com", "Re: KCSC-241101-01", ""),
        c,
        &s
    ));
    assert!(!is_request_attempt(
        &email("legal-kr@x.com", "Fwd: KCSC-241101-01", ""),
        c,
        &s
    ));
    assert!(!is_request_attempt(
        &email("legal-kr@x.com", "Read: KCSC-241101-01", ""),
        c,
        &s
    ));
    let receipt = crate::extract::Classification::ReadReceipt;
    assert!(!is_request_attempt(
        &email("legal-kr@x.com", "KCSC-241101-01", ""),
        receipt,
        &s
    ));
    assert!(!is_request_attempt(
        &email("colleague@example.net", "lunch?", ""),
        c,
        &s
    ));
    assert!(is_staff("kim@kcsc.example", &s));
    assert!(is_staff("kim@mail.kcsc.example", &s));
    assert!(!is_staff("kim@kcsc.example.evil", &s));
}

#[test]
fn urls_come_from_an_xlsx_attachment() {
    // The corpus's XLSX (columns Link, Result), as a staff email's attachment.
    let raw = include_bytes!("../../tests/corpus/cases/xlsx-attachment-link-result.eml");
    let s = settings();
    let mut e = crate::parse::parse(raw, &s.limits);
    assert!(e.attachments.iter().any(crate::extract::is_xlsx));
    e.from = vec!["kim@kcsc.example".into()];
    e.recipients = vec!["legal-kr@x.com".into()];
    e.subject = "KCSC-241101-05 list attached".into();
    e.text = vec!["Deadline: 2024-11-05".into()];
    e.html.clear();
    let c = read(&e, &s, now());
    let urls: Vec<&str> = c.urls.iter().map(|(u, _)| u.as_str()).collect();
    assert_eq!(
        urls,
        [
            "https://www.youtube.com/watch?v=AbCdEfGhIj1",
            "https://www.youtube.com/watch?v=AbCdEfGhIj2",
            "https://www.youtube.com/watch?v=AbCdEfGhIj3",
            "https://www.youtube.com/watch?v=AbCdEfGhIj4",
        ]
    );
    assert!(matches!(register(&c, None, &s), Registration::Register(d) if d.urls.len() == 4));
}
