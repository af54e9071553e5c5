//! Where emails come from: bytes plus their origin, nothing else. Reading
//! never interprets the email; that is the pipeline's job.

pub mod imap;
pub mod local;

pub use local::{LocalError, find_header_end as local_header_end, read_path};

use std::fmt;
use std::path::PathBuf;

/// Where an email was read from, kept with it in the ledger.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    File(PathBuf),
    Maildir(PathBuf),
    Mbox {
        path: PathBuf,
        index: usize,
    },
    Imap {
        mailbox: String,
        folder: String,
        uidvalidity: u32,
        uid: u32,
    },
    Stored {
        id: i64,
    },
}

impl fmt::Display for Origin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Origin::File(p) => write!(f, "file:{}", p.display()),
            Origin::Maildir(p) => write!(f, "maildir:{}", p.display()),
            Origin::Mbox { path, index } => write!(f, "mbox:{}#{}", path.display(), index + 1),
            Origin::Imap {
                mailbox,
                folder,
                uidvalidity,
                uid,
            } => write!(f, "imap:{mailbox}/{folder}/{uidvalidity}/{uid}"),
            Origin::Stored { id } => write!(f, "stored:{id}"),
        }
    }
}

/// One email as read: its bytes (possibly only the header, when the source
/// refused to download an oversized email) and where it came from.
#[derive(Debug, Clone)]
pub struct RawEmail {
    pub bytes: Vec<u8>,
    pub origin: Origin,
    /// Set when `bytes` holds only the header: the full size as the source reported it.
    pub truncated_size: Option<u64>,
}

impl RawEmail {
    pub fn new(bytes: Vec<u8>, origin: Origin) -> RawEmail {
        RawEmail {
            bytes,
            origin,
            truncated_size: None,
        }
    }

    pub fn size(&self) -> u64 {
        self.truncated_size.unwrap_or(self.bytes.len() as u64)
    }
}
