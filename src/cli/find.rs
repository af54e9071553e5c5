//! `takedown find URL-OR-PART` and `takedown show URL`: the requests that hold
//! an item, found by URL. `show URL` compares the normalized key the matcher
//! uses (so `http://www.t.me/x/1#top` finds `https://t.me/x/1`); `find`
//! also takes any part of a URL.

use clap::Args;
use serde::Serialize;

use super::output::{print_json, short_time, table, time};
use super::{Ctx, Failure};
use crate::store::{ItemHit, Store};

#[derive(Debug, Args)]
pub struct FindArgs {
    /// A URL (compared by the matcher's normalized key) or any part of one
    /// (e.g. `dfk_sample_d` or `status/18300`), case-insensitive.
    #[arg(value_name = "URL-OR-PART")]
    pub query: String,
    /// At most this many items.
    #[arg(long, default_value_t = 200)]
    pub limit: usize,
    /// The items as a JSON array.
    #[arg(long, conflicts_with = "csv")]
    pub json: bool,
    /// The items as CSV (the JSON's fields as columns).
    #[arg(long)]
    pub csv: bool,
}

#[derive(Serialize)]
struct Hit {
    #[serde(rename = "ref")]
    reference: String,
    platform: String,
    url: String,
    status: &'static str,
    updated_at: Option<String>,
    evidence: Option<String>,
    staff_decision: bool,
    evidence_sha256: Option<String>,
}

pub fn run(ctx: &Ctx, a: FindArgs) -> Result<i32, Failure> {
    let q = a.query.trim();
    if q.is_empty() {
        return Err(Failure::usage(
            "find: give a URL or a part of one, e.g. `takedown find dfk_sample_d`",
        ));
    }
    let store = ctx.store()?;
    // A whole URL: by its key first, as `show URL` does; then as text.
    let mut hits = match crate::extract::urls::normalize(q) {
        Some(key) => store.items_by_key(&key)?,
        None => Vec::new(),
    };
    if hits.is_empty() {
        hits = store.items_containing(q, a.limit.saturating_add(1))?;
    }
    if hits.len() > a.limit {
        hits.truncate(a.limit);
        tracing::warn!(
            "more than {} items contain `{q}`: showing the first {} (--limit raises it)",
            a.limit,
            a.limit
        );
    }
    if hits.is_empty() {
        return Err(Failure::input(format!(
            "no item's URL contains `{q}` (`takedown requests` lists the requests)"
        )));
    }
    print_hits(ctx, &store, &hits, a.json, a.csv)
}

/// `show URL`: every request holding the item whose normalized key is URL's.
pub fn show_url(ctx: &Ctx, url: &str, json: bool, csv: bool) -> Result<i32, Failure> {
    let key = crate::extract::urls::normalize(url.trim()).ok_or_else(|| {
        Failure::usage(format!(
            "`{}` is not an http(s) URL; `takedown find PART` searches parts of URLs",
            url.trim()
        ))
    })?;
    let store = ctx.store()?;
    let hits = store.items_by_key(&key)?;
    if hits.is_empty() {
        return Err(Failure::input(format!(
            "no request holds {} (compared as {key}); `takedown find PART` searches parts of URLs",
            url.trim()
        )));
    }
    print_hits(ctx, &store, &hits, json, csv)
}

fn print_hits(
    ctx: &Ctx,
    store: &Store,
    hits: &[ItemHit],
    json: bool,
    csv: bool,
) -> Result<i32, Failure> {
    let tz = &ctx.settings.tz;
    let mut evidence = std::collections::HashMap::new();
    for h in hits {
        if !evidence.contains_key(&h.reference) {
            evidence.insert(h.reference.clone(), store.evidence_of(&h.reference)?);
        }
    }
    let out: Vec<Hit> = hits
        .iter()
        .map(|h| Hit {
            reference: h.reference.clone(),
            platform: h.platform.clone(),
            url: h.url.clone(),
            status: h.status.as_str(),
            updated_at: h.updated_at.map(|t| time(t, tz)),
            evidence: h.evidence.clone(),
            staff_decision: h.staff_lock,
            evidence_sha256: evidence
                .get(&h.reference)
                .and_then(|m| m.get(&h.item))
                .map(|e| e.sha256.clone()),
        })
        .collect();
    if json {
        print_json(&out)?;
    } else if csv {
        let mut w = csv::Writer::from_writer(crate::output::Stdout);
        for h in &out {
            w.serialize(h)
                .map_err(|e| Failure::input(format!("CSV: {e}")))?;
        }
        w.flush()?;
    } else {
        let rows: Vec<Vec<String>> = hits
            .iter()
            .zip(&out)
            .map(|(h, o)| {
                vec![
                    o.reference.clone(),
                    o.platform.clone(),
                    o.url.clone(),
                    o.status.to_string(),
                    h.updated_at
                        .map(|t| short_time(t, tz))
                        .unwrap_or_else(|| "-".into()),
                    match (&o.evidence, o.staff_decision) {
                        (Some(m), _) => format!("<{m}>"),
                        (None, true) => "staff decision".into(),
                        (None, false) => "-".into(),
                    },
                ]
            })
            .collect();
        crate::out!(
            "{}",
            table(
                &["REF", "PLATFORM", "URL", "STATUS", "UPDATED", "EVIDENCE"],
                &rows
            )
        );
    }
    Ok(0)
}
