//! The scheduler and the composer, without a ledger or a clock.

use std::path::Path;

use mail_parser::MimeHeaders;

use super::*;
use crate::store::OutboxRow;

const CONFIG: &str = r#"
timezone = "Asia/Seoul"
[database]
path = "t.db"
[[platforms]]
id = "telegram"
name = "Telegram"
senders = ["telegram.org"]
reminder_to = ["dsa@telegram.org"]
reminder_cc = ["legal@telegram.org"]
[[platforms]]
id = "x"
name = "X"
senders = ["x.com"]
reminder_to = ["legal-kr@x.com"]
escalate_to = ["kr-lead@x.com"]
language = "en"
[[platforms]]
id = "silent"
senders = ["silent.example"]
[smtp]
kind = "file"
path = "outbox"
from = "KCSC Takedown <takedown@kcsc.example>"
[reminders]
grace = "1d"
interval = "3d"
max = 2
escalate_to = ["team-lead@kcsc.example"]
escalation_interval = "7d"
staff_cc = ["staff@kcsc.example"]
staff_digest_to = ["digest@kcsc.example"]
digest_time = "08:30"
"#;

fn settings(extra: &str) -> Settings {
    let text = CONFIG.replace("[reminders]\n", &format!("[reminders]\n{extra}\n"));
    Settings::from_toml(Path::new("/srv/takedown/config.toml"), &text).expect("test config")
}

fn rs(s: &Settings) -> &ReminderSettings {
    s.reminders.as_ref().expect("[reminders]")
}

fn t(s: &str) -> Timestamp {
    s.parse().expect("test time")
}

const DUE: &str = "2024-09-08T23:59:59+09:00";

fn late(id: i64, reference: &str, platform: &str, items: &[(&str, Status)]) -> LateRequest {
    LateRequest {
        id,
        reference: reference.into(),
        platform: platform.into(),
        sent_at: t("2024-09-01T23:59:59+09:00"),
        due_at: t(DUE),
        category: None,
        message_id: Some(format!("req-{id}@kcsc.example")),
        case_number: None,
        items: items.iter().map(|(u, s)| (u.to_string(), *s)).collect(),
    }
}

fn telegram() -> LateRequest {
    late(
        1,
        "KCSC-240901-01",
        "telegram",
        &[
            ("https://t.me/a/1", Status::Removed),
            ("https://t.me/a/2", Status::Pending),
            ("https://t.me/a/3", Status::Restricted),
            ("https://t.me/a/4?x=1&y=2", Status::Pending),
        ],
    )
}

fn row(
    id: i64,
    request: i64,
    reference: &str,
    step: u32,
    state: OutboxState,
    created: &str,
) -> OutboxRow {
    let s = settings("");
    OutboxRow {
        id,
        kind: "reminder".into(),
        request: Some(request),
        reference: Some(reference.into()),
        step,
        dedup_key: reminder_dedup_key(reference, step),
        message_id: reminder_message_id(reference, step, rs(&s)),
        recipients: vec!["dsa@telegram.org".into()],
        subject: format!("reminder {step}"),
        state,
        attempts: 1,
        created_at: t(created),
        next_attempt: None,
        sent_at: (state == OutboxState::Sent).then(|| t(created)),
        last_error: None,
        server_reply: None,
        escalated: step > 2,
    }
}

#[test]
fn first_reminder_after_grace_lists_exactly_the_pending_items() {
    let s = settings("");
    let reqs = [telegram()];
    // The deadline has passed, but the grace period has not.
    let p = plan(&reqs, &[], &s, rs(&s), t("2024-09-09T23:00:00+09:00"));
    assert!(p.reminders.is_empty(), "{p:?}");
    let p = plan(&reqs, &[], &s, rs(&s), t("2024-09-10T00:00:00+09:00"));
    assert_eq!(p.reminders.len(), 1);
    let r = &p.reminders[0];
    assert_eq!(r.step, 1);
    assert!(!r.escalated);
    // Restricted counts as answered by default.
    assert_eq!(
        r.pending,
        vec!["https://t.me/a/2", "https://t.me/a/4?x=1&y=2"]
    );
    assert_eq!(r.total, 4);
    assert_eq!(r.to, vec!["dsa@telegram.org"]);
    assert_eq!(r.cc, vec!["legal@telegram.org", "staff@kcsc.example"]);
    assert_eq!(r.message_id, "reminder.KCSC-240901-01.1@kcsc.example");
    assert_eq!(r.dedup_key, "reminder:KCSC-240901-01:1");
    assert_eq!(r.in_reply_to.as_deref(), Some("req-1@kcsc.example"));
    assert_eq!(r.references, vec!["req-1@kcsc.example"]);
    assert_eq!(r.existing, None);

    let s = settings("restricted_counts_as_answered = false");
    let p = plan(&reqs, &[], &s, rs(&s), t("2024-09-10T00:00:00+09:00"));
    assert_eq!(
        p.reminders[0].pending,
        vec![
            "https://t.me/a/2",
            "https://t.me/a/3",
            "https://t.me/a/4?x=1&y=2"
        ]
    );
}

