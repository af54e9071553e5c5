//! `takedown request import FILE.csv` and `takedown request add`.

use std::path::PathBuf;

use clap::{Args, Subcommand};
use jiff::Timestamp;

use super::{Ctx, Failure};
use crate::extract::urls;
use crate::store::NewRequestItem;

#[derive(Debug, Subcommand)]
pub enum RequestCmd {
    /// Import requests from CSV: ref,platform,sent_at,due_at,url[,category,message_id,note], one row per item.
    Import(ImportArgs),
    /// Add one request (or URLs to an existing one).
    Add(AddArgs),
}

#[derive(Debug, Args)]
pub struct ImportArgs {
    pub file: PathBuf,
    /// Allow changing the deadline, send date or platform of existing requests.
    #[arg(long)]
    pub update: bool,
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct AddArgs {
    #[arg(long = "ref")]
    pub reference: String,
    #[arg(long)]
    pub platform: String,
    /// Deadline: YYYY-MM-DD (end of that day in the configured time zone) or RFC 3339.
    #[arg(long)]
    pub due: String,
    /// Send date (default: now).
    #[arg(long)]
    pub sent: Option<String>,
    #[arg(long)]
    pub category: Option<String>,
    /// Message-ID of the request email we sent.
    #[arg(long)]
    pub message_id: Option<String>,
    #[arg(long)]
    pub note: Option<String>,
    #[arg(long)]
    pub update: bool,
    #[arg(required = true)]
    pub urls: Vec<String>,
}

/// Dates without a time mean the end of that day in the configured zone.
pub fn parse_when(text: &str, tz: &jiff::tz::TimeZone) -> Result<Timestamp, String> {
    let t = text.trim();
    if let Ok(d) = t.parse::<jiff::civil::Date>() {
        if t.len() == 10 {
            return d
                .at(23, 59, 59, 0)
                .to_zoned(tz.clone())
                .map(|z| z.timestamp())
                .map_err(|e| format!("`{t}`: {e}"));
        }
    }
    t.parse::<Timestamp>().map_err(|_| format!("`{t}` is not a date (write YYYY-MM-DD or RFC 3339 like 2024-09-08T18:00:00+09:00)"))
}

struct Validator<'a> {
    ctx: &'a Ctx,
}

impl Validator<'_> {
    #[allow(clippy::too_many_arguments)]
    fn item(
        &self,
        origin: &str,
        reference: &str,
        platform: &str,
        sent: Option<&str>,
        due: &str,
        url: &str,
        category: Option<&str>,
        message_id: Option<&str>,
        note: Option<&str>,
    ) -> Result<NewRequestItem, String> {
        let s = &self.ctx.settings;
        let col = |c: &str, m: String| format!("{origin}, column {c}: {m}");
        let reference = reference.trim();
        if reference.is_empty() {
            return Err(col("ref", "empty reference".into()));
        }
        let platform = platform.trim();
        if s.platform(platform).is_none() {
            let known: Vec<&str> = s.platforms.iter().map(|p| p.id.as_str()).collect();
            return Err(col("platform", format!("unknown platform `{platform}` (configured: {})", known.join(", "))));
        }
        let sent_at = match sent.map(str::trim).filter(|t| !t.is_empty()) {
            Some(t) => parse_when(t, &s.tz).map_err(|e| col("sent_at", e))?,
            None => self.ctx.now,
        };
        let due_at = parse_when(due, &s.tz).map_err(|e| col("due_at", e))?;
        if due_at < sent_at {
            return Err(col("due_at", format!("deadline {} is before the send date {}", due.trim(), sent.unwrap_or("(now)").trim())));
        }
        let url = url.trim();
        let url_key = urls::normalize(url).ok_or_else(|| col("url", format!("`{url}` is not an http(s) URL")))?;
        let opt = |v: Option<&str>| v.map(str::trim).filter(|v| !v.is_empty()).map(str::to_string);
        if !s.matching.reference_patterns.iter().any(|re| re.find(reference).is_some_and(|m| m.as_str() == reference)) {
            tracing::warn!("{origin}: reference {reference} matches none of matching.reference_patterns; replies can then only be matched by thread or URL");
        }
        Ok(NewRequestItem {
            reference: reference.to_string(),
            platform: platform.to_string(),
            sent_at,
            due_at,
            url: url.to_string(),
            url_key,
            category: opt(category),
            message_id: opt(message_id).map(|m| m.trim_start_matches('<').trim_end_matches('>').to_string()),
            note: opt(note),
            origin: origin.to_string(),
        })
    }
}

const COLUMNS: [&str; 8] = ["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"];

