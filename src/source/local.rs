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

/// The emails under a path, read one at a time as they are asked for.
pub type Emails = Box<dyn Iterator<Item = Result<RawEmail, LocalError>>>;

/// Reads every email under `path`, in a deterministic order, one at a time:
/// a Maildir's files are read as they are reached, an mbox is split as a
/// stream. A file that cannot be read becomes an error in the sequence; the
/// others are still read. `max_bytes`: a larger email (a file, or one message
/// of an mbox) is kept only up to its header, with its size.
pub fn read_path(path: &Path, max_bytes: u64) -> Emails {
    let one = |r| -> Emails { Box::new(std::iter::once(r)) };
    let meta = match std::fs::metadata(path) {
        Ok(m) => m,
        Err(e) => return one(Err(err(path, format!("cannot read: {e}")))),
    };
    if meta.is_dir() {
        if path.join("cur").is_dir() || path.join("new").is_dir() {
            let files = maildir_files(path);
            return Box::new(
                files
                    .into_iter()
                    .map(move |p| read_maildir_file(&p, max_bytes)),
            );
        }
        // A folder of .eml files (or of Maildirs): read what is inside, sorted.
        let mut entries: Vec<PathBuf> = match std::fs::read_dir(path) {
            Ok(rd) => rd.filter_map(|e| e.ok().map(|e| e.path())).collect(),
            Err(e) => return one(Err(err(path, format!("cannot list folder: {e}")))),
        };
        entries.sort();
        entries.retain(|p| {
            let name = p
                .file_name()
                .map(|n| n.to_string_lossy().to_string())
                .unwrap_or_default();
            !name.starts_with('.')
                && (p.is_dir() || name.ends_with(".eml") || name.ends_with(".mbox"))
        });
        return Box::new(
            entries
                .into_iter()
                .flat_map(move |p| read_path(&p, max_bytes)),
        );
    }
    match is_mbox(path) {
        Ok(true) => {
            return match std::fs::File::open(path) {
                Ok(f) => Box::new(MboxStream::new(path, f, max_bytes)),
                Err(e) => one(Err(err(path, format!("cannot read: {e}")))),
            };
        }
        Ok(false) => {}
        Err(e) => return one(Err(err(path, format!("cannot read: {e}")))),
    }
    let bytes = match read_limited(path, max_bytes) {
        Ok(b) => b,
        Err(e) => return one(Err(err(path, format!("cannot read: {e}")))),
    };
    let mut raw = RawEmail::new(bytes.0, Origin::File(path.to_path_buf()));
    raw.truncated_size = bytes.1;
    one(Ok(raw))
}

