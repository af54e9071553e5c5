//! DKIM and DMARC checked by takedown itself (`trust.verify = "dkim"` or
//! `"both"`), with mail-auth, instead of (or besides) believing the receiving
//! server's Authentication-Results.
//!
//! A check is a point-in-time observation: keys are rotated and signatures
//! expire, so an email verified today may not verify next year. The result is
//! therefore recorded with the email (`messages.dkim`, JSON) and `reprocess`
//! reuses the recorded one instead of asking DNS again.
//!
//! DNS goes through the system resolver (`/etc/resolv.conf`), each query
//! bounded by `trust.dns_timeout` and the whole check by twice that. mail-auth
//! is async; the daemon handles one email at a time, so the check runs on a
//! small current-thread runtime of its own (on a helper thread when the caller
//! is already inside a runtime, where a nested `block_on` would panic).

use std::borrow::Borrow;
use std::collections::HashMap;
use std::hash::Hash;
use std::sync::Arc;
use std::time::Duration;

use mail_auth::common::parse::TxtRecordParser;
use mail_auth::common::verify::DomainKey;
use mail_auth::dmarc::Dmarc;
use mail_auth::dmarc::verify::DmarcParameters;
use mail_auth::hickory_resolver::config::ResolverConfig;
use mail_auth::hickory_resolver::proto::op::ResponseCode;
use mail_auth::{
    AuthenticatedMessage, DkimResult, DmarcResult, MX, MessageAuthenticator, Parameters, RecordSet,
    ResolverCache, SpfOutput, Txt,
};
use serde::{Deserialize, Serialize};

use crate::config::TrustSettings;

/// One DKIM-Signature and what became of it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Signature {
    /// The signing domain (`d=`), lowercased; empty when the header could not be read.
    pub domain: String,
    pub selector: String,
    /// pass, fail, neutral, temperror, permerror or none.
    pub result: String,
    /// Why, when it did not pass.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub detail: String,
}

/// takedown's own DKIM/DMARC verdict on one email.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DkimCheck {
    pub signatures: Vec<Signature>,
    /// DMARC evaluated on DKIM alone (takedown does not see the SMTP session,
    /// so SPF is unknown): pass, fail, none, temperror or permerror.
    pub dmarc: String,
    /// The From domain DMARC was evaluated for.
    pub dmarc_domain: String,
    /// Set when the check could not be made at all (timeout, no resolver).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
}

impl DkimCheck {
    fn failed(why: impl Into<String>) -> DkimCheck {
        DkimCheck {
            signatures: Vec::new(),
            dmarc: "none".into(),
            dmarc_domain: String::new(),
            error: Some(why.into()),
        }
    }

    /// One line for people: "dkim=pass d=telegram.org s=s1; dmarc=pass (telegram.org)".
    pub fn summary(&self) -> String {
        if let Some(e) = &self.error {
            return format!("not verified: {e}");
        }
        let mut parts: Vec<String> = self
            .signatures
            .iter()
            .map(|s| {
                let mut p = format!(
                    "dkim={} d={} s={}",
                    s.result,
                    or_dash(&s.domain),
                    or_dash(&s.selector)
                );
                if !s.detail.is_empty() {
                    p.push_str(&format!(" ({})", s.detail));
                }
                p
            })
            .collect();
        if parts.is_empty() {
            parts.push("dkim=none (no signature)".into());
        }
        parts.push(format!(
            "dmarc={} ({})",
            self.dmarc,
            or_dash(&self.dmarc_domain)
        ));
        parts.join("; ")
    }

    pub fn to_json(&self) -> String {
        // Serializing plain strings and vectors cannot fail.
        serde_json::to_string(self).unwrap_or_default()
    }

    pub fn from_json(text: &str) -> Option<DkimCheck> {
        serde_json::from_str(text).ok()
    }
}

fn or_dash(s: &str) -> &str {
    if s.is_empty() { "-" } else { s }
}

/// Where the DKIM verdict comes from.
#[derive(Clone, Default)]
pub enum Source {
    /// Ask DNS through the system resolver.
    #[default]
    System,
    /// Only these records exist (tests, fuzzing): no network at all.
    Records(Arc<TxtRecords>),
    /// The verdict recorded when the email was received (`reprocess`);
    /// None: it was not checked then.
    Recorded(Option<DkimCheck>),
}

