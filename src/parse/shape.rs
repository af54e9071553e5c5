//! The shape of an email, measured before anything decodes it: how many MIME
//! parts, how deeply nested, how many header fields, and an upper bound on
//! the bytes decoding would produce. One pass over the lines, no allocation
//! beyond the open boundaries, so a hostile email costs what its size costs.
//!
//! `parse` refuses to hand an email to mail-parser when its shape is over
//! `[limits]`: work that is never started cannot run away.

use mail_parser::decoders::{base64::base64_decode, quoted_printable::quoted_printable_decode};

use crate::config::Limits;

/// What one pass over the email found.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Shape {
    /// MIME entities: the email itself, every part, every attached email.
    pub parts: usize,
    /// Deepest nesting of multiparts and attached emails (0: a single part).
    pub depth: usize,
    /// Header fields of every entity, nested ones included.
    pub header_fields: usize,
    /// Upper bound on the bytes the bodies decode to (transfer decoding can
    /// only shrink; a legacy charset can at most triple in UTF-8).
    pub decoded_bytes: u64,
}

/// A limit the email is over: which key, and the sentence for the review entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Overrun {
    pub limit: &'static str,
    pub detail: String,
}

/// Attached emails in base64 or quoted-printable are decoded and read by
/// mail-parser up to this depth (its MAX_NESTED_ENCODED); so are they here.
const MAX_ENCODED_NESTING: usize = 3;
/// Longest Content-Type value kept while scanning (a boundary is at most 70).
const MAX_FIELD_KEPT: usize = 4096;

/// Measures `raw`, stopping at the first limit it is over.
pub fn measure(raw: &[u8], limits: &Limits) -> Result<Shape, Overrun> {
    let mut shape = Shape::default();
    scan(raw, limits, 0, MAX_ENCODED_NESTING, &mut shape)?;
    Ok(shape)
}

/// One open multipart: its boundary and the depth of its parts.
struct Frame {
    boundary: Vec<u8>,
    depth: usize,
}

