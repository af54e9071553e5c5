//! The one path every email takes: `ingest_one`. The CLI, the daemon, the
//! reprocessing command and the tests all call it, so an email is understood
//! the same way wherever it comes from.

use std::panic::{AssertUnwindSafe, catch_unwind};

use jiff::Timestamp;
use serde::Serialize;

use crate::config::Settings;
use crate::extract::{self, Classification, Extraction};
use crate::matching::{self, Decision, Outcome};
use crate::parse::{self, ParsedEmail};
use crate::source::RawEmail;
use crate::status::Status;
use crate::store::{NewMessage, Store, StoreError, ViewQuery, sha256_hex};
use crate::trust::{self, TrustVerdict};

/// Which mailbox folder an email belongs in once recorded.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Disposition {
    Processed,
    Review,
}

#[derive(Debug, Clone, Serialize)]
pub struct ChangeReport {
    #[serde(rename = "ref")]
    pub reference: String,
    pub url: String,
    pub from: Status,
    pub to: Status,
}

/// What happened to one email, for the caller to print and act on.
#[derive(Debug, Clone, Serialize)]
pub struct IngestReport {
    pub origin: String,
    pub message_id: Option<String>,
    pub sha256: String,
    pub from: Option<String>,
    pub subject: Option<String>,
    pub outcome: Outcome,
    pub classification: String,
    pub platform: Option<String>,
    pub trusted: bool,
    pub trust_reason: String,
    pub review: Option<String>,
    pub detail: String,
    pub changes: Vec<ChangeReport>,
    pub disposition: Disposition,
}

/// The pure part: bytes in, everything decided about them out.
pub struct Understanding {
    pub parsed: ParsedEmail,
    pub verdict: TrustVerdict,
    pub extraction: Extraction,
}

pub fn understand(raw: &[u8], settings: &Settings) -> Understanding {
    let parsed = parse::parse(raw, &settings.limits);
    let verdict = trust::assess(&parsed, settings);
    let platform = verdict.platform.as_deref().and_then(|p| settings.platform(p));
    let extraction = extract::extract(&parsed, platform, settings);
    Understanding { parsed, verdict, extraction }
}

/// Which part of the ledger the email may concern.
pub fn view_query(u: &Understanding, settings: &Settings, now: Timestamp) -> ViewQuery {
    let x = &u.extraction;
    let mut q = ViewQuery::default();
    q.refs = x.refs.refs.iter().chain(x.refs.plus_refs.iter()).cloned().collect();
    q.message_ids = x.refs.thread_ids.clone();
    if let Some(p) = &u.verdict.platform {
        q.case_numbers = x.refs.case_numbers.iter().map(|n| (p.clone(), n.clone())).collect();
        // "your request of Sept. 1": the year is the email's, or the one before
        // when that date would be in the future.
        let when = u.parsed.date.unwrap_or(now).to_zoned(settings.tz.clone());
        for (y, m, d) in &x.refs.dates {
            let years: Vec<i16> = match y {
                Some(y) => vec![*y],
                None => vec![when.year(), when.year() - 1],
            };
            for year in years {
                if let Ok(date) = jiff::civil::Date::new(year, *m, *d) {
                    if y.is_some() || date <= when.date() {
                        q.platform_dates.push((p.clone(), date.to_string()));
                        break;
                    }
                }
            }
        }
    }
    q.url_keys = x.claims.iter().filter_map(|c| c.key.clone()).collect();
    q.key_prefixes = x.claims.iter().filter(|c| c.channel).filter_map(|c| c.key.clone()).collect();
    q.url_keys.sort();
    q.url_keys.dedup();
    q
}

fn panic_text(p: Box<dyn std::any::Any + Send>) -> String {
    p.downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| p.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "unknown panic".into())
}