#[test]
fn answered_or_not_yet_due_requests_get_nothing() {
    let s = settings("");
    let done = late(
        2,
        "KCSC-240901-02",
        "telegram",
        &[
            ("https://t.me/b/1", Status::Removed),
            ("https://t.me/b/2", Status::Restricted),
        ],
    );
    let mut future = telegram();
    future.due_at = t("2024-09-20T23:59:59+09:00");
    let p = plan(
        &[done, future],
        &[],
        &s,
        rs(&s),
        t("2024-09-12T10:00:00+09:00"),
    );
    assert_eq!(Plan { digest: None, ..p }, Plan::default());
}

#[test]
fn later_steps_follow_the_previous_send_then_escalate() {
    let s = settings("");
    let reqs = [telegram()];
    let r1 = row(
        10,
        1,
        "KCSC-240901-01",
        1,
        OutboxState::Sent,
        "2024-09-10T09:00:00+09:00",
    );
    // Three days after reminder 1 went out, not before.
    let p = plan(
        &reqs,
        std::slice::from_ref(&r1),
        &s,
        rs(&s),
        t("2024-09-13T08:59:00+09:00"),
    );
    assert!(p.reminders.is_empty(), "{p:?}");
    let p = plan(
        &reqs,
        std::slice::from_ref(&r1),
        &s,
        rs(&s),
        t("2024-09-13T09:00:00+09:00"),
    );
    let r = &p.reminders[0];
    assert_eq!((r.step, r.escalated), (2, false));
    // The thread: the request, then reminder 1.
    assert_eq!(
        r.references,
        vec![
            "req-1@kcsc.example",
            "reminder.KCSC-240901-01.1@kcsc.example"
        ]
    );
    assert_eq!(r.in_reply_to.as_deref(), Some("req-1@kcsc.example"));

    // max = 2: step 3 escalates, after escalation_interval (7d), with the
    // global escalation address in Cc.
    let r2 = row(
        11,
        1,
        "KCSC-240901-01",
        2,
        OutboxState::Sent,
        "2024-09-13T09:00:00+09:00",
    );
    let rows = [r1.clone(), r2.clone()];
    let p = plan(&reqs, &rows, &s, rs(&s), t("2024-09-16T09:00:00+09:00"));
    assert!(
        p.reminders.is_empty(),
        "escalation waits for escalation_interval: {p:?}"
    );
    let p = plan(&reqs, &rows, &s, rs(&s), t("2024-09-20T09:00:00+09:00"));
    let r = &p.reminders[0];
    assert_eq!((r.step, r.escalated), (3, true));
    assert_eq!(
        r.cc,
        vec![
            "legal@telegram.org",
            "staff@kcsc.example",
            "team-lead@kcsc.example"
        ]
    );
    assert_eq!(r.dedup_key, "reminder:KCSC-240901-01:3");
}

