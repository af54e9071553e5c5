//! URLs in platforms' removal confirmations, and the keys they are matched by.
//!
//! Precision beats recall: a false match marks abuse material as removed while
//! it is still online. Rules only merge URLs known to address the same
//! resource; when in doubt keys stay distinct (a miss just stays pending).

use std::fmt::Write as _;
use std::sync::LazyLock;

use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, percent_decode_str, percent_encode};
use regex::Regex;
use unicode_normalization::UnicodeNormalization;
use url::Url;

/// A URL found in free text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FoundUrl {
    /// The URL as written, after trimming brackets and trailing punctuation.
    pub raw: String,
    /// Byte offsets into the input text: `text[start..end] == raw`.
    pub start: usize,
    pub end: usize,
}

/// Hosts recognised without a scheme. Their links are ASCII-only (usernames,
/// numeric or base64-like ids), which the glued-prose rule relies on.
#[rustfmt::skip]
const PLATFORM_HOSTS: &[&str] = &[
    "t.me", "telegram.me", "telegram.dog", "x.com", "twitter.com", "youtube.com", "youtu.be",
    "instagram.com", "facebook.com", "fb.com", "tiktok.com",
];

/// Korean portals' boards, also recognised without a scheme, as staff and
/// operators write them in a line of prose ("cafe.naver.com/club/48211 →
/// 삭제 완료"). Unlike the hosts above, their paths may be Korean (a cafe's
/// name: "cafe.naver.com/가짜카페/7"), so the ASCII-only rule is not theirs.
#[rustfmt::skip]
const PORTAL_HOSTS: &[&str] = &[
    "cafe.naver.com", "blog.naver.com", "cafe.daum.net", "gall.dcinside.com", "band.us",
];

/// Start of a candidate. Bare platform hosts need their `/`, so "x.com" as a
/// word in prose is not a link.
static START: LazyLock<Regex> = LazyLock::new(|| {
    let hosts = PLATFORM_HOSTS
        .iter()
        .chain(PORTAL_HOSTS)
        .copied()
        .collect::<Vec<_>>()
        .join("|")
        .replace('.', r"\.");
    let pattern = format!(r"(?i)https?://|www\.|(?:(?:m|mobile|vm|vt)\.)?(?:{hosts})/");
    Regex::new(&pattern).expect("pattern built from constants is valid")
});

/// Finds URLs in a line/paragraph of plain text.
///
/// * A URL ends at whitespace, controls, `<>"` and similar, and at Unicode
///   punctuation (general, CJK and full-width: `」`, `。`, `）`, `”`, `…`).
/// * Trailing `.,;:!?'"*` are dropped; a trailing `)`/`]` only stays when it
///   closes a bracket opened inside the URL (`…/wiki/Foo_(bar)`).
/// * Glued Korean ("https://t.me/abc/1은", "…/1입니다"): Korean paths are real
///   (`https://example.com/게시물/1`), so non-ASCII is kept, except that the
///   URL ends before a non-ASCII character that follows an ASCII letter or
///   digit in the host ("example.com에서"), that follows an ASCII digit in the
///   path or query ("/1은": ids are numeric), or that appears anywhere after
///   the host of a platform (their links are ASCII: "t.me/channel에서").
///   Other glued text ("/게시물은") is kept: a too long URL merely fails to
///   match, while a wrongly shortened one could match a different entry.
pub fn find_urls(text: &str) -> Vec<FoundUrl> {
    let mut found = Vec::new();
    let mut pos = 0;
    while let Some(m) = START.find_at(text, pos) {
        let start = m.start();
        let scheme = m.as_str().contains("://");
        let boundary_ok = match text[..start].chars().next_back() {
            None => true,
            // "xhttps://" is not a link; "링크https://" and "(https://" are.
            Some(c) if scheme => !c.is_ascii_alphanumeric(),
            // Not the tail of another host, an e-mail address or a path
            // ("notx.com/", "a@x.com/", "example.org/t.me/").
            Some(c) => !(c.is_ascii_alphanumeric() || ".-_@/%+=~&?#".contains(c)),
        };
        let len = boundary_ok.then(|| url_len(&text[start..], m.len(), scheme));
        if let Some(Some(len)) = len {
            let (end, raw) = (start + len, text[start..start + len].to_string());
            found.push(FoundUrl { raw, start, end });
            pos = end;
        } else {
            pos = start + 1; // matches start with an ASCII char: a char boundary
        }
    }
    found
}

/// Byte length of the URL at the start of `s`, whose recognised prefix is
/// `prefix_len` bytes long; None when it is not a usable URL.
fn url_len(s: &str, prefix_len: usize, scheme: bool) -> Option<usize> {
    let prefix = &s[..prefix_len];
    let auth_start = if scheme { prefix_len } else { 0 };
    // A bare platform prefix ("t.me/") already holds the whole host.
    let bare_platform = !scheme && prefix.ends_with('/');
    let mut auth_end = bare_platform.then(|| prefix_len - 1);
    let mut platform = bare_platform && is_platform_host(&host_of(&prefix[..prefix_len - 1]));
    let mut prev = '/';
    let mut end = prefix_len;
    // Start of the current path segment, and whether it may hold non-ASCII
    // letters on a platform host (see below).
    let mut seg_start = prefix_len;
    let mut unicode_name = false;
    for (i, c) in s.char_indices().skip_while(|&(i, _)| i < prefix_len) {
        if is_terminator(c) {
            break;
        }
        if auth_end.is_none() {
            if matches!(c, '/' | '?' | '#') {
                auth_end = Some(i);
                platform = is_platform_host(&host_of(&s[auth_start..i]));
            } else if !c.is_ascii() && prev.is_ascii_alphanumeric() {
                break;
            }
        } else if !c.is_ascii()
            // (A segment that starts non-ASCII is a name in its script, as
            // "facebook.com/빠른대출센터" is: read on.)
            // (Not a particle alone: "…/somechan/은 삭제되었습니다".)
            && ((platform && !unicode_name && (prev != '/' || is_particle_run(&s[i..])))
                // (Not inside a Korean name: "…/영상_2편/" is one segment.)
                || (prev.is_ascii_digit() && (!unicode_name || is_particle_run(&s[i..])))
                || ")]'\"".contains(prev)
                // ("…/re_upload/lk3v8d2/은 작성자가 …" on any host: a path
                // segment that is one particle alone is Korean prose.)
                || (prev == '/' && is_particle_run(&s[i..]))
                // "…/p/aK29xQ는 오늘 삭제했습니다": a particle glued to an
                // ASCII segment, with nothing Korean after it.
                || (prev.is_ascii_alphanumeric()
                    && !unicode_name
                    && s[seg_start..i].is_ascii()
                    && is_particle_run(&s[i..]))
                // "…/@hangang_tipster은(는) 삭제되었습니다": a form letter's
                // particle with its alternative, never part of a name.
                || (prev.is_ascii_alphanumeric()
                    && s[seg_start..i].is_ascii()
                    && PARTICLE_PAIRS.iter().any(|p| s[i..].starts_with(p))))
        {
            // ")은", "]에": a closing bracket or quote, then Korean prose.
            break;
        }
        // Platforms' handles and hashtags may be non-ASCII
        // (youtube.com/@가짜채널, x.com/hashtag/해시태그, …#태그): a segment
        // that starts with '@', a fragment, or the segment after
        // hashtag/tags keeps its non-ASCII letters.
        if auth_end.is_some() {
            match c {
                '#' => unicode_name = true,
                '/' | '?' => {
                    let seg = &s[seg_start..i];
                    unicode_name = matches!(seg, "hashtag" | "tags" | "tag");
                    seg_start = i + 1;
                }
                '@' if seg_start == i => unicode_name = true,
                c if !c.is_ascii() && seg_start == i => unicode_name = true,
                _ => {}
            }
        }
        end = i + c.len_utf8();
        prev = c;
    }
    // "https://host/d/A2fLx9Cr;removed;2024-09-04", a row of a
    // semicolon-separated export: a ';' followed by no parameter ("=") and
    // no further path ends the URL (";jsessionid=…" does not, nor a
    // Proofpoint v3 wrapper's "__;!!LpKI!…$").
    let end = match s[prefix_len..end].find(';') {
        Some(k) if !s[prefix_len + k..end].contains(['=', '/', '!', '$']) => prefix_len + k,
        _ => end,
    };
    let end = trim_trailing(&s[..end]);
    if end <= prefix_len {
        return None;
    }
    let host = host_of(&s[auth_start..auth_end.map_or(end, |a| a.min(end))]);
    let dotted = host.trim_start_matches("www.").contains('.');
    let ok = host.chars().any(char::is_alphanumeric) && (scheme || bare_platform || dotted);
    ok.then_some(end)
}