/// Ingests one email: records it (raw bytes included) with everything
/// decided about it, atomically. Idempotent: the same email again changes nothing.
pub fn ingest_one(store: &Store, settings: &Settings, raw: &RawEmail, now: Timestamp) -> Result<IngestReport, StoreError> {
    let sha = sha256_hex(&raw.bytes);
    let origin = raw.origin.to_string();
    if let Some(k) = store.message_by_sha(&sha)? {
        return Ok(duplicate_report(origin, sha, k.message_id, &k.disposition, format!("already recorded as email #{} ({})", k.id, k.outcome)));
    }

    // Too large: keep the header (what the source gave us) and say why.
    let limit = settings.limits.max_message_bytes;
    if raw.size() > limit {
        let header_end = crate::source::local_header_end(&raw.bytes).unwrap_or(raw.bytes.len());
        let head = &raw.bytes[..header_end];
        let parsed = parse::parse(head, &settings.limits);
        if let Some(mid) = &parsed.message_id {
            if let Some(k) = store.messages_by_message_id(mid)?.into_iter().next() {
                return Ok(duplicate_report(origin, sha, Some(mid.clone()), &k.disposition, format!("already recorded as email #{}", k.id)));
            }
        }
        let verdict = trust::assess(&parsed, settings);
        let detail = format!("{} bytes, over limits.max_message_bytes = {limit}; only the header was kept", raw.size());
        let msg = NewMessage {
            message_id: parsed.message_id.as_deref(),
            sha256: &sha,
            from: parsed.sender(),
            subject: Some(parsed.subject.as_str()),
            date: parsed.date,
            received_at: now,
            raw: head,
            headers_only: true,
            size: raw.size(),
            origin: &origin,
            platform: verdict.platform.as_deref(),
            trust: if verdict.trusted { "trusted" } else { "untrusted" },
            trust_reason: &verdict.reason,
            classification: "too_large",
            outcome: Outcome::Refused.as_str(),
            detail: &detail,
            duplicate_of: None,
            review: Some(("too_large", &detail)),
        };
        store.record_ingest(&msg, None)?;
        return Ok(IngestReport {
            origin,
            message_id: parsed.message_id.clone(),
            sha256: sha,
            from: parsed.sender().map(str::to_string),
            subject: Some(parsed.subject.clone()),
            outcome: Outcome::Refused,
            classification: "too_large".into(),
            platform: verdict.platform.clone(),
            trusted: verdict.trusted,
            trust_reason: verdict.reason.clone(),
            review: Some("too_large".into()),
            detail,
            changes: Vec::new(),
            disposition: Disposition::Review,
        });
    }

    // Understanding never takes the daemon down: a panic becomes a review entry.
    let understood = catch_unwind(AssertUnwindSafe(|| understand(&raw.bytes, settings)));
    let u = match understood {
        Ok(u) => u,
        Err(p) => return record_failure(store, raw, &sha, &origin, now, format!("internal error while reading this email: {}", panic_text(p))),
    };

    // The same Message-ID again: a duplicate, unless everything before it under
    // that Message-ID was untrusted and this one is trusted (a forger must not
    // be able to pre-empt a genuine confirmation by guessing its Message-ID).
    let mut note = String::new();
    if let Some(mid) = &u.parsed.message_id {
        let earlier = store.messages_by_message_id(mid)?;
        if let Some(first) = earlier.first() {
            if earlier.iter().any(|k| k.trusted) || !u.verdict.trusted {
                let detail = format!("same Message-ID as email #{} ({})", first.id, first.outcome);
                let msg = new_message(&u, raw, &sha, &origin, now, "duplicate", &detail, Some(first.id), None);
                store.record_ingest(&msg, None)?;
                return Ok(duplicate_report(origin, sha, Some(mid.clone()), &first.disposition, detail));
            }
            note = format!("; Message-ID was used before by untrusted email #{}", first.id);
        }
    }

    let q = view_query(&u, settings, now);
    let view = store.ledger_view(&q, &settings.tz)?;
    let decision = match catch_unwind(AssertUnwindSafe(|| matching::decide(&u.extraction, &u.verdict, &view, settings))) {
        Ok(d) => d,
        Err(p) => return record_failure(store, raw, &sha, &origin, now, format!("internal error while matching this email: {}", panic_text(p))),
    };
    let detail = format!("{}{}", describe(&u, &decision), note);
    let review_detail = decision.review.as_ref().map(|(_, d)| d.clone()).unwrap_or_default();
    let review = decision.review.as_ref().map(|(c, _)| (*c, review_detail.as_str()));
    let msg = new_message(&u, raw, &sha, &origin, now, decision.outcome.as_str(), &detail, None, review);
    store.record_ingest(&msg, Some(&decision))?;
    Ok(IngestReport {
        origin,
        message_id: u.parsed.message_id.clone(),
        sha256: sha,
        from: u.parsed.sender().map(str::to_string),
        subject: Some(u.parsed.subject.clone()),
        outcome: decision.outcome,
        classification: u.extraction.classification.as_str().into(),
        platform: u.verdict.platform.clone(),
        trusted: u.verdict.trusted,
        trust_reason: u.verdict.reason.clone(),
        review: decision.review.as_ref().map(|(c, _)| c.to_string()),
        detail: if review_detail.is_empty() { detail } else { format!("{detail}: {review_detail}") },
        changes: decision
            .changes
            .iter()
            .map(|c| ChangeReport { reference: c.reference.clone(), url: c.url.clone(), from: c.old, to: c.new })
            .collect(),
        disposition: if decision.review.is_some() { Disposition::Review } else { Disposition::Processed },
    })
}

