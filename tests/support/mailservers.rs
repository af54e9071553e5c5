//! Real mail servers for integration tests: Dovecot (IMAP, IMAPS) and an aiosmtpd SMTP sink.
//!
//! Include it from an integration test with
//! `#[path = "support/mailservers.rs"] mod mailservers;`.
//! It depends on std and the `tempfile` dev-dependency only.
//!
//! Everything listens on 127.0.0.1 only, keeps all of its state in a temp dir, and is stopped by
//! PID (never by process name) when the handle is stopped or dropped. The numbered "facts" cited
//! below are those of `shared/mailenv/README.md`, where the working Dovecot setup is documented.
//!
//! Tests should begin with `if !mailservers::require_dovecot() { return; }` (resp.
//! `require_smtp_sink()`): a missing server makes the test fail with what to install, unless
//! `TAKEDOWN_SKIP_MAILSERVER_TESTS=1` is set, in which case it prints `skipped: ...`.
//! `TAKEDOWN_KEEP_MAILSERVER_DIRS=1` keeps the temp dirs (configs, logs, mail) for inspection.
//!
//! ```ignore
//! let dc = Dovecot::start(DovecotOptions { tls: true, ..Default::default() })?;
//! dc.deliver("INBOX", raw)?;                     // one message, tmp/ -> new/
//! dc.deliver_many("INBOX", &raws)?;              // bulk, UID order = order given
//! // connect to 127.0.0.1:dc.imap_port (or dc.imaps_port, trusting dc.ca_cert)
//! dc.restart()?;                                 // cuts open IMAP sessions
//! let sink = SmtpSink::start(&dc.maildir(), SmtpOptions::default())?; // SMTP -> INBOX
//! // send to 127.0.0.1:sink.port; sink.messages() / dc.list_folder("INBOX")
//! ```
#![allow(dead_code)]

use std::collections::{BTreeMap, HashSet};
use std::fs::{self, File, OpenOptions};
use std::hash::{BuildHasher, Hasher};
use std::io::{self, BufRead, BufReader, Write};
use std::net::{Ipv4Addr, SocketAddr, TcpListener, TcpStream};
use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
use std::os::unix::process::ExitStatusExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Output, Stdio};
use std::sync::atomic::{AtomicU32, AtomicU64, Ordering};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

/// Env var: when `1`, tests whose mail server is not installed print "skipped: ..." and pass.
pub const SKIP_ENV: &str = "TAKEDOWN_SKIP_MAILSERVER_TESTS";

/// Debian's interpreter: python3-aiosmtpd installs into it, and the `python3` first on PATH may be
/// another interpreter without aiosmtpd (README, first paragraph).
pub const SYSTEM_PYTHON: &str = "/usr/bin/python3";

const LOOPBACK: Ipv4Addr = Ipv4Addr::LOCALHOST;
const START_TIMEOUT: Duration = Duration::from_secs(20);
const STOP_TIMEOUT: Duration = Duration::from_secs(10);
const SIGTERM: i32 = 15;
const SIGKILL: i32 = 9;
/// Exit status of `dovecot` when it cannot create its listeners (fact 8).
const DOVECOT_EXIT_LISTEN: i32 = 89;
/// Exit status of `scripts/smtp_sink.py` when its port is taken.
const SINK_EXIT_ADDR_IN_USE: i32 = 98;

/// The libc calls std does not wrap. std links libc anyway, so no crate is needed.
mod sys {
    unsafe extern "C" {
        pub safe fn kill(pid: i32, sig: i32) -> i32;
        pub safe fn geteuid() -> u32;
        pub safe fn getegid() -> u32;
    }
}

/// The repository root, where `scripts/smtp_sink.py` lives. `TAKEDOWN_REPO_ROOT` overrides the
/// default (this crate's `CARGO_MANIFEST_DIR`), so the harness can be built in a scratch crate.
pub fn repo_root() -> PathBuf {
    match std::env::var_os("TAKEDOWN_REPO_ROOT") {
        Some(p) if !p.is_empty() => PathBuf::from(p),
        _ => PathBuf::from(env!("CARGO_MANIFEST_DIR")),
    }
}

/// True when `TAKEDOWN_SKIP_MAILSERVER_TESTS=1`.
pub fn skip_requested() -> bool {
    std::env::var(SKIP_ENV)
        .map(|v| v.trim() == "1")
        .unwrap_or(false)
}

#[track_caller]
pub fn require(available: bool, what: &str) -> bool {
    if available {
        return true;
    }
    // Under CI nothing may be skipped: a missing server is a failure.
    let ci = std::env::var("CI").is_ok_and(|v| v == "true" || v == "1");
    if skip_requested() && !ci {
        println!("skipped: {what} ({SKIP_ENV}=1)");
        return false;
    }
    panic!("{what}; the mail-server integration tests need it (set {SKIP_ENV}=1 to skip them)");
}

/// `true` when Dovecot can be started; otherwise panics saying what to install, or prints
/// "skipped: ..." and returns `false` when `TAKEDOWN_SKIP_MAILSERVER_TESTS=1`.
#[track_caller]
pub fn require_dovecot() -> bool {
    require(
        Dovecot::available(),
        "dovecot is not installed: run `apt-get install -y dovecot-imapd`",
    )
}

/// Same as [`require_dovecot`] for the aiosmtpd SMTP sink.
#[track_caller]
pub fn require_smtp_sink() -> bool {
    require(
        SmtpSink::available(),
        "aiosmtpd is not importable by /usr/bin/python3: run `apt-get install -y python3-aiosmtpd`",
    )
}

/// Both servers (for end-to-end tests).
#[track_caller]
pub fn require_mail_servers() -> bool {
    require_dovecot() && require_smtp_sink()
}

// ---------------------------------------------------------------------------------------------
// Dovecot
// ---------------------------------------------------------------------------------------------

#[derive(Clone, Debug)]
pub struct DovecotOptions {
    /// Also open an IMAPS port, and advertise STARTTLS on the plain port (`ssl = yes`, fact 6).
    pub tls: bool,
    /// `None`: no namespace block, Maildir++'s default separator `.`.
    /// `Some('/')`: `namespace inbox { inbox = yes; separator = / }` (README, "Hierarchy separator").
    pub separator: Option<char>,
    pub user: String,
    pub password: String,
}

impl Default for DovecotOptions {
    fn default() -> Self {
        DovecotOptions {
            tls: false,
            separator: None,
            user: "takedown".to_string(),
            password: "secret".to_string(),
        }
    }
}

/// A running Dovecot instance. Stopped (master and all its children) on drop.
pub struct Dovecot {
    /// Temp dir holding everything: dovecot.conf, run/, state/, mail/, tls/, dovecot.log.
    pub dir: tempfile::TempDir,
    pub imap_port: u16,
    pub imaps_port: Option<u16>,
    /// The CA certificate (PEM) the client must trust; `Some` when `tls`.
    pub ca_cert: Option<PathBuf>,
    pub user: String,
    pub password: String,
    /// The IMAP hierarchy separator this instance announces in `LIST "" ""`.
    pub separator: char,
    conf: PathBuf,
    instance: String,
    owner: (u32, u32),
    master: Option<Proc>,
    dovecot_bin: PathBuf,
    doveadm_bin: PathBuf,
    /// Next leading timestamp for Maildir file names, see `reserve_timestamps`.
    next_ts: AtomicU64,
}

impl Dovecot {
    /// Whether the `dovecot` and `doveadm` binaries are installed.
    pub fn available() -> bool {
        find_binary("dovecot").is_some() && find_binary("doveadm").is_some()
    }

