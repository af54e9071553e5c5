//! The IMAP source: one authenticated connection to one server. It moves
//! bytes only — connect, log in, list, fetch by UID, move, wait — and never
//! interprets an email or touches the ledger; `daemon` decides what happens.
//!
//! Every network step has a time limit (`[mailbox] timeout`): a server that
//! stops answering is an error like any other, never a hang.

use std::collections::HashSet;
use std::fmt;
use std::future::Future;
use std::time::Duration;

use async_imap::imap_proto::{Response, Status};
use async_imap::types::{Fetch, UnsolicitedResponse};
use futures::{Stream, StreamExt};
use tokio::io::{AsyncRead, AsyncWrite};
use tokio::net::TcpStream;
use tokio::time::{Instant, timeout};

use crate::config::{AuthKind, Credential, ImapSettings, Tls};

mod folders;
mod tls;

pub use folders::{Namespace, parse_namespace, server_folder_name, utf7_imap_encode};
use tls::tls_handshake;
pub use tls::{PeerCertificate, describe_certificate, fingerprint, parse_fingerprint};

/// Whatever carries the IMAP bytes: plain TCP or TLS over TCP.
pub trait Io: AsyncRead + AsyncWrite + Unpin + Send + fmt::Debug {}
impl<T: AsyncRead + AsyncWrite + Unpin + Send + fmt::Debug> Io for T {}

type Session = async_imap::Session<Box<dyn Io>>;

/// The UIDs of one UID command are split into sets of at most this many
/// ranges, so that no command line comes near a server's line limit
/// (Dovecot: 64 KiB).
const MAX_RANGES_PER_COMMAND: usize = 500;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    /// TCP connect, read or write failed; the connection was cut.
    Network,
    /// The TLS handshake failed, typically an untrusted certificate.
    Tls,
    /// The server rejected the login: retrying soon will not help.
    AuthRejected,
    /// The password or token could not be obtained (env var, file, command).
    Credential,
    /// The server answered NO/BAD or something unexpected.
    Server,
    /// A step did not finish within the configured timeout.
    Timeout,
}

#[derive(Debug, Clone)]
pub struct ImapError {
    pub kind: ErrorKind,
    pub message: String,
}

impl fmt::Display for ImapError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for ImapError {}

impl ImapError {
    fn new(kind: ErrorKind, message: impl Into<String>) -> ImapError {
        ImapError {
            kind,
            message: message.into(),
        }
    }

    /// Errors that the same credentials will keep producing: they are
    /// reported once and retried slowly.
    pub fn is_auth(&self) -> bool {
        matches!(self.kind, ErrorKind::AuthRejected | ErrorKind::Credential)
    }

    fn from_imap(what: &str, e: async_imap::error::Error) -> ImapError {
        use async_imap::error::Error as E;
        match e {
            E::Io(io) => ImapError::new(ErrorKind::Network, format!("{what}: {io}")),
            E::ConnectionLost => ImapError::new(
                ErrorKind::Network,
                format!("{what}: connection closed by the server"),
            ),
            E::No(t) => ImapError::new(
                ErrorKind::Server,
                format!("{what}: server said NO: {}", server_text(&t)),
            ),
            E::Bad(t) => ImapError::new(
                ErrorKind::Server,
                format!("{what}: server said BAD: {}", server_text(&t)),
            ),
            other => ImapError::new(ErrorKind::Server, format!("{what}: {other}")),
        }
    }
}

/// async-imap renders a NO/BAD as `code: Some(..), info: Some("text")`;
/// keep what the server actually said.
fn server_text(t: &str) -> String {
    let info = t
        .find("info: Some(\"")
        .map(|i| &t[i + "info: Some(\"".len()..])
        .map(|rest| {
            rest.strip_suffix("\")")
                .unwrap_or(rest)
                .replace("\\\"", "\"")
        });
    let code = t
        .strip_prefix("code: Some(")
        .and_then(|rest| rest.split_once("), info:").map(|(c, _)| c.to_string()));
    match (code, info) {
        (Some(c), Some(i)) => format!("[{c}] {i}"),
        (None, Some(i)) => i,
        _ => t.to_string(),
    }
}

/// Runs one network step under the time limit.
async fn timed<T, F>(limit: Duration, what: &str, fut: F) -> Result<T, ImapError>
where
    F: Future<Output = Result<T, async_imap::error::Error>>,
{
    match timeout(limit, fut).await {
        Ok(r) => r.map_err(|e| ImapError::from_imap(what, e)),
        Err(_) => Err(ImapError::new(
            ErrorKind::Timeout,
            format!("{what}: no answer within {}s", limit.as_secs_f32()),
        )),
    }
}

