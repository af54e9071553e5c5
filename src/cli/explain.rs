//! `takedown explain FILE.eml [--json]`: how takedown reads one email, without
//! touching the ledger: sender and trust, classification, references, the
//! author's own lines, and every (url, status) claim.

use std::path::PathBuf;

use clap::Args;

use super::{Ctx, Failure};
use crate::pipeline::understand;
use crate::requests::{self, Registration};

#[derive(Debug, Args)]
pub struct ExplainArgs {
    /// An .eml file, or the Message-ID (or SHA-256 prefix) of an email
    /// already in the ledger.
    #[arg(value_name = "FILE|MSGID")]
    pub file: PathBuf,
    /// Everything read, as JSON.
    #[arg(long)]
    pub json: bool,
}

/// The email's bytes: the file, else the stored email of that Message-ID or SHA-256.
fn read_email(ctx: &Ctx, given: &std::path::Path) -> Result<Vec<u8>, Failure> {
    match std::fs::read(given) {
        Ok(b) => Ok(b),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            let key = given.to_string_lossy();
            let key = key.trim().trim_start_matches('<').trim_end_matches('>');
            let store = ctx.store()?;
            let found = store.find_emails(key)?;
            if found.is_empty() {
                return Err(Failure::input(format!(
                    "{key}: no such file, and no stored email with that Message-ID or SHA-256"
                )));
            }
            // Several with one Message-ID: the one item events cite, as `evidence` picks.
            let email = super::evidence::pick(key, found)?;
            Ok(store.raw_by_id(email.id)?)
        }
        Err(e) => Err(Failure::input(format!(
            "{}: cannot read: {e}",
            given.display()
        ))),
    }
}

