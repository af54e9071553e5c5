//! Versioned migrations: each step runs once, in order, in a transaction, and
//! `PRAGMA user_version` records how far the ledger is. Steps are the SQL files
//! in `migrations/`; one (0004) is code, because SQLite has no SQL statement
//! for what it does (see `equivalent_checks`).

use rusqlite::{Connection, Transaction};

use super::{Result, StoreError};

enum Step {
    Sql(&'static str),
    Code(fn(&Transaction<'_>) -> Result<()>),
}

const MIGRATIONS: &[(&str, Step)] = &[
    (
        "0001_ledger",
        Step::Sql(include_str!("../../migrations/0001_ledger.sql")),
    ),
    (
        "0002_outbox",
        Step::Sql(include_str!("../../migrations/0002_outbox.sql")),
    ),
    (
        "0003_evidence",
        Step::Sql(include_str!("../../migrations/0003_evidence.sql")),
    ),
    ("0004_equivalent_checks", Step::Code(equivalent_checks)),
    (
        "0005_indexes",
        Step::Sql(include_str!("../../migrations/0005_indexes.sql")),
    ),
    (
        "0006_mailbox_passes",
        Step::Sql(include_str!("../../migrations/0006_mailbox_passes.sql")),
    ),
    (
        "0007_observations",
        Step::Sql(include_str!("../../migrations/0007_observations.sql")),
    ),
    ("0008_tamper_evidence", Step::Code(tamper_evidence)),
    (
        "0009_reminder_holds",
        Step::Sql(include_str!("../../migrations/0009_reminder_holds.sql")),
    ),
    (
        "0011_request_emails",
        Step::Sql(include_str!("../../migrations/0011_request_emails.sql")),
    ),
    (
        "0015_staff_indexes",
        Step::Sql(include_str!("../../migrations/0015_staff_indexes.sql")),
    ),
];

/// Version 8: the SQL file, then the header SHA-256 of rows that kept only
/// their header (SQLite has no SHA-256), then the trigger that keeps it.
fn tamper_evidence(tx: &Transaction<'_>) -> Result<()> {
    tx.execute_batch(include_str!("../../migrations/0008_tamper_evidence.sql"))?;
    let rows: Vec<(i64, Vec<u8>)> = tx
        .prepare("SELECT id, raw FROM messages WHERE raw_encoding = 'deflate-headers-only'")?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    for (id, raw) in rows {
        // Bytes that do not inflate get no hash: `audit verify` reports them.
        if let Ok(head) = super::decompress(&raw) {
            tx.execute(
                "UPDATE messages SET header_sha256 = ?1 WHERE id = ?2",
                rusqlite::params![super::sha256_hex(&head), id],
            )?;
        }
    }
    // Entries resolved before: their resolutions enter the chain as they stand.
    let resolved: Vec<(i64, String, String, String, bool)> = tx
        .prepare(
            "SELECT id, resolved_at, COALESCE(resolved_by, ''), COALESCE(resolution_note, ''), COALESCE(applied, 0) != 0
             FROM review WHERE resolved_at IS NOT NULL ORDER BY resolved_at, id",
        )?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)))?
        .collect::<rusqlite::Result<_>>()?;
    for (id, at, by, note, applied) in resolved {
        let at = super::parse_ts(&at).unwrap_or(jiff::Timestamp::UNIX_EPOCH);
        super::Store::append_ledger_event(
            tx,
            at,
            "review_resolved",
            Some(id),
            None,
            &by,
            &super::resolution_detail(&note, applied),
        )?;
    }
    tx.execute_batch(
        "CREATE TRIGGER messages_header_sha_immutable BEFORE UPDATE OF header_sha256 ON messages
         WHEN OLD.header_sha256 IS NOT NULL
         BEGIN SELECT RAISE(ABORT, 'raw emails are evidence and cannot be changed'); END;",
    )?;
    Ok(())
}

pub fn migrate(conn: &mut Connection) -> Result<()> {
    migrate_to(conn, MIGRATIONS.len())
}

/// Runs the steps up to schema version `last` (tests build older ledgers).
fn migrate_to(conn: &mut Connection, last: usize) -> Result<()> {
    // The version is read inside the write transaction that applies the next
    // step: two processes (or two mailbox tasks of one daemon) opening a new
    // ledger at once must not both run the same step ("table requests already
    // exists"); the second waits for the first (busy timeout) and then sees
    // the version it left.
    loop {
        let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let current: i64 = tx.query_row("PRAGMA user_version", [], |r| r.get(0))?;
        if current > MIGRATIONS.len() as i64 {
            return Err(StoreError::Conflict(format!(
                "the database is at schema version {current}, newer than this takedown knows ({}); upgrade takedown",
                MIGRATIONS.len()
            )));
        }
        let Some((name, step)) = MIGRATIONS[..last].get(current as usize) else {
            return Ok(());
        };
        let done = match step {
            Step::Sql(sql) => tx.execute_batch(sql).map_err(StoreError::from),
            Step::Code(f) => f(&tx),
        };
        done.map_err(|e| StoreError::Conflict(format!("migration {name} failed: {e}")))?;
        tx.pragma_update(None, "user_version", current + 1)?;
        tx.commit()?;
    }
}

