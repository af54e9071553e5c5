//! Proves that tests/support/mailservers.rs starts real servers that behave: Dovecot (plain,
//! TLS, both hierarchy separators, restart) and the aiosmtpd sink (plain, AUTH, STARTTLS,
//! transient failures, delivery into Dovecot's Maildir).
//!
//! Missing servers make these tests fail with what to install, unless
//! TAKEDOWN_SKIP_MAILSERVER_TESTS=1 outside CI (then they print "skipped: ..."
//! and pass); under CI=true a missing server fails whatever that variable says.

#[path = "support/mailservers.rs"]
mod mailservers;

use mailservers::{Dovecot, DovecotOptions, SmtpOptions, SmtpSink};
use std::io::{self, BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

const IO_TIMEOUT: Duration = Duration::from_secs(10);

// ---------------------------------------------------------------------------------------------
// A tiny IMAP client: enough for LOGIN/SELECT/LIST/FETCH, including literals.
// ---------------------------------------------------------------------------------------------

struct Imap {
    r: BufReader<TcpStream>,
    tag: u32,
    greeting: String,
}

impl Imap {
    fn connect(port: u16) -> Imap {
        let s = TcpStream::connect(("127.0.0.1", port)).expect("connect to dovecot");
        s.set_read_timeout(Some(IO_TIMEOUT)).unwrap();
        let mut imap = Imap {
            r: BufReader::new(s),
            tag: 0,
            greeting: String::new(),
        };
        imap.greeting = imap.read_line().expect("greeting");
        assert!(
            imap.greeting.starts_with("* OK"),
            "greeting: {}",
            imap.greeting
        );
        imap
    }

    /// One response line, with any `{n}` literals inlined.
    fn read_line(&mut self) -> io::Result<String> {
        let mut out = Vec::new();
        loop {
            let mut line = Vec::new();
            if self.r.read_until(b'\n', &mut line)? == 0 {
                return Err(io::Error::new(
                    io::ErrorKind::UnexpectedEof,
                    "connection closed",
                ));
            }
            out.extend_from_slice(&line);
            let trimmed = line.strip_suffix(b"\r\n").unwrap_or(&line);
            let literal = trimmed
                .strip_suffix(b"}")
                .and_then(|t| t.iter().rposition(|&b| b == b'{').map(|i| &t[i + 1..]))
                .and_then(|n| std::str::from_utf8(n).ok()?.parse::<usize>().ok());
            match literal {
                Some(n) => {
                    let mut buf = vec![0; n];
                    self.r.read_exact(&mut buf)?;
                    out.extend_from_slice(&buf);
                }
                None => return Ok(String::from_utf8_lossy(&out).into_owned()),
            }
        }
    }

    /// Sends a command; returns (untagged lines, tagged line).
    fn command(&mut self, cmd: &str) -> io::Result<(Vec<String>, String)> {
        self.tag += 1;
        let tag = format!("a{}", self.tag);
        self.r
            .get_mut()
            .write_all(format!("{tag} {cmd}\r\n").as_bytes())?;
        let mut untagged = Vec::new();
        loop {
            let line = self.read_line()?;
            if line.starts_with(&format!("{tag} ")) {
                return Ok((untagged, line));
            }
            untagged.push(line);
        }
    }

    /// A command that must succeed; returns its untagged lines.
    fn ok(&mut self, cmd: &str) -> Vec<String> {
        let (untagged, tagged) = self.command(cmd).unwrap_or_else(|e| panic!("{cmd}: {e}"));
        assert!(
            tagged.split_whitespace().nth(1) == Some("OK"),
            "{cmd} -> {tagged} (untagged: {untagged:?})"
        );
        untagged
    }

    fn login(port: u16, dc: &Dovecot) -> Imap {
        let mut imap = Imap::connect(port);
        imap.ok(&format!("LOGIN {} {}", dc.user, dc.password));
        imap
    }
}

fn exists(untagged: &[String]) -> Option<u32> {
    untagged.iter().find_map(|l| {
        l.strip_prefix("* ")?
            .strip_suffix(" EXISTS\r\n")?
            .parse()
            .ok()
    })
}

fn msg(subject: &str, date: &str) -> Vec<u8> {
    format!(
        "From: Platform <noreply@example.com>\r\nTo: takedown@example.org\r\nSubject: {subject}\r\n\
         Date: {date}\r\nMessage-ID: <{}@example.com>\r\n\r\nBody of {subject}.\r\n",
        subject.replace(' ', "-")
    )
    .into_bytes()
}

fn assert_doveadm_path(dc: &Dovecot, folder: &str) {
    let out = dc.doveadm(&["mailbox", "path", "-u", &dc.user, folder]);
    assert!(
        out.status.success(),
        "doveadm mailbox path: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let reported = String::from_utf8_lossy(&out.stdout).trim().to_string();
    assert_eq!(
        Path::new(&reported),
        dc.folder_dir(folder).unwrap(),
        "on-disk layout of {folder:?}"
    );
}

fn start(opts: DovecotOptions) -> Dovecot {
    Dovecot::start(opts).unwrap_or_else(|e| panic!("Dovecot::start: {e}"))
}

// ---------------------------------------------------------------------------------------------
// Dovecot
// ---------------------------------------------------------------------------------------------

#[test]
fn dovecot_plain_login_select_and_deliver() {
    if !mailservers::require_dovecot() {
        return;
    }
    let dc = start(DovecotOptions::default());
    assert!(dc.imaps_port.is_none() && dc.ca_cert.is_none());
    let mut imap = Imap::login(dc.imap_port, &dc);
    assert!(
        !imap.greeting.contains("STARTTLS"),
        "no TLS configured: {}",
        imap.greeting
    );
    assert_eq!(exists(&imap.ok("SELECT INBOX")), Some(0));

    dc.deliver("INBOX", &msg("first", "Tue, 1 Jul 2003 10:52:37 +0200"))
        .unwrap();
    dc.deliver("INBOX", &msg("second", "Wed, 2 Jul 2003 08:00:00 +0000"))
        .unwrap();
    // NOOP makes Dovecot look at the Maildir right away (IDLE would take ~0.5 s, fact 10).
    assert_eq!(exists(&imap.ok("NOOP")), Some(2));
    let fetched = imap.ok("FETCH 1:2 (INTERNALDATE BODY.PEEK[HEADER.FIELDS (SUBJECT)])");
    assert!(
        fetched[0].contains("Subject: first") && fetched[1].contains("Subject: second"),
        "{fetched:?}"
    );
    // INTERNALDATE comes from the file's mtime, which deliver() sets from the Date: header.
    assert!(fetched[0].contains("-Jul-2003 "), "{fetched:?}");
    imap.ok("LOGOUT");

    let inbox = dc.list_folder("INBOX");
    assert_eq!(inbox.len(), 2);
    assert!(dc.list_folder("No.Such.Folder").is_empty());

    // Wrong password is refused (the users file is really consulted).
    let mut bad = Imap::connect(dc.imap_port);
    let (_, tagged) = bad.command(&format!("LOGIN {} wrong", dc.user)).unwrap();
    assert!(tagged.contains(" NO "), "{tagged}");
}

#[test]
fn dovecot_default_separator_is_dot() {
    if !mailservers::require_dovecot() {
        return;
    }
    let dc = start(DovecotOptions::default());
    assert_eq!(dc.separator, '.');
    let mut imap = Imap::login(dc.imap_port, &dc);
    let list = imap.ok("LIST \"\" \"\"");
    assert!(list.iter().any(|l| l.contains("\".\"")), "{list:?}");

    dc.deliver(
        "Takedown.Processed",
        &msg("moved", "Mon, 5 Jan 2026 12:00:00 +0000"),
    )
    .unwrap();
    assert_doveadm_path(&dc, "Takedown.Processed");
    assert_doveadm_path(&dc, "INBOX");
    let listed = imap.ok("LIST \"\" \"*\"");
    assert!(
        listed.iter().any(|l| l.contains("Takedown.Processed")),
        "{listed:?}"
    );
    assert_eq!(exists(&imap.ok("SELECT Takedown.Processed")), Some(1));
    // '/' is not a valid character with this separator (README, "Hierarchy separator").
    let (_, tagged) = imap.command("CREATE \"Takedown/Processed\"").unwrap();
    assert!(tagged.contains(" NO "), "{tagged}");
    assert_eq!(dc.list_folder("Takedown.Processed").len(), 1);
}

#[test]
fn dovecot_slash_separator() {
    if !mailservers::require_dovecot() {
        return;
    }
    let dc = start(DovecotOptions {
        separator: Some('/'),
        ..Default::default()
    });
    assert_eq!(dc.separator, '/');
    let mut imap = Imap::login(dc.imap_port, &dc);
    let list = imap.ok("LIST \"\" \"\"");
    assert!(list.iter().any(|l| l.contains("\"/\"")), "{list:?}");

    dc.deliver(
        "Takedown/Processed",
        &msg("moved", "Mon, 5 Jan 2026 12:00:00 +0000"),
    )
    .unwrap();
    assert_doveadm_path(&dc, "Takedown/Processed");
    assert_eq!(exists(&imap.ok("SELECT \"Takedown/Processed\"")), Some(1));
    // A mailbox created by the client is visible on disk where folder_dir() says.
    imap.ok("CREATE \"Takedown/Rejected\"");
    assert!(
        dc.folder_dir("Takedown/Rejected")
            .unwrap()
            .join("cur")
            .is_dir()
    );
    assert!(
        dc.folder_dir("Takedown.Rejected").is_err(),
        "'.' is not allowed inside a level"
    );
    assert_eq!(dc.list_folder("Takedown/Processed").len(), 1);
    assert!(dc.list_folder("Takedown/Rejected").is_empty());
}

#[test]
fn dovecot_deliver_many_keeps_order() {
    if !mailservers::require_dovecot() {
        return;
    }
    let dc = start(DovecotOptions::default());
    // Bare-LF messages too, to exercise W= (size with CRLF).
    let raws: Vec<Vec<u8>> = (0..300)
        .map(|i| {
            let m = msg(&format!("bulk {i:03}"), "Fri, 2 Jan 2026 09:30:00 +0100");
            if i % 2 == 0 {
                m
            } else {
                String::from_utf8(m)
                    .unwrap()
                    .replace("\r\n", "\n")
                    .into_bytes()
            }
        })
        .collect();
    dc.deliver_many("INBOX", &raws[..200]).unwrap();
    dc.deliver_many("INBOX", &raws[200..]).unwrap();
    dc.deliver_many("Archive", &raws[..10]).unwrap();

    let mut imap = Imap::login(dc.imap_port, &dc);
    assert_eq!(exists(&imap.ok("EXAMINE INBOX")), Some(300));
    let fetched = imap.ok("UID FETCH 1:* (RFC822.SIZE BODY.PEEK[HEADER.FIELDS (SUBJECT)])");
    assert_eq!(fetched.len(), 300);
    for (i, line) in fetched.iter().enumerate() {
        assert!(line.contains(&format!("UID {} ", i + 1)), "{line}");
        assert!(
            line.contains(&format!("Subject: bulk {i:03}")),
            "UID order differs from the order given: {line}"
        );
    }
    // RFC822.SIZE is the CRLF size, also for bare-LF files.
    let crlf_len = msg("bulk 001", "Fri, 2 Jan 2026 09:30:00 +0100").len();
    assert!(
        fetched[1].contains(&format!("RFC822.SIZE {crlf_len} ")),
        "{}",
        fetched[1]
    );
    // `:2,` in cur/ = not \Seen. (Dovecot still reports \Recent to the first session that
    // sees new UIDs, whether the file came through new/ or straight into cur/.)
    let flags = imap.ok("FETCH 1:* FLAGS");
    assert!(flags.iter().all(|f| !f.contains("\\Seen")), "{flags:?}");
    assert_eq!(exists(&imap.ok("EXAMINE Archive")), Some(10));
    assert_eq!(dc.list_folder("INBOX").len(), 300);
}

#[test]
fn dovecot_tls_imaps_and_starttls() {
    if !mailservers::require_dovecot() {
        return;
    }
    let dc = start(DovecotOptions {
        tls: true,
        ..Default::default()
    });
    let imaps = dc.imaps_port.expect("imaps port");
    let ca = dc.ca_cert.clone().expect("ca cert");
    assert_ne!(imaps, dc.imap_port);

    let s_client = |extra: &[&str], port: u16, ca: &Path| {
        let out = Command::new("openssl")
            .args([
                "s_client",
                "-connect",
                &format!("127.0.0.1:{port}"),
                "-CAfile",
            ])
            .arg(ca)
            .args(["-verify_return_error", "-brief"])
            .args(extra)
            .stdin(Stdio::null())
            .output()
            .expect("run openssl s_client");
        (
            out.status.success(),
            String::from_utf8_lossy(&out.stdout).into_owned()
                + &String::from_utf8_lossy(&out.stderr),
        )
    };
    // IMAPS: the certificate chains to ca_cert and matches the IP and "localhost".
    let (ok, log) = s_client(&["-verify_ip", "127.0.0.1"], imaps, &ca);
    assert!(ok && log.contains("Verification: OK"), "{log}");
    let (ok, log) = s_client(&["-verify_hostname", "localhost"], imaps, &ca);
    assert!(ok, "{log}");
    // ...and verification is real: a wrong name fails.
    let (ok, log) = s_client(&["-verify_hostname", "mail.example.com"], imaps, &ca);
    assert!(!ok, "expected a verification failure: {log}");
    // The plain port advertises STARTTLS (fact 6), and it works.
    let imap = Imap::connect(dc.imap_port);
    assert!(imap.greeting.contains("STARTTLS"), "{}", imap.greeting);
    let (ok, log) = s_client(
        &["-starttls", "imap", "-verify_ip", "127.0.0.1"],
        dc.imap_port,
        &ca,
    );
    assert!(ok && log.contains("Verification: OK"), "{log}");
}

#[test]
fn dovecot_restart_cuts_old_connections_and_keeps_state() {
    if !mailservers::require_dovecot() {
        return;
    }
    let mut dc = start(DovecotOptions::default());
    let (port, master_before) = (dc.imap_port, dc.master_pid().unwrap());
    dc.deliver(
        "INBOX",
        &msg("before restart", "Mon, 5 Jan 2026 12:00:00 +0000"),
    )
    .unwrap();
    let mut old = Imap::login(port, &dc);
    assert_eq!(exists(&old.ok("SELECT INBOX")), Some(1));

    dc.restart().unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(dc.imap_port, port, "same port after restart");
    assert_ne!(dc.master_pid(), Some(master_before));
    assert!(dc.is_running());

    // The old session's imap process was stopped too (README: it would otherwise keep answering
    // for ~30 s): the connection now gives a BYE and/or EOF, never a tagged OK.
    match old.command("NOOP") {
        Ok((untagged, tagged)) => panic!("old connection still served: {untagged:?} {tagged}"),
        Err(e) => assert!(
            matches!(
                e.kind(),
                io::ErrorKind::UnexpectedEof
                    | io::ErrorKind::ConnectionReset
                    | io::ErrorKind::BrokenPipe
            ),
            "old connection: {e}"
        ),
    }
    let mut new = Imap::login(port, &dc);
    assert_eq!(
        exists(&new.ok("SELECT INBOX")),
        Some(1),
        "mail survives the restart"
    );
    new.ok("LOGOUT");

    let master = dc.master_pid().unwrap();
    dc.stop();
    dc.stop(); // idempotent
    assert!(!dc.is_running());
    let stat = std::fs::read_to_string(format!("/proc/{master}/stat")).unwrap_or_default();
    assert!(
        stat.is_empty()
            || stat
                .rsplit(')')
                .next()
                .unwrap()
                .trim_start()
                .starts_with('Z'),
        "{stat}"
    );
    assert!(
        TcpStream::connect(("127.0.0.1", port)).is_err(),
        "port {port} still accepts after stop"
    );
    // And it comes back after a stop as well.
    dc.restart().unwrap_or_else(|e| panic!("{e}"));
    Imap::login(port, &dc).ok("LOGOUT");
}

// ---------------------------------------------------------------------------------------------
// SMTP sink
// ---------------------------------------------------------------------------------------------

struct Smtp {
    r: BufReader<TcpStream>,
}

impl Smtp {
    fn connect(port: u16) -> Smtp {
        let s = TcpStream::connect(("127.0.0.1", port)).expect("connect to smtp sink");
        s.set_read_timeout(Some(IO_TIMEOUT)).unwrap();
        let mut smtp = Smtp {
            r: BufReader::new(s),
        };
        let (code, text) = smtp.reply();
        assert_eq!(code, 220, "{text}");
        smtp
    }

    /// A (possibly multi-line) reply: code and all its text.
    fn reply(&mut self) -> (u16, String) {
        let mut text = String::new();
        loop {
            let mut line = String::new();
            assert!(
                self.r.read_line(&mut line).expect("read reply") > 0,
                "connection closed"
            );
            text.push_str(&line);
            if line.as_bytes().get(3) != Some(&b'-') {
                return (line[..3].parse().expect("reply code"), text);
            }
        }
    }

    fn cmd(&mut self, line: &str) -> (u16, String) {
        self.r
            .get_mut()
            .write_all(format!("{line}\r\n").as_bytes())
            .unwrap();
        self.reply()
    }

    fn expect(&mut self, line: &str, code: u16) -> String {
        let (c, text) = self.cmd(line);
        assert_eq!(c, code, "{line} -> {text}");
        text
    }

    /// MAIL/RCPT/DATA; returns the reply to the final dot.
    fn send(&mut self, from: &str, rcpts: &[&str], body: &str) -> (u16, String) {
        self.expect(&format!("MAIL FROM:<{from}>"), 250);
        for r in rcpts {
            self.expect(&format!("RCPT TO:<{r}>"), 250);
        }
        self.expect("DATA", 354);
        self.r.get_mut().write_all(body.as_bytes()).unwrap();
        self.cmd(".")
    }
}

const SMTP_BODY: &str = "From: takedown@example.org\r\nTo: abuse@example.com\r\nSubject: Reminder\r\n\
                         Date: Mon, 5 Jan 2026 12:00:00 +0000\r\n\r\nPlease remove it.\r\n..leading dot\r\n";

fn base64(data: &[u8]) -> String {
    const A: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::new();
    for chunk in data.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = (b[0] as u32) << 16 | (b[1] as u32) << 8 | b[2] as u32;
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(A[(n >> (18 - 6 * i) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

fn start_sink(maildir: &Path, opts: SmtpOptions) -> SmtpSink {
    SmtpSink::start(maildir, opts).unwrap_or_else(|e| panic!("SmtpSink::start: {e}"))
}

#[test]
fn smtp_sink_receives_a_raw_dialogue_and_survives_restart() {
    if !mailservers::require_smtp_sink() {
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let maildir = tmp.path().join("sent");
    let mut sink = start_sink(&maildir, SmtpOptions::default());

    let mut smtp = Smtp::connect(sink.port);
    let ehlo = smtp.expect("EHLO client.example.org", 250);
    assert!(
        !ehlo.contains("STARTTLS") && !ehlo.contains("AUTH"),
        "{ehlo}"
    );
    let (code, text) = smtp.send(
        "takedown@example.org",
        &["abuse@example.com", "legal@example.com"],
        SMTP_BODY,
    );
    assert_eq!(code, 250, "{text}");
    assert!(text.contains("queued as "), "{text}");
    smtp.expect("QUIT", 221);

    let msgs = sink.messages();
    assert_eq!(msgs.len(), 1, "{}", sink.log_tail(20));
    let m = String::from_utf8(msgs[0].clone()).unwrap();
    assert!(
        m.starts_with("Return-Path: <takedown@example.org>\r\nX-Rcpt-To: <abuse@example.com>, <legal@example.com>\r\nFrom: "),
        "{m}"
    );
    // Dot-stuffing undone, CRLF kept.
    assert!(
        m.ends_with("\r\nPlease remove it.\r\n.leading dot\r\n"),
        "{m:?}"
    );
    assert!(maildir.join("tmp").is_dir() && maildir.join("cur").is_dir());

    let (port, pid) = (sink.port, sink.pid().unwrap());
    sink.restart().unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(sink.port, port);
    assert_ne!(sink.pid(), Some(pid));
    let mut smtp = Smtp::connect(sink.port);
    smtp.expect("HELO client", 250);
    assert_eq!(
        smtp.send("a@example.org", &["b@example.com"], SMTP_BODY).0,
        250
    );
    assert_eq!(sink.messages().len(), 2);

    sink.stop();
    sink.stop(); // idempotent
    assert!(
        TcpStream::connect(("127.0.0.1", port)).is_err(),
        "still listening after stop"
    );
    assert!(
        sink.log_tail(50).contains("shutting down"),
        "clean SIGTERM exit: {}",
        sink.log_tail(50)
    );
}

#[test]
fn smtp_sink_auth_and_fail_first() {
    if !mailservers::require_smtp_sink() {
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let opts = SmtpOptions {
        auth: Some(("mailer".into(), "pa ss".into())),
        fail_first: 1,
        ..Default::default()
    };
    let sink = start_sink(&tmp.path().join("sent"), opts);

    let mut smtp = Smtp::connect(sink.port);
    let ehlo = smtp.expect("EHLO client", 250);
    assert!(
        ehlo.contains("AUTH") && ehlo.contains("PLAIN") && ehlo.contains("LOGIN"),
        "{ehlo}"
    );
    // Without AUTH: refused.
    smtp.expect("MAIL FROM:<a@example.org>", 530);
    // Wrong password: refused.
    smtp.expect(&format!("AUTH PLAIN {}", base64(b"\0mailer\0wrong")), 535);
    smtp.expect(&format!("AUTH PLAIN {}", base64(b"\0mailer\0pa ss")), 235);
    // --fail-first 1: a transient failure, then acceptance.
    let (code, text) = smtp.send("a@example.org", &["b@example.com"], SMTP_BODY);
    assert_eq!(code, 451, "{text}");
    assert!(sink.messages().is_empty());
    assert_eq!(
        smtp.send("a@example.org", &["b@example.com"], SMTP_BODY).0,
        250
    );
    assert_eq!(sink.messages().len(), 1);

    // AUTH LOGIN too.
    let mut smtp = Smtp::connect(sink.port);
    smtp.expect("EHLO client", 250);
    smtp.expect("AUTH LOGIN", 334);
    smtp.expect(&base64(b"mailer"), 334);
    smtp.expect(&base64(b"pa ss"), 235);
    assert_eq!(
        smtp.send("a@example.org", &["b@example.com"], SMTP_BODY).0,
        250
    );
    assert_eq!(sink.messages().len(), 2);
}

#[test]
fn smtp_sink_starttls() {
    if !mailservers::require_smtp_sink() {
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let opts = SmtpOptions {
        tls: true,
        require_starttls: true,
        ..Default::default()
    };
    let sink = start_sink(&tmp.path().join("sent"), opts);
    let ca = sink.ca_cert.clone().expect("ca cert");

    let mut smtp = Smtp::connect(sink.port);
    assert!(smtp.expect("EHLO client", 250).contains("STARTTLS"));
    // require_starttls: no mail before TLS.
    smtp.expect("MAIL FROM:<a@example.org>", 530);

    let out = Command::new("openssl")
        .args([
            "s_client",
            "-starttls",
            "smtp",
            "-connect",
            &format!("127.0.0.1:{}", sink.port),
            "-CAfile",
        ])
        .arg(&ca)
        .args(["-verify_return_error", "-verify_ip", "127.0.0.1", "-brief"])
        .stdin(Stdio::null())
        .output()
        .expect("run openssl s_client");
    let log =
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success() && log.contains("Verification: OK"),
        "{log}"
    );
}

#[test]
fn smtp_sink_refuses_non_loopback_addresses() {
    if !mailservers::require_smtp_sink() {
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    for listen in [
        "0.0.0.0:2525",
        "[::]:2525",
        "localhost:2525",
        "127.0.0.2:2525",
        "192.0.2.1:2525",
    ] {
        let out = Command::new(mailservers::SYSTEM_PYTHON)
            .arg(SmtpSink::script_path())
            .args(["--listen", listen, "--maildir"])
            .arg(tmp.path().join("m"))
            .stdin(Stdio::null())
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{listen}: {out:?}");
        assert!(
            String::from_utf8_lossy(&out.stderr).contains("refusing to listen"),
            "{listen}: {out:?}"
        );
    }
}

// ---------------------------------------------------------------------------------------------
// Both: SMTP -> Maildir -> IMAP
// ---------------------------------------------------------------------------------------------

#[test]
fn smtp_sink_delivers_into_dovecot() {
    if !mailservers::require_mail_servers() {
        return;
    }
    let dc = start(DovecotOptions::default());
    let sink = start_sink(&dc.maildir(), SmtpOptions::default());
    let mut imap = Imap::login(dc.imap_port, &dc);
    assert_eq!(exists(&imap.ok("SELECT INBOX")), Some(0));

    let mut smtp = Smtp::connect(sink.port);
    smtp.expect("EHLO client", 250);
    assert_eq!(
        smtp.send("takedown@example.org", &["takedown@example.org"], SMTP_BODY)
            .0,
        250
    );
    // The sink chowned its file to the Maildir's owner (nobody), so Dovecot can read and move it.
    assert_eq!(exists(&imap.ok("NOOP")), Some(1), "{}", dc.log_tail(20));
    let body = imap.ok("FETCH 1 BODY[]");
    assert!(
        body[0].contains("X-Rcpt-To: <takedown@example.org>")
            && body[0].contains("Please remove it."),
        "{body:?}"
    );
    imap.ok("LOGOUT");
    assert_eq!(sink.messages().len(), 1);
    assert_eq!(dc.list_folder("INBOX"), sink.messages());
}

#[test]
fn rfc2822_dates_parse() {
    let p = mailservers::parse_rfc2822_date;
    assert_eq!(p("Thu, 01 Jan 1970 00:00:00 +0000"), Some(0));
    assert_eq!(p("Tue, 1 Jul 2003 10:52:37 +0200"), Some(1_057_049_557));
    assert_eq!(p("1 Jul 03 08:52 GMT (comment)"), Some(1_057_049_520));
    assert_eq!(
        p("Mon, 5 Jan 2026 07:00:00 EST"),
        p("Mon, 5 Jan 2026 12:00:00 +0000")
    );
    assert_eq!(p("garbage"), None);
}
