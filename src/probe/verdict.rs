//! What one look at a URL means, by the platform's rules: pure, from what
//! the fetcher saw (status, content type, the first bytes of an HTML page)
//! to a verdict and the reason staff read next to it.

use serde::Serialize;

use super::config::PlatformProbe;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    Online,
    Gone,
    Unknown,
}

impl Verdict {
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Online => "online",
            Verdict::Gone => "gone",
            Verdict::Unknown => "unknown",
        }
    }

    pub fn parse(s: &str) -> Option<Verdict> {
        match s {
            "online" => Some(Verdict::Online),
            "gone" => Some(Verdict::Gone),
            "unknown" => Some(Verdict::Unknown),
            _ => None,
        }
    }
}

impl std::fmt::Display for Verdict {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// An HTTP answer, after the redirects (which are recorded, not judged).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Answer {
    pub status: u16,
    /// The media type, lower-cased, without parameters (`text/html`).
    pub content_type: Option<String>,
    /// The `charset` parameter of the Content-Type, if any.
    pub charset: Option<String>,
    /// The first bytes of the page (at most `max_bytes`); empty when the
    /// answer was not an HTML page, whose body is never read.
    pub body: Vec<u8>,
    /// More of the page was there than `max_bytes`.
    pub truncated: bool,
    pub final_url: String,
    /// Every URL redirected to, in order.
    pub redirects: Vec<String>,
}

/// What one look produced.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Fetched {
    Answer(Answer),
    /// No usable HTTP answer: DNS, TLS, refused, timeout, too many
    /// redirects, not an http(s) URL. The reason says which.
    Failed {
        reason: String,
        redirects: Vec<String>,
    },
}

/// Lower-cased, with every run of whitespace (line breaks, no-break
/// spaces) made one space: how pages and rules are compared.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut space = false;
    for c in text.chars() {
        if c.is_whitespace() {
            space = true;
            continue;
        }
        if space && !out.is_empty() {
            out.push(' ');
        }
        space = false;
        out.extend(c.to_lowercase());
    }
    out
}

/// A page's text: in the charset its Content-Type names, else the one its
/// `<meta charset>` names near the top, else UTF-8 (bad bytes replaced).
pub fn decode_page(body: &[u8], charset: Option<&str>) -> String {
    let from_meta = || {
        let head = String::from_utf8_lossy(&body[..body.len().min(2048)]).to_ascii_lowercase();
        let at = head.find("charset=")? + "charset=".len();
        let label: String = head[at..]
            .trim_start_matches(['"', '\''])
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
            .collect();
        encoding_rs::Encoding::for_label(label.as_bytes())
    };
    let encoding = charset
        .and_then(|c| encoding_rs::Encoding::for_label(c.trim().trim_matches('"').as_bytes()))
        .or_else(from_meta)
        .unwrap_or(encoding_rs::UTF_8);
    encoding.decode_without_bom_handling(body).0.into_owned()
}

/// True for the media types of an HTML page: the only bodies ever read.
pub fn is_html(content_type: &str) -> bool {
    matches!(content_type, "text/html" | "application/xhtml+xml")
}