    /// Writes a standalone config into a fresh temp dir and starts Dovecot on free 127.0.0.1
    /// ports. Errors carry the tail of dovecot.log.
    pub fn start(opts: DovecotOptions) -> Result<Dovecot, String> {
        let (Some(dovecot_bin), Some(doveadm_bin)) =
            (find_binary("dovecot"), find_binary("doveadm"))
        else {
            return Err("dovecot is not installed: run `apt-get install -y dovecot-imapd`".into());
        };
        validate_credentials(&opts.user, &opts.password)?;
        let separator = match opts.separator {
            None | Some('.') => '.',
            Some('/') => '/',
            Some(c) => {
                return Err(format!(
                    "unsupported hierarchy separator {c:?} (use '.' or '/')"
                ));
            }
        };

        let dir = tempfile::Builder::new()
            .prefix("takedown-dovecot-")
            .tempdir()
            .map_err(|e| format!("cannot create temp dir: {e}"))?;
        let root = dir.path().to_path_buf();
        let rootless = sys::geteuid() != 0;
        let ctx = |what: &str, e: io::Error| format!("{what}: {e}");

        // Fact 2: tempdirs are 0700, but the auth process runs as `dovecot` and must reach the
        // users file (and imap, as the mail owner, the Maildir) inside it.
        fs::set_permissions(&root, fs::Permissions::from_mode(0o711))
            .map_err(|e| ctx("chmod 0711 temp dir", e))?;
        if !rootless {
            check_ancestors_traversable(&root)?;
        }

        // Fact 3: mail is never accessed as uid 0; as root the mail owner is nobody:nogroup.
        // Rootless (fact 5): everything runs as the caller.
        let (owner, internal_user, internal_group, login_user) = if rootless {
            let (uid, gid) = (sys::geteuid(), sys::getegid());
            let user =
                user_name(uid).ok_or_else(|| format!("no /etc/passwd entry for uid {uid}"))?;
            let group =
                group_name(gid).ok_or_else(|| format!("no /etc/group entry for gid {gid}"))?;
            ((uid, gid), user.clone(), group, user)
        } else {
            let uid = user_id("nobody").unwrap_or(65534);
            let gid = group_id("nogroup").unwrap_or(65534);
            (
                (uid, gid),
                "dovecot".to_string(),
                "dovecot".to_string(),
                "dovenull".to_string(),
            )
        };

        for sub in ["run", "state"] {
            fs::create_dir(root.join(sub)).map_err(|e| ctx(sub, e))?;
        }
        // Fact 4: the Maildir's parents must be writable by the mail owner (imap creates
        // Maildir/ and its index files there), so DIR/mail and the home are chowned as well.
        let mail = root.join("mail");
        let home = mail.join(&opts.user);
        let maildir = home.join("Maildir");
        for d in [&mail, &home] {
            fs::create_dir(d).map_err(|e| ctx("mkdir mail home", e))?;
            chown_if_root(d, owner).map_err(|e| ctx("chown mail home", e))?;
        }
        ensure_maildir(&maildir, false, owner).map_err(|e| ctx("create Maildir", e))?;

        // passwd-file line `user:{PLAIN}password::::`. It is read by the auth process
        // (user `dovecot` as root), hence root:dovecot 0640 instead of world-readable.
        let users = root.join("users");
        fs::write(
            &users,
            format!("{}:{{PLAIN}}{}::::\n", opts.user, opts.password),
        )
        .map_err(|e| ctx("write users file", e))?;
        if rootless {
            fs::set_permissions(&users, fs::Permissions::from_mode(0o600))
                .map_err(|e| ctx("chmod users", e))?;
        } else {
            let dovecot_gid = group_id(&internal_group).ok_or_else(|| {
                format!("group {internal_group:?} missing: is dovecot-core installed?")
            })?;
            std::os::unix::fs::chown(&users, Some(0), Some(dovecot_gid))
                .map_err(|e| ctx("chown users", e))?;
            fs::set_permissions(&users, fs::Permissions::from_mode(0o640))
                .map_err(|e| ctx("chmod users", e))?;
        }

        let tls = if opts.tls {
            Some(generate_test_tls(&root.join("tls"))?)
        } else {
            None
        };

        static INSTANCE_SEQ: AtomicU32 = AtomicU32::new(0);
        // Fact 1: `instance_name` makes the children's titles `dovecot-<name>/imap` etc.; a
        // unique name lets `stop` find this instance's processes even after the master is gone.
        let instance = format!(
            "td{}x{}",
            std::process::id(),
            INSTANCE_SEQ.fetch_add(1, Ordering::Relaxed)
        );

        let mut dc = Dovecot {
            conf: root.join("dovecot.conf"),
            dir,
            imap_port: 0,
            imaps_port: None,
            ca_cert: tls.as_ref().map(|t| t.ca_cert.clone()),
            user: opts.user.clone(),
            password: opts.password.clone(),
            separator,
            instance,
            owner,
            master: None,
            dovecot_bin,
            doveadm_bin,
            next_ts: AtomicU64::new(unix_now()),
        };
        let instance = dc.instance.clone();
        let conf_params = ConfParams {
            root: &root,
            instance: &instance,
            internal_user: &internal_user,
            internal_group: &internal_group,
            login_user: &login_user,
            owner,
            rootless,
            separator: opts.separator.map(|_| separator),
            tls: tls.as_ref(),
        };

        // Ports: ask the kernel for free ones, then retry with fresh ones if another process
        // grabbed one in between (dovecot exits 89, fact 8).
        let mut last_err = String::new();
        for _attempt in 0..10 {
            let ports =
                free_ports(if opts.tls { 2 } else { 1 }).map_err(|e| ctx("pick free ports", e))?;
            dc.imap_port = ports[0];
            dc.imaps_port = ports.get(1).copied();
            fs::write(
                &dc.conf,
                render_conf(&conf_params, dc.imap_port, dc.imaps_port),
            )
            .map_err(|e| ctx("write dovecot.conf", e))?;
            match dc.launch() {
                Ok(()) => return Ok(dc),
                Err(LaunchError::AddrInUse(msg)) => last_err = msg,
                Err(LaunchError::Other(msg)) => return Err(msg),
            }
        }
        Err(format!(
            "dovecot: no free ports after 10 attempts: {last_err}"
        ))
    }

    /// The mail owner's Maildir root (= INBOX).
    pub fn maildir(&self) -> PathBuf {
        self.dir
            .path()
            .join("mail")
            .join(&self.user)
            .join("Maildir")
    }

    /// Path of the generated dovecot.conf (for `doveadm -c`, `doveconf -c`).
    pub fn conf_path(&self) -> PathBuf {
        self.conf.clone()
    }

    /// Path of the log file (log_path = info_log_path).
    pub fn log_path(&self) -> PathBuf {
        self.dir.path().join("dovecot.log")
    }

    /// Last `n` lines of dovecot.log and of dovecot's own stderr, for assertion messages.
    pub fn log_tail(&self, n: usize) -> String {
        let mut s = tail_file(&self.log_path(), n);
        let stderr = tail_file(&self.dir.path().join("dovecot.stderr"), n);
        if !stderr.trim().is_empty() {
            s.push_str("\n--- dovecot stderr ---\n");
            s.push_str(&stderr);
        }
        s
    }

    /// PID of the running master process, if started.
    pub fn master_pid(&self) -> Option<u32> {
        self.master.map(|p| p.pid)
    }

    /// Whether the master process is alive (not gone, not a zombie).
    pub fn is_running(&self) -> bool {
        self.master.is_some_and(|p| p.alive())
    }

    /// The uid/gid that owns the mail (nobody:nogroup as root).
    pub fn mail_owner(&self) -> (u32, u32) {
        self.owner
    }