#[test]
fn platform_escalation_override_and_no_escalation() {
    let s = settings("");
    let x = late(
        3,
        "KCSC-240905-01",
        "x",
        &[("https://x.com/u/status/1", Status::Pending)],
    );
    let rows = [
        row(
            20,
            3,
            "KCSC-240905-01",
            1,
            OutboxState::Sent,
            "2024-09-10T09:00:00+09:00",
        ),
        row(
            21,
            3,
            "KCSC-240905-01",
            2,
            OutboxState::Sent,
            "2024-09-13T09:00:00+09:00",
        ),
    ];
    let p = plan(
        std::slice::from_ref(&x),
        &rows,
        &s,
        rs(&s),
        t("2024-09-21T09:00:00+09:00"),
    );
    // The platform's own list replaces the global one.
    assert_eq!(
        p.reminders[0].cc,
        vec!["staff@kcsc.example", "kr-lead@x.com"]
    );

    // Without any escalation address, the reminders stop after max.
    let mut s = settings("");
    if let Some(r) = s.reminders.as_mut() {
        r.escalate_to.clear();
    }
    s.platforms.retain(|p| p.id != "x");
    s.platforms.push(Platform {
        escalate_to: None,
        ..settings("").platform("x").cloned().expect("x")
    });
    let p = plan(
        std::slice::from_ref(&x),
        &rows,
        &s,
        rs(&s),
        t("2024-09-21T09:00:00+09:00"),
    );
    assert!(p.reminders.is_empty());
    assert_eq!(p.skipped.len(), 1);
    assert!(
        p.skipped[0].reason.contains("no escalate_to"),
        "{:?}",
        p.skipped
    );
}

use crate::config::Platform;

#[test]
fn send_window_and_holidays_defer_never_skip() {
    let s = settings(
        "send_window = \"Mon-Fri 09:00-18:00\"\nholidays = [\"2024-09-16\", \"2024-09-17\", \"2024-09-18\"]",
    );
    let reqs = [telegram()];
    // Due since Monday 2024-09-09 23:59; Tuesday 08:00 is before the window.
    let p = plan(&reqs, &[], &s, rs(&s), t("2024-09-10T08:00:00+09:00"));
    assert!(p.reminders.is_empty());
    assert_eq!(p.deferred.len(), 1);
    assert_eq!(p.deferred[0].until, t("2024-09-10T09:00:00+09:00"));
    assert_eq!(p.deferred[0].why, "outside the send window");
    // Inside the window it goes.
    let p = plan(&reqs, &[], &s, rs(&s), t("2024-09-10T09:00:00+09:00"));
    assert_eq!(p.reminders.len(), 1);
    // Chuseok (16-18 Sept 2024, Mon-Wed): Thursday 09:00.
    let p = plan(&reqs, &[], &s, rs(&s), t("2024-09-16T10:00:00+09:00"));
    assert!(p.reminders.is_empty());
    assert_eq!(p.deferred[0].until, t("2024-09-19T09:00:00+09:00"));
    assert_eq!(p.deferred[0].why, "holiday");
    // Friday evening, before the holidays: the first working day after them.
    let p = plan(&reqs, &[], &s, rs(&s), t("2024-09-13T19:00:00+09:00"));
    assert_eq!(p.deferred[0].until, t("2024-09-19T09:00:00+09:00"));
}

#[test]
fn next_allowed_moments() {
    let s = settings("send_window = \"Mon-Fri 09:00-18:00\"\nholidays = [\"2024-09-17\"]");
    let r = rs(&s);
    let tz = &s.tz;
    assert_eq!(
        next_allowed(t("2024-09-10T12:00:00+09:00"), r, tz),
        t("2024-09-10T12:00:00+09:00")
    );
    assert_eq!(
        next_allowed(t("2024-09-14T12:00:00+09:00"), r, tz),
        t("2024-09-16T09:00:00+09:00")
    );
    assert_eq!(
        next_allowed(t("2024-09-16T18:00:00+09:00"), r, tz),
        t("2024-09-18T09:00:00+09:00")
    );
    // Holidays alone, without a window: the next day from midnight.
    let s = settings("holidays = [\"2024-09-17\"]");
    assert_eq!(
        next_allowed(t("2024-09-17T15:00:00+09:00"), rs(&s), &s.tz),
        t("2024-09-18T00:00:00+09:00")
    );
    assert_eq!(
        next_allowed(t("2024-09-16T15:00:00+09:00"), rs(&s), &s.tz),
        t("2024-09-16T15:00:00+09:00")
    );
}

