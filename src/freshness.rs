//! The freshness gate in front of reminders and the digest: nothing is sent
//! from a ledger that has not read its mail. Every IMAP mailbox must have
//! completed a full pass (all of its folder seen, recorded and moved) within
//! `reminders.max_staleness`, on the command's clock; a local Maildir or
//! mbox blocks only when it cannot be read (it is read whenever a command
//! runs, so it has no staleness of its own).
//!
//! Pure: the configured mailboxes, their recorded passes, a probe for local
//! paths and `now` in; the stale mailboxes out.

use std::path::Path;
use std::time::Duration;

use jiff::Timestamp;
use serde::Serialize;

use crate::config::{MailboxKind, Settings};
use crate::store::MailboxPass;

/// A mailbox that holds reminders back, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Stale {
    pub mailbox: String,
    /// Its last full pass; `None`: never.
    pub since: Option<Timestamp>,
    /// One line for the operator: which mailbox, since when, the last error.
    pub reason: String,
}

fn human(d: Duration) -> String {
    let s = d.as_secs();
    match s {
        0..120 => format!("{s}s"),
        120..7200 => format!("{}m", s / 60),
        7200..172_800 => format!("{}h", s / 3600),
        _ => format!("{}d", s / 86_400),
    }
}

/// The mailboxes that stop reminders at `now`. `local_problem` says why a
/// local mailbox cannot be read (`None`: readable).
pub fn stale_mailboxes(
    settings: &Settings,
    passes: &[MailboxPass],
    max_staleness: Duration,
    now: Timestamp,
    local_problem: impl Fn(&Path, bool) -> Option<String>,
) -> Vec<Stale> {
    let mut out = Vec::new();
    for mb in &settings.mailboxes {
        match &mb.kind {
            MailboxKind::Imap(i) => {
                let pass = passes.iter().find(|p| p.mailbox == mb.name);
                let last = pass.and_then(|p| p.last_full_pass_at);
                let error = pass
                    .and_then(|p| {
                        let e = p.last_error.as_deref()?;
                        Some(format!(
                            "; {} failed pass(es) since, the last: {e}",
                            p.consecutive_failures
                        ))
                    })
                    .unwrap_or_default();
                let server = format!("{}:{}", i.host, i.port);
                match last {
                    None => out.push(Stale {
                        mailbox: mb.name.clone(),
                        since: None,
                        reason: format!(
                            "mailbox {} ({server}) has never been read completely{error}",
                            mb.name
                        ),
                    }),
                    Some(t) => {
                        let age = now.duration_since(t);
                        let age = Duration::try_from(age).unwrap_or_default();
                        if age > max_staleness {
                            out.push(Stale {
                                mailbox: mb.name.clone(),
                                since: Some(t),
                                reason: format!(
                                    "mailbox {} ({server}) was last read completely at {} ({} ago, more than reminders.max_staleness = {}){error}",
                                    mb.name,
                                    crate::store::ts(t),
                                    human(age),
                                    human(max_staleness)
                                ),
                            });
                        }
                    }
                }
            }
            MailboxKind::Maildir(p) | MailboxKind::Mbox(p) => {
                let maildir = matches!(mb.kind, MailboxKind::Maildir(_));
                if let Some(why) = local_problem(p, maildir) {
                    out.push(Stale {
                        mailbox: mb.name.clone(),
                        since: passes
                            .iter()
                            .find(|x| x.mailbox == mb.name)
                            .and_then(|x| x.last_full_pass_at),
                        reason: format!("mailbox {} cannot be read: {why}", mb.name),
                    });
                }
            }
        }
    }
    out
}

/// Whether a local mailbox can be read right now (the probe for
/// `stale_mailboxes`).
pub fn local_problem(path: &Path, maildir: bool) -> Option<String> {
    if maildir {
        let mut any = false;
        for sub in ["cur", "new"] {
            let d = path.join(sub);
            if d.exists() {
                any = true;
                if let Err(e) = std::fs::read_dir(&d) {
                    return Some(format!("{}: {e}", d.display()));
                }
            }
        }
        (!any).then(|| format!("{} is not a Maildir (no cur/ or new/)", path.display()))
    } else {
        std::fs::File::open(path)
            .err()
            .map(|e| format!("{}: {e}", path.display()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn settings(mailboxes: &str) -> Settings {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("config.toml");
        std::fs::write(
            &p,
            format!(
                "[database]\npath = \"t.db\"\n[[platforms]]\nid = \"telegram\"\nsenders = [\"telegram.org\"]\n{mailboxes}"
            ),
        )
        .unwrap();
        Settings::load(&p).unwrap()
    }

    fn pass(name: &str, last: Option<&str>, failures: u32, err: Option<&str>) -> MailboxPass {
        MailboxPass {
            mailbox: name.into(),
            kind: "imap".into(),
            last_full_pass_at: last.map(|t| t.parse().unwrap()),
            last_attempt_at: None,
            consecutive_failures: failures,
            last_error_class: err.map(|_| "connect".into()),
            last_error: err.map(String::from),
        }
    }

    const IMAP: &str = "[[mailbox]]\nname = \"main\"\nkind = \"imap\"\nhost = \"imap.example\"\nusername = \"u\"\npassword_env = \"FRESHNESS_TEST_PW\"\n";

    #[test]
    fn imap_mailboxes_must_have_a_recent_full_pass() {
        let s = settings(IMAP);
        let now: Timestamp = "2024-09-10T10:00:00Z".parse().unwrap();
        let max = Duration::from_secs(15 * 60);
        let none = |_: &Path, _: bool| None;
        // Never read: held.
        let st = stale_mailboxes(&s, &[], max, now, none);
        assert_eq!(st.len(), 1);
        assert!(st[0].reason.contains("never been read"), "{st:?}");
        // Read 10 minutes ago: fresh.
        let p = [pass("main", Some("2024-09-10T09:50:00Z"), 0, None)];
        assert!(stale_mailboxes(&s, &p, max, now, none).is_empty());
        // Read 16 minutes ago, failing since: held, with since and the error.
        let p = [pass(
            "main",
            Some("2024-09-10T09:44:00Z"),
            3,
            Some("connect to imap.example:993: refused"),
        )];
        let st = stale_mailboxes(&s, &p, max, now, none);
        assert_eq!(st[0].since, p[0].last_full_pass_at);
        assert!(
            st[0].reason.contains("2024-09-10T09:44:00Z")
                && st[0].reason.contains("16m ago")
                && st[0].reason.contains("3 failed pass(es)")
                && st[0].reason.contains("refused"),
            "{}",
            st[0].reason
        );
    }

    #[test]
    fn local_mailboxes_block_only_when_unreadable() {
        let dir = tempfile::tempdir().unwrap();
        let md = dir.path().join("md");
        std::fs::create_dir_all(md.join("cur")).unwrap();
        let s = settings(&format!(
            "[[mailbox]]\nname = \"local\"\nkind = \"maildir\"\npath = \"{}\"\n",
            md.display()
        ));
        let now = Timestamp::now();
        let max = Duration::from_secs(60);
        assert!(stale_mailboxes(&s, &[], max, now, local_problem).is_empty());
        std::fs::remove_dir(md.join("cur")).unwrap();
        let st = stale_mailboxes(&s, &[], max, now, local_problem);
        assert!(st[0].reason.contains("not a Maildir"), "{st:?}");
    }
}
