//! Parse: raw bytes in, the parts of an email that later stages read out.
//! Nothing here decides anything; it only decodes (mail-parser does the MIME
//! and charset work) and collects.

use jiff::Timestamp;
use mail_parser::{Address, HeaderValue, Message, MessageParser, MimeHeaders, PartType};

use crate::config::Limits;

pub mod shape;

#[derive(Debug, Clone, Default)]
pub struct Attachment {
    pub name: String,
    pub content_type: String,
    pub data: Vec<u8>,
}

#[derive(Debug, Clone, Default)]
pub struct ParsedEmail {
    pub message_id: Option<String>,
    /// All From addresses, lowercased (more than one is suspicious).
    pub from: Vec<String>,
    /// How many From header fields the header block holds (counted in the
    /// raw bytes: mail-parser keeps only the last, receiving servers judge
    /// the first; more than one is never trusted).
    pub from_fields: usize,
    pub from_display: Option<String>,
    pub subject: String,
    pub date: Option<Timestamp>,
    /// Message-IDs this email says it answers: In-Reply-To, References and
    /// X-Microsoft-Original-Message-ID (gateways rewrite the others), without <>.
    pub thread_ids: Vec<String>,
    /// Addresses the email was delivered to: To, Cc, Delivered-To, X-Original-To.
    pub recipients: Vec<String>,
    /// The To and Cc addresses alone: what the author wrote (and DKIM signs),
    /// unlike Delivered-To/X-Original-To, which our own server adds to every
    /// email it delivers to us.
    pub to_cc: Vec<String>,
    /// Raw values of every Authentication-Results header, topmost first.
    pub auth_results: Vec<String>,
    pub auto_submitted: Option<String>,
    pub autoreply_header: bool,
    pub precedence: Option<String>,
    pub return_path_empty: bool,
    /// Top-level content type, e.g. "multipart/report; report-type=delivery-status".
    pub content_type: String,
    pub report_type: Option<String>,
    pub has_delivery_status: bool,
    /// Decoded text/plain bodies of the email itself.
    pub text: Vec<String>,
    /// Decoded text/html bodies of the email itself.
    pub html: Vec<String>,
    pub attachments: Vec<Attachment>,
    /// Emails attached as message/rfc822 (forwards), parsed the same way.
    pub forwarded: Vec<ParsedEmail>,
    /// Why the email looks broken, when it does (it is still read as far as possible).
    pub problems: Vec<String>,
}

impl ParsedEmail {
    pub fn sender(&self) -> Option<&str> {
        self.from.first().map(String::as_str)
    }
}

fn strip_angle(s: &str) -> String {
    s.trim()
        .trim_start_matches('<')
        .trim_end_matches('>')
        .trim()
        .to_string()
}

fn header_ids(v: &HeaderValue<'_>) -> Vec<String> {
    match v {
        HeaderValue::Text(t) => t
            .split_whitespace()
            .map(strip_angle)
            .filter(|s| !s.is_empty())
            .collect(),
        HeaderValue::TextList(l) => l
            .iter()
            .map(|t| strip_angle(t))
            .filter(|s| !s.is_empty())
            .collect(),
        _ => Vec::new(),
    }
}

fn addresses(a: Option<&Address<'_>>) -> Vec<String> {
    a.map(|a| {
        a.iter()
            .filter_map(|x| x.address())
            .map(|s| s.trim().to_ascii_lowercase())
            .collect()
    })
    .unwrap_or_default()
}

/// Parses an email. Never fails: an unparseable input yields an empty
/// `ParsedEmail` whose `problems` say why.
///
/// The email's shape is measured first (`shape::measure`); over a limit,
/// only its header block is read (nothing at all when the header fields
/// are what is over), so no work grows past `[limits]`.
pub fn parse(raw: &[u8], limits: &Limits) -> ParsedEmail {
    let mut out = ParsedEmail::default();
    if raw.is_empty() {
        out.problems.push("empty input".into());
        return out;
    }
    if let Err(over) = shape::measure(raw, limits) {
        if over.limit != "max_header_fields" {
            let end = crate::source::local_header_end(raw).unwrap_or(raw.len());
            if let Some(m) = MessageParser::default().parse_headers(&raw[..end]) {
                read_headers(&m, &mut out);
                out.from_fields = count_header_fields(&raw[..end], "from");
            }
        }
        out.problems.push(over.detail);
        return out;
    }
    let message = match MessageParser::default().parse(raw) {
        Some(m) => m,
        None => {
            out.problems
                .push("not an email: no header could be parsed".into());
            return out;
        }
    };
    read_message(&message, limits, 0, &mut out);
    out
}

