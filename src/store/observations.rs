//! Observations (issue 18): what takedown saw when it looked at an item's
//! URL itself, and the `still_online` review entries they open. An
//! observation never changes an item's status.

use std::collections::BTreeMap;

use jiff::Timestamp;
use rusqlite::{OptionalExtension, params};
use serde::Serialize;

use super::{Result, Store, parse_ts, ts};
use crate::probe::{Candidate, Verdict, claimed_gone};
use crate::status::Status;

/// One look to record.
#[derive(Debug, Clone)]
pub struct NewObservation<'a> {
    pub item: i64,
    pub checked_at: Timestamp,
    pub url: &'a str,
    pub http_status: Option<u16>,
    pub final_url: Option<&'a str>,
    pub redirects: &'a [String],
    pub verdict: Verdict,
    pub reason: &'a str,
}

/// What recording a look led to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Recorded {
    pub observation: i64,
    /// Consecutive looks at the item with this verdict, this one included.
    pub streak: u32,
    /// The `still_online` review entry this look opened.
    pub review: Option<i64>,
    /// The item's status when it was looked at.
    pub status: Status,
}

/// An item's latest observation, as `show` gives it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LatestObservation {
    pub verdict: Verdict,
    pub checked_at: Timestamp,
    pub http_status: Option<u16>,
    pub streak: u32,
}

/// A pending item seen gone `confirm` times in a row: appears removed, not
/// confirmed by the platform.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AppearsGone {
    pub reference: String,
    pub platform: String,
    pub url: String,
    pub since: Timestamp,
    pub streak: u32,
}

const LATEST: &str =
    "SELECT id FROM observations WHERE item = i.id ORDER BY checked_at DESC, id DESC LIMIT 1";

