//! Configuration: the TOML file is read into `Raw*` structs (serde, unknown keys
//! rejected), then validated into `Settings`, the richer type every other stage
//! uses. Every error names the file, the key and the reason.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::Duration;

use regex::Regex;
use serde::Deserialize;

use crate::status::Status;

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("cannot read config file {path}: {source} (pass --config PATH or set TAKEDOWN_CONFIG)")]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("config file {path}: {message}")]
    Invalid { path: PathBuf, message: String },
}

pub(crate) fn invalid(path: &Path, key: &str, reason: impl std::fmt::Display) -> ConfigError {
    ConfigError::Invalid {
        path: path.to_path_buf(),
        message: format!("key `{key}`: {reason}"),
    }
}

// ---------------------------------------------------------------------------
// Raw, as written in the file.

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    timezone: Option<String>,
    database: Option<RawDatabase>,
    mailbox: Option<toml::Value>,
    matching: Option<RawMatching>,
    trust: Option<RawTrust>,
    limits: Option<RawLimits>,
    #[serde(default)]
    platforms: Vec<RawPlatform>,
    smtp: Option<RawSmtp>,
    reminders: Option<RawReminders>,
    server: Option<RawServer>,
    log: Option<RawLog>,
    /// Checked by `probe::config` (issue 18).
    probe: Option<toml::Value>,
    staff: Option<RawStaff>,
}

/// `[staff]`: who may register requests by email, and what requests sent by
/// takedown say (issue 17).
#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawStaff {
    #[serde(default)]
    senders: Vec<String>,
    legal_basis: Option<String>,
    template_dir: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawDatabase {
    path: String,
    mode: Option<String>,
    busy_timeout: Option<String>,
}

#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawMailbox {
    kind: String,
    name: Option<String>,
    path: Option<String>,
    host: Option<String>,
    port: Option<u16>,
    tls: Option<String>,
    ca_file: Option<String>,
    tls_fingerprint: Option<String>,
    username: Option<String>,
    auth: Option<String>,
    password_env: Option<String>,
    password_file: Option<String>,
    password_command: Option<String>,
    token_command: Option<String>,
    folder: Option<String>,
    processed_folder: Option<String>,
    review_folder: Option<String>,
    sent_folder: Option<String>,
    idle: Option<bool>,
    poll_interval: Option<String>,
    batch_size: Option<u32>,
    timeout: Option<String>,
    addresses: Option<Vec<String>>,
}

#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawMatching {
    reference_patterns: Option<Vec<String>>,
    bulk_confirmations: Option<String>,
    address_extension: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTrust {
    authserv_id: Option<String>,
    require: Option<String>,
    verify: Option<String>,
    dns_timeout: Option<String>,
}

