//! Trust: who sent this email, and can we believe it? The platform comes from
//! the From address. Belief comes from `trust.verify`:
//! * `authentication-results`: only the topmost Authentication-Results header
//!   written by our own receiving server (lower ones, or ones with another
//!   authserv-id, can be forged by the sender and are ignored);
//! * `dkim`: takedown's own DKIM/DMARC check (`dkim.rs`);
//! * `both`: both must pass.
//!
//! `trust.require` says what must pass (dmarc, dkim or none) in either case.

pub mod authres;
pub mod dkim;

use serde::Serialize;

use crate::config::{Platform, Require, Settings, TrustSettings, Verify};
use crate::parse::ParsedEmail;
pub use authres::AuthResult;
pub use dkim::DkimCheck;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TrustVerdict {
    /// The platform whose `senders` the From address matches.
    pub platform: Option<String>,
    pub sender: Option<String>,
    pub trusted: bool,
    /// One line a person can read: what passed or what failed.
    pub reason: String,
}

/// Parses an Authentication-Results value into its authserv-id and results
/// (RFC 8601 grammar: see `authres`). None when it does not parse.
pub fn parse_authentication_results(value: &str) -> Option<(String, Vec<AuthResult>)> {
    authres::parse(value)
        .ok()
        .map(|r| (r.authserv_id, r.results))
}

fn domain_of(addr: &str) -> Option<&str> {
    addr.rsplit_once('@')
        .map(|(_, d)| d)
        .filter(|d| !d.is_empty())
}

/// A bare domain matches itself and its subdomains; a full address matches exactly.
pub fn sender_matches(sender: &str, pattern: &str) -> bool {
    let sender = sender.to_ascii_lowercase();
    if pattern.contains('@') {
        return sender == pattern;
    }
    match domain_of(&sender) {
        Some(d) => d == pattern || d.ends_with(&format!(".{pattern}")),
        None => false,
    }
}

pub fn platform_for<'a>(settings: &'a Settings, sender: &str) -> Option<&'a Platform> {
    // The most specific pattern wins (a full address over a domain, a longer domain over a shorter).
    settings
        .platforms
        .iter()
        .flat_map(|p| p.senders.iter().map(move |s| (p, s)))
        .filter(|(_, s)| sender_matches(sender, s))
        .max_by_key(|(_, s)| (s.contains('@'), s.len()))
        .map(|(p, _)| p)
}

/// Relaxed DMARC-style alignment: the two domains are equal or one is a
/// subdomain of the other, and the shorter has at least one dot (never a bare TLD).
pub fn aligned(a: &str, b: &str) -> bool {
    let (a, b) = (a.to_ascii_lowercase(), b.to_ascii_lowercase());
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    short.contains('.') && (long == short || long.ends_with(&format!(".{short}")))
}

/// The verdict from the headers alone (no DKIM check of our own). With
/// `trust.verify = "dkim"` or `"both"` this trusts nothing: use `assess_with`.
pub fn assess(email: &ParsedEmail, settings: &Settings) -> TrustVerdict {
    assess_with(email, settings, None)
}

/// The verdict, given takedown's own DKIM check when one was made.
pub fn assess_with(
    email: &ParsedEmail,
    settings: &Settings,
    own: Option<&DkimCheck>,
) -> TrustVerdict {
    let sender = email.sender().map(str::to_string);
    let platform = sender
        .as_deref()
        .and_then(|s| platform_for(settings, s))
        .map(|p| p.id.clone());
    let verdict = |trusted: bool, reason: String| TrustVerdict {
        platform: platform.clone(),
        sender: sender.clone(),
        trusted,
        reason,
    };
    let Some(from) = sender.as_deref() else {
        return verdict(false, "no From address".into());
    };
    if email.from_fields > 1 {
        return verdict(
            false,
            format!(
                "{} From header fields; receiving servers judge the first, takedown would read the last: not trusted",
                email.from_fields
            ),
        );
    }
    if email.from.len() > 1 {
        return verdict(
            false,
            format!(
                "{} From addresses; a confirmation has one author",
                email.from.len()
            ),
        );
    }
    let Some(from_domain) = domain_of(from) else {
        return verdict(false, format!("From address `{from}` has no domain"));
    };
    let Some(trust) = &settings.trust else {
        return verdict(false, "no [trust] section in the config: no email is trusted until it names the receiving server".into());
    };
    if trust.require == Require::None {
        return verdict(
            true,
            "trust.require = \"none\": authentication not checked (for tests only)".into(),
        );
    }
    let (trusted, reason) = match trust.verify {
        Verify::AuthenticationResults => by_authentication_results(email, trust, from_domain),
        Verify::Dkim => by_own_check(own, trust.require, from_domain),
        Verify::Both => {
            let (a, ar) = by_authentication_results(email, trust, from_domain);
            let (b, br) = by_own_check(own, trust.require, from_domain);
            (a && b, format!("{ar}; takedown's own check: {br}"))
        }
    };
    verdict(trusted, reason)
}