/// A host name written without a scheme: labels of letters, digits and
/// hyphens, and a last label of letters (or an IDN `xn--` one).
static BARE_HOST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:[a-z]{2,24}|xn--[a-z0-9-]{1,59})",
    )
    .expect("built-in regex")
});

/// Endings of file names, which look like top-level domains ("report.csv").
const FILE_ENDINGS: &[&str] = &[
    "csv", "xlsx", "xls", "pdf", "png", "jpg", "jpeg", "gif", "webp", "txt", "eml", "msg", "zip",
    "html", "htm", "doc", "docx", "mp4", "mov", "avi", "json", "xml", "php", "asp", "aspx", "jsp",
    "js", "css", "log", "ods", "odt", "rtf", "tar", "gz", "rar", "bmp", "svg",
];

/// Host names written without a scheme ("jackpot-ace88.top",
/// "kr-toonfree.example/page"), as registrars and hosts name the domains
/// they act on: byte offsets of each host's start, and the lowercase host.
/// Not: parts of URLs with a scheme or of e-mail addresses, file names,
/// platforms' own hosts (see `START`), numbers ("v2.0"), abbreviations
/// ("e.g.").
pub fn bare_hosts(text: &str) -> Vec<(usize, String)> {
    let urls = find_urls(text);
    let mut out = Vec::new();
    for m in BARE_HOST.find_iter(text) {
        let (start, end) = (m.start(), m.end());
        if urls.iter().any(|u| start < u.end && u.start < end) {
            continue;
        }
        let before = text[..start].chars().next_back();
        if before.is_some_and(|c| c.is_ascii_alphanumeric() || ".-_@/%+=~&?#\\".contains(c)) {
            continue;
        }
        // Not the head of something longer: "name@host", "a.b_c", "x.com-y".
        let after = text[end..].chars().next();
        // Nor a mail server in a bounce ("mx1.host.example[198.51.100.25]").
        if after.is_some_and(|c| c.is_ascii_alphanumeric() || "@-_[".contains(c)) {
            continue;
        }
        let host = m.as_str().to_ascii_lowercase();
        let last = host.rsplit('.').next().unwrap_or("");
        if FILE_ENDINGS.contains(&last) || is_platform_host(&host) {
            continue;
        }
        out.push((start, host));
    }
    out
}

/// Korean particles and copulas written right after a word.
const PARTICLES: &[&str] = &[
    "은",
    "는",
    "이",
    "가",
    "을",
    "를",
    "에",
    "에서",
    "의",
    "으로",
    "로",
    "도",
    "만",
    "과",
    "와",
    "이나",
    "나",
    "입니다",
    "이며",
    "이고",
    "으로는",
    "로는",
    "에는",
    "까지",
    "부터",
    "에서는",
    "이라는",
    "라는",
    "이에요",
    "예요",
    "이요",
];

/// A particle with its alternative after a consonant or a vowel, as form
/// letters write them after a name they fill in ("은(는)", "을(를)").
const PARTICLE_PAIRS: &[&str] = &[
    "은(는)",
    "는(은)",
    "이(가)",
    "가(이)",
    "을(를)",
    "를(을)",
    "과(와)",
    "와(과)",
    "으로(로)",
    "로(으로)",
    "이나(나)",
    "이라는(라는)",
];

/// `url` without a Korean particle glued to the end of a Korean path
/// segment ("…/직거래-안내도" → "…/직거래-안내"), when it ends with one
/// after at least one other Korean letter; the longest particle first.
pub fn without_glued_particle(url: &str) -> Option<&str> {
    let hangul = |c: char| ('\u{AC00}'..='\u{D7A3}').contains(&c);
    let mut particles: Vec<&str> = PARTICLES.to_vec();
    particles.sort_by_key(|p| std::cmp::Reverse(p.len()));
    particles.into_iter().find_map(|p| {
        let rest = url.strip_suffix(p)?;
        rest.chars().next_back().is_some_and(hangul).then_some(rest)
    })
}

/// Whether `s` starts with a run of Hangul that is one particle (and then
/// ends: a space, punctuation or the end).
fn is_particle_run(s: &str) -> bool {
    let run: String = s
        .chars()
        .take_while(|c| ('\u{AC00}'..='\u{D7A3}').contains(c))
        .collect();
    !run.is_empty() && PARTICLES.contains(&run.as_str())
}

/// Characters that end a URL written in running text.
fn is_terminator(c: char) -> bool {
    c.is_whitespace()
        || c.is_control()
        || "<>\"`^{}|\\«»".contains(c)
        || matches!(
            c as u32,
            0x2000..=0x206F // general punctuation: “ ” ‘ ’ … – — and zero-width chars
                | 0x3000..=0x303F // CJK symbols and punctuation: 、。「」『』【】
                | 0xFE30..=0xFE4F // CJK compatibility forms
                | 0xFEFF // zero-width no-break space
                | 0xFF01..=0xFF0F // full-width ！＂＃…（）＊＋，－．／
                | 0xFF1A..=0xFF20 // full-width ：；＜＝＞？＠
                | 0xFF3B..=0xFF40
                | 0xFF5B..=0xFF65
        )
}

/// End of `s` without trailing punctuation and unbalanced closing brackets.
/// The balance is kept incrementally so that "…)))))…" stays linear.
fn trim_trailing(s: &str) -> usize {
    let balance = |open, close| {
        let count = |ch| s.chars().filter(|&c| c == ch).count() as i64;
        count(open) - count(close)
    };
    let (mut paren, mut square) = (balance('(', ')'), balance('[', ']'));
    let mut end = s.len();
    while let Some(c) = s[..end].chars().next_back() {
        let strip = match c {
            ')' => paren < 0,
            ']' => square < 0,
            _ => ".,;:!?'\"*".contains(c),
        };
        if !strip {
            break;
        }
        paren += i64::from(c == ')');
        square += i64::from(c == ']');
        end -= c.len_utf8();
    }
    end
}

/// Lowercased host of an authority (`user@host:port`), without a final dot.
fn host_of(authority: &str) -> String {
    let host = authority.rsplit('@').next().unwrap_or(authority);
    let host = match host.find(']') {
        Some(i) if host.starts_with('[') => &host[..=i],
        _ => host.split(':').next().unwrap_or(host),
    };
    host.trim_end_matches('.').to_ascii_lowercase()
}

/// True for a platform host or any subdomain of one (`m.facebook.com`).
fn is_platform_host(host: &str) -> bool {
    let under = |p: &str| {
        host.strip_suffix(p)
            .is_some_and(|r| r.is_empty() || r.ends_with('.'))
    };
    PLATFORM_HOSTS.iter().any(|p| under(p))
}

/// A site's home page ("https://right.naver.com", "https://cs.daum.net/"):
/// no path, query or fragment.
pub fn is_site_root(url: &str) -> bool {
    url::Url::parse(url).is_ok_and(|u| {
        matches!(u.path(), "" | "/") && u.query().is_none() && u.fragment().is_none()
    })
}