    /// On-disk directory of a mailbox. INBOX is the Maildir root. Other mailboxes use the
    /// Maildir++ layout `.A.B` whatever the IMAP separator: with `separator = /` Dovecot still
    /// stores `A/B` as `Maildir/.A.B` and refuses `.` inside names (checked with
    /// `doveadm mailbox path` / `mailbox create`); `INBOX/Sub` becomes `.INBOX.Sub`.
    pub fn folder_dir(&self, folder: &str) -> io::Result<PathBuf> {
        if folder.eq_ignore_ascii_case("INBOX") {
            return Ok(self.maildir());
        }
        let invalid = |why: &str| {
            io::Error::new(
                io::ErrorKind::InvalidInput,
                format!("mailbox {folder:?}: {why}"),
            )
        };
        let mut parts = Vec::new();
        for part in folder.split(self.separator) {
            if part.is_empty() {
                return Err(invalid("empty hierarchy level"));
            }
            if part.contains(['.', '/']) {
                return Err(invalid("'.' and '/' cannot appear inside a level"));
            }
            parts.push(part);
        }
        Ok(self.maildir().join(format!(".{}", parts.join("."))))
    }

    /// Drops one message into `folder` the way an MDA does: written into `tmp/`, then renamed
    /// into `new/` (Dovecot moves it into `cur/` when it next syncs). The folder's directories
    /// are created if needed, and everything is chowned to the mail owner (fact 4). The file's
    /// mtime, which Dovecot reports as INTERNALDATE, is set from the `Date:` header.
    pub fn deliver(&self, folder: &str, raw: &[u8]) -> io::Result<()> {
        let dir = self.folder_dir(folder)?;
        ensure_maildir(&dir, dir != self.maildir(), self.owner)?;
        let ts = self.reserve_timestamps(1);
        let name = format!(
            "{ts}.M{}P{}Q{}.takedown-test",
            subsec_micros(),
            std::process::id(),
            next_seq()
        );
        let tmp = dir.join("tmp").join(&name);
        write_message_file(&tmp, raw, self.owner)?;
        fs::rename(&tmp, dir.join("new").join(&name))
    }

    /// Bulk load (fact 11): each message goes through `tmp/` straight into `cur/` as
    /// `<T+i>.M<i>P<pid>.<host>,S=<size>,W=<size with CRLF>:2,`. S=/W= spare Dovecot a stat and
    /// a read; the increasing leading timestamp makes UID order = the order given; `:2,` in
    /// `cur/` means neither \Seen nor \Recent. While Dovecot runs, a `doveadm mailbox status`
    /// afterwards makes it assign the UIDs right away.
    pub fn deliver_many(&self, folder: &str, raws: &[Vec<u8>]) -> io::Result<()> {
        let dir = self.folder_dir(folder)?;
        ensure_maildir(&dir, dir != self.maildir(), self.owner)?;
        let t0 = self.reserve_timestamps(raws.len() as u64);
        let pid = std::process::id();
        for (i, raw) in raws.iter().enumerate() {
            let name = format!(
                "{}.M{i}P{pid}.takedown-test,S={},W={}:2,",
                t0 + i as u64,
                raw.len(),
                crlf_size(raw)
            );
            let tmp = dir.join("tmp").join(&name);
            write_message_file(&tmp, raw, self.owner)?;
            fs::rename(&tmp, dir.join("cur").join(&name))?;
        }
        if self.is_running() {
            let out = self.doveadm(&["mailbox", "status", "-u", &self.user, "messages", folder]);
            if !out.status.success() {
                return Err(io::Error::other(format!(
                    "doveadm mailbox status {folder:?} failed: {}",
                    String::from_utf8_lossy(&out.stderr).trim()
                )));
            }
        }
        Ok(())
    }

    /// The raw messages currently in `folder` (`new/` and `cur/`), sorted by file name; empty
    /// when the folder does not exist.
    pub fn list_folder(&self, folder: &str) -> Vec<Vec<u8>> {
        match self.folder_dir(folder) {
            Ok(dir) => read_maildir(&dir),
            Err(_) => Vec::new(),
        }
    }

    /// Runs `doveadm -c DIR/dovecot.conf ARGS...`. The `-c` matters (fact 1): without it doveadm
    /// talks to the system instance.
    pub fn doveadm(&self, args: &[&str]) -> Output {
        Command::new(&self.doveadm_bin)
            .arg("-c")
            .arg(&self.conf)
            .args(args)
            .stdin(Stdio::null())
            .output()
            .unwrap_or_else(|e| Output {
                status: ExitStatus::from_raw(127 << 8),
                stdout: Vec::new(),
                stderr: format!("cannot run doveadm: {e}").into_bytes(),
            })
    }

