//! The staff view (issue 16): read-only HTML pages over the ledger and the
//! same data as JSON under `/api/`, served by `takedown serve` and, when
//! `[server] listen` is set, by the daemon beside `/healthz` and `/metrics`.
//!
//! Safe by construction: every page is a minijinja template that escapes
//! what it prints, an email's HTML is never rendered (the evidence page
//! shows the author's text as text), no page has a script, and every answer
//! carries `Content-Security-Policy: default-src 'self'` and
//! `X-Frame-Options: DENY`. No route changes the ledger. Off loopback the
//! pages need authentication (`[server] users` or `token_env`).

mod auth;
mod pages;
pub mod templates;

use std::net::SocketAddr;
use std::sync::{Arc, Mutex};

use axum::Router;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use jiff::Timestamp;

use crate::config::Settings;
use crate::store::{Store, StoreError};

pub use auth::{Auth, hash_password as auth_hash};
pub use pages::report_window;

/// What a path segment keeps unencoded: letters, digits and `-._~` (a
/// reference or Message-ID may hold `/`, `?`, `#` or `%`).
const SEGMENT: &percent_encoding::AsciiSet = &percent_encoding::NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// `s` as one URL path segment.
pub fn segment(s: &str) -> String {
    percent_encoding::utf8_percent_encode(s, SEGMENT).to_string()
}

/// What every handler shares: the settings, the clock, the authentication
/// and a few ledger connections kept between requests.
pub struct WebState {
    pub settings: Settings,
    /// `--now`, for tests and demos; None: the system clock.
    pub fixed_now: Option<Timestamp>,
    pub auth: Auth,
    pool: Mutex<Vec<Store>>,
}

/// Connections kept open between requests (more are opened under load and
/// closed after use).
const POOL: usize = 4;

impl WebState {
    pub fn new(settings: Settings, fixed_now: Option<Timestamp>, auth: Auth) -> Arc<WebState> {
        Arc::new(WebState {
            settings,
            fixed_now,
            auth,
            pool: Mutex::new(Vec::new()),
        })
    }

    pub fn now(&self) -> Timestamp {
        self.fixed_now.unwrap_or_else(Timestamp::now)
    }

    fn take_store(&self) -> Result<Store, WebError> {
        if let Some(s) = self.pool.lock().unwrap_or_else(|p| p.into_inner()).pop() {
            return Ok(s);
        }
        let db = &self.settings.database;
        // The pages never create a ledger: Store::open would make an empty
        // one at a mistyped path and show it as if it were the real one.
        if !db.path.exists() {
            return Err(WebError::Unavailable(format!(
                "the ledger {} does not exist (check [database] path in {})",
                db.path.display(),
                self.settings.config_path.display()
            )));
        }
        Store::open(&db.path, db.mode, db.busy_timeout).map_err(WebError::from)
    }

    /// Runs `f` with a ledger connection on a blocking thread (SQLite work
    /// must not hold up the async workers).
    pub async fn with_store<T, F>(self: &Arc<Self>, f: F) -> Result<T, WebError>
    where
        T: Send + 'static,
        F: FnOnce(&Store, &WebState) -> Result<T, WebError> + Send + 'static,
    {
        let st = self.clone();
        tokio::task::spawn_blocking(move || {
            let store = st.take_store()?;
            let out = f(&store, &st);
            // A connection that failed may be the problem: do not keep it.
            if !matches!(out, Err(WebError::Unavailable(_))) {
                let mut pool = st.pool.lock().unwrap_or_else(|p| p.into_inner());
                if pool.len() < POOL {
                    pool.push(store);
                }
            }
            out
        })
        .await
        .map_err(|e| WebError::Internal(format!("page worker failed: {e}")))?
    }
}

