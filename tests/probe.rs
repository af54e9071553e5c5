//! URL checks (`takedown probe`, issue 18) against a small web server this
//! test starts on 127.0.0.1, standing in for a platform: a live post, a 404,
//! a "not available" page, a redirect, a redirect loop, a slow page, a 503,
//! a 50 MB page, a 50 MB image and a closed port. No other address is
//! contacted.

mod common;

use std::collections::HashMap;
use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use common::*;

const BIG: u64 = 50 * 1024 * 1024;
const MAX_BYTES: u64 = 65_536;
const INTERVAL_MS: u64 = 200;
const UA: &str = "KCSC-takedown-test (probe@kcsc.example)";

#[derive(Debug, Clone)]
struct Hit {
    path: String,
    user_agent: String,
    at: Instant,
}

#[derive(Default)]
struct Log {
    hits: Vec<Hit>,
    /// Bytes of body written per path before the client went away.
    written: HashMap<String, u64>,
    /// TLS handshakes attempted (answered in plain HTTP).
    tls_attempts: usize,
}

struct Site {
    port: u16,
    log: Arc<Mutex<Log>>,
}

impl Site {
    fn start() -> Site {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1");
        let port = listener.local_addr().expect("addr").port();
        let log = Arc::new(Mutex::new(Log::default()));
        let l = log.clone();
        std::thread::spawn(move || {
            for conn in listener.incoming() {
                let Ok(conn) = conn else { continue };
                let l = l.clone();
                std::thread::spawn(move || serve(conn, l));
            }
        });
        Site { port, log }
    }

    fn url(&self, path: &str) -> String {
        format!("http://127.0.0.1:{}{path}", self.port)
    }

    fn hits(&self) -> Vec<Hit> {
        self.log.lock().expect("log").hits.clone()
    }

    fn written(&self, path: &str) -> u64 {
        self.log
            .lock()
            .expect("log")
            .written
            .get(path)
            .copied()
            .unwrap_or(0)
    }
}

fn serve(mut conn: TcpStream, log: Arc<Mutex<Log>>) {
    let mut head = Vec::new();
    let mut buf = [0u8; 1024];
    // A TLS ClientHello (https:// to this plain-HTTP server): answer in
    // plain text, which the client's TLS layer rejects.
    if conn.peek(&mut buf[..1]).is_ok_and(|n| n == 1) && buf[0] == 0x16 {
        log.lock().expect("log").tls_attempts += 1;
        let _ = conn.write_all(b"HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n");
        return;
    }
    while !head.windows(4).any(|w| w == b"\r\n\r\n") && head.len() < 16 * 1024 {
        match conn.read(&mut buf) {
            Ok(0) | Err(_) => return,
            Ok(n) => head.extend_from_slice(&buf[..n]),
        }
    }
    let head = String::from_utf8_lossy(&head).to_string();
    let path = head
        .lines()
        .next()
        .and_then(|l| l.split_whitespace().nth(1))
        .unwrap_or("/")
        .to_string();
    let user_agent = head
        .lines()
        .find_map(|l| {
            let (k, v) = l.split_once(':')?;
            k.eq_ignore_ascii_case("user-agent")
                .then(|| v.trim().to_string())
        })
        .unwrap_or_default();
    log.lock().expect("log").hits.push(Hit {
        path: path.clone(),
        user_agent,
        at: Instant::now(),
    });
    let page = |status: &str, ctype: &str, body: &str| {
        format!(
            "HTTP/1.1 {status}\r\nContent-Type: {ctype}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
            body.len()
        )
    };
    let redirect = |to: &str| {
        format!(
            "HTTP/1.1 302 Found\r\nLocation: {to}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
        )
    };
    let html = "text/html; charset=utf-8";
    let answer = match path.as_str() {
        "/post/live" => page(
            "200 OK",
            html,
            "<html><body><div class=\"post\">a live post</div></body></html>",
        ),
        "/post/gone" => page("404 Not Found", html, "<html>no such page</html>"),
        "/post/na" => page(
            "200 OK",
            html,
            "<html><body><h1>This post is NOT AVAILABLE</h1></body></html>",
        ),
        "/post/moved" => redirect("/post/live"),
        "/post/loop" => redirect("/post/loop"),
        "/post/error" => page("503 Service Unavailable", html, "busy"),
        "/post/slow" => {
            std::thread::sleep(Duration::from_secs(3));
            page("200 OK", html, "<div class=\"post\">late</div>")
        }
        "/post/big" | "/media/big.jpg" => {
            let ctype = if path.ends_with(".jpg") {
                "image/jpeg"
            } else {
                html
            };
            let _ = conn.set_write_timeout(Some(Duration::from_secs(5)));
            let head = format!(
                "HTTP/1.1 200 OK\r\nContent-Type: {ctype}\r\nContent-Length: {BIG}\r\nConnection: close\r\n\r\n"
            );
            if conn.write_all(head.as_bytes()).is_err() {
                return;
            }
            let chunk = b"<p>aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa</p>\n".repeat(1724); // ~64 KB
            let mut sent = 0u64;
            while sent < BIG {
                let n = chunk.len().min((BIG - sent) as usize);
                match conn.write(&chunk[..n]) {
                    Ok(0) | Err(_) => break,
                    Ok(w) => sent += w as u64,
                }
            }
            log.lock().expect("log").written.insert(path, sent);
            return;
        }
        _ => page("404 Not Found", html, "unknown test path"),
    };
    let _ = conn.write_all(answer.as_bytes());
}

