//! `takedown show REF|URL [--json|--csv] [--history]`.

use clap::Args;
use serde::Serialize;

use super::output::{print_json, short_time, table, time};
use super::{Ctx, Failure};
use crate::store::RequestSummary;

#[derive(Debug, Args)]
pub struct ShowArgs {
    /// A request reference (any case), or an item's URL: then every request
    /// holding that item, found by the normalized key the matcher uses.
    #[arg(value_name = "REF|URL")]
    pub reference: String,
    /// The request as JSON (shape in the README).
    #[arg(long, conflicts_with = "csv")]
    pub json: bool,
    /// The items as CSV: ref,url,status,updated_at,evidence,staff_decision,evidence_sha256.
    #[arg(long)]
    pub csv: bool,
    /// Include every item's events.
    #[arg(long)]
    pub history: bool,
}

impl ShowArgs {
    /// `show REF` as a table.
    pub fn of(reference: String) -> ShowArgs {
        ShowArgs {
            reference,
            json: false,
            csv: false,
            history: false,
        }
    }
}

/// Whether a `show` argument is a URL rather than a reference.
fn is_url(s: &str) -> bool {
    let l = s.trim().to_ascii_lowercase();
    l.starts_with("http://") || l.starts_with("https://") || l.starts_with("www.")
}

#[derive(Serialize)]
pub(crate) struct EventJson {
    at: String,
    from: String,
    to: String,
    source: String,
    by: String,
    message_id: Option<String>,
    /// The Date: of that email (null for staff decisions).
    stated_at: Option<String>,
    note: String,
    hash: String,
}

#[derive(Serialize)]
pub(crate) struct ItemJson {
    url: String,
    status: crate::status::Status,
    /// When the ledger recorded the status (not the email's date).
    updated_at: Option<String>,
    /// The Date: of the email behind the status (null for none or staff).
    stated_at: Option<String>,
    evidence: Option<String>,
    staff_decision: bool,
    /// SHA-256 of the evidence email's raw bytes (`takedown evidence` exports them).
    evidence_sha256: Option<String>,
    /// The trust verdict recorded for the evidence email.
    evidence_trust: Option<String>,
    /// The latest look at the URL (`takedown probe`), or null.
    probe: Option<ProbeJson>,
    #[serde(skip_serializing_if = "Option::is_none")]
    history: Option<Vec<EventJson>>,
}

#[derive(Serialize)]
pub(crate) struct ProbeJson {
    verdict: crate::probe::Verdict,
    checked_at: String,
    http_status: Option<u16>,
    streak: u32,
}

/// A pending item whose last `confirm` looks all saw it gone: the platform
/// has not said so, so the status stays pending.
pub const APPEARS_REMOVED: &str = "appears removed, not confirmed";

fn appears_removed(
    status: crate::status::Status,
    seen: Option<&crate::store::LatestObservation>,
    confirm: u32,
) -> bool {
    status == crate::status::Status::Pending
        && seen.is_some_and(|o| o.verdict == crate::probe::Verdict::Gone && o.streak >= confirm)
}

/// One request as `show --json` prints it (and `/api/requests/{ref}` serves it).
#[derive(Serialize)]
pub(crate) struct ShowJson {
    #[serde(rename = "ref")]
    reference: String,
    platform: String,
    sent_at: String,
    due_at: String,
    state: &'static str,
    category: Option<String>,
    message_id: Option<String>,
    case_number: Option<String>,
    /// Staff emails that registered the request or added URLs to it.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    registered_by: Vec<crate::store::RegisteringEmail>,
    items: Vec<ItemJson>,
}

/// open, overdue or closed (no item pending).
pub fn state(r: &RequestSummary, now: jiff::Timestamp) -> &'static str {
    if r.pending == 0 {
        "closed"
    } else if r.due_at < now {
        "overdue"
    } else {
        "open"
    }
}

/// The `show --json` document of request `r` with `items` (`Store::items_of`).
pub(crate) fn build(
    store: &crate::store::Store,
    tz: &jiff::tz::TimeZone,
    now: jiff::Timestamp,
    r: &RequestSummary,
    items: &[crate::store::ItemRow],
    history: bool,
) -> Result<ShowJson, Failure> {
    let evidence = store.evidence_of(&r.reference)?;
    let seen = store.latest_observations(&r.reference)?;
    let mut out = ShowJson {
        reference: r.reference.clone(),
        platform: r.platform.clone(),
        sent_at: time(r.sent_at, tz),
        due_at: time(r.due_at, tz),
        state: state(r, now),
        category: r.category.clone(),
        message_id: r.message_id.clone(),
        case_number: r.case_number.clone(),
        registered_by: store.registering_emails(&r.reference)?,
        items: Vec::new(),
    };
    for i in items {
        let history = if history {
            Some(
                store
                    .item_events(i.id)?
                    .into_iter()
                    .map(|e| EventJson {
                        at: time(e.at, tz),
                        from: e.old_status,
                        to: e.new_status,
                        source: e.source,
                        by: e.actor,
                        message_id: e.message_id,
                        stated_at: e.stated_at.map(|t| time(t, tz)),
                        note: e.note,
                        hash: e.hash,
                    })
                    .collect(),
            )
        } else {
            None
        };
        out.items.push(ItemJson {
            url: i.url.clone(),
            status: i.status,
            updated_at: i.updated_at.map(|t| time(t, tz)),
            stated_at: if i.staff_lock {
                None
            } else {
                evidence
                    .get(&i.id)
                    .and_then(|e| e.date)
                    .map(|t| time(t, tz))
            },
            evidence: i.evidence.clone(),
            staff_decision: i.staff_lock,
            evidence_sha256: evidence.get(&i.id).map(|e| e.sha256.clone()),
            evidence_trust: evidence.get(&i.id).map(|e| e.trust_reason.clone()),
            probe: seen.get(&i.id).map(|o| ProbeJson {
                verdict: o.verdict,
                checked_at: time(o.checked_at, tz),
                http_status: o.http_status,
                streak: o.streak,
            }),
            history,
        });
    }
    Ok(out)
}