/// What the lines being read belong to.
enum Mode {
    /// The header block of an entity at this depth.
    Headers(usize),
    /// A leaf body; `factor` bounds its decoded size, `nested` is set for an
    /// encoded attached email (decoded and measured at its end).
    Body {
        factor: u64,
        nested: Option<(usize, Encoding)>,
        start: usize,
    },
    /// Preamble or epilogue of a multipart: nothing counted.
    Skip,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Encoding {
    Base64,
    QuotedPrintable,
    Other,
}

/// The header fields of the entity being read that decide its shape.
#[derive(Default)]
struct Entity {
    content_type: Vec<u8>,
    encoding: Vec<u8>,
    /// Which of the two the last field was (for folded continuation lines).
    last: Option<bool>,
}

fn scan(
    raw: &[u8],
    limits: &Limits,
    base_depth: usize,
    encoded_left: usize,
    shape: &mut Shape,
) -> Result<(), Overrun> {
    let mut stack: Vec<Frame> = Vec::new();
    let mut mode = Mode::Headers(base_depth);
    let mut entity = Entity::default();
    enter(shape, limits, base_depth)?;
    let mut pos = 0;
    while pos < raw.len() {
        let end = memchr(b'\n', &raw[pos..]).map_or(raw.len(), |i| pos + i + 1);
        let line = trim_eol(&raw[pos..end]);
        let line_start = pos;
        pos = end;
        // A boundary line of any open multipart ends whatever is being read.
        if let Some((k, closing)) = boundary_of(&stack, line) {
            finish_body(&mode, raw, line_start, limits, shape, encoded_left)?;
            stack.truncate(k + 1);
            if closing {
                stack.pop();
                mode = Mode::Skip;
            } else {
                let depth = stack[k].depth;
                enter(shape, limits, depth)?;
                entity = Entity::default();
                mode = Mode::Headers(depth);
            }
            continue;
        }
        match mode {
            Mode::Headers(depth) => {
                if line.is_empty() {
                    mode = begin_body(&entity, depth, &mut stack, shape, limits, pos)?;
                    entity = Entity::default();
                } else if line[0] == b' ' || line[0] == b'\t' {
                    match entity.last {
                        Some(true) => keep(&mut entity.content_type, line),
                        Some(false) => keep(&mut entity.encoding, line),
                        None => {}
                    }
                } else {
                    shape.header_fields += 1;
                    if shape.header_fields > limits.max_header_fields {
                        return Err(over(
                            "max_header_fields",
                            limits.max_header_fields,
                            "header fields",
                        ));
                    }
                    entity.last = None;
                    if let Some(colon) = line.iter().position(|&b| b == b':') {
                        let name = &line[..colon];
                        let value = &line[colon + 1..];
                        if name.trim_ascii().eq_ignore_ascii_case(b"content-type") {
                            entity.content_type.clear();
                            keep(&mut entity.content_type, value);
                            entity.last = Some(true);
                        } else if name
                            .trim_ascii()
                            .eq_ignore_ascii_case(b"content-transfer-encoding")
                        {
                            entity.encoding.clear();
                            keep(&mut entity.encoding, value);
                            entity.last = Some(false);
                        }
                    }
                }
            }
            Mode::Body { factor, .. } => {
                add_decoded(shape, limits, line.len() as u64 * factor)?;
            }
            Mode::Skip => {}
        }
    }
    match mode {
        // A header block cut short by the end of the input: nothing to add.
        Mode::Headers(_) | Mode::Skip => Ok(()),
        body => finish_body(&body, raw, raw.len(), limits, shape, encoded_left),
    }
}

/// Counts one more entity at `depth`.
fn enter(shape: &mut Shape, limits: &Limits, depth: usize) -> Result<(), Overrun> {
    shape.parts += 1;
    if shape.parts > limits.max_parts {
        return Err(over("max_parts", limits.max_parts, "MIME parts"));
    }
    shape.depth = shape.depth.max(depth);
    if depth > limits.max_depth {
        return Err(too_deep(limits));
    }
    Ok(())
}

fn too_deep(limits: &Limits) -> Overrun {
    over(
        "max_depth",
        limits.max_depth,
        "levels of nested MIME parts or attached emails",
    )
}

/// "more than 500 MIME parts (limits.max_parts); not read"
fn over(limit: &'static str, n: impl std::fmt::Display, what: &str) -> Overrun {
    Overrun {
        limit,
        detail: format!("more than {n} {what} (limits.{limit}); not read"),
    }
}

fn add_decoded(shape: &mut Shape, limits: &Limits, n: u64) -> Result<(), Overrun> {
    shape.decoded_bytes = shape.decoded_bytes.saturating_add(n);
    if shape.decoded_bytes > limits.max_decoded_bytes {
        return Err(over(
            "max_decoded_bytes",
            limits.max_decoded_bytes,
            "bytes once decoded",
        ));
    }
    Ok(())
}

/// Decides what follows an entity's header block.
fn begin_body(
    entity: &Entity,
    depth: usize,
    stack: &mut Vec<Frame>,
    shape: &mut Shape,
    limits: &Limits,
    body_start: usize,
) -> Result<Mode, Overrun> {
    let ct = entity.content_type.to_ascii_lowercase();
    let ct = ct.trim_ascii();
    let encoding = match entity.encoding.trim_ascii().to_ascii_lowercase().as_slice() {
        b"base64" => Encoding::Base64,
        b"quoted-printable" => Encoding::QuotedPrintable,
        _ => Encoding::Other,
    };
    if ct.starts_with(b"multipart/") {
        if let Some(b) = parameter(&entity.content_type, b"boundary") {
            if !b.is_empty() {
                if depth + 1 > limits.max_depth {
                    return Err(too_deep(limits));
                }
                shape.depth = shape.depth.max(depth + 1);
                stack.push(Frame {
                    boundary: b,
                    depth: depth + 1,
                });
                return Ok(Mode::Skip);
            }
        }
    }
    let message = ct.starts_with(b"message/rfc822") || ct.starts_with(b"message/global");
    if message {
        if encoding == Encoding::Other {
            enter(shape, limits, depth + 1)?;
            return Ok(Mode::Headers(depth + 1));
        }
        return Ok(Mode::Body {
            factor: 1,
            nested: Some((depth + 1, encoding)),
            start: body_start,
        });
    }
    // Text in a legacy charset may grow up to threefold in UTF-8.
    let legacy = ct.starts_with(b"text/")
        && parameter(&entity.content_type, b"charset").is_some_and(|c| {
            let c = c.to_ascii_lowercase();
            c != b"utf-8" && c != b"us-ascii" && c != b"utf8"
        });
    Ok(Mode::Body {
        factor: if legacy { 3 } else { 1 },
        nested: None,
        start: body_start,
    })
}

/// At the end of a leaf body: an encoded attached email is decoded and
/// measured as mail-parser would read it.
fn finish_body(
    mode: &Mode,
    raw: &[u8],
    end: usize,
    limits: &Limits,
    shape: &mut Shape,
    encoded_left: usize,
) -> Result<(), Overrun> {
    let Mode::Body {
        nested: Some((depth, encoding)),
        start,
        ..
    } = mode
    else {
        return Ok(());
    };
    if encoded_left == 0 {
        return Ok(());
    }
    let body = &raw[(*start).min(end)..end];
    let decoded = match encoding {
        Encoding::Base64 => base64_decode(body),
        Encoding::QuotedPrintable => quoted_printable_decode(body),
        Encoding::Other => None,
    };
    match decoded {
        Some(inner) => scan(&inner, limits, *depth, encoded_left - 1, shape),
        None => Ok(()),
    }
}

/// Which open multipart `line` is a boundary of (innermost first), and
/// whether it is the closing one.
fn boundary_of(stack: &[Frame], line: &[u8]) -> Option<(usize, bool)> {
    let rest = line.strip_prefix(b"--")?;
    for (k, f) in stack.iter().enumerate().rev() {
        if let Some(after) = rest.strip_prefix(f.boundary.as_slice()) {
            return Some((k, after.starts_with(b"--")));
        }
    }
    None
}

/// A parameter of a header value (`boundary="x"`), unquoted.
fn parameter(value: &[u8], name: &[u8]) -> Option<Vec<u8>> {
    for piece in value.split(|&b| b == b';').skip(1) {
        let piece = piece.trim_ascii();
        let Some(eq) = piece.iter().position(|&b| b == b'=') else {
            continue;
        };
        if piece[..eq].trim_ascii().eq_ignore_ascii_case(name) {
            let v = piece[eq + 1..].trim_ascii();
            let v = v.strip_prefix(b"\"").unwrap_or(v);
            let v = match v.iter().position(|&b| b == b'"') {
                Some(q) => &v[..q],
                None => v,
            };
            return Some(v.to_vec());
        }
    }
    None
}

fn keep(field: &mut Vec<u8>, piece: &[u8]) {
    let room = MAX_FIELD_KEPT.saturating_sub(field.len());
    field.extend_from_slice(&piece[..piece.len().min(room)]);
}

fn trim_eol(line: &[u8]) -> &[u8] {
    let line = line.strip_suffix(b"\n").unwrap_or(line);
    line.strip_suffix(b"\r").unwrap_or(line)
}

fn memchr(needle: u8, hay: &[u8]) -> Option<usize> {
    hay.iter().position(|&b| b == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn limits() -> Limits {
        Limits::default()
    }

    #[test]
    fn counts_a_plain_multipart() {
        let raw = b"From: a@b\r\nContent-Type: multipart/mixed; boundary=\"X\"\r\n\r\npre\r\n--X\r\nContent-Type: text/plain\r\n\r\nhello\r\n--X\r\nContent-Type: text/html\r\n\r\n<p>hi</p>\r\n--X--\r\nepilogue\r\n";
        let s = measure(raw, &limits()).expect("within limits");
        assert_eq!(s.parts, 3);
        assert_eq!(s.depth, 1);
        assert_eq!(s.header_fields, 4);
        assert_eq!(s.decoded_bytes, ("hello".len() + "<p>hi</p>".len()) as u64);
    }

    #[test]
    fn attached_emails_nest() {
        let raw = b"Content-Type: message/rfc822\n\nContent-Type: message/rfc822\n\nContent-Type: text/plain\n\n1\n";
        let s = measure(raw, &limits()).expect("within limits");
        assert_eq!((s.parts, s.depth), (3, 2));
        let tight = Limits {
            max_depth: 1,
            ..limits()
        };
        assert_eq!(measure(raw, &tight).unwrap_err().limit, "max_depth");
    }

    #[test]
    fn each_limit_is_named() {
        let mut parts = b"Content-Type: multipart/mixed; boundary=b\n\n".to_vec();
        for _ in 0..600 {
            parts.extend_from_slice(b"--b\nContent-Type: text/plain\n\nx\n");
        }
        assert_eq!(measure(&parts, &limits()).unwrap_err().limit, "max_parts");

        let mut headers = Vec::new();
        for i in 0..6000 {
            headers.extend_from_slice(format!("X-H{i}: v\n").as_bytes());
        }
        assert_eq!(
            measure(&headers, &limits()).unwrap_err().limit,
            "max_header_fields"
        );

        let mut deep = Vec::new();
        for i in 0..50 {
            deep.extend_from_slice(
                format!("Content-Type: multipart/mixed; boundary=\"b{i}\"\n\n--b{i}\n").as_bytes(),
            );
        }
        assert_eq!(measure(&deep, &limits()).unwrap_err().limit, "max_depth");

        let small = Limits {
            max_decoded_bytes: 10,
            ..limits()
        };
        let legacy = b"Content-Type: text/plain; charset=euc-kr\n\n0123456789\n";
        assert_eq!(
            measure(legacy, &small).unwrap_err().limit,
            "max_decoded_bytes"
        );
    }

    #[test]
    fn encoded_attached_emails_are_measured_inside() {
        // A base64 message/rfc822 holding 3 parts: mail-parser decodes and reads it.
        let inner = b"Content-Type: multipart/mixed; boundary=i\n\n--i\n\na\n--i\n\nb\n--i--\n";
        let b64 = {
            use std::io::Write;
            let mut enc = Vec::new();
            let table = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
            for chunk in inner.chunks(3) {
                let n = chunk.len();
                let b = [
                    chunk[0],
                    *chunk.get(1).unwrap_or(&0),
                    *chunk.get(2).unwrap_or(&0),
                ];
                let v = (b[0] as u32) << 16 | (b[1] as u32) << 8 | b[2] as u32;
                for i in 0..4 {
                    if i <= n {
                        enc.push(table[(v >> (18 - 6 * i) & 63) as usize]);
                    } else {
                        enc.push(b'=');
                    }
                }
            }
            let mut out = Vec::new();
            out.write_all(b"Content-Type: message/rfc822\nContent-Transfer-Encoding: base64\n\n")
                .unwrap();
            out.extend_from_slice(&enc);
            out.push(b'\n');
            out
        };
        let s = measure(&b64, &limits()).expect("within limits");
        // The outer email, the attached one, its two parts.
        assert_eq!(s.parts, 4, "{s:?}");
        assert_eq!(s.depth, 2);
    }
}
