//! `takedown audit verify [--json] [--head HASH]`: recomputes the hash chain
//! and the stored emails' SHA-256, checks item statuses against their events,
//! prints the chain head. Exit 1 when anything is broken.

use clap::{Args, Subcommand};

use super::output::print_json;
use super::{Ctx, Failure};
use crate::store::{MIN_HASH_PREFIX, hash_prefix};

#[derive(Debug, Args)]
pub struct AuditArgs {
    #[command(subcommand)]
    pub action: AuditAction,
}

#[derive(Debug, Subcommand)]
pub enum AuditAction {
    /// Verify the hash chain, the stored emails and the item statuses.
    Verify {
        /// The report as JSON (shape in the README: `ok`, `head`, `problems`, …).
        #[arg(long)]
        json: bool,
        /// A chain head recorded earlier (e.g. from a digest), whole or its
        /// first 12 or more hex digits: it must still be in the chain.
        #[arg(long, value_name = "HASH")]
        head: Option<String>,
    },
}

pub fn run(ctx: &Ctx, a: AuditArgs) -> Result<i32, Failure> {
    let AuditAction::Verify { json, head } = a.action;
    if let Some(h) = &head {
        let t = h.trim();
        if hash_prefix(t).is_none() {
            return Err(Failure::usage(format!(
                "--head `{t}`: write the chain head as printed (64 hex digits), or its first {MIN_HASH_PREFIX} or more"
            )));
        }
    }
    let store = ctx.store()?;
    let r = crate::audit::verify(&store, head.as_deref())?;
    if json {
        print_json(&r)?;
    } else {
        crate::outln!(
            "{} events, {} items, {} emails checked",
            r.events,
            r.items,
            r.emails
        );
        match r.head_event {
            Some(id) => crate::outln!("chain head {} (event {id})", r.head),
            None => crate::outln!("chain head {} (no events yet)", r.head),
        }
        crate::outln!(
            "staff acts: {} (chain head {})",
            r.ledger_events,
            r.ledger_head
        );
        match &r.first_broken {
            None => crate::outln!(
                "OK: the chains, the stored emails, the item statuses and locks and the review resolutions agree"
            ),
            Some(first) => {
                let what = match (&first.reference, &first.url) {
                    (Some(r), Some(u)) => format!(" [{r} {u}]"),
                    _ => String::new(),
                };
                crate::outln!("BROKEN: first broken link: {}{what}", first.detail);
                if r.problems.len() > 1 {
                    crate::outln!("{} problems in all:", r.problems.len());
                    for p in &r.problems {
                        crate::outln!("  {:<10} {}", p.kind, p.detail);
                    }
                }
            }
        }
    }
    Ok(if r.ok { 0 } else { 1 })
}