#[test]
fn retries_wait_for_their_time_and_recompose() {
    let s = settings("");
    let reqs = [telegram()];
    let mut failed = row(
        10,
        1,
        "KCSC-240901-01",
        1,
        OutboxState::Failed,
        "2024-09-10T09:00:00+09:00",
    );
    failed.next_attempt = Some(t("2024-09-10T09:05:00+09:00"));
    let p = plan(
        &reqs,
        std::slice::from_ref(&failed),
        &s,
        rs(&s),
        t("2024-09-10T09:01:00+09:00"),
    );
    assert!(p.reminders.is_empty());
    assert_eq!(p.deferred[0].why, "waiting to retry");
    let p = plan(
        &reqs,
        std::slice::from_ref(&failed),
        &s,
        rs(&s),
        t("2024-09-10T09:05:00+09:00"),
    );
    assert_eq!(p.reminders.len(), 1);
    assert_eq!(
        (p.reminders[0].step, p.reminders[0].existing),
        (1, Some(10))
    );

    // A queued leftover goes out now.
    let queued = row(
        10,
        1,
        "KCSC-240901-01",
        1,
        OutboxState::Queued,
        "2024-09-10T09:00:00+09:00",
    );
    let p = plan(
        &reqs,
        std::slice::from_ref(&queued),
        &s,
        rs(&s),
        t("2024-09-10T09:01:00+09:00"),
    );
    assert_eq!(p.reminders[0].existing, Some(10));

    // Given up: the next step follows in its time, based on when the failed one was made.
    let mut gave_up = failed.clone();
    gave_up.next_attempt = None;
    let p = plan(
        &reqs,
        std::slice::from_ref(&gave_up),
        &s,
        rs(&s),
        t("2024-09-13T09:00:00+09:00"),
    );
    assert_eq!((p.reminders[0].step, p.reminders[0].existing), (2, None));
}

#[test]
fn uncertain_is_never_retried_and_the_next_step_sends_normally() {
    let s = settings("");
    let reqs = [telegram()];
    let u = row(
        10,
        1,
        "KCSC-240901-01",
        1,
        OutboxState::Uncertain,
        "2024-09-10T09:00:00+09:00",
    );
    for now in ["2024-09-10T09:01:00+09:00", "2024-09-12T09:00:00+09:00"] {
        let p = plan(&reqs, std::slice::from_ref(&u), &s, rs(&s), t(now));
        assert!(
            p.reminders.is_empty() && p.resend.is_empty(),
            "{now}: {p:?}"
        );
    }
    let p = plan(
        &reqs,
        std::slice::from_ref(&u),
        &s,
        rs(&s),
        t("2024-09-13T09:00:00+09:00"),
    );
    assert_eq!((p.reminders[0].step, p.reminders[0].existing), (2, None));
    // It may have arrived: the thread includes it.
    assert!(p.reminders[0].references.contains(&u.message_id));
}

#[test]
fn waiting_reminders_of_answered_requests_are_cancelled() {
    let s = settings("");
    let mut failed = row(
        10,
        1,
        "KCSC-240901-01",
        1,
        OutboxState::Failed,
        "2024-09-10T09:00:00+09:00",
    );
    failed.next_attempt = Some(t("2024-09-10T09:05:00+09:00"));
    // Request 1 is not late any more (not in the list).
    let p = plan(&[], &[failed], &s, rs(&s), t("2024-09-10T10:00:00+09:00"));
    assert_eq!(p.cancel.len(), 1);
    assert_eq!(p.cancel[0].0, 10);
    assert!(p.reminders.is_empty());
}

#[test]
fn platforms_without_reminder_to_are_reported() {
    let s = settings("");
    let reqs = [late(
        4,
        "KCSC-240901-04",
        "silent",
        &[("https://silent.example/1", Status::Pending)],
    )];
    let p = plan(&reqs, &[], &s, rs(&s), t("2024-09-10T10:00:00+09:00"));
    assert!(p.reminders.is_empty());
    assert!(
        p.skipped[0].reason.contains("no reminder_to"),
        "{:?}",
        p.skipped
    );
}