impl std::fmt::Debug for Source {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Source::System => write!(f, "System"),
            Source::Records(r) => write!(f, "Records({} names)", r.map.len()),
            Source::Recorded(c) => write!(
                f,
                "Recorded({})",
                c.as_ref()
                    .map(|c| c.summary())
                    .unwrap_or_else(|| "none".into())
            ),
        }
    }
}

/// A fixed set of DNS TXT records standing in for DNS: mail-auth's resolver
/// cache, pre-populated, and authoritative (a name not in it does not exist,
/// so mail-auth never falls through to a real query).
#[derive(Default)]
pub struct TxtRecords {
    map: HashMap<Box<str>, Txt>,
}

impl TxtRecords {
    pub fn new() -> TxtRecords {
        TxtRecords::default()
    }

    /// Adds a record: `name` like "s1._domainkey.telegram.org" (a DKIM key) or
    /// "_dmarc.telegram.org" (a DMARC policy); `value` as published in DNS.
    pub fn add(&mut self, name: &str, value: &str) -> Result<(), String> {
        let fqdn = fqdn(name);
        let txt: Txt = if fqdn.starts_with("_dmarc.") {
            Txt::Dmarc(Arc::new(
                Dmarc::parse(value.as_bytes())
                    .map_err(|e| format!("{name}: bad DMARC record: {e}"))?,
            ))
        } else if fqdn.contains("._domainkey.") {
            Txt::DomainKey(Arc::new(
                DomainKey::parse(value.as_bytes())
                    .map_err(|e| format!("{name}: bad DKIM key record: {e}"))?,
            ))
        } else {
            return Err(format!(
                "{name}: only DKIM keys (…._domainkey.…) and DMARC policies (_dmarc.…) are supported"
            ));
        };
        self.map.insert(fqdn.into_boxed_str(), txt);
        Ok(())
    }
}

fn fqdn(name: &str) -> String {
    let mut n = name.trim().to_ascii_lowercase();
    if !n.ends_with('.') {
        n.push('.');
    }
    n
}

impl ResolverCache<Box<str>, Txt> for TxtRecords {
    fn get<Q>(&self, name: &Q) -> Option<Txt>
    where
        Box<str>: Borrow<Q>,
        Q: Hash + Eq + ?Sized,
    {
        Some(self.map.get(name).cloned().unwrap_or_else(|| {
            Txt::Error(mail_auth::Error::Dns(mail_auth::DnsError::RecordNotFound(
                ResponseCode::NXDomain,
            )))
        }))
    }

    fn remove<Q>(&self, _: &Q) -> Option<Txt>
    where
        Box<str>: Borrow<Q>,
        Q: Hash + Eq + ?Sized,
    {
        None
    }

    fn insert(&self, _: Box<str>, _: Txt, _: std::time::Instant) {}
}

/// "Every name exists" for the A/AAAA/MX/PTR caches when the records are
/// fixed: DMARC asks whether the From domain exists only to pick a policy
/// for non-existent subdomains, which never decides pass or fail here.
struct Exists<V>(V);

impl<K, V: Clone> ResolverCache<K, V> for Exists<V> {
    fn get<Q>(&self, _: &Q) -> Option<V>
    where
        K: Borrow<Q>,
        Q: Hash + Eq + ?Sized,
    {
        Some(self.0.clone())
    }

    fn remove<Q>(&self, _: &Q) -> Option<V>
    where
        K: Borrow<Q>,
        Q: Hash + Eq + ?Sized,
    {
        None
    }

    fn insert(&self, _: K, _: V, _: std::time::Instant) {}
}

/// mail-auth's caches standing in for DNS when the records are fixed.
struct Fixed<'a> {
    txt: &'a TxtRecords,
    ipv4: Exists<RecordSet<std::net::Ipv4Addr>>,
    ipv6: Exists<RecordSet<std::net::Ipv6Addr>>,
    mx: Exists<RecordSet<MX>>,
    ptr: Exists<RecordSet<Box<str>>>,
}

type FixedParams<'x, P> = Parameters<
    'x,
    P,
    TxtRecords,
    Exists<RecordSet<MX>>,
    Exists<RecordSet<std::net::Ipv4Addr>>,
    Exists<RecordSet<std::net::Ipv6Addr>>,
    Exists<RecordSet<Box<str>>>,
>;