    /// Stops the master and all of its children (README, "A server restart must stop the
    /// children too": a logged-in imap process otherwise keeps serving its client for ~30 s,
    /// and the master itself waits for it before exiting), then starts again with the same
    /// config, ports and mail. Connections open before the restart are cut.
    pub fn restart(&mut self) -> Result<(), String> {
        self.stop();
        // The ports were just released by processes we saw exit; retry a little anyway in case
        // the kernel has not finished with them. Another process taking them would fail here.
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            match self.launch() {
                Ok(()) => return Ok(()),
                Err(LaunchError::AddrInUse(_)) if Instant::now() < deadline => {
                    std::thread::sleep(Duration::from_millis(200));
                }
                Err(LaunchError::AddrInUse(msg)) | Err(LaunchError::Other(msg)) => {
                    return Err(format!("dovecot restart failed: {msg}"));
                }
            }
        }
    }

    /// Stops the master and every process of this instance, and waits until all are gone.
    /// Idempotent. Zombies count as gone (fact 9: the master is re-parented to PID 1, which
    /// reaps lazily here, and `kill -0` on a zombie succeeds).
    ///
    /// Order: SIGTERM to the master and to the session processes (`imap`, `imap-login`), which
    /// the master would otherwise wait ~30 s for (README, restart); the master then shuts its
    /// other services down in order, and the `log` process gets SIGTERM once it is the last
    /// child. Whatever is left after 3 s gets SIGTERM, after 10 s more SIGKILL. (Signalling
    /// auth/anvil/log at once as well works but fills dovecot.log with shutdown errors such as
    /// `auth: Error: net_connect_unix(anvil-auth-penalty) failed: Permission denied`.)
    /// A stop takes ~0.1 s, occasionally ~1 s (the master's own shutdown wait).
    pub fn stop(&mut self) {
        let Some(master) = self.master.take() else {
            return;
        };
        // Children are listed while the master is alive (afterwards they are re-parented to
        // PID 1 and no longer recognisable by PPID); the title scan catches the rest.
        let mut targets: BTreeMap<Proc, String> = BTreeMap::new();
        for p in descendants(master.pid) {
            targets.insert(p, self.service_of(p.pid).unwrap_or_default());
        }
        targets.extend(self.instance_procs());
        master.signal(SIGTERM);
        targets.insert(master, "master".to_string());
        let is_session = |svc: &str| svc.starts_with("imap");
        for (p, svc) in &targets {
            if is_session(svc) {
                p.signal(SIGTERM);
            }
        }
        let start = Instant::now();
        let phases = [
            Duration::from_secs(3),
            Duration::from_secs(3) + STOP_TIMEOUT,
            Duration::from_secs(3) + 2 * STOP_TIMEOUT,
        ];
        let mut phase = 0; // 0: master + sessions signalled; 1: all SIGTERM; 2: all SIGKILL
        let mut log_signalled = false;
        loop {
            for (p, svc) in self.instance_procs() {
                if let std::collections::btree_map::Entry::Vacant(slot) = targets.entry(p) {
                    match phase {
                        0 if is_session(&svc) => p.signal(SIGTERM),
                        0 => {}
                        1 => p.signal(SIGTERM),
                        _ => p.signal(SIGKILL),
                    }
                    slot.insert(svc);
                }
            }
            targets.retain(|p, _| p.alive());
            // The log process outlives every other service and the master waits ~1 s for it;
            // once only the two are left there is nothing more to log, so end it now.
            if phase == 0 && !log_signalled && targets.values().all(|s| s == "master" || s == "log")
            {
                log_signalled = true;
                for (p, svc) in &targets {
                    if svc == "log" {
                        p.signal(SIGTERM);
                    }
                }
            }
            if targets.is_empty() {
                break;
            }
            if start.elapsed() >= phases[phase] {
                phase += 1;
                if phase == phases.len() {
                    eprintln!(
                        "mailservers: dovecot processes still alive after SIGKILL: {targets:?}"
                    );
                    break;
                }
                let sig = if phase == 1 { SIGTERM } else { SIGKILL };
                for p in targets.keys() {
                    p.signal(sig);
                }
            }
            std::thread::sleep(Duration::from_millis(10));
        }
        // A killed master leaves its pidfile; a stale one whose PID is reused (or still a
        // zombie) makes the next start fail with "Dovecot is already running with PID".
        let _ = fs::remove_file(self.dir.path().join("run").join("master.pid"));
    }

    /// The service name in a process title `dovecot-<instance>/<service> ...` (fact 1).
    fn service_of(&self, pid: u32) -> Option<String> {
        let cmdline = fs::read(format!("/proc/{pid}/cmdline")).ok()?;
        let prefix = format!("dovecot-{}/", self.instance);
        let rest = cmdline.strip_prefix(prefix.as_bytes())?;
        let end = rest
            .iter()
            .position(|&b| b == 0 || b == b' ')
            .unwrap_or(rest.len());
        Some(String::from_utf8_lossy(&rest[..end]).into_owned())
    }

    /// This instance's live processes (by title) and their service names.
    fn instance_procs(&self) -> Vec<(Proc, String)> {
        all_pids()
            .into_iter()
            .filter_map(|pid| Some((Proc::get(pid)?, self.service_of(pid)?)))
            .filter(|(p, _)| p.alive())
            .collect()
    }

    /// Runs `dovecot -c CONF`, which daemonizes after binding its listeners, then waits for the
    /// master's pidfile and the IMAP greeting.
    fn launch(&mut self) -> Result<(), LaunchError> {
        let root = self.dir.path();
        let _ = fs::remove_file(root.join("run").join("master.pid"));
        // stdout/stderr into a file, never a pipe: the daemonized master would inherit the
        // pipe and `Command::output()` would wait for it until dovecot exits.
        let stderr_path = root.join("dovecot.stderr");
        let err_file = OpenOptions::new()
            .create(true)
            .append(true)
            .open(&stderr_path)
            .map_err(|e| LaunchError::Other(format!("open {}: {e}", stderr_path.display())))?;
        let before = fs::metadata(&stderr_path).map(|m| m.len()).unwrap_or(0);
        let out_file = err_file
            .try_clone()
            .map_err(|e| LaunchError::Other(e.to_string()))?;
        let status = Command::new(&self.dovecot_bin)
            .arg("-c")
            .arg(&self.conf)
            .stdin(Stdio::null())
            .stdout(out_file)
            .stderr(err_file)
            .status()
            .map_err(|e| {
                LaunchError::Other(format!("cannot run {}: {e}", self.dovecot_bin.display()))
            })?;
        if !status.success() {
            let new_stderr = read_from(&stderr_path, before);
            let msg = format!(
                "dovecot -c {} exited with {status}: {}\n--- dovecot.log tail ---\n{}",
                self.conf.display(),
                new_stderr.trim(),
                tail_file(&self.log_path(), 20)
            );
            if status.code() == Some(DOVECOT_EXIT_LISTEN) && msg.contains("Address already in use")
            {
                return Err(LaunchError::AddrInUse(msg));
            }
            return Err(LaunchError::Other(msg));
        }

        let pidfile = root.join("run").join("master.pid");
        let deadline = Instant::now() + START_TIMEOUT;
        let master = loop {
            if let Some(p) = fs::read_to_string(&pidfile)
                .ok()
                .and_then(|s| s.trim().parse::<u32>().ok())
                .and_then(Proc::get)
            {
                break p;
            }
            if Instant::now() >= deadline {
                return Err(LaunchError::Other(format!(
                    "dovecot started but {} did not appear\n{}",
                    pidfile.display(),
                    self.log_tail(20)
                )));
            }
            std::thread::sleep(Duration::from_millis(10));
        };
        self.master = Some(master);

        // The listeners exist already; wait until imap-login actually greets, so that a test's
        // first connection does not race the start of the login and auth services.
        if let Err(e) = wait_for_greeting(self.imap_port, b"* OK", deadline) {
            let msg = format!(
                "dovecot did not greet on 127.0.0.1:{}: {e}\n{}",
                self.imap_port,
                self.log_tail(20)
            );
            self.stop();
            return Err(LaunchError::Other(msg));
        }
        Ok(())
    }

    /// Reserves `n` consecutive leading timestamps for Maildir names, never reusing one, so
    /// that files delivered later always sort after earlier ones (fact 11).
    fn reserve_timestamps(&self, n: u64) -> u64 {
        let now = unix_now();
        let mut cur = self.next_ts.load(Ordering::Relaxed);
        loop {
            let start = cur.max(now);
            match self.next_ts.compare_exchange(
                cur,
                start + n.max(1),
                Ordering::Relaxed,
                Ordering::Relaxed,
            ) {
                Ok(_) => return start,
                Err(actual) => cur = actual,
            }
        }
    }
}

impl Drop for Dovecot {
    fn drop(&mut self) {
        self.stop();
        keep_dir_if_asked(&mut self.dir, "dovecot");
    }
}

/// Env var: when `1`, the temp dirs (config, logs, mail) are left in place for inspection.
pub const KEEP_ENV: &str = "TAKEDOWN_KEEP_MAILSERVER_DIRS";

fn keep_dir_if_asked(dir: &mut tempfile::TempDir, what: &str) {
    if std::env::var(KEEP_ENV).is_ok_and(|v| v.trim() == "1") {
        dir.disable_cleanup(true);
        eprintln!("mailservers: kept {what} dir {}", dir.path().display());
    }
}

enum LaunchError {
    AddrInUse(String),
    Other(String),
}

struct ConfParams<'a> {
    root: &'a Path,
    instance: &'a str,
    internal_user: &'a str,
    internal_group: &'a str,
    login_user: &'a str,
    owner: (u32, u32),
    rootless: bool,
    separator: Option<char>,
    tls: Option<&'a TlsFiles>,
}