/// Reads every item of a response stream, each under the time limit (a
/// large FETCH may take long in total, but must never stall).
async fn collect<T, S>(limit: Duration, what: &str, stream: S) -> Result<Vec<T>, ImapError>
where
    S: Stream<Item = async_imap::error::Result<T>>,
{
    let mut stream = std::pin::pin!(stream);
    let mut out = Vec::new();
    loop {
        match timeout(limit, stream.next()).await {
            Err(_) => {
                return Err(ImapError::new(
                    ErrorKind::Timeout,
                    format!("{what}: no data within {}s", limit.as_secs_f32()),
                ));
            }
            Ok(None) => return Ok(out),
            Ok(Some(Err(e))) => return Err(ImapError::from_imap(what, e)),
            Ok(Some(Ok(v))) => out.push(v),
        }
    }
}

// ---------------------------------------------------------------------------
// Credentials.

/// Fetches the password or token where the configuration says it is. The
/// secret is never logged; error messages name only where it was looked for.
pub async fn fetch_secret(c: &Credential, limit: Duration) -> Result<String, ImapError> {
    let cred = |m: String| ImapError::new(ErrorKind::Credential, m);
    match c.fetch(limit).await.map_err(cred)? {
        None => Err(cred(
            "no password_env, password_file or password_command configured".into(),
        )),
        Some(s) if s.is_empty() => Err(cred("the configured password/token is empty".into())),
        Some(s) => Ok(s),
    }
}

/// SASL XOAUTH2 (Gmail, Microsoft 365): one initial response carrying the
/// user and the bearer token.
struct XOAuth2 {
    response: String,
    sent: bool,
}

impl async_imap::Authenticator for XOAuth2 {
    type Response = String;
    fn process(&mut self, _challenge: &[u8]) -> String {
        if self.sent {
            // A second challenge carries the server's error details (JSON);
            // RFC 7628 asks for an empty answer, after which the server says NO.
            String::new()
        } else {
            self.sent = true;
            self.response.clone()
        }
    }
}

pub fn xoauth2_response(user: &str, token: &str) -> String {
    format!("user={user}\x01auth=Bearer {token}\x01\x01")
}

// ---------------------------------------------------------------------------
// The connection.

#[derive(Debug, Clone, Default)]
pub struct Capabilities {
    pub idle: bool,
    pub moves: bool,
    pub uidplus: bool,
    pub namespace: bool,
    pub acl: bool,
}

/// How the login was done, for `check` and error messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mechanism {
    Login,
    Plain,
    XOAuth2,
}

impl Mechanism {
    pub fn label(self) -> &'static str {
        match self {
            Mechanism::Login => "LOGIN",
            Mechanism::Plain => "AUTHENTICATE PLAIN",
            Mechanism::XOAuth2 => "AUTHENTICATE XOAUTH2",
        }
    }
}

/// Which mechanism to log in with, from the capabilities announced before
/// login. LOGINDISABLED (RFC 3501 §6.2.3) forbids LOGIN; where the server
/// still offers AUTH=PLAIN (it may over TLS), that is used instead.
pub fn choose_mechanism(
    auth: &AuthKind,
    pre_login: &[String],
    secured: bool,
    addr: &str,
) -> Result<Mechanism, ImapError> {
    let has = |c: &str| pre_login.iter().any(|x| x.eq_ignore_ascii_case(c));
    match auth {
        AuthKind::XOAuth2 => Ok(Mechanism::XOAuth2),
        AuthKind::Password if !has("LOGINDISABLED") => Ok(Mechanism::Login),
        AuthKind::Password if has("AUTH=PLAIN") => Ok(Mechanism::Plain),
        AuthKind::Password if !secured => Err(ImapError::new(
            ErrorKind::AuthRejected,
            format!(
                "login to {addr}: the server requires TLS before login (it announces LOGINDISABLED on this unencrypted connection); set tls = \"starttls\" (port 143) or tls = \"implicit\" (port 993) for this mailbox"
            ),
        )),
        AuthKind::Password => Err(ImapError::new(
            ErrorKind::AuthRejected,
            format!(
                "login to {addr}: the server disables LOGIN and offers no AUTH=PLAIN (it offers: {}); takedown logs in with LOGIN, AUTHENTICATE PLAIN or XOAUTH2 (auth = \"xoauth2\")",
                pre_login
                    .iter()
                    .filter(|c| c.to_ascii_uppercase().starts_with("AUTH="))
                    .cloned()
                    .collect::<Vec<_>>()
                    .join(" ")
            ),
        )),
    }
}

/// SASL PLAIN (RFC 4616): authorization identity empty.
struct Plain {
    response: String,
}

impl async_imap::Authenticator for Plain {
    type Response = String;
    fn process(&mut self, _challenge: &[u8]) -> String {
        std::mem::take(&mut self.response)
    }
}