impl<'a> Fixed<'a> {
    fn new(txt: &'a TxtRecords) -> Fixed<'a> {
        fn set<T>(v: Vec<T>) -> Exists<RecordSet<T>> {
            Exists(RecordSet {
                rrset: Arc::from(v),
                dnssec_status: Default::default(),
            })
        }
        Fixed {
            txt,
            ipv4: set(vec![std::net::Ipv4Addr::LOCALHOST]),
            ipv6: set(vec![std::net::Ipv6Addr::LOCALHOST]),
            mx: set(Vec::new()),
            ptr: set(Vec::new()),
        }
    }

    fn params<'x, P>(&'x self, p: P) -> FixedParams<'x, P> {
        Parameters::new(p)
            .with_txt_cache(self.txt)
            .with_ipv4_cache(&self.ipv4)
            .with_ipv6_cache(&self.ipv6)
            .with_mx_cache(&self.mx)
            .with_ptr_cache(&self.ptr)
    }
}

/// Verifies the email's DKIM signatures and DMARC (on DKIM alignment) for
/// the From domain. Never fails: problems are in the result.
pub fn verify(raw: &[u8], trust: &TrustSettings, source: &Source) -> DkimCheck {
    if let Source::Recorded(c) = source {
        return c.clone().unwrap_or_else(|| {
            DkimCheck::failed("takedown did not verify DKIM when this email was received")
        });
    }
    let run = || run_check(raw, trust.dns_timeout, source);
    if tokio::runtime::Handle::try_current().is_ok() {
        // Inside a runtime a nested block_on panics: use a helper thread.
        std::thread::scope(|s| {
            s.spawn(run)
                .join()
                .unwrap_or_else(|_| DkimCheck::failed("internal error in the DKIM check"))
        })
    } else {
        run()
    }
}

fn run_check(raw: &[u8], dns_timeout: Duration, source: &Source) -> DkimCheck {
    let Some(message) = AuthenticatedMessage::parse(raw) else {
        return DkimCheck::failed("the header could not be read for DKIM");
    };
    let from_domain = match message.from.first().and_then(|f| f.rsplit_once('@')) {
        Some((_, d)) if !d.is_empty() => d.to_ascii_lowercase(),
        _ => return DkimCheck::failed("no From address to check DKIM/DMARC against"),
    };
    let rt = match tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => return DkimCheck::failed(format!("no runtime for DNS: {e}")),
    };
    // Each query is bounded by dns_timeout; a key lookup and the DMARC tree
    // walk run one after the other, so the whole check gets twice that.
    let budget = dns_timeout.saturating_mul(2) + Duration::from_millis(500);
    rt.block_on(async {
        let work = async {
            match source {
                Source::Records(records) => {
                    let auth = offline_authenticator()?;
                    let fixed = Fixed::new(records);
                    let dkim = auth.verify_dkim(fixed.params(&message)).await;
                    let spf = SpfOutput::new(from_domain.clone());
                    let dmarc = auth
                        .verify_dmarc(fixed.params(DmarcParameters::new(
                            &message,
                            &dkim,
                            &from_domain,
                            &spf,
                        )))
                        .await;
                    Ok::<_, String>(collect(&dkim, dmarc.dkim_result(), &from_domain))
                }
                _ => {
                    let auth = system_authenticator(dns_timeout)?;
                    let dkim = auth.verify_dkim(&message).await;
                    let spf = SpfOutput::new(from_domain.clone());
                    let dmarc = auth
                        .verify_dmarc(DmarcParameters::new(&message, &dkim, &from_domain, &spf))
                        .await;
                    Ok(collect(&dkim, dmarc.dkim_result(), &from_domain))
                }
            }
        };
        match tokio::time::timeout(budget, work).await {
            Ok(Ok(check)) => check,
            Ok(Err(e)) => DkimCheck::failed(e),
            Err(_) => DkimCheck::failed(format!(
                "DNS did not answer within {} ms",
                budget.as_millis()
            )),
        }
    })
}

fn system_authenticator(dns_timeout: Duration) -> Result<MessageAuthenticator, String> {
    let (config, mut opts) = mail_auth::hickory_resolver::system_conf::read_system_conf()
        .map_err(|e| format!("cannot read the system resolver configuration: {e}"))?;
    opts.timeout = dns_timeout;
    opts.attempts = 1;
    MessageAuthenticator::new(config, opts)
        .map_err(|e| format!("cannot set up the DNS resolver: {e}"))
}

