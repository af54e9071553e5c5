//! `takedown check`: is this configuration usable? Loading it already
//! validated every key; this tries what can only be tried live (each IMAP
//! login and folder, the SMTP login) and prints one line per check. Exit 1
//! when any check fails, that is when `run` would fail.

use clap::Args;

use super::{Ctx, Failure};
use crate::config::{ImapSettings, MailboxKind, Require, SmtpKind};
use crate::source::imap::{ImapConn, ImapError, plaintext_over_network, tls_label};

#[derive(Debug, Args)]
pub struct CheckArgs {}

/// Prints check lines and remembers whether one failed.
struct Report {
    failed: usize,
}

impl Report {
    fn line(&mut self, ok: Option<bool>, what: &str, detail: &str) {
        let mark = match ok {
            Some(true) => "ok  ",
            Some(false) => {
                self.failed += 1;
                "FAIL"
            }
            None => "--  ",
        };
        crate::outln!("{mark}  {what:<20} {detail}");
    }
}

pub fn run(ctx: &Ctx, _a: CheckArgs) -> Result<i32, Failure> {
    let s = &ctx.settings;
    let mut r = Report { failed: 0 };
    r.line(
        Some(true),
        "config",
        &format!(
            "{}: {} platform(s), {} mailbox(es)",
            s.config_path.display(),
            s.platforms.len(),
            s.mailboxes.len()
        ),
    );
    match &s.trust {
        None => r.line(
            None,
            "trust",
            "no [trust] section: no email is trusted, so nothing is applied",
        ),
        Some(t) if t.require == Require::None => r.line(
            None,
            "trust",
            "require = \"none\": sender authentication is not checked (tests only)",
        ),
        Some(t) => r.line(
            Some(true),
            "trust",
            &format!(
                "authserv_id = {}",
                t.authserv_id.as_deref().unwrap_or("(none)")
            ),
        ),
    }
    match s.intake_warning() {
        Some(w) => r.line(None, "intake addresses", &format!("WARNING: {w}")),
        None => r.line(
            Some(true),
            "intake addresses",
            &s.intake_addresses().join(", "),
        ),
    }
    let db = &s.database.path;
    if db.exists() {
        match std::fs::OpenOptions::new().read(true).write(true).open(db) {
            Ok(_) => r.line(
                Some(true),
                "database",
                &format!("{} (exists, writable)", db.display()),
            ),
            Err(e) => r.line(Some(false), "database", &format!("{}: {e}", db.display())),
        }
    } else {
        let dir = db
            .parent()
            .filter(|d| !d.as_os_str().is_empty())
            .unwrap_or(std::path::Path::new("."));
        if dir.is_dir() {
            r.line(
                Some(true),
                "database",
                &format!("{} (will be created)", db.display()),
            );
        } else {
            r.line(
                Some(false),
                "database",
                &format!("{}: folder {} does not exist", db.display(), dir.display()),
            );
        }
    }

    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| Failure::input(format!("cannot start the async runtime: {e}")))?;
    for mb in &s.mailboxes {
        let what = format!("mailbox {}", mb.name);
        match &mb.kind {
            MailboxKind::Imap(i) => {
                if plaintext_over_network(i) {
                    r.line(None, &what, &format!("WARNING: tls = \"none\" for {}: password and emails cross the network unencrypted", i.host));
                }
                // A full pass comes at least every poll_interval; slower than the
                // freshness limit, reminders would be held between passes.
                if let Some(rs) = &s.reminders
                    && i.poll_interval >= rs.max_staleness
                {
                    r.line(
                        None,
                        &what,
                        &format!(
                            "WARNING: poll_interval ({}s) is not shorter than reminders.max_staleness ({}s): reminders would be held back between passes; shorten poll_interval",
                            i.poll_interval.as_secs(),
                            rs.max_staleness.as_secs()
                        ),
                    );
                }
                match rt.block_on(check_imap(i)) {
                    Ok(lines) => {
                        for (ok, detail) in lines {
                            r.line(ok, &what, &detail);
                        }
                    }
                    Err(e) => r.line(Some(false), &what, &e.message),
                }
            }
            MailboxKind::Maildir(p) => {
                if p.join("cur").is_dir() || p.join("new").is_dir() {
                    r.line(Some(true), &what, &format!("Maildir {}", p.display()));
                } else {
                    r.line(
                        Some(false),
                        &what,
                        &format!("{} is not a Maildir (no cur/ or new/)", p.display()),
                    );
                }
            }
            MailboxKind::Mbox(p) => {
                if p.is_file() {
                    r.line(Some(true), &what, &format!("mbox {}", p.display()));
                } else {
                    r.line(
                        Some(false),
                        &what,
                        &format!("mbox {} is not a readable file", p.display()),
                    );
                }
            }
        }
    }
    match &s.smtp {
        None => r.line(None, "smtp", "not configured"),
        Some(sm) => match &sm.kind {
            SmtpKind::File(dir) => r.line(
                None,
                "smtp",
                &format!("kind = \"file\": emails are written into {}", dir.display()),
            ),
            SmtpKind::Smtp => {
                // The reminders' own transport: connect, STARTTLS/TLS, AUTH, QUIT.
                let tried = rt.block_on(async {
                    let mut t = crate::remind::transport::Transport::new(sm);
                    let ready = t.ready().await;
                    t.close().await;
                    ready
                });
                let what = if sm.username.is_some() {
                    "login ok"
                } else {
                    "connected (no username: no login)"
                };
                match tried {
                    Ok(()) => r.line(
                        Some(true),
                        "smtp",
                        &format!("{what} at {}:{} ({})", sm.host, sm.port, tls_label(&sm.tls)),
                    ),
                    Err(e) => r.line(Some(false), "smtp", &e),
                }
            }
        },
    }
    if let Some(server) = &s.server {
        r.line(
            None,
            "server",
            &format!(
                "health endpoint on http://{}/healthz when the daemon runs",
                server.listen
            ),
        );
    }
    Ok(if r.failed > 0 { 1 } else { 0 })
}

