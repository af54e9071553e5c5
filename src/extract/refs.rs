//! References: what an email says it is about. Unlike statuses, references
//! may be found anywhere, quoted text included (a reply that quotes our
//! request still answers that request).

use std::sync::LazyLock;

use regex::Regex;

use crate::config::Settings;
use crate::parse::ParsedEmail;

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct References {
    /// Request references found by the configured patterns, in order of appearance.
    pub refs: Vec<String>,
    /// References found in a plus-address extension of a recipient.
    pub plus_refs: Vec<String>,
    /// Message-IDs the email answers (In-Reply-To, References, X-Microsoft-Original-Message-ID).
    pub thread_ids: Vec<String>,
    /// The platform's own case numbers.
    pub case_numbers: Vec<String>,
    /// Requests referred to by their send date: (year if written, month, day).
    pub dates: Vec<(Option<i16>, i8, i8)>,
}

fn push_unique(v: &mut Vec<String>, s: String) {
    if !v.contains(&s) {
        v.push(s);
    }
}

/// Finds references in the subject, the whole text (quotes included) and headers.
pub fn find(
    email: &ParsedEmail,
    all_text: &str,
    own_text: &str,
    case_pattern: Option<&Regex>,
    settings: &Settings,
) -> References {
    let mut r = References {
        thread_ids: email.thread_ids.clone(),
        ..Default::default()
    };
    for hay in [email.subject.as_str(), all_text] {
        for re in &settings.matching.reference_patterns {
            for m in re.find_iter(hay) {
                push_unique(&mut r.refs, m.as_str().to_string());
            }
        }
    }
    let sep = settings.matching.address_extension.as_str();
    for rcpt in &email.recipients {
        let Some((local, _)) = rcpt.rsplit_once('@') else {
            continue;
        };
        let Some((_, ext)) = local.split_once(sep) else {
            continue;
        };
        // Addresses were lowercased; references are usually upper case.
        for candidate in [ext.to_string(), ext.to_uppercase()] {
            for re in &settings.matching.reference_patterns {
                if let Some(m) = re
                    .find(&candidate)
                    .filter(|m| m.start() == 0 && m.end() == candidate.len())
                {
                    push_unique(&mut r.plus_refs, m.as_str().to_string());
                }
            }
        }
    }
    if let Some(re) = case_pattern {
        for hay in [email.subject.as_str(), all_text] {
            for c in re.captures_iter(hay) {
                let m = c
                    .get(1)
                    .or_else(|| c.get(0))
                    .map(|m| m.as_str().to_string());
                if let Some(m) = m {
                    push_unique(&mut r.case_numbers, m);
                }
            }
        }
    }
    r.dates = request_dates(&format!("{}\n{}", email.subject, own_text));
    r
}

/// The Message-IDs of the email a bounce is about: its attached copy
/// (message/rfc822) or attached header block (text/rfc822-headers), as
/// delivery status notifications carry them (RFC 3464), plus the bounce's own
/// In-Reply-To/References.
pub fn bounced_ids(email: &ParsedEmail) -> Vec<String> {
    let mut out = email.thread_ids.clone();
    for inner in &email.forwarded {
        if let Some(id) = &inner.message_id {
            push_unique(&mut out, id.clone());
        }
    }
    static MESSAGE_ID: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?im)^message-id:[ \t]*(?:\r?\n[ \t]+)?<([^<>\s]+)>").expect("built-in regex")
    });
    for a in email
        .attachments
        .iter()
        .filter(|a| a.content_type.ends_with("/rfc822-headers"))
    {
        for c in MESSAGE_ID.captures_iter(&String::from_utf8_lossy(&a.data)) {
            if let Some(m) = c.get(1) {
                push_unique(&mut out, m.as_str().to_string());
            }
        }
    }
    out
}

static MONTHS: [&str; 12] = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
];

static DATE_CONTEXT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?ix)
        (?:request|notice|letter|e-?mail|report|요청|공문|신고)\D{0,40}?
        (?:
            (?P<mon>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?P<d1>\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(?P<y1>\d{4}))?
          | (?P<d2>\d{1,2})(?:st|nd|rd|th)?\s+(?P<mon2>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:,?\s+(?P<y2>\d{4}))?
          | (?P<y3>\d{4})[-./](?P<m3>\d{1,2})[-./](?P<d3>\d{1,2})
          | (?:(?P<y4>\d{4})\s*년\s*)?(?P<m4>\d{1,2})\s*월\s*(?P<d4>\d{1,2})\s*일
        )",
    )
    .expect("built-in regex")
});

/// Dates that name a request ("your request of Sept. 1", "9월 1일자 요청").
pub fn request_dates(text: &str) -> Vec<(Option<i16>, i8, i8)> {
    let mut out = Vec::new();
    let mut add = |y: Option<i16>, m: Option<i8>, d: Option<i8>| {
        if let (Some(m), Some(d)) = (m, d) {
            if (1..=12).contains(&m) && (1..=31).contains(&d) && !out.contains(&(y, m, d)) {
                out.push((y, m, d));
            }
        }
    };
    let num =
        |c: &regex::Captures<'_>, n: &str| c.name(n).and_then(|m| m.as_str().parse::<i16>().ok());
    let mon = |c: &regex::Captures<'_>, n: &str| {
        c.name(n)
            .and_then(|m| {
                MONTHS
                    .iter()
                    .position(|x| m.as_str().to_ascii_lowercase().starts_with(x))
            })
            .map(|i| i as i8 + 1)
    };
    for c in DATE_CONTEXT.captures_iter(text) {
        let d = |n: &str| num(&c, n).map(|v| v as i8);
        add(num(&c, "y1"), mon(&c, "mon"), d("d1"));
        add(num(&c, "y2"), mon(&c, "mon2"), d("d2"));
        add(num(&c, "y3"), d("m3"), d("d3"));
        add(num(&c, "y4"), d("m4"), d("d4"));
    }
    // Korean puts the date before the noun: "9월 1일자 요청".
    static KO_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"(?:(\d{4})\s*년\s*)?(\d{1,2})\s*월\s*(\d{1,2})\s*일\S{0,3}\s*(?:요청|공문|신고)",
        )
        .expect("built-in regex")
    });
    for c in KO_BEFORE.captures_iter(text) {
        let g = |i: usize| c.get(i).and_then(|m| m.as_str().parse::<i16>().ok());
        add(g(1), g(2).map(|v| v as i8), g(3).map(|v| v as i8));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates() {
        assert_eq!(
            request_dates("in line with your request of Sept. 1"),
            vec![(None, 9, 1)]
        );
        assert_eq!(
            request_dates("your request sent on September 10th, 2024"),
            vec![(Some(2024), 9, 10)]
        );
        assert_eq!(
            request_dates("your notice dated 2024-09-05"),
            vec![(Some(2024), 9, 5)]
        );
        assert_eq!(request_dates("9월 1일자 요청에 대해"), vec![(None, 9, 1)]);
        assert_eq!(
            request_dates("요청하신 2024년 9월 3일"),
            vec![(Some(2024), 9, 3)]
        );
        assert!(request_dates("we removed it on Sept. 1").is_empty());
    }
}