/// The verdict and why. Never `gone` without a positive sign of absence (a
/// status in `gone_status` or a `gone_text` on the page): errors, timeouts,
/// 5xx and unexpected statuses are `unknown`.
pub fn judge(fetched: &Fetched, rules: &PlatformProbe) -> (Verdict, String) {
    let a = match fetched {
        Fetched::Failed { reason, .. } => return (Verdict::Unknown, reason.clone()),
        Fetched::Answer(a) => a,
    };
    let status = a.status;
    if rules.gone_status.contains(&status) {
        return (Verdict::Gone, format!("HTTP {status}"));
    }
    if (500..600).contains(&status) {
        return (
            Verdict::Unknown,
            format!("HTTP {status}: the server failed; no conclusion"),
        );
    }
    if !(200..300).contains(&status) {
        return (
            Verdict::Unknown,
            format!("HTTP {status} is not in this platform's gone_status; no conclusion"),
        );
    }
    let ct = a.content_type.as_deref().unwrap_or("no content type");
    let page_read = a.content_type.as_deref().is_some_and(is_html);
    if page_read {
        // Entities decoded, so that a rule written "can't" matches a page
        // that says `can&#39;t`; markup is kept (a rule may name a class).
        let text = fold(&html_escape::decode_html_entities(&decode_page(
            &a.body,
            a.charset.as_deref(),
        )));
        let within = if a.truncated {
            format!(" in the first {} bytes", a.body.len())
        } else {
            String::new()
        };
        if let Some(t) = rules.gone_text.iter().find(|t| text.contains(t.as_str())) {
            return (
                Verdict::Gone,
                format!("HTTP {status}, page matches gone_text \"{t}\""),
            );
        }
        if rules.online_text.is_empty() {
            return (
                Verdict::Online,
                format!("HTTP {status}, page{within} matches no gone_text"),
            );
        }
        if let Some(t) = rules.online_text.iter().find(|t| text.contains(t.as_str())) {
            return (
                Verdict::Online,
                format!("HTTP {status}, page matches online_text \"{t}\""),
            );
        }
        return (
            Verdict::Unknown,
            format!("HTTP {status}, page{within} matches neither gone_text nor online_text"),
        );
    }
    // Media (or anything else that is not a page) is never downloaded: the
    // server serving it is a sign it is up, unless the platform's rules
    // need to read a page to say so.
    if rules.online_text.is_empty() {
        (
            Verdict::Online,
            format!("HTTP {status}, {ct} served (not downloaded)"),
        )
    } else {
        (
            Verdict::Unknown,
            format!("HTTP {status}, {ct} is not an HTML page; online_text cannot be checked"),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(status: u16, ct: Option<&str>, body: &str) -> Fetched {
        Fetched::Answer(Answer {
            status,
            content_type: ct.map(str::to_string),
            charset: None,
            body: body.as_bytes().to_vec(),
            truncated: false,
            final_url: "https://t.me/x/1".into(),
            redirects: Vec::new(),
        })
    }

    fn rules(gone: &[&str], online: &[&str]) -> PlatformProbe {
        PlatformProbe {
            gone_text: gone.iter().map(|s| fold(s)).collect(),
            online_text: online.iter().map(|s| fold(s)).collect(),
            ..PlatformProbe::default()
        }
    }

    #[test]
    fn statuses() {
        let r = rules(&[], &[]);
        assert_eq!(judge(&page(404, None, ""), &r).0, Verdict::Gone);
        assert_eq!(judge(&page(410, None, ""), &r).0, Verdict::Gone);
        assert_eq!(
            judge(&page(404, None, ""), &r).1,
            "HTTP 404",
            "the reason names the status"
        );
        for s in [500, 502, 503, 403, 429, 451, 301] {
            let (v, why) = judge(&page(s, Some("text/html"), ""), &r);
            assert_eq!(v, Verdict::Unknown, "{s}");
            assert!(why.contains(&s.to_string()), "{why}");
        }
        let custom = PlatformProbe {
            gone_status: vec![451],
            ..PlatformProbe::default()
        };
        assert_eq!(judge(&page(451, None, ""), &custom).0, Verdict::Gone);
        assert_eq!(judge(&page(404, None, ""), &custom).0, Verdict::Unknown);
    }

    #[test]
    fn page_text() {
        let r = rules(&["This post is NOT available"], &[]);
        let gone = page(200, Some("text/html"), "<p>this post is not available</p>");
        let (v, why) = judge(&gone, &r);
        assert_eq!(v, Verdict::Gone);
        assert!(why.contains("gone_text"), "{why}");
        let live = page(200, Some("text/html"), "<div class=post>hello</div>");
        assert_eq!(judge(&live, &r).0, Verdict::Online);

        // With online_text, a page must show a sign of the post to be online.
        let r = rules(&["not available"], &["class=post"]);
        assert_eq!(judge(&live, &r).0, Verdict::Online);
        assert_eq!(judge(&gone, &r).0, Verdict::Gone);
        let quoted = rules(&["This post can't be shown"], &[]);
        let encoded = page(
            200,
            Some("text/html"),
            "<p>This post\n   can&#39;t be&nbsp;shown</p>",
        );
        assert_eq!(judge(&encoded, &quoted).0, Verdict::Gone);
        let odd = page(200, Some("text/html"), "<p>please log in</p>");
        let (v, why) = judge(&odd, &r);
        assert_eq!(v, Verdict::Unknown);
        assert!(why.contains("neither"), "{why}");
    }

    #[test]
    fn legacy_charsets() {
        let (euc_kr, _, _) = encoding_rs::EUC_KR.encode("<p>게시물을 찾을 수 없습니다</p>");
        let r = rules(&["찾을 수 없습니다"], &[]);
        let mut a = Answer {
            status: 200,
            content_type: Some("text/html".into()),
            charset: Some("euc-kr".into()),
            body: euc_kr.to_vec(),
            truncated: false,
            final_url: "https://x/1".into(),
            redirects: Vec::new(),
        };
        assert_eq!(judge(&Fetched::Answer(a.clone()), &r).0, Verdict::Gone);
        // Named only in the page itself.
        a.charset = None;
        let mut body = b"<meta charset=\"EUC-KR\">".to_vec();
        body.extend_from_slice(&euc_kr);
        a.body = body;
        assert_eq!(judge(&Fetched::Answer(a.clone()), &r).0, Verdict::Gone);
        // Not named at all: read as UTF-8, the rule cannot match.
        a.body = euc_kr.to_vec();
        assert_eq!(judge(&Fetched::Answer(a), &r).0, Verdict::Online);
    }

    #[test]
    fn not_a_page() {
        let media = page(200, Some("image/jpeg"), "");
        assert_eq!(judge(&media, &rules(&[], &[])).0, Verdict::Online);
        assert_eq!(judge(&media, &rules(&[], &["x"])).0, Verdict::Unknown);
        // A gone_text that would match bytes of a non-page is never looked for.
        let text = page(200, Some("text/plain"), "not available");
        assert_eq!(
            judge(&text, &rules(&["not available"], &[])).0,
            Verdict::Online
        );
    }

    #[test]
    fn failures_are_never_gone() {
        let f = Fetched::Failed {
            reason: "timeout after 10s".into(),
            redirects: Vec::new(),
        };
        assert_eq!(
            judge(&f, &rules(&["a"], &[])),
            (Verdict::Unknown, "timeout after 10s".to_string())
        );
    }
}
