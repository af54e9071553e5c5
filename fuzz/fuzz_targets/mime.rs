//! Structure-aware MIME: the fuzzer builds a tree of entities (multiparts
//! with their boundaries, attached emails plain or base64/QP-encoded, leaves
//! in several transfer encodings and charsets, broken or missing boundaries)
//! and renders it to bytes; `parse::shape` measures it and `parse` reads it
//! under tight limits. A panic is a finding; so are attached emails deeper
//! than `max_depth`, and an email that mail-parser reads as more parts or
//! deeper nesting than `shape` measured before the work.
#![no_main]

use libfuzzer_sys::arbitrary::{self, Arbitrary};
use libfuzzer_sys::fuzz_target;
use takedown::config::Limits;

#[derive(Arbitrary, Debug)]
enum Encoding {
    None,
    Base64,
    QuotedPrintable,
    EightBit,
    Bogus,
}

#[derive(Arbitrary, Debug)]
enum Charset {
    Utf8,
    Latin1,
    EucKr,
    Utf16,
    Missing,
    Unknown,
}

#[derive(Arbitrary, Debug)]
enum Node {
    Leaf {
        html: bool,
        attachment: bool,
        encoding: Encoding,
        charset: Charset,
        body: Vec<u8>,
    },
    Multipart {
        boundary: u8,
        /// Boundary of a parent reused inside (an ambiguity mail-parser must survive).
        reuse_parent: bool,
        close: bool,
        preamble: Vec<u8>,
        children: Vec<Node>,
    },
    Message {
        encoding: Encoding,
        subject: String,
        inner: Box<Node>,
    },
    Raw(Vec<u8>),
}

fn encode(bytes: &[u8], e: &Encoding) -> (String, Vec<u8>) {
    match e {
        Encoding::Base64 => {
            const T: &[u8; 64] =
                b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
            let mut out = Vec::new();
            for (i, c) in bytes.chunks(3).enumerate() {
                let b = [c[0], *c.get(1).unwrap_or(&0), *c.get(2).unwrap_or(&0)];
                let v = (b[0] as u32) << 16 | (b[1] as u32) << 8 | b[2] as u32;
                for k in 0..4 {
                    out.push(if k <= c.len() { T[(v >> (18 - 6 * k) & 63) as usize] } else { b'=' });
                }
                if i % 19 == 18 {
                    out.extend_from_slice(b"\r\n");
                }
            }
            ("Content-Transfer-Encoding: base64\r\n".into(), out)
        }
        Encoding::QuotedPrintable => {
            let mut out = Vec::new();
            for &b in bytes {
                if b == b'=' || b >= 0x7f || (b < 0x20 && b != b'\n' && b != b'\r') {
                    out.extend_from_slice(format!("={b:02X}").as_bytes());
                } else {
                    out.push(b);
                }
            }
            ("Content-Transfer-Encoding: quoted-printable\r\n".into(), out)
        }
        Encoding::EightBit => ("Content-Transfer-Encoding: 8bit\r\n".into(), bytes.to_vec()),
        Encoding::Bogus => ("Content-Transfer-Encoding: x-bogus\r\n".into(), bytes.to_vec()),
        Encoding::None => (String::new(), bytes.to_vec()),
    }
}

fn render(node: &Node, parents: &mut Vec<String>, out: &mut Vec<u8>, budget: &mut usize) {
    if *budget == 0 {
        return;
    }
    *budget -= 1;
    match node {
        Node::Leaf { html, attachment, encoding, charset, body } => {
            let cs = match charset {
                Charset::Utf8 => "; charset=utf-8",
                Charset::Latin1 => "; charset=iso-8859-1",
                Charset::EucKr => "; charset=euc-kr",
                Charset::Utf16 => "; charset=utf-16",
                Charset::Missing => "",
                Charset::Unknown => "; charset=x-unknown",
            };
            let ct = if *html { "text/html" } else { "text/plain" };
            let (cte, bytes) = encode(body, encoding);
            out.extend_from_slice(format!("Content-Type: {ct}{cs}\r\n{cte}").as_bytes());
            if *attachment {
                out.extend_from_slice(b"Content-Disposition: attachment; filename=\"a.txt\"\r\n");
            }
            out.extend_from_slice(b"\r\n");
            out.extend_from_slice(&bytes);
            out.extend_from_slice(b"\r\n");
        }
        Node::Multipart { boundary, reuse_parent, close, preamble, children } => {
            let b = match parents.last() {
                Some(p) if *reuse_parent => p.clone(),
                _ => format!("b{boundary}-{}", parents.len()),
            };
            out.extend_from_slice(format!("Content-Type: multipart/mixed; boundary=\"{b}\"\r\n\r\n").as_bytes());
            out.extend_from_slice(preamble);
            out.extend_from_slice(b"\r\n");
            parents.push(b.clone());
            for c in children {
                out.extend_from_slice(format!("--{b}\r\n").as_bytes());
                render(c, parents, out, budget);
            }
            parents.pop();
            if *close {
                out.extend_from_slice(format!("--{b}--\r\n").as_bytes());
            }
        }
        Node::Message { encoding, subject, inner } => {
            let mut body = format!("From: a@telegram.org\r\nSubject: {subject}\r\n").into_bytes();
            let mut fresh = Vec::new();
            render(inner, &mut fresh, &mut body, budget);
            let (cte, bytes) = encode(&body, encoding);
            out.extend_from_slice(format!("Content-Type: message/rfc822\r\n{cte}\r\n").as_bytes());
            out.extend_from_slice(&bytes);
            out.extend_from_slice(b"\r\n");
        }
        Node::Raw(b) => out.extend_from_slice(b),
    }
}

fn depth(p: &takedown::parse::ParsedEmail) -> usize {
    p.forwarded.iter().map(|f| 1 + depth(f)).max().unwrap_or(0)
}

fuzz_target!(|root: Node| {
    let mut raw = b"From: Telegram <abuse@telegram.org>\r\nMessage-ID: <f@telegram.org>\r\nSubject: Re: KCSC-240901-01\r\n".to_vec();
    let mut budget = 400;
    render(&root, &mut Vec::new(), &mut raw, &mut budget);
    let limits = Limits {
        max_parts: 60,
        max_depth: 6,
        max_header_fields: 300,
        max_decoded_bytes: 1 << 20,
        ..Limits::default()
    };
    let shape = takedown::parse::shape::measure(&raw, &limits);
    let parsed = takedown::parse::parse(&raw, &limits);
    assert!(depth(&parsed) <= limits.max_depth, "attached emails {} deep", depth(&parsed));
    // What mail-parser read must stay within what shape measured beforehand,
    // or the bound checked before the work would not be the real one.
    if let Ok(shape) = shape {
        let read = leaves(&parsed);
        assert!(read <= shape.parts, "mail-parser read {read} parts, shape counted {shape:?}");
        assert!(depth(&parsed) <= shape.depth, "attached emails {} deep, shape {shape:?}", depth(&parsed));
    }
});

/// Bodies, attachments and attached emails read, nested ones included.
fn leaves(p: &takedown::parse::ParsedEmail) -> usize {
    p.text.len() + p.html.len() + p.attachments.len() + p.forwarded.iter().map(|f| 1 + leaves(f)).sum::<usize>()
}