/// The matching key of a URL: None when the text is not a usable http(s) URL.
///
/// Key = `host[:port][/path][?query]`, no scheme (http and https share keys).
/// * host: lowercase, no final dot, no `www.`; `m.`/`mobile.` dropped for
///   x.com, twitter.com, youtube.com, facebook.com; aliases `telegram.me`,
///   `telegram.dog` → `t.me`, `twitter.com` → `x.com`, `fb.com` → `facebook.com`;
///   default port, userinfo and fragment dropped.
/// * path: per segment percent-decoded, NFC, re-encoded with one escape set;
///   empty segments dropped (`//`, trailing `/`); case kept except Telegram
///   usernames. `/index.html` is kept.
/// * query: tracking and per-platform noise dropped, rest re-encoded and
///   stably sorted by key.
/// * platform rules: see the `telegram`, `twitter` and `youtube` helpers.
pub fn normalize(url: &str) -> Option<String> {
    let s = url.trim();
    let s = s
        .strip_prefix('<')
        .and_then(|t| t.strip_suffix('>'))
        .unwrap_or(s);
    let s = s.trim();
    if s.is_empty() {
        return None;
    }
    let parsed = Url::parse(&unwrap_redirect(&with_scheme(s)?)).ok()?;
    if !matches!(parsed.scheme(), "http" | "https") {
        return None;
    }
    let mut host = canonical_host(parsed.host_str()?);
    if !host.chars().any(|c| c.is_ascii_alphanumeric()) {
        return None;
    }
    let mut segs = canon_segments(parsed.path());
    let mut query = parsed.query().map(canon_query).unwrap_or_default();
    match host.as_str() {
        "t.me" => telegram(&mut segs, &mut query),
        "x.com" => {
            // Old "twitter.com/#!/user/status/1" links carry the path in the fragment.
            let hashbang = parsed.fragment().and_then(|f| f.strip_prefix("!/"));
            if let Some(f) = hashbang.filter(|_| segs.is_empty()) {
                segs = canon_segments(f.split('?').next().unwrap_or(""));
            }
            twitter(&mut segs);
        }
        "youtube.com" | "youtu.be" => youtube(&mut host, &mut segs, &mut query),
        _ => {}
    }
    query.retain(|(k, _)| !is_tracking(k) && !is_platform_noise(&host, &segs, k));
    // Stable sort: repeated keys keep their relative order, which may matter.
    query.sort_by(|a, b| a.0.cmp(&b.0));

    let mut key = host;
    if let Some(port) = parsed.port() {
        let _ = write!(key, ":{port}");
    }
    for seg in &segs {
        let _ = write!(key, "/{seg}");
    }
    for (i, (k, v)) in query.iter().enumerate() {
        key.push(if i == 0 { '?' } else { '&' });
        key.push_str(k);
        if !v.is_empty() {
            let _ = write!(key, "={v}");
        }
    }
    Some(key)
}

/// Adds `https://` to bare `www.` and platform URLs. None for other schemes
/// (`mailto:`, `ftp:`) and for bare hosts not known to be web links.
fn with_scheme(s: &str) -> Option<String> {
    let lower = s.to_ascii_lowercase();
    if lower.starts_with("http:") || lower.starts_with("https:") {
        return Some(s.to_string());
    }
    let authority = &s[..s.find(['/', '?', '#']).unwrap_or(s.len())];
    let host = host_of(authority);
    let known = lower.starts_with("www.")
        || is_platform_host(&host)
        || PORTAL_HOSTS.iter().any(|p| {
            host.strip_suffix(p)
                .is_some_and(|r| r.is_empty() || r.ends_with('.'))
        });
    // '@' or ':' in a bare authority ("mailto:x@t.me") is not a web link.
    (known && !authority.contains(['@', ':'])).then(|| format!("https://{s}"))
}

fn canonical_host(host: &str) -> String {
    let mut h = host.trim_end_matches('.').to_ascii_lowercase();
    if let Some(rest) = h.strip_prefix("www.").filter(|r| r.contains('.')) {
        h = rest.to_string();
    }
    let mobile = ["x.com", "twitter.com", "youtube.com", "facebook.com"];
    for prefix in ["m.", "mobile."] {
        if let Some(rest) = h.strip_prefix(prefix).filter(|r| mobile.contains(r)) {
            h = rest.to_string();
        }
    }
    let alias = match h.as_str() {
        "telegram.me" | "telegram.dog" => "t.me",
        "twitter.com" => "x.com",
        "fb.com" => "facebook.com",
        _ => return h,
    };
    alias.to_string()
}

/// Escape set for key components: all but RFC 3986 unreserved characters and
/// sub-delimiters harmless inside one component. `/?#&=+%`, space and all
/// non-ASCII are always escaped, so a decoded `%2F` never becomes a separator.
#[rustfmt::skip]
const KEY_ESCAPE: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-').remove(b'.').remove(b'_').remove(b'~').remove(b'!').remove(b'$').remove(b'\'')
    .remove(b'(').remove(b')').remove(b'*').remove(b',').remove(b':').remove(b';').remove(b'@');

/// Decodes then re-encodes one path segment or query key/value, so that
/// `%ED%95%9C`, `한` and its NFD form give the same text. Bytes that are not
/// UTF-8 are escaped as they are: replacing them with U+FFFD would merge
/// different URLs.
fn canon_component(s: &str, plus_is_space: bool) -> String {
    // Most components are plain ASCII with nothing to decode: decoding and NFC
    // would give them back unchanged, so only the escaping is left to do.
    if s.is_ascii() && !s.contains('%') && !(plus_is_space && s.contains('+')) {
        return percent_encode(s.as_bytes(), KEY_ESCAPE).to_string();
    }
    let spaced = if plus_is_space {
        s.replace('+', " ")
    } else {
        s.to_string()
    };
    let bytes: Vec<u8> = percent_decode_str(&spaced).collect();
    match std::str::from_utf8(&bytes) {
        Ok(text) => {
            let nfc: String = text.nfc().collect();
            percent_encode(nfc.as_bytes(), KEY_ESCAPE).to_string()
        }
        Err(_) => percent_encode(&bytes, KEY_ESCAPE).to_string(),
    }
}

fn canon_segments(path: &str) -> Vec<String> {
    let segs = path.split('/').filter(|s| !s.is_empty());
    segs.map(|s| canon_component(s, false)).collect()
}

fn canon_query(query: &str) -> Vec<(String, String)> {
    let pair = |p: &str| {
        let (k, v) = p.split_once('=').unwrap_or((p, ""));
        (canon_component(k, true), canon_component(v, true))
    };
    query
        .split('&')
        .filter(|p| !p.is_empty())
        .map(pair)
        .collect()
}

/// Tracking parameters that never select content, on any site.
fn is_tracking(key: &str) -> bool {
    let k = key.to_ascii_lowercase();
    let known = ["fbclid", "gclid", "igshid", "igsh", "mc_cid", "mc_eid"];
    k.starts_with("utm_") || known.contains(&k.as_str())
}

/// Per-platform parameters that only record how a link was shared or where
/// playback starts. YouTube's `list`/`index` are noise on `/watch` only: on
/// `/playlist` the list *is* the content.
fn is_platform_noise(host: &str, segs: &[String], key: &str) -> bool {
    let k = key.to_ascii_lowercase();
    let k = k.as_str();
    let watch = segs.len() == 1 && segs[0] == "watch";
    match host {
        "x.com" => matches!(k, "s" | "t" | "ref_src" | "ref_url"),
        "youtube.com" => {
            matches!(k, "t" | "feature" | "si" | "pp" | "ab_channel")
                || (watch && matches!(k, "list" | "index"))
        }
        "tiktok.com" => {
            matches!(
                k,
                "is_from_webapp" | "sender_device" | "is_copy_url" | "_r" | "_t"
            )
        }
        "facebook.com" => {
            matches!(k, "mibextid" | "rdid") || k.starts_with("__cft__") || k.starts_with("__tn__")
        }
        _ => false,
    }
}

