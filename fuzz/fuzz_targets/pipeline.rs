//! The whole pipeline on raw bytes: parse, takedown's own DKIM check (fixed,
//! empty DNS records: no network), Authentication-Results, extraction, the
//! ledger's view and matching. Panics are not caught here (ingest_one would
//! catch them and send the email to review): a panic is a finding.
#![no_main]

use std::sync::{LazyLock, Mutex};

use libfuzzer_sys::fuzz_target;
use takedown::config::Settings;
use takedown::store::Store;
use takedown::trust::dkim::{Source, TxtRecords};

static SETTINGS: LazyLock<Settings> = LazyLock::new(|| {
    let text = r#"
timezone = "Asia/Seoul"
[database]
path = "fuzz.db"
[trust]
authserv_id = "mx.kcsc.example"
require = "dmarc"
verify = "both"
dns_timeout = "1s"
[limits]
max_parts = 100
max_depth = 5
max_attachment_bytes = 1048576
max_table_rows = 500
max_urls_per_email = 500
max_line_bytes = 8192
[[platforms]]
id = "telegram"
senders = ["telegram.org"]
phrases = { removed = ["gone for good"] }
[[platforms]]
id = "x"
senders = ["x.com"]
"#;
    Settings::from_toml(std::path::Path::new("fuzz.toml"), text).expect("fuzz config")
});

static SOURCE: LazyLock<Source> = LazyLock::new(|| Source::Records(std::sync::Arc::new(TxtRecords::new())));

static STORE: LazyLock<Mutex<Store>> = LazyLock::new(|| {
    let store = Store::open_in_memory().expect("store");
    let rows: Vec<_> = (1..=5)
        .map(|i| takedown::store::NewRequestItem {
            reference: "KCSC-240901-01".into(),
            platform: "telegram".into(),
            sent_at: "2024-09-01T00:00:00Z".parse().expect("time"),
            due_at: "2024-09-08T00:00:00Z".parse().expect("time"),
            url: format!("https://t.me/chan/{i}"),
            url_key: format!("t.me/chan/{i}"),
            category: None,
            message_id: Some("req-1@kcsc.example".into()),
            note: None,
            origin: "fuzz".into(),
        })
        .collect();
    store.import_requests(&rows, false, jiff::Timestamp::UNIX_EPOCH).expect("import");
    Mutex::new(store)
});

fuzz_target!(|data: &[u8]| {
    let s = &*SETTINGS;
    let u = takedown::pipeline::understand_with(data, s, &SOURCE);
    let now: jiff::Timestamp = "2024-09-10T00:00:00Z".parse().expect("time");
    let q = takedown::pipeline::view_query(&u, s, now);
    let store = STORE.lock().expect("store");
    let view = store.ledger_view(&q, &s.tz).expect("ledger view");
    let _ = takedown::matching::decide(&u.extraction, &u.verdict, &view, s);
});
