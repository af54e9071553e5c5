//! `takedown review resolve ENTRY --status STATUS [--url URL ...] --note TEXT`:
//! staff apply a status the reader could not read (a `not_understood`
//! email, a receipt that named items, …) as their own decision, citing the
//! email as its evidence.

use super::{Ctx, Failure};
use crate::pipeline::understand;
use crate::status::Status;
use crate::store::{ReviewCandidate, Store, Targets};

pub fn resolve(
    ctx: &Ctx,
    store: &Store,
    entry: &ReviewCandidate,
    status: &str,
    urls: &[String],
    note: &str,
    by: &str,
) -> Result<i32, Failure> {
    let status = Status::parse(status).ok_or_else(|| {
        Failure::usage(format!(
            "`{status}` is not a status: use pending, removed, restricted, rejected or not_found"
        ))
    })?;
    // How the entry is named in messages: its email's Message-ID, else its id.
    let bare = match &entry.message_id {
        Some(m) => format!("<{m}>"),
        None => format!("review entry {}", entry.id),
    };
    let changed = if urls.is_empty() {
        // Default: the URLs the email itself names, of its own platform.
        let Some(sha) = &entry.sha256 else {
            return Err(Failure::usage(format!(
                "{bare} is about an item, not an email: name the items with --url"
            )));
        };
        let (raw, _, headers_only) = store.raw_message(sha)?;
        let u = understand(&raw, &ctx.settings);
        let Some(platform) = u.verdict.platform.clone() else {
            return Err(Failure::usage(format!(
                "{bare} is not from a platform's sender: name the items with --url"
            )));
        };
        if headers_only {
            return Err(Failure::usage(format!(
                "only the headers of {bare} are stored: name the items with --url"
            )));
        }
        let x = &u.extraction;
        let mut named: Vec<String> = x.claims.iter().map(|c| c.url.clone()).collect();
        named.extend(x.hedged.iter().cloned());
        store.review_resolve_status(
            entry.id,
            status,
            Targets::NamedByPlatform {
                urls: &named,
                platform: &platform,
            },
            note,
            by,
            ctx.now,
        )?
    } else {
        store.review_resolve_status(entry.id, status, Targets::Given(urls), note, by, ctx.now)?
    };
    crate::outln!(
        "resolved {bare} (review entry {}) by {by}, {status} as a staff decision citing it:",
        entry.id
    );
    for (url, old, new) in &changed {
        crate::outln!("  {url} {old} -> {new}");
    }
    if changed.is_empty() {
        crate::outln!("  (every named item was already {status})");
    }
    Ok(0)
}
