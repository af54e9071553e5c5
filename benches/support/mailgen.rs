//! A deterministic generator of realistic platform confirmation emails and the
//! requests they answer, for the benchmarks and the backlog correctness test.
//!
//! Include it with `#[path = "../benches/support/mailgen.rs"] mod mailgen;` (std only).
//!
//! Every request gets exactly one reply, from its own platform, authenticated
//! by our receiving server (`Authentication-Results: mx.kcsc.example; dmarc=pass`),
//! naming the request in its subject and giving every item a status. So after
//! ingesting all of them every email must be `applied` once and every item must
//! be in the status its reply gave it (`Corpus::expected`).
//!
//! Layouts (chosen per email by the seed): a plain list under an English
//! heading; per-line English statuses; grouped sections; an HTML table in a
//! multipart/alternative with a plain-text twin; Korean per-line statuses
//! (base64 or 8-bit); a Korean HTML table. Most quote the original request
//! (`>`-quoted or Gmail/Outlook style) and carry a signature and legal footer.

#![allow(dead_code)]

use std::fmt::Write as _;

/// SplitMix64: tiny, fast, and the same on every platform and Rust version.
#[derive(Clone)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed ^ 0x5DEE_CE66_D1CE_4E5B)
    }
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    /// Uniform in lo..=hi.
    pub fn range(&mut self, lo: u64, hi: u64) -> u64 {
        lo + self.next_u64() % (hi - lo + 1)
    }
    pub fn pick<T: Copy>(&mut self, xs: &[T]) -> T {
        xs[(self.next_u64() % xs.len() as u64) as usize]
    }
    pub fn chance(&mut self, percent: u64) -> bool {
        self.next_u64() % 100 < percent
    }
    fn alnum(&mut self, n: usize) -> String {
        const A: &[u8] = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
        (0..n)
            .map(|_| A[(self.next_u64() % A.len() as u64) as usize] as char)
            .collect()
    }
    fn lower(&mut self, n: usize) -> String {
        const A: &[u8] = b"abcdefghijklmnopqrstuvwxyz";
        (0..n)
            .map(|_| A[(self.next_u64() % A.len() as u64) as usize] as char)
            .collect()
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum St {
    Removed,
    Restricted,
    Rejected,
    NotFound,
}

impl St {
    pub fn as_str(self) -> &'static str {
        match self {
            St::Removed => "removed",
            St::Restricted => "restricted",
            St::Rejected => "rejected",
            St::NotFound => "not_found",
        }
    }
    fn english(self, r: &mut Rng) -> &'static str {
        match self {
            St::Removed => r.pick(&[
                "removed",
                "Removed",
                "content removed",
                "deleted",
                "has been removed",
            ]),
            St::Restricted => r.pick(&[
                "restricted in South Korea",
                "Withheld in South Korea",
                "geo-blocked (KR)",
                "Restricted (South Korea)",
            ]),
            St::Rejected => r.pick(&[
                "no violation found",
                "No violation",
                "declined",
                "does not violate our policies",
            ]),
            St::NotFound => r.pick(&["could not be located", "not found", "invalid link"]),
        }
    }
    fn heading(self) -> &'static str {
        match self {
            St::Removed => "The following content has been removed:",
            St::Restricted => "Access to the following content has been restricted in South Korea:",
            St::Rejected => "We found no violation of our policies for the following:",
            St::NotFound => "We could not locate the following:",
        }
    }
    fn korean(self, r: &mut Rng) -> &'static str {
        match self {
            St::Removed => r.pick(&["삭제 완료", "삭제 조치 완료", "조치 완료"]),
            St::Restricted => r.pick(&["접속 차단", "국내 접속 차단"]),
            St::Rejected => r.pick(&["위반 사항 없음", "조치 불가"]),
            St::NotFound => r.pick(&["확인 불가"]),
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Platform {
    Telegram,
    X,
    YouTube,
    Naver,
}

impl Platform {
    pub fn id(self) -> &'static str {
        match self {
            Platform::Telegram => "telegram",
            Platform::X => "x",
            Platform::YouTube => "youtube",
            Platform::Naver => "naver",
        }
    }
    fn sender(self) -> (&'static str, &'static str, &'static str) {
        // (display name, address, DKIM domain)
        match self {
            Platform::Telegram => ("Telegram Abuse", "abuse@telegram.org", "telegram.org"),
            Platform::X => ("X Legal", "legal-kr@x.com", "x.com"),
            Platform::YouTube => (
                "YouTube Legal Support",
                "youtube-legal-noreply@google.com",
                "google.com",
            ),
            Platform::Naver => ("네이버 정책지원팀", "policy@navercorp.com", "navercorp.com"),
        }
    }
    fn url(self, r: &mut Rng, serial: u64) -> String {
        // `serial` keeps every URL of a corpus unique.
        match self {
            Platform::Telegram => format!(
                "https://t.me/{}_{serial:x}/{}",
                r.lower(8),
                r.range(1, 99_999)
            ),
            Platform::X => format!(
                "https://x.com/{}{serial:x}/status/{}",
                r.lower(7),
                1_700_000_000_000_000_000 + r.range(0, 99_999_999_999)
            ),
            Platform::YouTube => {
                format!("https://www.youtube.com/watch?v={}{serial:x}", r.alnum(6))
            }
            Platform::Naver => format!(
                "https://blog.naver.com/{}{serial:x}/2236{:08}",
                r.lower(6),
                r.range(0, 99_999_999)
            ),
        }
    }
}

