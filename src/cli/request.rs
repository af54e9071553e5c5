//! `takedown request import FILE.csv` and `takedown request add`.

use std::path::PathBuf;

use clap::{Args, Subcommand};

use super::{Ctx, Failure};
use crate::import::{Validator, read_csv};
use crate::requests::send;

#[derive(Debug, Subcommand)]
pub enum RequestCmd {
    /// Import requests from CSV: ref,platform,sent_at,due_at,url[,category,message_id,note], one row per item.
    Import(ImportArgs),
    /// Add one request (or URLs to an existing one).
    Add(AddArgs),
    /// Email a request to its platform now (needs [smtp] only), threaded so
    /// that every reply is matched to it.
    Send(SendArgs),
}

#[derive(Debug, Args)]
pub struct SendArgs {
    /// The request's reference.
    #[arg(value_name = "REF")]
    pub reference: String,
    /// Send again a request that already has a Message-ID (threaded to the first).
    #[arg(long)]
    pub resend: bool,
    /// Compose it and say what would be sent; nothing is queued or sent.
    #[arg(long)]
    pub dry_run: bool,
    /// What was sent (or would be) as JSON.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct ImportArgs {
    /// The CSV file (UTF-8, header row first).
    pub file: PathBuf,
    /// Allow changing the deadline, send date or platform of existing requests.
    #[arg(long)]
    pub update: bool,
    /// Email each imported request that has not been sent yet, right after importing.
    #[arg(long)]
    pub send: bool,
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
    /// Email the request to its platform right after registering it.
    #[arg(long)]
    pub send: bool,
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
            if a.send {
                let mut refs: Vec<&str> = rows.iter().map(|r| r.reference.as_str()).collect();
                refs.sort();
                refs.dedup();
                let (sends, code) = send_all(ctx, &store, &refs, true)?;
                if a.json {
                    super::output::print_json(&serde_json::json!({"import": sum, "sent": sends}))?;
                } else {
                    crate::outln!(
                        "imported {}: {} request(s) created, {} updated, {} item(s) added, {} already present",
                        a.file.display(),
                        sum.requests_created,
                        sum.requests_updated,
                        sum.items_added,
                        sum.items_unchanged
                    );
                    for s in &sends {
                        print_send(s);
                    }
                }
                return Ok(code);
            }
            if a.json {
                super::output::print_json(&sum)?;
            } else {
                crate::outln!(
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
            crate::outln!(
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
            if a.send {
                let (sends, code) = send_all(ctx, &store, &[a.reference.as_str()], false)?;
                sends.iter().for_each(print_send);
                return Ok(code);
            }
            Ok(0)
        }
        RequestCmd::Send(a) => {
            let store = ctx.store()?;
            let r = send::send(
                &store,
                &ctx.settings,
                &a.reference,
                a.resend,
                a.dry_run,
                ctx.now,
            )
            .map_err(send_failure)?;
            if a.json {
                super::output::print_json(&r)?;
            } else {
                print_send(&SendOutcome::Done(Box::new(r.clone())));
            }
            Ok(if r.sent() { 0 } else { 1 })
        }
    }
}

fn send_failure(e: send::SendError) -> Failure {
    Failure::input(e.to_string())
}

/// One request of `import --send` / `add --send`: sent (or not), or why it was skipped.
#[derive(serde::Serialize, Clone)]
#[serde(untagged)]
enum SendOutcome {
    Done(Box<send::SendReport>),
    Skipped {
        #[serde(rename = "ref")]
        reference: String,
        skipped: String,
    },
}

/// Sends each request; with `skip_sent`, one that already has a Message-ID is
/// skipped (re-importing a file never sends anything twice). Exit code 1 when
/// any could not be sent.
fn send_all(
    ctx: &Ctx,
    store: &crate::store::Store,
    refs: &[&str],
    skip_sent: bool,
) -> Result<(Vec<SendOutcome>, i32), Failure> {
    let mut out = Vec::new();
    let mut code = 0;
    for r in refs {
        match send::send(store, &ctx.settings, r, false, false, ctx.now) {
            Ok(rep) => {
                if !rep.sent() {
                    code = 1;
                }
                out.push(SendOutcome::Done(Box::new(rep)));
            }
            Err(send::SendError::Refused(why)) if skip_sent => out.push(SendOutcome::Skipped {
                reference: r.to_string(),
                skipped: why,
            }),
            Err(e) => return Err(send_failure(e)),
        }
    }
    Ok((out, code))
}

fn print_send(s: &SendOutcome) {
    match s {
        SendOutcome::Skipped { reference, skipped } => {
            crate::outln!("{reference}: not sent: {skipped}")
        }
        SendOutcome::Done(r) => {
            let e = &r.email;
            let verb = match e.state.as_str() {
                "sent" => "sent",
                "would_send" => "would send",
                "failed" => "NOT sent (queued for retry)",
                other => other,
            };
            crate::outln!(
                "{}: {verb} <{}> to {} ({}): {}{}",
                r.reference,
                e.message_id,
                e.recipients.join(", "),
                r.action,
                e.detail,
                e.next_attempt
                    .as_ref()
                    .map(|t| format!("; next attempt {t}"))
                    .unwrap_or_default()
            );
        }
    }
}