/// What SELECT told us about the folder.
#[derive(Debug, Clone, Copy)]
pub struct Selected {
    pub uidvalidity: u32,
    pub exists: u32,
}

/// Why an IDLE (or a wait without IDLE) ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Wake {
    /// The server reported a change in the folder.
    News,
    /// The deadline passed.
    Timer,
    /// Shutdown was requested.
    Shutdown,
}

pub struct ImapConn {
    /// `None` only while an IDLE holds the session, or after it was lost.
    session: Option<Session>,
    pub capabilities: Capabilities,
    /// The server's hierarchy delimiter (NAMESPACE, else `LIST "" ""`); `None`: flat names.
    pub delimiter: Option<char>,
    /// The personal namespace; folder names in the configuration are relative to it.
    pub namespace: Namespace,
    /// The certificate the server presented (TLS only).
    pub certificate: Option<PeerCertificate>,
    pub mechanism: Mechanism,
    limit: Duration,
    tag: u32,
}

/// How a connection is secured, for log lines and `check`.
pub fn tls_label(t: &Tls) -> &'static str {
    match t {
        Tls::Implicit => "TLS",
        Tls::StartTls => "STARTTLS",
        Tls::None => "no TLS",
    }
}

/// True when `tls = "none"` is configured for a host that is not loopback:
/// the password and every email would cross the network in the clear.
pub fn plaintext_over_network(s: &ImapSettings) -> bool {
    s.tls == Tls::None && !crate::config::is_loopback(&s.host)
}

async fn read_greeting(
    client: &mut async_imap::Client<impl Io>,
    s: &ImapSettings,
) -> Result<(), ImapError> {
    let what = format!("greeting from {}:{}", s.host, s.port);
    let resp = match timeout(s.timeout, client.read_response()).await {
        Err(_) => {
            return Err(ImapError::new(
                ErrorKind::Timeout,
                format!("{what}: none within {}s", s.timeout.as_secs()),
            ));
        }
        Ok(None) => {
            return Err(ImapError::new(
                ErrorKind::Network,
                format!("{what}: connection closed before the greeting"),
            ));
        }
        Ok(Some(Err(e))) => return Err(ImapError::new(ErrorKind::Network, format!("{what}: {e}"))),
        Ok(Some(Ok(r))) => r,
    };
    match resp.parsed() {
        Response::Data {
            status: Status::Ok, ..
        } => Ok(()),
        Response::Data {
            status: Status::PreAuth,
            ..
        } => Ok(()),
        Response::Data {
            status,
            information,
            ..
        } => Err(ImapError::new(
            ErrorKind::Server,
            format!(
                "{what}: server refused the session ({status:?}: {})",
                information.as_deref().unwrap_or("")
            ),
        )),
        other => Err(ImapError::new(
            ErrorKind::Server,
            format!("{what}: unexpected {other:?}"),
        )),
    }
}