const PLATFORMS: [Platform; 4] = [
    Platform::Telegram,
    Platform::X,
    Platform::YouTube,
    Platform::Naver,
];

pub struct Request {
    pub reference: String,
    pub platform: Platform,
    /// Unix seconds.
    pub sent: i64,
    pub due: i64,
    pub message_id: String,
    pub urls: Vec<String>,
}

pub struct Corpus {
    pub requests: Vec<Request>,
    /// The replies, in delivery order; `emails[i]` answers `requests[i]` (for i < emails.len()).
    pub emails: Vec<Vec<u8>>,
    /// (ref, url, status) every item must end in; items without a reply stay pending.
    pub expected: Vec<(String, String, &'static str)>,
}

#[derive(Clone, Debug)]
pub struct Spec {
    pub requests: usize,
    /// How many of the requests get a reply (the first `emails`).
    pub emails: usize,
    pub min_urls: u64,
    pub max_urls: u64,
    pub seed: u64,
}

impl Spec {
    /// The backlog benchmark's shape: N requests, N replies, 5–30 URLs each.
    pub fn backlog(n: usize, seed: u64) -> Spec {
        Spec {
            requests: n,
            emails: n,
            min_urls: 5,
            max_urls: 30,
            seed,
        }
    }
}

/// 2024-01-01T00:00:00Z.
const EPOCH: i64 = 1_704_067_200;

/// The corpus's time origin, 2024-01-01T00:00:00Z, in Unix seconds.
pub fn rfc3339_epoch() -> i64 {
    EPOCH
}

pub fn generate(spec: &Spec) -> Corpus {
    let mut r = Rng::new(spec.seed);
    let mut requests = Vec::with_capacity(spec.requests);
    let mut serial = 0u64;
    for i in 0..spec.requests {
        // 100 references a day (the reference pattern has two digits for the serial).
        let day = (i / 100) as i64;
        let sent = EPOCH + day * 86_400 + 3_600 + (i % 100) as i64 * 60;
        let (y, m, d) = civil(sent);
        let reference = format!("KCSC-{:02}{:02}{:02}-{:02}", y % 100, m, d, i % 100);
        let platform = r.pick(&PLATFORMS);
        let n = r.range(spec.min_urls, spec.max_urls);
        let urls = (0..n)
            .map(|_| {
                serial += 1;
                platform.url(&mut r, serial)
            })
            .collect();
        requests.push(Request {
            message_id: format!("req-{}@kcsc.example", reference.to_lowercase()),
            reference,
            platform,
            sent,
            due: sent + 7 * 86_400,
            urls,
        });
    }
    let mut emails = Vec::with_capacity(spec.emails);
    let mut expected = Vec::new();
    for (i, req) in requests.iter().enumerate() {
        if i >= spec.emails {
            for u in &req.urls {
                expected.push((req.reference.clone(), u.clone(), "pending"));
            }
            continue;
        }
        let statuses: Vec<St> = req
            .urls
            .iter()
            .map(|_| match r.range(0, 99) {
                0..=69 => St::Removed,
                70..=84 => St::Restricted,
                85..=92 => St::Rejected,
                _ => St::NotFound,
            })
            .collect();
        let layout = if req.platform == Platform::Naver {
            r.range(4, 7)
        } else {
            r.range(0, 5)
        };
        let email = reply(&mut r, req, &statuses, layout, i);
        for (u, s) in req.urls.iter().zip(&statuses) {
            let s = if layout == 0 { St::Removed } else { *s };
            expected.push((req.reference.clone(), u.clone(), s.as_str()));
        }
        emails.push(email);
    }
    Corpus {
        requests,
        emails,
        expected,
    }
}

/// Layouts by number, for `single`.
pub const PLAIN_LIST: u64 = 0;
pub const PER_LINE: u64 = 1;
pub const GROUPED: u64 = 2;
pub const HTML_TABLE: u64 = 3;
pub const KOREAN_LINES: u64 = 4;
pub const KOREAN_TABLE: u64 = 7;

/// One reply of the given layout with `n` URLs (a Telegram request), and its request.
pub fn single(layout: u64, n: u64, seed: u64) -> (Request, Vec<u8>) {
    let mut r = Rng::new(seed);
    let sent = EPOCH + 3_600;
    let urls = (1..=n).map(|k| Platform::Telegram.url(&mut r, k)).collect();
    let req = Request {
        reference: "KCSC-240101-01".into(),
        platform: Platform::Telegram,
        sent,
        due: sent + 7 * 86_400,
        message_id: "req-kcsc-240101-01@kcsc.example".into(),
        urls,
    };
    let st: Vec<St> = (0..n)
        .map(|k| {
            [
                St::Removed,
                St::Restricted,
                St::Removed,
                St::Rejected,
                St::NotFound,
            ][k as usize % 5]
        })
        .collect();
    let email = reply(&mut r, &req, &st, layout, 0);
    (req, email)
}

impl Corpus {
    /// The requests CSV (`takedown request import`).
    pub fn requests_csv(&self) -> String {
        let mut s = String::from("ref,platform,sent_at,due_at,url,category,message_id\n");
        for r in &self.requests {
            for u in &r.urls {
                let _ = writeln!(
                    s,
                    "{},{},{},{},{},deepfake-sexual-abuse,{}",
                    r.reference,
                    r.platform.id(),
                    rfc3339(r.sent),
                    rfc3339(r.due),
                    u,
                    r.message_id
                );
            }
        }
        s
    }