const PATHS: [&str; 9] = [
    "/post/live",
    "/post/gone",
    "/post/na",
    "/post/moved",
    "/post/loop",
    "/post/slow",
    "/post/error",
    "/post/big",
    "/media/big.jpg",
];

fn config(confirm: u32) -> String {
    format!(
        r#"
timezone = "Asia/Seoul"
[database]
path = "t.db"
[trust]
authserv_id = "mx.kcsc.example"
require = "dmarc"
[probe]
enabled = true
confirm = {confirm}
spacing = "3m"
timeout = "1s"
max_bytes = {MAX_BYTES}
per_host_interval = "{INTERVAL_MS}ms"
user_agent = "{UA}"
[smtp]
kind = "file"
path = "outbox"
from = "KCSC Takedown <takedown@kcsc.example>"
[reminders]
staff_digest_to = ["staff@kcsc.example"]
[[platforms]]
id = "telegram"
name = "Telegram"
senders = ["telegram.org"]
reminder_to = ["dsa@telegram.org"]
[platforms.probe]
gone_status = [404, 410]
gone_text = ["This post is not available"]
"#
    )
}

/// A closed port on 127.0.0.1 (bound, then released).
fn closed_port() -> u16 {
    let l = TcpListener::bind("127.0.0.1:0").expect("bind");
    l.local_addr().expect("addr").port()
}

fn setup(site: &Site, others: &[&str]) -> Env {
    let env = Env::with_config(&config(3));
    let mut csv = String::from("ref,platform,sent_at,due_at,url\n");
    for p in PATHS {
        csv.push_str(&format!(
            "KCSC-240901-01,telegram,2024-09-01,2024-09-08,{}\n",
            site.url(p)
        ));
    }
    for url in others {
        csv.push_str(&format!(
            "KCSC-240901-01,telegram,2024-09-01,2024-09-08,{url}\n"
        ));
    }
    let f = env.write("r.csv", &csv);
    env.ok(&["request", "import", f.to_str().expect("utf-8")]);
    env
}

/// The built binary with `args`, as a plain process (its id is needed). It
/// ignores proxy variables (only `[probe] proxy` counts); they are removed
/// too, so that no test request could leave the machine.
fn takedown(env: &Env, args: &[&str]) -> std::process::Command {
    let mut c = std::process::Command::new(assert_cmd::cargo::cargo_bin("takedown"));
    c.arg("--config")
        .arg(env.path("config.toml"))
        .args(args)
        .env_remove("TAKEDOWN_CONFIG")
        .env_remove("TAKEDOWN_NOW")
        .env("TAKEDOWN_LOG", "warn");
    for v in [
        "http_proxy",
        "HTTP_PROXY",
        "https_proxy",
        "HTTPS_PROXY",
        "all_proxy",
        "ALL_PROXY",
    ] {
        c.env_remove(v);
    }
    c
}

