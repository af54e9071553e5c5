//! Cyrus IMAP 3.6 (Debian's packages) started standalone on 127.0.0.1 for
//! the integration tests, beside Dovecot (tests/support/mailservers.rs).
//!
//! Debian's `cyrus-imapd` conflicts with `dovecot-imapd` (both provide
//! `imap-server`), so it is not installed: scripts/test.sh fetches the
//! packages with `apt-get download` and unpacks them with `dpkg -x` into
//! `target/cyrus` (or `$TAKEDOWN_CYRUS_ROOT`), libraries included; the
//! binaries run from there with `LD_LIBRARY_PATH`. Facts behind the
//! configuration: ../shared/mailenv/README.md ("Cyrus IMAP 3.6").
//!
//! The configuration is Debian's default namespace (`altnamespace: no`,
//! `unixhierarchysep: no`): personal folders under `INBOX.`, separator `.`,
//! and `munge8bit` left at its default (on). Mail processes run as
//! nobody:nogroup (`cyrus_user`), the admin `cyrusadmin` creates the user's
//! mailbox over IMAP. Logs go to syslog only; a failing start reports the
//! protocol replies instead.

#![allow(dead_code)]

use std::fs;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::os::unix::fs::PermissionsExt;
use std::path::PathBuf;
use std::process::Command;
use std::time::{Duration, Instant};

pub const USER: &str = "takedown";
pub const ADMIN: &str = "cyrusadmin";

/// Where scripts/test.sh unpacks the packages.
pub fn root() -> PathBuf {
    match std::env::var_os("TAKEDOWN_CYRUS_ROOT") {
        Some(p) if !p.is_empty() => PathBuf::from(p),
        _ => PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/cyrus"),
    }
}

fn bin(name: &str) -> PathBuf {
    root().join("usr/lib/cyrus/bin").join(name)
}

fn lib_path() -> String {
    let r = root();
    format!(
        "{}:{}",
        r.join("usr/lib/x86_64-linux-gnu").display(),
        r.join("lib/x86_64-linux-gnu").display()
    )
}

pub fn available() -> bool {
    bin("master").is_file()
        && bin("imapd").is_file()
        && root().join("usr/sbin/saslpasswd2").is_file()
}

/// True when Cyrus can be started. Otherwise the same rule as Dovecot's
/// (tests/support/mailservers.rs): under `CI` a missing Cyrus fails the test
/// (scripts/test.sh must have unpacked it), even when
/// `TAKEDOWN_SKIP_MAILSERVER_TESTS=1` is set; elsewhere that variable skips
/// it with a line saying how to get it, and without it the test fails.
#[track_caller]
pub fn require() -> bool {
    let why = format!(
        "Cyrus IMAP is not unpacked in {} (scripts/test.sh does it: apt-get download cyrus-imapd cyrus-common + libraries, dpkg -x)",
        root().display()
    );
    super::mailservers::require(available(), &why)
}

#[derive(Clone, Debug)]
pub struct CyrusOptions {
    /// `allowplaintext`: `false` makes Cyrus announce LOGINDISABLED on plain connections.
    pub allow_plaintext: bool,
    /// `munge8bit` (Cyrus's default: on, raw 8-bit header bytes become `X`).
    pub munge8bit: bool,
    /// TLS: certificate and key (PEM) for STARTTLS and an implicit-TLS port.
    pub tls: Option<(PathBuf, PathBuf)>,
    pub password: String,
}

impl Default for CyrusOptions {
    fn default() -> Self {
        CyrusOptions {
            allow_plaintext: true,
            munge8bit: true,
            tls: None,
            password: "secret".into(),
        }
    }
}

pub struct Cyrus {
    pub dir: tempfile::TempDir,
    pub imap_port: u16,
    pub imaps_port: Option<u16>,
    pub user: String,
    pub password: String,
    master: Option<u32>,
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port")
}