/// The configuration of README "The dovecot.conf that works", standalone (fact 1: includes
/// nothing from /etc/dovecot; base_dir/state_dir inside the temp dir).
fn render_conf(p: &ConfParams, imap_port: u16, imaps_port: Option<u16>) -> String {
    let d = p.root.display();
    let mut c = String::new();
    c.push_str(&format!(
        "# Generated by tests/support/mailservers.rs; see shared/mailenv/README.md.\n\
         protocols = imap\n\
         listen = 127.0.0.1\n\
         base_dir = {d}/run\n\
         state_dir = {d}/state\n\
         instance_name = {instance}\n\
         log_path = {d}/dovecot.log\n\
         info_log_path = {d}/dovecot.log\n\
         default_internal_user = {iu}\n\
         default_internal_group = {ig}\n\
         default_login_user = {lu}\n",
        instance = p.instance,
        iu = p.internal_user,
        ig = p.internal_group,
        lu = p.login_user,
    ));
    match p.tls {
        // ssl = yes also makes the plain port advertise STARTTLS (fact 6). No ssl_dh needed.
        Some(t) => c.push_str(&format!(
            "ssl = yes\nssl_cert = <{}\nssl_key = <{}\nssl_min_protocol = TLSv1.2\n",
            t.cert.display(),
            t.key.display()
        )),
        None => c.push_str("ssl = no\n"),
    }
    // Fact 6: loopback would count as secured anyway; don't depend on that rule.
    c.push_str("disable_plaintext_auth = no\nauth_mechanisms = plain login\n");
    c.push_str(&format!(
        "passdb {{\n  driver = passwd-file\n  args = {d}/users\n}}\n\
         userdb {{\n  driver = static\n  args = uid={uid} gid={gid} home={d}/mail/%u\n}}\n\
         mail_location = maildir:~/Maildir\n\
         # fact 3: nobody has uid 65534, but a rootless caller may have a low uid\n\
         first_valid_uid = 1\n\
         first_valid_gid = 1\n\
         # fact 7: the default of 10 sessions per user and IP is too few for parallel tests\n\
         mail_max_userip_connections = 200\n",
        uid = p.owner.0,
        gid = p.owner.1,
    ));
    if let Some(sep) = p.separator {
        c.push_str(&format!(
            "namespace inbox {{\n  inbox = yes\n  separator = {sep}\n}}\n"
        ));
    }
    c.push_str("service imap-login {\n");
    if p.rootless {
        c.push_str("  chroot =\n"); // fact 5
    }
    c.push_str(&format!(
        "  inet_listener imap {{\n    address = 127.0.0.1\n    port = {imap_port}\n  }}\n"
    ));
    match imaps_port {
        Some(port) => c.push_str(&format!(
            "  inet_listener imaps {{\n    address = 127.0.0.1\n    port = {port}\n    ssl = yes\n  }}\n"
        )),
        // The compiled-in defaults still define an `imaps` listener on port 993 (see
        // `doveconf -c CONF service/imap-login`). With ssl = no Dovecot does not open it, but
        // port = 0 disables it explicitly, so only the ports chosen here are ever bound.
        None => c.push_str("  inet_listener imaps {\n    port = 0\n  }\n"),
    }
    c.push_str("}\n");
    if p.rootless {
        c.push_str("service anvil {\n  chroot =\n}\n"); // fact 5
    }
    c
}

// ---------------------------------------------------------------------------------------------
// SMTP sink
// ---------------------------------------------------------------------------------------------

#[derive(Clone, Debug, Default)]
pub struct SmtpOptions {
    /// Require AUTH PLAIN/LOGIN with this (user, password) (plaintext allowed on loopback).
    pub auth: Option<(String, String)>,
    /// Offer STARTTLS with a freshly generated test CA/cert (`SmtpSink::ca_cert`).
    pub tls: bool,
    /// Refuse mail transactions before STARTTLS (needs `tls`).
    pub require_starttls: bool,
    /// Answer the first N messages with `451` (counted per process: a restart resets it).
    pub fail_first: u32,
}

/// `scripts/smtp_sink.py` running under /usr/bin/python3, writing into `maildir`.
/// Stopped on drop.
pub struct SmtpSink {
    pub port: u16,
    /// The Maildir messages are delivered into (it may be a Dovecot's `maildir()`: the sink
    /// chowns its files to the Maildir's owner when run as root).
    pub maildir: PathBuf,
    /// The CA certificate (PEM) the client must trust when `tls`.
    pub ca_cert: Option<PathBuf>,
    /// Temp dir with the pidfile, the log (`smtp_sink.log`) and the TLS files.
    pub dir: tempfile::TempDir,
    opts: SmtpOptions,
    tls: Option<TlsFiles>,
    child: Option<Child>,
}

impl SmtpSink {
    /// Whether /usr/bin/python3 can import aiosmtpd.
    pub fn available() -> bool {
        Command::new(SYSTEM_PYTHON)
            .args(["-c", "import aiosmtpd.smtp"])
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|s| s.success())
    }

    pub fn script_path() -> PathBuf {
        repo_root().join("scripts").join("smtp_sink.py")
    }

    /// Starts the sink on a free 127.0.0.1 port, delivering into `maildir` (created if needed).
    pub fn start(maildir: &Path, opts: SmtpOptions) -> Result<SmtpSink, String> {
        if !Self::available() {
            return Err("aiosmtpd is not importable by /usr/bin/python3: run `apt-get install -y python3-aiosmtpd`".into());
        }
        let script = Self::script_path();
        if !script.is_file() {
            return Err(format!(
                "{} not found (set TAKEDOWN_REPO_ROOT?)",
                script.display()
            ));
        }
        if opts.require_starttls && !opts.tls {
            return Err("SmtpOptions::require_starttls needs tls".into());
        }
        let dir = tempfile::Builder::new()
            .prefix("takedown-smtp-")
            .tempdir()
            .map_err(|e| format!("cannot create temp dir: {e}"))?;
        let tls = if opts.tls {
            Some(generate_test_tls(&dir.path().join("tls"))?)
        } else {
            None
        };
        let mut sink = SmtpSink {
            port: 0,
            maildir: maildir.to_path_buf(),
            ca_cert: tls.as_ref().map(|t| t.ca_cert.clone()),
            dir,
            opts,
            tls,
            child: None,
        };
        let mut last_err = String::new();
        for _attempt in 0..10 {
            sink.port = free_ports(1).map_err(|e| format!("pick a free port: {e}"))?[0];
            match sink.launch() {
                Ok(()) => return Ok(sink),
                Err(LaunchError::AddrInUse(msg)) => last_err = msg,
                Err(LaunchError::Other(msg)) => return Err(msg),
            }
        }
        Err(format!(
            "smtp_sink: no free port after 10 attempts: {last_err}"
        ))
    }

    /// Messages received so far (`new/` and `cur/` of the Maildir), sorted by file name, which
    /// is arrival order for the sink's own files.
    pub fn messages(&self) -> Vec<Vec<u8>> {
        read_maildir(&self.maildir)
    }

    pub fn log_path(&self) -> PathBuf {
        self.dir.path().join("smtp_sink.log")
    }

    pub fn log_tail(&self, n: usize) -> String {
        tail_file(&self.log_path(), n)
    }

    pub fn pid(&self) -> Option<u32> {
        self.child.as_ref().map(|c| c.id())
    }

    /// SIGTERM (the sink exits cleanly), wait, SIGKILL after 10 s. Idempotent. The sink is our
    /// own child, so `wait` reaps it: no zombie.
    pub fn stop(&mut self) {
        let Some(mut child) = self.child.take() else {
            return;
        };
        if matches!(child.try_wait(), Ok(None)) {
            sys::kill(child.id() as i32, SIGTERM);
            let deadline = Instant::now() + STOP_TIMEOUT;
            while matches!(child.try_wait(), Ok(None)) && Instant::now() < deadline {
                std::thread::sleep(Duration::from_millis(10));
            }
            if matches!(child.try_wait(), Ok(None)) {
                eprintln!(
                    "mailservers: smtp_sink pid {} ignored SIGTERM; killing",
                    child.id()
                );
                let _ = child.kill();
            }
        }
        let _ = child.wait();
    }

    /// Stops and starts again on the same port and Maildir.
    pub fn restart(&mut self) -> Result<(), String> {
        self.stop();
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            match self.launch() {
                Ok(()) => return Ok(()),
                Err(LaunchError::AddrInUse(_)) if Instant::now() < deadline => {
                    std::thread::sleep(Duration::from_millis(200))
                }
                Err(LaunchError::AddrInUse(msg)) | Err(LaunchError::Other(msg)) => {
                    return Err(format!("smtp_sink restart failed: {msg}"));
                }
            }
        }
    }

    fn launch(&mut self) -> Result<(), LaunchError> {
        let pidfile = self.dir.path().join("smtp_sink.pid");
        let _ = fs::remove_file(&pidfile);
        let log_path = self.log_path();
        let log = OpenOptions::new()
            .create(true)
            .append(true)
            .open(&log_path)
            .map_err(|e| LaunchError::Other(format!("open {}: {e}", log_path.display())))?;
        let log_start = fs::metadata(&log_path).map(|m| m.len()).unwrap_or(0);
        let mut cmd = Command::new(SYSTEM_PYTHON);
        cmd.arg(Self::script_path())
            .arg("--listen")
            .arg(format!("127.0.0.1:{}", self.port))
            .arg("--maildir")
            .arg(&self.maildir)
            .arg("--pidfile")
            .arg(&pidfile)
            .arg("--fail-first")
            .arg(self.opts.fail_first.to_string());
        if let Some((user, password)) = &self.opts.auth {
            cmd.arg("--user").arg(user).arg("--password").arg(password);
        }
        if let Some(t) = &self.tls {
            cmd.arg("--tls-cert")
                .arg(&t.cert)
                .arg("--tls-key")
                .arg(&t.key);
            if self.opts.require_starttls {
                cmd.arg("--require-starttls");
            }
        }
        // Nothing is read from stdout: the script logs to stderr, into a file, so no pipe can
        // fill up and block it. Readiness = the pidfile, written once the socket is bound.
        cmd.stdin(Stdio::null()).stdout(Stdio::null()).stderr(log);
        let mut child = cmd
            .spawn()
            .map_err(|e| LaunchError::Other(format!("cannot run {SYSTEM_PYTHON}: {e}")))?;
        let deadline = Instant::now() + START_TIMEOUT;
        loop {
            match child.try_wait() {
                Ok(Some(status)) => {
                    let msg = format!(
                        "smtp_sink exited with {status} on 127.0.0.1:{}:\n{}",
                        self.port,
                        read_from(&log_path, log_start)
                    );
                    return Err(if status.code() == Some(SINK_EXIT_ADDR_IN_USE) {
                        LaunchError::AddrInUse(msg)
                    } else {
                        LaunchError::Other(msg)
                    });
                }
                Ok(None) => {}
                Err(e) => return Err(LaunchError::Other(format!("waiting for smtp_sink: {e}"))),
            }
            let ready = fs::read_to_string(&pidfile)
                .ok()
                .and_then(|s| s.trim().parse::<u32>().ok())
                == Some(child.id());
            if ready {
                self.child = Some(child);
                return Ok(());
            }
            if Instant::now() >= deadline {
                let _ = child.kill();
                let _ = child.wait();
                return Err(LaunchError::Other(format!(
                    "smtp_sink did not become ready within {START_TIMEOUT:?}:\n{}",
                    read_from(&log_path, log_start)
                )));
            }
            std::thread::sleep(Duration::from_millis(10));
        }
    }
}