/// A check line: `Some(true)` ok, `Some(false)` run would fail, `None` a note or warning.
type Line = (Option<bool>, String);

/// Logs in and proves what `run` will need: the watched folder can be read,
/// the processed and review folders exist or can be created (they are
/// created now, as `run` would) and selected, with the rights to move into
/// them where the server has ACL. Also reports the namespace, delimiter,
/// extensions and certificate, and probes whether the server rewrites raw
/// 8-bit headers (an email appended to a scratch folder, fetched back and
/// deleted with the folder).
async fn check_imap(i: &ImapSettings) -> Result<Vec<Line>, ImapError> {
    let mut out: Vec<Line> = Vec::new();
    let mut conn = ImapConn::connect(i).await?;
    out.push((
        Some(true),
        format!(
            "login ok at {}:{} as {} ({}, {})",
            i.host,
            i.port,
            i.username,
            tls_label(&i.tls),
            conn.mechanism.label()
        ),
    ));
    if let Some(c) = &conn.certificate {
        let soon = c
            .not_after
            .parse::<jiff::Timestamp>()
            .ok()
            .is_some_and(|t| t.duration_since(jiff::Timestamp::now()).as_secs() < 14 * 86_400);
        out.push((
            if soon { None } else { Some(true) },
            format!(
                "{}certificate: subject {}; expires {}; {}{}",
                if soon { "WARNING: " } else { "" },
                c.subject,
                c.not_after,
                c.fingerprint,
                if i.tls_fingerprint.is_some() {
                    " (pinned with tls_fingerprint)"
                } else {
                    ""
                }
            ),
        ));
    }
    let caps = conn.capabilities.clone();
    out.push((
        Some(true),
        format!(
            "namespace: personal prefix \"{}\", delimiter {}; {}, {}, {}",
            conn.namespace.prefix,
            conn.delimiter
                .map(|d| format!("'{d}'"))
                .unwrap_or_else(|| "none".into()),
            if caps.idle {
                "IDLE"
            } else {
                "no IDLE (polling)"
            },
            if caps.moves {
                "MOVE"
            } else {
                "no MOVE (COPY + EXPUNGE)"
            },
            if caps.uidplus {
                "UIDPLUS"
            } else {
                "no UIDPLUS (plain EXPUNGE)"
            },
        ),
    ));
    // The watched folder: readable, and emails can be removed from it.
    let source = match conn.server_name(&i.folder) {
        Ok(n) => n,
        Err(e) => {
            out.push((Some(false), e.message));
            return Ok(out);
        }
    };
    match conn.examine(&source).await {
        Ok(count) => {
            let rights = conn.my_rights(&source).await.ok().flatten();
            let can_take = rights
                .as_deref()
                .is_none_or(|r| r.contains('r') && (r.contains('t') || r.contains('d')));
            out.push((
                Some(can_take),
                format!(
                    "folder {source}: {count} email(s){}{}",
                    rights
                        .as_deref()
                        .map(|r| format!("; rights {r}"))
                        .unwrap_or_default(),
                    if can_take {
                        ""
                    } else {
                        "; missing the right to read (r) or delete (t) emails: run could not move them"
                    }
                ),
            ));
        }
        Err(e) => out.push((
            Some(false),
            format!("folder {source} (from `folder = \"{}\"`): {e}", i.folder),
        )),
    }
    for (key, configured) in [
        ("processed_folder", &i.processed_folder),
        ("review_folder", &i.review_folder),
    ] {
        out.push(check_target(&mut conn, key, configured).await);
    }
    // The regulator's Sent folder (issue 17) is only read, never created: it must exist.
    if let Some(f) = &i.sent_folder {
        out.push(match conn.server_name(f) {
            Err(e) => (Some(false), format!("sent_folder: {}", e.message)),
            Ok(name) => match conn.folder_exists(&name).await {
                Ok(true) => (
                    Some(true),
                    format!("sent_folder {name} (sent folder, read only) exists"),
                ),
                Ok(false) => (
                    Some(false),
                    format!("sent_folder {name} does not exist on {}", i.host),
                ),
                Err(e) => (Some(false), format!("sent_folder {name}: {e}")),
            },
        });
    }
    out.push(probe_8bit(&mut conn, i).await);
    let _ = conn.logout().await;
    Ok(out)
}

