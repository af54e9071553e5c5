//! Finding what a person names: a request by its reference (any case, with a
//! suggestion when it is unknown), items by URL, a review entry by its id, a
//! Message-ID or a SHA-256 prefix, the last reminder of each request.

use std::collections::HashMap;

use jiff::Timestamp;
use rusqlite::{OptionalExtension, params};

use super::{Result, Store, StoreError, parse_ts};
use crate::status::Status;

/// The shortest SHA-256 prefix accepted where a hash is named (48 bits: a
/// false match among a ledger's emails is not a practical concern, and
/// ambiguity is reported, never guessed).
pub const MIN_HASH_PREFIX: usize = 12;

/// `s` (lowercased) when it is a hexadecimal SHA-256 prefix of at least
/// `MIN_HASH_PREFIX` digits.
pub fn hash_prefix(s: &str) -> Option<String> {
    let s = s.trim();
    (s.len() >= MIN_HASH_PREFIX && s.len() <= 64 && s.bytes().all(|b| b.is_ascii_hexdigit()))
        .then(|| s.to_ascii_lowercase())
}

/// The half-open text range [prefix, prefix + 'g') holds exactly the
/// lowercase hex strings starting with `prefix` ('g' sorts after every hex
/// digit), so that a UNIQUE index on the hash serves the lookup.
pub fn prefix_range(prefix: &str) -> (String, String) {
    (prefix.to_string(), format!("{prefix}g"))
}

/// Edit distance (Levenshtein) between two short strings, by characters.
fn distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let cur = row[j + 1];
            row[j + 1] = (prev + usize::from(ca != *cb)).min(row[j] + 1).min(cur + 1);
            prev = cur;
        }
    }
    row[b.len()]
}

/// The closest of `known` to `given` (case-insensitive), if it is close
/// enough to be a plausible typo: at most a third of its length away.
pub fn closest<'a>(given: &str, known: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let g = given.to_uppercase();
    known
        .into_iter()
        .map(|k| (distance(&g, &k.to_uppercase()), k))
        .filter(|(d, _)| *d <= (g.chars().count() / 3).max(1))
        .min()
        .map(|(_, k)| k)
}

/// One request holding an item, found by URL.
#[derive(Debug, Clone)]
pub struct ItemHit {
    pub item: i64,
    pub reference: String,
    pub platform: String,
    pub due_at: Option<Timestamp>,
    pub url: String,
    pub status: Status,
    pub updated_at: Option<Timestamp>,
    pub evidence: Option<String>,
    pub staff_lock: bool,
}

/// A review entry as a person may name it, for lists of candidates.
#[derive(Debug, Clone)]
pub struct ReviewCandidate {
    pub id: i64,
    pub message_id: Option<String>,
    pub sha256: Option<String>,
    pub reason: String,
    pub resolved_at: Option<String>,
}

impl std::fmt::Display for ReviewCandidate {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "id {}", self.id)?;
        if let Some(m) = &self.message_id {
            write!(f, " <{m}>")?;
        }
        if let Some(s) = &self.sha256 {
            write!(f, " sha256 {}", &s[..s.len().min(MIN_HASH_PREFIX)])?;
        }
        write!(f, " ({}", self.reason)?;
        if self.resolved_at.is_some() {
            write!(f, ", resolved")?;
        }
        write!(f, ")")
    }
}

const ITEM_HIT: &str = "SELECT i.id, r.ref, r.platform, r.due_at, i.url, i.status, i.updated_at, m.message_id, i.staff_lock
     FROM items i JOIN requests r ON r.id = i.request_id LEFT JOIN messages m ON m.id = i.evidence";

