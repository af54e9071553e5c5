//! The compliance report (issue 16): per platform and per month, how many
//! requests and items, items by status, the share answered within the
//! deadline, median and p90 time from request to the platform's first
//! statement, items overdue now and reminders sent.
//!
//! `compute` is a pure function over what `Store::report_facts` returns (the
//! clock and time zone are parameters); `render` turns the result into CSV,
//! JSON or one self-contained HTML file with inline SVG charts.
//!
//! A month is the month a request was sent, in the configured time zone:
//! every figure of a row is about the requests of that month (their items'
//! current statuses, their reminders), so that a month's figures can be
//! compared with the requests the regulator counted as sent in it.

pub mod render;
pub mod svg;

use std::collections::{BTreeMap, HashMap};

use jiff::civil::Date;
use jiff::tz::TimeZone;
use jiff::{Timestamp, ToSpan};
use serde::Serialize;

use crate::status::Status;
use crate::store::ReportFacts;

/// The period a report covers: requests sent in [from, to).
#[derive(Debug, Clone)]
pub struct Window {
    pub from: Timestamp,
    pub to: Timestamp,
    /// First day covered and last day covered, in the configured zone.
    pub first_day: Date,
    pub last_day: Date,
}

impl Window {
    /// From `first_day` to `last_day` inclusive, as days in `tz`.
    pub fn days(first_day: Date, last_day: Date, tz: &TimeZone) -> Result<Window, String> {
        if last_day < first_day {
            return Err(format!("--to {last_day} is before --from {first_day}"));
        }
        let start = |d: Date| {
            d.to_zoned(tz.clone())
                .map(|z| z.timestamp())
                .map_err(|e| format!("{d}: {e}"))
        };
        let next = last_day
            .checked_add(1.day())
            .map_err(|e| format!("{last_day}: {e}"))?;
        Ok(Window {
            from: start(first_day)?,
            to: start(next)?,
            first_day,
            last_day,
        })
    }

    /// The months the window touches, as "YYYY-MM", in order.
    pub fn months(&self) -> Vec<String> {
        let mut out = Vec::new();
        let mut d = self.first_day.first_of_month();
        while d <= self.last_day {
            out.push(month_key(d));
            match d.checked_add(1.month()) {
                Ok(n) => d = n,
                Err(_) => break,
            }
        }
        out
    }
}

fn month_key(d: Date) -> String {
    format!("{:04}-{:02}", d.year(), d.month())
}

/// A platform the report names: its id and display name.
#[derive(Debug, Clone, Serialize)]
pub struct PlatformName {
    pub id: String,
    pub name: String,
}

/// One platform in one month (or, in `Report::totals`, the whole period).
#[derive(Debug, Clone, Default, Serialize, PartialEq)]
pub struct ReportRow {
    pub platform: String,
    /// "YYYY-MM"; "all" in the totals.
    pub month: String,
    pub requests: u64,
    pub items: u64,
    pub pending: u64,
    pub removed: u64,
    pub restricted: u64,
    pub rejected: u64,
    pub not_found: u64,
    /// Items the platform made a statement about.
    pub answered: u64,
    /// Items whose deadline has passed or that were answered: the base of
    /// `in_time_share` (an item not yet due and not answered is not late).
    pub due_or_answered: u64,
    /// Items answered on or before their request's deadline.
    pub answered_in_time: u64,
    /// answered_in_time / due_or_answered; None when nothing was due.
    pub in_time_share: Option<f64>,
    /// Hours from the request's sending to the platform's first statement.
    pub median_hours: Option<f64>,
    pub p90_hours: Option<f64>,
    /// Pending items past their deadline now.
    pub overdue_now: u64,
    pub reminders_sent: u64,
}

