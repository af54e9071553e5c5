//! The long-running side of `takedown run`: watches every configured mailbox
//! until SIGINT/SIGTERM.

use std::time::Duration;

use crate::cli::{Ctx, Failure};
use crate::config::MailboxKind;

/// Entry point from the CLI for `run` (and `run --once` with IMAP mailboxes).
pub fn run_cli(ctx: &Ctx, once: bool, json: bool) -> Result<i32, Failure> {
    if ctx.settings.mailboxes.iter().any(|m| matches!(m.kind, MailboxKind::Imap(_))) {
        return Err(Failure::usage("IMAP mailboxes are not supported by this build yet"));
    }
    let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().map_err(|e| Failure::input(format!("runtime: {e}")))?;
    rt.block_on(async {
        let store = ctx.store()?;
        let interval = Duration::from_secs(60);
        loop {
            let mut bad = 0;
            for mb in &ctx.settings.mailboxes {
                if let MailboxKind::Maildir(p) | MailboxKind::Mbox(p) = &mb.kind {
                    let inputs = crate::source::read_path(p, ctx.settings.limits.max_message_bytes)
                        .into_iter()
                        .map(|r| r.map_err(|e| e.to_string()))
                        .collect();
                    bad += crate::cli::ingest_all_pub(ctx, &store, inputs, json)?;
                }
            }
            if once {
                return Ok(if bad > 0 { 1 } else { 0 });
            }
            tokio::select! {
                _ = tokio::time::sleep(interval) => {}
                _ = tokio::signal::ctrl_c() => return Ok(0),
            }
        }
    })
}
