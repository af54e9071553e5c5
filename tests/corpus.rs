//! The confirmation corpus (tests/corpus/): every case is ingested into a
//! fresh ledger and compared with tests/corpus/expected.toml. Prints an
//! accuracy report (items right / total, false applications, review hits)
//! and a per-case diff of everything that differs.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use takedown::config::Settings;
use takedown::pipeline::ingest_one;
use takedown::source::{Origin, RawEmail};
use takedown::store::Store;

#[derive(Deserialize)]
struct Expected {
    case: Vec<Case>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    name: String,
    files: Vec<String>,
    outcome: String,
    classification: Option<String>,
    review: Option<String>,
    #[allow(dead_code)]
    why: Option<String>,
    #[serde(default)]
    items: BTreeMap<String, String>,
}

fn corpus() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/corpus")
}

#[derive(Default)]
struct Tally {
    items: usize,
    items_right: usize,
    false_applications: Vec<String>,
    review_expected: usize,
    review_hits: usize,
    outcomes_right: usize,
}

fn run_case(
    settings: &Settings,
    case: &Case,
    now: jiff::Timestamp,
    tally: &mut Tally,
) -> Vec<String> {
    let mut diffs = Vec::new();
    let store = Store::open_in_memory().expect("in-memory ledger");
    let rows = takedown::import::read_csv(settings, now, &corpus().join("requests.csv"))
        .expect("requests.csv");
    store.import_requests(&rows, false, now).expect("import");
    let mut last = None;
    for f in &case.files {
        let path = corpus().join(f);
        let bytes = match std::fs::read(&path) {
            Ok(b) => b,
            Err(e) => return vec![format!("{}: {e}", path.display())],
        };
        let raw = RawEmail::new(bytes, Origin::File(path.clone()));
        last = Some(ingest_one(&store, settings, &raw, now).expect("ingest"));
    }
    let Some(r) = last else {
        return vec!["no files".into()];
    };
    if r.outcome.as_str() == case.outcome {
        tally.outcomes_right += 1;
    } else {
        diffs.push(format!(
            "outcome: expected {}, got {} ({})",
            case.outcome,
            r.outcome.as_str(),
            r.detail
        ));
    }
    if let Some(c) = &case.classification {
        if &r.classification != c {
            diffs.push(format!(
                "classification: expected {c}, got {}",
                r.classification
            ));
        }
    }
    match (&case.review, &r.review) {
        (Some(e), Some(g)) if e == g => {
            tally.review_expected += 1;
            tally.review_hits += 1;
        }
        (Some(e), g) => {
            tally.review_expected += 1;
            diffs.push(format!(
                "review: expected {e}, got {}",
                g.as_deref().unwrap_or("none")
            ));
        }
        (None, Some(g)) if case.outcome != "duplicate" => {
            diffs.push(format!("review: expected none, got {g} ({})", r.detail))
        }
        _ => {}
    }
    // Every item of every request: listed ones as expected, the rest pending.
    let mut seen = 0;
    for req in store.request_summaries(None, None).expect("requests") {
        for item in store.items_of(&req.reference).expect("items") {
            let want = case
                .items
                .get(&item.url)
                .map(String::as_str)
                .unwrap_or("pending");
            if case.items.contains_key(&item.url) {
                seen += 1;
            }
            tally.items += 1;
            let got = item.status.as_str();
            if got == want {
                tally.items_right += 1;
            } else {
                if got != "pending" {
                    tally.false_applications.push(format!(
                        "{}: {} -> {got} (expected {want})",
                        case.name, item.url
                    ));
                }
                diffs.push(format!(
                    "{} {}: expected {want}, got {got}",
                    req.reference, item.url
                ));
            }
        }
    }
    if seen != case.items.len() {
        diffs.push(format!(
            "expected.toml lists {} item URL(s) not in requests.csv",
            case.items.len() - seen
        ));
    }
    diffs
}

#[test]
fn corpus_cases_end_as_expected() {
    let dir = corpus();
    let settings = Settings::load(&dir.join("config.toml")).expect("corpus config");
    // expected.toml and any expected-*.toml beside it (e.g. the blind set).
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("corpus dir")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with("expected") && n.ends_with(".toml"))
        })
        .collect();
    files.sort();
    let mut expected = Expected { case: Vec::new() };
    for f in &files {
        let text = std::fs::read_to_string(f).expect("expected file");
        let e: Expected = toml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", f.display()));
        expected.case.extend(e.case);
    }
    let now: jiff::Timestamp = "2024-09-20T00:00:00+09:00".parse().expect("time");
    let mut tally = Tally::default();
    let mut failures = Vec::new();
    for case in &expected.case {
        let diffs = run_case(&settings, case, now, &mut tally);
        if !diffs.is_empty() {
            failures.push(format!(
                "--- {} ({})\n    {}",
                case.name,
                case.files.join(", "),
                diffs.join("\n    ")
            ));
        }
    }
    let n = expected.case.len();
    println!("corpus: {n} cases, {} passed", n - failures.len());
    println!(
        "items right: {}/{} ({:.2}%)",
        tally.items_right,
        tally.items,
        100.0 * tally.items_right as f64 / tally.items.max(1) as f64
    );
    println!("outcomes right: {}/{n}", tally.outcomes_right);
    println!(
        "review hits: {}/{}",
        tally.review_hits, tally.review_expected
    );
    println!("false applications: {}", tally.false_applications.len());
    for f in &tally.false_applications {
        println!("  {f}");
    }
    assert!(
        failures.is_empty(),
        "{} corpus case(s) differ:\n{}",
        failures.len(),
        failures.join("\n")
    );
    assert!(Path::new(&dir).is_dir());
}
