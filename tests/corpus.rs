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
    /// Which public notice the case imitates (held-out and development sets).
    #[allow(dead_code)]
    imitates: Option<String>,
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
    /// Items an email speaks about: listed in the case, or changed by it.
    named: usize,
    named_right: usize,
    /// The same, outside the set's largest request.
    outside: usize,
    outside_right: usize,
    false_applications: Vec<String>,
    /// Trusted emails that should have been applied or reviewed but ended `ignored`.
    trusted_named_ignored: Vec<String>,
    /// The same for any sender.
    named_ignored: Vec<String>,
    review_expected: usize,
    review_hits: usize,
    outcomes_right: usize,
    /// Emails the reader failed on (a panic caught by the pipeline): never
    /// expected, whatever the set.
    internal_errors: Vec<String>,
}

/// One corpus set: a directory with requests.csv, expected*.toml and cases/.
struct Set {
    name: String,
    dir: PathBuf,
    /// Every case must end as expected (the project's own corpus); held-out
    /// and development sets report their figures instead.
    all_must_pass: bool,
}

fn run_case(
    settings: &Settings,
    set: &Set,
    largest: &str,
    case: &Case,
    now: jiff::Timestamp,
    tally: &mut Tally,
) -> Vec<String> {
    let mut diffs = Vec::new();
    let store = Store::open_in_memory().expect("in-memory ledger");
    let rows = takedown::import::read_csv(settings, now, &set.dir.join("requests.csv"))
        .expect("requests.csv");
    store.import_requests(&rows, false, now).expect("import");
    let mut last = None;
    for f in &case.files {
        let path = set.dir.join(f);
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
    if r.review.as_deref() == Some("internal_error") {
        tally
            .internal_errors
            .push(format!("{}: {}", case.name, r.detail));
    }
    if r.outcome.as_str() == case.outcome {
        tally.outcomes_right += 1;
    } else {
        diffs.push(format!(
            "outcome: expected {}, got {} ({})",
            case.outcome,
            r.outcome.as_str(),
            r.detail
        ));
        if r.outcome.as_str() == "ignored" {
            tally.named_ignored.push(case.name.clone());
            if r.trusted {
                tally.trusted_named_ignored.push(case.name.clone());
            }
        }
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
            let named = case.items.contains_key(&item.url) || got != "pending";
            if named {
                tally.named += 1;
                tally.named_right += usize::from(got == want);
                if req.reference != largest {
                    tally.outside += 1;
                    tally.outside_right += usize::from(got == want);
                }
            }
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
            "expected file lists {} item URL(s) not in requests.csv",
            case.items.len() - seen
        ));
    }
    diffs
}

fn pct(a: usize, b: usize) -> f64 {
    100.0 * a as f64 / b.max(1) as f64
}

/// The set's largest request (most items; ties by reference), so that the
/// figures can show what one large request would hide.
fn largest_request(settings: &Settings, dir: &Path, now: jiff::Timestamp) -> String {
    let rows =
        takedown::import::read_csv(settings, now, &dir.join("requests.csv")).expect("requests.csv");
    let store = Store::open_in_memory().expect("in-memory ledger");
    store.import_requests(&rows, false, now).expect("import");
    let mut best = (0, String::new());
    for req in store.request_summaries(None, None).expect("requests") {
        let n = store.items_of(&req.reference).expect("items").len();
        if n > best.0 {
            best = (n, req.reference.clone());
        }
    }
    best.1
}

