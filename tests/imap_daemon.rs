//! The IMAP daemon against a real Dovecot on 127.0.0.1 (started by
//! tests/support/mailservers.rs in a temp dir): backlogs, IDLE, folder
//! separators, TLS, restarts, SIGKILL at random moments, UIDVALIDITY resets,
//! oversized emails, an unreachable mailbox, and `takedown check`.
//!
//! Each test writes requests with one item per email, so "applied exactly
//! once" is checkable: one item_event per trusted email, no item twice.

mod common;
#[path = "support/mailservers.rs"]
mod mailservers;

use std::collections::{BTreeMap, BTreeSet};
use std::io::{Read, Write};
use std::path::PathBuf;
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

use common::Env;
use mailservers::{Dovecot, DovecotOptions, SmtpOptions, SmtpSink};

const PASSWORD_ENV: &str = "TAKEDOWN_TEST_IMAP_PASSWORD";
const ITEMS_PER_REQUEST: usize = 50;

// ---------------------------------------------------------------------------
// Emails and requests: email n confirms the removal of item n; every tenth
// (n % 10 == 7) lacks the receiving server's Authentication-Results and
// goes to review.

fn reference(n: usize) -> String {
    format!("KCSC-240901-{:02}", n / ITEMS_PER_REQUEST)
}

fn item_url(n: usize) -> String {
    format!(
        "https://t.me/chan{}/{}",
        n / ITEMS_PER_REQUEST,
        n % ITEMS_PER_REQUEST
    )
}

fn trusted(n: usize) -> bool {
    n % 10 != 7
}

fn mid(n: usize) -> String {
    format!("m{n}@telegram.org")
}

fn email(n: usize) -> Vec<u8> {
    email_with_body(n, "")
}

fn email_with_body(n: usize, extra: &str) -> Vec<u8> {
    let ar = if trusted(n) { common::AR_TELEGRAM } else { "" };
    format!(
        "{ar}From: Telegram <abuse@telegram.org>\nTo: takedown@kcsc.example\nSubject: Re: {r}\nDate: Mon, 2 Sep 2024 10:00:00 +0900\nMessage-ID: <{m}>\nContent-Type: text/plain; charset=utf-8\n\nHello,\n\nThe following content has been removed:\n{u}\n\nTelegram\n{extra}",
        r = reference(n),
        m = mid(n),
        u = item_url(n)
    )
    .into_bytes()
}

fn requests_csv(n: usize) -> String {
    let mut s = String::from("ref,platform,sent_at,due_at,url\n");
    for i in 0..n {
        s.push_str(&format!(
            "{},telegram,2024-09-01,2024-09-08,{}\n",
            reference(i),
            item_url(i)
        ));
    }
    s
}

// ---------------------------------------------------------------------------
// Configuration and processes.

fn start_dovecot(opts: DovecotOptions) -> Option<Dovecot> {
    if !mailservers::require_dovecot() {
        return None;
    }
    Some(Dovecot::start(opts).unwrap_or_else(|e| panic!("dovecot: {e}")))
}

fn plain() -> DovecotOptions {
    DovecotOptions::default()
}

/// One `[[mailbox]]` block; `extra` adds or overrides keys.
fn mailbox(name: &str, port: u16, extra: &str) -> String {
    let mut keys: BTreeMap<String, String> = [
        ("kind", "\"imap\"".to_string()),
        ("name", format!("\"{name}\"")),
        ("host", "\"127.0.0.1\"".into()),
        ("port", port.to_string()),
        ("tls", "\"none\"".into()),
        ("username", "\"takedown\"".into()),
        ("password_env", format!("\"{PASSWORD_ENV}\"")),
        ("poll_interval", "\"10m\"".into()),
        ("timeout", "\"10s\"".into()),
        ("batch_size", "50".into()),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_string(), v))
    .collect();
    for line in extra.lines().map(str::trim).filter(|l| !l.is_empty()) {
        let (k, v) = line.split_once('=').expect("key = value");
        let k = k.trim().to_string();
        if (k.starts_with("password_") && k != "password_env") || k == "token_command" {
            keys.remove("password_env");
        }
        keys.insert(k, v.trim().to_string());
    }
    let mut s = String::from("\n[[mailbox]]\n");
    for (k, v) in keys {
        s.push_str(&format!("{k} = {v}\n"));
    }
    s
}

fn config(mailboxes: &str, extra: &str) -> String {
    format!(
        "timezone = \"Asia/Seoul\"\n{extra}\n[database]\npath = \"t.db\"\n[trust]\nauthserv_id = \"mx.kcsc.example\"\nrequire = \"dmarc\"\n[[platforms]]\nid = \"telegram\"\nsenders = [\"telegram.org\"]\n{mailboxes}"
    )
}

/// A ledger with the requests for emails 0..n.
fn env_with(config_text: &str, n: usize) -> Env {
    let env = Env::with_config(config_text);
    let csv = env.write("requests.csv", &requests_csv(n));
    env.ok(&["request", "import", csv.to_str().expect("utf-8 path")]);
    env
}

fn takedown(env: &Env) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_takedown"));
    c.arg("--config").arg(env.path("config.toml"));
    c.env_remove("TAKEDOWN_CONFIG")
        .env_remove("TAKEDOWN_NOW")
        .env(PASSWORD_ENV, "secret");
    c
}

fn run_once(env: &Env) -> Output {
    takedown(env)
        .args(["run", "--once"])
        .env("TAKEDOWN_LOG", "info")
        .output()
        .expect("run takedown")
}

fn show(o: &Output) -> String {
    format!(
        "exit {:?}\nstdout:\n{}\nstderr:\n{}",
        o.status.code(),
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    )
}

