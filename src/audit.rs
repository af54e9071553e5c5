//! Tamper evidence: recomputes the item-event hash chain from what is stored
//! (with each cited email's SHA-256 recomputed from its stored raw bytes),
//! checks that every item's current status is what its events say, and that
//! every stored email still hashes to its recorded SHA-256.
//!
//! The triggers stop accidents; this catches the rest: anyone with write
//! access to the file can drop the triggers and rewrite history. Keeping the
//! chain head (printed here and in the staff digest) somewhere else lets a
//! rewritten history be exposed even when it is internally consistent:
//! `audit verify --head HASH` checks that a head seen before is still in the chain.

use std::collections::{BTreeMap, HashMap};

use serde::Serialize;

use crate::status::Status;
use crate::store::{
    EventFields, FORMULA_ITEM_ID, GENESIS_HASH, Store, StoreError, StoredEvent, event_hash,
    resolution_detail,
};

/// One thing found wrong.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Problem {
    /// chain (prev_hash link), hash (an event's own content), gap (missing
    /// event id), email (raw bytes vs SHA-256), status (item vs its events),
    /// continuity (an event's old status vs the one before), head (a kept head
    /// hash no longer in the chain), lock (an item's staff lock vs its events),
    /// format (the recorded hash switch-over), trigger (a protecting trigger
    /// dropped), ledger (the chain of staff acts), review (a resolution with no
    /// matching event).
    pub kind: &'static str,
    pub event: Option<i64>,
    pub item: Option<i64>,
    #[serde(rename = "ref")]
    pub reference: Option<String>,
    pub url: Option<String>,
    /// The `messages.id` concerned, for email problems.
    pub email: Option<i64>,
    pub detail: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct AuditReport {
    pub ok: bool,
    pub events: usize,
    pub items: usize,
    pub emails: usize,
    /// The hash of the newest event as stored (the genesis hash when none).
    pub head: String,
    pub head_event: Option<i64>,
    /// Staff acts that change no status (review resolutions, request updates).
    pub ledger_events: usize,
    /// The hash of the newest of them (the genesis hash when none).
    pub ledger_head: String,
    /// The first item event hashed with the ref and URL (schema 8's switch-over).
    pub ref_url_from_event: Option<i64>,
    /// The first broken link, in chain order; also first in `problems`.
    pub first_broken: Option<Problem>,
    pub problems: Vec<Problem>,
}

fn short(h: &str) -> &str {
    h.get(..12).unwrap_or(h)
}