impl ImapConn {
    /// Connects, secures the connection as configured, logs in, and learns
    /// the capabilities and the hierarchy delimiter.
    pub async fn connect(s: &ImapSettings) -> Result<ImapConn, ImapError> {
        let addr = format!("{}:{}", s.host, s.port);
        // First, so that a missing credential is reported without touching the network.
        let secret = fetch_secret(&s.credential, s.timeout).await?;
        let tcp = match timeout(s.timeout, TcpStream::connect((s.host.as_str(), s.port))).await {
            Err(_) => {
                return Err(ImapError::new(
                    ErrorKind::Timeout,
                    format!(
                        "connect to {addr}: no answer within {}s",
                        s.timeout.as_secs()
                    ),
                ));
            }
            Ok(Err(e)) => {
                return Err(ImapError::new(
                    ErrorKind::Network,
                    format!("connect to {addr}: {e}"),
                ));
            }
            Ok(Ok(t)) => t,
        };
        let _ = tcp.set_nodelay(true);
        let mut certificate = None;
        let stream: Box<dyn Io> = match s.tls {
            Tls::None => Box::new(tcp),
            Tls::Implicit => {
                let (stream, cert) = tls_handshake(s, tcp).await?;
                certificate = cert;
                stream
            }
            Tls::StartTls => {
                let mut plain = async_imap::Client::new(tcp);
                read_greeting(&mut plain, s).await?;
                timed(
                    s.timeout,
                    &format!("STARTTLS with {addr}"),
                    plain.run_command_and_check_ok("STARTTLS", None),
                )
                .await
                .map_err(|e| {
                    ImapError::new(
                        ErrorKind::Tls,
                        format!("{e} (tls = \"starttls\" never falls back to plaintext)"),
                    )
                })?;
                // Anything the server sent before the handshake is dropped with
                // the plaintext client (no STARTTLS response injection).
                let (stream, cert) = tls_handshake(s, plain.into_inner()).await?;
                certificate = cert;
                stream
            }
        };
        let mut client = async_imap::Client::new(stream);
        if s.tls != Tls::StartTls {
            read_greeting(&mut client, s).await?;
        }
        // Capabilities before login decide the mechanism (LOGINDISABLED).
        let (client, pre_login) = pre_login_capabilities(client, s.timeout, &addr).await?;
        let mechanism = choose_mechanism(&s.auth, &pre_login, s.tls != Tls::None, &addr)?;
        let login = async {
            match mechanism {
                Mechanism::Login => client.login(&s.username, &secret).await,
                Mechanism::Plain => {
                    let auth = Plain {
                        response: format!("\0{}\0{secret}", s.username),
                    };
                    client.authenticate("PLAIN", auth).await
                }
                Mechanism::XOAuth2 => {
                    let auth = XOAuth2 {
                        response: xoauth2_response(&s.username, &secret),
                        sent: false,
                    };
                    client.authenticate("XOAUTH2", auth).await
                }
            }
        };
        let session = match timeout(s.timeout, login).await {
            Err(_) => {
                return Err(ImapError::new(
                    ErrorKind::Timeout,
                    format!(
                        "login to {addr} ({}): no answer within {}s",
                        mechanism.label(),
                        s.timeout.as_secs()
                    ),
                ));
            }
            Ok(Ok(session)) => session,
            Ok(Err((e, _client))) => return Err(login_error(&addr, &s.username, mechanism, e)),
        };
        let mut conn = ImapConn {
            session: Some(session),
            capabilities: Capabilities::default(),
            delimiter: None,
            namespace: Namespace::default(),
            certificate,
            mechanism,
            limit: s.timeout,
            tag: 0,
        };
        let limit = conn.limit;
        let session = conn.session()?;
        let caps = timed(limit, "CAPABILITY", session.capabilities()).await?;
        conn.capabilities = Capabilities {
            idle: caps.has_str("IDLE"),
            moves: caps.has_str("MOVE"),
            uidplus: caps.has_str("UIDPLUS"),
            namespace: caps.has_str("NAMESPACE"),
            acl: caps.has_str("ACL"),
        };
        let session = conn.session()?;
        let names = collect(
            limit,
            "LIST \"\" \"\"",
            timed(
                limit,
                "LIST \"\" \"\"",
                session.list(Some(""), Some("\"\"")),
            )
            .await?,
        )
        .await?;
        conn.delimiter = names
            .iter()
            .find_map(|n| n.delimiter())
            .and_then(|d| d.chars().next());
        if conn.capabilities.namespace {
            // A server that announces NAMESPACE but refuses it is not fatal:
            // names are then used without a prefix, as before NAMESPACE existed.
            let lines = match conn.raw_command("NAMESPACE").await {
                Ok(lines) => lines,
                Err(e) if e.kind == ErrorKind::Server => Vec::new(),
                Err(e) => return Err(e),
            };
            let found = lines.iter().find_map(|l| {
                let rest = l.strip_prefix("* ")?;
                (rest.len() >= 9 && rest[..9].eq_ignore_ascii_case("NAMESPACE"))
                    .then(|| parse_namespace(&rest[9..]))
                    .flatten()
            });
            match found {
                Some(ns) => conn.namespace = ns,
                None => tracing::warn!(
                    "{addr}: could not read the server's NAMESPACE answer; folder names are used without a prefix"
                ),
            }
        }
        if conn.namespace.delimiter.is_none() {
            conn.namespace.delimiter = conn.delimiter;
        } else {
            conn.delimiter = conn.namespace.delimiter;
        }
        Ok(conn)
    }

    /// A command async-imap cannot parse the answer of (NAMESPACE, MYRIGHTS),
    /// written and read directly on the connection: returns every line up
    /// to the tagged completion, or the server's NO/BAD as an error. Only
    /// between commands (nothing left unread).
    pub async fn raw_command(&mut self, command: &str) -> Result<Vec<String>, ImapError> {
        self.tag += 1;
        let tag = format!("TDRAW{}", self.tag);
        let limit = self.limit;
        let session = self.session()?;
        raw_exchange(session.as_mut(), &tag, command, limit).await
    }

    /// The rights this user has on a folder (RFC 4314 MYRIGHTS), or `None`
    /// when the server has no ACL extension.
    pub async fn my_rights(&mut self, name: &str) -> Result<Option<String>, ImapError> {
        if !self.capabilities.acl {
            return Ok(None);
        }
        let lines = self
            .raw_command(&format!("MYRIGHTS {}", quote(name)))
            .await?;
        Ok(lines.iter().find_map(|l| {
            let rest = l.strip_prefix("* ")?;
            if rest.len() < 9 || !rest[..9].eq_ignore_ascii_case("MYRIGHTS ") {
                return None;
            }
            rest.rsplit(' ')
                .next()
                .map(|r| r.trim_matches('"').to_string())
        }))
    }