fn by_authentication_results(
    email: &ParsedEmail,
    trust: &TrustSettings,
    from_domain: &str,
) -> (bool, String) {
    let Some(our_id) = trust.authserv_id.as_deref() else {
        return (false, "trust.authserv_id is not set".into());
    };
    // Only the topmost header from our own server counts: our server prepends
    // its header above whatever the sender wrote (and must remove any the
    // sender wrote with its id: RFC 8601 section 5, see the README).
    let ours = email.auth_results.iter().find_map(|v| {
        let parsed = authres::parse(v);
        match &parsed {
            Ok(r) if r.authserv_id == our_id => Some(parsed),
            Ok(_) => None,
            // Unparseable: ours only if it starts with our id (anything else
            // is a header we would have skipped anyway).
            Err(_) => header_names(v, our_id).then_some(parsed),
        }
    });
    let results = match ours {
        None => {
            return (
                false,
                format!("no Authentication-Results header from {our_id}"),
            );
        }
        Some(Err(e)) => {
            return (
                false,
                format!(
                    "the Authentication-Results header from {our_id} does not parse ({e}): not trusted"
                ),
            );
        }
        Some(Ok(r)) => r.results,
    };
    match trust.require {
        Require::Dmarc => {
            let dmarc: Vec<&AuthResult> = results.iter().filter(|r| r.method == "dmarc").collect();
            let first = match dmarc.as_slice() {
                [] => return (false, format!("{our_id} reported no DMARC result")),
                [one] => one,
                several => {
                    let all: Vec<String> = several
                        .iter()
                        .map(|r| format!("dmarc={}", r.result))
                        .collect();
                    return (
                        false,
                        format!(
                            "{} DMARC results in one header from {our_id} ({}): a server writes one, so the header was tampered with",
                            several.len(),
                            all.join(", ")
                        ),
                    );
                }
            };
            if first.result != "pass" {
                return (false, format!("dmarc={} at {our_id}", first.result));
            }
            match first.prop("header.from") {
                Some(hf) if hf.eq_ignore_ascii_case(from_domain) => {
                    (true, format!("dmarc=pass for {from_domain} at {our_id}"))
                }
                Some(hf) => (
                    false,
                    format!("dmarc=pass was for {hf}, not the From domain {from_domain}"),
                ),
                None => (
                    false,
                    format!(
                        "dmarc=pass at {our_id} does not say for which domain (no header.from): not trusted"
                    ),
                ),
            }
        }
        Require::Dkim => {
            // One result per signature is normal (a platform and its mail
            // provider may both sign); two results for the same signer are not.
            let mut signers = std::collections::BTreeMap::new();
            for r in results.iter().filter(|r| r.method == "dkim") {
                let d = r
                    .prop("header.d")
                    .or_else(|| r.prop("header.i").and_then(domain_of))
                    .unwrap_or("")
                    .to_string();
                if let Some(before) = signers.insert(d.clone(), r.result.clone()) {
                    return (
                        false,
                        format!(
                            "two DKIM results for {} in one header from {our_id} (dkim={before}, dkim={}): not trusted",
                            if d.is_empty() {
                                "an unnamed signer"
                            } else {
                                &d
                            },
                            r.result
                        ),
                    );
                }
            }
            let pass = signers
                .iter()
                .find(|(d, res)| *res == "pass" && !d.is_empty() && aligned(d, from_domain));
            match pass {
                Some((d, _)) => (
                    true,
                    format!("dkim=pass header.d={d} aligned with {from_domain} at {our_id}"),
                ),
                None => (
                    false,
                    format!("no dkim=pass aligned with {from_domain} at {our_id}"),
                ),
            }
        }
        Require::None => (true, String::new()),
    }
}

