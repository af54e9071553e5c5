//! URL finding and normalization on arbitrary text.
#![no_main]

use libfuzzer_sys::fuzz_target;
use takedown::extract::urls::{find_urls, normalize};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let mut last_end = 0;
    for f in find_urls(&text) {
        // Offsets are in order, on char boundaries, and give back the URL.
        assert!(f.start >= last_end && f.start < f.end, "{f:?}");
        assert_eq!(&text[f.start..f.end], f.raw);
        last_end = f.end;
        let _ = normalize(&f.raw);
    }
    let _ = normalize(&text);
});