/// An mbox starts with a "From " separator line.
fn is_mbox(path: &Path) -> std::io::Result<bool> {
    use std::io::Read;
    let mut head = [0u8; 5];
    let mut f = std::fs::File::open(path)?;
    let mut got = 0;
    while got < head.len() {
        let n = f.read(&mut head[got..])?;
        if n == 0 {
            break;
        }
        got += n;
    }
    Ok(got == 5 && &head == b"From ")
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

/// The delivered files of a Maildir (`new/` and `cur/`), in arrival order.
/// Only names are listed: nothing is read.
pub fn maildir_files(dir: &Path) -> Vec<PathBuf> {
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
}

/// One Maildir file, kept only up to its header when over `max_bytes`.
pub fn read_maildir_file(p: &Path, max_bytes: u64) -> Result<RawEmail, LocalError> {
    match read_limited(p, max_bytes) {
        Ok((bytes, trunc)) => {
            let mut raw = RawEmail::new(bytes, Origin::Maildir(p.to_path_buf()));
            raw.truncated_size = trunc;
            Ok(raw)
        }
        Err(e) => Err(err(p, format!("cannot read: {e}"))),
    }
}

/// A Maildir email's identity across passes: its unique name, without the
/// ":2,FLAGS" a mail reader adds or changes, and without the folder (an
/// email moves from new/ to cur/).
pub fn maildir_key(p: &Path) -> Option<String> {
    let name = p.file_name()?.to_string_lossy();
    Some(name.split(':').next().unwrap_or(&name).to_string())
}

/// Splits an mbox (mboxrd or mboxo) as a stream: messages start at lines
/// beginning with "From "; ">From " quoting inside bodies is undone. One
/// message is held at a time, and each is judged on its own size: one over
/// `max_bytes` keeps its header and its size, and the rest of it is skipped.
struct MboxStream {
    path: PathBuf,
    reader: std::io::BufReader<std::fs::File>,
    max_bytes: u64,
    /// Index of the next message (separators seen so far).
    index: usize,
    /// Whether the separator of the next message has been read already.
    started: bool,
    done: bool,
}

impl MboxStream {
    fn new(path: &Path, f: std::fs::File, max_bytes: u64) -> MboxStream {
        MboxStream {
            path: path.to_path_buf(),
            reader: std::io::BufReader::with_capacity(64 * 1024, f),
            max_bytes,
            index: 0,
            started: false,
            done: false,
        }
    }
}

impl Iterator for MboxStream {
    type Item = Result<RawEmail, LocalError>;

    fn next(&mut self) -> Option<Self::Item> {
        use std::io::BufRead;
        let mut line = Vec::new();
        loop {
            if self.done {
                return None;
            }
            if !self.started {
                // The first line of the file is the first separator.
                line.clear();
                match self.reader.read_until(b'\n', &mut line) {
                    Ok(0) => return None,
                    Ok(_) => self.started = true,
                    Err(e) => {
                        self.done = true;
                        return Some(Err(err(&self.path, format!("cannot read: {e}"))));
                    }
                }
            }
            let mut msg = Vec::new();
            let mut size: u64 = 0;
            let mut in_header = true;
            let mut over = false;
            let mut last_blank = false;
            let index = self.index;
            self.index += 1;
            loop {
                line.clear();
                match self.reader.read_until(b'\n', &mut line) {
                    Ok(0) => {
                        self.done = true;
                        break;
                    }
                    Ok(_) => {}
                    Err(e) => {
                        self.done = true;
                        let why = format!("message {index}: cannot read: {e}");
                        return Some(Err(err(&self.path, why)));
                    }
                }
                if line.starts_with(b"From ") {
                    break; // the next message's separator
                }
                let unquoted = line
                    .iter()
                    .position(|b| *b != b'>')
                    .filter(|p| *p > 0 && line[*p..].starts_with(b"From "));
                let content: &[u8] = if unquoted.is_some() {
                    &line[1..]
                } else {
                    &line
                };
                last_blank = content == b"\n" || content == b"\r\n";
                size += content.len() as u64;
                if !over && size > self.max_bytes {
                    // Over the limit: keep the header, drop what was read of the body.
                    over = true;
                    if !in_header {
                        msg.truncate(find_header_end(&msg).unwrap_or(msg.len()));
                        msg.shrink_to_fit();
                    }
                }
                // (A header is kept up to 256 KiB, as for a file: read_limited.)
                if !over || (in_header && msg.len() < 256 * 1024) {
                    msg.extend_from_slice(content);
                }
                if last_blank {
                    in_header = false;
                }
            }
            // The blank line before the next separator belongs to the mbox, not the email.
            if last_blank {
                size = size.saturating_sub(1);
                if !over {
                    msg.pop();
                }
            }
            if !over && msg.iter().all(|b| b.is_ascii_whitespace()) {
                continue;
            }
            let mut raw = RawEmail::new(
                msg,
                Origin::Mbox {
                    path: self.path.clone(),
                    index,
                },
            );
            if over {
                raw.truncated_size = Some(size);
            }
            return Some(Ok(raw));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mbox_is_split_and_unquoted() {
        let data = b"From a@b Mon Sep  2 10:00:00 2024\nSubject: one\n\nhello\n>From here\n\nFrom c@d Mon Sep  2 11:00:00 2024\nSubject: two\n\nbye\n";
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("x.mbox");
        std::fs::write(&p, data).unwrap();
        let got: Vec<_> = read_path(&p, 1 << 20).collect();
        assert_eq!(got.len(), 2);
        let first = got[0].as_ref().unwrap();
        assert_eq!(first.bytes, b"Subject: one\n\nhello\nFrom here\n");
        let second = got[1].as_ref().unwrap();
        assert_eq!(second.bytes, b"Subject: two\n\nbye\n");
        assert_eq!(
            second.origin,
            Origin::Mbox {
                path: p.clone(),
                index: 1
            }
        );
    }

    #[test]
    fn each_mbox_message_is_judged_on_its_own_size() {
        let big = "x".repeat(5000);
        let data = format!(
            "From a@b Mon Sep  2 10:00:00 2024\nSubject: small\n\nhello\n\nFrom c@d Mon Sep  2 11:00:00 2024\nSubject: big\n\n{big}\n{big}\n\nFrom e@f Mon Sep  2 12:00:00 2024\nSubject: after\n\nbye\n"
        );
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("x.mbox");
        std::fs::write(&p, data).unwrap();
        let got: Vec<RawEmail> = read_path(&p, 1000).map(|r| r.unwrap()).collect();
        assert_eq!(got.len(), 3);
        assert_eq!(got[0].bytes, b"Subject: small\n\nhello\n");
        assert_eq!(got[0].truncated_size, None);
        assert_eq!(got[1].bytes, b"Subject: big\n\n");
        assert_eq!(got[1].truncated_size, Some(14 + 2 * 5001));
        assert_eq!(got[2].bytes, b"Subject: after\n\nbye\n");
    }

    #[test]
    fn a_maildir_email_keeps_its_key_when_read_or_flagged() {
        let new = Path::new("/m/new/1725238800.M1P2.host");
        let cur = Path::new("/m/cur/1725238800.M1P2.host:2,S");
        let flagged = Path::new("/m/cur/1725238800.M1P2.host:2,FS");
        assert_eq!(maildir_key(new), maildir_key(cur));
        assert_eq!(maildir_key(cur), maildir_key(flagged));
        assert_ne!(
            maildir_key(new),
            maildir_key(Path::new("/m/new/1725238801.M1P2.host"))
        );
    }

    #[test]
    fn header_end() {
        assert_eq!(find_header_end(b"A: b\r\n\r\nbody"), Some(8));
        assert_eq!(find_header_end(b"A: b\n\nbody"), Some(6));
        assert_eq!(find_header_end(b"A: b\n"), None);
    }
}