#[test]
fn digest_once_a_day_at_its_time() {
    let s = settings("send_window = \"Mon-Fri 09:00-18:00\"");
    // Before 08:30 local: nothing.
    let p = plan(&[], &[], &s, rs(&s), t("2024-09-14T08:29:00+09:00"));
    assert_eq!(p.digest, None);
    // A Saturday, outside the send window: the digest is internal mail and goes anyway.
    let p = plan(&[], &[], &s, rs(&s), t("2024-09-14T08:30:00+09:00"));
    let d = p.digest.expect("digest due");
    assert_eq!(d.dedup_key, "digest:2024-09-14");
    assert_eq!(d.message_id, "digest.2024-09-14@kcsc.example");
    assert_eq!(d.since, t("2024-09-13T08:30:00+09:00"));
    // Once that date has its row, nothing more that day; the next day covers
    // the time since the previous one.
    let mut sent = row(30, 0, "", 0, OutboxState::Sent, "2024-09-14T08:31:00+09:00");
    sent.kind = "digest".into();
    sent.request = None;
    sent.dedup_key = "digest:2024-09-14".into();
    let p = plan(
        &[],
        std::slice::from_ref(&sent),
        &s,
        rs(&s),
        t("2024-09-14T20:00:00+09:00"),
    );
    assert_eq!(p.digest, None);
    let p = plan(
        &[],
        std::slice::from_ref(&sent),
        &s,
        rs(&s),
        t("2024-09-15T08:45:00+09:00"),
    );
    assert_eq!(
        p.digest.expect("next day").since,
        t("2024-09-14T08:31:00+09:00")
    );
    // A failed digest is sent again as it is.
    sent.state = OutboxState::Failed;
    sent.next_attempt = Some(t("2024-09-14T08:36:00+09:00"));
    let p = plan(
        &[],
        std::slice::from_ref(&sent),
        &s,
        rs(&s),
        t("2024-09-14T09:00:00+09:00"),
    );
    assert_eq!(p.resend, vec![30]);
}

#[test]
fn backoff_doubles_and_gives_up() {
    let now = t("2024-09-10T09:00:00Z");
    assert_eq!(retry_at(now, 1, false), Some(t("2024-09-10T09:05:00Z")));
    assert_eq!(retry_at(now, 2, false), Some(t("2024-09-10T09:10:00Z")));
    assert_eq!(retry_at(now, 9, false), Some(t("2024-09-10T15:00:00Z")));
    assert_eq!(retry_at(now, MAX_ATTEMPTS, false), None);
    assert_eq!(retry_at(now, 1, true), None);
}

#[test]
fn figures_per_platform() {
    let timing = |due: &str, answer: Option<&str>, removed: Option<&str>| ItemTiming {
        platform: "telegram".into(),
        sent_at: t("2024-09-01T00:00:00Z"),
        due_at: t(due),
        first_answer: answer.map(t),
        first_removed: removed.map(t),
    };
    let items = [
        timing(
            "2024-09-08T00:00:00Z",
            Some("2024-09-02T00:00:00Z"),
            Some("2024-09-02T00:00:00Z"),
        ),
        timing(
            "2024-09-08T00:00:00Z",
            Some("2024-09-04T00:00:00Z"),
            Some("2024-09-04T00:00:00Z"),
        ),
        timing(
            "2024-09-08T00:00:00Z",
            Some("2024-09-10T00:00:00Z"),
            Some("2024-09-10T00:00:00Z"),
        ),
        timing("2024-09-08T00:00:00Z", None, None),
        // Not due yet and not answered: not counted.
        timing("2024-09-30T00:00:00Z", None, None),
    ];
    let f = platform_figures(&items, t("2024-09-12T00:00:00Z"));
    assert_eq!(f.len(), 1);
    assert_eq!(
        (f[0].counted, f[0].answered_in_time, f[0].removed),
        (4, 2, 3)
    );
    assert_eq!(f[0].share_in_time, Some(50.0));
    assert_eq!(f[0].median_to_removal, Some(Duration::from_secs(3 * 86400)));
    assert_eq!(
        human_duration(Duration::from_secs(3 * 86400 + 4 * 3600)),
        "3d 4h"
    );
    assert_eq!(
        human_duration(Duration::from_secs(5 * 3600 + 20 * 60)),
        "5h 20m"
    );
    assert_eq!(human_duration(Duration::from_secs(12 * 60)), "12m");
}

// ---------------------------------------------------------------------------
// Composing.

fn composed(
    extra: &str,
    language: Option<&str>,
    step_rows: &[OutboxRow],
    now: &str,
) -> (compose::Composed, Settings) {
    let mut s = settings(extra);
    if let Some(l) = language {
        for p in s.platforms.iter_mut() {
            p.language = l.into();
        }
    }
    let reqs = [telegram()];
    let p = plan(&reqs, step_rows, &s, rs(&s), t(now));
    let due = p.reminders.first().expect("a reminder is due");
    let tpl = compose::Templates::load(rs(&s)).expect("templates");
    let smtp = s.smtp.clone().expect("[smtp]");
    let c = compose::reminder(&tpl, due, &s, &smtp, rs(&s), t(now)).expect("composed");
    (c, s)
}

