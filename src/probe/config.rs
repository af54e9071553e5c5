//! `[probe]` and each platform's `[platforms.probe]`: read from the TOML
//! values `config.rs` hands over, validated here so that every error names
//! the file, the key and what to write instead.

use std::path::Path;
use std::time::Duration;

use serde::Deserialize;

use crate::config::{ConfigError, invalid, parse_duration};

/// How takedown looks at the items' URLs itself. Off unless `enabled = true`.
#[derive(Debug, Clone)]
pub struct ProbeSettings {
    pub enabled: bool,
    /// Consecutive observations with one verdict before they count.
    pub confirm: u32,
    /// Never two looks at one URL closer than this.
    pub spacing: Duration,
    /// The daemon looks again at items a platform says are gone this often.
    pub recheck_claimed: Duration,
    /// … and at pending items this often.
    pub recheck_pending: Duration,
    pub timeout: Duration,
    /// No more of a page is read than this.
    pub max_bytes: u64,
    /// Between two requests to one host.
    pub per_host_interval: Duration,
    pub user_agent: String,
    /// `http://` or `https://` proxy every look goes through.
    pub proxy: Option<String>,
    /// Redirects followed (and recorded) before the look gives up.
    pub max_redirects: usize,
}

pub const DEFAULT_USER_AGENT: &str = "takedown/0.1 (removal-request follow-up by a media regulator; set [probe] user_agent to name yours and a contact address)";

impl Default for ProbeSettings {
    fn default() -> Self {
        ProbeSettings {
            enabled: false,
            confirm: 3,
            spacing: Duration::from_secs(180),
            recheck_claimed: Duration::from_secs(24 * 3600),
            recheck_pending: Duration::from_secs(12 * 3600),
            timeout: Duration::from_secs(10),
            max_bytes: 512 * 1024,
            per_host_interval: Duration::from_secs(1),
            user_agent: DEFAULT_USER_AGENT.to_string(),
            proxy: None,
            max_redirects: 5,
        }
    }
}

/// One platform's rules for reading what its pages say.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlatformProbe {
    pub gone_status: Vec<u16>,
    /// Folded (`verdict::fold`): matched case-insensitively, any run of
    /// whitespace as one space.
    pub gone_text: Vec<String>,
    /// Folded likewise. When not empty, a page must match one to be `online`.
    pub online_text: Vec<String>,
}