    fn session(&mut self) -> Result<&mut Session, ImapError> {
        self.session
            .as_mut()
            .ok_or_else(|| ImapError::new(ErrorKind::Network, "the IMAP session was lost"))
    }

    /// The server's name for a folder of the configuration (see
    /// `server_folder_name`: namespace prefix, delimiter, modified UTF-7).
    pub fn server_name(&self, configured: &str) -> Result<String, ImapError> {
        server_folder_name(configured, &self.namespace)
    }

    /// Whether a folder exists (by its server name).
    pub async fn folder_exists(&mut self, name: &str) -> Result<bool, ImapError> {
        let limit = self.limit;
        let pattern = quote(name);
        let session = self.session()?;
        let what = format!("LIST {name}");
        let names = collect(
            limit,
            &what,
            timed(limit, &what, session.list(Some(""), Some(&pattern))).await?,
        )
        .await?;
        Ok(names.iter().any(|n| n.name() == name))
    }

    /// Creates a folder and its parents when absent. Returns true when it
    /// had to create the folder.
    pub async fn ensure_folder(&mut self, name: &str) -> Result<bool, ImapError> {
        if self.folder_exists(name).await? {
            return Ok(false);
        }
        let mut parents = Vec::new();
        if let Some(d) = self.delimiter {
            let parts: Vec<&str> = name.split(d).collect();
            for i in 1..parts.len() {
                parents.push(parts[..i].join(&d.to_string()));
            }
        }
        for p in parents
            .iter()
            .map(String::as_str)
            .chain(std::iter::once(name))
        {
            if p.is_empty() || self.folder_exists(p).await? {
                continue;
            }
            let limit = self.limit;
            let session = self.session()?;
            match timed(limit, &format!("CREATE {p}"), session.create(p)).await {
                Ok(()) => {}
                // Another client (or another takedown) created it meanwhile.
                Err(e)
                    if e.message.to_ascii_uppercase().contains("ALREADYEXISTS")
                        || e.message.contains("already exists") => {}
                Err(e) => return Err(e),
            }
            // So that mail clients show the folder; failing this changes nothing.
            let session = self.session()?;
            let _ = timed(limit, &format!("SUBSCRIBE {p}"), session.subscribe(p)).await;
        }
        Ok(true)
    }

    pub async fn select(&mut self, name: &str) -> Result<Selected, ImapError> {
        let limit = self.limit;
        let session = self.session()?;
        let mb = timed(limit, &format!("SELECT {name}"), session.select(name)).await?;
        let uidvalidity = mb.uid_validity.ok_or_else(|| {
            ImapError::new(
                ErrorKind::Server,
                format!("SELECT {name}: the server gave no UIDVALIDITY"),
            )
        })?;
        Ok(Selected {
            uidvalidity,
            exists: mb.exists,
        })
    }

    /// Opens a folder read-only (`takedown check`); returns its email count.
    pub async fn examine(&mut self, name: &str) -> Result<u32, ImapError> {
        let limit = self.limit;
        let session = self.session()?;
        Ok(
            timed(limit, &format!("EXAMINE {name}"), session.examine(name))
                .await?
                .exists,
        )
    }

    /// UID and size of every email in the selected folder, in UID order.
    pub async fn list_sizes(&mut self) -> Result<Vec<(u32, u64)>, ImapError> {
        let limit = self.limit;
        let session = self.session()?;
        let what = "UID FETCH 1:* (UID RFC822.SIZE)";
        let fetches = collect(
            limit,
            what,
            timed(limit, what, session.uid_fetch("1:*", "(UID RFC822.SIZE)")).await?,
        )
        .await?;
        let mut out: Vec<(u32, u64)> = fetches
            .iter()
            .filter_map(|f| Some((f.uid?, u64::from(f.size?))))
            .collect();
        out.sort_unstable();
        out.dedup_by_key(|(uid, _)| *uid);
        Ok(out)
    }

    /// Downloads the given emails (whole, or the header only) without
    /// setting \Seen. Emails that vanished meanwhile are simply absent.
    pub async fn fetch(
        &mut self,
        uids: &[u32],
        header_only: bool,
    ) -> Result<Vec<(u32, Vec<u8>)>, ImapError> {
        let wanted: HashSet<u32> = uids.iter().copied().collect();
        let query = if header_only {
            "(UID BODY.PEEK[HEADER])"
        } else {
            "(UID BODY.PEEK[])"
        };
        let limit = self.limit;
        let mut out = Vec::with_capacity(uids.len());
        for set in uid_sets(uids) {
            let session = self.session()?;
            let what = format!("UID FETCH {query}");
            let fetches: Vec<Fetch> = collect(
                limit,
                &what,
                timed(limit, &what, session.uid_fetch(&set, query)).await?,
            )
            .await?;
            for f in fetches {
                // Unsolicited FETCH responses (flag changes) carry no body.
                let Some(uid) = f.uid.filter(|u| wanted.contains(u)) else {
                    continue;
                };
                let bytes = if header_only { f.header() } else { f.body() };
                if let Some(b) = bytes {
                    out.push((uid, b.to_vec()));
                }
            }
        }
        out.sort_by_key(|(uid, _)| *uid);
        out.dedup_by_key(|(uid, _)| *uid);
        Ok(out)
    }