#[derive(Debug, Clone, Serialize)]
pub struct Report {
    pub generated_at: String,
    pub timezone: String,
    /// First and last day covered (inclusive, in `timezone`).
    pub from: String,
    pub to: String,
    pub platforms: Vec<PlatformName>,
    /// One row per platform and month, platforms in configuration order,
    /// months in order; a platform with nothing in a month has a zero row.
    pub rows: Vec<ReportRow>,
    /// One row per platform over the whole window.
    pub totals: Vec<ReportRow>,
}

/// Durations, gathered per row before the medians are taken.
#[derive(Default)]
struct Acc {
    row: ReportRow,
    hours: Vec<f64>,
}

impl Acc {
    fn add_item(
        &mut self,
        status: Status,
        stated: Option<Timestamp>,
        sent: Timestamp,
        due: Timestamp,
        now: Timestamp,
    ) {
        let r = &mut self.row;
        r.items += 1;
        match status {
            Status::Pending => r.pending += 1,
            Status::Removed => r.removed += 1,
            Status::Restricted => r.restricted += 1,
            Status::Rejected => r.rejected += 1,
            Status::NotFound => r.not_found += 1,
        }
        if let Some(at) = stated {
            r.answered += 1;
            if at <= due {
                r.answered_in_time += 1;
            }
            let h = at.duration_since(sent).as_secs_f64() / 3600.0;
            self.hours.push(h.max(0.0));
        }
        if stated.is_some() || due <= now {
            r.due_or_answered += 1;
        }
        if status == Status::Pending && due < now {
            r.overdue_now += 1;
        }
    }

    fn finish(mut self) -> ReportRow {
        let r = &mut self.row;
        r.in_time_share = (r.due_or_answered > 0)
            .then(|| round(r.answered_in_time as f64 / r.due_or_answered as f64, 4));
        self.hours.sort_by(f64::total_cmp);
        r.median_hours = median(&self.hours).map(|h| round(h, 1));
        r.p90_hours = nearest_rank(&self.hours, 0.9).map(|h| round(h, 1));
        self.row
    }
}

fn round(v: f64, places: i32) -> f64 {
    let f = 10f64.powi(places);
    (v * f).round() / f
}

/// The middle value (mean of the two middle ones for an even count).
fn median(sorted: &[f64]) -> Option<f64> {
    let n = sorted.len();
    match n {
        0 => None,
        _ if n % 2 == 1 => Some(sorted[n / 2]),
        _ => Some((sorted[n / 2 - 1] + sorted[n / 2]) / 2.0),
    }
}

/// The nearest-rank percentile: the smallest value with at least `p` of the
/// values at or below it.
fn nearest_rank(sorted: &[f64], p: f64) -> Option<f64> {
    if sorted.is_empty() {
        return None;
    }
    let rank = (p * sorted.len() as f64).ceil() as usize;
    Some(sorted[rank.clamp(1, sorted.len()) - 1])
}

