//! No secret in any log at any level: `run --once` against a real Dovecot on
//! 127.0.0.1 with TAKEDOWN_LOG=trace and with -vv, and `check` with XOAUTH2
//! at trace level against a scripted server (this Dovecot has no OAuth2
//! provider); stderr never holds the password or the token, in clear or in
//! the base64 the IMAP commands carry them in.

#[path = "support/bombs.rs"]
#[allow(dead_code)]
mod bombs;
mod common;
#[path = "support/mailservers.rs"]
mod mailservers;

use std::io::{BufRead, Write};
use std::process::{Command, Output};
use std::time::Duration;

use common::Env;

const PASSWORD: &str = "pw-7Hq2vX-never-in-logs";
const TOKEN: &str = "ya29.tok-Q8mZr-never-in-logs";

fn config(mailbox: &str) -> String {
    format!(
        "timezone = \"Asia/Seoul\"\n[database]\npath = \"t.db\"\n[trust]\nauthserv_id = \"mx.kcsc.example\"\nrequire = \"dmarc\"\n[[platforms]]\nid = \"telegram\"\nsenders = [\"telegram.org\"]\n\n[[mailbox]]\nkind = \"imap\"\nname = \"main\"\nhost = \"127.0.0.1\"\n{mailbox}\ntls = \"none\"\nusername = \"takedown\"\ntimeout = \"10s\"\n"
    )
}

fn takedown(env: &Env, args: &[&str], log: Option<&str>) -> Output {
    let mut c = Command::new(env!("CARGO_BIN_EXE_takedown"));
    c.arg("--config")
        .arg(env.path("config.toml"))
        .args(args)
        .env_remove("TAKEDOWN_CONFIG")
        .env_remove("TAKEDOWN_NOW")
        .env_remove("TAKEDOWN_LOG")
        .env("TAKEDOWN_TEST_IMAP_PASSWORD", PASSWORD);
    if let Some(l) = log {
        c.env("TAKEDOWN_LOG", l);
    }
    c.output().expect("run takedown")
}

/// The secret in every form it travels in: as is, and in base64 (SASL PLAIN,
/// XOAUTH2).
fn forms(secret: &str) -> Vec<String> {
    vec![
        secret.to_string(),
        bombs::base64(format!("\0takedown\0{secret}").as_bytes()),
        bombs::base64(format!("user=takedown\x01auth=Bearer {secret}\x01\x01").as_bytes()),
    ]
}

fn assert_clean(what: &str, o: &Output, secret: &str) {
    let err = String::from_utf8_lossy(&o.stderr);
    let out = String::from_utf8_lossy(&o.stdout);
    // The log was really verbose: takedown's own debug lines are there.
    assert!(
        err.contains("DEBUG") || err.contains("TRACE"),
        "{what}: no debug or trace output at all, the test would prove nothing:\n{err}"
    );
    for f in forms(secret) {
        assert!(!err.contains(&f), "{what}: stderr holds {f:?}:\n{err}");
        assert!(!out.contains(&f), "{what}: stdout holds {f:?}:\n{out}");
    }
}

#[test]
fn the_imap_password_never_reaches_the_log() {
    if !mailservers::require_dovecot() {
        return;
    }
    let dc = mailservers::Dovecot::start(mailservers::DovecotOptions {
        password: PASSWORD.into(),
        ..Default::default()
    })
    .unwrap_or_else(|e| panic!("dovecot: {e}"));
    for n in 0..3 {
        let raw = format!(
            "From: Telegram <abuse@telegram.org>\nTo: takedown@kcsc.example\nSubject: Re: KCSC-240901-01\nDate: Mon, 2 Sep 2024 10:00:00 +0900\nMessage-ID: <s{n}@telegram.org>\n\nhttps://t.me/chan/{n} removed\n"
        );
        dc.deliver("INBOX", raw.as_bytes()).expect("deliver");
    }
    let env = Env::with_config(&config(&format!(
        "port = {}\npassword_env = \"TAKEDOWN_TEST_IMAP_PASSWORD\"",
        dc.imap_port
    )));
    let o = takedown(&env, &["run", "--once"], Some("trace"));
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert_eq!(
        String::from_utf8_lossy(&o.stdout).lines().count(),
        3,
        "the three emails were read through the login"
    );
    assert_clean("TAKEDOWN_LOG=trace run --once", &o, PASSWORD);
    // -vv with no TAKEDOWN_LOG; the emails are known now, the login is the same.
    let o = takedown(&env, &["-vv", "run", "--once"], None);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert_clean("-vv run --once", &o, PASSWORD);
}

/// A scripted server: any XOAUTH2 response is accepted and returned.
fn xoauth2_server() -> (u16, std::thread::JoinHandle<String>) {
    let l = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let port = l.local_addr().expect("addr").port();
    let h = std::thread::spawn(move || {
        let Ok((s, _)) = l.accept() else {
            return String::new();
        };
        s.set_read_timeout(Some(Duration::from_secs(10))).ok();
        let mut w = s.try_clone().expect("clone");
        let mut r = std::io::BufReader::new(s);
        let mut seen = String::new();
        let _ = w.write_all(b"* OK scripted IMAP\r\n");
        let mut line = String::new();
        while r.read_line(&mut line).unwrap_or(0) > 0 {
            let (tag, cmd) = line.trim_end().split_once(' ').unwrap_or(("*", ""));
            let (tag, cmd) = (tag.to_string(), cmd.to_string());
            line.clear();
            if cmd == "AUTHENTICATE XOAUTH2" {
                let _ = w.write_all(b"+ \r\n");
                let _ = r.read_line(&mut seen);
            }
            if cmd == "CAPABILITY" {
                let _ = w.write_all(b"* CAPABILITY IMAP4rev1 AUTH=XOAUTH2\r\n");
            }
            if cmd == "LOGOUT" {
                let _ = w.write_all(format!("* BYE\r\n{tag} OK bye\r\n").as_bytes());
                break;
            }
            let _ = w.write_all(format!("{tag} OK done\r\n").as_bytes());
        }
        seen.trim_end().to_string()
    });
    (port, h)
}

#[test]
fn the_xoauth2_token_never_reaches_the_log() {
    let (port, server) = xoauth2_server();
    let env = Env::with_config(&config(&format!(
        "port = {port}\nauth = \"xoauth2\"\ntoken_command = \"echo {TOKEN}\""
    )));
    let o = takedown(&env, &["check"], Some("trace"));
    let sent = server.join().expect("server");
    // The token went over the wire, through the code that logs commands…
    assert_eq!(
        sent,
        forms(TOKEN)[2],
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    // …and not into the log.
    assert_clean("TAKEDOWN_LOG=trace check", &o, TOKEN);
}