fn header(raw: &[u8], name: &str) -> Option<String> {
    let m = mail_parser::MessageParser::default().parse(raw)?;
    m.header_raw(name)
        .map(|v| v.split_whitespace().collect::<Vec<_>>().join(" "))
}

#[test]
fn the_reminder_email() {
    let r1 = row(
        10,
        1,
        "KCSC-240901-01",
        1,
        OutboxState::Sent,
        "2024-09-10T09:00:00+09:00",
    );
    let (c, s) = composed(
        "",
        None,
        std::slice::from_ref(&r1),
        "2024-09-13T10:00:00+09:00",
    );
    let raw = &c.raw;
    assert!(
        raw.is_ascii(),
        "headers and bodies are encoded for 7-bit transport"
    );
    assert_eq!(
        c.subject,
        "[KCSC-240901-01] Reminder 2: 2 of 4 items still pending since 2024-09-08 / 2차 재요청"
    );
    assert_eq!(
        header(raw, "Message-ID").as_deref(),
        Some("<reminder.KCSC-240901-01.2@kcsc.example>")
    );
    assert_eq!(
        header(raw, "In-Reply-To").as_deref(),
        Some("<req-1@kcsc.example>")
    );
    assert_eq!(
        header(raw, "References").as_deref(),
        Some("<req-1@kcsc.example> <reminder.KCSC-240901-01.1@kcsc.example>")
    );
    assert_eq!(
        header(raw, "Auto-Submitted").as_deref(),
        Some("auto-generated")
    );
    let reply_to = header(raw, "Reply-To").unwrap_or_default();
    assert!(
        reply_to.contains("<takedown+KCSC-240901-01@kcsc.example>"),
        "{reply_to}"
    );
    assert_eq!(
        c.recipients,
        vec![
            "dsa@telegram.org",
            "legal@telegram.org",
            "staff@kcsc.example"
        ]
    );

    let m = mail_parser::MessageParser::default()
        .parse(raw)
        .expect("parses");
    let body = m.body_text(0).expect("text body").replace("\r\n", "\n");
    assert!(
        body.contains("1. https://t.me/a/2\n2. https://t.me/a/4?x=1&y=2\n"),
        "{body}"
    );
    assert!(
        !body.contains("https://t.me/a/1") && !body.contains("https://t.me/a/3"),
        "{body}"
    );
    assert!(
        body.contains("Dear Telegram team") && body.contains("Telegram 담당자님께"),
        "{body}"
    );
    assert!(
        body.find("담당자님께") < body.find("Dear"),
        "Korean first by default"
    );
    assert!(
        body.contains("2024-09-08 23:59 KST") && body.contains("2024-09-01"),
        "{body}"
    );
    assert!(
        body.contains("passed 4 day(s) ago") && body.contains("(2024-09-08)이 4일 지났습니다"),
        "{body}"
    );

    // The CSV, and takedown's own extractor reading it back once filled in.
    let csv = m.attachments().next().expect("CSV attachment");
    assert_eq!(csv.attachment_name(), Some("KCSC-240901-01-pending.csv"));
    let text = String::from_utf8_lossy(csv.contents()).replace("\r\n", "\n");
    assert_eq!(
        text,
        "url,status\nhttps://t.me/a/2,\nhttps://t.me/a/4?x=1&y=2,\n"
    );
    let filled = text
        .replace("/a/2,\n", "/a/2,Removed\n")
        .replace("y=2,\n", "y=2,Geo-blocked in Korea\n");
    let rows = crate::extract::tables::csv_rows(filled.as_bytes(), 100).expect("csv");
    let claims = crate::extract::tables::rows_to_claims(&rows, &[], 100);
    let stated: Vec<(String, crate::extract::status::Said)> =
        claims.into_iter().map(|c| (c.url, c.said)).collect();
    use crate::extract::status::Said;
    assert_eq!(
        stated,
        vec![
            (
                "https://t.me/a/2".to_string(),
                Said::Stated(Status::Removed)
            ),
            (
                "https://t.me/a/4?x=1&y=2".to_string(),
                Said::Stated(Status::Restricted)
            ),
        ]
    );

    // Our own reminder, read back by the pipeline, states nothing about any item
    // (it may be Cc'd into the watched mailbox, and platforms quote it).
    let u = crate::pipeline::understand(raw, &s);
    assert!(u.extraction.claims.is_empty(), "{:?}", u.extraction.claims);
    assert!(u.extraction.bulk.is_none());
    assert_eq!(
        u.extraction.classification,
        crate::extract::Classification::AutoReply
    );
}