/// Runs `takedown probe --json` at `now`; returns its output and the
/// process's peak resident memory in KiB.
// The child is reaped by libc::wait4 (for its rusage), which clippy cannot see.
#[allow(clippy::zombie_processes)]
fn probe_round(env: &Env, now: &str) -> (serde_json::Value, i64) {
    let mut child = takedown(env, &["probe", "--json", "--now", now])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("spawn takedown");
    let mut out = String::new();
    child
        .stdout
        .take()
        .expect("stdout")
        .read_to_string(&mut out)
        .expect("read stdout");
    let mut err = String::new();
    child
        .stderr
        .take()
        .expect("stderr")
        .read_to_string(&mut err)
        .expect("read stderr");
    let mut status = 0;
    // SAFETY: rusage is plain old data; wait4 fills it for our own child.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let pid = child.id() as libc::pid_t;
    let r = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    assert_eq!(r, pid, "wait4");
    assert!(
        libc::WIFEXITED(status) && libc::WEXITSTATUS(status) == 0,
        "takedown probe failed:\n{out}\n{err}"
    );
    let v: serde_json::Value =
        serde_json::from_str(&out).unwrap_or_else(|e| panic!("not JSON ({e}):\n{out}\n{err}"));
    (v, usage.ru_maxrss)
}

fn look<'a>(round: &'a serde_json::Value, url: &str) -> &'a serde_json::Value {
    round["looks"]
        .as_array()
        .expect("looks")
        .iter()
        .find(|l| l["url"] == url)
        .unwrap_or_else(|| panic!("no look at {url}: {round:#}"))
}