/// Reads a parsed email, and the emails attached to it from mail-parser's
/// own tree. (mail-parser 0.11 gives an attached email's `raw_message` as
/// the whole outer email: parsing that again, as this once did, read the
/// email again at every level, k^depth times for k attached emails.)
fn read_message(message: &Message<'_>, limits: &Limits, depth: usize, out: &mut ParsedEmail) {
    if message.headers().is_empty() {
        out.problems.push("not an email: no header fields".into());
    }
    read_headers(message, out);
    // The message's own bytes: the root part's span (mail-parser gives an
    // attached email the whole outer email as `raw_message`).
    let root = message.root_part();
    let span = root.raw_header_offset() as usize..root.raw_end_offset() as usize;
    let own = message.raw_message.get(span).unwrap_or(&[]);
    out.from_fields = count_header_fields(own, "from");
    read_parts(message, limits, depth, out);
    if out.message_id.is_none()
        && out.from.is_empty()
        && out.subject.is_empty()
        && out.date.is_none()
    {
        out.problems
            .push("not an email: none of From, Date, Subject or Message-ID".into());
    }
    if out.message_id.is_none() {
        out.problems.push("no Message-ID".into());
    }
    if out.from.is_empty() {
        out.problems.push("no From address".into());
    }
}

fn read_headers(m: &Message<'_>, out: &mut ParsedEmail) {
    out.message_id = m.message_id().map(strip_angle).filter(|s| !s.is_empty());
    out.from = addresses(m.from());
    out.from_display = m
        .from()
        .and_then(|a| a.first())
        .and_then(|a| a.name())
        .map(str::to_string);
    out.subject = m.subject().unwrap_or_default().to_string();
    out.date = m
        .date()
        .and_then(|d| Timestamp::from_second(d.to_timestamp()).ok());
    let mut ids = header_ids(m.in_reply_to());
    ids.extend(header_ids(m.references()));
    for (name, value) in m.headers_raw() {
        let lname = name.to_ascii_lowercase();
        match lname.as_str() {
            "authentication-results" => out.auth_results.push(unfold(value)),
            "x-microsoft-original-message-id" => {
                ids.extend(value.split_whitespace().map(strip_angle))
            }
            "auto-submitted" => out.auto_submitted = Some(unfold(value).to_ascii_lowercase()),
            "x-autoreply"
            | "x-autorespond"
            | "x-autoresponse"
            | "x-auto-response-suppress-reply" => out.autoreply_header = true,
            "precedence" => out.precedence = Some(unfold(value).to_ascii_lowercase()),
            "return-path" => out.return_path_empty = unfold(value).replace(' ', "") == "<>",
            "delivered-to" | "x-original-to" | "envelope-to" => out.recipients.extend(
                value
                    .split(',')
                    .map(|s| strip_angle(s).to_ascii_lowercase()),
            ),
            _ => {}
        }
    }
    let mut seen = std::collections::BTreeSet::new();
    ids.retain(|i| !i.is_empty() && seen.insert(i.clone()));
    out.thread_ids = ids;
    out.to_cc.extend(addresses(m.to()));
    out.to_cc.extend(addresses(m.cc()));
    out.to_cc.retain(|r| !r.is_empty());
    out.recipients.extend(out.to_cc.iter().cloned());
    out.recipients.retain(|r| !r.is_empty());
    if let Some(ct) = m.root_part().content_type() {
        out.content_type =
            format!("{}/{}", ct.ctype(), ct.subtype().unwrap_or("")).to_ascii_lowercase();
        out.report_type = ct.attribute("report-type").map(|s| s.to_ascii_lowercase());
    }
}

/// Counts the fields named `name` in the raw header block (up to the first
/// empty line), whatever mail-parser makes of them: `From:`, `from :` and a
/// field after a malformed line all count.
pub fn count_header_fields(raw: &[u8], name: &str) -> usize {
    let mut n = 0;
    for line in raw.split(|b| *b == b'\n') {
        let line = line.strip_suffix(b"\r").unwrap_or(line);
        if line.is_empty() {
            break;
        }
        if line[0] == b' ' || line[0] == b'\t' {
            continue; // a folded continuation
        }
        let Some(colon) = line.iter().position(|b| *b == b':') else {
            continue;
        };
        let field = line[..colon].trim_ascii_end();
        if field.eq_ignore_ascii_case(name.as_bytes()) {
            n += 1;
        }
    }
    n
}

