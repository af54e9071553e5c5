//! `takedown demo`: the main job on the embedded defaults. Imports the sample
//! requests, ingests the configured mailbox exactly as `run --once` does, and
//! prints the ledger and the review queue. Harmless to re-run: the import is
//! idempotent and the ledger skips emails it has already recorded.

use std::path::PathBuf;

use clap::Args;

use super::{Ctx, Failure};

#[derive(Debug, Args)]
pub struct DemoArgs {
    /// The requests CSV (relative to the config file's folder).
    #[arg(long, default_value = "samples/requests.csv")]
    pub requests: PathBuf,
}

pub fn run(ctx: &Ctx, a: DemoArgs) -> Result<i32, Failure> {
    let csv = if a.requests.is_absolute() {
        a.requests.clone()
    } else {
        ctx.settings.base_dir.join(&a.requests)
    };
    println!("== importing {}", csv.display());
    super::request::run(
        ctx,
        super::request::RequestCmd::Import(super::request::ImportArgs {
            file: csv,
            update: false,
            send: false,
            json: false,
        }),
    )?;
    println!("\n== ingesting the mailbox (takedown run --once)");
    let code = super::ingest::run(
        ctx,
        super::ingest::RunArgs {
            once: true,
            json: false,
        },
    )?;
    println!("\n== requests (takedown requests)");
    super::requests::run(
        ctx,
        super::requests::RequestsArgs {
            overdue: false,
            platform: None,
            json: false,
            csv: false,
        },
    )?;
    let store = ctx.store()?;
    for r in store.request_summaries(None, None)? {
        println!("\n== takedown show {}", r.reference);
        super::show::run(
            ctx,
            super::show::ShowArgs {
                reference: r.reference,
                json: false,
                history: false,
            },
        )?;
    }
    println!("\n== review queue (takedown review)");
    super::review::run(
        ctx,
        super::review::ReviewArgs {
            action: None,
            json: false,
            all: false,
        },
    )?;
    println!("\nledger: {}", ctx.settings.database.path.display());
    Ok(code)
}