/// Telegram: `t.me/s/<chan>/<id>` is the web preview of `t.me/<chan>/<id>`.
/// Usernames are case-insensitive, so an ASCII `[A-Za-z0-9_]` first segment
/// is lowercased; invite hashes (`+AbC…`, `joinchat/AbC…`) are case-sensitive
/// and kept. The query is dropped (`?single`, `?thread=`, `?embed=`, `?start=`
/// only change the view) except `comment`: `<chan>/<id>?comment=<n>` is a
/// different message (in the discussion group), and merging it with the post
/// could mark the wrong content as removed.
fn telegram(segs: &mut Vec<String>, query: &mut Vec<(String, String)>) {
    query.retain(|(k, _)| k == "comment");
    if segs.len() > 1 && segs[0] == "s" {
        segs.remove(0);
    }
    let username = |s: &String| s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_');
    if let Some(first) = segs.first_mut().filter(|s| username(s)) {
        first.make_ascii_lowercase();
    }
}

/// X/Twitter: tweet ids are global and the username in `/<user>/status/<id>`
/// is decorative (x.com redirects any username to the author), so all forms,
/// including `/statuses/<id>` and `/i/web/status/<id>`, map to
/// `x.com/i/status/<id>`. A trailing `/photo/<n>` or `/video/<n>` only opens a
/// media viewer of the same tweet and is dropped. Profiles keep the username.
fn twitter(segs: &mut Vec<String>) {
    let status = |s: &str| s == "status" || s == "statuses";
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    let (id, rest) = match segs.as_slice() {
        [i, web, st, id, rest @ ..] if i == "i" && web == "web" && status(st) => (id, rest),
        [_, st, id, rest @ ..] if status(st) => (id, rest),
        _ => return,
    };
    if !digits(id) {
        return;
    }
    let rest: &[String] = match rest {
        [media, n] if (media == "photo" || media == "video") && digits(n) => &[],
        other => other,
    };
    *segs = [
        &["i".to_string(), "status".to_string(), id.clone()][..],
        rest,
    ]
    .concat();
}

/// YouTube: `youtu.be/<id>`, `/shorts/<id>`, `/embed/<id>`, `/live/<id>` and
/// `/v/<id>` play the same video as `/watch?v=<id>` (one id space), so they
/// share its key. Only well-formed ids (11 of `[A-Za-z0-9_-]`) are rewritten;
/// anything else (`/embed/videoseries?list=…`) keeps its own key.
fn youtube(host: &mut String, segs: &mut Vec<String>, query: &mut Vec<(String, String)>) {
    let video_page = |kind: &str| matches!(kind, "shorts" | "embed" | "live" | "v");
    let id = match segs.as_slice() {
        [id] if host == "youtu.be" => id.clone(),
        [kind, id] if host == "youtube.com" && video_page(kind) => id.clone(),
        _ => return,
    };
    let id_char = |b: u8| b.is_ascii_alphanumeric() || b == b'-' || b == b'_';
    // "videoseries" has 11 characters too, but names a playlist embed.
    if id.len() != 11 || !id.bytes().all(id_char) || id == "videoseries" {
        return;
    }
    *host = "youtube.com".to_string();
    *segs = vec!["watch".to_string()];
    query.retain(|(k, _)| k != "v");
    query.push(("v".to_string(), id));
}

/// Nested wrappers are unwrapped at most this many times.
const MAX_UNWRAP: usize = 8;

/// Unwraps redirect wrappers (Microsoft Safe Links, Proofpoint URL Defense
/// v1/v2/v3, Google `/url`), repeatedly for nested wrappers. Returns the input
/// when it is not a wrapper or the wrapped value is not an http(s) URL.
pub fn unwrap_redirect(url: &str) -> String {
    let mut current = url.to_string();
    for _ in 0..MAX_UNWRAP {
        match unwrap_once(&current) {
            Some(inner) if inner != current => current = inner,
            _ => break,
        }
    }
    current
}

fn unwrap_once(s: &str) -> Option<String> {
    let parsed = Url::parse(s.trim()).ok()?;
    let host = parsed
        .host_str()?
        .trim_end_matches('.')
        .to_ascii_lowercase();
    let path = parsed.path();
    let param = |name: &str| {
        let mut pairs = parsed.query_pairs();
        pairs.find(|(k, _)| k == name).map(|(_, v)| v.into_owned())
    };
    let proofpoint = host == "urldefense.proofpoint.com";
    let inner = if host.ends_with(".safelinks.protection.outlook.com") {
        // <region>.safelinks.protection.outlook.com/?url=<escaped>&data=…&sdata=…&reserved=0
        param("url")?
    } else if proofpoint && path == "/v2/url" {
        proofpoint_v2(&param("u")?)?
    } else if proofpoint && path == "/v1/url" {
        param("u")? // v1 carries a plainly percent-encoded URL
    } else if (proofpoint || host == "urldefense.com") && path.starts_with("/v3/__") {
        proofpoint_v3(s)?
    } else if is_google(&host) && path == "/url" {
        param("url").or_else(|| param("q"))?
    } else {
        return None;
    };
    let inner = inner.trim();
    let lower = inner.to_ascii_lowercase();
    let web = lower.starts_with("http://") || lower.starts_with("https://");
    web.then(|| inner.to_string())
}

/// `google.com`, `google.<cc>`, `google.co.<cc>`, `google.com.<cc>`, with or without `www.`.
fn is_google(host: &str) -> bool {
    let h = host.strip_prefix("www.").unwrap_or(host);
    let Some(tld) = h.strip_prefix("google.") else {
        return false;
    };
    let cc = |l: &str| l.len() == 2 && l.bytes().all(|b| b.is_ascii_lowercase());
    match tld.split_once('.') {
        None => tld == "com" || cc(tld),
        Some((sld, country)) => matches!(sld, "co" | "com") && cc(country),
    }
}

/// Proofpoint v2 `u=`: the URL percent-encoded with `-` in place of `%` and
/// `_` in place of `/` (literal `-` and `_` are themselves escaped: `-2D`, `-5F`).
fn proofpoint_v2(u: &str) -> Option<String> {
    let escaped = u.replace('-', "%").replace('_', "/");
    let decoded = percent_decode_str(&escaped).decode_utf8().ok()?;
    Some(decoded.into_owned())
}

/// Proofpoint v3: `https://urldefense.com/v3/__<url>__;<b64>!!<ids>$`.
/// Characters Proofpoint keeps out of `<url>` are replaced by `*`; `**<c>`
/// stands for a run of them, as long as `<c>`'s index in the base64url
/// alphabet plus 2. The removed characters, in order, are the UTF-8 text that
/// `<b64>` (unpadded base64url) encodes. The raw string is scanned because a
/// URL parser would split `?`/`#` inside `<url>` off the path.
fn proofpoint_v3(s: &str) -> Option<String> {
    let (_, after) = s.split_once("/v3/__")?;
    let (embedded, rest) = after.split_once("__;")?;
    let encoded = rest.split('!').next().unwrap_or("");
    let removed = String::from_utf8(base64url_decode(encoded)?).ok()?;
    let removed: Vec<char> = removed.chars().collect();
    let mut out = String::with_capacity(embedded.len());
    let mut used = 0usize;
    let mut chars = embedded.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '*' {
            out.push(c);
            continue;
        }
        let n = if chars.next_if_eq(&'*').is_some() {
            let code = u8::try_from(chars.next()?).ok()?;
            B64.iter().position(|&b| b == code)? + 2
        } else {
            1
        };
        // Fewer replacement characters than placeholders: damaged, do not guess.
        out.extend(removed.get(used..used + n)?);
        used += n;
    }
    // Proofpoint may leave "https:/host"; restore the second slash.
    for scheme in ["https:/", "http:/"] {
        if let Some(rest) = out.strip_prefix(scheme).filter(|r| !r.starts_with('/')) {
            return Some(format!("{scheme}/{rest}"));
        }
    }
    Some(out)
}