pub fn read_csv(ctx: &Ctx, file: &std::path::Path) -> Result<Vec<NewRequestItem>, Failure> {
    let name = file.display().to_string();
    let data = std::fs::read(file).map_err(|e| Failure::input(format!("{name}: cannot read: {e}")))?;
    let data = data.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&data).to_vec();
    let mut rdr = csv::ReaderBuilder::new().flexible(false).trim(csv::Trim::All).from_reader(data.as_slice());
    let headers = rdr.headers().map_err(|e| Failure::input(format!("{name} line 1: {e}")))?.clone();
    let mut idx = [None; 8];
    for (i, h) in headers.iter().enumerate() {
        let h = h.trim().to_ascii_lowercase();
        match COLUMNS.iter().position(|c| *c == h) {
            Some(p) => idx[p] = Some(i),
            None => {
                return Err(Failure::input(format!(
                    "{name} line 1, column {}: unknown column `{h}` (expected {})",
                    i + 1,
                    COLUMNS.join(",")
                )));
            }
        }
    }
    for (p, c) in COLUMNS.iter().enumerate().take(5) {
        if idx[p].is_none() {
            return Err(Failure::input(format!("{name} line 1: missing column `{c}` (header must be ref,platform,sent_at,due_at,url[,category,message_id,note])")));
        }
    }
    let v = Validator { ctx };
    let mut rows = Vec::new();
    for rec in rdr.records() {
        let rec = rec.map_err(|e| {
            let line = e.position().map(|p| p.line()).unwrap_or(0);
            Failure::input(format!("{name} line {line}: {e}"))
        })?;
        let line = rec.position().map(|p| p.line()).unwrap_or(0);
        let get = |p: usize| idx[p].and_then(|i| rec.get(i));
        let origin = format!("{name} line {line}");
        if get(2).is_none_or(|t| t.trim().is_empty()) {
            return Err(Failure::input(format!("{origin}, column sent_at: empty (write YYYY-MM-DD or RFC 3339)")));
        }
        let item = v
            .item(
                &origin,
                get(0).unwrap_or(""),
                get(1).unwrap_or(""),
                get(2),
                get(3).unwrap_or(""),
                get(4).unwrap_or(""),
                get(5),
                get(6),
                get(7),
            )
            .map_err(Failure::input)?;
        rows.push(item);
    }
    if rows.is_empty() {
        return Err(Failure::input(format!("{name}: no rows after the header")));
    }
    // One request, one platform, one deadline: rows of a ref must agree.
    for (i, a) in rows.iter().enumerate() {
        if let Some(b) = rows[..i].iter().find(|b| b.reference == a.reference) {
            if b.platform != a.platform || b.due_at != a.due_at || b.sent_at != a.sent_at {
                return Err(Failure::input(format!(
                    "{}: request {} has a different platform, sent_at or due_at than on {}",
                    a.origin, a.reference, b.origin
                )));
            }
        }
    }
    Ok(rows)
}

pub fn run(ctx: &Ctx, cmd: RequestCmd) -> Result<i32, Failure> {
    match cmd {
        RequestCmd::Import(a) => {
            let rows = read_csv(ctx, &a.file)?;
            let store = ctx.store()?;
            let sum = store.import_requests(&rows, a.update, ctx.now)?;
            if a.json {
                super::output::print_json(&sum)?;
            } else {
                println!(
                    "imported {}: {} request(s) created, {} updated, {} item(s) added, {} already present",
                    a.file.display(),
                    sum.requests_created,
                    sum.requests_updated,
                    sum.items_added,
                    sum.items_unchanged
                );
            }
            Ok(0)
        }
        RequestCmd::Add(a) => {
            let v = Validator { ctx };
            let store = ctx.store()?;
            // Without --sent, an existing request keeps its send date.
            let existing_sent = store.request_summaries(None, Some(&a.reference))?.first().map(|r| r.sent_at.to_string());
            let sent = a.sent.clone().or(existing_sent);
            let mut rows = Vec::new();
            for (i, url) in a.urls.iter().enumerate() {
                let origin = format!("URL argument {}", i + 1);
                rows.push(
                    v.item(
                        &origin,
                        &a.reference,
                        &a.platform,
                        sent.as_deref(),
                        &a.due,
                        url,
                        a.category.as_deref(),
                        a.message_id.as_deref(),
                        a.note.as_deref(),
                    )
                    .map_err(Failure::usage)?,
                );
            }
            let sum = store.import_requests(&rows, a.update, ctx.now)?;
            println!(
                "{}: {} item(s) added, {} already present{}",
                a.reference,
                sum.items_added,
                sum.items_unchanged,
                if sum.requests_created > 0 { " (new request)" } else { "" }
            );
            Ok(0)
        }
    }
}
