//! The staff pages and the report (issue 16), through the built binary:
//! `takedown serve` on a free loopback port against a ledger built from the
//! samples, pages read by headless Chromium (`--dump-dom`, `--screenshot`)
//! and by a plain HTTP client for status codes and headers. Screenshots are
//! written to target/web-screenshots/ for people to look at.
//!
//! With CI=true a missing `chromium` is a failure; elsewhere the browser
//! tests say they were skipped.

mod common;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use common::*;

/// The clock of every command here: after both sample requests' deadlines.
const NOW: &str = "2024-09-20T09:00:00+09:00";

/// An untrusted email (no Authentication-Results) whose Subject, sender
/// name and HTML body try to run script in a staff member's browser.
const HOSTILE: &str = "From: \"<img src=x onerror=document.title='pwned'>\" <abuse@telegram.org>\r
To: takedown@kcsc.example\r
Subject: <script>document.title='pwned'</script> KCSC-240901-01 removed\r
Date: Tue, 10 Sep 2024 10:00:00 +0900\r
Message-ID: <hostile-1@telegram.org>\r
MIME-Version: 1.0\r
Content-Type: multipart/alternative; boundary=\"b\"\r
\r
--b\r
Content-Type: text/plain; charset=utf-8\r
\r
KCSC-240901-01: removed https://t.me/dfk_sample_d/4004 <script>document.body.innerHTML='pwned'</script>\r
--b\r
Content-Type: text/html; charset=utf-8\r
\r
<html><body><script>document.title='pwned'</script><p onclick=\"x()\">removed https://t.me/dfk_sample_d/4004</p><iframe src=\"https://evil.example/\"></iframe></body></html>\r
--b--\r
";

fn chromium() -> Option<PathBuf> {
    let found = ["chromium", "chromium-browser"].iter().find_map(|name| {
        std::env::var_os("PATH").and_then(|paths| {
            std::env::split_paths(&paths)
                .map(|d| d.join(name))
                .find(|p| p.is_file())
        })
    });
    if found.is_none() {
        assert!(
            std::env::var("CI").as_deref() != Ok("true"),
            "CI=true and no chromium on PATH: scripts/test.sh installs Debian's chromium"
        );
        eprintln!("SKIPPED: no chromium on PATH (apt-get install chromium chromium-driver)");
    }
    found
}

/// The ledger of the samples, with the hostile email, an observation, an
/// item review entry (still_online) and a mailbox pass added.
fn sample_ledger() -> Env {
    let env = Env::shipped(&repo().join("samples/inbox"));
    let csv = repo().join("samples/requests.csv");
    env.ok(&["--now", NOW, "request", "import", csv.to_str().unwrap()]);
    env.ok(&["--now", NOW, "run", "--once"]);
    let hostile = env.write("hostile.eml", HOSTILE);
    env.ok(&["--now", NOW, "ingest", hostile.to_str().unwrap()]);
    let db = rusqlite::Connection::open(env.path("takedown.db")).expect("open ledger");
    db.execute_batch(
        "INSERT INTO observations (item, checked_at, url, http_status, verdict, reason, streak)
           SELECT id, '2024-09-19T01:00:00Z', url, 200, 'online', 'HTTP 200, page still shows the post', 2
           FROM items WHERE url = 'https://t.me/dfk_sample_a/1001';
         INSERT INTO review (item, reason, detail, created_at)
           SELECT id, 'still_online', 'removed per the platform, still online at the last 2 checks', '2024-09-19T01:00:00Z'
           FROM items WHERE url = 'https://t.me/dfk_sample_a/1001';
         INSERT OR REPLACE INTO mailbox_passes (mailbox, kind, last_full_pass_at, last_attempt_at, consecutive_failures, last_error_class, last_error)
           VALUES ('default', 'maildir', '2024-09-18T00:00:00Z', '2024-09-20T00:00:00Z', 3, 'folder', 'cannot read cur/: permission denied');",
    )
    .expect("add observation, review entry and mailbox pass");
    env
}

/// `takedown serve` on a free loopback port, stopped (by its PID) on drop.
struct Server {
    child: Child,
    addr: SocketAddr,
}

