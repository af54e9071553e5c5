//! `takedown backup FILE [--force] [--json]`: a consistent copy of the ledger
//! made with SQLite's online backup while the daemon keeps writing, then
//! checked (integrity and hash chain) before it is reported as done.

use std::path::PathBuf;

use clap::Args;
use serde::Serialize;

use super::evidence::temp_beside;
use super::output::print_json;
use super::{Ctx, Failure};
use crate::store::Store;

#[derive(Debug, Args)]
pub struct BackupArgs {
    /// Where to write the copy (a single SQLite file).
    pub file: PathBuf,
    /// Replace FILE if it exists.
    #[arg(long)]
    pub force: bool,
    /// The result (file, size, SHA-256) as JSON.
    #[arg(long)]
    pub json: bool,
}

#[derive(Serialize)]
struct BackupJson {
    file: String,
    bytes: u64,
    events: usize,
    emails: usize,
    head: String,
    audit_ok: bool,
}

pub fn run(ctx: &Ctx, a: BackupArgs) -> Result<i32, Failure> {
    let exists = a.file.symlink_metadata().is_ok();
    if exists && !a.force {
        return Err(Failure::input(format!(
            "{} exists; pass --force to replace it",
            a.file.display()
        )));
    }
    let db = &ctx.settings.database;
    if a.file
        .canonicalize()
        .ok()
        .is_some_and(|f| db.path.canonicalize().ok() == Some(f))
    {
        return Err(Failure::usage(format!(
            "{} is the ledger itself",
            a.file.display()
        )));
    }
    let store = ctx.store()?;
    // Written under a temporary name, created with the ledger's mode (it
    // holds the same evidence), and renamed into place only once checked.
    let tmp = temp_beside(&a.file);
    let result = (|| -> Result<(BackupJson, bool), Failure> {
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            std::fs::OpenOptions::new()
                .write(true)
                .create_new(true)
                .mode(db.mode)
                .open(&tmp)
                .map_err(|e| Failure::input(format!("{}: {e}", tmp.display())))?;
        }
        let spin = super::progress::spinner("copying the ledger");
        store.backup_to(&tmp)?;
        spin.set_message("checking the copy (integrity, audit)");
        // Check the copy as it will be used: opened as a ledger, audited.
        let copy = Store::open(&tmp, db.mode, db.busy_timeout)?;
        let integrity: String = copy
            .conn()
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))
            .map_err(crate::store::StoreError::from)?;
        if integrity != "ok" {
            return Err(Failure::input(format!(
                "the copy fails SQLite's integrity check: {integrity}"
            )));
        }
        let report = crate::audit::verify(&copy, None)?;
        spin.finish_and_clear();
        // A backup is one self-contained file: rollback journal, not WAL
        // (the ledger's mode, which the page copy carries over).
        let mode: String = copy
            .conn()
            .query_row("PRAGMA journal_mode = DELETE", [], |r| r.get(0))
            .map_err(crate::store::StoreError::from)?;
        if !mode.eq_ignore_ascii_case("delete") {
            return Err(Failure::input(format!(
                "the copy stays in journal mode {mode}, not a rollback journal"
            )));
        }
        drop(copy);
        let bytes = std::fs::metadata(&tmp).map(|m| m.len()).unwrap_or(0);
        Ok((
            BackupJson {
                file: a.file.display().to_string(),
                bytes,
                events: report.events,
                emails: report.emails,
                head: report.head,
                audit_ok: report.ok,
            },
            report.ok,
        ))
    })();
    let (out, ok) = match result {
        Ok(r) => r,
        Err(e) => {
            remove_with_sides(&tmp);
            return Err(e);
        }
    };
    std::fs::rename(&tmp, &a.file)
        .map_err(|e| Failure::input(format!("{}: {e}", a.file.display())))?;
    remove_with_sides(&tmp);
    if a.json {
        print_json(&out)?;
    } else {
        crate::outln!(
            "backup {}: {} bytes, {} emails, {} events",
            out.file,
            out.bytes,
            out.emails,
            out.events
        );
        crate::outln!("chain head {}", out.head);
        if !ok {
            crate::outln!(
                "the ledger's audit FAILS: run `takedown audit verify` (the copy is kept as it is)"
            );
        }
    }
    Ok(if ok { 0 } else { 1 })
}

fn remove_with_sides(p: &std::path::Path) {
    for suffix in ["", "-wal", "-shm", "-journal"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", p.display()));
    }
}