impl Cyrus {
    pub fn start(opts: CyrusOptions) -> Result<Cyrus, String> {
        let dir = tempfile::Builder::new()
            .prefix("cyrus-")
            .tempdir()
            .map_err(|e| format!("temp dir: {e}"))?;
        let d = dir.path().to_path_buf();
        // The mail processes run as nobody: every parent must be traversable.
        fs::set_permissions(&d, fs::Permissions::from_mode(0o711))
            .map_err(|e| format!("chmod: {e}"))?;
        // conf/socket: idled's socket and imapd's own (`idle.PID`) live there; with
        // `idlesocket` pointed elsewhere imapd cannot reach idled ("Server(s)
        // unavailable") and IDLE falls back to polling every 60 s.
        for sub in ["conf/socket", "spool", "proc", "lock", "sock", "run"] {
            fs::create_dir_all(d.join(sub)).map_err(|e| format!("mkdir {sub}: {e}"))?;
        }
        let imap_port = free_port();
        let imaps_port = opts.tls.as_ref().map(|_| free_port());
        let mut conf = format!(
            "configdirectory: {d}/conf\ndefaultpartition: default\npartition-default: {d}/spool\nproc_path: {d}/proc\nmboxname_lockpath: {d}/lock\nlmtpsocket: {d}/sock/lmtp\nnotifysocket: {d}/sock/notify\nadmins: {ADMIN}\nsasl_pwcheck_method: auxprop\nsasl_auxprop_plugin: sasldb\nsasl_sasldb_path: {d}/sasldb2\nsasl_mech_list: PLAIN LOGIN\nallowplaintext: {}\ncyrus_user: nobody\ncyrus_group: nogroup\naltnamespace: no\nunixhierarchysep: no\nmunge8bit: {}\nsyslog_prefix: cyrus-takedown-test\n",
            // Setting up the user needs a plaintext login; `allow_plaintext: false`
            // is applied after that, with a restart.
            "yes",
            if opts.munge8bit { "yes" } else { "no" },
            d = d.display()
        );
        if let Some((cert, key)) = &opts.tls {
            // Copies the nobody user can read.
            fs::copy(cert, d.join("conf/cert.pem")).map_err(|e| format!("cert: {e}"))?;
            fs::copy(key, d.join("conf/key.pem")).map_err(|e| format!("key: {e}"))?;
            conf.push_str(&format!(
                "tls_server_cert: {d}/conf/cert.pem\ntls_server_key: {d}/conf/key.pem\n",
                d = d.display()
            ));
        }
        fs::write(d.join("imapd.conf"), conf).map_err(|e| format!("imapd.conf: {e}"))?;
        let c = d.join("imapd.conf");
        let mut services = format!(
            "  imap cmd=\"{} -C {} -U 30\" listen=\"127.0.0.1:{imap_port}\" prefork=0\n",
            bin("imapd").display(),
            c.display()
        );
        if let Some(p) = imaps_port {
            services.push_str(&format!(
                "  imaps cmd=\"{} -s -C {} -U 30\" listen=\"127.0.0.1:{p}\" prefork=0\n",
                bin("imapd").display(),
                c.display()
            ));
        }
        // idled: without it IDLE only polls every 60 s (mailenv README).
        let cyrus_conf = format!(
            "START {{\n  recover cmd=\"{ctl} -C {c} -r\"\n}}\nSERVICES {{\n{services}}}\nEVENTS {{\n}}\nDAEMON {{\n  idled cmd=\"{idled} -C {c}\"\n}}\n",
            ctl = bin("ctl_cyrusdb").display(),
            idled = bin("idled").display(),
            c = c.display()
        );
        fs::write(d.join("cyrus.conf"), cyrus_conf).map_err(|e| format!("cyrus.conf: {e}"))?;
        for (user, pw) in [(USER, opts.password.as_str()), (ADMIN, "adminsecret")] {
            let mut child = Command::new(root().join("usr/sbin/saslpasswd2"))
                .args(["-p", "-c", "-f"])
                .arg(d.join("sasldb2"))
                .arg(user)
                .env("LD_LIBRARY_PATH", lib_path())
                .stdin(std::process::Stdio::piped())
                .spawn()
                .map_err(|e| format!("saslpasswd2: {e}"))?;
            if let Some(mut i) = child.stdin.take() {
                let _ = i.write_all(pw.as_bytes());
            }
            let st = child.wait().map_err(|e| format!("saslpasswd2: {e}"))?;
            if !st.success() {
                return Err(format!("saslpasswd2 {user}: {st}"));
            }
        }
        let chown = Command::new("chown")
            .args(["-R", "nobody:nogroup"])
            .arg(&d)
            .status()
            .map_err(|e| format!("chown: {e}"))?;
        if !chown.success() {
            return Err("chown -R nobody:nogroup failed (the tests run as root)".into());
        }
        let mut cy = Cyrus {
            dir,
            imap_port,
            imaps_port,
            user: USER.into(),
            password: opts.password.clone(),
            master: None,
        };
        cy.launch()?;
        // The admin creates the user's mailbox (Debian's namespace: user.NAME).
        let mut admin = Client::login(imap_port, ADMIN, "adminsecret")?;
        admin.ok(&format!("CREATE user.{USER}"))?;
        admin.logout();
        if !opts.allow_plaintext {
            let conf = cy.dir.path().join("imapd.conf");
            let text = fs::read_to_string(&conf).map_err(|e| e.to_string())?;
            fs::write(
                &conf,
                text.replace("allowplaintext: yes", "allowplaintext: no"),
            )
            .map_err(|e| e.to_string())?;
            cy.restart()?;
        }
        Ok(cy)
    }