const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// Minimal base64url decoder (padding optional); None on a foreign character.
fn base64url_decode(s: &str) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(s.len() * 3 / 4);
    let (mut acc, mut bits) = (0u32, 0u32);
    for b in s.bytes().filter(|&b| b != b'=') {
        acc = (acc << 6) | B64.iter().position(|&c| c == b)? as u32;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    Some(out)
}

/// For a "whole channel/account banned" statement: does the item keyed
/// `child_key` lie under `parent_key`? Both must be keys from [`normalize`].
///
/// Covered = equal, or the child continues the parent's path after a `/`
/// (`t.me/badchannel` covers `t.me/badchannel/123`, not `t.me/badchannel2/1`).
/// A host-only key of an ordinary site covers the whole site (and `?` queries
/// on its root). Refused, to avoid sweeping matches: parents with a query;
/// platform parents without a path (all of Telegram) or ending in a structural
/// segment (`t.me/c`, `x.com/i/status`, `youtube.com/watch`, …).
/// Since x.com status keys drop the username, an account key cannot cover its
/// tweets: those need per-tweet confirmation.
pub fn covers(parent_key: &str, child_key: &str) -> bool {
    if parent_key.is_empty() || parent_key == child_key {
        return !parent_key.is_empty();
    }
    let Some(rest) = child_key.strip_prefix(parent_key) else {
        return false;
    };
    if parent_key.contains('?') {
        return false;
    }
    let (host, path) = parent_key.split_once('/').unwrap_or((parent_key, ""));
    if is_platform_host(host) {
        let last = path.rsplit('/').next().unwrap_or("");
        return !path.is_empty() && !is_structural(host, last) && rest.starts_with('/');
    }
    rest.starts_with('/') || (path.is_empty() && rest.starts_with('?'))
}

/// `covers` for a requested item, given also the URL as it was requested.
/// X post keys drop the username (see `twitter`), so a statement about an
/// X account (`x.com/<user>` suspended) reaches the requested posts whose
/// requested URL names that account: a suspended account's posts are gone
/// with it. A post requested as `x.com/i/status/<id>` names no account and
/// needs its own statement.
pub fn covers_item(parent_key: &str, item_key: &str, item_url: &str) -> bool {
    covers(parent_key, item_key)
        || x_account_of(item_url).is_some_and(|account| account.eq_ignore_ascii_case(parent_key))
}

/// Which post of a Korean portal a URL names, whatever address of the
/// portal it is written with (its mobile site, its old viewer page): DC
/// Inside's "gall.dcinside.com/[mgallery/|mini/]board/view/?id=G&no=N" and
/// "m.dcinside.com/board/G/N"; NAVER blog's "blog.naver.com/U/N",
/// "m.blog.naver.com/U/N" and "…/PostView.naver?blogId=U&logNo=N"; NAVER
/// and Daum cafés with and without "m.". None for any other URL.
pub fn post_identity(url: &str) -> Option<String> {
    // (Only the portals' own hosts are accepted below, so a bare address
    // may be given its scheme here.)
    let url = url.trim();
    let parsed = if url.contains("://") {
        Url::parse(url)
    } else {
        Url::parse(&format!("https://{url}"))
    }
    .ok()?;
    let host = canonical_host(parsed.host_str()?);
    let segs = canon_segments(parsed.path());
    let param = |name: &str| {
        parsed
            .query_pairs()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.into_owned())
            .filter(|v| !v.is_empty())
    };
    let numeric = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    let segs: Vec<&str> = segs.iter().map(String::as_str).collect();
    match (host.as_str(), segs.as_slice()) {
        ("gall.dcinside.com", [.., "board", "view"]) => {
            let (g, n) = (param("id")?, param("no")?);
            numeric(&n).then(|| format!("dcinside:{g}:{n}"))
        }
        ("m.dcinside.com", ["board", g, n]) if numeric(n) => Some(format!("dcinside:{g}:{n}")),
        ("blog.naver.com" | "m.blog.naver.com", [p]) if p.starts_with("PostView.") => {
            let (u, n) = (param("blogId")?, param("logNo")?);
            numeric(&n).then(|| format!("naverblog:{}:{n}", u.to_ascii_lowercase()))
        }
        ("blog.naver.com" | "m.blog.naver.com", [u, n]) if numeric(n) => {
            Some(format!("naverblog:{}:{n}", u.to_ascii_lowercase()))
        }
        ("cafe.naver.com" | "m.cafe.naver.com", [c, n]) if numeric(n) => {
            Some(format!("navercafe:{}:{n}", c.to_ascii_lowercase()))
        }
        ("cafe.daum.net" | "m.cafe.daum.net", [c, b, n]) if numeric(n) => {
            Some(format!("daumcafe:{}:{b}:{n}", c.to_ascii_lowercase()))
        }
        _ => None,
    }
}

/// The account key (`x.com/<user>`) an X post URL names, if any.
fn x_account_of(url: &str) -> Option<String> {
    let parsed = Url::parse(&with_scheme(url.trim())?).ok()?;
    if canonical_host(parsed.host_str()?) != "x.com" {
        return None;
    }
    match canon_segments(parsed.path()).as_slice() {
        [user, st, id, ..]
            if (st == "status" || st == "statuses")
                && !is_structural("x.com", user)
                && !id.is_empty()
                && id.bytes().all(|b| b.is_ascii_digit()) =>
        {
            Some(format!("x.com/{user}"))
        }
        _ => None,
    }
}

/// Path segments that name a kind of page rather than an account or channel.
#[rustfmt::skip]
fn is_structural(host: &str, seg: &str) -> bool {
    let list: &[&str] = match host {
        "t.me" => &["c", "s", "joinchat", "addstickers", "addemoji", "share", "proxy", "socks", "login", "iv"],
        "x.com" => &["i", "status", "statuses", "web", "hashtag", "search", "home", "explore", "intent", "settings"],
        "youtube.com" => &["watch", "channel", "c", "user", "shorts", "playlist", "results", "embed", "live", "v", "feed"],
        "instagram.com" => &["p", "reel", "reels", "stories", "explore", "tags", "tv", "accounts"],
        "facebook.com" => &["groups", "pages", "watch", "photo", "photo.php", "permalink.php", "story.php",
            "profile.php", "events", "share", "posts", "videos", "reel"],
        "tiktok.com" => &["tag", "music", "discover", "video", "search", "t"],
        _ => &[],
    };
    list.contains(&seg)
}

#[cfg(test)]
mod tests {
    use super::*;
    use percent_encoding::utf8_percent_encode;

    fn key(s: &str) -> String {
        normalize(s).unwrap_or_else(|| panic!("no key for {s}"))
    }

