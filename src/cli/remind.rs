//! `takedown remind [--dry-run] [--json]`: one run of the reminder scheduler.

use clap::Args;

use super::output::print_json;
use super::{Ctx, Failure};
use crate::remind::{EmailReport, RemindError, RemindReport, run_once};

#[derive(Debug, Args)]
pub struct RemindArgs {
    /// Show what would be sent; write nothing, send nothing.
    #[arg(long)]
    pub dry_run: bool,
    /// The run as one JSON object.
    #[arg(long)]
    pub json: bool,
}

fn line(e: &EmailReport) -> String {
    let what = match (&e.reference, e.kind.as_str()) {
        (Some(r), "reminder") => format!(
            "reminder {r} #{}{}",
            e.step,
            if e.escalated { " (escalated)" } else { "" }
        ),
        _ => e.kind.clone(),
    };
    let mut s = format!(
        "{:<10} {what} <{}> to {}\n           {}",
        e.state.replace('_', " "),
        e.message_id,
        e.recipients.join(", "),
        e.subject
    );
    if !e.detail.is_empty() {
        s.push_str(&format!("\n           {}", e.detail));
    }
    if let Some(n) = &e.next_attempt {
        s.push_str(&format!("\n           next attempt {n}"));
    }
    s
}

fn print_human(r: &RemindReport) {
    for h in &r.held {
        println!("{:<10} {}", "held", h.reason);
    }
    if !r.held.is_empty() {
        println!(
            "nothing sent: reminders and the digest wait until every mailbox has been read (takedown run); the next digest reports this"
        );
        return;
    }
    for e in r.uncertain.iter().chain(r.emails.iter()) {
        println!("{}", line(e));
    }
    for d in &r.deferred {
        let what = d
            .reference
            .as_deref()
            .map(|x| format!("{} {x} #{}", d.kind, d.step))
            .unwrap_or_else(|| d.kind.clone());
        println!("{:<10} {what} until {} ({})", "deferred", d.until, d.why);
    }
    for s in &r.skipped {
        println!("{:<10} {}: {}", "skipped", s.reference, s.reason);
    }
    if r.uncertain.is_empty()
        && r.emails.is_empty()
        && r.deferred.is_empty()
        && r.skipped.is_empty()
    {
        println!("nothing due");
    }
}

pub fn run(ctx: &Ctx, a: RemindArgs) -> Result<i32, Failure> {
    let store = ctx.store()?;
    let report = run_once(&store, &ctx.settings, ctx.now, a.dry_run).map_err(|e| match e {
        RemindError::Disabled(m) => Failure::usage(m),
        other => Failure::input(other.to_string()),
    })?;
    if a.json {
        print_json(&report)?;
    } else {
        print_human(&report);
    }
    // Not sent (or not known to be), or held back for a stale mailbox: worth
    // a non-zero exit for cron and scripts.
    Ok(if report.failures() > 0 || !report.held.is_empty() {
        1
    } else {
        0
    })
}
