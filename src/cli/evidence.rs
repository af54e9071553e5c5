//! `takedown evidence MSGID [--export FILE [--force]] [--json]`: a stored
//! email as evidence: what the ledger recorded about it, whether its bytes
//! still hash to the recorded SHA-256, and the byte-identical original.

use std::io::Write;
use std::path::{Path, PathBuf};

use clap::Args;
use serde::Serialize;

use super::output::{print_json, time};
use super::{Ctx, Failure};
use crate::store::{StoredEmail, sha256_hex};
use crate::trust::DkimCheck;

#[derive(Debug, Args)]
pub struct EvidenceArgs {
    /// Message-ID (with or without <>) of the stored email, or its SHA-256
    /// (whole, or its first 12 or more hex digits).
    #[arg(value_name = "MSGID|SHA256")]
    pub msgid: String,
    /// Write the original email, byte for byte, to FILE (`-`: standard output).
    #[arg(long, value_name = "FILE")]
    pub export: Option<PathBuf>,
    /// Replace FILE if it exists.
    #[arg(long)]
    pub force: bool,
    /// What the ledger recorded about the email, as JSON (with its text).
    #[arg(long)]
    pub json: bool,
}

#[derive(Serialize)]
pub(crate) struct EvidenceJson {
    email: i64,
    message_id: Option<String>,
    sha256: String,
    /// "ok": the stored bytes hash to `sha256`; "altered"; "headers_only".
    integrity: &'static str,
    size: i64,
    received_at: String,
    origin: String,
    from: Option<String>,
    subject: Option<String>,
    platform: Option<String>,
    trust: String,
    trust_reason: String,
    dkim: Option<String>,
    classification: String,
    outcome: String,
    events: i64,
    /// The email's own Date header, in the configured zone.
    date: Option<String>,
    /// The email's text: its text/plain body, else its HTML body as text
    /// (empty when only the header was kept).
    text: String,
}

/// Picks the one email meant: a single match, or the only one that item
/// events cite; several candidates are an error naming their SHA-256s, since
/// evidence must be unambiguous.
pub(crate) fn pick(key: &str, mut found: Vec<StoredEmail>) -> Result<StoredEmail, Failure> {
    if found.len() > 1 {
        let cited: Vec<usize> = found
            .iter()
            .enumerate()
            .filter(|(_, e)| e.events > 0)
            .map(|(i, _)| i)
            .collect();
        if let [only] = cited[..] {
            return Ok(found.swap_remove(only));
        }
        let list: Vec<String> = found
            .iter()
            .map(|e| format!("#{} sha256 {} ({})", e.id, e.sha256, e.outcome))
            .collect();
        return Err(Failure::input(format!(
            "{} stored emails have Message-ID {key}; name one by its SHA-256: {}",
            found.len(),
            list.join("; ")
        )));
    }
    found
        .pop()
        .ok_or_else(|| Failure::input(format!("no stored email with Message-ID or SHA-256 {key}")))
}

/// "ok" when `bytes` (the stored email) hash to the recorded SHA-256,
/// "headers_only" when only the header was kept, else "altered".
pub(crate) fn integrity(email: &StoredEmail, bytes: &[u8]) -> &'static str {
    if email.headers_only {
        "headers_only"
    } else if sha256_hex(bytes) == email.sha256 {
        "ok"
    } else {
        "altered"
    }
}

pub(crate) fn build(
    email: &StoredEmail,
    integrity: &'static str,
    tz: &jiff::tz::TimeZone,
) -> EvidenceJson {
    EvidenceJson {
        email: email.id,
        message_id: email.message_id.clone(),
        sha256: email.sha256.clone(),
        integrity,
        size: email.size,
        received_at: email
            .received_at
            .parse::<jiff::Timestamp>()
            .map(|t| time(t, tz))
            .unwrap_or(email.received_at.clone()),
        origin: email.origin.clone(),
        from: email.from.clone(),
        subject: email.subject.clone(),
        platform: email.platform.clone(),
        trust: email.trust.clone(),
        trust_reason: email.trust_reason.clone(),
        dkim: email
            .dkim
            .as_deref()
            .and_then(DkimCheck::from_json)
            .map(|c| c.summary()),
        classification: email.classification.clone(),
        outcome: email.outcome.clone(),
        events: email.events,
        date: None,
        text: String::new(),
    }
}