/// Whether a header value that does not parse begins with `id` (its authserv-id).
fn header_names(value: &str, id: &str) -> bool {
    let v = value.trim_start();
    match (v.get(..id.len()), v.get(id.len()..)) {
        (Some(head), Some(rest)) => {
            head.eq_ignore_ascii_case(id)
                && rest
                    .chars()
                    .next()
                    .is_none_or(|c| c.is_whitespace() || c == ';' || c == '(')
        }
        _ => false,
    }
}

/// takedown's own check: `require = "dkim"` needs a passing signature whose
/// d= is aligned with the From domain; `require = "dmarc"` needs DMARC to pass
/// on DKIM for the From domain (a published DMARC policy and an aligned pass,
/// strict when the policy says adkim=s).
fn by_own_check(own: Option<&DkimCheck>, require: Require, from_domain: &str) -> (bool, String) {
    let Some(check) = own else {
        return (false, "takedown's own DKIM check was not made".into());
    };
    if let Some(e) = &check.error {
        return (false, format!("DKIM not verified: {e}"));
    }
    match require {
        Require::Dkim => {
            let pass = check
                .signatures
                .iter()
                .find(|s| s.result == "pass" && aligned(&s.domain, from_domain));
            match pass {
                Some(s) => (
                    true,
                    format!(
                        "dkim=pass d={} s={} aligned with {from_domain} (verified by takedown)",
                        s.domain, s.selector
                    ),
                ),
                None => (
                    false,
                    format!(
                        "no DKIM signature aligned with {from_domain} passed (takedown: {})",
                        check.summary()
                    ),
                ),
            }
        }
        Require::Dmarc => {
            if check.dmarc == "pass" && check.dmarc_domain.eq_ignore_ascii_case(from_domain) {
                let by: Vec<&str> = check
                    .signatures
                    .iter()
                    .filter(|s| s.result == "pass")
                    .map(|s| s.domain.as_str())
                    .collect();
                (
                    true,
                    format!(
                        "dmarc=pass for {from_domain} on dkim d={} (verified by takedown)",
                        by.join(",")
                    ),
                )
            } else {
                (
                    false,
                    format!(
                        "dmarc={} for {from_domain} (takedown: {})",
                        check.dmarc,
                        check.summary()
                    ),
                )
            }
        }
        Require::None => (true, String::new()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    fn settings(require: &str) -> Settings {
        let text = format!(
            "[database]\npath = \"x.db\"\n[trust]\nauthserv_id = \"mx.kcsc.example\"\nrequire = \"{require}\"\n[[platforms]]\nid = \"telegram\"\nsenders = [\"telegram.org\"]\n[[platforms]]\nid = \"x\"\nsenders = [\"x.com\", \"legal@twitter.com\"]\n"
        );
        Settings::from_toml(Path::new("c.toml"), &text).unwrap()
    }

    fn email(from: &str, ar: &[&str]) -> ParsedEmail {
        ParsedEmail {
            from: vec![from.to_string()],
            auth_results: ar.iter().map(|s| s.to_string()).collect(),
            ..Default::default()
        }
    }

    #[test]
    fn parses_results_with_comments() {
        let (id, r) = parse_authentication_results(
            "mx.kcsc.example 1; dkim=pass (2048-bit key) header.d=telegram.org header.s=s1; dmarc=pass (p=reject dis=none) header.from=telegram.org",
        )
        .unwrap();
        assert_eq!(id, "mx.kcsc.example");
        assert_eq!(r.len(), 2);
        assert_eq!(r[1].method, "dmarc");
        assert_eq!(r[1].prop("header.from"), Some("telegram.org"));
        assert!(parse_authentication_results("").is_none());
        assert!(parse_authentication_results("dmarc=pass").is_none());
    }

    #[test]
    fn sender_patterns() {
        assert!(sender_matches("a@telegram.org", "telegram.org"));
        assert!(sender_matches("a@mail.telegram.org", "telegram.org"));
        assert!(!sender_matches(
            "a@telegram.org.evil.example",
            "telegram.org"
        ));
        assert!(!sender_matches("a@nottelegram.org", "telegram.org"));
        assert!(sender_matches("Legal@Twitter.com", "legal@twitter.com"));
        assert!(!sender_matches("other@twitter.com", "legal@twitter.com"));
    }

    #[test]
    fn only_topmost_own_header_counts() {
        let s = settings("dmarc");
        let ok = email(
            "dsa@telegram.org",
            &["mx.kcsc.example; dmarc=pass header.from=telegram.org"],
        );
        assert!(assess(&ok, &s).trusted);
        let forged_below = email(
            "dsa@telegram.org",
            &[
                "mx.kcsc.example; dmarc=fail header.from=telegram.org",
                "mx.kcsc.example; dmarc=pass header.from=telegram.org",
            ],
        );
        assert!(!assess(&forged_below, &s).trusted);
        let other_server = email(
            "dsa@telegram.org",
            &["mx.evil.example; dmarc=pass header.from=telegram.org"],
        );
        assert!(!assess(&other_server, &s).trusted);
        let none = email("dsa@telegram.org", &[]);
        let v = assess(&none, &s);
        assert!(!v.trusted && v.platform.as_deref() == Some("telegram"));
        let wrong_domain = email(
            "dsa@telegram.org",
            &["mx.kcsc.example; dmarc=pass header.from=evil.example"],
        );
        assert!(!assess(&wrong_domain, &s).trusted);
    }

    #[test]
    fn two_results_for_one_dkim_signer_are_not_trusted_but_two_signers_are_fine() {
        let s = settings("dkim");
        let two_signers = email(
            "dsa@telegram.org",
            &["mx.kcsc.example; dkim=pass header.d=telegram.org; dkim=pass header.d=esp.example"],
        );
        assert!(assess(&two_signers, &s).trusted);
        let same_signer = email(
            "dsa@telegram.org",
            &["mx.kcsc.example; dkim=fail header.d=telegram.org; dkim=pass header.d=telegram.org"],
        );
        let v = assess(&same_signer, &s);
        assert!(!v.trusted && v.reason.contains("two DKIM results"), "{v:?}");
    }

    #[test]
    fn several_from_fields_or_a_broken_header_are_not_trusted() {
        let s = settings("dmarc");
        let mut e = email(
            "dsa@telegram.org",
            &["mx.kcsc.example; dmarc=pass header.from=telegram.org"],
        );
        e.from_fields = 2;
        let v = assess(&e, &s);
        assert!(
            !v.trusted && v.reason.contains("2 From header fields"),
            "{v:?}"
        );
        // Ours, but broken by the sender's text: not skipped, not trusted.
        let broken = email(
            "dsa@telegram.org",
            &[
                "mx.kcsc.example; spf=pass smtp.mailfrom=\"a;b@evil.example; dmarc=pass header.from=telegram.org",
                "mx.kcsc.example; dmarc=pass header.from=telegram.org",
            ],
        );
        let v = assess(&broken, &s);
        assert!(!v.trusted && v.reason.contains("does not parse"), "{v:?}");
        // Another server's unparseable header is skipped as before.
        let other = email(
            "dsa@telegram.org",
            &[
                "mx.evil.example; (unclosed",
                "mx.kcsc.example; dmarc=pass header.from=telegram.org",
            ],
        );
        assert!(assess(&other, &s).trusted);
    }

    #[test]
    fn dkim_alignment() {
        let s = settings("dkim");
        let ok = email(
            "dsa@telegram.org",
            &["mx.kcsc.example; dkim=pass header.d=mail.telegram.org"],
        );
        assert!(assess(&ok, &s).trusted);
        let unaligned = email(
            "dsa@telegram.org",
            &["mx.kcsc.example; dkim=pass header.d=mailer.example"],
        );
        assert!(!assess(&unaligned, &s).trusted);
        assert!(!aligned("org", "telegram.org"));
    }

    fn settings_verify(verify: &str, require: &str) -> Settings {
        let text = format!(
            "[database]\npath = \"x.db\"\n[trust]\nauthserv_id = \"mx.kcsc.example\"\nrequire = \"{require}\"\nverify = \"{verify}\"\n[[platforms]]\nid = \"telegram\"\nsenders = [\"telegram.org\"]\n"
        );
        Settings::from_toml(Path::new("c.toml"), &text).unwrap()
    }

    fn check(sig_domain: &str, result: &str, dmarc: &str) -> DkimCheck {
        DkimCheck {
            signatures: vec![dkim::Signature {
                domain: sig_domain.into(),
                selector: "s1".into(),
                result: result.into(),
                detail: String::new(),
            }],
            dmarc: dmarc.into(),
            dmarc_domain: "telegram.org".into(),
            error: None,
        }
    }

    #[test]
    fn own_dkim_check_decides_with_verify_dkim() {
        let e = email("dsa@telegram.org", &[]);
        let s = settings_verify("dkim", "dmarc");
        let v = assess_with(&e, &s, Some(&check("telegram.org", "pass", "pass")));
        assert!(v.trusted, "{v:?}");
        assert!(v.reason.contains("verified by takedown"), "{}", v.reason);
        assert!(!assess_with(&e, &s, Some(&check("telegram.org", "pass", "none"))).trusted);
        assert!(
            !assess_with(&e, &s, None).trusted,
            "no check made: not trusted"
        );
        // A forged Authentication-Results header means nothing with verify = "dkim".
        let forged = email(
            "dsa@telegram.org",
            &["mx.kcsc.example; dmarc=pass header.from=telegram.org"],
        );
        assert!(!assess_with(&forged, &s, Some(&check("telegram.org", "fail", "fail"))).trusted);
        let s = settings_verify("dkim", "dkim");
        assert!(assess_with(&e, &s, Some(&check("mail.telegram.org", "pass", "none"))).trusted);
        assert!(
            !assess_with(&e, &s, Some(&check("mailer.example", "pass", "none"))).trusted,
            "unaligned d="
        );
        let failed = DkimCheck {
            error: Some("DNS did not answer".into()),
            ..check("telegram.org", "pass", "pass")
        };
        let v = assess_with(&e, &s, Some(&failed));
        assert!(
            !v.trusted && v.reason.contains("DNS did not answer"),
            "{v:?}"
        );
    }

    #[test]
    fn verify_both_needs_both() {
        let s = settings_verify("both", "dmarc");
        let ar = email(
            "dsa@telegram.org",
            &["mx.kcsc.example; dmarc=pass header.from=telegram.org"],
        );
        let none = email("dsa@telegram.org", &[]);
        let good = check("telegram.org", "pass", "pass");
        let bad = check("telegram.org", "fail", "fail");
        let v = assess_with(&ar, &s, Some(&good));
        assert!(v.trusted, "{v:?}");
        assert!(
            v.reason.contains("at mx.kcsc.example") && v.reason.contains("takedown's own check"),
            "{}",
            v.reason
        );
        assert!(!assess_with(&ar, &s, Some(&bad)).trusted);
        assert!(!assess_with(&none, &s, Some(&good)).trusted);
        assert!(!assess(&ar, &s).trusted, "assess alone makes no DKIM check");
    }

    #[test]
    fn no_trust_section_trusts_nothing() {
        let text = "[database]\npath = \"x.db\"\n[[platforms]]\nid = \"telegram\"\nsenders = [\"telegram.org\"]\n";
        let s = Settings::from_toml(Path::new("c.toml"), text).unwrap();
        let e = email("dsa@telegram.org", &["mx.kcsc.example; dmarc=pass"]);
        assert!(!assess(&e, &s).trusted);
    }
}