    /// (text, URLs found in it).
    #[rustfmt::skip]
    const FIND: &[(&str, &[&str])] = &[
        ("See https://example.com/a, www.example.org/b and t.me/chan/5 or X.com/u/status/9 now",
            &["https://example.com/a", "www.example.org/b", "t.me/chan/5", "X.com/u/status/9"]),
        ("mobile.twitter.com/u/status/1 youtu.be/dQw4w9WgXcQ", &["mobile.twitter.com/u/status/1", "youtu.be/dQw4w9WgXcQ"]),
        // Korean portals' boards without a scheme, glued to a particle too.
        ("cafe.naver.com/quietvalley/48211 → 삭제, m.blog.naver.com/a_b/22356은 블라인드",
            &["cafe.naver.com/quietvalley/48211", "m.blog.naver.com/a_b/22356"]),
        ("mycafe.naver.com/a/1 naver.com/x", &[]),
        ("cafe.naver.com/가짜카페/7 삭제, https://cafe.naver.com/가짜카페/8에서",
            &["cafe.naver.com/가짜카페/7", "https://cafe.naver.com/가짜카페/8"]),
        // Not links: tail of another host, e-mail, inside a path, bare word, no host.
        ("notx.com/a me@x.com/b example.org/t.me/c x.com is down", &[]),
        ("https:// and https://... and www. and xhttps://a.com", &[]),
        // Brackets and trailing punctuation.
        ("https://t.me/a/1.", &["https://t.me/a/1"]),
        ("(https://t.me/a/1)", &["https://t.me/a/1"]),
        ("<https://t.me/a/1>,", &["https://t.me/a/1"]),
        ("'https://t.me/a/1'?!", &["https://t.me/a/1"]),
        ("https://example.com/wiki/Foo_(bar)", &["https://example.com/wiki/Foo_(bar)"]),
        ("(see https://example.com/wiki/Foo_(bar)).", &["https://example.com/wiki/Foo_(bar)"]),
        ("[link](https://t.me/a/1) **https://x.com/a**", &["https://t.me/a/1", "https://x.com/a"]),
        ("「https://t.me/a/1」、“https://t.me/a/2”。（https://t.me/a/3）…", &["https://t.me/a/1", "https://t.me/a/2", "https://t.me/a/3"]),
        ("https://example.com/a?q=[1]", &["https://example.com/a?q=[1]"]),
        // Glued Korean: platform links are ASCII-only, so any Hangul ends them.
        ("https://t.me/abc/1은 삭제", &["https://t.me/abc/1"]),
        ("https://t.me/abc/1입니다", &["https://t.me/abc/1"]),
        ("채널t.me/badchannel에서", &["t.me/badchannel"]),
        // Non-ASCII handles and hashtags on platforms are kept whole.
        ("채널 https://www.youtube.com/@가짜채널 삭제", &["https://www.youtube.com/@가짜채널"]),
        ("https://x.com/hashtag/해시태그 and https://www.instagram.com/explore/tags/태그/ and https://t.me/abc#태그",
            &["https://x.com/hashtag/해시태그", "https://www.instagram.com/explore/tags/태그/", "https://t.me/abc#태그"]),
        ("https://www.youtube.com/@abc에서 https://t.me/a@b가", &["https://www.youtube.com/@abc에서", "https://t.me/a@b"]),
        // Other hosts: Korean paths kept; Hangul after a digit or glued to the host is prose.
        ("https://example.com/게시물/1 입니다", &["https://example.com/게시물/1"]),
        ("https://example.com/게시물/1입니다.", &["https://example.com/게시물/1"]),
        ("https://example.com에서", &["https://example.com"]),
        ("https://example.com/view?id=123을", &["https://example.com/view?id=123"]),
        ("게시물(https://example.com/a/b)은 삭제", &["https://example.com/a/b"]),
        ("(https://blog.naver.com/w/22)에 대해", &["https://blog.naver.com/w/22"]),
        ("https://ko.wikipedia.org/wiki/서울", &["https://ko.wikipedia.org/wiki/서울"]),
        // A particle glued to an ASCII segment ends it; a Korean word does not.
        ("신고하신 https://paste.example/p/aK29xQ는 오늘", &["https://paste.example/p/aK29xQ"]),
        ("https://paste.example/p/aK29xQ에서 삭제", &["https://paste.example/p/aK29xQ"]),
        // A form letter's particle with its alternative ends even a handle.
        ("채널 https://www.youtube.com/@hangang_tipster은(는) 삭제", &["https://www.youtube.com/@hangang_tipster"]),
        ("https://paste.example/p/aK29xQ을(를) 삭제", &["https://paste.example/p/aK29xQ"]),
        // A digit inside a Korean name is no numeric id: the name goes on.
        ("https://www.reddit.com/r/k/comments/1f9a7kd/영상_2편/ was already deleted",
            &["https://www.reddit.com/r/k/comments/1f9a7kd/영상_2편/"]),
        ("https://www.reddit.com/r/k/comments/1f9a7kd/영상_2는 삭제",
            &["https://www.reddit.com/r/k/comments/1f9a7kd/영상_2"]),
        ("https://example.com/abc한글", &["https://example.com/abc한글"]),
        // Undecidable, kept long: fails to match rather than mis-matching.
        ("https://example.com/게시물은", &["https://example.com/게시물은"]),
    ];

    /// (input, key).
    #[rustfmt::skip]
    const KEYS: &[(&str, &str)] = &[
        // Scheme, host, port, slashes, fragment, userinfo.
        ("http://example.com/a", "example.com/a"),
        ("  <HTTPS://WWW.Example.COM:443/a#top>  ", "example.com/a"),
        ("http://example.com:80/a/", "example.com/a"),
        ("www.example.com/a", "example.com/a"),
        ("https://user:pw@example.com./a", "example.com/a"),
        ("https://example.com:8443/a", "example.com:8443/a"),
        ("https://example.com/", "example.com"),
        ("https://example.com//a//b/", "example.com/a/b"),
        ("https://example.com/A/index.html", "example.com/A/index.html"),
        ("https://m.facebook.com/page/posts/1", "facebook.com/page/posts/1"),
        ("fb.com/page/posts/1?mibextid=abc", "facebook.com/page/posts/1"),
        // Telegram.
        ("https://t.me/chan/123", "t.me/chan/123"),
        ("t.me/chan/123?single", "t.me/chan/123"),
        ("https://telegram.me/Chan/123/", "t.me/chan/123"),
        ("http://telegram.dog/s/CHAN/123?embed=1&thread=7", "t.me/chan/123"),
        ("https://t.me/s/chan", "t.me/chan"),
        ("t.me/badchannel", "t.me/badchannel"),
        ("https://t.me/chan/123?comment=45", "t.me/chan/123?comment=45"),
        ("https://t.me/+AbCdEf", "t.me/%2BAbCdEf"),
        ("https://t.me/joinchat/AbC", "t.me/joinchat/AbC"),
        ("https://t.me/c/1234567/89", "t.me/c/1234567/89"),
        // X / Twitter.
        ("https://twitter.com/SomeUser/status/1790000000000000001?s=20&t=abc", "x.com/i/status/1790000000000000001"),
        ("https://x.com/other/status/1790000000000000001/photo/1", "x.com/i/status/1790000000000000001"),
        ("mobile.twitter.com/u/statuses/1790000000000000001/video/1", "x.com/i/status/1790000000000000001"),
        ("https://x.com/i/web/status/1790000000000000001?ref_src=twsrc%5Etfw", "x.com/i/status/1790000000000000001"),
        ("https://twitter.com/#!/u/status/1790000000000000001", "x.com/i/status/1790000000000000001"),
        ("https://x.com/BadUser", "x.com/BadUser"),
        ("https://x.com/u/status/1/analytics", "x.com/i/status/1/analytics"),
        // YouTube.
        ("https://youtu.be/dQw4w9WgXcQ?si=xyz&t=42", "youtube.com/watch?v=dQw4w9WgXcQ"),
        ("https://www.youtube.com/watch?feature=share&v=dQw4w9WgXcQ&list=PL1&index=3&pp=a", "youtube.com/watch?v=dQw4w9WgXcQ"),
        ("https://m.youtube.com/watch?v=dQw4w9WgXcQ", "youtube.com/watch?v=dQw4w9WgXcQ"),
        ("https://youtube.com/shorts/dQw4w9WgXcQ?feature=share", "youtube.com/watch?v=dQw4w9WgXcQ"),
        ("https://www.youtube.com/embed/dQw4w9WgXcQ", "youtube.com/watch?v=dQw4w9WgXcQ"),
        ("https://youtube.com/live/dQw4w9WgXcQ?si=1", "youtube.com/watch?v=dQw4w9WgXcQ"),
        ("https://www.youtube.com/playlist?list=PLabc&si=1", "youtube.com/playlist?list=PLabc"),
        ("https://youtube.com/embed/videoseries?list=PLabc", "youtube.com/embed/videoseries?list=PLabc"),
        ("https://youtu.be/short", "youtu.be/short"),
        // Tracking parameters, sorting, query encoding.
        ("https://example.com/p?b=2&utm_source=x&a=1&fbclid=Z&UTM_Medium=y&gclid=1", "example.com/p?a=1&b=2"),
        ("https://instagram.com/p/Cabc/?igshid=1&igsh=2&mc_cid=3&mc_eid=4", "instagram.com/p/Cabc"),
        ("https://example.com/?z=1&a=2&a=1", "example.com?a=2&a=1&z=1"),
        ("https://example.com/s?q=a+b", "example.com/s?q=a%20b"),
        ("https://www.tiktok.com/@u/video/7300000000000000001?is_from_webapp=1&sender_device=pc", "tiktok.com/@u/video/7300000000000000001"),
        // Path encoding and Unicode.
        ("https://example.com/게시물/한", "example.com/%EA%B2%8C%EC%8B%9C%EB%AC%BC/%ED%95%9C"),
        ("https://example.com/%EA%B2%8C%EC%8B%9C%EB%AC%BC/%ed%95%9c", "example.com/%EA%B2%8C%EC%8B%9C%EB%AC%BC/%ED%95%9C"),
        ("https://example.com/a%2Db%7E", "example.com/a-b~"),
        ("https://example.com/a%2Fb", "example.com/a%2Fb"),
        ("https://한국.kr/a", "xn--3e0b707e.kr/a"),
        // Wrapped (details in the unwrap tests).
        ("<https://urldefense.com/v3/__https://t.me/Chan/9?single__;!!A!B$>", "t.me/chan/9"),
    ];