/// A resolver with no name servers: with fixed records nothing is ever asked,
/// and if something were, it fails instead of reaching the network.
fn offline_authenticator() -> Result<MessageAuthenticator, String> {
    MessageAuthenticator::new(
        ResolverConfig::from_name_servers(Vec::new()),
        Default::default(),
    )
    .map_err(|e| format!("cannot set up the offline resolver: {e}"))
}

fn dkim_result_word(r: &DkimResult) -> (&'static str, String) {
    match r {
        DkimResult::Pass => ("pass", String::new()),
        DkimResult::Neutral(e) => ("neutral", e.to_string()),
        DkimResult::Fail(e) => ("fail", e.to_string()),
        DkimResult::PermError(e) => ("permerror", e.to_string()),
        DkimResult::TempError(e) => ("temperror", e.to_string()),
        DkimResult::None => ("none", String::new()),
    }
}

fn collect(
    dkim: &[mail_auth::DkimOutput<'_>],
    dmarc: &DmarcResult,
    from_domain: &str,
) -> DkimCheck {
    let signatures = dkim
        .iter()
        .map(|o| {
            let (result, detail) = dkim_result_word(o.result());
            Signature {
                domain: o
                    .signature()
                    .map(|s| s.d.to_ascii_lowercase())
                    .unwrap_or_default(),
                selector: o.signature().map(|s| s.s.clone()).unwrap_or_default(),
                result: result.into(),
                detail,
            }
        })
        .collect();
    let dmarc = match dmarc {
        DmarcResult::Pass => "pass",
        DmarcResult::Fail(_) => "fail",
        DmarcResult::TempError(_) => "temperror",
        DmarcResult::PermError(_) => "permerror",
        DmarcResult::None => "none",
    };
    DkimCheck {
        signatures,
        dmarc: dmarc.into(),
        dmarc_domain: from_domain.to_string(),
        error: None,
    }
}

/// Signing with a throw-away key, for the test suite and the fuzz harness:
/// takedown itself never signs anything.
#[doc(hidden)]
pub mod testing {
    use mail_auth::common::crypto::Ed25519Key;
    use mail_auth::common::headers::HeaderWriter;
    use mail_auth::dkim::DkimSigner;

    pub struct TestSigner {
        pkcs8: Vec<u8>,
        pub domain: String,
        pub selector: String,
    }

    impl TestSigner {
        /// A fresh Ed25519 key for `selector._domainkey.domain`.
        pub fn new(domain: &str, selector: &str) -> TestSigner {
            let pkcs8 = Ed25519Key::generate_pkcs8().expect("ring generates an Ed25519 key");
            TestSigner {
                pkcs8,
                domain: domain.into(),
                selector: selector.into(),
            }
        }

        fn key(&self) -> Ed25519Key {
            Ed25519Key::from_pkcs8_der(&self.pkcs8).expect("the key just generated")
        }

        pub fn record_name(&self) -> String {
            format!("{}._domainkey.{}", self.selector, self.domain)
        }

        /// The TXT record that publishes the public key.
        pub fn record(&self) -> String {
            format!("v=DKIM1; k=ed25519; p={}", base64(&self.key().public_key()))
        }

        /// The email with a DKIM-Signature header prepended.
        pub fn sign(&self, raw: &[u8]) -> Vec<u8> {
            let signature = DkimSigner::from_key(self.key())
                .domain(self.domain.clone())
                .selector(self.selector.clone())
                .headers(["From", "To", "Subject", "Date", "Message-ID"])
                .sign(raw)
                .expect("signing a well-formed test email");
            let mut out = signature.to_header().into_bytes();
            out.extend_from_slice(raw);
            out
        }
    }

    fn base64(data: &[u8]) -> String {
        const A: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        let mut out = String::new();
        for chunk in data.chunks(3) {
            let b = [
                chunk[0],
                *chunk.get(1).unwrap_or(&0),
                *chunk.get(2).unwrap_or(&0),
            ];
            let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
            for i in 0..4 {
                if i <= chunk.len() {
                    out.push(A[((n >> (18 - 6 * i)) & 63) as usize] as char);
                } else {
                    out.push('=');
                }
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::testing::TestSigner;
    use super::*;
    use crate::config::{Require, Verify};

    fn trust() -> TrustSettings {
        TrustSettings {
            authserv_id: None,
            require: Require::Dmarc,
            verify: Verify::Dkim,
            dns_timeout: Duration::from_secs(2),
        }
    }

    const EMAIL: &str = "From: Telegram <abuse@telegram.org>\r\nTo: takedown@kcsc.example\r\nSubject: Re: KCSC-240901-01\r\nDate: Mon, 2 Sep 2024 10:00:00 +0900\r\nMessage-ID: <d1@telegram.org>\r\n\r\nhttps://t.me/chan/1 removed\r\n";

    fn records(signer: &TestSigner, dmarc: Option<&str>) -> Source {
        let mut r = TxtRecords::new();
        r.add(&signer.record_name(), &signer.record()).unwrap();
        if let Some(d) = dmarc {
            r.add("_dmarc.telegram.org", d).unwrap();
        }
        Source::Records(Arc::new(r))
    }

    #[test]
    fn signed_email_passes_dkim_and_dmarc() {
        let signer = TestSigner::new("telegram.org", "s1");
        let raw = signer.sign(EMAIL.as_bytes());
        let c = verify(
            &raw,
            &trust(),
            &records(&signer, Some("v=DMARC1; p=reject")),
        );
        assert_eq!(c.error, None, "{c:?}");
        assert_eq!(c.signatures.len(), 1, "{c:?}");
        assert_eq!(c.signatures[0].result, "pass", "{c:?}");
        assert_eq!(c.signatures[0].domain, "telegram.org");
        assert_eq!(c.dmarc, "pass", "{c:?}");
        assert_eq!(DkimCheck::from_json(&c.to_json()), Some(c.clone()));
        assert!(
            c.summary().contains("dkim=pass d=telegram.org s=s1"),
            "{}",
            c.summary()
        );
    }

    #[test]
    fn altered_body_or_missing_key_fails() {
        let signer = TestSigner::new("telegram.org", "s1");
        let raw = signer.sign(EMAIL.as_bytes());
        let text = String::from_utf8(raw.clone())
            .unwrap()
            .replace("/chan/1 removed", "/chan/2 removed");
        let c = verify(
            text.as_bytes(),
            &trust(),
            &records(&signer, Some("v=DMARC1; p=reject")),
        );
        assert_ne!(c.signatures[0].result, "pass", "{c:?}");
        assert_ne!(c.dmarc, "pass", "{c:?}");
        // Signed by a key that DNS does not publish.
        let other = TestSigner::new("telegram.org", "s1");
        let c = verify(
            &other.sign(EMAIL.as_bytes()),
            &trust(),
            &records(&signer, Some("v=DMARC1; p=reject")),
        );
        assert_eq!(c.signatures[0].result, "fail", "{c:?}");
        // No DMARC policy published: DKIM passes, DMARC is none.
        let c = verify(&raw, &trust(), &records(&signer, None));
        assert_eq!(
            (c.signatures[0].result.as_str(), c.dmarc.as_str()),
            ("pass", "none"),
            "{c:?}"
        );
        // Unsigned.
        let c = verify(EMAIL.as_bytes(), &trust(), &records(&signer, None));
        assert!(c.signatures.is_empty() && c.dmarc == "none", "{c:?}");
    }

    #[test]
    fn recorded_verdict_is_reused() {
        let c = DkimCheck {
            signatures: vec![],
            dmarc: "pass".into(),
            dmarc_domain: "telegram.org".into(),
            error: None,
        };
        assert_eq!(
            verify(b"garbage", &trust(), &Source::Recorded(Some(c.clone()))),
            c
        );
        assert!(
            verify(b"garbage", &trust(), &Source::Recorded(None))
                .error
                .is_some()
        );
    }

    #[test]
    fn garbage_does_not_panic() {
        let signer = TestSigner::new("telegram.org", "s1");
        for raw in [
            &b""[..],
            b"\x00\xff",
            b"DKIM-Signature: v=1; a=rsa-sha256; d=; b=\r\n\r\n",
            b"From: a@\r\n\r\n",
        ] {
            let _ = verify(raw, &trust(), &records(&signer, None));
        }
    }

    #[test]
    fn works_inside_a_runtime() {
        let signer = TestSigner::new("telegram.org", "s1");
        let raw = signer.sign(EMAIL.as_bytes());
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        let c = rt.block_on(async {
            verify(&raw, &trust(), &records(&signer, Some("v=DMARC1; p=none")))
        });
        assert_eq!(c.dmarc, "pass", "{c:?}");
    }
}
