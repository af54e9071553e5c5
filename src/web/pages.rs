//! The routes: each page gathers its data on a ledger connection, then
//! renders a template; `/api/` serves the same data as JSON in the shapes
//! the CLI's `--json` prints (the same types, from `cli`).

use std::collections::BTreeMap;
use std::sync::Arc;

use axum::Router;
use axum::extract::{Path, RawQuery, State};
use axum::http::{HeaderValue, StatusCode, Uri, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use jiff::Timestamp;
use jiff::civil::Date;
use serde::Serialize;

use super::{WebError, WebState, json_response, templates};
use crate::cli::output::short_time;
use crate::report::{self, PlatformName, Report, Window};
use crate::store::{RequestFilter, RequestState, RequestSummary, Store};

/// Requests per page of `/requests` (and `/api/requests`).
const PER_PAGE: u32 = 100;
/// Overdue requests listed on the overview.
const OVERVIEW_OVERDUE: u32 = 50;

pub fn routes() -> Router<Arc<WebState>> {
    Router::new()
        .route("/", get(overview))
        .route("/requests", get(requests))
        .route("/requests/{reference}", get(request))
        .route("/review", get(review))
        .route("/evidence/{key}", get(evidence))
        .route("/evidence/{key}/raw", get(evidence_raw))
        .route("/report", get(report_page))
        .route("/static/style.css", get(style))
        .route("/api/overview", get(api_overview))
        .route("/api/requests", get(api_requests))
        .route("/api/requests/{reference}", get(api_request))
        .route("/api/review", get(api_review))
        .route("/api/evidence/{key}", get(api_evidence))
        .route("/api/report", get(api_report))
        .fallback(not_found)
}

/// The variables `base.html` needs.
pub fn chrome(st: &WebState, nav: &str, title: &str) -> minijinja::Value {
    minijinja::context! {
        nav => nav,
        title => title,
        version => env!("CARGO_PKG_VERSION"),
        now => short_time(st.now(), &st.settings.tz),
        timezone => st.settings.timezone_name.clone(),
    }
}

fn html(st: &WebState, result: Result<String, WebError>) -> Response {
    match result {
        Ok(body) => {
            let mut r = body.into_response();
            r.headers_mut().insert(
                header::CONTENT_TYPE,
                HeaderValue::from_static("text/html; charset=utf-8"),
            );
            r
        }
        Err(e) => e.page(st),
    }
}

fn api<T: Serialize>(result: Result<T, WebError>) -> Response {
    match result {
        Ok(v) => json_response(StatusCode::OK, &v),
        Err(e) => e.json(),
    }
}

fn render(name: &str, ctx: minijinja::Value) -> Result<String, WebError> {
    templates::render(name, ctx).map_err(WebError::Internal)
}

use super::segment as enc;

/// The evidence page of an email, by SHA-256 (unambiguous) when known.
fn evidence_link(sha256: Option<&str>, message_id: Option<&str>) -> Option<String> {
    sha256
        .or(message_id)
        .map(|k| format!("/evidence/{}", enc(k)))
}

async fn not_found(State(st): State<Arc<WebState>>, uri: Uri) -> Response {
    let e = WebError::NotFound(format!(
        "no page at {} (pages: /, /requests, /requests/REF, /review, /evidence/ID, /report, /api/...)",
        uri.path()
    ));
    if uri.path().starts_with("/api/") {
        e.json()
    } else {
        e.page(&st)
    }
}

async fn style() -> Response {
    let mut r = templates::CSS.into_response();
    r.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/css; charset=utf-8"),
    );
    r
}

// ---------------------------------------------------------------------------
// Query parameters.

/// The query string as name → value; a parameter given twice is refused
/// (which one was meant?).
fn params(q: Option<String>) -> Result<BTreeMap<String, String>, WebError> {
    let mut out = BTreeMap::new();
    for (k, v) in url::form_urlencoded::parse(q.unwrap_or_default().as_bytes()) {
        if out.insert(k.to_string(), v.to_string()).is_some() {
            return Err(WebError::bad(&k, "given more than once"));
        }
    }
    Ok(out)
}

fn opt<'a>(p: &'a BTreeMap<String, String>, name: &str) -> Option<&'a str> {
    p.get(name).map(|v| v.trim()).filter(|v| !v.is_empty())
}

