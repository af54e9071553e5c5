//! Who may read the staff pages: anyone on loopback when nothing is
//! configured; otherwise a `[server] users` name with its password (HTTP
//! Basic, argon2 hash in the configuration) or the bearer token read from
//! the variable `[server] token_env` names. Behind a TLS reverse proxy the
//! credentials travel encrypted; on plain HTTP off loopback they would not,
//! which is why the README asks for the proxy.

use std::collections::{BTreeMap, HashSet};
use std::sync::{Arc, Mutex};

use argon2::{Argon2, PasswordHash, PasswordVerifier};
use axum::extract::{Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use base64::Engine;
use sha2::{Digest, Sha256};

use super::WebState;

/// Remembered good credentials (their SHA-256), so that argon2's deliberate
/// cost is paid once per user and not on every page.
const REMEMBERED: usize = 256;

#[derive(Default)]
pub struct Auth {
    users: BTreeMap<String, String>,
    token: Option<String>,
    /// The daemon off loopback without credentials configured: the staff
    /// pages are refused with this message (health and metrics stay open).
    refuse: Option<String>,
    verified: Mutex<HashSet<[u8; 32]>>,
}

impl Auth {
    /// No authentication (loopback only).
    pub fn open() -> Auth {
        Auth::default()
    }

    /// From `[server] users` and the token in `$token_env` (already read).
    pub fn new(users: BTreeMap<String, String>, token: Option<String>) -> Auth {
        Auth {
            users,
            token: token.filter(|t| !t.is_empty()),
            ..Auth::default()
        }
    }

    /// Every staff page answers 403 with `why`.
    pub fn refusing(why: String) -> Auth {
        Auth {
            refuse: Some(why),
            ..Auth::default()
        }
    }

    /// What `[server]` configures: its users, and the token read from the
    /// variable `token_env` names (named but unset is an error).
    pub fn configured_by(settings: &crate::config::Settings) -> Result<Auth, String> {
        let Some(server) = &settings.server else {
            return Ok(Auth::open());
        };
        let token = match &server.token_env {
            None => None,
            Some(var) => match std::env::var(var) {
                Ok(t) if !t.trim().is_empty() => Some(t.trim().to_string()),
                _ => {
                    return Err(format!(
                        "[server] token_env = \"{var}\", but ${var} is not set or empty; export the bearer token in it"
                    ));
                }
            },
        };
        Ok(Auth::new(server.users.clone(), token))
    }

    pub fn configured(&self) -> bool {
        !self.users.is_empty() || self.token.is_some()
    }

    /// Whether the `Authorization` header value is good.
    fn check(&self, value: &str) -> bool {
        let digest: [u8; 32] = Sha256::digest(value.as_bytes()).into();
        if self
            .verified
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .contains(&digest)
        {
            return true;
        }
        let ok = match value.split_once(' ') {
            Some((scheme, rest)) if scheme.eq_ignore_ascii_case("bearer") => self
                .token
                .as_deref()
                .is_some_and(|t| same(t.as_bytes(), rest.trim().as_bytes())),
            Some((scheme, rest)) if scheme.eq_ignore_ascii_case("basic") => {
                let decoded = base64::engine::general_purpose::STANDARD
                    .decode(rest.trim())
                    .ok()
                    .and_then(|b| String::from_utf8(b).ok());
                match decoded.as_deref().and_then(|d| d.split_once(':')) {
                    Some((user, password)) => self.users.get(user).is_some_and(|hash| {
                        PasswordHash::new(hash).is_ok_and(|h| {
                            Argon2::default()
                                .verify_password(password.as_bytes(), &h)
                                .is_ok()
                        })
                    }),
                    None => false,
                }
            }
            _ => false,
        };
        if ok {
            let mut v = self.verified.lock().unwrap_or_else(|p| p.into_inner());
            if v.len() >= REMEMBERED {
                v.clear();
            }
            v.insert(digest);
        }
        ok
    }
}

/// Compares two secrets in time that depends only on their lengths.
fn same(a: &[u8], b: &[u8]) -> bool {
    let (da, db) = (Sha256::digest(a), Sha256::digest(b));
    da.iter()
        .zip(db.iter())
        .fold(0u8, |acc, (x, y)| acc | (x ^ y))
        == 0
}

/// The middleware in front of every staff route.
pub async fn require(State(st): State<Arc<WebState>>, req: Request, next: Next) -> Response {
    if let Some(why) = &st.auth.refuse {
        return (StatusCode::FORBIDDEN, format!("{why}\n")).into_response();
    }
    if !st.auth.configured() {
        return next.run(req).await;
    }
    let good = req
        .headers()
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| st.auth.check(v));
    if good {
        return next.run(req).await;
    }
    let mut r = (
        StatusCode::UNAUTHORIZED,
        "authentication required: a [server] users name and password, or the bearer token\n",
    )
        .into_response();
    r.headers_mut().insert(
        header::WWW_AUTHENTICATE,
        HeaderValue::from_static("Basic realm=\"takedown staff\", charset=\"UTF-8\""),
    );
    r
}

/// An argon2id PHC string for `password` (for `takedown serve --hash-password`).
pub fn hash_password(password: &str) -> Result<String, String> {
    use argon2::password_hash::{PasswordHasher, SaltString};
    let mut salt = [0u8; 16];
    rand::RngCore::fill_bytes(&mut rand::thread_rng(), &mut salt);
    let salt = SaltString::encode_b64(&salt).map_err(|e| e.to_string())?;
    Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn basic_and_bearer() {
        let hash = hash_password("s3cret").unwrap();
        let mut users = BTreeMap::new();
        users.insert("kim".to_string(), hash);
        let auth = Auth::new(users, Some("tok-123".into()));
        let basic = |u: &str, p: &str| {
            format!(
                "Basic {}",
                base64::engine::general_purpose::STANDARD.encode(format!("{u}:{p}"))
            )
        };
        assert!(auth.check(&basic("kim", "s3cret")));
        // Remembered, and still right.
        assert!(auth.check(&basic("kim", "s3cret")));
        assert!(!auth.check(&basic("kim", "wrong")));
        assert!(!auth.check(&basic("lee", "s3cret")));
        assert!(auth.check("Bearer tok-123"));
        assert!(!auth.check("Bearer tok-1234"));
        assert!(!auth.check("Bearer "));
        assert!(!auth.check("Digest x"));
        assert!(!Auth::new(BTreeMap::new(), Some(String::new())).configured());
    }
}