fn describe(u: &Understanding, d: &Decision) -> String {
    let x = &u.extraction;
    let mut s = d.summary.clone();
    if x.classification != Classification::Confirmation {
        s.push_str(&format!(" [{}]", x.classification.as_str()));
    }
    if !x.hedged.is_empty() {
        s.push_str(&format!("; {} URL(s) with no confirmed status", x.hedged.len()));
    }
    s
}

#[allow(clippy::too_many_arguments)]
fn new_message<'a>(
    u: &'a Understanding,
    raw: &'a RawEmail,
    sha: &'a str,
    origin: &'a str,
    now: Timestamp,
    outcome: &'a str,
    detail: &'a str,
    duplicate_of: Option<i64>,
    review: Option<(&'a str, &'a str)>,
) -> NewMessage<'a> {
    NewMessage {
        message_id: u.parsed.message_id.as_deref(),
        sha256: sha,
        from: u.parsed.sender(),
        subject: Some(u.parsed.subject.as_str()),
        date: u.parsed.date,
        received_at: now,
        raw: &raw.bytes,
        headers_only: false,
        size: raw.size(),
        origin,
        platform: u.verdict.platform.as_deref(),
        trust: if u.verdict.trusted { "trusted" } else { "untrusted" },
        trust_reason: &u.verdict.reason,
        classification: u.extraction.classification.as_str(),
        outcome,
        detail,
        duplicate_of,
        review,
    }
}

fn record_failure(store: &Store, raw: &RawEmail, sha: &str, origin: &str, now: Timestamp, why: String) -> Result<IngestReport, StoreError> {
    tracing::error!(origin, "{why}");
    let msg = NewMessage {
        message_id: None,
        sha256: sha,
        from: None,
        subject: None,
        date: None,
        received_at: now,
        raw: &raw.bytes,
        headers_only: false,
        size: raw.size(),
        origin,
        platform: None,
        trust: "not_checked",
        trust_reason: "not checked: the email could not be read",
        classification: "malformed",
        outcome: Outcome::Review.as_str(),
        detail: &why,
        duplicate_of: None,
        review: Some(("internal_error", &why)),
    };
    store.record_ingest(&msg, None)?;
    Ok(IngestReport {
        origin: origin.to_string(),
        message_id: None,
        sha256: sha.to_string(),
        from: None,
        subject: None,
        outcome: Outcome::Review,
        classification: "malformed".into(),
        platform: None,
        trusted: false,
        trust_reason: "not checked".into(),
        review: Some("internal_error".into()),
        detail: why,
        changes: Vec::new(),
        disposition: Disposition::Review,
    })
}

fn duplicate_report(origin: String, sha: String, mid: Option<String>, disposition: &str, detail: String) -> IngestReport {
    IngestReport {
        origin,
        message_id: mid,
        sha256: sha,
        from: None,
        subject: None,
        outcome: Outcome::Duplicate,
        classification: "duplicate".into(),
        platform: None,
        trusted: false,
        trust_reason: String::new(),
        review: None,
        detail,
        changes: Vec::new(),
        disposition: if disposition == "review" { Disposition::Review } else { Disposition::Processed },
    }
}