    /// Near misses: pairs that must get different keys.
    #[rustfmt::skip]
    const DISTINCT: &[(&str, &str)] = &[
        ("https://t.me/chan/39383", "https://t.me/chan/393837"),
        ("t.me/chan/1", "t.me/chan/12"),
        ("t.me/chan/1", "t.me/chan2/1"),
        ("https://t.me/chan/1", "https://t.me/chan/1?comment=2"),
        ("https://t.me/joinchat/AbC", "https://t.me/joinchat/abc"),
        ("https://x.com/a", "https://x.com/b"),
        ("https://x.com/a/status/1", "https://x.com/a/status/12"),
        ("https://youtu.be/dQw4w9WgXcQ", "https://youtu.be/dQw4w9WgXcR"),
        ("https://youtube.com/playlist?list=PL1", "https://youtube.com/playlist?list=PL2"),
        ("https://example.com/Post/1", "https://example.com/post/1"),
        ("https://example.com/view?id=1", "https://example.com/view?id=10"),
        ("https://example.com/a", "https://example.org/a"),
        ("https://example.com/a", "https://sub.example.com/a"),
        ("https://example.com/a%2Fb", "https://example.com/a/b"),
        ("https://example.com/s?q=a%2Bb", "https://example.com/s?q=a+b"),
        ("https://example.com/%FF", "https://example.com/%FE"),
        ("https://instagram.com/p/Cabc", "https://instagram.com/p/CABC"),
    ];

    /// (wrapped, unwrapped). Safe Links and Proofpoint examples are built per
    /// their formats; `JiY`, `Jg` and `7ZWc` are base64url of "&&", "&", "한".
    #[rustfmt::skip]
    const UNWRAP: &[(&str, &str)] = &[
        ("https://nam12.safelinks.protection.outlook.com/?url=https%3A%2F%2Ft.me%2Fbadchan%2F123%3Fsingle&data=05%7C02%7Cabuse%40regulator.example%7C1a2b3c4d%7C0%7C0%7C638400000000000000%7CUnknown&sdata=AbCdEf%2BgH%3D&reserved=0",
            "https://t.me/badchan/123?single"),
        ("https://urldefense.proofpoint.com/v2/url?u=https-3A__t.me_bad-5Fchan_123-3Fsingle&d=DwMFaQ&c=euGZstcaTDllvimEN8b7jXrwqOf-v5A_CdpgnVfiiMM&r=abcDEF&m=ghiJKL&s=mnoPQR&e=",
            "https://t.me/bad_chan/123?single"),
        ("https://urldefense.proofpoint.com/v2/url?u=https-3A__example.com_a-2Db&d=x&e=", "https://example.com/a-b"),
        ("https://urldefense.proofpoint.com/v1/url?u=https%3A%2F%2Fx.com%2Fa&k=abc", "https://x.com/a"),
        ("https://urldefense.com/v3/__https://example.com/a?b=1*c=2__;Jg!!ABCdef!ghiJKL$", "https://example.com/a?b=1&c=2"),
        ("https://urldefense.com/v3/__https://example.com/x**Ay__;JiY!!A!B$", "https://example.com/x&&y"),
        ("https://urldefense.com/v3/__https://example.com/*__;7ZWc!!A!B$", "https://example.com/한"),
        ("https://urldefense.com/v3/__https:/t.me/c__;!!A!B$", "https://t.me/c"),
        ("https://www.google.com/url?q=https://t.me/badchan/5&sa=D&source=editors&usg=AOvVaw0", "https://t.me/badchan/5"),
        ("https://google.com/url?url=https%3A%2F%2Fx.com%2Fu%2Fstatus%2F9&sa=t", "https://x.com/u/status/9"),
        ("https://www.google.co.kr/url?q=https://example.com/a", "https://example.com/a"),
        ("https://urldefense.proofpoint.com/v2/url?u=https-3A__www.google.com_url-3Fq-3Dhttps-3A__t.me_nest_7&d=x", "https://t.me/nest/7"),
        // Not wrappers, a non-URL target, or damaged (more `*` than replacements): unchanged.
        ("https://google.evil.com/url?q=https://t.me/a", "https://google.evil.com/url?q=https://t.me/a"),
        ("https://www.google.com/url?q=hello", "https://www.google.com/url?q=hello"),
        ("https://urldefense.com/v3/__https://example.com/**Zx__;Jg!!A$", "https://urldefense.com/v3/__https://example.com/**Zx__;Jg!!A$"),
        ("not a url", "not a url"),
    ];

    #[rustfmt::skip]
    const REJECT: &[&str] = &[
        "", " ", "<>", "ftp://example.com/a", "mailto:x@t.me", "javascript:alert(1)", "example.com/a",
        "https://", "http://[::1", "t.me:x/a",
    ];

    #[rustfmt::skip]
    const COVERS: &[(&str, &str, bool)] = &[
        ("t.me/badchannel", "t.me/badchannel/123", true),
        ("t.me/badchannel", "t.me/badchannel", true),
        ("t.me/badchannel", "t.me/badchannel2/1", false),
        ("t.me/badchannel", "t.me/otherchannel/1", false),
        ("t.me/c/123", "t.me/c/123/4", true),
        ("t.me/c", "t.me/c/123/4", false),
        ("t.me", "t.me/chan/1", false),
        ("x.com/i/status", "x.com/i/status/1", false),
        ("youtube.com/watch", "youtube.com/watch?v=dQw4w9WgXcQ", false),
        ("badsite.com", "badsite.com/any/page", true),
        ("badsite.com", "badsite.com?id=1", true),
        ("badsite.com", "badsite.community/a", false),
        ("badsite.com", "sub.badsite.com/a", false),
        ("badsite.com/p?id=1", "badsite.com/p?id=1/2", false),
        ("", "t.me/a", false),
    ];

    #[test]
    fn finds_urls_in_text() {
        for (text, want) in FIND {
            let got: Vec<String> = find_urls(text).into_iter().map(|f| f.raw).collect();
            assert_eq!(got, *want, "{text}");
        }
        let text = "링크: <https://t.me/a/1>, 끝";
        let found = find_urls(text);
        let start = text.find("https").unwrap_or(usize::MAX);
        let raw = "https://t.me/a/1".to_string();
        assert_eq!(
            found,
            [FoundUrl {
                end: start + raw.len(),
                raw,
                start
            }]
        );
    }

    #[test]
    fn normalizes_to_keys() {
        for (input, want) in KEYS {
            assert_eq!(key(input), *want, "{input}");
        }
        let nfd: String = "https://example.com/게시물/한".nfd().collect();
        assert_ne!(nfd, "https://example.com/게시물/한");
        assert_eq!(key(&nfd), key("https://example.com/게시물/한"));
    }