fn unfold(v: &str) -> String {
    v.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn read_parts(m: &Message<'_>, limits: &Limits, depth: usize, out: &mut ParsedEmail) {
    if m.parts.len() > limits.max_parts {
        out.problems.push(format!(
            "{} MIME parts, more than the limit of {}; the rest is not read",
            m.parts.len(),
            limits.max_parts
        ));
    }
    for (idx, part) in m.parts.iter().enumerate().take(limits.max_parts) {
        crate::stop::checkpoint();
        if part.is_encoding_problem {
            out.problems
                .push(format!("part {idx}: undecodable content or charset"));
        }
        let ct = part.content_type();
        let ctype = ct
            .map(|c| c.ctype().to_ascii_lowercase())
            .unwrap_or_else(|| "text".into());
        let subtype = ct
            .and_then(|c| c.subtype())
            .map(|s| s.to_ascii_lowercase())
            .unwrap_or_else(|| "plain".into());
        let full = format!("{ctype}/{subtype}");
        if full == "message/delivery-status" || full == "message/global-delivery-status" {
            out.has_delivery_status = true;
        }
        let is_attachment = part
            .content_disposition()
            .is_some_and(|d| d.is_attachment());
        let name = part.attachment_name().unwrap_or("").to_string();
        match &part.body {
            PartType::Text(t) if !is_attachment && subtype == "plain" => {
                out.text.push(t.to_string())
            }
            PartType::Html(h) if !is_attachment => out.html.push(h.to_string()),
            PartType::Text(t) | PartType::Html(t) => {
                push_attachment(out, limits, name, full, t.as_bytes())
            }
            PartType::Binary(b) | PartType::InlineBinary(b) => {
                push_attachment(out, limits, name, full, b)
            }
            PartType::Message(inner) => {
                if depth + 1 >= limits.max_depth {
                    out.problems
                        .push("attached emails nested deeper than the limit; not read".into());
                } else {
                    let mut nested = ParsedEmail::default();
                    read_message(inner, limits, depth + 1, &mut nested);
                    out.forwarded.push(nested);
                }
            }
            PartType::Multipart(_) => {}
        }
    }
}

fn push_attachment(
    out: &mut ParsedEmail,
    limits: &Limits,
    name: String,
    content_type: String,
    data: &[u8],
) {
    if data.len() as u64 > limits.max_attachment_bytes {
        out.problems.push(format!(
            "attachment {name:?} ({content_type}) is {} bytes, over the limit of {}; not read",
            data.len(),
            limits.max_attachment_bytes
        ));
        out.attachments.push(Attachment {
            name,
            content_type,
            data: Vec::new(),
        });
        return;
    }
    out.attachments.push(Attachment {
        name,
        content_type,
        data: data.to_vec(),
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_headers_and_parts() {
        let raw = b"Authentication-Results: mx.a; dmarc=pass\r\nAuthentication-Results: mx.b; dmarc=fail\r\nFrom: T <Abuse@Telegram.org>\r\nTo: takedown+KCSC-240901-01@kcsc.example\r\nSubject: Re: x\r\nMessage-ID: <abc@t>\r\nIn-Reply-To: <req@kcsc.example>\r\nDate: Mon, 2 Sep 2024 10:00:00 +0900\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nhttps://t.me/a/1 removed\r\n";
        let p = parse(raw, &Limits::default());
        assert_eq!(p.message_id.as_deref(), Some("abc@t"));
        assert_eq!(p.from, vec!["abuse@telegram.org"]);
        assert_eq!(p.auth_results.len(), 2);
        assert!(p.auth_results[0].starts_with("mx.a"));
        assert_eq!(p.thread_ids, vec!["req@kcsc.example"]);
        assert!(
            p.recipients
                .contains(&"takedown+kcsc-240901-01@kcsc.example".to_string())
        );
        assert_eq!(p.text.len(), 1);
        assert!(p.text[0].contains("removed"));
        assert!(p.problems.is_empty(), "{:?}", p.problems);
        assert_eq!(p.from_fields, 1);
    }

    #[test]
    fn an_attached_email_is_read_from_its_own_bytes() {
        for nl in ["\n", "\r\n"] {
            let raw = "From: Kim <kim@kcsc.example>\nSubject: Fwd\nMessage-ID: <fwd@kcsc.example>\nContent-Type: multipart/mixed; boundary=\"f\"\n\n--f\nContent-Type: text/plain\n\nSee below.\n--f\nContent-Type: message/rfc822\n\nFrom: Telegram <abuse@telegram.org>\nSubject: Re: KCSC\nMessage-ID: <inner@telegram.org>\nContent-Type: text/plain\n\nRemoved: https://t.me/chan/3\n\n--f--\n".replace('\n', nl);
            let p = parse(raw.as_bytes(), &Limits::default());
            assert_eq!(p.forwarded.len(), 1, "{:?}", p.problems);
            let inner = &p.forwarded[0];
            assert_eq!(inner.from, vec!["abuse@telegram.org"]);
            assert_eq!(inner.message_id.as_deref(), Some("inner@telegram.org"));
            assert!(inner.forwarded.is_empty());
            assert!(
                inner.text.concat().contains("https://t.me/chan/3"),
                "{:?}",
                inner.text
            );
        }
    }

    #[test]
    fn counts_every_from_field_of_the_header_block() {
        let raw = b"From: dsa@telegram.org\r\nfrom : Evil <x@evil.example>\r\nSubject: a\r\n\tFrom: folded, not a field\r\n\r\nFrom: in the body\r\n";
        let p = parse(raw, &Limits::default());
        assert_eq!(p.from_fields, 2);
    }

    #[test]
    fn garbage_never_panics() {
        for raw in [
            &b""[..],
            b"\x00\x01\x02",
            b"not an email at all",
            b"From:\r\n\r\n",
            b"Content-Type: multipart/mixed; boundary=x\r\n\r\n--x\r\n--x--",
        ] {
            let p = parse(raw, &Limits::default());
            assert!(!p.problems.is_empty());
        }
    }
}