/// The CHECK constraints on the two tables written for every item change, as
/// they were written in 0001, and the same constraints as chains of `=`.
const CHECKS: &[(&str, &str, &str)] = &[
    (
        "items",
        "CHECK (status IN ('pending','removed','restricted','rejected','not_found'))",
        "CHECK (status = 'pending' OR status = 'removed' OR status = 'restricted' OR status = 'rejected' OR status = 'not_found')",
    ),
    (
        "item_events",
        "CHECK (source IN ('email','bulk','staff','review'))",
        "CHECK (source = 'email' OR source = 'bulk' OR source = 'staff' OR source = 'review')",
    ),
];

/// Migration 0004: the same CHECK constraints, written so that SQLite can
/// test them cheaply.
///
/// Why: SQLite evaluates `x IN (a, b, c, …)` with more than two constants by
/// building a temporary b-tree of the constants, once per statement run. Every
/// item change runs an `UPDATE items` and an `INSERT INTO item_events`, so a
/// backlog of 10,000 replies built some 350,000 of those b-trees, about a
/// sixth of the ledger writer's CPU (measured with callgrind). A chain of `=`
/// accepts exactly the same values and is tested in place.
///
/// How: SQLite cannot alter a CHECK constraint, and rebuilding `items` and
/// `item_events` would copy the whole ledger and needs foreign keys switched
/// off outside any transaction. Its documentation gives a procedure for
/// changes to constraints that existing rows already satisfy ("Making Other
/// Kinds Of Table Schema Changes" in lang_altertable.html): rewrite the
/// table's SQL in `sqlite_schema` with `writable_schema`, bump
/// `schema_version` so that every connection re-reads the schema, and check
/// the result. The new constraints accept exactly the rows the old ones did,
/// so no row needs checking beyond `quick_check`.
fn equivalent_checks(tx: &Transaction<'_>) -> Result<()> {
    let mut rewritten = Vec::new();
    for (table, old, new) in CHECKS {
        let sql: String = tx.query_row(
            "SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = ?1",
            [table],
            |r| r.get(0),
        )?;
        if !sql.contains(old) {
            return Err(StoreError::Conflict(format!(
                "table {table} does not have the constraint {old}; was its schema changed by hand? \
                 Restore it from a backup or ask the maintainers before upgrading"
            )));
        }
        rewritten.push((*table, sql.replacen(old, new, 1)));
    }
    let version: i64 = tx.query_row("PRAGMA schema_version", [], |r| r.get(0))?;
    tx.pragma_update(None, "writable_schema", "ON")?;
    let written = (|| -> Result<()> {
        for (table, sql) in &rewritten {
            tx.execute(
                "UPDATE sqlite_schema SET sql = ?1 WHERE type = 'table' AND name = ?2",
                rusqlite::params![sql, table],
            )?;
        }
        tx.pragma_update(None, "schema_version", version + 1)?;
        Ok(())
    })();
    tx.pragma_update(None, "writable_schema", "OFF")?;
    written?;
    let check: String = tx.query_row("PRAGMA quick_check", [], |r| r.get(0))?;
    if check != "ok" {
        return Err(StoreError::Conflict(format!(
            "the ledger failed its check after rewriting constraints: {check}"
        )));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Schema 11 rebuilds `outbox`: a ledger with outgoing mail keeps every
    /// row and id, and the new kind `request` is admitted.
    #[test]
    fn request_emails_upgrade_keeps_the_outbox() {
        let mut conn = Connection::open_in_memory().expect("db");
        let eleven = MIGRATIONS
            .iter()
            .position(|(n, _)| *n == "0011_request_emails")
            .expect("0011");
        for (i, (_, step)) in MIGRATIONS[..eleven].iter().enumerate() {
            let tx = conn.transaction().expect("tx");
            match step {
                Step::Sql(sql) => tx.execute_batch(sql).expect("step"),
                Step::Code(f) => f(&tx).expect("step"),
            }
            tx.pragma_update(None, "user_version", i as i64 + 1)
                .expect("version");
            tx.commit().expect("commit");
        }
        conn.execute_batch(
            "INSERT INTO requests (id, ref, platform, sent_at, due_at, created_at) VALUES (3, 'R', 'x', 'a', 'b', 'c');
             INSERT INTO outbox (id, kind, request, step, dedup_key, message_id, recipients, subject, raw, state, created_at)
             VALUES (42, 'reminder', 3, 1, 'reminder:R:1', 'm@x', '[]', 's', x'00', 'sent', 'c');",
        )
        .expect("rows");
        let refused = conn.execute(
            "INSERT INTO outbox (kind, dedup_key, message_id, recipients, subject, raw, state, created_at)
             VALUES ('request', 'request:R:1', 'r@x', '[]', 's', x'00', 'queued', 'c')",
            [],
        );
        assert!(refused.is_err(), "schema 7 has no kind 'request'");
        migrate(&mut conn).expect("upgrade");
        let kept: (i64, String, i64) = conn
            .query_row("SELECT id, dedup_key, request FROM outbox", [], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?))
            })
            .expect("row kept");
        assert_eq!(kept, (42, "reminder:R:1".to_string(), 3));
        conn.execute(
            "INSERT INTO outbox (kind, dedup_key, message_id, recipients, subject, raw, state, created_at)
             VALUES ('request', 'request:R:1', 'r@x', '[]', 's', x'00', 'queued', 'c')",
            [],
        )
        .expect("kind 'request' admitted");
        let source: Option<i64> = conn
            .query_row(
                "SELECT source_message FROM requests WHERE id = 3",
                [],
                |r| r.get(0),
            )
            .expect("new column");
        assert_eq!(source, None);
    }

    #[test]
    fn rewritten_checks_still_refuse_what_they_refused() {
        let mut conn = Connection::open_in_memory().expect("memory db");
        migrate(&mut conn).expect("migrations");
        let items: String = conn
            .query_row(
                "SELECT sql FROM sqlite_schema WHERE name = 'items'",
                [],
                |r| r.get(0),
            )
            .expect("items schema");
        assert!(items.contains("status = 'not_found'"), "{items}");
        assert!(!items.contains("status IN"), "{items}");
        conn.execute_batch(
            "INSERT INTO requests (id, ref, platform, sent_at, due_at, created_at)
               VALUES (1, 'R-1', 'telegram', '2024-09-01T00:00:00Z', '2024-09-08T00:00:00Z', '2024-09-01T00:00:00Z');
             INSERT INTO items (id, request_id, url, url_key, status) VALUES (1, 1, 'u', 'u', 'removed');",
        )
        .expect("a valid status is accepted");
        let bad = conn.execute("UPDATE items SET status = 'gone' WHERE id = 1", []);
        assert!(bad.is_err(), "an unknown status must still be refused");
        let bad = conn.execute(
            "INSERT INTO item_events (item, at, old_status, new_status, source, actor, prev_hash, hash)
             VALUES (1, 'a', 'pending', 'removed', 'telepathy', 'x', 'p', 'h')",
            [],
        );
        assert!(
            bad.is_err(),
            "an unknown event source must still be refused"
        );
        conn.execute(
            "INSERT INTO item_events (item, at, old_status, new_status, source, actor, prev_hash, hash)
             VALUES (1, 'a', 'pending', 'removed', 'staff', 'x', 'p', 'h')",
            [],
        )
        .expect("a known source is accepted");
        // Running the migrations again changes nothing.
        migrate(&mut conn).expect("idempotent");
        let version: i64 = conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .expect("version");
        assert_eq!(version, MIGRATIONS.len() as i64);
    }

    #[test]
    fn two_connections_migrating_a_new_ledger_at_once_both_succeed() {
        let dir = std::env::temp_dir().join(format!(
            "takedown-migrate-race-{}-{:?}",
            std::process::id(),
            std::thread::current().id()
        ));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("temp dir");
        let path = dir.join("ledger.db");
        for _ in 0..5 {
            let _ = std::fs::remove_file(&path);
            let barrier = std::sync::Arc::new(std::sync::Barrier::new(4));
            let handles: Vec<_> = (0..4)
                .map(|_| {
                    let (path, barrier) = (path.clone(), barrier.clone());
                    std::thread::spawn(move || {
                        let mut conn = Connection::open(&path).expect("open");
                        conn.busy_timeout(std::time::Duration::from_secs(10))
                            .expect("busy timeout");
                        barrier.wait();
                        migrate(&mut conn).map_err(|e| e.to_string())
                    })
                })
                .collect();
            for h in handles {
                assert_eq!(h.join().expect("thread"), Ok(()));
            }
            let conn = Connection::open(&path).expect("open");
            let version: i64 = conn
                .query_row("PRAGMA user_version", [], |r| r.get(0))
                .expect("version");
            assert_eq!(version, MIGRATIONS.len() as i64);
        }
        let _ = std::fs::remove_dir_all(&dir);
    }

    /// A ledger written before schema 8 (events hashed by formula 1, a head
    /// hash kept by staff, a review entry resolved) still verifies after the
    /// upgrade, new events use formula 2 from the recorded switch-over, and
    /// an old event rewritten is still found.
    #[test]
    fn a_ledger_from_before_the_switch_over_still_verifies() {
        use crate::store::{EventFields, FORMULA_ITEM_ID, Store, event_hash};
        let mut conn = Connection::open_in_memory().expect("memory db");
        conn.pragma_update(None, "foreign_keys", "ON").expect("fk");
        migrate_to(&mut conn, 7).expect("schema 7");
        conn.execute_batch(
            "INSERT INTO requests (id, ref, platform, sent_at, due_at, created_at)
               VALUES (1, 'KCSC-240901-01', 'telegram', '2024-09-01T14:59:59Z', '2024-09-08T14:59:59Z', '2024-09-01T00:00:00Z');
             INSERT INTO items (id, request_id, url, url_key) VALUES (1, 1, 'https://t.me/chan/1', 't.me/chan/1');
             INSERT INTO items (id, request_id, url, url_key) VALUES (2, 1, 'https://t.me/chan/2', 't.me/chan/2');",
        )
        .expect("request");
        // Two staff events as takedown wrote them before: formula 1.
        let mut prev = crate::store::GENESIS_HASH.to_string();
        for (item, at) in [(1i64, "2024-09-02T00:00:00Z"), (2, "2024-09-03T00:00:00Z")] {
            let hash = event_hash(
                FORMULA_ITEM_ID,
                &EventFields {
                    prev: &prev,
                    item,
                    reference: "",
                    url: "",
                    at,
                    old: "pending",
                    new: "removed",
                    source: "staff",
                    message_sha256: None,
                    actor: "kim",
                    note: "checked",
                },
            );
            conn.execute(
                "INSERT INTO item_events (item, at, old_status, new_status, source, actor, note, prev_hash, hash)
                 VALUES (?1, ?2, 'pending', 'removed', 'staff', 'kim', 'checked', ?3, ?4)",
                rusqlite::params![item, at, prev, hash],
            )
            .expect("event");
            conn.execute(
                "UPDATE items SET status = 'removed', updated_at = ?1, staff_lock = 1 WHERE id = ?2",
                rusqlite::params![at, item],
            )
            .expect("item");
            prev = hash;
        }
        let kept_head = prev.clone();
        // An email of which only the header was kept, in review, resolved.
        let header = b"From: abuse@telegram.org\r\nSubject: big\r\n\r\n";
        conn.execute(
            "INSERT INTO messages (id, message_id, sha256, received_at, size, raw, raw_encoding, origin, trust, trust_reason, classification, outcome, disposition)
             VALUES (1, 'big@telegram.org', 'ab', '2024-09-02T00:00:00Z', 30000000, ?1, 'deflate-headers-only', 'f', 'untrusted', '', 'too_large', 'refused', 'review')",
            [crate::store::compress(header)],
        )
        .expect("message");
        conn.execute_batch(
            "INSERT INTO review (message, reason, created_at, resolved_at, resolved_by, resolution_note, applied)
             VALUES (1, 'too_large', '2024-09-02T00:00:00Z', '2024-09-03T01:00:00Z', 'kim', 'asked for a smaller copy', 0);",
        )
        .expect("review");
        migrate(&mut conn).expect("upgrade to 8");
        let store = Store { conn };
        let hs: Option<String> = store
            .conn
            .query_row("SELECT header_sha256 FROM messages WHERE id = 1", [], |r| {
                r.get(0)
            })
            .expect("header sha");
        assert_eq!(hs, Some(crate::store::sha256_hex(header)));
        let r = crate::audit::verify(&store, Some(&kept_head)).expect("audit");
        assert!(r.ok, "{:?}", r.problems);
        assert_eq!(r.ref_url_from_event, Some(3));
        assert_eq!(
            r.ledger_events, 1,
            "the earlier resolution entered the chain"
        );
        // A new event after the upgrade: formula 2, and the old head still counts.
        let now: jiff::Timestamp = "2024-09-04T00:00:00Z".parse().expect("now");
        store
            .mark(
                "KCSC-240901-01",
                "https://t.me/chan/1",
                crate::status::Status::Rejected,
                "reconsidered",
                "lee",
                None,
                now,
            )
            .expect("mark");
        let r = crate::audit::verify(&store, Some(&kept_head)).expect("audit");
        assert!(r.ok && r.events == 3, "{:?}", r.problems);
        assert_ne!(r.head, kept_head);
        // Rewriting an old event (triggers dropped) is still found.
        store
            .conn
            .execute_batch(
                "DROP TRIGGER item_events_no_update;
                 UPDATE item_events SET note = 'rewritten' WHERE id = 1;",
            )
            .expect("tamper");
        let r = crate::audit::verify(&store, Some(&kept_head)).expect("audit");
        assert!(!r.ok);
        assert_eq!(r.first_broken.map(|p| p.kind), Some("hash"));
    }
}