#[test]
fn verdicts_review_spacing_rate_limits_and_user_agent() {
    let site = Site::start();
    let refused = format!("http://127.0.0.1:{}/post/refused", closed_port());
    // https:// to the plain-HTTP server: a TLS error.
    let tls = format!("https://127.0.0.1:{}/post/live", site.port);
    let env = setup(&site, &[&refused, &tls]);
    // The platform said the live post is gone (a staff-recorded statement
    // here); it is not.
    env.ok(&[
        "mark",
        "KCSC-240901-01",
        &site.url("/post/live"),
        "removed",
        "--note",
        "Telegram's letter of 2024-09-05",
        "--now",
        "2024-09-05T10:00:00+09:00",
    ]);

    let t0 = "2024-09-10T09:00:00+09:00";
    let started = Instant::now();
    let (r1, peak_kib) = probe_round(&env, t0);
    let first_round_hits = site.hits();
    eprintln!(
        "first round: {} requests in {:.1}s, peak RSS {} KiB, 50 MB page: {} bytes written before the client left, 50 MB image: {}",
        first_round_hits.len(),
        started.elapsed().as_secs_f64(),
        peak_kib,
        site.written("/post/big"),
        site.written("/media/big.jpg")
    );
    assert_eq!(r1["looks"].as_array().expect("looks").len(), 11, "{r1:#}");

    let v = |p: &str| look(&r1, &site.url(p));
    assert_eq!(v("/post/live")["verdict"], "online");
    assert_eq!(v("/post/live")["http_status"], 200);
    assert_eq!(v("/post/gone")["verdict"], "gone");
    assert_eq!(v("/post/gone")["reason"], "HTTP 404");
    assert_eq!(v("/post/na")["verdict"], "gone");
    assert!(
        v("/post/na")["reason"]
            .as_str()
            .is_some_and(|r| r.contains("gone_text")),
        "{}",
        v("/post/na")
    );
    // The redirect is followed and recorded.
    assert_eq!(v("/post/moved")["verdict"], "online");
    assert_eq!(v("/post/moved")["final_url"], site.url("/post/live"));
    assert_eq!(
        v("/post/moved")["redirects"],
        serde_json::json!([site.url("/post/live")])
    );
    // A loop gives up after a few hops: unknown, never gone.
    assert_eq!(v("/post/loop")["verdict"], "unknown");
    assert!(
        v("/post/loop")["reason"]
            .as_str()
            .is_some_and(|r| r.contains("redirects")),
        "{}",
        v("/post/loop")
    );
    assert_eq!(
        v("/post/loop")["redirects"].as_array().map(|a| a.len()),
        Some(5)
    );
    assert_eq!(v("/post/slow")["verdict"], "unknown");
    assert_eq!(v("/post/slow")["reason"], "timed out after 1s");
    assert_eq!(v("/post/slow")["http_status"], serde_json::Value::Null);
    assert_eq!(v("/post/error")["verdict"], "unknown");
    assert_eq!(v("/post/error")["http_status"], 503);
    let refused_look = look(&r1, &refused);
    assert_eq!(refused_look["verdict"], "unknown");
    assert!(
        refused_look["reason"]
            .as_str()
            .is_some_and(|r| r.contains("cannot connect")),
        "{refused_look}"
    );
    let tls_look = look(&r1, &tls);
    assert_eq!(tls_look["verdict"], "unknown");
    assert_eq!(tls_look["http_status"], serde_json::Value::Null);
    eprintln!("TLS error reason: {}", tls_look["reason"]);
    assert_eq!(site.log.lock().expect("log").tls_attempts, 1);
    // The 50 MB page: read no further than max_bytes.
    assert_eq!(v("/post/big")["verdict"], "online");
    assert!(
        v("/post/big")["reason"]
            .as_str()
            .is_some_and(|r| r.contains(&format!("first {MAX_BYTES} bytes"))),
        "{}",
        v("/post/big")
    );
    // The image is never downloaded.
    assert_eq!(v("/media/big.jpg")["verdict"], "online");
    assert!(
        v("/media/big.jpg")["reason"]
            .as_str()
            .is_some_and(|r| r.contains("image/jpeg") && r.contains("not downloaded")),
        "{}",
        v("/media/big.jpg")
    );
    // What left the server before takedown hung up is what the kernel's
    // socket buffers took, far from 50 MB (the process's memory is checked
    // below, against a round that fetches nothing).
    for p in ["/post/big", "/media/big.jpg"] {
        let w = site.written(p);
        assert!(w < BIG / 4, "{p}: {w} bytes written of {BIG}");
    }

    // Every request named us, and requests to the host were spaced.
    assert!(
        first_round_hits.iter().all(|h| h.user_agent == UA),
        "{first_round_hits:?}"
    );
    let mut at: Vec<Instant> = first_round_hits.iter().map(|h| h.at).collect();
    at.sort();
    let gaps: Vec<u128> = at.windows(2).map(|w| (w[1] - w[0]).as_millis()).collect();
    eprintln!("gaps between requests to 127.0.0.1 (ms): {gaps:?}");
    // takedown spaces the requests' starts; their arrivals here also carry
    // each connection's setup time, which varies by some milliseconds (the
    // first one most). So: no two arrivals close together, and the round
    // as a whole as long as the spacing makes it.
    let interval = INTERVAL_MS as u128;
    assert!(
        gaps.iter().all(|g| *g >= interval / 2),
        "per_host_interval {INTERVAL_MS} ms not kept: {gaps:?}"
    );
    let span: u128 = gaps.iter().sum();
    assert!(
        span + 100 >= interval * gaps.len() as u128,
        "{} requests in {span} ms at {INTERVAL_MS} ms apart: {gaps:?}",
        gaps.len() + 1
    );
    assert_eq!(
        first_round_hits.len(),
        // the loop: the first request and 5 redirects; the moved page: 2.
        PATHS.len() + 5 + 1,
        "{first_round_hits:?}"
    );

    // Spacing: nothing is looked at again within 3 minutes.
    let (again, idle_kib) = probe_round(&env, "2024-09-10T09:02:59+09:00");
    eprintln!("peak RSS of a round that looks at nothing: {idle_kib} KiB");
    // The round that was offered two 50 MB bodies held little more than
    // one that fetched nothing at all.
    assert!(
        peak_kib < idle_kib + 16 * 1024,
        "peak RSS {peak_kib} KiB with 50 MB pages on offer, {idle_kib} KiB for an empty round"
    );
    assert_eq!(again["looks"], serde_json::json!([]), "{again:#}");
    assert_eq!(again["not_due"], 11);
    assert_eq!(site.hits().len(), first_round_hits.len());

    // Two more looks: the third online look at the "removed" post opens one
    // still_online entry; the third 404 of the pending post makes it appear
    // removed, not confirmed. No status changes.
    let (r2, _) = probe_round(&env, "2024-09-10T09:03:00+09:00");
    assert_eq!(r2["looks"].as_array().expect("looks").len(), 11);
    assert_eq!(
        look(&r2, &site.url("/post/live"))["review_id"],
        serde_json::Value::Null
    );
    let (r3, _) = probe_round(&env, "2024-09-10T09:06:00+09:00");
    let live = look(&r3, &site.url("/post/live"));
    assert_eq!(live["streak"], 3);
    let review_id = live["review_id"].as_i64().expect("a review entry");
    let opened: Vec<&serde_json::Value> = r3["looks"]
        .as_array()
        .expect("looks")
        .iter()
        .filter(|l| !l["review_id"].is_null())
        .collect();
    assert_eq!(
        opened.len(),
        1,
        "only the item the platform called gone: {r3:#}"
    );

    let review = env.json(&["review", "--json"]);
    let entries = review.as_array().expect("array");
    assert_eq!(entries.len(), 1, "{review:#}");
    let e = &entries[0];
    assert_eq!(e["id"], review_id);
    assert_eq!(e["reason"], "still_online");
    assert_eq!(e["message_id"], serde_json::Value::Null);
    assert_eq!(e["ref"], "KCSC-240901-01");
    assert_eq!(e["url"], site.url("/post/live"));
    let detail = e["detail"].as_str().expect("detail");
    assert!(detail.contains(&site.url("/post/live")), "{detail}");
    for p in PATHS.iter().filter(|p| **p != "/post/live") {
        assert!(!detail.contains(&site.url(p)), "{detail}");
    }
    assert!(!detail.contains(&refused), "{detail}");
    assert!(!detail.contains(&tls), "{detail}");
    assert_eq!(detail.lines().count(), 4, "the three looks: {detail}");

    let listed = env.ok(&["review"]);
    assert!(
        listed.lines().any(|l| {
            l.split_whitespace().next() == Some(review_id.to_string().as_str())
                && l.contains("still_online")
                && l.contains(&format!("KCSC-240901-01 {}", site.url("/post/live")))
        }),
        "{listed}"
    );

    // A fourth look in the same streak opens nothing more.
    let (r4, _) = probe_round(&env, "2024-09-10T09:09:00+09:00");
    assert_eq!(
        look(&r4, &site.url("/post/live"))["review_id"],
        serde_json::Value::Null
    );
    assert_eq!(
        env.json(&["review", "--json"]).as_array().map(|a| a.len()),
        Some(1)
    );

    let show = env.json(&["show", "KCSC-240901-01", "--json"]);
    let item = |p: &str| {
        show["items"]
            .as_array()
            .expect("items")
            .iter()
            .find(|i| i["url"] == site.url(p))
            .cloned()
            .unwrap_or_else(|| panic!("{p}: {show:#}"))
    };
    assert_eq!(
        item("/post/live")["status"],
        "removed",
        "statuses never change"
    );
    assert_eq!(
        item("/post/gone")["status"],
        "pending",
        "statuses never change"
    );
    assert_eq!(
        item("/post/gone")["probe"],
        serde_json::json!({
            "verdict": "gone",
            "checked_at": "2024-09-10T09:09:00+09:00",
            "http_status": 404,
            "streak": 4
        })
    );
    assert_eq!(
        item("/post/slow")["probe"]["http_status"],
        serde_json::Value::Null
    );
    let text = env.ok(&["show", "KCSC-240901-01"]);
    let gone_line = text
        .lines()
        .find(|l| l.contains(&site.url("/post/gone")))
        .expect("line");
    assert!(
        gone_line.contains("pending (appears removed, not confirmed)"),
        "{text}"
    );
    let na_line = text
        .lines()
        .find(|l| l.contains(&site.url("/post/na")))
        .expect("line");
    assert!(na_line.contains("appears removed"), "{text}");
    let live_line = text
        .lines()
        .find(|l| l.starts_with(&site.url("/post/live")))
        .expect("line");
    assert!(!live_line.contains("appears removed"), "{text}");

    // The reminder marks the two pending URLs seen gone and asks the
    // platform to confirm; the staff digest lists them.
    env.ok(&["remind", "--now", "2024-09-10T09:10:00+09:00"]);
    let read = |name: &str| {
        let raw = std::fs::read(env.path("outbox").join(name)).expect(name);
        let m = mail_parser::MessageParser::default()
            .parse(&raw)
            .expect("parses");
        m.body_text(0).expect("text").replace("\r\n", "\n")
    };
    let reminder = read("reminder-KCSC-240901-01-1.eml");
    let marked: Vec<&str> = reminder.lines().filter(|l| l.ends_with(" (*)")).collect();
    assert_eq!(
        marked,
        vec![
            format!("1. {} (*)", site.url("/post/gone")),
            format!("2. {} (*)", site.url("/post/na")),
            format!("1. {} (*)", site.url("/post/gone")),
            format!("2. {} (*)", site.url("/post/na")),
        ],
        "{reminder}"
    );
    assert!(
        reminder.contains("Please confirm what action you took"),
        "{reminder}"
    );
    let digest_name = std::fs::read_dir(env.path("outbox"))
        .expect("outbox")
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .find(|n| n.starts_with("digest"))
        .expect("a digest");
    let digest = read(&digest_name);
    assert!(
        digest.contains("Appears removed, not confirmed / 삭제 추정 (플랫폼 미확인): 2"),
        "{digest}"
    );
    assert!(digest.contains(&site.url("/post/gone")), "{digest}");
    assert!(digest.contains("still_online: 1"), "{digest}");

    // Closed by its review id like any other entry.
    let out = env.ok(&[
        "review",
        "resolve",
        &review_id.to_string(),
        "--note",
        "asked Telegram again",
    ]);
    assert!(
        out.contains(&format!("review entry id {review_id}")),
        "{out}"
    );
    assert_eq!(env.json(&["review", "--json"]), serde_json::json!([]));
}