impl Server {
    fn start(env: &Env, extra_env: &[(&str, &str)]) -> Server {
        let bin = assert_cmd::cargo::cargo_bin("takedown");
        let mut cmd = Command::new(bin);
        cmd.arg("--config")
            .arg(env.path("config.toml"))
            .args(["--now", NOW, "serve", "--listen", "127.0.0.1:0"])
            .env_remove("TAKEDOWN_CONFIG")
            .env_remove("TAKEDOWN_NOW")
            .env("TAKEDOWN_LOG", "warn")
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit());
        for (k, v) in extra_env {
            cmd.env(k, v);
        }
        let mut child = cmd.spawn().expect("start takedown serve");
        let mut line = String::new();
        BufReader::new(child.stdout.take().expect("stdout"))
            .read_line(&mut line)
            .expect("read the listening line");
        let addr = line
            .trim()
            .strip_prefix("listening on http://")
            .and_then(|a| a.trim_end_matches('/').parse().ok())
            .unwrap_or_else(|| panic!("serve printed {line:?}"));
        Server { child, addr }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

struct Answer {
    status: u16,
    head: String,
    body: Vec<u8>,
}

impl Answer {
    fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).to_string()
    }
    fn header(&self, name: &str) -> Option<String> {
        self.head.lines().find_map(|l| {
            let (k, v) = l.split_once(':')?;
            k.eq_ignore_ascii_case(name).then(|| v.trim().to_string())
        })
    }
}

/// One GET over a fresh connection (the answer has a Content-Length).
fn get(addr: SocketAddr, path: &str, auth: Option<&str>) -> Answer {
    let mut s = TcpStream::connect(addr).expect("connect");
    s.set_read_timeout(Some(Duration::from_secs(30))).unwrap();
    let auth = auth
        .map(|a| format!("Authorization: {a}\r\n"))
        .unwrap_or_default();
    write!(
        s,
        "GET {path} HTTP/1.1\r\nHost: {addr}\r\n{auth}Connection: close\r\n\r\n"
    )
    .unwrap();
    let mut raw = Vec::new();
    s.read_to_end(&mut raw).expect("read answer");
    let split = raw
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .expect("header end");
    let head = String::from_utf8_lossy(&raw[..split]).to_string();
    let status = head
        .split_whitespace()
        .nth(1)
        .and_then(|c| c.parse().ok())
        .expect("status");
    Answer {
        status,
        head,
        body: raw[split + 4..].to_vec(),
    }
}

fn screenshots() -> PathBuf {
    let d = repo().join("target/web-screenshots");
    std::fs::create_dir_all(&d).expect("screenshot dir");
    d
}

/// Chromium's DOM of `url` after load (scripts, if any ran, have run), and
/// a screenshot of it as target/web-screenshots/`name`.png.
fn browse(browser: &Path, profile: &Path, url: &str, name: &str) -> String {
    let common = [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--hide-scrollbars",
    ];
    let profile_arg = format!("--user-data-dir={}", profile.display());
    let dom = Command::new(browser)
        .args(common)
        .arg(&profile_arg)
        .arg("--dump-dom")
        .arg(url)
        .stderr(Stdio::null())
        .output()
        .expect("run chromium --dump-dom");
    assert!(dom.status.success(), "chromium --dump-dom {url} failed");
    let shot = screenshots().join(format!("{name}.png"));
    let _ = std::fs::remove_file(&shot);
    let out = Command::new(browser)
        .args(common)
        .arg(&profile_arg)
        .arg("--window-size=1400,1800")
        .arg(format!("--screenshot={}", shot.display()))
        .arg(url)
        .stderr(Stdio::null())
        .output()
        .expect("run chromium --screenshot");
    assert!(
        out.status.success() && shot.is_file(),
        "no screenshot of {url}"
    );
    String::from_utf8_lossy(&dom.stdout).to_string()
}

/// The text of the first `<title>` of a DOM dump.
fn title(dom: &str) -> &str {
    dom.split("<title>")
        .nth(1)
        .and_then(|t| t.split("</title>").next())
        .unwrap_or("")
}