    /// Moves emails of the selected folder to `dest`: MOVE when the server
    /// has it, otherwise COPY + \Deleted + (UID) EXPUNGE.
    pub async fn move_uids(&mut self, uids: &[u32], dest: &str) -> Result<(), ImapError> {
        let limit = self.limit;
        let moves = self.capabilities.moves;
        let uidplus = self.capabilities.uidplus;
        for set in uid_sets(uids) {
            let session = self.session()?;
            if moves {
                timed(
                    limit,
                    &format!("UID MOVE to {dest}"),
                    session.uid_mv(&set, dest),
                )
                .await?;
                continue;
            }
            timed(
                limit,
                &format!("UID COPY to {dest}"),
                session.uid_copy(&set, quote(dest)),
            )
            .await?;
            let stored = timed(
                limit,
                "UID STORE +FLAGS (\\Deleted)",
                session.uid_store(&set, "+FLAGS.SILENT (\\Deleted)"),
            )
            .await?;
            collect(limit, "UID STORE", stored).await?;
            let session = self.session()?;
            if uidplus {
                let gone = timed(limit, "UID EXPUNGE", session.uid_expunge(&set)).await?;
                collect(limit, "UID EXPUNGE", gone).await?;
            } else {
                // Without UIDPLUS only a plain EXPUNGE exists; it also removes
                // emails another client marked \Deleted in this folder.
                let gone = timed(limit, "EXPUNGE", session.expunge()).await?;
                collect(limit, "EXPUNGE", gone).await?;
            }
        }
        Ok(())
    }

    /// True when the server reported new emails (EXISTS/RECENT) since the
    /// last call; empties the queue of unsolicited responses.
    fn drain_news(&mut self) -> bool {
        let mut news = false;
        if let Some(s) = self.session.as_mut() {
            while let Ok(r) = s.unsolicited_responses.try_recv() {
                news |= matches!(
                    r,
                    UnsolicitedResponse::Exists(_) | UnsolicitedResponse::Recent(_)
                );
            }
        }
        news
    }

    pub async fn noop(&mut self) -> Result<bool, ImapError> {
        let limit = self.limit;
        let session = self.session()?;
        timed(limit, "NOOP", session.noop()).await?;
        Ok(self.drain_news())
    }

    /// IDLE until the server reports a change, `deadline` passes, or
    /// `shutdown` completes; then DONE. The caller keeps deadlines short
    /// (minutes) so that a silently dropped connection is noticed.
    pub async fn idle(
        &mut self,
        deadline: Instant,
        shutdown: impl Future<Output = ()>,
    ) -> Result<Wake, ImapError> {
        self.drain_news();
        let limit = self.limit;
        let session = self
            .session
            .take()
            .ok_or_else(|| ImapError::new(ErrorKind::Network, "the IMAP session was lost"))?;
        let mut handle = session.idle();
        timed(limit, "IDLE", handle.init()).await?;
        let wake = {
            let (wait, _stop) = handle.wait();
            tokio::pin!(wait);
            tokio::select! {
                r = &mut wait => match r {
                    Ok(async_imap::extensions::idle::IdleResponse::NewData(_)) => Wake::News,
                    Ok(async_imap::extensions::idle::IdleResponse::Timeout) => Wake::Timer,
                    // We never interrupt it ourselves: the stream ended, the server hung up.
                    Ok(async_imap::extensions::idle::IdleResponse::ManualInterrupt) => {
                        return Err(ImapError::new(ErrorKind::Network, "IDLE: connection closed by the server"));
                    }
                    Err(e) => return Err(ImapError::from_imap("IDLE", e)),
                },
                _ = tokio::time::sleep_until(deadline) => Wake::Timer,
                _ = shutdown => Wake::Shutdown,
            }
        };
        let session = timed(limit, "IDLE DONE", handle.done()).await?;
        self.session = Some(session);
        // EXISTS sent while IDLE began (before "+ idling") lands in the queue.
        let early = self.drain_news();
        Ok(if wake == Wake::Timer && early {
            Wake::News
        } else {
            wake
        })
    }

