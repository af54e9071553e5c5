//! The README's command examples are what the program prints: every fenced
//! block whose info string is `console readme-test` is run, in README order,
//! against one demo ledger (a copy of config.toml and samples/ after
//! `takedown demo`, clock fixed to the story's: TAKEDOWN_NOW), and its
//! output compared line by line. In such a block a line starting with `$ `
//! is a command (run by `sh` with the built `takedown` first on the PATH, in
//! the demo's folder); the lines after it, up to the next command, are its
//! standard output exactly.

mod common;

use std::path::Path;

use common::*;

const STORY: &str = "2024-09-14T08:30:00+09:00";
const MARKER: &str = "```console readme-test";

struct Example {
    /// README line of the command, for the failure message.
    line: usize,
    command: String,
    expected: String,
}

fn examples(readme: &str) -> Vec<Example> {
    let mut out = Vec::new();
    let mut in_block = false;
    for (n, l) in readme.lines().enumerate() {
        if !in_block {
            in_block = l.trim_end() == MARKER;
            continue;
        }
        if l.starts_with("```") {
            in_block = false;
            continue;
        }
        if let Some(cmd) = l.strip_prefix("$ ") {
            out.push(Example {
                line: n + 1,
                command: cmd.to_string(),
                expected: String::new(),
            });
        } else if let Some(e) = out.last_mut() {
            e.expected.push_str(l);
            e.expected.push('\n');
        } else {
            panic!("README line {}: output before any `$ ` command", n + 1);
        }
    }
    assert!(!in_block, "README: a readme-test block is not closed");
    out
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("mkdir");
    for e in std::fs::read_dir(from).expect("read_dir") {
        let e = e.expect("entry");
        let dest = to.join(e.file_name());
        if e.file_type().expect("type").is_dir() {
            copy_dir(&e.path(), &dest);
        } else {
            std::fs::copy(e.path(), &dest).expect("copy");
        }
    }
}

#[test]
fn the_readme_examples_print_what_the_readme_says() {
    let readme = std::fs::read_to_string(repo().join("README.md")).expect("README.md");
    let examples = examples(&readme);
    assert!(
        examples.len() >= 8,
        "only {} tested examples found (blocks marked {MARKER})",
        examples.len()
    );
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::copy(repo().join("config.toml"), dir.path().join("config.toml")).expect("config");
    copy_dir(&repo().join("samples"), &dir.path().join("samples"));
    let bin = assert_cmd::cargo::cargo_bin("takedown");
    let path = format!(
        "{}:{}",
        bin.parent().expect("bin dir").display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let sh = |command: &str| {
        std::process::Command::new("sh")
            .arg("-c")
            .arg(command)
            .current_dir(dir.path())
            .env("PATH", &path)
            .env("TAKEDOWN_NOW", STORY)
            .env("TAKEDOWN_LOG", "warn")
            .env("USER", "staff")
            .env_remove("TAKEDOWN_CONFIG")
            .env_remove("SUDO_USER")
            .output()
            .expect("sh")
    };
    let demo = sh("takedown demo");
    assert!(demo.status.success(), "demo: {demo:?}");
    let mut failures = Vec::new();
    let mut blessed = Vec::new();
    for e in &examples {
        let o = sh(&e.command);
        let got = String::from_utf8_lossy(&o.stdout);
        if got != e.expected {
            blessed.push((e.command.clone(), e.expected.clone(), got.to_string()));
            failures.push(format!(
                "README line {}: $ {}\n--- README says:\n{}--- takedown printed (exit {:?}):\n{}{}",
                e.line,
                e.command,
                e.expected,
                o.status.code(),
                got,
                String::from_utf8_lossy(&o.stderr)
            ));
        }
    }
    if std::env::var_os("TAKEDOWN_README_BLESS").is_some() && !blessed.is_empty() {
        // After a deliberate change of output: rewrite the README's expected
        // text with what takedown printed, then read the diff before committing.
        let mut text = readme.clone();
        for (command, expected, got) in &blessed {
            let from = format!("$ {command}\n{expected}");
            let to = format!("$ {command}\n{got}");
            text = text.replacen(&from, &to, 1);
        }
        std::fs::write(repo().join("README.md"), text).expect("write README.md");
        return;
    }
    assert!(
        failures.is_empty(),
        "{} of {} README examples differ (after a deliberate change of output, \
         TAKEDOWN_README_BLESS=1 rewrites them; read the diff):\n\n{}",
        failures.len(),
        examples.len(),
        failures.join("\n")
    );
}

/// GitHub's anchor for a heading: lowercase, punctuation dropped, spaces to `-`.
fn slug(title: &str) -> String {
    title
        .trim()
        .to_lowercase()
        .chars()
        .filter(|c| c.is_alphanumeric() || *c == '-' || *c == ' ' || *c == '_')
        .map(|c| if c == ' ' { '-' } else { c })
        .collect()
}

fn anchors(markdown: &str) -> Vec<String> {
    let mut fence = false;
    let mut out = Vec::new();
    for l in markdown.lines() {
        if l.starts_with("```") {
            fence = !fence;
        } else if !fence && l.starts_with('#') {
            out.push(slug(l.trim_start_matches('#')));
        }
    }
    out
}

/// The README and the docs/ pages it moved sections into link to files that
/// exist and to headings that are there (a section moved without its links
/// rewritten shows up here).
#[test]
fn the_readme_and_docs_links_resolve() {
    let link = regex::Regex::new(r"\]\(([^)\s]+)\)").unwrap();
    let mut pages = vec![repo().join("README.md")];
    for e in std::fs::read_dir(repo().join("docs")).expect("docs/") {
        let p = e.expect("entry").path();
        if p.extension().is_some_and(|x| x == "md") {
            pages.push(p);
        }
    }
    let mut broken = Vec::new();
    for page in &pages {
        let text = std::fs::read_to_string(page).unwrap();
        let dir = page.parent().unwrap();
        for c in link.captures_iter(&text) {
            let target = &c[1];
            if target.contains("://") || target.starts_with("mailto:") {
                continue;
            }
            let (file, anchor) = target.split_once('#').unwrap_or((target, ""));
            let file = if file.is_empty() {
                page.clone()
            } else {
                dir.join(file)
            };
            if !file.exists() {
                broken.push(format!("{}: {target}: no such file", page.display()));
                continue;
            }
            if !anchor.is_empty() && file.extension().is_some_and(|x| x == "md") {
                let t = std::fs::read_to_string(&file).unwrap();
                if !anchors(&t).iter().any(|a| a == anchor) {
                    broken.push(format!("{}: {target}: no such heading", page.display()));
                }
            }
        }
    }
    assert!(broken.is_empty(), "broken links:\n{}", broken.join("\n"));
}

#[test]
fn the_readme_has_a_table_of_contents_and_the_staff_guide_comes_first() {
    let readme = std::fs::read_to_string(repo().join("README.md")).unwrap();
    let headings: Vec<&str> = readme.lines().filter(|l| l.starts_with("## ")).collect();
    assert_eq!(headings.first(), Some(&"## Contents"), "{headings:?}");
    let staff = headings.iter().position(|h| *h == "## Staff guide");
    assert!(staff.is_some_and(|i| i <= 2), "{headings:?}");
    for page in ["reader.md", "security.md", "imap.md", "benchmarks.md"] {
        assert!(
            readme.contains(&format!("(docs/{page})")),
            "the README links docs/{page}"
        );
    }
}