/// Runs one set; returns its failures (case diffs) and tally.
fn run_set(set: &Set) -> (Vec<String>, Tally) {
    let dir = &set.dir;
    let config = if dir.join("config.toml").is_file() {
        dir.join("config.toml")
    } else {
        corpus().join("config.toml")
    };
    let settings = Settings::load(&config).expect("corpus config");
    // expected.toml and any expected-*.toml beside it (e.g. the blind set).
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
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
    assert!(!expected.case.is_empty(), "{}: no cases", dir.display());
    let now: jiff::Timestamp = "2024-09-20T00:00:00+09:00".parse().expect("time");
    let largest = largest_request(&settings, dir, now);
    let mut tally = Tally::default();
    let mut failures = Vec::new();
    for case in &expected.case {
        let diffs = run_case(&settings, set, &largest, case, now, &mut tally);
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
    println!(
        "== set {}: {n} cases, {} passed",
        set.name,
        n - failures.len()
    );
    println!(
        "items right overall: {}/{} ({:.2}%) of the items the emails speak about",
        tally.named_right,
        tally.named,
        pct(tally.named_right, tally.named)
    );
    println!(
        "items right outside the largest request ({largest}): {}/{} ({:.2}%)",
        tally.outside_right,
        tally.outside,
        pct(tally.outside_right, tally.outside)
    );
    println!("false applications: {}", tally.false_applications.len());
    for f in &tally.false_applications {
        println!("  {f}");
    }
    println!(
        "trusted emails that name requested items but ended ignored: {}",
        tally.trusted_named_ignored.len()
    );
    for f in &tally.trusted_named_ignored {
        println!("  {f}");
    }
    println!(
        "(any sender, ended ignored where applied or review was expected: {})",
        tally.named_ignored.len()
    );
    println!(
        "all items of all requests after each case: {}/{} ({:.2}%); outcomes right: {}/{n}; review hits: {}/{}",
        tally.items_right,
        tally.items,
        pct(tally.items_right, tally.items),
        tally.outcomes_right,
        tally.review_hits,
        tally.review_expected
    );
    for f in &failures {
        println!("{f}");
    }
    (failures, tally)
}

#[test]
fn corpus_cases_end_as_expected() {
    let sets = [
        Set {
            name: "project".to_owned(),
            dir: corpus(),
            all_must_pass: true,
        },
        Set {
            name: "development".to_owned(),
            dir: corpus().join("dev"),
            all_must_pass: false,
        },
        Set {
            name: "held-out".to_owned(),
            dir: corpus().join("heldout"),
            all_must_pass: false,
        },
    ];
    // Blind sets (tests/corpus/blind2/, blind3/, ...): each written without
    // reading the reader, run once before any fix (first-run figures in
    // tests/corpus/README.md). Found by directory so that a new set needs no
    // change here; named `blind-N` after its directory.
    let mut blind: Vec<(String, PathBuf)> = std::fs::read_dir(corpus())
        .expect("corpus dir")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter_map(|p| {
            let n = p.file_name()?.to_str()?.strip_prefix("blind")?.to_owned();
            (p.is_dir() && !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
                .then(|| (format!("blind-{n}"), p))
        })
        .collect();
    blind.sort_by_key(|(name, _)| {
        name.trim_start_matches("blind-")
            .parse::<u32>()
            .unwrap_or(u32::MAX)
    });
    let sets: Vec<Set> = sets
        .into_iter()
        .chain(blind.into_iter().map(|(name, dir)| Set {
            name,
            dir,
            all_must_pass: false,
        }))
        .collect();
    // CORPUS_SET=development runs one set only (tuning never looks at
    // held-out); CORPUS_SET=blind-4,blind-12 runs those listed.
    let only = std::env::var("CORPUS_SET").ok();
    let mut problems = Vec::new();
    for set in sets.iter().filter(|s| {
        only.as_deref()
            .is_none_or(|o| o.split(',').any(|x| x == s.name))
    }) {
        if !set.dir.join("requests.csv").is_file() {
            problems.push(format!("{}: missing {}", set.name, set.dir.display()));
            continue;
        }
        let (failures, tally) = run_set(set);
        if set.all_must_pass && !failures.is_empty() {
            problems.push(format!(
                "{}: {} case(s) differ:\n{}",
                set.name,
                failures.len(),
                failures.join("\n")
            ));
        }
        if !tally.false_applications.is_empty() {
            problems.push(format!(
                "{}: false applications: {:?}",
                set.name, tally.false_applications
            ));
        }
        if !tally.internal_errors.is_empty() {
            problems.push(format!(
                "{}: the reader failed on: {:?}",
                set.name, tally.internal_errors
            ));
        }
        if !tally.trusted_named_ignored.is_empty() {
            problems.push(format!(
                "{}: trusted emails naming requested items ended ignored: {:?}",
                set.name, tally.trusted_named_ignored
            ));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
