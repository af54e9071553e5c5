//! `takedown mark REF URL STATUS --note TEXT [--by NAME]`: a staff decision.

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
    let m = store.mark(&reference, &a.url, status, &a.note, &by, ctx.now)?;
    if m.changed {
        println!(
            "{reference} {}: {} -> {} (staff decision by {by})",
            m.url, m.old, m.new
        );
    } else {
        println!(
            "{reference} {}: already {} by a staff decision; nothing recorded",
            m.url, m.old
        );
    }
    Ok(0)
}
