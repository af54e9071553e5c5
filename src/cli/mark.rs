//! `takedown mark REF URL STATUS --note TEXT [--by NAME] [--evidence MSGID]`:
//! a staff decision, citing an email as its evidence when one is named.

use clap::Args;

use super::{Ctx, Failure, actor};
use crate::status::Status;

#[derive(Debug, Args)]
pub struct MarkArgs {
    /// The request's reference (any case).
    #[arg(value_name = "REF")]
    pub reference: String,
    /// The item's URL, as imported or in any form the matcher treats as the same.
    pub url: String,
    /// pending, removed, restricted, rejected or not_found.
    pub status: String,
    /// Why (kept in the item's history).
    #[arg(long, required = true)]
    pub note: String,
    /// Who decides (default: the OS user).
    #[arg(long)]
    pub by: Option<String>,
    /// Message-ID of the stored email the decision rests on (kept with the event).
    #[arg(long, value_name = "MSGID")]
    pub evidence: Option<String>,
}

pub fn run(ctx: &Ctx, a: MarkArgs) -> Result<i32, Failure> {
    let status = Status::parse(&a.status).ok_or_else(|| {
        Failure::usage(format!(
            "`{}` is not a status: use pending, removed, restricted, rejected or not_found",
            a.status
        ))
    })?;
    if a.note.trim().is_empty() {
        return Err(Failure::usage("--note must say why"));
    }
    let store = ctx.store()?;
    let reference = store.resolve_reference(&a.reference)?;
    let by = actor(a.by);
    let m = store.mark(
        &reference,
        &a.url,
        status,
        &a.note,
        &by,
        a.evidence.as_deref(),
        ctx.now,
    )?;
    let cites = a
        .evidence
        .as_deref()
        .map(|m| format!(", evidence <{}>", m.trim_matches(|c| c == '<' || c == '>')))
        .unwrap_or_default();
    if m.changed {
        crate::outln!(
            "{reference} {}: {} -> {} (staff decision by {by}{cites})",
            m.url,
            m.old,
            m.new
        );
    } else {
        crate::outln!(
            "{reference} {}: already {} by a staff decision; nothing recorded",
            m.url,
            m.old
        );
    }
    Ok(0)
}