#[test]
fn languages_and_escalation_wording() {
    let rows = [
        row(
            10,
            1,
            "KCSC-240901-01",
            1,
            OutboxState::Sent,
            "2024-09-10T09:00:00+09:00",
        ),
        row(
            11,
            1,
            "KCSC-240901-01",
            2,
            OutboxState::Sent,
            "2024-09-13T09:00:00+09:00",
        ),
    ];
    let (c, _) = composed(
        "attach_csv = false",
        Some("en"),
        &rows,
        "2024-09-21T10:00:00+09:00",
    );
    assert_eq!(
        c.subject,
        "[KCSC-240901-01] Reminder 3 (escalated): 2 of 4 items still pending since 2024-09-08"
    );
    let m = mail_parser::MessageParser::default()
        .parse(&c.raw)
        .expect("parses");
    let body = m.body_text(0).expect("body").to_string();
    assert!(
        !body.contains("담당자") && body.contains("escalation contacts"),
        "{body}"
    );
    assert_eq!(m.attachments().count(), 0);
    assert!(c.cc.contains(&"team-lead@kcsc.example".to_string()));

    let (c, _) = composed("", Some("ko"), &[], "2024-09-10T10:00:00+09:00");
    assert_eq!(
        c.subject,
        "[KCSC-240901-01] 1차 재요청: 전체 4건 중 2건 미회신 (기한 2024-09-08)"
    );
    let m = mail_parser::MessageParser::default()
        .parse(&c.raw)
        .expect("parses");
    let body = m.body_text(0).expect("body").to_string();
    assert!(
        !body.contains("Dear") && body.contains("(2024-09-08)이 1일 지났습니다"),
        "{body}"
    );

    // Less than a day late (a short grace): no "0 days".
    let mut s = settings("");
    if let Some(r) = s.reminders.as_mut() {
        r.grace = Duration::from_secs(3600);
    }
    let now = t("2024-09-09T02:00:00+09:00");
    let p = plan(&[telegram()], &[], &s, rs(&s), now);
    let tpl = compose::Templates::load(rs(&s)).expect("templates");
    let smtp = s.smtp.clone().expect("[smtp]");
    let c = compose::reminder(&tpl, &p.reminders[0], &s, &smtp, rs(&s), now).expect("composed");
    let m = mail_parser::MessageParser::default()
        .parse(&c.raw)
        .expect("parses");
    let body = m.body_text(0).expect("body").to_string();
    assert!(
        body.contains("(2024-09-08)이 지났습니다")
            && body.contains("The deadline, 2024-09-08, has passed."),
        "{body}"
    );
}

#[test]
fn reply_to_setting_and_template_override() {
    let (c, _) = composed(
        "reply_to = \"ledger+{ref}@kcsc.example\"",
        None,
        &[],
        "2024-09-10T10:00:00+09:00",
    );
    assert!(
        header(&c.raw, "Reply-To")
            .unwrap_or_default()
            .contains("ledger+KCSC-240901-01@kcsc.example")
    );
    let (c, _) = composed(
        "reply_to = \"Replies <answers@kcsc.example>\"",
        None,
        &[],
        "2024-09-10T10:00:00+09:00",
    );
    assert!(
        header(&c.raw, "Reply-To")
            .unwrap_or_default()
            .contains("<answers+KCSC-240901-01@kcsc.example>")
    );

    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(
        dir.path().join("reminder_subject.txt"),
        "Overdue {{ ref }} ({{ pending_count }})",
    )
    .expect("write");
    let extra = format!("template_dir = \"{}\"", dir.path().display());
    let (c, _) = composed(&extra, None, &[], "2024-09-10T10:00:00+09:00");
    assert_eq!(c.subject, "Overdue KCSC-240901-01 (2)");
    // A misspelt variable is an error, not an empty string.
    std::fs::write(
        dir.path().join("reminder_subject.txt"),
        "Overdue {{ reff }}",
    )
    .expect("write");
    let s = settings(&extra);
    let tpl = compose::Templates::load(rs(&s)).expect("loads");
    let p = plan(
        &[telegram()],
        &[],
        &s,
        rs(&s),
        t("2024-09-10T10:00:00+09:00"),
    );
    let smtp = s.smtp.clone().expect("smtp");
    let e = compose::reminder(
        &tpl,
        &p.reminders[0],
        &s,
        &smtp,
        rs(&s),
        t("2024-09-10T10:00:00+09:00"),
    )
    .expect_err("strict");
    assert!(e.to_string().contains("reminder_subject.txt"), "{e}");
}

