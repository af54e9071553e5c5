//! Criterion micro-benchmarks (issue 7):
//!
//!     cargo bench --bench micro                 # all
//!     cargo bench --bench micro -- matching     # one group
//!
//! * `understand/*`: parse + trust + extract of one email (`pipeline::understand`):
//!   a 3 KB plain-text reply, a 20 KB HTML-table reply, a reply listing 500 URLs,
//!   and two 3 KB Korean replies (a line per URL, a 공문-style table);
//! * `normalize`: `extract::urls::normalize` over 100 varied URLs;
//! * `matching/1000_urls_1m_items`: the matching stage of an email stating
//!   1,000 URLs (`pipeline::view_query` + `Store::ledger_view` + `matching::decide`)
//!   against the 1,000,000-item, 100,000-request ledger of `support/ledger.rs`
//!   (built once into target/bench-data/, reused afterwards).

#[path = "support/ledger.rs"]
mod ledger;
#[path = "support/mailgen.rs"]
mod mailgen;

use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use takedown::extract::urls;
use takedown::pipeline;
use takedown::store::Store;

/// A reply of `layout` of at least `bytes` bytes (URLs added until it is).
fn sized(layout: u64, bytes: usize) -> Vec<u8> {
    let mut n = 1;
    loop {
        let (_, e) = mailgen::single(layout, n, 3);
        if e.len() >= bytes {
            return e;
        }
        n += 1;
    }
}

fn understand(c: &mut Criterion) {
    let settings = ledger::settings();
    let cases = [
        ("plain_3kb", sized(mailgen::PER_LINE, 3_000)),
        ("html_20kb", sized(mailgen::HTML_TABLE, 20_000)),
        ("urls_500", mailgen::single(mailgen::PER_LINE, 500, 3).1),
        // Korean replies take other paths through the reader (particles,
        // clause joins, 공문 fields) and other states of its phrase automaton.
        ("korean_lines_3kb", sized(mailgen::KOREAN_LINES, 3_000)),
        ("korean_table_3kb", sized(mailgen::KOREAN_TABLE, 3_000)),
    ];
    let mut g = c.benchmark_group("understand");
    for (name, raw) in &cases {
        // Sanity: the email is read as the confirmation it is.
        let u = pipeline::understand(raw, &settings);
        assert!(
            !u.extraction.claims.is_empty() && u.verdict.trusted,
            "{name}: {:?}",
            u.extraction.classification
        );
        g.throughput(Throughput::Bytes(raw.len() as u64));
        g.bench_function(
            format!(
                "{name} ({} bytes, {} claims)",
                raw.len(),
                u.extraction.claims.len()
            ),
            |b| b.iter(|| pipeline::understand(black_box(raw), &settings)),
        );
    }
    g.finish();
}

fn normalize(c: &mut Criterion) {
    let mut r = mailgen::Rng::new(5);
    let mut list: Vec<String> = Vec::new();
    let forms = [
        "https://t.me/{a}/{n}",
        "http://telegram.me/s/{a}/{n}?single",
        "https://twitter.com/{a}/status/{n}?s=20&t=abc",
        "https://mobile.x.com/{a}/status/{n}/photo/1",
        "https://youtu.be/{a}?si=xyz",
        "https://www.youtube.com/watch?v={a}&feature=share&t=42",
        "https://m.youtube.com/shorts/{a}",
        "https://blog.naver.com/{a}/{n}",
        "https://cafe.naver.com/%EA%B0%80%EC%A7%9C/{n}",
        "HTTPS://Example.COM:443/path/to/{a}/?utm_source=x&b=2&a=1#frag",
    ];
    for i in 0..100 {
        let f = forms[i % forms.len()];
        list.push(
            f.replace("{a}", &format!("user{}", r.next_u64() % 100_000))
                .replace("{n}", &(r.next_u64() % 1_000_000).to_string()),
        );
    }
    let mut g = c.benchmark_group("normalize");
    g.throughput(Throughput::Elements(list.len() as u64));
    g.bench_function("100_urls", |b| {
        b.iter(|| {
            list.iter()
                .filter_map(|u| urls::normalize(black_box(u)))
                .count()
        })
    });
    g.finish();
}

fn matching(c: &mut Criterion) {
    let db = ledger::big_ledger();
    let settings = ledger::settings();
    let store = Store::open(&db, 0o600, Duration::from_secs(5)).expect("open ledger");
    // An email stating 1,000 URLs of one platform's requests, with no reference:
    // every URL is looked up. The URLs are those of Telegram requests spread over the ledger.
    let corpus = ledger::corpus();
    let picked: Vec<&String> = corpus
        .requests
        .iter()
        .filter(|r| r.platform == mailgen::Platform::Telegram)
        .step_by(23)
        .flat_map(|r| r.urls.iter().take(3))
        .take(1000)
        .collect();
    assert_eq!(picked.len(), 1000);
    let mut body = String::from("Hello,\n\nThe following content has been removed:\n\n");
    for u in &picked {
        body.push_str(u);
        body.push('\n');
    }
    let raw = format!(
        "Authentication-Results: mx.kcsc.example; dkim=pass header.d=telegram.org; dmarc=pass header.from=telegram.org\r\n\
         From: Telegram Abuse <abuse@telegram.org>\r\nTo: takedown@kcsc.example\r\nSubject: Removed content\r\n\
         Date: Mon, 2 Sep 2024 11:12:00 +0000\r\nMessage-ID: <bench-1000@telegram.org>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n{body}"
    );
    let u = pipeline::understand(raw.as_bytes(), &settings);
    assert_eq!(u.extraction.claims.len(), 1000);
    let now = jiff::Timestamp::from_second(mailgen::rfc3339_epoch() + 500 * 86_400).unwrap();
    let check = {
        let q = pipeline::view_query(&u, &settings, now);
        let view = store.ledger_view(&q, &settings.tz).unwrap();
        takedown::matching::decide(&u.extraction, &u.verdict, &view, &settings)
    };
    assert_eq!(
        check.claims.iter().filter(|c| c.item.is_some()).count(),
        1000,
        "every URL matches an item"
    );
    let mut g = c.benchmark_group("matching");
    g.sample_size(20);
    g.throughput(Throughput::Elements(1000));
    g.bench_function("1000_urls_1m_items", |b| {
        b.iter(|| {
            let q = pipeline::view_query(&u, &settings, now);
            let view = store.ledger_view(&q, &settings.tz).unwrap();
            takedown::matching::decide(black_box(&u.extraction), &u.verdict, &view, &settings)
        })
    });
    g.finish();
}

criterion_group!(benches, understand, normalize, matching);
criterion_main!(benches);