/// Why a page could not be shown; each becomes an error page (or, under
/// `/api/`, a JSON object) that says what was looked for and why.
#[derive(Debug)]
pub enum WebError {
    /// 404: what was looked for.
    NotFound(String),
    /// 400: the parameter and what is wrong with it.
    BadRequest { param: String, why: String },
    /// 409: the request is understood but cannot be answered as asked.
    Conflict(String),
    /// 503: the ledger cannot be read (missing, locked, broken).
    Unavailable(String),
    /// 500.
    Internal(String),
}

impl From<StoreError> for WebError {
    fn from(e: StoreError) -> WebError {
        match e {
            StoreError::NotFound(m) => WebError::NotFound(m),
            other => WebError::Unavailable(format!("the ledger cannot be read: {other}")),
        }
    }
}

impl From<crate::cli::Failure> for WebError {
    fn from(f: crate::cli::Failure) -> WebError {
        WebError::Unavailable(f.message)
    }
}

impl WebError {
    pub fn bad(param: &str, why: impl Into<String>) -> WebError {
        WebError::BadRequest {
            param: param.to_string(),
            why: why.into(),
        }
    }

    fn status(&self) -> StatusCode {
        match self {
            WebError::NotFound(_) => StatusCode::NOT_FOUND,
            WebError::BadRequest { .. } => StatusCode::BAD_REQUEST,
            WebError::Conflict(_) => StatusCode::CONFLICT,
            WebError::Unavailable(_) => StatusCode::SERVICE_UNAVAILABLE,
            WebError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    fn message(&self) -> String {
        match self {
            WebError::NotFound(what) => format!("Not found: {what}"),
            WebError::BadRequest { param, why } => format!("Bad parameter `{param}`: {why}"),
            WebError::Conflict(m) => m.clone(),
            WebError::Unavailable(m) => format!("The ledger is unavailable: {m}"),
            WebError::Internal(m) => format!("Internal error: {m}"),
        }
    }

    fn heading(&self) -> &'static str {
        match self {
            WebError::NotFound(_) => "찾을 수 없음 · Not found",
            WebError::BadRequest { .. } => "잘못된 요청 · Bad request",
            WebError::Conflict(_) => "확인 필요 · Cannot answer as asked",
            WebError::Unavailable(_) => "원장 사용 불가 · Ledger unavailable",
            WebError::Internal(_) => "내부 오류 · Internal error",
        }
    }

    fn hint(&self) -> &'static str {
        match self {
            WebError::NotFound(_) => {
                "Check the reference or id; the requests page searches by reference and by any part of a URL."
            }
            WebError::BadRequest { .. } => {
                "Dates are written YYYY-MM-DD; state is open, overdue or closed; page is a number from 1."
            }
            WebError::Unavailable(_) => {
                "Nothing was changed. Try again in a moment; if it persists, check the database path and that no other process holds a write lock for long."
            }
            _ => "",
        }
    }

    /// The HTML error page.
    pub fn page(&self, st: &WebState) -> Response {
        let body = templates::render(
            "error.html",
            minijinja::context! {
                status => self.status().as_u16(),
                heading => self.heading(),
                message => self.message(),
                hint => self.hint(),
                ..pages::chrome(st, "", self.heading())
            },
        )
        .unwrap_or_else(|e| format!("{}\n({e})", self.message()));
        let mut r = (self.status(), body).into_response();
        r.headers_mut().insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static("text/html; charset=utf-8"),
        );
        r
    }

    /// The JSON error object of `/api/`.
    pub fn json(&self) -> Response {
        let body = serde_json::json!({
            "status": self.status().as_u16(),
            "error": self.message(),
        });
        json_response(self.status(), &body)
    }
}

pub(crate) fn json_response<T: serde::Serialize>(status: StatusCode, v: &T) -> Response {
    match serde_json::to_vec_pretty(v) {
        Ok(mut body) => {
            body.push(b'\n');
            let mut r = (status, body).into_response();
            r.headers_mut().insert(
                header::CONTENT_TYPE,
                HeaderValue::from_static("application/json"),
            );
            r
        }
        Err(e) => (StatusCode::INTERNAL_SERVER_ERROR, format!("JSON: {e}")).into_response(),
    }
}