#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawLimits {
    max_message_bytes: Option<u64>,
    max_parts: Option<usize>,
    max_depth: Option<usize>,
    max_attachment_bytes: Option<u64>,
    max_table_rows: Option<usize>,
    max_urls_per_email: Option<usize>,
    max_line_bytes: Option<usize>,
    max_header_fields: Option<usize>,
    max_decoded_bytes: Option<u64>,
    time_budget: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPlatform {
    id: String,
    name: Option<String>,
    senders: Vec<String>,
    #[serde(default)]
    reminder_to: Vec<String>,
    #[serde(default)]
    reminder_cc: Vec<String>,
    language: Option<String>,
    case_number_pattern: Option<String>,
    escalate_to: Option<Vec<String>>,
    #[serde(default)]
    phrases: BTreeMap<String, Vec<String>>,
    request_to: Option<Vec<String>>,
    deadline: Option<String>,
    /// `[platforms.probe]`, checked by `probe::config`.
    probe: Option<toml::Value>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSmtp {
    kind: Option<String>,
    host: Option<String>,
    port: Option<u16>,
    tls: Option<String>,
    ca_file: Option<String>,
    username: Option<String>,
    auth: Option<String>,
    password_env: Option<String>,
    password_file: Option<String>,
    password_command: Option<String>,
    token_command: Option<String>,
    from: String,
    path: Option<String>,
    timeout: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawReminders {
    grace: Option<String>,
    interval: Option<String>,
    max: Option<u32>,
    escalate_to: Option<Vec<String>>,
    escalation_interval: Option<String>,
    staff_cc: Option<Vec<String>>,
    staff_digest_to: Option<Vec<String>>,
    digest_time: Option<String>,
    send_window: Option<String>,
    holidays: Option<Vec<String>>,
    restricted_counts_as_answered: Option<bool>,
    reply_to: Option<String>,
    attach_csv: Option<bool>,
    template_dir: Option<String>,
    message_id_domain: Option<String>,
    max_staleness: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawServer {
    listen: String,
    /// Staff page users: name = argon2 PHC hash (issue 16).
    users: Option<std::collections::BTreeMap<String, String>>,
    /// Environment variable holding a bearer token for the staff pages.
    token_env: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLog {
    format: Option<String>,
}

// ---------------------------------------------------------------------------
// Validated.

#[derive(Debug, Clone)]
pub struct Settings {
    pub config_path: PathBuf,
    pub base_dir: PathBuf,
    pub timezone_name: String,
    pub tz: jiff::tz::TimeZone,
    pub database: DatabaseSettings,
    pub mailboxes: Vec<MailboxSettings>,
    pub matching: MatchingSettings,
    pub trust: Option<TrustSettings>,
    pub limits: Limits,
    pub platforms: Vec<Platform>,
    pub smtp: Option<SmtpSettings>,
    pub reminders: Option<ReminderSettings>,
    pub server: Option<ServerSettings>,
    pub log_json: bool,
    pub probe: crate::probe::ProbeSettings,
    pub staff: StaffSettings,
}

/// `[staff]`: the regulator's own senders, whose emails to a platform register
/// requests, and the wording of requests takedown sends itself.
#[derive(Debug, Clone, Default)]
pub struct StaffSettings {
    /// Domains (and their subdomains) or full addresses, lowercased.
    pub senders: Vec<String>,
    /// The legal basis quoted in requests takedown sends.
    pub legal_basis: Option<String>,
    /// Files here replace the built-in request templates of the same name
    /// (default: `reminders.template_dir`).
    pub template_dir: Option<PathBuf>,
}

#[derive(Debug, Clone)]
pub struct DatabaseSettings {
    pub path: PathBuf,
    pub mode: u32,
    pub busy_timeout: Duration,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Tls {
    Implicit,
    StartTls,
    None,
}

/// Where a password or token comes from. Never the config file itself, and the
/// secret is never kept here: it is fetched when a connection is made.
#[derive(Clone, PartialEq, Eq)]
pub enum Credential {
    Env(String),
    File(PathBuf),
    Command(String),
    None,
}

impl std::fmt::Debug for Credential {
    // Only says where the secret comes from; the secret itself is never read here.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Credential::Env(v) => write!(f, "env:{v}"),
            Credential::File(p) => write!(f, "file:{}", p.display()),
            Credential::Command(_) => write!(f, "command:<hidden>"),
            Credential::None => write!(f, "none"),
        }
    }
}

impl Credential {
    /// Reads the secret where the configuration says it is (`Ok(None)` when
    /// none is configured). A file's or command's trailing newline is not part
    /// of the secret. Messages name where it was looked for, never the secret
    /// or the command line (it may contain secrets). Shared by IMAP and SMTP.
    pub async fn fetch(&self, limit: Duration) -> Result<Option<String>, String> {
        let secret = match self {
            Credential::None => return Ok(None),
            Credential::Env(var) => std::env::var(var).map_err(|_| {
                format!("password_env: environment variable {var} is not set (or not UTF-8)")
            })?,
            Credential::File(p) => tokio::fs::read_to_string(p)
                .await
                .map_err(|e| format!("password_file {}: {e}", p.display()))?,
            Credential::Command(cmd) => {
                // Like mbsync's PassCmd: run by the shell, stdout is the secret.
                let child = tokio::process::Command::new("sh")
                    .arg("-c")
                    .arg(cmd)
                    .stdin(std::process::Stdio::null())
                    .stdout(std::process::Stdio::piped())
                    .stderr(std::process::Stdio::piped())
                    .kill_on_drop(true)
                    .output();
                let out = tokio::time::timeout(limit, child)
                    .await
                    .map_err(|_| {
                        format!(
                            "password/token command did not finish within {}s",
                            limit.as_secs()
                        )
                    })?
                    .map_err(|e| format!("password/token command: cannot run sh: {e}"))?;
                if !out.status.success() {
                    let err = String::from_utf8_lossy(&out.stderr);
                    let first: String =
                        err.lines().next().unwrap_or("").chars().take(200).collect();
                    let first = if first.is_empty() {
                        String::new()
                    } else {
                        format!(": {first}")
                    };
                    return Err(format!(
                        "password/token command failed ({}){first}",
                        out.status
                    ));
                }
                String::from_utf8(out.stdout).map_err(|_| {
                    "password/token command printed something that is not UTF-8".to_string()
                })?
            }
        };
        Ok(Some(secret.trim_end_matches(['\n', '\r']).to_string()))
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AuthKind {
    Password,
    XOAuth2,
}

#[derive(Debug, Clone)]
pub struct ImapSettings {
    pub host: String,
    pub port: u16,
    pub tls: Tls,
    pub ca_file: Option<PathBuf>,
    /// `"sha256:…"`: accept exactly this certificate (instead of a CA chain).
    pub tls_fingerprint: Option<String>,
    pub username: String,
    pub auth: AuthKind,
    pub credential: Credential,
    pub folder: String,
    pub processed_folder: String,
    pub review_folder: String,
    /// The regulator's own Sent folder, read for requests staff sent
    /// (never moved; its own UID state).
    pub sent_folder: Option<String>,
    pub idle: bool,
    pub poll_interval: Duration,
    pub batch_size: u32,
    pub timeout: Duration,
}

#[derive(Debug, Clone)]
pub enum MailboxKind {
    Maildir(PathBuf),
    Mbox(PathBuf),
    Imap(ImapSettings),
}

#[derive(Debug, Clone)]
pub struct MailboxSettings {
    pub name: String,
    pub kind: MailboxKind,
    /// The intake's own addresses (`addresses`), lowercased; see
    /// `Settings::intake_addresses`.
    pub addresses: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BulkPolicy {
    Review,
    Accept,
}

#[derive(Debug, Clone)]
pub struct MatchingSettings {
    pub reference_patterns: Vec<Regex>,
    pub bulk: BulkPolicy,
    /// The local-part separator of plus-addresses (`takedown+REF@…`).
    pub address_extension: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Require {
    Dmarc,
    Dkim,
    None,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verify {
    AuthenticationResults,
    Dkim,
    Both,
}

#[derive(Debug, Clone)]
pub struct TrustSettings {
    pub authserv_id: Option<String>,
    pub require: Require,
    pub verify: Verify,
    pub dns_timeout: Duration,
}

#[derive(Debug, Clone)]
pub struct Limits {
    pub max_message_bytes: u64,
    pub max_parts: usize,
    pub max_depth: usize,
    pub max_attachment_bytes: u64,
    pub max_table_rows: usize,
    pub max_urls_per_email: usize,
    pub max_line_bytes: usize,
    /// Header fields in the whole email, nested parts included (checked
    /// before mail-parser reads it: parse::shape).
    pub max_header_fields: usize,
    /// Upper bound on the bytes decoding may produce (bodies after transfer
    /// decoding and charset conversion), estimated before reading.
    pub max_decoded_bytes: u64,
    pub time_budget: Duration,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_message_bytes: 25 * 1024 * 1024,
            max_parts: 500,
            max_depth: 20,
            max_attachment_bytes: 10 * 1024 * 1024,
            max_table_rows: 20_000,
            max_urls_per_email: 5_000,
            max_line_bytes: 64 * 1024,
            max_header_fields: 5_000,
            max_decoded_bytes: 64 * 1024 * 1024,
            time_budget: Duration::from_secs(10),
        }
    }
}

#[derive(Debug, Clone)]
pub struct Platform {
    pub id: String,
    pub name: String,
    pub senders: Vec<String>,
    pub reminder_to: Vec<String>,
    pub reminder_cc: Vec<String>,
    pub language: String,
    pub case_number_pattern: Option<Regex>,
    pub escalate_to: Option<Vec<String>>,
    pub phrases: Vec<(Status, String)>,
    /// Where requests to this platform are sent (default: `reminder_to`).
    pub request_to: Vec<String>,
    /// The deadline of a request that states none (`deadline = "24h"`).
    pub deadline: Option<Duration>,
    pub probe: crate::probe::PlatformProbe,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SmtpKind {
    Smtp,
    File(PathBuf),
}

#[derive(Debug, Clone)]
pub struct SmtpSettings {
    pub kind: SmtpKind,
    pub host: String,
    pub port: u16,
    pub tls: Tls,
    pub ca_file: Option<PathBuf>,
    pub username: Option<String>,
    pub auth: AuthKind,
    pub credential: Credential,
    pub from: String,
    pub timeout: Duration,
}

#[derive(Debug, Clone)]
pub struct ReminderSettings {
    pub grace: Duration,
    pub interval: Duration,
    pub max: u32,
    pub escalate_to: Vec<String>,
    pub escalation_interval: Duration,
    pub staff_cc: Vec<String>,
    pub staff_digest_to: Vec<String>,
    pub digest_time: jiff::civil::Time,
    pub send_window: Option<SendWindow>,
    pub holidays: Vec<jiff::civil::Date>,
    pub restricted_counts_as_answered: bool,
    pub reply_to: Option<String>,
    pub attach_csv: bool,
    pub template_dir: Option<PathBuf>,
    pub message_id_domain: String,
    /// Reminders and the digest wait until every IMAP mailbox completed a
    /// full pass within this long (src/freshness.rs).
    pub max_staleness: Duration,
}

/// `"Mon-Fri 09:00-18:00"`: weekdays (inclusive range, Monday = 1) and a local time range.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SendWindow {
    pub first_day: i8,
    pub last_day: i8,
    pub start: jiff::civil::Time,
    pub end: jiff::civil::Time,
}

#[derive(Debug, Clone)]
pub struct ServerSettings {
    pub listen: std::net::SocketAddr,
    /// `[server] users`: name → argon2 PHC hash, checked at load.
    pub users: std::collections::BTreeMap<String, String>,
    /// `[server] token_env`: the variable a bearer token is read from.
    pub token_env: Option<String>,
}

/// Parses durations written like `"36h"`, `"3d"`, `"90s"`, `"1h30m"`.
pub fn parse_duration(text: &str) -> Result<Duration, String> {
    let t = text.trim();
    if t.is_empty() {
        return Err("empty duration (write e.g. \"60s\", \"36h\", \"3d\")".into());
    }
    let mut total: u64 = 0;
    let mut num = String::new();
    let mut saw_unit = false;
    let mut chars = t.chars().peekable();
    while let Some(c) = chars.next() {
        if c.is_ascii_digit() {
            num.push(c);
            continue;
        }
        if c.is_whitespace() {
            continue;
        }
        let unit: String = if c == 'm' && chars.peek() == Some(&'s') {
            chars.next();
            "ms".into()
        } else {
            c.to_string()
        };
        let n: u64 = num.parse().map_err(|_| {
            format!("`{text}` is not a duration (write e.g. \"60s\", \"36h\", \"3d\")")
        })?;
        num.clear();
        let ms = match unit.as_str() {
            "ms" => n,
            "s" => n * 1000,
            "m" => n * 60_000,
            "h" => n * 3_600_000,
            "d" => n * 86_400_000,
            "w" => n * 7 * 86_400_000,
            _ => {
                return Err(format!(
                    "`{text}`: unknown unit `{unit}` (use ms, s, m, h, d or w)"
                ));
            }
        };
        total = total.saturating_add(ms);
        saw_unit = true;
    }
    if !num.is_empty() || !saw_unit {
        return Err(format!(
            "`{text}` needs a unit (write e.g. \"60s\", \"36h\", \"3d\")"
        ));
    }
    Ok(Duration::from_millis(total))
}

impl Settings {
    pub fn load(path: &Path) -> Result<Settings, ConfigError> {
        let text = std::fs::read_to_string(path).map_err(|source| ConfigError::Read {
            path: path.to_path_buf(),
            source,
        })?;
        Settings::from_toml(path, &text)
    }

    pub fn from_toml(path: &Path, text: &str) -> Result<Settings, ConfigError> {
        let raw: RawConfig = toml::from_str(text).map_err(|e| ConfigError::Invalid {
            path: path.to_path_buf(),
            message: e.to_string().trim().replace('\n', " "),
        })?;
        let base_dir = path
            .parent()
            .map(|p| {
                if p.as_os_str().is_empty() {
                    Path::new(".")
                } else {
                    p
                }
            })
            .unwrap_or(Path::new("."))
            .to_path_buf();
        let resolve = |p: &str| -> PathBuf {
            let p = Path::new(p);
            if p.is_absolute() {
                p.to_path_buf()
            } else {
                base_dir.join(p)
            }
        };
        let dur =
            |key: &str, v: &Option<String>, default: Duration| -> Result<Duration, ConfigError> {
                match v {
                    None => Ok(default),
                    Some(s) => parse_duration(s).map_err(|e| invalid(path, key, e)),
                }
            };

        let timezone_name = raw.timezone.clone().unwrap_or_else(|| "UTC".to_string());
        let tz = jiff::tz::TimeZone::get(&timezone_name).map_err(|e| {
            invalid(
                path,
                "timezone",
                format!("unknown time zone `{timezone_name}`: {e}"),
            )
        })?;

        let db = raw
            .database
            .ok_or_else(|| invalid(path, "database", "missing section [database] with `path`"))?;
        let mode = match &db.mode {
            None => 0o600,
            Some(m) => u32::from_str_radix(m.trim_start_matches("0o"), 8)
                .ok()
                .filter(|m| *m <= 0o777)
                .ok_or_else(|| {
                    invalid(
                        path,
                        "database.mode",
                        format!("`{m}` is not an octal file mode like \"0600\""),
                    )
                })?,
        };
        let database = DatabaseSettings {
            path: resolve(&db.path),
            mode,
            busy_timeout: dur(
                "database.busy_timeout",
                &db.busy_timeout,
                Duration::from_secs(5),
            )?,
        };

        let mut mailboxes = Vec::new();
        if let Some(value) = raw.mailbox {
            let tables: Vec<toml::Value> = match value {
                toml::Value::Array(a) => a,
                t @ toml::Value::Table(_) => vec![t],
                _ => {
                    return Err(invalid(
                        path,
                        "mailbox",
                        "must be a table [mailbox] or an array [[mailbox]]",
                    ));
                }
            };
            for (i, t) in tables.into_iter().enumerate() {
                let key = if i == 0 {
                    "mailbox".to_string()
                } else {
                    format!("mailbox[{i}]")
                };
                let rm: RawMailbox = t.try_into().map_err(|e: toml::de::Error| {
                    invalid(path, &key, e.to_string().trim().replace('\n', " "))
                })?;
                mailboxes.push(validate_mailbox(path, &key, rm, &resolve, &dur)?);
            }
            let mut names: Vec<&str> = mailboxes.iter().map(|m| m.name.as_str()).collect();
            names.sort();
            if let Some(w) = names.windows(2).find(|w| w[0] == w[1]) {
                return Err(invalid(
                    path,
                    "mailbox.name",
                    format!(
                        "two mailboxes are named `{}`; give each a distinct `name`",
                        w[0]
                    ),
                ));
            }
        }

        let rmatch = raw.matching.unwrap_or_default();
        let patterns = rmatch
            .reference_patterns
            .unwrap_or_else(|| vec![r"KCSC-\d{6}-\d{2}".to_string()]);
        if patterns.is_empty() {
            return Err(invalid(
                path,
                "matching.reference_patterns",
                "at least one pattern is needed",
            ));
        }
        let mut reference_patterns = Vec::new();
        for p in &patterns {
            reference_patterns.push(Regex::new(p).map_err(|e| {
                invalid(
                    path,
                    "matching.reference_patterns",
                    format!("bad regex `{p}`: {e}"),
                )
            })?);
        }
        let bulk = match rmatch.bulk_confirmations.as_deref() {
            None | Some("review") => BulkPolicy::Review,
            Some("accept") => BulkPolicy::Accept,
            Some(o) => {
                return Err(invalid(
                    path,
                    "matching.bulk_confirmations",
                    format!("`{o}`: use \"review\" or \"accept\""),
                ));
            }
        };
        let matching = MatchingSettings {
            reference_patterns,
            bulk,
            address_extension: rmatch.address_extension.unwrap_or_else(|| "+".into()),
        };

        let trust = match raw.trust {
            None => None,
            Some(t) => {
                let require = match t.require.as_deref() {
                    None | Some("dmarc") => Require::Dmarc,
                    Some("dkim") => Require::Dkim,
                    Some("none") => Require::None,
                    Some(o) => {
                        return Err(invalid(
                            path,
                            "trust.require",
                            format!("`{o}`: use \"dmarc\", \"dkim\" or \"none\""),
                        ));
                    }
                };
                let verify = match t.verify.as_deref() {
                    None | Some("authentication-results") => Verify::AuthenticationResults,
                    Some("dkim") => Verify::Dkim,
                    Some("both") => Verify::Both,
                    Some(o) => {
                        return Err(invalid(
                            path,
                            "trust.verify",
                            format!("`{o}`: use \"authentication-results\", \"dkim\" or \"both\""),
                        ));
                    }
                };
                if require != Require::None && verify != Verify::Dkim && t.authserv_id.is_none() {
                    return Err(invalid(
                        path,
                        "trust.authserv_id",
                        "needed: the authserv-id your receiving server writes in Authentication-Results",
                    ));
                }
                Some(TrustSettings {
                    authserv_id: t.authserv_id.map(|s| s.to_ascii_lowercase()),
                    require,
                    verify,
                    dns_timeout: dur("trust.dns_timeout", &t.dns_timeout, Duration::from_secs(5))?,
                })
            }
        };

        let rl = raw.limits.unwrap_or_default();
        let d = Limits::default();
        let limits = Limits {
            max_message_bytes: rl.max_message_bytes.unwrap_or(d.max_message_bytes),
            max_parts: rl.max_parts.unwrap_or(d.max_parts),
            max_depth: rl.max_depth.unwrap_or(d.max_depth),
            max_attachment_bytes: rl.max_attachment_bytes.unwrap_or(d.max_attachment_bytes),
            max_table_rows: rl.max_table_rows.unwrap_or(d.max_table_rows),
            max_urls_per_email: rl.max_urls_per_email.unwrap_or(d.max_urls_per_email),
            max_line_bytes: rl.max_line_bytes.unwrap_or(d.max_line_bytes),
            max_header_fields: rl.max_header_fields.unwrap_or(d.max_header_fields),
            max_decoded_bytes: rl.max_decoded_bytes.unwrap_or(d.max_decoded_bytes),
            time_budget: dur("limits.time_budget", &rl.time_budget, d.time_budget)?,
        };

        if raw.platforms.is_empty() {
            return Err(invalid(
                path,
                "platforms",
                "at least one [[platforms]] entry is needed",
            ));
        }
        let mut platforms = Vec::new();
        for (i, p) in raw.platforms.into_iter().enumerate() {
            let key = format!("platforms[{i}]");
            if p.id.is_empty()
                || !p
                    .id
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
            {
                return Err(invalid(
                    path,
                    &format!("{key}.id"),
                    format!("`{}`: use letters, digits, - and _", p.id),
                ));
            }
            if platforms.iter().any(|q: &Platform| q.id == p.id) {
                return Err(invalid(
                    path,
                    &format!("{key}.id"),
                    format!("platform `{}` is defined twice", p.id),
                ));
            }
            if p.senders.is_empty() {
                return Err(invalid(
                    path,
                    &format!("{key}.senders"),
                    "at least one domain or address is needed",
                ));
            }
            let case_number_pattern = match &p.case_number_pattern {
                None => None,
                Some(s) => Some(
                    Regex::new(s)
                        .map_err(|e| invalid(path, &format!("{key}.case_number_pattern"), e))?,
                ),
            };
            let mut phrases = Vec::new();
            for (status, list) in &p.phrases {
                let st = Status::parse(status)
                    .filter(|s| *s != Status::Pending)
                    .ok_or_else(|| {
                        invalid(
                            path,
                            &format!("{key}.phrases.{status}"),
                            "use removed, restricted, rejected or not_found",
                        )
                    })?;
                for ph in list {
                    phrases.push((st, ph.to_lowercase()));
                }
            }
            let language = p.language.unwrap_or_else(|| "ko+en".into());
            if !["ko", "en", "ko+en", "en+ko"].contains(&language.as_str()) {
                return Err(invalid(
                    path,
                    &format!("{key}.language"),
                    format!("`{language}`: use \"ko\", \"en\" or \"ko+en\""),
                ));
            }
            let probe =
                crate::probe::config::parse_platform_probe(path, &format!("{key}.probe"), p.probe)?;
            platforms.push(Platform {
                probe,
                name: p.name.unwrap_or_else(|| p.id.clone()),
                id: p.id,
                senders: p
                    .senders
                    .iter()
                    .map(|s| s.trim().to_ascii_lowercase())
                    .collect(),
                reminder_to: p.reminder_to.clone(),
                reminder_cc: p.reminder_cc,
                language,
                case_number_pattern,
                escalate_to: p.escalate_to,
                phrases,
                request_to: p.request_to.unwrap_or_else(|| p.reminder_to.clone()),
                deadline: match &p.deadline {
                    None => None,
                    Some(d) => Some(
                        parse_duration(d)
                            .map_err(|e| invalid(path, &format!("{key}.deadline"), e))?,
                    ),
                },
            });
        }

        let smtp = match raw.smtp {
            None => None,
            Some(s) => {
                let kind = match s.kind.as_deref() {
                    None | Some("smtp") => SmtpKind::Smtp,
                    Some("file") => {
                        SmtpKind::File(resolve(s.path.as_deref().ok_or_else(|| {
                            invalid(path, "smtp.path", "needed with kind = \"file\"")
                        })?))
                    }
                    Some(o) => {
                        return Err(invalid(
                            path,
                            "smtp.kind",
                            format!("`{o}`: use \"smtp\" or \"file\""),
                        ));
                    }
                };
                let tls = parse_tls(path, "smtp.tls", s.tls.as_deref(), Tls::StartTls)?;
                let host = s.host.clone().unwrap_or_default();
                if kind == SmtpKind::Smtp && host.is_empty() {
                    return Err(invalid(path, "smtp.host", "needed with kind = \"smtp\""));
                }
                let port = s.port.unwrap_or(match tls {
                    Tls::Implicit => 465,
                    _ => 587,
                });
                let auth = parse_auth(path, "smtp.auth", s.auth.as_deref())?;
                let credential = parse_credential(
                    path,
                    "smtp",
                    &s.password_env,
                    &s.password_file,
                    &s.password_command,
                    &s.token_command,
                    &auth,
                    &resolve,
                )?;
                if !s.from.contains('@') {
                    return Err(invalid(
                        path,
                        "smtp.from",
                        format!("`{}` is not an email address", s.from),
                    ));
                }
                Some(SmtpSettings {
                    kind,
                    host,
                    port,
                    tls,
                    ca_file: s.ca_file.as_deref().map(resolve),
                    username: s.username,
                    auth,
                    credential,
                    from: s.from,
                    timeout: dur("smtp.timeout", &s.timeout, Duration::from_secs(30))?,
                })
            }
        };

        let reminders = match raw.reminders {
            None => None,
            Some(r) => {
                let digest_time = match &r.digest_time {
                    None => jiff::civil::time(8, 0, 0, 0),
                    Some(t) => t.parse::<jiff::civil::Time>().map_err(|e| {
                        invalid(
                            path,
                            "reminders.digest_time",
                            format!("`{t}`: {e} (write e.g. \"08:30\")"),
                        )
                    })?,
                };
                let send_window = match &r.send_window {
                    None => None,
                    Some(w) => Some(
                        parse_send_window(w)
                            .map_err(|e| invalid(path, "reminders.send_window", e))?,
                    ),
                };
                let mut holidays = Vec::new();
                for h in r.holidays.unwrap_or_default() {
                    holidays.push(h.parse::<jiff::civil::Date>().map_err(|e| {
                        invalid(
                            path,
                            "reminders.holidays",
                            format!("`{h}`: {e} (write YYYY-MM-DD)"),
                        )
                    })?);
                }
                let from_domain = smtp
                    .as_ref()
                    // `from` may be `Name <user@domain>`: the domain without the `>`.
                    .and_then(|s| {
                        s.from
                            .rsplit('@')
                            .next()
                            .map(|d| d.trim().trim_end_matches('>').trim().to_string())
                    })
                    .unwrap_or_else(|| "localhost".into());
                Some(ReminderSettings {
                    grace: dur("reminders.grace", &r.grace, Duration::from_secs(24 * 3600))?,
                    interval: dur(
                        "reminders.interval",
                        &r.interval,
                        Duration::from_secs(3 * 24 * 3600),
                    )?,
                    max: r.max.unwrap_or(3),
                    escalate_to: r.escalate_to.unwrap_or_default(),
                    escalation_interval: dur(
                        "reminders.escalation_interval",
                        &r.escalation_interval,
                        Duration::from_secs(7 * 24 * 3600),
                    )?,
                    staff_cc: r.staff_cc.unwrap_or_default(),
                    staff_digest_to: r.staff_digest_to.unwrap_or_default(),
                    digest_time,
                    send_window,
                    holidays,
                    restricted_counts_as_answered: r.restricted_counts_as_answered.unwrap_or(true),
                    reply_to: r.reply_to,
                    attach_csv: r.attach_csv.unwrap_or(true),
                    template_dir: r.template_dir.as_deref().map(resolve),
                    message_id_domain: r.message_id_domain.unwrap_or(from_domain),
                    max_staleness: dur(
                        "reminders.max_staleness",
                        &r.max_staleness,
                        Duration::from_secs(15 * 60),
                    )?,
                })
            }
        };

        let server = match raw.server {
            None => None,
            Some(s) => Some(ServerSettings {
                listen: s.listen.parse().map_err(|e| {
                    invalid(
                        path,
                        "server.listen",
                        format!("`{}`: {e} (write e.g. \"127.0.0.1:9187\")", s.listen),
                    )
                })?,
                users: {
                    let users = s.users.unwrap_or_default();
                    for (name, hash) in &users {
                        if let Err(e) = argon2::PasswordHash::new(hash) {
                            return Err(invalid(
                                path,
                                &format!("server.users.{name}"),
                                format!(
                                    "not an argon2 hash ({e}); write the PHC string `$argon2id$v=19$m=...` that e.g. `argon2` or `takedown serve --hash-password` prints"
                                ),
                            ));
                        }
                    }
                    users
                },
                token_env: s.token_env.filter(|t| !t.trim().is_empty()),
            }),
        };
        let log_json = match raw.log.and_then(|l| l.format) {
            None => false,
            Some(f) if f == "human" => false,
            Some(f) if f == "json" => true,
            Some(f) => {
                return Err(invalid(
                    path,
                    "log.format",
                    format!("`{f}`: use \"human\" or \"json\""),
                ));
            }
        };

        let staff = match raw.staff {
            None => StaffSettings::default(),
            Some(s) => StaffSettings {
                senders: s
                    .senders
                    .iter()
                    .map(|a| a.trim().to_ascii_lowercase())
                    .filter(|a| !a.is_empty())
                    .collect(),
                legal_basis: s.legal_basis.filter(|t| !t.trim().is_empty()),
                template_dir: s.template_dir.as_deref().map(resolve),
            },
        };

        let probe = crate::probe::config::parse_probe(path, raw.probe)?;
        Ok(Settings {
            staff,
            probe,
            config_path: path.to_path_buf(),
            base_dir,
            timezone_name,
            tz,
            database,
            mailboxes,
            matching,
            trust,
            limits,
            platforms,
            smtp,
            reminders,
            server,
            log_json,
        })
    }

    pub fn platform(&self, id: &str) -> Option<&Platform> {
        self.platforms.iter().find(|p| p.id == id)
    }

    /// The addresses a statement must be sent to: every mailbox's
    /// `addresses`, and each IMAP `username` that is an email address,
    /// lowercased, sorted. Empty: the addressed-to-us check is off.
    pub fn intake_addresses(&self) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for m in &self.mailboxes {
            out.extend(m.addresses.iter().cloned());
            if let MailboxKind::Imap(i) = &m.kind {
                let u = i.username.trim().to_ascii_lowercase();
                if u.split_once('@')
                    .is_some_and(|(l, d)| !l.is_empty() && d.contains('.'))
                {
                    out.push(u);
                }
            }
        }
        out.sort();
        out.dedup();
        out
    }

    /// The warning `check` and `run` print when no intake address is known.
    pub fn intake_warning(&self) -> Option<String> {
        self.intake_addresses().is_empty().then(|| {
            "no intake address is known ([mailbox] addresses, or an IMAP username that is an email address): statements are applied whoever they were written to, so a platform's genuine email to somebody else, forwarded here, would count; set addresses = [\"takedown@…\"]".to_string()
        })
    }

    /// Whether `addr` is one of the intake's addresses, or a plus-address of
    /// one (`takedown+KCSC-240901-01@kcsc.example`).
    pub fn is_intake_address(&self, intake: &[String], addr: &str) -> bool {
        let addr = addr.trim().to_ascii_lowercase();
        let Some((local, domain)) = addr.rsplit_once('@') else {
            return false;
        };
        let sep = self.matching.address_extension.as_str();
        let base = match sep.is_empty() {
            true => local,
            false => local.split_once(sep).map_or(local, |(b, _)| b),
        };
        intake.iter().any(|i| {
            i == &addr
                || i.rsplit_once('@')
                    .is_some_and(|(l, d)| l == base && d == domain)
        })
    }
}

/// True for a host that stays on this machine: `localhost`, 127.0.0.0/8,
/// `::1` (bracketed or not). `tls = "none"` towards any other host sends the
/// password and every email in the clear, and is allowed only with a loud
/// warning at start.
pub fn is_loopback(host: &str) -> bool {
    let h = host.trim().trim_start_matches('[').trim_end_matches(']');
    h.eq_ignore_ascii_case("localhost")
        || h.parse::<std::net::IpAddr>()
            .is_ok_and(|ip| ip.is_loopback())
}

fn parse_tls(path: &Path, key: &str, v: Option<&str>, default: Tls) -> Result<Tls, ConfigError> {
    match v {
        None => Ok(default),
        Some("implicit") => Ok(Tls::Implicit),
        Some("starttls") => Ok(Tls::StartTls),
        Some("none") => Ok(Tls::None),
        Some(o) => Err(invalid(
            path,
            key,
            format!(
                "`{o}`: use \"implicit\", \"starttls\" or \"none\" (certificate verification cannot be turned off)"
            ),
        )),
    }
}

fn parse_auth(path: &Path, key: &str, v: Option<&str>) -> Result<AuthKind, ConfigError> {
    match v {
        None | Some("password") => Ok(AuthKind::Password),
        Some("xoauth2") => Ok(AuthKind::XOAuth2),
        Some(o) => Err(invalid(
            path,
            key,
            format!("`{o}`: use \"password\" or \"xoauth2\""),
        )),
    }
}

#[allow(clippy::too_many_arguments)]
fn parse_credential(
    path: &Path,
    section: &str,
    env: &Option<String>,
    file: &Option<String>,
    command: &Option<String>,
    token_command: &Option<String>,
    auth: &AuthKind,
    resolve: &dyn Fn(&str) -> PathBuf,
) -> Result<Credential, ConfigError> {
    if *auth == AuthKind::XOAuth2 {
        if env.is_some() || file.is_some() || command.is_some() {
            return Err(invalid(
                path,
                &format!("{section}.auth"),
                "with auth = \"xoauth2\" use `token_command`, not a password key",
            ));
        }
        return match token_command {
            Some(c) => Ok(Credential::Command(c.clone())),
            None => Err(invalid(
                path,
                &format!("{section}.token_command"),
                "needed with auth = \"xoauth2\"",
            )),
        };
    }
    if token_command.is_some() {
        return Err(invalid(
            path,
            &format!("{section}.token_command"),
            "only used with auth = \"xoauth2\"",
        ));
    }
    let given = [env.is_some(), file.is_some(), command.is_some()]
        .iter()
        .filter(|b| **b)
        .count();
    if given > 1 {
        return Err(invalid(
            path,
            &format!("{section}.password_env"),
            "give only one of password_env, password_file, password_command",
        ));
    }
    Ok(if let Some(e) = env {
        Credential::Env(e.clone())
    } else if let Some(f) = file {
        Credential::File(resolve(f))
    } else if let Some(c) = command {
        Credential::Command(c.clone())
    } else {
        Credential::None
    })
}

fn validate_mailbox(
    path: &Path,
    key: &str,
    m: RawMailbox,
    resolve: &dyn Fn(&str) -> PathBuf,
    dur: &dyn Fn(&str, &Option<String>, Duration) -> Result<Duration, ConfigError>,
) -> Result<MailboxSettings, ConfigError> {
    let name = m.name.clone().unwrap_or_else(|| "default".into());
    let need_path = || {
        m.path.as_deref().ok_or_else(|| {
            invalid(
                path,
                &format!("{key}.path"),
                format!("needed with kind = \"{}\"", m.kind),
            )
        })
    };
    if m.sent_folder.is_some() && m.kind != "imap" {
        return Err(invalid(
            path,
            &format!("{key}.sent_folder"),
            "only used with kind = \"imap\" (the Sent folder of the same account)",
        ));
    }
    let kind = match m.kind.as_str() {
        "maildir" => MailboxKind::Maildir(resolve(need_path()?)),
        "mbox" => MailboxKind::Mbox(resolve(need_path()?)),
        "imap" => {
            let host = m.host.clone().ok_or_else(|| {
                invalid(path, &format!("{key}.host"), "needed with kind = \"imap\"")
            })?;
            let username = m.username.clone().ok_or_else(|| {
                invalid(
                    path,
                    &format!("{key}.username"),
                    "needed with kind = \"imap\"",
                )
            })?;
            let tls = parse_tls(path, &format!("{key}.tls"), m.tls.as_deref(), Tls::Implicit)?;
            let auth = parse_auth(path, &format!("{key}.auth"), m.auth.as_deref())?;
            let credential = parse_credential(
                path,
                key,
                &m.password_env,
                &m.password_file,
                &m.password_command,
                &m.token_command,
                &auth,
                resolve,
            )?;
            if credential == Credential::None {
                return Err(invalid(
                    path,
                    &format!("{key}.password_env"),
                    "an IMAP mailbox needs one of password_env, password_file, password_command (or token_command with auth = \"xoauth2\"); passwords are never written in config.toml",
                ));
            }
            MailboxKind::Imap(ImapSettings {
                port: m
                    .port
                    .unwrap_or(if tls == Tls::Implicit { 993 } else { 143 }),
                host,
                tls: tls.clone(),
                ca_file: m.ca_file.as_deref().map(resolve),
                tls_fingerprint: match &m.tls_fingerprint {
                    None => None,
                    Some(f) => {
                        crate::source::imap::parse_fingerprint(f)
                            .map_err(|e| invalid(path, &format!("{key}.tls_fingerprint"), e))?;
                        if tls == Tls::None {
                            return Err(invalid(
                                path,
                                &format!("{key}.tls_fingerprint"),
                                "needs tls = \"implicit\" or \"starttls\"",
                            ));
                        }
                        Some(f.clone())
                    }
                },
                username,
                auth,
                credential,
                folder: m.folder.clone().unwrap_or_else(|| "INBOX".into()),
                processed_folder: m
                    .processed_folder
                    .clone()
                    .unwrap_or_else(|| "Takedown/Processed".into()),
                review_folder: m
                    .review_folder
                    .clone()
                    .unwrap_or_else(|| "Takedown/Review".into()),
                sent_folder: m.sent_folder.clone().filter(|f| !f.trim().is_empty()),
                idle: m.idle.unwrap_or(true),
                poll_interval: dur(
                    &format!("{key}.poll_interval"),
                    &m.poll_interval,
                    Duration::from_secs(60),
                )?,
                batch_size: m.batch_size.unwrap_or(200).max(1),
                timeout: dur(
                    &format!("{key}.timeout"),
                    &m.timeout,
                    Duration::from_secs(60),
                )?,
            })
        }
        other => {
            return Err(invalid(
                path,
                &format!("{key}.kind"),
                format!("`{other}`: use \"maildir\", \"mbox\" or \"imap\""),
            ));
        }
    };
    let mut addresses = Vec::new();
    for (i, a) in m.addresses.iter().flatten().enumerate() {
        let a = a.trim().to_ascii_lowercase();
        match a.split_once('@') {
            Some((l, d))
                if !l.is_empty() && d.contains('.') && !a.contains(char::is_whitespace) =>
            {
                addresses.push(a)
            }
            _ => {
                return Err(invalid(
                    path,
                    &format!("{key}.addresses[{i}]"),
                    format!("`{a}` is not an email address (write \"takedown@kcsc.example\")"),
                ));
            }
        }
    }
    Ok(MailboxSettings {
        name,
        kind,
        addresses,
    })
}

fn parse_send_window(text: &str) -> Result<SendWindow, String> {
    let err = || format!("`{text}`: write e.g. \"Mon-Fri 09:00-18:00\"");
    let (days, times) = text.trim().split_once(' ').ok_or_else(err)?;
    let day = |d: &str| -> Result<i8, String> {
        Ok(match d.to_ascii_lowercase().as_str() {
            "mon" => 1,
            "tue" => 2,
            "wed" => 3,
            "thu" => 4,
            "fri" => 5,
            "sat" => 6,
            "sun" => 7,
            _ => return Err(err()),
        })
    };
    let (d1, d2) = match days.split_once('-') {
        Some((a, b)) => (day(a)?, day(b)?),
        None => (day(days)?, day(days)?),
    };
    let (t1, t2) = times.trim().split_once('-').ok_or_else(err)?;
    let start: jiff::civil::Time = t1.parse().map_err(|_| err())?;
    let end: jiff::civil::Time = t2.parse().map_err(|_| err())?;
    if end <= start || d2 < d1 {
        return Err(err());
    }
    Ok(SendWindow {
        first_day: d1,
        last_day: d2,
        start,
        end,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const MINIMAL: &str = "[database]\npath = \"t.db\"\n[[platforms]]\nid = \"telegram\"\nsenders = [\"telegram.org\"]\n";

    #[test]
    fn durations() {
        assert_eq!(
            parse_duration("36h").unwrap(),
            Duration::from_secs(36 * 3600)
        );
        assert_eq!(
            parse_duration("3d").unwrap(),
            Duration::from_secs(3 * 86400)
        );
        assert_eq!(parse_duration("1h30m").unwrap(), Duration::from_secs(5400));
        assert_eq!(parse_duration("250ms").unwrap(), Duration::from_millis(250));
        assert!(parse_duration("36").is_err());
        assert!(parse_duration("3y").is_err());
        assert!(parse_duration("").is_err());
    }

    #[test]
    fn minimal_config_gets_defaults() {
        let s = Settings::from_toml(Path::new("/etc/takedown/config.toml"), MINIMAL).unwrap();
        assert_eq!(s.database.path, Path::new("/etc/takedown/t.db"));
        assert!(s.trust.is_none());
        assert_eq!(s.limits.max_message_bytes, 25 * 1024 * 1024);
        assert_eq!(s.matching.bulk, BulkPolicy::Review);
        assert_eq!(s.timezone_name, "UTC");
    }

    #[test]
    fn intake_addresses_come_from_every_mailbox_and_imap_usernames() {
        let text = format!(
            "{MINIMAL}\n[[mailbox]]\nname = \"a\"\nkind = \"maildir\"\npath = \"a\"\naddresses = [\"Takedown@KCSC.example\"]\n[[mailbox]]\nname = \"b\"\nkind = \"imap\"\nhost = \"h\"\nusername = \"intake@kcsc.example\"\npassword_env = \"P\"\n[[mailbox]]\nname = \"c\"\nkind = \"imap\"\nhost = \"h\"\nusername = \"plainuser\"\npassword_env = \"P\"\n"
        );
        let s = Settings::from_toml(Path::new("c.toml"), &text).unwrap();
        let intake = s.intake_addresses();
        assert_eq!(intake, ["intake@kcsc.example", "takedown@kcsc.example"]);
        assert!(s.intake_warning().is_none());
        for yes in [
            "takedown@kcsc.example",
            "TAKEDOWN+KCSC-240901-01@kcsc.example",
            "intake+x@kcsc.example",
        ] {
            assert!(s.is_intake_address(&intake, yes), "{yes}");
        }
        for no in [
            "takedown@evil.example",
            "takedownx@kcsc.example",
            "uploader@example.com",
            "plainuser",
        ] {
            assert!(!s.is_intake_address(&intake, no), "{no}");
        }
        let bad = format!(
            "{MINIMAL}\n[mailbox]\nkind = \"maildir\"\npath = \"a\"\naddresses = [\"not an address\"]\n"
        );
        let e = Settings::from_toml(Path::new("c.toml"), &bad)
            .unwrap_err()
            .to_string();
        assert!(e.contains("mailbox.addresses[0]"), "{e}");
        let none = Settings::from_toml(Path::new("c.toml"), MINIMAL).unwrap();
        assert!(none.intake_warning().is_some());
    }

    #[test]
    fn unknown_key_is_named() {
        let text =
            format!("{MINIMAL}\n[trust]\nauthserv_id = \"mx\"\nrequire = \"dmarc\"\nbogus = 1\n");
        let e = Settings::from_toml(Path::new("c.toml"), &text)
            .unwrap_err()
            .to_string();
        assert!(e.contains("c.toml") && e.contains("bogus"), "{e}");
    }

    #[test]
    fn bad_values_name_key() {
        let text = format!("{MINIMAL}\n[matching]\nbulk_confirmations = \"yes\"\n");
        let e = Settings::from_toml(Path::new("c.toml"), &text)
            .unwrap_err()
            .to_string();
        assert!(e.contains("matching.bulk_confirmations"), "{e}");
        let text = format!("timezone = \"Mars/Olympus\"\n{MINIMAL}");
        let e = Settings::from_toml(Path::new("c.toml"), &text)
            .unwrap_err()
            .to_string();
        assert!(e.contains("timezone"), "{e}");
    }

    #[test]
    fn imap_needs_credential_outside_file() {
        let text =
            format!("{MINIMAL}\n[mailbox]\nkind = \"imap\"\nhost = \"h\"\nusername = \"u\"\n");
        let e = Settings::from_toml(Path::new("c.toml"), &text)
            .unwrap_err()
            .to_string();
        assert!(e.contains("password_env"), "{e}");
        let text = format!(
            "{MINIMAL}\n[mailbox]\nkind = \"imap\"\nhost = \"h\"\nusername = \"u\"\npassword = \"x\"\n"
        );
        let e = Settings::from_toml(Path::new("c.toml"), &text)
            .unwrap_err()
            .to_string();
        assert!(e.contains("password"), "{e}");
    }

    #[test]
    fn repeated_mailboxes() {
        let text = format!(
            "{MINIMAL}\n[[mailbox]]\nkind = \"maildir\"\npath = \"a\"\nname = \"a\"\n[[mailbox]]\nkind = \"maildir\"\npath = \"b\"\nname = \"b\"\n"
        );
        let s = Settings::from_toml(Path::new("c.toml"), &text).unwrap();
        assert_eq!(s.mailboxes.len(), 2);
    }

    #[test]
    fn send_window() {
        let w = parse_send_window("Mon-Fri 09:00-18:00").unwrap();
        assert_eq!((w.first_day, w.last_day), (1, 5));
        assert!(parse_send_window("Fri-Mon 09:00-18:00").is_err());
        assert!(parse_send_window("weekdays").is_err());
    }
}