fn item_hit(r: &rusqlite::Row<'_>) -> rusqlite::Result<ItemHit> {
    Ok(ItemHit {
        item: r.get(0)?,
        reference: r.get(1)?,
        platform: r.get(2)?,
        due_at: parse_ts(&r.get::<_, String>(3)?),
        url: r.get(4)?,
        status: Status::parse(&r.get::<_, String>(5)?).unwrap_or(Status::Pending),
        updated_at: r.get::<_, Option<String>>(6)?.as_deref().and_then(parse_ts),
        evidence: r.get(7)?,
        staff_lock: r.get::<_, i64>(8)? != 0,
    })
}

impl Store {
    /// The stored spelling of a request reference: exactly as given, else the
    /// one reference equal to it ignoring case; unknown references name the
    /// closest known one.
    pub fn resolve_reference(&self, given: &str) -> Result<String> {
        let given = given.trim();
        let exact: Option<String> = self
            .conn
            .query_row("SELECT ref FROM requests WHERE ref = ?1", [given], |r| {
                r.get(0)
            })
            .optional()?;
        if let Some(r) = exact {
            return Ok(r);
        }
        let mut st = self.conn.prepare_cached(
            "SELECT ref FROM requests WHERE ref = ?1 COLLATE NOCASE ORDER BY ref",
        )?;
        let same: Vec<String> = st
            .query_map([given], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        match same.len() {
            1 => return Ok(same.into_iter().next().unwrap_or_default()),
            n if n > 1 => {
                return Err(StoreError::NotFound(format!(
                    "{given} matches {} requests that differ only in case ({}); type the reference exactly",
                    n,
                    same.join(", ")
                )));
            }
            _ => {}
        }
        let mut st = self.conn.prepare("SELECT ref FROM requests ORDER BY ref")?;
        let all: Vec<String> = st
            .query_map([], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        let hint = match closest(given, all.iter().map(String::as_str)) {
            Some(c) => format!("did you mean {c}? (`takedown requests` lists them all)"),
            None => "`takedown requests` lists the references".to_string(),
        };
        Err(StoreError::NotFound(format!(
            "no request with reference {given}; {hint}"
        )))
    }

    /// Every request's item whose normalized key (the matcher's) is `key`,
    /// in deadline then reference order.
    pub fn items_by_key(&self, key: &str) -> Result<Vec<ItemHit>> {
        let mut st = self.conn.prepare_cached(&format!(
            "{ITEM_HIT} WHERE i.url_key = ?1 ORDER BY r.due_at, r.ref, i.id"
        ))?;
        let rows = st
            .query_map([key], item_hit)?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows)
    }

    /// Items whose URL or normalized key contains `part` (case-insensitive),
    /// at most `limit`, in deadline then reference order.
    pub fn items_containing(&self, part: &str, limit: usize) -> Result<Vec<ItemHit>> {
        let escaped = part
            .replace('\\', "\\\\")
            .replace('%', "\\%")
            .replace('_', "\\_");
        let pattern = format!("%{escaped}%");
        let mut st = self.conn.prepare_cached(&format!(
            "{ITEM_HIT} WHERE i.url LIKE ?1 ESCAPE '\\' OR i.url_key LIKE ?1 ESCAPE '\\'
             ORDER BY r.due_at, r.ref, i.id LIMIT ?2"
        ))?;
        let rows = st
            .query_map(params![pattern, limit as i64], item_hit)?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows)
    }