/// `build` with the email's own Date and text, read from its stored bytes
/// (`evidence --json` and `/api/evidence`).
pub(crate) fn build_with_text(
    email: &StoredEmail,
    raw: &[u8],
    integrity: &'static str,
    settings: &crate::config::Settings,
) -> EvidenceJson {
    let tz = &settings.tz;
    let parsed = crate::parse::parse(raw, &settings.limits);
    let text = if !parsed.text.is_empty() {
        parsed.text.join("\n")
    } else {
        parsed
            .html
            .iter()
            .flat_map(|h| crate::extract::html::own_text(h).lines)
            .collect::<Vec<_>>()
            .join("\n")
    };
    EvidenceJson {
        date: parsed.date.map(|d| time(d, tz)),
        text,
        ..build(email, integrity, tz)
    }
}

pub fn run(ctx: &Ctx, a: EvidenceArgs) -> Result<i32, Failure> {
    let store = ctx.store()?;
    let key = a
        .msgid
        .trim()
        .trim_start_matches('<')
        .trim_end_matches('>')
        .to_string();
    let email = pick(&key, store.find_emails(&key)?)?;
    let bytes = store.raw_by_id(email.id)?;
    let integrity = integrity(&email, &bytes);

    if let Some(path) = &a.export {
        if integrity == "altered" {
            return Err(Failure::input(format!(
                "email #{}: the stored bytes no longer hash to the recorded SHA-256 {}; not exported (run `takedown audit verify`)",
                email.id, email.sha256
            )));
        }
        if email.headers_only {
            tracing::warn!(
                "email #{} was over the size limit: only its header was kept, and that is what is exported",
                email.id
            );
        }
        if path.as_os_str() == "-" {
            crate::output::Stdout.write_all(&bytes)?;
            return Ok(0);
        }
        write_new(path, &bytes, a.force, ctx.settings.database.mode)?;
        eprintln!(
            "wrote {} ({} bytes, sha256 {})",
            path.display(),
            bytes.len(),
            sha256_hex(&bytes)
        );
        return Ok(0);
    }

    let out = build_with_text(&email, &bytes, integrity, &ctx.settings);
    if a.json {
        print_json(&out)?;
    } else {
        let mid = out
            .message_id
            .as_deref()
            .map(|m| format!("<{m}>"))
            .unwrap_or_else(|| "(no Message-ID)".into());
        let escape = crate::output::escape;
        crate::outln!("email #{}  {}", out.email, escape(&mid));
        crate::outln!("  sha256       {} ({})", out.sha256, out.integrity);
        crate::outln!("  size         {} bytes", out.size);
        crate::outln!(
            "  received     {}  from {}",
            out.received_at,
            escape(&out.origin)
        );
        crate::outln!(
            "  from         {}",
            escape(out.from.as_deref().unwrap_or("-"))
        );
        crate::outln!(
            "  subject      {}",
            escape(out.subject.as_deref().unwrap_or("-"))
        );
        crate::outln!("  trust        {}: {}", out.trust, out.trust_reason);
        if let Some(d) = &out.dkim {
            crate::outln!("  own DKIM     {d}");
        }
        crate::outln!("  outcome      {} ({})", out.outcome, out.classification);
        crate::outln!("  cited by     {} item event(s)", out.events);
        crate::outln!("  date         {}", out.date.as_deref().unwrap_or("-"));
        crate::outln!();
        for l in out.text.lines() {
            crate::outln!("  | {l}");
        }
    }
    Ok(if integrity == "altered" { 1 } else { 0 })
}

/// Writes `bytes` to `path` with `mode`: never over an existing file unless
/// `force`, and never through a symlink planted at `path` (O_EXCL; with
/// `force` a temporary file beside it is renamed over it).
pub fn write_new(path: &Path, bytes: &[u8], force: bool, mode: u32) -> Result<(), Failure> {
    let exists = path.symlink_metadata().is_ok();
    if exists && !force {
        return Err(Failure::input(format!(
            "{} exists; pass --force to replace it",
            path.display()
        )));
    }
    let target = if exists {
        temp_beside(path)
    } else {
        path.to_path_buf()
    };
    let mut opts = std::fs::OpenOptions::new();
    opts.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        opts.mode(mode);
    }
    let write = || -> std::io::Result<()> {
        let mut f = opts.open(&target)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        if target != path {
            std::fs::rename(&target, path)?;
        }
        Ok(())
    };
    write().map_err(|e| {
        let _ = if target != path {
            std::fs::remove_file(&target)
        } else {
            Ok(())
        };
        Failure::input(format!("{}: {e}", path.display()))
    })
}

/// A fresh name in the same directory (so that rename is atomic).
pub fn temp_beside(path: &Path) -> PathBuf {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().to_string())
        .unwrap_or_default();
    path.with_file_name(format!(
        ".{name}.takedown-{}-{}",
        std::process::id(),
        rand::random::<u32>()
    ))
}