/// A folder emails are moved into: exists or is created, can be selected,
/// and accepts emails (MYRIGHTS `i`) where the server has ACL.
async fn check_target(conn: &mut ImapConn, key: &str, configured: &str) -> Line {
    let name = match conn.server_name(configured) {
        Ok(n) => n,
        Err(e) => return (Some(false), format!("{key}: {}", e.message)),
    };
    let created = match conn.ensure_folder(&name).await {
        Ok(c) => c,
        Err(e) => {
            return (
                Some(false),
                format!(
                    "{key} = \"{configured}\" is {name} on this server, which cannot be created: {e} (personal namespace \"{}\"; name a folder inside it)",
                    conn.namespace.prefix
                ),
            );
        }
    };
    if let Err(e) = conn.examine(&name).await {
        return (
            Some(false),
            format!("{key}: {name} cannot be selected: {e}"),
        );
    }
    let rights = conn.my_rights(&name).await.ok().flatten();
    let can_insert = rights.as_deref().is_none_or(|r| r.contains('i'));
    (
        Some(can_insert),
        format!(
            "{key}: {name} {}{}{}",
            if created { "created" } else { "exists" },
            rights
                .as_deref()
                .map(|r| format!(", rights {r}"))
                .unwrap_or_else(|| ", selectable".into()),
            if can_insert {
                ""
            } else {
                "; missing the insert right (i): emails cannot be moved into it"
            }
        ),
    )
}

/// A raw UTF-8 Subject, as some platforms send it (RFC 6532 style).
const PROBE_SUBJECT: &str = "takedown check: 삭제 확인 (8-bit probe)";

/// Appends an email with a raw UTF-8 header to a scratch folder, fetches it
/// back and compares: a server that rewrites it (Cyrus `munge8bit: yes`)
/// stores an altered copy, and the ledger's evidence is that copy.
async fn probe_8bit(conn: &mut ImapConn, i: &ImapSettings) -> Line {
    let parent = i
        .processed_folder
        .rsplit_once('/')
        .map(|(p, _)| format!("{p}/"))
        .unwrap_or_default();
    let configured = format!("{parent}takedown-check-{}", std::process::id());
    let result: Result<Option<String>, ImapError> = async {
        let scratch = conn.server_name(&configured)?;
        conn.ensure_folder(&scratch).await?;
        let probe = format!(
            "From: takedown check <check@invalid>\r\nTo: check@invalid\r\nSubject: {PROBE_SUBJECT}\r\nMessage-ID: <probe.{}@invalid>\r\nDate: Mon, 2 Sep 2024 10:00:00 +0000\r\n\r\nprobe\r\n",
            std::process::id()
        );
        let appended = conn.append(&scratch, probe.as_bytes()).await;
        let back = match appended {
            Ok(()) => {
                conn.select(&scratch).await?;
                let uids: Vec<u32> = conn.list_sizes().await?.iter().map(|(u, _)| *u).collect();
                let got = conn.fetch(&uids, true).await?;
                conn.unselect().await?;
                got.into_iter().next().map(|(_, b)| b)
            }
            Err(e) => {
                let _ = conn.delete_folder(&scratch).await;
                return Err(e);
            }
        };
        conn.delete_folder(&scratch).await?;
        let Some(header) = back else {
            return Ok(Some("the probe email could not be fetched back".into()));
        };
        let subject = header
            .split(|b| *b == b'\n')
            .find(|l| l.len() > 8 && l[..8].eq_ignore_ascii_case(b"subject:"))
            .map(|l| String::from_utf8_lossy(&l[8..]).trim().to_string())
            .unwrap_or_default();
        Ok((subject != PROBE_SUBJECT).then(|| format!("sent `{PROBE_SUBJECT}`, stored `{subject}`")))
    }
    .await;
    match result {
        Ok(None) => (
            Some(true),
            "8-bit headers: kept as sent (probe appended, fetched back, deleted)".into(),
        ),
        Ok(Some(diff)) => (
            None,
            format!(
                "WARNING: the server rewrites raw 8-bit headers ({diff}): the evidence takedown keeps is the server's altered copy; on Cyrus IMAP set `munge8bit: no` in imapd.conf"
            ),
        ),
        Err(e) => (
            None,
            format!(
                "WARNING: the 8-bit header probe could not run ({e}); nothing else depends on it"
            ),
        ),
    }
}