    /// The review entry a person names: its id (`12` or `#12`), the
    /// Message-ID of its email (with or without <>), or a SHA-256 prefix of
    /// at least 12 hex digits of its email. Of several matching entries the
    /// one still open is meant; several open ones are listed, never guessed.
    pub fn review_entry(&self, given: &str) -> Result<ReviewCandidate> {
        let key = given.trim();
        let id_text = key.strip_prefix('#').unwrap_or(key);
        let base = "SELECT v.id, m.message_id, m.sha256, v.reason, v.resolved_at
                    FROM review v LEFT JOIN messages m ON m.id = v.message";
        let cand = |r: &rusqlite::Row<'_>| {
            Ok(ReviewCandidate {
                id: r.get(0)?,
                message_id: r.get(1)?,
                sha256: r.get(2)?,
                reason: r.get(3)?,
                resolved_at: r.get(4)?,
            })
        };
        let found: Vec<ReviewCandidate> = if !id_text.is_empty()
            && id_text.len() < MIN_HASH_PREFIX
            && id_text.bytes().all(|b| b.is_ascii_digit())
        {
            let id: i64 = id_text.parse().map_err(|_| {
                StoreError::NotFound(format!("review entry id {id_text} is out of range"))
            })?;
            let mut st = self.conn.prepare(&format!("{base} WHERE v.id = ?1"))?;
            st.query_map([id], cand)?.collect::<rusqlite::Result<_>>()?
        } else if let Some(p) = hash_prefix(key) {
            let (lo, hi) = prefix_range(&p);
            let mut st = self.conn.prepare(&format!(
                "{base} WHERE m.sha256 >= ?1 AND m.sha256 < ?2 ORDER BY v.id"
            ))?;
            st.query_map([lo, hi], cand)?
                .collect::<rusqlite::Result<_>>()?
        } else {
            let mid = key.trim_start_matches('<').trim_end_matches('>');
            let mut st = self
                .conn
                .prepare(&format!("{base} WHERE m.message_id = ?1 ORDER BY v.id"))?;
            st.query_map([mid], cand)?
                .collect::<rusqlite::Result<_>>()?
        };
        let open: Vec<&ReviewCandidate> =
            found.iter().filter(|c| c.resolved_at.is_none()).collect();
        let list = |c: &[&ReviewCandidate]| {
            c.iter()
                .map(|c| c.to_string())
                .collect::<Vec<_>>()
                .join("; ")
        };
        match (open.len(), found.len()) {
            (1, _) => Ok(open[0].clone()),
            (0, 0) => Err(StoreError::NotFound(format!(
                "no review entry {key}: name one by the id in `takedown review`, its email's Message-ID, or a SHA-256 prefix of at least {MIN_HASH_PREFIX} hex digits"
            ))),
            (0, _) => Ok(found[0].clone()),
            (_, _) => Err(StoreError::Conflict(format!(
                "{key} names {} open review entries: {}; name one by its id",
                open.len(),
                list(&open)
            ))),
        }
    }

    /// The time each request's newest reminder went out, by reference.
    pub fn last_reminders(&self) -> Result<HashMap<String, Timestamp>> {
        let mut st = self.conn.prepare_cached(
            "SELECT r.ref, MAX(o.sent_at) FROM outbox o JOIN requests r ON r.id = o.request
             WHERE o.kind = 'reminder' AND o.sent_at IS NOT NULL GROUP BY r.ref",
        )?;
        let rows = st
            .query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))?
            .filter_map(|r| match r {
                Ok((k, t)) => parse_ts(&t).map(|t| Ok((k, t))),
                Err(e) => Some(Err(e)),
            })
            .collect::<rusqlite::Result<HashMap<_, _>>>()?;
        Ok(rows)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn closest_reference_is_a_plausible_typo_only() {
        let known = ["KCSC-240901-01", "KCSC-240905-01"];
        assert_eq!(closest("KCSC-240901-1", known), Some("KCSC-240901-01"));
        assert_eq!(closest("kcsc-240905-02", known), Some("KCSC-240905-01"));
        assert_eq!(closest("ABC", known), None);
    }

    #[test]
    fn hash_prefixes() {
        assert_eq!(hash_prefix("ABCDEF012345").as_deref(), Some("abcdef012345"));
        assert_eq!(hash_prefix("abcdef01234"), None);
        assert_eq!(hash_prefix("abcdef01234x"), None);
        let (lo, hi) = prefix_range("abc");
        assert!(lo.as_str() <= "abcfff" && "abcfff" < hi.as_str());
        assert!("abd000" >= hi.as_str());
    }
}