/// Every href in a DOM dump.
fn hrefs(dom: &str) -> Vec<String> {
    dom.split("href=\"")
        .skip(1)
        .filter_map(|s| s.split('"').next())
        .map(|h| h.replace("&amp;", "&"))
        .collect()
}

/// The browser must never have run the hostile email's script.
fn assert_inert(dom: &str, page: &str) {
    assert!(
        !title(dom).contains("pwned"),
        "{page}: title changed: {}",
        title(dom)
    );
    assert!(
        !dom.contains("<script"),
        "{page}: a script element reached the DOM"
    );
    assert!(
        !dom.contains("<iframe"),
        "{page}: an iframe reached the DOM"
    );
    assert!(
        !dom.contains("<img src=\"x\""),
        "{page}: the sender's img reached the DOM"
    );
}

#[test]
fn pages_in_a_real_browser() {
    let Some(browser) = chromium() else { return };
    let env = sample_ledger();
    let server = Server::start(&env, &[]);
    let base = format!("http://{}", server.addr);
    let profile = env.path("chromium-profile");

    // Overview: overdue requests first, review size by reason, this month's
    // compliance, the stale mailbox, the chain head.
    let dom = browse(&browser, &profile, &format!("{base}/"), "overview");
    assert_eq!(title(&dom), "개요 Overview · takedown");
    for want in [
        "KCSC-240901-01",
        "KCSC-240905-01",
        "untrusted",
        "still_online",
        "Compliance this month (2024-09)",
        "Telegram",
        "cannot read cur/: permission denied",
        "Audit chain head",
    ] {
        assert!(dom.contains(want), "overview lacks {want}");
    }
    let overdue_section = dom
        .split("id=\"overdue\"")
        .nth(1)
        .unwrap()
        .split("</section>")
        .next()
        .unwrap();
    assert!(
        overdue_section.find("KCSC-240901-01") < overdue_section.find("KCSC-240905-01"),
        "the request with the earliest deadline comes first"
    );
    let links = hrefs(&dom);
    assert!(
        links.contains(&"/requests/KCSC-240901-01".to_string()),
        "{links:?}"
    );
    assert!(dom.contains("<svg"), "compliance chart");

    // The overview's link leads to the request page.
    let dom = browse(
        &browser,
        &profile,
        &format!("{base}/requests/KCSC-240901-01"),
        "request",
    );
    assert!(dom.contains("<h1>KCSC-240901-01"), "request page heading");
    assert_eq!(
        dom.matches("<td class=\"url\">").count(),
        25,
        "every item of the request"
    );
    // Stated by the platform (its email's Date) and recorded.
    assert!(
        dom.contains("2024-09-02 20:12"),
        "stated_at of the 09-02 confirmation"
    );
    // The observation shows beside its item.
    assert!(
        dom.contains("page still shows the post"),
        "latest observation"
    );
    let evidence: Vec<String> = hrefs(&dom)
        .into_iter()
        .filter(|h| h.starts_with("/evidence/"))
        .collect();
    assert!(!evidence.is_empty(), "evidence links");
    assert!(dom.contains("History"), "item history");

    // An evidence link leads to that email, whose raw download is the
    // byte-identical original.
    let dom = browse(
        &browser,
        &profile,
        &format!("{base}{}", evidence[0]),
        "evidence",
    );
    assert!(dom.contains("tg-0902-1@telegram.org"), "the evidence email");
    assert!(dom.contains("dmarc=pass"), "trust verdict and why");
    assert!(dom.contains("https://t.me/dfk_sample_a/1001"), "its claims");
    let raw_link = hrefs(&dom)
        .into_iter()
        .find(|h| h.ends_with("/raw"))
        .expect("raw link");
    let raw = get(server.addr, &raw_link, None);
    assert_eq!(raw.status, 200);
    assert_eq!(
        raw.header("content-type").as_deref(),
        Some("message/rfc822")
    );
    // The link names the email by the SHA-256 of its bytes as received.
    use sha2::Digest;
    let sha = hex::encode(sha2::Sha256::digest(&raw.body));
    assert_eq!(raw_link, format!("/evidence/{sha}/raw"));
    let original = std::fs::read_dir(repo().join("samples/inbox/cur"))
        .unwrap()
        .map(|e| std::fs::read(e.unwrap().path()).unwrap())
        .find(|b| hex::encode(sha2::Sha256::digest(b)) == sha);
    assert!(
        original.is_some_and(|o| o == raw.body),
        "the download is byte-identical to a sample file"
    );
    assert!(String::from_utf8_lossy(&raw.body).contains("Message-ID: <tg-0902-1@telegram.org>"));

    // Requests: filters and search by part of a URL.
    let dom = browse(
        &browser,
        &profile,
        &format!("{base}/requests?q=dfk_sample_d%2F4003"),
        "requests-search",
    );
    assert!(
        dom.contains("KCSC-240901-01") && !dom.contains(">KCSC-240905-01<"),
        "URL search finds only its request"
    );
    let dom = browse(
        &browser,
        &profile,
        &format!("{base}/requests?platform=x&state=overdue"),
        "requests",
    );
    assert!(
        dom.contains(">KCSC-240905-01<") && !dom.contains(">KCSC-240901-01<"),
        "platform filter"
    );

    // Review: the hostile email's subject is shown as text, and ran nothing.
    let dom = browse(&browser, &profile, &format!("{base}/review"), "review");
    assert_eq!(
        title(&dom),
        "검토 Review · takedown",
        "the page's own title stands"
    );
    assert_inert(&dom, "review");
    assert!(
        dom.contains("&lt;script&gt;document.title='pwned'&lt;/script&gt;"),
        "subject shown as text"
    );
    assert!(
        dom.contains("hostile-1@telegram.org"),
        "its Message-ID as text"
    );
    assert!(
        dom.contains("still_online") && dom.contains("dfk_sample_a/1001"),
        "the item entry"
    );
    // The evidence link of the hostile email's row: the last before its Message-ID.
    let before = dom.split("hostile-1@telegram.org").next().unwrap();
    let hostile_link = hrefs(before)
        .into_iter()
        .rfind(|h| h.starts_with("/evidence/"))
        .expect("evidence link of the hostile email's entry");
    let dom = browse(
        &browser,
        &profile,
        &format!("{base}{hostile_link}"),
        "evidence-hostile",
    );
    assert_inert(&dom, "evidence of the hostile email");
    assert!(
        dom.contains("hostile-1@telegram.org"),
        "the link led to that email"
    );
    assert!(
        dom.contains("&lt;script&gt;"),
        "the email's script is shown as text"
    );

    // The report page: every configured platform, charts inline.
    let dom = browse(&browser, &profile, &format!("{base}/report"), "report");
    assert!(
        dom.contains("Telegram") && dom.contains(">X <"),
        "every platform"
    );
    assert!(dom.matches("<svg").count() >= 4, "charts");
    assert!(dom.contains("2024-09"));
}