pub fn run(ctx: &Ctx, a: ExplainArgs) -> Result<i32, Failure> {
    let raw = read_email(ctx, &a.file)?;
    let mut u = understand(&raw, &ctx.settings);
    // Against the ledger when there is one, as ingest reads it: domains named
    // without a scheme that are requested items are read as URLs.
    if ctx.settings.database.path.exists() {
        let store = ctx.store()?;
        crate::pipeline::read_against(&store, &mut u, &ctx.settings, ctx.now)?;
    }
    let x = &u.extraction;
    let claims: Vec<serde_json::Value> = x
        .claims
        .iter()
        .map(|c| serde_json::json!({"url": c.url, "key": c.key, "status": c.status, "via": c.via, "channel": c.channel}))
        .collect();
    // A staff email that sets out to be a request: what it would register
    // in an empty ledger (a known reference may add URLs or conflict).
    let settings = &ctx.settings;
    let staff_request = (u
        .parsed
        .sender()
        .is_some_and(|f| requests::is_staff(f, settings))
        && requests::is_request_attempt(&u.parsed, x.classification, settings))
    .then(|| {
        let c = requests::read(&u.parsed, settings, ctx.now);
        let decision = match requests::register(&c, None, settings) {
            Registration::Register(d) => format!(
                "would register {} for {} with {} URL(s), due {} ({})",
                d.reference,
                d.platform,
                d.urls.len(),
                crate::remind::compose::local_time(d.due_at, settings),
                d.deadline_from
            ),
            Registration::Unchanged { why, .. } => format!("nothing new: {why}"),
            Registration::Unclear(w) => format!("request_unclear: {w}"),
            Registration::Conflict(w) => format!("request_conflict: {w}"),
        };
        serde_json::json!({
            "refs": c.refs,
            "platforms": c.platforms,
            "urls": c.urls.iter().map(|(u, _)| u).collect::<Vec<_>>(),
            "decision": decision,
        })
    });
    let v = serde_json::json!({
        "staff_request": staff_request,
        "message_id": u.parsed.message_id,
        "from": u.parsed.sender(),
        "subject": u.parsed.subject,
        "platform": u.verdict.platform,
        "trusted": u.verdict.trusted,
        "trust_reason": u.verdict.reason,
        "classification": x.classification,
        "refs": x.refs.refs, "plus_refs": x.refs.plus_refs, "thread_ids": x.refs.thread_ids,
        "case_numbers": x.refs.case_numbers, "dates": x.refs.dates,
        "claims": claims,
        "hedged": x.hedged,
        "unstated": x.unstated.iter().map(|(u, ctx)| serde_json::json!({"url": u, "sentences": ctx})).collect::<Vec<_>>(),
        "not_understood": not_understood_why(x),
        "bulk": x.bulk.as_ref().map(|b| serde_json::json!({"status": b.status, "count": b.count, "sentence": b.sentence})),
        "asks": x.asks,
        "unreadable_attachments": x.unreadable_attachments,
        "conflicts": x.conflicts,
        "notes": x.notes,
        "bare_hosts": x.bare_hosts,
        "policy_links": x.policy_links,
        "problems": u.parsed.problems,
        "own_lines": x.own_lines,
    });
    if a.json {
        super::output::print_json(&v)?;
        return Ok(0);
    }
    crate::outln!(
        "from:           {} ({})",
        u.parsed.sender().unwrap_or("-"),
        u.verdict.platform.as_deref().unwrap_or("no platform")
    );
    crate::outln!(
        "trust:          {} — {}",
        if u.verdict.trusted {
            "trusted"
        } else {
            "untrusted"
        },
        u.verdict.reason
    );
    crate::outln!("classification: {}", x.classification.as_str());
    if let Some(r) = &staff_request {
        crate::outln!("staff request:  {}", r["decision"].as_str().unwrap_or("-"));
    }
    crate::outln!(
        "references:     {:?} plus {:?} thread {:?} case {:?} dates {:?}",
        x.refs.refs,
        x.refs.plus_refs,
        x.refs.thread_ids,
        x.refs.case_numbers,
        x.refs.dates
    );
    if let Some(b) = &x.bulk {
        crate::outln!(
            "bulk:           {} count {:?}: {}",
            b.status,
            b.count,
            b.sentence
        );
    }
    if let Some(a) = &x.asks {
        crate::outln!("asks:           {a}");
    }
    crate::outln!("claims:");
    for c in &x.claims {
        crate::outln!(
            "  {:<10} {} (via {}{})",
            c.status.as_str(),
            c.url,
            c.via,
            if c.channel { ", channel" } else { "" }
        );
    }
    for h in &x.hedged {
        crate::outln!("  (no status) {h}");
    }
    if let Some(why) = not_understood_why(x) {
        crate::outln!("not understood: {why}");
        for (u, ctx) in &x.unstated {
            crate::outln!("  {u}: \"{ctx}\"");
        }
    }
    if !x.notes.is_empty() {
        crate::outln!("notes:");
        for n in &x.notes {
            crate::outln!("  {n}");
        }
    }
    if !x.bare_hosts.is_empty() {
        // Read as URLs only when they are requested items (see `pipeline::read_against`).
        crate::outln!("domains named without a scheme: {}", x.bare_hosts.join(" "));
    }
    crate::outln!("own lines:");
    for l in &x.own_lines {
        crate::outln!("  | {l}");
    }
    Ok(0)
}

/// Why ingesting this email would send it to review as `not_understood`
/// (when it names one of our requests or requested items), in words.
fn not_understood_why(x: &crate::extract::Extraction) -> Option<String> {
    use crate::extract::Classification;
    if x.classification != Classification::Other {
        return None;
    }
    Some(if x.hedged.is_empty() {
        "no sentence of the author states a status for any item, and it is no receipt, \
         auto-reply or bounce; if it refers to one of our requests, ingest sends it to review \
         as not_understood (otherwise no_claims)"
            .to_string()
    } else {
        format!(
            "{} URL(s) named without a status that could be read (sentences below), and it is \
             no receipt, auto-reply or bounce; if they are requested items or it refers to one \
             of our requests, ingest sends it to review as not_understood",
            x.hedged.len()
        )
    })
}
