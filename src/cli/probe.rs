//! `takedown probe [--ref REF] [--json]`: one round of URL checks now. Every
//! item not looked at within `spacing` is looked at (the `recheck_*`
//! intervals are the daemon's); each look is recorded as an observation and
//! never changes a status.

use std::sync::Mutex;

use clap::Args;
use serde::Serialize;

use super::output::{print_json, short_time, table, time};
use super::{Ctx, Failure};
use crate::probe::{ProbeError, RoundKind, round};

#[derive(Debug, Args)]
pub struct ProbeArgs {
    /// Only this request's items.
    #[arg(long = "ref", value_name = "REF")]
    pub reference: Option<String>,
    /// The result as JSON.
    #[arg(long)]
    pub json: bool,
}

#[derive(Serialize)]
struct LookJson {
    #[serde(rename = "ref")]
    reference: String,
    url: String,
    status: crate::status::Status,
    checked_at: String,
    verdict: crate::probe::Verdict,
    reason: String,
    http_status: Option<u16>,
    final_url: Option<String>,
    redirects: Vec<String>,
    streak: u32,
    review_id: Option<i64>,
}

#[derive(Serialize)]
struct RoundJson {
    looks: Vec<LookJson>,
    not_due: usize,
}

pub fn run(ctx: &Ctx, a: ProbeArgs) -> Result<i32, Failure> {
    if let Some(why) = crate::probe::disabled_reason(&ctx.settings) {
        return Err(Failure::usage(why));
    }
    let store = ctx.store()?;
    if let Some(r) = &a.reference
        && store.request_summaries(None, Some(r))?.is_empty()
    {
        return Err(Failure::input(format!(
            "no request with reference {r} (see `takedown requests`)"
        )));
    }
    let store = Mutex::new(store);
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| Failure::input(format!("cannot start the async runtime: {e}")))?;
    let fixed = ctx.clock_fixed.then_some(ctx.now);
    let now = move || fixed.unwrap_or_else(jiff::Timestamp::now);
    let report = rt
        .block_on(round(
            &ctx.settings,
            &store,
            &now,
            RoundKind::Now,
            a.reference.as_deref(),
        ))
        .map_err(|e| match e {
            ProbeError::Off(m) | ProbeError::Client(m) => Failure::usage(m),
            ProbeError::Store(e) => Failure::from(e),
        })?;
    let tz = &ctx.settings.tz;
    if a.json {
        let out = RoundJson {
            not_due: report.not_due,
            looks: report
                .looks
                .into_iter()
                .map(|l| LookJson {
                    checked_at: time(l.checked_at, tz),
                    reference: l.reference,
                    url: l.url,
                    status: l.status,
                    verdict: l.verdict,
                    reason: l.reason,
                    http_status: l.http_status,
                    final_url: l.final_url,
                    redirects: l.redirects,
                    streak: l.streak,
                    review_id: l.review_id,
                })
                .collect(),
        };
        print_json(&out)?;
        return Ok(0);
    }
    let rows: Vec<Vec<String>> = report
        .looks
        .iter()
        .map(|l| {
            vec![
                l.reference.clone(),
                l.url.clone(),
                l.status.to_string(),
                short_time(l.checked_at, tz),
                format!("{} ×{}", l.verdict, l.streak),
                l.http_status
                    .map(|s| s.to_string())
                    .unwrap_or_else(|| "-".into()),
                match l.review_id {
                    Some(id) => format!("{}; review entry {id} (still_online)", l.reason),
                    None => l.reason.clone(),
                },
            ]
        })
        .collect();
    if !rows.is_empty() {
        crate::out!(
            "{}",
            table(
                &["REF", "URL", "STATUS", "CHECKED", "SEEN", "HTTP", "WHY"],
                &rows
            )
        );
    }
    crate::outln!("{}", report.summary());
    Ok(0)
}
