//! Versioned migrations: each file in `migrations/` runs once, in order, in a
//! transaction, and `PRAGMA user_version` records how far the ledger is.

use rusqlite::Connection;

use super::{Result, StoreError};

const MIGRATIONS: &[(&str, &str)] = &[
    (
        "0001_ledger",
        include_str!("../../migrations/0001_ledger.sql"),
    ),
    (
        "0002_outbox",
        include_str!("../../migrations/0002_outbox.sql"),
    ),
    (
        "0003_evidence",
        include_str!("../../migrations/0003_evidence.sql"),
    ),
    (
        "0004_indexes",
        include_str!("../../migrations/0004_indexes.sql"),
    ),
];

pub fn migrate(conn: &mut Connection) -> Result<()> {
    let current: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    if current > MIGRATIONS.len() as i64 {
        return Err(StoreError::Conflict(format!(
            "the database is at schema version {current}, newer than this takedown knows ({}); upgrade takedown",
            MIGRATIONS.len()
        )));
    }
    for (i, (name, sql)) in MIGRATIONS.iter().enumerate().skip(current as usize) {
        let tx = conn.transaction()?;
        tx.execute_batch(sql)
            .map_err(|e| StoreError::Conflict(format!("migration {name} failed: {e}")))?;
        tx.pragma_update(None, "user_version", (i + 1) as i64)?;
        tx.commit()?;
    }
    Ok(())
}