/// Verifies the whole ledger. `kept_head`: a head hash recorded elsewhere
/// earlier, which must still be somewhere in the chain.
pub fn verify(store: &Store, kept_head: Option<&str>) -> Result<AuditReport, StoreError> {
    let events = store.all_events()?;
    let items = store.all_items()?;
    let by_item: HashMap<i64, (String, String)> = items
        .iter()
        .map(|i| (i.id, (i.reference.clone(), i.url.clone())))
        .collect();
    let problem = |kind: &'static str,
                   e: Option<&StoredEvent>,
                   item: Option<i64>,
                   email: Option<i64>,
                   detail: String| {
        let item = item.or(e.map(|e| e.item));
        let (reference, url) = match item.and_then(|i| by_item.get(&i)) {
            Some((r, u)) => (Some(r.clone()), Some(u.clone())),
            None => (None, None),
        };
        Problem {
            kind,
            event: e.map(|e| e.id),
            item,
            reference,
            url,
            email,
            detail,
        }
    };
    let mut chain_problems = Vec::new();

    // Emails: every stored email's bytes against its recorded SHA-256. The
    // chain then uses the recomputed hash, so that changing an email's bytes
    // and its sha256 column together still breaks the events citing it.
    let mut email_sha: HashMap<i64, String> = HashMap::new();
    let mut email_problems = Vec::new();
    let ids = store.all_email_ids()?;
    for id in &ids {
        let c = store.check_raw(*id)?;
        if let Some(err) = &c.error {
            email_problems.push(problem(
                "email",
                None,
                None,
                Some(*id),
                format!("email #{id}: {err}"),
            ));
        }
        match &c.recomputed_sha256 {
            Some(now) if *now != c.recorded_sha256 => {
                email_problems.push(problem(
                    "email",
                    None,
                    None,
                    Some(*id),
                    format!("email #{id}: its stored bytes hash to {} but its recorded SHA-256 is {}: the evidence was altered", short(now), short(&c.recorded_sha256)),
                ));
                email_sha.insert(*id, now.clone());
            }
            Some(now) => {
                email_sha.insert(*id, now.clone());
            }
            // Only the header was kept: the original's hash is all there is.
            None => {
                email_sha.insert(*id, c.recorded_sha256.clone());
            }
        }
    }

    // Which formula hashed each event: the switch-overs recorded in
    // chain_formats (schema 8); before the first, formula 1.
    let formats = store.chain_formats()?;
    if formats.is_empty() {
        chain_problems.push(problem(
            "format",
            None,
            None,
            None,
            "the record of where the event hash formula changed (chain_formats) is missing: it was deleted".into(),
        ));
    }
    // Formulas only ever get stronger: a later row naming an older formula
    // would let the events after it be checked without their ref and URL.
    for w in formats.windows(2) {
        if w[1].1 <= w[0].1 {
            chain_problems.push(problem(
                "format",
                None,
                None,
                None,
                format!(
                    "chain_formats goes back from formula {} (from event {}) to formula {} (from event {}): a row was added to weaken the check",
                    w[0].1, w[0].0, w[1].1, w[1].0
                ),
            ));
        }
    }
    let formula_of = |id: i64| {
        formats
            .iter()
            .rev()
            .find(|(from, _)| *from <= id)
            .map(|(_, f)| *f)
            .unwrap_or(FORMULA_ITEM_ID)
    };

    // The chain, in id order.
    let mut prev_hash = GENESIS_HASH.to_string();
    let mut prev_id: Option<i64> = None;
    let mut last_status: BTreeMap<i64, (String, Option<i64>)> = BTreeMap::new();
    let mut last_source: HashMap<i64, String> = HashMap::new();
    for e in &events {
        if let Some(p) = prev_id {
            if e.id != p + 1 {
                let missing = if e.id == p + 2 {
                    format!("event {} is missing", p + 1)
                } else {
                    format!("events {}..{} are missing", p + 1, e.id - 1)
                };
                chain_problems.push(problem(
                    "gap",
                    Some(e),
                    None,
                    None,
                    format!("event ids jump from {p} to {}: {missing}", e.id),
                ));
            }
        }
        if e.prev_hash != prev_hash {
            let before = prev_id
                .map(|p| format!("event {p}'s hash {}", short(&prev_hash)))
                .unwrap_or_else(|| "the genesis hash".into());
            chain_problems.push(problem(
                "chain",
                Some(e),
                None,
                None,
                format!("event {} links to {} but the event before it is {before}: an event before it was removed, added or rewritten", e.id, short(&e.prev_hash)),
            ));
        }
        let sha = match e.message {
            Some(m) => match email_sha.get(&m) {
                Some(s) => Some(s.clone()),
                None => {
                    chain_problems.push(problem(
                        "email",
                        Some(e),
                        None,
                        Some(m),
                        format!("event {} cites email #{m}, which is not stored", e.id),
                    ));
                    None
                }
            },
            None => None,
        };
        let (reference, url) = by_item
            .get(&e.item)
            .map(|(r, u)| (r.as_str(), u.as_str()))
            .unwrap_or(("", ""));
        let recomputed = event_hash(
            formula_of(e.id),
            &EventFields {
                prev: &e.prev_hash,
                item: e.item,
                reference,
                url,
                at: &e.at,
                old: &e.old_status,
                new: &e.new_status,
                source: &e.source,
                message_sha256: sha.as_deref(),
                actor: &e.actor,
                note: &e.note,
            },
        );
        if recomputed != e.hash {
            let why = match e.message.and_then(|m| email_problems.iter().find(|p| p.email == Some(m))) {
                Some(_) => format!("the email it cites (#{}) was altered", e.message.unwrap_or_default()),
                None => "its stored fields (item, its ref and URL, time, statuses, source, actor, note or the email it cites) differ from what was hashed".into(),
            };
            chain_problems.push(problem(
                "hash",
                Some(e),
                None,
                None,
                format!(
                    "event {} ({} -> {}) has hash {} but hashes to {}: {why}",
                    e.id,
                    e.old_status,
                    e.new_status,
                    short(&e.hash),
                    short(&recomputed)
                ),
            ));
        }
        if let Some((before, _)) = last_status.get(&e.item) {
            if *before != e.old_status {
                chain_problems.push(problem(
                    "continuity",
                    Some(e),
                    None,
                    None,
                    format!("event {} says the item went from {} but the event before it left it {before}", e.id, e.old_status),
                ));
            }
        }
        last_status.insert(e.item, (e.new_status.clone(), e.message));
        last_source.insert(e.item, e.source.clone());
        prev_hash = e.hash.clone();
        prev_id = Some(e.id);
    }

    // Items: the current status is the last event's, or pending with none.
    let mut status_problems = Vec::new();
    for i in &items {
        let (expected, evidence) = match last_status.get(&i.id) {
            Some((s, m)) => (s.clone(), *m),
            None => (Status::Pending.as_str().to_string(), None),
        };
        if i.status != expected {
            status_problems.push(problem(
                "status",
                None,
                Some(i.id),
                None,
                format!(
                    "item {} is {} in the items table but its events say {expected}",
                    i.id, i.status
                ),
            ));
        } else if i.evidence != evidence {
            status_problems.push(problem(
                "status",
                None,
                Some(i.id),
                None,
                format!(
                    "item {} cites email {} as its evidence but its last event cites {}",
                    i.id,
                    i.evidence
                        .map(|m| format!("#{m}"))
                        .unwrap_or_else(|| "none".into()),
                    evidence
                        .map(|m| format!("#{m}"))
                        .unwrap_or_else(|| "none".into())
                ),
            ));
        }
    }

    // Staff locks: a staff or review event sets one and nothing lifts it, so
    // an item is locked exactly when its last event is a staff decision.
    for i in &items {
        let locked = last_source
            .get(&i.id)
            .is_some_and(|s| s == "staff" || s == "review");
        if i.staff_lock != locked {
            status_problems.push(problem(
                "lock",
                None,
                Some(i.id),
                None,
                format!(
                    "item {} is {} in the items table but its events say {}",
                    i.id,
                    if i.staff_lock {
                        "locked by staff"
                    } else {
                        "not locked"
                    },
                    if locked {
                        "a staff decision stands"
                    } else {
                        "no staff decision stands"
                    }
                ),
            ));
        }
    }

    // Protecting triggers: dropped ones are how history gets rewritten.
    for t in store.missing_identity_triggers()? {
        status_problems.push(problem(
            "trigger",
            None,
            None,
            None,
            format!("the trigger {t} is missing: someone dropped it to change what it protects"),
        ));
    }

    // The chain of staff acts, and every review resolution since the
    // switch-over against its event.
    let ledger = store.all_ledger_events()?;
    let mut ledger_prev = GENESIS_HASH.to_string();
    let mut ledger_problems = Vec::new();
    for (n, le) in ledger.iter().enumerate() {
        if le.prev_hash != ledger_prev {
            ledger_problems.push(problem(
                "ledger",
                None,
                None,
                None,
                format!("ledger event {} ({}) links to {} but the one before it is {}: a staff act was removed, added or rewritten", le.id, le.kind, short(&le.prev_hash), short(&ledger_prev)),
            ));
        }
        if le.expected_hash(&le.prev_hash) != le.hash {
            ledger_problems.push(problem(
                "ledger",
                None,
                None,
                None,
                format!("ledger event {} ({}) has hash {} but its fields hash otherwise: it was rewritten", le.id, le.kind, short(&le.hash)),
            ));
        }
        if n > 0 && le.id != ledger[n - 1].id + 1 {
            ledger_problems.push(problem(
                "ledger",
                None,
                None,
                None,
                format!(
                    "ledger event ids jump from {} to {}",
                    ledger[n - 1].id,
                    le.id
                ),
            ));
        }
        ledger_prev = le.hash.clone();
    }
    // (Entries resolved before schema 8 got their event from the migration.)
    for rv in store.resolved_reviews()? {
        let (review, at, by) = (rv.id, rv.at, rv.by);
        let want = resolution_detail(&rv.note, rv.applied);
        let found = ledger.iter().any(|le| {
            le.kind == "review_resolved"
                && le.review == Some(review)
                && le.at == at
                && le.actor == by
                && le.detail == want
        });
        if !found {
            ledger_problems.push(problem(
                "review",
                None,
                None,
                None,
                format!("review entry {review} says it was resolved at {at} by {by} ({want}) but no event in the chain records that: the resolution was added or edited"),
            ));
        }
    }

    let (head, head_event) = match events.last() {
        Some(e) => (e.hash.clone(), Some(e.id)),
        None => (GENESIS_HASH.to_string(), None),
    };
    let mut head_problems = Vec::new();
    if let Some(k) = kept_head {
        // A head may be given as a prefix (at least 12 hex digits, checked by
        // the command line): matched as a prefix, so a short head that is in
        // the chain is never reported as rewritten.
        let k = k.trim().to_ascii_lowercase();
        if !GENESIS_HASH.starts_with(&k)
            && !events.iter().any(|e| e.hash.starts_with(&k))
            && !ledger.iter().any(|e| e.hash.starts_with(&k))
        {
            head_problems.push(problem(
                "head",
                None,
                None,
                None,
                format!("the head hash {} kept from before is not in the chain: history up to it was rewritten", short(&k)),
            ));
        }
    }

    // The first broken link is the earliest chain problem; then emails, items, head.
    let mut problems = chain_problems;
    problems.extend(email_problems);
    problems.extend(status_problems);
    problems.extend(ledger_problems);
    problems.extend(head_problems);
    Ok(AuditReport {
        ok: problems.is_empty(),
        events: events.len(),
        items: items.len(),
        emails: ids.len(),
        head,
        head_event,
        ledger_events: ledger.len(),
        ledger_head: ledger_prev,
        ref_url_from_event: formats
            .iter()
            .find(|(_, f)| *f != FORMULA_ITEM_ID)
            .map(|(from, _)| *from),
        first_broken: problems.first().cloned(),
        problems,
    })
}
