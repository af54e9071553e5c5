//! The Authentication-Results parser and the trust verdict built on it.
#![no_main]

use std::sync::LazyLock;

use libfuzzer_sys::fuzz_target;
use takedown::config::Settings;
use takedown::parse::ParsedEmail;

static SETTINGS: LazyLock<[Settings; 2]> = LazyLock::new(|| {
    let make = |require: &str| {
        let text = format!(
            "[database]\npath = \"x.db\"\n[trust]\nauthserv_id = \"mx.kcsc.example\"\nrequire = \"{require}\"\n[[platforms]]\nid = \"telegram\"\nsenders = [\"telegram.org\"]\n"
        );
        Settings::from_toml(std::path::Path::new("fuzz.toml"), &text).expect("fuzz config")
    };
    [make("dmarc"), make("dkim")]
});

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let _ = takedown::trust::parse_authentication_results(&text);
    // Several headers, one per line, as an email would carry them.
    let email = ParsedEmail {
        from: vec!["abuse@telegram.org".into()],
        auth_results: text.lines().map(str::to_string).collect(),
        ..Default::default()
    };
    for s in SETTINGS.iter() {
        let v = takedown::trust::assess(&email, s);
        // Trust needs our own server's header first in line.
        if v.trusted {
            assert!(email.auth_results.iter().any(|h| h.to_ascii_lowercase().contains("mx.kcsc.example")));
        }
    }
});