impl Drop for SmtpSink {
    fn drop(&mut self) {
        self.stop();
        keep_dir_if_asked(&mut self.dir, "smtp sink");
    }
}

// ---------------------------------------------------------------------------------------------
// TLS material
// ---------------------------------------------------------------------------------------------

/// A test CA and a server certificate signed by it.
#[derive(Clone, Debug)]
pub struct TlsFiles {
    /// The CA certificate (PEM) to trust.
    pub ca_cert: PathBuf,
    /// Server certificate (PEM).
    pub cert: PathBuf,
    /// Server private key (PEM).
    pub key: PathBuf,
}

/// Generates, with the `openssl` CLI, a CA and a server certificate for 127.0.0.1 into `dir`.
/// The SAN has `DNS:127.0.0.1` besides `IP:127.0.0.1` and `DNS:localhost`: mbsync ignores IP SANs
/// (README, mbsync pitfalls). EC P-256 keys are quick to generate; the extensions (CA:TRUE on
/// the CA, CA:FALSE + serverAuth on the leaf) are what rustls/webpki insists on.
pub fn generate_test_tls(dir: &Path) -> Result<TlsFiles, String> {
    fs::create_dir_all(dir).map_err(|e| format!("mkdir {}: {e}", dir.display()))?;
    let files = TlsFiles {
        ca_cert: dir.join("ca.pem"),
        cert: dir.join("cert.pem"),
        key: dir.join("key.pem"),
    };
    let ca_key = dir.join("ca.key");
    let csr = dir.join("server.csr");
    let ext = dir.join("server.ext");
    fs::write(
        &ext,
        "basicConstraints = critical, CA:FALSE\n\
         keyUsage = critical, digitalSignature, keyEncipherment\n\
         extendedKeyUsage = serverAuth\n\
         subjectAltName = IP:127.0.0.1, DNS:localhost, DNS:127.0.0.1\n\
         subjectKeyIdentifier = hash\n\
         authorityKeyIdentifier = keyid, issuer\n",
    )
    .map_err(|e| format!("write {}: {e}", ext.display()))?;
    let p = |x: &Path| x.to_string_lossy().into_owned();
    // Serial: positive and unique, so clients caching certificates never see two test certs
    // with the same issuer and serial.
    let serial = format!(
        "0x{:016x}",
        random_u64() & 0x7fff_ffff_ffff_ffff | 0x1000_0000_0000_0000
    );
    let ec_key = [
        "-newkey",
        "ec",
        "-pkeyopt",
        "ec_paramgen_curve:prime256v1",
        "-nodes",
    ];
    let (ca_key_s, ca_cert_s, key_s, csr_s, cert_s, ext_s) = (
        p(&ca_key),
        p(&files.ca_cert),
        p(&files.key),
        p(&csr),
        p(&files.cert),
        p(&ext),
    );
    let mut ca_args = vec!["req", "-x509", "-new"];
    ca_args.extend(ec_key);
    ca_args.extend([
        "-keyout",
        &ca_key_s,
        "-out",
        &ca_cert_s,
        "-days",
        "30",
        "-subj",
        "/CN=takedown test CA",
        "-addext",
        "basicConstraints=critical,CA:TRUE",
        "-addext",
        "keyUsage=critical,keyCertSign,cRLSign",
    ]);
    let mut csr_args = vec!["req", "-new"];
    csr_args.extend(ec_key);
    csr_args.extend(["-keyout", &key_s, "-out", &csr_s, "-subj", "/CN=localhost"]);
    let sign_args = vec![
        "x509",
        "-req",
        "-in",
        &csr_s,
        "-CA",
        &ca_cert_s,
        "-CAkey",
        &ca_key_s,
        "-set_serial",
        &serial,
        "-days",
        "30",
        "-out",
        &cert_s,
        "-extfile",
        &ext_s,
    ];
    for args in [ca_args, csr_args, sign_args] {
        let out = Command::new("openssl")
            .args(&args)
            .stdin(Stdio::null())
            .output()
            .map_err(|e| format!("cannot run openssl ({e}): run `apt-get install -y openssl`"))?;
        if !out.status.success() {
            return Err(format!(
                "openssl {} failed: {}",
                args.join(" "),
                String::from_utf8_lossy(&out.stderr).trim()
            ));
        }
    }
    for key in [&ca_key, &files.key] {
        fs::set_permissions(key, fs::Permissions::from_mode(0o600))
            .map_err(|e| format!("chmod key: {e}"))?;
    }
    Ok(files)
}

