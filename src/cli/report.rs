//! `takedown report [--from DATE] [--to DATE] [--platform P] --format
//! html|csv|json [--out FILE]`: the compliance report (issue 16).

use std::path::PathBuf;

use clap::Args;
use jiff::civil::Date;

use super::{Ctx, Failure};
use crate::report::{self, PlatformName};

#[derive(Debug, Args)]
pub struct ReportArgs {
    /// First day (YYYY-MM-DD, or YYYY-MM for the month's first day); default: the first request's month.
    #[arg(long, value_parser = parse_day)]
    pub from: Option<Date>,
    /// Last day, inclusive (YYYY-MM-DD, or YYYY-MM for the month's last day); default: today.
    #[arg(long, value_parser = parse_day_end)]
    pub to: Option<Date>,
    /// Only this platform (its id in the configuration).
    #[arg(long)]
    pub platform: Option<String>,
    /// html, csv or json.
    #[arg(long, value_parser = ["html", "csv", "json"])]
    pub format: String,
    /// Write here instead of standard output (not over an existing file).
    #[arg(long)]
    pub out: Option<PathBuf>,
    /// Replace FILE if it exists.
    #[arg(long)]
    pub force: bool,
}

fn parse_day(s: &str) -> Result<Date, String> {
    parse_date(s, false)
}

fn parse_day_end(s: &str) -> Result<Date, String> {
    parse_date(s, true)
}

/// YYYY-MM-DD, or YYYY-MM: its first day (or, with `end`, its last).
fn parse_date(s: &str, end: bool) -> Result<Date, String> {
    if let Ok(d) = s.parse::<Date>() {
        return Ok(d);
    }
    let first = format!("{s}-01")
        .parse::<Date>()
        .map_err(|_| format!("`{s}` is not a date; write YYYY-MM-DD or YYYY-MM"))?;
    Ok(if end { first.last_of_month() } else { first })
}

pub fn run(ctx: &Ctx, a: ReportArgs) -> Result<i32, Failure> {
    if let Some(p) = &a.platform {
        if ctx.settings.platform(p).is_none() {
            return Err(Failure::usage(format!(
                "--platform: unknown platform `{p}`"
            )));
        }
    }
    let store = ctx.store()?;
    let tz = &ctx.settings.tz;
    let window = crate::web::report_window(&store, tz, ctx.now, a.from, a.to).map_err(|e| {
        Failure::usage(match e {
            crate::web::WebError::BadRequest { why, .. } => why,
            other => format!("{other:?}"),
        })
    })?;
    let facts = store.report_facts(window.from, window.to, a.platform.as_deref())?;
    let names: Vec<PlatformName> = ctx
        .settings
        .platforms
        .iter()
        .filter(|p| a.platform.as_deref().is_none_or(|only| only == p.id))
        .map(|p| PlatformName {
            id: p.id.clone(),
            name: p.name.clone(),
        })
        .collect();
    let rep = report::compute(
        &facts,
        &window,
        &names,
        ctx.now,
        tz,
        &ctx.settings.timezone_name,
    );
    let bytes = match a.format.as_str() {
        "csv" => report::render::csv(&rep).map_err(|e| Failure::input(format!("CSV: {e}")))?,
        "json" => {
            let mut v = serde_json::to_vec_pretty(&rep)
                .map_err(|e| Failure::input(format!("JSON: {e}")))?;
            v.push(b'\n');
            v
        }
        _ => report::render::html(&rep)
            .map_err(Failure::input)?
            .into_bytes(),
    };
    match &a.out {
        None => {
            use std::io::Write;
            let mut out = crate::output::Stdout;
            out.write_all(&bytes)?;
            out.flush()?;
        }
        Some(path) => {
            super::evidence::write_new(path, &bytes, a.force, ctx.settings.database.mode)?;
            eprintln!("wrote {} ({} bytes)", path.display(), bytes.len());
        }
    }
    Ok(0)
}