/// The report over `facts` (requests sent in `window`), naming every platform
/// of `platforms` (configuration order) and any other platform the ledger
/// holds after them.
pub fn compute(
    facts: &ReportFacts,
    window: &Window,
    platforms: &[PlatformName],
    now: Timestamp,
    tz: &TimeZone,
    timezone_name: &str,
) -> Report {
    let mut names: Vec<PlatformName> = platforms.to_vec();
    let mut extra: Vec<&str> = facts
        .requests
        .iter()
        .map(|r| r.platform.as_str())
        .filter(|p| !platforms.iter().any(|n| n.id == *p))
        .collect();
    extra.sort_unstable();
    extra.dedup();
    names.extend(extra.into_iter().map(|p| PlatformName {
        id: p.to_string(),
        name: p.to_string(),
    }));
    let months = window.months();
    let mut cells: BTreeMap<(usize, usize), Acc> = BTreeMap::new();
    let mut totals: Vec<Acc> = names.iter().map(|_| Acc::default()).collect();
    let platform_index: HashMap<&str, usize> = names
        .iter()
        .enumerate()
        .map(|(i, p)| (p.id.as_str(), i))
        .collect();
    let month_index: HashMap<&str, usize> = months
        .iter()
        .enumerate()
        .map(|(i, m)| (m.as_str(), i))
        .collect();
    // Each request's cell (platform, month) and its times.
    let mut by_request: HashMap<i64, ((usize, usize), Timestamp, Timestamp)> =
        HashMap::with_capacity(facts.requests.len());
    for r in &facts.requests {
        let month = month_key(r.sent_at.to_zoned(tz.clone()).date());
        let (Some(&p), Some(&m)) = (
            platform_index.get(r.platform.as_str()),
            month_index.get(month.as_str()),
        ) else {
            continue;
        };
        by_request.insert(r.id, ((p, m), r.sent_at, r.due_at));
        cells.entry((p, m)).or_default().row.requests += 1;
        totals[p].row.requests += 1;
    }
    for i in &facts.items {
        let Some(&(cell, sent, due)) = by_request.get(&i.request) else {
            continue;
        };
        cells
            .entry(cell)
            .or_default()
            .add_item(i.status, i.first_stated_at, sent, due, now);
        totals[cell.0].add_item(i.status, i.first_stated_at, sent, due, now);
    }
    for (request, _) in &facts.reminders {
        if let Some(&(cell, _, _)) = by_request.get(request) {
            cells.entry(cell).or_default().row.reminders_sent += 1;
            totals[cell.0].row.reminders_sent += 1;
        }
    }
    let mut rows = Vec::with_capacity(names.len() * months.len());
    for (p, name) in names.iter().enumerate() {
        for (m, month) in months.iter().enumerate() {
            let mut row = cells.remove(&(p, m)).unwrap_or_default().finish();
            row.platform = name.id.clone();
            row.month = month.clone();
            rows.push(row);
        }
    }
    let totals = totals
        .into_iter()
        .zip(&names)
        .map(|(acc, name)| {
            let mut row = acc.finish();
            row.platform = name.id.clone();
            row.month = "all".into();
            row
        })
        .collect();
    Report {
        generated_at: now
            .to_zoned(tz.clone())
            .strftime("%Y-%m-%dT%H:%M:%S%:z")
            .to_string(),
        timezone: timezone_name.to_string(),
        from: window.first_day.to_string(),
        to: window.last_day.to_string(),
        platforms: names,
        rows,
        totals,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::{ReportItem, ReportRequest};

    fn t(s: &str) -> Timestamp {
        s.parse().unwrap()
    }

    fn facts() -> ReportFacts {
        let req = |id, platform: &str, sent: &str, due: &str| ReportRequest {
            id,
            platform: platform.into(),
            sent_at: t(sent),
            due_at: t(due),
        };
        let item = |request, status, stated: Option<&str>| ReportItem {
            request,
            status,
            first_stated_at: stated.map(t),
        };
        ReportFacts {
            requests: vec![
                req(
                    1,
                    "telegram",
                    "2024-09-01T00:00:00Z",
                    "2024-09-03T00:00:00Z",
                ),
                req(
                    2,
                    "telegram",
                    "2024-10-01T00:00:00Z",
                    "2024-10-03T00:00:00Z",
                ),
                req(3, "x", "2024-09-10T00:00:00Z", "2024-09-12T00:00:00Z"),
            ],
            items: vec![
                // Answered in 10 h, 20 h (in time) and 60 h (late).
                item(1, Status::Removed, Some("2024-09-01T10:00:00Z")),
                item(1, Status::Restricted, Some("2024-09-01T20:00:00Z")),
                item(1, Status::Removed, Some("2024-09-03T12:00:00Z")),
                // Never answered, past due: overdue now.
                item(1, Status::Pending, None),
                // October: not yet due at `now`, unanswered: not in the base.
                item(2, Status::Pending, None),
                item(3, Status::Rejected, Some("2024-09-11T00:00:00Z")),
            ],
            reminders: vec![
                (1, t("2024-09-04T00:00:00Z")),
                (1, t("2024-09-06T00:00:00Z")),
            ],
        }
    }

    #[test]
    fn per_platform_and_month() {
        let tz = TimeZone::UTC;
        let w = Window::days(
            "2024-09-01".parse().unwrap(),
            "2024-10-31".parse().unwrap(),
            &tz,
        )
        .unwrap();
        let names = vec![
            PlatformName {
                id: "telegram".into(),
                name: "Telegram".into(),
            },
            PlatformName {
                id: "youtube".into(),
                name: "YouTube".into(),
            },
        ];
        let r = compute(&facts(), &w, &names, t("2024-10-02T00:00:00Z"), &tz, "UTC");
        // Configured platforms first, then `x` which is only in the ledger.
        let ids: Vec<_> = r.platforms.iter().map(|p| p.id.as_str()).collect();
        assert_eq!(ids, ["telegram", "youtube", "x"]);
        let keys: Vec<_> = r
            .rows
            .iter()
            .map(|r| format!("{}/{}", r.platform, r.month))
            .collect();
        assert_eq!(
            keys,
            [
                "telegram/2024-09",
                "telegram/2024-10",
                "youtube/2024-09",
                "youtube/2024-10",
                "x/2024-09",
                "x/2024-10"
            ]
        );
        let sep = &r.rows[0];
        assert_eq!(
            (
                sep.requests,
                sep.items,
                sep.pending,
                sep.removed,
                sep.restricted
            ),
            (1, 4, 1, 2, 1)
        );
        assert_eq!(
            (sep.answered, sep.due_or_answered, sep.answered_in_time),
            (3, 4, 2)
        );
        assert_eq!(sep.in_time_share, Some(0.5));
        assert_eq!(sep.median_hours, Some(20.0));
        assert_eq!(sep.p90_hours, Some(60.0));
        assert_eq!((sep.overdue_now, sep.reminders_sent), (1, 2));
        let oct = &r.rows[1];
        assert_eq!((oct.items, oct.due_or_answered, oct.overdue_now), (1, 0, 0));
        assert_eq!(oct.in_time_share, None);
        assert_eq!(oct.median_hours, None);
        // A platform with nothing: a zero row, not a missing one.
        assert_eq!(r.rows[2].items, 0);
        assert_eq!(r.rows[4].rejected, 1);
        assert_eq!(r.totals[0].items, 5);
        assert_eq!(r.totals[0].month, "all");
    }

    #[test]
    fn months_follow_the_time_zone() {
        // 2024-08-31T20:00Z is already September in Seoul.
        let tz = TimeZone::get("Asia/Seoul").unwrap();
        let w = Window::days(
            "2024-08-01".parse().unwrap(),
            "2024-09-30".parse().unwrap(),
            &tz,
        )
        .unwrap();
        let f = ReportFacts {
            requests: vec![ReportRequest {
                id: 1,
                platform: "p".into(),
                sent_at: t("2024-08-31T20:00:00Z"),
                due_at: t("2024-09-02T00:00:00Z"),
            }],
            ..Default::default()
        };
        let r = compute(&f, &w, &[], t("2024-09-01T00:00:00Z"), &tz, "Asia/Seoul");
        assert_eq!(r.rows[0].month, "2024-08");
        assert_eq!(r.rows[0].requests, 0);
        assert_eq!(r.rows[1].requests, 1);
    }

    #[test]
    fn percentiles() {
        assert_eq!(median(&[]), None);
        assert_eq!(median(&[1.0, 2.0, 3.0, 10.0]), Some(2.5));
        assert_eq!(
            nearest_rank(&[1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0], 0.9),
            Some(9.0)
        );
        assert_eq!(nearest_rank(&[5.0], 0.9), Some(5.0));
    }

    #[test]
    fn window_rejects_reversed_dates() {
        let e = Window::days(
            "2024-09-02".parse().unwrap(),
            "2024-09-01".parse().unwrap(),
            &TimeZone::UTC,
        );
        assert!(e.unwrap_err().contains("before"));
    }
}