#[test]
fn off_unless_enabled_and_nothing_without_items_due() {
    let site = Site::start();
    let env = Env::with_config(&config(3).replace("enabled = true", "enabled = false"));
    let out = env.cmd().args(["probe"]).output().expect("run");
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("enabled = true"), "{err}");
    // A request reference that does not exist is named.
    let env = Env::with_config(&config(3));
    let out = env
        .cmd()
        .args(["probe", "--ref", "KCSC-000000-00"])
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("KCSC-000000-00"));
    assert!(site.hits().is_empty());
}

#[test]
fn the_daemon_looks_again_on_the_recheck_schedule() {
    let site = Site::start();
    let maildir = tempfile::tempdir().expect("maildir");
    for sub in ["cur", "new", "tmp"] {
        std::fs::create_dir_all(maildir.path().join(sub)).expect("mkdir");
    }
    let text = config(3)
        .replace(
            "[probe]\n",
            "[probe]\nrecheck_claimed = \"30m\"\nrecheck_pending = \"12h\"\n",
        )
        .replace(
            "[[platforms]]",
            &format!(
                "[mailbox]\nkind = \"maildir\"\npath = \"{}\"\n[[platforms]]",
                maildir.path().display()
            ),
        );
    let env = Env::with_config(&text);
    let csv = format!(
        "ref,platform,sent_at,due_at,url\nKCSC-240901-01,telegram,2024-09-01,2024-09-08,{}\nKCSC-240901-01,telegram,2024-09-01,2024-09-08,{}\n",
        site.url("/post/live"),
        site.url("/post/gone")
    );
    let f = env.write("r.csv", &csv);
    env.ok(&["request", "import", f.to_str().expect("utf-8")]);
    env.ok(&[
        "mark",
        "KCSC-240901-01",
        &site.url("/post/live"),
        "removed",
        "--note",
        "letter",
        "--now",
        "2024-09-05T10:00:00+09:00",
    ]);
    let never = env.json(&["show", "KCSC-240901-01", "--json"]);
    assert_eq!(
        never["items"][0]["probe"],
        serde_json::Value::Null,
        "{never:#}"
    );
    env.ok(&["probe", "--now", "2024-09-10T09:00:00+09:00"]);
    assert_eq!(site.hits().len(), 2);

    // An hour later: the removed item (every 30 min) is due, the pending
    // one (every 12 h) is not.
    let mut child = takedown(&env, &["run", "--now", "2024-09-10T10:00:00+09:00"])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("start takedown run");
    let until = Instant::now() + Duration::from_secs(30);
    while site.hits().len() < 3 && Instant::now() < until {
        std::thread::sleep(Duration::from_millis(100));
    }
    // Time for a wrong second look to show up.
    std::thread::sleep(Duration::from_secs(2));
    // SAFETY: a plain signal to the child this test started.
    unsafe {
        libc::kill(child.id() as libc::pid_t, libc::SIGTERM);
    }
    let _ = child.wait();
    let hits = site.hits();
    let paths: Vec<&str> = hits.iter().map(|h| h.path.as_str()).collect();
    assert_eq!(
        paths,
        vec!["/post/live", "/post/gone", "/post/live"],
        "{hits:?}"
    );
    let show = env.json(&["show", "KCSC-240901-01", "--json"]);
    assert_eq!(show["items"][0]["probe"]["streak"], 2, "{show:#}");
    assert_eq!(
        show["items"][0]["probe"]["checked_at"],
        "2024-09-10T10:00:00+09:00"
    );
    assert_eq!(show["items"][1]["probe"]["streak"], 1, "{show:#}");
}