/// The daemon, its stdout/stderr in files of the temp dir. Killed on drop.
struct Daemon {
    child: Child,
    err: PathBuf,
}

impl Daemon {
    fn start(env: &Env, tag: &str) -> Daemon {
        let out = std::fs::File::create(env.path(&format!("{tag}.out"))).expect("stdout file");
        let err_path = env.path(&format!("{tag}.err"));
        let err = std::fs::File::create(&err_path).expect("stderr file");
        let child = takedown(env)
            .arg("run")
            .env("TAKEDOWN_LOG", "info")
            .stdin(Stdio::null())
            .stdout(out)
            .stderr(err)
            .spawn()
            .expect("spawn takedown run");
        Daemon {
            child,
            err: err_path,
        }
    }

    fn stderr(&self) -> String {
        std::fs::read_to_string(&self.err).unwrap_or_default()
    }

    fn signal(&self, sig: i32) {
        // SAFETY: kill(2) on our own child's pid; no memory is involved.
        unsafe {
            libc::kill(self.child.id() as i32, sig);
        }
    }

    /// Waits for the exit; None if it did not exit in time.
    fn wait(&mut self, limit: Duration) -> Option<std::process::ExitStatus> {
        let deadline = Instant::now() + limit;
        while Instant::now() < deadline {
            if let Ok(Some(st)) = self.child.try_wait() {
                return Some(st);
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        None
    }

    fn assert_running(&mut self) {
        assert!(
            matches!(self.child.try_wait(), Ok(None)),
            "the daemon exited:\n{}",
            self.stderr()
        );
    }
}

impl Drop for Daemon {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn wait_until(limit: Duration, mut cond: impl FnMut() -> bool) -> bool {
    let deadline = Instant::now() + limit;
    loop {
        if cond() {
            return true;
        }
        if Instant::now() >= deadline {
            return false;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}

fn free_port() -> u16 {
    let l = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    l.local_addr().expect("addr").port()
}

fn http_get(port: u16, path: &str) -> Option<(u16, String)> {
    let mut s = std::net::TcpStream::connect(("127.0.0.1", port)).ok()?;
    s.set_read_timeout(Some(Duration::from_secs(5))).ok()?;
    s.write_all(format!("GET {path} HTTP/1.1\r\nHost: localhost\r\n\r\n").as_bytes())
        .ok()?;
    let mut text = String::new();
    s.read_to_string(&mut text).ok()?;
    let code = text.split_whitespace().nth(1)?.parse().ok()?;
    let body = text.split_once("\r\n\r\n")?.1.to_string();
    Some((code, body))
}

// ---------------------------------------------------------------------------
// The ledger and the folders, as the test sees them.

fn db(env: &Env) -> rusqlite::Connection {
    let c = rusqlite::Connection::open(env.path("t.db")).expect("open ledger");
    c.busy_timeout(Duration::from_secs(10))
        .expect("busy timeout");
    c
}

fn count(env: &Env, sql: &str) -> i64 {
    db(env)
        .query_row(sql, [], |r| r.get(0))
        .unwrap_or_else(|e| panic!("{sql}: {e}"))
}

fn recorded(env: &Env, n: usize) -> bool {
    env.path("t.db").exists()
        && db(env)
            .query_row(
                "SELECT COUNT(*) FROM messages WHERE message_id = ?1",
                [mid(n)],
                |r| r.get::<_, i64>(0),
            )
            .unwrap_or(0)
            > 0
}

fn folder_mids(dc: &Dovecot, folder: &str) -> Vec<String> {
    dc.list_folder(folder)
        .iter()
        .map(|raw| {
            mailservers::header_value(raw, "Message-ID")
                .unwrap_or_default()
                .trim_matches(['<', '>'])
                .to_string()
        })
        .collect()
}

fn processed(dc: &Dovecot) -> String {
    format!("Takedown{}Processed", dc.separator)
}

fn review(dc: &Dovecot) -> String {
    format!("Takedown{}Review", dc.separator)
}

/// Emails 0..n were each applied exactly once and sit in the right folder;
/// `source` is empty.
fn assert_all_applied_once(env: &Env, dc: &Dovecot, n: usize, source: &str) {
    let trusted_n = (0..n).filter(|i| trusted(*i)).count() as i64;
    assert_eq!(
        count(env, "SELECT COUNT(*) FROM messages"),
        n as i64,
        "one ledger record per email"
    );
    assert_eq!(
        count(env, "SELECT COUNT(*) FROM item_events"),
        trusted_n,
        "one event per trusted email"
    );
    assert_eq!(
        count(
            env,
            "SELECT COUNT(*) FROM (SELECT item FROM item_events GROUP BY item HAVING COUNT(*) > 1)"
        ),
        0,
        "an item changed twice"
    );
    let statuses: BTreeMap<String, String> = {
        let c = db(env);
        let mut st = c.prepare("SELECT url, status FROM items").expect("prepare");
        st.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
            .expect("query")
            .map(|r| r.expect("row"))
            .collect()
    };
    for i in 0..n {
        let want = if trusted(i) { "removed" } else { "pending" };
        assert_eq!(
            statuses.get(&item_url(i)).map(String::as_str),
            Some(want),
            "item of email {i}"
        );
    }
    let want_processed: BTreeSet<String> = (0..n).filter(|i| trusted(*i)).map(mid).collect();
    let want_review: BTreeSet<String> = (0..n).filter(|i| !trusted(*i)).map(mid).collect();
    let got_processed = folder_mids(dc, &processed(dc));
    let got_review = folder_mids(dc, &review(dc));
    assert_eq!(
        got_processed.len(),
        want_processed.len(),
        "emails in {} (a copy too many?)",
        processed(dc)
    );
    assert_eq!(
        got_processed.into_iter().collect::<BTreeSet<_>>(),
        want_processed
    );
    assert_eq!(
        got_review.len(),
        want_review.len(),
        "emails in {}",
        review(dc)
    );
    assert_eq!(got_review.into_iter().collect::<BTreeSet<_>>(), want_review);
    assert!(
        dc.list_folder(source).is_empty(),
        "{source} still holds emails"
    );
}

// ---------------------------------------------------------------------------
// The tests.

#[test]
fn backlog_is_applied_and_moved_over_plaintext() {
    let Some(dc) = start_dovecot(plain()) else {
        return;
    };
    let n = 30;
    let raws: Vec<Vec<u8>> = (0..n).map(email).collect();
    dc.deliver_many("INBOX", &raws).expect("deliver");
    let env = env_with(
        &config(
            &mailbox(
                "main",
                dc.imap_port,
                "password_file = \"pw\"\nbatch_size = 7",
            ),
            "",
        ),
        n,
    );
    env.write("pw", "secret\n");
    let o = run_once(&env);
    assert!(o.status.success(), "{}", show(&o));
    assert_all_applied_once(&env, &dc, n, "INBOX");
    let (validity, last): (i64, i64) = db(&env)
        .query_row("SELECT uidvalidity, last_uid FROM imap_state WHERE mailbox = 'main' AND folder = 'INBOX'", [], |r| Ok((r.get(0)?, r.get(1)?)))
        .expect("imap_state row");
    assert!(
        validity > 0 && last == n as i64,
        "uidvalidity {validity}, last_uid {last}"
    );
    // NDJSON on stdout with --json: one object per email, and a second pass finds nothing.
    let o = takedown(&env)
        .args(["run", "--once", "--json"])
        .output()
        .expect("run");
    assert!(o.status.success() && o.stdout.is_empty(), "{}", show(&o));
}

#[test]
fn folders_follow_a_slash_separator() {
    let Some(dc) = start_dovecot(DovecotOptions {
        separator: Some('/'),
        ..plain()
    }) else {
        return;
    };
    let n = 12;
    for i in 0..n {
        dc.deliver("INBOX", &email(i)).expect("deliver");
    }
    let env = env_with(
        &config(
            &mailbox("main", dc.imap_port, "password_command = \"printf secret\""),
            "",
        ),
        n,
    );
    let o = takedown(&env)
        .args(["run", "--once", "--json"])
        .output()
        .expect("run");
    assert!(o.status.success(), "{}", show(&o));
    let lines: Vec<serde_json::Value> = String::from_utf8_lossy(&o.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("NDJSON"))
        .collect();
    assert_eq!(lines.len(), n);
    assert!(
        lines.iter().all(|v| v["origin"]
            .as_str()
            .is_some_and(|s| s.starts_with("imap:main/INBOX/"))),
        "{lines:?}"
    );
    assert_eq!(dc.separator, '/');
    assert_all_applied_once(&env, &dc, n, "INBOX");
}

#[test]
fn a_new_email_during_idle_is_applied_without_waiting_for_the_poll_interval() {
    let Some(dc) = start_dovecot(plain()) else {
        return;
    };
    let http = free_port();
    let env = env_with(
        &config(
            &mailbox("main", dc.imap_port, ""),
            &format!("[server]\nlisten = \"127.0.0.1:{http}\""),
        ),
        3,
    );
    dc.deliver("INBOX", &email(0)).expect("deliver");
    let mut d = Daemon::start(&env, "daemon");
    assert!(
        wait_until(Duration::from_secs(20), || recorded(&env, 0)),
        "backlog not recorded:\n{}",
        d.stderr()
    );
    // The daemon is idling now (poll_interval = 10m): a new email must come through IDLE.
    assert!(wait_until(Duration::from_secs(10), || http_get(
        http, "/metrics"
    )
    .is_some_and(|(_, m)| m.contains("state=\"idle\"} 1"))));
    let t0 = Instant::now();
    dc.deliver("INBOX", &email(1)).expect("deliver");
    assert!(
        wait_until(Duration::from_secs(8), || recorded(&env, 1)),
        "IDLE did not deliver the news:\n{}",
        d.stderr()
    );
    let latency = t0.elapsed();
    assert!(wait_until(Duration::from_secs(5), || folder_mids(
        &dc,
        &processed(&dc)
    )
    .len()
        == 2));
    eprintln!("IDLE: delivery -> recorded in {} ms", latency.as_millis());

    let (code, body) = http_get(http, "/healthz").expect("healthz");
    assert_eq!((code, body.as_str()), (200, "ok\n"));
    let (code, metrics) = http_get(http, "/metrics").expect("metrics");
    assert_eq!(code, 200);
    for want in [
        "takedown_emails_total{outcome=\"applied\"} 2",
        "takedown_mailbox_up{mailbox=\"main\"} 1",
        "takedown_items_pending 1",
        "takedown_items_overdue 1",
    ] {
        assert!(metrics.contains(want), "{want} missing:\n{metrics}");
    }
    assert!(
        !metrics.contains("takedown_mailbox_last_sync_timestamp_seconds{mailbox=\"main\"} 0\n"),
        "{metrics}"
    );
    assert_eq!(http_get(http, "/nope").map(|r| r.0), Some(404));

    // SIGTERM: log out and exit 0.
    d.signal(libc::SIGTERM);
    let st = d.wait(Duration::from_secs(10)).expect("exit after SIGTERM");
    assert_eq!(st.code(), Some(0), "{}", d.stderr());
    assert!(d.stderr().contains("SIGTERM"), "{}", d.stderr());
}

#[test]
fn starttls_and_implicit_tls_with_the_test_ca() {
    let Some(dc) = start_dovecot(DovecotOptions {
        tls: true,
        ..plain()
    }) else {
        return;
    };
    let ca = dc.ca_cert.clone().expect("test CA");
    let imaps = dc.imaps_port.expect("imaps port");
    let n = 10;
    for i in 0..5 {
        dc.deliver("INBOX", &email(i)).expect("deliver");
    }
    let starttls = mailbox(
        "main",
        dc.imap_port,
        &format!("tls = \"starttls\"\nca_file = \"{}\"", ca.display()),
    );
    let env = env_with(&config(&starttls, ""), n);
    let o = run_once(&env);
    assert!(o.status.success(), "STARTTLS: {}", show(&o));
    assert!(
        String::from_utf8_lossy(&o.stderr).contains("STARTTLS"),
        "{}",
        show(&o)
    );
    for i in 5..n {
        dc.deliver("INBOX", &email(i)).expect("deliver");
    }
    let implicit = mailbox(
        "main",
        imaps,
        &format!("tls = \"implicit\"\nca_file = \"{}\"", ca.display()),
    );
    std::fs::write(env.path("config.toml"), config(&implicit, "")).expect("rewrite config");
    let o = run_once(&env);
    assert!(o.status.success(), "implicit TLS: {}", show(&o));
    assert_all_applied_once(&env, &dc, n, "INBOX");
    // `check` logs in and says what it found.
    let o = takedown(&env).arg("check").output().expect("check");
    assert!(o.status.success(), "{}", show(&o));
    let text = String::from_utf8_lossy(&o.stdout);
    assert!(
        text.contains("login ok") && text.contains("INBOX: 0 email(s)") && text.contains("IDLE"),
        "{text}"
    );
}

#[test]
fn a_certificate_from_another_ca_is_refused() {
    let Some(dc) = start_dovecot(DovecotOptions {
        tls: true,
        ..plain()
    }) else {
        return;
    };
    let other = tempfile::tempdir().expect("temp dir");
    let wrong = mailservers::generate_test_tls(other.path()).expect("another CA");
    dc.deliver("INBOX", &email(0)).expect("deliver");
    let imaps = dc.imaps_port.expect("imaps port");
    for (tls, port, ca) in [
        ("implicit", imaps, Some(&wrong.ca_cert)),
        ("starttls", dc.imap_port, Some(&wrong.ca_cert)),
        ("implicit", imaps, None),
    ] {
        let ca_line = ca
            .map(|c| format!("ca_file = \"{}\"", c.display()))
            .unwrap_or_default();
        let env = env_with(
            &config(
                &mailbox("main", port, &format!("tls = \"{tls}\"\n{ca_line}")),
                "",
            ),
            1,
        );
        let o = run_once(&env);
        assert_eq!(o.status.code(), Some(1), "{tls} {ca:?}: {}", show(&o));
        let err = String::from_utf8_lossy(&o.stderr);
        assert!(err.contains("certificate"), "{tls}: {err}");
        assert!(
            !err.contains("secret"),
            "the password leaked into the log: {err}"
        );
        assert_eq!(count(&env, "SELECT COUNT(*) FROM messages"), 0);
        let o = takedown(&env).arg("check").output().expect("check");
        assert_eq!(o.status.code(), Some(1), "{}", show(&o));
        assert!(
            String::from_utf8_lossy(&o.stdout).contains("FAIL  mailbox main"),
            "{}",
            show(&o)
        );
    }
    assert_eq!(dc.list_folder("INBOX").len(), 1, "nothing may be moved");
}

#[test]
fn the_daemon_catches_up_after_a_server_restart() {
    let Some(mut dc) = start_dovecot(plain()) else {
        return;
    };
    let env = env_with(&config(&mailbox("main", dc.imap_port, ""), ""), 3);
    dc.deliver("INBOX", &email(0)).expect("deliver");
    let mut d = Daemon::start(&env, "daemon");
    assert!(
        wait_until(Duration::from_secs(20), || recorded(&env, 0)),
        "{}",
        d.stderr()
    );
    std::thread::sleep(Duration::from_millis(300)); // into IDLE
    dc.restart().expect("restart dovecot");
    dc.deliver("INBOX", &email(1)).expect("deliver");
    assert!(
        wait_until(Duration::from_secs(30), || recorded(&env, 1)),
        "not caught up after the restart:\n{}",
        d.stderr()
    );
    // And IDLE works again on the new connection.
    assert!(wait_until(Duration::from_secs(5), || d
        .stderr()
        .matches("connected to")
        .count()
        >= 2));
    std::thread::sleep(Duration::from_millis(500));
    dc.deliver("INBOX", &email(2)).expect("deliver");
    assert!(
        wait_until(Duration::from_secs(8), || recorded(&env, 2)),
        "{}",
        d.stderr()
    );
    d.assert_running();
    assert!(wait_until(Duration::from_secs(5), || dc
        .list_folder("INBOX")
        .is_empty()));
    assert_all_applied_once(&env, &dc, 3, "INBOX");
}

/// A small deterministic RNG (xorshift64*), so that a failure can be replayed.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn between(&mut self, lo: u64, hi: u64) -> u64 {
        lo + self.next() % (hi - lo)
    }
}

#[test]
fn sigkill_at_random_moments_during_a_2000_email_backlog_applies_each_email_once() {
    let Some(dc) = start_dovecot(plain()) else {
        return;
    };
    let n = 2000;
    let raws: Vec<Vec<u8>> = (0..n).map(email).collect();
    let t0 = Instant::now();
    dc.deliver_many("INBOX", &raws).expect("deliver");
    let env = env_with(
        &config(&mailbox("main", dc.imap_port, "batch_size = 40"), ""),
        n,
    );
    eprintln!(
        "loaded {n} emails and requests in {} ms",
        t0.elapsed().as_millis()
    );
    let mut rng = Rng(0x7a6b_3c2d_1e0f_9a8b);
    let t_kills = Instant::now();
    let recorded_n = |env: &Env| {
        if env.path("t.db").exists() {
            count(env, "SELECT COUNT(*) FROM messages")
        } else {
            0
        }
    };
    let mut progress = Vec::new();
    let mut leftovers = 0;
    for round in 0..5 {
        let before = recorded_n(&env);
        let mut d = Daemon::start(&env, &format!("daemon{round}"));
        // Kill while it works: once it has recorded a random number of emails
        // more, at a random moment shortly after (counted in emails rather
        // than waited in time, so that a faster daemon is still cut mid-backlog).
        let target = before + rng.between(1, 250) as i64;
        assert!(
            wait_until(Duration::from_secs(30), || recorded_n(&env) >= target),
            "no progress:\n{}",
            d.stderr()
        );
        std::thread::sleep(Duration::from_millis(rng.between(0, 60)));
        d.signal(libc::SIGKILL);
        d.wait(Duration::from_secs(10))
            .expect("killed daemon exits");
        progress.push(recorded_n(&env));
        leftovers += d.stderr().contains("recorded earlier but not moved") as usize;
    }
    eprintln!(
        "recorded after each SIGKILL: {progress:?} ({} ms); {leftovers} restart(s) found emails recorded but not moved",
        t_kills.elapsed().as_millis()
    );
    assert!(
        *progress.last().unwrap_or(&0) < n as i64,
        "the backlog was done before the last kill: {progress:?}"
    );
    let t_rest = Instant::now();
    let o = run_once(&env);
    assert!(o.status.success(), "{}", show(&o));
    eprintln!(
        "the rest with run --once: {} ms\n{}",
        t_rest.elapsed().as_millis(),
        String::from_utf8_lossy(&o.stderr)
    );
    assert_all_applied_once(&env, &dc, n, "INBOX");
}

#[test]
fn emails_recorded_but_not_moved_are_moved_on_the_next_pass() {
    // The state a crash between commit and move leaves: the ledger has the
    // emails (same bytes as IMAP serves them: CRLF), the folder still too.
    let Some(dc) = start_dovecot(plain()) else {
        return;
    };
    let n = 10;
    let crlf = |raw: Vec<u8>| {
        String::from_utf8_lossy(&raw)
            .replace('\n', "\r\n")
            .into_bytes()
    };
    let raws: Vec<Vec<u8>> = (0..n).map(|i| crlf(email(i))).collect();
    dc.deliver_many("INBOX", &raws).expect("deliver");
    let env = env_with(&config(&mailbox("main", dc.imap_port, ""), ""), n);
    for (i, raw) in raws.iter().enumerate() {
        std::fs::write(env.path(&format!("e{i}.eml")), raw).expect("write");
    }
    env.ok(&[
        "ingest",
        env.path("e0.eml")
            .parent()
            .and_then(|p| p.to_str())
            .expect("dir"),
    ]);
    let events = count(&env, "SELECT COUNT(*) FROM item_events");
    assert_eq!(events, (0..n).filter(|i| trusted(*i)).count() as i64);
    let o = takedown(&env)
        .args(["run", "--once", "--json"])
        .output()
        .expect("run");
    assert!(o.status.success(), "{}", show(&o));
    for line in String::from_utf8_lossy(&o.stdout).lines() {
        let v: serde_json::Value = serde_json::from_str(line).expect("NDJSON");
        assert_eq!(v["outcome"], "duplicate", "{line}");
    }
    assert_eq!(count(&env, "SELECT COUNT(*) FROM item_events"), events);
    assert_all_applied_once(&env, &dc, n, "INBOX");
}

#[test]
fn without_move_idle_or_uidplus_the_daemon_copies_expunges_and_polls() {
    let Some(mut dc) = start_dovecot(plain()) else {
        return;
    };
    // Dovecot advertises what imap_capability says (it still accepts more).
    let set_caps = |dc: &mut Dovecot, caps: &str| {
        let conf = dc.conf_path();
        let mut text = std::fs::read_to_string(&conf).expect("dovecot.conf");
        text.push_str(&format!("\nimap_capability = {caps}\n"));
        std::fs::write(&conf, text).expect("dovecot.conf");
        dc.restart().expect("restart");
    };
    set_caps(
        &mut dc,
        "IMAP4rev1 LITERAL+ SASL-IR LOGIN-REFERRALS ID ENABLE",
    );
    let env = env_with(
        &config(&mailbox("main", dc.imap_port, "poll_interval = \"1s\""), ""),
        8,
    );
    for i in 0..4 {
        dc.deliver("INBOX", &email(i)).expect("deliver");
    }
    let mut d = Daemon::start(&env, "daemon");
    assert!(
        wait_until(Duration::from_secs(20), || (0..4)
            .all(|i| recorded(&env, i))),
        "{}",
        d.stderr()
    );
    dc.deliver("INBOX", &email(4)).expect("deliver");
    assert!(
        wait_until(Duration::from_secs(6), || recorded(&env, 4)),
        "polling did not pick it up:\n{}",
        d.stderr()
    );
    assert!(
        wait_until(Duration::from_secs(5), || dc
            .list_folder("INBOX")
            .is_empty()),
        "{}",
        d.stderr()
    );
    let log = d.stderr();
    assert!(log.contains("polling, COPY+EXPUNGE"), "{log}");
    d.signal(libc::SIGTERM);
    assert_eq!(
        d.wait(Duration::from_secs(10)).and_then(|s| s.code()),
        Some(0),
        "{}",
        d.stderr()
    );
    // With UIDPLUS: COPY + UID EXPUNGE.
    set_caps(
        &mut dc,
        "IMAP4rev1 LITERAL+ SASL-IR LOGIN-REFERRALS ID ENABLE UIDPLUS",
    );
    for i in 5..8 {
        dc.deliver("INBOX", &email(i)).expect("deliver");
    }
    let o = run_once(&env);
    assert!(o.status.success(), "{}", show(&o));
    assert!(
        String::from_utf8_lossy(&o.stderr).contains("COPY+UID EXPUNGE"),
        "{}",
        show(&o)
    );
    assert_all_applied_once(&env, &dc, 8, "INBOX");
}

#[test]
fn a_uidvalidity_reset_applies_nothing_twice() {
    let Some(dc) = start_dovecot(plain()) else {
        return;
    };
    let n = 25;
    let first: Vec<Vec<u8>> = (0..20).map(email).collect();
    dc.deliver_many("Incoming", &first).expect("deliver");
    let env = env_with(
        &config(&mailbox("main", dc.imap_port, "folder = \"Incoming\""), ""),
        n,
    );
    let o = run_once(&env);
    assert!(o.status.success(), "{}", show(&o));
    let validity = |env: &Env| -> i64 {
        count(
            env,
            "SELECT uidvalidity FROM imap_state WHERE folder = 'Incoming'",
        )
    };
    let before = validity(&env);
    let events_before = count(&env, "SELECT COUNT(*) FROM item_events");
    // Dovecot derives UIDVALIDITY from the clock: let a second pass.
    std::thread::sleep(Duration::from_millis(1100));
    let del = dc.doveadm(&["mailbox", "delete", "-u", &dc.user, "Incoming"]);
    assert!(
        del.status.success(),
        "{}",
        String::from_utf8_lossy(&del.stderr)
    );
    // Recreated with the same 20 emails (now UIDs 1..20 again) and 5 new ones.
    let all: Vec<Vec<u8>> = (0..n).map(email).collect();
    dc.deliver_many("Incoming", &all).expect("deliver again");
    let o = run_once(&env);
    assert!(o.status.success(), "{}", show(&o));
    let after = validity(&env);
    assert_ne!(
        before, after,
        "the folder's UIDVALIDITY did not change; the test proves nothing"
    );
    assert!(
        String::from_utf8_lossy(&o.stderr).contains("UIDVALIDITY"),
        "{}",
        show(&o)
    );
    let new_trusted = (20..n).filter(|i| trusted(*i)).count() as i64;
    assert_eq!(
        count(&env, "SELECT COUNT(*) FROM item_events"),
        events_before + new_trusted
    );
    assert_eq!(count(&env, "SELECT COUNT(*) FROM messages"), n as i64);
    assert_eq!(
        count(
            &env,
            "SELECT COUNT(*) FROM (SELECT item FROM item_events GROUP BY item HAVING COUNT(*) > 1)"
        ),
        0
    );
    assert!(dc.list_folder("Incoming").is_empty());
    // The re-delivered copies were recognised and filed with their first disposition.
    let processed_mids = folder_mids(&dc, &processed(&dc));
    for i in 0..n {
        let copies = processed_mids.iter().filter(|m| **m == mid(i)).count();
        let want = if !trusted(i) {
            0
        } else if i < 20 {
            2
        } else {
            1
        };
        assert_eq!(copies, want, "copies of email {i} in {}", processed(&dc));
    }
}

#[test]
fn an_email_over_the_size_limit_is_recorded_and_moved_to_review() {
    let Some(dc) = start_dovecot(plain()) else {
        return;
    };
    let big = email_with_body(0, &"padding line to make this email large\n".repeat(300));
    assert!(big.len() > 8000);
    dc.deliver("INBOX", &big).expect("deliver");
    dc.deliver("INBOX", &email(1)).expect("deliver");
    let env = env_with(
        &config(
            &mailbox("main", dc.imap_port, ""),
            "[limits]\nmax_message_bytes = 4096\n",
        ),
        2,
    );
    let o = run_once(&env);
    assert!(o.status.success(), "{}", show(&o));
    let (outcome, encoding, size): (String, String, i64) = db(&env)
        .query_row(
            "SELECT outcome, raw_encoding, size FROM messages WHERE message_id = ?1",
            [mid(0)],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .expect("the big email is recorded");
    assert_eq!(
        (outcome.as_str(), encoding.as_str()),
        ("refused", "deflate-headers-only")
    );
    assert!(size as usize >= big.len(), "size {size}");
    assert_eq!(
        count(
            &env,
            "SELECT COUNT(*) FROM review r JOIN messages m ON m.id = r.message WHERE r.reason = 'too_large'"
        ),
        1
    );
    assert_eq!(folder_mids(&dc, &review(&dc)), vec![mid(0)]);
    assert_eq!(folder_mids(&dc, &processed(&dc)), vec![mid(1)]);
    // The server keeps the whole email.
    assert_eq!(dc.list_folder(&review(&dc))[0].len(), big.len());
    assert!(dc.list_folder("INBOX").is_empty());
}

#[test]
fn one_unreachable_mailbox_does_not_stall_the_other() {
    let Some(dc) = start_dovecot(plain()) else {
        return;
    };
    let dead = free_port(); // nothing listens there
    let http = free_port();
    let boxes = format!(
        "{}{}",
        // The good mailbox's limit (3 × 5 s) leaves room for a slow pass on a
        // loaded two-core CI machine; the dead one fails every second.
        mailbox("good", dc.imap_port, "poll_interval = \"5s\""),
        mailbox("down", dead, "poll_interval = \"1s\"")
    );
    let env = env_with(
        &config(&boxes, &format!("[server]\nlisten = \"127.0.0.1:{http}\"")),
        3,
    );
    dc.deliver("INBOX", &email(0)).expect("deliver");
    // --once: the good mailbox is read, the exit code says one could not be.
    let o = run_once(&env);
    assert_eq!(o.status.code(), Some(1), "{}", show(&o));
    assert!(recorded(&env, 0), "{}", show(&o));
    assert!(
        String::from_utf8_lossy(&o.stderr).contains(&format!("127.0.0.1:{dead}")),
        "{}",
        show(&o)
    );
    // The daemon keeps the good one going while the other keeps failing.
    let mut d = Daemon::start(&env, "daemon");
    assert!(wait_until(Duration::from_secs(10), || http_get(
        http, "/metrics"
    )
    .is_some_and(
        |(_, m)| m.contains("mailbox=\"good\",state=\"idle\"} 1")
    )));
    dc.deliver("INBOX", &email(1)).expect("deliver");
    assert!(
        wait_until(Duration::from_secs(8), || recorded(&env, 1)),
        "{}",
        d.stderr()
    );
    assert!(
        wait_until(Duration::from_secs(10), || http_get(http, "/healthz")
            .is_some_and(|(c, _)| c == 503)),
        "{}",
        d.stderr()
    );
    let (_, body) = http_get(http, "/healthz").expect("healthz");
    assert!(
        body.contains("mailbox down") && !body.contains("mailbox good"),
        "{body}"
    );
    let (_, metrics) = http_get(http, "/metrics").expect("metrics");
    assert!(
        metrics.contains("takedown_mailbox_up{mailbox=\"down\"} 0"),
        "{metrics}"
    );
    assert!(
        metrics.contains("takedown_mailbox_healthy{mailbox=\"good\"} 1"),
        "{metrics}"
    );
    d.assert_running();
    d.signal(libc::SIGINT);
    assert_eq!(
        d.wait(Duration::from_secs(10)).and_then(|s| s.code()),
        Some(0),
        "{}",
        d.stderr()
    );
}

#[test]
fn a_rejected_login_is_reported_once_and_the_daemon_keeps_running() {
    let Some(dc) = start_dovecot(plain()) else {
        return;
    };
    let env = env_with(
        &config(&mailbox("main", dc.imap_port, "poll_interval = \"1s\""), ""),
        1,
    );
    dc.deliver("INBOX", &email(0)).expect("deliver");
    let mut d = {
        let out = std::fs::File::create(env.path("d.out")).expect("file");
        let err = std::fs::File::create(env.path("d.err")).expect("file");
        let child = takedown(&env)
            .arg("run")
            .env(PASSWORD_ENV, "wrong-password")
            .env("TAKEDOWN_LOG", "info")
            .stdout(out)
            .stderr(err)
            .spawn()
            .expect("spawn");
        Daemon {
            child,
            err: env.path("d.err"),
        }
    };
    assert!(
        wait_until(Duration::from_secs(10), || d.stderr().contains("rejected")),
        "{}",
        d.stderr()
    );
    std::thread::sleep(Duration::from_secs(3));
    d.assert_running();
    let log = d.stderr();
    assert_eq!(log.matches("rejected").count(), 1, "{log}");
    assert!(
        !log.contains("wrong-password"),
        "the password leaked: {log}"
    );
    drop(d);
    assert_eq!(dc.list_folder("INBOX").len(), 1);
    // `check` says so too, and passes with the right password.
    let o = takedown(&env)
        .arg("check")
        .env(PASSWORD_ENV, "wrong-password")
        .output()
        .expect("check");
    assert_eq!(o.status.code(), Some(1), "{}", show(&o));
    let o = takedown(&env).arg("check").output().expect("check");
    assert!(o.status.success(), "{}", show(&o));
}

#[test]
fn check_reports_a_missing_credential() {
    let Some(dc) = start_dovecot(plain()) else {
        return;
    };
    let env = env_with(
        &config(
            &mailbox(
                "main",
                dc.imap_port,
                "password_env = \"TAKEDOWN_TEST_UNSET_VARIABLE\"",
            ),
            "",
        ),
        1,
    );
    let o = takedown(&env).arg("check").output().expect("check");
    assert_eq!(o.status.code(), Some(1), "{}", show(&o));
    let text = String::from_utf8_lossy(&o.stdout);
    assert!(
        text.contains("TAKEDOWN_TEST_UNSET_VARIABLE is not set") && text.contains("ok    config"),
        "{text}"
    );
}

fn base64(bytes: &[u8]) -> String {
    const A: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::new();
    for c in bytes.chunks(3) {
        let n = (u32::from(c[0]) << 16)
            | (u32::from(*c.get(1).unwrap_or(&0)) << 8)
            | u32::from(*c.get(2).unwrap_or(&0));
        for i in 0..4 {
            out.push(if i <= c.len() {
                A[((n >> (18 - 6 * i)) & 63) as usize] as char
            } else {
                '='
            });
        }
    }
    out
}

/// A scripted IMAP server for what this Dovecot cannot do without an OAuth2
/// provider: XOAUTH2. One connection; returns whether the token was accepted.
fn fake_xoauth2_server(expected: String) -> (u16, std::thread::JoinHandle<bool>) {
    use std::io::BufRead;
    let l = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let port = l.local_addr().expect("addr").port();
    let h = std::thread::spawn(move || {
        let Ok((s, _)) = l.accept() else { return false };
        s.set_read_timeout(Some(Duration::from_secs(10))).ok();
        let mut w = s.try_clone().expect("clone");
        let mut r = std::io::BufReader::new(s);
        let mut accepted = false;
        let _ = w.write_all(b"* OK fake IMAP ready\r\n");
        let mut line = String::new();
        loop {
            line.clear();
            if r.read_line(&mut line).unwrap_or(0) == 0 {
                return accepted;
            }
            let (tag, cmd) = line.trim_end().split_once(' ').unwrap_or(("*", ""));
            let (tag, cmd) = (tag.to_string(), cmd.to_string());
            let mut answer = String::new();
            let reply = if cmd == "AUTHENTICATE XOAUTH2" {
                let _ = w.write_all(b"+ \r\n");
                let _ = r.read_line(&mut answer);
                if answer.trim_end() == expected {
                    accepted = true;
                    format!("{tag} OK Logged in\r\n")
                } else {
                    // RFC 7628: error details in a challenge, the client answers empty.
                    let _ = w.write_all(b"+ eyJzdGF0dXMiOiI0MDEifQ==\r\n");
                    answer.clear();
                    let _ = r.read_line(&mut answer);
                    format!("{tag} NO [AUTHENTICATIONFAILED] Invalid credentials\r\n")
                }
            } else if cmd == "CAPABILITY" {
                format!("* CAPABILITY IMAP4rev1 IDLE\r\n{tag} OK done\r\n")
            } else if cmd == "LIST \"\" \"\"" {
                format!("* LIST (\\Noselect) \"/\" \"\"\r\n{tag} OK done\r\n")
            } else if cmd.starts_with("LIST ") {
                format!("{tag} OK done\r\n")
            } else if cmd.starts_with("EXAMINE ") {
                format!("* 0 EXISTS\r\n* OK [UIDVALIDITY 7] ok\r\n{tag} OK [READ-ONLY] done\r\n")
            } else if cmd == "LOGOUT" {
                let _ = w.write_all(format!("* BYE\r\n{tag} OK done\r\n").as_bytes());
                return accepted;
            } else {
                format!("{tag} BAD unexpected\r\n")
            };
            let _ = w.write_all(reply.as_bytes());
        }
    });
    (port, h)
}

#[test]
fn xoauth2_logs_in_with_the_token_from_token_command() {
    let expected = base64(b"user=takedown\x01auth=Bearer tok-123\x01\x01");
    let (port, server) = fake_xoauth2_server(expected.clone());
    let env = Env::with_config(&config(
        &mailbox(
            "main",
            port,
            "auth = \"xoauth2\"\ntoken_command = \"echo tok-123\"",
        ),
        "",
    ));
    let o = takedown(&env).arg("check").output().expect("check");
    // The login line; the stand-in server knows no CREATE, so the folder
    // lines after it fail (check proves folders since issue 14).
    assert!(
        String::from_utf8_lossy(&o.stdout).contains("login ok"),
        "{}",
        show(&o)
    );
    assert!(
        String::from_utf8_lossy(&o.stdout).contains("AUTHENTICATE XOAUTH2"),
        "{}",
        show(&o)
    );
    assert!(server.join().expect("server"), "token not accepted");

    let (port, server) = fake_xoauth2_server(expected);
    std::fs::write(
        env.path("config.toml"),
        config(
            &mailbox(
                "main",
                port,
                "auth = \"xoauth2\"\ntoken_command = \"echo expired\"",
            ),
            "",
        ),
    )
    .expect("config");
    let o = takedown(&env).arg("check").output().expect("check");
    assert_eq!(o.status.code(), Some(1), "{}", show(&o));
    let text = String::from_utf8_lossy(&o.stdout);
    assert!(
        text.contains("rejected")
            && text.contains("Invalid credentials")
            && !text.contains("expired"),
        "{text}"
    );
    assert!(!server.join().expect("server"));
}

#[test]
fn check_tries_the_smtp_login_too() {
    let Some(dc) = start_dovecot(plain()) else {
        return;
    };
    if !mailservers::require_smtp_sink() {
        return;
    }
    let sink = SmtpSink::start(
        &dc.maildir(),
        SmtpOptions {
            auth: Some(("relay".into(), "relay-secret".into())),
            ..Default::default()
        },
    )
    .unwrap_or_else(|e| panic!("smtp sink: {e}"));
    let smtp = format!(
        "[smtp]\nkind = \"smtp\"\nhost = \"127.0.0.1\"\nport = {}\ntls = \"none\"\nusername = \"relay\"\npassword_env = \"TAKEDOWN_TEST_SMTP_PASSWORD\"\nfrom = \"takedown@kcsc.example\"\n",
        sink.port
    );
    let env = Env::with_config(&config(&mailbox("main", dc.imap_port, ""), &smtp));
    let o = takedown(&env)
        .arg("check")
        .env("TAKEDOWN_TEST_SMTP_PASSWORD", "relay-secret")
        .output()
        .expect("check");
    assert!(o.status.success(), "{}", show(&o));
    assert!(
        String::from_utf8_lossy(&o.stdout).contains(&format!(
            "ok    smtp                 login ok at 127.0.0.1:{}",
            sink.port
        )),
        "{}",
        show(&o)
    );
    let o = takedown(&env)
        .arg("check")
        .env("TAKEDOWN_TEST_SMTP_PASSWORD", "wrong")
        .output()
        .expect("check");
    assert_eq!(o.status.code(), Some(1), "{}", show(&o));
    let text = String::from_utf8_lossy(&o.stdout);
    assert!(
        text.contains("FAIL  smtp") && text.contains("ok    mailbox main"),
        "{text}"
    );
}