    fn launch(&mut self) -> Result<(), String> {
        let d = self.dir.path();
        let pidfile = d.join("run/master.pid");
        let _ = fs::remove_file(&pidfile);
        let st = Command::new(bin("master"))
            .arg("-C")
            .arg(d.join("imapd.conf"))
            .arg("-M")
            .arg(d.join("cyrus.conf"))
            .arg("-p")
            .arg(&pidfile)
            .arg("-d")
            .env("LD_LIBRARY_PATH", lib_path())
            .status()
            .map_err(|e| format!("cyrus master: {e}"))?;
        if !st.success() {
            return Err(format!("cyrus master exited {st}"));
        }
        let deadline = Instant::now() + Duration::from_secs(15);
        loop {
            if let Ok(mut s) = TcpStream::connect(("127.0.0.1", self.imap_port)) {
                let _ = s.set_read_timeout(Some(Duration::from_secs(5)));
                let mut buf = [0u8; 256];
                if let Ok(n) = s.read(&mut buf)
                    && buf[..n].starts_with(b"* OK")
                {
                    break;
                }
            }
            if Instant::now() > deadline {
                return Err(format!(
                    "cyrus did not greet on 127.0.0.1:{} within 15 s",
                    self.imap_port
                ));
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        self.master = fs::read_to_string(&pidfile)
            .ok()
            .and_then(|p| p.trim().parse().ok());
        Ok(())
    }

    /// Stops the master and every process it started (an imapd serving a
    /// client would otherwise keep answering it).
    pub fn stop(&mut self) {
        let Some(pid) = self.master.take() else {
            return;
        };
        let mut family = descendants(pid);
        family.push(pid);
        for p in &family {
            unsafe_kill(*p, 15);
        }
        let deadline = Instant::now() + Duration::from_secs(5);
        while family.iter().any(|p| alive(*p)) && Instant::now() < deadline {
            std::thread::sleep(Duration::from_millis(50));
        }
        for p in family.iter().filter(|p| alive(**p)) {
            unsafe_kill(*p, 9);
        }
    }

    pub fn restart(&mut self) -> Result<(), String> {
        self.stop();
        self.launch()
    }
}

impl Drop for Cyrus {
    fn drop(&mut self) {
        self.stop();
    }
}

fn unsafe_kill(pid: u32, sig: i32) {
    let _ = Command::new("kill")
        .arg(format!("-{sig}"))
        .arg(pid.to_string())
        .stderr(std::process::Stdio::null())
        .status();
}

/// Running (a zombie counts as stopped).
fn alive(pid: u32) -> bool {
    fs::read_to_string(format!("/proc/{pid}/stat"))
        .ok()
        .and_then(|s| {
            s.rsplit_once(')')
                .map(|(_, rest)| rest.trim_start().chars().next())
        })
        .flatten()
        .is_some_and(|state| state != 'Z' && state != 'X')
}

fn parent_of(pid: u32) -> Option<u32> {
    let s = fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    let (_, rest) = s.rsplit_once(')')?;
    rest.split_whitespace().nth(1)?.parse().ok()
}

fn descendants(root: u32) -> Vec<u32> {
    let all: Vec<u32> = fs::read_dir("/proc")
        .map(|d| {
            d.filter_map(|e| e.ok()?.file_name().to_str()?.parse().ok())
                .collect()
        })
        .unwrap_or_default();
    let mut out = Vec::new();
    let mut frontier = vec![root];
    while let Some(p) = frontier.pop() {
        for c in all.iter().filter(|c| parent_of(**c) == Some(p)) {
            out.push(*c);
            frontier.push(*c);
        }
    }
    out
}

// ---------------------------------------------------------------------------
// A minimal IMAP client for the tests' own setup and inspection (delivering
// emails by APPEND, reading a folder back), usable against any server.

pub struct Client {
    reader: BufReader<TcpStream>,
    writer: TcpStream,
    n: u32,
}

impl Client {
    pub fn login(port: u16, user: &str, password: &str) -> Result<Client, String> {
        let s = TcpStream::connect(("127.0.0.1", port)).map_err(|e| format!("connect: {e}"))?;
        s.set_read_timeout(Some(Duration::from_secs(20))).ok();
        let writer = s.try_clone().map_err(|e| e.to_string())?;
        let mut c = Client {
            reader: BufReader::new(s),
            writer,
            n: 0,
        };
        let mut greeting = String::new();
        c.reader
            .read_line(&mut greeting)
            .map_err(|e| format!("greeting: {e}"))?;
        c.ok(&format!("LOGIN \"{user}\" \"{password}\""))?;
        Ok(c)
    }

    /// Sends a command, returns everything up to the tagged OK (literals included).
    pub fn ok(&mut self, command: &str) -> Result<Vec<u8>, String> {
        self.n += 1;
        let tag = format!("t{}", self.n);
        self.writer
            .write_all(format!("{tag} {command}\r\n").as_bytes())
            .map_err(|e| e.to_string())?;
        self.read_until_tag(&tag, command)
    }

    fn read_until_tag(&mut self, tag: &str, command: &str) -> Result<Vec<u8>, String> {
        let mut all = Vec::new();
        loop {
            let mut line = Vec::new();
            let n = self
                .reader
                .read_until(b'\n', &mut line)
                .map_err(|e| format!("{command}: {e}"))?;
            if n == 0 {
                return Err(format!("{command}: connection closed"));
            }
            // A literal {n}: its bytes follow the line.
            if let Some(len) = literal_len(&line) {
                all.extend_from_slice(&line);
                let mut buf = vec![0u8; len];
                self.reader
                    .read_exact(&mut buf)
                    .map_err(|e| format!("{command}: {e}"))?;
                all.extend_from_slice(&buf);
                continue;
            }
            if line.starts_with(format!("{tag} ").as_bytes()) {
                let text = String::from_utf8_lossy(&line).to_string();
                if text[tag.len() + 1..].starts_with("OK") {
                    return Ok(all);
                }
                return Err(format!("{command}: {}", text.trim_end()));
            }
            all.extend_from_slice(&line);
        }
    }

    pub fn append(&mut self, folder: &str, raw: &[u8]) -> Result<(), String> {
        self.n += 1;
        let tag = format!("t{}", self.n);
        self.writer
            .write_all(format!("{tag} APPEND \"{folder}\" {{{}}}\r\n", raw.len()).as_bytes())
            .map_err(|e| e.to_string())?;
        let mut cont = String::new();
        self.reader
            .read_line(&mut cont)
            .map_err(|e| e.to_string())?;
        if !cont.starts_with('+') {
            return Err(format!("APPEND {folder}: {}", cont.trim_end()));
        }
        self.writer.write_all(raw).map_err(|e| e.to_string())?;
        self.writer.write_all(b"\r\n").map_err(|e| e.to_string())?;
        self.read_until_tag(&tag, "APPEND").map(|_| ())
    }

    /// Every email of a folder (whole), in UID order; empty when the folder does not exist.
    pub fn messages(&mut self, folder: &str) -> Vec<Vec<u8>> {
        if self.ok(&format!("EXAMINE \"{folder}\"")).is_err() {
            return Vec::new();
        }
        let data = self.ok("UID FETCH 1:* (BODY.PEEK[])").unwrap_or_default();
        let mut out = Vec::new();
        let mut rest = &data[..];
        while let Some(i) = find(rest, b"{") {
            let after = &rest[i + 1..];
            let Some(j) = find(after, b"}\r\n") else {
                break;
            };
            let Ok(len) = std::str::from_utf8(&after[..j])
                .unwrap_or("x")
                .parse::<usize>()
            else {
                rest = after;
                continue;
            };
            let start = j + 3;
            if after.len() < start + len {
                break;
            }
            out.push(after[start..start + len].to_vec());
            rest = &after[start + len..];
        }
        out
    }

    pub fn logout(mut self) {
        let _ = self.ok("LOGOUT");
    }
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

fn literal_len(line: &[u8]) -> Option<usize> {
    let t = line
        .strip_suffix(b"\r\n")
        .or_else(|| line.strip_suffix(b"\n"))?;
    let t = t.strip_suffix(b"}")?;
    let open = t.iter().rposition(|b| *b == b'{')?;
    std::str::from_utf8(&t[open + 1..]).ok()?.parse().ok()
}