/// Headers on every answer: no script or frame can run the pages, nothing
/// is cached by a proxy, no referrer leaks a reference or URL.
async fn security_headers(mut r: Response) -> Response {
    let h = r.headers_mut();
    h.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static("default-src 'self'"),
    );
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    h.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    r
}

/// The staff pages and `/api/`, behind the authentication of `state.auth`.
pub fn router(state: Arc<WebState>) -> Router {
    pages::routes()
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            auth::require,
        ))
        .layer(axum::middleware::map_response(security_headers))
        .with_state(state)
}

/// Whether `addr` is a loopback address (only this machine can connect).
pub fn is_loopback(addr: &SocketAddr) -> bool {
    addr.ip().is_loopback()
}

/// `takedown serve`: serves the router on `listener` until `shutdown`.
pub async fn serve(
    listener: tokio::net::TcpListener,
    state: Arc<WebState>,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    axum::serve(listener, router(state))
        .with_graceful_shutdown(shutdown)
        .await
}

/// The staff router the daemon mounts on `[server] listen`: open on
/// loopback, behind the configured authentication elsewhere, and refusing
/// (403) off loopback when none is configured, so that `/healthz` and
/// `/metrics` stay reachable for monitoring without exposing the ledger.
pub fn daemon_router(
    settings: &Settings,
    listen: SocketAddr,
    fixed_now: Option<Timestamp>,
) -> Result<Router, String> {
    let mut auth = Auth::configured_by(settings)?;
    if !is_loopback(&listen) && !auth.configured() {
        tracing::warn!(
            "[server] listen {listen} is not loopback and no [server] users or token_env is set: /healthz and /metrics are served, the staff pages are not"
        );
        auth = Auth::refusing(format!(
            "the staff pages are served off loopback only with authentication: set [server] users or [server] token_env (listening on {listen})"
        ));
    }
    Ok(router(WebState::new(settings.clone(), fixed_now, auth)))
}

/// The daemon's `[server] listen` answers the staff paths through the same
/// router: `health` reads the request head, and everything that is not
/// `/healthz` or `/metrics` comes here (one request per connection).
pub async fn answer_raw(
    router: &Router,
    head: &[u8],
    stream: &mut tokio::net::TcpStream,
) -> std::io::Result<()> {
    use tokio::io::AsyncWriteExt;
    use tower::ServiceExt;
    let text = String::from_utf8_lossy(head);
    let mut lines = text.lines();
    let mut first = lines.next().unwrap_or("").split_whitespace();
    let (method, target) = (first.next().unwrap_or("GET"), first.next().unwrap_or("/"));
    let mut req = axum::http::Request::builder().method(method).uri(target);
    for l in lines {
        if l.is_empty() {
            break;
        }
        if let Some((k, v)) = l.split_once(':') {
            req = req.header(k.trim(), v.trim());
        }
    }
    let response = match req.body(axum::body::Body::empty()) {
        Ok(req) => match router.clone().oneshot(req).await {
            Ok(r) => r,
            Err(e) => match e {},
        },
        Err(e) => (StatusCode::BAD_REQUEST, format!("bad request: {e}\n")).into_response(),
    };
    let (parts, body) = response.into_parts();
    let body = axum::body::to_bytes(body, 256 * 1024 * 1024)
        .await
        .unwrap_or_default();
    let mut out = format!(
        "HTTP/1.1 {} {}\r\n",
        parts.status.as_u16(),
        parts.status.canonical_reason().unwrap_or("")
    );
    for (k, v) in &parts.headers {
        if k == header::CONTENT_LENGTH || k == header::CONNECTION {
            continue;
        }
        out.push_str(&format!("{k}: {}\r\n", v.to_str().unwrap_or("")));
    }
    out.push_str(&format!(
        "Content-Length: {}\r\nConnection: close\r\n\r\n",
        body.len()
    ));
    stream.write_all(out.as_bytes()).await?;
    if method != "HEAD" {
        stream.write_all(&body).await?;
    }
    stream.shutdown().await
}
