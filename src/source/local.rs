//! Local sources: single `.eml` files, Maildir folders and mbox files.

use std::path::{Path, PathBuf};

use super::{Origin, RawEmail};

#[derive(Debug, thiserror::Error)]
#[error("{path}: {reason}")]
pub struct LocalError {
    pub path: PathBuf,
    pub reason: String,
}

fn err(path: &Path, reason: impl std::fmt::Display) -> LocalError {
    LocalError {
        path: path.to_path_buf(),
        reason: reason.to_string(),
    }
}

/// Reads every email under `path`, in a deterministic order. A file that
/// cannot be read becomes an error in the list; the others are still read.
/// `max_bytes`: larger files are read only up to their header (plus the size).
pub fn read_path(path: &Path, max_bytes: u64) -> Vec<Result<RawEmail, LocalError>> {
    let meta = match std::fs::metadata(path) {
        Ok(m) => m,
        Err(e) => return vec![Err(err(path, format!("cannot read: {e}")))],
    };
    if meta.is_dir() {
        if path.join("cur").is_dir() || path.join("new").is_dir() {
            return read_maildir(path, max_bytes);
        }
        // A folder of .eml files (or of Maildirs): read what is inside, sorted.
        let mut entries: Vec<PathBuf> = match std::fs::read_dir(path) {
            Ok(rd) => rd.filter_map(|e| e.ok().map(|e| e.path())).collect(),
            Err(e) => return vec![Err(err(path, format!("cannot list folder: {e}")))],
        };
        entries.sort();
        let mut out = Vec::new();
        for p in entries {
            let name = p
                .file_name()
                .map(|n| n.to_string_lossy().to_string())
                .unwrap_or_default();
            if name.starts_with('.') {
                continue;
            }
            if p.is_dir() || name.ends_with(".eml") || name.ends_with(".mbox") {
                out.extend(read_path(&p, max_bytes));
            }
        }
        return out;
    }
    let bytes = match read_limited(path, max_bytes) {
        Ok(b) => b,
        Err(e) => return vec![Err(err(path, format!("cannot read: {e}")))],
    };
    if bytes.0.starts_with(b"From ") && bytes.1.is_none() {
        return split_mbox(path, &bytes.0);
    }
    let mut raw = RawEmail::new(bytes.0, Origin::File(path.to_path_buf()));
    raw.truncated_size = bytes.1;
    vec![Ok(raw)]
}

/// Reads a file; when it is larger than `max_bytes`, only its header is kept
/// and the full size is returned beside it.
fn read_limited(path: &Path, max_bytes: u64) -> std::io::Result<(Vec<u8>, Option<u64>)> {
    use std::io::Read;
    let len = std::fs::metadata(path)?.len();
    if len <= max_bytes {
        return Ok((std::fs::read(path)?, None));
    }
    let mut head = Vec::new();
    std::fs::File::open(path)?
        .take(256 * 1024)
        .read_to_end(&mut head)?;
    let end = find_header_end(&head).unwrap_or(head.len());
    head.truncate(end);
    Ok((head, Some(len)))
}

pub fn find_header_end(b: &[u8]) -> Option<usize> {
    let crlf = b.windows(4).position(|w| w == b"\r\n\r\n").map(|p| p + 4);
    let lf = b.windows(2).position(|w| w == b"\n\n").map(|p| p + 2);
    match (crlf, lf) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
}

fn read_maildir(dir: &Path, max_bytes: u64) -> Vec<Result<RawEmail, LocalError>> {
    let mut files = Vec::new();
    for sub in ["new", "cur"] {
        if let Ok(rd) = std::fs::read_dir(dir.join(sub)) {
            // Dot files (".keep", editors' leftovers) are not deliveries.
            files.extend(rd.filter_map(|e| e.ok()).map(|e| e.path()).filter(|p| {
                p.is_file()
                    && !p
                        .file_name()
                        .is_some_and(|n| n.to_string_lossy().starts_with('.'))
            }));
        }
    }
    // Maildir names start with the delivery time, so name order is arrival order.
    files.sort_by(|a, b| a.file_name().cmp(&b.file_name()));
    files
        .into_iter()
        .map(|p| match read_limited(&p, max_bytes) {
            Ok((bytes, trunc)) => {
                let mut raw = RawEmail::new(bytes, Origin::Maildir(p.clone()));
                raw.truncated_size = trunc;
                Ok(raw)
            }
            Err(e) => Err(err(&p, format!("cannot read: {e}"))),
        })
        .collect()
}

/// Splits an mbox (mboxrd or mboxo): messages start at lines beginning with
/// "From "; ">From " quoting inside bodies is undone.
fn split_mbox(path: &Path, data: &[u8]) -> Vec<Result<RawEmail, LocalError>> {
    let mut out = Vec::new();
    let mut starts = vec![0usize];
    let mut i = 0;
    while let Some(pos) = memfind(&data[i..], b"\nFrom ") {
        starts.push(i + pos + 1);
        i += pos + 1;
    }
    for (n, w) in starts.iter().enumerate() {
        let end = starts.get(n + 1).copied().unwrap_or(data.len());
        let chunk = &data[*w..end];
        // Drop the "From sender date" separator line.
        let body_start = chunk
            .iter()
            .position(|b| *b == b'\n')
            .map(|p| p + 1)
            .unwrap_or(chunk.len());
        let mut msg = Vec::with_capacity(chunk.len());
        for line in chunk[body_start..].split_inclusive(|b| *b == b'\n') {
            let unquoted = line
                .iter()
                .position(|b| *b != b'>')
                .filter(|p| *p > 0 && line[*p..].starts_with(b"From "));
            if unquoted.is_some() {
                msg.extend_from_slice(&line[1..]);
            } else {
                msg.extend_from_slice(line);
            }
        }
        // The blank line before the next separator belongs to the mbox, not the email.
        if msg.ends_with(b"\n\n") {
            msg.pop();
        }
        if msg.iter().all(|b| b.is_ascii_whitespace()) {
            continue;
        }
        out.push(Ok(RawEmail::new(
            msg,
            Origin::Mbox {
                path: path.to_path_buf(),
                index: n,
            },
        )));
    }
    out
}

fn memfind(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mbox_is_split_and_unquoted() {
        let data = b"From a@b Mon Sep  2 10:00:00 2024\nSubject: one\n\nhello\n>From here\n\nFrom c@d Mon Sep  2 11:00:00 2024\nSubject: two\n\nbye\n";
        let got = split_mbox(Path::new("x.mbox"), data);
        assert_eq!(got.len(), 2);
        let first = got[0].as_ref().unwrap();
        assert_eq!(first.bytes, b"Subject: one\n\nhello\nFrom here\n");
        let second = got[1].as_ref().unwrap();
        assert_eq!(second.bytes, b"Subject: two\n\nbye\n");
        assert_eq!(
            second.origin,
            Origin::Mbox {
                path: PathBuf::from("x.mbox"),
                index: 1
            }
        );
    }

    #[test]
    fn header_end() {
        assert_eq!(find_header_end(b"A: b\r\n\r\nbody"), Some(8));
        assert_eq!(find_header_end(b"A: b\n\nbody"), Some(6));
        assert_eq!(find_header_end(b"A: b\n"), None);
    }
}