    /// Appends an email to a folder (`takedown check`'s probe).
    pub async fn append(&mut self, folder: &str, raw: &[u8]) -> Result<(), ImapError> {
        let limit = self.limit;
        let session = self.session()?;
        timed(
            limit,
            &format!("APPEND to {folder}"),
            session.append(folder, None, None, raw),
        )
        .await
    }

    /// Leaves the selected folder without expunging (CLOSE would expunge).
    pub async fn unselect(&mut self) -> Result<(), ImapError> {
        let limit = self.limit;
        let session = self.session()?;
        // UNSELECT (RFC 3691) where offered; otherwise EXAMINE INBOX, which
        // deselects the current folder just as well.
        match timed(
            limit,
            "UNSELECT",
            session.run_command_and_check_ok("UNSELECT"),
        )
        .await
        {
            Ok(()) => Ok(()),
            Err(_) => self.examine("INBOX").await.map(|_| ()),
        }
    }

    pub async fn delete_folder(&mut self, name: &str) -> Result<(), ImapError> {
        let limit = self.limit;
        let session = self.session()?;
        timed(limit, &format!("DELETE {name}"), session.delete(name)).await
    }

    pub async fn logout(&mut self) -> Result<(), ImapError> {
        let limit = self.limit;
        let session = self.session()?;
        timed(limit, "LOGOUT", session.logout()).await
    }
}

fn login_error(addr: &str, user: &str, m: Mechanism, e: async_imap::error::Error) -> ImapError {
    use async_imap::error::Error as E;
    let how = m.label();
    match e {
        E::No(t) => {
            let text = server_text(&t);
            // [UNAVAILABLE]: the server's own trouble (RFC 5530), worth retrying.
            if text.to_ascii_uppercase().contains("UNAVAILABLE") {
                ImapError::new(
                    ErrorKind::Server,
                    format!("login to {addr} as {user} ({how}): temporarily refused: {text}"),
                )
            } else {
                ImapError::new(
                    ErrorKind::AuthRejected,
                    format!("login to {addr} as {user} ({how}) rejected: {text}"),
                )
            }
        }
        E::Bad(t) => ImapError::new(
            ErrorKind::AuthRejected,
            format!(
                "login to {addr} as {user} ({how}) refused: {}",
                server_text(&t)
            ),
        ),
        other => ImapError::from_imap(&format!("login to {addr} ({how})"), other),
    }
}

/// Writes one command and reads every line up to its tagged completion,
/// directly on the connection (async-imap cannot parse some answers, e.g.
/// NAMESPACE, and cannot send a command before login). Returns the untagged
/// lines, or the server's NO/BAD as an error. Only between commands: nothing
/// may be left unread, and nothing is read past the tagged line.
async fn raw_exchange(
    io: &mut Box<dyn Io>,
    tag: &str,
    command: &str,
    limit: Duration,
) -> Result<Vec<String>, ImapError> {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let what = command.split(' ').next().unwrap_or(command).to_string();
    let net = |e: std::io::Error| ImapError::new(ErrorKind::Network, format!("{what}: {e}"));
    let run = async {
        io.write_all(format!("{tag} {command}\r\n").as_bytes())
            .await
            .map_err(net)?;
        io.flush().await.map_err(net)?;
        let mut lines = Vec::new();
        let mut line = Vec::new();
        let mut byte = [0u8; 1];
        loop {
            // One byte at a time: a few short lines, and nothing read past ours.
            if io.read(&mut byte).await.map_err(net)? == 0 {
                return Err(ImapError::new(
                    ErrorKind::Network,
                    format!("{what}: connection closed by the server"),
                ));
            }
            if byte[0] != b'\n' {
                if line.len() < 64 * 1024 {
                    line.push(byte[0]);
                }
                continue;
            }
            let text = String::from_utf8_lossy(&line).trim_end().to_string();
            line.clear();
            if let Some(status) = text.strip_prefix(&format!("{tag} ")) {
                if status.to_ascii_uppercase().starts_with("OK") {
                    return Ok(lines);
                }
                return Err(ImapError::new(
                    ErrorKind::Server,
                    format!("{what}: server said {status}"),
                ));
            }
            lines.push(text);
        }
    };
    match timeout(limit, run).await {
        Ok(r) => r,
        Err(_) => Err(ImapError::new(
            ErrorKind::Timeout,
            format!("{what}: no answer within {}s", limit.as_secs_f32()),
        )),
    }
}

