//! Progress on long work (import, ingest, reprocess, backup), drawn on stderr
//! only when stderr is a terminal: a pipe, a log file or a test sees nothing
//! of it, and stdout (the command's result) never does.

use std::io::IsTerminal;
use std::time::Duration;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressFinish, ProgressStyle};

/// Below this many steps a bar would only flicker.
const MIN_STEPS: u64 = 50;

/// A bar of `len` steps labelled `what`, or a hidden one.
pub fn bar(len: u64, what: &str) -> ProgressBar {
    if len < MIN_STEPS || !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    // Cleared when dropped, e.g. by an error's early return.
    let pb = ProgressBar::with_draw_target(Some(len), ProgressDrawTarget::stderr())
        .with_finish(ProgressFinish::AndClear);
    if let Ok(style) =
        ProgressStyle::with_template("{msg} [{bar:40}] {pos}/{len} ({per_sec}, {eta} left)")
    {
        pb.set_style(style.progress_chars("=> "));
    }
    pb.set_message(what.to_string());
    pb
}

/// A spinner for work of unknown length (one transaction, one backup step).
pub fn spinner(what: &str) -> ProgressBar {
    if !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let pb = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr())
        .with_finish(ProgressFinish::AndClear);
    if let Ok(style) = ProgressStyle::with_template("{spinner} {msg} ({elapsed})") {
        pb.set_style(style);
    }
    pb.set_message(what.to_string());
    pb.enable_steady_tick(Duration::from_millis(120));
    pb
}