pub fn run(ctx: &Ctx, a: ShowArgs) -> Result<i32, Failure> {
    if is_url(&a.reference) {
        return super::find::show_url(ctx, &a.reference, a.json, a.csv);
    }
    let store = ctx.store()?;
    let tz = &ctx.settings.tz;
    let reference = store.resolve_reference(&a.reference)?;
    let Some(r) = store
        .request_summaries(None, Some(&reference))?
        .into_iter()
        .next()
    else {
        return Err(Failure::input(format!(
            "no request with reference {reference} (see `takedown requests`)"
        )));
    };
    let items = store.items_of(&reference)?;
    let seen = store.latest_observations(&reference)?;
    let confirm = ctx.settings.probe.confirm;
    let out = build(&store, tz, ctx.now, &r, &items, a.history)?;
    if a.json {
        print_json(&out)?;
        return Ok(0);
    }
    if a.csv {
        let mut w = csv::Writer::from_writer(crate::output::Stdout);
        w.write_record([
            "ref",
            "url",
            "status",
            "updated_at",
            "evidence",
            "staff_decision",
            "evidence_sha256",
        ])
        .and_then(|_| {
            out.items.iter().try_for_each(|i| {
                w.write_record([
                    out.reference.as_str(),
                    &i.url,
                    i.status.as_str(),
                    i.updated_at.as_deref().unwrap_or(""),
                    i.evidence.as_deref().unwrap_or(""),
                    if i.staff_decision { "true" } else { "false" },
                    i.evidence_sha256.as_deref().unwrap_or(""),
                ])
            })
        })
        .map_err(|e| Failure::input(format!("CSV: {e}")))?;
        w.flush()?;
        return Ok(0);
    }
    crate::outln!(
        "{}  {}  sent {}  due {}  {}",
        out.reference,
        out.platform,
        short_time(r.sent_at, tz),
        short_time(r.due_at, tz),
        out.state
    );
    crate::outln!(
        "{} items: {} pending, {} removed, {} restricted, {} rejected, {} not found",
        r.items,
        r.pending,
        r.removed,
        r.restricted,
        r.rejected,
        r.not_found
    );
    crate::outln!();
    let rows: Vec<Vec<String>> = items
        .iter()
        .map(|i| {
            let evidence = match (&i.evidence, i.staff_lock) {
                (Some(m), _) => format!("<{m}>"),
                (None, true) => "staff decision".into(),
                (None, false) => "-".into(),
            };
            let status = if appears_removed(i.status, seen.get(&i.id), confirm) {
                format!("{} ({APPEARS_REMOVED})", i.status)
            } else {
                i.status.to_string()
            };
            let mut row = vec![
                i.url.clone(),
                status,
                i.updated_at
                    .map(|t| short_time(t, tz))
                    .unwrap_or_else(|| "-".into()),
                evidence,
            ];
            if !seen.is_empty() {
                // What the last look saw: "gone ×3 2024-09-10 09:00".
                let looked = seen
                    .get(&i.id)
                    .map(|o| {
                        format!(
                            "{} ×{} {}",
                            o.verdict,
                            o.streak,
                            short_time(o.checked_at, tz)
                        )
                    })
                    .unwrap_or_else(|| "-".into());
                row.insert(2, looked);
            }
            row
        })
        .collect();
    let headers: &[&str] = if seen.is_empty() {
        &["URL", "STATUS", "UPDATED", "EVIDENCE"]
    } else {
        &["URL", "STATUS", "LOOKED", "UPDATED", "EVIDENCE"]
    };
    crate::out!("{}", table(headers, &rows));
    // Each evidence email once: its hash and why it was believed.
    let mut seen = std::collections::BTreeSet::new();
    for j in &out.items {
        if let (Some(m), Some(sha), Some(why)) =
            (&j.evidence, &j.evidence_sha256, &j.evidence_trust)
        {
            if seen.insert(sha.clone()) {
                crate::outln!("evidence <{m}> sha256 {sha}: {why}");
            }
        }
    }
    for e in &out.registered_by {
        crate::outln!(
            "{} by staff email <{}> from {} sha256 {}: {}",
            if e.created {
                "registered"
            } else {
                "URLs added"
            },
            e.message_id.as_deref().unwrap_or("(no Message-ID)"),
            e.from.as_deref().unwrap_or("-"),
            e.sha256,
            e.trust_reason
        );
    }
    if a.history {
        for (item, j) in items.iter().zip(&out.items) {
            if let Some(h) = &j.history {
                if h.is_empty() {
                    continue;
                }
                crate::outln!("\n{}", item.url);
                for e in h {
                    let by = e
                        .message_id
                        .as_deref()
                        .map(|m| format!("<{m}>"))
                        .unwrap_or_else(|| e.by.clone());
                    crate::outln!(
                        "  {}  {} -> {}  {} {}  {}",
                        e.at,
                        e.from,
                        e.to,
                        e.source,
                        by,
                        e.note
                    );
                }
            }
        }
    }
    Ok(0)
}