/// CAPABILITY before login, for LOGINDISABLED and the AUTH= mechanisms.
async fn pre_login_capabilities(
    client: async_imap::Client<Box<dyn Io>>,
    limit: Duration,
    addr: &str,
) -> Result<(async_imap::Client<Box<dyn Io>>, Vec<String>), ImapError> {
    let mut io = client.into_inner();
    let lines = raw_exchange(&mut io, "TDCAP", "CAPABILITY", limit)
        .await
        .map_err(|e| ImapError::new(e.kind, format!("{e} (before login at {addr})")))?;
    let caps = lines
        .iter()
        .filter_map(|l| {
            let rest = l.strip_prefix("* ")?;
            (rest.len() >= 11 && rest[..11].eq_ignore_ascii_case("CAPABILITY "))
                .then(|| rest[11..].to_string())
        })
        .flat_map(|r| r.split_whitespace().map(String::from).collect::<Vec<_>>())
        .collect();
    Ok((async_imap::Client::new(io), caps))
}

/// An IMAP quoted string.
fn quote(s: &str) -> String {
    format!("\"{}\"", s.replace('\\', "\\\\").replace('"', "\\\""))
}

/// Compact UID sets (`1:5,7,9:12`), split so that no command gets too long.
pub fn uid_sets(uids: &[u32]) -> Vec<String> {
    let mut sorted: Vec<u32> = uids.to_vec();
    sorted.sort_unstable();
    sorted.dedup();
    let mut ranges: Vec<(u32, u32)> = Vec::new();
    for u in sorted {
        match ranges.last_mut() {
            Some((_, hi)) if hi.checked_add(1) == Some(u) => *hi = u,
            _ => ranges.push((u, u)),
        }
    }
    ranges
        .chunks(MAX_RANGES_PER_COMMAND)
        .map(|chunk| {
            chunk
                .iter()
                .map(|(lo, hi)| {
                    if lo == hi {
                        lo.to_string()
                    } else {
                        format!("{lo}:{hi}")
                    }
                })
                .collect::<Vec<_>>()
                .join(",")
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uid_sets_are_compact_and_split() {
        assert_eq!(uid_sets(&[5, 1, 2, 3, 7, 9, 10, 3]), vec!["1:3,5,7,9:10"]);
        assert!(uid_sets(&[]).is_empty());
        let many: Vec<u32> = (0..2000).map(|i| i * 2).collect();
        let sets = uid_sets(&many);
        assert_eq!(sets.len(), 4);
        assert!(
            sets.iter()
                .all(|s| s.split(',').count() <= MAX_RANGES_PER_COMMAND)
        );
    }

    #[test]
    fn mechanism_follows_logindisabled() {
        let caps = |c: &[&str]| c.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        let pw = AuthKind::Password;
        assert_eq!(
            choose_mechanism(&pw, &caps(&["IMAP4rev1", "AUTH=PLAIN"]), false, "h:1").unwrap(),
            Mechanism::Login
        );
        let e = choose_mechanism(&pw, &caps(&["IMAP4rev1", "LOGINDISABLED"]), false, "h:1")
            .unwrap_err();
        assert!(e.message.contains("requires TLS before login"), "{e}");
        assert_eq!(
            choose_mechanism(&pw, &caps(&["LOGINDISABLED", "AUTH=PLAIN"]), true, "h:1").unwrap(),
            Mechanism::Plain
        );
        let e = choose_mechanism(&pw, &caps(&["LOGINDISABLED", "AUTH=GSSAPI"]), true, "h:1")
            .unwrap_err();
        assert!(e.message.contains("AUTH=GSSAPI"), "{e}");
    }

    #[test]
    fn fingerprints_parse_with_or_without_colons() {
        let hex64 = "ab".repeat(32);
        let colons = vec!["AB"; 32].join(":");
        assert_eq!(
            parse_fingerprint(&format!("sha256:{hex64}")).unwrap(),
            [0xab; 32]
        );
        assert_eq!(
            parse_fingerprint(&format!("sha256:{colons}")).unwrap(),
            [0xab; 32]
        );
        assert!(parse_fingerprint(&hex64).is_err());
        assert!(parse_fingerprint("sha256:abcd").is_err());
        assert_eq!(fingerprint(b"").len(), "sha256:".len() + 64);
    }

    #[test]
    fn server_text_is_readable() {
        assert_eq!(
            server_text(
                "code: Some(Unknown(\"AUTHENTICATIONFAILED\")), info: Some(\"Authentication failed.\")"
            ),
            "[Unknown(\"AUTHENTICATIONFAILED\")] Authentication failed."
        );
        assert_eq!(server_text("code: None, info: Some(\"nope\")"), "nope");
    }

    #[test]
    fn xoauth2_format() {
        assert_eq!(
            xoauth2_response("u@example.com", "tok"),
            "user=u@example.com\x01auth=Bearer tok\x01\x01"
        );
    }

    #[test]
    fn loopback_detection() {
        use crate::config::is_loopback;
        assert!(is_loopback("127.0.0.1"));
        assert!(is_loopback("localhost"));
        assert!(is_loopback("[::1]"));
        assert!(!is_loopback("imap.example.com"));
        assert!(!is_loopback("10.0.0.1"));
    }
}
