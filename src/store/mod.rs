//! The ledger: the only module that writes SQL. Everything above it speaks in
//! domain types; everything here is about keeping them durable and consistent.

mod chain;
mod evidence;
mod lookup;
mod mailbox_passes;
mod migrate;
mod observations;
mod queries;
mod request_emails;
mod review;
mod staff;
mod staff_view;

pub use chain::{
    EventFields, FORMULA_ITEM_ID, FORMULA_REF_URL, IDENTITY_TRIGGERS, LedgerEvent, event_hash,
    resolution_detail,
};
pub use evidence::*;
pub use lookup::*;
pub use mailbox_passes::*;
pub use observations::*;
pub use queries::*;
pub use request_emails::*;
pub use staff::Targets;
pub use staff_view::*;

use std::io::{Read, Write};
use std::path::Path;
use std::time::Duration;

use jiff::Timestamp;
use rusqlite::{Connection, OptionalExtension, params};
use sha2::{Digest, Sha256};

use crate::status::Status;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("database {path}: {source}")]
    Open {
        path: String,
        source: rusqlite::Error,
    },
    #[error("database: {0}")]
    Sql(#[from] rusqlite::Error),
    #[error("database: {0}")]
    Io(#[from] std::io::Error),
    #[error("{0}")]
    Conflict(String),
    #[error("{0}")]
    NotFound(String),
}

pub type Result<T> = std::result::Result<T, StoreError>;

pub struct Store {
    conn: Connection,
}

/// Formats a timestamp the way the ledger stores it: UTC, seconds, `Z`.
pub fn ts(t: Timestamp) -> String {
    t.strftime("%Y-%m-%dT%H:%M:%SZ").to_string()
}

pub fn parse_ts(s: &str) -> Option<Timestamp> {
    s.parse().ok()
}

pub const GENESIS_HASH: &str = "0000000000000000000000000000000000000000000000000000000000000000";

pub fn sha256_hex(bytes: &[u8]) -> String {
    hex::encode(Sha256::digest(bytes))
}

pub fn compress(raw: &[u8]) -> Vec<u8> {
    // One compressor per thread, reset between emails: setting up a new one
    // (zeroing its window and hash tables) cost twice as much as compressing
    // a typical 6 KB reply.
    thread_local! {
        static DEFLATE: std::cell::RefCell<flate2::Compress> =
            std::cell::RefCell::new(flate2::Compress::new(flate2::Compression::fast(), false));
    }
    let reused = DEFLATE.with(|c| {
        let mut c = c.try_borrow_mut().ok()?;
        c.reset();
        let mut out = Vec::with_capacity(raw.len() / 2 + 128);
        loop {
            let consumed = usize::try_from(c.total_in()).ok()?;
            let status = c
                .compress_vec(
                    raw.get(consumed..)?,
                    &mut out,
                    flate2::FlushCompress::Finish,
                )
                .ok()?;
            if status == flate2::Status::StreamEnd {
                return Some(out);
            }
            out.reserve(out.capacity().max(4096));
        }
    });
    reused.unwrap_or_else(|| {
        let mut enc = flate2::write::DeflateEncoder::new(
            Vec::with_capacity(raw.len() / 3 + 64),
            flate2::Compression::fast(),
        );
        // Writing into a Vec cannot fail.
        let _ = enc.write_all(raw);
        enc.finish().unwrap_or_default()
    })
}

pub fn decompress(data: &[u8]) -> std::io::Result<Vec<u8>> {
    let mut out = Vec::new();
    flate2::read::DeflateDecoder::new(data).read_to_end(&mut out)?;
    Ok(out)
}

impl Store {
    /// Opens (creating when absent, with `mode`) and migrates the ledger.
    pub fn open(path: &Path, mode: u32, busy_timeout: Duration) -> Result<Store> {
        let existed = path.exists();
        if !existed {
            if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
                std::fs::create_dir_all(dir)?;
            }
            // Create the file ourselves so that it never exists with a wider mode
            // than configured, even for an instant.
            #[cfg(unix)]
            {
                use std::os::unix::fs::OpenOptionsExt;
                std::fs::OpenOptions::new()
                    .write(true)
                    .create_new(true)
                    .mode(mode)
                    .open(path)?;
                // The process umask may have narrowed `mode` (0640 under umask
                // 027 stays, 0660 under 022 would not): set it exactly.
                use std::os::unix::fs::PermissionsExt;
                std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode))?;
            }
        }
        let conn = Connection::open(path).map_err(|source| StoreError::Open {
            path: path.display().to_string(),
            source,
        })?;
        conn.busy_timeout(busy_timeout)?;
        conn.pragma_update(None, "journal_mode", "WAL")?;
        // FULL: a committed email is on disk before it is moved in the mailbox.
        conn.pragma_update(None, "synchronous", "FULL")?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        // Each email is recorded under a savepoint; with temp files (the
        // default) every savepoint opens and writes a sub-journal file on disk.
        // In memory it costs nothing durable: the WAL commit is what is fsynced.
        conn.pragma_update(None, "temp_store", "MEMORY")?;
        // The ingest path alone uses about 20 statements; the default cache (16)
        // would evict and re-prepare them for every email.
        conn.set_prepared_statement_cache_capacity(64);
        // SQLite's default page cache (2 MiB) is kept on purpose: 64 MiB was
        // tried for the backlog and gained nothing on a quiet machine, while
        // a 25 MB email's pages then stayed in memory until its commit
        // (+23 MB peak RSS). See BENCHMARKS.md.
        let mut store = Store { conn };
        migrate::migrate(&mut store.conn).map_err(|e| match e {
            StoreError::Sql(source) => StoreError::Open {
                path: path.display().to_string(),
                source,
            },
            other => other,
        })?;
        #[cfg(unix)]
        {
            // The -wal and -shm side files get the process umask; align them.
            use std::os::unix::fs::PermissionsExt;
            for suffix in ["-wal", "-shm"] {
                let side = format!("{}{}", path.display(), suffix);
                if let Ok(meta) = std::fs::metadata(&side) {
                    if meta.permissions().mode() & 0o777 != mode {
                        let _ =
                            std::fs::set_permissions(&side, std::fs::Permissions::from_mode(mode));
                    }
                }
            }
        }
        Ok(store)
    }

    pub fn open_in_memory() -> Result<Store> {
        let conn = Connection::open_in_memory()?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        conn.set_prepared_statement_cache_capacity(64);
        let mut store = Store { conn };
        migrate::migrate(&mut store.conn)?;
        Ok(store)
    }

    pub fn conn(&self) -> &Connection {
        &self.conn
    }

    /// Starts a batch: several emails recorded in one durable transaction (the
    /// daemon's fast path). Each email still gets its own savepoint.
    pub fn begin_batch(&self) -> Result<()> {
        self.conn.execute_batch("BEGIN IMMEDIATE")?;
        Ok(())
    }

    pub fn commit_batch(&self) -> Result<()> {
        self.conn.execute_batch("COMMIT")?;
        Ok(())
    }

    pub fn rollback_batch(&self) {
        let _ = self.conn.execute_batch("ROLLBACK");
    }

    /// Runs `f` atomically: a savepoint inside a batch, a transaction otherwise.
    pub(crate) fn atomically<T>(&self, f: impl FnOnce(&Connection) -> Result<T>) -> Result<T> {
        // Cached statements: execute_batch would parse the SQL on every call.
        self.conn
            .prepare_cached("SAVEPOINT takedown_atomic")?
            .execute([])?;
        match f(&self.conn) {
            Ok(v) => {
                self.conn
                    .prepare_cached("RELEASE takedown_atomic")?
                    .execute([])?;
                Ok(v)
            }
            Err(e) => {
                let _ = self
                    .conn
                    .execute_batch("ROLLBACK TO takedown_atomic; RELEASE takedown_atomic");
                Err(e)
            }
        }
    }

    /// Appends one item event to the hash chain and updates the item.
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn append_event(
        conn: &Connection,
        item: i64,
        at: Timestamp,
        old: Status,
        new: Status,
        source: &str,
        message: Option<i64>,
        actor: &str,
        note: &str,
        staff_lock: bool,
    ) -> Result<()> {
        let prev = Store::last_event_hash(conn)?;
        let msg_sha: Option<String> = match message {
            Some(m) => conn
                .prepare_cached("SELECT sha256 FROM messages WHERE id = ?1")?
                .query_row([m], |r| r.get(0))
                .optional()?,
            None => None,
        };
        let event = NewEvent {
            item,
            at,
            old,
            new,
            source,
            message: message.map(|id| (id, msg_sha.as_deref().unwrap_or("-"))),
            actor,
            note,
            staff_lock,
        };
        Store::append_event_after(conn, &prev, &event)?;
        Ok(())
    }

    /// The hash of the last item event (the genesis hash when there is none).
    pub(crate) fn last_event_hash(conn: &Connection) -> Result<String> {
        Ok(conn
            .prepare_cached("SELECT hash FROM item_events ORDER BY id DESC LIMIT 1")?
            .query_row([], |r| r.get(0))
            .optional()?
            .unwrap_or_else(|| GENESIS_HASH.to_string()))
    }

    /// Appends one item event after the event whose hash is `prev` (which the
    /// caller knows to be the chain head, inside its transaction) and updates
    /// the item. Returns the new event's hash: the head for the next one.
    pub(crate) fn append_event_after(
        conn: &Connection,
        prev: &str,
        e: &NewEvent<'_>,
    ) -> Result<String> {
        let at_s = ts(e.at);
        // What staff read the item as: its URL and its request's ref.
        let (url, reference): (String, String) = conn
            .prepare_cached(
                "SELECT i.url, r.ref FROM items i JOIN requests r ON r.id = i.request_id WHERE i.id = ?1",
            )?
            .query_row([e.item], |r| Ok((r.get(0)?, r.get(1)?)))?;
        // Events are only ever appended after schema 8's switch-over.
        let hash = event_hash(
            chain::FORMULA_REF_URL,
            &EventFields {
                prev,
                item: e.item,
                reference: &reference,
                url: &url,
                at: &at_s,
                old: e.old.as_str(),
                new: e.new.as_str(),
                source: e.source,
                message_sha256: e.message.map(|(_, sha)| sha),
                actor: e.actor,
                note: e.note,
            },
        );
        let message = e.message.map(|(id, _)| id);
        conn.prepare_cached(
            "INSERT INTO item_events (item, at, old_status, new_status, source, message, actor, note, prev_hash, hash)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
        )?
        .execute(params![e.item, at_s, e.old.as_str(), e.new.as_str(), e.source, message, e.actor, e.note, prev, hash])?;
        conn.prepare_cached("UPDATE items SET status = ?1, updated_at = ?2, evidence = ?3, staff_lock = ?4 WHERE id = ?5")?
            .execute(params![e.new.as_str(), at_s, message, e.staff_lock as i64, e.item])?;
        Ok(hash)
    }
}

/// One item event to append.
pub(crate) struct NewEvent<'a> {
    pub item: i64,
    pub at: Timestamp,
    pub old: Status,
    pub new: Status,
    pub source: &'a str,
    /// The email behind the event: its row id and the SHA-256 of its raw bytes
    /// (which the hash covers).
    pub message: Option<(i64, &'a str)>,
    pub actor: &'a str,
    pub note: &'a str,
    pub staff_lock: bool,
}

#[cfg(test)]
mod compress_tests {
    use super::*;

    #[test]
    fn the_reused_compressor_round_trips_every_size_in_turn() {
        // Incompressible bytes larger than any initial buffer guess, then small
        // and empty inputs, on the same thread's compressor one after another.
        let mut x: u32 = 12345;
        let noise: Vec<u8> = (0..300_000)
            .map(|_| {
                x ^= x << 13;
                x ^= x >> 17;
                x ^= x << 5;
                x as u8
            })
            .collect();
        let text = b"Subject: removed\r\n\r\nhttps://t.me/a/1 removed\r\n".repeat(500);
        for input in [&noise[..], &text[..], b"x", b"", &noise[..1000], &text[..]] {
            let packed = compress(input);
            assert_eq!(decompress(&packed).expect("inflates"), input);
        }
    }
}
