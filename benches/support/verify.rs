//! Checks a ledger after a backlog run: every generated email recorded once and
//! `applied`, every item in the status its reply gave it.
//!
//! Include with `#[path = "../benches/support/verify.rs"] mod verify;` next to `gen`.

#![allow(dead_code)]

use std::collections::HashMap;
use std::path::Path;

use rusqlite::{Connection, OpenFlags};

use super::mailgen::Corpus;

/// What the ledger holds, counted.
#[derive(Debug, Default)]
pub struct Verdict {
    pub messages: usize,
    pub applied: usize,
    pub items_right: usize,
    pub items: usize,
    pub problems: Vec<String>,
}

impl Verdict {
    pub fn ok(&self) -> bool {
        self.problems.is_empty()
    }
}

pub fn verify(db: &Path, corpus: &Corpus) -> Verdict {
    let mut v = Verdict::default();
    let c = match Connection::open_with_flags(db, OpenFlags::SQLITE_OPEN_READ_ONLY) {
        Ok(c) => c,
        Err(e) => {
            v.problems
                .push(format!("cannot open {}: {e}", db.display()));
            return v;
        }
    };
    let q = |sql: &str| -> i64 { c.query_row(sql, [], |r| r.get(0)).unwrap_or(-1) };
    v.messages = q("SELECT COUNT(*) FROM messages") as usize;
    v.applied = q("SELECT COUNT(*) FROM messages WHERE outcome = 'applied'") as usize;
    let with_mid = q("SELECT COUNT(DISTINCT message_id) FROM messages") as usize;
    if v.messages != corpus.emails.len() {
        v.problems.push(format!(
            "{} emails recorded, {} generated",
            v.messages,
            corpus.emails.len()
        ));
    }
    if v.applied != corpus.emails.len() {
        let mut st = c
            .prepare(
                "SELECT outcome, detail, origin FROM messages WHERE outcome <> 'applied' LIMIT 5",
            )
            .expect("query");
        let bad: Vec<String> = st
            .query_map([], |r| {
                Ok(format!(
                    "{}: {} ({})",
                    r.get::<_, String>(2)?,
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?
                ))
            })
            .expect("query")
            .filter_map(Result::ok)
            .collect();
        v.problems.push(format!(
            "{} of {} emails applied; e.g. {}",
            v.applied,
            corpus.emails.len(),
            bad.join(" | ")
        ));
    }
    if with_mid != v.messages {
        v.problems.push(format!(
            "{with_mid} distinct Message-IDs for {} emails",
            v.messages
        ));
    }
    // Every email changes its items once: one event per item of a replied request.
    let events = q("SELECT COUNT(*) FROM item_events") as usize;
    let mut ledger: HashMap<(String, String), String> = HashMap::new();
    let mut st = c
        .prepare(
            "SELECT r.ref, i.url, i.status FROM items i JOIN requests r ON r.id = i.request_id",
        )
        .expect("query");
    for row in st
        .query_map([], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
            ))
        })
        .expect("query")
    {
        let (r, u, s) = row.expect("row");
        ledger.insert((r, u), s);
    }
    v.items = corpus.expected.len();
    let mut wrong = Vec::new();
    let mut changed = 0;
    for (r, u, want) in &corpus.expected {
        if *want != "pending" {
            changed += 1;
        }
        match ledger.get(&(r.clone(), u.clone())) {
            Some(got) if got == want => v.items_right += 1,
            Some(got) => wrong.push(format!("{r} {u}: {got}, expected {want}")),
            None => wrong.push(format!("{r} {u}: missing")),
        }
    }
    if !wrong.is_empty() {
        v.problems.push(format!(
            "{} of {} items wrong; e.g. {}",
            wrong.len(),
            v.items,
            wrong[..wrong.len().min(5)].join(" | ")
        ));
    }
    if ledger.len() != corpus.expected.len() {
        v.problems.push(format!(
            "{} items in the ledger, {} generated",
            ledger.len(),
            corpus.expected.len()
        ));
    }
    if events != changed {
        v.problems.push(format!(
            "{events} item events, expected {changed} (one per changed item)"
        ));
    }
    v
}
