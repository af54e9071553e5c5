//! `takedown check`: is this configuration usable? Loading it already
//! validated every key; this tries what can only be tried live (each IMAP
//! login, the SMTP login) and prints one line per check. Exit 1 when any
//! check fails.

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
        println!("{mark}  {what:<20} {detail}");
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
                match rt.block_on(check_imap(i)) {
                    Ok(detail) => r.line(Some(true), &what, &detail),
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

/// Logs in, looks at the folders, logs out. Changes nothing on the server.
async fn check_imap(i: &ImapSettings) -> Result<String, ImapError> {
    let mut conn = ImapConn::connect(i).await?;
    let source = conn.server_name(&i.folder)?;
    let count = conn.examine(&source).await?;
    let mut folders = Vec::new();
    for f in [&i.processed_folder, &i.review_folder] {
        let name = conn.server_name(f)?;
        let state = if conn.folder_exists(&name).await? {
            "exists"
        } else {
            "will be created"
        };
        folders.push(format!("{name} {state}"));
    }
    let caps = &conn.capabilities;
    let detail = format!(
        "login ok at {}:{} ({}); {source}: {count} email(s); {}; delimiter {}; {}{}",
        i.host,
        i.port,
        tls_label(&i.tls),
        folders.join(", "),
        conn.delimiter
            .map(|d| format!("'{d}'"))
            .unwrap_or_else(|| "none".into()),
        if caps.idle {
            "IDLE"
        } else {
            "no IDLE (polling)"
        },
        if caps.moves {
            ", MOVE"
        } else {
            ", no MOVE (COPY + EXPUNGE)"
        },
    );
    let _ = conn.logout().await;
    Ok(detail)
}
