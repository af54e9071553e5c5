//! Which items are due for a look, and when the next request to a host may
//! start: pure, with the time passed in.

use std::collections::HashMap;
use std::time::Duration;

use jiff::Timestamp;

use super::config::ProbeSettings;
use crate::status::Status;

/// An item that may be looked at.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Candidate {
    pub item: i64,
    pub reference: String,
    pub platform: String,
    pub url: String,
    pub status: Status,
    /// The last look at this item, if any.
    pub last_checked: Option<Timestamp>,
}

/// Why a round runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RoundKind {
    /// `takedown probe`: every item not looked at within `spacing`.
    Now,
    /// The daemon: `recheck_claimed` / `recheck_pending` (never under `spacing`).
    Scheduled,
}

/// Items a platform said are gone; a look checks its word.
pub fn claimed_gone(s: Status) -> bool {
    matches!(s, Status::Removed | Status::Restricted | Status::NotFound)
}

/// How long after a look the item is due again, or None when it is never
/// looked at (`rejected`: the platform kept it up and said so; there is
/// nothing to check).
pub fn interval(status: Status, kind: RoundKind, s: &ProbeSettings) -> Option<Duration> {
    let recheck = match status {
        Status::Pending => s.recheck_pending,
        st if claimed_gone(st) => s.recheck_claimed,
        _ => return None,
    };
    Some(match kind {
        RoundKind::Now => s.spacing,
        RoundKind::Scheduled => recheck.max(s.spacing),
    })
}

/// The last-look times at or before which pending items (`.0`) and the
/// others (`.1`) are due at `now`: what the ledger is asked for, before
/// `due` decides.
pub fn seen_by(now: Timestamp, kind: RoundKind, s: &ProbeSettings) -> (Timestamp, Timestamp) {
    let back = |status: Status| {
        interval(status, kind, s)
            .and_then(|d| jiff::SignedDuration::try_from(d).ok())
            .and_then(|d| now.checked_sub(d).ok())
            .unwrap_or(Timestamp::MIN)
    };
    (back(Status::Pending), back(Status::Removed))
}

/// The candidates due at `now`, never-looked-at first, then the longest
/// unseen, then by item (a deterministic order).
pub fn due<'a>(
    candidates: &'a [Candidate],
    now: Timestamp,
    kind: RoundKind,
    s: &ProbeSettings,
) -> Vec<&'a Candidate> {
    let mut out: Vec<&Candidate> = candidates
        .iter()
        .filter(|c| {
            let Some(every) = interval(c.status, kind, s) else {
                return false;
            };
            match c.last_checked {
                None => true,
                Some(t) => {
                    let every =
                        jiff::SignedDuration::try_from(every).unwrap_or(jiff::SignedDuration::MAX);
                    now.duration_since(t) >= every
                }
            }
        })
        .collect();
    out.sort_by_key(|c| (c.last_checked.is_some(), c.last_checked, c.item));
    out
}

/// The host a URL's requests go to (lower-cased), or "" when it has none.
pub fn host_of(url: &str) -> String {
    url::Url::parse(url)
        .ok()
        .and_then(|u| u.host_str().map(str::to_ascii_lowercase))
        .unwrap_or_default()
}

/// Spreads requests to one host at least `interval` apart (start to start).
/// `T` is the clock's instant type (tokio's in the fetcher, plain offsets
/// in tests).
#[derive(Debug)]
pub struct Pacer<T> {
    interval: Duration,
    next: HashMap<String, T>,
}

impl<T> Pacer<T>
where
    T: Copy + Ord + std::ops::Add<Duration, Output = T>,
{
    pub fn new(interval: Duration) -> Pacer<T> {
        Pacer {
            interval,
            next: HashMap::new(),
        }
    }

    /// Reserves the next slot for `host` at or after `now`; the caller waits
    /// until the returned instant before sending.
    pub fn reserve(&mut self, host: &str, now: T) -> T {
        let slot = match self.next.get(host) {
            Some(&n) if n > now => n,
            _ => now,
        };
        self.next.insert(host.to_string(), slot + self.interval);
        slot
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(s: &str) -> Timestamp {
        s.parse().expect("time")
    }

    fn cand(item: i64, status: Status, last: Option<&str>) -> Candidate {
        Candidate {
            item,
            reference: "R".into(),
            platform: "telegram".into(),
            url: format!("https://t.me/x/{item}"),
            status,
            last_checked: last.map(t),
        }
    }

    #[test]
    fn spacing_and_recheck() {
        let s = ProbeSettings::default(); // spacing 3m, claimed 24h, pending 12h
        let now = t("2024-09-10T12:00:00Z");
        let cs = vec![
            cand(1, Status::Pending, None),
            cand(2, Status::Pending, Some("2024-09-10T11:58:00Z")), // 2 min ago
            cand(3, Status::Pending, Some("2024-09-10T11:57:00Z")), // 3 min ago
            cand(4, Status::Removed, Some("2024-09-10T00:00:00Z")), // 12 h ago
            cand(5, Status::Pending, Some("2024-09-10T00:00:00Z")), // 12 h ago
            cand(6, Status::Rejected, None),
            cand(7, Status::NotFound, Some("2024-09-09T11:00:00Z")), // 25 h ago
        ];
        let ids = |v: Vec<&Candidate>| v.iter().map(|c| c.item).collect::<Vec<_>>();
        // A round now: only spacing, oldest look first, never-seen before all.
        assert_eq!(ids(due(&cs, now, RoundKind::Now, &s)), vec![1, 7, 4, 5, 3]);
        // The schedule: pending every 12 h, claimed every 24 h.
        assert_eq!(ids(due(&cs, now, RoundKind::Scheduled, &s)), vec![1, 7, 5]);
        // Spacing is a floor even under a shorter recheck.
        let fast = ProbeSettings {
            recheck_pending: Duration::from_secs(10),
            ..ProbeSettings::default()
        };
        assert_eq!(
            ids(due(&cs, now, RoundKind::Scheduled, &fast)),
            vec![1, 7, 5, 3]
        );
    }

    #[test]
    fn pacer_spaces_one_host_not_others() {
        let mut p: Pacer<Duration> = Pacer::new(Duration::from_secs(1));
        let ms = Duration::from_millis;
        assert_eq!(p.reserve("t.me", ms(0)), ms(0));
        assert_eq!(p.reserve("t.me", ms(10)), ms(1000));
        assert_eq!(p.reserve("t.me", ms(20)), ms(2000));
        assert_eq!(p.reserve("x.com", ms(30)), ms(30));
        // Long after: no wait.
        assert_eq!(p.reserve("t.me", ms(9000)), ms(9000));
    }

    #[test]
    fn hosts() {
        assert_eq!(host_of("https://T.ME/a/1"), "t.me");
        assert_eq!(host_of("not a url"), "");
    }
}