// ---------------------------------------------------------------------------------------------
// Helpers: processes
// ---------------------------------------------------------------------------------------------

/// A process identified by PID *and* start time, so a recycled PID is never signalled.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
struct Proc {
    pid: u32,
    start: u64,
}

struct ProcStat {
    ppid: u32,
    state: char,
    start: u64,
}

fn proc_stat(pid: u32) -> Option<ProcStat> {
    let s = fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    // "pid (comm) state ppid ..." where comm may contain spaces and parentheses: parse after
    // the last ')'. starttime is field 22, i.e. index 19 after the state.
    let rest = &s[s.rfind(')')? + 1..];
    let f: Vec<&str> = rest.split_whitespace().collect();
    Some(ProcStat {
        state: f.first()?.chars().next()?,
        ppid: f.get(1)?.parse().ok()?,
        start: f.get(19)?.parse().ok()?,
    })
}

impl Proc {
    fn get(pid: u32) -> Option<Proc> {
        proc_stat(pid).map(|st| Proc {
            pid,
            start: st.start,
        })
    }

    /// Alive = exists, same start time, and not a zombie (fact 9).
    fn alive(&self) -> bool {
        matches!(proc_stat(self.pid), Some(st) if st.start == self.start && !matches!(st.state, 'Z' | 'X' | 'x'))
    }

    fn signal(&self, sig: i32) {
        if self.alive() {
            sys::kill(self.pid as i32, sig);
        }
    }
}

fn all_pids() -> Vec<u32> {
    fs::read_dir("/proc")
        .map(|rd| {
            rd.filter_map(|e| e.ok()?.file_name().to_str()?.parse().ok())
                .collect()
        })
        .unwrap_or_default()
}

/// All descendants (children, grandchildren, ...) of `root`.
fn descendants(root: u32) -> Vec<Proc> {
    let mut children: BTreeMap<u32, Vec<u32>> = BTreeMap::new();
    for pid in all_pids() {
        if let Some(st) = proc_stat(pid) {
            children.entry(st.ppid).or_default().push(pid);
        }
    }
    let mut out = Vec::new();
    let mut seen = HashSet::new();
    let mut queue = vec![root];
    while let Some(p) = queue.pop() {
        for &c in children.get(&p).map(Vec::as_slice).unwrap_or(&[]) {
            if seen.insert(c) {
                if let Some(proc_) = Proc::get(c) {
                    out.push(proc_);
                }
                queue.push(c);
            }
        }
    }
    out
}

// ---------------------------------------------------------------------------------------------
// Helpers: files, users, ports
// ---------------------------------------------------------------------------------------------

fn find_binary(name: &str) -> Option<PathBuf> {
    // /usr/sbin is not on a non-root PATH, and dovecot lives there.
    let path = std::env::var_os("PATH").unwrap_or_default();
    std::env::split_paths(&path)
        .chain(
            ["/usr/sbin", "/usr/bin", "/sbin", "/bin"]
                .iter()
                .map(PathBuf::from),
        )
        .map(|d| d.join(name))
        .find(|p| fs::metadata(p).is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0))
}

fn validate_credentials(user: &str, password: &str) -> Result<(), String> {
    // The passwd-file format is colon-separated, and the default auth_username_format (%Lu)
    // lowercases the login before the lookup.
    if user.is_empty()
        || user.chars().any(|c| {
            c == ':' || c == '/' || c.is_whitespace() || c.is_control() || c.is_uppercase()
        })
    {
        return Err(format!(
            "unsupported test user name {user:?} (lowercase, no ':', '/', spaces)"
        ));
    }
    if password.chars().any(|c| c == ':' || c.is_control()) {
        return Err("unsupported test password (no ':' or control characters)".into());
    }
    Ok(())
}

/// Fact 2: every ancestor of the temp dir must be traversable by user `dovecot`.
fn check_ancestors_traversable(dir: &Path) -> Result<(), String> {
    for anc in dir.ancestors().skip(1) {
        if let Ok(m) = fs::metadata(anc)
            && m.permissions().mode() & 0o001 == 0
        {
            return Err(format!(
                "{} (mode {:o}) is not traversable by others, so dovecot's auth process (user dovecot) \
                     cannot read the users file below it; use a TMPDIR whose parents have o+x",
                anc.display(),
                m.permissions().mode() & 0o7777
            ));
        }
    }
    Ok(())
}

fn passwd_lookup(file: &str, pred: impl Fn(&[&str]) -> bool) -> Option<Vec<String>> {
    let text = fs::read_to_string(file).ok()?;
    text.lines()
        .map(|l| l.split(':').collect::<Vec<_>>())
        .find(|f| f.len() >= 3 && pred(f))
        .map(|f| f.into_iter().map(str::to_string).collect())
}

fn user_id(name: &str) -> Option<u32> {
    passwd_lookup("/etc/passwd", |f| f[0] == name)?[2]
        .parse()
        .ok()
}

fn group_id(name: &str) -> Option<u32> {
    passwd_lookup("/etc/group", |f| f[0] == name)?[2]
        .parse()
        .ok()
}

fn user_name(uid: u32) -> Option<String> {
    Some(passwd_lookup("/etc/passwd", |f| f[2] == uid.to_string())?[0].clone())
}

fn group_name(gid: u32) -> Option<String> {
    Some(passwd_lookup("/etc/group", |f| f[2] == gid.to_string())?[0].clone())
}

fn chown_if_root(path: &Path, owner: (u32, u32)) -> io::Result<()> {
    if sys::geteuid() == 0 {
        std::os::unix::fs::chown(path, Some(owner.0), Some(owner.1))?;
    }
    Ok(())
}

/// Creates a Maildir (`cur`, `new`, `tmp`; plus the `maildirfolder` marker Dovecot puts in
/// Maildir++ subfolders) owned by the mail owner, mode 0700 like Dovecot's own.
fn ensure_maildir(dir: &Path, subfolder: bool, owner: (u32, u32)) -> io::Result<()> {
    let mkdir = |d: &Path| -> io::Result<()> {
        match fs::create_dir(d) {
            Ok(()) => {
                fs::set_permissions(d, fs::Permissions::from_mode(0o700))?;
                chown_if_root(d, owner)
            }
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => Ok(()),
            Err(e) => Err(e),
        }
    };
    mkdir(dir)?;
    for sub in ["cur", "new", "tmp"] {
        mkdir(&dir.join(sub))?;
    }
    if subfolder {
        let marker = dir.join("maildirfolder");
        if !marker.exists() {
            File::create(&marker)?;
            chown_if_root(&marker, owner)?;
        }
    }
    Ok(())
}

/// Writes a message file (0600, owned by the mail owner), mtime = its Date: header.
fn write_message_file(path: &Path, raw: &[u8], owner: (u32, u32)) -> io::Result<()> {
    let mut f = OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(path)?;
    f.write_all(raw)?;
    if let Some(t) = header_value(raw, "Date").and_then(|d| parse_rfc2822_date(&d))
        && t >= 0
    {
        f.set_modified(UNIX_EPOCH + Duration::from_secs(t as u64))?;
    }
    drop(f);
    chown_if_root(path, owner)
}