#[test]
fn items_that_appear_gone_are_marked_for_the_platform_to_confirm() {
    let s = settings("");
    let now = "2024-09-13T10:00:00+09:00";
    let reqs = [telegram()];
    let p = plan(&reqs, &[], &s, rs(&s), t(now));
    let mut due = p.reminders.first().expect("a reminder is due").clone();
    due.appears_gone = vec!["https://t.me/a/4?x=1&y=2".to_string()];
    let tpl = compose::Templates::load(rs(&s)).expect("templates");
    let smtp = s.smtp.clone().expect("[smtp]");
    let c = compose::reminder(&tpl, &due, &s, &smtp, rs(&s), t(now)).expect("composed");
    let m = mail_parser::MessageParser::default()
        .parse(&c.raw)
        .expect("parses");
    let body = m.body_text(0).expect("text body").replace("\r\n", "\n");
    assert!(
        body.contains("1. https://t.me/a/2\n2. https://t.me/a/4?x=1&y=2 (*)\n"),
        "{body}"
    );
    assert!(
        body.contains("(*) Our own checks no longer reach these pages. Please confirm"),
        "{body}"
    );
    assert!(body.contains("(*) 표시된 URL은"), "{body}");

    // Quoted without its auto-generated headers (as a platform's top-posted
    // reply might carry it), the marked list still states nothing.
    let text = String::from_utf8_lossy(&c.raw)
        .replace("Auto-Submitted:", "X-Was-Auto-Submitted:")
        .replace("X-Auto-Response-Suppress:", "X-Was-Suppress:");
    let u = crate::pipeline::understand(text.as_bytes(), &s);
    assert_ne!(
        u.extraction.classification,
        crate::extract::Classification::AutoReply,
        "the body itself is what is read here"
    );
    assert!(u.extraction.claims.is_empty(), "{:?}", u.extraction.claims);

    // Without any, the list is as before: no marks, no footnote.
    let (plain, _) = composed("", None, &[], now);
    let body = String::from_utf8_lossy(&plain.raw).to_string();
    assert!(!body.contains("(*)"), "{body}");
}

#[test]
fn the_digest_lists_items_that_appear_removed_but_are_not_confirmed() {
    let s = settings("");
    let now = t("2024-09-14T08:30:00+09:00");
    let d = plan(&[], &[], &s, rs(&s), now).digest.expect("digest due");
    let tpl = compose::Templates::load(rs(&s)).expect("templates");
    let smtp = s.smtp.clone().expect("[smtp]");
    let body = |data: &crate::store::DigestData| {
        let c = compose::digest(&tpl, &d, data, &[], &[], &s, &smtp, rs(&s), now).expect("digest");
        let m = mail_parser::MessageParser::default()
            .parse(&c.raw)
            .expect("parses");
        m.body_text(0).expect("text").replace("\r\n", "\n")
    };
    let mut data = crate::store::DigestData::default();
    let without = body(&data);
    assert!(!without.contains("Appears removed"), "{without}");
    data.appears_gone = vec![crate::store::AppearsGone {
        reference: "KCSC-240901-01".into(),
        platform: "telegram".into(),
        url: "https://t.me/a/2".into(),
        since: t("2024-09-13T22:00:00+09:00"),
        streak: 3,
    }];
    let with = body(&data);
    assert!(
        with.contains("Appears removed, not confirmed / 삭제 추정 (플랫폼 미확인): 1\n"),
        "{with}"
    );
    assert!(
        with.contains("   - KCSC-240901-01  [Telegram]  https://t.me/a/2  (gone 3 times, last 2024-09-13 22:00"),
        "{with}"
    );
}