    pub fn total_bytes(&self) -> usize {
        self.emails.iter().map(Vec::len).sum()
    }
}

/// The configuration the benchmarks use: the four platforms of the corpus,
/// trust by our own server's Authentication-Results, and `mailbox` (a TOML
/// `[mailbox]` section, or empty).
pub fn config_toml(db_path: &str, mailbox: &str) -> String {
    format!(
        r#"timezone = "Asia/Seoul"

[database]
path = "{db_path}"

{mailbox}

[matching]
reference_patterns = ['KCSC-\d{{6}}-\d{{2}}']

[trust]
authserv_id = "mx.kcsc.example"
require = "dmarc"

[[platforms]]
id = "telegram"
name = "Telegram"
senders = ["telegram.org"]
reminder_to = ["dsa@telegram.org"]

[[platforms]]
id = "x"
name = "X"
senders = ["x.com", "twitter.com"]
reminder_to = ["legal@x.com"]

[[platforms]]
id = "youtube"
name = "YouTube"
senders = ["google.com", "youtube.com"]
reminder_to = ["legal-kr@google.com"]

[[platforms]]
id = "naver"
name = "NAVER"
senders = ["naver.com", "navercorp.com"]
reminder_to = ["policy@navercorp.com"]
"#
    )
}

/// Writes the emails as a Maildir, in `cur/` and in order.
pub fn write_maildir(dir: &std::path::Path, emails: &[Vec<u8>]) {
    for sub in ["tmp", "new", "cur"] {
        std::fs::create_dir_all(dir.join(sub)).expect("create maildir");
    }
    for (i, e) in emails.iter().enumerate() {
        std::fs::write(
            dir.join("cur")
                .join(format!("{:010}.M{i}P1.bench:2,", 1_700_000_000 + i)),
            e,
        )
        .expect("write email");
    }
}

// ---------------------------------------------------------------------------

fn civil(t: i64) -> (i64, u32, u32) {
    // Howard Hinnant's days-to-civil.
    let z = t.div_euclid(86_400) + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (if m <= 2 { y + 1 } else { y }, m, d)
}

pub fn rfc3339(t: i64) -> String {
    let (y, m, d) = civil(t);
    let s = t.rem_euclid(86_400);
    format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}Z",
        s / 3600,
        s / 60 % 60,
        s % 60
    )
}