#[test]
fn headers_errors_api_and_authentication() {
    let env = sample_ledger();
    let server = Server::start(&env, &[]);
    let a = server.addr;

    let page = get(a, "/", None);
    assert_eq!(page.status, 200);
    assert_eq!(
        page.header("content-security-policy").as_deref(),
        Some("default-src 'self'")
    );
    assert_eq!(page.header("x-frame-options").as_deref(), Some("DENY"));
    assert!(!page.text().contains("<script"), "no script on any page");
    let css = get(a, "/static/style.css", None);
    assert_eq!(css.status, 200);
    assert!(css.header("content-type").unwrap().starts_with("text/css"));

    // 404 says what was looked for; 400 which parameter; unknown paths too.
    let nf = get(a, "/requests/KCSC-999999-99", None);
    assert_eq!(nf.status, 404);
    assert!(nf.text().contains("KCSC-999999-99"), "{}", nf.text());
    let nf = get(a, "/evidence/no-such@id", None);
    assert_eq!(nf.status, 404);
    assert!(nf.text().contains("no-such@id"));
    let bad = get(a, "/requests?due_from=2024-13-40", None);
    assert_eq!(bad.status, 400);
    assert!(bad.text().contains("due_from") && bad.text().contains("2024-13-40"));
    let bad = get(a, "/requests?platform=myspace", None);
    assert_eq!(bad.status, 400);
    assert!(bad.text().contains("platform") && bad.text().contains("myspace"));
    let bad = get(a, "/api/report?from=yesterday", None);
    assert_eq!(bad.status, 400);
    let v: serde_json::Value = serde_json::from_slice(&bad.body).expect("API errors are JSON");
    assert!(v["error"].as_str().unwrap().contains("from"));
    assert_eq!(get(a, "/nowhere", None).status, 404);

    // /api/ serves exactly what the CLI's --json prints.
    let api: serde_json::Value =
        serde_json::from_slice(&get(a, "/api/requests/KCSC-240901-01", None).body).unwrap();
    let cli = env.json(&[
        "--now",
        NOW,
        "show",
        "KCSC-240901-01",
        "--history",
        "--json",
    ]);
    assert_eq!(api, cli, "show --history --json and /api/requests/REF");
    let api: serde_json::Value =
        serde_json::from_slice(&get(a, "/api/requests", None).body).unwrap();
    assert_eq!(api, env.json(&["--now", NOW, "requests", "--json"]));
    let api: serde_json::Value = serde_json::from_slice(&get(a, "/api/review", None).body).unwrap();
    assert_eq!(api, env.json(&["--now", NOW, "review", "--json"]));
    let api: serde_json::Value =
        serde_json::from_slice(&get(a, "/api/evidence/tg-0902-1@telegram.org", None).body).unwrap();
    assert_eq!(
        api,
        env.json(&["--now", NOW, "evidence", "tg-0902-1@telegram.org", "--json"])
    );
    let api: serde_json::Value = serde_json::from_slice(&get(a, "/api/report", None).body).unwrap();
    assert_eq!(api, env.json(&["--now", NOW, "report", "--format", "json"]));
    drop(server);

    // A missing ledger: 503 with the reason, and no ledger created.
    std::fs::rename(env.path("takedown.db"), env.path("moved.db")).unwrap();
    let server = Server::start(&env, &[]);
    let gone = get(server.addr, "/requests", None);
    assert_eq!(gone.status, 503);
    assert!(gone.text().contains("does not exist"), "{}", gone.text());
    assert!(
        !env.path("takedown.db").exists(),
        "serve must not create a ledger"
    );
    drop(server);
    std::fs::rename(env.path("moved.db"), env.path("takedown.db")).unwrap();

    // Off loopback without authentication: exit 2 before listening.
    let out = env
        .cmd()
        .args(["serve", "--listen", "0.0.0.0:0"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("without authentication"));

    // With users and a token configured, every page asks for them.
    let hash = {
        let mut c = env.cmd();
        c.args(["serve", "--hash-password"])
            .write_stdin("correct horse\n");
        let out = c.output().unwrap();
        assert!(out.status.success());
        String::from_utf8(out.stdout).unwrap().trim().to_string()
    };
    assert!(hash.starts_with("$argon2id$"), "{hash}");
    let cfg = std::fs::read_to_string(env.path("config.toml")).unwrap();
    std::fs::write(
        env.path("config.toml"),
        format!("{cfg}\n[server]\nlisten = \"127.0.0.1:9\"\ntoken_env = \"STAFF_TOKEN\"\n[server.users]\nkim = \"{hash}\"\n"),
    )
    .unwrap();
    let out = env
        .cmd()
        .args(["serve", "--listen", "127.0.0.1:0"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "token_env named but unset");
    let server = Server::start(&env, &[("STAFF_TOKEN", "t0ken")]);
    let no = get(server.addr, "/", None);
    assert_eq!(no.status, 401);
    assert!(no.header("www-authenticate").unwrap().starts_with("Basic"));
    assert_eq!(get(server.addr, "/", Some("Bearer wrong")).status, 401);
    assert_eq!(get(server.addr, "/", Some("Bearer t0ken")).status, 200);
    let basic = |u: &str, p: &str| {
        use base64::Engine;
        format!(
            "Basic {}",
            base64::engine::general_purpose::STANDARD.encode(format!("{u}:{p}"))
        )
    };
    assert_eq!(
        get(server.addr, "/review", Some(&basic("kim", "correct horse"))).status,
        200
    );
    assert_eq!(
        get(server.addr, "/review", Some(&basic("kim", "wrong"))).status,
        401
    );
}

#[test]
fn daemon_serves_the_pages_beside_health() {
    let env = sample_ledger();
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let cfg = std::fs::read_to_string(env.path("config.toml")).unwrap();
    std::fs::write(
        env.path("config.toml"),
        format!("{cfg}\n[server]\nlisten = \"127.0.0.1:{port}\"\n"),
    )
    .unwrap();
    let bin = assert_cmd::cargo::cargo_bin("takedown");
    let child = Command::new(bin)
        .arg("--config")
        .arg(env.path("config.toml"))
        .args(["--now", NOW, "run"])
        .env("TAKEDOWN_LOG", "warn")
        .stdout(Stdio::null())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("start the daemon");
    let daemon = Server {
        child,
        addr: format!("127.0.0.1:{port}").parse().unwrap(),
    };
    let t = Instant::now();
    while TcpStream::connect(daemon.addr).is_err() {
        assert!(
            t.elapsed() < Duration::from_secs(30),
            "the daemon never listened"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
    assert!(matches!(
        get(daemon.addr, "/healthz", None).status,
        200 | 503
    ));
    assert!(
        get(daemon.addr, "/metrics", None)
            .text()
            .contains("takedown_ledger_up 1")
    );
    let page = get(daemon.addr, "/requests/KCSC-240901-01", None);
    assert_eq!(page.status, 200);
    // minijinja escapes `/` in text as `&#x2f;`.
    assert!(page.text().contains("dfk_sample_a&#x2f;1001"));
    assert_eq!(
        page.header("content-security-policy").as_deref(),
        Some("default-src 'self'")
    );
    assert_eq!(get(daemon.addr, "/requests/NOPE", None).status, 404);
}

#[test]
fn report_formats() {
    let env = sample_ledger();
    let csv = env.ok(&["--now", NOW, "report", "--format", "csv"]);
    let mut lines = csv.lines();
    let header = lines.next().unwrap();
    assert!(
        header.starts_with("platform,month,requests,items,"),
        "{header}"
    );
    let rows: Vec<&str> = lines.collect();
    assert_eq!(rows.len(), 2, "one row per platform and month: {csv}");
    assert!(rows[0].starts_with("telegram,2024-09,1,25,"), "{}", rows[0]);
    // X: KCSC-240905-01 (3 items) and KCSC-240906-01, the request staff emailed (2 items).
    assert!(rows[1].starts_with("x,2024-09,2,5,"), "{}", rows[1]);

    let json = env.json(&[
        "--now",
        NOW,
        "report",
        "--format",
        "json",
        "--platform",
        "x",
    ]);
    assert_eq!(json["rows"].as_array().unwrap().len(), 1);
    // KCSC-240905-01's 3 items and the one of KCSC-240906-01 X has not answered.
    assert_eq!(json["rows"][0]["overdue_now"], 4);

    let out = env.path("report.html");
    env.ok(&[
        "--now",
        NOW,
        "report",
        "--format",
        "html",
        "--out",
        out.to_str().unwrap(),
    ]);
    let html = std::fs::read_to_string(&out).unwrap();
    assert!(
        html.contains("Telegram") && html.contains(">X <"),
        "every configured platform"
    );
    assert!(html.contains("<style>") && !html.contains("<link") && !html.contains("<script"));
    assert!(html.matches("<svg").count() >= 4);
    // Not over an existing file without --force.
    let again = env
        .cmd()
        .args([
            "--now",
            NOW,
            "report",
            "--format",
            "html",
            "--out",
            out.to_str().unwrap(),
        ])
        .output()
        .unwrap();
    assert_eq!(again.status.code(), Some(1));

    let bad = env
        .cmd()
        .args(["report", "--format", "csv", "--from", "2024-13"])
        .output()
        .unwrap();
    assert_eq!(bad.status.code(), Some(2));
    let bad = env
        .cmd()
        .args([
            "report",
            "--format",
            "csv",
            "--from",
            "2024-09-10",
            "--to",
            "2024-09-01",
        ])
        .output()
        .unwrap();
    assert_eq!(bad.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("before"));
}
