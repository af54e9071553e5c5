//! A bare IMAP client for the benchmarks: commands, literals counted and
//! discarded, nothing parsed beyond that. 127.0.0.1 only.

#![allow(dead_code)]

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;

pub struct Imap {
    r: BufReader<TcpStream>,
    w: TcpStream,
    tag: u32,
}

impl Imap {
    pub fn connect(port: u16) -> Imap {
        let s = TcpStream::connect(("127.0.0.1", port)).expect("connect");
        s.set_nodelay(true).ok();
        let w = s.try_clone().unwrap();
        let mut c = Imap {
            r: BufReader::with_capacity(1 << 20, s),
            w,
            tag: 0,
        };
        let mut greet = String::new();
        c.r.read_line(&mut greet).unwrap();
        c
    }
    /// Sends a command; returns the untagged lines (literals counted, not kept) and the byte count.
    pub fn cmd(&mut self, command: &str) -> (Vec<String>, usize) {
        self.tag += 1;
        let tag = format!("a{}", self.tag);
        write!(self.w, "{tag} {command}\r\n").unwrap();
        let mut lines = Vec::new();
        let mut bytes = 0usize;
        let mut line = Vec::new();
        let mut sink = vec![0u8; 1 << 16];
        loop {
            line.clear();
            self.r.read_until(b'\n', &mut line).unwrap();
            assert!(!line.is_empty(), "connection closed during {command}");
            // A literal {N} at the end of the line: read and discard N bytes.
            if line.ends_with(b"}\r\n") {
                if let Some(open) = line.iter().rposition(|b| *b == b'{') {
                    let n: usize = std::str::from_utf8(&line[open + 1..line.len() - 3])
                        .unwrap()
                        .parse()
                        .unwrap();
                    bytes += n;
                    let mut left = n;
                    while left > 0 {
                        let k = left.min(sink.len());
                        self.r.read_exact(&mut sink[..k]).unwrap();
                        left -= k;
                    }
                    continue;
                }
            }
            let s = String::from_utf8_lossy(&line).into_owned();
            if s.starts_with(&format!("{tag} ")) {
                assert!(s[tag.len() + 1..].starts_with("OK"), "{command}: {s}");
                return (lines, bytes);
            }
            lines.push(s);
        }
    }
}

impl Imap {
    /// APPENDs one email to `folder`; returns when the server's tagged OK has arrived.
    pub fn append(&mut self, folder: &str, raw: &[u8]) {
        self.tag += 1;
        let tag = format!("a{}", self.tag);
        // LITERAL+ (Dovecot has it): no continuation round trip.
        write!(self.w, "{tag} APPEND {folder} {{{}+}}\r\n", raw.len()).unwrap();
        self.w.write_all(raw).unwrap();
        self.w.write_all(b"\r\n").unwrap();
        let mut line = String::new();
        loop {
            line.clear();
            self.r.read_line(&mut line).unwrap();
            assert!(!line.is_empty(), "connection closed during APPEND");
            if line.starts_with(&format!("{tag} ")) {
                assert!(line[tag.len() + 1..].starts_with("OK"), "APPEND: {line}");
                return;
            }
        }
    }
}