fn date_param(p: &BTreeMap<String, String>, name: &str) -> Result<Option<Date>, WebError> {
    opt(p, name)
        .map(|v| {
            v.parse::<Date>()
                .map_err(|_| WebError::bad(name, format!("`{v}` is not a date; write YYYY-MM-DD")))
        })
        .transpose()
}

fn platform_param(st: &WebState, p: &BTreeMap<String, String>) -> Result<Option<String>, WebError> {
    match opt(p, "platform") {
        None => Ok(None),
        Some(id) if st.settings.platform(id).is_some() => Ok(Some(id.to_string())),
        Some(id) => Err(WebError::bad(
            "platform",
            format!(
                "`{id}` is not a configured platform (configured: {})",
                st.settings
                    .platforms
                    .iter()
                    .map(|p| p.id.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        )),
    }
}

fn day_start(st: &WebState, d: Date) -> Result<Timestamp, WebError> {
    d.to_zoned(st.settings.tz.clone())
        .map(|z| z.timestamp())
        .map_err(|e| WebError::Internal(format!("{d}: {e}")))
}

struct RequestQuery {
    filter: RequestFilter,
    page: u32,
    /// The filters as given, for the form and the page links.
    shown: BTreeMap<String, String>,
}

fn request_query(st: &WebState, q: Option<String>) -> Result<RequestQuery, WebError> {
    let p = params(q)?;
    let state = match opt(&p, "state") {
        None => None,
        Some(s) => Some(RequestState::parse(s).ok_or_else(|| {
            WebError::bad("state", format!("`{s}`: use open, overdue or closed"))
        })?),
    };
    let due_from = date_param(&p, "due_from")?;
    let due_to = date_param(&p, "due_to")?;
    if let (Some(a), Some(b)) = (due_from, due_to) {
        if b < a {
            return Err(WebError::bad(
                "due_to",
                format!("{b} is before due_from {a}"),
            ));
        }
    }
    let page = match opt(&p, "page") {
        None => 1,
        Some(v) => v
            .parse::<u32>()
            .ok()
            .filter(|n| *n >= 1 && *n <= 1_000_000)
            .ok_or_else(|| {
                WebError::bad("page", format!("`{v}` is not a page number (1, 2, …)"))
            })?,
    };
    let filter = RequestFilter {
        state,
        platform: platform_param(st, &p)?,
        due_from: due_from.map(|d| day_start(st, d)).transpose()?,
        // Inclusive: deadlines before the next day's start.
        due_to: due_to
            .map(|d| {
                d.tomorrow()
                    .map_err(|e| WebError::bad("due_to", e.to_string()))
                    .and_then(|d| day_start(st, d))
            })
            .transpose()?,
        search: opt(&p, "q").map(str::to_string),
    };
    let mut shown = BTreeMap::new();
    for k in ["state", "platform", "due_from", "due_to", "q"] {
        shown.insert(k.to_string(), opt(&p, k).unwrap_or("").to_string());
    }
    Ok(RequestQuery {
        filter,
        page,
        shown,
    })
}

fn query_string(shown: &BTreeMap<String, String>, page: u32) -> String {
    let mut s = url::form_urlencoded::Serializer::new(String::new());
    for (k, v) in shown {
        if !v.is_empty() {
            s.append_pair(k, v);
        }
    }
    if page > 1 {
        s.append_pair("page", &page.to_string());
    }
    s.finish()
}

// ---------------------------------------------------------------------------
// Overview.

#[derive(Serialize)]
struct OverdueRow {
    #[serde(rename = "ref")]
    reference: String,
    platform: String,
    due: String,
    pending: u64,
    age: String,
}

#[derive(Serialize)]
struct ReasonCount {
    reason: String,
    count: u64,
}

#[derive(Serialize)]
struct MailboxRow {
    name: String,
    kind: String,
    last_full_pass: String,
    last_attempt: String,
    failures: u32,
    stale: bool,
    why: String,
}

/// What `/` shows and `/api/overview` serves.
#[derive(Serialize)]
struct Overview {
    overdue_total: u64,
    overdue: Vec<OverdueRow>,
    review_total: u64,
    reasons: Vec<ReasonCount>,
    month: String,
    compliance: Report,
    mailboxes: Vec<MailboxRow>,
    stale_count: usize,
    chain_hash: String,
    chain_event: Option<i64>,
}

/// "3d 4h" from a duration in seconds.
fn age(secs: i64) -> String {
    let (d, h, m) = (secs / 86_400, (secs % 86_400) / 3600, (secs % 3600) / 60);
    match (d, h) {
        (0, 0) => format!("{m}m"),
        (0, _) => format!("{h}h {m}m"),
        _ => format!("{d}d {h}h"),
    }
}

/// A mailbox is stale when it never completed a pass, its last passes
/// failed, or its last full pass is older than three poll intervals (the
/// daemon's own `/healthz` limit).
fn mailbox_rows(store: &Store, st: &WebState, now: Timestamp) -> Result<Vec<MailboxRow>, WebError> {
    let passes = store.mailbox_passes()?;
    let tz = &st.settings.tz;
    let show = |t: Option<Timestamp>| t.map(|t| short_time(t, tz)).unwrap_or_else(|| "–".into());
    let mut rows = Vec::new();
    let mut names: Vec<String> = st
        .settings
        .mailboxes
        .iter()
        .map(|m| m.name.clone())
        .collect();
    for p in &passes {
        if !names.contains(&p.mailbox) {
            names.push(p.mailbox.clone());
        }
    }
    for name in names {
        let configured = st.settings.mailboxes.iter().find(|m| m.name == name);
        let interval = match configured.map(|m| &m.kind) {
            Some(crate::config::MailboxKind::Imap(s)) => s.poll_interval,
            _ => std::time::Duration::from_secs(60),
        };
        let limit = interval * crate::health::UNHEALTHY_AFTER_INTERVALS;
        let pass = passes.iter().find(|p| p.mailbox == name);
        let (stale, why) = match pass {
            None => (true, "no pass recorded yet".to_string()),
            Some(p) if p.consecutive_failures > 0 => (
                true,
                format!(
                    "{} failed pass(es): {} {}",
                    p.consecutive_failures,
                    p.last_error_class.as_deref().unwrap_or(""),
                    p.last_error.as_deref().unwrap_or("")
                ),
            ),
            Some(p) => match p.last_full_pass_at {
                None => (true, "never completed a full pass".to_string()),
                Some(t) => {
                    let secs = now.duration_since(t).as_secs();
                    if secs > limit.as_secs() as i64 {
                        (
                            true,
                            format!(
                                "last full pass {} ago (limit {})",
                                age(secs),
                                age(limit.as_secs() as i64)
                            ),
                        )
                    } else {
                        (false, String::new())
                    }
                }
            },
        };
        rows.push(MailboxRow {
            kind: pass
                .map(|p| p.kind.clone())
                .or_else(|| {
                    configured.map(|m| {
                        match m.kind {
                            crate::config::MailboxKind::Imap(_) => "imap",
                            crate::config::MailboxKind::Maildir(_) => "maildir",
                            crate::config::MailboxKind::Mbox(_) => "mbox",
                        }
                        .to_string()
                    })
                })
                .unwrap_or_default(),
            last_full_pass: show(pass.and_then(|p| p.last_full_pass_at)),
            last_attempt: show(pass.and_then(|p| p.last_attempt_at)),
            failures: pass.map(|p| p.consecutive_failures).unwrap_or(0),
            name,
            stale,
            why,
        });
    }
    Ok(rows)
}

fn platform_names(st: &WebState) -> Vec<PlatformName> {
    st.settings
        .platforms
        .iter()
        .map(|p| PlatformName {
            id: p.id.clone(),
            name: p.name.clone(),
        })
        .collect()
}

fn build_report(
    store: &Store,
    st: &WebState,
    window: &Window,
    platform: Option<&str>,
) -> Result<Report, WebError> {
    let facts = store.report_facts(window.from, window.to, platform)?;
    let names: Vec<PlatformName> = platform_names(st)
        .into_iter()
        .filter(|p| platform.is_none_or(|only| only == p.id))
        .collect();
    Ok(report::compute(
        &facts,
        window,
        &names,
        st.now(),
        &st.settings.tz,
        &st.settings.timezone_name,
    ))
}

fn gather_overview(store: &Store, st: &WebState) -> Result<Overview, WebError> {
    let now = st.now();
    let tz = &st.settings.tz;
    let filter = RequestFilter {
        state: Some(RequestState::Overdue),
        ..Default::default()
    };
    let (overdue_total, overdue) = store.staff_requests(&filter, now, OVERVIEW_OVERDUE, 0)?;
    let overdue = overdue
        .into_iter()
        .map(|r| OverdueRow {
            due: short_time(r.due_at, tz),
            age: age(now.duration_since(r.due_at).as_secs()),
            reference: r.reference,
            platform: r.platform,
            pending: r.pending,
        })
        .collect();
    let reasons: Vec<ReasonCount> = store
        .review_reasons()?
        .into_iter()
        .map(|(reason, count)| ReasonCount { reason, count })
        .collect();
    let today = now.to_zoned(tz.clone()).date();
    let window = Window::days(today.first_of_month(), today, tz).map_err(WebError::Internal)?;
    let compliance = build_report(store, st, &window, None)?;
    let mailboxes = mailbox_rows(store, st, now)?;
    let (chain_hash, chain_event) = store.chain_head()?;
    Ok(Overview {
        overdue_total,
        overdue,
        review_total: reasons.iter().map(|r| r.count).sum(),
        reasons,
        month: format!("{:04}-{:02}", today.year(), today.month()),
        compliance,
        stale_count: mailboxes.iter().filter(|m| m.stale).count(),
        mailboxes,
        chain_hash,
        chain_event,
    })
}

async fn overview(State(st): State<Arc<WebState>>) -> Response {
    let page = st
        .with_store(|store, st| {
            let o = gather_overview(store, st)?;
            let compliance: Vec<report::render::ShownRow<'_>> = o
                .compliance
                .totals
                .iter()
                .map(|t| {
                    let name = o
                        .compliance
                        .platforms
                        .iter()
                        .find(|p| p.id == t.platform)
                        .map(|p| p.name.as_str())
                        .unwrap_or(&t.platform);
                    report::render::ShownRow::new(name, t)
                })
                .collect();
            let chart = minijinja::Value::from_safe_string(report::svg::in_time_bars(
                &o.compliance.totals,
                &o.compliance.platforms,
            ));
            render(
                "overview.html",
                minijinja::context! {
                    compliance => compliance,
                    chart => chart,
                    ..minijinja::value::merge_maps([
                        minijinja::Value::from_serialize(&o),
                        chrome(st, "overview", "개요 Overview"),
                    ])
                },
            )
        })
        .await;
    html(&st, page)
}

async fn api_overview(State(st): State<Arc<WebState>>) -> Response {
    api(st.with_store(gather_overview).await)
}

// ---------------------------------------------------------------------------
// Requests.

/// A request as the pages show it: the `requests --json` row, with short
/// local times and the request's own facts beside it.
fn request_view(r: &RequestSummary, st: &WebState) -> minijinja::Value {
    let tz = &st.settings.tz;
    minijinja::value::merge_maps([
        minijinja::context! {
            sent => short_time(r.sent_at, tz),
            due => short_time(r.due_at, tz),
            category => r.category.clone(),
            case_number => r.case_number.clone(),
            message_id => r.message_id.clone(),
        },
        minijinja::Value::from_serialize(crate::cli::requests::row(r.clone(), tz, st.now())),
    ])
}

async fn requests(State(st): State<Arc<WebState>>, RawQuery(q): RawQuery) -> Response {
    let page = match request_query(&st, q) {
        Err(e) => Err(e),
        Ok(rq) => {
            st.with_store(move |store, st| {
                let offset = (rq.page - 1) * PER_PAGE;
                let (total, rows) = store.staff_requests(&rq.filter, st.now(), PER_PAGE, offset)?;
                let views: Vec<minijinja::Value> =
                    rows.iter().map(|r| request_view(r, st)).collect();
                let last = offset as u64 + views.len() as u64;
                let link = |n: u32| format!("/requests?{}", query_string(&rq.shown, n));
                render(
                    "requests.html",
                    minijinja::context! {
                        total => total,
                        rows => views,
                        first => if views.is_empty() { 0 } else { offset as u64 + 1 },
                        last => last,
                        prev => (rq.page > 1).then(|| link(rq.page - 1)),
                        next => (last < total).then(|| link(rq.page + 1)),
                        f => rq.shown.clone(),
                        platforms => platform_names(st),
                        api => format!("/api/requests?{}", query_string(&rq.shown, rq.page)),
                        ..chrome(st, "requests", "요청 Requests")
                    },
                )
            })
            .await
        }
    };
    html(&st, page)
}

async fn api_requests(State(st): State<Arc<WebState>>, RawQuery(q): RawQuery) -> Response {
    let rq = match request_query(&st, q) {
        Ok(rq) => rq,
        Err(e) => return e.json(),
    };
    let result = st
        .with_store(move |store, st| {
            let (total, rows) =
                store.staff_requests(&rq.filter, st.now(), PER_PAGE, (rq.page - 1) * PER_PAGE)?;
            let reminders = store.last_reminders()?;
            let rows: Vec<crate::cli::requests::Row> = rows
                .into_iter()
                .map(|r| crate::cli::requests::row(r, &st.settings.tz, st.now()))
                .map(|r| r.with_last_reminder(&reminders, &st.settings.tz))
                .collect();
            Ok((total, rows))
        })
        .await;
    match result {
        Ok((total, rows)) => {
            let mut r = json_response(StatusCode::OK, &rows);
            if let Ok(v) = HeaderValue::from_str(&total.to_string()) {
                r.headers_mut().insert("x-total-count", v);
            }
            r
        }
        Err(e) => e.json(),
    }
}

fn find_request(store: &Store, reference: &str) -> Result<RequestSummary, WebError> {
    store
        .request_summaries(None, Some(reference))?
        .into_iter()
        .next()
        .ok_or_else(|| WebError::NotFound(format!("no request with reference `{reference}`")))
}

#[derive(Serialize)]
struct HistoryView {
    at: String,
    from: String,
    to: String,
    source: String,
    by: String,
    message_id: Option<String>,
    link: Option<String>,
    note: String,
}

#[derive(Serialize)]
struct ObservationView {
    checked_at: String,
    verdict: String,
    reason: String,
    streak: i64,
}

#[derive(Serialize)]
struct ItemView {
    url: String,
    status: String,
    stated_at: String,
    updated_at: String,
    evidence: Option<String>,
    evidence_link: Option<String>,
    staff_lock: bool,
    observation: Option<ObservationView>,
    history: Vec<HistoryView>,
}

async fn request(State(st): State<Arc<WebState>>, Path(reference): Path<String>) -> Response {
    let page = st
        .with_store(move |store, st| {
            let tz = &st.settings.tz;
            let r = find_request(store, &reference)?;
            let show =
                |t: Option<Timestamp>| t.map(|t| short_time(t, tz)).unwrap_or_else(|| "–".into());
            let mut items = Vec::new();
            for i in store.staff_items(&reference)? {
                let history = store
                    .item_events(i.id)?
                    .into_iter()
                    .map(|e| HistoryView {
                        at: short_time(e.at, tz),
                        link: evidence_link(None, e.message_id.as_deref()),
                        from: e.old_status,
                        to: e.new_status,
                        source: e.source,
                        by: e.actor,
                        message_id: e.message_id,
                        note: e.note,
                    })
                    .collect();
                items.push(ItemView {
                    status: i.status.to_string(),
                    stated_at: show(i.stated_at),
                    updated_at: show(i.updated_at),
                    evidence_link: evidence_link(
                        i.evidence_sha256.as_deref(),
                        i.evidence.as_deref(),
                    ),
                    evidence: i.evidence,
                    staff_lock: i.staff_lock,
                    observation: i.observation.map(|o| ObservationView {
                        checked_at: short_time(o.checked_at, tz),
                        verdict: o.verdict,
                        reason: match o.http_status {
                            Some(code) if !o.reason.contains(&code.to_string()) => {
                                format!("HTTP {code}, {}", o.reason)
                            }
                            _ => o.reason,
                        },
                        streak: o.streak,
                    }),
                    url: i.url,
                    history,
                });
            }
            render(
                "request.html",
                minijinja::context! {
                    r => request_view(&r, st),
                    items => items,
                    api => format!("/api/requests/{}", enc(&reference)),
                    ..chrome(st, "requests", &reference)
                },
            )
        })
        .await;
    html(&st, page)
}

async fn api_request(State(st): State<Arc<WebState>>, Path(reference): Path<String>) -> Response {
    api(st
        .with_store(move |store, st| {
            let r = find_request(store, &reference)?;
            let items = store.items_of(&reference)?;
            Ok(crate::cli::show::build(
                store,
                &st.settings.tz,
                st.now(),
                &r,
                &items,
                true,
            )?)
        })
        .await)
}

// ---------------------------------------------------------------------------
// Review.

/// What staff should do about an entry, by reason.
fn todo(reason: &str) -> &'static str {
    match reason {
        "malformed" => {
            "Open the original; if it is a confirmation, record it with `takedown mark`."
        }
        "reminder_bounced" => {
            "A reminder did not arrive: check the platform's reminder address in config.toml."
        }
        "forwarded" => {
            "Check the forwarded confirmation with the platform; if genuine, `takedown review resolve MSGID --apply`."
        }
        "unknown_sender" => {
            "The sender belongs to no platform: add it to the platform's senders if it is theirs, then reprocess."
        }
        "untrusted" => {
            "The sender could not be authenticated: confirm with the platform before marking anything."
        }
        "wrong_platform" => {
            "The email speaks of another platform's items: check which platform sent it."
        }
        "status_regression" => {
            "The platform states a weaker status than recorded: ask the platform which is right."
        }
        "contradicts_staff" => "The platform contradicts a staff decision: review the decision.",
        "asks_more" => "The platform asks for information: answer it, then resolve the entry.",
        "bulk" => {
            "A statement about all items without a list: confirm item by item, or resolve with --apply."
        }
        "conflicting_statements" => "The email states two things about one item: ask the platform.",
        "ambiguous_reference" => {
            "The email could belong to several requests: check which one, then resolve."
        }
        "unmatched_claims" => "Some URLs match no item: check for typos or a missing request.",
        "unreadable_attachment" => {
            "An attachment could not be read: open the original and record by hand."
        }
        "no_claims" => "No item-level statement was read: open the original and decide.",
        "still_online" => {
            "takedown still sees the item online although the platform stated otherwise: check it and contact the platform."
        }
        "too_large" => "Only the header was kept: ask the platform to resend in smaller parts.",
        _ => "Open the entry, decide, then `takedown review resolve` with a note.",
    }
}

#[derive(Serialize)]
struct ReviewView {
    id: i64,
    received: String,
    reason: String,
    detail: String,
    message_id: Option<String>,
    link: Option<String>,
    #[serde(rename = "ref")]
    reference: Option<String>,
    url: Option<String>,
    from: String,
    subject: String,
    date: String,
    todo: &'static str,
    resolved: bool,
}

async fn review(State(st): State<Arc<WebState>>, RawQuery(q): RawQuery) -> Response {
    let all = match params(q) {
        Ok(p) => match opt(&p, "all") {
            None | Some("0") => Ok(false),
            Some("1") => Ok(true),
            Some(v) => Err(WebError::bad(
                "all",
                format!("`{v}`: use 1 (or leave it out)"),
            )),
        },
        Err(e) => Err(e),
    };
    let page = match all {
        Err(e) => Err(e),
        Ok(all) => {
            st.with_store(move |store, st| {
                let tz = &st.settings.tz;
                let show = |t: Option<&str>| {
                    t.and_then(crate::store::parse_ts)
                        .map(|t| short_time(t, tz))
                        .unwrap_or_else(|| "–".into())
                };
                // With `all`, which entries are still open (the rest are resolved).
                let open: std::collections::HashSet<i64> = if all {
                    store
                        .staff_review(false)?
                        .into_iter()
                        .map(|e| e.id)
                        .collect()
                } else {
                    Default::default()
                };
                let entries: Vec<ReviewView> = store
                    .staff_review(all)?
                    .into_iter()
                    .map(|e| ReviewView {
                        received: show(e.received_at.as_deref().or(Some(&e.created_at))),
                        date: show(e.date.as_deref()),
                        link: evidence_link(e.sha256.as_deref(), e.message_id.as_deref()),
                        message_id: e.message_id.map(|m| format!("<{m}>")),
                        todo: todo(&e.reason),
                        resolved: all && !open.contains(&e.id),
                        id: e.id,
                        reason: e.reason,
                        detail: e.detail,
                        reference: e.reference,
                        url: e.url,
                        from: e.from.unwrap_or_default(),
                        subject: e.subject.unwrap_or_default(),
                    })
                    .collect();
                render(
                    "review.html",
                    minijinja::context! {
                        entries => entries,
                        all => all,
                        ..chrome(st, "review", "검토 Review")
                    },
                )
            })
            .await
        }
    };
    html(&st, page)
}

async fn api_review(State(st): State<Arc<WebState>>) -> Response {
    api(st
        .with_store(|store, st| {
            Ok(store
                .review_list(false)?
                .into_iter()
                .map(|e| crate::cli::review::entry(e, &st.settings.tz))
                .collect::<Vec<_>>())
        })
        .await)
}

// ---------------------------------------------------------------------------
// Evidence.

fn find_email(store: &Store, key: &str) -> Result<crate::store::StoredEmail, WebError> {
    let key = key.trim().trim_start_matches('<').trim_end_matches('>');
    let found = store.find_emails(key)?;
    if found.is_empty() {
        return Err(WebError::NotFound(format!(
            "no stored email with Message-ID or SHA-256 `{key}`"
        )));
    }
    crate::cli::evidence::pick(key, found).map_err(|f| WebError::Conflict(f.message))
}

/// The header section of an email as received (up to the first empty line).
fn header_text(raw: &[u8]) -> String {
    let end = raw
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .or_else(|| raw.windows(2).position(|w| w == b"\n\n"))
        .unwrap_or(raw.len());
    String::from_utf8_lossy(&raw[..end]).replace('\r', "")
}

async fn evidence(State(st): State<Arc<WebState>>, Path(key): Path<String>) -> Response {
    let page = st
        .with_store(move |store, st| {
            let email = find_email(store, &key)?;
            let raw = store.raw_by_id(email.id)?;
            let integrity = crate::cli::evidence::integrity(&email, &raw);
            // Read again as ingestion read it, with the DKIM verdict recorded
            // then (no DNS from a page), under the same time budget.
            let recorded = email
                .dkim
                .as_deref()
                .and_then(crate::trust::DkimCheck::from_json);
            let opts = crate::pipeline::IngestOptions {
                dkim: crate::trust::dkim::Source::Recorded(recorded),
                ..Default::default()
            };
            // The author's lines, with the quoted lines they answer inline
            // marked so that the page can set them apart.
            let own_lines: Vec<(bool, String)> =
                match crate::pipeline::understand_bounded(&raw, &st.settings, &opts) {
                    Ok((u, _)) if u.extraction.own_lines.is_empty() => vec![(
                        false,
                        "(no text of the author's own: the email quotes or forwards only)".into(),
                    )],
                    Ok((u, _)) => u
                        .extraction
                        .own_lines
                        .into_iter()
                        .map(|l| (l.trim_start().starts_with('>'), l))
                        .collect(),
                    Err(e) => vec![(false, format!("(could not be read: {} — {})", e.0, e.1))],
                };
            let tz = &st.settings.tz;
            let date = store
                .message_date(email.id)?
                .as_deref()
                .and_then(crate::store::parse_ts)
                .map(|t| crate::cli::output::time(t, tz))
                .unwrap_or_else(|| "–".into());
            let requests: Vec<BTreeMap<&str, String>> = store
                .requests_of_message(email.id)?
                .into_iter()
                .map(|(r, how)| BTreeMap::from([("ref", r), ("how", how)]))
                .collect();
            let json = crate::cli::evidence::build(&email, integrity, tz);
            render(
                "evidence.html",
                minijinja::context! {
                    e => minijinja::context! {
                        message_id_text => email.message_id.as_deref().map(|m| format!("<{m}>")).unwrap_or_else(|| "(no Message-ID)".into()),
                        date => date,
                        ..minijinja::Value::from_serialize(&json)
                    },
                    raw_link => format!("/evidence/{}/raw", email.sha256),
                    requests => requests,
                    own_lines => own_lines,
                    claims => store.claims_of(email.id)?,
                    headers => header_text(&raw),
                    api => format!("/api/evidence/{}", email.sha256),
                    ..chrome(st, "", "근거 Evidence")
                },
            )
        })
        .await;
    html(&st, page)
}

async fn evidence_raw(State(st): State<Arc<WebState>>, Path(key): Path<String>) -> Response {
    let result = st
        .with_store(move |store, _| {
            let email = find_email(store, &key)?;
            let raw = store.raw_by_id(email.id)?;
            if crate::cli::evidence::integrity(&email, &raw) == "altered" {
                return Err(WebError::Conflict(format!(
                    "email #{}: the stored bytes no longer hash to the recorded SHA-256 {}; not served (run `takedown audit verify`)",
                    email.id, email.sha256
                )));
            }
            Ok((email.sha256, raw))
        })
        .await;
    match result {
        Ok((sha, raw)) => {
            let mut r = raw.into_response();
            let h = r.headers_mut();
            h.insert(
                header::CONTENT_TYPE,
                HeaderValue::from_static("message/rfc822"),
            );
            if let Ok(v) = HeaderValue::from_str(&format!("attachment; filename=\"{sha}.eml\"")) {
                h.insert(header::CONTENT_DISPOSITION, v);
            }
            r
        }
        Err(e) => e.page(&st),
    }
}

async fn api_evidence(State(st): State<Arc<WebState>>, Path(key): Path<String>) -> Response {
    api(st
        .with_store(move |store, st| {
            let email = find_email(store, &key)?;
            let raw = store.raw_by_id(email.id)?;
            let integrity = crate::cli::evidence::integrity(&email, &raw);
            Ok(crate::cli::evidence::build_with_text(
                &email,
                &raw,
                integrity,
                &st.settings,
            ))
        })
        .await)
}

// ---------------------------------------------------------------------------
// Report.

struct ReportQuery {
    from: Option<Date>,
    to: Option<Date>,
    platform: Option<String>,
    shown: BTreeMap<String, String>,
}

fn report_query(st: &WebState, q: Option<String>) -> Result<ReportQuery, WebError> {
    let p = params(q)?;
    let mut shown = BTreeMap::new();
    for k in ["from", "to", "platform"] {
        shown.insert(k.to_string(), opt(&p, k).unwrap_or("").to_string());
    }
    Ok(ReportQuery {
        from: date_param(&p, "from")?,
        to: date_param(&p, "to")?,
        platform: platform_param(st, &p)?,
        shown,
    })
}

/// The window of `report`: as given, else from the first request's day to today.
pub fn report_window(
    store: &Store,
    tz: &jiff::tz::TimeZone,
    now: Timestamp,
    from: Option<Date>,
    to: Option<Date>,
) -> Result<Window, WebError> {
    let today = now.to_zoned(tz.clone()).date();
    let from = match from {
        Some(d) => d,
        None => store
            .request_span()?
            .map(|(first, _)| first.to_zoned(tz.clone()).date().first_of_month())
            .unwrap_or(today.first_of_month()),
    };
    let to = to.unwrap_or(today.max(from));
    Window::days(from, to, tz).map_err(|e| WebError::bad("to", e))
}

async fn run_report(st: &Arc<WebState>, rq: ReportQuery) -> Result<Report, WebError> {
    st.with_store(move |store, st| {
        let window = report_window(store, &st.settings.tz, st.now(), rq.from, rq.to)?;
        build_report(store, st, &window, rq.platform.as_deref())
    })
    .await
}

async fn report_page(State(st): State<Arc<WebState>>, RawQuery(q): RawQuery) -> Response {
    let page = match report_query(&st, q) {
        Err(e) => Err(e),
        Ok(rq) => {
            let shown = rq.shown.clone();
            match run_report(&st, rq).await {
                Err(e) => Err(e),
                Ok(rep) => {
                    let api_q = query_string(&shown, 1);
                    render(
                        "report.html",
                        minijinja::context! {
                            f => shown,
                            platform_choices => platform_names(&st),
                            api => format!("/api/report?{api_q}"),
                            ..minijinja::value::merge_maps([
                                report::render::body_context(&rep),
                                chrome(&st, "report", "보고서 Report"),
                            ])
                        },
                    )
                }
            }
        }
    };
    html(&st, page)
}

async fn api_report(State(st): State<Arc<WebState>>, RawQuery(q): RawQuery) -> Response {
    match report_query(&st, q) {
        Err(e) => e.json(),
        Ok(rq) => api(run_report(&st, rq).await),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ages_and_links() {
        assert_eq!(age(59 * 60), "59m");
        assert_eq!(age(3 * 3600 + 60), "3h 1m");
        assert_eq!(age(2 * 86_400 + 5 * 3600), "2d 5h");
        assert_eq!(
            evidence_link(None, Some("a/b@x.y")).as_deref(),
            Some("/evidence/a%2Fb%40x.y")
        );
        assert_eq!(
            evidence_link(Some("ab12"), Some("m@x")).as_deref(),
            Some("/evidence/ab12")
        );
    }

    #[test]
    fn parameters_are_named_when_wrong() {
        let e = params(Some("a=1&a=2".into())).unwrap_err();
        assert!(matches!(e, WebError::BadRequest { ref param, .. } if param == "a"));
        let p = params(Some("due_from=2024-13-01".into())).unwrap();
        let e = date_param(&p, "due_from").unwrap_err();
        assert!(e.message().contains("due_from"), "{}", e.message());
        assert_eq!(
            query_string(
                &BTreeMap::from([
                    ("q".to_string(), "a b&c".to_string()),
                    ("state".to_string(), String::new())
                ]),
                2
            ),
            "q=a+b%26c&page=2"
        );
    }
}
