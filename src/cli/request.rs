//! `takedown request import FILE.csv` and `takedown request add`.

use std::path::PathBuf;

use clap::{Args, Subcommand};

use super::{Ctx, Failure};
use crate::import::{Validator, read_csv};

#[derive(Debug, Subcommand)]
pub enum RequestCmd {
    /// Import requests from CSV: ref,platform,sent_at,due_at,url[,category,message_id,note], one row per item.
    Import(ImportArgs),
    /// Add one request (or URLs to an existing one).
    Add(AddArgs),
}

#[derive(Debug, Args)]
pub struct ImportArgs {
    /// The CSV file (UTF-8, header row first).
    pub file: PathBuf,
    /// Allow changing the deadline, send date or platform of existing requests.
    #[arg(long)]
    pub update: bool,
    /// The import's counts as JSON.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct AddArgs {
    /// The request's reference, e.g. KCSC-240901-01.
    #[arg(long = "ref")]
    pub reference: String,
    /// The platform's id in the configuration (e.g. telegram).
    #[arg(long)]
    pub platform: String,
    /// Deadline: YYYY-MM-DD (end of that day in the configured time zone) or RFC 3339.
    #[arg(long)]
    pub due: String,
    /// Send date (default: now).
    #[arg(long)]
    pub sent: Option<String>,
    /// A category kept with the request (e.g. deepfake-sexual-abuse).
    #[arg(long)]
    pub category: Option<String>,
    /// Message-ID of the request email we sent.
    #[arg(long)]
    pub message_id: Option<String>,
    /// A note kept with the request.
    #[arg(long)]
    pub note: Option<String>,
    /// Allow changing the deadline, send date or platform of an existing request.
    #[arg(long)]
    pub update: bool,
    /// The URLs of the items to remove.
    #[arg(required = true, value_name = "URL")]
    pub urls: Vec<String>,
}

pub fn run(ctx: &Ctx, cmd: RequestCmd) -> Result<i32, Failure> {
    match cmd {
        RequestCmd::Import(a) => {
            let spin = super::progress::spinner("reading the CSV");
            let rows = read_csv(&ctx.settings, ctx.now, &a.file).map_err(Failure::input)?;
            spin.set_message(format!("importing {} row(s)", rows.len()));
            let store = ctx.store()?;
            let sum = store.import_requests(&rows, a.update, ctx.now)?;
            spin.finish_and_clear();
            if a.json {
                super::output::print_json(&sum)?;
            } else {
                println!(
                    "imported {}: {} request(s) created, {} updated, {} item(s) added, {} already present",
                    a.file.display(),
                    sum.requests_created,
                    sum.requests_updated,
                    sum.items_added,
                    sum.items_unchanged
                );
            }
            Ok(0)
        }
        RequestCmd::Add(a) => {
            let v = Validator {
                settings: &ctx.settings,
                now: ctx.now,
                arguments: true,
            };
            let store = ctx.store()?;
            // An existing request keeps the spelling it was imported with.
            let reference = store
                .resolve_reference(&a.reference)
                .unwrap_or_else(|_| a.reference.trim().to_string());
            let a = AddArgs { reference, ..a };
            // Without --sent, an existing request keeps its send date.
            let existing_sent = store
                .request_summaries(None, Some(&a.reference))?
                .first()
                .map(|r| r.sent_at.to_string());
            let sent = a.sent.clone().or(existing_sent);
            let mut rows = Vec::new();
            for (i, url) in a.urls.iter().enumerate() {
                let origin = format!("URL argument {} ({url})", i + 1);
                rows.push(
                    v.item(
                        &origin,
                        &a.reference,
                        &a.platform,
                        sent.as_deref(),
                        &a.due,
                        url,
                        a.category.as_deref(),
                        a.message_id.as_deref(),
                        a.note.as_deref(),
                    )
                    .map_err(Failure::usage)?,
                );
            }
            let sum = store.import_requests(&rows, a.update, ctx.now)?;
            println!(
                "{}: {} item(s) added, {} already present{}",
                a.reference,
                sum.items_added,
                sum.items_unchanged,
                if sum.requests_created > 0 {
                    " (new request)"
                } else {
                    ""
                }
            );
            Ok(0)
        }
    }
}