    #[test]
    fn near_misses_get_distinct_keys() {
        for (a, b) in DISTINCT {
            assert_ne!(key(a), key(b), "{a} vs {b}");
        }
    }

    #[test]
    fn rejects_unusable_input() {
        for input in REJECT {
            assert_eq!(normalize(input), None, "{input}");
        }
    }

    #[test]
    fn unwraps_redirects() {
        for (wrapped, want) in UNWRAP {
            assert_eq!(unwrap_redirect(wrapped), *want, "{wrapped}");
        }
        // Safe Links around Proofpoint v2 around Google.
        let (v2, _) = UNWRAP[11];
        let outer = utf8_percent_encode(v2, NON_ALPHANUMERIC);
        let safe = format!("https://eur01.safelinks.protection.outlook.com/?url={outer}&x=0");
        assert_eq!(unwrap_redirect(&safe), "https://t.me/nest/7");
        assert_eq!(key(&format!("<{safe}>")), "t.me/nest/7");
    }

    #[test]
    fn x_account_covers_posts_requested_under_its_name() {
        let account = key("https://x.com/Ho_User_B");
        let post = "https://twitter.com/ho_user_b/status/1840000000000000104";
        assert!(covers_item(&account, &key(post), post));
        let other = "https://x.com/ho_user_bb/status/1840000000000000105";
        assert!(!covers_item(&account, &key(other), other));
        // A post requested without a username names no account.
        let bare = "https://x.com/i/status/1840000000000000106";
        assert!(!covers_item(&account, &key(bare), bare));
        assert!(!covers_item(&key("https://x.com/i"), &key(bare), bare));
    }

    #[test]
    fn covers_only_real_children() {
        for (parent, child, want) in COVERS {
            assert_eq!(covers(parent, child), *want, "{parent} / {child}");
        }
        let (parent, child) = (key("t.me/BadChannel"), key("t.me/s/badchannel/12?single"));
        assert!(covers(&parent, &child));
    }

    #[test]
    fn never_panics_on_garbage() {
        let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
        let mut next = move || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        let alphabet = "https://www.t.me/x.com%()[]<>.,?!#&=@:한글\u{301}\u{200b}*-_+ \n;'\"";
        let alphabet: Vec<char> = alphabet.chars().collect();
        let mut inputs = vec![
            format!("https://{}", "a".repeat(200_000)),
            format!("https://x.com/{}", ")".repeat(100_000)),
            "(https://t.me/a/1(".repeat(20_000),
            "www.".repeat(50_000),
            "https://".repeat(50_000),
            "https:/".repeat(50_000),
            "한".repeat(100_000),
            format!(
                "https://urldefense.com/v3/__{}__;{}!!",
                "*".repeat(99),
                "A".repeat(99)
            ),
            "%".repeat(10_000),
        ];
        for _ in 0..3000 {
            let len = (next() % 120) as usize;
            let bytes: Vec<u8> = (0..len).map(|_| next() as u8).collect();
            inputs.push(String::from_utf8_lossy(&bytes).into_owned());
            let pick = |n: u64| alphabet[(n % alphabet.len() as u64) as usize];
            inputs.push((0..len).map(|_| pick(next())).collect());
        }
        for text in &inputs {
            for f in find_urls(text) {
                assert_eq!(text.get(f.start..f.end), Some(f.raw.as_str()));
                if let Some(k) = normalize(&f.raw) {
                    // Keys are fixed points: re-normalising a stored key is harmless.
                    let again = normalize(&format!("https://{k}"));
                    assert_eq!(again.as_deref(), Some(k.as_str()));
                    assert!(covers(&k, &k));
                }
            }
            let _ = (normalize(text), unwrap_redirect(text), covers(text, text));
        }
    }

    #[test]
    fn site_roots() {
        for u in [
            "https://right.naver.com",
            "https://cs.daum.net/",
            "http://example.com",
        ] {
            assert!(is_site_root(u), "{u}");
        }
        for u in [
            "https://t.me/c/1",
            "https://example.com/?p=1",
            "https://cafe.naver.com/cafesupport",
        ] {
            assert!(!is_site_root(u), "{u}");
        }
    }

    #[test]
    fn bare_hosts_are_domains_written_without_a_scheme() {
        let hosts =
            |t: &str| -> Vec<String> { bare_hosts(t).into_iter().map(|(_, h)| h).collect() };
        assert_eq!(
            hosts("the domains jackpot-ace88.top and Jackpot-Ace89.TOP are on hold."),
            vec!["jackpot-ace88.top", "jackpot-ace89.top"]
        );
        // Glued Korean and brackets, a path after the host.
        assert_eq!(hosts("(muktitoto.kr)은 정지"), vec!["muktitoto.kr"]);
        assert_eq!(hosts("see shop.example/item/3 now"), vec!["shop.example"]);
        // Not: URLs with a scheme, addresses, file names, numbers,
        // abbreviations, platform hosts, mail servers in a bounce.
        for t in [
            "https://site.example/a was removed",
            "write to abuse@host.example",
            "see report.csv and shot.png",
            "version 2.10 and v1.2",
            "e.g. this, i.e. that",
            "on x.com and youtube.com",
            "mx1.host.example[198.51.100.25] said",
        ] {
            assert!(hosts(t).is_empty(), "{t}: {:?}", hosts(t));
        }
    }

    #[test]
    fn a_semicolon_ends_a_url_unless_a_parameter_follows() {
        let raws = |t: &str| find_urls(t).into_iter().map(|f| f.raw).collect::<Vec<_>>();
        assert_eq!(
            raws("https://files.example/d/A2fLx9Cr;removed;2024-09-04"),
            vec!["https://files.example/d/A2fLx9Cr"]
        );
        assert_eq!(
            raws("https://files.example/d/n0Yv;not found;"),
            vec!["https://files.example/d/n0Yv"]
        );
        assert_eq!(
            raws("https://shop.example/item;jsessionid=AB12?id=3"),
            vec!["https://shop.example/item;jsessionid=AB12?id=3"]
        );
        let v3 = "https://urldefense.com/v3/__https://t.me/c/102__;!!LpKI!Zq3x$";
        assert_eq!(raws(v3), vec![v3]);
        assert_eq!(
            without_glued_particle("https://a.example/entry/안내도"),
            Some("https://a.example/entry/안내")
        );
        assert_eq!(without_glued_particle("https://a.example/entry/12도"), None);
    }

    #[test]
    fn a_portal_post_is_the_same_post_at_its_other_addresses() {
        let same = |a: &str, b: &str| {
            let (x, y) = (post_identity(a), post_identity(b));
            x.is_some() && x == y
        };
        assert!(same(
            "https://m.dcinside.com/board/stock_new2/9182734",
            "https://gall.dcinside.com/board/view/?id=stock_new2&no=9182734"
        ));
        assert!(same(
            "m.dcinside.com/board/tidepool/331260",
            "https://gall.dcinside.com/mgallery/board/view/?id=tidepool&no=331260&page=2"
        ));
        assert!(same(
            "https://m.blog.naver.com/Haru_Deals/223571100876",
            "https://blog.naver.com/PostView.naver?blogId=haru_deals&logNo=223571100876"
        ));
        assert!(same(
            "cafe.naver.com/quietvalley/48211",
            "https://m.cafe.naver.com/quietvalley/48211"
        ));
        // Another post, another gallery, or no post at all: not the same.
        assert!(!same(
            "https://m.dcinside.com/board/stock_new2/9182735",
            "https://gall.dcinside.com/board/view/?id=stock_new2&no=9182734"
        ));
        assert!(!same(
            "https://m.dcinside.com/board/other/9182734",
            "https://gall.dcinside.com/board/view/?id=stock_new2&no=9182734"
        ));
        assert_eq!(
            post_identity("https://gall.dcinside.com/board/lists/?id=stock_new2"),
            None
        );
        assert_eq!(post_identity("https://t.me/chan/12"), None);
    }
}
