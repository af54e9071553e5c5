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
    (
        "0009_reminder_holds",
        Step::Sql(include_str!("../../migrations/0009_reminder_holds.sql")),
    ),
    (
        "0015_staff_indexes",
        Step::Sql(include_str!("../../migrations/0015_staff_indexes.sql")),
    ),
];

pub fn migrate(conn: &mut Connection) -> Result<()> {
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
        let Some((name, step)) = MIGRATIONS.get(current as usize) else {
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
}