impl Store {
    /// The items that could be looked at (all but `rejected`; `reference`
    /// narrows to one request) whose last look, if any, is no later than
    /// `seen_by.0` (pending items) or `seen_by.1` (the others): never-seen
    /// first, then the longest unseen, at most `limit`.
    pub fn probe_candidates(
        &self,
        reference: Option<&str>,
        seen_by: (Timestamp, Timestamp),
        limit: Option<usize>,
    ) -> Result<Vec<Candidate>> {
        let mut st = self.conn.prepare_cached(
            "SELECT * FROM (
                SELECT i.id, r.ref, r.platform, i.url, i.status,
                       (SELECT MAX(o.checked_at) FROM observations o WHERE o.item = i.id) AS last
                FROM items i JOIN requests r ON r.id = i.request_id
                WHERE i.status <> 'rejected' AND (?1 IS NULL OR r.ref = ?1))
             WHERE last IS NULL OR last <= CASE WHEN status = 'pending' THEN ?2 ELSE ?3 END
             ORDER BY last IS NOT NULL, last, id LIMIT ?4",
        )?;
        let limit = limit.and_then(|l| i64::try_from(l).ok()).unwrap_or(-1);
        let rows = st
            .query_map(
                params![reference, ts(seen_by.0), ts(seen_by.1), limit],
                |r| {
                    Ok(Candidate {
                        item: r.get(0)?,
                        reference: r.get(1)?,
                        platform: r.get(2)?,
                        url: r.get(3)?,
                        status: Status::parse(&r.get::<_, String>(4)?).unwrap_or(Status::Pending),
                        last_checked: r.get::<_, Option<String>>(5)?.as_deref().and_then(parse_ts),
                    })
                },
            )?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows)
    }

    /// How many items could be looked at (all but `rejected`).
    pub fn probe_eligible(&self, reference: Option<&str>) -> Result<usize> {
        let n: i64 = self
            .conn
            .prepare_cached(
                "SELECT COUNT(*) FROM items i JOIN requests r ON r.id = i.request_id
                 WHERE i.status <> 'rejected' AND (?1 IS NULL OR r.ref = ?1)",
            )?
            .query_row([reference], |r| r.get(0))?;
        Ok(n.max(0) as usize)
    }

    /// Records one look. When it makes `confirm` looks in a row that saw
    /// online an item whose platform said it is gone, a `still_online` review
    /// entry is opened, once per streak, with the evidence of each look.
    pub fn record_observation(&self, o: &NewObservation<'_>, confirm: u32) -> Result<Recorded> {
        // A write transaction from the start: this reads, then writes, while
        // the daemon's mailboxes may be writing too; a deferred transaction
        // could not wait for them (SQLITE_BUSY at the upgrade).
        let own = self.conn.is_autocommit();
        if own {
            self.begin_batch()?;
        }
        let recorded = self.record_observation_in(o, confirm);
        if own {
            match &recorded {
                Ok(_) => self.commit_batch()?,
                Err(_) => self.rollback_batch(),
            }
        }
        recorded
    }

    fn record_observation_in(&self, o: &NewObservation<'_>, confirm: u32) -> Result<Recorded> {
        self.atomically(|c| {
            let (status, url, updated_at): (String, String, Option<String>) = c
                .prepare_cached("SELECT status, url, updated_at FROM items WHERE id = ?1")?
                .query_row([o.item], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
            let status = Status::parse(&status).unwrap_or(Status::Pending);
            let last: Option<(String, i64)> = c
                .prepare_cached(
                    "SELECT verdict, streak FROM observations WHERE item = ?1
                     ORDER BY checked_at DESC, id DESC LIMIT 1",
                )?
                .query_row([o.item], |r| Ok((r.get(0)?, r.get(1)?)))
                .optional()?;
            let streak = match last {
                Some((v, n)) if v == o.verdict.as_str() => n.max(0) as u32 + 1,
                _ => 1,
            };
            let checked_at = ts(o.checked_at);
            let redirects = serde_json::to_string(o.redirects).unwrap_or_else(|_| "[]".into());
            c.prepare_cached(
                "INSERT INTO observations (item, checked_at, url, http_status, final_url, redirects, verdict, reason, streak)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
            )?
            .execute(params![
                o.item,
                checked_at,
                o.url,
                o.http_status,
                o.final_url,
                redirects,
                o.verdict.as_str(),
                o.reason,
                streak
            ])?;
            let observation = c.last_insert_rowid();
            let mut review = None;
            if o.verdict == Verdict::Online && claimed_gone(status) && streak >= confirm {
                // The looks of this streak, newest first; the first of them
                // is when the streak began.
                let looks: Vec<(String, Option<i64>, String)> = c
                    .prepare_cached(
                        "SELECT checked_at, http_status, reason FROM observations WHERE item = ?1
                         ORDER BY checked_at DESC, id DESC LIMIT ?2",
                    )?
                    .query_map(params![o.item, streak], |r| {
                        Ok((r.get(0)?, r.get(1)?, r.get(2)?))
                    })?
                    .collect::<rusqlite::Result<Vec<_>>>()?;
                let began = looks
                    .last()
                    .map(|l| l.0.clone())
                    .unwrap_or(checked_at.clone());
                // Only looks since the ledger recorded the platform's word
                // contradict it.
                let since_claim: Vec<&(String, Option<i64>, String)> = looks
                    .iter()
                    .filter(|l| updated_at.as_ref().is_none_or(|u| l.0 >= *u))
                    .collect();
                let open_for_streak: bool = c
                    .prepare_cached(
                        "SELECT EXISTS (SELECT 1 FROM review WHERE item = ?1 AND reason = 'still_online' AND created_at >= ?2)",
                    )?
                    .query_row(params![o.item, began], |r| r.get(0))?;
                if !open_for_streak && since_claim.len() >= confirm as usize {
                    let mut detail = format!(
                        "{url} was seen online {} time(s) in a row although its platform's status for it is {status}:",
                        since_claim.len()
                    );
                    for (at, http, why) in since_claim.iter().rev() {
                        let http = http.map(|h| h.to_string()).unwrap_or_else(|| "-".into());
                        detail.push_str(&format!("\n  {at}  HTTP {http}  {why}"));
                    }
                    c.prepare_cached(
                        "INSERT INTO review (message, item, reason, detail, created_at) VALUES (NULL, ?1, 'still_online', ?2, ?3)",
                    )?
                    .execute(params![o.item, detail, checked_at])?;
                    review = Some(c.last_insert_rowid());
                }
            }
            Ok(Recorded {
                observation,
                streak,
                review,
                status,
            })
        })
    }

    /// The latest observation of each item of a request, by item id.
    pub fn latest_observations(&self, reference: &str) -> Result<BTreeMap<i64, LatestObservation>> {
        let sql = format!(
            "SELECT i.id, o.verdict, o.checked_at, o.http_status, o.streak
             FROM items i JOIN requests r ON r.id = i.request_id
             JOIN observations o ON o.id = ({LATEST})
             WHERE r.ref = ?1"
        );
        let mut st = self.conn.prepare_cached(&sql)?;
        let rows = st
            .query_map([reference], |r| {
                Ok((
                    r.get::<_, i64>(0)?,
                    LatestObservation {
                        verdict: Verdict::parse(&r.get::<_, String>(1)?)
                            .unwrap_or(Verdict::Unknown),
                        checked_at: parse_ts(&r.get::<_, String>(2)?)
                            .unwrap_or(Timestamp::UNIX_EPOCH),
                        http_status: r.get(3)?,
                        streak: r.get::<_, i64>(4)?.max(0) as u32,
                    },
                ))
            })?
            .collect::<rusqlite::Result<BTreeMap<_, _>>>()?;
        Ok(rows)
    }

    /// Pending items whose last `confirm` looks (or more) all saw them gone,
    /// by request and item.
    pub fn appears_gone(&self, confirm: u32) -> Result<Vec<AppearsGone>> {
        let sql = format!(
            "SELECT r.ref, r.platform, i.url, o.checked_at, o.streak
             FROM items i JOIN requests r ON r.id = i.request_id
             JOIN observations o ON o.id = ({LATEST})
             WHERE i.status = 'pending' AND o.verdict = 'gone' AND o.streak >= ?1
             ORDER BY r.ref, i.id"
        );
        let mut st = self.conn.prepare_cached(&sql)?;
        let rows = st
            .query_map([confirm], |r| {
                Ok(AppearsGone {
                    reference: r.get(0)?,
                    platform: r.get(1)?,
                    url: r.get(2)?,
                    since: parse_ts(&r.get::<_, String>(3)?).unwrap_or(Timestamp::UNIX_EPOCH),
                    streak: r.get::<_, i64>(4)?.max(0) as u32,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::NewRequestItem;

    fn t(s: &str) -> Timestamp {
        s.parse().expect("time")
    }

    fn ledger() -> Store {
        let store = Store::open_in_memory().expect("store");
        let rows: Vec<NewRequestItem> = (1..=2)
            .map(|n| NewRequestItem {
                reference: "KCSC-240901-01".into(),
                platform: "telegram".into(),
                sent_at: t("2024-09-01T00:00:00Z"),
                sent_at_given: "time",
                due_at: t("2024-09-08T00:00:00Z"),
                url: format!("https://t.me/chan/{n}"),
                url_key: format!("t.me/chan/{n}"),
                category: None,
                message_id: None,
                note: None,
                origin: "test".into(),
            })
            .collect();
        store
            .import_requests(&rows, false, t("2024-09-01T00:00:00Z"))
            .expect("import");
        store
    }

    fn look(store: &Store, item: i64, at: &str, verdict: Verdict) -> Recorded {
        store
            .record_observation(
                &NewObservation {
                    item,
                    checked_at: t(at),
                    url: "https://t.me/chan/x",
                    http_status: Some(200),
                    final_url: None,
                    redirects: &[],
                    verdict,
                    reason: "HTTP 200",
                },
                3,
            )
            .expect("record")
    }

    fn removed_at(store: &Store, at: &str) {
        store
            .mark(
                "KCSC-240901-01",
                "https://t.me/chan/1",
                Status::Removed,
                "platform said so",
                "staff",
                None,
                t(at),
            )
            .expect("mark");
    }

    #[test]
    fn still_online_once_per_streak_and_status_untouched() {
        let store = ledger();
        removed_at(&store, "2024-09-02T00:00:00Z");
        let events_before: i64 = store
            .conn
            .query_row("SELECT COUNT(*) FROM item_events", [], |r| r.get(0))
            .expect("count");
        assert_eq!(
            look(&store, 1, "2024-09-03T00:00:00Z", Verdict::Online).streak,
            1
        );
        assert_eq!(
            look(&store, 1, "2024-09-03T01:00:00Z", Verdict::Online).review,
            None
        );
        let third = look(&store, 1, "2024-09-03T02:00:00Z", Verdict::Online);
        assert_eq!(third.streak, 3);
        let id = third.review.expect("a review entry at the third look");
        // Same streak: no second entry, even after the first is resolved.
        assert_eq!(
            look(&store, 1, "2024-09-03T03:00:00Z", Verdict::Online).review,
            None
        );
        store
            .conn
            .execute(
                "UPDATE review SET resolved_at = '2024-09-03T03:30:00Z' WHERE id = ?1",
                [id],
            )
            .expect("resolve");
        assert_eq!(
            look(&store, 1, "2024-09-03T04:00:00Z", Verdict::Online).review,
            None
        );
        // An unknown look ends the streak; a new streak of three opens a new entry.
        assert_eq!(
            look(&store, 1, "2024-09-03T05:00:00Z", Verdict::Unknown).streak,
            1
        );
        look(&store, 1, "2024-09-03T06:00:00Z", Verdict::Online);
        look(&store, 1, "2024-09-03T07:00:00Z", Verdict::Online);
        let again = look(&store, 1, "2024-09-03T08:00:00Z", Verdict::Online);
        assert!(again.review.is_some_and(|r| r != id), "{again:?}");
        let detail: String = store
            .conn
            .query_row("SELECT detail FROM review WHERE id = ?1", [id], |r| {
                r.get(0)
            })
            .expect("detail");
        assert!(
            detail.starts_with("https://t.me/chan/1 was seen online 3 time(s)"),
            "{detail}"
        );
        assert_eq!(detail.lines().count(), 4, "{detail}");
        // A pending item seen online goes nowhere.
        for h in 0..4 {
            assert_eq!(
                look(
                    &store,
                    2,
                    &format!("2024-09-03T0{h}:00:00Z"),
                    Verdict::Online
                )
                .review,
                None
            );
        }
        let events_after: i64 = store
            .conn
            .query_row("SELECT COUNT(*) FROM item_events", [], |r| r.get(0))
            .expect("count");
        assert_eq!(
            events_before, events_after,
            "observations never write item events"
        );
    }

    #[test]
    fn only_looks_after_the_platforms_word_contradict_it() {
        let store = ledger();
        look(&store, 1, "2024-09-03T00:00:00Z", Verdict::Online);
        look(&store, 1, "2024-09-03T01:00:00Z", Verdict::Online);
        removed_at(&store, "2024-09-03T01:30:00Z");
        // Streak 3 and 4, but only one and two looks since the claim.
        assert_eq!(
            look(&store, 1, "2024-09-03T02:00:00Z", Verdict::Online).review,
            None
        );
        assert_eq!(
            look(&store, 1, "2024-09-03T03:00:00Z", Verdict::Online).review,
            None
        );
        let r = look(&store, 1, "2024-09-03T04:00:00Z", Verdict::Online);
        assert_eq!(r.streak, 5);
        assert!(r.review.is_some(), "three looks since the claim: {r:?}");
    }

    #[test]
    fn the_ledger_returns_what_the_schedule_finds_due() {
        use crate::probe::{ProbeSettings, RoundKind, schedule};
        let store = ledger();
        removed_at(&store, "2024-09-02T00:00:00Z");
        let s = ProbeSettings::default(); // pending every 12 h, claimed every 24 h
        look(&store, 1, "2024-09-09T20:00:00Z", Verdict::Online); // removed, 16 h before
        look(&store, 2, "2024-09-09T20:00:00Z", Verdict::Online); // pending, 16 h before
        let now = t("2024-09-10T12:00:00Z");
        for (kind, expected) in [
            (RoundKind::Scheduled, vec![2]),
            (RoundKind::Now, vec![1, 2]),
        ] {
            let all = store
                .probe_candidates(None, (Timestamp::MAX, Timestamp::MAX), None)
                .expect("all");
            let want: Vec<i64> = schedule::due(&all, now, kind, &s)
                .iter()
                .map(|c| c.item)
                .collect();
            assert_eq!(want, expected, "{kind:?}");
            let got: Vec<i64> = store
                .probe_candidates(None, schedule::seen_by(now, kind, &s), None)
                .expect("due")
                .iter()
                .map(|c| c.item)
                .collect();
            assert_eq!(got, want, "{kind:?}");
        }
        let one = store
            .probe_candidates(None, schedule::seen_by(now, RoundKind::Now, &s), Some(1))
            .expect("limit");
        assert_eq!(one.len(), 1);
        assert_eq!(store.probe_eligible(None).expect("count"), 2);
        assert_eq!(store.probe_eligible(Some("nope")).expect("count"), 0);
    }

    #[test]
    fn appears_gone_needs_confirm_looks_in_a_row() {
        let store = ledger();
        look(&store, 2, "2024-09-03T00:00:00Z", Verdict::Gone);
        look(&store, 2, "2024-09-03T01:00:00Z", Verdict::Gone);
        assert!(store.appears_gone(3).expect("q").is_empty());
        look(&store, 2, "2024-09-03T02:00:00Z", Verdict::Gone);
        let g = store.appears_gone(3).expect("q");
        assert_eq!(g.len(), 1);
        assert_eq!(g[0].url, "https://t.me/chan/2");
        let latest = store.latest_observations("KCSC-240901-01").expect("latest");
        assert_eq!(latest.len(), 1);
        assert_eq!(latest[&2].streak, 3);
        look(&store, 2, "2024-09-03T03:00:00Z", Verdict::Online);
        assert!(store.appears_gone(3).expect("q").is_empty());
    }
}