impl Default for PlatformProbe {
    fn default() -> Self {
        PlatformProbe {
            gone_status: vec![404, 410],
            gone_text: Vec::new(),
            online_text: Vec::new(),
        }
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawProbe {
    enabled: Option<bool>,
    confirm: Option<u32>,
    spacing: Option<String>,
    recheck_claimed: Option<String>,
    recheck_pending: Option<String>,
    timeout: Option<String>,
    max_bytes: Option<u64>,
    per_host_interval: Option<String>,
    user_agent: Option<String>,
    proxy: Option<String>,
    max_redirects: Option<usize>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPlatformProbe {
    gone_status: Option<Vec<i64>>,
    gone_text: Option<Vec<String>>,
    online_text: Option<Vec<String>>,
}

fn deserialize<T: serde::de::DeserializeOwned>(
    path: &Path,
    key: &str,
    value: toml::Value,
) -> Result<T, ConfigError> {
    value
        .try_into()
        .map_err(|e: toml::de::Error| invalid(path, key, e.to_string().trim().replace('\n', " ")))
}

/// Validates `[probe]` (absent: the defaults, switched off).
pub fn parse_probe(path: &Path, value: Option<toml::Value>) -> Result<ProbeSettings, ConfigError> {
    let d = ProbeSettings::default();
    let Some(value) = value else {
        return Ok(d);
    };
    let r: RawProbe = deserialize(path, "probe", value)?;
    let dur = |key: &str, v: &Option<String>, default: Duration| -> Result<Duration, ConfigError> {
        match v {
            None => Ok(default),
            Some(s) => parse_duration(s).map_err(|e| invalid(path, &format!("probe.{key}"), e)),
        }
    };
    let confirm = r.confirm.unwrap_or(d.confirm);
    if confirm == 0 {
        return Err(invalid(
            path,
            "probe.confirm",
            "must be at least 1 (the number of looks in a row before an observation counts)",
        ));
    }
    let timeout = dur("timeout", &r.timeout, d.timeout)?;
    if timeout.is_zero() {
        return Err(invalid(path, "probe.timeout", "must be more than 0s"));
    }
    let max_bytes = r.max_bytes.unwrap_or(d.max_bytes);
    if max_bytes == 0 {
        return Err(invalid(
            path,
            "probe.max_bytes",
            "must be more than 0 (how much of a page is read, e.g. 524288)",
        ));
    }
    let user_agent = r.user_agent.unwrap_or(d.user_agent);
    if user_agent.trim().is_empty() || user_agent.chars().any(|c| c.is_control()) {
        return Err(invalid(
            path,
            "probe.user_agent",
            "must be one printable line naming the regulator and a contact address",
        ));
    }
    let proxy = match r.proxy {
        None => None,
        Some(p) => {
            let u = url::Url::parse(&p).map_err(|e| {
                invalid(
                    path,
                    "probe.proxy",
                    format!("`{p}`: {e} (write e.g. \"http://proxy.example:3128\")"),
                )
            })?;
            if !["http", "https"].contains(&u.scheme()) || u.host_str().is_none() {
                return Err(invalid(
                    path,
                    "probe.proxy",
                    format!("`{p}`: use an http:// or https:// proxy URL with a host"),
                ));
            }
            Some(p)
        }
    };
    Ok(ProbeSettings {
        enabled: r.enabled.unwrap_or(false),
        confirm,
        spacing: dur("spacing", &r.spacing, d.spacing)?,
        recheck_claimed: dur("recheck_claimed", &r.recheck_claimed, d.recheck_claimed)?,
        recheck_pending: dur("recheck_pending", &r.recheck_pending, d.recheck_pending)?,
        timeout,
        max_bytes,
        per_host_interval: dur(
            "per_host_interval",
            &r.per_host_interval,
            d.per_host_interval,
        )?,
        user_agent,
        proxy,
        max_redirects: r.max_redirects.unwrap_or(d.max_redirects).min(20),
    })
}

/// Validates one platform's `probe` table (`key` is e.g. `platforms[0].probe`).
pub fn parse_platform_probe(
    path: &Path,
    key: &str,
    value: Option<toml::Value>,
) -> Result<PlatformProbe, ConfigError> {
    let d = PlatformProbe::default();
    let Some(value) = value else {
        return Ok(d);
    };
    let r: RawPlatformProbe = deserialize(path, key, value)?;
    let gone_status = match r.gone_status {
        None => d.gone_status,
        Some(list) => {
            let mut out = Vec::new();
            for s in list {
                let code = u16::try_from(s)
                    .ok()
                    .filter(|c| (100..=599).contains(c))
                    .ok_or_else(|| {
                        invalid(
                            path,
                            &format!("{key}.gone_status"),
                            format!("`{s}` is not an HTTP status (write e.g. [404, 410])"),
                        )
                    })?;
                if (200..300).contains(&code) {
                    return Err(invalid(
                        path,
                        &format!("{key}.gone_status"),
                        format!(
                            "{code} is a success status: a page answering it is read with gone_text / online_text instead"
                        ),
                    ));
                }
                out.push(code);
            }
            out
        }
    };
    let texts = |name: &str, v: Option<Vec<String>>| -> Result<Vec<String>, ConfigError> {
        let v = v.unwrap_or_default();
        if v.iter().any(|t| t.trim().is_empty()) {
            return Err(invalid(
                path,
                &format!("{key}.{name}"),
                "an empty string would match every page",
            ));
        }
        Ok(v.iter().map(|t| super::verdict::fold(t)).collect())
    };
    Ok(PlatformProbe {
        gone_status,
        gone_text: texts("gone_text", r.gone_text)?,
        online_text: texts("online_text", r.online_text)?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn probe(text: &str) -> Result<ProbeSettings, ConfigError> {
        let v: toml::Value = toml::from_str(text).expect("toml");
        parse_probe(Path::new("c.toml"), Some(v))
    }

    fn platform(text: &str) -> Result<PlatformProbe, ConfigError> {
        let v: toml::Value = toml::from_str(text).expect("toml");
        parse_platform_probe(Path::new("c.toml"), "platforms[0].probe", Some(v))
    }

    #[test]
    fn defaults_are_off_and_as_documented() {
        let p = parse_probe(Path::new("c.toml"), None).expect("defaults");
        assert!(!p.enabled);
        assert_eq!(p.confirm, 3);
        assert_eq!(p.spacing, Duration::from_secs(180));
        assert_eq!(p.recheck_claimed, Duration::from_secs(86_400));
        assert_eq!(p.recheck_pending, Duration::from_secs(43_200));
        assert_eq!(p.timeout, Duration::from_secs(10));
        assert_eq!(p.max_bytes, 524_288);
        assert_eq!(p.per_host_interval, Duration::from_secs(1));
        let e = probe("enabled = true\nspacing = \"2m\"\n").expect("ok");
        assert!(e.enabled);
        assert_eq!(e.spacing, Duration::from_secs(120));
    }

    #[test]
    fn bad_values_name_their_key() {
        for (text, key) in [
            ("confirm = 0", "probe.confirm"),
            ("spacing = \"3\"", "probe.spacing"),
            ("max_bytes = 0", "probe.max_bytes"),
            ("proxy = \"ftp://x\"", "probe.proxy"),
            ("proxy = \"not a url\"", "probe.proxy"),
            ("user_agent = \"\"", "probe.user_agent"),
            ("bogus = 1", "probe"),
        ] {
            let e = probe(text).expect_err(text).to_string();
            assert!(e.contains(key) && e.contains("c.toml"), "{text}: {e}");
        }
    }

    #[test]
    fn platform_rules() {
        let p = platform("gone_status = [404, 410, 451]\ngone_text = [\"Post NOT found\"]\n")
            .expect("ok");
        assert_eq!(p.gone_status, vec![404, 410, 451]);
        assert_eq!(p.gone_text, vec!["post not found".to_string()]);
        assert!(p.online_text.is_empty());
        for text in [
            "gone_status = [\"404\"]",
            "gone_status = [200]",
            "gone_status = [99999]",
            "gone_text = [\"\"]",
            "online = [\"x\"]",
        ] {
            let e = platform(text).expect_err(text).to_string();
            assert!(e.contains("platforms[0].probe"), "{text}: {e}");
        }
    }
}