fn rfc2822(t: i64) -> String {
    const DAYS: [&str; 7] = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"];
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let (y, m, d) = civil(t);
    let s = t.rem_euclid(86_400);
    let wd = DAYS[t.div_euclid(86_400).rem_euclid(7) as usize];
    format!(
        "{wd}, {d} {} {y} {:02}:{:02}:{:02} +0000",
        MONTHS[m as usize - 1],
        s / 3600,
        s / 60 % 60,
        s % 60
    )
}

fn b64(data: &[u8]) -> String {
    const T: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(data.len() * 4 / 3 + data.len() / 57 + 4);
    for (n, c) in data.chunks(3).enumerate() {
        if n > 0 && n % 19 == 0 {
            out.push_str("\r\n");
        }
        let b = [c[0], *c.get(1).unwrap_or(&0), *c.get(2).unwrap_or(&0)];
        let v = (b[0] as u32) << 16 | (b[1] as u32) << 8 | b[2] as u32;
        for k in 0..4 {
            if k <= c.len() {
                out.push(T[(v >> (18 - 6 * k) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

fn encoded_word(s: &str) -> String {
    format!("=?UTF-8?B?{}?=", b64(s.as_bytes()).replace("\r\n", ""))
}

fn html_escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// The original request as the platform's mail client quotes it.
fn request_text(req: &Request) -> String {
    let mut s = format!(
        "[{}] Request for removal of illegal content ({} items)\n\nDear {} Trust & Safety team,\n\n\
         The Korea Communications Standards Commission (KCSC) has determined that the\n\
         following content violates the Act on the Protection of Children and Youth\n\
         against Sexual Abuse and requests its removal by {}:\n\n",
        req.reference,
        req.urls.len(),
        req.platform.id(),
        &rfc3339(req.due)[..10]
    );
    for u in &req.urls {
        s.push_str(u);
        s.push('\n');
    }
    s.push_str(
        "\nPlease reply to this email stating, for each URL, the action taken.\n\n\
         Korea Communications Standards Commission\nDigital Sexual Crime Response Team\n",
    );
    s
}

const FOOTER_EN: &str = "This email and any attachments are confidential and intended solely for the addressee.\n\
If you have received this message in error, please notify the sender and delete it.\n\
Our Transparency Report describes how we respond to government requests: https://transparency.example.com/reports\n";

const FOOTER_KO: &str = "본 메일은 발신 전용이 아닙니다. 문의 사항은 회신으로 보내 주시기 바랍니다.\n\
개인정보 처리방침: https://policy.naver.com/policy/privacy.html\n";

fn headers(
    r: &mut Rng,
    req: &Request,
    i: usize,
    subject: &str,
    content_type: &str,
    cte: &str,
    at: i64,
) -> String {
    let (name, addr, dom) = req.platform.sender();
    let name = if name.is_ascii() {
        name.to_string()
    } else {
        encoded_word(name)
    };
    let qid: String = r.alnum(12);
    let ip = format!("192.0.2.{}", r.range(1, 254));
    format!(
        "Return-Path: <bounces+{i}@{dom}>\r\n\
         Delivered-To: takedown@kcsc.example\r\n\
         Authentication-Results: mx.kcsc.example; dkim=pass header.d={dom} header.s=s{sel};\r\n \
         spf=pass smtp.mailfrom={dom}; dmarc=pass (p=reject) header.from={dom}\r\n\
         Received: from mail-out{o}.{dom} (mail-out{o}.{dom} [{ip}])\r\n\
         \tby mx.kcsc.example (Postfix) with ESMTPS id {qid}\r\n\
         \tfor <takedown@kcsc.example>; {date}\r\n\
         Received: by mail-out{o}.{dom} with SMTP id {id2}; {date}\r\n\
         DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d={dom}; s=s{sel};\r\n \
         h=from:to:subject:date:message-id; bh={bh};\r\n \
         b={sig}\r\n\
         From: {name} <{addr}>\r\n\
         To: KCSC Takedown <takedown@kcsc.example>\r\n\
         Subject: {subject}\r\n\
         Date: {date}\r\n\
         Message-ID: <{mid}@{dom}>\r\n\
         In-Reply-To: <{req_mid}>\r\n\
         References: <{req_mid}>\r\n\
         MIME-Version: 1.0\r\n\
         Content-Type: {content_type}\r\n\
         Content-Transfer-Encoding: {cte}\r\n\r\n",
        sel = r.range(2019, 2024),
        o = r.range(1, 40),
        id2 = r.alnum(16),
        bh = r.alnum(43),
        sig = (0..5)
            .map(|_| r.alnum(70))
            .collect::<Vec<_>>()
            .join("\r\n\t "),
        date = rfc2822(at),
        mid = format!("{}.{i}", r.alnum(20)),
        req_mid = req.message_id,
    )
}

fn crlf(s: &str) -> String {
    s.replace("\r\n", "\n").replace('\n', "\r\n")
}

fn quoted(req: &Request, style: u64) -> String {
    let orig = request_text(req);
    match style {
        0 => {
            let mut s = format!(
                "\nOn {}, KCSC <takedown@kcsc.example> wrote:\n",
                rfc2822(req.sent)
            );
            for l in orig.lines() {
                s.push_str(if l.is_empty() { ">" } else { "> " });
                s.push_str(l);
                s.push('\n');
            }
            s
        }
        1 => format!(
            "\n-----Original Message-----\nFrom: KCSC <takedown@kcsc.example>\nSent: {}\nTo: {}\nSubject: [{}] Request for removal\n\n{}",
            rfc2822(req.sent),
            req.platform.sender().1,
            req.reference,
            orig
        ),
        _ => String::new(),
    }
}

fn reply(r: &mut Rng, req: &Request, st: &[St], layout: u64, i: usize) -> Vec<u8> {
    let at = req.sent + r.range(3_600, 5 * 86_400) as i64;
    let subject_en = format!(
        "Re: [{}] Request for removal of illegal content ({} items)",
        req.reference,
        req.urls.len()
    );
    let quote_style = r.range(0, 2);
    match layout {
        // Plain list under one heading, everything removed.
        0 => {
            let mut b = format!(
                "Hello,\n\nThank you for your report (ref. {}).\n\n{}\n\n",
                req.reference,
                St::Removed.heading()
            );
            for u in &req.urls {
                b.push_str(u);
                b.push('\n');
            }
            b.push_str("\nBest regards,\nTrust & Safety Team\n\n");
            b.push_str(FOOTER_EN);
            b.push_str(&quoted(req, quote_style));
            let h = headers(
                r,
                req,
                i,
                &subject_en,
                "text/plain; charset=utf-8",
                "8bit",
                at,
            );
            (h + &crlf(&b)).into_bytes()
        }
        // Per-line English statuses.
        1 => {
            let mut b = format!(
                "Hi,\n\nRegarding your request {}, please find the outcome for each reported URL below.\n\n",
                req.reference
            );
            for (u, s) in req.urls.iter().zip(st) {
                let sep = r.pick(&[" - ", ": ", " — ", " -> "]);
                let _ = writeln!(b, "{u}{sep}{}", s.english(r));
            }
            b.push_str("\nKind regards,\nLegal Operations\n\n");
            b.push_str(FOOTER_EN);
            b.push_str(&quoted(req, quote_style));
            let h = headers(
                r,
                req,
                i,
                &subject_en,
                "text/plain; charset=utf-8",
                "8bit",
                at,
            );
            (h + &crlf(&b)).into_bytes()
        }
        // Grouped sections under headings.
        2 => {
            let mut b = format!(
                "Hello,\n\nWe have reviewed the content in your request {}.\n",
                req.reference
            );
            for s in [St::Removed, St::Restricted, St::Rejected, St::NotFound] {
                let group: Vec<&String> = req
                    .urls
                    .iter()
                    .zip(st)
                    .filter(|(_, x)| **x == s)
                    .map(|(u, _)| u)
                    .collect();
                if group.is_empty() {
                    continue;
                }
                let _ = writeln!(b, "\n{}", s.heading());
                for u in group {
                    let _ = writeln!(b, "  * {u}");
                }
            }
            b.push_str("\nThank you,\nThe Trust & Safety Team\n\n");
            b.push_str(FOOTER_EN);
            b.push_str(&quoted(req, quote_style));
            let h = headers(
                r,
                req,
                i,
                &subject_en,
                "text/plain; charset=utf-8",
                "8bit",
                at,
            );
            (h + &crlf(&b)).into_bytes()
        }
        // HTML table in multipart/alternative.
        3 | 5 => {
            let boundary = format!("000000000000{}", r.alnum(12));
            let mut text = format!(
                "Hello,\n\nWe reviewed the content referenced in your request {} and took the actions below.\n\n",
                req.reference
            );
            let mut html = format!(
                "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Legal request</title></head>\n\
                 <body style=\"font-family:Roboto,Arial,sans-serif;font-size:14px;color:#202124\">\n\
                 <p>Hello,</p>\n<p>We reviewed the content referenced in your request <b>{}</b> and took the actions listed below.</p>\n\
                 <table border=\"1\" cellpadding=\"6\" cellspacing=\"0\" style=\"border-collapse:collapse\">\n\
                 <thead><tr><th>#</th><th>Link</th><th>Action</th></tr></thead>\n<tbody>\n",
                req.reference
            );
            for (n, (u, s)) in req.urls.iter().zip(st).enumerate() {
                let w = s.english(r);
                let _ = writeln!(text, "{}. {u} : {w}", n + 1);
                let _ = writeln!(
                    html,
                    "<tr><td style=\"padding:4px\">{}</td><td style=\"padding:4px\"><a href=\"{u}\" target=\"_blank\">{}</a></td><td style=\"padding:4px\">{w}</td></tr>",
                    n + 1,
                    html_escape(u)
                );
            }
            html.push_str("</tbody>\n</table>\n<p>Sincerely,<br>The Legal Team</p>\n<p style=\"font-size:11px;color:#5f6368\">&copy; 2024 Example LLC. You received this mandatory service email to update you about your legal request.</p>\n");
            if quote_style < 2 {
                html.push_str(
                    "<div class=\"gmail_quote\"><div dir=\"ltr\" class=\"gmail_attr\">On ",
                );
                html.push_str(&rfc2822(req.sent));
                html.push_str(", KCSC &lt;takedown@kcsc.example&gt; wrote:<br></div><blockquote class=\"gmail_quote\" style=\"margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex\">");
                html.push_str(&html_escape(&request_text(req)).replace('\n', "<br>\n"));
                html.push_str("</blockquote></div>\n");
            }
            html.push_str("</body></html>\n");
            text.push_str("\nSincerely,\nThe Legal Team\n");
            text.push_str(&quoted(req, quote_style));
            let h = headers(
                r,
                req,
                i,
                &subject_en,
                &format!("multipart/alternative; boundary=\"{boundary}\""),
                "7bit",
                at,
            );
            let body = format!(
                "--{boundary}\nContent-Type: text/plain; charset=\"UTF-8\"\nContent-Transfer-Encoding: 8bit\n\n{text}\n--{boundary}\nContent-Type: text/html; charset=\"UTF-8\"\nContent-Transfer-Encoding: 8bit\n\n{html}\n--{boundary}--\n"
            );
            (h + &crlf(&body)).into_bytes()
        }
        // Korean per-line statuses, 8-bit or base64.
        4 | 6 => {
            let subject = encoded_word(&format!("RE: [{}] 게시물 처리 결과 안내", req.reference));
            let mut b = format!(
                "안녕하십니까, 정책지원팀입니다.\n\n귀 위원회의 시정 요청({})에 대한 게시물별 처리 결과를 회신드립니다.\n\n",
                req.reference
            );
            for (n, (u, s)) in req.urls.iter().zip(st).enumerate() {
                let _ = writeln!(b, "{}. {u} → {}", n + 1, s.korean(r));
            }
            b.push_str("\n감사합니다.\n정책지원팀 드림\n\n");
            b.push_str(FOOTER_KO);
            if quote_style < 2 {
                b.push_str("\n-----원본 메시지-----\n");
                b.push_str(&request_text(req));
            }
            if r.chance(50) {
                let h = headers(
                    r,
                    req,
                    i,
                    &subject,
                    "text/plain; charset=UTF-8",
                    "base64",
                    at,
                );
                (h + &b64(crlf(&b).as_bytes()) + "\r\n").into_bytes()
            } else {
                let h = headers(r, req, i, &subject, "text/plain; charset=UTF-8", "8bit", at);
                (h + &crlf(&b)).into_bytes()
            }
        }
        // Korean HTML table.
        _ => {
            let subject = encoded_word(&format!("[{}] 시정 요청 처리 결과 안내", req.reference));
            let mut html = format!(
                "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\"></head>\n<body>\n\
                 <p>안녕하십니까, 정책지원팀입니다.</p>\n<p>방송통신심의위원회의 시정 요청({})에 대한 처리 결과를 아래와 같이 안내드립니다.</p>\n\
                 <table border=\"1\" cellspacing=\"0\" cellpadding=\"5\" style=\"border-collapse:collapse;font-size:13px\">\n\
                 <tr><th>번호</th><th>링크</th><th>조치 결과</th></tr>\n",
                req.reference
            );
            for (n, (u, s)) in req.urls.iter().zip(st).enumerate() {
                let _ = writeln!(
                    html,
                    "<tr><td>{}</td><td>{}</td><td>{}</td></tr>",
                    n + 1,
                    html_escape(u),
                    s.korean(r)
                );
            }
            html.push_str("</table>\n<p>감사합니다.<br>정책지원팀 드림</p>\n<p style=\"color:#888;font-size:11px\">");
            html.push_str(&FOOTER_KO.replace('\n', "<br>"));
            html.push_str("</p>\n</body></html>\n");
            let h = headers(r, req, i, &subject, "text/html; charset=UTF-8", "8bit", at);
            (h + &crlf(&html)).into_bytes()
        }
    }
}
