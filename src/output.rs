//! stdout, for every command and for the daemon's reports: the one place
//! that writes it, and the one function that makes text from an email safe
//! to show on a terminal.
//!
//! A closed or failing stdout (`takedown show REF | head -1`, a full disk)
//! ends a command quietly with exit code 141, as a shell reports a pipe
//! that closed: no panic, no backtrace, and whatever was recorded before
//! stays recorded (every command commits before it prints). In the daemon
//! (`run`) a failing stdout only stops the printing: recording and moving
//! emails go on, and the failure is logged once.
//!
//! Human output goes through `out!`/`outln!`, which escape control
//! characters; JSON goes through `json_line`/`Stdout` unchanged (serde_json
//! already escapes control characters inside strings).

use std::borrow::Cow;
use std::fmt;
use std::io::{self, Write};
use std::sync::atomic::{AtomicBool, Ordering};

/// The exit code of a command whose stdout failed (128 + SIGPIPE).
pub const EXIT_BROKEN_PIPE: i32 = 141;

/// Set by the daemon: a failing stdout must not end it.
static KEEP_GOING: AtomicBool = AtomicBool::new(false);
/// Set once stdout failed while `KEEP_GOING`: nothing more is written.
static BROKEN: AtomicBool = AtomicBool::new(false);

/// From now on a failing stdout stops the printing, never the process
/// (the daemon: its reporting must never stop recording or moving).
pub fn keep_going_on_failure() {
    KEEP_GOING.store(true, Ordering::SeqCst);
}

/// What happens when writing stdout failed: see the module comment.
/// Returns only in the daemon.
pub fn stdout_failed(e: &io::Error) {
    if KEEP_GOING.load(Ordering::SeqCst) {
        if !BROKEN.swap(true, Ordering::SeqCst) {
            tracing::warn!(
                "stdout: {e}; reports are no longer printed, emails are still recorded and moved"
            );
        }
        return;
    }
    if e.kind() != io::ErrorKind::BrokenPipe {
        // Not a reader that went away but a real failure (a full disk): say so, once.
        let _ = writeln!(io::stderr(), "takedown: cannot write the output: {e}");
    }
    std::process::exit(EXIT_BROKEN_PIPE);
}

/// stdout as an `io::Write` for JSON, CSV and exported bytes (written as
/// they are), with a failure handled by `stdout_failed`.
pub struct Stdout;

impl Write for Stdout {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        if BROKEN.load(Ordering::Relaxed) {
            return Ok(buf.len());
        }
        io::stdout().lock().write(buf).inspect_err(stdout_failed)
    }
    fn write_all(&mut self, buf: &[u8]) -> io::Result<()> {
        if BROKEN.load(Ordering::Relaxed) {
            return Ok(());
        }
        io::stdout()
            .lock()
            .write_all(buf)
            .inspect_err(stdout_failed)
    }
    fn flush(&mut self) -> io::Result<()> {
        if BROKEN.load(Ordering::Relaxed) {
            return Ok(());
        }
        io::stdout().lock().flush().inspect_err(stdout_failed)
    }
}

/// Human output: `args` formatted, control characters escaped (newlines
/// and tabs kept: they are the output's own layout), written to stdout.
pub fn write_human(args: fmt::Arguments<'_>) {
    let text = match args.as_str() {
        Some(s) => Cow::Borrowed(s),
        None => Cow::Owned(args.to_string()),
    };
    let _ = Stdout.write_all(escape_layout(&text).as_bytes());
}

/// One JSON value on one line (NDJSON).
pub fn json_line<T: serde::Serialize>(v: &T) {
    match serde_json::to_vec(v) {
        Ok(mut bytes) => {
            bytes.push(b'\n');
            let _ = Stdout.write_all(&bytes);
        }
        Err(e) => tracing::error!("cannot write a JSON line: {e}"),
    }
}

/// Prints human output (see `write_human`).
#[macro_export]
macro_rules! out {
    ($($arg:tt)*) => { $crate::output::write_human(format_args!($($arg)*)) };
}

/// Prints a line of human output (see `write_human`).
#[macro_export]
macro_rules! outln {
    () => { $crate::output::write_human(format_args!("\n")) };
    ($($arg:tt)*) => { $crate::output::write_human(format_args!("{}\n", format_args!($($arg)*))) };
}

/// Characters that can move a terminal's cursor, rewrite its title, hide
/// text or reorder it: C0 and C1 controls, DEL, and the bidirectional
/// overrides and isolates.
fn dangerous(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Text from an email (a Subject, a sender's name, a URL, a file name) made
/// safe for one line of a terminal: every control character, newlines and
/// tabs included, written as an escape (`\u{1b}`, `\n`). The one function
/// all human output uses.
pub fn escape(s: &str) -> Cow<'_, str> {
    escape_except(s, &[])
}

/// `escape`, keeping newlines and tabs (for output already laid out).
fn escape_layout(s: &str) -> Cow<'_, str> {
    escape_except(s, &['\n', '\t'])
}

fn escape_except<'a>(s: &'a str, keep: &[char]) -> Cow<'a, str> {
    if !s.chars().any(|c| dangerous(c) && !keep.contains(&c)) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if dangerous(c) && !keep.contains(&c) {
            match c {
                '\n' => out.push_str("\\n"),
                '\r' => out.push_str("\\r"),
                '\t' => out.push_str("\\t"),
                _ => out.push_str(&format!("\\u{{{:x}}}", c as u32)),
            }
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_terminal_controls() {
        assert_eq!(escape("plain 한글 text"), "plain 한글 text");
        assert_eq!(
            escape("\u{1b}]0;pwned\u{7}Re: x"),
            "\\u{1b}]0;pwned\\u{7}Re: x"
        );
        assert_eq!(escape("a\r\nb\tc"), "a\\r\\nb\\tc");
        assert_eq!(escape("\u{202e}gpj.exe"), "\\u{202e}gpj.exe");
        assert_eq!(escape("\u{9b}31m"), "\\u{9b}31m");
        assert_eq!(escape_layout("a\tb\n\u{1b}[2J"), "a\tb\n\\u{1b}[2J");
    }
}