/// All messages of a Maildir (`new/` + `cur/`), sorted by file name.
fn read_maildir(dir: &Path) -> Vec<Vec<u8>> {
    let mut files: Vec<(std::ffi::OsString, PathBuf)> = Vec::new();
    for sub in ["new", "cur"] {
        if let Ok(rd) = fs::read_dir(dir.join(sub)) {
            for e in rd.flatten() {
                if e.file_type().is_ok_and(|t| t.is_file()) {
                    files.push((e.file_name(), e.path()));
                }
            }
        }
    }
    files.sort();
    // A file may be renamed new/ -> cur/ by Dovecot between readdir and read: look in both.
    files
        .into_iter()
        .filter_map(|(name, path)| {
            fs::read(&path).ok().or_else(|| {
                let base = name.to_string_lossy();
                let base = base.split(':').next().unwrap_or_default().to_string();
                let cur = dir.join("cur");
                fs::read_dir(&cur).ok()?.flatten().find_map(|e| {
                    e.file_name()
                        .to_string_lossy()
                        .starts_with(&base)
                        .then(|| fs::read(e.path()).ok())?
                })
            })
        })
        .collect()
}

/// Size of the message if every bare LF were CRLF (Dovecot's `W=`, RFC822.SIZE).
fn crlf_size(raw: &[u8]) -> usize {
    let bare_lf = raw
        .iter()
        .enumerate()
        .filter(|&(i, &b)| b == b'\n' && (i == 0 || raw[i - 1] != b'\r'))
        .count();
    raw.len() + bare_lf
}

fn tail_file(path: &Path, n: usize) -> String {
    let text = fs::read(path)
        .map(|b| String::from_utf8_lossy(&b).into_owned())
        .unwrap_or_default();
    let lines: Vec<&str> = text.lines().collect();
    lines[lines.len().saturating_sub(n)..].join("\n")
}

fn read_from(path: &Path, offset: u64) -> String {
    let b = fs::read(path).unwrap_or_default();
    String::from_utf8_lossy(b.get(offset as usize..).unwrap_or(&b)).into_owned()
}

/// Free TCP ports on 127.0.0.1: bind port 0 (all at once, so they differ), read, close.
/// Another process may take one before the server binds it; callers retry on EADDRINUSE.
fn free_ports(n: usize) -> io::Result<Vec<u16>> {
    let listeners = (0..n)
        .map(|_| TcpListener::bind((LOOPBACK, 0)))
        .collect::<io::Result<Vec<_>>>()?;
    listeners
        .iter()
        .map(|l| Ok(l.local_addr()?.port()))
        .collect()
}

/// Connects to 127.0.0.1:port until the first line starts with `expect`.
fn wait_for_greeting(port: u16, expect: &[u8], deadline: Instant) -> Result<(), String> {
    let addr = SocketAddr::from((LOOPBACK, port));
    let mut last = String::from("no attempt");
    while Instant::now() < deadline {
        match TcpStream::connect_timeout(&addr, Duration::from_secs(2)) {
            Ok(s) => {
                let _ = s.set_read_timeout(Some(Duration::from_secs(5)));
                let mut line = Vec::new();
                match BufReader::new(&s).read_until(b'\n', &mut line) {
                    Ok(_) if line.starts_with(expect) => {
                        let _ = (&s).write_all(b"z LOGOUT\r\n");
                        return Ok(());
                    }
                    Ok(_) => {
                        last = format!("unexpected greeting {:?}", String::from_utf8_lossy(&line))
                    }
                    Err(e) => last = format!("reading greeting: {e}"),
                }
            }
            Err(e) => last = format!("connect: {e}"),
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    Err(last)
}

fn unix_now() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0)
}

fn subsec_micros() -> u32 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.subsec_micros())
        .unwrap_or(0)
}

fn next_seq() -> u64 {
    static SEQ: AtomicU64 = AtomicU64::new(0);
    SEQ.fetch_add(1, Ordering::Relaxed)
}

fn random_u64() -> u64 {
    // std has no RNG, but RandomState is randomly keyed per process.
    let mut h = std::collections::hash_map::RandomState::new().build_hasher();
    h.write_u128(
        SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or(0),
    );
    h.write_u64(next_seq());
    h.finish()
}

// ---------------------------------------------------------------------------------------------
// Helpers: message headers and dates
// ---------------------------------------------------------------------------------------------

/// The unfolded value of the first header `name` in the message's header section.
pub fn header_value(raw: &[u8], name: &str) -> Option<String> {
    let mut value: Option<String> = None;
    for line in raw.split(|&b| b == b'\n') {
        let line = line.strip_suffix(b"\r").unwrap_or(line);
        if line.is_empty() {
            break;
        }
        if line[0] == b' ' || line[0] == b'\t' {
            if let Some(v) = value.as_mut() {
                v.push(' ');
                v.push_str(String::from_utf8_lossy(line).trim());
            }
            continue;
        }
        if value.is_some() {
            break;
        }
        if let Some(colon) = line.iter().position(|&b| b == b':')
            && line[..colon].eq_ignore_ascii_case(name.as_bytes())
        {
            value = Some(
                String::from_utf8_lossy(&line[colon + 1..])
                    .trim()
                    .to_string(),
            );
        }
    }
    value
}

/// Parses an RFC 5322 date (`Tue, 1 Jul 2003 10:52:37 +0200`, with the obsolete forms: zone
/// names, 2-digit years, no seconds, comments) into Unix seconds.
pub fn parse_rfc2822_date(s: &str) -> Option<i64> {
    let s = s.split('(').next()?; // drop a trailing comment like "(UTC)"
    let mut toks: Vec<&str> = s
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|t| !t.is_empty())
        .collect();
    if toks.first()?.chars().all(|c| c.is_ascii_alphabetic()) {
        toks.remove(0); // day of week
    }
    let day: i64 = toks.first()?.parse().ok()?;
    let month = MONTHS.iter().position(|m| {
        toks.get(1)
            .is_some_and(|t| t.len() >= 3 && t[..3].eq_ignore_ascii_case(m))
    })? as i64
        + 1;
    let mut year: i64 = toks.get(2)?.parse().ok()?;
    let ylen = toks[2].len();
    if ylen <= 2 {
        year += if year < 50 { 2000 } else { 1900 };
    } else if ylen == 3 {
        year += 1900;
    }
    let hms: Vec<i64> = toks
        .get(3)?
        .split(':')
        .map(|x| x.parse().ok())
        .collect::<Option<_>>()?;
    let (h, mi, sec) = match hms.as_slice() {
        [h, m] => (*h, *m, 0),
        [h, m, s] => (*h, *m, *s),
        _ => return None,
    };
    if !(1..=31).contains(&day)
        || !(0..=23).contains(&h)
        || !(0..=59).contains(&mi)
        || !(0..=60).contains(&sec)
    {
        return None;
    }
    let offset_min: i64 = match toks.get(4).copied() {
        Some(z) if (z.starts_with('+') || z.starts_with('-')) && z.len() == 5 => {
            let v: i64 = z[1..].parse().ok()?;
            let m = (v / 100) * 60 + v % 100;
            if z.starts_with('-') { -m } else { m }
        }
        Some(z) => match z.to_ascii_uppercase().as_str() {
            "EDT" => -4 * 60,
            "EST" | "CDT" => -5 * 60,
            "CST" | "MDT" => -6 * 60,
            "MST" | "PDT" => -7 * 60,
            "PST" => -8 * 60,
            _ => 0, // UT, GMT, Z, military and unknown zones: RFC 5322 says treat as +0000
        },
        None => 0,
    };
    Some(days_from_civil(year, month, day) * 86400 + h * 3600 + mi * 60 + sec - offset_min * 60)
}

const MONTHS: [&str; 12] = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
];

/// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm).
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = if y >= 0 { y } else { y - 399 } / 400;
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146097 + doe - 719468
}
