//! The edge: one polite look at a URL over HTTP. Redirects are followed by
//! hand (each hop paced and recorded), only HTML pages are read, and never
//! more than `max_bytes` of one.

use std::time::Duration;

use reqwest::header::{ACCEPT, CONTENT_TYPE, HeaderValue, LOCATION};
use tokio::sync::Mutex;
use tokio::time::Instant;

use super::config::ProbeSettings;
use super::schedule::{Pacer, host_of};
use super::verdict::{Answer, Fetched, is_html};

pub struct Fetcher {
    client: reqwest::Client,
    settings: ProbeSettings,
    pacer: Mutex<Pacer<Instant>>,
}

/// An error and its causes on one line ("error sending request: client
/// error (Connect): dns error: failed to lookup address …").
fn describe(e: &reqwest::Error) -> String {
    let mut out = if e.is_timeout() {
        "timed out".to_string()
    } else if e.is_connect() {
        "cannot connect".to_string()
    } else {
        "request failed".to_string()
    };
    let mut cause: Option<&dyn std::error::Error> = std::error::Error::source(e);
    let mut last = String::new();
    while let Some(c) = cause {
        let text = c.to_string();
        // hyper repeats its inner error's text in its own; say it once.
        if !text.is_empty() && !last.contains(&text) {
            out.push_str(": ");
            out.push_str(&text);
        }
        last = text;
        cause = c.source();
    }
    out
}

/// The media type (lower-cased, no parameters) and the charset parameter.
fn media_type(v: Option<&HeaderValue>) -> (Option<String>, Option<String>) {
    let Some(v) = v.and_then(|v| v.to_str().ok()) else {
        return (None, None);
    };
    let mut parts = v.split(';');
    let t = parts.next().unwrap_or("").trim().to_ascii_lowercase();
    let charset = parts.find_map(|p| {
        let (k, v) = p.split_once('=')?;
        k.trim()
            .eq_ignore_ascii_case("charset")
            .then(|| v.trim().trim_matches('"').to_string())
    });
    ((!t.is_empty()).then_some(t), charset)
}

impl Fetcher {
    pub fn new(s: &ProbeSettings) -> Result<Fetcher, String> {
        let mut b = reqwest::Client::builder()
            .user_agent(s.user_agent.clone())
            // Followed by hand in `look`, so that each hop is paced and recorded.
            .redirect(reqwest::redirect::Policy::none())
            // Only the configured proxy: never one picked up from the environment.
            .no_proxy()
            // The whole request is bounded in `follow` (one clear message).
            .connect_timeout(s.timeout)
            .default_headers(
                [(
                    ACCEPT,
                    HeaderValue::from_static("text/html,application/xhtml+xml;q=0.9,*/*;q=0.1"),
                )]
                .into_iter()
                .collect(),
            );
        if let Some(p) = &s.proxy {
            b = b.proxy(reqwest::Proxy::all(p).map_err(|e| format!("probe.proxy `{p}`: {e}"))?);
        }
        let client = b
            .build()
            .map_err(|e| format!("cannot set up the HTTP client: {e}"))?;
        Ok(Fetcher {
            client,
            settings: s.clone(),
            pacer: Mutex::new(Pacer::new(s.per_host_interval)),
        })
    }

    /// Looks at `url`. Each request (each redirect hop) gets `timeout`, from
    /// its sending to the end of what is read; our own wait for the host's
    /// turn is not counted against the server.
    pub async fn look(&self, url: &str) -> Fetched {
        let mut redirects = Vec::new();
        self.follow(url, &mut redirects).await
    }

    async fn wait_turn(&self, host: &str) {
        let slot = self.pacer.lock().await.reserve(host, Instant::now());
        tokio::time::sleep_until(slot).await;
    }

    async fn follow(&self, url: &str, redirects: &mut Vec<String>) -> Fetched {
        let failed = |reason: String, redirects: &mut Vec<String>| Fetched::Failed {
            reason,
            redirects: std::mem::take(redirects),
        };
        let mut current = match url::Url::parse(url.trim()) {
            Ok(u) => u,
            Err(e) => return failed(format!("not a URL ({e})"), redirects),
        };
        loop {
            if !matches!(current.scheme(), "http" | "https") || current.host_str().is_none() {
                return failed(
                    format!("{current} is not an http(s) URL; nothing was fetched"),
                    redirects,
                );
            }
            self.wait_turn(&host_of(current.as_str())).await;
            let deadline = Instant::now() + self.settings.timeout;
            let timed_out = || format!("timed out after {}", human(self.settings.timeout));
            let mut resp =
                match tokio::time::timeout_at(deadline, self.client.get(current.clone()).send())
                    .await
                {
                    Err(_) => return failed(timed_out(), redirects),
                    Ok(Err(e)) => return failed(describe(&e), redirects),
                    Ok(Ok(r)) => r,
                };
            let status = resp.status().as_u16();
            if resp.status().is_redirection()
                && let Some(loc) = resp.headers().get(LOCATION)
            {
                let next = loc
                    .to_str()
                    .ok()
                    .and_then(|l| current.join(l).ok())
                    .filter(|u| matches!(u.scheme(), "http" | "https"));
                let Some(next) = next else {
                    return failed(
                        format!("HTTP {status} redirect to an unusable Location"),
                        redirects,
                    );
                };
                if redirects.len() >= self.settings.max_redirects {
                    return failed(
                        format!(
                            "more than {} redirects (last to {next})",
                            self.settings.max_redirects
                        ),
                        redirects,
                    );
                }
                redirects.push(next.to_string());
                current = next;
                continue;
            }
            let (content_type, charset) = media_type(resp.headers().get(CONTENT_TYPE));
            let mut body = Vec::new();
            let mut truncated = false;
            // Only a successful HTML page is read; anything else (media
            // above all) is left unread and the connection dropped.
            if resp.status().is_success() && content_type.as_deref().is_some_and(is_html) {
                let max = usize::try_from(self.settings.max_bytes).unwrap_or(usize::MAX);
                loop {
                    let Ok(next) = tokio::time::timeout_at(deadline, resp.chunk()).await else {
                        return failed(
                            format!("HTTP {status}, the page {}", timed_out()),
                            redirects,
                        );
                    };
                    match next {
                        Ok(Some(chunk)) => {
                            let room = max - body.len();
                            if chunk.len() >= room {
                                // Full: whatever follows is not read.
                                body.extend_from_slice(&chunk[..room]);
                                truncated = true;
                                break;
                            }
                            body.extend_from_slice(&chunk);
                        }
                        Ok(None) => break,
                        Err(e) => {
                            return failed(
                                format!("HTTP {status}, the page broke off: {}", describe(&e)),
                                redirects,
                            );
                        }
                    }
                }
            }
            drop(resp);
            return Fetched::Answer(Answer {
                status,
                content_type,
                charset,
                body,
                truncated,
                final_url: current.to_string(),
                redirects: std::mem::take(redirects),
            });
        }
    }
}

pub fn human(d: Duration) -> String {
    if d.subsec_millis() == 0 {
        format!("{}s", d.as_secs())
    } else {
        format!("{:.1}s", d.as_secs_f64())
    }
}
